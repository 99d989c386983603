// What an article page holds, taken out of its HTML with gumbo (an HTML5-conformant parser, so
// broken markup parses the way browsers show it and entities come out decoded): the article text,
// with navigation and boilerplate left out, and the page's own metadata.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace attache {

struct HtmlPage {
  std::string text;       // the article, one paragraph (or heading, list item) per line
  std::string title;      // og:title, else <title>
  std::string url;        // <link rel="canonical">, else og:url
  std::string site_name;  // og:site_name
  // The publication date as the page declares it, with the name of the field it came from:
  // <meta property="article:published_time"> or an itemprop="datePublished".
  std::string published, published_field;
  // <time datetime> values, most likely publication date first: those marked as such (pubdate,
  // class "published"), then those inside the article, then the rest.
  std::vector<std::string> time_datetimes;
};

// `html` must be valid UTF-8 (gumbo assumes it).
HtmlPage ParseHtmlPage(std::string_view html);

}  // namespace attache
