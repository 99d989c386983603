#include "document/date.h"

#include <charconv>
#include <cstdio>

namespace attache {

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDay(int year, int month, int day) {
  return year >= 1 && year <= 9999 && day >= 1 && day <= DaysInMonth(year, month);
}

std::string Date::ToString() const {
  char buf[16];
  switch (precision) {
    case Precision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case Precision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case Precision::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
  }
  return buf;
}

static bool ParseInt(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

std::optional<Date> Date::Parse(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (s.size() == 4 && ParseInt(s, y) && y >= 1) return Year(y);
  if (s.size() == 7 && s[4] == '-' && ParseInt(s.substr(0, 4), y) && ParseInt(s.substr(5, 2), m) &&
      y >= 1 && m >= 1 && m <= 12)
    return Month(y, m);
  if (s.size() == 10 && s[4] == '-' && s[7] == '-' && ParseInt(s.substr(0, 4), y) &&
      ParseInt(s.substr(5, 2), m) && ParseInt(s.substr(8, 2), d) && IsValidDay(y, m, d))
    return Day(y, m, d);
  return std::nullopt;
}

// Howard Hinnant's days-from-civil algorithm.
int64_t Date::DayNumber() const {
  int y = year, m = precision == Precision::kYear ? 1 : month;
  int d = precision == Precision::kDay ? day : 1;
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

Date Date::FromDayNumber(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400) + (m <= 2);
  return Day(y, m, d);
}

int Date::Weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const int64_t n = DayNumber();
  return static_cast<int>(((n % 7) + 7 + 3) % 7);
}

}  // namespace attache
