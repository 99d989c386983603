// Builds the engine's lexicon from TABARI or PETRARCH dictionaries, so a team can code with the
// dictionaries it has: their actors, agents, verb patterns and discards replace the bundled
// ones; the knowledge of the language (speech cues, irregular verbs, abbreviations, the
// codebook, the gazetteer) still comes from the bundled lexicon.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lexicon/legacy/legacy_dictionary.h"
#include "lexicon/lexicon.h"

namespace attache {

struct LegacySources {
  legacy::DictFormat format = legacy::DictFormat::kTabari;
  std::vector<std::string> actors;
  std::string agents, verbs, discards, options;  // "" where not given
};

// Parses "tabari" or "petrarch"; nullopt otherwise.
std::optional<legacy::DictFormat> ParseDictFormat(const std::string& name);

// How TABARI or PETRARCH code (see CodingConventions), before their options change it.
CodingConventions LegacyConventions(legacy::DictFormat format);

// Reads the dictionaries; a faulty line becomes a warning naming file:line. Throws LexiconError
// when a file cannot be opened or the bundled lexicon at `bundled.dir` is malformed.
std::unique_ptr<Lexicon> LoadLegacyLexicon(const LegacySources& sources, const LexiconPaths& bundled,
                                           std::vector<std::string>* warnings);

}  // namespace attache
