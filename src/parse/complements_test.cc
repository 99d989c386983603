// An act that is the content of an appeal, intent, demand, refusal or threat is coded with it as
// one event (cameo/complements.txt).
#include "parse/complements.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.h"

namespace attache::testing {
namespace {

using ::testing::Contains;
using ::testing::Each;
using ::testing::Not;
using ::testing::StartsWith;

TEST(Complements, AnAppealTakesTheCodeOfWhatItAsksFor) {
  // 020 "ask + to" and 070 "help +": an appeal for aid.
  EXPECT_THAT(Dyads(Code("The US Congress asked Trump to help Ukraine.")), Contains("USALEG>USAGOV:023"));
}

TEST(Complements, ADesireToUseForceIsAThreat) {
  auto events = Code("Russia wants to attack Finland.");
  EXPECT_THAT(Dyads(events), Contains("RUSGOV>FIN:138"));
  // The attack itself is not asserted, and not written beside the threat.
  EXPECT_THAT(Dyads(Code("Russia wants to attack Finland.", "2025-02-25", true)), Each(Not(::testing::HasSubstr(":19"))));
}

TEST(Complements, TheContentsTargetServesAnOuterActWithoutOne) {
  // "threaten to" has no target of its own; the invasion's is the threat's.
  EXPECT_THAT(Dyads(Code("Russia threatened to invade Ukraine.")), Contains("RUSGOV>UKR:1382"));
}

TEST(Complements, ANegatedContentIsNotComposed) {
  // A warning not to attack is no threat to attack.
  EXPECT_THAT(Dyads(Code("The United States warned Iran not to attack Israel.")), Each(Not(StartsWith("USAGOV>IRN:138"))));
}

TEST(Complements, ANegatedActOfWillIsARefusal) {
  EXPECT_THAT(Dyads(Code("Russia will not attend the talks with Ukraine.")), Contains("RUSGOV>UKR:125"));
  // A plain negated fact is no event at all.
  EXPECT_THAT(Dyads(Code("Russia did not attend the talks with Ukraine.")), ::testing::IsEmpty());
}

TEST(Complements, TheRuleIsTheTableEntry) {
  auto events = Code("Russia wants to attack Finland.");
  ASSERT_FALSE(events.empty());
  EXPECT_THAT(events.front().rule, StartsWith("cameo/complements.txt:"));
}

}  // namespace
}  // namespace attache::testing
