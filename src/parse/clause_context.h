// What the parse stage knows about one sentence while it works: its tokens and matches, the
// attribution frames found so far, and the questions every part of the parser asks of them
// (which actor stands here, what is the subject of this verb, where does this clause start).
// Pronouns and role nouns are resolved, through the document's discourse, as they are used.
#pragma once

#include <cstdint>
#include <vector>

#include "lexicon/lexicon.h"
#include "match/annotations.h"
#include "parse/predication.h"
#include "resolve/discourse.h"

namespace attache {

class ClauseContext {
 public:
  ClauseContext(const Sentence& sentence, const Lexicon& lexicon, SentenceAnnotations& ann,
                const Discourse& discourse);

  const std::vector<Token>& tokens() const { return t_; }
  const Lexicon& lexicon() const { return lex_; }
  const SentenceAnnotations& ann() const { return ann_; }
  std::vector<Frame>& frames() { return frames_; }
  const std::vector<Frame>& frames() const { return frames_; }

  bool conditional() const { return conditional_; }      // opens with "If ..."
  bool has_condition() const { return has_condition_; }  // a condition anywhere

  // ---- actors
  int ActorAt(size_t i) const { return i < ann_.actor_at.size() ? ann_.actor_at[i] : -1; }
  const ActorPhrase& A(int k) const { return ann_.actors[static_cast<size_t>(k)]; }
  // Resolves a pronoun or role noun; false when it cannot be.
  bool Resolve(int k, bool as_subject);
  // The phrase and the rest of its group ("China, Brazil and several African nations").
  std::vector<int> WithGroup(int k) const;
  size_t GroupEnd(int k) const;
  bool PrecededByPreposition(const ActorPhrase& a) const;
  bool IsObjectOfVerb(const ActorPhrase& phrase) const;

  // The subject of a verb at `head`: the nearest actor to its left in the clause that is not
  // the object of a preposition, a possessive or a verb's object. A group counts whole.
  int Subject(size_t head, size_t clause_start);
  // Whether token i opens a clause describing the phrase before its comma ("who", "citing").
  bool OpensAsideClause(size_t i) const;
  // The subject of the main clause before `head` ("Blinken opened ... by thanking ...").
  int SubjectBefore(size_t head);
  // The first actor in [from, limit) before a new verb, cue or clause word. Verbs up to
  // `own_last` are words of the pattern itself ("threaten to invade").
  int ObjectAfter(size_t from, size_t limit, size_t own_last = 0);
  // When token i names an event the story told before ("the launch"), a phrase for whoever
  // did it (added to the sentence's actors); else -1.
  int EventDoerAt(size_t i);
  // A phrase for an actor the text does not name (a default code), placed at token i.
  int AddUnnamed(const std::string& code, size_t i);

  // ---- clauses
  bool IsVerbHead(size_t i) const;
  bool IsCueHead(size_t i) const;
  bool IsBoundary(size_t i) const;
  // After the last boundary word or frame start before token i.
  size_t ClauseStart(size_t i) const;
  // The next boundary, verb or cue from `from`, or the sentence's end.
  size_t NextBoundary(size_t from) const;
  // The narrowest frame holding token i, and the widest; -1 if none.
  int InnermostFrame(size_t i) const;
  int OuterFrame(size_t i) const;

 private:
  const std::vector<Token>& t_;
  const Lexicon& lex_;
  SentenceAnnotations& ann_;
  const Discourse& discourse_;
  std::vector<Frame> frames_;
  std::vector<bool> verb_head_, cue_head_;  // by token
  bool conditional_ = false;
  bool has_condition_ = false;
  std::vector<bool> boundary_;  // by token: a clause word, or the comma closing "While ..., "
};

}  // namespace attache
