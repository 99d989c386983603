#include "validate/event_score.h"

#include <gtest/gtest.h>

namespace attache {
namespace {

TEST(EventScore, LenientMatchesPrimaryActorsAndRootStrictTheTriple) {
  EventScore s;
  // Right countries and root, other role and sub-code: lenient only.
  s.Add({{"PHL", "SYRREB", "193"}}, {{"PHLMIL", "SYRREB", "190"}}, false);
  EXPECT_EQ(s.lenient.matched, 1u);
  EXPECT_EQ(s.strict.matched, 0u);
  // IGO codes count whole: IGOUNO is not IGOEU.
  s.Add({{"IGOUNO", "SYR", "040"}}, {{"IGOEUREEC", "SYR", "040"}}, false);
  EXPECT_EQ(s.lenient.matched, 1u);
  EXPECT_EQ(s.lenient.written, 2u);
  EXPECT_EQ(s.lenient.expected, 2u);
  EXPECT_DOUBLE_EQ(s.lenient.Precision(), 0.5);
}

TEST(EventScore, EachExpectedEventMatchesOnceAndPartialRecordsIgnoreExtras) {
  EventScore s;
  s.Add({{"USA", "RUS", "040"}}, {{"USA", "RUS", "040"}, {"USA", "RUS", "040"}}, false);
  EXPECT_EQ(s.strict.matched, 1u);
  EXPECT_EQ(s.strict.written, 2u);
  s.Add({{"GON", "MOR", "111"}}, {{"GON", "MOR", "111"}, {"ARN", "GON", "042"}}, true);
  EXPECT_EQ(s.strict.matched, 2u);
  EXPECT_EQ(s.strict.written, 3u);  // the extra event of the partial record is not counted
  EXPECT_DOUBLE_EQ(s.strict.Recall(), 1.0);
}

}  // namespace
}  // namespace attache
