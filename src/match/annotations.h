// What the match stage finds in one sentence, for the parser to read: actor phrases, places,
// amounts, event-pattern hits and speech cues. Token indices are into Sentence::tokens and
// ranges are inclusive.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dates/date_expression.h"
#include "document/event.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/patterns.h"
#include "places/gazetteer.h"

namespace attache {

struct ActorPhrase {
  uint32_t first = 0, last = 0;
  std::string base;     // RUS, IGOWSTNAT, WST; empty until a pronoun is resolved
  std::string sector;   // GOV, MIL, ...
  int person = -1;      // lexicon person, coded at the event's date
  std::string entity;   // the person or body named
  enum class Kind : uint8_t { kName, kPronoun, kRoleNoun } kind = Kind::kName;
  bool singular_person = false;  // he/she can refer to it
  bool plural = false;
  bool adjective_only = false;  // a bare demonym ("Russian" before "and US officials")
  bool possessive = false;      // followed by 's, or a possessive pronoun ("its")
  bool unplaced = false;        // an agent with no country yet ("police"); see PlaceAgents
  bool capital = false;         // a capital or seat standing for its government ("Moscow")
  bool appositive = false;      // inside ", a spokesman for China's ...,": describes a name
  std::string person_noun;      // "ambassador" for "the ambassador", "Ambassador X"
  std::string title_sector;     // "opposition leader Khaleda Zia": OPP, for a person out of office
  std::string rule;             // lexicon file:line of the entry that fired
  int group = -1;               // compound: phrases joined by "and" / "," share a group
  int antecedent_group = -1;    // "they" after "Obama and Putin": the group it stands for
};

struct PlaceMention {
  uint32_t first = 0, last = 0;
  const Place* place = nullptr;
};

struct AmountMention {
  uint32_t first = 0, last = 0;
  Amount amount;
};

struct PatternHit {
  const EventPattern* pattern = nullptr;
  VerbForm form = VerbForm::kBase;
  uint32_t head = 0;          // token of the head word
  uint32_t start = 0;         // first token the pattern spells out: the head, or the first
                              // word a legacy pattern puts before it ("SUGGESTED * APPLY")
  uint32_t end = 0;           // last token the pattern spells out
  int target_slot = -1;       // token where `+` matched an actor, -1 if none
  int target_place = -1;      // index into places where `+` matched territory ("control + ")
  int source_slot = -1;       // token where `$` matched
};

struct CueHit {
  const SpeechCue* cue = nullptr;
  VerbForm form = VerbForm::kBase;
  uint32_t head = 0, end = 0;
};

struct SentenceAnnotations {
  std::vector<ActorPhrase> actors;   // in text order
  std::vector<PlaceMention> places;
  std::vector<AmountMention> amounts;
  std::vector<DateExpression> dates;
  std::vector<PatternHit> verbs;     // verb pattern hits, one per head token
  std::vector<PatternHit> nouns;     // nominal event hits
  std::vector<CueHit> cues;
  // The actor phrase and the place covering each token, -1 where none.
  std::vector<int> actor_at;
  std::vector<int> place_at;
  // Tokens of clauses dropped before coding (TABARI's comma-delimited clauses, with their
  // commas); empty when none were.
  std::vector<bool> dropped;
};

// Rebuild actor_at and place_at after phrases or places change (the first of phrases sharing
// tokens wins).
void IndexActors(size_t token_count, SentenceAnnotations& ann);
void IndexPlaces(size_t token_count, SentenceAnnotations& ann);

}  // namespace attache
