#include "lexicon/cameo_composition.h"

#include "lexicon/line_reader.h"

namespace attache {

void CameoComposition::Load(const std::string& dir, const std::string& file, const CameoCodebook& codebook) {
  ForEachLine(dir, file, [&](const LexiconLine& line) {
    auto f = line.Fields(2, 2);
    const std::string outer(f[0]);
    if (!codebook.Find(outer)) line.Fail("code " + outer + " is not in the codebook");
    auto& row = rows_[outer];
    for (std::string_view pair : SplitTrim(f[1], ';')) {
      auto space = pair.find(' ');
      std::string inner(pair.substr(0, space));
      if (space == std::string_view::npos) line.Fail("'" + inner + "' is not INNER CODE");
      std::string code(Trim(pair.substr(space + 1)));
      if (!codebook.Find(code)) line.Fail("code " + code + " is not in the codebook");
      if (inner.size() < 2 || inner.find_first_not_of("0123456789") != std::string::npos)
        line.Fail("'" + inner + "' is not a code prefix");
      if (!row.emplace(inner, Pair{code, line.Where()}).second) line.Fail(outer + " lists " + inner + " twice");
    }
  });
}

const CameoComposition::Pair* CameoComposition::Compose(const std::string& outer, const std::string& inner) const {
  auto row = rows_.find(outer);
  if (row == rows_.end()) return nullptr;
  for (size_t n = inner.size(); n >= 2; --n) {
    auto it = row->second.find(inner.substr(0, n));
    if (it != row->second.end()) return &it->second;
  }
  return nullptr;
}

}  // namespace attache
