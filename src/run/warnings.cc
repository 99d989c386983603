#include "run/warnings.h"

namespace attache {

void ReportWarnings(const std::vector<std::string>& warnings, std::ostream& err) {
  for (size_t i = 0; i < warnings.size() && i < kWarningsShown; ++i) err << "attache: warning: " << warnings[i] << "\n";
  if (warnings.size() > kWarningsShown)
    err << "attache: warning: " << warnings.size() - kWarningsShown << " more warnings not shown\n";
}

}  // namespace attache
