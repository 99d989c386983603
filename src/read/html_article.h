// Finding the article in a page and turning it into text. News pages wrap a few paragraphs of
// story in menus, share buttons, teasers and footers; coding those would invent events ("Trump
// visits ..." in a "Most read" box), so the story is located first and everything around it that
// is not text of the story is left out.
#pragma once

#include <string>
#include <string_view>

#include <gumbo.h>

namespace attache {

// The element most likely to hold the story under `body`: itemprop="articleBody", then <article>,
// then a class or id naming the body of an article ("article-body", "story", "content"), then
// <main>; else `body` itself. A preferred kind wins only when it holds at least half the text of
// the largest candidate, so a short teaser <article> in a sidebar does not beat the story.
const GumboNode* FindArticleRoot(const GumboNode* body);

// The text under `root`: white space collapsed as a browser would, each block (paragraph,
// heading, list item, <div>, <br>) on a line of its own, and what is not story text skipped:
// scripts, styles, navigation, headers, footers, asides, forms, buttons, figure captions,
// embedded frames and media, hidden elements, and share, related-stories, advertisement and
// comment boxes.
std::string ExtractArticleText(const GumboNode* root);

// The value of an attribute, "" when absent.
std::string_view AttributeOf(const GumboNode* element, const char* name);

// True when `node` is `ancestor` or lies below it.
bool IsWithin(const GumboNode* node, const GumboNode* ancestor);

}  // namespace attache
