// Finds sums of money ("$350 billion", "€2.5bn", "5 million euros") in a sentence.
#pragma once

#include "document/document.h"
#include "match/annotations.h"

namespace attache {

void MatchAmounts(const Sentence& sentence, SentenceAnnotations& out);

}  // namespace attache
