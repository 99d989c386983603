#include "dates/date_expression.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <vector>

namespace attache {
namespace {

// A sentence from text split at whitespace, with , ; : ! ? ( ) " and a final "." as tokens of
// their own; a word with an inner dot keeps its dots ("U.S.", "feb." when written "feb.."),
// so tests do not depend on the real tokenizer.
Sentence MakeSentence(const std::string& text) {
  Sentence s;
  auto add = [&](size_t start, size_t end) {
    Token t;
    t.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    std::string w = text.substr(start, end - start);
    t.capitalized = std::isupper(static_cast<unsigned char>(w[0]));
    t.punct = !std::isalnum(static_cast<unsigned char>(w[0]));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    t.norm = w;
    t.hash = HashWord(w);  // as the tokenizer sets it
    s.tokens.push_back(t);
  };
  const std::string kSplit = ",;:!?()\"";
  size_t i = 0;
  while (i < text.size()) {
    if (std::isspace(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
    size_t a = i, b = end;
    while (a < b && kSplit.find(text[a]) != std::string::npos) add(a, a + 1), ++a;
    std::vector<size_t> tail;
    while (b > a && (kSplit.find(text[b - 1]) != std::string::npos ||
                     (text[b - 1] == '.' &&
                      text.substr(a, b - 1 - a).find('.') == std::string::npos))) {
      tail.push_back(b - 1);
      --b;
      if (text[b] == '.') break;  // one final dot only
    }
    if (a < b) add(a, b);
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) add(*it, *it + 1);
    i = end;
  }
  s.span = {0, static_cast<uint32_t>(text.size())};
  return s;
}

const Date kPublished = Date::Day(2025, 2, 25);  // a Tuesday

// The words of each expression found, joined by spaces.
std::vector<std::string> Spans(const std::string& text) {
  Sentence s = MakeSentence(text);
  std::vector<std::string> out;
  for (const DateExpression& e : FindDateExpressions(s)) {
    std::string words;
    for (uint32_t i = e.first_token; i <= e.last_token; ++i)
      words += (words.empty() ? "" : " ") + s.tokens[i].norm;
    out.push_back(words);
  }
  return out;
}

// The resolved dates of the expressions of `text`, "none" for an unresolved one.
std::vector<std::string> Resolve(const std::string& text, bool future = false,
                                 std::optional<Date> published = kPublished) {
  std::vector<std::string> out;
  for (const DateExpression& e : FindDateExpressions(MakeSentence(text))) {
    auto d = ResolveDate(e, published, future);
    out.push_back(d ? d->ToString() : "none");
  }
  return out;
}

using V = std::vector<std::string>;

TEST(DateExpressionTest, HelperSplitsPunctuation) {
  Sentence s = MakeSentence("On Feb. 24, 2022 the U.S. said.");
  std::vector<std::string> norms;
  for (const Token& t : s.tokens) norms.push_back(t.norm);
  EXPECT_EQ(norms, (V{"on", "feb", ".", "24", ",", "2022", "the", "u.s.", "said", "."}));
  EXPECT_TRUE(s.tokens[0].capitalized);
  EXPECT_TRUE(s.tokens[2].punct);
}

TEST(DateExpressionTest, AbsoluteDates) {
  EXPECT_EQ(Spans("Russia invaded on February 24, 2022."), V{"february 24 , 2022"});
  EXPECT_EQ(Resolve("Russia invaded on February 24, 2022."), V{"2022-02-24"});
  EXPECT_EQ(Resolve("Russia invaded on 24 February 2022."), V{"2022-02-24"});
  EXPECT_EQ(Resolve("Russia invaded on the 24th of February, 2022."), V{"2022-02-24"});
  EXPECT_EQ(Resolve("Russia invaded on Feb. 24, 2022."), V{"2022-02-24"});
  EXPECT_EQ(Resolve("Russia invaded on Feb 24 2022."), V{"2022-02-24"});
  EXPECT_EQ(Resolve("Talks held on Sept. 3, 2024 failed."), V{"2024-09-03"});
  EXPECT_EQ(Resolve("The vote was in June 2024."), V{"2024-06"});
  EXPECT_EQ(Resolve("The vote was in August 2024."), V{"2024-08"});
  EXPECT_EQ(Resolve("The vote was in June of 2024."), V{"2024-06"});
  EXPECT_EQ(Resolve("Filed 2025-02-12 in court."), V{"2025-02-12"});
  EXPECT_EQ(Spans("Filed 2025 - 02 - 12 in court."), V{"2025 - 02 - 12"});
  EXPECT_EQ(Resolve("Filed 2025 - 02 - 12 in court."), V{"2025-02-12"});
  EXPECT_EQ(Resolve("Monday, February 24, 2025, was the day."), V{"2025-02-24"});
  EXPECT_EQ(Spans("On Monday, February 24, 2025, troops left."), V{"monday , february 24 , 2025"});
  EXPECT_EQ(Resolve("Fighting on February 24-25, 2022 killed many."), V{"2022-02-24"});
}

TEST(DateExpressionTest, AbsoluteDatesNeedNoPublicationDate) {
  EXPECT_EQ(Resolve("on February 24, 2022", false, std::nullopt), V{"2022-02-24"});
  EXPECT_EQ(Resolve("in June 2024", false, std::nullopt), V{"2024-06"});
  EXPECT_EQ(Resolve("since 2014", false, std::nullopt), V{"2014"});
  EXPECT_EQ(Resolve("on February 12", false, std::nullopt), V{"none"});
  EXPECT_EQ(Resolve("on Sunday", false, std::nullopt), V{"none"});
  EXPECT_EQ(Resolve("yesterday", false, std::nullopt), V{"none"});
}

TEST(DateExpressionTest, ImpossibleAndOutOfRangeDatesAreNotDates) {
  EXPECT_EQ(Spans("on February 30, 2022"), V{});
  EXPECT_EQ(Spans("on February 30"), V{});
  EXPECT_EQ(Spans("on February 29, 2023"), V{});
  EXPECT_EQ(Resolve("on February 29, 2024"), V{"2024-02-29"});
  EXPECT_EQ(Spans("on 31 April"), V{});
  EXPECT_EQ(Spans("in June 1850"), V{});
  EXPECT_EQ(Spans("since 1850"), V{});
  EXPECT_EQ(Spans("by 2150"), V{});
  EXPECT_EQ(Spans("filed 2025-02-30"), V{});
}

TEST(DateExpressionTest, PartialDatesTakeThePublicationYear) {
  EXPECT_EQ(Spans("The attack on February 12 killed four."), V{"february 12"});
  EXPECT_EQ(Resolve("The attack on February 12 killed four."), V{"2025-02-12"});
  EXPECT_EQ(Resolve("The attack on February 18 killed four."), V{"2025-02-18"});
  EXPECT_EQ(Resolve("The attack on 18 Feb killed four."), V{"2025-02-18"});
  EXPECT_EQ(Resolve("The attack on Feb. 18 killed four."), V{"2025-02-18"});
  EXPECT_EQ(Resolve("The attack on the 18th of February killed four."), V{"2025-02-18"});
  // Up to about two months ahead stays this year; further means last year.
  EXPECT_EQ(Resolve("on April 10"), V{"2025-04-10"});
  EXPECT_EQ(Resolve("on December 20"), V{"2024-12-20"});
  EXPECT_EQ(Resolve("on December 20", false, Date::Day(2025, 1, 10)), V{"2024-12-20"});
  // Planned: forward from publication.
  EXPECT_EQ(Resolve("talks on December 20", true), V{"2025-12-20"});
  EXPECT_EQ(Resolve("talks on February 12", true), V{"2026-02-12"});
  EXPECT_EQ(Resolve("talks on February 25", true), V{"2025-02-25"});
}

TEST(DateExpressionTest, FebruaryTwentyNinthWithoutALeapYear) {
  EXPECT_EQ(Resolve("on February 29"), V{"2025-02"});
  EXPECT_EQ(Resolve("on February 29", false, Date::Day(2024, 3, 5)), V{"2024-02-29"});
}

TEST(DateExpressionTest, BareMonths) {
  EXPECT_EQ(Spans("Elections are due in April."), V{"april"});
  EXPECT_EQ(Resolve("Elections are due in April.", true), V{"2025-04"});
  EXPECT_EQ(Resolve("Elections were held in April."), V{"2024-04"});
  EXPECT_EQ(Resolve("Elections were held in February."), V{"2025-02"});
  EXPECT_EQ(Resolve("Elections are due in February.", true), V{"2025-02"});
  EXPECT_EQ(Resolve("Elections are due in January.", true), V{"2026-01"});
  EXPECT_EQ(Resolve("Protests since June continued."), V{"2024-06"});
  EXPECT_EQ(Resolve("Fighting in mid-April was fierce."), V{"2024-04"});
  EXPECT_EQ(Resolve("Fighting from April to June was fierce."), (V{"2024-04", "2024-06"}));
  EXPECT_EQ(Resolve("at the end of January"), V{"2025-01"});
  EXPECT_EQ(Resolve("the offensive last April"), V{"2024-04"});
  EXPECT_EQ(Resolve("the offensive last February"), V{"2024-02"});
  EXPECT_EQ(Resolve("the summit next February"), V{"2026-02"});
  EXPECT_EQ(Resolve("by Sept. the troops left"), V{"2024-09"});
  // A month needs a preposition to stand alone.
  EXPECT_EQ(Spans("April said she would go."), V{});
  EXPECT_EQ(Spans("He met Jan in Berlin."), V{});
  EXPECT_EQ(Spans("Protests by Jan and others."), V{});
}

TEST(DateExpressionTest, MayIsAMonthOnlyWithADayYearOrPreposition) {
  EXPECT_EQ(Spans("Theresa May said the deal was dead."), V{});
  EXPECT_EQ(Spans("The talks may resume."), V{});
  EXPECT_EQ(Spans("Those 5 may go."), V{});
  EXPECT_EQ(Spans("Talks were held in May."), V{"may"});
  EXPECT_EQ(Resolve("Talks were held in May.", true), V{"2025-05"});
  EXPECT_EQ(Resolve("Talks were held on May 5, 2023."), V{"2023-05-05"});
  EXPECT_EQ(Resolve("Talks were held on 5 May 2023."), V{"2023-05-05"});
  EXPECT_EQ(Resolve("Talks were held in May 2023."), V{"2023-05"});
  EXPECT_EQ(Spans("a speech by May on Brexit"), V{});
  EXPECT_EQ(Spans("Theresa May 2019 speech"), V{});
}

TEST(DateExpressionTest, Years) {
  EXPECT_EQ(Spans("Russia has occupied Crimea since 2014."), V{"2014"});
  EXPECT_EQ(Resolve("Russia has occupied Crimea since 2014."), V{"2014"});
  EXPECT_EQ(Resolve("in 2014"), V{"2014"});
  EXPECT_EQ(Resolve("until 2030"), V{"2030"});
  EXPECT_EQ(Resolve("at the end of 2014"), V{"2014"});
  EXPECT_EQ(Resolve("in mid-2014"), V{"2014"});
  EXPECT_EQ(Resolve("between 2014 and 2016"), (V{"2014", "2016"}));
  EXPECT_EQ(Spans("2014 people were killed."), V{});
  EXPECT_EQ(Spans("Police detained 2014 people."), V{});
  EXPECT_EQ(Spans("a total of 2014 were arrested"), V{});
  EXPECT_EQ(Spans("the deaths of 2014 people"), V{});
  EXPECT_EQ(Spans("The 2014 election was close."), V{});
}

TEST(DateExpressionTest, Weekdays) {
  EXPECT_EQ(Spans("Troops attacked on Sunday."), V{"sunday"});
  EXPECT_EQ(Resolve("Troops attacked on Sunday."), V{"2025-02-23"});
  EXPECT_EQ(Resolve("Troops attacked Sunday."), V{"2025-02-23"});
  EXPECT_EQ(Resolve("Troops attacked last Sunday."), V{"2025-02-23"});
  EXPECT_EQ(Spans("Troops attacked last Sunday."), V{"last sunday"});
  EXPECT_EQ(Resolve("Troops attacked on Monday night."), V{"2025-02-24"});
  EXPECT_EQ(Spans("Troops attacked on Monday night."), V{"monday night"});
  EXPECT_EQ(Resolve("Troops attacked on Sunday's march."), V{"2025-02-23"});
  // The publication day's own weekday means that day, unless "last"/"next" says otherwise.
  EXPECT_EQ(Resolve("Troops attacked on Tuesday."), V{"2025-02-25"});
  EXPECT_EQ(Resolve("Troops attacked last Tuesday."), V{"2025-02-18"});
  EXPECT_EQ(Resolve("Talks open next Tuesday."), V{"2025-03-04"});
  EXPECT_EQ(Resolve("Talks open on Tuesday.", true), V{"2025-02-25"});
  EXPECT_EQ(Resolve("Talks open this Thursday.", true), V{"2025-02-27"});
  EXPECT_EQ(Resolve("Talks open this Thursday."), V{"2025-02-20"});
  EXPECT_EQ(Resolve("Talks open next Sunday."), V{"2025-03-02"});
  EXPECT_EQ(Resolve("Protests last weekend."), V{"2025-02-22"});
  // A lower-case weekday needs a preposition; named days are not dates.
  EXPECT_EQ(Spans("troops attacked sunday"), V{});
  EXPECT_EQ(Resolve("troops attacked on sunday"), V{"2025-02-23"});
  EXPECT_EQ(Spans("They remembered Bloody Sunday."), V{});
  EXPECT_EQ(Spans("the last Sunday of March"), V{});
  EXPECT_EQ(Spans("The Sunday Times reported it."), V{});
}

TEST(DateExpressionTest, RelativeDays) {
  EXPECT_EQ(Spans("Yesterday troops left."), V{"yesterday"});
  EXPECT_EQ(Resolve("Troops left yesterday."), V{"2025-02-24"});
  EXPECT_EQ(Resolve("Troops left today."), V{"2025-02-25"});
  EXPECT_EQ(Resolve("Troops leave tomorrow.", true), V{"2025-02-26"});
  EXPECT_EQ(Resolve("Troops left last night."), V{"2025-02-24"});
  EXPECT_EQ(Spans("Troops left last night."), V{"last night"});
  EXPECT_EQ(Resolve("Troops left yesterday morning."), V{"2025-02-24"});
  EXPECT_EQ(Resolve("Troops left this morning."), V{"2025-02-25"});
  EXPECT_EQ(Resolve("Troops left earlier today."), V{"2025-02-25"});
  EXPECT_EQ(Resolve("Troops left three days ago."), V{"2025-02-22"});
  EXPECT_EQ(Resolve("Troops left 10 days ago."), V{"2025-02-15"});
  EXPECT_EQ(Resolve("Troops left the day before yesterday."), V{"2025-02-23"});
  EXPECT_EQ(Resolve("Troops leave two days from now.", true), V{"2025-02-27"});
}

TEST(DateExpressionTest, RelativeWeeksMonthsYears) {
  EXPECT_EQ(Spans("Troops left last week."), V{"last week"});
  EXPECT_EQ(Resolve("Troops left last week."), V{"2025-02-18"});
  EXPECT_EQ(Resolve("Troops left a week ago."), V{"2025-02-18"});
  EXPECT_EQ(Resolve("Troops left two weeks ago."), V{"2025-02-11"});
  EXPECT_EQ(Resolve("Troops leave next week.", true), V{"2025-03-04"});
  EXPECT_EQ(Resolve("Troops left this week."), V{"2025-02-25"});
  EXPECT_EQ(Spans("Troops left earlier this week."), V{"earlier this week"});
  EXPECT_EQ(Resolve("Troops left earlier this month."), V{"2025-02"});
  EXPECT_EQ(Resolve("Troops leave next month.", true), V{"2025-03"});
  EXPECT_EQ(Resolve("Troops left last month."), V{"2025-01"});
  EXPECT_EQ(Resolve("Troops left last month.", false, Date::Day(2025, 1, 5)), V{"2024-12"});
  EXPECT_EQ(Resolve("Troops left three months ago."), V{"2024-11"});
  EXPECT_EQ(Resolve("Troops left last year."), V{"2024"});
  EXPECT_EQ(Resolve("Troops leave next year.", true), V{"2026"});
  EXPECT_EQ(Resolve("Troops left this year."), V{"2025"});
  EXPECT_EQ(Resolve("Troops left late last year."), V{"2024"});
  // "The last week of the campaign" is no relative date.
  EXPECT_EQ(Spans("in the last week of the campaign"), V{});
  EXPECT_EQ(Spans("its next year budget"), V{});
}

TEST(DateExpressionTest, PublicationDateOfLowerPrecision) {
  EXPECT_EQ(Resolve("last month", false, Date::Month(2025, 2)), V{"2025-01"});
  EXPECT_EQ(Resolve("yesterday", false, Date::Month(2025, 2)), V{"2025-01"});
  EXPECT_EQ(Resolve("last year", false, Date::Year(2025)), V{"2024"});
}

TEST(DateExpressionTest, SeveralExpressionsLeftToRight) {
  EXPECT_EQ(Spans("On Sunday, troops that had arrived on February 12 and since 2014 left "
                  "yesterday, and talks are set for next month."),
            (V{"sunday", "february 12", "2014", "yesterday", "next month"}));
  EXPECT_EQ(Resolve("On Sunday, troops that had arrived on February 12 and since 2014 left "
                    "yesterday."),
            (V{"2025-02-23", "2025-02-12", "2014", "2025-02-24"}));
}

TEST(DateExpressionTest, CaseInsensitive) {
  EXPECT_EQ(Resolve("ON FEBRUARY 24, 2022"), V{"2022-02-24"});
  EXPECT_EQ(Resolve("on february 24, 2022"), V{"2022-02-24"});
  EXPECT_EQ(Resolve("in june 2024"), V{"2024-06"});
}

TEST(DateExpressionTest, AbbreviationWithDotInOneToken) {
  // The real tokenizer keeps an abbreviation's dot: "Feb." is one token.
  Sentence s = MakeSentence("on Feb 24");
  s.tokens[1].norm = "feb.";
  auto found = FindDateExpressions(s);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].first_token, 1u);
  EXPECT_EQ(found[0].last_token, 2u);
  EXPECT_EQ(ResolveDate(found[0], kPublished, false), Date::Day(2025, 2, 24));
}

}  // namespace
}  // namespace attache
