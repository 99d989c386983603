// The gazetteer: GeoNames populated places (cities500, from an npm package), Debian's iso-codes
// countries and subdivisions, and the lexicon's own place aliases (Kharkov -> Kharkiv). Loaded
// once; lookups are read-only and safe from several threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace attache {

struct Place {
  std::string name;     // gazetteer name: "Kharkiv"
  std::string country;  // ISO 3166-1 alpha-3: "UKR"
  double lat = 0, lon = 0;
  int64_t geonameid = 0;   // 0 for places not from GeoNames
  int64_t population = 0;
  enum class Kind : uint8_t { kCountry, kRegion, kCapital, kCity } kind = Kind::kCity;
};

struct GazetteerPaths {
  std::string geonames;   // cities500.txt; empty: none
  std::string iso_codes;  // directory holding iso_3166-1.json and iso_3166-2.json; empty: none
  std::string aliases;    // the lexicon's places file; empty: none
};

class Gazetteer {
 public:
  // Loads what the paths name. Throws std::runtime_error naming file:line on a malformed
  // aliases file; a missing GeoNames or iso-codes file is reported through `warnings` instead.
  static std::unique_ptr<Gazetteer> Load(const GazetteerPaths& paths,
                                         std::vector<std::string>* warnings);

  // The best place for a name as written ("Kharkov", "Riyadh", "Donetsk"), matched without
  // regard to case or diacritics; the most populous wins, regions and capitals before villages.
  // nullptr when unknown. `min_population` drops small places (a common word is often a hamlet).
  // In order: an alias from places.txt; a country; then regions (ISO 3166-2) and GeoNames places
  // weighed together: a place scores by its population, capitals and seats as if larger, and a
  // region as a large city (a small one for districts and parishes), so that "Victoria" is the
  // Australian state but "Santiago" is Chile's capital, not the Dominican province; a seat named
  // like a region of its own country ("Kabul", "Berlin") wins over that region. Names match after
  // folding: case, diacritics, apostrophes and full stops are ignored, hyphens read as spaces, a
  // leading "the" may be left out. `min_population` does not drop countries, regions or aliases,
  // except regions named by a common word ("Unity", "Delta"), which count as 1,000 people.
  const Place* Find(std::string_view name, int64_t min_population = 0) const;

  // False when no name begins with the word whose HashWord is `word_hash` (lower case, no
  // diacritics, apostrophes or full stops): Find need not be asked. True may be wrong (a
  // filter of bits, without false "no").
  bool MayBeginName(size_t word_hash) const;

  // ISO alpha-2 -> alpha-3 ("UA" -> "UKR"); empty when unknown.
  std::string_view Alpha3(std::string_view alpha2) const;

  size_t size() const;

  ~Gazetteer();

 private:
  Gazetteer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace attache
