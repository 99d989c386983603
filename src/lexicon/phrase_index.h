// Finds lexicon phrases in a token sequence: the longest phrase starting at a token. Phrases are
// keyed by their first word, so a lookup costs one hash probe per token. Case rule of the
// lexicon: a word written with capitals only matches text written the same way.
#pragma once

#include <algorithm>
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
  bool stem = false;        // matches any word that starts with `norm` (legacy dictionaries)
  bool gap_before = false;  // other words may stand between this word and the one before
  bool plural = false;      // also matches `norm` + "s" (TABARI's regular noun ending)
};

// Splits a phrase as written in the lexicon into words the way the tokenizer would
// ("Russia's" -> "russia", "'s"; "U.S." stays one word).
std::vector<PhraseWord> PhraseWords(std::string_view phrase);

// True when token `t` (whose original text is `original`) matches `w`.
bool WordMatches(const PhraseWord& w, const Token& t, std::string_view original);

// Words a `gap_before` may skip: legacy phrases such as "AL GORE" match "Al "The Weasel" Gore".
inline constexpr size_t kMaxPhraseGap = 4;

// Matches `words` at tokens[i...]; returns the number of tokens spanned, 0 if no match.
size_t MatchPhrase(const std::vector<PhraseWord>& words, const std::vector<Token>& tokens, size_t i,
                   std::string_view text);

template <typename Payload>
class PhraseIndex {
 public:
  struct Entry {
    std::vector<PhraseWord> words;
    Payload payload;
    size_t order = 0;  // when it was added: of two phrases equally long, the first wins
  };

  void Add(std::string_view phrase, Payload payload) { Add(PhraseWords(phrase), std::move(payload)); }

  void Add(std::vector<PhraseWord> words, Payload payload) {
    if (words.empty()) return;
    Entry e{std::move(words), std::move(payload), size_};
    ++size_;
    // A phrase whose first word is a stem is keyed by the stem and found by probing the
    // prefixes of each token; the bundled lexicon has none, so it pays nothing for this.
    if (e.words.front().stem) {
      max_stem_ = std::max(max_stem_, e.words.front().norm.size());
      by_stem_[e.words.front().norm].push_back(std::move(e));
      return;
    }
    plural_first_ = plural_first_ || e.words.front().plural;
    // Phrases are also keyed by their second word when it must follow the first at once, so
    // that a common first word ("the", "united") does not try every phrase it opens.
    Bucket& b = by_first_[e.words.front().norm];
    if (e.words.size() > 1 && !e.words[1].stem && !e.words[1].plural && !e.words[1].gap_before)
      b.by_second[e.words[1].norm].push_back(std::move(e));
    else
      b.others.push_back(std::move(e));
  }

  // The entry matching the most tokens at tokens[i...]; nullptr if none. `len` receives the
  // number of tokens it spans.
  const Entry* Longest(const std::vector<Token>& tokens, size_t i, std::string_view text,
                       size_t& len) const {
    const Entry* best = nullptr;
    len = 0;
    auto consider = [&](const std::vector<Entry>& list) {
      for (const Entry& e : list) {
        size_t n = MatchPhrase(e.words, tokens, i, text);
        if (n > len || (n > 0 && n == len && e.order < best->order)) { best = &e; len = n; }
      }
    };
    auto bucket = [&](const Bucket& b) {
      consider(b.others);
      if (i + 1 < tokens.size())
        if (auto it = b.by_second.find(KeyOf(tokens[i + 1])); it != b.by_second.end()) consider(it->second);
    };
    const std::string& w = tokens[i].norm;
    if (auto it = by_first_.find(KeyOf(tokens[i])); it != by_first_.end()) bucket(it->second);
    if (plural_first_ && w.size() > 1 && w.back() == 's')
      if (auto it = by_first_.find(w.substr(0, w.size() - 1)); it != by_first_.end()) bucket(it->second);
    if (!by_stem_.empty()) {
      for (size_t n = 1; n <= std::min(w.size(), max_stem_); ++n)
        if (auto it = by_stem_.find(w.substr(0, n)); it != by_stem_.end()) consider(it->second);
    }
    return best;
  }

  size_t size() const { return size_; }

  // Calls fn(entry) for every entry, in no particular order (for the lexicon tools).
  template <typename Fn>
  void ForEach(Fn fn) const {
    for (const auto& [first, b] : by_first_) {
      for (const Entry& e : b.others) fn(e);
      for (const auto& [second, list] : b.by_second)
        for (const Entry& e : list) fn(e);
    }
    for (const auto& [key, list] : by_stem_)
      for (const Entry& e : list) fn(e);
  }

 private:
  struct Bucket {
    std::vector<Entry> others;                  // one word, or a second word that may vary
    WordMap<std::vector<Entry>> by_second;      // by the word that must follow
  };
  WordMap<Bucket> by_first_;
  WordMap<std::vector<Entry>> by_stem_;
  size_t max_stem_ = 0;
  bool plural_first_ = false;  // some first word takes a plural ending
  size_t size_ = 0;
};

}  // namespace attache
