// Whether an event is asserted: negated ("did not attack"), hypothetical (a condition, a modal
// verb, an infinitive of purpose: "trying to derail"), planned ("will visit", "is due to",
// "is to free") or factual. Word lists come from the lexicon's words/modality.txt.
#pragma once

#include "parse/clause_context.h"

namespace attache {

// For a verb at `head` in the clause starting at `clause_start`.
Modality VerbModality(const ClauseContext& ctx, size_t head, size_t clause_start);

// For a nominal event ("no ceasefire", "not interested in a ceasefire").
Modality NounModality(const ClauseContext& ctx, size_t head, size_t clause_start);

// True when one of the three words before token i is a negation ("had never threatened").
bool NegatedBefore(const ClauseContext& ctx, size_t i);

}  // namespace attache
