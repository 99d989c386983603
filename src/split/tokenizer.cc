#include "split/tokenizer.h"

#include <algorithm>

#include "document/word_classes.h"
#include "split/utf8_text.h"

namespace attache {
namespace {

bool IsWordChar(char32_t c) { return IsLetter(c) || IsDigit(c); }

// Finishes the token text[start, end): fills norm and capitalisation.
void Emit(std::string_view text, uint32_t start, uint32_t end, bool punct,
          std::vector<Token>& out) {
  Token& t = out.emplace_back();
  t.span = {start, end};
  t.punct = punct;
  const std::string_view word = text.substr(start, end - start);
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    // Most words are ASCII: lower-cased byte by byte.
    t.norm.assign(word);
    for (char& c : t.norm)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  } else {
    t.norm.reserve(word.size());
    for (size_t i = start; i < end;) AppendNormalized(t.norm, NextCodePoint(text, i));
  }
  // A name typed with its capital one letter late ("iSrael") is still a name.
  size_t i = start;
  const char32_t first = NextCodePoint(text, i);
  t.capitalized = IsUpper(first);
  if (!t.capitalized && i < end) {
    const char32_t second = NextCodePoint(text, i);
    t.capitalized = IsUpper(second) && IsLetter(second);
  }
  t.hash = HashWord(t.norm);
  t.grammar = GrammarOf(KeyOf(t));
}

}  // namespace

void Tokenize(std::string_view text, Span span, const Abbreviations& abbreviations,
              std::vector<Token>& out) {
  size_t i = span.start;
  while (i < span.end) {
    size_t start = i;
    char32_t c = NextCodePoint(text, i);
    if (IsSpace(c)) continue;
    if (c == '$' || c == 0x20AC || c == 0x00A3) {  // currency signs stand alone
      Emit(text, start, i, true, out);
      continue;
    }
    if (FoldPunctuation(c) == '\'' && i < span.end && (text[i] | 32) == 's' &&
        (i + 1 >= span.end || !IsWordChar(static_cast<unsigned char>(text[i + 1])))) {
      Emit(text, start, i + 1, false, out);  // the possessive "'s"
      i += 1;
      continue;
    }
    if (!IsWordChar(c)) {
      Emit(text, start, i, true, out);
      continue;
    }
    // A word: letters and digits, joined by inner apostrophes, hyphens, dots of acronyms and
    // the separators of numbers ("350,000", "3.5").
    size_t end = i;
    size_t negation_start = 0, negation_end = 0;  // "n't" of "didn't", a token of its own
    bool all_single_letters_dotted = IsLetter(c);
    int letters_since_dot = 1;
    while (end < span.end) {
      size_t j = end;
      char32_t d = NextCodePoint(text, j);
      if (IsWordChar(d)) {
        end = j;
        ++letters_since_dot;
        continue;
      }
      char32_t f = FoldPunctuation(d);
      size_t k = j;
      char32_t after = k < span.end ? NextCodePoint(text, k) : 0;
      bool digit_sep = (f == ',' || f == '.') && IsDigit(after) && end > start &&
                       IsDigit(static_cast<unsigned char>(text[end - 1]));
      bool apostrophe = f == '\'' && IsLetter(after);
      // "al-Sudani", and "Dol_Amroth" as a legacy dictionary's test sentence writes it.
      bool hyphen = (f == '-' || f == '_') && IsWordChar(after);
      // "U.S." and "P.": a dot after a single letter followed by another single letter.
      bool acronym_dot = f == '.' && letters_since_dot == 1 && IsLetter(after);
      if (apostrophe) {
        // The possessive "'s" and contractions "n't" become tokens of their own.
        size_t m = k;
        char32_t after2 = m < span.end ? NextCodePoint(text, m) : 0;
        if ((after == 's' || after == 'S') && !IsWordChar(after2)) break;
        if ((after == 't' || after == 'T') && !IsWordChar(after2) && end - start > 1 &&
            (text[end - 1] | 32) == 'n') {
          negation_start = end - 1;
          negation_end = k;
          break;
        }
      }
      if (digit_sep || apostrophe || hyphen || acronym_dot) {
        if (!acronym_dot && !digit_sep) all_single_letters_dotted = false;
        if (acronym_dot) letters_since_dot = 0;
        end = k;  // include the separator and the char after it
        ++letters_since_dot;
        continue;
      }
      if (f == '.') {
        // A trailing dot belongs to the word for acronyms ("U.S."), initials ("P.") and listed
        // abbreviations ("Mr.", "Feb.").
        std::string lower;
        for (size_t q = start; q < end; ++q) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(text[q])));
        bool dotted_acronym = all_single_letters_dotted && letters_since_dot == 1;
        if (dotted_acronym || abbreviations.Contains(lower)) end = j;
      }
      break;
    }
    if (negation_end) {
      Emit(text, start, negation_start, false, out);
      Emit(text, negation_start, negation_end, false, out);
      end = negation_end;
    } else {
      Emit(text, start, end, false, out);
    }
    i = end;
  }
}

}  // namespace attache
