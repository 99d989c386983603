// The options of TABARI and PETRARCH that change what is coded, as the engine's conventions:
// TABARI's how many events a sentence gives (CODE BY), agents without actors (CONVERT AGENT),
// defaults, comma-delimited clauses and the limits on short or complex sentences (MINIMUM
// WORDS, COMPLEX); PETRARCH's require_dyad and comma_* settings. Output, label and display
// commands change nothing here.
#pragma once

#include <string_view>

#include "lexicon/lexicon.h"

namespace attache::legacy {

// "SET: CODE BY SENTENCE", "COMPLEX: VERBS[5] CONJ[4] ...", "SET: CONVERT AGENT = TRUE".
// Returns true when the command changed the conventions.
bool ApplyTabariOption(std::string_view command, CodingConventions& conventions);
bool ApplyTabariOption(std::string_view key, std::string_view value, CodingConventions& conventions);

// PETRARCH's "require_dyad = false", "comma_emax = 0" (its config file, or a <Config> record).
bool ApplyPetrarchOption(std::string_view option, std::string_view value, CodingConventions& conventions);
bool ApplyPetrarchOption(std::string_view assignment, CodingConventions& conventions);  // "key = value"

}  // namespace attache::legacy
