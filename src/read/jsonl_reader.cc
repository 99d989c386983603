#include "read/jsonl_reader.h"

#include <simdjson.h>
#include <utility>

#include "read/admit.h"
#include "read/input_file.h"
#include "read/metadata.h"
#include "read/utf8.h"

namespace attache {
namespace {

bool IsBlankLine(const std::string& line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string::npos;
}

// Turns one non-blank line into a document, or a rejection that carries the line as it was read
// (so --rejects can be fed back in as JSONL once fixed).
void ReadRecord(simdjson::dom::parser& parser, std::string& line, size_t number,
                const std::string& where, const ReadOptions& options, const ReadSinks& sinks) {
  // simdjson refuses invalid UTF-8 outright; repair first so one bad byte costs a warning, not
  // the document.
  if (CheckText(line, where, sinks, "the line") == TextCheck::kBinary) {
    Reject(sinks, where, "binary data, not text", std::move(line));
    return;
  }
  // Room for simdjson's padding in the line itself, so parse() does not copy it.
  line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  simdjson::dom::element root;
  if (auto err = parser.parse(line).get(root)) {
    Reject(sinks, where, std::string("malformed JSON: ") + simdjson::error_message(err),
           std::move(line));
    return;
  }
  simdjson::dom::object record;
  if (root.get_object().get(record) != simdjson::SUCCESS) {
    Reject(sinks, where, "not a JSON object", std::move(line));
    return;
  }
  simdjson::dom::element text_value;
  if (record.at_key("text").get(text_value) != simdjson::SUCCESS) {
    Reject(sinks, where, "missing \"text\"", std::move(line));
    return;
  }
  std::string_view text;
  if (text_value.get_string().get(text) != simdjson::SUCCESS) {
    Reject(sinks, where, "\"text\" is not a string", std::move(line));
    return;
  }

  Document doc;
  doc.id = std::to_string(number);
  doc.origin = where;
  doc.text = text;
  // The text is valid UTF-8 by now, but escapes can still spell out control characters, NULs or
  // nothing but white space.
  if (TextCheck check = CheckText(doc.text, where, sinks); check != TextCheck::kText) {
    Reject(sinks, where, std::string(RejectReason(check)), std::move(line));
    return;
  }
  if (auto reason = ApplyMetadata(record, options, doc, sinks)) {
    Reject(sinks, where, std::move(*reason), std::move(line));
    return;
  }
  Deliver(std::move(doc), sinks);
}

}  // namespace

void ReadJsonlDocuments(std::istream& in, const std::string& path, const ReadOptions& options,
                        const ReadSinks& sinks) {
  const std::string origin = OriginOf(path);
  simdjson::dom::parser parser;  // reused: its buffers grow to the longest line and stay there
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1) StripByteOrderMark(line);
    if (IsBlankLine(line)) continue;
    if (line.back() == '\r') line.pop_back();  // CRLF files
    ReadRecord(parser, line, number, origin + ":" + std::to_string(number), options, sinks);
  }
  if (in.bad()) {
    Reject(sinks, origin + ":" + std::to_string(number + 1), "read error", std::move(line));
  }
}

}  // namespace attache
