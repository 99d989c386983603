#include "lexicon/legacy/legacy_words.h"

#include <cctype>

#include "document/ascii.h"

namespace attache::legacy::internal {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsConnector(char c) { return c == '_' || c == '~'; }

// The connectors after one segment of a blank-free chunk: "__", "~_" and the like act as one.
struct Segment {
  std::string_view text;
  bool underscore = false;  // an '_' follows: exact (TABARI)
  bool tilde = false;       // a '~' follows: joined but still a stem (TABARI "BACK~POLICY")
  bool more = false;        // another segment follows in the same chunk: joined to it
};

// Calls `fn` for each non-empty segment of `text`: chunks are separated by blanks, segments
// within a chunk by connectors.
template <typename Fn>
void ForEachSegment(std::string_view text, Fn&& fn) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    while (i < n && IsBlank(text[i])) ++i;
    size_t chunk_end = i;
    while (chunk_end < n && !IsBlank(text[chunk_end])) ++chunk_end;
    size_t k = i;
    while (k < chunk_end) {
      size_t e = k;
      while (e < chunk_end && !IsConnector(text[e])) ++e;
      Segment seg;
      seg.text = text.substr(k, e - k);
      size_t r = e;
      while (r < chunk_end && IsConnector(text[r])) {
        seg.underscore |= text[r] == '_';
        seg.tilde |= text[r] == '~';
        ++r;
      }
      seg.more = r < chunk_end;
      if (!seg.text.empty()) fn(seg);  // a leading connector ("_X") joins nothing
      k = r;
    }
    i = chunk_end;
  }
}

// A word from a segment; '=' endings are removed and reported through `no_endings`.
Word MakeWord(std::string_view text, const Segment& seg, DictFormat format, bool& no_endings) {
  no_endings = false;
  while (!text.empty() && text.back() == '=') {
    text.remove_suffix(1);
    no_endings = true;
  }
  Word w;
  w.text = AsciiUpper(text);
  w.joined = (seg.underscore || seg.tilde) && seg.more;
  // TABARI: a word is a stem unless '_' or '=' closes it; '~' keeps it a stem (manual 5.5.3's
  // table of the four connector cases).
  w.stem = format == DictFormat::kTabari && !no_endings && (seg.tilde || !seg.underscore);
  return w;
}

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace


std::string Cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out += p;
  return out;
}

Phrase ParsePhrase(std::string_view text, DictFormat format, std::vector<WordMarks>* marks) {
  Phrase out;
  ForEachSegment(text, [&](const Segment& seg) {
    std::string_view t = seg.text;
    WordMarks m;
    if (marks && t.size() > 1 && t.front() == '+') {
      m.verb = true;
      t.remove_prefix(1);
    }
    Word w = MakeWord(t, seg, format, m.no_endings);
    if (w.text.empty()) return;
    out.push_back(std::move(w));
    if (marks) marks->push_back(m);
  });
  return out;
}

std::vector<PatternToken> ParsePatternTokens(std::string_view text, DictFormat format) {
  using K = PatternToken::Kind;
  std::vector<PatternToken> out;
  ForEachSegment(text, [&](const Segment& seg) {
    PatternToken t;
    if (seg.text.size() == 1) {
      switch (seg.text[0]) {
        case '*':
          t.kind = K::kVerb;
          break;
        case '$':
          t.kind = K::kSource;
          break;
        case '+':
          t.kind = K::kTarget;
          break;
        case '%':
          t.kind = K::kCompound;
          break;
        case '^':
          t.kind = K::kSkip;
          break;
        default:
          break;
      }
    }
    if (t.kind == K::kWord) {
      bool no_endings = false;
      t.word = MakeWord(seg.text, seg, format, no_endings);
      if (t.word.text.empty()) return;
    } else {
      t.word.joined = (seg.underscore || seg.tilde) && seg.more;
    }
    out.push_back(std::move(t));
  });
  return out;
}

std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

Bracketed SplitBrackets(std::string_view line) {
  Bracketed out;
  size_t open = line.find('[');
  out.head = TrimBlanks(line.substr(0, open));
  while (open != std::string_view::npos) {
    size_t close = line.find(']', open + 1);
    if (close == std::string_view::npos && (close = line.find('}', open + 1)) != std::string_view::npos) {
      out.misclosed = true;
    } else if (close == std::string_view::npos) {
      out.unclosed = true;
      out.blocks.push_back(TrimBlanks(line.substr(open + 1)));
      return out;
    }
    out.blocks.push_back(TrimBlanks(line.substr(open + 1, close - open - 1)));
    size_t next = line.find('[', close + 1);
    std::string_view between =
        TrimBlanks(line.substr(close + 1, next == std::string_view::npos ? std::string_view::npos : next - close - 1));
    if (!between.empty() && out.trailing.empty()) out.trailing = between;
    open = next;
  }
  return out;
}

std::string NormalizeCode(std::string_view code) {
  code = TrimBlanks(code);
  // "- - -", "# # #": the special codes written with blanks between their characters.
  std::string closed;
  for (char c : code)
    if (!IsBlank(c)) closed.push_back(c);
  if (closed == "---" || closed == "###" || closed == "+++" || closed == "***") return closed;
  return std::string(code);
}

std::pair<std::string, std::string> SplitPairedCode(std::string_view code) {
  const std::string normalized = NormalizeCode(code);
  const size_t colon = normalized.find(':');
  if (colon == std::string::npos) return {normalized, ""};
  return {NormalizeCode(std::string_view(normalized).substr(0, colon)),
          NormalizeCode(std::string_view(normalized).substr(colon + 1))};
}

bool IsActorCode(std::string_view code) {
  if (code == "---" || code == "###" || code == "+++" || code == "***") return true;
  if (code.empty()) return false;
  for (char c : code)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '/') return false;
  return true;
}

namespace {

// One date of a restriction; a guess (odd length) is noted.
std::optional<Date> ReadDate(std::string_view digits, std::vector<std::string>& notes, std::string& error) {
  if (!IsDigits(digits)) {
    error = Cat({"'", digits, "' is not a date"});
    return std::nullopt;
  }
  std::optional<Date> d = ParseLegacyDate(digits);
  if (!d) {
    error = Cat({"'", digits, "' is not a date"});
    return std::nullopt;
  }
  if (digits.size() != 6 && digits.size() != 8)
    notes.push_back(Cat({std::to_string(digits.size()), "-digit date '", digits, "' read as ", d->ToString()}));
  return d;
}

}  // namespace

std::optional<DateRange> ParseDateRestriction(std::string_view text, std::vector<std::string>& notes,
                                              std::string& error) {
  std::string s;
  for (char c : text)
    if (!IsBlank(c)) s.push_back(c);
  DateRange r;
  if (s.empty()) {
    error = "empty date restriction";
    return std::nullopt;
  }
  std::string_view v = s;
  if (v.front() == '<' || v.front() == '>') {
    const bool before = v.front() == '<';
    v.remove_prefix(1);
    std::optional<Date> d = ReadDate(v, notes, error);
    if (!d) return std::nullopt;
    (before ? r.to : r.from) = d;
    return r;
  }
  const size_t dash = v.find('-');
  if (dash == std::string_view::npos) {
    std::optional<Date> d = ReadDate(v, notes, error);
    if (!d) return std::nullopt;
    notes.push_back(Cat({"date '", s, "' without '<', '>' or '-' read as from ", d->ToString()}));
    r.from = d;
    return r;
  }
  std::string_view a = v.substr(0, dash), b = v.substr(dash + 1);
  if (a.empty() && b.empty()) {
    error = "date range without dates";
    return std::nullopt;
  }
  if (!a.empty() && !(r.from = ReadDate(a, notes, error))) return std::nullopt;
  if (!b.empty() && !(r.to = ReadDate(b, notes, error))) return std::nullopt;
  if (a.empty() || b.empty()) notes.push_back(Cat({"date range '", s, "' open at one end"}));
  if (r.from && r.to && r.from->DayNumber() > r.to->DayNumber())
    notes.push_back(Cat({"date range '", s, "' ends before it starts"}));
  return r;
}

std::string RegularPlural(std::string_view phrase) {
  std::string out(phrase);
  const size_t start = out.find_last_of("_ ") == std::string::npos ? 0 : out.find_last_of("_ ") + 1;
  const std::string_view word = std::string_view(out).substr(start);
  if (word.empty()) return out;
  const auto ends = [&](std::string_view e) {
    return word.size() >= e.size() && word.substr(word.size() - e.size()) == e;
  };
  const auto vowel = [](char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; };
  if (!std::isalpha(static_cast<unsigned char>(word.back()))) return "";  // "N'T", "F-16"
  if (ends("S") && !ends("SS")) return "";                                // a plural already: "DOLLARS", "TROOPS"
  if (ends("SS") || ends("X") || ends("Z") || ends("CH") || ends("SH")) {
    out += "ES";
  } else if (ends("Y") && word.size() > 1 && !vowel(word[word.size() - 2])) {
    out.back() = 'I';
    out += "ES";
  } else {
    out += "S";
  }
  return out;
}

}  // namespace attache::legacy::internal
