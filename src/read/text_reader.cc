#include "read/text_reader.h"

#include <filesystem>
#include <simdjson.h>
#include <utility>

#include "read/admit.h"
#include "read/input_file.h"
#include "read/metadata.h"
#include "read/utf8.h"

namespace attache {
namespace {

// Applies NAME.meta.json, when there is one, to `doc`. Returns the rejection reason when the
// metadata cannot be used: a meta.json that is there but unreadable or wrong would otherwise give
// the story no date, or someone else's, without anyone noticing.
std::optional<std::string> ApplyMetaJson(const std::string& path, const ReadOptions& options,
                                         Document& doc, const ReadSinks& sinks) {
  const std::string meta_path = MetaJsonPath(path);
  const std::string meta_name = std::filesystem::path(meta_path).filename().string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(meta_path, ec)) return std::nullopt;

  simdjson::padded_string json;
  if (auto err = simdjson::padded_string::load(meta_path).get(json)) {
    return meta_name + ": cannot read: " + simdjson::error_message(err);
  }
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (auto err = parser.parse(json).get(root)) {
    return meta_name + ": malformed JSON: " + simdjson::error_message(err);
  }
  simdjson::dom::object record;
  if (root.get_object().get(record) != simdjson::SUCCESS) return meta_name + ": not a JSON object";
  if (auto reason = ApplyMetadata(record, options, doc, sinks, meta_name)) {
    return meta_name + ": " + *reason;
  }
  return std::nullopt;
}

}  // namespace

std::string MetaJsonPath(const std::string& path) {
  std::filesystem::path p(path);
  return (p.parent_path() / (p.stem().string() + ".meta.json")).string();
}

void ReadTextDocument(std::istream& in, const std::string& path, const ReadOptions& options,
                      const ReadSinks& sinks) {
  const std::string origin = OriginOf(path);
  std::string bytes;
  if (!ReadInput(in, origin, sinks, bytes)) return;
  if (!AdmitText(bytes, origin, sinks)) return;

  Document doc;
  doc.id = DocumentIdFromPath(path);
  doc.origin = origin;
  doc.published = options.published;
  if (path != "-") {
    if (auto reason = ApplyMetaJson(path, options, doc, sinks)) {
      Reject(sinks, origin, std::move(*reason), std::move(bytes));
      return;
    }
  }
  doc.text = std::move(bytes);
  Deliver(std::move(doc), sinks);
}

}  // namespace attache
