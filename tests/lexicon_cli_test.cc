// `attache lexicon check|stats|explain|suggest` through the command line.
#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace {

using attache::testing::RunAttache;
using attache::testing::WriteScratch;

TEST(LexiconCli, CheckAndStats) {
  auto check = RunAttache("lexicon check");
  EXPECT_EQ(check.status, 0) << check.out << check.err;
  auto stats = RunAttache("lexicon stats --json");
  EXPECT_EQ(stats.status, 0) << stats.err;
  EXPECT_NE(stats.out.find("\"dated_roles\": "), std::string::npos) << stats.out;
  EXPECT_NE(stats.out.find("\"verb_patterns\": "), std::string::npos) << stats.out;
}

TEST(LexiconCli, Explain) {
  auto r = RunAttache("lexicon explain \"Russian forces\" --date 2024-05-01");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("RUSMIL"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("actors/countries.txt:"), std::string::npos) << r.out;
  EXPECT_EQ(RunAttache("lexicon explain \"zxqv\"").status, 1);
  EXPECT_EQ(RunAttache("lexicon explain \"Russia\" --date 2024-13-01").status, 2);
}

TEST(LexiconCli, SuggestFindsFrequentUnknownNames) {
  std::string corpus;
  for (int i = 0; i < 3; ++i)
    corpus += "Fighters of the Zorbian Liberation Front attacked a convoy near the border, officials said. "
              "Commander Telos Varamir denied it.\n\n";
  auto file = WriteScratch("attache-suggest", "corpus.txt", corpus);
  auto r = RunAttache("lexicon suggest --input text " + file.string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("3\torganisation\tZorbian Liberation Front\t", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("Telos Varamir"), std::string::npos) << r.out;
}

}  // namespace
