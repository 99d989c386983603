// The metadata a JSONL record and a NAME.meta.json carry alike: "id", "published", "source",
// "url", "title". Other fields ("language", "note") are left alone: inputs carry what their
// producers need, and nothing downstream reads them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <simdjson.h>

#include "document/document.h"
#include "read/reader.h"

namespace attache {

// Copies the metadata of `record` into `doc`; null, absent and empty fields are no value. An id
// may be a string or an integer; the others must be strings, else the field is ignored with a
// warning on doc.origin (`context` names the file they came from, when that is not the origin).
// ReadOptions::published replaces any published value, which is then not even looked at.
// Returns the rejection reason when "published" is there but is not a date.
std::optional<std::string> ApplyMetadata(const simdjson::dom::object& record,
                                         const ReadOptions& options, Document& doc,
                                         const ReadSinks& sinks, std::string_view context = {});

}  // namespace attache
