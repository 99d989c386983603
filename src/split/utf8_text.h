// Small UTF-8 helpers shared by the stages that walk text code point by code point.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace attache {

// Decodes the code point at text[i] and advances i. Invalid bytes decode as U+FFFD (the read
// stage has repaired the text already; this only guards against surprises).
char32_t NextCodePoint(std::string_view text, size_t& i);

void AppendUtf8(std::string& out, char32_t c);

// Folds typographic quotes and dashes to their ASCII forms; other code points are unchanged.
char32_t FoldPunctuation(char32_t c);

// Lower-cases (simple case mapping) and folds punctuation; appends UTF-8.
void AppendNormalized(std::string& out, char32_t c);

bool IsLetter(char32_t c);
bool IsDigit(char32_t c);
bool IsSpace(char32_t c);
bool IsUpper(char32_t c);

// Number of code points in text[0, byte_offset), for the character offsets of the output.
size_t CodePointCount(std::string_view text);

}  // namespace attache
