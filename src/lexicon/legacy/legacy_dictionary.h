// Dictionaries of the earlier coders, TABARI and PETRARCH, as read from their files: actors with
// dated codes, agents, verbs with their patterns, discards and options. The readers keep what
// the files say and nothing of how those programs coded; `legacy_lexicon` turns this model into
// the engine's lexicon.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document/date.h"

namespace attache::legacy {

enum class DictFormat { kTabari, kPetrarch };

// One word of a phrase or pattern, upper case as written, without its connectors. The
// connectors: '_' after a word makes it exact and, inside a phrase, joins it to the next word;
// TABARI's '~' joins without making it exact; a blank lets other words stand between.
struct Word {
  std::string text;     // "GORE", "N'T"; may hold '-' or '.' ("AL-QAEDA", "W.")
  bool stem = false;    // TABARI: no trailing '_', so any word starting with `text` matches;
                        // never in PETRARCH files, which match whole words
  bool joined = false;  // joined to the next word by '_': nothing may stand between them
};
using Phrase = std::vector<Word>;

// A code, limited in time or not. TABARI and PETRARCH write dates as YYMMDD or YYYYMMDD.
struct DatedCode {
  std::string code;                 // "USAGOV"; "---" codes nothing; "###" discards the sentence
  std::optional<Date> from, to;     // inclusive; unset: open ("<d" has no from, ">d" no to)
};

struct Actor {
  std::vector<Phrase> phrases;      // the first as written on the entry line, then '+' synonyms
  std::vector<DatedCode> codes;     // in file order; the undated one is the default
  std::string rule;                 // file:line of the entry
};

struct Agent {
  std::vector<Phrase> phrases;      // with `{plural}` forms and `!SET!` substitutions expanded;
                                    // PETRARCH: also the regular plural its format implies
                                    // when no "{...}" is written
  std::string code;                 // "GOV" of "[~GOV]", "IGO" of "[IGO~]"
  bool prefix = false;              // "[IGO~]": the code goes before the actor's
  std::string rule;
};

// An element of a verb pattern.
struct PatternToken {
  enum class Kind { kWord, kVerb, kSource, kTarget, kCompound, kSkip } kind = Kind::kWord;
  Word word;                        // for kWord; `word.joined` is set for every kind ("*_TO")
};
// kVerb: where the verb stands (`*`); kSource `$`, kTarget `+`, kCompound `%` (a compound
// actor), kSkip `^` (skip one actor, TABARI manual 5.7.3).

struct Pattern {
  std::vector<PatternToken> tokens; // `{A | B}` alternatives and `&SYNSET`s already expanded
  std::string code;                 // "064", "---" (no event), "###" (discard); "" and no
                                    // `paired`: no [code] written, the verb's codes apply.
                                    // Kept as written: TABARI's "031!" (dominant) and "025?"
                                    // (subordinate) keep their mark, "174K" its letter.
  std::string paired;               // the second code of "[032:033]". TABARI: the event the
                                    // target does back (manual 6.6.3). PETRARCH2: the code when
                                    // the verb is passive ("[:110]": none when active).
  std::string rule;
};

struct Verb {
  Phrase head;                      // "BURN DOWN", "CALLED_ON", "RE ELECT" in written order
  size_t verb_word = 0;             // which word of `head` is the verb: 0, except PETRARCH's
                                    // "RE_+ELECT" (1) and "KLM_NOP_+RST" (2)
  std::vector<std::string> forms;   // explicit forms of the verb word ({BROKE_ BROKEN_}), without
                                    // connectors; a form of several words keeps '_' between them
  bool inflect = true;              // derive regular forms (-S, -ED, -ING) of the verb word:
                                    // false for TABARI's "BAN=" and PETRARCH's "{...}" forms
  std::string code;                 // the code of the verb alone
  std::string paired;
  std::vector<Pattern> patterns;    // see PatternsOf: a PETRARCH block's patterns are stored once
  std::optional<size_t> patterns_from;  // PETRARCH: index in Dictionaries::verbs of the block's
                                        // first verb, which holds the patterns of every verb
                                        // of the block ("--- NAME [code] ---"); unset when the
                                        // verb holds its own
  std::string rule;
};

// PETRARCH2 "~ a (a b ATTACK) SAY = a b 015": an event reported inside another verb's clause.
struct Transformation {
  std::string text;                 // as written after '~'
  std::string rule;
};

// TABARI <TIME> entries: a phrase that shifts the event date, or discards/voids it. A pattern
// under an entry ("- * AND A WEEK [+8]") becomes the phrase it matches, '*' replaced by the
// entry's phrase.
struct TimeShift {
  Phrase phrase;
  int days = 0;
  std::string code;                 // "" for a shift, else "###", "---" or "+++"
  std::string rule;
};

struct Discard {
  Phrase phrase;
  bool story = false;               // PETRARCH '+': discard the whole story, not the sentence
  std::string rule;
};

// A synonym set of a verbs file (TABARI <SYNSETS>, PETRARCH "&NAME" then "+member" lines). The
// patterns that name it are already expanded; this is the set as read, for reference.
struct Synset {
  std::string name;                 // "&CURRENCY", without PETRARCH's trailing '_'
  std::vector<std::string> members; // as they go into patterns: "SWISS_FRANC", "&TIETYPES_MEMOS"
  std::string rule;
};

struct Dictionaries {
  DictFormat format = DictFormat::kTabari;
  std::vector<Actor> actors;
  std::vector<Agent> agents;
  std::vector<Verb> verbs;
  std::vector<Transformation> transformations;
  std::vector<TimeShift> time_shifts;
  std::vector<Discard> discards;
  std::vector<Synset> synsets;
  std::vector<std::string> nouns, adjectives;  // TABARI <NOUN>, <ADJECTIVE>: words that make the
                                               // next verb a noun / are not verbs
  std::vector<std::pair<std::string, std::string>> options;  // "COMPLEX" -> "VERBS[5] CONJ[4]"
  std::vector<std::string> warnings;           // "file:line: reason" for every faulty line
};

// The patterns that apply to `v`: its own, or its PETRARCH block's.
inline const std::vector<Pattern>& PatternsOf(const Dictionaries& d, const Verb& v) {
  return v.patterns_from ? d.verbs[*v.patterns_from].patterns : v.patterns;
}

// Each reader appends to `out` and never stops on a faulty line: it records a warning naming
// file:line and goes on. They throw LexiconError only when the file cannot be opened.
void ReadActors(const std::string& path, DictFormat format, Dictionaries& out);
void ReadAgents(const std::string& path, DictFormat format, Dictionaries& out);
void ReadVerbs(const std::string& path, DictFormat format, Dictionaries& out);
void ReadDiscards(const std::string& path, DictFormat format, Dictionaries& out);
void ReadOptions(const std::string& path, Dictionaries& out);

// "951225", "19951225"; nullopt when not all digits or not a calendar day. Two-digit years
// 00-30 are 20xx, 31-99 19xx (TABARI manual 6.5.2 note 1; PETRARCH's dstr_to_ordate). The
// faulty lengths of real dictionaries are read where one reading makes a plausible date
// (year 1800-2099): 7 digits as YYYYMMD, then YYYYMDD, then YYMMDD with a stray last or first
// digit ("9008223": 1990-08-22); 9 or 10 digits as their last, then their first eight
// ("1920030320": 2003-03-20). Readers warn whenever a date is not 6 or 8 digits.
std::optional<Date> ParseLegacyDate(std::string_view digits);

}  // namespace attache::legacy
