#include "split/sentence_splitter.h"

#include <gtest/gtest.h>

namespace attache {
namespace {

std::vector<std::string> Split(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.kept.push_back({0, static_cast<uint32_t>(text.size())});
  Abbreviations abbreviations;
  for (const char* a : {"mr", "gen", "feb", "jr"}) abbreviations.Add(a);
  SplitSentences(doc, abbreviations);
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.push_back(text.substr(s.span.start, s.span.end - s.span.start));
  return out;
}

TEST(SentenceSplitter, DoesNotBreakAtInitialsOrAbbreviations) {
  auto s = Split("Ambassador Albert P. Khorev met Gen. Smith on Feb. 12. He said so.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "He said so.");
}

TEST(SentenceSplitter, BreaksAfterAcronymBeforeASentenceStarter) {
  auto s = Split("He held talks with the U.S. The next round is due.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "He held talks with the U.S.");
}

TEST(SentenceSplitter, KeepsClosingQuotesWithTheSentence) {
  auto s = Split("\"We agree.\" Then he left.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "\"We agree.\"");
}

TEST(SentenceSplitter, CutsRunawaySentences) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  auto s = Split(text);
  EXPECT_EQ(s.size(), 1000 / kMaxSentenceTokens);
}

}  // namespace
}  // namespace attache
