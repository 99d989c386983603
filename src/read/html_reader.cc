#include "read/html_reader.h"

#include <utility>

#include "read/admit.h"
#include "read/html_charset.h"
#include "read/html_depth.h"
#include "read/html_page.h"
#include "read/input_file.h"
#include "read/published.h"
#include "read/utf8.h"

namespace attache {
namespace {

// The page's date. A declared publication date that is not a date rejects the page, as it would
// in any other format; a <time datetime> that is not one is passed over, since <time> also marks
// times of day and dates the story merely mentions.
std::optional<std::string> SetPublished(const HtmlPage& page, const ReadOptions& options,
                                        Document& doc) {
  if (options.published) {
    doc.published = options.published;
    return std::nullopt;
  }
  if (!page.published.empty()) {
    doc.published = ParsePublished(page.published);
    if (!doc.published) return NotADateReason(page.published_field, page.published);
    return std::nullopt;
  }
  for (const std::string& value : page.time_datetimes) {
    if ((doc.published = ParsePublished(value))) break;
  }
  return std::nullopt;
}

}  // namespace

void ReadHtmlDocument(std::istream& in, const std::string& path, const ReadOptions& options,
                      const ReadSinks& sinks) {
  const std::string origin = OriginOf(path);
  std::string bytes;
  if (!ReadInput(in, origin, sinks, bytes)) return;
  // A page in the charset it declares is converted; one that declares a charset but is valid
  // UTF-8 all the same was mislabelled (common after a site migrates), and stays as it is.
  // Charsets ICU does not know fall through to repair, with the warning that says so.
  if (const std::string charset = DeclaredCharset(bytes);
      !charset.empty() && charset != "utf-8" && charset != "utf8") {
    const Utf8Report scan = ScanUtf8(bytes);
    if (scan.replaced > 0 && scan.nul_bytes == 0) ConvertToUtf8(bytes, charset);
  }
  if (!AdmitText(bytes, origin, sinks)) return;

  if (EstimateHtmlDepth(bytes) > kMaxHtmlDepth) {
    Reject(sinks, origin,
           "HTML nested more than " + std::to_string(kMaxHtmlDepth) + " levels deep; not a page",
           std::move(bytes));
    return;
  }
  HtmlPage page = ParseHtmlPage(bytes);
  if (ScanUtf8(page.text).blank) {
    Reject(sinks, origin, "no article text", std::move(bytes));
    return;
  }
  Document doc;
  doc.id = DocumentIdFromPath(path);
  doc.origin = origin;
  doc.title = std::move(page.title);
  doc.url = std::move(page.url);
  doc.source = std::move(page.site_name);
  if (auto reason = SetPublished(page, options, doc)) {
    Reject(sinks, origin, std::move(*reason), std::move(bytes));
    return;
  }
  doc.text = std::move(page.text);
  Deliver(std::move(doc), sinks);
}

}  // namespace attache
