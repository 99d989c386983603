// CAMEO's codes for an act whose content is another act: an appeal, intent, demand, refusal or
// threat ("urged Iran to release the crew": 0253). Read from cameo/complements.txt.
#pragma once

#include <string>
#include <unordered_map>

#include "lexicon/cameo_codebook.h"

namespace attache {

class CameoComposition {
 public:
  // Every code in the file must be in `codebook`.
  void Load(const std::string& dir, const std::string& file, const CameoCodebook& codebook);

  // Whether `code` is the general code of an outer act (020, 030, 100, 120, 130).
  bool IsOuter(const std::string& code) const { return rows_.count(code) > 0; }

  struct Pair {
    std::string code;
    std::string rule;  // file:line of the table entry
  };
  // The pair's code, from the longest prefix of `inner` the outer row lists; null when it
  // lists none.
  const Pair* Compose(const std::string& outer, const std::string& inner) const;

 private:
  // outer code -> inner code prefix -> the pair
  std::unordered_map<std::string, std::unordered_map<std::string, Pair>> rows_;
};

}  // namespace attache
