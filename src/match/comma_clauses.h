// TABARI's nonrestrictive clauses: a stretch between two commas ("Gondor, almost five years
// after crowds burned its embassy, restored ties") whose length is within the conventions'
// limits says nothing about the main event, and TABARI drops it before coding. Commas inside
// lists of actors ("Arnor, Gondor and Rohan") delimit nothing.
#pragma once

#include "document/document.h"
#include "lexicon/lexicon.h"
#include "match/annotations.h"

namespace attache {

// Removes the actors, patterns and cues that stand in dropped clauses. Needs every match done.
void DropCommaClauses(const Sentence& sentence, const CommaClauses& limits, SentenceAnnotations& ann);

}  // namespace attache
