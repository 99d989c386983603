// Finds date expressions in a sentence's tokens and resolves them against the publication date.
//
// Spans cover the date words proper ("February 24, 2022", "last week", "this Tuesday",
// "3 days ago"); a preposition that licenses a bare month or year ("in April", "since 2014",
// "on Sunday") stays outside the span, so callers can read it at first_token - 1.
#include "dates/date_expression.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>

namespace attache {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

bool In(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool AllDigits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::string_view StripPossessive(std::string_view w) {
  if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
  return w;
}

// "mid-April", "early-2014": the prefix licenses a bare month or year.
bool StripRangePrefix(std::string_view& w) {
  for (std::string_view p : {"mid-", "early-", "late-"}) {
    if (w.size() > p.size() && w.substr(0, p.size()) == p) {
      w.remove_prefix(p.size());
      return true;
    }
  }
  return false;
}

struct MonthName {
  std::string_view name;
  int month;
  bool abbreviation;
};
constexpr MonthName kMonths[] = {
    {"january", 1, false},  {"february", 2, false}, {"march", 3, false},
    {"april", 4, false},    {"may", 5, false},      {"june", 6, false},
    {"july", 7, false},     {"august", 8, false},   {"september", 9, false},
    {"october", 10, false}, {"november", 11, false}, {"december", 12, false},
    {"jan", 1, true},       {"feb", 2, true},       {"mar", 3, true},
    {"apr", 4, true},       {"jun", 6, true},       {"jul", 7, true},
    {"aug", 8, true},       {"sep", 9, true},       {"sept", 9, true},
    {"oct", 10, true},      {"nov", 11, true},      {"dec", 12, true},
};

constexpr std::string_view kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};

int WeekdayOf(std::string_view w) {
  w = StripPossessive(w);
  for (int i = 0; i < 7; ++i)
    if (w == kWeekdays[i]) return i;
  return -1;
}

int NumberWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"one", "two",   "three", "four",
                                                "five", "six",  "seven", "eight",
                                                "nine", "ten",  "eleven", "twelve"};
  if (w == "a" || w == "an") return 1;
  for (int i = 0; i < 12; ++i)
    if (w == kWords[i]) return i + 1;
  if (AllDigits(w) && w.size() <= 3) return ToInt(w);
  return 0;
}

bool UnitOf(std::string_view w, DateExpression::Unit& unit) {
  w = StripPossessive(w);
  if (w == "day" || w == "days") unit = DateExpression::Unit::kDay;
  else if (w == "week" || w == "weeks") unit = DateExpression::Unit::kWeek;
  else if (w == "month" || w == "months") unit = DateExpression::Unit::kMonth;
  else if (w == "year" || w == "years") unit = DateExpression::Unit::kYear;
  else return false;
  return true;
}

bool TimeOfDay(std::string_view w) {
  return In(StripPossessive(w), {"morning", "afternoon", "evening", "night"});
}

// Words before a bare month ("in April") that make it a date rather than a name or a verb.
bool MonthTrigger(std::string_view w, bool is_may) {
  if (In(w, {"in", "since", "until", "till", "til", "during", "early", "late", "mid", "between",
             "throughout"}))
    return true;
  // "by May", "after May" often mean Theresa May; for the other months they are safe.
  return !is_may && In(w, {"by", "from", "before", "after", "through", "around", "circa"});
}

// Words before a bare year ("since 2014") that make it a year rather than a count.
bool YearTrigger(std::string_view w) {
  return In(w, {"in", "since", "until", "till", "til", "by", "from", "during", "before", "after",
                "of", "through", "throughout", "early", "late", "mid", "between", "around",
                "circa", "c.", "fiscal"});
}

// Whether a word can open a date expression: a number, a month, a weekday, or a word of the
// relative forms ("last", "today", "earlier", "three" in "three days ago"). Most words cannot,
// and the matchers below need not look at them.
bool CanStartDate(const Token& t) {
  static const WordSet kStarts = [] {
    WordSet s = {"last", "past", "next", "coming", "this", "yesterday", "today", "tonight", "tomorrow",
                 "day", "earlier", "later", "a", "an", "one", "two", "three", "four", "five", "six",
                 "seven", "eight", "nine", "ten", "eleven", "twelve"};
    for (const MonthName& m : kMonths) s.emplace(m.name);
    for (std::string_view d : kWeekdays) s.emplace(d);
    return s;
  }();
  std::string_view w = t.norm;
  if (w.empty()) return false;
  if (w[0] >= '0' && w[0] <= '9') return true;
  // Most words are looked up as they are, by the hash the tokenizer made.
  const bool plain = std::none_of(w.begin(), w.end(), [](char c) { return c == '-' || c == '\'' || c == '.'; });
  if (plain) return kStarts.count(KeyOf(t)) > 0;
  StripRangePrefix(w);
  if (w.empty()) return false;
  if (w[0] >= '0' && w[0] <= '9') return true;
  w = StripPossessive(w);
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  return kStarts.count(w) > 0;
}

class Matcher {
 public:
  Matcher(const std::vector<Token>& tokens, const std::vector<DateExpression>& found)
      : t_(tokens), found_(found) {}

  std::optional<DateExpression> At(size_t i) const {
    if (t_[i].punct || !CanStartDate(t_[i])) return std::nullopt;
    std::optional<DateExpression> best;
    auto consider = [&](std::optional<DateExpression> e) {
      if (e && (!best || e->last_token > best->last_token)) best = e;
    };
    consider(Iso(i));
    consider(MonthFirst(i, /*licensed=*/false));
    consider(DayFirst(i));
    consider(Year(i));
    consider(Weekday(i));
    consider(Relative(i));
    consider(ModifiedMonth(i));
    return best;
  }

 private:
  size_t size() const { return t_.size(); }
  std::string_view W(size_t i) const { return i < t_.size() ? std::string_view(t_[i].norm) : ""; }
  std::string_view Prev(size_t i, size_t back = 1) const { return i >= back ? W(i - back) : ""; }
  bool IsPunct(size_t i, std::string_view p) const {
    return i < t_.size() && t_[i].punct && t_[i].norm == p;
  }
  bool IsDash(size_t i) const { return IsPunct(i, "-") || IsPunct(i, "--"); }

  // Month name at i; `next` is the token after it (and after an abbreviation's "." token).
  int MonthAt(size_t i, size_t& next, bool* prefixed = nullptr) const {
    if (i >= size() || t_[i].punct) return 0;
    std::string_view w = W(i);
    bool pre = StripRangePrefix(w);
    if (prefixed) *prefixed = pre;
    bool dot = false;
    if (w.size() > 1 && w.back() == '.') {
      w.remove_suffix(1);
      dot = true;
    }
    for (const MonthName& m : kMonths) {
      if (m.name != w) continue;
      if (dot && !m.abbreviation) return 0;
      next = i + 1;
      if (m.abbreviation && !dot && IsPunct(next, ".")) ++next;
      return m.month;
    }
    return 0;
  }

  bool IsAbbreviation(size_t i) const {
    std::string_view w = W(i);
    StripRangePrefix(w);
    if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
    for (const MonthName& m : kMonths)
      if (m.name == w) return m.abbreviation;
    return false;
  }

  // Day of month at i: "24", "05", "24th", "1st", or the first day of "24-25".
  int DayAt(size_t i) const {
    if (i >= size() || t_[i].punct) return 0;
    std::string_view w = W(i);
    if (auto dash = w.find('-'); dash != std::string_view::npos) {
      if (!AllDigits(w.substr(dash + 1))) return 0;
      w = w.substr(0, dash);
    }
    if (w.size() > 2 && In(w.substr(w.size() - 2), {"st", "nd", "rd", "th"}))
      w.remove_suffix(2);
    if (!AllDigits(w) || w.size() > 2) return 0;
    int d = ToInt(w);
    return d >= 1 && d <= 31 ? d : 0;
  }

  // A four-digit number at i: the year when it is in range, -1 when out of range (a historical
  // date we do not code, which must not be read as a month or day without year), 0 otherwise.
  int YearAt(size_t i, bool* prefixed = nullptr) const {
    if (i >= size() || t_[i].punct) return 0;
    std::string_view w = W(i);
    bool pre = StripRangePrefix(w);
    if (prefixed) *prefixed = pre;
    if (w.size() != 4 || !AllDigits(w)) return 0;
    int y = ToInt(w);
    return y >= kMinYear && y <= kMaxYear ? y : -1;
  }

  // Skips the day-range tail of "24-25", "24 - 25", "24 to 25", "24 and 25" after a day at i.
  size_t AfterDay(size_t i) const {
    size_t k = i + 1;
    if ((IsDash(k) || In(W(k), {"to", "and", "through"})) && DayAt(k + 1) > 0 &&
        W(k + 1).size() <= 4)
      k += 2;
    return k;
  }

  // Optional "," then a year at k. Returns the year (or -1 / 0 as YearAt) and its index.
  int YearAfter(size_t k, size_t& at) const {
    if (IsPunct(k, ",")) {
      int y = YearAt(k + 1);
      if (y != 0) {
        at = k + 1;
        return y;
      }
    }
    at = k;
    return YearAt(k);
  }

  // A bare date ("April", "2014") chained to the previous expression: "between 2014 and 2016",
  // "from April to June", "April-June".
  bool Chained(size_t i) const {
    if (found_.empty() || i < 2 || found_.back().last_token != i - 2) return false;
    return IsDash(i - 1) || In(W(i - 1), {"and", "or", "to", "through", "until", "till"});
  }

  // "mid - April" as three tokens.
  bool DashPrefixed(size_t i) const {
    return i >= 2 && IsDash(i - 1) && In(W(i - 2), {"mid", "early", "late"});
  }

  // "Theresa May 2019": a capitalized word before "May" that is not a preposition or weekday.
  bool NameBeforeMay(size_t i) const {
    if (i == 0 || t_[i - 1].punct || !t_[i - 1].capitalized) return false;
    std::string_view p = W(i - 1);
    return !(MonthTrigger(p, false) || YearTrigger(p) || WeekdayOf(p) >= 0 ||
             In(p, {"on", "of", "the", "and", "or", "to", "at"}));
  }

  static DateExpression Make(size_t first, size_t last, DateExpression::Kind kind) {
    DateExpression e;
    e.first_token = static_cast<uint32_t>(first);
    e.last_token = static_cast<uint32_t>(last);
    e.kind = kind;
    return e;
  }

  // ISO "2025-02-12", as one token or as "2025 - 02 - 12".
  std::optional<DateExpression> Iso(size_t i) const {
    if (i >= size() || t_[i].punct) return std::nullopt;
    std::string_view w = W(i);
    int y = 0, m = 0, d = 0;
    size_t last = i;
    if (w.size() == 10 && w[4] == '-' && w[7] == '-' && AllDigits(w.substr(0, 4)) &&
        AllDigits(w.substr(5, 2)) && AllDigits(w.substr(8, 2))) {
      y = ToInt(w.substr(0, 4)), m = ToInt(w.substr(5, 2)), d = ToInt(w.substr(8, 2));
    } else if (w.size() == 4 && AllDigits(w) && IsDash(i + 1) && W(i + 2).size() == 2 &&
               AllDigits(W(i + 2)) && IsDash(i + 3) && W(i + 4).size() == 2 &&
               AllDigits(W(i + 4))) {
      y = ToInt(w), m = ToInt(W(i + 2)), d = ToInt(W(i + 4));
      last = i + 4;
    } else {
      return std::nullopt;
    }
    if (y < kMinYear || y > kMaxYear || !IsValidDay(y, m, d)) return std::nullopt;
    DateExpression e = Make(i, last, DateExpression::Kind::kAbsolute);
    e.year = y, e.month = m, e.day = d;
    return e;
  }

  // "February 24, 2022", "Feb. 24", "June 2024", "June of 2024", and (when licensed) "April".
  std::optional<DateExpression> MonthFirst(size_t i, bool licensed) const {
    size_t j = 0;
    bool prefixed = false;
    int m = MonthAt(i, j, &prefixed);
    if (m == 0) return std::nullopt;
    bool is_may = W(i) == "may";
    // "June 2024", "June of 2024".
    size_t yi = j;
    if (W(j) == "of" && YearAt(j + 1) != 0) yi = j + 1;
    if (int y = YearAt(yi); y != 0) {
      if (y < 0 || (is_may && !licensed && NameBeforeMay(i))) return std::nullopt;
      DateExpression e = Make(i, yi, DateExpression::Kind::kAbsolute);
      e.year = y, e.month = m;
      return e;
    }
    // "February 24, 2022", "February 24".
    if (int d = DayAt(j); d > 0) {
      return DayOfMonth(i, AfterDay(j), m, d);
    }
    // A bare month needs a preposition or similar before it: "April" and "May" are names too,
    // and a bare abbreviation needs its dot ("by Jan." but not "by Jan", a name).
    if (IsAbbreviation(i) && j == i + 1 && W(i).back() != '.') return std::nullopt;
    if (!licensed && !prefixed && !DashPrefixed(i) && !Chained(i) &&
        !MonthTrigger(Prev(i), is_may) &&
        !(In(Prev(i), {"of"}) && In(Prev(i, 2), {"end", "beginning", "start", "middle", "close",
                                                 "month", "rest", "remainder"})))
      return std::nullopt;
    DateExpression e = Make(i, j - 1, DateExpression::Kind::kPartial);
    e.month = m;
    return e;
  }

  // "last April", "next May", "this June": a month with a modifier in the span.
  std::optional<DateExpression> ModifiedMonth(size_t i) const {
    int dir = 0;
    if (W(i) == "last") dir = -1;
    else if (W(i) == "next") dir = 1;
    else if (W(i) != "this") return std::nullopt;
    if (In(Prev(i), {"the", "its", "his", "her", "their", "our", "my", "your", "a", "every"}))
      return std::nullopt;
    size_t j = 0;
    if (MonthAt(i + 1, j) == 0) return std::nullopt;
    auto e = MonthFirst(i + 1, /*licensed=*/true);
    if (!e || e->kind != DateExpression::Kind::kPartial || e->day != 0) return std::nullopt;
    e->first_token = static_cast<uint32_t>(i);
    e->direction = dir;
    return e;
  }

  // "24 February 2022", "24th of February", "24 Feb".
  std::optional<DateExpression> DayFirst(size_t i) const {
    int d = DayAt(i);
    if (d == 0) return std::nullopt;
    size_t k = AfterDay(i);
    if (W(k) == "of") ++k;
    size_t j = 0;
    int m = MonthAt(k, j);
    if (m == 0) return std::nullopt;
    if (W(k) == "may" && !t_[k].capitalized) return std::nullopt;  // "those 5 may ..."
    return DayOfMonth(i, j, m, d);
  }

  // A day and month spanning tokens [i, next), with the year that may follow at `next`:
  // absolute with a year, partial without.
  std::optional<DateExpression> DayOfMonth(size_t i, size_t next, int m, int d) const {
    size_t yat = 0;
    int y = YearAfter(next, yat);
    if (y < 0) return std::nullopt;
    if (y > 0) {
      if (!IsValidDay(y, m, d)) return std::nullopt;
      DateExpression e = Make(i, yat, DateExpression::Kind::kAbsolute);
      e.year = y, e.month = m, e.day = d;
      return e;
    }
    if (!IsValidDay(2000, m, d)) return std::nullopt;  // 2000 is leap: February 29 passes
    DateExpression e = Make(i, next - 1, DateExpression::Kind::kPartial);
    e.month = m, e.day = d;
    return e;
  }

  // "since 2014", "in mid-2014", "the end of 2014", "between 2014 and 2016".
  std::optional<DateExpression> Year(size_t i) const {
    bool prefixed = false;
    int y = YearAt(i, &prefixed);
    if (y <= 0) return std::nullopt;
    bool licensed = prefixed || DashPrefixed(i) || Chained(i);
    if (!licensed && YearTrigger(Prev(i))) {
      licensed = true;
      // "a total of 2014", "out of 2014": a count.
      if (Prev(i) == "of" && In(Prev(i, 2), {"total", "number", "sum", "count", "toll", "tally",
                                              "figure", "out", "crowd", "group", "population"}))
        licensed = false;
    }
    if (!licensed) return std::nullopt;
    // "of 2014 people": a count followed by what it counts.
    if (!prefixed && In(W(i + 1), {"people", "persons", "percent", "per", "cent"}))
      return std::nullopt;
    DateExpression e = Make(i, i, DateExpression::Kind::kAbsolute);
    e.year = y;
    return e;
  }

  // "Sunday", "on Sunday", "last Sunday", "this Tuesday", "Monday night", "this weekend", and
  // "Monday, February 24, 2025" (the date wins; the span starts at the weekday).
  std::optional<DateExpression> Weekday(size_t i) const {
    size_t j = i;
    int dir = 0;
    bool modified = false;
    if (In(W(i), {"last", "past", "next", "coming", "this"})) {
      if (In(Prev(i), {"the", "its", "his", "her", "their", "our", "my", "your", "a", "every",
                       "each"}) &&
          W(i) != "coming")
        return std::nullopt;
      if (W(i) == "last" || W(i) == "past") dir = -1;
      if (W(i) == "next") dir = 1;
      if (W(i) == "coming" && Prev(i) != "this" && Prev(i) != "the") dir = 1;
      modified = true;
      j = i + 1;
    }
    if (modified && StripPossessive(W(j)) == "weekend") {
      // The weekend is taken as its Saturday.
      DateExpression e = Make(i, j, DateExpression::Kind::kWeekday);
      e.weekday = 5;
      e.direction = dir;
      return e;
    }
    if (j >= size() || t_[j].punct) return std::nullopt;
    int wd = WeekdayOf(W(j));
    if (wd < 0) return std::nullopt;
    if (!modified) {
      // "Monday, February 24, 2025": a full date after the weekday.
      size_t d = IsPunct(j + 1, ",") ? j + 2 : j + 1;
      std::optional<DateExpression> date = MonthFirst(d, /*licensed=*/true);
      if (!date || date->kind == DateExpression::Kind::kPartial) {
        auto other = DayFirst(d);
        if (other) date = other;
      }
      if (date && (date->day > 0)) {
        date->first_token = static_cast<uint32_t>(i);
        return date;
      }
      std::string_view p = Prev(j);
      bool licensed = In(p, {"on", "since", "until", "till", "by", "from", "before", "after",
                             "through", "late", "early"}) ||
                      Chained(j) || t_[j].capitalized;
      if (!licensed) return std::nullopt;
      // Named days and holidays: "Bloody Sunday", "Super Tuesday", "Good Friday".
      if (In(p, {"bloody", "good", "black", "easter", "palm", "holy", "ash", "shrove", "maundy",
                 "cyber", "super", "first", "second", "third", "fourth", "last", "every",
                 "each"}))
        return std::nullopt;
      // Newspapers: "Sunday Times", "Mail on Sunday".
      if (In(W(j + 1), {"times", "telegraph", "express", "mirror", "herald", "post", "mail",
                        "independent", "tribune", "star"}) &&
          j + 1 < size() && t_[j + 1].capitalized)
        return std::nullopt;
      if (p == "on" && Prev(j, 2) == "mail") return std::nullopt;
    }
    size_t last = j;
    if (W(j).find("'s") == std::string_view::npos && TimeOfDay(W(j + 1))) last = j + 1;
    DateExpression e = Make(i, last, DateExpression::Kind::kWeekday);
    e.weekday = wd;
    e.direction = dir;
    return e;
  }

  static DateExpression Rel(size_t first, size_t last, DateExpression::Unit unit, int offset) {
    DateExpression e = Make(first, last, DateExpression::Kind::kRelative);
    e.unit = unit;
    e.offset = offset;
    return e;
  }

  // "yesterday", "today", "tonight", "tomorrow", "last night", "this morning", "last week",
  // "earlier this month", "next year", "3 days ago", "a week ago", "two months from now",
  // "day before yesterday".
  std::optional<DateExpression> Relative(size_t i) const {
    using Unit = DateExpression::Unit;
    if (i >= size() || t_[i].punct) return std::nullopt;
    std::string_view w = StripPossessive(W(i));
    auto with_time = [&](size_t last) {
      return TimeOfDay(W(last + 1)) && W(last).find("'s") == std::string_view::npos ? last + 1
                                                                                      : last;
    };
    if (w == "yesterday") return Rel(i, with_time(i), Unit::kDay, -1);
    if (w == "today" || w == "tonight") return Rel(i, i, Unit::kDay, 0);
    if (w == "tomorrow") return Rel(i, with_time(i), Unit::kDay, 1);
    if (w == "day" && W(i + 1) == "before" && W(i + 2) == "yesterday")
      return Rel(Prev(i) == "the" ? i - 1 : i, i + 2, Unit::kDay, -2);
    if (w == "day" && W(i + 1) == "after" && W(i + 2) == "tomorrow")
      return Rel(Prev(i) == "the" ? i - 1 : i, i + 2, Unit::kDay, 2);

    // "earlier this week", "later this month", "earlier today".
    size_t j = i;
    if (w == "earlier" || w == "later") {
      j = i + 1;
      std::string_view n = StripPossessive(W(j));
      if (n == "today" || n == "tonight") return Rel(i, j, Unit::kDay, 0);
      if (n != "this") return std::nullopt;
    }
    std::string_view mod = W(j);
    if (In(mod, {"last", "next", "this"})) {
      if (j == i &&
          In(Prev(i), {"the", "its", "his", "her", "their", "our", "my", "your", "a", "every"}))
        return std::nullopt;
      int offset = mod == "last" ? -1 : mod == "next" ? 1 : 0;
      std::string_view n = StripPossessive(W(j + 1));
      if (mod == "last" && n == "night") return Rel(i, j + 1, Unit::kDay, -1);
      if (mod == "this" && In(n, {"morning", "afternoon", "evening"}))
        return Rel(i, j + 1, Unit::kDay, 0);
      Unit unit = Unit::kDay;
      if (n == "week" || n == "month" || n == "year") {
        UnitOf(n, unit);
        return Rel(i, j + 1, unit, offset);
      }
      return std::nullopt;
    }
    // "3 days ago", "a week ago", "two months from now".
    if (int n = NumberWord(w); n > 0) {
      Unit unit = Unit::kDay;
      if (!UnitOf(W(i + 1), unit)) return std::nullopt;
      bool singular = W(i + 1).back() != 's';
      if (singular != (n == 1)) return std::nullopt;
      if (W(i + 2) == "ago") return Rel(i, i + 2, unit, -n);
      if (W(i + 2) == "from" && W(i + 3) == "now") return Rel(i, i + 3, unit, n);
    }
    return std::nullopt;
  }

  const std::vector<Token>& t_;
  const std::vector<DateExpression>& found_;
};

int64_t AddMonths(int year, int month, int offset, int& out_month) {
  int64_t months = static_cast<int64_t>(year) * 12 + (month - 1) + offset;
  int64_t y = months >= 0 ? months / 12 : (months - 11) / 12;
  out_month = static_cast<int>(months - y * 12) + 1;
  return y;
}

}  // namespace

std::vector<DateExpression> FindDateExpressions(const Sentence& sentence) {
  std::vector<DateExpression> found;
  Matcher matcher(sentence.tokens, found);
  for (size_t i = 0; i < sentence.tokens.size();) {
    if (auto e = matcher.At(i)) {
      found.push_back(*e);
      i = e->last_token + 1;
    } else {
      ++i;
    }
  }
  return found;
}

std::optional<Date> ResolveDate(const DateExpression& e, const std::optional<Date>& published,
                                bool future) {
  using Kind = DateExpression::Kind;
  using Unit = DateExpression::Unit;
  if (e.kind == Kind::kAbsolute) {
    if (e.day > 0) {
      if (!IsValidDay(e.year, e.month, e.day)) return std::nullopt;
      return Date::Day(e.year, e.month, e.day);
    }
    if (e.month > 0) return Date::Month(e.year, e.month);
    return Date::Year(e.year);
  }
  if (!published) return std::nullopt;

  // A publication date known only to month or year anchors at its first day, and the result is
  // no more precise than the anchor.
  const Date& pub = *published;
  const Date anchor = Date::FromDayNumber(pub.DayNumber());
  const int64_t today = anchor.DayNumber();
  auto cap = [&](Date d) -> Date {
    if (pub.precision >= d.precision) return d;
    if (pub.precision == Date::Precision::kMonth) return Date::Month(d.year, d.month);
    return Date::Year(d.year);
  };

  switch (e.kind) {
    case Kind::kAbsolute:
      break;
    case Kind::kPartial: {
      if (e.month < 1 || e.month > 12) return std::nullopt;
      int y = anchor.year;
      if (e.day > 0) {
        // The publication year; a date more than about two months after publication in a
        // report of the past means last year ("December 20" in a January story), and a planned
        // date before publication means next year.
        auto day_number = [&](int year) {
          return Date::Day(year, e.month, std::min(e.day, DaysInMonth(year, e.month))).DayNumber();
        };
        if (!future && day_number(y) - today > 61) --y;
        if (future && day_number(y) < today) ++y;
        // February 29 in a year without one: keep what is certain, the month.
        if (!IsValidDay(y, e.month, e.day)) return cap(Date::Month(y, e.month));
        return cap(Date::Day(y, e.month, e.day));
      }
      // Month only: the latest such month on or before publication's, or for a planned event
      // the first on or after it; "last April" / "next April" exclude publication's own month.
      if (e.direction < 0) {
        if (e.month >= anchor.month) --y;
      } else if (e.direction > 0) {
        if (e.month <= anchor.month) ++y;
      } else if (future) {
        if (e.month < anchor.month) ++y;
      } else {
        if (e.month > anchor.month) --y;
      }
      return cap(Date::Month(y, e.month));
    }
    case Kind::kWeekday: {
      if (e.weekday < 0 || e.weekday > 6) return std::nullopt;
      const int pw = anchor.Weekday();
      // "on Wednesday" in a story published on a Wednesday usually means that day, so the
      // publication day itself counts unless "last"/"next" says otherwise.
      bool forward = e.direction > 0 || (e.direction == 0 && future);
      int64_t day;
      if (forward) {
        int ahead = (e.weekday - pw + 7) % 7;
        if (ahead == 0 && e.direction > 0) ahead = 7;
        day = today + ahead;
      } else {
        int back = (pw - e.weekday + 7) % 7;
        if (back == 0 && e.direction < 0) back = 7;
        day = today - back;
      }
      return cap(Date::FromDayNumber(day));
    }
    case Kind::kRelative:
      switch (e.unit) {
        case Unit::kDay:
          return cap(Date::FromDayNumber(today + e.offset));
        case Unit::kWeek:
          // "last week": the same weekday `offset` weeks from publication, at day precision.
          // It always falls inside the week meant, and event records carry no week precision;
          // the Monday of that week would be no more right and drifts further from "this week".
          return cap(Date::FromDayNumber(today + 7 * static_cast<int64_t>(e.offset)));
        case Unit::kMonth: {
          int m = 0;
          int y = static_cast<int>(AddMonths(anchor.year, anchor.month, e.offset, m));
          return cap(Date::Month(y, m));
        }
        case Unit::kYear:
          return Date::Year(anchor.year + e.offset);
      }
  }
  return std::nullopt;
}

}  // namespace attache
