// The clean stage: finds the story text of a document. It drops the dateline ("Islamabad
// (TDI):", "MANILA (Reuters) -"), lines that are not the story ("Read More: ...", subscribe
// prompts) and the publication describing itself at the end. What is kept is recorded as spans
// of the original text, so later offsets still point into it.
#pragma once

#include <string>
#include <vector>

#include "document/document.h"

namespace attache {

class BoilerplateRules {
 public:
  // Reads words/boilerplate.txt: `prefix | text` lines (a line starting with the text is not
  // story) and `publisher | nouns` (a last paragraph "X is a <noun> ..." describes the outlet).
  static BoilerplateRules Load(const std::string& dir, const std::string& file);

  bool IsBoilerplateLine(std::string_view line) const;
  bool IsPublisherSelfDescription(std::string_view line) const;

 private:
  std::vector<std::string> prefixes_;         // lower case
  std::vector<std::string> publisher_nouns_;  // lower case
};

// Length in bytes of a dateline at the start of `line`, 0 if there is none.
size_t DatelineLength(std::string_view line);

// Fills doc.kept and doc.dropped.
void Clean(Document& doc, const BoilerplateRules& rules);

}  // namespace attache
