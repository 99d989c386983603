#include "read/html_charset.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include <unicode/ucnv.h>

#include "document/ascii.h"

namespace attache {

std::string DeclaredCharset(std::string_view html) {
  const std::string head = AsciiLower(html.substr(0, 1024));
  // Both <meta charset="x"> and <meta http-equiv=... content="text/html; charset=x"> have
  // "charset=" followed by the label, optionally quoted.
  size_t at = head.find("charset=");
  if (at == std::string::npos) return "";
  at += 8;
  while (at < head.size() && (head[at] == '"' || head[at] == '\'' || head[at] == ' ')) ++at;
  size_t end = at;
  while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) ||
                               head[end] == '-' || head[end] == '_' || head[end] == ':' ||
                               head[end] == '.')) {
    ++end;
  }
  return head.substr(at, end - at);
}

bool ConvertToUtf8(std::string& bytes, std::string_view charset) {
  if (bytes.size() > INT32_MAX / 3 - 4) return false;  // ICU counts in int32_t
  std::string name(charset);
  if (name == "iso-8859-1" || name == "latin1" || name == "iso8859-1" || name == "us-ascii" ||
      name == "ascii" || name == "l1" || name == "cp1252") {
    name = "windows-1252";
  }
  UErrorCode status = U_ZERO_ERROR;
  UConverter* from = ucnv_open(name.c_str(), &status);
  if (U_FAILURE(status)) return false;
  ucnv_close(from);
  // No byte of any charset takes more than three bytes of UTF-8 (four-byte UTF-8 comes from at
  // least two input bytes), so one pass into a buffer of that size always fits.
  std::string out(bytes.size() * 3 + 4, '\0');
  status = U_ZERO_ERROR;
  const int32_t length =
      ucnv_convert("UTF-8", name.c_str(), out.data(), static_cast<int32_t>(out.size()),
                   bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return false;
  out.resize(static_cast<size_t>(length));
  bytes.swap(out);
  return true;
}

}  // namespace attache
