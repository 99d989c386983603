#include "clean/cleaner.h"

#include <algorithm>

#include "document/ascii.h"
#include "lexicon/line_reader.h"

namespace attache {
namespace {

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

BoilerplateRules BoilerplateRules::Load(const std::string& dir, const std::string& file) {
  BoilerplateRules rules;
  ForEachLine(dir, file, [&](const LexiconLine& line) {
    auto fields = line.Fields(2, 2);
    if (fields[0] == "prefix") {
      rules.prefixes_.push_back(AsciiLower(fields[1]));
    } else if (fields[0] == "publisher") {
      for (auto noun : SplitTrim(fields[1], ';')) rules.publisher_nouns_.push_back(AsciiLower(noun));
    } else {
      line.Fail("unknown rule kind '" + std::string(fields[0]) + "' (prefix or publisher)");
    }
  });
  return rules;
}

bool BoilerplateRules::IsBoilerplateLine(std::string_view line) const {
  std::string head = AsciiLower(line.substr(0, 64));
  return std::any_of(prefixes_.begin(), prefixes_.end(),
                     [&](const std::string& p) { return head.rfind(p, 0) == 0; });
}

// "The Diplomatic Insight is a digital and print magazine focusing on ...": a short paragraph
// whose subject is a capitalised name and whose predicate is "is a/an ... <outlet noun>".
bool BoilerplateRules::IsPublisherSelfDescription(std::string_view line) const {
  if (line.size() > 400 || line.empty() || !IsAsciiUpper(line[0])) return false;
  std::string lower = AsciiLower(line);
  size_t is = lower.find(" is a");
  if (is == std::string::npos || is > 80) return false;
  std::string_view predicate = std::string_view(lower).substr(is, 120);
  return std::any_of(publisher_nouns_.begin(), publisher_nouns_.end(),
                     [&](const std::string& n) { return predicate.find(n) != std::string::npos; });
}

size_t DatelineLength(std::string_view line) {
  // A place name (capitalised words, commas, a date) then "(AGENCY)" and/or a colon or dash.
  if (line.empty() || !IsAsciiUpper(line[0])) return 0;
  size_t i = 0, limit = std::min<size_t>(line.size(), 80);
  bool agency = false, all_caps = true;
  while (i < limit) {
    char c = line[i];
    if (c == '(') {
      size_t close = line.find(')', i);
      if (close == std::string_view::npos || close - i > 30) return 0;
      agency = true;
      i = close + 1;
      continue;
    }
    if (c == ':' || c == '-' || line.compare(i, 3, "\xE2\x80\x94") == 0 ||
        line.compare(i, 3, "\xE2\x80\x93") == 0) {
      bool is_dash = c != ':';
      if (!agency && !(is_dash && all_caps)) return 0;
      if (c == '-' && (i == 0 || line[i - 1] != ' ')) return 0;  // "Western-backed"
      i += (c == ':' || c == '-') ? 1 : 3;
      while (i < line.size() && line[i] == ' ') ++i;
      return i;
    }
    if (c == '.' || c == '"' || c == '?' || c == '!') return 0;
    if (c == ' ') { ++i; continue; }
    if (std::islower(static_cast<unsigned char>(c))) all_caps = false;
    if (agency) return 0;  // text after "(AGENCY)" that is not a colon or dash
    ++i;
  }
  return 0;
}

void Clean(Document& doc, const BoilerplateRules& rules) {
  std::string_view text = doc.text;
  std::vector<Span> lines;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    size_t s = start, e = end;
    while (s < e && std::isspace(static_cast<unsigned char>(text[s]))) ++s;
    while (e > s && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    if (s < e) lines.push_back({static_cast<uint32_t>(s), static_cast<uint32_t>(e)});
    start = end + 1;
  }
  for (size_t k = 0; k < lines.size(); ++k) {
    Span line = lines[k];
    std::string_view body = text.substr(line.start, line.end - line.start);
    bool last = k + 1 == lines.size();
    if (rules.IsBoilerplateLine(body) || (last && k > 0 && rules.IsPublisherSelfDescription(body))) {
      doc.dropped.push_back(line);
      continue;
    }
    if (k == 0) {
      if (size_t n = DatelineLength(body); n > 0 && n < body.size()) {
        doc.dateline = {line.start, static_cast<uint32_t>(line.start + n)};
        doc.dropped.push_back(doc.dateline);
        line.start += static_cast<uint32_t>(n);
      }
    }
    doc.kept.push_back(line);
  }
}

}  // namespace attache
