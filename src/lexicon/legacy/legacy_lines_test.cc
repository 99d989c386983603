#include "lexicon/legacy/legacy_lines.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "lexicon/legacy/legacy_test_util.h"
#include "lexicon/line_reader.h"

namespace attache::legacy {
namespace {

using internal::CommentRules;
using internal::FileWarnings;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

struct Read {
  std::vector<std::string> lines;  // "number|indent|text"
  std::vector<std::string> warnings;
};

Read ReadLines(const std::string& path, const CommentRules& rules) {
  Read r;
  FileWarnings w(path, r.warnings);
  internal::ForEachLegacyLine(path, rules, w, [&](const internal::LegacyLine& l) {
    r.lines.push_back(std::to_string(l.number) + "|" + std::string(l.indent) + "|" + std::string(l.text));
  });
  w.Finish();
  return r;
}

TEST(LegacyLines, CommentsOfBothProgramsButNotInsideCodes) {
  testing::TempDir dir;
  const std::string path = dir.Write("x.actors",
                                     "# a comment line\n"
                                     "SOCCER [###] ; KEDS comment\n"
                                     "AMMAN [JOR]# after a code\n"
                                     "\n"
                                     "   \t\n"
                                     "<!-- one line -->\n"
                                     "KEEP <!-- inline --> THIS\n"
                                     "<!-- several\n"
                                     "lines -->\n"
                                     "\tAFTER\n");
  Read r = ReadLines(path, internal::DictionaryComments(false));
  EXPECT_THAT(r.lines, ElementsAre("2||SOCCER [###]", "3||AMMAN [JOR]", "7||KEEP   THIS", "10|\t|AFTER"));
  EXPECT_TRUE(r.warnings.empty());
}

TEST(LegacyLines, TabariFinishMarkAndSlashLines) {
  testing::TempDir dir;
  const std::string path = dir.Write("x.verbs", "/ old comment\nA [1]\n~~FINISH 15:23\nB [2]\n");
  EXPECT_THAT(ReadLines(path, internal::DictionaryComments(true)).lines, ElementsAre("2||A [1]"));
  // PETRARCH files use '~' for transformations and have no end mark.
  EXPECT_THAT(ReadLines(path, internal::DictionaryComments(false)).lines,
              ElementsAre("1||/ old comment", "2||A [1]", "3||~~FINISH 15:23", "4||B [2]"));
}

TEST(LegacyLines, OptionsComments) {
  testing::TempDir dir;
  const std::string path = dir.Write("x.options", "//CAMEO\nLABEL: 01=YIELD // note\nSET: A = B ; C\n");
  CommentRules rules;
  rules.semicolon = false;
  rules.double_slash = true;
  EXPECT_THAT(ReadLines(path, rules).lines, ElementsAre("2||LABEL: 01=YIELD", "3||SET: A = B ; C"));
}

TEST(LegacyLines, LineEndingsOfThreeSystems) {
  testing::TempDir dir;
  const std::string path = dir.Write("x.verbs", "A\r\nB\rC\nD");
  EXPECT_THAT(ReadLines(path, {}).lines, ElementsAre("1||A", "2||B", "3||C", "4||D"));
}

TEST(LegacyLines, DamagedBytesAreDroppedOrReported) {
  testing::TempDir dir;
  const std::string path = dir.Write("x.actors",
                                     "WERE\xC2 [1]\n"  // a lone lead byte
                                     "P\xC3\x83\xC5\xA0"
                                     "BLICAS\n"                    // UTF-8 read as cp1252
                                     "COTE_D\xEF\xBF\xBDIVOIRE\n"  // U+FFFD
                                     "JAN_STRASK\x1AY\n"           // a control character
                                     "MES\xC3\x9B"
                                     "D ERDO\xC4\x9E"
                                     "AN\n"  // real letters
                                     "X ; \xD2third\xD3 in a comment\n");
  Read r = ReadLines(path, {});
  EXPECT_THAT(r.lines, ElementsAre("1||WERE [1]",
                                   "2||P\xC3\x83\xC5\xA0"
                                   "BLICAS",
                                   "3||COTE_D\xEF\xBF\xBDIVOIRE", "4||JAN_STRASK\x1AY",
                                   "5||MES\xC3\x9B"
                                   "D ERDO\xC4\x9E"
                                   "AN",
                                   "6||X"));
  ASSERT_EQ(r.warnings.size(), 4u);
  EXPECT_EQ(r.warnings[0], path + ":1: bytes that are not UTF-8 dropped: 1 byte(s)");
  EXPECT_THAT(r.warnings[1], HasSubstr(":2: damaged characters"));
  EXPECT_THAT(r.warnings[2], HasSubstr(":3: damaged characters"));
  EXPECT_THAT(r.warnings[3], HasSubstr(":4: damaged characters"));
}

TEST(LegacyLines, MistypedXmlCommentIsACommentWithAWarning) {
  testing::TempDir dir;
  const std::string path = dir.Write("x.actors", "<! -- NEW ACTORS -->\nA [B]\n");
  Read r = ReadLines(path, {});
  EXPECT_THAT(r.lines, ElementsAre("2||A [B]"));
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_THAT(r.warnings[0], HasSubstr(":1: comment opened with '<!'"));
}

TEST(LegacyLines, WarningsAreCappedPerKind) {
  std::vector<std::string> out;
  FileWarnings w("f.txt", out);
  for (int i = 1; i <= 25; ++i) w.Add(i, "same fault");
  w.Add(30, "other fault", "detail");
  w.Finish();
  ASSERT_EQ(out.size(), static_cast<size_t>(FileWarnings::kMaxPerKind) + 2);
  EXPECT_EQ(out.front(), "f.txt:1: same fault");
  EXPECT_EQ(out[FileWarnings::kMaxPerKind], "f.txt:30: other fault: detail");
  EXPECT_EQ(out.back(), "f.txt: 5 more warnings of this kind not shown: same fault");
}

TEST(LegacyLines, MissingFileThrows) {
  std::vector<std::string> out;
  FileWarnings w("/nonexistent/x.actors", out);
  EXPECT_THROW(internal::ForEachLegacyLine("/nonexistent/x.actors", {}, w, [](const internal::LegacyLine&) {}),
               LexiconError);
}

}  // namespace
}  // namespace attache::legacy
