#include "validate/suite.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace attache {
namespace {

using Expect = SuiteRecord::Expect;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

const std::string kPeer = ATTACHE_SHARED_DIR "/peer";

// A fresh directory for the running test.
std::filesystem::path TestDir() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) /
                              (std::string("attache_suite_") + info->test_suite_name() + "_" + info->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string Write(const std::filesystem::path& dir, const std::string& name, std::string_view content) {
  const std::filesystem::path path = dir / name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  return path.string();
}

const SuiteRecord* Find(const Suite& s, std::string_view id) {
  for (const SuiteRecord& r : s.records) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

bool Warned(const Suite& s, std::string_view fragment) {
  for (const std::string& w : s.warnings) {
    if (w.find(fragment) != std::string::npos) return true;
  }
  return false;
}

std::string All(const Suite& s) {
  std::string all;
  for (const std::string& w : s.warnings) all += "\n  " + w;
  return all;
}

const char* Name(Expect e) {
  switch (e) {
    case Expect::kEvents: return "events";
    case Expect::kNone: return "none";
    case Expect::kDiscard: return "discard";
    case Expect::kComplex: return "complex";
    case Expect::kOption: return "option";
    case Expect::kError: return "error";
    case Expect::kSkip: return "skip";
  }
  return "?";
}

std::map<Expect, size_t> Count(const Suite& s) {
  std::map<Expect, size_t> n;
  for (const SuiteRecord& r : s.records) ++n[r.expect];
  return n;
}

void Report(const Suite& s) {
  std::cout << s.path << ": " << s.records.size() << " records:";
  for (const auto& [kind, n] : Count(s)) std::cout << " " << Name(kind) << " " << n;
  std::cout << "; " << s.warnings.size() << " warnings\n";
  for (const std::string& w : s.warnings) std::cout << "  " << w << "\n";
}

// ---------------------------------------------------------------------------------------------
// TABARI

constexpr std::string_view kProject =
    "Validation file for a test\n"
    "<problemfile> Validate.prob\n"
    "<actorsfile> \tdemo.actors\n"
    "<verbsfile> \tdemo.verbs\n"
    "<optionsfile> demo.options\n"
    "<agentsfile>  demo.agents\n"
    "<textfile> \t\tdemo.text\n"
    "<eventfile> \tdemo.evt\n"
    "<session 1> <coder ***> <date Fri 31 Mar 2000> <records 8> <last 0>\n";

Suite TabariSuite(const std::filesystem::path& dir, std::string_view text) {
  const std::string project = Write(dir, "demo.project", kProject);
  Write(dir, "demo.text", text);
  return ReadTabariSuite(project);
}

TEST(SuiteTabari, ProjectNamesTheDictionariesBesideIt) {
  const auto dir = TestDir();
  const Suite s = TabariSuite(dir, "950101 DEMO-01\nArnor met Gondor.\n/* \\n{ ARN / GON / 040 } */\n");
  EXPECT_EQ(s.format, legacy::DictFormat::kTabari);
  EXPECT_THAT(s.actors, ElementsAre((dir / "demo.actors").string()));
  EXPECT_EQ(s.agents, (dir / "demo.agents").string());
  EXPECT_EQ(s.verbs, (dir / "demo.verbs").string());
  EXPECT_EQ(s.options, (dir / "demo.options").string());
  EXPECT_EQ(s.discards, "");
  ASSERT_EQ(s.records.size(), 1u);
  EXPECT_TRUE(s.warnings.empty()) << All(s);
}

TEST(SuiteTabari, RecordsGiveTheirIdDateTextAndExpectations) {
  const Suite s = TabariSuite(TestDir(),
                              "####################\n"
                              "#   BASIC TESTS\n"
                              "####################\n"
                              "\n"
                              "950103  DEMO-04\n"
                              "Dagolath's first Deputy Prime Minister Telemar left for \n"
                              "Minas Tirith on Wednesday.\n"
                              "/*\\n---------------\n"
                              "\\n[Paired events]\n"
                              "\\n{ DAG / GON / 032 } 950103      \n"
                              "\\n{ GON / DAG / 033 } 950103   */   \n"
                              "\n"
                              "950101  DEMO-13\n"
                              "Arnor on Thursday signed a trade protocol with Dagolath./*\n"
                              "\\n{ ARN / DAG / 085 } */\n");
  ASSERT_EQ(s.records.size(), 2u);
  const SuiteRecord& r = s.records[0];
  EXPECT_EQ(r.id, "DEMO-04");
  EXPECT_EQ(r.category, "DEMO");
  EXPECT_EQ(r.where, "demo.text:5");
  EXPECT_EQ(r.date, Date::Day(1995, 1, 3));
  EXPECT_EQ(r.text, "Dagolath's first Deputy Prime Minister Telemar left for Minas Tirith on Wednesday.");
  EXPECT_EQ(r.expect, Expect::kEvents);
  EXPECT_THAT(r.expected, ElementsAre(ExpectedEvent{"DAG", "GON", "032"}, ExpectedEvent{"GON", "DAG", "033"}));
  EXPECT_EQ(r.event_date, Date::Day(1995, 1, 3));
  EXPECT_FALSE(r.partial);
  EXPECT_EQ(s.records[1].text, "Arnor on Thursday signed a trade protocol with Dagolath.");
  EXPECT_THAT(s.records[1].expected, ElementsAre(ExpectedEvent{"ARN", "DAG", "085"}));
  EXPECT_EQ(s.records[1].event_date, std::nullopt);
  EXPECT_TRUE(s.warnings.empty()) << All(s);
}

TEST(SuiteTabari, SpecialCodesAndOptions) {
  const Suite s = TabariSuite(TestDir(),
                              "950101  NONE-01\nNothing happened here.\n/* \\n{---} 950101 */\n\n"
                              "950101  DISC-01\nA sports story.\n/* \\n{ ### }  */\n\n"
                              "950101  CPLX-01\nA long story.\n/*\\n[note]\n\\n{+++}*/\n\n"
                              "950101  CPLX-02\nMedals table.\n/* \\n{ +++ } */\n\n"
                              "950101 OPT-01\nSwitching options.\n"
                              "/*\\n---   \n\\n{ OPTION: DEFAULT: OFF } \n"
                              "\\n{ OPTION:  COMPLEX: VERBS[5] CONJ[4]  EXPLAIN  } */\n");
  ASSERT_EQ(s.records.size(), 5u);
  EXPECT_EQ(s.records[0].expect, Expect::kNone);
  EXPECT_EQ(s.records[1].expect, Expect::kDiscard);
  EXPECT_EQ(s.records[2].expect, Expect::kComplex);
  EXPECT_EQ(s.records[3].expect, Expect::kComplex);
  EXPECT_EQ(s.records[4].expect, Expect::kOption);
  EXPECT_EQ(s.records[4].option, "DEFAULT: OFF\nCOMPLEX: VERBS[5] CONJ[4] EXPLAIN");
  for (const SuiteRecord& r : s.records) EXPECT_TRUE(r.expected.empty()) << r.id;
  EXPECT_TRUE(s.warnings.empty()) << All(s);
}

TEST(SuiteTabari, LeadingMinusCommentsOutTheCheck) {
  const Suite s = TabariSuite(TestDir(),
                              "950101  DEMO-05\nArnor is about to restore fxll ties with Gondor.\n"
                              "/* \\n[Complex coding]\n\\n-{ARN / GON / 064  } */\n\n"
                              "950104  COMPOUND-07\nMordor, the Shire and Bree welcomed ties.\n"
                              "/* \\n{  ORC / GON / 041 } (PRAISE)    WELCOMED \n"
                              "\\n{  FRO / GON / 041 } (PRAISE)    WELCOMED \n"
                              "\\n-{ --- / --- / 000 }\n*/\n");
  ASSERT_EQ(s.records.size(), 2u);
  // As the first block: TABARI checks nothing, whatever is coded.
  EXPECT_EQ(s.records[0].expect, Expect::kSkip);
  EXPECT_TRUE(s.records[0].expected.empty());
  // After events: those are expected, further ones are not checked.
  EXPECT_EQ(s.records[1].expect, Expect::kEvents);
  EXPECT_TRUE(s.records[1].partial);
  EXPECT_THAT(s.records[1].expected, ElementsAre(ExpectedEvent{"ORC", "GON", "041"}, ExpectedEvent{"FRO", "GON", "041"}));
  EXPECT_TRUE(s.warnings.empty()) << All(s);
}

TEST(SuiteTabari, FaultyDatesAreReadAsTabariReadsThem) {
  const Suite s = TabariSuite(TestDir(),
                              "9501201  ACTORSYN-01\nGollum is about to restore ties with Gondor.\n"
                              "/* \\n{ HOB / GON / 064 } */\n\n"
                              "950101 YYYY-Initiate\nInitiating change in .options file.\n"
                              "/* \\n{ OPTION: SET: YYYY = TRUE } */\n\n"
                              "186010029 YYYY-03\nFornost is about to restore ties with Gondor.\n"
                              "/* \\n{ FOR / GON / 064 } */\n\n"
                              "20150607 YYYY-01\nFornost restored ties.\n/* \\n{ FOR / GON / 064 } */\n\n"
                              "19950101 YYYY-Cancel\nBack to two digits.\n/* \\n{ OPTION: SET: YYYY = FALSE } */\n\n"
                              "951301  BAD-01\nA month that is none.\n/* \\n{ ARN / GON / 064 } */\n\n"
                              "300101  PIVOT-01\nThirty.\n/* \\n{---} */\n\n"
                              "310101  PIVOT-02\nThirty-one.\n/* \\n{---} */\n\n"
                              "950101  950101  AGENTS-11\nWhite House officials restored ties.\n"
                              "/* \\n{ USAGOV / GON / 064 } */\n");
  ASSERT_EQ(s.records.size(), 9u);
  const SuiteRecord* r = Find(s, "ACTORSYN-01");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->date, Date::Day(1995, 1, 20));  // TABARI reads the first six digits
  EXPECT_EQ(r->expect, Expect::kEvents);
  EXPECT_TRUE(Warned(s, "demo.text:1: ACTORSYN-01: record date \"9501201\" has 7 digits: read as 1995-01-20")) << All(s);
  r = Find(s, "YYYY-03");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->date, Date::Day(1860, 10, 2));  // the first eight once SET: YYYY = TRUE
  EXPECT_EQ(r->expect, Expect::kEvents);
  EXPECT_TRUE(Warned(s, "demo.text:9: YYYY-03: record date \"186010029\" has 9 digits: read as 1860-10-02")) << All(s);
  EXPECT_EQ(Find(s, "YYYY-01")->date, Date::Day(2015, 6, 7));
  EXPECT_EQ(Find(s, "YYYY-Cancel")->expect, Expect::kOption);
  r = Find(s, "BAD-01");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->date, std::nullopt);
  EXPECT_EQ(r->expect, Expect::kSkip);
  EXPECT_TRUE(Warned(s, "BAD-01: record date \"951301\" is not a date (YYMMDD): record skipped")) << All(s);
  EXPECT_EQ(Find(s, "PIVOT-01")->date, Date::Day(2030, 1, 1));
  EXPECT_EQ(Find(s, "PIVOT-02")->date, Date::Day(1931, 1, 1));
  r = Find(s, "AGENTS-11");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->category, "AGENTS");
  EXPECT_TRUE(Warned(s, "demo.text:33: AGENTS-11: the date is written twice")) << All(s);
  EXPECT_EQ(s.warnings.size(), 4u) << All(s);
}

TEST(SuiteTabari, MalformedCommentsAndStrayExpectations) {
  const Suite s = TabariSuite(TestDir(),
                              "950104  COMPOUND-06\nFornost and Gondor welcomed ties.\n"
                              "/*\\n[Codes a paired compound source \n"
                              "\\n{ FOR / GON / 044 } 950104      \n"
                              "\\n{ GON / FOR / 045 }   /*\n"
                              "\n"
                              "950104  PATTERN-26\nMordor welcomed a resumption of ties.\n"
                              "/*\\n[Compound]\n\\n{ FOR / GON / 044 } \n\\n{ GON / FOR / 045 }  */    \n"
                              "\\n{ GON / FOR / 046 } \n"
                              "\\n{ FOR / GON / 047 }  */    \n"
                              "\n"
                              "970102 MINWRD-ACTIVATE\nReducing the minimum words.\n"
                              "/*\\n---    \n\\n{ OPTION: SET: MINIMUM WORDS = 4  */    \n"
                              "\n"
                              "950101 ODD-01\nA record with a bad block.\n/* \\n{ ARN / 064 }\n\\n{ ARN / GON / 064 } */\n"
                              "\n"
                              "950101  YYYY-check\nArnor restored ties */ with Gondor.\n"
                              "/*\\n[Confirm]\n\\n{ ARN / GON / 064 } */    :\n");
  ASSERT_EQ(s.records.size(), 5u);
  const SuiteRecord* r = Find(s, "COMPOUND-06");
  ASSERT_NE(r, nullptr);
  EXPECT_THAT(r->expected, ElementsAre(ExpectedEvent{"FOR", "GON", "044"}, ExpectedEvent{"GON", "FOR", "045"}));
  EXPECT_TRUE(Warned(s, "demo.text:3: COMPOUND-06: comment \"/*\" is not closed before the record ends")) << All(s);
  r = Find(s, "PATTERN-26");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->text, "Mordor welcomed a resumption of ties.");
  EXPECT_EQ(r->expected.size(), 4u);
  EXPECT_TRUE(Warned(s, "demo.text:12: PATTERN-26: expected events after the comment's end")) << All(s);
  r = Find(s, "MINWRD-ACTIVATE");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->expect, Expect::kOption);
  EXPECT_EQ(r->option, "SET: MINIMUM WORDS = 4");
  EXPECT_TRUE(Warned(s, "demo.text:18: MINWRD-ACTIVATE: \"{\" without \"}\"")) << All(s);
  r = Find(s, "ODD-01");
  ASSERT_NE(r, nullptr);
  EXPECT_THAT(r->expected, ElementsAre(ExpectedEvent{"ARN", "GON", "064"}));
  EXPECT_TRUE(Warned(s, "ODD-01: \"{ARN / 064}\" is not an event")) << All(s);
  r = Find(s, "YYYY-check");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->text, "Arnor restored ties with Gondor.");
  EXPECT_THAT(r->expected, ElementsAre(ExpectedEvent{"ARN", "GON", "064"}));
  EXPECT_TRUE(Warned(s, "demo.text:26: YYYY-check: \"*/\" closes no comment: dropped")) << All(s);
  EXPECT_TRUE(Warned(s, "demo.text:28: YYYY-check: \":\" after the comment: dropped")) << All(s);
  EXPECT_EQ(s.warnings.size(), 6u) << All(s);
}

TEST(SuiteTabari, OddContentStartAndTheEndOfTheStandardRecords) {
  const Suite s = TabariSuite(
      TestDir(),
      "000101  START-00\nValidation suite: code all of these sentences until a record says\n"
      "\"end of the standard validation records\"\n/*\\n--- \\n{+++}  */\n\n"
      "Stray text where a header is due\n\n"
      "000423   DEBUG-21\nFollowing is the medals table:\n\x1A\x1A\x1AGondor\x1A\x1A" "3\x1A\x1A" "7\n"
      "/*\\n Non-printing characters\n\\n{ +++ } */\n\n"
      "950112  DEBUG-08b\nA choice of drinks.\n/*\\n**\n\\n{+++}\n\\n** */\nMore text after the comment.\n\n"
      "950101 NOTEST-01\nA record with no expectations at all.\n\n"
      "990101  FINAL-01\nThis is the end of the standard validation records.\n\\n\n\\nPress Q to quit.\n\n"
      "950112  LINELONG-01\nA line too long.\n/*\\n{+++}*/\n");
  ASSERT_EQ(s.records.size(), 6u);
  EXPECT_EQ(Find(s, "START-00")->expect, Expect::kSkip);
  const SuiteRecord* r = Find(s, "DEBUG-21");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->expect, Expect::kComplex);
  EXPECT_EQ(r->text, "Following is the medals table: Gondor 3 7");
  EXPECT_TRUE(Warned(s, "DEBUG-21: control characters (0x1A) in the text, read as spaces")) << All(s);
  r = Find(s, "DEBUG-08b");
  EXPECT_EQ(r->text, "A choice of drinks. More text after the comment.");
  EXPECT_EQ(r->expect, Expect::kComplex);
  EXPECT_EQ(Find(s, "NOTEST-01")->expect, Expect::kSkip);
  EXPECT_TRUE(Warned(s, "NOTEST-01: no expected events")) << All(s);
  r = Find(s, "FINAL-01");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->expect, Expect::kSkip);
  EXPECT_EQ(r->text, "This is the end of the standard validation records. Press Q to quit.");
  EXPECT_TRUE(Warned(s, "FINAL-01 ends the standard validation records")) << All(s);
  EXPECT_EQ(Find(s, "LINELONG-01")->expect, Expect::kSkip);
  EXPECT_TRUE(Warned(s, "demo.text:6: text without a record header")) << All(s);
  EXPECT_EQ(s.warnings.size(), 4u) << All(s);
}

TEST(SuiteTabari, UnreadableProjectOrTextThrows) {
  const auto dir = TestDir();
  EXPECT_THROW(ReadTabariSuite((dir / "absent.project").string()), std::runtime_error);
  const std::string project = Write(dir, "demo.project", kProject);  // demo.text is absent
  try {
    ReadTabariSuite(project);
    ADD_FAILURE() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr("demo.text"));
  }
}

TEST(SuiteTabari, ValidateProject) {
  const std::string path = kPeer + "/TABARI-Code/Validate.project";
  if (!std::filesystem::exists(kPeer)) GTEST_SKIP() << kPeer << " is absent: the peer suites are not read";
  const Suite s = ReadTabariSuite(path);
  Report(s);
  const std::string dir = kPeer + "/TABARI-Code/";
  EXPECT_THAT(s.actors, ElementsAre(std::filesystem::path(dir + "TABARI.Demo.actors").lexically_normal().string()));
  EXPECT_EQ(s.verbs, std::filesystem::path(dir + "TABARI.Demo.verbs").lexically_normal().string());
  EXPECT_EQ(s.agents, std::filesystem::path(dir + "Validate.agents").lexically_normal().string());
  EXPECT_EQ(s.options, std::filesystem::path(dir + "Validate.options").lexically_normal().string());
  EXPECT_EQ(s.discards, "");

  // TABARI codes 472 records before FINAL-01, which ends the standard ones; 8 more follow.
  ASSERT_EQ(s.records.size(), 481u);
  size_t before_final = 0;
  while (before_final < s.records.size() && s.records[before_final].id != "FINAL-01") ++before_final;
  EXPECT_EQ(before_final, 472u);
  for (size_t i = before_final; i < s.records.size(); ++i) EXPECT_EQ(s.records[i].expect, Expect::kSkip) << s.records[i].id;
  const std::map<Expect, size_t> n = Count(s);
  EXPECT_EQ(n.at(Expect::kEvents), 400u);
  EXPECT_EQ(n.at(Expect::kNone), 16u);
  EXPECT_EQ(n.at(Expect::kDiscard), 7u);
  EXPECT_EQ(n.at(Expect::kComplex), 20u);
  EXPECT_EQ(n.at(Expect::kOption), 23u);
  EXPECT_EQ(n.at(Expect::kSkip), 15u);  // START-00, 5 commented out, FINAL-01 and the 8 after it
  EXPECT_EQ(n.count(Expect::kError), 0u);

  const SuiteRecord* r = Find(s, "DEMO-04");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->category, "DEMO");
  EXPECT_EQ(r->date, Date::Day(1995, 1, 3));
  EXPECT_THAT(r->expected, ElementsAre(ExpectedEvent{"DAG", "GON", "032"}, ExpectedEvent{"GON", "DAG", "033"}));
  EXPECT_EQ(Find(s, "DEMO-05")->expect, Expect::kSkip);
  EXPECT_EQ(Find(s, "START-00")->expect, Expect::kSkip);
  r = Find(s, "TIME-01");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->date, Date::Day(1995, 1, 4));
  EXPECT_EQ(r->event_date, Date::Day(1995, 1, 3));
  r = Find(s, "COMPOUND-07");
  ASSERT_NE(r, nullptr);
  EXPECT_TRUE(r->partial);
  EXPECT_EQ(r->expected.size(), 7u);
  r = Find(s, "ACTORSYN-01");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->date, Date::Day(1995, 1, 20));
  EXPECT_EQ(r->where, "Validate.text:1060");
  EXPECT_EQ(r->expect, Expect::kEvents);
  r = Find(s, "YYYY-03");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->date, Date::Day(1860, 10, 2));
  EXPECT_EQ(r->where, "Validate.text:3397");
  r = Find(s, "DEFAULT-CMD01");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->option, "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER\nCOMPLEX: VERBS[5] CONJ[4] EXPLAIN");
  EXPECT_EQ(Find(s, "TIME-Cancel")->option, "SET: TIME SHIFT = FALSE");
  EXPECT_EQ(Find(s, "AGENTS-11")->expected.size(), 2u);
  EXPECT_EQ(Find(s, "PATTERN-26")->expected.size(), 4u);
  EXPECT_EQ(Find(s, "DEBUG-21")->expect, Expect::kComplex);
  EXPECT_EQ(Find(s, "TIME-03")->expect, Expect::kDiscard);
  EXPECT_TRUE(Warned(s, "Validate.text:1060: ACTORSYN-01: record date \"9501201\"")) << All(s);
  EXPECT_TRUE(Warned(s, "Validate.text:3397: YYYY-03: record date \"186010029\"")) << All(s);
}

// ---------------------------------------------------------------------------------------------
// PETRARCH

constexpr std::string_view kEnvironment =
    "<Environment>\n"
    "    <Verbfile>demo.verbs.txt</Verbfile>\n"
    "    <Actorfile>a.actors.txt, b.actors.txt</Actorfile>\n"
    "    <Agentfile>demo.agents.txt</Agentfile>\n"
    "    <Discardfile>demo.discards.txt</Discardfile>\n"
    "    <Errorfile>Errors.txt</Errorfile>  <!-- not used -->\n"
    "    <Include>valid DEMO ERROR </Include>\n"
    "    <Config option=\"stop_on_error\" value=\"True\"></Config>\n"
    "</Environment>\n";

Suite PetrarchSuite(const std::filesystem::path& dir, std::string_view sentences) {
  return ReadPetrarchSuite(Write(dir, "demo.xml", std::string("<Validation>\n") + std::string(kEnvironment) +
                                                      "<Sentences>\n" + std::string(sentences) +
                                                      "</Sentences>\n</Validation>\n"));
}

TEST(SuitePetrarch, EnvironmentAndWellFormedRecords) {
  const auto dir = TestDir();
  const Suite s = PetrarchSuite(dir,
                                "<!--\n######\n# BASIC TESTS <Sentence id=\"X\">\n######\n-->\n"
                                "<Sentence date=\"19950101\" id=\"DEMO-01\" category=\"DEMO\" sentence=\"true\">\n"
                                "<!-- Simple coding -->\n"
                                "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
                                "<!--EventCoding sourcecode=\"GON\" targetcode=\"OSG\" eventcode=\"041\"-->\n"
                                "<Text>\nArnor is about to restore full &amp;TIETYPE ties   with Gondor \n"
                                "almost five years after crowds trashed its embassy.\n</Text>\n"
                                "<Parse>\n(ROOT (S (NP (NNP Arnor)) (VP (VBZ is)) (. .)))\n</Parse>\n"
                                "</Sentence>\n"
                                "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
                                "<Sentence date = \"19950112\" id =\"DEMO-24\" category=\"DEMO\">\n"
                                "<EventCoding noevents = \"True\"> </EventCoding>\n"
                                "<Text>Eriador's death toll has risen.</Text>\n<Parse>(ROOT)</Parse>\n</Sentence>\n");
  EXPECT_EQ(s.format, legacy::DictFormat::kPetrarch);
  EXPECT_EQ(s.verbs, (dir / "demo.verbs.txt").string());
  EXPECT_THAT(s.actors, ElementsAre((dir / "a.actors.txt").string(), (dir / "b.actors.txt").string()));
  EXPECT_EQ(s.agents, (dir / "demo.agents.txt").string());
  EXPECT_EQ(s.discards, (dir / "demo.discards.txt").string());
  EXPECT_EQ(s.options, "");
  ASSERT_EQ(s.records.size(), 4u);
  EXPECT_EQ(s.records[0].expect, Expect::kOption);
  EXPECT_EQ(s.records[0].option, "stop_on_error = True");
  const SuiteRecord& r = s.records[1];
  EXPECT_EQ(r.id, "DEMO-01");
  EXPECT_EQ(r.category, "DEMO");
  EXPECT_EQ(r.date, Date::Day(1995, 1, 1));
  EXPECT_EQ(r.where, "demo.xml:17");
  EXPECT_EQ(r.expect, Expect::kEvents);
  EXPECT_THAT(r.expected, ElementsAre(ExpectedEvent{"ARN", "GON", "064"}));
  EXPECT_EQ(r.text,
            "Arnor is about to restore full &TIETYPE ties with Gondor almost five years after crowds "
            "trashed its embassy.");
  EXPECT_EQ(s.records[2].expect, Expect::kOption);
  EXPECT_EQ(s.records[2].option, "require_dyad = false");
  EXPECT_EQ(s.records[3].id, "DEMO-24");
  EXPECT_EQ(s.records[3].expect, Expect::kNone);
  EXPECT_EQ(s.records[3].text, "Eriador's death toll has risen.");
  EXPECT_TRUE(s.warnings.empty()) << All(s);
}

TEST(SuitePetrarch, ErrorsCategoriesAndSkips) {
  const Suite s = PetrarchSuite(
      TestDir(),
      "<Sentence date=\"20080801\" id=\"ERROR-01\" category=\"ERROR\" sentence=\"true\">\n"
      "<EventCoding error=\"dateline\"></EventCoding>\n<Text>CEBU CITY: -- A suit.</Text>\n</Sentence>\n"
      "<Sentence date=\"19950101\" id=\"DISCARD-01\" category=\"ERROR\">\n"
      "<EventCoding error=\"storydiscard\"></EventCoding>\n<Text>A typhoon.</Text>\n</Sentence>\n"
      "<Sentence date=\"19950101\" id=\"DISCARD-03\" category=\"ERROR\">\n"
      "<EventCoding error=\"sentencediscard\"></EventCoding>\n<Text>A soccer match.</Text>\n</Sentence>\n"
      "<Sentence date=\"19950101\" id=\"AGENTS-01\" category=\"AGENTS\">\n"
      "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
      "<Text>Outside the included categories.</Text>\n</Sentence>\n"
      "<Sentence date=\"19950101\" id=\"DEMO-08\" category=\"DEMO\" valid=\"false\">\n"
      "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
      "<Text>Marked not valid.</Text>\n</Sentence>\n"
      "<Sentence date=\"19950101\" id=\"DEMO-09\" category=\"DEMO\">\n<Skip></Skip>\n"
      "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
      "<Text>Skipped.</Text>\n</Sentence>\n"
      "<Sentence date=\"1995011\" id=\"DEMO-10\" category=\"DEMO\">\n"
      "<EventCoding sourcecode='\"INJURY TOLL\"' targetcode=\"OSG\" eventcode=\"223\"></EventCoding>\n"
      "<Text>A bad date.</Text>\n</Sentence>\n"
      "<Sentence date=\"19950101\" id=\"DEMO-11\" category=\"DEMO\">\n"
      "<EventCoding sourcecode='\"INJURY TOLL\"' targetcode=\"OSG\" eventcode=\"223\"></EventCoding>\n"
      "<EventCoding sourcecode=\"&quot;THE MINISTRY&quot;\" targetcode=\"GON\" eventcode=\"032\"></EventCoding>\n"
      "<Text>Quoted codes.</Text>\n</Sentence>\n"
      "<Sentence date=\"19950101\" id=\"DEMO-12\" category=\"DEMO\">\n<Text>No coding at all.</Text>\n</Sentence>\n"
      "<Sentence date=\"19950101\" id=\"DEMO-13\" category=\"DEMO\">\n"
      "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
      "<EventCoding noevents=\"True\"></EventCoding>\n<Text>Both.</Text>\n</Sentence>\n"
      "<Sentence date=\"19950101\" id=\"DEMO-14\" category=\"DEMO\">\n"
      "<EventCoding sourcecode=\"ARN\" eventcode=\"064\"></EventCoding>\n"
      "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
      "<Text></Text>\n</Sentence>\n"
      "<Sentence date=\"19950101\" id=\"DEMO-16\" category=\"DEMO\">\n"
      "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
      "<Parse>\n(ROOT (S (NP (NNP Arnor))\n  (VP (VBD restored) (NP (NNS ties))) (. .)))\n</Parse>\n</Sentence>\n"
      "<Stop></Stop>\n"
      "<Sentence date=\"19950101\" id=\"DEMO-15\" category=\"DEMO\">\n"
      "<EventCoding noevents=\"True\"></EventCoding>\n<Text>After the stop.</Text>\n</Sentence>\n");
  ASSERT_EQ(s.records.size(), 14u);
  EXPECT_EQ(Find(s, "ERROR-01")->expect, Expect::kError);
  EXPECT_EQ(Find(s, "DISCARD-01")->expect, Expect::kDiscard);
  EXPECT_EQ(Find(s, "DISCARD-03")->expect, Expect::kDiscard);
  EXPECT_EQ(Find(s, "AGENTS-01")->expect, Expect::kSkip);
  EXPECT_EQ(Find(s, "DEMO-08")->expect, Expect::kSkip);
  EXPECT_EQ(Find(s, "DEMO-09")->expect, Expect::kSkip);
  EXPECT_EQ(Find(s, "DEMO-10")->expect, Expect::kSkip);
  EXPECT_TRUE(Warned(s, "DEMO-10: date \"1995011\" is not a date (YYYYMMDD): record skipped")) << All(s);
  EXPECT_THAT(Find(s, "DEMO-11")->expected,
              ElementsAre(ExpectedEvent{"\"INJURY TOLL\"", "OSG", "223"}, ExpectedEvent{"\"THE MINISTRY\"", "GON", "032"}));
  EXPECT_EQ(Find(s, "DEMO-12")->expect, Expect::kNone);
  EXPECT_TRUE(Warned(s, "DEMO-12: no <EventCoding>: read as noevents")) << All(s);
  EXPECT_EQ(Find(s, "DEMO-13")->expect, Expect::kNone);
  EXPECT_TRUE(Find(s, "DEMO-13")->expected.empty());
  EXPECT_TRUE(Warned(s, "DEMO-13: other <EventCoding>s beside a noevents or error one")) << All(s);
  const SuiteRecord* r = Find(s, "DEMO-14");
  EXPECT_EQ(r->expect, Expect::kSkip);
  EXPECT_TRUE(Warned(s, "DEMO-14: <EventCoding> without sourcecode, targetcode and eventcode")) << All(s);
  EXPECT_TRUE(Warned(s, "DEMO-14: <Text> is empty: record skipped")) << All(s);
  EXPECT_EQ(Find(s, "DEMO-16")->text, "Arnor restored ties .");
  EXPECT_EQ(Find(s, "DEMO-16")->expect, Expect::kEvents);
  EXPECT_TRUE(Warned(s, "DEMO-16: no <Text>: the text is the words of its <Parse>")) << All(s);
  EXPECT_EQ(Find(s, "DEMO-15")->expect, Expect::kSkip);
  EXPECT_TRUE(Warned(s, "<Stop>: the records after it are not run")) << All(s);
  EXPECT_EQ(s.warnings.size(), 7u) << All(s);
}

TEST(SuitePetrarch, NotQuiteXml) {
  const auto dir = TestDir();
  const std::string path = Write(
      dir, "gsr.xml",
      "<?xml version='1.0' encoding='utf-8'?>\n<Validation>\n\n"
      "###########################\n"
      "#   then the addition of <EventCoding...> records based on the output\n"
      "###########################\n\n"
      "<Environment>\n"
      "    <Verbfile>CAMEO.2.0.txt</Verbfile>\n"
      "    <Actorfile>Countries.txt,International.txt</Actorfile>\n"
      "    <Agentfile>agents.txt</Agentfile>\n"
      "    <PICOfile>Ontology.txt</PICOfile>\n"
      "    <Include>valid AFP OTHER </Include>\n"
      "</Environment>\n<Sentences>\n"
      "<Sentence category=\"AFP\" date=\"20080804\" id=\"AFP0808020625_4\" evaluate=\"true\"/>\n"
      "<EventCoding eventcode=\"042\" sourcecode=\"USA\" targetcode=\"CHN\" />\n"
      "<PLEvent {\"event\": \"042\", \"source\": [{\"code\": \"USA\"}], \"target\": [{\"code\": \"CHN\"}]}>\n"
      "<Text>\nThe stopover came as the US leader prepared to attend the Beijing Olympics.\n</Text>\n"
      "<Parse>\n1\tThe\tthe\tDET\tDT\tDefinite=Def\t2\tdet\t_\t_\n2\t<\t<\tSYM\tSYM\t_\t0\troot\t_\t_\n"
      "</Parse></Sentence>\n\n"
      "<Sentence category=\"OTHER\" date=\"20150101\" id=\"OTHER-1\" evaluate=\"false\">\n"
      "<EventCoding eventcode=\"190\" sourcecode=\"SYR\" targetcode=\"USA\" />\n"
      "<Text>\nBypassed.\n</Text>\n<Parse>\n1\tBypassed\n</Parse>\n"
      "<!---\n<Parse>\n1\tOld\n</Parse>-->\n\n</Sentence>\n"
      "<Sentence category=\"OTHER\" date=\"20150101\" id=\"OTHER-2\" evaluate=\"true\"/>\n"
      "<EventCoding noevents=\"True\" />\n<Text>\nNothing.\n</Text>\n<Parse>\n1\tNothing\n</Parse></Sentence>\n"
      "<Sentence category=\"OTHER\" date=\"121108\" id=\"OTHER-3\" evaluate=\"true\"/>\n"
      "<EventCoding eventcode=\"190\" sourcecode=\"NGAREB\" targetcode=\"NGAMUS\" />\n<Text>\n</Text>\n<Parse>\n"
      "# text = Boko Haram attacked.\n"
      "1\tBoko\tBoko\tPROPN\tNNP\tNumber=Sing\t2\tname\t_\t_\n"
      "2\tHaram\tHaram\tPROPN\tNNP\tNumber=Sing\t3\tnsubj\t_\t_\n"
      "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n</Parse></Sentence>\n"
      "</Sentences>\n</Validation>\n");
  const Suite s = ReadPetrarchSuite(path);
  EXPECT_THAT(s.actors, ElementsAre((dir / "Countries.txt").string(), (dir / "International.txt").string()));
  EXPECT_EQ(s.verbs, (dir / "CAMEO.2.0.txt").string());
  EXPECT_EQ(s.discards, "");
  ASSERT_EQ(s.records.size(), 4u);
  const SuiteRecord& r = s.records[0];
  EXPECT_EQ(r.id, "AFP0808020625_4");
  EXPECT_EQ(r.where, "gsr.xml:16");
  EXPECT_EQ(r.date, Date::Day(2008, 8, 4));
  EXPECT_EQ(r.expect, Expect::kEvents);
  EXPECT_THAT(r.expected, ElementsAre(ExpectedEvent{"USA", "CHN", "042"}));
  EXPECT_EQ(r.text, "The stopover came as the US leader prepared to attend the Beijing Olympics.");
  EXPECT_EQ(s.records[1].expect, Expect::kSkip);
  EXPECT_EQ(s.records[2].expect, Expect::kNone);
  const SuiteRecord& rebuilt = s.records[3];
  EXPECT_EQ(rebuilt.expect, Expect::kEvents);
  EXPECT_EQ(rebuilt.date, Date::Day(2012, 11, 8));
  EXPECT_EQ(rebuilt.text, "Boko Haram attacked.");
  EXPECT_THAT(s.warnings,
              ElementsAre("gsr.xml:49: OTHER-3: date \"121108\" has 6 digits: read as YYMMDD, 2012-11-08",
                          "gsr.xml:49: OTHER-3: <Text> is empty: the text is the words of its <Parse>",
                          "gsr.xml:16: 3 self-closing <Sentence .../> tags are read as opening tags "
                          "(their children and </Sentence> follow them)"));
}

TEST(SuitePetrarch, UnclosedRecordsAndComments) {
  const std::string path = Write(TestDir(), "broken.xml",
                                 "<Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile>"
                                 "<Agentfile>g.txt</Agentfile><Discardfile>d.txt</Discardfile></Environment>\n"
                                 "<Sentence date=\"19950101\" id=\"A-1\" category=\"A\">\n"
                                 "<EventCoding noevents=\"True\"/>\n<Text>One.</Text>\n"
                                 "<Sentence date=\"19950101\" id=\"A-2\" category=\"A\">\n"
                                 "<EventCoding noevents=\"True\"/>\n<Text>Two.</Text>\n"
                                 "<!-- a comment that never ends\n");
  const Suite s = ReadPetrarchSuite(path);
  ASSERT_EQ(s.records.size(), 2u);
  EXPECT_EQ(s.records[0].expect, Expect::kNone);  // no <Include>: every category runs
  EXPECT_EQ(s.records[1].text, "Two.");
  EXPECT_THAT(s.warnings, ElementsAre("broken.xml:2: <Sentence> is not closed before the next one",
                                      "broken.xml:8: comment \"<!--\" is never closed: the rest of the file is skipped",
                                      "broken.xml:5: <Sentence> is never closed"));
  EXPECT_THROW(ReadPetrarchSuite(path + ".absent"), std::runtime_error);
}

void ExpectPeerSuite(const std::string& relative, size_t sentences, const std::map<Expect, size_t>& kinds,
                     size_t options) {
  if (!std::filesystem::exists(kPeer)) GTEST_SKIP() << kPeer << " is absent: the peer suites are not read";
  const Suite s = ReadPetrarchSuite(kPeer + "/" + relative);
  Report(s);
  size_t n = 0;
  for (const SuiteRecord& r : s.records) n += r.expect != Expect::kOption;
  EXPECT_EQ(n, sentences);
  std::map<Expect, size_t> count = Count(s);
  EXPECT_EQ(count[Expect::kOption], options);
  count.erase(Expect::kOption);
  EXPECT_EQ(count, kinds);
  for (const SuiteRecord& r : s.records) {
    EXPECT_FALSE(r.where.empty());
    if (r.expect != Expect::kOption && r.expect != Expect::kSkip) {
      EXPECT_FALSE(r.text.empty()) << r.id;
      EXPECT_TRUE(r.date.has_value()) << r.id;
    }
    if (r.expect != Expect::kSkip) {
      EXPECT_EQ(r.expected.empty(), r.expect != Expect::kEvents) << r.id;
    }
  }
}

TEST(SuitePetrarch, UnitTestRecords) {
  // 284 <Sentence> elements (grep counts 285 "<Sentence" with <Sentences>): 3 outside <Include>
  // (AGENTS, COMPOUNDx), 19 noevents and PATTERN-06 without <EventCoding>, 4 discard and 3 other
  // errors; 29 <Config> (one more is named in a comment).
  ExpectPeerSuite("petrarch2/PETR.UnitTest.records.xml", 284,
                  {{Expect::kEvents, 254}, {Expect::kNone, 20}, {Expect::kDiscard, 4}, {Expect::kError, 3},
                   {Expect::kSkip, 3}},
                  29);
  if (!std::filesystem::exists(kPeer)) return;
  const Suite s = ReadPetrarchSuite(kPeer + "/petrarch2/PETR.UnitTest.records.xml");
  const std::string dir = kPeer + "/petrarch2/";
  EXPECT_EQ(s.verbs, std::filesystem::path(dir + "PETR.Validate.verbs.txt").lexically_normal().string());
  EXPECT_EQ(s.discards, std::filesystem::path(dir + "PETR.Validate.discards.txt").lexically_normal().string());
  const SuiteRecord* r = Find(s, "DEMO-01");
  ASSERT_NE(r, nullptr);
  EXPECT_THAT(r->expected, ElementsAre(ExpectedEvent{"ARN", "GON", "064"}));
  EXPECT_EQ(r->text,
            "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed "
            "its embassy, a senior official said on Saturday.");
  EXPECT_EQ(Find(s, "DEMO-24")->expect, Expect::kNone);
  EXPECT_EQ(Find(s, "ERROR-01")->expect, Expect::kError);
  EXPECT_EQ(Find(s, "FINAL-RECORD")->expect, Expect::kNone);
}

TEST(SuitePetrarch, GoldStandardRecords) {
  ExpectPeerSuite("UniversalPetrarch/PETR2_GSR_validation.xml", 78,
                  {{Expect::kEvents, 66}, {Expect::kNone, 12}}, 0);
  if (!std::filesystem::exists(kPeer)) return;
  const Suite s = ReadPetrarchSuite(kPeer + "/UniversalPetrarch/PETR2_GSR_validation.xml");
  EXPECT_EQ(s.actors.size(), 3u);
  EXPECT_TRUE(s.actors[2].ends_with("Phoenix.MilNonState.actors.txt"));
  const SuiteRecord* r = Find(s, "AFP0808020905_1");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->date, Date::Day(2012, 11, 8));
  EXPECT_THAT(r->expected,
              ElementsAre(ExpectedEvent{"LBNGOV", "USAMIL", "046"}, ExpectedEvent{"USAMIL", "LBNGOV", "046"}));
  r = Find(s, "abc12_3");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->expect, Expect::kEvents);
  EXPECT_TRUE(r->text.starts_with("Boko Haram has launched many similar attacks")) << r->text;
  EXPECT_EQ(s.warnings.size(), 3u) << All(s);
}

TEST(SuitePetrarch, UniversalPetrarchValidateRecords) {
  // 274 sentences: 29 outside <Include> (AGENTS, PARSING, ERROR) or evaluate="false".
  ExpectPeerSuite("UniversalPetrarch/PETR_Validate_records_2_02.xml", 274,
                  {{Expect::kEvents, 237}, {Expect::kNone, 8}, {Expect::kSkip, 29}}, 24);
}

}  // namespace
}  // namespace attache
