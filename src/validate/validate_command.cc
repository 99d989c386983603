#include "validate/validate_command.h"

#include <cstdio>
#include <stdexcept>

#include "lexicon/line_reader.h"
#include "run/warnings.h"
#include "validate/validation.h"

namespace attache {
namespace {

std::string Triples(const std::vector<ExpectedEvent>& events) {
  if (events.empty()) return "(none)";
  std::string out;
  for (const ExpectedEvent& e : events) {
    if (!out.empty()) out += "; ";
    out += e.source + " " + (e.target.empty() ? "-" : e.target) + " " + e.code;
  }
  return out;
}

std::string Rate(const Tally& t) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%zu/%zu (%.1f%%)", t.passed, t.scored, 100.0 * t.Rate());
  return buf;
}

}  // namespace

int RunValidate(const ValidateOptions& options, std::ostream& out, std::ostream& err) {
  Suite suite;
  std::unique_ptr<Lexicon> lexicon;
  try {
    suite = ReadSuite(options.suite);
    std::vector<std::string> warnings = suite.warnings;
    lexicon = options.bundled_lexicon ? LoadBundledForSuite(suite, options.bundled, &warnings)
                                      : LoadSuiteLexicon(suite, options.bundled, &warnings);
    ReportWarnings(warnings, err);
  } catch (const std::exception& e) {
    err << "attache: " << e.what() << "\n";
    return 2;
  }
  ValidationReport report = RunSuite(suite, *lexicon);
  for (const RecordResult& r : report.results) {
    const SuiteRecord& rec = *r.record;
    out << (r.passed ? "PASS " : "FAIL ") << rec.id << "  " << rec.where;
    if (!r.passed) {
      out << "  expected "
          << (rec.expect == SuiteRecord::Expect::kEvents ? Triples(rec.expected) : ExpectName(rec.expect))
          << "  written " << Triples(r.written);
    }
    out << "\n";
  }
  out << "\n";
  for (const auto& [category, tally] : report.by_category) out << "category " << category << ": " << Rate(tally) << "\n";
  for (const auto& [expect, tally] : report.by_expectation) out << "expecting " << ExpectName(expect) << ": " << Rate(tally) << "\n";
  out << "total: " << Rate(report.total) << " records pass\n";
  for (const auto& [name, c] : {std::pair{"lenient", report.events.lenient}, std::pair{"strict", report.events.strict}}) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "events, %s: precision %.3f, recall %.3f, F1 %.3f (%zu of %zu written match; %zu expected)\n",
                  name, c.Precision(), c.Recall(), c.F1(), c.matched, c.written, c.expected);
    out << buf;
  }
  if (options.min_pass && report.total.Rate() < *options.min_pass) return 1;
  return 0;
}

}  // namespace attache
