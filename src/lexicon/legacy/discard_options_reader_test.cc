#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "lexicon/legacy/legacy_dictionary.h"
#include "lexicon/legacy/legacy_lines.h"
#include "lexicon/legacy/legacy_test_util.h"

namespace attache::legacy {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Pair;
using testing::Render;

TEST(LegacyDiscards, SentenceAndStoryDiscards) {
  testing::TempDir dir;
  const std::string path = dir.Write("Phoenix.discards.txt",
                                     "# Story-level discards are indicated with a '+'.\n"
                                     "1914\n"
                                     "AVIAN INFLUENZA   # CTA 27 Jul 2009\t and MleH\n"
                                     "+World Golf Championships   # pas 26-Feb-2014\n"
                                     "ACCIDENT KILLED\t\n"
                                     "+ESPN2\n");
  Dictionaries d;
  ReadDiscards(path, DictFormat::kPetrarch, d);
  EXPECT_THAT(d.warnings, IsEmpty());
  ASSERT_EQ(d.discards.size(), 5u);
  EXPECT_EQ(Render(d.discards[0].phrase), "1914");
  EXPECT_FALSE(d.discards[0].story);
  EXPECT_EQ(Render(d.discards[1].phrase), "AVIAN INFLUENZA");
  EXPECT_EQ(Render(d.discards[2].phrase), "WORLD GOLF CHAMPIONSHIPS");
  EXPECT_TRUE(d.discards[2].story);
  EXPECT_EQ(Render(d.discards[3].phrase), "ACCIDENT KILLED");
  EXPECT_TRUE(d.discards[4].story);
  EXPECT_EQ(d.discards[4].rule, path + ":6");
}

TEST(LegacyDiscards, ADataTableIsReportedOnce) {
  testing::TempDir dir;
  std::string table;
  for (int i = 0; i < 300; ++i) table += "\t2\t1995\t#VALUE!\t99\tAGO\tLunda Sul province\t\t9\n\n";
  const std::string path = dir.Write("discards.txt", table);
  Dictionaries d;
  ReadDiscards(path, DictFormat::kTabari, d);
  EXPECT_THAT(d.discards, IsEmpty());
  EXPECT_THAT(d.warnings, ElementsAre(path + ":1: tab-separated data, not a discard list: nothing read: "
                                             "300 of 300 lines have 3 or more tabs"));
}

TEST(LegacyDiscards, StrayFieldLinesAreCapped) {
  testing::TempDir dir;
  std::string text;
  for (int i = 0; i < 40; ++i) text += "GOOD PHRASE\n";
  for (int i = 0; i < 30; ++i) text += "Associated Press\tLocal\n";
  const std::string path = dir.Write("discards.txt", text);
  Dictionaries d;
  ReadDiscards(path, DictFormat::kPetrarch, d);
  EXPECT_EQ(d.discards.size(), 40u);
  ASSERT_EQ(d.warnings.size(), static_cast<size_t>(internal::FileWarnings::kMaxPerKind) + 1);
  EXPECT_EQ(d.warnings.front(), path + ":41: tab-separated fields, not a discard phrase: skipped");
  EXPECT_EQ(d.warnings.back(),
            path + ": 10 more warnings of this kind not shown: tab-separated fields, not a discard phrase: skipped");
}

TEST(LegacyOptions, KeyValuePairsInOrder) {
  testing::TempDir dir;
  const std::string path = dir.Write("Validate.options",
                                     "// OPTIONS FILE FOR TABARI VALIDATION SUITE\n"
                                     "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN\n"
                                     "SET: SKIP RECORDS = FALSE\n"
                                     "//SET: DUP WARNING = FALSE\n"
                                     "FORWARD: ^********^*** OFF\n"
                                     "LABEL: 01=YIELD  // a note\n"
                                     "label: 044= Meet at a \xD2third\xD3 location\n"
                                     "NO COLON HERE\n"
                                     "~~~~~\n"
                                     "LABEL: 203= after the end\n");
  Dictionaries d;
  ReadOptions(path, d);
  EXPECT_THAT(d.options, ElementsAre(Pair("COMPLEX", "VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN"),
                                     Pair("SET", "SKIP RECORDS = FALSE"), Pair("FORWARD", "^********^*** OFF"),
                                     Pair("LABEL", "01=YIELD"), Pair("LABEL", "044= Meet at a third location")));
  EXPECT_THAT(d.warnings, ElementsAre(path + ":7: bytes that are not UTF-8 dropped: 2 byte(s)",
                                      path + ":8: option without 'KEY:': skipped: NO COLON HERE"));
}

}  // namespace
}  // namespace attache::legacy
