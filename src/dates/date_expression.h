// Date expressions found in a sentence's tokens ("February 24, 2022", "June 2024", "February 12",
// "on Sunday", "last week", "next month", "yesterday", "in April", "since 2014"), and their
// resolution against the document's publication date.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "document/date.h"
#include "document/document.h"

namespace attache {

struct DateExpression {
  uint32_t first_token = 0;  // index into Sentence::tokens
  uint32_t last_token = 0;   // inclusive
  // What the words say, before resolution. Fields left 0 are unknown.
  enum class Kind : uint8_t {
    kAbsolute,  // year known: "February 24, 2022", "June 2024", "2014"
    kPartial,   // month (and day) without year: "February 12", "in April"
    kWeekday,   // "on Sunday": weekday holds 0 (Monday) .. 6 (Sunday)
    kRelative,  // "yesterday", "last week", "next month": offset in `unit`s
  } kind = Kind::kAbsolute;
  int year = 0, month = 0, day = 0, weekday = -1;
  enum class Unit : uint8_t { kDay, kWeek, kMonth, kYear } unit = Unit::kDay;
  int offset = 0;  // for kRelative: -1 last/yesterday, +1 next/tomorrow, 0 this/today
  // For kPartial (month only) and kWeekday: -1 "last April", "last Sunday" (strictly before
  // publication); +1 "next April", "next Sunday" (strictly after); 0 lets `future` decide.
  int direction = 0;
};

// Finds the date expressions of a sentence, left to right, without overlaps.
std::vector<DateExpression> FindDateExpressions(const Sentence& sentence);

// Resolves an expression against the publication date. `future` says the event is planned or
// expected, so "in April" or "on Sunday" point forward from `published` rather than back.
// Returns nullopt when the expression needs a publication date and there is none.
std::optional<Date> ResolveDate(const DateExpression& e, const std::optional<Date>& published,
                                bool future);

}  // namespace attache
