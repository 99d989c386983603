#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "lexicon/legacy/legacy_dictionary.h"
#include "lexicon/legacy/legacy_test_util.h"
#include "lexicon/line_reader.h"

namespace attache::legacy {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::Render;

// "CODE" or "CODE from..to" for compact assertions.
std::string Show(const DatedCode& c) {
  std::string s = c.code;
  if (c.from || c.to) {
    s += ' ';
    if (c.from) s += c.from->ToString();
    s += "..";
    if (c.to) s += c.to->ToString();
  }
  return s;
}
std::vector<std::string> Codes(const Actor& a) {
  std::vector<std::string> out;
  for (const DatedCode& c : a.codes) out.push_back(Show(c));
  return out;
}
std::vector<std::string> Phrases(const Actor& a) {
  std::vector<std::string> out;
  for (const Phrase& p : a.phrases) out.push_back(Render(p));
  return out;
}

TEST(LegacyActors, TabariEntriesSynonymsAndDateRestrictions) {
  testing::TempDir dir;
  const std::string path = dir.Write("demo.actors",
                                     "<NOUN>\n"
                                     "BEES   ;pas 26 Feb 2002\n"
                                     "FORCES_  ;JW   10/18/91\n"
                                     "</NOUN>\n"
                                     "<ADJECTIVE>\n"
                                     "AWFUL  \n"
                                     "</ADJECTIVE>\n"
                                     "AL_GORE  [AGR] ;  pas 26 apr 03\n"
                                     "AXNOR  [AR1 <911226] [AR2]\n"
                                     "#ALBRIGHZ  [991201-010114] [---]\n"
                                     "ALBRIGHT  [USAGOV 991201-010114] [---] ;ems\n"
                                     "LORIEN  [ELR/GAL]\n"
                                     "PRINCE DOL_AMROTH  [- - - <950630] [DOL]\n"
                                     "SOCCER [###]\n"
                                     "\n"
                                     "GOLLUM  ; pas 27 Apr 03\n"
                                     "+SMEAGOL\n"
                                     "+SLINKER_\n"
                                     "\t[HOB < 950601]\n"
                                     "\t[HOBGOV 950601 - 990815]\n"
                                     "\t[HOBREB > 990816]\n"
                                     "ZIMBABWE\n"
                                     "\t[RHO <790606]\n"
                                     "\t[ZBW];jw 9/30/91\n"
                                     "~~FINISH 16:47 CDT Thu 05 May 2005\n"
                                     "AFTER_THE_END [X]\n");
  Dictionaries d;
  ReadActors(path, DictFormat::kTabari, d);
  EXPECT_THAT(d.warnings, IsEmpty());
  EXPECT_THAT(d.nouns, ElementsAre("BEES", "FORCES_"));
  EXPECT_THAT(d.adjectives, ElementsAre("AWFUL"));
  ASSERT_EQ(d.actors.size(), 8u);
  EXPECT_THAT(Phrases(d.actors[0]), ElementsAre("AL_ GORE~"));
  EXPECT_THAT(Codes(d.actors[0]), ElementsAre("AGR"));
  EXPECT_EQ(d.actors[0].rule, path + ":8");
  EXPECT_THAT(Codes(d.actors[1]), ElementsAre("AR1 ..1991-12-26", "AR2"));
  EXPECT_THAT(Codes(d.actors[2]), ElementsAre("USAGOV 1999-12-01..2001-01-14", "---"));
  EXPECT_THAT(Codes(d.actors[3]), ElementsAre("ELR/GAL"));
  EXPECT_THAT(Phrases(d.actors[4]), ElementsAre("PRINCE~ DOL_ AMROTH~"));
  EXPECT_THAT(Codes(d.actors[4]), ElementsAre("--- ..1995-06-30", "DOL"));
  EXPECT_THAT(Codes(d.actors[5]), ElementsAre("###"));
  EXPECT_THAT(Phrases(d.actors[6]), ElementsAre("GOLLUM~", "SMEAGOL~", "SLINKER"));
  EXPECT_THAT(Codes(d.actors[6]),
              ElementsAre("HOB ..1995-06-01", "HOBGOV 1995-06-01..1999-08-15", "HOBREB 1999-08-16.."));
  EXPECT_EQ(d.actors[6].rule, path + ":16");
  EXPECT_THAT(Codes(d.actors[7]), ElementsAre("RHO ..1979-06-06", "ZBW"));
}

TEST(LegacyActors, PetrarchEntriesAreWholeWords) {
  testing::TempDir dir;
  const std::string path = dir.Write("Phoenix.actors.txt",
                                     "<!-- PETRARCH VALIDATION SUITE ACTOR DICTIONARY -->\n"
                                     "# comment\n"
                                     "AFGHANISTAN_  [AFG]\n"
                                     "+AFGHAN_ \n"
                                     "+ISLAMIC_REPUBLIC_OF_AFGHANISTAN\n"
                                     "\n"
                                     "MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt\n"
                                     "\t[AFGELI 320101-331108]\n"
                                     "\t[AFGGOV 19331108-730717]\n"
                                     "\t[AFGREB 19790706-20110909] # maybe ELI\n"
                                     "LENA_SUNDH_\t[IGOUNO] #MleH 22 Jul 2009\n");
  Dictionaries d;
  ReadActors(path, DictFormat::kPetrarch, d);
  EXPECT_THAT(d.warnings, IsEmpty());
  ASSERT_EQ(d.actors.size(), 3u);
  EXPECT_THAT(Phrases(d.actors[0]), ElementsAre("AFGHANISTAN", "AFGHAN", "ISLAMIC_ REPUBLIC_ OF_ AFGHANISTAN"));
  EXPECT_THAT(Codes(d.actors[1]), ElementsAre("AFGELI 1932-01-01..1933-11-08", "AFGGOV 1933-11-08..1973-07-17",
                                              "AFGREB 1979-07-06..2011-09-09"));
  EXPECT_THAT(Codes(d.actors[2]), ElementsAre("IGOUNO"));
}

// The faults of real files load, each with a "file:line: reason" warning.
TEST(LegacyActors, FaultyLinesLoadWithWarnings) {
  testing::TempDir dir;
  const std::string path = dir.Write("faulty.actors",
                                     "ARMENIA_ [ARM]\n"
                                     "\t[ARMUNR 9008223-911221]\n"        // 7 digits
                                     "  \t[ARMGOV >201005011]\n"          // blanks and tab; 9 digits
                                     "AT&T_\t[MNCUSA]\t# Telecom\n"       // '&' in a name
                                     "COTE_D\xEF\xBF\xBDIVOIRE_ [CIV]\n"  // mojibake
                                     "MONGO_ [lol]\n"
                                     "+MONGOLIANS_  [mon]\n"                               // a code on a synonym
                                     "\tJOHN_MCCLOY_\t[IGOUNO 470301-490630]\n"            // an indented entry
                                     "MAHMUD_ABBAS [PSEGOV 030430 040101-040101] [PAL]\n"  // unreadable
                                     "NO_CODE_\n"
                                     "[AAA950601-990815]\n"
                                     "\t[ 991201-010114]\n");
  Dictionaries d;
  ASSERT_NO_THROW(ReadActors(path, DictFormat::kTabari, d));
  ASSERT_EQ(d.actors.size(), 8u);
  EXPECT_THAT(Codes(d.actors[0]), ElementsAre("ARM", "ARMUNR 1990-08-22..1991-12-21", "ARMGOV 2010-05-01.."));
  EXPECT_THAT(Phrases(d.actors[1]), ElementsAre("AT&T"));
  EXPECT_THAT(Codes(d.actors[3]), ElementsAre("lol"));
  EXPECT_THAT(Phrases(d.actors[4]), ElementsAre("MONGOLIANS"));
  EXPECT_THAT(Codes(d.actors[4]), ElementsAre("mon"));
  EXPECT_THAT(Codes(d.actors[5]), ElementsAre("IGOUNO 1947-03-01..1949-06-30"));
  EXPECT_THAT(Codes(d.actors[6]), ElementsAre("PAL"));  // the unreadable restriction dropped its code
  const std::string& f = path;
  EXPECT_THAT(
      d.warnings,
      ElementsAre(f + ":2: date read with a guess: 7-digit date '9008223' read as 1990-08-22",
                  f + ":3: indentation mixes blanks and tabs",
                  f + ":3: date read with a guess: 9-digit date '201005011' read as 2010-05-01",
                  f + ":4: '&' inside a name kept as a letter ('&' names a synset only in verb files): AT&T_",
                  HasSubstr(f + ":5: damaged characters"),
                  f + ":7: code on a '+' synonym line: read as a new actor: +MONGOLIANS_  [mon]",
                  f + ":8: indented entry line read as a new actor: JOHN_MCCLOY_\t[IGOUNO 470301-490630]",
                  f + ":9: bad date restriction: code skipped: [PSEGOV 030430 040101-040101]: "
                      "'030430040101' is not a date",
                  f + ":11: code line not indented", f + ":11: not a code: skipped: [AAA950601-990815]",
                  f + ":12: not a code: skipped: [991201-010114]", f + ":10: actor without a code (codes nothing)"));
}

TEST(LegacyActors, MissingFileThrows) {
  Dictionaries d;
  EXPECT_THROW(ReadActors("/nonexistent/x.actors", DictFormat::kTabari, d), LexiconError);
}

}  // namespace
}  // namespace attache::legacy
