#include "validate/validation.h"

#include <algorithm>
#include <sstream>

#include "lexicon/legacy/legacy_lexicon.h"
#include "lexicon/legacy/legacy_options.h"
#include "pipeline/pipeline.h"
#include "write/event_writer.h"

namespace attache {
namespace {

bool EndsWith(const std::string& s, std::string_view end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

bool Before(const ExpectedEvent& a, const ExpectedEvent& b) {
  return std::tie(a.source, a.target, a.code) < std::tie(b.source, b.target, b.code);
}

std::vector<ExpectedEvent> Sorted(std::vector<ExpectedEvent> v) {
  std::sort(v.begin(), v.end(), Before);
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

// The triples `attache code` would write for the record's text.
std::vector<ExpectedEvent> Code(const SuiteRecord& r, const Lexicon& lexicon) {
  Document doc;
  doc.id = r.id;
  doc.origin = r.where;
  doc.text = r.text;
  doc.published = r.date;
  CodeDocument(doc, lexicon);
  std::vector<ExpectedEvent> out;
  WriteOptions written;
  written.all = !lexicon.conventions.asserted_only;
  for (const Sentence& s : doc.sentences)
    for (const Event& e : s.events)
      if (IsWritten(e, written)) out.push_back({e.source.code, e.target ? e.target->code : std::string(kNullCode), e.code});
  return Sorted(std::move(out));
}

}  // namespace

Suite ReadSuite(const std::string& path) {
  return EndsWith(path, ".project") ? ReadTabariSuite(path) : ReadPetrarchSuite(path);
}

std::unique_ptr<Lexicon> LoadSuiteLexicon(const Suite& suite, const LexiconPaths& bundled,
                                          std::vector<std::string>* warnings) {
  LegacySources src;
  src.format = suite.format;
  src.actors = suite.actors;
  src.agents = suite.agents;
  src.verbs = suite.verbs;
  src.discards = suite.discards;
  src.options = suite.options;
  return LoadLegacyLexicon(src, bundled, warnings);
}

std::unique_ptr<Lexicon> LoadBundledForSuite(const Suite& suite, const LexiconPaths& bundled,
                                             std::vector<std::string>* warnings) {
  auto lexicon = Lexicon::Load(bundled, warnings);
  lexicon->conventions = LegacyConventions(suite.format);
  return lexicon;
}

const char* ExpectName(SuiteRecord::Expect e) {
  switch (e) {
    case SuiteRecord::Expect::kEvents: return "events";
    case SuiteRecord::Expect::kNone: return "none";
    case SuiteRecord::Expect::kDiscard: return "discard";
    case SuiteRecord::Expect::kComplex: return "complex";
    case SuiteRecord::Expect::kOption: return "option";
    case SuiteRecord::Expect::kError: return "error";
    case SuiteRecord::Expect::kSkip: return "skip";
  }
  return "";
}

ValidationReport RunSuite(const Suite& suite, Lexicon& lexicon) {
  ValidationReport report;
  for (const SuiteRecord& r : suite.records) {
    if (r.expect == SuiteRecord::Expect::kOption) {
      std::istringstream lines(r.option);
      for (std::string line; std::getline(lines, line);) {
        if (suite.format == legacy::DictFormat::kTabari) legacy::ApplyTabariOption(line, lexicon.conventions);
        else legacy::ApplyPetrarchOption(line, lexicon.conventions);
      }
    }
    if (r.expect == SuiteRecord::Expect::kSkip || r.expect == SuiteRecord::Expect::kOption) continue;
    RecordResult result;
    result.record = &r;
    result.written = Code(r, lexicon);
    // Records that expect no event (none, discard, too complex, an error) pass when nothing
    // is written.
    if (r.expect != SuiteRecord::Expect::kEvents) {
      result.passed = result.written.empty();
    } else if (r.partial) {
      // TABARI's "-{": the events listed must be coded; what else is coded is not checked.
      std::vector<ExpectedEvent> expected = Sorted(r.expected);
      result.passed = std::includes(result.written.begin(), result.written.end(), expected.begin(), expected.end(), Before);
    } else {
      result.passed = result.written == Sorted(r.expected);
    }
    const bool lists_events = r.expect == SuiteRecord::Expect::kEvents;
    report.events.Add(lists_events ? Sorted(r.expected) : std::vector<ExpectedEvent>{}, result.written,
                      lists_events && r.partial);
    for (Tally* t : {&report.total, &report.by_category[r.category], &report.by_expectation[r.expect]}) {
      ++t->scored;
      t->passed += result.passed;
    }
    report.results.push_back(std::move(result));
  }
  return report;
}

}  // namespace attache
