#include "read/tabari_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "read/read_test_util.h"

namespace attache {
namespace {

using testing::WriteFile;

testing::Collected ReadTabari(const std::string& path, ReadOptions options = {}) {
  options.format = InputFormat::kTabari;
  return testing::Read(path, options);
}

TEST(TabariReaderTest, RecordsGiveIdDateOriginAndJoinedText) {
  const std::string path = WriteFile("demo.text",
                                     "950101 DEMO-01\n"
                                     "Arnor is about to restore full diplomatic ties with Gondor \n"
                                     "almost five years after crowds trashed its embassy.\n"
                                     "\n"
                                     "20150607 YYYY-01\n"
                                     "Fornost met Gondor.\n");  // the end of the file ends it
  auto c = ReadTabari(path);
  EXPECT_TRUE(c.rejects.empty());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "DEMO-01");
  EXPECT_EQ(c.docs[0].published, Date::Day(1995, 1, 1));
  EXPECT_EQ(c.docs[0].origin, path + ":1");
  EXPECT_EQ(c.docs[0].text,
            "Arnor is about to restore full diplomatic ties with Gondor "
            "almost five years after crowds trashed its embassy.");
  EXPECT_EQ(c.docs[1].id, "YYYY-01");
  EXPECT_EQ(c.docs[1].published, Date::Day(2015, 6, 7));
  EXPECT_EQ(c.docs[1].origin, path + ":5");
  EXPECT_EQ(c.docs[1].text, "Fornost met Gondor.");
  EXPECT_TRUE(c.warnings.empty());
}

TEST(TabariReaderTest, TwoDigitYearsPivotAtSeventy) {
  EXPECT_EQ(ParseTabariDate("000101"), Date::Day(2000, 1, 1));
  EXPECT_EQ(ParseTabariDate("691231"), Date::Day(2069, 12, 31));
  EXPECT_EQ(ParseTabariDate("700101"), Date::Day(1970, 1, 1));
  EXPECT_EQ(ParseTabariDate("991231"), Date::Day(1999, 12, 31));
  EXPECT_EQ(ParseTabariDate("19140724"), Date::Day(1914, 7, 24));
  EXPECT_EQ(ParseTabariDate("000229"), Date::Day(2000, 2, 29));
  EXPECT_EQ(ParseTabariDate("010229"), std::nullopt);
  EXPECT_EQ(ParseTabariDate("951301"), std::nullopt);
  EXPECT_EQ(ParseTabariDate("950100"), std::nullopt);
  EXPECT_EQ(ParseTabariDate("9501201"), std::nullopt);
  EXPECT_EQ(ParseTabariDate("186010029"), std::nullopt);
  EXPECT_EQ(ParseTabariDate("95-101"), std::nullopt);
  EXPECT_EQ(ParseTabariDate(""), std::nullopt);
}

TEST(TabariReaderTest, CommentsAreNoPartOfTheText) {
  const std::string path = WriteFile("comments.text",
                                     "950101*INTRO\n"
                                     "This is a modification of the SAMPLE texts/*\n"
                                     "\\n[p.a.s. 95.12.16]\n"
                                     "\n"  // a blank line inside a comment does not end the record
                                     "\\n{---}*/\n"
                                     "\n"
                                     "950113  DEMO-13\n"
                                     "Arnor on Thursday signed a /* a 800 million ducat */trade\n"
                                     "protocol, officials said./*\n"
                                     "\\n{ ARN / DAG / 085 } 950113 */   \n"
                                     "/* a comment before a header */\n"
                                     "\n"
                                     "/* and one between records\n"
                                     "\n"
                                     "950114 NOT-A-RECORD\n"
                                     "Commented out.\n"
                                     "*/\n"
                                     "950115 DEMO-15\n"
                                     "Eriador expressed hopes.\n");
  auto c = ReadTabari(path);
  EXPECT_TRUE(c.rejects.empty()) << c.rejects[0].where << " " << c.rejects[0].reason;
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[0].id, "*INTRO");  // TABARI's id is all that follows the date
  EXPECT_EQ(c.docs[0].text, "This is a modification of the SAMPLE texts");
  EXPECT_EQ(c.docs[1].id, "DEMO-13");
  EXPECT_EQ(c.docs[1].text, "Arnor on Thursday signed a trade protocol, officials said.");
  EXPECT_EQ(c.docs[2].id, "DEMO-15");
  EXPECT_EQ(c.docs[2].origin, path + ":18");
  EXPECT_EQ(c.docs[2].text, "Eriador expressed hopes.");
}

TEST(TabariReaderTest, MarkersAndOptionRecordsAreKeptAsWritten) {
  const std::string path = WriteFile("validate.text",
                                     "950101  TIME-Modify\n"
                                     "Changing .options file command.\n"
                                     "/*\\n{ OPTION: SET: TIME SHIFT = FALSE } */\n"
                                     "\n"
                                     "000102  FBIS-002-003  CEP20020711000013b\n"
                                     "2. -- ** \n"
                                     "{---} stays, being text\n");
  auto c = ReadTabari(path);
  EXPECT_TRUE(c.rejects.empty());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "TIME-Modify");
  EXPECT_EQ(c.docs[0].text, "Changing .options file command.");
  EXPECT_EQ(c.docs[1].id, "FBIS-002-003");  // the text after the id is not part of it
  EXPECT_EQ(c.docs[1].published, Date::Day(2000, 1, 2));
  EXPECT_EQ(c.docs[1].text, "2. -- ** {---} stays, being text");
}

TEST(TabariReaderTest, BannersAreSkippedAndHeaderlessTextIsRejectedByLine) {
  const std::string stray = "Text before any header\nand its second line\n";
  const std::string path = WriteFile("stray.text",
                                     "\n" + stray +
                                         "\n"
                                         "####################\n"
                                         "#   BASIC TESTS\n"
                                         "####################\n"
                                         "\n"
                                         "950101 DEMO-01\n"
                                         "Arnor met Gondor.\n"
                                         "\n"
                                         "Orphan paragraph after a record.\n");
  auto c = ReadTabari(path);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "DEMO-01");
  EXPECT_EQ(c.docs[0].origin, path + ":9");
  ASSERT_EQ(c.rejects.size(), 2u);
  EXPECT_EQ(c.rejects[0].where, path + ":2");
  EXPECT_EQ(c.rejects[0].reason, "text without a record header (expected \"YYMMDD ID\")");
  EXPECT_EQ(c.rejects[0].content, stray);
  EXPECT_EQ(c.rejects[1].where, path + ":12");
}

TEST(TabariReaderTest, ImpossibleDatesAreRejectedAndTheOthersRead) {
  const std::string bad = "950231 FEB-30\nGondor met Arnor.\n/* { GON / ARN / 040 } */\n";
  const std::string path = WriteFile("dates.text",
                                     "950101 OK-1\nFirst.\n\n" + bad +
                                         "\n"
                                         "9501201  ACTORSYN-01\nSeven digits.\n\n"
                                         "950102 OK-2\nLast.\n");
  auto c = ReadTabari(path);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "OK-1");
  EXPECT_EQ(c.docs[1].id, "OK-2");
  EXPECT_EQ(c.docs[1].text, "Last.");
  ASSERT_EQ(c.rejects.size(), 2u);
  EXPECT_EQ(c.rejects[0].where, path + ":4");
  EXPECT_EQ(c.rejects[0].reason,
            "record date \"950231\" is not a date (expected YYMMDD or YYYYMMDD)");
  EXPECT_EQ(c.rejects[0].content, bad);  // whole, comment and all, for --rejects
  EXPECT_EQ(c.rejects[1].where, path + ":8");
  EXPECT_EQ(c.rejects[1].reason,
            "record date \"9501201\" is not a date (expected YYMMDD or YYYYMMDD)");
}

TEST(TabariReaderTest, PublishedOptionOverridesTheRecordDate) {
  ReadOptions options;
  options.published = Date::Day(2025, 2, 25);
  auto c = ReadTabari(WriteFile("dated.text", "950101 A\nText.\n"), options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].published, Date::Day(2025, 2, 25));
}

TEST(TabariReaderTest, HeaderWithoutTextOrIdAndUnclosedComment) {
  const std::string path = WriteFile("edge.text",
                                     "950101 EMPTY\n/* only a comment */\n\n"
                                     "950102\nNo id: the line number stands in.\n\n"
                                     "950103 OPEN\nText, then /* a comment never closed\n\n"
                                     "950104 SWALLOWED\nLost in the comment.\n");
  auto c = ReadTabari(path);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "4");
  EXPECT_EQ(c.docs[1].id, "OPEN");
  EXPECT_EQ(c.docs[1].text, "Text, then");
  ASSERT_EQ(c.rejects.size(), 2u);
  EXPECT_EQ(c.rejects[0].where, path + ":1");
  EXPECT_EQ(c.rejects[0].reason, "record has no text");
  EXPECT_EQ(c.rejects[1].where, path + ":8");
  EXPECT_EQ(c.rejects[1].reason, "comment \"/*\" is never closed: the rest of the file was skipped");
}

TEST(TabariReaderTest, CrlfByteOrderMarkAndBlankLinesWithSpaces) {
  const std::string path = WriteFile("windows.text",
                                     "\xEF\xBB\xBF" "950101 W-1\r\nLine one.\r\nLine two.\r\n"
                                     "   \r\n\r\n950102 W-2\r\nOther.");
  auto c = ReadTabari(path);
  EXPECT_TRUE(c.rejects.empty());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "W-1");
  EXPECT_EQ(c.docs[0].text, "Line one. Line two.");
  EXPECT_EQ(c.docs[1].origin, path + ":6");
  EXPECT_EQ(c.docs[1].text, "Other.");
}

TEST(TabariReaderTest, InvalidUtf8IsRepairedAndControlCharactersRejected) {
  std::string junk;
  for (int i = 0; i < 30; ++i) junk += "\x1A";
  const std::string path = WriteFile("bytes.text", "950101 L1\nCaf\xE9 talks.\n\n"
                                                   "000423 DEBUG-21\nMedals" + junk + "4\n");
  auto c = ReadTabari(path);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Caf\xEF\xBF\xBD talks.");
  EXPECT_TRUE(c.Warned("invalid UTF-8 replaced by U+FFFD at byte 3 of the record's text"));
  ASSERT_EQ(c.rejects.size(), 1u);
  EXPECT_EQ(c.rejects[0].where, path + ":4");
  EXPECT_EQ(c.rejects[0].reason, "binary data, not text");
}

TEST(TabariReaderTest, FileWithoutRecordsIsWarned) {
  auto c = ReadTabari(WriteFile("none.text", "# only a banner\n/* and a comment */\n"));
  EXPECT_TRUE(c.docs.empty());
  EXPECT_TRUE(c.rejects.empty());
  EXPECT_TRUE(c.Warned("no TABARI records"));
}

TEST(TabariReaderTest, StreamsManyRecordsFromAnyIstream) {
  std::stringstream in;
  for (int i = 0; i < 5000; ++i) in << "250225 R" << i << "\nStory " << i << ".\n\n";
  size_t count = 0;
  std::string last;
  ReadSinks sinks{[&](Document&& d) {
                    ++count;
                    last = d.id;
                  },
                  nullptr, nullptr};
  ReadTabariDocuments(in, "-", {}, sinks);
  EXPECT_EQ(count, 5000u);
  EXPECT_EQ(last, "R4999");

  std::istringstream one("250225 S\nFrom a stream.\n");
  testing::Collected c;
  ReadTabariDocuments(one, "-", {}, c.Sinks());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].origin, "<stdin>:1");
}

TEST(TabariReaderTest, ReadsThePeerFiles) {
  const std::filesystem::path dir = ATTACHE_SHARED_DIR "/peer/TABARI-Code";
  if (!std::filesystem::exists(dir / "Validate.text")) {
    GTEST_SKIP() << "no TABARI peer files at " << dir;
  }
  auto demo = ReadTabari((dir / "TABARI.Demo.text").string());
  EXPECT_GT(demo.docs.size(), 40u);
  EXPECT_TRUE(demo.rejects.empty());
  ASSERT_GE(demo.docs.size(), 2u);
  EXPECT_EQ(demo.docs[1].id, "DEMO-01");
  EXPECT_EQ(demo.docs[1].published, Date::Day(1995, 1, 1));
  EXPECT_EQ(demo.docs[1].text,
            "Arnor is about to restore full diplomatic ties with Gondor almost "
            "five years after crowds trashed its embassy, a senior official "
            "said on Saturday.");

  auto validate = ReadTabari((dir / "Validate.text").string());
  EXPECT_GT(validate.docs.size(), 400u);
  // The suite's own traps: a 7-digit and a 9-digit date, and two tables of ^Z characters.
  EXPECT_LE(validate.rejects.size(), 4u);
  for (const Rejection& r : validate.rejects) {
    EXPECT_TRUE(r.reason.starts_with("record date") || r.reason == "binary data, not text")
        << r.where << ": " << r.reason;
  }
  std::cout << "[ figures  ] TABARI.Demo.text: " << demo.docs.size() << " records, "
            << demo.rejects.size() << " rejected; Validate.text: " << validate.docs.size()
            << " records, " << validate.rejects.size() << " rejected\n";
}

}  // namespace
}  // namespace attache
