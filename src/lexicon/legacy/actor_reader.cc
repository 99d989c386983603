// ReadActors: TABARI .actors and PETRARCH actors files. Both are a series of entries,
//
//     PHRASE [CODE] [CODE <YYMMDD] ...          one line, or
//     PHRASE                                    the phrase, then
//     +SYNONYM                                  synonyms (TABARI 0.7.5, PETRARCH), then
//         [CODE 950601-990815]                  indented code lines, one block each
//
// plus TABARI's <NOUN> and <ADJECTIVE> word lists. Faults in real files (dates with a digit too
// many, codes on a synonym line, an entry indented like a code line) are read the way their
// authors evidently meant, with a warning.
#include "lexicon/legacy/legacy_dictionary.h"
#include "lexicon/legacy/legacy_lines.h"
#include "lexicon/legacy/legacy_words.h"

namespace attache::legacy {
namespace {

using internal::FileWarnings;
using internal::LegacyLine;

class ActorReader {
 public:
  ActorReader(const std::string& path, DictFormat format, Dictionaries& out)
      : path_(path), format_(format), out_(out), warnings_(path, out.warnings) {}

  void Run() {
    internal::ForEachLegacyLine(path_, internal::DictionaryComments(format_ == DictFormat::kTabari), warnings_,
                                [&](const LegacyLine& line) { Line(line); });
    FinishActor();
    sections_.Finish(warnings_);
    warnings_.Finish();
  }

 private:
  void Line(const LegacyLine& line) {
    std::string_view text = line.text;
    if (sections_.Tag(line, warnings_)) {
      FinishActor();
      return;
    }
    if (sections_.WordList(line, out_, warnings_) || sections_.skipping()) return;
    if (line.indent.find(' ') != std::string_view::npos && line.indent.find('\t') != std::string_view::npos)
      warnings_.Add(line.number, "indentation mixes blanks and tabs");
    if (text.front() == '[') {
      if (line.indent.empty()) warnings_.Add(line.number, "code line not indented");
      CodeLine(line);
      return;
    }
    if (text.front() == '+') {
      Synonym(line);
      return;
    }
    if (!line.indent.empty()) warnings_.Add(line.number, "indented entry line read as a new actor", text);
    Entry(line, text);
  }

  void Entry(const LegacyLine& line, std::string_view text) {
    FinishActor();
    internal::Bracketed b = internal::SplitBrackets(text);
    Phrase phrase = ReadPhrase(b.head, line.number);
    if (phrase.empty()) {
      warnings_.Add(line.number, "entry without a phrase", text);
      return;
    }
    Actor a;
    a.rule = path_ + ":" + std::to_string(line.number);
    a.phrases.push_back(std::move(phrase));
    current_ = std::move(a);
    current_line_ = line.number;
    has_current_ = true;
    Codes(b, line.number);
  }

  void Synonym(const LegacyLine& line) {
    internal::Bracketed b = internal::SplitBrackets(line.text.substr(1));
    if (!b.blocks.empty()) {
      // "+MONGOLIANS_ [mon]": a synonym with a code of its own is an actor of its own.
      warnings_.Add(line.number, "code on a '+' synonym line: read as a new actor", line.text);
      Entry(line, line.text.substr(1));
      return;
    }
    if (!has_current_) {
      warnings_.Add(line.number, "synonym before any actor", line.text);
      return;
    }
    Phrase phrase = ReadPhrase(b.head, line.number);
    if (phrase.empty()) {
      warnings_.Add(line.number, "synonym without a phrase");
      return;
    }
    current_.phrases.push_back(std::move(phrase));
  }

  void CodeLine(const LegacyLine& line) {
    internal::Bracketed b = internal::SplitBrackets(line.text);
    if (!has_current_) {
      warnings_.Add(line.number, "code line before any actor", line.text);
      return;
    }
    Codes(b, line.number);
  }

  // The "[CODE restriction]" blocks of a line.
  void Codes(const internal::Bracketed& b, int number) {
    if (b.unclosed) warnings_.Add(number, "'[' without ']'");
    if (b.misclosed) warnings_.Add(number, "'[' closed by '}': read as ']'");
    if (!b.trailing.empty()) warnings_.Add(number, "text after the codes ignored", b.trailing);
    for (std::string_view block : b.blocks) {
      if (block.empty()) {
        warnings_.Add(number, "empty code block []");
        continue;
      }
      // The code runs to the first blank, except in the spaced null code "- - -".
      size_t end = block.find_first_of(" \t<>");
      if (block.front() == '-' && internal::NormalizeCode(block.substr(0, block.find_first_not_of("- \t"))) == "---")
        end = block.find_first_not_of("- \t");
      std::string code = internal::NormalizeCode(block.substr(0, end));
      std::string_view restriction = end == std::string_view::npos ? std::string_view{} : block.substr(end);
      if (!internal::IsActorCode(code)) {
        warnings_.Add(number, "not a code: skipped", internal::Cat({"[", block, "]"}));
        continue;
      }
      DatedCode dc;
      dc.code = code;
      if (restriction.find_first_not_of(" \t") != std::string_view::npos) {
        std::vector<std::string> notes;
        std::string error;
        std::optional<internal::DateRange> r = internal::ParseDateRestriction(restriction, notes, error);
        for (const std::string& n : notes) warnings_.Add(number, "date read with a guess", n);
        if (!r) {
          // Without its restriction the code would apply at all times: leave it out.
          warnings_.Add(number, "bad date restriction: code skipped", internal::Cat({"[", block, "]: ", error}));
          continue;
        }
        dc.from = r->from;
        dc.to = r->to;
      }
      current_.codes.push_back(std::move(dc));
    }
  }

  Phrase ReadPhrase(std::string_view text, int number) {
    if (text.find('&') != std::string_view::npos)
      warnings_.Add(number, "'&' inside a name kept as a letter ('&' names a synset only in verb files)", text);
    return internal::ParsePhrase(text, format_);
  }

  void FinishActor() {
    if (!has_current_) return;
    has_current_ = false;
    if (current_.codes.empty()) warnings_.Add(current_line_, "actor without a code (codes nothing)");
    out_.actors.push_back(std::move(current_));
    current_ = Actor{};
  }

  const std::string& path_;
  DictFormat format_;
  Dictionaries& out_;
  FileWarnings warnings_;
  Actor current_;
  int current_line_ = 0;
  bool has_current_ = false;
  internal::Sections sections_{{"NOUN", "ADJECTIVE"}};
};

}  // namespace

void ReadActors(const std::string& path, DictFormat format, Dictionaries& out) { ActorReader(path, format, out).Run(); }

}  // namespace attache::legacy
