#include "validate/suite_common.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "read/tabari_reader.h"

namespace attache::suite_internal {
namespace {

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

}  // namespace

std::string ReadSuiteFile(const std::string& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(Concat({"cannot read ", what, " ", path}));
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw std::runtime_error(Concat({"error reading ", what, " ", path}));
  std::string s = std::move(content).str();
  if (s.starts_with("\xEF\xBB\xBF")) s.erase(0, 3);
  return s;
}

std::vector<std::string_view> SplitLines(std::string_view content) {
  std::vector<std::string_view> lines;
  while (!content.empty()) {
    const size_t end = content.find('\n');
    std::string_view line = content.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    content.remove_prefix(end + 1);
  }
  return lines;
}

std::string FileName(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

std::string Beside(const std::string& suite_path, std::string_view name) {
  const std::filesystem::path file(name);
  if (file.is_absolute()) return file.lexically_normal().string();
  return (std::filesystem::path(suite_path).parent_path() / file).lexically_normal().string();
}

std::string Concat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) out += part;
  return out;
}

bool IsBlank(std::string_view s) { return Trim(s).empty(); }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), s.begin(),
                    [](char a, char b) { return Lower(a) == Lower(b); });
}

bool ContainsNoCase(std::string_view s, std::string_view needle) {
  return std::search(s.begin(), s.end(), needle.begin(), needle.end(), [](char a, char b) {
           return Lower(a) == Lower(b);
         }) != s.end();
}

std::string CleanText(std::string_view raw, std::optional<unsigned char>* control) {
  std::string out;
  out.reserve(raw.size());
  bool space = false;
  for (char c : raw) {
    const auto u = static_cast<unsigned char>(c);
    const bool is_control = u < 0x20 || u == 0x7F;
    if (is_control && !IsSpace(c) && control && !*control) *control = u;
    if (is_control || IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

void Warn(Suite& suite, const std::string& file, size_t line, std::string_view reason) {
  suite.warnings.push_back(file + ":" + std::to_string(line) + ": " + std::string(reason));
}

std::optional<Date> ParseLegacyRecordDate(std::string_view digits) {
  if (digits.size() == 8) return ParseTabariDate(digits);
  if (digits.size() != 6 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  const bool this_century = (digits[0] - '0') * 10 + (digits[1] - '0') <= 30;
  return ParseTabariDate(Concat({this_century ? "20" : "19", digits}));
}

}  // namespace attache::suite_internal
