// A word as a key of the lexicon's tables. The tokenizer hashes each word once (Token::hash);
// the tables take that hash instead of hashing the word again for every table a stage asks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace attache {

inline size_t HashWord(std::string_view w) { return std::hash<std::string_view>{}(w); }

struct WordKey {
  std::string_view word;
  size_t hash;
  WordKey(std::string_view w) : word(w), hash(HashWord(w)) {}  // NOLINT: implicit on purpose
  WordKey(const std::string& w) : WordKey(std::string_view(w)) {}  // NOLINT
  WordKey(std::string_view w, size_t h) : word(w), hash(h) {}
};

struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view w) const { return HashWord(w); }
  size_t operator()(const std::string& w) const { return HashWord(w); }
  size_t operator()(const WordKey& k) const { return k.hash; }
};

struct WordEqual {
  using is_transparent = void;
  static std::string_view View(std::string_view w) { return w; }
  static std::string_view View(const std::string& w) { return w; }
  static std::string_view View(const WordKey& k) { return k.word; }
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const { return View(a) == View(b); }
};

// A word's bit in a 64-bit summary of a set of words (a one-hash Bloom filter): a pattern
// whose words' bits are not all in a sentence's summary cannot match it.
inline uint64_t WordBit(size_t hash) { return uint64_t{1} << (hash >> 58); }

// A table keyed by words that a WordKey can look up, and a set of such words.
template <typename V>
using WordMap = std::unordered_map<std::string, V, WordHash, WordEqual>;
using WordSet = std::unordered_set<std::string, WordHash, WordEqual>;

}  // namespace attache
