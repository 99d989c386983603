#include "write/event_writer.h"

#include <gtest/gtest.h>

#include "write/offsets.h"

namespace attache {
namespace {

Document OneEventDocument(Modality modality) {
  Document doc;
  doc.id = "doc-1";
  doc.text = "\xE2\x80\x9CQuote\xE2\x80\x9D: Lavrov praised \"Pakistan\".";
  Sentence s;
  s.span = {0, static_cast<uint32_t>(doc.text.size())};
  Event e;
  e.source.code = "RUSGOV";
  e.source.text = "Lavrov";
  e.source.start = doc.text.find("Lavrov");
  e.source.end = e.source.start + 6;
  ActorRef target;
  target.code = "PAK";
  target.text = "Pakistan";
  e.target = target;
  e.code = "051";
  e.date = Date::Day(2025, 2, 25);
  e.has_date = true;
  e.modality = modality;
  e.rule = "verbs/05-diplomatic-cooperation.txt:20";
  s.events.push_back(e);
  doc.sentences.push_back(s);
  return doc;
}

TEST(EventWriter, WritesTheContractFieldsWithCharacterOffsets) {
  CameoCodebook none;
  std::string out;
  EXPECT_EQ(WriteEvents(OneEventDocument(Modality::kFactual), none, {}, out), 1u);
  EXPECT_NE(out.find("\"id\":\"doc-1:0:0\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"code\":\"051\",\"root\":\"05\""), std::string::npos) << out;
  // The curly quotes count as one character each: "Lavrov" starts at character 9.
  EXPECT_NE(out.find("\"text\":\"Lavrov\",\"start\":9,\"end\":15"), std::string::npos) << out;
  EXPECT_NE(out.find("praised \\\"Pakistan\\\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"date\":\"2025-02-25\",\"date_source\":\"published\""), std::string::npos) << out;
}

TEST(EventWriter, HypotheticalEventsOnlyWithAll) {
  CameoCodebook none;
  std::string out;
  EXPECT_EQ(WriteEvents(OneEventDocument(Modality::kHypothetical), none, {}, out), 0u);
  WriteOptions all;
  all.all = true;
  EXPECT_EQ(WriteEvents(OneEventDocument(Modality::kHypothetical), none, all, out), 1u);
  EXPECT_NE(out.find("\"modality\":\"hypothetical\""), std::string::npos);
}

TEST(EventWriter, Tsv) {
  CameoCodebook none;
  std::string out;
  WriteOptions tsv;
  tsv.format = OutputFormat::kTsv;
  WriteEvents(OneEventDocument(Modality::kFactual), none, tsv, out);
  EXPECT_EQ(out.substr(0, 31), "2025-02-25\tRUSGOV\tPAK\t051\t05\t\t0");
}

TEST(CharOffsets, CountsCodePointsAcrossBlocks) {
  std::string text(5000, 'a');
  text += "\xC3\xA9z";  // é, then z at byte 5002
  CharOffsets offsets(text);
  EXPECT_EQ(offsets.At(5000), 5000u);
  EXPECT_EQ(offsets.At(5002), 5001u);
}

}  // namespace
}  // namespace attache
