// Event-level precision and recall over a suite, beside the per-record pass rate: a record with
// three of four events right fails, but its three events count here. Events are matched as the
// project's referee (score-events) matches them: leniently when the primary actor codes (the
// first three letters; IGO codes whole) and the CAMEO roots agree, strictly when the triples
// are equal.
#pragma once

#include <cstddef>
#include <vector>

#include "validate/suite.h"

namespace attache {

struct EventCounts {
  size_t matched = 0, written = 0, expected = 0;
  double Precision() const;
  double Recall() const;
  double F1() const;
};

struct EventScore {
  EventCounts lenient, strict;

  // Adds one record. Each written event matches at most one expected event. With `partial`
  // (TABARI's "-{": what else is coded is not checked) unmatched written events are not counted.
  void Add(const std::vector<ExpectedEvent>& expected, const std::vector<ExpectedEvent>& written, bool partial);
};

}  // namespace attache
