#include "read/petrarch_reader.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "read/admit.h"
#include "read/input_file.h"
#include "read/published.h"
#include "read/tabari_reader.h"

namespace attache {
namespace {

constexpr size_t kChunk = 1 << 16;
// A tag longer than this is no tag: its '<' is taken as text, so that a stray '<' cannot make the
// scanner read the rest of the file in search of a '>'.
constexpr size_t kMaxTag = 1 << 16;

bool NameIs(std::string_view name, std::string_view wanted) {
  return name.size() == wanted.size() &&
         std::equal(name.begin(), name.end(), wanted.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) ==
                  std::tolower(static_cast<unsigned char>(b));
         });
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool IsNameStart(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == ':' ||
         static_cast<unsigned char>(c) >= 0x80;
}

void AppendUtf8(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// ISO-8859-1 bytes as UTF-8, for files that declare that encoding.
std::string Latin1ToUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (char c : bytes) AppendUtf8(static_cast<unsigned char>(c), out);
  return out;
}

// What a character reference names: the code point, or nullopt when it is not one XML defines.
std::optional<uint32_t> ReferenceValue(std::string_view name) {
  if (name == "amp") return '&';
  if (name == "lt") return '<';
  if (name == "gt") return '>';
  if (name == "quot") return '"';
  if (name == "apos") return '\'';
  if (name.size() < 2 || name[0] != '#') return std::nullopt;
  const bool hex = name[1] == 'x' || name[1] == 'X';
  std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return std::nullopt;
  uint32_t cp = 0;
  for (char c : digits) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else return std::nullopt;
    cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
  }
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  return cp;
}

// Splits input into markup tokens, forgivingly: what is not well-formed is taken the way a
// browser would take it (a '<' that opens nothing is text, an undefined entity stays as written)
// instead of ending the file. Comments, processing instructions and <!DOCTYPE> are skipped.
class MarkupScanner {
 public:
  enum class Kind { kText, kCData, kStartTag, kEndTag, kUnterminated };
  struct Token {
    Kind kind = Kind::kText;
    std::string_view raw;         // the token as written
    std::string_view name;        // tags
    std::string_view attributes;  // start tags: what follows the name
    std::string_view text;        // CDATA: the content
    std::string_view what;        // kUnterminated: what was left open ("comment")
    bool self_closing = false;
    size_t line = 0;  // where the token starts
  };

  explicit MarkupScanner(std::istream& in) : in_(in) {}

  // The encoding named by an "<?xml ... encoding="..."?>" declaration at the start, lower-cased
  // ("" when none); drops a UTF-8 byte-order mark. `utf16` is set when the input starts with a
  // UTF-16 byte-order mark. Call once, before Next().
  std::string Prologue(bool& utf16);

  // The next token; false at the end of the input. Views stay valid until the next call. Text
  // may come in several tokens (it is passed on as read, so that text outside the records never
  // piles up).
  bool Next(Token& token);

  bool bad() const { return in_.bad(); }

 private:
  size_t Avail() const { return buf_.size() - pos_; }
  bool Fill();
  bool Have(size_t n);
  size_t Find(std::string_view needle, size_t from);
  bool SkipPast(std::string_view needle, size_t from);
  void Advance(size_t n);
  void Take(size_t n, Token& token);
  bool ScanTag(size_t name_at, bool end_tag, Token& token);

  std::istream& in_;
  std::string buf_;
  size_t pos_ = 0;   // the first byte not yet consumed
  size_t line_ = 1;  // the line of buf_[pos_]
};

// Reads another chunk, first dropping what has been consumed (offsets from pos_ stay valid);
// false at the end of the input.
bool MarkupScanner::Fill() {
  if (!in_) return false;
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  const size_t old = buf_.size();
  buf_.resize(old + kChunk);
  in_.read(buf_.data() + old, kChunk);
  buf_.resize(old + static_cast<size_t>(in_.gcount()));
  return buf_.size() > old;
}

// Makes sure n bytes from pos_ are buffered; false when the input ends first.
bool MarkupScanner::Have(size_t n) {
  while (Avail() < n) {
    if (!Fill()) return false;
  }
  return true;
}

// The offset from pos_ of `needle`, searched from pos_ + from, reading on as needed; npos when
// the input ends first.
size_t MarkupScanner::Find(std::string_view needle, size_t from) {
  for (;;) {
    const size_t hit = buf_.find(needle, pos_ + from);
    if (hit != std::string::npos) return hit - pos_;
    if (Avail() >= needle.size()) from = std::max(from, Avail() - needle.size() + 1);
    if (!Fill()) return std::string::npos;
  }
}

// Consumes up to and including `needle` without keeping what it passes (a comment may be long);
// false, with everything consumed, when the input ends first.
bool MarkupScanner::SkipPast(std::string_view needle, size_t from) {
  for (;;) {
    const size_t hit = buf_.find(needle, pos_ + from);
    if (hit != std::string::npos) {
      Advance(hit + needle.size() - pos_);
      return true;
    }
    const size_t keep = needle.size() - 1;
    if (Avail() > from + keep) {
      Advance(Avail() - keep);
      from = 0;
    }
    if (!Fill()) {
      Advance(Avail());
      return false;
    }
  }
}

void MarkupScanner::Advance(size_t n) {
  line_ += static_cast<size_t>(std::count(buf_.begin() + static_cast<std::ptrdiff_t>(pos_),
                                          buf_.begin() + static_cast<std::ptrdiff_t>(pos_ + n), '\n'));
  pos_ += n;
}

void MarkupScanner::Take(size_t n, Token& token) {
  token.raw = std::string_view(buf_).substr(pos_, n);
  Advance(n);
}

std::string MarkupScanner::Prologue(bool& utf16) {
  Have(kChunk);
  std::string_view head(buf_);
  utf16 = head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF");
  if (head.starts_with("\xEF\xBB\xBF")) {
    pos_ = 3;
    head.remove_prefix(3);
  }
  if (!head.starts_with("<?xml")) return "";
  std::string_view decl = head.substr(0, head.find("?>"));
  const size_t at = decl.find("encoding");
  if (at == std::string_view::npos) return "";
  decl.remove_prefix(at + 8);
  decl = Trim(decl);
  if (decl.empty() || decl.front() != '=') return "";
  decl = Trim(decl.substr(1));
  if (decl.empty() || (decl.front() != '"' && decl.front() != '\'')) return "";
  const char quote = decl.front();
  decl.remove_prefix(1);
  std::string encoding(decl.substr(0, decl.find(quote)));
  std::transform(encoding.begin(), encoding.end(), encoding.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return encoding;
}

// A tag from pos_ ('<' or "</", the name at `name_at`) to its '>' (quotes respected). A tag cut
// short by the next '<' ends there. False when it is too long to be a tag.
bool MarkupScanner::ScanTag(size_t name_at, bool end_tag, Token& token) {
  size_t i = name_at;
  char quote = 0;
  for (;; ++i) {
    if (i >= kMaxTag) return false;
    if (!Have(i + 1)) {  // the input ends inside the tag
      token.kind = Kind::kUnterminated;
      token.what = "tag";
      Take(Avail(), token);
      return true;
    }
    const char c = buf_[pos_ + i];
    if (c == '<') break;
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      ++i;
      break;
    }
  }
  Take(i, token);
  std::string_view body = token.raw.substr(name_at);
  if (body.ends_with('>')) body.remove_suffix(1);
  if (!end_tag && body.ends_with('/')) {
    token.self_closing = true;
    body.remove_suffix(1);
  }
  const size_t name_end = std::min(body.size(), body.find_first_of(" \t\r\n/"));
  token.name = body.substr(0, name_end);
  token.attributes = body.substr(name_end);
  token.kind = end_tag ? Kind::kEndTag : Kind::kStartTag;
  return true;
}

bool MarkupScanner::Next(Token& token) {
  for (;;) {
    token = Token{};
    if (!Have(1)) return false;
    token.line = line_;
    if (buf_[pos_] != '<') {
      const size_t lt = buf_.find('<', pos_);
      token.kind = Kind::kText;
      Take((lt == std::string::npos ? buf_.size() : lt) - pos_, token);
      return true;
    }
    Have(9);
    const std::string_view ahead = std::string_view(buf_).substr(pos_, std::min<size_t>(9, Avail()));
    auto unterminated = [&](std::string_view what) {
      token.kind = Kind::kUnterminated;
      token.what = what;
      return true;
    };
    if (ahead.starts_with("<!--")) {
      if (!SkipPast("-->", 4)) return unterminated("comment");
      continue;
    }
    if (ahead.starts_with("<![CDATA[")) {
      const size_t end = Find("]]>", 9);
      if (end == std::string::npos) {
        Take(Avail(), token);
        return unterminated("CDATA section");
      }
      token.kind = Kind::kCData;
      Take(end + 3, token);
      token.text = token.raw.substr(9, token.raw.size() - 12);
      return true;
    }
    if (ahead.starts_with("<?")) {
      if (!SkipPast("?>", 2)) return unterminated("processing instruction");
      continue;
    }
    if (ahead.starts_with("<!")) {  // <!DOCTYPE ...>; an internal subset's rest is text outside
      if (!SkipPast(">", 2)) return unterminated("declaration");
      continue;
    }
    const bool end_tag = ahead.starts_with("</");
    const size_t name_at = end_tag ? 2 : 1;
    if (ahead.size() > name_at && IsNameStart(ahead[name_at]) &&
        ScanTag(name_at, end_tag, token)) {
      return true;
    }
    // A '<' that opens no markup ("a < b"): text.
    const size_t lt = buf_.find('<', pos_ + 1);
    token.kind = Kind::kText;
    Take((lt == std::string::npos ? buf_.size() : lt) - pos_, token);
    return true;
  }
}

// The value of attribute `name` in a start tag's attributes (date = "20080804" id ='x'),
// decoded; nullopt when absent.
std::optional<std::string> Attribute(std::string_view attributes, std::string_view name,
                                     bool latin1) {
  std::string_view s = attributes;
  while (true) {
    while (!s.empty() && (IsSpace(s.front()) || s.front() == '/')) s.remove_prefix(1);
    if (s.empty()) return std::nullopt;
    size_t end = 0;
    while (end < s.size() && !IsSpace(s[end]) && s[end] != '=') ++end;
    const std::string_view key = s.substr(0, end);
    s = s.substr(end);
    while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
    std::string_view value;
    if (!s.empty() && s.front() == '=') {
      s.remove_prefix(1);
      while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
      if (!s.empty() && (s.front() == '"' || s.front() == '\'')) {
        const char quote = s.front();
        s.remove_prefix(1);
        const size_t close = std::min(s.size(), s.find(quote));
        value = s.substr(0, close);
        s = s.substr(std::min(s.size(), close + 1));
      } else {
        size_t stop = 0;
        while (stop < s.size() && !IsSpace(s[stop])) ++stop;
        value = s.substr(0, stop);
        s = s.substr(stop);
      }
    }
    if (NameIs(key, name)) {
      std::string decoded;
      AppendXmlDecoded(latin1 ? std::string_view(Latin1ToUtf8(value)) : value, decoded);
      return decoded;
    }
  }
}

// A <Sentence> as it is read.
struct Sentence {
  std::string where;
  std::string attributes;
  std::string raw;      // the record as written, for --rejects
  std::string text;     // the decoded <Text>
  std::string pending;  // raw text of the <Text> not yet decoded (a reference may span tokens)
  bool in_text = false;
  bool has_text = false;
  bool has_parse = false;
};

class PetrarchReader {
 public:
  PetrarchReader(const std::string& path, const ReadOptions& options, const ReadSinks& sinks)
      : origin_(OriginOf(path)), options_(options), sinks_(sinks) {}

  void Read(std::istream& in) {
    MarkupScanner scanner(in);
    bool utf16 = false;
    const std::string encoding = scanner.Prologue(utf16);
    if (utf16) {
      Reject(sinks_, origin_, "UTF-16 text: convert the file to UTF-8", "");
      return;
    }
    if (encoding == "iso-8859-1" || encoding == "latin1" || encoding == "latin-1") {
      latin1_ = true;
    } else if (!encoding.empty() && encoding != "utf-8" && encoding != "utf8" &&
               encoding != "us-ascii" && encoding != "ascii") {
      Warn(sinks_, origin_ + ":1", "encoding \"" + encoding + "\" is read as UTF-8");
    }

    MarkupScanner::Token t;
    while (scanner.Next(t)) Take(t);
    if (scanner.bad()) {
      if (open_) {
        Drop("read error");
      } else {
        Reject(sinks_, origin_, "read error", "");
      }
      return;
    }
    if (open_) Drop("no </Sentence> before the end of the file");
    if (sentences_ == 0) Warn(sinks_, origin_, "no <Sentence> records found");
  }

 private:
  using Kind = MarkupScanner::Kind;

  void Take(const MarkupScanner::Token& t) {
    if (t.kind == Kind::kStartTag && NameIs(t.name, "Sentence")) {
      if (open_) Drop("no </Sentence> before the next <Sentence>");
      ++sentences_;
      open_.emplace();
      open_->where = origin_ + ":" + std::to_string(t.line);
      open_->attributes = t.attributes;
      open_->raw = t.raw;
      if (t.self_closing) Finish();
      return;
    }
    if (t.kind == Kind::kUnterminated) {
      const std::string reason = "unterminated " + std::string(t.what) + " at line " +
                                 std::to_string(t.line) + ": the rest of the file was skipped";
      if (open_) {
        open_->raw += t.raw;
        Drop(reason);
      } else {
        Reject(sinks_, origin_ + ":" + std::to_string(t.line), reason, std::string(t.raw));
      }
      return;
    }
    if (!open_) return;  // outside the records: wrappers, <Environment>, white space
    Sentence& s = *open_;
    s.raw += t.raw;
    switch (t.kind) {
      case Kind::kText:
        if (s.in_text) s.pending += t.raw;
        break;
      case Kind::kCData:
        if (s.in_text) {
          Flush(s);
          s.text += latin1_ ? Latin1ToUtf8(t.text) : std::string(t.text);
        }
        break;
      case Kind::kStartTag:
        if (NameIs(t.name, "Text") && !s.in_text) {
          if (s.has_text && !s.text.empty()) s.text += '\n';  // a second <Text>: joined
          s.has_text = true;
          s.in_text = !t.self_closing;
        } else if (NameIs(t.name, "Parse")) {
          s.has_parse = true;
        }
        break;  // other tags (<Parse>, <EventCoding>, markup inside <Text>) carry nothing we use
      case Kind::kEndTag:
        if (NameIs(t.name, "Text") && s.in_text) {
          Flush(s);
          s.in_text = false;
        } else if (NameIs(t.name, "Sentence")) {
          Finish();
        }
        break;
      case Kind::kUnterminated: break;
    }
  }

  void Flush(Sentence& s) {
    AppendXmlDecoded(latin1_ ? std::string_view(Latin1ToUtf8(s.pending)) : s.pending, s.text);
    s.pending.clear();
  }

  // Rejects the open record.
  void Drop(std::string reason) {
    Reject(sinks_, std::move(open_->where), std::move(reason), std::move(open_->raw));
    open_.reset();
  }

  void Finish() {
    Sentence& s = *open_;
    if (s.in_text) return Drop("<Text> is not closed before </Sentence>");
    if (!s.has_text) return Drop("no <Text> in the <Sentence>");

    Document doc;
    doc.origin = s.where;
    const std::optional<std::string> id = Attribute(s.attributes, "id", latin1_);
    doc.id = id && !Trim(*id).empty() ? std::string(Trim(*id)) : s.where.substr(origin_.size() + 1);
    if (options_.published) {
      doc.published = options_.published;
    } else if (auto date = Attribute(s.attributes, "date", latin1_); date && !Trim(*date).empty()) {
      doc.published = ParsePetrarchDate(*date);
      if (!doc.published) {
        return Drop("date: \"" + *date + "\" is not a date (expected YYYYMMDD or YYYY-MM-DD)");
      }
    }
    if (auto source = Attribute(s.attributes, "source", latin1_)) doc.source = Trim(*source);
    // The <Text> of a record is wrapped over lines: they join with spaces, as PETRARCH reads
    // them (a line break would end a paragraph in the clean stage).
    std::replace(s.text.begin(), s.text.end(), '\n', ' ');
    doc.text = Trim(s.text);
    if (TextCheck check = CheckText(doc.text, doc.origin, sinks_, "the <Text>");
        check != TextCheck::kText) {
      if (check != TextCheck::kEmpty) return Drop(std::string(RejectReason(check)));
      // Some files carry sentences only as parse trees; the words are there, but not the text
      // as written, and the coder reads text.
      return Drop(s.has_parse ? "empty <Text> (its <Parse> is not read)" : "empty <Text>");
    }
    open_.reset();
    Deliver(std::move(doc), sinks_);
  }

  const std::string origin_;
  const ReadOptions& options_;
  const ReadSinks& sinks_;
  bool latin1_ = false;
  size_t sentences_ = 0;
  std::optional<Sentence> open_;
};

}  // namespace

void AppendXmlDecoded(std::string_view raw, std::string& out) {
  out.reserve(out.size() + raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\r') {  // XML reads "\r\n" and a lone "\r" as "\n"
      out += '\n';
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      continue;
    }
    if (c != '&') {
      out += c;
      continue;
    }
    const size_t semi = raw.find(';', i + 1);
    if (semi != std::string_view::npos && semi - i <= 12) {
      if (auto cp = ReferenceValue(raw.substr(i + 1, semi - i - 1))) {
        AppendUtf8(*cp, out);
        i = semi;
        continue;
      }
    }
    out += c;
  }
}

std::optional<Date> ParsePetrarchDate(std::string_view value) {
  value = Trim(value);
  if (value.size() == 8 && value.find_first_not_of("0123456789") == std::string_view::npos) {
    return ParseTabariDate(value);
  }
  auto date = ParsePublished(value);
  if (date && date->precision != Date::Precision::kDay) return std::nullopt;
  return date;
}

void ReadPetrarchDocuments(std::istream& in, const std::string& path, const ReadOptions& options,
                           const ReadSinks& sinks) {
  PetrarchReader(path, options, sinks).Read(in);
}

}  // namespace attache
