// The readers on the real dictionaries of TABARI, PETRARCH, PETRARCH2 and UniversalPetrarch (in
// ATTACHE_SHARED_DIR/peer, never copied into the project): every file loads without an
// exception, faults become warnings, and known entries read as their authors meant.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>

#include "lexicon/legacy/legacy_dictionary.h"
#include "lexicon/legacy/legacy_test_util.h"

namespace attache::legacy {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::PeerFile;
using testing::Render;

enum class Kind { kActors, kAgents, kVerbs, kDiscards, kOptions };

void Load(Kind kind, const std::string& file, DictFormat format, Dictionaries& d) {
  const std::string path = PeerFile(file);
  switch (kind) {
    case Kind::kActors:
      ReadActors(path, format, d);
      break;
    case Kind::kAgents:
      ReadAgents(path, format, d);
      break;
    case Kind::kVerbs:
      ReadVerbs(path, format, d);
      break;
    case Kind::kDiscards:
      ReadDiscards(path, format, d);
      break;
    case Kind::kOptions:
      ReadOptions(path, d);
      break;
  }
}

Dictionaries LoadOne(Kind kind, const std::string& file, DictFormat format) {
  Dictionaries d;
  d.format = format;
  Load(kind, file, format, d);
  return d;
}

size_t DatedCodes(const Dictionaries& d) {
  size_t n = 0;
  for (const Actor& a : d.actors)
    for (const DatedCode& c : a.codes) n += c.from || c.to;
  return n;
}
size_t Patterns(const Dictionaries& d) {
  size_t n = 0;
  for (const Verb& v : d.verbs) n += v.patterns.size();  // a PETRARCH block's patterns once
  return n;
}
const Actor* FindActor(const Dictionaries& d, const std::string& phrase) {
  for (const Actor& a : d.actors)
    for (const Phrase& p : a.phrases)
      if (Render(p) == phrase) return &a;
  return nullptr;
}
const Verb* FindVerb(const Dictionaries& d, const std::string& head) {
  for (const Verb& v : d.verbs)
    if (Render(v.head) == head) return &v;
  return nullptr;
}

struct PeerFileCase {
  Kind kind;
  const char* file;
  DictFormat format;
};

const PeerFileCase kAllFiles[] = {
    {Kind::kActors, "TABARI-Code/TABARI.Demo.actors", DictFormat::kTabari},
    {Kind::kAgents, "TABARI-Code/Validate.agents", DictFormat::kTabari},
    {Kind::kVerbs, "TABARI-Code/TABARI.Demo.verbs", DictFormat::kTabari},
    {Kind::kVerbs, "TABARI-Code/CAMEO.091003.master.verbs", DictFormat::kTabari},
    {Kind::kDiscards, "TABARI-Code/discards.txt", DictFormat::kTabari},
    {Kind::kOptions, "TABARI-Code/TABARI.Demo.options", DictFormat::kTabari},
    {Kind::kOptions, "TABARI-Code/Validate.options", DictFormat::kTabari},
    {Kind::kOptions, "TABARI-Code/CAMEO.09b5.options", DictFormat::kTabari},
    {Kind::kActors, "TABARI-Dictionaries/CAMEO.ECS.120522.actors", DictFormat::kTabari},
    {Kind::kActors, "TABARI-Dictionaries/CAMEO.RCS.120521.actors", DictFormat::kTabari},
    {Kind::kActors, "TABARI-Dictionaries/Internatnl.120521.actors", DictFormat::kTabari},
    {Kind::kActors, "TABARI-Dictionaries/Levant.080629.actors", DictFormat::kTabari},
    {Kind::kAgents, "TABARI-Dictionaries/PSU.120522.agents", DictFormat::kTabari},
    {Kind::kVerbs, "TABARI-Dictionaries/CAMEO.080612.verbs", DictFormat::kTabari},
    {Kind::kOptions, "TABARI-Dictionaries/CAMEO.09b5.options", DictFormat::kTabari},
    {Kind::kActors, "petrarch/Phoenix.Countries.actors.txt", DictFormat::kPetrarch},
    {Kind::kActors, "petrarch/Phoenix.International.actors.txt", DictFormat::kPetrarch},
    {Kind::kAgents, "petrarch/Phoenix.agents.txt", DictFormat::kPetrarch},
    {Kind::kVerbs, "petrarch/CAMEO.verbpatterns.150430.txt", DictFormat::kPetrarch},
    {Kind::kActors, "petrarch2/PETR.Validate.actors.txt", DictFormat::kPetrarch},
    {Kind::kAgents, "petrarch2/PETR.Validate.agents.txt", DictFormat::kPetrarch},
    {Kind::kVerbs, "petrarch2/PETR.Validate.verbs.txt", DictFormat::kPetrarch},
    {Kind::kDiscards, "petrarch2/PETR.Validate.discards.txt", DictFormat::kPetrarch},
    {Kind::kVerbs, "petrarch2/CAMEO.2.0.txt", DictFormat::kPetrarch},
    {Kind::kVerbs, "petrarch2/CAMEO.verbpatterns.150430.txt", DictFormat::kPetrarch},
    {Kind::kActors, "petrarch2/Phoenix.Countries.actors.txt", DictFormat::kPetrarch},
    {Kind::kActors, "petrarch2/Phoenix.International.actors.txt", DictFormat::kPetrarch},
    {Kind::kActors, "petrarch2/Phoenix.MilNonState.actors.txt", DictFormat::kPetrarch},
    {Kind::kAgents, "petrarch2/Phoenix.agents.txt", DictFormat::kPetrarch},
    {Kind::kDiscards, "petrarch2/Phoenix.discards.txt", DictFormat::kPetrarch},
    {Kind::kVerbs, "UniversalPetrarch/CAMEO.2.0.txt", DictFormat::kPetrarch},
    {Kind::kActors, "UniversalPetrarch/PETR_Validate_actors_2_02.txt", DictFormat::kPetrarch},
    {Kind::kAgents, "UniversalPetrarch/PETR_Validate_agents_2_02.txt", DictFormat::kPetrarch},
    {Kind::kVerbs, "UniversalPetrarch/PETR_Validate_verbs_2_02.txt", DictFormat::kPetrarch},
    {Kind::kDiscards, "UniversalPetrarch/PETR_Validate_discards_2_02.txt", DictFormat::kPetrarch},
    {Kind::kActors, "UniversalPetrarch/Phoenix.Countries.actors.txt", DictFormat::kPetrarch},
    {Kind::kActors, "UniversalPetrarch/Phoenix.International.actors.txt", DictFormat::kPetrarch},
    {Kind::kActors, "UniversalPetrarch/Phoenix.MilNonState.actors.txt", DictFormat::kPetrarch},
    {Kind::kAgents, "UniversalPetrarch/Phoenix.agents.txt", DictFormat::kPetrarch},
    {Kind::kDiscards, "UniversalPetrarch/Phoenix.discards.txt", DictFormat::kPetrarch},
};

TEST(LegacyPeerFiles, EveryFileLoadsWithoutException) {
  LEGACY_REQUIRE_PEER();
  for (const PeerFileCase& c : kAllFiles) {
    SCOPED_TRACE(c.file);
    Dictionaries d;
    ASSERT_NO_THROW(Load(c.kind, c.file, c.format, d));
    const size_t entries = d.actors.size() + d.agents.size() + d.verbs.size() + d.discards.size() + d.options.size();
    // TABARI-Code's discards.txt is a data table: nothing in it is a discard phrase.
    if (std::string(c.file) == "TABARI-Code/discards.txt") {
      EXPECT_EQ(entries, 0u);
    } else {
      EXPECT_GT(entries, 0u);
    }
    // Every warning names the file and a line ("file:line: reason"), or is a cap's summary.
    for (const std::string& w : d.warnings) EXPECT_THAT(w, HasSubstr(PeerFile(c.file) + ":"));
    std::printf(
        "[ legacy   ] %-52s actors %5zu dated %5zu agents %4zu verbs %4zu patterns %6zu synsets %2zu "
        "discards %3zu options %3zu warnings %3zu\n",
        c.file, d.actors.size(), DatedCodes(d), d.agents.size(), d.verbs.size(), Patterns(d), d.synsets.size(),
        d.discards.size(), d.options.size(), d.warnings.size());
  }
}

TEST(LegacyPeerFiles, TabariDemoActors) {
  LEGACY_REQUIRE_PEER();
  Dictionaries d = LoadOne(Kind::kActors, "TABARI-Code/TABARI.Demo.actors", DictFormat::kTabari);
  EXPECT_THAT(d.warnings, IsEmpty());
  EXPECT_EQ(d.actors.size(), 120u);
  EXPECT_EQ(d.nouns.size(), 8u);
  EXPECT_EQ(d.adjectives.size(), 5u);
  const Actor* axnor = FindActor(d, "AXNOR~");
  ASSERT_TRUE(axnor);
  ASSERT_EQ(axnor->codes.size(), 2u);
  EXPECT_EQ(axnor->codes[0].code, "AR1");
  EXPECT_FALSE(axnor->codes[0].from);
  EXPECT_EQ(axnor->codes[0].to, Date::Day(1991, 12, 26));
  EXPECT_EQ(axnor->codes[1].code, "AR2");
  EXPECT_FALSE(axnor->codes[1].from || axnor->codes[1].to);
  const Actor* gollum = FindActor(d, "SMEAGOL~");
  ASSERT_TRUE(gollum);
  EXPECT_EQ(Render(gollum->phrases[0]), "GOLLUM~");
  ASSERT_EQ(gollum->codes.size(), 3u);
  EXPECT_EQ(gollum->codes[1].code, "HOBGOV");
  EXPECT_EQ(gollum->codes[1].from, Date::Day(1995, 6, 1));
  EXPECT_EQ(gollum->codes[1].to, Date::Day(1999, 8, 15));
  ASSERT_TRUE(FindActor(d, "LORIEN~"));
  EXPECT_EQ(FindActor(d, "LORIEN~")->codes[0].code, "ELR/GAL");
  // "#ALBRIGHZ ..." is a comment line, not an actor.
  EXPECT_FALSE(FindActor(d, "ALBRIGHZ~"));
}

TEST(LegacyPeerFiles, TabariVerbs) {
  LEGACY_REQUIRE_PEER();
  Dictionaries demo = LoadOne(Kind::kVerbs, "TABARI-Code/TABARI.Demo.verbs", DictFormat::kTabari);
  EXPECT_THAT(demo.warnings, IsEmpty());
  EXPECT_EQ(demo.verbs.size(), 283u);
  EXPECT_EQ(Patterns(demo), 516u);
  EXPECT_EQ(demo.synsets.size(), 5u);
  EXPECT_EQ(demo.time_shifts.size(), 12u);
  const Verb* welcome = FindVerb(demo, "WELCOME~");
  ASSERT_TRUE(welcome);
  EXPECT_THAT(testing::Render(welcome->patterns), Contains("- * MEMOS_ ON_ CULTURAL~ FROM~ [911]"));
  const Verb* brk = FindVerb(demo, "BREAK");
  ASSERT_TRUE(brk);
  EXPECT_THAT(brk->forms, ElementsAre("BROKE", "BROKEN", "BROKEN_DOWN"));
  EXPECT_EQ(FindVerb(demo, "ATTEND~")->code, "031!");

  Dictionaries cameo = LoadOne(Kind::kVerbs, "TABARI-Code/CAMEO.091003.master.verbs", DictFormat::kTabari);
  EXPECT_EQ(cameo.verbs.size(), 1216u);
  EXPECT_EQ(Patterns(cameo), 16584u);
  const std::string f = PeerFile("TABARI-Code/CAMEO.091003.master.verbs");
  EXPECT_THAT(cameo.warnings, Contains(f + ":7995: bytes that are not UTF-8 dropped: 1 byte(s)"));
  EXPECT_THAT(cameo.warnings, Contains(HasSubstr(f + ":14918: '{' closed by ']'")));
}

TEST(LegacyPeerFiles, PhoenixActorsAndTheirDatedCodes) {
  LEGACY_REQUIRE_PEER();
  Dictionaries countries = LoadOne(Kind::kActors, "petrarch2/Phoenix.Countries.actors.txt", DictFormat::kPetrarch);
  Dictionaries international =
      LoadOne(Kind::kActors, "petrarch2/Phoenix.International.actors.txt", DictFormat::kPetrarch);
  Dictionaries milnonstate = LoadOne(Kind::kActors, "petrarch2/Phoenix.MilNonState.actors.txt", DictFormat::kPetrarch);
  EXPECT_EQ(countries.actors.size(), 18390u);
  EXPECT_EQ(DatedCodes(countries), 26110u);
  EXPECT_EQ(DatedCodes(international), 452u);
  EXPECT_EQ(DatedCodes(milnonstate), 1u);

  const Actor* afghanistan = FindActor(countries, "AFGHANISTAN");
  ASSERT_TRUE(afghanistan);
  EXPECT_EQ(afghanistan->codes[0].code, "AFG");
  EXPECT_EQ(Render(afghanistan->phrases[1]), "AFGHAN");
  const Actor* zahir = FindActor(countries, "MOHAMMAD_ ZAHIR_ SHAH");
  ASSERT_TRUE(zahir);
  EXPECT_EQ(zahir->codes[0].code, "AFGELI");
  EXPECT_EQ(zahir->codes[0].from, Date::Day(1932, 1, 1));
  EXPECT_EQ(zahir->codes[0].to, Date::Day(1933, 11, 8));

  const std::string f = PeerFile("petrarch2/Phoenix.Countries.actors.txt");
  EXPECT_THAT(countries.warnings,
              Contains(f + ":2039: date read with a guess: 7-digit date '9008223' read as 1990-08-22"));
  EXPECT_THAT(countries.warnings, Contains(f + ":24824: indentation mixes blanks and tabs"));
  EXPECT_THAT(countries.warnings, Contains(HasSubstr(f + ":11234: damaged characters")));
  const std::string g = PeerFile("petrarch2/Phoenix.International.actors.txt");
  EXPECT_THAT(international.warnings, Contains(HasSubstr(g + ":4066: '&' inside a name")));
  EXPECT_TRUE(FindActor(international, "AT&T"));
}

TEST(LegacyPeerFiles, Agents) {
  LEGACY_REQUIRE_PEER();
  Dictionaries phoenix = LoadOne(Kind::kAgents, "petrarch2/Phoenix.agents.txt", DictFormat::kPetrarch);
  EXPECT_EQ(phoenix.agents.size(), 2244u);
  bool cattleman = false;
  for (const Agent& a : phoenix.agents)
    for (const Phrase& p : a.phrases) cattleman |= Render(p) == "CATTLEWOMEN" && a.code == "AGR" && !a.prefix;
  EXPECT_TRUE(cattleman);
  Dictionaries tabari = LoadOne(Kind::kAgents, "TABARI-Code/Validate.agents", DictFormat::kTabari);
  EXPECT_THAT(tabari.warnings, IsEmpty());
  EXPECT_EQ(tabari.agents.size(), 86u);
  EXPECT_EQ(Render(tabari.agents[0].phrases[0]), "PARLIAMENTARY_ OPPOSITION");
  EXPECT_EQ(tabari.agents[0].code, "OPP");
}

TEST(LegacyPeerFiles, Petrarch2CameoVerbs) {
  LEGACY_REQUIRE_PEER();
  Dictionaries d = LoadOne(Kind::kVerbs, "petrarch2/CAMEO.2.0.txt", DictFormat::kPetrarch);
  EXPECT_EQ(d.verbs.size(), 1817u);
  EXPECT_EQ(Patterns(d), 99998u);
  EXPECT_EQ(d.synsets.size(), 40u);
  EXPECT_EQ(d.transformations.size(), 8u);
  EXPECT_EQ(d.transformations[0].text, "a (a b ATTACK) SAY = a b 015");
  const Verb* offend = FindVerb(d, "OFFEND");
  ASSERT_TRUE(offend);
  EXPECT_EQ(offend->code, "");
  EXPECT_EQ(offend->paired, "110");
  const Verb* ask_for = FindVerb(d, "ASK_ FOR");
  ASSERT_TRUE(ask_for);
  EXPECT_THAT(ask_for->forms, ElementsAre("ASKED", "ASKING", "ASKS"));
  EXPECT_FALSE(ask_for->inflect);
  for (const Verb& v : d.verbs)
    if (v.patterns_from) {
      EXPECT_TRUE(v.patterns.empty());
    }
}

// What a PETRARCH coder loads: all Phoenix actors and the CAMEO 2.0 verbs. (How long it takes
// is measured by bench/bench_legacy_load.)
TEST(LegacyPeerFiles, PhoenixAndCameo2) {
  LEGACY_REQUIRE_PEER();
  Dictionaries d;
  d.format = DictFormat::kPetrarch;
  for (const char* f : {"petrarch2/Phoenix.Countries.actors.txt", "petrarch2/Phoenix.International.actors.txt",
                        "petrarch2/Phoenix.MilNonState.actors.txt"})
    ReadActors(PeerFile(f), DictFormat::kPetrarch, d);
  ReadVerbs(PeerFile("petrarch2/CAMEO.2.0.txt"), DictFormat::kPetrarch, d);
  std::printf("[ legacy   ] Phoenix actors (3 files) + CAMEO.2.0.txt: %zu actors, %zu dated codes, %zu verbs, %zu patterns\n",
              d.actors.size(), DatedCodes(d), d.verbs.size(), Patterns(d));
  EXPECT_EQ(DatedCodes(d), 26563u);
}

}  // namespace
}  // namespace attache::legacy
