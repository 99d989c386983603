// The legacy dictionaries end to end through the command line: `attache code --dict-format`
// and `attache validate`, with the faults a user meets (unknown format, missing files, a
// malformed line, a record that fails).
#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace {

using attache::testing::RunAttache;
using attache::testing::WriteScratch;

std::string Dir() { return "attache-legacy-cli"; }

// A small TABARI set: actors, verbs (with a faulty line) and options.
struct Dictionaries {
  std::string actors = WriteScratch(Dir(), "demo.actors", "ARNOR [ARN]\nGONDOR [GON]\nDAGOLATH [DAG]\n").string();
  std::string verbs = WriteScratch(Dir(), "demo.verbs", "RESTORE [064]\nPRAISE [051\nLEFT [032:033]\n").string();
  std::string options = WriteScratch(Dir(), "demo.options", "SET: MINIMUM WORDS = 1\n").string();
  std::string Flags() const {
    return "--dict-format tabari --actors " + actors + " --verbs " + verbs + " --options " + options;
  }
};

TEST(LegacyCli, CodesWithTabariDictionaries) {
  Dictionaries d;
  auto text = WriteScratch(Dir(), "story.txt", "Dagolath left for Gondor on Wednesday.\n");
  auto r = RunAttache("code --published 1995-01-03 " + d.Flags() + " " + text.string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"code\":\"032\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"code\":\"033\""), std::string::npos) << r.out;
  // The faulty verb line is named, and loading goes on.
  EXPECT_NE(r.err.find("demo.verbs:2"), std::string::npos) << r.err;
}

TEST(LegacyCli, UsageErrorsExitTwo) {
  Dictionaries d;
  auto text = WriteScratch(Dir(), "story.txt", "Arnor praised Gondor.\n");
  auto bad_format = RunAttache("code --dict-format kedss --actors " + d.actors + " --verbs " + d.verbs + " " + text.string());
  EXPECT_EQ(bad_format.status, 2);
  EXPECT_NE(bad_format.err.find("kedss"), std::string::npos) << bad_format.err;
  auto no_verbs = RunAttache("code --dict-format tabari --actors " + d.actors + " " + text.string());
  EXPECT_EQ(no_verbs.status, 2);
  EXPECT_NE(no_verbs.err.find("--verbs"), std::string::npos) << no_verbs.err;
  auto missing = RunAttache("code --dict-format tabari --actors /nonexistent/x.actors --verbs " + d.verbs + " " + text.string());
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("/nonexistent/x.actors"), std::string::npos) << missing.err;
}

TEST(LegacyCli, ValidateReportsRecordsAndTotal) {
  Dictionaries d;
  WriteScratch(Dir(), "demo.text",
               "950101  DEMO-01\n"
               "Arnor restored full diplomatic ties with Gondor on Monday after years.\n"
               "/* \\n{ ARN / GON / 064 } */\n"
               "\n"
               "950101  DEMO-02\n"
               "Arnor restored full diplomatic ties with Gondor on Monday after years.\n"
               "/* \\n{ ARN / DAG / 064 } */\n"
               "\n"
               "950101  DEMO-03\n"
               "Nothing at all happened anywhere in Middle Earth on this fine day.\n"
               "/* \\n{---} */\n");
  auto project = WriteScratch(Dir(), "demo.project",
                              "<actorsfile> demo.actors\n<verbsfile> demo.verbs\n<optionsfile> demo.options\n"
                              "<textfile> demo.text\n");
  auto r = RunAttache("validate " + project.string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("PASS DEMO-01"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("FAIL DEMO-02"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("expected ARN DAG 064  written ARN GON 064"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("PASS DEMO-03"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("total: 2/3"), std::string::npos) << r.out;
  // Below --min-pass the run fails, for CI scripts.
  EXPECT_EQ(RunAttache("validate --min-pass 0.9 " + project.string()).status, 1);
  EXPECT_EQ(RunAttache("validate /nonexistent/suite.project").status, 2);
}

}  // namespace
