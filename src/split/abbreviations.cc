#include "split/abbreviations.h"

#include "lexicon/line_reader.h"

namespace attache {

Abbreviations Abbreviations::Load(const std::string& dir, const std::string& file) {
  Abbreviations a;
  ForEachLine(dir, file, [&](const LexiconLine& line) {
    if (line.text.find(' ') != std::string_view::npos) line.Fail("one word per line");
    std::string w(line.text);
    if (!w.empty() && w.back() == '.') w.pop_back();
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    a.words_.insert(std::move(w));
  });
  return a;
}

}  // namespace attache
