#include "read/html_page.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <utility>

#include <gumbo.h>

#include "read/html_article.h"

namespace attache {
namespace {

// The text under an element, white space collapsed (for <title>).
std::string CollapsedText(const GumboNode* element) {
  std::string out;
  bool space = false;
  const GumboVector& children = element->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type != GUMBO_NODE_TEXT && child->type != GUMBO_NODE_WHITESPACE) continue;
    for (char c : std::string_view(child->v.text.text)) {
      if (std::isspace(static_cast<unsigned char>(c))) {
        space = true;
        continue;
      }
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

bool IsHtmlElement(const GumboNode* n, GumboTag tag) {
  return n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag &&
         n->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

const GumboNode* FindBody(const GumboNode* document) {
  const GumboVector& top = document->v.document.children;
  for (unsigned i = 0; i < top.length; ++i) {
    const auto* html = static_cast<const GumboNode*>(top.data[i]);
    if (!IsHtmlElement(html, GUMBO_TAG_HTML)) continue;
    const GumboVector& children = html->v.element.children;
    for (unsigned j = 0; j < children.length; ++j) {
      const auto* n = static_cast<const GumboNode*>(children.data[j]);
      if (IsHtmlElement(n, GUMBO_TAG_BODY)) return n;
    }
  }
  return nullptr;
}

// A <time datetime> and how likely it is to be the publication date (lower is likelier).
struct TimeValue {
  int rank;
  std::string value;
};

// Walks the whole page (head and skipped boxes too: a byline's <time> often sits in a <header>)
// for the metadata the page declares about itself.
void ReadMetadata(const GumboNode* document, const GumboNode* article, HtmlPage& page) {
  std::string og_title, title, og_url, canonical, item_published;
  std::vector<TimeValue> times;
  std::vector<const GumboNode*> stack{document};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    const GumboVector* children = nullptr;
    if (n->type == GUMBO_NODE_DOCUMENT) children = &n->v.document.children;
    if (n->type == GUMBO_NODE_ELEMENT) children = &n->v.element.children;
    if (!children) continue;
    for (unsigned i = children->length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(children->data[i]));
    }
    if (n->type != GUMBO_NODE_ELEMENT || n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) {
      continue;
    }
    const std::string_view itemprop = AttributeOf(n, "itemprop");
    switch (n->v.element.tag) {
      case GUMBO_TAG_TITLE:
        if (title.empty()) title = CollapsedText(n);
        break;
      case GUMBO_TAG_META: {
        std::string_view key = AttributeOf(n, "property");
        if (key.empty()) key = AttributeOf(n, "name");
        const std::string_view content = AttributeOf(n, "content");
        if (key == "og:title" && og_title.empty()) og_title = content;
        if (key == "og:url" && og_url.empty()) og_url = content;
        if (key == "og:site_name" && page.site_name.empty()) page.site_name = content;
        if (key == "article:published_time" && page.published.empty()) {
          page.published = content;
          page.published_field = "article:published_time";
        }
        if (itemprop == "datePublished" && item_published.empty()) item_published = content;
        break;
      }
      case GUMBO_TAG_LINK:
        if (AttributeOf(n, "rel") == "canonical" && canonical.empty()) {
          canonical = AttributeOf(n, "href");
        }
        break;
      case GUMBO_TAG_TIME: {
        const std::string_view datetime = AttributeOf(n, "datetime");
        if (datetime.empty()) break;
        if (itemprop == "datePublished" && item_published.empty()) item_published = datetime;
        const bool marked = gumbo_get_attribute(&n->v.element.attributes, "pubdate") ||
                            AttributeOf(n, "class").find("publish") != std::string_view::npos;
        const int rank = marked ? 0 : IsWithin(n, article) ? 1 : 2;
        times.push_back({rank, std::string(datetime)});
        break;
      }
      default:
        break;
    }
  }
  // og:title first: <title> usually carries the site's name as well ("... | The Daily").
  page.title = !og_title.empty() ? og_title : title;
  page.url = !canonical.empty() ? canonical : og_url;
  if (page.published.empty() && !item_published.empty()) {
    page.published = item_published;
    page.published_field = "datePublished";
  }
  std::stable_sort(times.begin(), times.end(),
                   [](const TimeValue& a, const TimeValue& b) { return a.rank < b.rank; });
  for (TimeValue& t : times) page.time_datetimes.push_back(std::move(t.value));
}

}  // namespace

HtmlPage ParseHtmlPage(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are of no use here; do not keep them in memory
  auto destroy = [&options](GumboOutput* out) { gumbo_destroy_output(&options, out); };
  std::unique_ptr<GumboOutput, decltype(destroy)> output(
      gumbo_parse_with_options(&options, html.data(), html.size()), destroy);

  HtmlPage page;
  const GumboNode* body = FindBody(output->document);
  const GumboNode* article = body ? FindArticleRoot(body) : nullptr;
  if (article) page.text = ExtractArticleText(article);
  ReadMetadata(output->document, article, page);
  return page;
}

}  // namespace attache
