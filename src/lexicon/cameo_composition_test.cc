#include "lexicon/cameo_composition.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "lexicon/line_reader.h"
#include "test_support.h"

namespace attache {
namespace {

TEST(CameoComposition, TheLongestPrefixOfTheInnerCodeWins) {
  const CameoComposition& c = testing::BundledLexicon().composition;
  ASSERT_TRUE(c.IsOuter("020"));
  EXPECT_EQ(c.Compose("020", "070")->code, "023");   // appeal for aid
  EXPECT_EQ(c.Compose("020", "0841")->code, "0253");  // appeal for a release (084)
  EXPECT_EQ(c.Compose("130", "192")->code, "1382");   // threat to occupy
  EXPECT_EQ(c.Compose("030", "010"), nullptr);        // no intent row for a statement
  EXPECT_FALSE(c.IsOuter("190"));
}

TEST(CameoComposition, ACodeOutsideTheCodebookIsAnErrorWithItsLine) {
  const CameoCodebook& codebook = testing::BundledLexicon().cameo;
  std::filesystem::path dir = testing::ScratchDir("attache-composition");
  std::filesystem::create_directories(dir / "cameo");
  std::ofstream(dir / "cameo" / "complements.txt") << "# a comment\n020 | 04 026; 07 999\n";
  CameoComposition c;
  try {
    c.Load(dir.string(), "cameo/complements.txt", codebook);
    FAIL() << "no error";
  } catch (const LexiconError& e) {
    EXPECT_NE(std::string(e.what()).find("complements.txt:2"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("999"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace attache
