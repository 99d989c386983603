// Validation and repair of UTF-8. Every later stage assumes Document::text is valid UTF-8, so the
// bytes of every document pass through here once, as they are read. Hand-written rather than ICU:
// the read stage needs one linear pass that also counts what makes input look binary, and a
// byte offset for the warning, which a converter does not give.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace attache {

struct Utf8Report {
  size_t replaced = 0;       // invalid sequences (each replaced by one U+FFFD)
  size_t invalid_bytes = 0;  // bytes those sequences covered
  size_t first_invalid = 0;  // byte offset of the first one in the input, when replaced > 0
  size_t nul_bytes = 0;
  size_t control_chars = 0;  // C0 and C1 controls other than tab, line breaks, form feed; DEL
  bool blank = true;         // nothing but white space, or nothing at all
};

// Scans without changing anything.
Utf8Report ScanUtf8(std::string_view text);

// Scans and repairs `text` in place: each maximal invalid subsequence becomes one U+FFFD, the
// practice the Unicode standard recommends and WHATWG browsers follow, so the count of
// replacements is the same as any browser would show. Linear; copies only when there is something
// to repair. The report describes the input as it was.
Utf8Report RepairUtf8(std::string& text);

// Data rather than text: any NUL byte, or more than 5% of the bytes invalid or control characters.
// The 5% rule needs a handful of such bytes before it fires, so that a short headline in Latin-1
// ("Café") is repaired, not thrown away as binary.
bool LooksBinary(const Utf8Report& report, size_t size);

// Removes a leading UTF-8 byte order mark, which editors on Windows write and which is no part of
// the text.
void StripByteOrderMark(std::string& text);

}  // namespace attache
