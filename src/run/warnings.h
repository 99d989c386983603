// Loading a team's dictionaries can raise hundreds of warnings (faulty lines); the first few are
// printed in full and the rest counted, so the run's own messages stay readable.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace attache {

inline constexpr size_t kWarningsShown = 20;

void ReportWarnings(const std::vector<std::string>& warnings, std::ostream& err);

}  // namespace attache
