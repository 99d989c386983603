// TABARI's validation suite: a .project file naming the dictionaries and the text file, whose
// records carry their expected events in a "/* ... */" comment. How the records are read follows
// TABARI 0.8 (its manual, section 10.1, and its ProcessorClass::readRecord and checkEvents):
//
// - A record is a header line "YYMMDD ID" (YYYYMMDD after "{ OPTION: SET: YYYY = TRUE }") and
//   the lines after it up to a blank line. A blank line ends the record even inside a comment:
//   a comment left open (Validate.text has two) ends with its record, with a warning.
// - TABARI reads the date as the first 6 (8) characters of the header and ignores the digits
//   after them, so "9501201" is 1995-01-20 and "186010029" is 1860-10-02 (with a warning). A
//   header that gives no date at all makes the record kSkip, as TABARI skips it. Six and eight
//   digits are read as written in either mode. Two-digit years 00-30 are 2000-2030, 31-99 are
//   1931-1999 (manual, section 6.5.2).
// - The expectations are the "{...}" blocks after the record's first "/*", as TABARI scans them:
//   "{ SRC / TGT / CODE }" events (optionally followed by the event's date), "{---}" kNone,
//   "{###}" kDiscard, "{+++}" kComplex (blanks inside allowed), "{ OPTION: ... }" kOption (every
//   OPTION block of the record, one per line of `option`). A special code wins over events listed
//   with it, as TABARI accepts the special code first.
// - "-{...}" is TABARI's "do not check additional records": checking stops there. As the first
//   block it comments out the record's expectations, so TABARI passes the record whatever is
//   coded: kSkip. After listed events, those events are expected and further ones are not
//   checked: `partial`.
// - "{...}" blocks written after the comment has closed (PATTERN-26, AGENTS-11) are expectations
//   too (TABARI's scan finds them), not text; the stray "*/" after them is dropped, and so is a
//   lone ":" after a comment (YYYY-check). An unclosed "{" (MINWRD-ACTIVATE) ends at the next
//   "{" or the comment's end; "{}" (START-00's prose) says nothing. TABARI's "\n" marks are no
//   part of the text; control characters (DEBUG-21's ^Z) read as spaces, with a warning.
// - TABARI's validation ends at the first record without expectations (FINAL-01, whose text says
//   "end of the standard validation records"; START-00 quotes that phrase but has "{+++}"): that
//   record and all after it are kSkip. START records (the suite's introduction) are kSkip too.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "validate/suite.h"
#include "validate/suite_common.h"

namespace attache {
namespace {

using suite_internal::Beside;
using suite_internal::CleanText;
using suite_internal::Concat;
using suite_internal::ContainsNoCase;
using suite_internal::FileName;
using suite_internal::IsBlank;
using suite_internal::ParseLegacyRecordDate;
using suite_internal::ReadSuiteFile;
using suite_internal::SplitLines;
using suite_internal::StartsWithNoCase;
using suite_internal::Trim;
using suite_internal::Warn;
using Expect = SuiteRecord::Expect;

constexpr std::string_view kEndOfStandardRecords = "end of the standard validation records";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view Digits(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && IsDigit(s[n])) ++n;
  return s.substr(0, n);
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  while (true) {
    s = Trim(s);
    if (s.empty()) return words;
    const size_t end = s.find_first_of(" \t");
    words.push_back(s.substr(0, end));
    if (end == std::string_view::npos) return words;
    s.remove_prefix(end);
  }
}

// `s` without TABARI's "\\n" marks (line breaks on its screen), each read as a space.
std::string WithoutLineBreakMarks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out += ' ';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

// The .project file: "<actorsfile> TABARI.Demo.actors" lines; TABARI tells the tags apart by
// their first letters and skips <session ...> lines and anything not starting with '<'.
void ReadProject(const std::string& path, Suite& suite, std::vector<std::string>& texts) {
  const std::string content = ReadSuiteFile(path, "TABARI project file");
  const std::string file = FileName(path);
  size_t number = 0;
  for (std::string_view line : SplitLines(content)) {
    ++number;
    line = Trim(line);
    if (line.empty() || line.front() != '<') continue;
    const size_t close = line.find('>');
    if (close == std::string_view::npos) {
      Warn(suite, file, number, "tag without a closing '>'");
      continue;
    }
    const std::string_view tag = Trim(line.substr(1, close - 1));
    std::string_view value = line.substr(close + 1);
    value = Trim(value.substr(0, value.find('<')));
    std::string* slot = nullptr;
    if (StartsWithNoCase(tag, "actor")) {
      if (!value.empty()) suite.actors.push_back(Beside(path, value));
    } else if (StartsWithNoCase(tag, "agent")) {
      slot = &suite.agents;
    } else if (StartsWithNoCase(tag, "verb")) {
      slot = &suite.verbs;
    } else if (StartsWithNoCase(tag, "option")) {
      slot = &suite.options;
    } else if (StartsWithNoCase(tag, "text")) {
      if (!value.empty()) texts.push_back(Beside(path, value));
    } else {
      continue;  // <problemfile>, <eventfile>, <errorfile>, <coder>, <session ...>: not ours
    }
    if (value.empty()) {
      Warn(suite, file, number, Concat({"<", tag, "> names no file"}));
    } else if (slot && !slot->empty()) {
      Warn(suite, file, number, Concat({"a second <", tag, "> is ignored"}));
    } else if (slot) {
      *slot = Beside(path, value);
    }
  }
  if (suite.actors.empty()) suite.warnings.push_back(file + ": names no <actorsfile>");
  if (suite.verbs.empty()) suite.warnings.push_back(file + ": names no <verbsfile>");
  if (texts.empty()) suite.warnings.push_back(file + ": names no <textfile>: no records");
}

// A record's lines after the header, split into the text and what its comments say.
struct Body {
  std::string text;
  std::string comments;  // the comments' content, a line of the file per line
  std::vector<std::pair<size_t, size_t>> lines;  // (offset in `comments`, line in the file)
  bool has_comment = false;

  void AddComment(std::string_view part, size_t number) {
    if (lines.empty() || lines.back().second != number) {
      if (!comments.empty()) comments += '\n';
      lines.emplace_back(comments.size(), number);
    } else {
      comments += ' ';
    }
    comments += part;
  }
  size_t LineOf(size_t offset) const {
    auto it = std::upper_bound(lines.begin(), lines.end(), std::make_pair(offset, SIZE_MAX));
    return it == lines.begin() ? 0 : std::prev(it)->second;
  }
};

// A "{...}" block of the expectations.
struct Block {
  std::string_view content;
  std::string_view after;  // the rest of its line, after the '}'
  size_t line = 0;
  bool minus = false;      // "-{": do not check further
};

class TextReader {
 public:
  TextReader(Suite& suite, std::string file) : suite_(suite), file_(std::move(file)) {}

  void Read(std::string_view content) {
    const std::vector<std::string_view> lines = SplitLines(content);
    size_t first = 0;  // the header's index in `lines` + 1; 0 when no record is open
    bool orphan = false;
    for (size_t i = 0; i <= lines.size(); ++i) {
      if (i == lines.size() || IsBlank(lines[i])) {
        if (first) Record(first, std::vector(lines.begin() + first - 1, lines.begin() + i));
        first = 0;
        orphan = false;
        continue;
      }
      if (first) continue;
      // Where a header is due, TABARI skips every line that does not start with a digit: '#'
      // lines are banners; other text is a fault.
      const std::string_view head = Trim(lines[i]);
      if (IsDigit(head.front())) {
        first = i + 1;
        orphan = false;
      } else if (head.front() != '#' && !orphan) {
        Warn(i + 1, "text without a record header (\"YYMMDD ID\"): skipped");
        orphan = true;
      }
    }
  }

 private:
  void Warn(size_t line, std::string_view reason) { suite_internal::Warn(suite_, file_, line, reason); }

  void Record(size_t number, const std::vector<std::string_view>& lines) {
    SuiteRecord r;
    r.where = file_ + ":" + std::to_string(number);
    const bool dated = Header(lines[0], number, r);
    const Body body = Split(lines, number, r.id);
    r.text = body.text;
    const bool expects = Expectations(body, r);

    bool skip = !dated;
    if (ended_) {
      skip = true;
    } else if (!expects) {
      skip = true;
      if (ContainsNoCase(r.text, kEndOfStandardRecords)) {
        ended_ = true;
        Warn(number, r.id + " ends the standard validation records: it and the records after it are not tests");
      } else {
        Warn(number, r.id + ": no expected events (\"{...}\" after \"/*\"): not a test");
      }
    } else if (StartsWithNoCase(r.category, "START")) {
      skip = true;  // the suite's introduction
    }
    if (r.text.empty() && !skip) {
      Warn(number, r.id + ": record has no text: not a test");
      skip = true;
    }
    if (skip) r.expect = Expect::kSkip;
    if (r.expect == Expect::kOption) Apply(r.option);
    suite_.records.push_back(std::move(r));
  }

  // "950101  DEMO-01": sets the id, category and date; false when there is no date to code with.
  bool Header(std::string_view line, size_t number, SuiteRecord& r) {
    line = Trim(line);
    const std::string_view digits = Digits(line);
    std::vector<std::string_view> words = Words(line.substr(digits.size()));
    const bool twice = words.size() > 1 && words[0] == digits;  // "950101  950101  AGENTS-11"
    if (twice) words.erase(words.begin());
    if (words.empty()) {
      r.id = std::to_string(number);
      Warn(number, "record header has no id");
    } else {
      r.id = std::string(words[0]);
    }
    if (twice) Warn(number, r.id + ": the date is written twice: the id is the word after it");
    const size_t dash = r.id.rfind('-');
    r.category = dash == std::string::npos || dash == 0 ? r.id : r.id.substr(0, dash);

    const size_t width = yyyy_ ? 8 : 6;
    r.date = ParseLegacyRecordDate(digits);
    if (!r.date && digits.size() > width) {
      r.date = ParseLegacyRecordDate(digits.substr(0, width));
      if (r.date) {
        Warn(number, r.id + ": record date \"" + std::string(digits) + "\" has " +
                         std::to_string(digits.size()) + " digits: read as " + r.date->ToString() +
                         " from its first " + std::to_string(width) + ", as TABARI reads it");
      }
    }
    if (!r.date) {
      Warn(number, r.id + ": record date \"" + std::string(digits) + "\" is not a date (" +
                       (yyyy_ ? "YYYYMMDD" : "YYMMDD") + "): record skipped, as TABARI skips it");
    }
    return r.date.has_value();
  }

  Body Split(const std::vector<std::string_view>& lines, size_t header, const std::string& id) {
    Body body;
    std::string text;
    bool in_comment = false, stray = false, stray_close = false;
    size_t opened_at = 0;
    for (size_t i = 1; i < lines.size(); ++i) {
      const size_t number = header + i;
      const std::string_view line = lines[i];
      const bool after_comment = body.has_comment;  // a comment began on an earlier line
      std::string visible;
      size_t at = 0;
      while (at < line.size()) {
        if (in_comment) {
          const size_t close = line.find("*/", at);
          body.AddComment(line.substr(at, close == std::string_view::npos ? close : close - at), number);
          if (close == std::string_view::npos) break;
          in_comment = false;
          at = close + 2;
        } else {
          const size_t open = line.find("/*", at);
          visible.append(line.substr(at, open == std::string_view::npos ? open : open - at));
          if (open == std::string_view::npos) break;
          in_comment = body.has_comment = true;
          opened_at = number;
          body.AddComment("", number);
          at = open + 2;
        }
      }
      // TABARI's "\n" (a line break on its screen) is no part of the text.
      visible = WithoutLineBreakMarks(visible);
      std::string_view rest = Trim(visible);
      if (rest.starts_with('-')) rest.remove_prefix(1);
      if (after_comment && rest.starts_with('{')) {  // expectations after the comment's end
        if (!stray) Warn(number, id + ": expected events after the comment's end: read as expectations");
        stray = true;
        const size_t close = visible.find("*/");
        body.AddComment(std::string_view(visible).substr(0, close), number);
        continue;
      }
      if (const size_t close = visible.find("*/"); close != std::string::npos) {
        if (!stray_close) Warn(number, id + ": \"*/\" closes no comment: dropped");
        stray_close = true;
        visible.erase(close, 2);
      }
      const std::string_view slip = Trim(visible);
      if (after_comment && !slip.empty() &&
          std::none_of(slip.begin(), slip.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); })) {
        Warn(number, Concat({id, ": \"", slip, "\" after the comment: dropped"}));
        continue;  // "*/    :" (YYYY-check): no words, only a slip of the keyboard
      }
      text += visible;
      text += ' ';
    }
    if (in_comment) {
      Warn(opened_at, id + ": comment \"/*\" is not closed before the record ends: it ends there");
    }
    std::optional<unsigned char> control;
    body.text = CleanText(text, &control);
    if (control) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      Warn(header, id + ": control characters (0x" + std::string{kHex[*control >> 4], kHex[*control & 15]} +
                       ") in the text, read as spaces");
    }
    return body;
  }

  std::vector<Block> Blocks(const Body& body, const std::string& id) {
    std::vector<Block> blocks;
    const std::string_view s = body.comments;
    size_t at = s.find('{');
    while (at != std::string_view::npos) {
      Block b;
      b.line = body.LineOf(at);
      b.minus = at > 0 && s[at - 1] == '-';
      const size_t end = s.find_first_of("{}", at + 1);
      b.content = s.substr(at + 1, end == std::string_view::npos ? end : end - at - 1);
      if (end != std::string_view::npos && s[end] == '}') {
        b.after = s.substr(end + 1, s.find('\n', end) - end - 1);
        at = s.find('{', end);
      } else {
        Warn(b.line, id + ": \"{\" without \"}\": the block ends at the " +
                         (end == std::string_view::npos ? "comment's end" : "next \"{\""));
        at = end;
      }
      blocks.push_back(b);
    }
    return blocks;
  }

  // Sets the record's expectations from its blocks; false when it has none.
  bool Expectations(const Body& body, SuiteRecord& r) {
    const std::vector<Block> blocks = Blocks(body, r.id);
    if (blocks.empty()) return false;
    // TABARI looks for OPTION: first, in any block.
    for (const Block& b : blocks) {
      const size_t option = b.content.find("OPTION:");
      if (option == std::string_view::npos) continue;
      if (!r.option.empty()) r.option += '\n';
      r.option += CleanText(b.content.substr(option + 7));
      r.expect = Expect::kOption;
    }
    if (r.expect == Expect::kOption) return true;
    if (blocks.front().minus) {
      r.expect = Expect::kSkip;  // commented out: TABARI checks nothing
      return true;
    }
    std::optional<Expect> special;
    bool events = false;
    for (const Block& b : blocks) {
      if (b.minus) {
        r.partial = true;
        break;
      }
      const std::string code = CleanText(b.content);
      if (code.empty()) continue;  // "{}": says nothing (START-00 names the blocks so)
      std::string squeezed;
      std::copy_if(code.begin(), code.end(), std::back_inserter(squeezed), [](char c) { return c != ' '; });
      std::optional<Expect> kind;
      if (squeezed == "---") kind = Expect::kNone;
      if (squeezed == "###") kind = Expect::kDiscard;
      if (squeezed == "+++") kind = Expect::kComplex;
      if (kind) {
        if (special && *special != *kind) Warn(b.line, r.id + ": a second special code; the first is kept");
        if (!special) special = kind;
        continue;
      }
      std::vector<std::string> fields;
      for (std::string_view rest = code;;) {
        const size_t slash = rest.find('/');
        fields.emplace_back(Trim(rest.substr(0, slash)));
        if (slash == std::string_view::npos) break;
        rest.remove_prefix(slash + 1);
      }
      if (fields.size() != 3 || std::any_of(fields.begin(), fields.end(), [](auto& f) { return f.empty(); })) {
        Warn(b.line, r.id + ": \"{" + code + "}\" is not an event ({ SOURCE / TARGET / CODE }): ignored");
        continue;
      }
      if (!events) {
        const std::string_view after = Trim(b.after);
        if (const std::string_view digits = Digits(after); !digits.empty()) {
          r.event_date = ParseLegacyRecordDate(digits);
          if (!r.event_date) Warn(b.line, r.id + ": event date \"" + std::string(digits) + "\" is not a date");
        }
      }
      events = true;
      r.expected.push_back({fields[0], fields[1], fields[2]});
    }
    if (special) {
      if (events) Warn(blocks.front().line, r.id + ": both a special code and events; TABARI accepts the special code");
      r.expect = *special;
      r.expected.clear();
      r.partial = false;
      r.event_date.reset();
      return true;
    }
    if (!events) {
      Warn(blocks.front().line, r.id + ": no usable expectation: not a test");
      r.expect = Expect::kSkip;
    }
    return true;
  }

  // The options that change how the text file is read.
  void Apply(std::string_view options) {
    std::string squeezed;
    for (char c : options) {
      if (c != ' ' && c != '\t') squeezed += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (squeezed.find("SET:YYYY=TRUE") != std::string::npos) yyyy_ = true;
    if (squeezed.find("SET:YYYY=FALSE") != std::string::npos) yyyy_ = false;
  }

  Suite& suite_;
  const std::string file_;
  bool yyyy_ = false;   // SET: YYYY = TRUE: headers have 4-digit years
  bool ended_ = false;  // past the end of the standard validation records
};

}  // namespace

Suite ReadTabariSuite(const std::string& project_path) {
  Suite suite;
  suite.format = legacy::DictFormat::kTabari;
  suite.path = project_path;
  std::vector<std::string> texts;
  ReadProject(project_path, suite, texts);
  for (const std::string& text : texts) {
    TextReader(suite, FileName(text)).Read(ReadSuiteFile(text, "TABARI text file"));
  }
  return suite;
}

}  // namespace attache
