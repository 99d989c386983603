// Small UTF-8 helpers shared by the stages that walk text code point by code point.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace attache {

// Decodes the code point at text[i] and advances i. Invalid bytes decode as U+FFFD (the read
// stage has repaired the text already; this only guards against surprises). ASCII, most of
// the text, is decoded inline; the rest out of line.
char32_t NextMultibyteCodePoint(std::string_view text, size_t& i);
inline char32_t NextCodePoint(std::string_view text, size_t& i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  return NextMultibyteCodePoint(text, i);
}

void AppendUtf8(std::string& out, char32_t c);

// Folds typographic quotes and dashes to their ASCII forms; other code points are unchanged.
char32_t FoldPunctuation(char32_t c);

// Lower-cases (simple case mapping) and folds punctuation; appends UTF-8.
void AppendNormalized(std::string& out, char32_t c);

// Character classes: ASCII inline, the rest through ICU.
bool IsNonAsciiLetter(char32_t c);
bool IsNonAsciiDigit(char32_t c);
bool IsNonAsciiSpace(char32_t c);
bool IsNonAsciiUpper(char32_t c);
inline bool IsLetter(char32_t c) { return c < 0x80 ? (c | 32) >= 'a' && (c | 32) <= 'z' : IsNonAsciiLetter(c); }
inline bool IsDigit(char32_t c) { return c < 0x80 ? c >= '0' && c <= '9' : IsNonAsciiDigit(c); }
inline bool IsSpace(char32_t c) { return c < 0x80 ? c == ' ' || (c >= 9 && c <= 13) : IsNonAsciiSpace(c); }
inline bool IsUpper(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : IsNonAsciiUpper(c); }

// Number of code points in text[0, byte_offset), for the character offsets of the output.
size_t CodePointCount(std::string_view text);

}  // namespace attache
