// Closed word lists the parser consults: negation, modality, hostility cues. Read from
// words/modality.txt (`negation | not; never`, `hypothetical | could; might`, `future | will`,
// `intent | wants`, `bidding | wants`)
// and words/hostile.txt (one word per line; a trailing `*` matches any ending, "anti-*"),
// words/event-nouns.txt, words/place-words.txt and words/body-nouns.txt.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "document/word_key.h"

namespace attache {

enum class WordClass : uint8_t { kNone, kNegation, kHypothetical, kFuture, kConditional, kIntent };

class WordLists {
 public:
  void Load(const std::string& dir);

  WordClass ModalityOf(const WordKey& word) const;
  // The rule (file:line) of the hostility cue matching `norm`, or nullptr.
  const std::string* Hostile(const std::string& norm) const;
  // Nouns that refer back to a use of force ("the launch") or to an agreement ("the deal");
  // words/event-nouns.txt.
  bool IsForceNoun(const std::string& norm) const { return force_nouns_.count(norm) > 0; }
  bool IsAccordNoun(const std::string& norm) const { return accord_nouns_.count(norm) > 0; }
  // "the bloc", "the alliance": nouns that refer back to the last international organisation.
  bool IsBodyNoun(const std::string& norm) const { return body_nouns_.count(norm) > 0; }
  // Words between an agent and the place it belongs to ("the mayor of the northern city of").
  bool IsPlaceWord(const std::string& norm) const { return place_words_.count(norm) > 0; }
  // The rule (file:line) of a word that asks its object to act ("wants Putin to"; `bidding` in
  // words/modality.txt), or nullptr; two-word entries are asked as written ("would like").
  const std::string* Bidding(const std::string& phrase) const;
  // The rule (file:line) of a word that makes a warning a threat ("would face a response";
  // words/threats.txt), or nullptr.
  const std::string* Threat(const std::string& norm) const;
  // Adjectives that may stand before a member of a list of actors ("and the evil awful
  // Gondor"): TABARI's <ADJECTIVE> list; the bundled lexicon has none.
  const std::unordered_set<std::string>& list_adjectives() const { return list_adjectives_; }
  void AddListAdjective(std::string norm) { list_adjectives_.insert(std::move(norm)); }

 private:
  WordMap<WordClass> modality_;
  std::unordered_map<std::string, std::string> hostile_;
  std::vector<std::pair<std::string, std::string>> hostile_prefixes_;
  std::unordered_set<std::string> force_nouns_, accord_nouns_, place_words_, body_nouns_, list_adjectives_;
  std::unordered_map<std::string, std::string> threats_, bidding_;
};

}  // namespace attache
