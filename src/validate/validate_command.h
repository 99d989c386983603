// `attache validate SUITE`: codes a TABARI or PETRARCH validation suite with the dictionaries it
// names and prints, per record and in total, which records code exactly the expected events.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "lexicon/lexicon.h"

namespace attache {

struct ValidateOptions {
  std::string suite;
  LexiconPaths bundled;            // the language knowledge the dictionaries lack
  std::optional<double> min_pass;  // exit 1 when the pass rate is lower
  bool bundled_lexicon = false;    // code with the bundled lexicon, not the suite's dictionaries
};

// Exit status: 0, 1 below --min-pass, 2 when the suite or its dictionaries cannot be read.
int RunValidate(const ValidateOptions& options, std::ostream& out, std::ostream& err);

}  // namespace attache
