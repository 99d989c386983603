#include "lexicon/inflection.h"

#include "lexicon/line_reader.h"

namespace attache {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool EndsWith(const std::string& s, std::string_view end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

void Inflector::Load(const std::string& dir, const std::string& file) {
  ForEachLine(dir, file, [&](const LexiconLine& line) {
    auto f = line.Fields(3, 3);
    irregular_[std::string(f[0])] = {std::string(f[1]), std::string(f[2])};
  });
}

VerbForms Inflector::Forms(const std::string& base) const {
  VerbForms v;
  v.base = base;
  const size_t n = base.size();
  // Third person singular.
  if (EndsWith(base, "s") || EndsWith(base, "sh") || EndsWith(base, "ch") || EndsWith(base, "x") ||
      EndsWith(base, "z") || EndsWith(base, "o"))
    v.third_person = base + "es";
  else if (n > 1 && base[n - 1] == 'y' && !IsVowel(base[n - 2]))
    v.third_person = base.substr(0, n - 1) + "ies";
  else
    v.third_person = base + "s";
  // Past and gerund.
  auto it = irregular_.find(base);
  bool doubles = it != irregular_.end() && it->second.first.size() == n + 3 &&
                 it->second.first[n] == base[n - 1];
  if (EndsWith(base, "ie")) {
    v.past = base + "d";
    v.gerund = base.substr(0, n - 2) + "ying";
  } else if (EndsWith(base, "ee") || EndsWith(base, "ye") || EndsWith(base, "oe")) {
    v.past = base + "d";
    v.gerund = base + "ing";
  } else if (n > 1 && base[n - 1] == 'e') {
    v.past = base + "d";
    v.gerund = base.substr(0, n - 1) + "ing";
  } else if (n > 1 && base[n - 1] == 'y' && !IsVowel(base[n - 2])) {
    v.past = base.substr(0, n - 1) + "ied";
    v.gerund = base + "ing";
  } else if (doubles) {
    v.past = base + base[n - 1] + "ed";
    v.gerund = base + base[n - 1] + "ing";
  } else {
    v.past = base + "ed";
    v.gerund = base + "ing";
  }
  v.past_participle = v.past;
  if (it != irregular_.end()) {
    v.past = it->second.first;
    v.past_participle = it->second.second;
  }
  return v;
}

}  // namespace attache
