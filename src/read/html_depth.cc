#include "read/html_depth.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <iterator>
#include <string>

namespace attache {
namespace {

// Elements that never hold others, or that the parser closes by itself when a sibling starts,
// so that they never pile up on its stack.
bool DoesNotNest(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
      "rp", "rt", "thead", "tbody", "tfoot", "colgroup"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Elements whose content is not markup: "a<b" in a script is no tag.
bool RawText(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" ||
         name == "xmp" || name == "noscript" || name == "iframe" || name == "noembed";
}

size_t FindIgnoreCase(std::string_view hay, std::string_view needle, size_t from) {
  auto it = std::search(hay.begin() + static_cast<std::ptrdiff_t>(std::min(from, hay.size())),
                        hay.end(), needle.begin(), needle.end(), [](char a, char b) {
                          return std::tolower(static_cast<unsigned char>(a)) == b;
                        });
  return it == hay.end() ? std::string_view::npos : static_cast<size_t>(it - hay.begin());
}

}  // namespace

size_t EstimateHtmlDepth(std::string_view html, size_t limit) {
  size_t depth = 0, deepest = 0;
  std::string name;
  for (size_t i = html.find('<'); i != std::string_view::npos && deepest <= limit;
       i = html.find('<', i)) {
    ++i;
    if (i < html.size() && html[i] == '/') {
      if (i + 1 < html.size() && IsAsciiAlpha(html[i + 1]) && depth > 0) --depth;
      continue;
    }
    if (html.substr(i, 3) == "!--") {  // a comment, markup inside it or not
      i = html.find("-->", i + 3);
      continue;
    }
    if (i >= html.size() || !IsAsciiAlpha(html[i])) continue;
    name.clear();
    for (; i < html.size() && std::isalnum(static_cast<unsigned char>(html[i])); ++i) {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i])));
    }
    const size_t close = html.find('>', i);
    if (close == std::string_view::npos) break;
    const bool self_closing = close > i && html[close - 1] == '/';
    i = close + 1;
    if (RawText(name)) {
      i = FindIgnoreCase(html, "</" + name, i);
      if (i != std::string_view::npos) i += 2;  // past "</": its end tag closes nothing we counted
      continue;
    }
    if (self_closing || DoesNotNest(name)) continue;
    deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

}  // namespace attache
