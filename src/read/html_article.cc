#include "read/html_article.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <utility>
#include <vector>

namespace attache {
namespace {

bool IsElement(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT; }

bool ContainsIgnoreCase(std::string_view hay, std::string_view needle) {
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
  return it != hay.end();
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && ContainsIgnoreCase(a, b);
}

bool SkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_MENU:
    case GUMBO_TAG_MENUITEM: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_OBJECT: case GUMBO_TAG_APPLET: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_DATALIST: case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

bool BlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_BODY:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_FIGURE: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_BR:
      return true;
    default:
      return false;
  }
}

// Class or id tokens that name boxes around a story, not the story: "share-bar", "related",
// "ad-slot", "comments". Matched at the start of a token only, so that "has-comments" on the
// article itself does not throw the article away.
bool BoilerplateToken(std::string_view token) {
  static constexpr std::string_view kPrefixes[] = {
      "share", "social", "related", "newsletter", "advert", "ad", "ads", "cookie",
      "comment", "breadcrumb", "promo", "subscribe"};
  for (std::string_view p : kPrefixes) {
    if (token.size() < p.size() || !EqualsIgnoreCase(token.substr(0, p.size()), p)) continue;
    if (token.size() == p.size()) return true;
    const char next = token[p.size()];
    if (next == '-' || next == '_' || (p != "ad" && next == 's')) return true;
  }
  return false;
}

bool HasBoilerplateToken(std::string_view attr) {
  size_t i = 0;
  while (i < attr.size()) {
    const size_t end = std::min(attr.find(' ', i), attr.size());
    if (end > i && BoilerplateToken(attr.substr(i, end - i))) return true;
    i = end + 1;
  }
  return false;
}

bool HiddenRole(std::string_view role) {
  static constexpr std::string_view kRoles[] = {"navigation", "banner", "contentinfo",
                                                 "complementary", "search", "menu", "menubar",
                                                 "dialog", "alert"};
  for (std::string_view r : kRoles) {
    if (EqualsIgnoreCase(role, r)) return true;
  }
  return false;
}

// Elements whose text is never part of the story.
bool Skipped(const GumboNode* n) {
  if (n->type == GUMBO_NODE_TEMPLATE || n->type == GUMBO_NODE_COMMENT) return true;
  if (!IsElement(n)) return false;
  const GumboElement& e = n->v.element;
  if (e.tag_namespace != GUMBO_NAMESPACE_HTML) return true;  // <svg>, <math>
  if (e.tag == GUMBO_TAG_BODY || e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN) {
    return false;
  }
  if (SkippedTag(e.tag)) return true;
  if (gumbo_get_attribute(&e.attributes, "hidden")) return true;
  if (EqualsIgnoreCase(AttributeOf(n, "aria-hidden"), "true")) return true;
  if (HiddenRole(AttributeOf(n, "role"))) return true;
  if (ContainsIgnoreCase(AttributeOf(n, "itemprop"), "articlebody")) return false;
  return HasBoilerplateToken(AttributeOf(n, "class")) || HasBoilerplateToken(AttributeOf(n, "id"));
}

// How strongly an element claims to be the article: 0 strongest, -1 not at all.
int ArticleRank(const GumboNode* n) {
  const GumboElement& e = n->v.element;
  if (ContainsIgnoreCase(AttributeOf(n, "itemprop"), "articlebody")) return 0;
  if (e.tag == GUMBO_TAG_ARTICLE) return 1;
  for (const char* attr : {"class", "id"}) {
    const std::string_view v = AttributeOf(n, attr);
    for (std::string_view word : {"article-body", "article_body", "articlebody", "story", "content"}) {
      if (ContainsIgnoreCase(v, word)) return 2;
    }
  }
  if (e.tag == GUMBO_TAG_MAIN || EqualsIgnoreCase(AttributeOf(n, "role"), "main")) return 3;
  return -1;
}

// The nodes under `root` in document order, not descending into skipped elements. Iterative:
// a page can nest deeper than the stack would like.
std::vector<const GumboNode*> Walk(const GumboNode* root) {
  std::vector<const GumboNode*> order, stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (Skipped(n)) continue;
    order.push_back(n);
    if (!IsElement(n)) continue;
    const GumboVector& children = n->v.element.children;
    for (unsigned i = children.length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(children.data[i]));
    }
  }
  return order;
}

size_t VisibleBytes(const GumboNode* text) {
  std::string_view s = text->v.text.text;
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](unsigned char c) {
    return !std::isspace(c);
  }));
}

// Builds text the way a browser lays it out: runs of white space become one space, and block
// boundaries become line breaks (never two in a row, never at the start or the end).
class TextBuilder {
 public:
  void Text(std::string_view s) {
    for (char c : s) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space_ = true;
        continue;
      }
      if (space_ && !out_.empty() && out_.back() != '\n') out_ += ' ';
      space_ = false;
      out_ += c;
    }
  }
  void Break() {
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    space_ = false;
  }
  std::string Take() {
    if (!out_.empty() && out_.back() == '\n') out_.pop_back();
    return std::move(out_);
  }

 private:
  std::string out_;
  bool space_ = false;
};

}  // namespace

std::string_view AttributeOf(const GumboNode* element, const char* name) {
  if (!IsElement(element)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&element->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

bool IsWithin(const GumboNode* node, const GumboNode* ancestor) {
  for (; node; node = node->parent) {
    if (node == ancestor) return true;
  }
  return false;
}

const GumboNode* FindArticleRoot(const GumboNode* body) {
  const std::vector<const GumboNode*> order = Walk(body);
  // Visible text under each node, summed children-first (reverse document order).
  std::unordered_map<const GumboNode*, size_t> size;
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const GumboNode* n = *it;
    size_t s = size[n];
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) s = VisibleBytes(n);
    if (n != body && n->parent) size[n->parent] += s;
    size[n] = s;
  }
  std::vector<std::pair<const GumboNode*, int>> candidates;
  size_t largest = 0;
  for (const GumboNode* n : order) {
    if (!IsElement(n) || n == body) continue;
    const int rank = ArticleRank(n);
    if (rank < 0 || size[n] == 0) continue;
    candidates.emplace_back(n, rank);
    largest = std::max(largest, size[n]);
  }
  const GumboNode* best = body;
  int best_rank = 4;
  for (auto [n, rank] : candidates) {
    if (2 * size[n] < largest) continue;
    if (rank < best_rank || (rank == best_rank && size[n] > size[best])) {
      best = n;
      best_rank = rank;
    }
  }
  return best;
}

std::string ExtractArticleText(const GumboNode* root) {
  TextBuilder text;
  // (node, leaving): a block element is visited twice, to break the line before and after it.
  std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};
  while (!stack.empty()) {
    auto [n, leaving] = stack.back();
    stack.pop_back();
    if (leaving) {
      text.Break();
      continue;
    }
    if (Skipped(n)) continue;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      text.Text(n->v.text.text);
      continue;
    }
    if (!IsElement(n)) continue;
    if (BlockTag(n->v.element.tag)) {
      text.Break();
      stack.emplace_back(n, true);
    }
    const GumboVector& children = n->v.element.children;
    for (unsigned i = children.length; i-- > 0;) {
      stack.emplace_back(static_cast<const GumboNode*>(children.data[i]), false);
    }
  }
  return text.Take();
}

}  // namespace attache
