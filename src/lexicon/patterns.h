// Event patterns (verbs/*.txt, nouns.txt) and speech cues (words/speech.txt). A pattern is a
// head word (a verb in its base form, or a noun) followed by words, gaps (`*`), the target slot
// (`+`) and the source slot (`$`). Verb heads are indexed under every inflected form.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document/word_key.h"
#include "lexicon/cameo_codebook.h"
#include "lexicon/inflection.h"

namespace attache {

struct PatternElement {
  // kSkip stands for exactly one word (legacy dictionaries' `^`).
  enum class Kind : uint8_t { kWord, kGap, kTarget, kSource, kSkip } kind = Kind::kWord;
  std::string word;   // for kWord, lower case
  bool stem = false;  // kWord: any word starting with `word` matches (legacy dictionaries)
};

// Codes with a meaning of their own, from the legacy dictionaries: a pattern (or actor) coded
// kNullCode matches and so blocks shorter patterns, but codes nothing; kDiscardCode discards
// every event of the sentence, and so does kComplexCode.
inline constexpr std::string_view kNullCode = "---";
inline constexpr std::string_view kDiscardCode = "###";
// A sentence whose pattern is coded kComplexCode is too complex to code (TABARI's "+++").
inline constexpr std::string_view kComplexCode = "+++";

enum class VerbForm : uint8_t { kBase, kThirdPerson, kPast, kPastParticiple, kPastOrParticiple, kGerund, kNoun };

struct EventPattern {
  std::string code;                   // CAMEO code
  std::string paired;                 // a reply the target makes, coded target -> source
                                      // ("left for" 032 paired with 033, legacy dictionaries)
  std::string head;                   // base form of the first word
  std::vector<PatternElement> before; // what precedes the head, in text order (legacy patterns)
  std::vector<PatternElement> rest;   // what follows the head
  bool untargeted = false;            // ends in '!': no target needed
  bool mutual = false;                // a compound subject acts on itself, each member on the
                                      // others ("Gondor and Osgiliath postponed", legacy `%`)
  bool noun = false;                  // nominal event
  bool territorial = false;           // `+` may be a place (ActsOnTerritory)
  int literal_words = 1;              // words it spells out; the longest pattern wins
  uint8_t max_gap = 4;                // words a `*` gap may skip; legacy patterns' blanks
                                      // skip more (TABARI lets them span the clause)
  std::string rule;                   // file:line
  uint64_t word_bits = 0;             // WordBit of each word it spells out (not stems): set by
                                      // PatternLexicon::Index
};

// Whether a word the pattern spells out after its head is `norm` ("talks" in "hold * talks
// with +"): a word of the pattern's own, not a new verb or actor.
bool SpellsOut(const EventPattern& p, const std::string& norm);

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

  // What a word heads: verb patterns (by its form, and for legacy dictionaries by the stems it
  // starts with, gathered into `scratch`), nominal patterns and speech cues; each null when
  // there are none. One lookup for all three.
  struct WordPatterns {
    const std::vector<HeadHit<EventPattern>>* verbs = nullptr;
    const std::vector<HeadHit<EventPattern>>* nouns = nullptr;
    const std::vector<HeadHit<SpeechCue>>* cues = nullptr;
  };
  WordPatterns PatternsAt(const WordKey& word, std::vector<HeadHit<EventPattern>>& scratch) const;
  const std::vector<HeadHit<EventPattern>>* VerbsAt(const WordKey& word,
                                                    std::vector<HeadHit<EventPattern>>& scratch) const {
    return PatternsAt(word, scratch).verbs;
  }
  const std::vector<HeadHit<EventPattern>>* NounsAt(const WordKey& word) const;
  const std::vector<HeadHit<SpeechCue>>* CuesAt(const WordKey& word) const;

  size_t verb_count() const { return verbs_.size(); }
  size_t noun_count() const { return nouns_.size(); }
  const std::vector<EventPattern>& verbs() const { return verbs_; }
  const std::vector<EventPattern>& nouns() const { return nouns_; }
  size_t cue_count() const { return cues_.size(); }

  // Marks the patterns whose target may be territory; needs the codebook.
  void MarkTerritorial(const CameoCodebook& cameo);

  // For lexicons whose events come from elsewhere (the legacy dictionaries): reads only the
  // speech cues and irregular verbs under `dir`, then takes patterns one by one, each with the
  // verbs that head it (a PETRARCH block's patterns are shared by all its verbs). Call Index()
  // after the last.
  struct VerbHead {
    std::string word;                // lower case
    std::vector<std::string> forms;  // forms written out ("broke", "broken")
    bool inflect = true;             // also its regular forms
    bool stem = false;               // matches every word starting with it ("restor")
  };
  void LoadLanguage(const std::string& dir);
  // Returns an id for AddVerb.
  size_t AddHeads(std::vector<VerbHead> heads);
  void AddVerb(EventPattern pattern, size_t heads);
  void Index();

 private:
  void LoadPatternFile(const std::string& dir, const std::string& file, bool noun);
  void LoadCues(const std::string& dir, const std::string& file);

  Inflector inflector_;
  std::vector<EventPattern> verbs_, nouns_;
  std::vector<std::vector<VerbHead>> head_sets_;
  std::vector<size_t> verb_heads_set_;  // AddVerb's head set, by verb; verbs loaded from the
                                        // bundled files have none (their head is their base)
  std::unordered_map<std::string, std::vector<HeadHit<EventPattern>>> stem_heads_;
  size_t max_stem_ = 0;
  std::vector<SpeechCue> cues_;
  struct Heads {
    std::vector<HeadHit<EventPattern>> verbs, nouns;
    std::vector<HeadHit<SpeechCue>> cues;
  };
  WordMap<Heads> heads_;  // by word form
};

}  // namespace attache
