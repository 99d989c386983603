// The parse stage: from the matches of a sentence, works out who does what to whom. It finds
// attribution frames (frames.h), then for each event pattern its source (the subject, or the
// agent of a passive), its target (the `+` slot, the first actor after the verb, or the
// country of a place for acts on territory), whether it is asserted (modality.h) and its
// clause scope; reported hostility becomes an accusation (accusations.h).
#pragma once

#include "document/document.h"
#include "lexicon/lexicon.h"
#include "match/annotations.h"
#include "parse/predication.h"
#include "resolve/discourse.h"

namespace attache {

// Resolves pronouns and role nouns as it meets them (through `discourse`).
ParsedSentence ParseClauses(const Sentence& sentence, const Lexicon& lexicon, SentenceAnnotations& ann,
                            const Discourse& discourse);

}  // namespace attache
