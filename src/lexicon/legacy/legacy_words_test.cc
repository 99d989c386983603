#include "lexicon/legacy/legacy_words.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "lexicon/legacy/legacy_test_util.h"

namespace attache::legacy {
namespace {

using internal::ParsePatternTokens;
using internal::ParsePhrase;
using ::testing::ElementsAre;
using testing::Render;

TEST(LegacyWords, TabariWordsAreStemsUnlessClosedByUnderscoreOrEquals) {
  // Manual 5.2.2 and the table of 5.5.3: '_' after a word makes it exact and, inside a phrase,
  // joins it to the next; a blank lets words stand between; a bare word is a stem.
  EXPECT_EQ(Render(ParsePhrase("AL_GORE", DictFormat::kTabari)), "AL_ GORE~");
  EXPECT_EQ(Render(ParsePhrase("ESTONIA_", DictFormat::kTabari)), "ESTONIA");
  EXPECT_EQ(Render(ParsePhrase("MINIST FOR_GOVERNMENT_", DictFormat::kTabari)), "MINIST~ FOR_ GOVERNMENT");
  EXPECT_EQ(Render(ParsePhrase("DURTHANG ORC", DictFormat::kTabari)), "DURTHANG~ ORC~");
  EXPECT_EQ(Render(ParsePhrase("IN_ *", DictFormat::kTabari)), "IN *~");  // '*' is a word here
  EXPECT_EQ(Render(ParsePhrase("MOUSE=", DictFormat::kTabari)), "MOUSE");
  // '~' joins and keeps the word a stem ("BACK~POLICY"); "~_" acts as one connector.
  EXPECT_EQ(Render(ParsePhrase("BACK~POLICY", DictFormat::kTabari)), "BACK~_ POLICY~");
  EXPECT_EQ(Render(ParsePhrase("THE_NEAT~_PLACE", DictFormat::kTabari)), "THE_ NEAT~_ PLACE~");
}

TEST(LegacyWords, PetrarchWordsAreAlwaysWhole) {
  EXPECT_EQ(Render(ParsePhrase("AL_GORE", DictFormat::kPetrarch)), "AL_ GORE");
  EXPECT_EQ(Render(ParsePhrase("DURTHANG ORC", DictFormat::kPetrarch)), "DURTHANG ORC");
  EXPECT_EQ(Render(ParsePhrase("ABU_ABDULLAH__", DictFormat::kPetrarch)), "ABU_ ABDULLAH");
}

TEST(LegacyWords, PhrasesAreUpperCasedAndKeepPunctuation) {
  EXPECT_EQ(Render(ParsePhrase("+World Golf", DictFormat::kPetrarch)), "+WORLD GOLF");
  EXPECT_EQ(Render(ParsePhrase("U.S._ARMY AL-QAEDA N'T", DictFormat::kPetrarch)), "U.S._ ARMY AL-QAEDA N'T");
  // Doubled and leading connectors make no empty words.
  EXPECT_EQ(Render(ParsePhrase("OLD_BELIEVERS___BESPOPOVTSY_ _X", DictFormat::kTabari)),
            "OLD_ BELIEVERS_ BESPOPOVTSY X~");
  EXPECT_TRUE(ParsePhrase("  _ ", DictFormat::kTabari).empty());
}

TEST(LegacyWords, MarksReportVerbPlusAndNoEndings) {
  std::vector<internal::WordMarks> marks;
  EXPECT_EQ(Render(ParsePhrase("KLM_NOP_+RST", DictFormat::kPetrarch, &marks)), "KLM_ NOP_ RST");
  ASSERT_EQ(marks.size(), 3u);
  EXPECT_FALSE(marks[0].verb);
  EXPECT_TRUE(marks[2].verb);
  marks.clear();
  EXPECT_EQ(Render(ParsePhrase("BAN= OUT", DictFormat::kTabari, &marks)), "BAN OUT~");
  EXPECT_TRUE(marks[0].no_endings);
  EXPECT_FALSE(marks[1].no_endings);
}

TEST(LegacyWords, PatternTokens) {
  EXPECT_EQ(Render(ParsePatternTokens("+_WAS_*_BY_$", DictFormat::kTabari)), "+_ WAS_ *_ BY_ $");
  EXPECT_EQ(Render(ParsePatternTokens("% SAID WOULD_*_TALKS", DictFormat::kTabari)), "% SAID~ WOULD_ *_ TALKS~");
  EXPECT_EQ(Render(ParsePatternTokens("* IFTAR AT ^ ^ +", DictFormat::kTabari)), "* IFTAR~ AT~ ^ ^ +");
  EXPECT_EQ(Render(ParsePatternTokens("RECENT~_*", DictFormat::kTabari)), "RECENT~_ *");
  EXPECT_EQ(Render(ParsePatternTokens("SUGGESTED_+ * ANTI-", DictFormat::kPetrarch)), "SUGGESTED_ + * ANTI-");
  // A '*' glued to letters is no verb mark (manual 5.5: only '_' and blanks may touch it).
  std::vector<PatternToken> glued = ParsePatternTokens("*TO_BEAT", DictFormat::kTabari);
  ASSERT_FALSE(glued.empty());
  EXPECT_EQ(glued[0].kind, PatternToken::Kind::kWord);
}

TEST(LegacyWords, BracketsCodesAndPairs) {
  internal::Bracketed b = internal::SplitBrackets("ALBRIGHT  [USAGOV 991201-010114] [---]\tx");
  EXPECT_EQ(b.head, "ALBRIGHT");
  EXPECT_THAT(b.blocks, ElementsAre("USAGOV 991201-010114", "---"));
  EXPECT_EQ(b.trailing, "x");
  EXPECT_FALSE(b.unclosed);
  EXPECT_TRUE(internal::SplitBrackets("X [ABC").unclosed);

  EXPECT_EQ(internal::NormalizeCode(" - - - "), "---");
  EXPECT_EQ(internal::NormalizeCode("# # #"), "###");
  EXPECT_EQ(internal::NormalizeCode("031!"), "031!");
  EXPECT_EQ(internal::SplitPairedCode("032:033"), std::make_pair(std::string("032"), std::string("033")));
  EXPECT_EQ(internal::SplitPairedCode(":110"), std::make_pair(std::string(""), std::string("110")));
  EXPECT_EQ(internal::SplitPairedCode("- - -"), std::make_pair(std::string("---"), std::string("")));

  EXPECT_TRUE(internal::IsActorCode("ELR/GAL"));
  EXPECT_TRUE(internal::IsActorCode("abk"));
  EXPECT_TRUE(internal::IsActorCode("###"));
  EXPECT_FALSE(internal::IsActorCode("AAA950601-990815"));
  EXPECT_FALSE(internal::IsActorCode(""));
}

TEST(LegacyWords, RegularPlurals) {
  EXPECT_EQ(internal::RegularPlural("PRIME_MINISTER"), "PRIME_MINISTERS");
  EXPECT_EQ(internal::RegularPlural("CHIEF EXECUTIVE"), "CHIEF EXECUTIVES");
  EXPECT_EQ(internal::RegularPlural("PARTY"), "PARTIES");
  EXPECT_EQ(internal::RegularPlural("ATTORNEY"), "ATTORNEYS");
  EXPECT_EQ(internal::RegularPlural("ADDRESS"), "ADDRESSES");
  EXPECT_EQ(internal::RegularPlural("CHURCH"), "CHURCHES");
  EXPECT_EQ(internal::RegularPlural("TROOPS"), "");
  EXPECT_EQ(internal::RegularPlural("F-16"), "");
}

TEST(LegacyWords, DateRestrictions) {
  std::vector<std::string> notes;
  std::string error;
  auto r = internal::ParseDateRestriction("< 911226", notes, error);
  ASSERT_TRUE(r);
  EXPECT_FALSE(r->from);
  EXPECT_EQ(r->to, Date::Day(1991, 12, 26));
  r = internal::ParseDateRestriction(">990816", notes, error);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->from, Date::Day(1999, 8, 16));
  EXPECT_FALSE(r->to);
  // Mixed lengths and blanks around the dash.
  r = internal::ParseDateRestriction("19950601 - 990815", notes, error);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->from, Date::Day(1995, 6, 1));
  EXPECT_EQ(r->to, Date::Day(1999, 8, 15));
  EXPECT_TRUE(notes.empty());

  // Readings that are guesses come with a note.
  r = internal::ParseDateRestriction("9008223-911221", notes, error);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->from, Date::Day(1990, 8, 22));
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0], "7-digit date '9008223' read as 1990-08-22");
  notes.clear();
  r = internal::ParseDateRestriction("20121204", notes, error);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->from, Date::Day(2012, 12, 4));
  EXPECT_EQ(notes.size(), 1u);
  notes.clear();
  r = internal::ParseDateRestriction("040101-920712", notes, error);
  ASSERT_TRUE(r);
  EXPECT_EQ(notes.size(), 1u);  // ends before it starts

  EXPECT_FALSE(internal::ParseDateRestriction("030430040101", notes, error));
  EXPECT_EQ(error, "'030430040101' is not a date");
  EXPECT_FALSE(internal::ParseDateRestriction("<95A601", notes, error));
  EXPECT_FALSE(internal::ParseDateRestriction("-", notes, error));
}

}  // namespace
}  // namespace attache::legacy
