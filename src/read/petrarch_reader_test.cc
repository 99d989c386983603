#include "read/petrarch_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "read/read_test_util.h"

namespace attache {
namespace {

using testing::Read;
using testing::WriteFile;

TEST(PetrarchReaderTest, SentencesGiveIdDateSourceAndText) {
  const std::string path = WriteFile("gigaword.xml",
                                     "<!-- # PETRARCH GigaWord sample file\n"
                                     "<Sentence date=\"19000101\" id=\"IN-A-COMMENT\"> -->\n"
                                     "<Sentences>\n"
                                     "<Sentence date = \"20080804\" id =\"AFP0808020625_4\" "
                                     "source = \"AFP\" sentence = \"True\">\n"
                                     "<Text>\n"
                                     "The stopover came as the US leader prepared to attend \n"
                                     "the Beijing Olympics. \n"
                                     "</Text>\n"
                                     "<Parse>\n"
                                     "( (S (NP (DT The) (NN stopover)) (VP (VBD came))) )\n"
                                     "</Parse>\n"
                                     "</Sentence>\n"
                                     "\n"
                                     "<Sentence id='B-2' date='2008-08-06'><Text>Brazil and the "
                                     "United States met.</Text></Sentence>\n"
                                     "</Sentences>\n");
  auto c = Read(path);
  EXPECT_TRUE(c.rejects.empty());
  EXPECT_TRUE(c.warnings.empty());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "AFP0808020625_4");
  EXPECT_EQ(c.docs[0].published, Date::Day(2008, 8, 4));
  EXPECT_EQ(c.docs[0].source, "AFP");
  EXPECT_EQ(c.docs[0].origin, path + ":4");
  EXPECT_EQ(c.docs[0].text,
            "The stopover came as the US leader prepared to attend  the Beijing Olympics.");
  EXPECT_EQ(c.docs[1].id, "B-2");
  EXPECT_EQ(c.docs[1].published, Date::Day(2008, 8, 6));
  EXPECT_EQ(c.docs[1].origin, path + ":14");
  EXPECT_EQ(c.docs[1].text, "Brazil and the United States met.");
}

TEST(PetrarchReaderTest, ValidationWrappersAndEnvironmentAreSkipped) {
  const std::string path = WriteFile("unit.xml",
                                     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                     "<Validation>\n"
                                     "<Environment>\n"
                                     "    <Verbfile>PETR.Validate.verbs.txt</Verbfile>\n"
                                     "    <Config option=\"stop_on_error\" value=\"True\"></Config>\n"
                                     "</Environment>\n"
                                     "<Sentences>\n"
                                     "<!--Stop></Stop-->\n"
                                     "<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\">\n"
                                     "<!-- Simple coding -->\n"
                                     "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" "
                                     "eventcode=\"064\"></EventCoding>\n"
                                     "<Text>\n"
                                     "Arnor is about to restore full diplomatic ties with Gondor.\n"
                                     "</Text>\n"
                                     "<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>\n"
                                     "</Sentence>\n"
                                     "</Sentences>\n"
                                     "</Validation>\n");
  auto c = Read(path);
  EXPECT_TRUE(c.rejects.empty());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "DEMO-00");
  EXPECT_EQ(c.docs[0].origin, path + ":9");
  EXPECT_EQ(c.docs[0].text, "Arnor is about to restore full diplomatic ties with Gondor.");
}

TEST(PetrarchReaderTest, EntitiesAndCdataAreDecoded) {
  const std::string path = WriteFile(
      "entities.xml",
      "<Sentence date=\"20080804\" id=\"A&amp;B\"><Text>AT&amp;T &lt;said&gt; &quot;yes&quot; "
      "&apos;no&apos; caf&#233; &#x20AC;5 &nbsp; R&D &#0; <![CDATA[a <raw> &amp; text]]> "
      "a < b</Text></Sentence>");
  auto c = Read(path);
  EXPECT_TRUE(c.rejects.empty());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "A&B");
  EXPECT_EQ(c.docs[0].text,
            "AT&T <said> \"yes\" 'no' caf\xC3\xA9 \xE2\x82\xAC" "5 &nbsp; R&D &#0; "
            "a <raw> &amp; text a < b");
}

TEST(PetrarchReaderTest, MalformedRecordsAreRejectedByLineAndTheOthersRead) {
  const std::string no_text = "<Sentence date=\"20080804\" id=\"NO-TEXT\">\n"
                              "<Parse>(S (NP x))</Parse>\n"
                              "</Sentence>";
  const std::string path = WriteFile("bad.xml",
                                     "<Sentences>\n"
                                     "<Sentence date=\"20080804\" id=\"OK-1\"><Text>One.</Text></Sentence>\n" +
                                         no_text +
                                         "\n"
                                         "<Sentence date=\"20080230\" id=\"BAD-DATE\"><Text>Two.</Text></Sentence>\n"
                                         "<Sentence date=\"yesterday\" id=\"WORD-DATE\"><Text>Three.</Text></Sentence>\n"
                                         "<Sentence date=\"20080805\" id=\"UNCLOSED\"><Text>Four.</Text>\n"
                                         "<Sentence date=\"20080806\" id=\"EMPTY\"><Text>  </Text></Sentence>\n"
                                         "<Sentence date=\"20080807\" id=\"OK-2\"><Text>Five.</Text></Sentence>\n"
                                         "<Sentence id=\"SHORT\"/>\n"
                                         "</Sentences>\n");
  auto c = Read(path);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "OK-1");
  EXPECT_EQ(c.docs[1].id, "OK-2");
  EXPECT_EQ(c.docs[1].origin, path + ":10");
  ASSERT_EQ(c.rejects.size(), 6u);
  EXPECT_EQ(c.rejects[0].where, path + ":3");
  EXPECT_EQ(c.rejects[0].reason, "no <Text> in the <Sentence>");
  EXPECT_EQ(c.rejects[0].content, no_text);
  EXPECT_EQ(c.rejects[1].where, path + ":6");
  EXPECT_EQ(c.rejects[1].reason,
            "date: \"20080230\" is not a date (expected YYYYMMDD or YYYY-MM-DD)");
  EXPECT_EQ(c.rejects[2].where, path + ":7");
  EXPECT_EQ(c.rejects[3].where, path + ":8");
  EXPECT_EQ(c.rejects[3].reason, "no </Sentence> before the next <Sentence>");
  EXPECT_EQ(c.rejects[4].where, path + ":9");
  EXPECT_EQ(c.rejects[4].reason, "empty <Text>");
  EXPECT_EQ(c.rejects[5].where, path + ":11");
}

TEST(PetrarchReaderTest, MissingIdAndDateAndPublishedOption) {
  const std::string path = WriteFile("bare.xml", "<Sentences>\n\n<Sentence><Text>Talks.</Text>"
                                                 "</Sentence></Sentences>");
  auto c = Read(path);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "3");  // the line number stands in
  EXPECT_FALSE(c.docs[0].published);
  EXPECT_TRUE(c.Warned("no publication date"));

  ReadOptions options;
  options.published = Date::Day(2025, 2, 25);
  auto d = Read(WriteFile("dated.xml", "<Sentence date=\"20080804\"><Text>T.</Text></Sentence>"),
                options);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].published, Date::Day(2025, 2, 25));
}

TEST(PetrarchReaderTest, UnterminatedRecordAndCommentAtTheEnd) {
  const std::string path = WriteFile("cut.xml",
                                     "<Sentence date=\"20080804\" id=\"A\"><Text>One.</Text></Sentence>\n"
                                     "<!-- never closed\n"
                                     "<Sentence date=\"20080805\" id=\"B\"><Text>Lost.</Text></Sentence>\n");
  auto c = Read(path);
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.rejects.size(), 1u);
  EXPECT_EQ(c.rejects[0].where, path + ":2");
  EXPECT_EQ(c.rejects[0].reason, "unterminated comment at line 2: the rest of the file was skipped");

  const std::string path2 = WriteFile("open.xml", "<Sentence date=\"20080804\" id=\"A\">\n<Text>Cut");
  auto d = Read(path2);
  EXPECT_TRUE(d.docs.empty());
  ASSERT_EQ(d.rejects.size(), 1u);
  EXPECT_EQ(d.rejects[0].where, path2 + ":1");
  EXPECT_EQ(d.rejects[0].reason, "no </Sentence> before the end of the file");
}

TEST(PetrarchReaderTest, LargeRecordsSpanTheScannerChunks) {
  // An entity and the tags fall across the 64 KiB boundaries of the scanner's reads.
  std::string text;
  while (text.size() < 200'000) text += "Khorev said Moscow &amp; Islamabad were ready. ";
  std::string xml = "<Sentences>\n";
  xml += "<Sentence date=\"20250225\" id=\"BIG\"><Text>" + text + "</Text><Parse>";
  xml += std::string(150'000, '(') + "</Parse></Sentence>\n";
  xml += "<Sentence date=\"20250226\" id=\"AFTER\"><Text>After.</Text></Sentence>\n</Sentences>\n";
  auto c = Read(WriteFile("big.xml", xml));
  EXPECT_TRUE(c.rejects.empty());
  ASSERT_EQ(c.docs.size(), 2u);
  std::string expected;
  AppendXmlDecoded(text, expected);
  while (!expected.empty() && expected.back() == ' ') expected.pop_back();
  EXPECT_EQ(c.docs[0].text, expected);
  EXPECT_EQ(c.docs[1].id, "AFTER");
  EXPECT_EQ(c.docs[1].origin.substr(c.docs[1].origin.rfind(':')), ":3");
}

TEST(PetrarchReaderTest, Latin1DeclarationIsConvertedAndUtf16Refused) {
  auto c = Read(WriteFile("latin1.xml",
                          "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                          "<Sentence date=\"20080804\" id=\"L\"><Text>Caf\xE9 talks.</Text></Sentence>"));
  EXPECT_TRUE(c.warnings.empty());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Caf\xC3\xA9 talks.");

  auto d = Read(WriteFile("utf16.xml", std::string("\xFF\xFE<\0S\0", 6)));
  ASSERT_EQ(d.rejects.size(), 1u);
  EXPECT_EQ(d.rejects[0].reason, "UTF-16 text: convert the file to UTF-8");
}

TEST(PetrarchReaderTest, XmlWithoutSentencesIsWarned) {
  auto c = Read(WriteFile("other.xml", "<rss><channel><item>News</item></channel></rss>"));
  EXPECT_TRUE(c.docs.empty());
  EXPECT_TRUE(c.Warned("no <Sentence> records found"));
}

TEST(PetrarchReaderTest, DatesAndDecoding) {
  EXPECT_EQ(ParsePetrarchDate("20080804"), Date::Day(2008, 8, 4));
  EXPECT_EQ(ParsePetrarchDate(" 2008-08-04 "), Date::Day(2008, 8, 4));
  EXPECT_EQ(ParsePetrarchDate("2008-08-04T10:00:00Z"), Date::Day(2008, 8, 4));
  EXPECT_EQ(ParsePetrarchDate("080804"), std::nullopt);
  EXPECT_EQ(ParsePetrarchDate("2008"), std::nullopt);
  EXPECT_EQ(ParsePetrarchDate("20080231"), std::nullopt);
  std::string out;
  AppendXmlDecoded("a\r\nb\rc &#65;&#x42; &unknown; &", out);
  EXPECT_EQ(out, "a\nb\nc AB &unknown; &");
}

TEST(PetrarchReaderTest, StreamsFromAnyIstream) {
  std::istringstream in("<Sentence date=\"20080804\" id=\"S\"><Text>From a stream.</Text></Sentence>");
  testing::Collected c;
  ReadPetrarchDocuments(in, "-", {}, c.Sinks());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].origin, "<stdin>:1");
}

TEST(PetrarchReaderTest, ReadsThePeerFiles) {
  const std::filesystem::path dir = ATTACHE_SHARED_DIR "/peer/petrarch2";
  if (!std::filesystem::exists(dir / "GigaWord.sample.PETR.xml")) {
    GTEST_SKIP() << "no PETRARCH peer files at " << dir;
  }
  auto giga = Read((dir / "GigaWord.sample.PETR.xml").string());
  // 76 <Sentence>s, of which 9 (TEST_1 ...) have an empty <Text> and only a <Parse>.
  EXPECT_EQ(giga.docs.size(), 67u);
  ASSERT_EQ(giga.rejects.size(), 9u);
  for (const Rejection& r : giga.rejects) {
    EXPECT_EQ(r.reason, "empty <Text> (its <Parse> is not read)") << r.where;
  }
  ASSERT_FALSE(giga.docs.empty());
  EXPECT_EQ(giga.docs[0].id, "AFP0808020625_4");
  EXPECT_EQ(giga.docs[0].published, Date::Day(2008, 8, 4));
  EXPECT_EQ(giga.docs[0].origin, (dir / "GigaWord.sample.PETR.xml").string() + ":13");

  auto unit = Read((dir / "PETR.UnitTest.records.xml").string());
  EXPECT_TRUE(unit.rejects.empty());
  EXPECT_EQ(unit.docs.size(), 284u);
  std::cout << "[ figures  ] GigaWord.sample.PETR.xml: " << giga.docs.size()
            << " records, " << giga.rejects.size()
            << " rejected; PETR.UnitTest.records.xml: " << unit.docs.size() << " records\n";
}

}  // namespace
}  // namespace attache
