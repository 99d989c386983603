// The read stage's entry point: picks the reader for a path and opens it. The readers themselves
// (text_reader, jsonl_reader, html_reader, tabari_reader, petrarch_reader) never open files, so
// tests and the CLI can hand them any stream.
#include "read/reader.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "read/admit.h"
#include "read/html_reader.h"
#include "read/input_file.h"
#include "read/jsonl_reader.h"
#include "read/petrarch_reader.h"
#include "read/tabari_reader.h"
#include "read/text_reader.h"

namespace attache {
namespace {

// --input auto: the extension decides. A file without one is taken as text (corpora of stories
// often name files by number alone); an extension we do not know is refused rather than guessed,
// since reading a .csv or .pdf as a story would code nonsense.
std::optional<InputFormat> FormatFromExtension(const std::string& path) {
  const std::string ext = LowerExtension(path);
  if (ext.empty() || ext == ".txt") return InputFormat::kText;
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::kJsonl;
  if (ext == ".html" || ext == ".htm") return InputFormat::kHtml;
  if (ext == ".xml") return InputFormat::kPetrarch;
  return std::nullopt;
}

}  // namespace

std::optional<InputFormat> ParseInputFormat(const std::string& name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text") return InputFormat::kText;
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "html") return InputFormat::kHtml;
  if (name == "tabari") return InputFormat::kTabari;
  if (name == "petrarch") return InputFormat::kPetrarch;
  return std::nullopt;
}

bool ReadPath(const std::string& path, const ReadOptions& options, const ReadSinks& sinks) {
  const std::string origin = OriginOf(path);
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      Reject(sinks, origin, "cannot read: is a directory", "");
      return false;
    }
    file.open(path, std::ios::binary);
    if (!file) {
      Reject(sinks, origin, std::string("cannot open: ") + std::strerror(errno), "");
      return false;
    }
    in = &file;
  }

  InputFormat format = options.format;
  if (format == InputFormat::kAuto) {
    if (path == "-") {
      format = InputFormat::kText;
    } else if (auto f = FormatFromExtension(path)) {
      format = *f;
    } else {
      Reject(sinks, origin,
             "cannot tell the input format from the extension \"" + LowerExtension(path) +
                 "\"; name it with --input text|jsonl|html|tabari|petrarch",
             "");
      return true;
    }
  }
  switch (format) {
    case InputFormat::kAuto:
    case InputFormat::kText: ReadTextDocument(*in, path, options, sinks); break;
    case InputFormat::kJsonl: ReadJsonlDocuments(*in, path, options, sinks); break;
    case InputFormat::kHtml: ReadHtmlDocument(*in, path, options, sinks); break;
    case InputFormat::kTabari: ReadTabariDocuments(*in, path, options, sinks); break;
    case InputFormat::kPetrarch: ReadPetrarchDocuments(*in, path, options, sinks); break;
  }
  return true;
}

}  // namespace attache
