#include "validate/event_score.h"

#include <string>

namespace attache {
namespace {

std::string PrimaryActor(const std::string& code) { return code.rfind("IGO", 0) == 0 ? code : code.substr(0, 3); }

bool LenientMatch(const ExpectedEvent& a, const ExpectedEvent& b) {
  return PrimaryActor(a.source) == PrimaryActor(b.source) && PrimaryActor(a.target) == PrimaryActor(b.target) &&
         a.code.substr(0, 2) == b.code.substr(0, 2);
}

bool StrictMatch(const ExpectedEvent& a, const ExpectedEvent& b) { return a == b; }

template <typename Match>
void Count(const std::vector<ExpectedEvent>& expected, const std::vector<ExpectedEvent>& written, bool partial,
           Match match, EventCounts& c) {
  std::vector<bool> used(expected.size(), false);
  c.expected += expected.size();
  for (const ExpectedEvent& w : written) {
    bool hit = false;
    for (size_t i = 0; i < expected.size() && !hit; ++i)
      if (!used[i] && match(w, expected[i])) used[i] = hit = true;
    c.matched += hit;
    c.written += hit || !partial;
  }
}

double Ratio(size_t a, size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; }

}  // namespace

double EventCounts::Precision() const { return Ratio(matched, written); }
double EventCounts::Recall() const { return Ratio(matched, expected); }
double EventCounts::F1() const {
  double p = Precision(), r = Recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

void EventScore::Add(const std::vector<ExpectedEvent>& expected, const std::vector<ExpectedEvent>& written,
                     bool partial) {
  Count(expected, written, partial, LenientMatch, lenient);
  Count(expected, written, partial, StrictMatch, strict);
}

}  // namespace attache
