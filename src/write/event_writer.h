// The write stage: prints a coded document's events as JSONL (the event record of
// ../shared/spec/events.md) or as PETRARCH-style TSV.
#pragma once

#include <ostream>
#include <string>

#include "document/document.h"
#include "lexicon/cameo_codebook.h"

namespace attache {

enum class OutputFormat { kJsonl, kTsv };

struct WriteOptions {
  OutputFormat format = OutputFormat::kJsonl;
  bool all = false;  // also hypothetical and negated events
};

// Whether an event is written: asserted ones (factual or future) always, the rest with `all`.
bool IsWritten(const Event& e, const WriteOptions& options);

// Appends the document's events to `out`; returns how many were written.
size_t WriteEvents(const Document& doc, const CameoCodebook& cameo, const WriteOptions& options,
                   std::string& out);

// JSON string escaping (quotes, backslashes, control characters).
void AppendJsonString(std::string& out, std::string_view s);

}  // namespace attache
