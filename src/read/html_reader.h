// HTML input: one article page per file. The document's text is the article as extracted from
// the page (see html_article.h), not the markup; its title, URL, source and date come from what
// the page declares about itself.
#pragma once

#include <istream>
#include <string>

#include "read/reader.h"

namespace attache {

// Reads the whole of `in` as one page; `path` gives the id (file name without extension) and
// the origin.
void ReadHtmlDocument(std::istream& in, const std::string& path, const ReadOptions& options,
                      const ReadSinks& sinks);

}  // namespace attache
