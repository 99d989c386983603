// Case folding of ASCII text: dictionary words, codes and option names, which are ASCII.
// (Text from documents is folded with ICU by the tokenizer.)
#pragma once

#include <string>
#include <string_view>

namespace attache {

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

inline std::string AsciiUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace attache
