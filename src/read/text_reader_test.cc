#include "read/text_reader.h"

#include <gtest/gtest.h>

#include "read/read_test_util.h"

namespace attache {
namespace {

using testing::Read;
using testing::WriteFile;

constexpr char kStory[] =
    "Islamabad (TDI): Russian Ambassador Albert P. Khorev addressed a media briefing.\n"
    "He said talks would resume on Tuesday.\n";

TEST(TextReaderTest, OneDocumentNamedAfterItsFile) {
  const std::string path = WriteFile("briefing.txt", kStory);
  auto c = Read(path);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_TRUE(c.rejects.empty());
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "briefing");
  EXPECT_EQ(d.origin, path);
  EXPECT_EQ(d.text, kStory);
  EXPECT_FALSE(d.published);
}

TEST(TextReaderTest, MissingDateIsWarned) {
  auto c = Read(WriteFile("undated.txt", kStory));
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_EQ(c.warnings[0].message, "no publication date; relative dates stay unresolved");
}

TEST(TextReaderTest, MetaJsonBesideItGivesDateAndMetadata) {
  WriteFile("story.meta.json",
            R"({"id": "tdi-001", "published": "2025-02-25", "source": "The Diplomatic Insight",
                "url": "https://example.org/a", "title": "Khorev briefs", "language": "en"})");
  auto c = Read(WriteFile("story.txt", kStory));
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "tdi-001");
  EXPECT_EQ(d.published, Date::Day(2025, 2, 25));
  EXPECT_EQ(d.source, "The Diplomatic Insight");
  EXPECT_EQ(d.url, "https://example.org/a");
  EXPECT_EQ(d.title, "Khorev briefs");
  EXPECT_TRUE(c.warnings.empty());
}

TEST(TextReaderTest, MetaJsonTimestampKeepsItsDate) {
  WriteFile("stamped.meta.json", R"({"published": "2025-02-25T22:30:00-05:00"})");
  auto c = Read(WriteFile("stamped.txt", kStory));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].published, Date::Day(2025, 2, 25));
  EXPECT_EQ(c.docs[0].id, "stamped");
}

TEST(TextReaderTest, PublishedOptionOverridesMetaJson) {
  WriteFile("dated.meta.json", R"({"published": "2025-02-30"})");
  ReadOptions options;
  options.published = Date::Day(2024, 12, 31);
  auto c = Read(WriteFile("dated.txt", kStory), options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].published, Date::Day(2024, 12, 31));
}

TEST(TextReaderTest, ImpossibleDateInMetaJsonIsRejected) {
  WriteFile("feb30.meta.json", R"({"published": "2025-02-30"})");
  const std::string path = WriteFile("feb30.txt", kStory);
  auto c = Read(path);
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.rejects.size(), 1u);
  EXPECT_EQ(c.rejects[0].where, path);
  EXPECT_NE(c.rejects[0].reason.find("published"), std::string::npos);
  EXPECT_NE(c.rejects[0].reason.find("\"2025-02-30\""), std::string::npos) << c.rejects[0].reason;
  EXPECT_EQ(c.rejects[0].content, kStory);
}

TEST(TextReaderTest, MalformedMetaJsonIsRejected) {
  WriteFile("broken.meta.json", R"({"published": "2025-02-25",)");
  auto c = Read(WriteFile("broken.txt", kStory));
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.rejects.size(), 1u);
  EXPECT_NE(c.rejects[0].reason.find("broken.meta.json: malformed JSON"), std::string::npos)
      << c.rejects[0].reason;
}

TEST(TextReaderTest, EmptyAndWhiteSpaceFilesAreRejected) {
  for (const char* content : {"", " \n\t\n  \r\n"}) {
    auto c = Read(WriteFile("empty.txt", content));
    EXPECT_TRUE(c.docs.empty());
    ASSERT_EQ(c.rejects.size(), 1u);
    EXPECT_EQ(c.rejects[0].reason, "empty document");
  }
}

TEST(TextReaderTest, BinaryFileIsRejectedWithItsBytes) {
  std::string bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20);
  auto c = Read(WriteFile("picture.txt", bytes));
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.rejects.size(), 1u);
  EXPECT_EQ(c.rejects[0].reason, "binary data, not text");
  EXPECT_EQ(c.rejects[0].content, bytes);
}

TEST(TextReaderTest, InvalidUtf8MidStoryIsRepairedWithAWarning) {
  const std::string story = "Khorev met the minister in Islamabad.\n"
                            "Caf\xE9 talks went on.\n";
  const std::string path = WriteFile("latin1.txt", story);
  auto c = Read(path);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Khorev met the minister in Islamabad.\nCaf\xEF\xBF\xBD talks went on.\n");
  ASSERT_FALSE(c.warnings.empty());
  EXPECT_EQ(c.warnings[0].where, path);
  EXPECT_EQ(c.warnings[0].message, "invalid UTF-8 replaced by U+FFFD at byte 41");
}

TEST(TextReaderTest, TenMegabytesOnOneLineIsAccepted) {
  std::string big;
  big.reserve(10'600'000);
  while (big.size() < 10'500'000) big += "Russia accused the United States of expanding NATO. ";
  const std::string path = WriteFile("huge.txt", big);
  auto c = Read(path);
  std::filesystem::remove(path);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text.size(), big.size());
}

TEST(TextReaderTest, ByteOrderMarkIsNotPartOfTheText) {
  auto c = Read(WriteFile("bom.txt", "\xEF\xBB\xBFStory text."));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Story text.");
}

TEST(TextReaderTest, ReadsTheSeedBriefingWithItsMetaJson) {
  auto c = Read(ATTACHE_SHARED_DIR "/seed/briefing-islamabad.txt");
  ASSERT_EQ(c.docs.size(), 1u) << (c.rejects.empty() ? "" : c.rejects[0].reason);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "briefing-islamabad");
  EXPECT_EQ(d.published, Date::Day(2025, 2, 25));
  EXPECT_EQ(d.source, "The Diplomatic Insight");
  EXPECT_TRUE(d.text.starts_with("Islamabad (TDI): Russian Ambassador"));
  EXPECT_TRUE(c.warnings.empty());
}

TEST(TextReaderTest, MetaJsonPathSitsBesideTheFile) {
  EXPECT_EQ(MetaJsonPath("news/story.txt"), "news/story.meta.json");
  EXPECT_EQ(MetaJsonPath("story"), "story.meta.json");
}

}  // namespace
}  // namespace attache
