#include "lexicon/phrase_index.h"

#include "document/word_classes.h"
#include "split/abbreviations.h"
#include "split/tokenizer.h"

namespace attache {

std::vector<PhraseWord> PhraseWords(std::string_view phrase) {
  static const Abbreviations kNone;
  std::vector<Token> tokens;
  Tokenize(phrase, {0, static_cast<uint32_t>(phrase.size())}, kNone, tokens);
  std::vector<PhraseWord> words;
  for (const Token& t : tokens) {
    std::string_view orig = phrase.substr(t.span.start, t.span.end - t.span.start);
    PhraseWord w{t.norm, CaseRule::kAny};
    int upper = 0, letters = 0;
    bool first_upper = false;
    for (char c : orig) {
      if (std::isalpha(static_cast<unsigned char>(c)) && letters++ == 0) first_upper = std::isupper(static_cast<unsigned char>(c));
      if (std::isupper(static_cast<unsigned char>(c))) ++upper;
    }
    // "US" only in capitals, "Chad" only capitalised; "al-Qaeda", lower case at the start, in
    // any case.
    if (upper == letters && letters > 1) w.rule = CaseRule::kAllCaps;
    else if (first_upper) w.rule = CaseRule::kCapitalized;
    words.push_back(std::move(w));
  }
  return words;
}

bool WordMatches(const PhraseWord& w, const Token& t, std::string_view original) {
  bool same = w.stem ? t.norm.compare(0, w.norm.size(), w.norm) == 0
                     : w.norm == t.norm || (w.plural && t.norm.size() == w.norm.size() + 1 &&
                                            t.norm.back() == 's' && t.norm.compare(0, w.norm.size(), w.norm) == 0);
  if (!same) return false;
  switch (w.rule) {
    case CaseRule::kAny: return true;
    case CaseRule::kCapitalized: return t.capitalized;
    case CaseRule::kAllCaps:
      for (char c : original)
        if (std::islower(static_cast<unsigned char>(c))) return false;
      return true;
  }
  return false;
}

size_t MatchPhrase(const std::vector<PhraseWord>& words, const std::vector<Token>& tokens, size_t i,
                   std::string_view text) {
  auto matches = [&](const PhraseWord& w, size_t p) {
    const Token& t = tokens[p];
    return WordMatches(w, t, text.substr(t.span.start, t.span.end - t.span.start));
  };
  size_t p = i;
  for (size_t k = 0; k < words.size(); ++k, ++p) {
    if (p >= tokens.size()) return 0;
    if (matches(words[k], p)) continue;
    if (!words[k].gap_before || k == 0) return 0;
    // Skip up to kMaxPhraseGap words, never across a comma or a clause's end.
    size_t skipped = 0;
    while (p < tokens.size() && skipped < kMaxPhraseGap && !matches(words[k], p) &&
           !Is(tokens[p], {",", ";", ":", "."})) {
      ++p;
      ++skipped;
    }
    if (p >= tokens.size() || !matches(words[k], p)) return 0;
  }
  return p - i;
}

}  // namespace attache
