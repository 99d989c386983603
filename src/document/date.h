// A calendar date known to year, month or day precision, as event records carry it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace attache {

struct Date {
  enum class Precision : uint8_t { kYear, kMonth, kDay };

  int year = 0;
  int month = 0;  // 1..12 when precision >= kMonth
  int day = 0;    // 1..31 when precision == kDay
  Precision precision = Precision::kDay;

  static Date Day(int y, int m, int d) { return {y, m, d, Precision::kDay}; }
  static Date Month(int y, int m) { return {y, m, 0, Precision::kMonth}; }
  static Date Year(int y) { return {y, 0, 0, Precision::kYear}; }

  // "YYYY-MM-DD", "YYYY-MM" or "YYYY", as precision says.
  std::string ToString() const;

  // Parses the three forms above; nullopt when malformed or impossible (2025-02-30).
  static std::optional<Date> Parse(std::string_view s);

  // Days since 1970-01-01 of the first day this date covers.
  int64_t DayNumber() const;
  static Date FromDayNumber(int64_t days);

  // 0 = Monday .. 6 = Sunday (day precision only).
  int Weekday() const;

  friend bool operator==(const Date&, const Date&) = default;
};

bool IsValidDay(int year, int month, int day);
int DaysInMonth(int year, int month);

}  // namespace attache
