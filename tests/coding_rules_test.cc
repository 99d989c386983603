// One minimal sentence for each linguistic rule the coder applies, coded with the bundled
// lexicon end to end.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.h"

namespace attache::testing {
namespace {

using ::testing::Contains;
using ::testing::Each;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::UnorderedElementsAre;

const Event* Find(const std::vector<Event>& events, const std::string& dyad) {
  for (const Event& e : events)
    if (Dyad(e) == dyad) return &e;
  return nullptr;
}

TEST(CodingRules, SimpleTransitiveVerb) {
  EXPECT_THAT(Dyads(Code("Lavrov praised Pakistan for its neutral stance.")), Contains("RUSGOV>PAK:051"));
}

TEST(CodingRules, ReportedSpeechCarriesTheSpeaker) {
  auto events = Code("Lavrov said Ukrainian forces shelled Russian villages.");
  const Event* shelling = nullptr;
  for (const Event& e : events)
    if (e.source.code == "UKRMIL" && e.code.rfind("19", 0) == 0) shelling = &e;
  ASSERT_NE(shelling, nullptr) << ::testing::PrintToString(Dyads(events));
  ASSERT_TRUE(shelling->attribution.has_value());
  EXPECT_EQ(shelling->attribution->code, "RUSGOV");
  EXPECT_EQ(shelling->attribution->cue, "said");
}

TEST(CodingRules, SpeakerAfterTheClause) {
  auto events = Code("Ukrainian forces shelled Russian villages, Lavrov said.");
  ASSERT_FALSE(events.empty());
  bool attributed = false;
  for (const Event& e : events) attributed |= e.attribution && e.attribution->code == "RUSGOV";
  EXPECT_TRUE(attributed) << ::testing::PrintToString(Dyads(events));
}

TEST(CodingRules, ReportedHostileActIsAnAccusation) {
  EXPECT_THAT(Dyads(Code("Ukrainian forces targeted Russian civilians, Lavrov said.")),
              Contains("RUSGOV>UKRMIL:112"));
}

TEST(CodingRules, AReportedAttackSufferedBlamesItsDoer) {
  // The victims are the subject; the accused is named after "by".
  EXPECT_THAT(Dyads(Code("Ukraine said ten civilians were killed by Russian forces.")), Contains("UKRGOV>RUSMIL:112"));
  // "were targeting" is done, not suffered: its subject is accused.
  EXPECT_THAT(Dyads(Code("Ukraine said Russian forces were targeting villages.")), Contains("UKRGOV>RUSMIL:112"));
}

TEST(CodingRules, AccordingTo) {
  auto events = Code("According to Lavrov, NATO troops attacked Russian positions.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.front().attribution->cue, "According to");
}

TEST(CodingRules, PassiveVoice) {
  EXPECT_THAT(Dyads(Code("Ukraine was attacked by Russian forces.")), Contains(::testing::StartsWith("RUSMIL>UKR:19")));
}

TEST(CodingRules, AGiverAfterTheVerbIsTheSource) {
  // "receive * weapons from $": the subject is the recipient, the target.
  EXPECT_THAT(Dyads(Code("Ukraine received weapons from the United States.")), Contains("USA>UKR:072"));
}

TEST(CodingRules, AnAcronymBeforeAndSharesTheAgent) {
  // "US and British activists": US activists and British activists.
  EXPECT_THAT(Dyads(Code("US and British activists condemned China.")),
              ::testing::IsSupersetOf({"USAOPP>CHN:111", "GBROPP>CHN:111"}));
}

TEST(CodingRules, ClaimingOnesOwnAttackIsClaimingResponsibility) {
  EXPECT_THAT(Dyads(Code("Hamas claimed that its fighters had attacked Israel.")), Contains(::testing::EndsWith(">ISR:015")));
  // An attack suffered is an accusation.
  EXPECT_THAT(Dyads(Code("Israel claimed that Hamas fighters had attacked Israeli towns.")),
              Contains(::testing::EndsWith(":112")));
}

TEST(CodingRules, AttendingASummitInACountryIsAVisit) {
  EXPECT_THAT(Dyads(Code("Modi attended a summit in Brazil.")), Contains("INDGOV>BRA:042"));
  EXPECT_THAT(Dyads(Code("Modi attended a summit with Xi Jinping.")), Contains(::testing::EndsWith(":044")));
}

TEST(CodingRules, AParticipleFollowedByItsOwnPrepositionDescribesTheNounBefore) {
  // "accuse + of": "officials accused of" are the accused, not accusers.
  EXPECT_THAT(Dyads(Code("French officials accused of war crimes met Russian envoys.", "2025-02-25", true)),
              Each(Not(::testing::HasSubstr(":112"))));
}

TEST(CodingRules, ClaimingResponsibilityIsNoAccusation) {
  EXPECT_THAT(Dyads(Code("Al-Shabaab claimed responsibility for the attack on Kenyan soldiers.")),
              ElementsAre("SOMREB>KENMIL:015"));
}

TEST(CodingRules, CompoundSubjectGivesOneEventPerDyad) {
  auto events = Code("Russian and US officials held talks in Riyadh on February 18.");
  EXPECT_THAT(Dyads(events), UnorderedElementsAre("RUSGOV>USAGOV:046", "USAGOV>RUSGOV:046"));
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].date.ToString(), "2025-02-18");
  EXPECT_TRUE(events[0].date_from_text);
  ASSERT_TRUE(events[0].place.has_value());
  EXPECT_EQ(events[0].place->country, "SAU");
}

TEST(CodingRules, CompoundObject) {
  EXPECT_THAT(Dyads(Code("Lavrov praised China, Brazil and several African nations.")),
              UnorderedElementsAre("RUSGOV>CHN:051", "RUSGOV>BRA:051", "RUSGOV>AFR:051"));
}

TEST(CodingRules, CapitalsStandForGovernments) {
  EXPECT_THAT(Dyads(Code("Moscow and Washington agreed to restore diplomatic channels.")),
              Contains(::testing::StartsWith("RUSGOV>USAGOV:0")));
}

TEST(CodingRules, PronounAndRoleNounResolveToTheSpeaker) {
  auto events = Code(
      "Russian Ambassador to Pakistan Albert P. Khorev addressed a briefing.\n"
      "He praised Pakistan.\nThe ambassador criticized the West.");
  EXPECT_THAT(Dyads(events), Contains("RUSGOV>PAK:051"));
  EXPECT_THAT(Dyads(events), Contains("RUSGOV>WST:111"));
  for (const Event& e : events) {
    if (e.code == "051") {
      EXPECT_EQ(e.source.entity, "Albert P. Khorev");
    }
  }
}

TEST(CodingRules, NegatedEventsAreNotAsserted) {
  EXPECT_THAT(Code("Russia did not attack Ukraine."), IsEmpty());
  auto all = Code("Russia did not attack Ukraine.", "2025-02-25", true);
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].modality, Modality::kNegated);
}

TEST(CodingRules, ConditionalIsHypothetical) {
  EXPECT_THAT(Code("If progress is made, Russia and the United States could hold talks, he added."), IsEmpty());
}

TEST(CodingRules, PersonCodedByRoleOnTheEventDate) {
  EXPECT_THAT(Dyads(Code("Trump praised Pakistan.", "2025-02-25")), Contains("USAGOV>PAK:051"));
  EXPECT_THAT(Dyads(Code("Trump praised Pakistan.", "2023-06-01")), Contains("USAELI>PAK:051"));
  EXPECT_THAT(Dyads(Code("Blinken praised Pakistan.", "2025-06-01")), Contains("USAELI>PAK:051"));
}

TEST(CodingRules, NominalEventBetweenTwoActors) {
  auto events = Code("Lavrov confirmed a phone conversation between Putin and Trump on February 12.");
  const Event* call = Find(events, "RUSGOV>USAGOV:041");
  ASSERT_NE(call, nullptr) << ::testing::PrintToString(Dyads(events));
  EXPECT_EQ(call->date.ToString(), "2025-02-12");
  EXPECT_THAT(Dyads(events), Contains("USAGOV>RUSGOV:041"));
}

TEST(CodingRules, TerritoryGivesTheTargetCountry) {
  auto events = Code("Russian forces advanced in Kharkov.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].source.code, "RUSMIL");
  ASSERT_TRUE(events[0].target.has_value());
  EXPECT_EQ(events[0].target->code, "UKR");
  EXPECT_EQ(events[0].place->name, "Kharkiv");
}

TEST(CodingRules, HistoricalDateFromTheClause) {
  auto events = Code("Lavrov said Russian forces attacked Ukraine on February 24, 2022.");
  bool dated = false;
  for (const Event& e : events) dated |= e.date.ToString() == "2022-02-24";
  EXPECT_TRUE(dated) << ::testing::PrintToString(Dyads(events));
}

TEST(CodingRules, BoilerplateGivesNoEvents) {
  EXPECT_THAT(Code("Read More: Russian Envoy Slams West Role in Ukraine"), IsEmpty());
}

TEST(CodingRules, FutureEventIsMarked) {
  auto events = Code("Lavrov will visit China next month.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].modality, Modality::kFuture);
  EXPECT_EQ(events[0].date.ToString(), "2025-03");
}


TEST(CodingRules2, DatelineCountryPlacesBareTitlesAndPolice) {
  auto events = Code(
      "TBILISI (Attache Wire) - Prime Minister Irakli Kobakhidze criticized the opposition.\n"
      "Police detained opposition activists.",
      "2024-12-01");
  EXPECT_THAT(Dyads(events), ::testing::Contains(::testing::StartsWith("GEOGOV>GEOOPP:11")));
  EXPECT_THAT(Dyads(events), ::testing::Contains(::testing::StartsWith("GEOCOP>GEOOPP:17")));
}

TEST(CodingRules2, ReducedRelativeParticipleIsNotTheActorsOwnAct) {
  auto events = Code("Belarus freed Rico Krieger, a German citizen sentenced to death in Minsk.", "2024-08-02");
  for (const Event& e : events) EXPECT_NE(e.source.code.substr(0, 3), "DEU") << Dyad(e);
}

TEST(CodingRules2, IsToIsPlanned) {
  auto events = Code("Under the deal, Israel is to release Palestinian prisoners.", "2025-01-20", true);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].modality, Modality::kFuture);
}

TEST(CodingRules2, ConditionalWouldInReportedSpeechIsHypothetical) {
  EXPECT_THAT(Code("Israel would resume attacks on Hamas if talks failed, Netanyahu said.", "2025-01-20"),
              ::testing::IsEmpty());
}


TEST(CodingRules3, TheTwoSidesAreTheLastPairNamedTogether) {
  auto events = Code(
      "Blinken and Lavrov met in Geneva on Friday.\n"
      "According to Blinken, the two men also discussed the Iran nuclear deal.",
      "2022-01-22");
  int reported = 0;
  for (const Event& e : events)
    if (e.attribution && e.attribution->code == "USAGOV" && e.code.rfind("04", 0) == 0) ++reported;
  EXPECT_EQ(reported, 2) << ::testing::PrintToString(Dyads(events));
}


TEST(CodingRules4, DidNotRuleOutIsNoRejection) {
  EXPECT_THAT(Code("Lavrov did not rule out asking China for help."), ::testing::IsEmpty());
  auto all = Code("Lavrov did not rule out asking China for help.", "2025-02-25", true);
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].modality, Modality::kNegated);
}

TEST(CodingRules4, DueToVisitIsPlannedForNextMonth) {
  auto events = Code("Lavrov is due to visit Beijing next month.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].modality, Modality::kFuture);
  EXPECT_EQ(events[0].date.ToString(), "2025-03");
  EXPECT_EQ(Dyad(events[0]), "RUSGOV>CHNGOV:042");
}

TEST(CodingRules4, NotInterestedInACeasefireIsNoCooperation) {
  for (const Event& e : Code("Moscow is not interested in a temporary ceasefire with Ukraine."))
    EXPECT_GT(e.code.substr(0, 2), std::string("09")) << Dyad(e);
}

}  // namespace
}  // namespace attache::testing

namespace attache::testing {
namespace {

TEST(CodingRules5, AppositiveTitleCodesTheNameBeforeIt) {
  EXPECT_THAT(Dyads(Code("Chen Binhua, a spokesman for China's foreign ministry, accused Taiwan of provocations.",
                         "2024-10-15")),
              ::testing::Contains(::testing::StartsWith("CHNGOV>TWN:112")));
}

TEST(CodingRules5, SurnameOfANameIntroducedEarlier) {
  auto events = Code(
      "TAIPEI (Attache Wire) - President Lai Ching-te spoke on Thursday.\n"
      "China's foreign ministry accused Lai of provocations.",
      "2024-10-15");
  EXPECT_THAT(Dyads(events), ::testing::Contains(::testing::StartsWith("CHNGOV>TWNGOV:112")));
}

}  // namespace
}  // namespace attache::testing

namespace attache::testing {
namespace {

TEST(CodingRules6, JudgementOfAnActIsCriticismOfItsDoer) {
  auto events = Code(
      "North Korea fired a ballistic missile at sea targets off Japan on Thursday.\n"
      "South Korea's military called the launch a grave provocation.",
      "2024-10-31");
  EXPECT_THAT(Dyads(events), ::testing::Contains(::testing::StartsWith("KORMIL>PRK")));
}

TEST(CodingRules6, WelcomingTheDealIsAimedAtBothParties) {
  auto events = Code(
      "The EU and Ukraine signed a security agreement on Thursday.\n"
      "UN Secretary-General Antonio Guterres welcomed the agreement.",
      "2024-06-28");
  EXPECT_THAT(Dyads(events), ::testing::Contains("IGOUNO>IGOEUREEC:051"));
  EXPECT_THAT(Dyads(events), ::testing::Contains("IGOUNO>UKR:051"));
}

TEST(CodingRules6, AsDidRepeatsTheActForOthers) {
  auto events = Code("Putin congratulated Maduro on his re-election, as did the leaders of China and Cuba.",
                     "2024-07-30");
  EXPECT_THAT(Dyads(events), ::testing::Contains(::testing::StartsWith("CHNGOV>")));
  EXPECT_THAT(Dyads(events), ::testing::Contains(::testing::StartsWith("CUBGOV>")));
}

TEST(CodingRules6, WarningOfAResponseIsAThreat) {
  auto events = Code(
      "Blinken said any Russian forces crossing into Ukraine would face a swift and severe response.",
      "2022-01-22");
  EXPECT_THAT(Dyads(events), ::testing::Contains(::testing::StartsWith("USAGOV>RUS")));
  for (const Event& e : events)
    if (e.source.code == "USAGOV") {
      EXPECT_EQ(e.code, "130");
    }
}

TEST(CodingRules6, CalledOnIsStillAnAppeal) {
  EXPECT_THAT(Dyads(Code("The United States called on Beijing to show restraint.", "2024-10-15")),
              ::testing::Contains(::testing::StartsWith("USAGOV>CHNGOV:0")));
}

}  // namespace
}  // namespace attache::testing
