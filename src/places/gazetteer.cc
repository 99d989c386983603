#include "places/gazetteer.h"

#include "document/word_key.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include <simdjson.h>

namespace attache {

// ---------------------------------------------------------------------------------------------
// Folding: lower case, no diacritics, apostrophes and full stops dropped ("Donets'k", "Donets’k"
// and "Donetsk" are one key; "St. Petersburg" is "st petersburg"), hyphens and dashes read as
// spaces, runs of spaces collapsed, no space at either end.

namespace {

// What each code point of U+0000..U+024F and U+1E00..U+1EFF folds to: built once from ICU's
// canonical decompositions, with the letters that have none (ø, ł, đ, ß, æ...) spelled out.
class FoldTable {
 public:
  FoldTable() {
    for (char32_t c = 0; c < 0x80; ++c) {
      char ch = static_cast<char>(c);
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      ascii_[c] = ch;
    }
    ascii_[static_cast<unsigned char>('-')] = ' ';
    ascii_[static_cast<unsigned char>('\t')] = ' ';
    ascii_[static_cast<unsigned char>('\'')] = 0;  // dropped
    ascii_[static_cast<unsigned char>('`')] = 0;
    ascii_[static_cast<unsigned char>('.')] = 0;

    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    auto build = [&](char32_t c) {
      std::string out;
      if (U_SUCCESS(status) && nfd) {
        icu::UnicodeString d;
        if (!nfd->getDecomposition(static_cast<UChar32>(c), d)) d = icu::UnicodeString(static_cast<UChar32>(c));
        icu::UnicodeString kept;
        for (int32_t i = 0; i < d.length();) {
          UChar32 x = d.char32At(i);
          i += U16_LENGTH(x);
          if (u_charType(x) == U_NON_SPACING_MARK) continue;
          kept.append(static_cast<UChar32>(u_foldCase(x, U_FOLD_CASE_DEFAULT)));
        }
        kept.toUTF8String(out);
      }
      return out;
    };
    for (char32_t c = 0x80; c < 0x250; ++c) latin_[c - 0x80] = build(c);
    for (char32_t c = 0x1E00; c < 0x1F00; ++c) extended_[c - 0x1E00] = build(c);
    static constexpr std::pair<char32_t, const char*> kSpecial[] = {
        {0xA0, " "},   {0xC6, "ae"},  {0xE6, "ae"},  {0xD0, "d"},   {0xF0, "d"},   {0xD8, "o"},
        {0xF8, "o"},   {0xDE, "th"},  {0xFE, "th"},  {0xDF, "ss"},  {0x110, "d"},  {0x111, "d"},
        {0x126, "h"},  {0x127, "h"},  {0x131, "i"},  {0x132, "ij"}, {0x133, "ij"}, {0x138, "k"},
        {0x13F, "l"},  {0x140, "l"},  {0x141, "l"},  {0x142, "l"},  {0x149, "n"},  {0x14A, "n"},
        {0x14B, "n"},  {0x152, "oe"}, {0x153, "oe"}, {0x166, "t"},  {0x167, "t"},  {0x17F, "s"},
        {0x180, "b"},  {0x181, "b"},  {0x187, "c"},  {0x188, "c"},  {0x189, "d"},  {0x18A, "d"},
        {0x191, "f"},  {0x192, "f"},  {0x193, "g"},  {0x197, "i"},  {0x198, "k"},  {0x199, "k"},
        {0x19A, "l"},  {0x19D, "n"},  {0x19E, "n"},  {0x19F, "o"},  {0x1A4, "p"},  {0x1A5, "p"},
        {0x1AB, "t"},  {0x1AC, "t"},  {0x1AD, "t"},  {0x1AE, "t"},  {0x1B3, "y"},  {0x1B4, "y"},
        {0x1B5, "z"},  {0x1B6, "z"},  {0x1E4, "g"},  {0x1E5, "g"},  {0x1E9E, "ss"}, {0x1EFA, "ll"},
        {0x1EFB, "ll"}, {0xD7, "x"},  {0xF7, "/"},   {0xB4, ""},    {0xAD, ""}};
    for (auto [c, s] : kSpecial) *Slot(c) = s;
  }

  // Appends the folding of `s` to `out` (which the caller has cleared).
  void Fold(std::string_view s, std::string& out) const {
    // No code point folds to more than three times its length in UTF-8 (ß -> "ss").
    const size_t base = out.size();
    out.resize(base + s.size() * 3 + 4);
    char* w = out.data() + base;
    bool space = true;  // drop leading spaces and runs of them
    auto put_char = [&](char ch) {
      if (ch == ' ') {
        if (!space) *w++ = ' ';
        space = true;
      } else {
        *w++ = ch;
        space = false;
      }
    };
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
      unsigned char b = *p;
      if (b < 0x80) {
        char ch = ascii_[b];
        if (ch) put_char(ch);
        ++p;
        continue;
      }
      char32_t c;
      int len;
      if ((b & 0xE0) == 0xC0 && end - p >= 2) {
        c = ((b & 0x1F) << 6) | (p[1] & 0x3F);
        len = 2;
      } else if ((b & 0xF0) == 0xE0 && end - p >= 3) {
        c = ((b & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        len = 3;
      } else if ((b & 0xF8) == 0xF0 && end - p >= 4) {
        c = ((b & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        len = 4;
      } else {  // a stray byte: keep it as it is
        *w++ = static_cast<char>(b);
        space = false;
        ++p;
        continue;
      }
      p += len;
      if (const std::string* t = Slot(c)) {
        for (char ch : *t) put_char(ch);
        continue;
      }
      if (IsApostrophe(c)) continue;
      if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
          c == 0x2212 || c == 0x2007 || c == 0x2009 || c == 0x202F || c == 0x3000) {
        put_char(' ');
        continue;
      }
      c = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
      w = AppendUtf8(c, w);
      space = false;
    }
    if (w > out.data() + base && w[-1] == ' ') --w;
    out.resize(static_cast<size_t>(w - out.data()));
  }

  static bool IsApostrophe(char32_t c) {
    return c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x2032 || c == 0x02B9 ||
           (c >= 0x02BB && c <= 0x02BF) || c == 0x02C8;
  }

  // Whether a name is written in the Latin script (ASCII, Latin letters with diacritics,
  // apostrophes and dashes): alternate names in other scripts are not indexed.
  static bool IsLatin(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
      unsigned char b = *p;
      if (b < 0x80) {
        ++p;
        continue;
      }
      char32_t c;
      if ((b & 0xE0) == 0xC0 && end - p >= 2) {
        c = ((b & 0x1F) << 6) | (p[1] & 0x3F);
        p += 2;
      } else if ((b & 0xF0) == 0xE0 && end - p >= 3) {
        c = ((b & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        p += 3;
      } else {
        return false;
      }
      bool ok = (c >= 0xC0 && c < 0x250 && c != 0xD7 && c != 0xF7) ||
                (c >= 0x1E00 && c < 0x1F00) || IsApostrophe(c) || (c >= 0x2010 && c <= 0x2014) ||
                c == 0xA0;
      if (!ok) return false;
    }
    return true;
  }

 private:
  const std::string* Slot(char32_t c) const {
    if (c >= 0x80 && c < 0x250) return &latin_[c - 0x80];
    if (c >= 0x1E00 && c < 0x1F00) return &extended_[c - 0x1E00];
    return nullptr;
  }
  std::string* Slot(char32_t c) { return const_cast<std::string*>(std::as_const(*this).Slot(c)); }

  static char* AppendUtf8(char32_t c, char* w) {
    if (c < 0x80) {
      *w++ = static_cast<char>(c);
    } else if (c < 0x800) {
      *w++ = static_cast<char>(0xC0 | (c >> 6));
      *w++ = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      *w++ = static_cast<char>(0xE0 | (c >> 12));
      *w++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      *w++ = static_cast<char>(0x80 | (c & 0x3F));
    } else {
      *w++ = static_cast<char>(0xF0 | (c >> 18));
      *w++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      *w++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      *w++ = static_cast<char>(0x80 | (c & 0x3F));
    }
    return w;
  }

  std::array<char, 128> ascii_{};
  std::array<std::string, 0x250 - 0x80> latin_;
  std::array<std::string, 0x100> extended_;
};

const FoldTable& Folder() {
  static const FoldTable table;
  return table;
}

// "-33.45694" -> -33.45694; GeoNames coordinates have at most five decimals, well within what a
// double holds exactly enough. Faster than std::from_chars, which rounds correctly.
double ParseCoordinate(std::string_view s) {
  static constexpr double kScale[] = {1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8,
                                      1e-9, 1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15, 1e-16};
  size_t i = 0;
  bool negative = !s.empty() && s[0] == '-';
  if (negative || (!s.empty() && s[0] == '+')) ++i;
  int64_t whole = 0, frac = 0;
  int digits = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) whole = whole * 10 + (s[i] - '0');
  if (i < s.size() && s[i] == '.') {
    for (++i; i < s.size() && s[i] >= '0' && s[i] <= '9' && digits < 16; ++i, ++digits)
      frac = frac * 10 + (s[i] - '0');
  }
  double v = static_cast<double>(whole) + static_cast<double>(frac) * kScale[digits];
  return negative ? -v : v;
}

uint64_t Hash(std::string_view key) {
  uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, then a final mix
  for (unsigned char c : key) h = (h ^ c) * 0x100000001b3ULL;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Region names that are only compass points or the like ("Central", "Northern Province" less its
// suffix): common words, not worth a key of their own.
bool IsGenericRegionName(std::string_view key) {
  if (key.size() < 3 || key.size() > 13) return false;
  static constexpr std::string_view kWords[] = {
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
      "middle", "upper", "lower", "capital", "national", "north western", "north eastern",
      "south western", "south eastern", "north central", "northwest", "northeast", "southwest",
      "southeast", "far western", "mid western", "the"};
  for (auto w : kWords)
    if (key == w) return true;
  return false;
}

// Region names that are also common English words or given names ("Unity", "Delta", "Reading",
// "Paul"): for `min_population` they count as places of kCommonWordPopulation people, so that a
// capitalised word with nothing locative before it is not taken for them.
constexpr int64_t kCommonWordPopulation = 1000;

bool IsCommonWordRegionName(std::string_view key) {
  static constexpr std::string_view kWords[] = {
      "ain", "ascension", "ash", "ba", "bar", "bay", "bedford", "boe", "cascade", "cascades",
      "centre", "centrale", "charlotte", "cher", "clare", "coast", "delta", "est", "ewa", "grad",
      "gulf", "highland", "hope", "ig", "independencia", "isabel", "isla", "kara", "kent", "lakes",
      "lau", "leste", "lib", "litoral", "littoral", "lola", "lot", "male", "mary", "mayo", "mili",
      "moka", "mon", "mono", "most", "nan", "nelson", "nip", "nord", "norte", "paul", "plateau",
      "plateaux", "pool", "ra", "reading", "rivers", "saga", "sal", "sid", "sila", "sul",
      "sutton", "tak", "tapa", "tata", "tori", "unity", "valle", "van", "var", "volta"};
  for (auto w : kWords)
    if (key == w) return true;
  return false;
}

// How a populated place ranks among places of the same name: capitals, then seats of first- and
// second-order divisions. Third- and fourth-order seats are often villages and rank as such.
enum : uint8_t { kSeatNone = 0, kSeatA2 = 1, kSeatA1 = 2, kSeatCapital = 3 };

uint8_t SeatRank(std::string_view code) {
  if (code == "PPLC" || code == "PPLG") return kSeatCapital;
  if (code == "PPLA") return kSeatA1;
  if (code == "PPLA2") return kSeatA2;
  return kSeatNone;
}

// Index tiers: aliases win outright, then countries; regions and cities are weighed together.
// kTierCityAlt: a city under one of its alternate names.
enum : uint8_t { kTierAlias = 0, kTierCountry = 1, kTierRegion = 2, kTierCity = 3, kTierCityAlt = 4 };

// What a region weighs against cities of the same name, on the cities' scale (log10 of the
// population plus the seat bonus): a state, province or oblast about as much as a provincial
// capital of 400,000 (Victoria the Australian state, not Victoria in British Columbia); a
// district, parish or municipality as a town of 200,000 (Charlotte, North Carolina, not the
// parish of Saint Vincent). National capitals and the largest cities outweigh a region of another
// country (Santiago de Chile, not the Dominican province; La Paz, Bolivia).
constexpr double kMajorRegionScore = 6.6, kMinorRegionScore = 5.3;
// Seats count as if this many powers of ten more populous (kSeat* index).
constexpr double kSeatBonus[] = {0, 0.5, 1.0, 1.5};
// A seat named like a region of its own country is that region's seat (Kabul, Berlin, Idlib):
// more likely meant than a namesake abroad.
constexpr double kOwnRegionBonus = 1.0;
// A city found under an alternate name ("Islamabad" is an old name of Chattogram) counts as if
// ten times smaller.
constexpr double kAlternatePenalty = 1.0;

bool IsMinorRegionType(std::string_view type) {
  std::string t(type);
  for (char& c : t) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (std::string_view w : {"municipal", "district", "parish", "council", "borough", "commune",
                             "rayon", "quarter", "authority", "corporation", "atoll", "ward",
                             "town", "village", "city", "island"})
    if (t.find(w) != std::string::npos) return true;
  return false;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

struct Gazetteer::Impl {
  struct Entry {
    uint64_t hash;
    uint32_t key_offset;  // into keys
    uint32_t place;
    uint16_t key_length;
    uint8_t tier;
    bool common_word = false;  // a region under a name that is also a common word
  };

  std::vector<Place> places;
  std::vector<uint8_t> seat;  // per place: a city's kSeat*; 1 for a major region, else 0
  std::vector<Entry> entries;  // sorted by hash, then tier, then place
  std::string keys;            // the folded keys the entries point into
  // A bit for each first word of a key (HashWord, low bits): see MayBeginName.
  static constexpr size_t kFirstWordBits = size_t{1} << 20;
  std::vector<uint64_t> first_words = std::vector<uint64_t>(kFirstWordBits / 64);
  std::array<std::array<char, 3>, 26 * 26> alpha3{};  // by alpha-2; zeros when unknown
  std::unordered_map<std::string, uint32_t> countries;  // alpha-3 -> place
  std::unordered_map<std::string, uint32_t> regions;    // ISO 3166-2 code -> place
  bool have_geonames = false, have_iso = false;
  uint32_t last_place_ = UINT32_MAX;  // the place AddKey last added keys for
  size_t place_keys_ = 0;             // where its entries start

  static int Alpha2Index(std::string_view a2) {
    if (a2.size() != 2) return -1;
    int a = a2[0] | 0x20, b = a2[1] | 0x20;
    if (a < 'a' || a > 'z' || b < 'a' || b > 'z') return -1;
    return (a - 'a') * 26 + (b - 'a');
  }

  std::string_view Alpha3(std::string_view a2) const {
    int i = Alpha2Index(a2);
    if (i < 0 || alpha3[i][0] == 0) return {};
    return std::string_view(alpha3[i].data(), 3);
  }

  // Adds a key for a place; a place's keys are added together, and each once (a name, its ASCII
  // form and its alternates often fold alike).
  void AddKey(const std::string& key, uint32_t place, uint8_t tier) {
    if (key.empty() || key.size() > 0xFFFF) return;  // no name is that long
    if (place != last_place_) {
      last_place_ = place;
      place_keys_ = entries.size();
    }
    uint64_t h = Hash(key);
    for (size_t i = place_keys_; i < entries.size(); ++i) {
      const Entry& e = entries[i];
      bool same_tier = e.tier == tier || (e.tier >= kTierCity && tier >= kTierCity);
      if (e.hash == h && same_tier &&
          std::string_view(keys.data() + e.key_offset, e.key_length) == key)
        return;
    }
    entries.push_back({h, static_cast<uint32_t>(keys.size()), place,
                       static_cast<uint16_t>(key.size()), tier});
    keys += key;
    NoteFirstWord(std::string_view(key).substr(0, key.find(' ')));
  }

  void NoteFirstWord(std::string_view word) {
    size_t bit = HashWord(word) & (kFirstWordBits - 1);
    first_words[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  bool MayBeginName(size_t word_hash) const {
    size_t bit = word_hash & (kFirstWordBits - 1);
    return first_words[bit / 64] >> (bit % 64) & 1;
  }

  void AddName(std::string_view name, uint32_t place, uint8_t tier, std::string& buf) {
    buf.clear();
    Folder().Fold(name, buf);
    AddKey(buf, place, tier);
  }

  void LoadIso(const std::string& dir, std::vector<std::string>* warnings);
  void LoadGeonames(const std::string& path, std::vector<std::string>* warnings);
  void LoadAliases(const std::string& path, std::vector<std::string>* warnings);
  void Finish(size_t sorted);  // sorts entries[sorted..] and merges them in

  // The candidates for a folded key, in index order.
  std::pair<const Entry*, const Entry*> Candidates(std::string_view key) const {
    uint64_t h = Hash(key);
    auto lo = std::lower_bound(entries.begin(), entries.end(), h,
                               [](const Entry& e, uint64_t v) { return e.hash < v; });
    auto hi = lo;
    while (hi != entries.end() && hi->hash == h) ++hi;
    return {entries.data() + (lo - entries.begin()), entries.data() + (hi - entries.begin())};
  }

  const Place* FindKey(std::string_view key, int64_t min_population, bool aliases) const;
  const Place* FindFolded(std::string_view key, int64_t min_population, bool aliases) const {
    if (const Place* p = FindKey(key, min_population, aliases)) return p;
    if (key.starts_with("the ")) return FindKey(key.substr(4), min_population, aliases);
    return nullptr;
  }
};

const Place* Gazetteer::Impl::FindKey(std::string_view key, int64_t min_population,
                                      bool aliases) const {
  auto [lo, hi] = Candidates(key);
  auto matches = [&](const Entry* e) {
    return std::string_view(keys.data() + e->key_offset, e->key_length) == key;
  };
  // Entries come sorted by tier: an alias, then a country, win outright.
  const std::string* region_countries[16];
  size_t n_regions = 0;
  const Entry* best = nullptr;
  double best_score = -1;
  for (const Entry* e = lo; e != hi; ++e) {
    if (!matches(e)) continue;
    if (e->tier == kTierAlias) {
      if (aliases) return &places[e->place];
    } else if (e->tier == kTierCountry) {
      return &places[e->place];
    } else if (e->tier == kTierRegion) {
      if (e->common_word && kCommonWordPopulation < min_population) continue;
      if (n_regions < std::size(region_countries))
        region_countries[n_regions++] = &places[e->place].country;
      double score = seat[e->place] ? kMajorRegionScore : kMinorRegionScore;
      if (score > best_score) {
        best_score = score;
        best = e;
      }
    } else {
      // A region named so outweighs a city known so only by an alternate name (Victoria the
      // Australian state, not Hong Kong).
      if (e->tier == kTierCityAlt && n_regions) continue;
      const Place& p = places[e->place];
      if (p.population < min_population) continue;
      const uint8_t rank = seat[e->place];
      double score = std::log10(static_cast<double>(p.population) + 1) + kSeatBonus[rank];
      if (e->tier == kTierCityAlt) score -= kAlternatePenalty;
      if (rank != kSeatNone) {
        for (size_t i = 0; i < n_regions; ++i) {
          if (*region_countries[i] == p.country) {
            score += kOwnRegionBonus;
            break;
          }
        }
      }
      if (score > best_score) {
        best_score = score;
        best = e;
      }
    }
  }
  return best ? &places[best->place] : nullptr;
}

// ---------------------------------------------------------------------------------------------

void Gazetteer::Impl::LoadIso(const std::string& dir, std::vector<std::string>* warnings) {
  auto warn = [&](std::string w) {
    if (warnings) warnings->push_back(std::move(w));
  };
  simdjson::dom::parser parser;
  std::string buf;
  std::string path1 = dir + "/iso_3166-1.json";
  try {
    simdjson::dom::element doc = parser.load(path1);
    for (simdjson::dom::object c : doc["3166-1"].get_array()) {
      std::string_view a2 = c["alpha_2"].get_string();
      std::string_view a3 = c["alpha_3"].get_string();
      int i = Alpha2Index(a2);
      if (i < 0 || a3.size() != 3) continue;
      std::copy(a3.begin(), a3.end(), alpha3[i].begin());
      std::string_view name = c["name"].get_string();
      std::string_view official, common;
      if (c["official_name"].get(official)) official = {};
      if (c["common_name"].get(common)) common = {};
      Place p;
      p.name = std::string(common.empty() ? name : common);
      p.country = std::string(a3);
      p.kind = Place::Kind::kCountry;
      uint32_t idx = static_cast<uint32_t>(places.size());
      places.push_back(std::move(p));
      seat.push_back(kSeatNone);
      countries.emplace(std::string(a3), idx);
      for (std::string_view n : {name, official, common}) {
        if (n.empty()) continue;
        AddName(n, idx, kTierCountry, buf);
        // "Holy See (Vatican City State)" -> "Holy See"
        if (size_t paren = n.find(" ("); paren != std::string_view::npos)
          AddName(n.substr(0, paren), idx, kTierCountry, buf);
        // "Korea, Republic of" -> "Republic of Korea"; "Virgin Islands, British" -> "British
        // Virgin Islands"
        if (size_t comma = n.find(", "); comma != std::string_view::npos) {
          std::string_view head = n.substr(0, comma), tail = n.substr(comma + 2);
          if (tail.ends_with(" of") || tail.ends_with(" of the") ||
              tail.find(' ') == std::string_view::npos)
            AddName(std::string(tail) + " " + std::string(head), idx, kTierCountry, buf);
        }
      }
    }
  } catch (const simdjson::simdjson_error& e) {
    warn("gazetteer: cannot read " + path1 + ": " + e.what() + "; no countries");
    return;
  }
  have_iso = true;
  // Kosovo has no ISO 3166-1 code; GeoNames gives it the user-assigned XK, and XKX is the
  // alpha-3 in common use for it (EU, World Bank).
  if (Alpha3("XK").empty()) {
    int i = Alpha2Index("XK");
    std::copy_n("XKX", 3, alpha3[i].begin());
    Place p;
    p.name = "Kosovo";
    p.country = "XKX";
    p.kind = Place::Kind::kCountry;
    uint32_t idx = static_cast<uint32_t>(places.size());
    places.push_back(std::move(p));
    seat.push_back(kSeatNone);
    countries.emplace("XKX", idx);
    AddName("Kosovo", idx, kTierCountry, buf);
    AddName("Republic of Kosovo", idx, kTierCountry, buf);
  }

  std::string path2 = dir + "/iso_3166-2.json";
  try {
    simdjson::dom::element doc = parser.load(path2);
    for (simdjson::dom::object r : doc["3166-2"].get_array()) {
      std::string_view code = r["code"].get_string();
      std::string_view name = r["name"].get_string();
      size_t dash = code.find('-');
      if (dash != 2) continue;
      Place p;
      // "Wales [Cymru GB-CYM]" is "Wales"
      p.name = std::string(Trim(name.substr(0, name.find(" ["))));
      p.country = std::string(Alpha3(code.substr(0, 2)));
      p.kind = Place::Kind::kRegion;
      uint32_t idx = static_cast<uint32_t>(places.size());
      places.push_back(std::move(p));
      // For regions, `seat` says whether the region is a major one (state, province) or not.
      std::string_view type;
      if (r["type"].get(type)) type = {};
      seat.push_back(IsMinorRegionType(type) ? 0 : 1);
      regions.emplace(std::string(code), idx);

      // The forms to index: as given; each side of " / "; less a parenthesis or bracket;
      // the part before a comma ("Madrid, Comunidad de"); each less a trailing " oblast",
      // " region", " province", " governorate" or " state".
      std::vector<std::string> forms;
      auto add_form = [&](std::string_view f) {
        f = Trim(f);
        if (!f.empty()) forms.emplace_back(f);
      };
      std::vector<std::string_view> sides;
      for (size_t start = 0;;) {
        size_t slash = name.find(" / ", start);
        sides.push_back(name.substr(start, slash - start));
        if (slash == std::string_view::npos) break;
        start = slash + 3;
      }
      for (std::string_view s : sides) {
        add_form(s);
        // "Catalunya [Cataluña]": the bracket holds another name (and perhaps another code).
        if (size_t b = s.find('['), e = s.find(']'); b != std::string_view::npos && e > b) {
          std::string_view inner = s.substr(b + 1, e - b - 1);
          if (size_t sp = inner.rfind(' '); sp != std::string_view::npos &&
                                             inner.substr(sp + 1).find('-') == 2)
            inner = inner.substr(0, sp);
          add_form(inner);
        }
        if (size_t b = s.find_first_of("(["); b != std::string_view::npos) s = Trim(s.substr(0, b));
        add_form(s);
        if (size_t comma = s.find(", "); comma != std::string_view::npos) add_form(s.substr(0, comma));
      }
      std::vector<std::string> keys_seen;
      for (const std::string& f : forms) {
        buf.clear();
        Folder().Fold(f, buf);
        std::string key = buf;
        for (std::string_view suffix : {" oblast", " region", " province", " governorate",
                                        " state", " autonomous region", " oblys", " krai",
                                        " kraj", " prefecture"}) {
          if (key.ends_with(suffix) && key.size() > suffix.size() + 2) {
            std::string stem = key.substr(0, key.size() - suffix.size());
            if (!IsGenericRegionName(stem) &&
                std::find(keys_seen.begin(), keys_seen.end(), stem) == keys_seen.end())
              keys_seen.push_back(stem);
            break;
          }
        }
        if (!IsGenericRegionName(key) &&
            std::find(keys_seen.begin(), keys_seen.end(), key) == keys_seen.end())
          keys_seen.push_back(key);
      }
      for (const std::string& k : keys_seen) {
        AddKey(k, idx, kTierRegion);
        entries.back().common_word = IsCommonWordRegionName(k);
      }
    }
  } catch (const simdjson::simdjson_error& e) {
    warn("gazetteer: cannot read " + path2 + ": " + e.what() + "; no subdivisions");
  }
}

namespace {

// The whole of a file, mapped read-only; unmapped when done.
class MappedFile {
 public:
  explicit MappedFile(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
      ok_ = true;
      if (st.st_size > 0) {
        void* p = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ,
                         MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (p != MAP_FAILED) {
          data_ = static_cast<const char*>(p);
          size_ = static_cast<size_t>(st.st_size);
          ::madvise(p, size_, MADV_SEQUENTIAL);
          ::madvise(p, size_, MADV_WILLNEED);
        } else {
          ok_ = false;
        }
      }
    }
    ::close(fd);
  }
  ~MappedFile() {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  bool ok() const { return ok_; }
  std::string_view view() const { return {data_, size_}; }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
  bool ok_ = false;
};

}  // namespace

void Gazetteer::Impl::LoadGeonames(const std::string& path, std::vector<std::string>* warnings) {
  MappedFile file(path);
  if (!file.ok()) {
    if (warnings)
      warnings->push_back("gazetteer: cannot read " + path +
                          "; no GeoNames places (run scripts/setup.sh)");
    return;
  }
  have_geonames = true;
  std::string_view text = file.view();
  // cities500 has about 200,000 rows and some 2.5 keys a row.
  size_t rows = static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  places.reserve(places.size() + rows);
  seat.reserve(places.capacity());
  entries.reserve(entries.size() + rows * 5 / 2);
  keys.reserve(keys.size() + text.size() / 5);

  std::string buf, key_name;
  std::array<std::string_view, 15> f;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    size_t n = 0, start = 0;
    while (n < f.size()) {
      size_t tab = line.find('\t', start);
      f[n++] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (n < f.size() || f[1].empty()) continue;

    Place p;
    std::from_chars(f[0].data(), f[0].data() + f[0].size(), p.geonameid);
    p.lat = ParseCoordinate(f[4]);
    p.lon = ParseCoordinate(f[5]);
    std::from_chars(f[14].data(), f[14].data() + f[14].size(), p.population);
    p.name = std::string(f[1]);
    std::string_view cc = f[8];
    p.country = std::string(Alpha3(cc));
    uint8_t rank = SeatRank(f[7]);
    p.kind = rank == kSeatCapital ? Place::Kind::kCapital : Place::Kind::kCity;
    uint32_t idx = static_cast<uint32_t>(places.size());
    places.push_back(std::move(p));
    seat.push_back(rank);

    buf.clear();
    Folder().Fold(f[1], buf);
    AddKey(buf, idx, kTierCity);
    key_name = buf;
    if (f[2] != f[1]) {
      buf.clear();
      Folder().Fold(f[2], buf);
      if (buf != key_name) AddKey(buf, idx, kTierCity);
    }
    if (!f[3].empty() && (places[idx].population >= 20000 || rank >= kSeatA2)) {
      std::string_view alts = f[3];
      for (size_t s = 0; s <= alts.size();) {
        size_t comma = alts.find(',', s);
        if (comma == std::string_view::npos) comma = alts.size();
        std::string_view alt = alts.substr(s, comma - s);
        s = comma + 1;
        if (alt.empty() || !FoldTable::IsLatin(alt)) continue;
        // Airport and other codes ("IEV", "KBP", "NYC") and anything with digits would match
        // acronyms and words in capitals, not places.
        // Names all in lower case ("kiva", "ji fu") are machine transliterations from other
        // scripts, and would match words.
        bool upper = alt.size() <= 4, digit = false, capital = static_cast<unsigned char>(alt[0]) >= 0x80;
        for (char c : alt) {
          if (c >= '0' && c <= '9') digit = true;
          if (c >= 'A' && c <= 'Z') capital = true;
          else upper = false;
        }
        if (digit || upper || !capital || alt.find("http") != std::string_view::npos) continue;
        buf.clear();
        Folder().Fold(alt, buf);
        if (!IsGenericRegionName(buf)) AddKey(buf, idx, kTierCityAlt);
      }
    }
  }
}

void Gazetteer::Impl::LoadAliases(const std::string& path, std::vector<std::string>* warnings) {
  std::ifstream in(path);
  if (!in) {
    if (warnings) warnings->push_back("gazetteer: cannot read " + path + "; no place aliases");
    return;
  }
  const std::string file = BaseName(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(std::move(line));
  auto strip = [](std::string_view l) {
    if (size_t hash = l.find('#'); hash != std::string_view::npos) l = l.substr(0, hash);
    return Trim(l);
  };
  auto is_digits = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  // GeoNames ids the file names, found in one pass over the places.
  std::unordered_map<int64_t, uint32_t> ids;
  for (const std::string& line : lines) {
    std::string_view l = strip(line);
    size_t bar = l.find('|');
    if (bar == std::string_view::npos) continue;
    std::string_view target = Trim(l.substr(bar + 1));
    int64_t id = 0;
    if (!target.empty() && is_digits(target) &&
        std::from_chars(target.data(), target.data() + target.size(), id).ec == std::errc())
      ids.emplace(id, UINT32_MAX);
  }
  if (!ids.empty()) {
    for (uint32_t i = 0; i < places.size(); ++i) {
      if (places[i].geonameid == 0) continue;
      if (auto it = ids.find(places[i].geonameid); it != ids.end()) it->second = i;
    }
  }

  std::unordered_map<std::string, uint32_t> seen;  // folded alias -> place
  std::vector<std::pair<std::string, uint32_t>> pending;
  std::string buf;
  for (int line_no = 1; line_no <= static_cast<int>(lines.size()); ++line_no) {
    auto fail = [&](const std::string& why) {
      throw std::runtime_error(file + ":" + std::to_string(line_no) + ": " + why);
    };
    std::string_view l = strip(lines[line_no - 1]);
    if (l.empty()) continue;
    size_t bar = l.find('|');
    if (bar == std::string_view::npos || l.find('|', bar + 1) != std::string_view::npos)
      fail("expected 'name | place'");
    std::string_view names = Trim(l.substr(0, bar)), target = Trim(l.substr(bar + 1));
    if (names.empty() || target.empty()) fail("expected 'name | place'");

    // The target: an ISO 3166-2 code ("UA-43"), an alpha-3 country ("UKR"), a GeoNames id
    // ("703448") or a name the gazetteer knows by itself ("Kharkiv").
    auto is_upper_alnum = [](std::string_view s) {
      return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      });
    };
    bool is_code = target.size() >= 4 && target.size() <= 6 && target[2] == '-' &&
                   is_upper_alnum(target.substr(0, 2)) && is_upper_alnum(target.substr(3));
    bool is_alpha3 = target.size() == 3 && std::all_of(target.begin(), target.end(),
                                                       [](char c) { return c >= 'A' && c <= 'Z'; });
    bool is_id = is_digits(target);
    std::optional<uint32_t> place;
    bool unverifiable = false;  // the source the target needs is missing (already warned)
    if (is_code) {
      if (auto it = regions.find(std::string(target)); it != regions.end()) place = it->second;
      unverifiable = !have_iso;
    } else if (is_alpha3) {
      if (auto it = countries.find(std::string(target)); it != countries.end()) place = it->second;
      unverifiable = !have_iso;
    } else if (is_id) {
      int64_t id = 0;
      std::from_chars(target.data(), target.data() + target.size(), id);
      if (auto it = ids.find(id); it != ids.end() && it->second != UINT32_MAX) place = it->second;
      unverifiable = !have_geonames;
    } else {
      buf.clear();
      Folder().Fold(target, buf);
      if (const Place* p = FindFolded(buf, 0, /*aliases=*/false))
        place = static_cast<uint32_t>(p - places.data());
      unverifiable = !have_geonames;
    }
    if (!place) {
      if (unverifiable) continue;
      fail("unknown place '" + std::string(target) + "'");
    }

    for (size_t s = 0; s <= names.size();) {
      size_t semi = names.find(';', s);
      if (semi == std::string_view::npos) semi = names.size();
      std::string_view name = Trim(names.substr(s, semi - s));
      s = semi + 1;
      if (name.empty()) fail("empty name");
      buf.clear();
      Folder().Fold(name, buf);
      if (buf.empty()) fail("empty name");
      // "the Gaza Strip" is also "Gaza Strip"
      for (std::string key : {buf, buf.starts_with("the ") ? buf.substr(4) : std::string()}) {
        if (key.empty()) continue;
        auto [it, fresh] = seen.emplace(key, *place);
        if (!fresh && it->second != *place)
          fail("'" + std::string(name) + "' already names another place");
        if (fresh) pending.emplace_back(std::move(key), *place);
      }
    }
  }
  entries.reserve(entries.size() + pending.size());
  last_place_ = UINT32_MAX;
  for (auto& [key, place] : pending) AddKey(key, place, kTierAlias);
}

void Gazetteer::Impl::Finish(size_t sorted) {
  auto less = [](const Entry& a, const Entry& b) {
    if (a.hash != b.hash) return a.hash < b.hash;
    if (a.tier != b.tier) return a.tier < b.tier;
    return a.place < b.place;
  };
  std::sort(entries.begin() + static_cast<ptrdiff_t>(sorted), entries.end(), less);
  std::inplace_merge(entries.begin(), entries.begin() + static_cast<ptrdiff_t>(sorted),
                     entries.end(), less);
  entries.shrink_to_fit();
  places.shrink_to_fit();
  seat.shrink_to_fit();
}

// ---------------------------------------------------------------------------------------------

Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}
Gazetteer::~Gazetteer() = default;

std::unique_ptr<Gazetteer> Gazetteer::Load(const GazetteerPaths& paths,
                                           std::vector<std::string>* warnings) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  Impl& impl = *g->impl_;
  if (!paths.iso_codes.empty()) {
    impl.LoadIso(paths.iso_codes, warnings);
  }
  if (!paths.geonames.empty()) impl.LoadGeonames(paths.geonames, warnings);
  // Aliases resolve their targets through the index as it stands (without aliases).
  impl.Finish(0);
  if (!paths.aliases.empty()) {
    size_t sorted = impl.entries.size();
    impl.LoadAliases(paths.aliases, warnings);
    impl.Finish(sorted);
  }
  impl.NoteFirstWord("the");  // a leading "the" may be left out of a key (FindFolded)
  return g;
}

bool Gazetteer::MayBeginName(size_t word_hash) const { return impl_->MayBeginName(word_hash); }

const Place* Gazetteer::Find(std::string_view name, int64_t min_population) const {
  std::string key;
  Folder().Fold(name, key);
  if (key.empty()) return nullptr;
  return impl_->FindFolded(key, min_population, /*aliases=*/true);
}

std::string_view Gazetteer::Alpha3(std::string_view alpha2) const { return impl_->Alpha3(alpha2); }

size_t Gazetteer::size() const { return impl_->places.size(); }

}  // namespace attache
