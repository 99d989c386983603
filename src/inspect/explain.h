// `attache lexicon explain "PHRASE" --date YYYY-MM-DD`: which lexicon entries a phrase
// matches, with the file and line of each, and the code each gives on that date; and the
// event patterns its words head.
#pragma once

#include <ostream>
#include <string>

#include "document/date.h"
#include "lexicon/lexicon.h"

namespace attache {

// Returns false when nothing in the lexicon matches the phrase.
bool Explain(const Lexicon& lexicon, const std::string& phrase, const Date& date, std::ostream& out);

}  // namespace attache
