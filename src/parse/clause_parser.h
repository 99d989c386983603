// The parse stage: from the matches of a sentence, works out who does what to whom. It finds
// attribution frames ("X said (that) ...", "..., X said", "according to X, ..."), then for each
// event pattern its source (the subject, or the agent of a passive), its target (the `+` slot,
// the first actor after the verb, or the country of a place for acts on territory), whether it
// is asserted (negation, conditionals, modal verbs, infinitives, future) and its clause scope.
#pragma once

#include <vector>

#include "document/document.h"
#include "lexicon/lexicon.h"
#include "match/annotations.h"
#include "resolve/discourse.h"

namespace attache {

// "He said (that) ...": the speaker's claim spans [first, last].
struct Frame {
  const CueHit* cue = nullptr;
  int speaker = -1;  // actor index; -1 unknown
  uint32_t first = 0, last = 0;
  bool quote = false;
};

// One coded relation before dyads are expanded.
struct Predication {
  std::string code;
  std::string rule;                   // lexicon file:line
  uint32_t verb_first = 0, verb_last = 0;
  std::vector<int> sources, targets;  // actor indices (groups expanded)
  int target_place = -1;              // place index when the target is territory
  bool reciprocal = false;            // "talks between A and B", "A and B agreed"
  bool speech_act = false;            // the speaker's own act: no attribution, document date
  int frame = -1;                     // the innermost frame containing the verb
  Modality modality = Modality::kFactual;
  uint32_t scope_first = 0, scope_last = 0;  // clause region for its date and place
};

struct ParsedSentence {
  std::vector<Frame> frames;
  std::vector<Predication> predications;
  int main_subject = -1;  // actor index of the outermost clause's subject or speaker
};

// Resolves pronouns and role nouns as it meets them (through `discourse`).
ParsedSentence ParseClauses(const Sentence& sentence, const Lexicon& lexicon, SentenceAnnotations& ann,
                            const Discourse& discourse);

}  // namespace attache
