// JSON Lines input: one document per line, {"id", "text", "published", "source", "url", "title"}.
// Read a line at a time, so memory follows the longest line, not the size of the file; a bad
// line is rejected with its line number and reading goes on with the next.
#pragma once

#include <istream>
#include <string>

#include "read/reader.h"

namespace attache {

// Reads every line of `in`; `path` names it in origins and rejections ("news.jsonl:12").
// Blank lines are skipped but still counted, so line numbers are those an editor shows.
void ReadJsonlDocuments(std::istream& in, const std::string& path, const ReadOptions& options,
                        const ReadSinks& sinks);

}  // namespace attache
