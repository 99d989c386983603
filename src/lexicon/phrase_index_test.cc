#include "lexicon/phrase_index.h"

#include <gtest/gtest.h>

#include "split/abbreviations.h"
#include "split/tokenizer.h"

namespace attache {
namespace {

std::vector<Token> Tokens(std::string_view text) {
  static const Abbreviations kNone;
  std::vector<Token> t;
  Tokenize(text, {0, static_cast<uint32_t>(text.size())}, kNone, t);
  return t;
}

// The payload of the longest phrase at token i, and the tokens it spans.
std::pair<int, size_t> At(const PhraseIndex<int>& index, std::string_view text, size_t i) {
  auto t = Tokens(text);
  size_t len = 0;
  const auto* e = index.Longest(t, i, text, len);
  return {e ? e->payload : -1, len};
}

TEST(PhraseIndex, LongestPhraseWins) {
  PhraseIndex<int> index;
  index.Add("United States", 1);
  index.Add("United", 2);
  EXPECT_EQ(At(index, "the United States said", 1), std::make_pair(1, size_t{2}));
  EXPECT_EQ(At(index, "the United Nations said", 1), std::make_pair(2, size_t{1}));
}

TEST(PhraseIndex, PhrasesSharingAFirstWordAreFoundByTheSecond) {
  PhraseIndex<int> index;
  index.Add("the West", 1);
  index.Add("the Kremlin", 2);
  index.Add("the White House", 3);
  EXPECT_EQ(At(index, "said the Kremlin today", 1), std::make_pair(2, size_t{2}));
  EXPECT_EQ(At(index, "said the White House", 1), std::make_pair(3, size_t{3}));
  EXPECT_EQ(At(index, "said the Senate", 1).first, -1);
}

TEST(PhraseIndex, OfTwoPhrasesEquallyLongTheFirstAddedWins) {
  PhraseIndex<int> index;
  index.Add("New York", 1);
  index.Add("New York", 2);
  EXPECT_EQ(At(index, "in New York", 1).first, 1);
  // Also when one is keyed by its second word and the other is not (a second word that may
  // be preceded by others).
  PhraseIndex<int> gap;
  std::vector<PhraseWord> loose = PhraseWords("Al Gore");
  loose[1].gap_before = true;
  gap.Add(loose, 1);
  gap.Add("Al Gore", 2);
  EXPECT_EQ(At(gap, "said Al Gore", 1).first, 1);
}

TEST(PhraseIndex, CapitalisedWordsMatchOnlyCapitals) {
  PhraseIndex<int> index;
  index.Add("US", 1);
  EXPECT_EQ(At(index, "told US officials", 1).first, 1);
  EXPECT_EQ(At(index, "told us everything", 1).first, -1);
}

TEST(PhraseIndex, LowerCaseStartMatchesAnyCase) {
  // "al-Qaeda" is written with a capital inside; news writes "al-Qaeda" and "Al-Qaeda".
  PhraseIndex<int> index;
  index.Add("al-Qaeda", 1);
  EXPECT_EQ(At(index, "attacked al-Qaeda positions", 1).first, 1);
  EXPECT_EQ(At(index, "Al-Qaeda said", 0).first, 1);
}

TEST(PhraseIndex, StemsMatchAnyEnding) {
  // Legacy dictionaries write "ARGENTIN" for Argentina, Argentine, Argentinian.
  PhraseIndex<int> index;
  index.Add({PhraseWord{"argentin", CaseRule::kAny, true, false}}, 1);
  EXPECT_EQ(At(index, "Argentina said", 0), std::make_pair(1, size_t{1}));
  EXPECT_EQ(At(index, "Argentinian troops", 0), std::make_pair(1, size_t{1}));
  EXPECT_EQ(At(index, "Argent said", 0).first, -1);
}

TEST(PhraseIndex, GapsLetWordsStandBetween) {
  // "AL GORE" (blank, not "_") matches Al "The Weasel" Gore; "AL_GORE" only Al Gore.
  PhraseIndex<int> index;
  index.Add({PhraseWord{"al"}, PhraseWord{"gore", CaseRule::kAny, false, true}}, 1);
  EXPECT_EQ(At(index, "warned Al \"The Weasel\" Gore to stay", 1), std::make_pair(1, size_t{6}));
  EXPECT_EQ(At(index, "warned Al Gore to stay", 1), std::make_pair(1, size_t{2}));
  // Never across a comma.
  EXPECT_EQ(At(index, "warned Al, and Gore", 1).first, -1);
}

}  // namespace
}  // namespace attache
