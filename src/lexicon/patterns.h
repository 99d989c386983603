// Event patterns (verbs/*.txt, nouns.txt) and speech cues (words/speech.txt). A pattern is a
// head word (a verb in its base form, or a noun) followed by words, gaps (`*`), the target slot
// (`+`) and the source slot (`$`). Verb heads are indexed under every inflected form.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon/cameo_codebook.h"
#include "lexicon/inflection.h"

namespace attache {

struct PatternElement {
  enum class Kind : uint8_t { kWord, kGap, kTarget, kSource } kind = Kind::kWord;
  std::string word;  // for kWord, lower case
};

enum class VerbForm : uint8_t { kBase, kThirdPerson, kPast, kPastParticiple, kPastOrParticiple, kGerund, kNoun };

struct EventPattern {
  std::string code;                   // CAMEO code
  std::string head;                   // base form of the first word
  std::vector<PatternElement> rest;   // what follows the head
  bool untargeted = false;            // ends in '!': no target needed
  bool noun = false;                  // nominal event
  bool territorial = false;           // force (quad class 4) or a visit (042): `+` may be a place
  int literal_words = 1;              // words it spells out; the longest pattern wins
  std::string rule;                   // file:line
};

enum class CueKind : uint8_t {
  kReport,     // "said", "stated": what follows is the speaker's claim
  kAllege,     // "claimed", "warned": as report, and an accusation of whoever is blamed
  kCite,       // "pointed to", "citing": the speaker's evidence
  kAccording,  // "according to X, ..."
  kJudge,      // "called the launch a provocation": a judgement of what follows, no attribution
};

struct SpeechCue {
  CueKind kind = CueKind::kReport;
  std::string head;
  std::vector<PatternElement> rest;
  std::string rule;
};

template <typename T>
struct HeadHit {
  const T* item;
  VerbForm form;
};

class PatternLexicon {
 public:
  // Reads verbs/*.txt, nouns.txt and words/speech.txt under `dir`; irregular forms from
  // words/irregular-verbs.txt. Throws LexiconError with file:line.
  void Load(const std::string& dir);

  const std::vector<HeadHit<EventPattern>>* VerbsAt(const std::string& word) const;
  const std::vector<HeadHit<EventPattern>>* NounsAt(const std::string& word) const;
  const std::vector<HeadHit<SpeechCue>>* CuesAt(const std::string& word) const;

  size_t verb_count() const { return verbs_.size(); }
  size_t noun_count() const { return nouns_.size(); }
  const std::vector<EventPattern>& verbs() const { return verbs_; }

  // Marks the patterns whose target may be territory; needs the codebook.
  void MarkTerritorial(const CameoCodebook& cameo);

 private:
  void LoadPatternFile(const std::string& dir, const std::string& file, bool noun);
  void LoadCues(const std::string& dir, const std::string& file);

  Inflector inflector_;
  std::vector<EventPattern> verbs_, nouns_;
  std::vector<SpeechCue> cues_;
  std::unordered_map<std::string, std::vector<HeadHit<EventPattern>>> verb_heads_, noun_heads_;
  std::unordered_map<std::string, std::vector<HeadHit<SpeechCue>>> cue_heads_;
};

}  // namespace attache
