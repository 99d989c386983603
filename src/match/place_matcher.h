// Finds places: countries and capitals in a locative phrase ("in Germany", "in Riyadh"; these
// stop being actors), and capitalised names the gazetteer knows ("Kharkov", "Donetsk").
#pragma once

#include "document/document.h"
#include "lexicon/lexicon.h"
#include "match/annotations.h"

namespace attache {

void MatchPlaces(const Document& doc, const Sentence& sentence, const Lexicon& lexicon,
                 SentenceAnnotations& out);

}  // namespace attache
