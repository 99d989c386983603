#include "lexicon/legacy/pattern_expansion.h"

#include "document/ascii.h"
#include "lexicon/legacy/legacy_words.h"

namespace attache::legacy::internal {
namespace {

// Nested synsets ("+&TIETYPES_MEMOS") deeper than this are a set that names itself.
constexpr int kMaxSynsetDepth = 12;

// The '}' closing the '{' at `open`, allowing nested braces; npos when there is none.
size_t MatchingBrace(std::string_view s, size_t open) {
  int depth = 0;
  for (size_t i = open; i < s.size(); ++i) {
    if (s[i] == '{') ++depth;
    if (s[i] == '}' && --depth == 0) return i;
  }
  return std::string_view::npos;
}

class Expander {
 public:
  Expander(const SynsetTable& synsets, Expansion& out) : synsets_(synsets), out_(out) {}

  // "{ A | B }": each alternative, trimmed, in place of the braces, so that "DEMAND_{ X | Y }_C"
  // joins as "DEMAND_X_C" (manual 5.7).
  bool Alternatives(const std::string& text, std::vector<std::string>& done) {
    const size_t open = text.find('{');
    if (open == std::string::npos) {
      done.push_back(text);
      return true;
    }
    const size_t close = MatchingBrace(text, open);
    if (close == std::string::npos) {
      out_.error = "'{' without '}'";
      return false;
    }
    const std::string_view inner = std::string_view(text).substr(open + 1, close - open - 1);
    size_t start = 0;
    int depth = 0;
    for (size_t i = 0; i <= inner.size(); ++i) {
      if (i < inner.size() && inner[i] == '{') ++depth;
      if (i < inner.size() && inner[i] == '}') --depth;
      if (i == inner.size() || (inner[i] == '|' && depth == 0)) {
        if (!Alternatives(
                text.substr(0, open) + std::string(TrimBlanks(inner.substr(start, i - start))) + text.substr(close + 1),
                done))
          return false;
        if (done.size() >= kMaxPatternExpansions) {
          out_.truncated = true;
          return true;
        }
        start = i + 1;
      }
    }
    return true;
  }

  // "&NAME" in place: each member of the set. The name is the longest one defined that ends at
  // a connector, so "&TIETYPES_RELATIONS" is &TIETYPES before "_RELATIONS" while
  // "&FIGHT_OF_WORDS" is one set; a trailing '_' stays as the connector it is.
  bool Synsets(const std::string& text, int depth) {
    const size_t amp = text.find('&');
    if (amp == std::string::npos) {
      out_.patterns.push_back(text);
      return true;
    }
    if (depth > kMaxSynsetDepth) {
      out_.error = "synsets nested too deep (a set naming itself?)";
      return false;
    }
    size_t end = amp + 1;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '&' && text[end] != '~') ++end;
    const std::vector<std::string>* members = nullptr;
    for (; end > amp + 1; --end) {
      if (end < text.size() && text[end] != '_' && text[end] != ' ' && text[end] != '\t' && text[end] != '&' &&
          text[end] != '~')
        continue;
      if (text[end - 1] == '_') continue;
      auto it = synsets_.find(AsciiUpper(std::string_view(text).substr(amp + 1, end - amp - 1)));
      if (it != synsets_.end()) {
        members = &it->second;
        break;
      }
    }
    if (!members) {
      size_t stop = text.find_first_of(" \t", amp);
      out_.error = Cat({"synset ",
                        std::string_view(text).substr(amp, stop == std::string::npos ? std::string::npos : stop - amp),
                        " not defined"});
      return false;
    }
    for (const std::string& m : *members) {
      if (out_.patterns.size() >= kMaxPatternExpansions) {
        out_.truncated = true;
        return true;
      }
      if (!Synsets(text.substr(0, amp) + m + text.substr(end), depth + 1)) return false;
    }
    return true;
  }

 private:
  const SynsetTable& synsets_;
  Expansion& out_;
};

// PETRARCH's phrase brackets: "(TO {BANNED PARTIES})" keeps its words; a "{...}" with '|' stays
// for Alternatives.
std::string DropPhraseBrackets(std::string_view text) {
  std::string s(text);
  for (size_t open = s.find('{'); open != std::string::npos; open = s.find('{', open + 1)) {
    const size_t close = MatchingBrace(s, open);
    if (close == std::string::npos) break;
    if (s.substr(open, close - open).find('|') != std::string::npos) continue;
    s[open] = ' ';
    s[close] = ' ';
  }
  for (char& c : s)
    if (c == '(' || c == ')') c = ' ';
  return s;
}

}  // namespace

Expansion ExpandPattern(std::string_view text, DictFormat format, const SynsetTable& synsets) {
  Expansion out;
  Expander ex(synsets, out);
  std::vector<std::string> plain;
  const std::string written = format == DictFormat::kPetrarch ? DropPhraseBrackets(text) : std::string(text);
  if (!ex.Alternatives(written, plain)) return out;
  for (const std::string& p : plain) {
    if (!ex.Synsets(p, 0)) {
      out.patterns.clear();
      return out;
    }
    if (out.truncated) break;
  }
  return out;
}

std::string SynsetMember(std::string_view written, DictFormat format) {
  std::string_view t = TrimBlanks(written);
  if (format == DictFormat::kTabari) return std::string(t);
  std::string s;
  for (char c : t) {
    if (c == '(' || c == ')' || c == '{' || c == '}') c = ' ';
    if (c == ' ' || c == '\t') {
      if (!s.empty() && s.back() != '_') s.push_back('_');
    } else {
      s.push_back(c);
    }
  }
  while (!s.empty() && s.back() == '_' && TrimBlanks(written).back() != '_') s.pop_back();
  return s;
}

}  // namespace attache::legacy::internal
