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

// "~GOV: AMBASSADOR | AMBASSADORS"
std::string Show(const Agent& a) {
  std::string s = a.prefix ? a.code + "~:" : "~" + a.code + ":";
  for (size_t i = 0; i < a.phrases.size(); ++i) {
    s += i ? " | " : " ";
    s += Render(a.phrases[i]);
  }
  return s;
}
std::vector<std::string> Show(const Dictionaries& d) {
  std::vector<std::string> out;
  for (const Agent& a : d.agents) out.push_back(Show(a));
  return out;
}

TEST(LegacyAgents, TabariSuffixAndPrefixCodes) {
  testing::TempDir dir;
  const std::string path = dir.Write("Validate.agents",
                                     "PARLIAMENTARY_OPPOSITION_  [ ~OPP] ;jap 11 Oct 2002\n"
                                     "HUMAN_RIGHTS_BODY_   [  NGO~] ;BNL 07 Dec 2001\n"
                                     "MINIST FOR_GOVERNMENT_ [~GOV]\n");
  Dictionaries d;
  ReadAgents(path, DictFormat::kTabari, d);
  EXPECT_THAT(d.warnings, IsEmpty());
  // TABARI matches regular endings itself (manual 5.2.3): no plural is added.
  EXPECT_THAT(Show(d), ElementsAre("~OPP: PARLIAMENTARY_ OPPOSITION", "NGO~: HUMAN_ RIGHTS_ BODY",
                                   "~GOV: MINIST~ FOR_ GOVERNMENT"));
  EXPECT_EQ(d.agents[1].code, "NGO");
  EXPECT_TRUE(d.agents[1].prefix);
  EXPECT_EQ(d.agents[0].rule, path + ":1");
}

TEST(LegacyAgents, PetrarchPluralsAndSubstitutionSets) {
  testing::TempDir dir;
  const std::string path = dir.Write("Phoenix.agents.txt",
                                     "<!-- PETRARCH AGENTS -->\n"
                                     "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n"
                                     "!MINIST! = MINISTER, MINISTRY\n"
                                     "AMBASSADOR [~GOV] # LRP 02 Jun 2004\n"
                                     "SECURITY SERVICE [~GOV]\n"
                                     "FOREIGN_MINISTRY [~GOV]\n"
                                     "TROOPS {}  [~MIL]\n"
                                     "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n"
                                     "HEAD_OF_POLICE {HEADS_OF_POLICE } [~COP]\n"
                                     "CATTLE!PERSON! [~AGR]\n"
                                     "FIRE!PERSON! {} [~GOV]\n"
                                     "!MINIST! FOR_AD!MINIST!RATION [~GOV]\n"
                                     "HUMAN_RIGHTS_ORGANIZATION  [  NGO~] # sls\n");
  Dictionaries d;
  ReadAgents(path, DictFormat::kPetrarch, d);
  EXPECT_THAT(d.warnings, IsEmpty());
  EXPECT_THAT(Show(d), ElementsAre("~GOV: AMBASSADOR | AMBASSADORS", "~GOV: SECURITY SERVICE | SECURITY SERVICES",
                                   "~GOV: FOREIGN_ MINISTRY | FOREIGN_ MINISTRIES", "~MIL: TROOPS",
                                   "~GOVATG: ATTORNEY_ GENERAL | ATTORNEYS_ GENERAL",
                                   "~COP: HEAD_ OF_ POLICE | HEADS_ OF_ POLICE",
                                   "~AGR: CATTLEMAN | CATTLEMEN | CATTLEWOMAN | CATTLEWOMEN | CATTLEPERSON",
                                   "~GOV: FIREMAN | FIREMEN | FIREWOMAN | FIREWOMEN | FIREPERSON",
                                   "~GOV: MINISTER FOR_ ADMINISTERRATION | MINISTER FOR_ ADMINISTRYRATION | "
                                   "MINISTRY FOR_ ADMINISTERRATION | MINISTRY FOR_ ADMINISTRYRATION",
                                   "NGO~: HUMAN_ RIGHTS_ ORGANIZATION | HUMAN_ RIGHTS_ ORGANIZATIONS"));
}

TEST(LegacyAgents, FaultyLinesLoadWithWarnings) {
  testing::TempDir dir;
  const std::string path = dir.Write("faulty.agents",
                                     "ISLAMIC_EXTREMIST\n"
                                     "DEPARMENT_OF_ENVIRONMENT [~ENV}\n"
                                     "CLERIC [MOS]\n"
                                     "POLICE!COP! [~COP]\n"
                                     "!BROKEN = A, B\n"
                                     "GOOD [~GOOD]\n");
  Dictionaries d;
  ASSERT_NO_THROW(ReadAgents(path, DictFormat::kPetrarch, d));
  EXPECT_THAT(Show(d),
              ElementsAre("~ENV: DEPARMENT_ OF_ ENVIRONMENT | DEPARMENT_ OF_ ENVIRONMENTS", "~GOOD: GOOD | GOODS"));
  EXPECT_THAT(d.warnings, ElementsAre(path + ":1: agent without a code: ISLAMIC_EXTREMIST",
                                      path + ":2: '[' closed by '}': read as ']': DEPARMENT_OF_ENVIRONMENT [~ENV}",
                                      path + ":3: agent code needs one '~', before or after it: skipped: [MOS]",
                                      path + ":4: substitution set not defined before its use: skipped: !COP!",
                                      HasSubstr(":5: substitution set not of the form")));
}

}  // namespace
}  // namespace attache::legacy
