// Shared by the end-to-end tests: the bundled lexicon, loaded once, and a helper that codes a
// short text the way `attache code` does.
#pragma once

#include <string>
#include <vector>

#include "document/document.h"
#include "lexicon/lexicon.h"

namespace attache::testing {

const Lexicon& BundledLexicon();

// Codes `text` as one document published on `published` (YYYY-MM-DD); returns its asserted
// events (factual and future) or, with `all`, every event.
std::vector<Event> Code(const std::string& text, const std::string& published = "2025-02-25", bool all = false);
// The same with another lexicon (legacy dictionaries).
std::vector<Event> Code(const Lexicon& lexicon, const std::string& text, const std::string& published = "2025-02-25",
                        bool all = false);

// "RUSGOV>PAK:051" for compact assertions; target "-" when there is none.
std::string Dyad(const Event& e);
std::vector<std::string> Dyads(const std::vector<Event>& events);

}  // namespace attache::testing
