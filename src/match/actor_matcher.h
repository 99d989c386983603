// Finds actor phrases in a sentence: lexicon names, demonyms, capitals, organisations, people,
// agents ("Russian forces" -> RUSMIL), names introduced with a title ("Ambassador Albert P.
// Khorev"), names the document introduced earlier ("Khorev"), pronouns and role nouns ("the
// envoy", left for the resolver). Joins phrases listed with "and" or commas into groups.
// Countries and capitals after "in", "at", "near" ... are places, not actors.
#pragma once

#include "document/document.h"
#include "lexicon/lexicon.h"
#include "match/annotations.h"
#include "resolve/discourse.h"

namespace attache {

void MatchActors(const Document& doc, const Sentence& sentence, const Lexicon& lexicon,
                 Discourse& discourse, SentenceAnnotations& out);

}  // namespace attache
