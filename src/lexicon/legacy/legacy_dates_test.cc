#include <gtest/gtest.h>

#include "lexicon/legacy/legacy_dictionary.h"

namespace attache::legacy {
namespace {

TEST(LegacyDates, SixAndEightDigits) {
  EXPECT_EQ(ParseLegacyDate("951225"), Date::Day(1995, 12, 25));
  EXPECT_EQ(ParseLegacyDate("19951225"), Date::Day(1995, 12, 25));
  EXPECT_EQ(ParseLegacyDate("18970101"), Date::Day(1897, 1, 1));
  EXPECT_EQ(ParseLegacyDate("000229"), Date::Day(2000, 2, 29));
  EXPECT_EQ(ParseLegacyDate("010229"), std::nullopt);
  EXPECT_EQ(ParseLegacyDate("951301"), std::nullopt);
  EXPECT_EQ(ParseLegacyDate("950100"), std::nullopt);
  EXPECT_EQ(ParseLegacyDate("00000101"), std::nullopt);
}

TEST(LegacyDates, TwoDigitYearsPivotAfterThirty) {
  // TABARI manual 6.5.2 note 1: "Years 00 through 30 are assumed to be 2000 through 2030";
  // PETRARCH's dstr_to_ordate does the same (year <= 30).
  EXPECT_EQ(ParseLegacyDate("300101"), Date::Day(2030, 1, 1));
  EXPECT_EQ(ParseLegacyDate("310101"), Date::Day(1931, 1, 1));
  EXPECT_EQ(ParseLegacyDate("991231"), Date::Day(1999, 12, 31));
  EXPECT_EQ(ParseLegacyDate("050115"), Date::Day(2005, 1, 15));
}

TEST(LegacyDates, FaultyLengthsOfRealDictionaries) {
  // Phoenix.International: "[KORGOVBUS 2004017-20061201]", a digit lost from YYYYMMDD.
  EXPECT_EQ(ParseLegacyDate("2004017"), Date::Day(2004, 1, 7));
  // "YYYYMDD" where the day has two digits and the month one.
  EXPECT_EQ(ParseLegacyDate("2004123"), Date::Day(2004, 12, 3));
  EXPECT_EQ(ParseLegacyDate("2004931"), std::nullopt);  // no reading is a calendar day
  // Phoenix.Countries: "[ARMUNR 9008223-911221]", a digit doubled in YYMMDD.
  EXPECT_EQ(ParseLegacyDate("9008223"), Date::Day(1990, 8, 22));
  // ">201005011" (a stray last digit) and "1920030320" (the century written twice).
  EXPECT_EQ(ParseLegacyDate("201005011"), Date::Day(2010, 5, 1));
  EXPECT_EQ(ParseLegacyDate("1920030320"), Date::Day(2003, 3, 20));
  EXPECT_EQ(ParseLegacyDate("030430040101"), std::nullopt);
  EXPECT_EQ(ParseLegacyDate("12345"), std::nullopt);
  EXPECT_EQ(ParseLegacyDate("95-101"), std::nullopt);
  EXPECT_EQ(ParseLegacyDate(""), std::nullopt);
}

}  // namespace
}  // namespace attache::legacy
