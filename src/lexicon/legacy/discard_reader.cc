// ReadDiscards: PETRARCH's discard list, one phrase a line; a sentence naming one is not coded,
// and with a leading '+' the whole story is not (PETRREADER.read_discard_list). The phrase
// follows the file's format like any other; PETRARCH matches whole words, so its words are
// exact, and matching is not case sensitive, so they are upper-cased.
//
// A discard phrase is words, never fields. A file whose lines are mostly tab-separated fields
// is a data table saved under a discard list's name (TABARI-Code's discards.txt is one: its
// "#VALUE!" cells would even pass for comments and leave numbers as "phrases"); it is reported
// once and nothing is read from it. In a real list, a single line of fields is skipped with a
// warning.
#include <fstream>
#include <string>

#include "lexicon/legacy/legacy_dictionary.h"
#include "lexicon/legacy/legacy_lines.h"
#include "lexicon/legacy/legacy_words.h"
#include "lexicon/line_reader.h"

namespace attache::legacy {
namespace {

// Lines with three tabs or more, and lines with any text.
struct TableCount {
  int tabular = 0, lines = 0;
};
TableCount CountTableLines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LexiconError(path + ": cannot read dictionary file");
  TableCount c;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++c.lines;
    size_t tabs = 0;
    for (char ch : line) tabs += ch == '\t';
    if (tabs >= 3) ++c.tabular;
  }
  return c;
}

// Two fields with a tab between them ("AP\tLocal police"); a trailing tab after a phrase is
// only a blank.
bool TabSeparated(std::string_view text) {
  const size_t tab = text.find('\t');
  return tab != std::string_view::npos && text.find_first_not_of(" \t", tab) != std::string_view::npos;
}

}  // namespace

void ReadDiscards(const std::string& path, DictFormat format, Dictionaries& out) {
  internal::FileWarnings warnings(path, out.warnings);
  if (const TableCount c = CountTableLines(path); c.lines > 0 && 2 * c.tabular >= c.lines) {
    warnings.Add(
        1, "tab-separated data, not a discard list: nothing read",
        internal::Cat({std::to_string(c.tabular), " of ", std::to_string(c.lines), " lines have 3 or more tabs"}));
    warnings.Finish();
    return;
  }
  internal::ForEachLegacyLine(path, internal::DictionaryComments(format == DictFormat::kTabari), warnings,
                              [&](const internal::LegacyLine& line) {
                                std::string_view text = line.text;
                                if (TabSeparated(text)) {
                                  warnings.Add(line.number, "tab-separated fields, not a discard phrase: skipped");
                                  return;
                                }
                                Discard d;
                                if (text.front() == '+') {
                                  d.story = true;
                                  text.remove_prefix(1);
                                }
                                const internal::Bracketed b = internal::SplitBrackets(text);
                                if (!b.blocks.empty())
                                  warnings.Add(line.number, "code in a discard list ignored", text);
                                d.phrase = internal::ParsePhrase(b.head, format);
                                if (d.phrase.empty()) {
                                  warnings.Add(line.number, "discard line without a phrase: skipped", line.text);
                                  return;
                                }
                                d.rule = path + ":" + std::to_string(line.number);
                                out.discards.push_back(std::move(d));
                              });
  warnings.Finish();
}

}  // namespace attache::legacy
