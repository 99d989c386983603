#include "read/jsonl_reader.h"

#include <gtest/gtest.h>

#include <sstream>

#include "read/read_test_util.h"

namespace attache {
namespace {

using testing::Read;
using testing::WriteFile;

TEST(JsonlReaderTest, OneDocumentPerLineWithItsFields) {
  const std::string path = WriteFile(
      "news.jsonl",
      R"({"id": "a1", "text": "Russia and Pakistan held talks.", "published": "2025-02-25", "source": "TDI", "url": "https://example.org/a1", "title": "Talks"})"
      "\n"
      R"({"text": "Khorev addressed a briefing.", "published": "2025-02-25T10:00:00Z"})"
      "\n");
  auto c = Read(path);
  EXPECT_TRUE(c.rejects.empty());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "a1");
  EXPECT_EQ(c.docs[0].text, "Russia and Pakistan held talks.");
  EXPECT_EQ(c.docs[0].published, Date::Day(2025, 2, 25));
  EXPECT_EQ(c.docs[0].source, "TDI");
  EXPECT_EQ(c.docs[0].url, "https://example.org/a1");
  EXPECT_EQ(c.docs[0].title, "Talks");
  EXPECT_EQ(c.docs[0].origin, path + ":1");
  EXPECT_EQ(c.docs[1].id, "2");  // no id: the line number
  EXPECT_EQ(c.docs[1].origin, path + ":2");
  EXPECT_EQ(c.docs[1].published, Date::Day(2025, 2, 25));
  EXPECT_TRUE(c.warnings.empty());
}

TEST(JsonlReaderTest, MalformedLineIsRejectedByLineNumberAndTheOthersRead) {
  const std::string bad = R"({"text": "Broken record, "published": "2025-02-25"})";
  const std::string path = WriteFile("mixed.jsonl",
                                     R"({"text": "First story."})"
                                     "\n" + bad + "\n"
                                     R"({"text": "Third story."})"
                                     "\n");
  auto c = Read(path);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "1");
  EXPECT_EQ(c.docs[1].id, "3");
  EXPECT_EQ(c.docs[1].text, "Third story.");
  ASSERT_EQ(c.rejects.size(), 1u);
  EXPECT_EQ(c.rejects[0].where, path + ":2");
  EXPECT_TRUE(c.rejects[0].reason.starts_with("malformed JSON")) << c.rejects[0].reason;
  EXPECT_EQ(c.rejects[0].content, bad);
}

TEST(JsonlReaderTest, MissingOrNonStringTextIsRejected) {
  const std::string path = WriteFile("notext.jsonl",
                                     R"({"id": "x", "title": "No text"})"
                                     "\n"
                                     R"({"text": 42})"
                                     "\n"
                                     R"(["text", "an array"])"
                                     "\n"
                                     R"({"text": "   "})"
                                     "\n");
  auto c = Read(path);
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.rejects.size(), 4u);
  EXPECT_EQ(c.rejects[0].reason, "missing \"text\"");
  EXPECT_EQ(c.rejects[1].reason, "\"text\" is not a string");
  EXPECT_EQ(c.rejects[2].reason, "not a JSON object");
  EXPECT_EQ(c.rejects[3].reason, "empty document");
  EXPECT_EQ(c.rejects[3].where, path + ":4");
}

TEST(JsonlReaderTest, ImpossibleDatesAreRejectedNamingFieldAndValue) {
  const std::string path = WriteFile("dates.jsonl",
                                     R"({"text": "A.", "published": "2025-02-30"})"
                                     "\n"
                                     R"({"text": "B.", "published": "yesterday"})"
                                     "\n"
                                     R"({"text": "C.", "published": "2025-02-28"})"
                                     "\n");
  auto c = Read(path);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "C.");
  ASSERT_EQ(c.rejects.size(), 2u);
  EXPECT_EQ(c.rejects[0].where, path + ":1");
  EXPECT_EQ(c.rejects[0].reason, "published: \"2025-02-30\" is not a date (expected YYYY-MM-DD)");
  EXPECT_EQ(c.rejects[1].reason, "published: \"yesterday\" is not a date (expected YYYY-MM-DD)");
}

TEST(JsonlReaderTest, MissingDateIsWarnedAndOptionDateUsed) {
  const std::string path = WriteFile("undated.jsonl", R"({"text": "Talks resumed."})" "\n");
  auto c = Read(path);
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_EQ(c.warnings[0].where, path + ":1");
  EXPECT_EQ(c.warnings[0].message, "no publication date; relative dates stay unresolved");

  ReadOptions options;
  options.published = Date::Day(2025, 2, 25);
  auto d = Read(path, options);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].published, Date::Day(2025, 2, 25));
  EXPECT_TRUE(d.warnings.empty());
}

TEST(JsonlReaderTest, BlankLinesAreSkippedButCounted) {
  const std::string path = WriteFile("gaps.jsonl",
                                     "\n   \n"
                                     R"({"text": "Third line."})"
                                     "\r\n\r\n"
                                     R"({"text": "Fifth line."})");  // no final newline
  auto c = Read(path);
  EXPECT_TRUE(c.rejects.empty());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "3");
  EXPECT_EQ(c.docs[1].id, "5");
  EXPECT_EQ(c.docs[1].text, "Fifth line.");
}

TEST(JsonlReaderTest, NumericIdIsKeptAndBadlyTypedFieldsWarned) {
  auto c = Read(WriteFile("ids.jsonl", R"({"id": 12345, "text": "T.", "title": ["x"]})" "\n"));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "12345");
  EXPECT_TRUE(c.docs[0].title.empty());
  EXPECT_TRUE(c.Warned("field \"title\" ignored")) << c.warnings.size();
}

TEST(JsonlReaderTest, InvalidUtf8InALineIsRepairedWithAWarning) {
  const std::string path = WriteFile("latin1.jsonl",
                                     "{\"text\": \"Caf\xE9 talks.\"}\n"
                                     R"({"text": "Clean."})" "\n");
  auto c = Read(path);
  EXPECT_TRUE(c.rejects.empty());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].text, "Caf\xEF\xBF\xBD talks.");
  ASSERT_TRUE(c.Warned("invalid UTF-8"));
  EXPECT_EQ(c.warnings[0].where, path + ":1");
  EXPECT_EQ(c.warnings[0].message, "invalid UTF-8 replaced by U+FFFD at byte 13 of the line");
}

TEST(JsonlReaderTest, EscapedControlCharactersAreBinary) {
  std::string controls;
  for (int i = 0; i < 20; ++i) controls += "\\u0001";
  auto c = Read(WriteFile("ctl.jsonl", "{\"text\": \"ab" + controls + "\"}\n"
                                           "{\"text\": \"nul\\u0000 inside\"}\n"));
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.rejects.size(), 2u);
  EXPECT_EQ(c.rejects[0].reason, "binary data, not text");
  EXPECT_EQ(c.rejects[1].reason, "binary data, not text");
}

TEST(JsonlReaderTest, TenMegabyteLineIsAccepted) {
  std::string text;
  text.reserve(10'600'000);
  while (text.size() < 10'500'000) text += "Khorev said Moscow was ready for talks. ";
  const std::string path = WriteFile("big.jsonl", R"({"text": ")" + text + "\"}\n" +
                                                       R"({"text": "After the big one."})" "\n");
  auto c = Read(path);
  std::filesystem::remove(path);
  EXPECT_TRUE(c.rejects.empty());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].text.size(), text.size());
  EXPECT_EQ(c.docs[1].id, "2");
}

TEST(JsonlReaderTest, StreamsFromAnyIstream) {
  std::istringstream in(R"({"text": "From a stream."})" "\n");
  testing::Collected c;
  ReadJsonlDocuments(in, "-", {}, c.Sinks());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].origin, "<stdin>:1");
}

}  // namespace
}  // namespace attache
