// ParseLegacyDate: the dates of actor restrictions. Hand-typed dictionaries hold a few dates
// with a digit too many or too few; each is read where exactly one plausible date results, so a
// typo costs a warning rather than the actor's code.
#include "lexicon/legacy/legacy_dictionary.h"

namespace attache::legacy {
namespace {

int Digits(std::string_view s, size_t from, size_t n) {
  int v = 0;
  for (size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

std::optional<Date> Make(int y, int m, int d) {
  if (!IsValidDay(y, m, d)) return std::nullopt;
  return Date::Day(y, m, d);
}

// YYMMDD with TABARI's pivot: 00-30 are 2000-2030.
std::optional<Date> SixDigits(std::string_view s) {
  const int yy = Digits(s, 0, 2);
  return Make(yy <= 30 ? 2000 + yy : 1900 + yy, Digits(s, 2, 2), Digits(s, 4, 2));
}

std::optional<Date> EightDigits(std::string_view s) { return Make(Digits(s, 0, 4), Digits(s, 4, 2), Digits(s, 6, 2)); }

// Years a dictionary of political actors can mean, for readings of faulty lengths.
bool Plausible(const std::optional<Date>& d) { return d && d->year >= 1800 && d->year <= 2099; }

}  // namespace

std::optional<Date> ParseLegacyDate(std::string_view digits) {
  for (char c : digits)
    if (c < '0' || c > '9') return std::nullopt;
  const std::string_view s = digits;
  switch (s.size()) {
    case 6:
      return SixDigits(s);
    case 8:
      return EightDigits(s);
    case 7: {
      // "2004017": a digit lost from YYYYMMDD; "9008223": a digit doubled in YYMMDD.
      std::optional<Date> d = Make(Digits(s, 0, 4), Digits(s, 4, 2), Digits(s, 6, 1));
      if (Plausible(d)) return d;
      d = Make(Digits(s, 0, 4), Digits(s, 4, 1), Digits(s, 5, 2));
      if (Plausible(d)) return d;
      if ((d = SixDigits(s.substr(0, 6)))) return d;
      return SixDigits(s.substr(1));
    }
    case 9:
    case 10: {
      // ">201005011": a stray last digit; "1920030320": the century written twice.
      std::optional<Date> d = EightDigits(s.substr(s.size() - 8));
      if (Plausible(d)) return d;
      d = EightDigits(s.substr(0, 8));
      if (Plausible(d)) return d;
      return std::nullopt;
    }
    default:
      return std::nullopt;
  }
}

}  // namespace attache::legacy
