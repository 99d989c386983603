#include "inspect/lexicon_check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "inspect/explain.h"
#include "inspect/lexicon_stats.h"
#include "test_support.h"

namespace attache {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::HasSubstr;

// A copy of the bundled lexicon with one fault of each kind appended.
class LexiconCheck : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::ScratchDir("attache-lexicon-check") / "lexicon";
    fs::remove_all(dir_);
    fs::copy(ATTACHE_LEXICON_DIR, dir_, fs::copy_options::recursive);
  }
  void Append(const std::string& file, const std::string& line) {
    std::ofstream(dir_ / file, std::ios::app) << "\n" << line << "\n";
  }
  // The line number of the last line of `file`.
  int LastLine(const std::string& file) {
    std::ifstream in(dir_ / file);
    int n = 0;
    for (std::string l; std::getline(in, l);) ++n;
    return n;
  }
  std::vector<std::string> Check() {
    LexiconPaths paths;
    paths.dir = dir_.string();
    return CheckLexicon(paths);
  }
  fs::path dir_;
};

TEST_F(LexiconCheck, TheBundledLexiconIsClean) {
  EXPECT_THAT(Check(), ::testing::IsEmpty());
}

TEST_F(LexiconCheck, EveryFaultIsNamedByFileAndLine) {
  Append("actors/people.txt", "Zed Testperson | RUSGOV 2020..2022 president; UKRGOV 2021..2023 prime minister");
  const int overlap = LastLine("actors/people.txt");
  Append("actors/people.txt", "Ann Example | ZZZGOV 2020.. minister");
  const int unknown_country = LastLine("actors/people.txt");
  Append("actors/organisations.txt", "IGOXYZ | Ministry of Silly Walks; NATO");
  const int duplicate = LastLine("actors/organisations.txt");
  Append("agents.txt", "frobnicator | GOVERNMENT |");
  const int malformed = LastLine("agents.txt");
  Append("verbs/01-statement.txt", "999 | frobnicate +");
  const int unknown_code = LastLine("verbs/01-statement.txt");
  Append("actors/people.txt", "Reversed Dates | RUSGOV 2022..2020 president");
  const int reversed = LastLine("actors/people.txt");

  std::vector<std::string> faults = Check();
  auto at = [](const std::string& file, int line) { return HasSubstr(file + ":" + std::to_string(line) + ":"); };
  EXPECT_THAT(faults, Contains(at("actors/people.txt", overlap)));
  EXPECT_THAT(faults, Contains(at("actors/people.txt", unknown_country)));
  EXPECT_THAT(faults, Contains(at("actors/organisations.txt", duplicate)));
  EXPECT_THAT(faults, Contains(at("agents.txt", malformed)));
  EXPECT_THAT(faults, Contains(at("actors/people.txt", reversed)));
  EXPECT_THAT(faults, Contains(HasSubstr("code 999 is not in cameo/events.txt")));
  (void)unknown_code;
}

TEST(LexiconStats, CountsTheBundledLexicon) {
  LexiconStats s = CountLexicon(testing::BundledLexicon());
  EXPECT_GE(s.countries, 250u);
  EXPECT_EQ(s.cameo_roots_3digit, s.cameo_roots_3digit_covered);  // every 3-digit code has a pattern
  EXPECT_GT(s.dated_roles, s.people);
  std::ostringstream json;
  WriteStats(s, true, json);
  EXPECT_THAT(json.str(), HasSubstr("\"people\": " + std::to_string(s.people)));
}

TEST(LexiconExplain, NamesTheEntryAndTheCodeOnTheDate) {
  std::ostringstream before, after;
  EXPECT_TRUE(Explain(testing::BundledLexicon(), "Sergei Lavrov", Date::Day(2003, 1, 1), before));
  EXPECT_TRUE(Explain(testing::BundledLexicon(), "Sergei Lavrov", Date::Day(2010, 1, 1), after));
  EXPECT_THAT(before.str(), HasSubstr("actors/people.txt:"));
  EXPECT_THAT(after.str(), HasSubstr("RUSGOV"));
  std::ostringstream none;
  EXPECT_FALSE(Explain(testing::BundledLexicon(), "zxq", Date::Day(2020, 1, 1), none));
}

}  // namespace
}  // namespace attache
