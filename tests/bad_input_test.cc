// Bad input, end to end through the command line: every bad document is named on standard
// error with its reason, the good ones in the same run are still coded, nothing crashes, and
// the exit status is 1 (documents.md).
#include <gtest/gtest.h>

#include "test_support.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using attache::testing::CliRun;
using attache::testing::ScratchDir;
using attache::testing::Slurp;

CliRun Attache(const std::string& args) { return attache::testing::RunAttache("code --threads 2 " + args); }

fs::path Write(const std::string& name, const std::string& content) {
  return attache::testing::WriteScratch("attache-bad", name, content);
}

const char* kGood = "Russian Foreign Minister Sergei Lavrov praised Pakistan for its neutral stance.\n";

TEST(BadInput, GoodDocumentsAreCodedBesideBadOnes) {
  std::string big(10 * 1024 * 1024, 'a');
  for (size_t i = 0; i < big.size(); i += 8) big[i] = ' ';
  std::ostringstream jsonl;
  jsonl << "{\"id\":\"ok\",\"published\":\"2025-02-25\",\"text\":\"Lavrov praised Pakistan.\"}\n"
        << "{not json\n"
        << "{\"id\":\"bad-date\",\"published\":\"2025-02-30\",\"text\":\"Lavrov praised Pakistan.\"}\n"
        << "{\"id\":\"no-text\"}\n"
        << "{\"id\":\"long\",\"published\":\"2025-02-25\",\"text\":\"" << big << "\"}\n";
  std::vector<fs::path> files = {
      Write("good.txt", kGood),
      Write("empty.txt", ""),
      Write("binary.txt", std::string("\x00\x01\x02\xff\xfe\x00\x00garbage\x00", 16)),
      Write("broken-utf8.txt", std::string("Lavrov praised \xff\xfe Pakistan.\nLavrov praised China.\n")),
      Write("nobody.html", "<html><head><title>x</title></head></html>"),
      Write("news.jsonl", jsonl.str()),
  };
  std::string args = "--published 2025-02-25";
  for (const auto& f : files) {
    args += ' ';
    args += f.string();
  }
  CliRun r = Attache(args);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.out.find("\"doc\":\"good\""), std::string::npos) << r.out.substr(0, 500);
  EXPECT_NE(r.out.find("\"doc\":\"broken-utf8\""), std::string::npos);
  EXPECT_NE(r.out.find("\"doc\":\"ok\""), std::string::npos);
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("binary.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nobody.html"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("news.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("news.jsonl:4"), std::string::npos) << r.err;
}

TEST(BadInput, ImpossibleDateIsRejected) {
  fs::path f = Write("dated.jsonl", "{\"id\":\"x\",\"published\":\"2025-02-30\",\"text\":\"Lavrov praised Pakistan.\"}\n");
  CliRun r = Attache(f.string());
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("dated.jsonl:1"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2025-02-30"), std::string::npos) << r.err;
}

TEST(BadInput, UsageErrorsExitWithTwo) {
  EXPECT_EQ(Attache("--published 2025-13-01 x.txt").status, 2);
  EXPECT_EQ(Attache("--format xml x.txt").status, 2);
  CliRun r = Attache("--lexicon /nonexistent x.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("/nonexistent"), std::string::npos);
}

TEST(BadInput, MalformedLexiconNamesFileAndLine) {
  fs::path src(ATTACHE_SOURCE_DIR "/lexicon");
  fs::path copy = ScratchDir("attache-bad-lexicon");
  fs::remove_all(copy);
  fs::copy(src, copy, fs::copy_options::recursive);
  std::ofstream(copy / "agents.txt", std::ios::app) << "envoy | GOVERNMENT |\n";
  fs::path doc = Write("fine.txt", kGood);
  CliRun r = Attache("--lexicon " + copy.string() + " " + doc.string());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("agents.txt:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("sector"), std::string::npos) << r.err;
}

TEST(BadInput, RepeatedWarningsAreCounted) {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"Lavrov praised Pakistan.\"}\n";
  CliRun r = Attache(Write("undated.jsonl", text).string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("undated.jsonl:1: no publication date"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("15 more like \"no publication date"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"doc\":\"d19\""), std::string::npos);
}

TEST(BadInput, OutputIsTheSameWhateverTheThreadCount) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += std::string("{\"id\":\"d") + std::to_string(i) +
                                       "\",\"published\":\"2025-02-25\",\"text\":\"Lavrov praised Pakistan. Putin met Xi Jinping.\"}\n";
  fs::path f = Write("many.jsonl", text);
  fs::path dir = ScratchDir("attache-threads");
  std::string one = std::string(ATTACHE_BINARY) + " code --threads 1 " + f.string() + " > " + (dir / "1").string();
  std::string two = std::string(ATTACHE_BINARY) + " code --threads 2 " + f.string() + " > " + (dir / "2").string();
  ASSERT_EQ(std::system(one.c_str()), 0);
  ASSERT_EQ(std::system(two.c_str()), 0);
  EXPECT_EQ(Slurp(dir / "1"), Slurp(dir / "2"));
  EXPECT_FALSE(Slurp(dir / "1").empty());
}

}  // namespace
