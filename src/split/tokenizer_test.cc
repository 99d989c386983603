#include "split/tokenizer.h"

#include <gtest/gtest.h>

namespace attache {
namespace {

std::vector<std::string> Norms(std::string_view text) {
  Abbreviations abbreviations;
  abbreviations.Add("mr");
  abbreviations.Add("feb");
  std::vector<Token> tokens;
  Tokenize(text, {0, static_cast<uint32_t>(text.size())}, abbreviations, tokens);
  std::vector<std::string> out;
  for (const auto& t : tokens) out.push_back(t.norm);
  return out;
}

TEST(Tokenizer, SplitsPossessiveAndFoldsCurlyApostrophe) {
  EXPECT_EQ(Norms("Moscow\xE2\x80\x99s stance"), (std::vector<std::string>{"moscow", "'s", "stance"}));
}

TEST(Tokenizer, KeepsAcronymsInitialsAndAbbreviations) {
  EXPECT_EQ(Norms("the U.S. and Mr. Albert P. Khorev."),
            (std::vector<std::string>{"the", "u.s.", "and", "mr.", "albert", "p.", "khorev", "."}));
}

TEST(Tokenizer, KeepsHyphenatedWordsAndNumbers) {
  EXPECT_EQ(Norms("Western-backed $350,000 3.5"),
            (std::vector<std::string>{"western-backed", "$", "350,000", "3.5"}));
}

TEST(Tokenizer, CapitalisationIsTheFirstLetterOrALateOne) {
  Abbreviations none;
  std::vector<Token> tokens;
  const std::string text = "Israel iSrael israel al-Qaeda";
  Tokenize(text, {0, static_cast<uint32_t>(text.size())}, none, tokens);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_TRUE(tokens[0].capitalized);
  EXPECT_TRUE(tokens[1].capitalized);  // a name typed with its capital one letter late
  EXPECT_FALSE(tokens[2].capitalized);
  EXPECT_FALSE(tokens[3].capitalized);
}

TEST(Tokenizer, SplitsNegation) {
  EXPECT_EQ(Norms("didn't go"), (std::vector<std::string>{"did", "n't", "go"}));
}

TEST(Tokenizer, OffsetsPointIntoTheOriginal) {
  std::string text = "\xE2\x80\x9CPeace\xE2\x80\x9D now";
  Abbreviations none;
  std::vector<Token> tokens;
  Tokenize(text, {0, static_cast<uint32_t>(text.size())}, none, tokens);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].norm, "\"");
  EXPECT_EQ(text.substr(tokens[1].span.start, tokens[1].span.end - tokens[1].span.start), "Peace");
  EXPECT_TRUE(tokens[1].capitalized);
}

}  // namespace
}  // namespace attache
