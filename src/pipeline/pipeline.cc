#include "pipeline/pipeline.h"

#include "clean/cleaner.h"
#include "code/coder.h"
#include "dates/date_expression.h"
#include "match/actor_matcher.h"
#include "match/amount_matcher.h"
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
  SentenceAnnotations ann;
  for (Sentence& sentence : doc.sentences) {
    ann = SentenceAnnotations{};
    MatchActors(doc, sentence, lexicon, discourse, ann);
    MatchPlaces(doc, sentence, lexicon, ann);
    discourse.PlaceAgents(sentence, ann);
    MatchAmounts(sentence, ann);
    ann.dates = FindDateExpressions(sentence);
    MatchPatterns(sentence, lexicon, ann);
    ParsedSentence parsed = ParseClauses(sentence, lexicon, ann, discourse);
    CodeEvents(doc, sentence, lexicon, ann, parsed);
    discourse.Update(ann.actors, parsed.main_subject);
  }
}

}  // namespace attache
