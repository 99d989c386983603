#include "lexicon/phrase_index.h"

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
    for (char c : orig) {
      if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
      if (std::isupper(static_cast<unsigned char>(c))) ++upper;
    }
    if (upper > 0) w.rule = (upper == letters && letters > 1) ? CaseRule::kAllCaps : CaseRule::kCapitalized;
    words.push_back(std::move(w));
  }
  return words;
}

bool WordMatches(const PhraseWord& w, const Token& t, std::string_view original) {
  if (w.norm != t.norm) return false;
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

}  // namespace attache
