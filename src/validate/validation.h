// Runs a validation suite: codes each record with the suite's dictionaries and compares the
// (source, target, code) triples written with the ones the suite expects. A record passes when
// the two sets are equal; records expecting no event (none, discard, complex) pass when nothing
// is written.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "validate/event_score.h"
#include "validate/suite.h"

namespace attache {

struct RecordResult {
  const SuiteRecord* record = nullptr;
  bool passed = false;
  std::vector<ExpectedEvent> written;  // sorted
};

struct Tally {
  size_t passed = 0, scored = 0;
  double Rate() const { return scored ? static_cast<double>(passed) / static_cast<double>(scored) : 0.0; }
};

struct ValidationReport {
  std::vector<RecordResult> results;     // one per scored record, in suite order
  Tally total;
  std::map<std::string, Tally> by_category;
  std::map<SuiteRecord::Expect, Tally> by_expectation;
  EventScore events;  // over the records that are scored
};

// Reads the suite named by `path` (.project: TABARI; otherwise PETRARCH XML).
Suite ReadSuite(const std::string& path);

// Loads the dictionaries the suite names, with the language knowledge of `bundled`.
std::unique_ptr<Lexicon> LoadSuiteLexicon(const Suite& suite, const LexiconPaths& bundled,
                                          std::vector<std::string>* warnings);

// The bundled lexicon in the suite's place, coding as the suite's program does, so that the
// two lexicons are compared and not the two ways of coding.
std::unique_ptr<Lexicon> LoadBundledForSuite(const Suite& suite, const LexiconPaths& bundled,
                                             std::vector<std::string>* warnings);

// Option records (TABARI's "OPTION: SET: CODE BY SENTENCE") change the lexicon's conventions
// for the records after them, as they did in TABARI.
ValidationReport RunSuite(const Suite& suite, Lexicon& lexicon);

// "kEvents" -> "events", for reports.
const char* ExpectName(SuiteRecord::Expect e);

}  // namespace attache
