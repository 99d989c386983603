#include "match/actor_matcher.h"

#include <gtest/gtest.h>

#include "match/place_matcher.h"
#include "split/sentence_splitter.h"
#include "test_support.h"

namespace attache {
namespace {

std::vector<std::string> Codes(const std::string& text, const Lexicon& lex = testing::BundledLexicon()) {
  Document doc;
  doc.text = text;
  doc.published = Date::Day(2025, 2, 25);
  doc.kept.push_back({0, static_cast<uint32_t>(text.size())});
  SplitSentences(doc, lex.abbreviations);
  Discourse discourse;
  SentenceAnnotations ann;
  MatchActors(doc, doc.sentences.at(0), lex, discourse, ann);
  MatchPlaces(doc, doc.sentences.at(0), lex, ann);
  std::vector<std::string> out;
  for (const ActorPhrase& a : ann.actors)
    out.push_back(a.base + a.sector + (a.group >= 0 ? "*" : "") + (a.entity.empty() ? "" : "=" + a.entity));
  return out;
}

TEST(ActorMatcher, DemonymAndAgent) {
  EXPECT_EQ(Codes("Russian forces advanced."), (std::vector<std::string>{"RUSMIL"}));
}

TEST(ActorMatcher, TitleIntroducesAName) {
  // A name the lexicon does not know takes its code from the title before it.
  EXPECT_EQ(Codes("Russian Ambassador to Brazil Ivan I. Petrovsky spoke."),
            (std::vector<std::string>{"RUSGOV=Ivan I. Petrovsky"}));
  // A lexicon person keeps the country of their role; the role is coded at the event's date.
  EXPECT_EQ(Codes("Russian Ambassador to Pakistan Albert P. Khorev spoke."),
            (std::vector<std::string>{"RUS=Albert P. Khorev"}));
}

TEST(ActorMatcher, AgentIsSharedInACompound) {
  EXPECT_EQ(Codes("Russian and US officials met."), (std::vector<std::string>{"RUSGOV*", "USAGOV*"}));
}

TEST(ActorMatcher, CapitalIsTheGovernmentUnlessItIsWhereSomethingHappens) {
  EXPECT_EQ(Codes("Moscow protested."), (std::vector<std::string>{"RUSGOV"}));
  EXPECT_EQ(Codes("They met in Moscow."), (std::vector<std::string>{"=they"}));  // only the pronoun
  // Where a locative is an actor, as TABARI and PETRARCH have it, it is the country.
  std::vector<std::string> warnings;
  auto legacy = Lexicon::Load(LexiconPaths{}, &warnings);
  legacy->conventions.locatives_are_places = false;
  EXPECT_EQ(Codes("Activists protested in Moscow.", *legacy), (std::vector<std::string>{"OPP", "RUS"}));
}

TEST(ActorMatcher, ListWithoutConjunctionIsNoGroup) {
  EXPECT_EQ(Codes("According to Lavrov, NATO troops attacked."),
            (std::vector<std::string>{"RUS=Sergey Lavrov", "IGOWSTNATMIL"}));
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST(ActorMatcher, PossessiveCountryAndAgent) {
  EXPECT_EQ(Codes("China's army attacked Taiwan."), (std::vector<std::string>{"CHNMIL", "TWN"}));
}

}  // namespace
}  // namespace attache
