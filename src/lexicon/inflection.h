// English verb inflection: the lexicon writes verbs in their base form ("accuse", "hold") and
// the engine matches every form ("accused", "accusing", "accuses", "held"). Irregular and
// consonant-doubling verbs come from words/irregular-verbs.txt.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace attache {

struct VerbForms {
  std::string base, third_person, past, past_participle, gerund;
};

class Inflector {
 public:
  // Reads `base | past | past participle` lines. Throws LexiconError with file:line.
  void Load(const std::string& dir, const std::string& file);
  VerbForms Forms(const std::string& base) const;

 private:
  std::unordered_map<std::string, std::pair<std::string, std::string>> irregular_;
};

}  // namespace attache
