// The split stage: cuts each kept paragraph of a cleaned document into sentences of tokens.
// A line break always ends a sentence; ".", "!" and "?" end one when what follows starts a
// new sentence; abbreviations and initials ("Mr.", "Albert P. Khorev") do not.
#pragma once

#include "document/document.h"
#include "split/abbreviations.h"

namespace attache {

// Sentences longer than this many tokens are cut (a 10 MB line without full stops must not
// become one sentence).
inline constexpr size_t kMaxSentenceTokens = 200;

void SplitSentences(Document& doc, const Abbreviations& abbreviations);

}  // namespace attache
