#include "split/utf8_text.h"

#include <unicode/uchar.h>

namespace attache {

char32_t NextMultibyteCodePoint(std::string_view s, size_t& i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  int len = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) { ++i; return 0xFFFD; }
  char32_t cp = c & (0xFF >> (len + 1));
  for (int k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) { ++i; return 0xFFFD; }
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  i += len;
  return cp;
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

char32_t FoldPunctuation(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC: case 0x00B4: return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x2033: case 0x00AB: case 0x00BB: return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    case 0x00A0: case 0x2009: case 0x202F: return ' ';
    default: return c;
  }
}

void AppendNormalized(std::string& out, char32_t c) {
  c = FoldPunctuation(c);
  if (c < 0x80) {
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  } else {
    AppendUtf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
  }
}

bool IsNonAsciiLetter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool IsNonAsciiDigit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
bool IsNonAsciiSpace(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }
bool IsNonAsciiUpper(char32_t c) { return u_isupper(static_cast<UChar32>(c)); }

size_t CodePointCount(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace attache
