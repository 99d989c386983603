// Passives and participles: who did it, and when a participle only describes a noun.
#include "parse/voice.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.h"

namespace attache::testing {
namespace {

using ::testing::Contains;
using ::testing::Each;
using ::testing::ElementsAre;
using ::testing::Not;

TEST(Voice, ThereWereXKilledIsPassive) {
  // The soldiers were killed: they are no source, whoever killed them.
  EXPECT_THAT(Dyads(Code("There were 10 Russian soldiers killed in Ukraine today.", "2015-01-01", true)),
              Each(Not(::testing::StartsWith("RUSMIL>"))));
  EXPECT_THAT(Dyads(Code("There were at least 5 protesters arrested in Tbilisi by Georgian police.")),
              Contains("GEOCOP>GEOOPP:173"));
}

TEST(Voice, AReducedRelativeBeforeAPassiveDescribesItsSubject) {
  // "imprisoned for ..." describes the civilians; Putin released them.
  EXPECT_THAT(Dyads(Code("The Ukrainian civilians imprisoned for protesting were released yesterday by Putin.", "2023-01-01")),
              ElementsAre("RUSGOV>UKRCVL:0841"));
}

TEST(Voice, AParticipleJoinedToAPassiveIsPassive) {
  // They were flown to Germany; they did not visit it.
  EXPECT_THAT(Dyads(Code("Russian opposition figures were freed and flown to Germany.", "2024-08-02")),
              Each(Not(::testing::HasSubstr(":042"))));
  // "the violence and blamed": no participle before "and".
  EXPECT_THAT(Dyads(Code("Vucic denied that Serbia was behind the violence and blamed Kurti.", "2023-09-25")),
              Contains("SRBGOV>XKXGOV:112"));
}

TEST(Voice, KilledInTheirStrikeNamesTheDoer) {
  EXPECT_THAT(Dyads(Code("Ten Ukrainian civilians were killed in a Russian drone strike.", "2024-07-20")),
              ElementsAre(::testing::StartsWith("RUSMIL>UKRCVL:18")));
}

}  // namespace
}  // namespace attache::testing
