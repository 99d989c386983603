#include "places/gazetteer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

#include <unistd.h>

namespace attache {
namespace {

namespace fs = std::filesystem;

const std::string kGeonames = ATTACHE_GEONAMES;
const std::string kIsoCodes = ATTACHE_ISO_CODES;
const std::string kAliases = std::string(ATTACHE_LEXICON_DIR) + "/places.txt";

// A scratch directory, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("attache-gazetteer-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& text) const {
    std::string p = (path_ / name).string();
    std::ofstream(p) << text;
    return p;
  }
  std::string path() const { return path_.string(); }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

// The full gazetteer, loaded once for the suite.
class GazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!fs::exists(kGeonames)) return;
    auto start = std::chrono::steady_clock::now();
    gazetteer_ = Gazetteer::Load({kGeonames, kIsoCodes, kAliases}, &warnings_).release();
    load_seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("[          ] gazetteer: %zu places loaded in %.3f s\n", gazetteer_->size(),
                load_seconds_);
  }
  static void TearDownTestSuite() {
    delete gazetteer_;
    gazetteer_ = nullptr;
  }
  void SetUp() override {
    if (!gazetteer_) GTEST_SKIP() << "no GeoNames file at " << kGeonames << " (run scripts/setup.sh)";
  }

  static const Place& Get(std::string_view name, int64_t min_population = 0) {
    const Place* p = gazetteer_->Find(name, min_population);
    if (!p) throw std::runtime_error("not found: " + std::string(name));
    return *p;
  }

  static inline Gazetteer* gazetteer_ = nullptr;
  static inline std::vector<std::string> warnings_;
  static inline double load_seconds_ = 0;
};

TEST_F(GazetteerTest, LoadsCleanlyAndQuickly) {
  EXPECT_TRUE(warnings_.empty()) << warnings_.front();
  EXPECT_GT(gazetteer_->size(), 190'000u);
  EXPECT_LT(load_seconds_, 3.0);  // about 0.2 s in a release build; generous for debug builds
}

TEST_F(GazetteerTest, RussianSpellingsGiveUkrainianCities) {
  const Place& kharkov = Get("Kharkov");
  EXPECT_EQ(kharkov.name, "Kharkiv");
  EXPECT_EQ(kharkov.country, "UKR");
  EXPECT_EQ(kharkov.geonameid, 706483);
  EXPECT_EQ(kharkov.kind, Place::Kind::kCity);
  EXPECT_NEAR(kharkov.lat, 49.98, 0.01);

  EXPECT_EQ(Get("Zaporozhye").country, "UKR");
  EXPECT_EQ(Get("Zaporozhye").geonameid, 687700);
  EXPECT_EQ(Get("Kiev").geonameid, 703448);
  EXPECT_EQ(Get("Kiev").kind, Place::Kind::kCapital);
  EXPECT_EQ(Get("Odessa").country, "UKR");
  EXPECT_EQ(Get("Nikolaev").geonameid, 700569);
  EXPECT_EQ(Get("Artemivsk").name, "Bakhmut");
}

TEST_F(GazetteerTest, CapitalsBeatNamesakes) {
  const Place& riyadh = Get("Riyadh");
  EXPECT_EQ(riyadh.country, "SAU");
  EXPECT_EQ(riyadh.geonameid, 108410);
  EXPECT_EQ(riyadh.kind, Place::Kind::kCapital);
  // A region of the same name (PK-IS) and an old name of Chattogram lose to the capital.
  EXPECT_EQ(Get("Islamabad").country, "PAK");
  EXPECT_EQ(Get("Islamabad").kind, Place::Kind::kCapital);
  EXPECT_EQ(Get("Berlin").country, "DEU");
  EXPECT_EQ(Get("Berlin").kind, Place::Kind::kCapital);
  EXPECT_EQ(Get("Tripoli").country, "LBY");
  EXPECT_EQ(Get("La Paz").country, "BOL");
  EXPECT_EQ(Get("Washington").country, "USA");
}

TEST_F(GazetteerTest, LargerAndSeatsBeatSmaller) {
  // The Ukrainian city (PPLA, 900,000) over the Russian town (50,000).
  EXPECT_EQ(Get("Donetsk").country, "UKR");
  EXPECT_EQ(Get("Donetsk").geonameid, 709717);
  EXPECT_EQ(Get("Donetsk region").geonameid, 709717);
  EXPECT_EQ(Get("Kursk").country, "RUS");
  EXPECT_EQ(Get("Kursk region").name, "Kursk");
}

TEST_F(GazetteerTest, RegionsAndTerritories) {
  const Place& crimea = Get("Crimea");
  EXPECT_EQ(crimea.country, "UKR");
  EXPECT_EQ(crimea.kind, Place::Kind::kRegion);
  EXPECT_EQ(Get("Chernobyl").country, "UKR");
  EXPECT_EQ(Get("Donbass").country, "UKR");
  EXPECT_EQ(Get("the Gaza Strip").country, "PSE");
  EXPECT_EQ(Get("Gaza Strip").country, "PSE");
  EXPECT_EQ(Get("West Bank").country, "PSE");
  EXPECT_EQ(Get("Golan Heights").country, "SYR");
  EXPECT_EQ(Get("Nagorno-Karabakh").country, "AZE");
  // ISO 3166-2 names, as given and without "oblast".
  EXPECT_EQ(Get("Donetska oblast").kind, Place::Kind::kRegion);
  EXPECT_EQ(Get("Donets'ka Oblast'").country, "UKR");
  EXPECT_EQ(Get("Kurskaja").country, "RUS");
  EXPECT_EQ(Get("Victoria").country, "AUS");  // the state, not a city of that name
}

TEST_F(GazetteerTest, Countries) {
  const Place& germany = Get("Germany");
  EXPECT_EQ(germany.country, "DEU");
  EXPECT_EQ(germany.kind, Place::Kind::kCountry);
  EXPECT_EQ(germany.geonameid, 0);
  EXPECT_EQ(Get("Federal Republic of Germany").country, "DEU");
  EXPECT_EQ(Get("Russian Federation").country, "RUS");
  EXPECT_EQ(Get("Russia").country, "RUS");
  EXPECT_EQ(Get("Iran").country, "IRN");
  EXPECT_EQ(Get("Republic of Korea").country, "KOR");
  EXPECT_EQ(Get("North Korea").country, "PRK");
  EXPECT_EQ(Get("Georgia").country, "GEO");  // the country before the US state
  EXPECT_EQ(Get("Taiwan").country, "TWN");
}

TEST_F(GazetteerTest, FoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(Get("KHARKOV").geonameid, 706483);
  EXPECT_EQ(Get("kharkiv").geonameid, 706483);
  EXPECT_EQ(Get("Köln").name, Get("Koln").name);
  EXPECT_EQ(Get("Cologne").country, "DEU");
  EXPECT_EQ(Get("São Paulo").geonameid, Get("Sao Paulo").geonameid);
  EXPECT_EQ(Get("Donets’k").geonameid, 709717);
  EXPECT_EQ(Get("  Ho   Chi Minh City ").country, "VNM");
  EXPECT_EQ(Get("St. Petersburg").country, "RUS");
  EXPECT_EQ(Get("Łódź").country, "POL");
  EXPECT_EQ(Get("Lodz").country, "POL");
  EXPECT_EQ(gazetteer_->Find(""), nullptr);
  EXPECT_EQ(gazetteer_->Find("Xqzwvplace"), nullptr);
}

TEST_F(GazetteerTest, MinPopulationDropsSmallPlaces) {
  // Soldeu, Andorra: 602 people.
  ASSERT_NE(gazetteer_->Find("Soldeu"), nullptr);
  EXPECT_EQ(gazetteer_->Find("Soldeu")->country, "AND");
  EXPECT_EQ(gazetteer_->Find("Soldeu", 10'000), nullptr);
  // Countries, regions and aliases are not dropped.
  EXPECT_NE(gazetteer_->Find("Germany", 10'000'000), nullptr);
  EXPECT_NE(gazetteer_->Find("Crimea", 10'000'000), nullptr);
  EXPECT_EQ(Get("Donetsk", 100'000).geonameid, 709717);
  // A region named by a common word is not found for a bare capitalised word.
  EXPECT_EQ(Get("Unity").country, "SSD");
  EXPECT_EQ(gazetteer_->Find("Unity", 100'000), nullptr);
  EXPECT_EQ(Get("Unity", 1000).country, "SSD");
}

TEST_F(GazetteerTest, Alpha3) {
  EXPECT_EQ(gazetteer_->Alpha3("UA"), "UKR");
  EXPECT_EQ(gazetteer_->Alpha3("de"), "DEU");
  EXPECT_EQ(gazetteer_->Alpha3("ZZ"), "");
  EXPECT_EQ(gazetteer_->Alpha3("UKR"), "");
  EXPECT_EQ(gazetteer_->Alpha3(""), "");
}

TEST_F(GazetteerTest, ReadsFromSeveralThreads) {
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        const Place* p = gazetteer_->Find(i % 2 ? "Kharkov" : "Riyadh");
        ok[t] += p && p->geonameid == (i % 2 ? 706483 : 108410);
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int n : ok) EXPECT_EQ(n, 2000);
}

// --- Without the full GeoNames file -----------------------------------------------------------

TEST(GazetteerLoadTest, MissingGeonamesWarnsAndKeepsCountries) {
  std::vector<std::string> warnings;
  auto g = Gazetteer::Load({"/nonexistent/cities500.txt", kIsoCodes, kAliases}, &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("/nonexistent/cities500.txt"), std::string::npos);
  const Place* germany = g->Find("Germany");
  ASSERT_NE(germany, nullptr);
  EXPECT_EQ(germany->country, "DEU");
  EXPECT_EQ(germany->kind, Place::Kind::kCountry);
  EXPECT_EQ(g->Alpha3("UA"), "UKR");
  // Aliases to codes still work; aliases to cities are left out.
  ASSERT_NE(g->Find("Crimea"), nullptr);
  EXPECT_EQ(g->Find("Crimea")->country, "UKR");
  EXPECT_EQ(g->Find("Kharkov"), nullptr);
}

TEST(GazetteerLoadTest, MissingIsoCodesWarns) {
  TempDir dir;
  std::vector<std::string> warnings;
  auto g = Gazetteer::Load({"", dir.path() + "/nowhere", ""}, &warnings);
  ASSERT_FALSE(warnings.empty());
  EXPECT_NE(warnings[0].find("iso_3166-1.json"), std::string::npos);
  EXPECT_EQ(g->Find("Germany"), nullptr);
  EXPECT_EQ(g->Alpha3("DE"), "");
}

TEST(GazetteerLoadTest, SmallGeonamesFile) {
  TempDir dir;
  // Two Donetsks and a hamlet, in the GeoNames layout (19 tab-separated fields).
  auto row = [](std::string id, std::string name, std::string alts, std::string code,
                std::string cc, std::string pop) {
    return id + "\t" + name + "\t" + name + "\t" + alts + "\t48.0\t37.8\tP\t" + code + "\t" + cc +
           "\t\t05\t\t\t\t" + pop + "\t\t100\tEurope/Kyiv\t2024-01-01\n";
  };
  std::string geonames = dir.Write(
      "cities.txt", row("565348", "Donetsk", "", "PPL", "RU", "50850") +
                        row("709717", "Donetsk", "Donetsk,Donets'k,Stalino,Донецьк", "PPLA",
                            "UA", "901645") +
                        row("1", "Smallville", "", "PPL", "UA", "700"));
  std::vector<std::string> warnings;
  auto g = Gazetteer::Load({geonames, kIsoCodes, ""}, &warnings);
  EXPECT_TRUE(warnings.empty());
  ASSERT_NE(g->Find("Donetsk"), nullptr);
  EXPECT_EQ(g->Find("Donetsk")->geonameid, 709717);
  EXPECT_EQ(g->Find("Stalino")->geonameid, 709717);
  EXPECT_EQ(g->Find("Донецьк"), nullptr);  // not Latin: not indexed
  EXPECT_EQ(g->Find("smallville")->country, "UKR");
  EXPECT_EQ(g->Find("Smallville", 1000), nullptr);
}

TEST(GazetteerLoadTest, MalformedAliasLineNamesFileAndLine) {
  TempDir dir;
  std::string aliases = dir.Write("places.txt", "# aliases\n\nKiev | UKR\nKharkov Kharkiv\n");
  try {
    Gazetteer::Load({"", kIsoCodes, aliases}, nullptr);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()).rfind("places.txt:4: ", 0), 0u) << e.what();
  }
}

TEST(GazetteerLoadTest, UnknownAliasTargetNamesFileAndLine) {
  TempDir dir;
  std::string aliases = dir.Write("places.txt", "Crimea | UA-43\nAtlantis | ZZ-99  # no such code\n");
  try {
    Gazetteer::Load({"", kIsoCodes, aliases}, nullptr);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "places.txt:2: unknown place 'ZZ-99'");
  }
}

TEST(GazetteerLoadTest, ConflictingAliasesAreRejected) {
  TempDir dir;
  std::string aliases = dir.Write("places.txt", "Gaza | PSE\nthe Gaza | ISR\n");
  EXPECT_THROW(Gazetteer::Load({"", kIsoCodes, aliases}, nullptr), std::runtime_error);
}

}  // namespace
}  // namespace attache
