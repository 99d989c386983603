// Words whose final dot does not end a sentence ("Mr.", "Gen.", "Feb.", "Jr."), read from the
// lexicon's words/abbreviations.txt. Single capital initials ("P.") and dotted acronyms
// ("U.S.") are recognised by shape and need no entry.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace attache {

class Abbreviations {
 public:
  // Reads one abbreviation per line (without its dot), `#` comments. Throws
  // std::runtime_error("file:line: reason") on a malformed line.
  static Abbreviations Load(const std::string& dir, const std::string& file);
  void Add(std::string_view lower_without_dot) { words_.emplace(lower_without_dot); }
  bool Contains(std::string_view lower_without_dot) const {
    return words_.count(std::string(lower_without_dot)) > 0;
  }

 private:
  std::unordered_set<std::string> words_;
};

}  // namespace attache
