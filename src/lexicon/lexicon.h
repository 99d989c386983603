// Everything the engine knows, loaded once from the lexicon directory and the gazetteer, and
// shared read-only by every document and thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "clean/cleaner.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/cameo_codebook.h"
#include "lexicon/patterns.h"
#include "lexicon/word_lists.h"
#include "places/gazetteer.h"
#include "split/abbreviations.h"

namespace attache {

struct LexiconPaths {
  std::string dir = ATTACHE_LEXICON_DIR;
  GazetteerPaths gazetteer{ATTACHE_GEONAMES, ATTACHE_ISO_CODES, ""};  // aliases: dir/places.txt
};

struct Lexicon {
  ActorLexicon actors;
  PatternLexicon patterns;
  CameoCodebook cameo;
  WordLists words;
  Abbreviations abbreviations;
  BoilerplateRules boilerplate;
  std::unique_ptr<Gazetteer> gazetteer;

  // Throws LexiconError ("file:line: reason") on a malformed file. Warnings (a missing
  // gazetteer) are appended to `warnings`.
  static std::unique_ptr<Lexicon> Load(const LexiconPaths& paths, std::vector<std::string>* warnings);
};

}  // namespace attache
