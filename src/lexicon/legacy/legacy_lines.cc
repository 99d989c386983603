#include "lexicon/legacy/legacy_lines.h"

#include <fstream>
#include <sstream>

#include "document/ascii.h"
#include "lexicon/legacy/legacy_words.h"
#include "lexicon/line_reader.h"

namespace attache::legacy::internal {

void FileWarnings::Add(int line, std::string_view kind, std::string_view detail) {
  auto it = counts_.find(kind);
  if (it == counts_.end()) it = counts_.emplace(std::string(kind), 0).first;
  if (++it->second > kMaxPerKind) return;
  std::string w = path_ + ":" + std::to_string(line) + ": " + std::string(kind);
  if (!detail.empty()) {
    w += ": ";
    w += detail;
  }
  out_.push_back(std::move(w));
}

void FileWarnings::Finish() {
  for (const auto& [kind, n] : counts_) {
    if (n <= kMaxPerKind) continue;
    out_.push_back(path_ + ": " + std::to_string(n - kMaxPerKind) + " more warnings of this kind not shown: " + kind);
  }
  counts_.clear();
}

CommentRules DictionaryComments(bool tabari) {
  CommentRules rules;
  rules.finish_mark = tabari;
  rules.slash_line = tabari;
  return rules;
}

namespace {

// Decodes one UTF-8 sequence at `s[i]`; returns its length, or 0 when it is not valid UTF-8.
size_t Utf8Length(std::string_view s, size_t i, char32_t& cp) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  size_t len;
  if (c < 0x80) {
    cp = c;
    return 1;
  } else if (c >= 0xC2 && c <= 0xDF) {
    len = 2, cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3, cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4, cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF.
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

// The byte Windows-1252 (or Latin-1) writes for `cp`, when that byte continues a UTF-8 sequence
// (0x80-0xBF); 0 otherwise. UTF-8 read as Windows-1252 and saved again turns each continuation
// byte into one of these characters: "Ú" becomes "Ãš".
unsigned char ContinuationByteOf(char32_t cp) {
  if (cp >= 0x80 && cp <= 0xBF) return static_cast<unsigned char>(cp);
  switch (cp) {
    case 0x20AC:
      return 0x80;
    case 0x201A:
      return 0x82;
    case 0x0192:
      return 0x83;
    case 0x201E:
      return 0x84;
    case 0x2026:
      return 0x85;
    case 0x2020:
      return 0x86;
    case 0x2021:
      return 0x87;
    case 0x02C6:
      return 0x88;
    case 0x2030:
      return 0x89;
    case 0x0160:
      return 0x8A;
    case 0x2039:
      return 0x8B;
    case 0x0152:
      return 0x8C;
    case 0x017D:
      return 0x8E;
    case 0x2018:
      return 0x91;
    case 0x2019:
      return 0x92;
    case 0x201C:
      return 0x93;
    case 0x201D:
      return 0x94;
    case 0x2022:
      return 0x95;
    case 0x2013:
      return 0x96;
    case 0x2014:
      return 0x97;
    case 0x02DC:
      return 0x98;
    case 0x2122:
      return 0x99;
    case 0x0161:
      return 0x9A;
    case 0x203A:
      return 0x9B;
    case 0x0153:
      return 0x9C;
    case 0x017E:
      return 0x9E;
    case 0x0178:
      return 0x9F;
    default:
      return 0;
  }
}

// Drops the bytes of `text` that are not UTF-8 (into `clean` when there are any) and warns about
// characters that cannot be meant: the replacement character, control characters and
// double-encoded sequences. Returns the text to use.
std::string_view CheckCharacters(std::string_view text, std::string& clean, int number, FileWarnings& warnings) {
  bool ascii = true;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (u < 0x20 && c != '\t') || u == 0x7F) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  clean.clear();
  size_t dropped = 0;
  bool damaged = false;
  char32_t previous = 0;
  for (size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const size_t len = Utf8Length(text, i, cp);
    if (len == 0) {
      ++dropped;
      ++i;
      previous = 0;
      continue;
    }
    if (cp == 0xFFFD || (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F)) damaged = true;
    if (previous >= 0xC2 && previous <= 0xF4 && ContinuationByteOf(cp) != 0) damaged = true;
    clean.append(text.substr(i, len));
    previous = cp;
    i += len;
  }
  if (dropped > 0) warnings.Add(number, "bytes that are not UTF-8 dropped", std::to_string(dropped) + " byte(s)");
  if (damaged) warnings.Add(number, "damaged characters (mojibake or control characters) kept as written", clean);
  return clean;
}

// The text of `line` before its first comment; '#' and ';' within "[...]" are code characters.
std::string_view StripLineComment(std::string_view line, const CommentRules& rules) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '[') ++depth;
    if (c == ']' && depth > 0) --depth;
    if (depth > 0) continue;
    if ((rules.hash && c == '#') || (rules.semicolon && c == ';')) return line.substr(0, i);
    if (rules.double_slash && c == '/' && i + 1 < line.size() && line[i + 1] == '/') return line.substr(0, i);
  }
  return line;
}

}  // namespace

void ForEachLegacyLine(const std::string& path, const CommentRules& rules, FileWarnings& warnings,
                       const std::function<void(const LegacyLine&)>& fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LexiconError(path + ": cannot read dictionary file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string data = buffer.str();

  bool in_xml_comment = false;
  std::string joined, clean;  // scratch for a line with an XML comment removed, or cleaned bytes
  LegacyLine out;
  size_t pos = 0;
  int number = 0;
  while (pos < data.size()) {
    // "\n", "\r\n" and a lone "\r" (old Macintosh files) all end a line.
    size_t end = data.find_first_of("\r\n", pos);
    if (end == std::string::npos) end = data.size();
    std::string_view line(data.data() + pos, end - pos);
    pos = end;
    if (pos < data.size()) pos += (data[pos] == '\r' && pos + 1 < data.size() && data[pos + 1] == '\n') ? 2 : 1;
    ++number;

    if (rules.xml && !in_xml_comment) {
      // PETRARCH skips any line starting "<!", also a mistyped "<! -- ... -->".
      const size_t lead = line.find_first_not_of(" \t");
      if (lead != std::string_view::npos && line.substr(lead, 2) == "<!" && line.substr(lead, 4) != "<!--") {
        warnings.Add(number, "comment opened with '<!' but not '<!--': line read as a comment", line);
        continue;
      }
    }
    if (rules.xml) {
      // Remove "<!-- ... -->" spans; an unclosed one goes on to the line holding "-->".
      joined.clear();
      bool changed = in_xml_comment;
      std::string_view rest = line;
      while (!rest.empty()) {
        if (in_xml_comment) {
          size_t close = rest.find("-->");
          if (close == std::string_view::npos) {
            rest = {};
            break;
          }
          rest.remove_prefix(close + 3);
          in_xml_comment = false;
          continue;
        }
        size_t open = rest.find("<!--");
        if (open == std::string_view::npos) break;
        joined.append(rest.substr(0, open));
        joined.push_back(' ');
        rest.remove_prefix(open + 4);
        in_xml_comment = true;
        changed = true;
      }
      if (changed) {
        joined.append(rest);
        line = joined;
      }
    }

    if (rules.finish_mark && line.substr(0, 2) == "~~") break;
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos) continue;
    if ((rules.hash && line[first] == '#') || (rules.slash_line && line[first] == '/')) continue;
    std::string_view text = StripLineComment(line, rules);
    const size_t last = text.find_last_not_of(" \t");
    if (last == std::string_view::npos || last < first) continue;
    out.number = number;
    out.indent = line.substr(0, first);
    out.text = CheckCharacters(text.substr(first, last + 1 - first), clean, number, warnings);
    if (!out.text.empty()) fn(out);
  }
}

bool Sections::known(const std::string& tag) const {
  for (const std::string& k : known_)
    if (k == tag) return true;
  return false;
}

bool Sections::Tag(const LegacyLine& line, FileWarnings& warnings) {
  const std::string_view t = line.text;
  if (t.size() < 3 || t.front() != '<' || t.back() != '>') return false;
  const bool close = t[1] == '/';
  std::string tag = AsciiUpper(TrimBlanks(t.substr(close ? 2 : 1, t.size() - (close ? 3 : 2))));
  if (tag == "ADJ") tag = "ADJECTIVE";
  if (tag == "SYNSET") tag = "SYNSETS";
  if (close) {
    if (tag != current_) warnings.Add(line.number, "end tag without its start", t);
    current_.clear();
    return true;
  }
  if (!current_.empty()) warnings.Add(line.number, Cat({"section opened inside <", current_, ">"}), t);
  current_ = tag;
  opened_ = line.number;
  if (!known(tag)) warnings.Add(line.number, "unknown section skipped", t);
  return true;
}

bool Sections::WordList(const LegacyLine& line, Dictionaries& out, FileWarnings& warnings) const {
  const bool nouns = current_ == "NOUN";
  if (!nouns && current_ != "ADJECTIVE") return false;
  // The lists hold bare words; a code there would mean nothing.
  const Bracketed b = SplitBrackets(line.text);
  if (!b.blocks.empty()) warnings.Add(line.number, Cat({"code inside <", current_, "> ignored"}), line.text);
  if (!b.head.empty()) (nouns ? out.nouns : out.adjectives).emplace_back(b.head);
  return true;
}

void Sections::Finish(FileWarnings& warnings) const {
  if (!current_.empty()) warnings.Add(opened_, "section not closed", Cat({"<", current_, ">"}));
}

}  // namespace attache::legacy::internal
