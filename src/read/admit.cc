#include "read/admit.h"

#include <utility>

#include "read/input_file.h"
#include "read/utf8.h"

namespace attache {

TextCheck CheckText(std::string& bytes, const std::string& where, const ReadSinks& sinks,
                    std::string_view offsets_in) {
  // Scan first and repair only what is text: binary data must reach --rejects as it was.
  const Utf8Report scan = ScanUtf8(bytes);
  if (LooksBinary(scan, bytes.size())) return TextCheck::kBinary;
  if (scan.blank) return TextCheck::kEmpty;
  if (scan.replaced > 0) {
    RepairUtf8(bytes);
    std::string message = "invalid UTF-8 replaced by U+FFFD at byte " +
                          std::to_string(scan.first_invalid);
    if (!offsets_in.empty()) {
      message += " of ";
      message += offsets_in;
    }
    if (scan.replaced > 1) message += " (" + std::to_string(scan.replaced) + " places in all)";
    Warn(sinks, where, std::move(message));
  }
  return TextCheck::kText;
}

std::string_view RejectReason(TextCheck check) {
  switch (check) {
    case TextCheck::kBinary: return "binary data, not text";
    case TextCheck::kEmpty: return "empty document";
    case TextCheck::kText: break;
  }
  return "";
}

void Reject(const ReadSinks& sinks, std::string where, std::string reason, std::string content) {
  if (sinks.on_reject) sinks.on_reject({std::move(where), std::move(reason), std::move(content)});
}

void Warn(const ReadSinks& sinks, std::string where, std::string message) {
  if (sinks.on_warning) sinks.on_warning({std::move(where), std::move(message)});
}

void Deliver(Document&& doc, const ReadSinks& sinks) {
  if (!doc.published) {
    Warn(sinks, doc.origin, "no publication date; relative dates stay unresolved");
  }
  if (sinks.on_document) sinks.on_document(std::move(doc));
}

bool ReadInput(std::istream& in, const std::string& origin, const ReadSinks& sinks, std::string& bytes) {
  if (!ReadAll(in, bytes)) {
    Reject(sinks, origin, "read error", std::move(bytes));
    return false;
  }
  StripByteOrderMark(bytes);
  return true;
}

bool AdmitText(std::string& bytes, const std::string& origin, const ReadSinks& sinks) {
  TextCheck check = CheckText(bytes, origin, sinks);
  if (check == TextCheck::kText) return true;
  Reject(sinks, origin, std::string(RejectReason(check)), std::move(bytes));
  return false;
}

}  // namespace attache
