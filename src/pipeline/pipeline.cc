#include "pipeline/pipeline.h"

#include "clean/cleaner.h"
#include "code/coder.h"
#include "dates/date_expression.h"
#include "match/actor_matcher.h"
#include "match/amount_matcher.h"
#include "match/comma_clauses.h"
#include "match/pattern_matcher.h"
#include "match/place_matcher.h"
#include "parse/clause_parser.h"
#include "resolve/discourse.h"
#include "split/sentence_splitter.h"

namespace attache {

void CodeDocument(Document& doc, const Lexicon& lexicon) {
  Clean(doc, lexicon.boilerplate);
  SplitSentences(doc, lexicon.abbreviations);
  Discourse discourse;
  if (!doc.dateline.empty() && lexicon.gazetteer) {
    // "TBILISI (Attache Wire) -": the place name before the agency or comma.
    std::string_view line(doc.text.data() + doc.dateline.start, doc.dateline.end - doc.dateline.start);
    std::string_view place = line.substr(0, line.find_first_of("(,-:"));
    while (!place.empty() && place.back() == ' ') place.remove_suffix(1);
    if (const Place* p = lexicon.gazetteer->Find(std::string(place))) discourse.SetStoryCountry(p->country);
  }
  SentenceAnnotations ann;
  for (Sentence& sentence : doc.sentences) {
    ann = SentenceAnnotations{};
    MatchActors(doc, sentence, lexicon, discourse, ann);
    MatchPlaces(doc, sentence, lexicon, ann);
    discourse.PlaceAgents(sentence, ann, lexicon);
    ann.dates = FindDateExpressions(sentence);
    MatchPatterns(sentence, lexicon, ann);
    // With no event pattern and no speech cue a sentence codes nothing; its actors still tell
    // the discourse who was named.
    if (ann.verbs.empty() && ann.nouns.empty() && ann.cues.empty()) {
      discourse.Update(ann.actors, -1);
      continue;
    }
    MatchAmounts(sentence, ann);
    if (lexicon.conventions.comma_clauses.enabled) DropCommaClauses(sentence, lexicon.conventions.comma_clauses, ann);
    ParsedSentence parsed = ParseClauses(sentence, lexicon, ann, discourse);
    CodeEvents(doc, sentence, lexicon, ann, parsed);
    discourse.Update(ann.actors, parsed.main_subject);
    discourse.NoteEvents(ann, parsed, lexicon);
  }
}

}  // namespace attache
