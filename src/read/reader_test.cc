#include "read/reader.h"

#include <gtest/gtest.h>

#include "read/read_test_util.h"

namespace attache {
namespace {

using testing::Read;
using testing::WriteFile;

TEST(ReaderTest, ParsesInputFormatNames) {
  EXPECT_EQ(ParseInputFormat("auto"), InputFormat::kAuto);
  EXPECT_EQ(ParseInputFormat("text"), InputFormat::kText);
  EXPECT_EQ(ParseInputFormat("jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(ParseInputFormat("html"), InputFormat::kHtml);
  EXPECT_EQ(ParseInputFormat("tabari"), InputFormat::kTabari);
  EXPECT_EQ(ParseInputFormat("petrarch"), InputFormat::kPetrarch);
  EXPECT_EQ(ParseInputFormat("csv"), std::nullopt);
  EXPECT_EQ(ParseInputFormat(""), std::nullopt);
}

TEST(ReaderTest, ExtensionChoosesTheReader) {
  auto text = Read(WriteFile("a.TXT", R"({"text": "not parsed as JSON"})"));
  ASSERT_EQ(text.docs.size(), 1u);
  EXPECT_EQ(text.docs[0].text, R"({"text": "not parsed as JSON"})");

  auto jsonl = Read(WriteFile("b.jsonl", R"({"text": "parsed"})"));
  ASSERT_EQ(jsonl.docs.size(), 1u);
  EXPECT_EQ(jsonl.docs[0].text, "parsed");

  auto html = Read(WriteFile("c.htm", "<p>Paragraph &amp; more</p>"));
  ASSERT_EQ(html.docs.size(), 1u);
  EXPECT_EQ(html.docs[0].text, "Paragraph & more");

  auto bare = Read(WriteFile("12345", "A story in a file named by number."));
  ASSERT_EQ(bare.docs.size(), 1u);
  EXPECT_EQ(bare.docs[0].id, "12345");
}

TEST(ReaderTest, InputOptionOverridesTheExtension) {
  ReadOptions options;
  options.format = InputFormat::kHtml;
  auto c = Read(WriteFile("page.txt", "<body><nav>Menu</nav><p>Story.</p></body>"), options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Story.");
}

TEST(ReaderTest, UnknownExtensionIsRejectedWithAHint) {
  auto c = Read(WriteFile("table.csv", "a,b\n1,2\n"));
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.rejects.size(), 1u);
  EXPECT_NE(c.rejects[0].reason.find("--input"), std::string::npos) << c.rejects[0].reason;
}

TEST(ReaderTest, TabariIsChosenByOptionAndPetrarchByExtension) {
  ReadOptions options;
  options.format = InputFormat::kTabari;
  auto tabari = Read(WriteFile("records.txt", "250225 DOC1\nText.\n\n"), options);
  EXPECT_TRUE(tabari.rejects.empty());
  ASSERT_EQ(tabari.docs.size(), 1u);
  EXPECT_EQ(tabari.docs[0].id, "DOC1");
  EXPECT_EQ(tabari.docs[0].text, "Text.");

  auto petrarch = Read(WriteFile(
      "records.XML", "<Sentences><Sentence date=\"20250225\" id=\"S1\"><Text>Talks.</Text>"
                     "</Sentence></Sentences>"));
  EXPECT_TRUE(petrarch.rejects.empty());
  ASSERT_EQ(petrarch.docs.size(), 1u);
  EXPECT_EQ(petrarch.docs[0].id, "S1");
  EXPECT_EQ(petrarch.docs[0].published, Date::Day(2025, 2, 25));
}

TEST(ReaderTest, UnopenablePathReturnsFalseAndIsReported) {
  testing::Collected c;
  const std::string missing = (testing::TestDir() / "missing.txt").string();
  EXPECT_FALSE(ReadPath(missing, {}, c.Sinks()));
  ASSERT_EQ(c.rejects.size(), 1u);
  EXPECT_EQ(c.rejects[0].where, missing);
  EXPECT_TRUE(c.rejects[0].reason.starts_with("cannot open")) << c.rejects[0].reason;

  EXPECT_FALSE(ReadPath(testing::TestDir().string(), {}, c.Sinks()));
  EXPECT_EQ(c.rejects.size(), 2u);
}

TEST(ReaderTest, SinksMayBeLeftUnset) {
  ReadSinks only_documents;
  int count = 0;
  only_documents.on_document = [&count](Document&&) { ++count; };
  EXPECT_TRUE(ReadPath(WriteFile("undated.txt", "Text."), {}, only_documents));
  EXPECT_TRUE(ReadPath(WriteFile("empty.txt", ""), {}, only_documents));
  EXPECT_EQ(count, 1);
}

}  // namespace
}  // namespace attache
