// `attache lexicon check`: every fault of a lexicon directory at once, each named by
// file:line, where loading stops at the first: malformed lines, overlapping or reversed role
// dates, codes that are not in the codebook or name no known country or organisation, the
// same phrase given to two entries, and CAMEO codes no pattern can produce.
#pragma once

#include <string>
#include <vector>

#include "lexicon/lexicon.h"

namespace attache {

// The faults, "file:line: reason", sorted by file and line. Empty when the lexicon is clean.
std::vector<std::string> CheckLexicon(const LexiconPaths& paths);

}  // namespace attache
