#include "clean/cleaner.h"

#include <gtest/gtest.h>

namespace attache {
namespace {

TEST(Dateline, FindsAgencyAndCapsDatelines) {
  EXPECT_EQ(DatelineLength("Islamabad (TDI): Russian Ambassador"), std::string("Islamabad (TDI): ").size());
  EXPECT_EQ(DatelineLength("Manila (Reuters) - The talks"), std::string("Manila (Reuters) - ").size());
  EXPECT_EQ(DatelineLength("WASHINGTON - The talks"), std::string("WASHINGTON - ").size());
  EXPECT_EQ(DatelineLength("Russian forces control most of Donetsk."), 0u);
  EXPECT_EQ(DatelineLength("Western-backed government came"), 0u);
}

TEST(Clean, DropsDatelineReadMoreAndPublisherLine) {
  Document doc;
  doc.text =
      "Islamabad (TDI): The envoy spoke.\nRead More: Envoy Slams West\nHe left.\n"
      "The Diplomatic Insight is a digital and print magazine focusing on diplomacy.";
  std::string path = ::testing::TempDir() + "/boilerplate.txt";
  FILE* f = fopen(path.c_str(), "w");
  fputs("prefix | Read more:\npublisher | magazine; newspaper\n", f);
  fclose(f);
  Clean(doc, BoilerplateRules::Load("", path));
  ASSERT_EQ(doc.kept.size(), 2u);
  EXPECT_EQ(doc.text.substr(doc.kept[0].start, doc.kept[0].end - doc.kept[0].start), "The envoy spoke.");
  EXPECT_EQ(doc.text.substr(doc.kept[1].start, doc.kept[1].end - doc.kept[1].start), "He left.");
  EXPECT_EQ(doc.dropped.size(), 3u);
}

TEST(Clean, MalformedRuleNamesFileAndLine) {
  std::string path = ::testing::TempDir() + "/bad-boilerplate.txt";
  FILE* f = fopen(path.c_str(), "w");
  fputs("# comment\nprefix | ok\nsuffix | nope\n", f);
  fclose(f);
  try {
    BoilerplateRules::Load("", path);
    FAIL() << "expected an error";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("bad-boilerplate.txt:3"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace attache
