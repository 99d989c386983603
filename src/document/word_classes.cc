#include "document/word_classes.h"

#include <string_view>
#include <unordered_set>

namespace attache {

bool Is(const Token& t, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (t.norm == w) return true;
  return false;
}

bool IsPrepositionWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "of", "to", "in", "with", "for", "against", "by", "from", "on", "at", "about", "into", "toward",
      "towards", "between", "under", "over", "including", "like", "than", "as", "among", "near", "across",
      "without", "through", "after", "before", "during", "behind"};
  return kWords.count(w) > 0;
}

bool IsPreposition(const Token& t) { return IsPrepositionWord(t.norm); }

bool IsClauseBoundary(const Token& t) {
  static const std::unordered_set<std::string_view> kWords = {
      "that", "which", "who", "whom", "whoever", "whomever", "whatever", "while", "whereas", "but", "if",
      "unless", "although", "though", "because", "since", ";", ":", "when", "where", "after", "before"};
  return kWords.count(t.norm) > 0;
}

bool IsSubordinator(const Token& t) {
  return Is(t, {"while", "although", "though", "whereas", "as", "if", "unless", "because", "when",
                "after", "before", "since"});
}

bool IsBeForm(const Token& t) {
  return Is(t, {"is", "are", "was", "were", "been", "being", "be", "get", "got", "gets"});
}

bool IsQuote(const Token& t) { return t.punct && t.norm == "\""; }

bool IsAdverb(const Token& t) {
  return !t.punct && t.norm.size() > 4 && t.norm.compare(t.norm.size() - 2, 2, "ly") == 0;
}

}  // namespace attache
