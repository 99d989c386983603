// The read stage: turns input files into Documents, one at a time, so memory does not grow with
// the size of the input. Every document read is either handed to `on_document` or reported to
// `on_reject` with the reason; nothing is dropped silently.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "document/date.h"
#include "document/document.h"

namespace attache {

enum class InputFormat { kAuto, kText, kJsonl, kHtml, kTabari, kPetrarch };

// Parses "auto", "text", "jsonl", "html", "tabari", "petrarch"; nullopt when unknown.
std::optional<InputFormat> ParseInputFormat(const std::string& name);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  std::optional<Date> published;  // --published: overrides any date the input carries
};

// A document that could not be read. `where` names the file and, where it applies, the line or
// record ("news.jsonl:12"); `content` holds what was read of it, for --rejects.
struct Rejection {
  std::string where;
  std::string reason;
  std::string content;
};

// A problem that does not stop the document from being coded (invalid UTF-8 repaired, no date).
struct Warning {
  std::string where;
  std::string message;
};

struct ReadSinks {
  std::function<void(Document&&)> on_document;
  std::function<void(Rejection&&)> on_reject;
  std::function<void(Warning&&)> on_warning;
};

// Reads one path ("-" is standard input). Returns false only when the file itself cannot be
// opened (also reported through on_reject).
bool ReadPath(const std::string& path, const ReadOptions& options, const ReadSinks& sinks);

}  // namespace attache
