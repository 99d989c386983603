// Finds lexicon phrases in a token sequence: the longest phrase starting at a token. Phrases are
// keyed by their first word, so a lookup costs one hash probe per token. Case rule of the
// lexicon: a word written with capitals only matches text written the same way.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document/document.h"

namespace attache {

enum class CaseRule : uint8_t { kAny, kCapitalized, kAllCaps };

struct PhraseWord {
  std::string norm;  // lower case, as tokens carry it
  CaseRule rule = CaseRule::kAny;
};

// Splits a phrase as written in the lexicon into words the way the tokenizer would
// ("Russia's" -> "russia", "'s"; "U.S." stays one word).
std::vector<PhraseWord> PhraseWords(std::string_view phrase);

// True when token `t` (whose original text is `original`) matches `w`.
bool WordMatches(const PhraseWord& w, const Token& t, std::string_view original);

template <typename Payload>
class PhraseIndex {
 public:
  struct Entry {
    std::vector<PhraseWord> words;
    Payload payload;
  };

  void Add(std::string_view phrase, Payload payload) {
    Entry e{PhraseWords(phrase), std::move(payload)};
    if (e.words.empty()) return;
    std::string key = e.words.front().norm;
    auto& list = by_first_[key];
    list.push_back(std::move(e));
    ++size_;
  }

  // The longest entry matching tokens[i...]; nullptr if none. `len` receives its length.
  const Entry* Longest(const std::vector<Token>& tokens, size_t i, std::string_view text,
                       size_t& len) const {
    auto it = by_first_.find(tokens[i].norm);
    if (it == by_first_.end()) return nullptr;
    const Entry* best = nullptr;
    len = 0;
    for (const Entry& e : it->second) {
      size_t n = e.words.size();
      if (n <= len || i + n > tokens.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < n && ok; ++k) {
        const Token& t = tokens[i + k];
        ok = WordMatches(e.words[k], t, text.substr(t.span.start, t.span.end - t.span.start));
      }
      if (ok) { best = &e; len = n; }
    }
    return best;
  }

  size_t size() const { return size_; }

 private:
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  size_t size_ = 0;
};

}  // namespace attache
