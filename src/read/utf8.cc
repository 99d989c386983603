#include "read/utf8.h"

namespace attache {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr size_t kMinSuspectBytes = 8;

// Decodes the sequence at s[i]. Returns its length, or 0 when it is invalid; then `bad` is the
// length of the maximal invalid subpart (at least 1), which is where decoding resumes. The bounds
// on the second byte rule out overlong forms, surrogates and code points above U+10FFFF.
size_t Decode(std::string_view s, size_t i, char32_t& cp, size_t& bad) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    cp = lead;
    return 1;
  }
  size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  char32_t v = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
    v = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    v = lead & 0x0F;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    v = lead & 0x07;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
  } else {
    bad = 1;
    return 0;
  }
  size_t k = 1;
  for (; k <= need && i + k < s.size(); ++k) {
    const unsigned char c = byte(i + k);
    if (c < lo || c > hi) break;
    v = (v << 6) | (c & 0x3F);
    lo = 0x80;
    hi = 0xBF;
  }
  if (k > need) {
    cp = v;
    return need + 1;
  }
  bad = k;
  return 0;
}

bool IsWhiteSpace(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool IsControl(char32_t c) {
  return (c < 0x20 && !(c >= 0x09 && c <= 0x0D)) || (c >= 0x7F && c <= 0x9F && c != 0x85);
}

// The one pass behind both ScanUtf8 and RepairUtf8. With `out`, the repaired text is built there,
// but only from the first invalid sequence on (the valid prefix is copied once, then).
Utf8Report Process(std::string_view in, std::string* out) {
  Utf8Report r;
  size_t copied = 0;  // in[0, copied) is already in *out
  for (size_t i = 0; i < in.size();) {
    const unsigned char b = static_cast<unsigned char>(in[i]);
    if (b >= 0x20 && b < 0x7F) {  // the common case: printable ASCII
      if (b != ' ') r.blank = false;
      ++i;
      continue;
    }
    char32_t cp = 0;
    size_t bad = 0;
    const size_t len = Decode(in, i, cp, bad);
    if (len == 0) {
      if (r.replaced == 0) r.first_invalid = i;
      ++r.replaced;
      r.invalid_bytes += bad;
      r.blank = false;
      if (out) {
        if (copied == 0 && out->empty()) out->reserve(in.size() + 2 * kReplacement.size());
        out->append(in.substr(copied, i - copied));
        out->append(kReplacement);
        copied = i + bad;
      }
      i += bad;
      continue;
    }
    if (cp == 0) {
      ++r.nul_bytes;
    } else if (IsControl(cp)) {
      ++r.control_chars;
    }
    if (!IsWhiteSpace(cp)) r.blank = false;
    i += len;
  }
  if (out && r.replaced > 0) out->append(in.substr(copied));
  return r;
}

}  // namespace

Utf8Report ScanUtf8(std::string_view text) { return Process(text, nullptr); }

Utf8Report RepairUtf8(std::string& text) {
  std::string repaired;
  Utf8Report r = Process(text, &repaired);
  if (r.replaced > 0) text.swap(repaired);
  return r;
}

bool LooksBinary(const Utf8Report& r, size_t size) {
  const size_t suspect = r.invalid_bytes + r.control_chars;
  return r.nul_bytes > 0 || (suspect >= kMinSuspectBytes && suspect * 20 > size);
}

void StripByteOrderMark(std::string& text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
}

}  // namespace attache
