#include "inspect/lexicon_stats.h"

#include <set>

namespace attache {

LexiconStats CountLexicon(const Lexicon& lex) {
  LexiconStats s;
  std::set<std::string> countries, regions, organisations, agents;
  lex.actors.phrases().ForEach([&](const auto& e) {
    const ActorEntry& a = e.payload;
    ++s.actor_names;
    switch (a.kind) {
      case ActorKind::kCountry: case ActorKind::kDemonym: case ActorKind::kCapital: countries.insert(a.code); break;
      case ActorKind::kRegion:
        if (a.code != kNullCode) regions.insert(a.code);  // seas and straits (actors/waters.txt) code nothing
        break;
      case ActorKind::kOrganisation: organisations.insert(a.rule); break;  // a line, an organisation
      case ActorKind::kAgent: agents.insert(a.rule); ++s.agent_nouns; break;
      case ActorKind::kPerson: break;
    }
  });
  s.countries = countries.size();
  s.regions = regions.size();
  s.organisations = organisations.size();
  s.agents = agents.size();
  s.people = lex.actors.people().size();
  s.dated_roles = lex.actors.role_count();
  s.verb_patterns = lex.patterns.verb_count();
  s.noun_patterns = lex.patterns.noun_count();
  s.speech_cues = lex.patterns.cue_count();
  std::set<std::string> produced;
  for (const EventPattern& p : lex.patterns.verbs()) produced.insert(p.code);
  for (const EventPattern& p : lex.patterns.nouns()) produced.insert(p.code);
  for (const auto& [code, c] : lex.cameo.codes()) {
    ++s.cameo_codes;
    s.cameo_codes_covered += produced.count(code);
    if (code.size() == 3) {
      ++s.cameo_roots_3digit;
      s.cameo_roots_3digit_covered += produced.count(code);
    }
  }
  s.places = lex.gazetteer ? lex.gazetteer->size() : 0;
  return s;
}

void WriteStats(const LexiconStats& s, bool json, std::ostream& out) {
  const std::pair<const char*, size_t> rows[] = {
      {"countries", s.countries},
      {"regions", s.regions},
      {"organisations", s.organisations},
      {"actor_names", s.actor_names},
      {"people", s.people},
      {"dated_roles", s.dated_roles},
      {"agents", s.agents},
      {"agent_nouns", s.agent_nouns},
      {"verb_patterns", s.verb_patterns},
      {"noun_patterns", s.noun_patterns},
      {"speech_cues", s.speech_cues},
      {"cameo_codes", s.cameo_codes},
      {"cameo_codes_with_patterns", s.cameo_codes_covered},
      {"cameo_3digit_codes", s.cameo_roots_3digit},
      {"cameo_3digit_codes_with_patterns", s.cameo_roots_3digit_covered},
      {"places", s.places},
  };
  if (!json) {
    for (const auto& [name, n] : rows) out << name << "\t" << n << "\n";
    return;
  }
  out << "{";
  bool first = true;
  for (const auto& [name, n] : rows) {
    out << (first ? "" : ", ") << "\"" << name << "\": " << n;
    first = false;
  }
  out << "}\n";
}

}  // namespace attache
