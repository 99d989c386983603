// Plain-text input: one document per file, the whole file its text. Its metadata may sit beside
// it in NAME.meta.json (the way the seed corpus ships), since a text file has nowhere else to
// carry a date.
#pragma once

#include <istream>
#include <string>

#include "read/reader.h"

namespace attache {

// Reads the whole of `in` as one document. `path` is the file it came from ("-" for standard
// input, which has no meta.json): it gives the id, the origin and where NAME.meta.json would be.
void ReadTextDocument(std::istream& in, const std::string& path, const ReadOptions& options,
                      const ReadSinks& sinks);

// Where the metadata of the text file at `path` would be: "dir/story.txt" -> "dir/story.meta.json".
std::string MetaJsonPath(const std::string& path);

}  // namespace attache
