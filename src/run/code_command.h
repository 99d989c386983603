// `attache code`: reads documents, codes them on N threads in batches, and writes their events
// in input order, so the output is the same whatever the thread count. Memory stays bounded:
// only one batch of documents is held at a time.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "read/reader.h"
#include "write/event_writer.h"

namespace attache {

struct CodeOptions {
  std::vector<std::string> inputs;
  ReadOptions read;
  WriteOptions write;
  unsigned threads = 1;
  std::string rejects_path;  // where rejected documents are written whole; empty: nowhere
  bool progress = false;     // a progress line on the error stream (when it is a terminal)
};

struct CodeSummary {
  size_t documents = 0, sentences = 0, events = 0, rejected = 0;
};

// Returns the exit status of documents.md: 0 all read, 1 some rejected.
int RunCode(const Lexicon& lexicon, const CodeOptions& options, std::ostream& out, std::ostream& err,
            CodeSummary* summary = nullptr);

}  // namespace attache
