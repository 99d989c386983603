#include "read/tabari_reader.h"

#include <cctype>
#include <optional>
#include <string_view>
#include <utility>

#include "read/admit.h"
#include "read/input_file.h"
#include "read/utf8.h"

namespace attache {
namespace {

bool IsBlank(std::string_view s) { return s.find_first_not_of(" \t\r\f\v") == std::string_view::npos; }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view TrimLeft(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\f' || s.back() == '\v')) {
    s.remove_suffix(1);
  }
  return s;
}

// The part of `line` outside "/* ... */" comments. `in_comment` carries a comment over to the next
// line; `opened_at` keeps the line a comment opened on, for the message when it never closes.
std::string StripComments(std::string_view line, size_t number, bool& in_comment,
                          size_t& opened_at) {
  std::string visible;
  size_t i = 0;
  while (i < line.size()) {
    if (in_comment) {
      const size_t close = line.find("*/", i);
      if (close == std::string_view::npos) return visible;
      in_comment = false;
      i = close + 2;
    } else {
      const size_t open = line.find("/*", i);
      visible.append(line.substr(i, open == std::string_view::npos ? open : open - i));
      if (open == std::string_view::npos) return visible;
      in_comment = true;
      opened_at = number;
      i = open + 2;
    }
  }
  return visible;
}

// A record as it is read: its header, its text lines, and the lines as written (comments and
// all), so that a rejected record reaches --rejects whole and can be fed back once fixed.
struct Record {
  std::string where;
  std::string id;
  std::optional<Date> date;
  std::string error;  // why the record cannot be coded; empty when it can
  std::string text;
  std::string raw;
};

// Reads the header "950101 DEMO-01" (TABARI allows any text after the id: FORWARD fields, a
// document id; it is not ours to interpret). `line` starts with a digit.
void ParseHeader(std::string_view line, size_t number, Record& rec) {
  size_t end = 0;
  while (end < line.size() && IsDigit(line[end])) ++end;
  const std::string_view digits = line.substr(0, end);
  rec.date = ParseTabariDate(digits);
  if (!rec.date) {
    rec.error = "record date \"" + std::string(digits) + "\" is not a date (expected YYMMDD or YYYYMMDD)";
  }
  // TABARI takes everything after the date as the id, blanks skipped ("950101*INTRO" has the id
  // "*INTRO"); the first word of it is the id proper.
  std::string_view rest = TrimLeft(line.substr(end));
  rest = rest.substr(0, rest.find_first_of(" \t"));
  rec.id = rest.empty() ? std::to_string(number) : std::string(rest);
}

void Finish(Record& rec, const ReadOptions& options, const ReadSinks& sinks) {
  if (!rec.error.empty()) {
    Reject(sinks, std::move(rec.where), std::move(rec.error), std::move(rec.raw));
    return;
  }
  Document doc;
  doc.id = std::move(rec.id);
  doc.origin = rec.where;
  doc.text = std::move(rec.text);
  doc.published = options.published ? options.published : rec.date;
  if (TextCheck check = CheckText(doc.text, doc.origin, sinks, "the record's text");
      check != TextCheck::kText) {
    Reject(sinks, std::move(rec.where),
           check == TextCheck::kEmpty ? "record has no text" : std::string(RejectReason(check)),
           std::move(rec.raw));
    return;
  }
  Deliver(std::move(doc), sinks);
}

}  // namespace

std::optional<Date> ParseTabariDate(std::string_view digits) {
  for (char c : digits) {
    if (!IsDigit(c)) return std::nullopt;
  }
  auto number = [&](size_t at, size_t len) {
    int n = 0;
    for (size_t i = at; i < at + len; ++i) n = n * 10 + (digits[i] - '0');
    return n;
  };
  int year;
  size_t at;
  if (digits.size() == 6) {
    const int yy = number(0, 2);
    year = yy < 70 ? 2000 + yy : 1900 + yy;
    at = 2;
  } else if (digits.size() == 8) {
    year = number(0, 4);
    at = 4;
  } else {
    return std::nullopt;
  }
  const int month = number(at, 2), day = number(at + 2, 2);
  if (!IsValidDay(year, month, day)) return std::nullopt;
  return Date::Day(year, month, day);
}

void ReadTabariDocuments(std::istream& in, const std::string& path, const ReadOptions& options,
                         const ReadSinks& sinks) {
  const std::string origin = OriginOf(path);
  auto where = [&](size_t number) { return origin + ":" + std::to_string(number); };

  std::optional<Record> rec;
  size_t records = 0;
  bool in_comment = false;
  size_t comment_opened_at = 0;
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1) StripByteOrderMark(line);
    if (!line.empty() && line.back() == '\r') line.pop_back();  // CRLF files

    // A blank line ends the record, unless it lies inside a comment.
    const bool started_in_comment = in_comment;
    if (!started_in_comment && IsBlank(line)) {
      if (rec) Finish(*rec, options, sinks);
      rec.reset();
      continue;
    }
    const std::string visible = StripComments(line, number, in_comment, comment_opened_at);
    if (rec) {
      rec->raw += line;
      rec->raw += '\n';
    }
    if (IsBlank(visible)) continue;  // a comment and nothing else

    if (!rec) {
      const std::string_view head = TrimLeft(visible);
      if (head.front() == '#') continue;  // "####" banners between the records of a file
      ++records;
      rec.emplace();
      rec->where = where(number);
      rec->raw = line + '\n';
      if (IsDigit(head.front())) {
        ParseHeader(head, number, *rec);
      } else {
        // Text where a header is due: its record has no id and no date. Taken whole up to the
        // next blank line, as one rejection.
        rec->error = "text without a record header (expected \"YYMMDD ID\")";
      }
      continue;
    }
    if (!rec->error.empty()) continue;  // rejected: only its raw lines are kept
    // A record is one story wrapped over lines: its lines join with a space, as TABARI reads
    // them (a line break would end a paragraph in the clean stage).
    if (!rec->text.empty()) rec->text += ' ';
    rec->text += TrimRight(visible);
  }
  if (in.bad()) {
    if (rec) rec->raw += line;
    Reject(sinks, where(number + 1), "read error", rec ? std::move(rec->raw) : std::move(line));
    return;
  }
  if (rec) Finish(*rec, options, sinks);
  if (in_comment) {
    Reject(sinks, where(comment_opened_at),
           "comment \"/*\" is never closed: the rest of the file was skipped", "");
  }
  if (records == 0) Warn(sinks, origin, "no TABARI records (\"YYMMDD ID\" header lines) found");
}

}  // namespace attache
