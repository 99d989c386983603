#include "document/word_classes.h"

#include <string_view>

#include "document/word_key.h"

namespace attache {

bool Is(const Token& t, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (t.norm == w) return true;
  return false;
}

uint8_t GrammarOf(const WordKey& word) {
  static const WordMap<uint8_t> kWords = [] {
    WordMap<uint8_t> m;
    auto add = [&](uint8_t bit, std::initializer_list<std::string_view> words) {
      for (std::string_view w : words) m[std::string(w)] |= bit;
    };
    add(kPreposition, {"of", "to", "in", "with", "for", "against", "by", "from", "on", "at", "about", "into",
                       "toward", "towards", "between", "under", "over", "including", "like", "than", "as",
                       "among", "near", "across", "without", "through", "after", "before", "during",
                       "behind"});
    // Words that start a new clause: a subject is not looked for across them.
    add(kClauseBoundary, {"that", "which", "who", "whom", "whoever", "whomever", "whatever", "while",
                          "whereas", "but", "if", "unless", "although", "though", "because", "since", ";",
                          ":", "when", "where", "after", "before"});
    add(kSubordinator, {"while", "although", "though", "whereas", "as", "if", "unless", "because", "when",
                        "after", "before", "since"});
    add(kBeForm, {"is", "are", "was", "were", "been", "being", "be", "get", "got", "gets"});
    // Third-person pronouns, which may stand for an actor.
    add(kPersonalPronoun, {"he", "she", "him", "his", "her", "it", "its", "they", "them", "their"});
    return m;
  }();
  auto it = kWords.find(word);
  return it == kWords.end() ? 0 : it->second;
}

bool IsPrepositionWord(std::string_view w) { return GrammarOf(w) & kPreposition; }

bool IsQuote(const Token& t) { return t.punct && t.norm == "\""; }

bool IsAdverb(const Token& t) {
  return !t.punct && t.norm.size() > 4 && t.norm.compare(t.norm.size() - 2, 2, "ly") == 0;
}

}  // namespace attache
