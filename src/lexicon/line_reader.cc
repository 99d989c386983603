#include "lexicon/line_reader.h"

#include <filesystem>
#include <fstream>

namespace attache {
namespace {

thread_local std::vector<std::string>* collected_errors = nullptr;

}  // namespace

CollectLexiconErrors::CollectLexiconErrors(std::vector<std::string>* errors) : previous_(collected_errors) {
  collected_errors = errors;
}

CollectLexiconErrors::~CollectLexiconErrors() { collected_errors = previous_; }

void ReportLexiconError(const std::string& message) {
  if (!collected_errors) throw LexiconError(message);
  collected_errors->push_back(message);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitTrim(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view piece = Trim(s.substr(start, end - start));
    if (!piece.empty()) out.push_back(piece);
    start = end + 1;
  }
  return out;
}

std::string LexiconLine::Where() const { return std::string(file) + ":" + std::to_string(number); }

void LexiconLine::Fail(const std::string& reason) const {
  throw LexiconError(std::string(path) + ":" + std::to_string(number) + ": " + reason);
}

std::vector<std::string_view> LexiconLine::Fields(size_t min, size_t max) const {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t end = text.find('|', start);
    fields.push_back(Trim(text.substr(start, end == std::string_view::npos ? end : end - start)));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  if (fields.size() < min || fields.size() > max) {
    Fail("expected " + (min == max ? std::to_string(min) : std::to_string(min) + " to " +
                                                               std::to_string(max)) +
         " fields separated by '|', found " + std::to_string(fields.size()));
  }
  return fields;
}

void ForEachLine(const std::string& path, const std::function<void(const LexiconLine&)>& fn) {
  ForEachLine("", path, fn);
}

void ForEachLine(const std::string& dir, const std::string& relative,
                 const std::function<void(const LexiconLine&)>& fn) {
  const std::string path = dir.empty() ? relative : (std::filesystem::path(dir) / relative).string();
  std::ifstream in(path);
  if (!in) throw LexiconError(path + ": cannot read lexicon file");
  std::string raw;
  LexiconLine line;
  line.path = path;
  line.file = relative;
  while (std::getline(in, raw)) {
    ++line.number;
    std::string_view text = raw;
    if (size_t hash = text.find('#'); hash != std::string_view::npos) text = text.substr(0, hash);
    line.text = Trim(text);
    if (line.text.empty()) continue;
    if (!collected_errors) {
      fn(line);
      continue;
    }
    try {
      fn(line);
    } catch (const LexiconError& e) {
      collected_errors->push_back(e.what());
    }
  }
}

}  // namespace attache
