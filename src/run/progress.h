// A progress line for long runs: documents, sentences, events and the rate so far, rewritten in
// place on standard error. Only where standard error is a terminal; elsewhere (a log file, a
// pipe) nothing is written, so logs stay clean.
#pragma once

#include <chrono>
#include <ostream>

#include "run/code_command.h"

namespace attache {

class Progress {
 public:
  Progress(std::ostream& err, bool enabled);

  // After each batch: rewrites the line at most a few times a second.
  void Update(const CodeSummary& summary);
  // At the end: the last figures, and a new line.
  void Finish(const CodeSummary& summary);

 private:
  void Write(const CodeSummary& summary);

  std::ostream& err_;
  bool enabled_;
  bool written_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace attache
