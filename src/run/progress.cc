#include "run/progress.h"

#include <cstdio>

namespace attache {

Progress::Progress(std::ostream& err, bool enabled)
    : err_(err), enabled_(enabled), start_(std::chrono::steady_clock::now()), last_(start_) {}

void Progress::Update(const CodeSummary& summary) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  Write(summary);
}

void Progress::Finish(const CodeSummary& summary) {
  if (!enabled_ || !written_) return;
  Write(summary);
  err_ << "\n";
}

void Progress::Write(const CodeSummary& summary) {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  char line[160];
  std::snprintf(line, sizeof line, "\rattache: %zu documents, %zu sentences, %zu events, %.0f sentences/s   ",
                summary.documents, summary.sentences, summary.events,
                seconds > 0 ? static_cast<double>(summary.sentences) / seconds : 0.0);
  err_ << line << std::flush;
  written_ = true;
}

}  // namespace attache
