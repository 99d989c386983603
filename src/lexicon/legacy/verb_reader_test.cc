#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "lexicon/legacy/legacy_dictionary.h"
#include "lexicon/legacy/legacy_test_util.h"

namespace attache::legacy {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::Render;

class LegacyTabariVerbs : public ::testing::Test {
 protected:
  void Read(const std::string& text) {
    path_ = dir_.Write("test.verbs", text);
    ReadVerbs(path_, DictFormat::kTabari, d_);
  }
  testing::TempDir dir_;
  std::string path_;
  Dictionaries d_;
};

TEST_F(LegacyTabariVerbs, VerbsCodesFormsAndPatterns) {
  Read(
      "ACCEPT  [---] ;jw   11/14/91\n"
      "- SAID + MUST * POLICY  [100] ;ab 10 Jul 2003\n"
      "- + * IN_ $ [075:076]\n"
      "- *_TO_HISTOR  [###]\n"
      "- FORCE TO_ *  [100!]\n"
      "BREAK_ [1717]\n"
      "{ BROKE_ BROKEN_ BROKEN_DOWN_ }\n"
      "- * OFF_  [195]\n"
      "BAN= [191]\n"
      "CALLED_ON  [094]\n"
      "BURN DOWN  [222]\n"
      "REPORT  [025?]\n"
      "WELCXME  [- - -]\n"
      "- % *  [044:045]\n"
      "~~FINISH\n");
  EXPECT_THAT(d_.warnings, IsEmpty());
  ASSERT_EQ(d_.verbs.size(), 7u);
  const Verb& accept = d_.verbs[0];
  EXPECT_EQ(Render(accept.head), "ACCEPT~");
  EXPECT_EQ(accept.code, "---");
  EXPECT_TRUE(accept.inflect);
  EXPECT_EQ(accept.rule, path_ + ":1");
  EXPECT_THAT(Render(accept.patterns), ElementsAre("- SAID~ + MUST~ * POLICY~ [100]", "- + * IN $ [075:076]",
                                                   "- *_ TO_ HISTOR~ [###]", "- FORCE~ TO * [100!]"));
  EXPECT_EQ(accept.patterns[0].rule, path_ + ":2");
  // A trailing '_' makes the verb exact, its regular endings still apply (manual 5.2.3); the
  // forms line gives the irregular ones (5.5.1).
  const Verb& brk = d_.verbs[1];
  EXPECT_EQ(Render(brk.head), "BREAK");
  EXPECT_TRUE(brk.inflect);
  EXPECT_THAT(brk.forms, ElementsAre("BROKE", "BROKEN", "BROKEN_DOWN"));
  EXPECT_THAT(Render(brk.patterns), ElementsAre("- * OFF [195]"));
  // '=': no regular endings.
  EXPECT_FALSE(d_.verbs[2].inflect);
  EXPECT_EQ(Render(d_.verbs[2].head), "BAN");
  EXPECT_EQ(Render(d_.verbs[3].head), "CALLED_ ON~");
  EXPECT_EQ(Render(d_.verbs[4].head), "BURN~ DOWN~");
  EXPECT_EQ(d_.verbs[5].code, "025?");
  EXPECT_EQ(d_.verbs[6].code, "---");
  EXPECT_THAT(Render(d_.verbs[6].patterns), ElementsAre("- % * [044:045]"));
}

TEST_F(LegacyTabariVerbs, AlternativesExpandWithTheirConnectors) {
  Read(
      "ASK  [090]\n"
      "- * FOR { ECONOMIC_SANCTIONS | TOTAL_BOYCOTT | EMBARGO }  [172]\n"
      "- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS  [111]\n"
      "- RECENTLY { LOUDLY INCLUDED | STRONGLY ASSERTED } ITS *  [043]\n"
      "- { WAS | IS | WILL_BE }_HERE *  [044]\n");
  EXPECT_THAT(d_.warnings, IsEmpty());
  ASSERT_EQ(d_.verbs.size(), 1u);
  EXPECT_THAT(Render(d_.verbs[0].patterns),
              ElementsAre("- * FOR~ ECONOMIC_ SANCTIONS~ [172]", "- * FOR~ TOTAL_ BOYCOTT~ [172]",
                          "- * FOR~ EMBARGO~ [172]", "- SUGGESTED_ + * DEMAND_ GENEVA_ CONVENTIONS~ [111]",
                          "- SUGGESTED_ + * DEMAND_ INTERNATIONAL_ CONVENTIONS~ [111]",
                          "- RECENTLY~ LOUDLY~ INCLUDED~ ITS~ * [043]", "- RECENTLY~ STRONGLY~ ASSERTED~ ITS~ * [043]",
                          "- WAS_ HERE~ * [044]", "- IS_ HERE~ * [044]", "- WILL_ BE_ HERE~ * [044]"));
}

TEST_F(LegacyTabariVerbs, SynsetsExpandNestedAndInsideJoinedWords) {
  Read(
      "<SYNSETS>\n"
      "&CURRENCY \n"
      "+DOLLAR\n"
      "+SWISS_FRANC\n"
      "&TIETYPES\n"
      "+MILITARY\n"
      "+ECONOMIC\n"
      "&TIEPHRASE\n"
      "+&TIETYPES_MEMOS\n"
      "+MEMOS_ON_&TIETYPES\n"
      "</SYNSETS>\n"
      "ABANDON  [345] ;pas 15 Jul 2003\n"
      "- * NEW_&TIETYPES_RELATIONS [903]; -PAS 12.01.12\n"
      "- * MILLIONS_OF_&CURRENCY [905]\n"
      "- * &TIEPHRASE FROM [911]\n"
      "- INCHING { &TIETYPES | CLOSER } *  [083]\n");
  EXPECT_THAT(d_.warnings, IsEmpty());
  ASSERT_EQ(d_.synsets.size(), 3u);
  EXPECT_EQ(d_.synsets[2].name, "&TIEPHRASE");
  EXPECT_THAT(d_.synsets[2].members, ElementsAre("&TIETYPES_MEMOS", "MEMOS_ON_&TIETYPES"));
  EXPECT_EQ(d_.synsets[0].rule, path_ + ":2");
  ASSERT_EQ(d_.verbs.size(), 1u);
  EXPECT_THAT(
      Render(d_.verbs[0].patterns),
      ElementsAre("- * NEW_ MILITARY_ RELATIONS~ [903]", "- * NEW_ ECONOMIC_ RELATIONS~ [903]",
                  "- * MILLIONS_ OF_ DOLLAR~ [905]", "- * MILLIONS_ OF_ SWISS_ FRANC~ [905]",
                  "- * MILITARY_ MEMOS~ FROM~ [911]", "- * ECONOMIC_ MEMOS~ FROM~ [911]",
                  "- * MEMOS_ ON_ MILITARY~ FROM~ [911]", "- * MEMOS_ ON_ ECONOMIC~ FROM~ [911]",
                  "- INCHING~ MILITARY~ * [083]", "- INCHING~ ECONOMIC~ * [083]", "- INCHING~ CLOSER~ * [083]"));
}

TEST_F(LegacyTabariVerbs, TimeShifts) {
  Read(
      "<TIME>\n"
      "FOREVER_AND_A_DAY [- - -]\n"
      "KAN_WA_MA_KAN [###]\n"
      "LAST_WEEK [-7]\n"
      "TOMORROW [+1]\n"
      "- * AND A WEEK [+8]\n"
      "WHEN_PEACE_COMES [+++]\n"
      "</TIME>\n"
      "MEET [031:031]\n");
  EXPECT_THAT(d_.warnings, IsEmpty());
  ASSERT_EQ(d_.time_shifts.size(), 6u);
  EXPECT_EQ(Render(d_.time_shifts[0].phrase), "FOREVER_ AND_ A_ DAY~");
  EXPECT_EQ(d_.time_shifts[0].code, "---");
  EXPECT_EQ(d_.time_shifts[1].code, "###");
  EXPECT_EQ(d_.time_shifts[2].days, -7);
  EXPECT_EQ(d_.time_shifts[2].code, "");
  EXPECT_EQ(d_.time_shifts[3].days, 1);
  EXPECT_EQ(d_.time_shifts[4].code, "+++");
  // A time pattern is the phrase it describes, its '*' standing for the entry above it.
  EXPECT_EQ(Render(d_.time_shifts[5].phrase), "TOMORROW~ AND~ A~ WEEK~");
  EXPECT_EQ(d_.time_shifts[5].days, 8);
  EXPECT_EQ(d_.time_shifts[5].rule, path_ + ":6");
  ASSERT_EQ(d_.verbs.size(), 1u);
  EXPECT_EQ(d_.verbs[0].paired, "031");
}

TEST_F(LegacyTabariVerbs, FaultyLinesLoadWithWarnings) {
  Read(
      "- * ORPHAN [001]\n"
      "ACCEPT  [---]\n"
      "- { WILL | WOULD ] NOT * PART  [120]\n"
      "- * COMMIT * AID  [033]\n"
      "- *TO_BEAT  [---]\n"
      "- * &NOSUCHSET [010]\n"
      " * TO_ LAY_ SIEGE ON_ THE +  [130]\n"
      "- + { WAS | WERE\xC2 | BEEN } * BY $  [190]\n"
      "NOCODE\n"
      "+STRAY\n"
      "<ATTRIB>\n"
      "SKIPPED [1]\n"
      "</ATTRIB>\n");
  ASSERT_EQ(d_.verbs.size(), 2u);
  EXPECT_THAT(Render(d_.verbs[0].patterns), ElementsAre("- WILL~ NOT~ * PART~ [120]", "- WOULD~ NOT~ * PART~ [120]",
                                                        "- * TO LAY SIEGE~ ON THE~ + [130]", "- + WAS~ * BY~ $ [190]",
                                                        "- + WERE~ * BY~ $ [190]", "- + BEEN~ * BY~ $ [190]"));
  EXPECT_EQ(d_.verbs[1].code, "---");
  const std::string& f = path_;
  EXPECT_THAT(
      d_.warnings,
      ElementsAre(f + ":1: pattern before any verb: skipped: - * ORPHAN [001]",
                  f + ":3: '{' closed by ']': read as '}': - { WILL | WOULD ] NOT * PART  [120]",
                  f + ":7: pattern line without its '-': read as a pattern: * TO_ LAY_ SIEGE ON_ THE +  [130]",
                  f + ":8: bytes that are not UTF-8 dropped: 1 byte(s)",
                  f + ":9: verb without a code: read as null code ---: NOCODE",
                  f + ":10: '+' line outside a synset: skipped: +STRAY", f + ":11: unknown section skipped: <ATTRIB>",
                  f + ":4: pattern with more than one '*': skipped: * COMMIT * AID",
                  f + ":5: pattern without '*' (the verb's place): skipped: *TO_BEAT",
                  f + ":6: pattern skipped: synset &NOSUCHSET not defined: * &NOSUCHSET"));
}

class LegacyPetrarchVerbs : public LegacyTabariVerbs {
 protected:
  void Read(const std::string& text) {
    path_ = dir_.Write("test.verbs.txt", text);
    ReadVerbs(path_, DictFormat::kPetrarch, d_);
  }
};

TEST_F(LegacyPetrarchVerbs, BlocksShareCodeAndPatterns) {
  Read(
      "<!-- PETRARCH VALIDATION SUITE VERBS DICTIONARY -->\n"
      "####### VERB PATTERNS #######\n"
      "--- GRANT [070] ---\n"
      "GRANT\n"
      "GIVE {GAVE GIVEN GIVING }  # jw  11/14/91\n"
      "CLARIFY {CLARIFIES CLARIFIED CLARIFYING} [040]\n"
      "SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93\n"
      "SNUB [111] {SNUBS SNUBBING SNUBBED}\n"
      "- * RUPEES  [071]\n"
      "- * POLICE (TO BORDER)  [153]  # RUSH\n"
      "- * (TO {BANNED PARTIES}) $  [1722]\n"
      "\n"
      "---  OFFEND   [:110]  ---\n"
      "APPALL  # jap 25 Ju 2003\n"
      "- * CONFINED  [:170]\n"
      "- * (TO CORE)  [012]\n");
  EXPECT_THAT(d_.warnings, IsEmpty());
  ASSERT_EQ(d_.verbs.size(), 6u);
  const Verb& grant = d_.verbs[0];
  EXPECT_EQ(grant.code, "070");
  EXPECT_TRUE(grant.inflect);
  EXPECT_TRUE(grant.forms.empty());
  EXPECT_FALSE(grant.patterns_from);
  EXPECT_THAT(Render(grant.patterns),
              ElementsAre("- * RUPEES [071]", "- * POLICE TO BORDER [153]", "- * TO BANNED PARTIES $ [1722]"));
  // The block's other verbs share the first verb's patterns; "{...}" lists all forms.
  const Verb& give = d_.verbs[1];
  EXPECT_EQ(give.code, "070");
  EXPECT_FALSE(give.inflect);
  EXPECT_THAT(give.forms, ElementsAre("GAVE", "GIVEN", "GIVING"));
  EXPECT_TRUE(give.patterns.empty());
  ASSERT_TRUE(give.patterns_from);
  EXPECT_EQ(*give.patterns_from, 0u);
  EXPECT_EQ(&PatternsOf(d_, give), &grant.patterns);
  EXPECT_EQ(d_.verbs[2].code, "040");
  EXPECT_THAT(d_.verbs[3].forms, ElementsAre("SCRAPPING", "SCRAPS", "SCRAPPED"));
  EXPECT_THAT(d_.verbs[4].forms, ElementsAre("SNUBS", "SNUBBING", "SNUBBED"));
  EXPECT_EQ(d_.verbs[4].code, "111");
  // PETRARCH2's second code is the passive one: "[:110]" has none when active.
  const Verb& appall = d_.verbs[5];
  EXPECT_EQ(appall.code, "");
  EXPECT_EQ(appall.paired, "110");
  EXPECT_THAT(Render(appall.patterns), ElementsAre("- * CONFINED [:170]", "- * TO CORE [012]"));
}

TEST_F(LegacyPetrarchVerbs, MultiWordVerbsMarkTheirVerb) {
  Read(
      "--- ABANDON  [345]  ---\n"
      "ABANDON    # pas 15 Jul 2003\n"
      "+ABC_DEF_GHI\n"
      "KLM_NOP_+RST [002]\n"
      "RE_+ELECT\n"
      "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF , +CORDONING_OFF } \n"
      "WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }\n"
      "+KILLED_AND {}\n"
      "- * EFFORT  [987]\n");
  EXPECT_THAT(d_.warnings, IsEmpty());
  ASSERT_EQ(d_.verbs.size(), 7u);
  EXPECT_EQ(Render(d_.verbs[1].head), "ABC_ DEF_ GHI");
  EXPECT_EQ(d_.verbs[1].verb_word, 0u);
  EXPECT_EQ(d_.verbs[1].code, "345");
  EXPECT_EQ(Render(d_.verbs[2].head), "KLM_ NOP_ RST");
  EXPECT_EQ(d_.verbs[2].verb_word, 2u);
  EXPECT_EQ(d_.verbs[2].code, "002");
  EXPECT_EQ(d_.verbs[3].verb_word, 1u);
  EXPECT_TRUE(d_.verbs[3].inflect);
  EXPECT_THAT(d_.verbs[4].forms, ElementsAre("CORDONED", "CORDONS", "CORDONING"));
  EXPECT_THAT(d_.verbs[5].forms, ElementsAre("TAPPED", "TAPPING"));
  EXPECT_TRUE(d_.verbs[6].forms.empty());
  EXPECT_FALSE(d_.verbs[6].inflect);
  for (size_t i = 1; i < d_.verbs.size(); ++i) EXPECT_EQ(PatternsOf(d_, d_.verbs[i]).size(), 1u);
}

TEST_F(LegacyPetrarchVerbs, SynsetsAnywhereWithPlurals) {
  Read(
      "&AUXVERB1_\n"
      "+WAS\n"
      "+WERE\n"
      "\n"
      "&CURRENCY\n"
      "# a comment between members\n"
      "+DOLLAR\n"
      "+CASH_\n"
      "+SWISS FRANC\n"
      "+(TO THE END)\n"
      "--- ABANDON  [345]  ---\n"
      "ABANDON\n"
      "- &AUXVERB1 * &CURRENCY  [010]\n"
      "- * &FIGHT_OF_WORDS [011]\n"
      "&FIGHT_OF_WORDS\n"
      "+ARGUMENT\n"
      "ABANDONED_VERB_AFTER_SET\n"
      "~ a (a b ATTACK) SAY = a b 015\n");
  ASSERT_EQ(d_.synsets.size(), 3u);
  EXPECT_EQ(d_.synsets[0].name, "&AUXVERB1");
  EXPECT_THAT(d_.synsets[0].members, ElementsAre("WAS", "WERE"));  // "_" on the name: no plurals
  // One-word members get their plural; "CASH_" and phrases do not; phrase members are joined.
  EXPECT_THAT(d_.synsets[1].members, ElementsAre("DOLLAR", "DOLLARS", "CASH_", "SWISS_FRANC", "TO_THE_END"));
  ASSERT_EQ(d_.verbs.size(), 2u);
  EXPECT_THAT(Render(d_.verbs[0].patterns),
              ElementsAre("- WAS * DOLLAR [010]", "- WAS * DOLLARS [010]", "- WAS * CASH [010]",
                          "- WAS * SWISS_ FRANC [010]", "- WAS * TO_ THE_ END [010]", "- WERE * DOLLAR [010]",
                          "- WERE * DOLLARS [010]", "- WERE * CASH [010]", "- WERE * SWISS_ FRANC [010]",
                          "- WERE * TO_ THE_ END [010]", "- * ARGUMENT [011]", "- * ARGUMENTS [011]"));
  ASSERT_EQ(d_.transformations.size(), 1u);
  EXPECT_EQ(d_.transformations[0].text, "a (a b ATTACK) SAY = a b 015");
  EXPECT_EQ(d_.transformations[0].rule, path_ + ":18");
  EXPECT_THAT(d_.warnings,
              ElementsAre(path_ + ":17: verb outside a '--- NAME [code] ---' block: ABANDONED_VERB_AFTER_SET"));
}

}  // namespace
}  // namespace attache::legacy
