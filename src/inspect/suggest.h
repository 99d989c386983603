// `attache lexicon suggest CORPUS...`: the names that occur often in a corpus but match no
// lexicon entry (actor or place), most frequent first, with a count and an example sentence, so
// a user extends the lexicon where it matters.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "read/reader.h"

namespace attache {

struct Suggestion {
  std::string name;     // as written the first time
  std::string kind;     // "person", "organisation" or "name"
  size_t count = 0;
  std::string example;  // the first sentence it stood in
};

// Reads the corpus files (any input format `attache code` reads) and returns up to `limit`
// suggestions. Rejected documents are counted in `rejected`.
std::vector<Suggestion> SuggestNames(const Lexicon& lexicon, const std::vector<std::string>& files,
                                     const ReadOptions& read, size_t limit, size_t* rejected);

void WriteSuggestions(const std::vector<Suggestion>& suggestions, std::ostream& out);

}  // namespace attache
