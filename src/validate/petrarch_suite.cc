// PETRARCH's validation files, read with one forgiving scanner: PETR.UnitTest.records.xml is
// well-formed XML, the UniversalPetrarch files are not (a self-closing <Sentence .../> followed by
// its children and </Sentence>, bare "#" banner lines, <PLEvent {json}> lines). So:
//
// - <!-- ... --> comments are skipped whole (records and <EventCoding> commented out stay out);
//   a line whose first non-blank character is '#' is a banner and skipped whole, even when it
//   names a tag; other character data outside <Text> is no part of a record and ignored.
// - <Sentence ...> and <Sentence .../> both open a record; </Sentence> (or the next <Sentence>,
//   or the end of the file, with a warning) closes it. The self-closing ones are counted in one
//   warning per file.
// - <EventCoding sourcecode= targetcode= eventcode=> lists an expected event. noevents="True"
//   (any value: PETRARCH only looks for the attribute) is kNone, and so is a record without any
//   <EventCoding> (PETRARCH treats it so; with a warning). error="sentencediscard" and
//   "storydiscard" are kDiscard (PETRARCH checks that the discards list fired), any other error
//   ("dateline", "bad_input_parse") kError. As in PETRARCH, the first noevents or error coding
//   wins over events listed with it (with a warning). Values are entity-decoded and kept as
//   written: sourcecode="&quot;INJURY TOLL&quot;" expects the new-actor text with its quotes.
// - <Text> is the text, entities decoded, white space collapsed. <Parse> is not read, except
//   for a record whose <Text> is empty (abc12_3 in PETR2_GSR_validation.xml): its text is then
//   the words of the parse (CoNLL-U FORMs or treebank leaves), with a warning.
// - <Environment>: <Verbfile>, <Actorfile> (a comma-separated list; may be repeated),
//   <Agentfile>, <Discardfile>, resolved against the file's directory; <Include> and <Exclude>
//   list categories (a record outside <Include> or inside <Exclude> is kSkip). "valid" in
//   <Include> is PETRARCH's switch for running only records marked valid="true", not a category:
//   no record of these files has a valid attribute, so only an explicit valid="false" is kSkip.
// - evaluate="false" (UniversalPetrarch's bypass), a <Skip> in the record, a record after a
//   <Stop>, and a record without a date or without text are kSkip. A six-digit date
//   (AFP0808020905_1: "121108") is read as YYMMDD, with a warning.
// - <Config option= value=> is a kOption record "option = value" (id "Config") where it stands.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "read/petrarch_reader.h"
#include "validate/suite.h"
#include "validate/suite_common.h"

namespace attache {
namespace {

using suite_internal::Beside;
using suite_internal::CleanText;
using suite_internal::Concat;
using suite_internal::FileName;
using suite_internal::ParseLegacyRecordDate;
using suite_internal::ReadSuiteFile;
using suite_internal::Trim;
using Expect = SuiteRecord::Expect;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsNameStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool IsNameChar(char c) {
  return IsNameStart(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == ':';
}

bool SameName(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// `s` with its XML character references replaced, as the PETRARCH input reader decodes them.
std::string Decode(std::string_view s) {
  std::string out;
  AppendXmlDecoded(s, out);
  return out;
}

// The words of a parse: the FORM column of a CoNLL-U parse (UniversalPetrarch), honouring
// SpaceAfter=No, or the leaves "(NNP Arnor)" of a Penn Treebank one (PETRARCH 2).
std::string WordsOfParse(std::string_view parse) {
  std::string words;
  bool space = false;
  const std::string_view trimmed = Trim(parse);
  if (!trimmed.empty() && trimmed.front() != '(') {
    while (!parse.empty()) {
      const size_t end = parse.find('\n');
      const std::string_view line = parse.substr(0, end);
      parse.remove_prefix(end == std::string_view::npos ? parse.size() : end + 1);
      std::vector<std::string_view> fields;
      for (std::string_view rest = line;;) {
        const size_t tab = rest.find('\t');
        fields.push_back(rest.substr(0, tab));
        if (tab == std::string_view::npos) break;
        rest.remove_prefix(tab + 1);
      }
      const std::string_view id = Trim(fields[0]);
      if (fields.size() < 2 || id.empty() ||
          !std::all_of(id.begin(), id.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        continue;  // comments, multiword-token ranges "1-2", empty nodes "1.1"
      }
      if (space) words += ' ';
      words += fields[1];
      space = fields.size() < 10 || fields[9].find("SpaceAfter=No") == std::string_view::npos;
    }
    return words;
  }
  // "(TAG word)": a leaf is a '(' followed by a tag, a blank and a word, then ')'.
  for (size_t at = parse.find('('); at != std::string_view::npos; at = parse.find('(', at + 1)) {
    const size_t close = parse.find_first_of("()", at + 1);
    if (close == std::string_view::npos || parse[close] != ')') continue;
    const std::string_view leaf = Trim(parse.substr(at + 1, close - at - 1));
    const size_t blank = leaf.find_first_of(" \t\r\n");
    if (blank == std::string_view::npos) continue;
    if (!words.empty()) words += ' ';
    words += Trim(leaf.substr(blank));
  }
  return words;
}

struct Tag {
  std::string_view name;
  bool closing = false, self_closing = false;
  std::vector<std::pair<std::string_view, std::string>> attributes;  // values decoded
  size_t line = 0;

  const std::string* Attribute(std::string_view wanted) const {
    for (const auto& [name, value] : attributes) {
      if (SameName(name, wanted)) return &value;
    }
    return nullptr;
  }
};

// An <EventCoding> of the open record.
struct Coding {
  size_t line = 0;
  bool noevents = false;
  std::string error_name;
  std::optional<ExpectedEvent> event;
};

class XmlSuiteReader {
 public:
  XmlSuiteReader(Suite& suite, std::string_view content)
      : suite_(suite), file_(FileName(suite.path)), s_(content) {
    for (size_t i = 0; i < s_.size(); ++i) {
      if (s_[i] == '\n') line_starts_.push_back(i + 1);
    }
  }

  void Read() {
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (IsSpace(c)) {
        ++pos_;
      } else if (c == '#' && AtLineStart(pos_)) {
        pos_ = EndOfLine(pos_);  // a banner line
      } else if (c != '<') {
        pos_ = std::min(EndOfLine(pos_), s_.find('<', pos_));  // character data: not ours
      } else if (s_.compare(pos_, 4, "<!--") == 0) {
        if (!SkipPast("-->", pos_ + 4, "comment \"<!--\" is never closed: the rest of the file is skipped")) break;
      } else if (s_.compare(pos_, 2, "<?") == 0) {
        if (!SkipPast("?>", pos_ + 2, "\"<?\" is never closed: the rest of the file is skipped")) break;
      } else if (s_.compare(pos_, 2, "<!") == 0) {
        if (!SkipPast(">", pos_ + 2, "\"<!\" is never closed: the rest of the file is skipped")) break;
      } else if (std::optional<Tag> tag = ScanTag()) {
        Handle(*tag);
      } else {
        ++pos_;  // a '<' that opens no tag
      }
    }
    if (open_) {
      Warn(open_->line, "<Sentence> is never closed");
      Finish();
    }
    if (self_closed_) {
      Warn(first_self_closed_, std::to_string(self_closed_) +
                                   " self-closing <Sentence .../> tags are read as opening tags (their "
                                   "children and </Sentence> follow them)");
    }
    if (suite_.verbs.empty()) suite_.warnings.push_back(file_ + ": names no <Verbfile>");
    if (suite_.actors.empty()) suite_.warnings.push_back(file_ + ": names no <Actorfile>");
    if (suite_.agents.empty()) suite_.warnings.push_back(file_ + ": names no <Agentfile>");
  }

 private:
  struct Open {
    SuiteRecord record;
    size_t line = 0;
    bool skip = false;      // <Skip>, evaluate="false", valid="false", not included
    bool has_text = false;
    std::vector<Coding> codings;
    std::string parse;  // the <Parse>'s content, for a record whose <Text> is empty
  };

  void Warn(size_t line, std::string_view reason) { suite_internal::Warn(suite_, file_, line, reason); }

  size_t LineAt(size_t pos) const {
    return static_cast<size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), pos) - line_starts_.begin()) + 1;
  }
  bool AtLineStart(size_t pos) const {
    while (pos > 0 && s_[pos - 1] != '\n') {
      if (!IsSpace(s_[--pos])) return false;
    }
    return true;
  }
  size_t EndOfLine(size_t pos) const {
    const size_t nl = s_.find('\n', pos);
    return nl == std::string_view::npos ? s_.size() : nl + 1;
  }
  bool SkipPast(std::string_view end, size_t from, std::string_view problem) {
    const size_t at = s_.find(end, from);
    if (at == std::string_view::npos) {
      Warn(LineAt(pos_), problem);
      pos_ = s_.size();
      return false;
    }
    pos_ = at + end.size();
    return true;
  }

  // The tag at pos_ (a '<'), leaving pos_ after it; nullopt, pos_ unmoved, when no tag starts here.
  std::optional<Tag> ScanTag() {
    Tag tag;
    tag.line = LineAt(pos_);
    size_t i = pos_ + 1;
    if (i < s_.size() && s_[i] == '/') {
      tag.closing = true;
      ++i;
    }
    const size_t name_at = i;
    if (i >= s_.size() || !IsNameStart(s_[i])) return std::nullopt;
    while (i < s_.size() && IsNameChar(s_[i])) ++i;
    tag.name = s_.substr(name_at, i - name_at);
    while (true) {
      while (i < s_.size() && IsSpace(s_[i])) ++i;
      if (i >= s_.size()) {
        Warn(tag.line, Concat({"<", tag.name, " is never closed by '>'"}));
        return std::nullopt;
      }
      if (s_[i] == '>') {
        pos_ = i + 1;
        return tag;
      }
      if (s_.compare(i, 2, "/>") == 0) {
        tag.self_closing = true;
        pos_ = i + 2;
        return tag;
      }
      if (!IsNameStart(s_[i])) break;  // not attributes: <PLEvent {json}>
      const size_t attr_at = i;
      while (i < s_.size() && IsNameChar(s_[i])) ++i;
      const std::string_view name = s_.substr(attr_at, i - attr_at);
      size_t j = i;
      while (j < s_.size() && IsSpace(s_[j])) ++j;
      if (j >= s_.size() || s_[j] != '=') {
        tag.attributes.emplace_back(name, "");
        continue;
      }
      ++j;
      while (j < s_.size() && IsSpace(s_[j])) ++j;
      if (j < s_.size() && (s_[j] == '"' || s_[j] == '\'')) {
        const size_t close = s_.find(s_[j], j + 1);
        if (close == std::string_view::npos || close > EndOfLine(j)) break;
        tag.attributes.emplace_back(name, Decode(s_.substr(j + 1, close - j - 1)));
        i = close + 1;
      } else {
        i = j;
        while (i < s_.size() && !IsSpace(s_[i]) && s_[i] != '>' && s_.compare(i, 2, "/>") != 0) ++i;
        tag.attributes.emplace_back(name, Decode(s_.substr(j, i - j)));
      }
    }
    // Not attributes: the tag runs to the next '>' on its line, and what it says is not read.
    const size_t end = EndOfLine(i);
    const size_t close = s_.find('>', i);
    if (close == std::string_view::npos || close >= end) {
      Warn(tag.line, Concat({"<", tag.name, " is not closed by '>' on its line: the line is skipped"}));
      pos_ = end;
    } else {
      pos_ = close + 1;
    }
    tag.attributes.clear();
    return tag;
  }

  // What stands from pos_ up to "</name" (comments removed), leaving pos_ after the closing tag.
  std::string Content(std::string_view name, const Tag& tag) {
    const std::string close = Concat({"</", name});
    const size_t end = s_.find(close, pos_);
    if (end == std::string_view::npos) {
      Warn(tag.line, Concat({"<", name, "> is never closed"}));
      return "";
    }
    std::string content;
    for (size_t at = pos_; at < end;) {
      const size_t comment = s_.find("<!--", at);
      if (comment >= end) {
        content += s_.substr(at, end - at);
        break;
      }
      content += s_.substr(at, comment - at);
      const size_t stop = s_.find("-->", comment);
      at = stop == std::string_view::npos ? end : std::min(end, stop + 3);
    }
    const size_t close_end = s_.find('>', end);
    pos_ = close_end == std::string_view::npos ? s_.size() : close_end + 1;
    return content;
  }

  // The value of an <Environment> element: its content, or its name= attribute.
  std::string Value(const Tag& tag, std::string_view attribute) {
    if (const std::string* value = tag.Attribute(attribute)) return std::string(Trim(*value));
    if (tag.self_closing) return "";
    const size_t next = s_.find('<', pos_);
    const std::string value(Trim(Decode(s_.substr(pos_, next - pos_))));
    return value;
  }

  void Single(const Tag& tag, std::string& slot) {
    const std::string value = Value(tag, "name");
    if (value.empty()) {
      Warn(tag.line, Concat({"<", tag.name, "> names no file"}));
    } else if (!slot.empty()) {
      Warn(tag.line, Concat({"a second <", tag.name, "> is ignored"}));
    } else {
      slot = Beside(suite_.path, value);
    }
  }

  static std::vector<std::string> Split(std::string_view s, std::string_view separators) {
    std::vector<std::string> parts;
    while (!s.empty()) {
      const size_t end = s.find_first_of(separators);
      const std::string_view part = Trim(s.substr(0, end));
      if (!part.empty()) parts.emplace_back(part);
      if (end == std::string_view::npos) break;
      s.remove_prefix(end + 1);
    }
    return parts;
  }

  void Handle(const Tag& tag) {
    const std::string_view name = tag.name;
    if (SameName(name, "Sentence")) {
      if (tag.closing) {
        if (open_) Finish();
        return;
      }
      Start(tag);
    } else if (tag.closing) {
      return;
    } else if (SameName(name, "EventCoding")) {
      Code(tag);
    } else if (SameName(name, "Text")) {
      std::string text = CleanText(Decode(tag.self_closing ? "" : Content("Text", tag)));
      if (!open_) {
        Warn(tag.line, "<Text> outside a <Sentence>: ignored");
      } else {
        if (open_->has_text) Warn(tag.line, "a second <Text> in the record: its text is added");
        if (!open_->record.text.empty() && !text.empty()) open_->record.text += ' ';
        open_->record.text += text;
        open_->has_text = true;
      }
    } else if (SameName(name, "Parse")) {
      std::string parse = tag.self_closing ? "" : Content("Parse", tag);
      if (open_ && open_->parse.empty()) open_->parse = std::move(parse);
    } else if (SameName(name, "Config")) {
      Config(tag);
    } else if (SameName(name, "Skip")) {
      if (open_) open_->skip = true;
    } else if (SameName(name, "Stop")) {
      Warn(tag.line, "<Stop>: the records after it are not run");
      stopped_ = true;
      if (open_) open_->skip = true;
    } else if (SameName(name, "Verbfile")) {
      Single(tag, suite_.verbs);
    } else if (SameName(name, "Agentfile")) {
      Single(tag, suite_.agents);
    } else if (SameName(name, "Discardfile")) {
      Single(tag, suite_.discards);
    } else if (SameName(name, "Actorfile")) {
      const std::vector<std::string> files = Split(Value(tag, "name"), ",");
      if (files.empty()) Warn(tag.line, "<Actorfile> names no file");
      for (const std::string& f : files) suite_.actors.push_back(Beside(suite_.path, f));
    } else if (SameName(name, "Include")) {
      include_ = Split(Value(tag, "categories"), " \t\r\n");
      if (auto valid = std::find(include_->begin(), include_->end(), "valid"); valid != include_->end()) {
        include_->erase(valid);
        valid_only_ = true;
      }
    } else if (SameName(name, "Exclude")) {
      exclude_ = Split(Value(tag, "categories"), " \t\r\n");
    }
    // Anything else (<Validation>, <Environment>, <Errorfile>, <PLEvent ...>) says nothing we use.
  }

  void Start(const Tag& tag) {
    if (open_) {
      Warn(open_->line, "<Sentence> is not closed before the next one");
      Finish();
    }
    if (tag.self_closing && !self_closed_++) first_self_closed_ = tag.line;
    open_.emplace();
    open_->line = tag.line;
    SuiteRecord& r = open_->record;
    r.where = file_ + ":" + std::to_string(tag.line);
    if (const std::string* id = tag.Attribute("id")) r.id = std::string(Trim(*id));
    if (r.id.empty()) {
      r.id = r.where;
      Warn(tag.line, "<Sentence> has no id");
    }
    if (const std::string* category = tag.Attribute("category")) r.category = std::string(Trim(*category));
    const std::string* date = tag.Attribute("date");
    const std::string_view digits = date ? Trim(*date) : std::string_view();
    r.date = ParsePetrarchDate(digits);
    if (!r.date && (r.date = ParseLegacyRecordDate(digits))) {
      Warn(tag.line, r.id + ": date \"" + *date + "\" has 6 digits: read as YYMMDD, " + r.date->ToString());
    } else if (!r.date) {
      Warn(tag.line, r.id + ": " + (date ? "date \"" + *date + "\" is not a date (YYYYMMDD)" : std::string("no date")) +
                         ": record skipped, as PETRARCH skips it");
      open_->skip = true;
    }
    const std::string* evaluate = tag.Attribute("evaluate");
    const std::string* valid = tag.Attribute("valid");
    if ((evaluate && SameName(Trim(*evaluate), "false")) || (valid_only_ && valid && !SameName(Trim(*valid), "true"))) {
      open_->skip = true;
    }
    if ((include_ && std::find(include_->begin(), include_->end(), r.category) == include_->end()) ||
        std::find(exclude_.begin(), exclude_.end(), r.category) != exclude_.end()) {
      open_->skip = true;
    }
    if (stopped_) open_->skip = true;
  }

  void Code(const Tag& tag) {
    if (!open_) {
      Warn(tag.line, "<EventCoding> outside a <Sentence>: ignored");
      return;
    }
    Coding c;
    c.line = tag.line;
    c.noevents = tag.Attribute("noevents") != nullptr;
    if (const std::string* error = tag.Attribute("error")) c.error_name = std::string(Trim(*error));
    const std::string* source = tag.Attribute("sourcecode");
    const std::string* target = tag.Attribute("targetcode");
    const std::string* code = tag.Attribute("eventcode");
    if (!c.noevents && c.error_name.empty()) {
      if (!source || !target || !code) {
        Warn(tag.line, open_->record.id + ": <EventCoding> without sourcecode, targetcode and eventcode: ignored");
        return;
      }
      c.event = ExpectedEvent{std::string(Trim(*source)), std::string(Trim(*target)), std::string(Trim(*code))};
    }
    open_->codings.push_back(std::move(c));
  }

  void Config(const Tag& tag) {
    const std::string* option = tag.Attribute("option");
    const std::string* value = tag.Attribute("value");
    if (!option || !value) {
      Warn(tag.line, "<Config> without option and value: ignored");
      return;
    }
    SuiteRecord r;
    r.id = r.category = "Config";
    r.expect = Expect::kOption;
    r.option = std::string(Trim(*option)) + " = " + std::string(Trim(*value));
    r.where = file_ + ":" + std::to_string(tag.line);
    suite_.records.push_back(std::move(r));
  }

  void Finish() {
    Open& o = *open_;
    SuiteRecord& r = o.record;
    const auto special = std::find_if(o.codings.begin(), o.codings.end(),
                                      [](const Coding& c) { return c.noevents || !c.error_name.empty(); });
    if (o.codings.empty()) {
      Warn(o.line, r.id + ": no <EventCoding>: read as noevents, as PETRARCH reads it");
      r.expect = Expect::kNone;
    } else if (special != o.codings.end()) {
      if (o.codings.size() > 1) Warn(special->line, r.id + ": other <EventCoding>s beside a noevents or error one: ignored, as PETRARCH ignores them");
      if (special->noevents) {
        r.expect = Expect::kNone;
      } else {
        r.expect = special->error_name == "sentencediscard" || special->error_name == "storydiscard"
                       ? Expect::kDiscard
                       : Expect::kError;
      }
    } else {
      r.expect = Expect::kEvents;
      for (const Coding& c : o.codings) r.expected.push_back(*c.event);
    }
    if (r.text.empty()) {
      r.text = CleanText(Decode(WordsOfParse(o.parse)));
      const std::string problem = r.id + (o.has_text ? ": <Text> is empty" : ": no <Text>");
      if (r.text.empty()) {
        Warn(o.line, problem + ": record skipped");
        o.skip = true;
      } else {
        Warn(o.line, problem + ": the text is the words of its <Parse>");
      }
    }
    if (o.skip) r.expect = Expect::kSkip;
    suite_.records.push_back(std::move(r));
    open_.reset();
  }

  Suite& suite_;
  const std::string file_;
  const std::string_view s_;
  std::vector<size_t> line_starts_;
  size_t pos_ = 0;

  std::optional<std::vector<std::string>> include_;
  std::vector<std::string> exclude_;
  bool valid_only_ = false;
  bool stopped_ = false;
  std::optional<Open> open_;
  size_t self_closed_ = 0, first_self_closed_ = 0;
};

}  // namespace

Suite ReadPetrarchSuite(const std::string& xml_path) {
  Suite suite;
  suite.format = legacy::DictFormat::kPetrarch;
  suite.path = xml_path;
  const std::string content = ReadSuiteFile(xml_path, "PETRARCH validation file");
  XmlSuiteReader(suite, content).Read();
  return suite;
}

}  // namespace attache
