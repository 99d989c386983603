// The code stage: turns a sentence's predications into events. It expands groups into one
// event per dyad, codes people by their role on the event's date, resolves the event's date
// (from its own clause, else the document's) and place, and fills the CAMEO fields.
#pragma once

#include <optional>

#include "document/document.h"
#include "lexicon/lexicon.h"
#include "match/annotations.h"
#include "parse/predication.h"

namespace attache {

void CodeEvents(const Document& doc, Sentence& sentence, const Lexicon& lexicon,
                const SentenceAnnotations& ann, const ParsedSentence& parsed);

}  // namespace attache
