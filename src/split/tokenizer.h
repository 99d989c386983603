// Splits story text into tokens with byte offsets. Words keep inner apostrophes, hyphens and
// the dots of abbreviations ("U.S.", "Mr.", "P."); the possessive "'s" is a token of its own so
// "Russia's" matches the lexicon's "Russia". Curly quotes and dashes fold to ASCII in Token::norm.
#pragma once

#include <string_view>
#include <vector>

#include "document/document.h"
#include "split/abbreviations.h"

namespace attache {

// Appends the tokens of text[span] to `out`. Offsets are into `text`.
void Tokenize(std::string_view text, Span span, const Abbreviations& abbreviations,
              std::vector<Token>& out);

}  // namespace attache
