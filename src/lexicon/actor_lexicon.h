// Actors of the bundled lexicon: countries (names, demonyms, capitals), regions,
// organisations, people with dated roles, and agents (role nouns that add a sector).
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "document/date.h"
#include "lexicon/phrase_index.h"

namespace attache {

struct Role {
  std::string code;  // RUSGOV
  std::optional<Date> from, to;  // unset: open end
  std::string title;
  std::string rule;  // file:line
};

struct Person {
  std::string name;  // the first name listed: "Vladimir Putin"
  std::vector<Role> roles;
  std::string otherwise;  // legacy dictionaries: the code outside every role, when they give one
  bool family_name_first = false;  // listed as "Yoon Suk-yeol": "Yoon Suk Yeol" is a Yoon

  // The person's code on `date`: the role in force; outside every role `otherwise` if set; else
  // after the first role the last role's country + ELI, and before it the country alone.
  std::string CodeOn(const Date& date) const;
  // The country (or organisation) the person is compared by, whatever the date: that of their
  // undated legacy code if they have one, else of their latest role.
  std::string Base() const;
};

enum class ActorKind : uint8_t { kCountry, kDemonym, kCapital, kRegion, kOrganisation, kPerson, kAgent };

struct ActorEntry {
  ActorKind kind = ActorKind::kCountry;
  std::string code;    // country, region or IGO code; for agents the sector ("GOV")
  int person = -1;     // index into ActorLexicon::people() for kPerson
  bool person_noun = false;  // agents naming one person ("ambassador")
  bool plural = false;       // agents in the plural ("officials")
  std::string noun;    // agents: the singular noun ("ambassador"), for "the ambassador"
  std::string rule;    // file:line
};

class ActorLexicon {
 public:
  // Reads actors/*.txt and agents.txt under `dir`. Throws LexiconError with file:line.
  void Load(const std::string& dir);

  // Entries from other sources (the legacy dictionaries). AddPerson returns the person's index
  // for ActorEntry::person.
  void Add(std::vector<PhraseWord> words, ActorEntry entry) { phrases_.Add(std::move(words), std::move(entry)); }
  int AddPerson(Person person);

  const PhraseIndex<ActorEntry>& phrases() const { return phrases_; }
  const std::vector<Person>& people() const { return people_; }
  size_t role_count() const;

  // True for a country code (RUS), false for regions (WST, from regions.txt) and IGOs.
  bool IsCountry(const std::string& base) const;

  // The one country whose people hold `title` ("secretary of state" -> USA), or "" when the
  // title is held in several countries or by nobody in the lexicon.
  std::string CountryOfTitle(const std::string& title) const;

 private:
  void LoadCountries(const std::string& dir, const std::string& file, bool regions);
  void LoadOrganisations(const std::string& dir, const std::string& file);
  // Seas and straits named after land ("South China Sea"): matched as actors coding nothing.
  void LoadWaters(const std::string& dir, const std::string& file);
  void LoadPeople(const std::string& dir, const std::string& file);
  void LoadAgents(const std::string& dir, const std::string& file);

  PhraseIndex<ActorEntry> phrases_;
  std::vector<Person> people_;
  std::unordered_set<std::string> regions_;
  std::unordered_map<std::string, std::string> title_country_;  // "" where ambiguous
};

// Splits an actor code into its base (country, region or IGO) and role parts:
// "RUSGOV" -> {"RUS", "GOV"}; "IGOWSTNATMIL" -> {"IGOWSTNAT", "MIL"}.
std::pair<std::string, std::string> SplitActorCode(const std::string& code);

// An actor's code with an agent's sector: "RUS" + "GOV" -> "RUSGOV". A sector ending in '~'
// (the legacy dictionaries' "[IGO~]") goes before the base: "IGO~" + "AFR" -> "IGOAFR", unless
// the base starts with it already.
std::string ComposeCode(const std::string& base, const std::string& sector);


}  // namespace attache
