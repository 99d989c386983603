// ReadOptions: TABARI's .options file, "KEY: value" commands ("COMPLEX: VERBS[5] CONJ[4]",
// "SET: LABEL = TRUE", "LABEL: 041=PRAISE"). '#' and "//" start comments (manual 8.1.1) and a
// "~~" line ends the file as in the dictionaries. The pairs are kept in file order with the key
// upper-cased; TABARI itself looks only at a key's first four letters, which is left to whoever
// acts on them.
#include "lexicon/legacy/legacy_dictionary.h"

#include "document/ascii.h"
#include "lexicon/legacy/legacy_lines.h"
#include "lexicon/legacy/legacy_words.h"

namespace attache::legacy {

void ReadOptions(const std::string& path, Dictionaries& out) {
  internal::FileWarnings warnings(path, out.warnings);
  internal::CommentRules rules;
  rules.semicolon = false;
  rules.double_slash = true;
  rules.xml = false;
  rules.finish_mark = true;
  internal::ForEachLegacyLine(path, rules, warnings, [&](const internal::LegacyLine& line) {
    const size_t colon = line.text.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      warnings.Add(line.number, "option without 'KEY:': skipped", line.text);
      return;
    }
    std::string_view value = line.text.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    std::string_view key = line.text.substr(0, colon);
    while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.remove_suffix(1);
    out.options.emplace_back(AsciiUpper(key), std::string(value));
  });
  warnings.Finish();
}

}  // namespace attache::legacy
