#include "read/metadata.h"

#include "read/admit.h"
#include "read/published.h"

namespace attache {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// The field's string value: nullopt when absent or null, and (with a warning) when not a string.
std::optional<std::string_view> StringField(const simdjson::dom::object& record,
                                            std::string_view name, const Document& doc,
                                            const ReadSinks& sinks, std::string_view context) {
  element value;
  if (record.at_key(name).get(value) != simdjson::SUCCESS) return std::nullopt;
  if (value.type() == element_type::NULL_VALUE) return std::nullopt;
  std::string_view text;
  if (value.get_string().get(text) == simdjson::SUCCESS) return text;
  std::string message;
  if (!context.empty()) message = std::string(context) + ": ";
  message += "field \"" + std::string(name) + "\" ignored: expected a string, found " +
             simdjson::minify(value);
  Warn(sinks, doc.origin, std::move(message));
  return std::nullopt;
}

}  // namespace

std::optional<std::string> ApplyMetadata(const simdjson::dom::object& record,
                                         const ReadOptions& options, Document& doc,
                                         const ReadSinks& sinks, std::string_view context) {
  // Numeric ids are common in exported corpora (database keys); keep them as written.
  element id;
  if (record.at_key("id").get(id) == simdjson::SUCCESS &&
      (id.type() == element_type::INT64 || id.type() == element_type::UINT64)) {
    doc.id = simdjson::minify(id);
  } else if (auto s = StringField(record, "id", doc, sinks, context); s && !s->empty()) {
    doc.id = *s;
  }
  if (auto s = StringField(record, "source", doc, sinks, context)) doc.source = *s;
  if (auto s = StringField(record, "url", doc, sinks, context)) doc.url = *s;
  if (auto s = StringField(record, "title", doc, sinks, context)) doc.title = *s;

  if (options.published) {
    doc.published = options.published;
    return std::nullopt;
  }
  element published;
  if (record.at_key("published").get(published) != simdjson::SUCCESS ||
      published.type() == element_type::NULL_VALUE) {
    return std::nullopt;
  }
  std::string_view value;
  if (published.get_string().get(value) != simdjson::SUCCESS) {
    // 20250225 or 1740477600 as a number: guessing which would risk a wrong date.
    return NotADateReason("published", simdjson::minify(published));
  }
  if (value.empty()) return std::nullopt;
  doc.published = ParsePublished(value);
  if (!doc.published) return NotADateReason("published", value);
  return std::nullopt;
}

}  // namespace attache
