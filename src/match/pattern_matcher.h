// Finds the event patterns and speech cues of a sentence. At each word it tries the verb
// patterns headed by that word (in any inflection) or, where the word is used as a noun ("the
// attacks", "Kyiv's incursion"), the nominal patterns; the pattern spelling out the most words
// wins. Target (`+`) and source (`$`) slots must hold an actor phrase.
#pragma once

#include "document/document.h"
#include "lexicon/lexicon.h"
#include "match/annotations.h"

namespace attache {

// Needs out.actors (slots are actor phrases).
void MatchPatterns(const Sentence& sentence, const Lexicon& lexicon, SentenceAnnotations& out);

}  // namespace attache
