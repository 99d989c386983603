// TABARI's option commands that change what is coded, as the engine's conventions: how many
// events a sentence gives (CODE BY), agents without actors (CONVERT AGENT), and the limits on
// short or complex sentences (MINIMUM WORDS, COMPLEX). Output, label and display commands
// change nothing here.
#pragma once

#include <string_view>

#include "lexicon/lexicon.h"

namespace attache::legacy {

// "SET: CODE BY SENTENCE", "COMPLEX: VERBS[5] CONJ[4] ...", "SET: CONVERT AGENT = TRUE".
// Returns true when the command changed the conventions.
bool ApplyTabariOption(std::string_view command, CodingConventions& conventions);
bool ApplyTabariOption(std::string_view key, std::string_view value, CodingConventions& conventions);

}  // namespace attache::legacy
