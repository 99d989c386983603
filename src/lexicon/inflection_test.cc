#include "lexicon/inflection.h"

#include <gtest/gtest.h>

#include "lexicon/actor_lexicon.h"

namespace attache {
namespace {

TEST(Inflector, RegularForms) {
  Inflector inf;
  auto f = inf.Forms("accuse");
  EXPECT_EQ(f.past, "accused");
  EXPECT_EQ(f.gerund, "accusing");
  EXPECT_EQ(f.third_person, "accuses");
  EXPECT_EQ(inf.Forms("criticize").past, "criticized");
  EXPECT_EQ(inf.Forms("rely").past, "relied");
  EXPECT_EQ(inf.Forms("push").third_person, "pushes");
  EXPECT_EQ(inf.Forms("agree").past, "agreed");
}

TEST(Person, CodeDependsOnTheDate) {
  Person trump;
  trump.name = "Donald Trump";
  trump.roles.push_back({"USAGOV", Date::Day(2017, 1, 20), Date::Day(2021, 1, 20), "president", ""});
  trump.roles.push_back({"USAGOV", Date::Day(2025, 1, 20), std::nullopt, "president", ""});
  EXPECT_EQ(trump.CodeOn(Date::Day(2025, 2, 12)), "USAGOV");
  EXPECT_EQ(trump.CodeOn(Date::Day(2023, 6, 1)), "USAELI");
  EXPECT_EQ(trump.CodeOn(Date::Day(2010, 1, 1)), "USA");
}

TEST(ActorCode, SplitsBaseAndRole) {
  EXPECT_EQ(SplitActorCode("RUSGOV"), (std::pair<std::string, std::string>{"RUS", "GOV"}));
  EXPECT_EQ(SplitActorCode("IGOWSTNATMIL"), (std::pair<std::string, std::string>{"IGOWSTNAT", "MIL"}));
}

}  // namespace
}  // namespace attache
