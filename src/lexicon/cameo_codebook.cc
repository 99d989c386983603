#include "lexicon/cameo_codebook.h"

#include <charconv>

#include "lexicon/line_reader.h"

namespace attache {

bool ActsOnTerritory(const CameoCode& c) {
  return c.quad_class == 4 || c.code.rfind("042", 0) == 0 || c.code.rfind("087", 0) == 0;
}

void CameoCodebook::Load(const std::string& dir, const std::string& file) {
  ForEachLine(dir, file, [&](const LexiconLine& line) {
    auto f = line.Fields(7, 7);
    CameoCode c;
    c.rule = line.Where();
    c.code = std::string(f[0]);
    if (c.code.size() < 2 || c.code.size() > 4 ||
        c.code.find_first_not_of("0123456789") != std::string::npos)
      line.Fail("bad CAMEO code '" + c.code + "'");
    c.label = std::string(f[1]);
    try {
      c.goldstein = std::stod(std::string(f[2]));
      c.quad_class = std::stoi(std::string(f[3]));
    } catch (const std::exception&) {
      line.Fail("goldstein and quad class must be numbers");
    }
    if (c.quad_class < 1 || c.quad_class > 4) line.Fail("quad class must be 1 to 4");
    auto opt = [](std::string_view s) { return s == "-" ? std::string() : std::string(s); };
    c.plover_type = opt(f[4]);
    c.plover_mode = opt(f[5]);
    c.plover_context = opt(f[6]);
    if (codes_.count(c.code)) line.Fail("code " + c.code + " listed twice");
    codes_[c.code] = std::move(c);
  });
}

const CameoCode* CameoCodebook::Find(const std::string& code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace attache
