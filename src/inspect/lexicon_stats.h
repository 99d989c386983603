// `attache lexicon stats`: what a lexicon holds, counted by kind.
#pragma once

#include <ostream>

#include "lexicon/lexicon.h"

namespace attache {

struct LexiconStats {
  size_t countries = 0, regions = 0, organisations = 0;  // entries (a code), not their names
  size_t actor_names = 0;                                 // every phrase naming an actor
  size_t people = 0, dated_roles = 0;
  size_t agents = 0, agent_nouns = 0;                     // role nouns: entries and forms
  size_t verb_patterns = 0, noun_patterns = 0, speech_cues = 0;
  size_t cameo_codes = 0, cameo_codes_covered = 0;        // codebook codes; those with a pattern
  size_t cameo_roots_3digit = 0, cameo_roots_3digit_covered = 0;
  size_t places = 0;                                      // gazetteer places and aliases
};

LexiconStats CountLexicon(const Lexicon& lexicon);
void WriteStats(const LexiconStats& stats, bool json, std::ostream& out);

}  // namespace attache
