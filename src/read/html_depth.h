// A guard for the HTML parser. gumbo (0.10) checks element scopes by walking the stack of open
// elements for every tag, so a page nested N deep costs N² - a few megabytes of "<div>" would
// never finish. Real article pages nest a few dozen levels; a page nested beyond a thousand is
// refused before it reaches the parser.
#pragma once

#include <cstddef>
#include <string_view>

namespace attache {

constexpr size_t kMaxHtmlDepth = 1000;

// How deep the elements of `html` nest, counted roughly (start tags up, end tags down; void,
// self-closing and implicitly closed elements such as <p> and <li> not counted), in one linear
// pass. Stops counting once past `limit`.
size_t EstimateHtmlDepth(std::string_view html, size_t limit = kMaxHtmlDepth);

}  // namespace attache
