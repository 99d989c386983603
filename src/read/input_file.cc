#include "read/input_file.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace attache {

bool ReadAll(std::istream& in, std::string& out) {
  constexpr size_t kChunk = 1 << 16;
  // Growing by `resize` doubles the capacity, so the total copying stays linear.
  for (;;) {
    const size_t old = out.size();
    out.resize(old + kChunk);
    in.read(out.data() + old, kChunk);
    out.resize(old + static_cast<size_t>(in.gcount()));
    if (!in) break;
  }
  return !in.bad();
}

std::string DocumentIdFromPath(const std::string& path) {
  if (path == "-") return "stdin";
  return std::filesystem::path(path).stem().string();
}

std::string LowerExtension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

std::string OriginOf(const std::string& path) { return path == "-" ? "<stdin>" : path; }

}  // namespace attache
