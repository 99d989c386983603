// Pages that are not UTF-8. Archived news pages are often windows-1252 or ISO-8859-1, and pages
// from Russian, Arabic or Chinese outlets may be windows-1251, windows-1256 or GBK; repairing
// those as UTF-8 would turn every accented or non-Latin letter into U+FFFD. A page that declares
// its charset (<meta charset>, or http-equiv Content-Type) is converted to UTF-8 with ICU, which
// the engine links already.
#pragma once

#include <string>
#include <string_view>

namespace attache {

// The charset a page declares in its first 1024 bytes (where HTML requires the declaration to
// be), lower-cased; "" when none.
std::string DeclaredCharset(std::string_view html);

// Converts `bytes` from `charset` to UTF-8 in place. The labels browsers treat as windows-1252
// (iso-8859-1, latin1, us-ascii) are read as windows-1252, as browsers do. False, leaving
// `bytes` alone, when ICU does not know the charset.
bool ConvertToUtf8(std::string& bytes, std::string_view charset);

}  // namespace attache
