// Reading inputs whole and naming documents after their files: what every reader needs from the
// file system, kept apart from what the formats mean.
#pragma once

#include <istream>
#include <string>

namespace attache {

// Appends the rest of `in` to `out` in large chunks (linear, whatever the size; works on pipes,
// where the size is not known in advance). False on a read error.
bool ReadAll(std::istream& in, std::string& out);

// The id a document gets from its file: the file name without directories and extension
// ("news/story.txt" -> "story"). "stdin" for "-".
std::string DocumentIdFromPath(const std::string& path);

// The extension, lower-cased, with its dot (".txt"); "" when there is none.
std::string LowerExtension(const std::string& path);

// How messages name the input: the path as the user gave it, "<stdin>" for "-".
std::string OriginOf(const std::string& path);

}  // namespace attache
