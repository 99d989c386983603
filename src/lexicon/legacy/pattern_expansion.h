// Verb patterns are written compactly: TABARI's "{ WAS | WERE }" alternatives and the synonym
// sets of both programs ("&CURRENCY", also inside joined words: "NEW_&TIETYPES_RELATIONS", and
// inside other sets). The engine matches plain patterns, so each written pattern is expanded here
// into every pattern it stands for, by substituting text: connectors around a set or an
// alternative then join its words exactly as they join the words written there.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/legacy/legacy_dictionary.h"

namespace attache::legacy::internal {

// Synonym sets by name, upper case, without '&' and without PETRARCH's trailing '_'; each member
// as it goes into a pattern.
using SynsetTable = std::map<std::string, std::vector<std::string>, std::less<>>;

// Past this many patterns from one written pattern the rest are dropped with a warning. The
// largest real one, CAMEO.2.0.txt's "&AIRCRAFT * &WEAPON", makes 141 x 213 = 30,033 (PETRARCH2
// expands it the same way); a set feeding on itself would make no end.
constexpr size_t kMaxPatternExpansions = 50000;

struct Expansion {
  std::vector<std::string> patterns;  // the plain patterns, in written order
  std::string error;                  // why the pattern cannot be read; `patterns` is then empty
  bool truncated = false;             // kMaxPatternExpansions reached
};

// Expands one pattern as written (without its leading '-' and its code). TABARI: "{ A | B }"
// are alternatives. PETRARCH: "{...}" marks a noun phrase and "(...)" a prepositional phrase;
// both keep their words and lose the brackets, except a "{...}" holding '|', which is a TABARI
// alternative left in a converted file.
Expansion ExpandPattern(std::string_view text, DictFormat format, const SynsetTable& synsets);

// A synset member as it goes into patterns. TABARI: as written. PETRARCH: brackets dropped and
// blanks made '_' (its documentation: a member's words must be consecutive).
std::string SynsetMember(std::string_view written, DictFormat format);

}  // namespace attache::legacy::internal
