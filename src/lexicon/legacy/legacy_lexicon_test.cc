#include "lexicon/legacy/legacy_lexicon.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_support.h"

namespace attache {
namespace {

using ::testing::UnorderedElementsAre;

// A small TABARI dictionary set, written to a scratch directory.
class LegacyLexicon : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("attache-legacy-lexicon-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    auto write = [&](const char* name, const char* text) {
      std::ofstream(dir / name) << text;
      return (dir / name).string();
    };
    LegacySources src;
    src.format = legacy::DictFormat::kTabari;
    src.actors.push_back(write("test.actors",
                               "ARNOR [ARN]\n"
                               "GONDOR  [GON] ; a comment\n"
                               "DAGOLATH [DAG]\n"
                               "ARGENTIN [ARG]\n"
                               "AXNOR [AR1 <911226] [AR2]\n"
                               "BOROMIR [---]\n"
                               "ROHAN [ROH]\n"
                               "BASEBALL [###]\n"));
    src.agents = write("test.agents", "AMBASSADOR_ [~GOV]\n");
    // TABARI skips sentences under eight words by default; these tests use short ones.
    src.options = write("test.options", "SET: MINIMUM WORDS = 1\n");
    src.verbs = write("test.verbs",
                      "RESTORE [064]\n"
                      "LEFT [032:033]\n"
                      "PRAISE [051]\n"
                      "- QUIETLY * [052]\n"
                      "- * FOR_TRADE_POLICY [053]\n"
                      "ACCUSE [---]\n"
                      "- * + OF [112]\n"
                      "ATTACK [190]\n");
    std::vector<std::string> warnings;
    lexicon_ = LoadLegacyLexicon(src, LexiconPaths{}, &warnings).release();
    fs::remove_all(dir);
  }
  static void TearDownTestSuite() { delete lexicon_; }

  static std::vector<std::string> Dyads(const std::string& text, const std::string& date = "1995-01-01") {
    return testing::Dyads(testing::Code(*lexicon_, text, date));
  }

  static Lexicon* lexicon_;
};
Lexicon* LegacyLexicon::lexicon_ = nullptr;

TEST_F(LegacyLexicon, CodesWithTheDictionariesVerbsAndActors) {
  EXPECT_THAT(Dyads("Arnor restored diplomatic ties with Gondor."), UnorderedElementsAre("ARN>GON:064"));
  // A stem ("ARGENTIN") matches Argentina.
  EXPECT_THAT(Dyads("Argentina praised Gondor."), UnorderedElementsAre("ARG>GON:051"));
}

TEST_F(LegacyLexicon, BareCountriesStayCountries) {
  // The bundled lexicon codes a country making a statement as its government; TABARI does not.
  EXPECT_THAT(Dyads("Arnor praised Gondor."), UnorderedElementsAre("ARN>GON:051"));
}

TEST_F(LegacyLexicon, AgentsAddTheirSector) {
  EXPECT_THAT(Dyads("Arnor's ambassador praised Gondor."), UnorderedElementsAre("ARNGOV>GON:051"));
}

TEST_F(LegacyLexicon, PairedCodesAddTheReply) {
  EXPECT_THAT(Dyads("Dagolath left for Gondor on Wednesday."), UnorderedElementsAre("DAG>GON:032", "GON>DAG:033"));
}

TEST_F(LegacyLexicon, PatternsMayHaveWordsBeforeTheVerb) {
  EXPECT_THAT(Dyads("Arnor quietly praised Gondor."), UnorderedElementsAre("ARN>GON:052"));
  EXPECT_THAT(Dyads("Arnor praised Gondor for trade policy."), UnorderedElementsAre("ARN>GON:053"));
}

TEST_F(LegacyLexicon, NullCodesCodeNothing) {
  // "ACCUSE [---]" codes nothing alone; its pattern "* + OF" does.
  EXPECT_THAT(Dyads("Arnor accused Gondor."), ::testing::IsEmpty());
  EXPECT_THAT(Dyads("Arnor accused Gondor of aggression."), UnorderedElementsAre("ARN>GON:112"));
  // A null-coded actor is known, and no actor.
  EXPECT_THAT(Dyads("Boromir praised Gondor."), ::testing::IsEmpty());
}

TEST_F(LegacyLexicon, DiscardCodesDiscardTheSentence) {
  EXPECT_THAT(Dyads("Arnor praised Gondor after the baseball final."), ::testing::IsEmpty());
}

TEST_F(LegacyLexicon, DatedCodesFollowTheEventDate) {
  EXPECT_THAT(Dyads("Axnor praised Gondor.", "1990-06-01"), UnorderedElementsAre("AR1>GON:051"));
  EXPECT_THAT(Dyads("Axnor praised Gondor.", "1995-06-01"), UnorderedElementsAre("AR2>GON:051"));
}

TEST_F(LegacyLexicon, OneEventPerClause) {
  // TABARI codes the first event of each clause that a conjunction opens.
  EXPECT_THAT(Dyads("Arnor praised Gondor and attacked Rohan."), UnorderedElementsAre("ARN>GON:051", "ARN>ROH:190"));
  EXPECT_THAT(Dyads("Arnor praised Gondor after attacking Rohan."), UnorderedElementsAre("ARN>GON:051"));
}

TEST_F(LegacyLexicon, CommaClausesAreDropped) {
  // "which attacked Rohan last year" stands between commas and is no part of the main event.
  EXPECT_THAT(Dyads("Dagolath, which attacked Rohan last year, praised Gondor."), UnorderedElementsAre("DAG>GON:051"));
}

TEST(LegacyLexiconOptions, ShortSentencesAreSkippedByDefault) {
  // Without an options file TABARI's minimum of eight words applies.
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("attache-legacy-minimum-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "a.actors") << "ARNOR [ARN]\nGONDOR [GON]\n";
  std::ofstream(dir / "a.verbs") << "PRAISE [051]\n";
  LegacySources src;
  src.actors.push_back((dir / "a.actors").string());
  src.verbs = (dir / "a.verbs").string();
  std::vector<std::string> warnings;
  auto lexicon = LoadLegacyLexicon(src, LexiconPaths{}, &warnings);
  fs::remove_all(dir);
  EXPECT_THAT(testing::Dyads(testing::Code(*lexicon, "Arnor praised Gondor.", "1995-01-01")), ::testing::IsEmpty());
  EXPECT_THAT(testing::Dyads(testing::Code(*lexicon, "Arnor praised Gondor on Monday for its help with the harvest.", "1995-01-01")),
              UnorderedElementsAre("ARN>GON:051"));
}

TEST_F(LegacyLexicon, CountriesAfterPrepositionsAreActors) {
  EXPECT_THAT(Dyads("Arnor attacked at Gondor."), UnorderedElementsAre("ARN>GON:190"));
}

}  // namespace
}  // namespace attache
