// Validation suites of the earlier coders: TABARI's `.project` + text records with the expected
// events in `{...}` comments, and PETRARCH's XML records with `<EventCoding>` elements. A suite
// names the dictionaries it must be coded with.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "document/date.h"
#include "lexicon/legacy/legacy_dictionary.h"

namespace attache {

struct ExpectedEvent {
  std::string source, target, code;
  friend bool operator==(const ExpectedEvent&, const ExpectedEvent&) = default;
};

struct SuiteRecord {
  enum class Expect {
    kEvents,    // exactly the events listed
    kNone,      // TABARI {---}, PETRARCH noevents: no event at all
    kDiscard,   // TABARI {###}, PETRARCH error="sentencediscard"/"storydiscard": discarded
    kComplex,   // TABARI {+++}: rejected as too complex (no event)
    kOption,    // TABARI "OPTION: ..." record, PETRARCH <Config>: changes an option, codes nothing
    kError,     // PETRARCH error record (dateline, bad_input_parse): the program must reject it
    kSkip,      // not a test (banners, START/END records, records outside <Include>)
  };
  std::string id;         // "DEMO-01"
  std::string category;   // PETRARCH category attribute; TABARI: the id up to the last '-'
  std::optional<Date> date;
  std::string text;       // the sentence(s) to code
  Expect expect = Expect::kEvents;
  std::vector<ExpectedEvent> expected;
  // kEvents: `expected` lists only the first events. TABARI's "-{...}" after them means "do not
  // check additional records": events coded beyond those listed are not checked.
  bool partial = false;
  // TABARI: the date written after the first expected event ("{ DAG / GON / 032 } 950103"),
  // which TABARI checks against the event's (time-shifted) date when time shifting is on.
  std::optional<Date> event_date;
  // For kOption: "SET: TIME SHIFT = FALSE"; a record giving several options has them in file
  // order, one per line. PETRARCH <Config option="require_dyad" value="false">:
  // "require_dyad = false".
  std::string option;
  std::string where;      // "Validate.text:41"
};

struct Suite {
  legacy::DictFormat format = legacy::DictFormat::kTabari;
  std::string path;                      // the suite file as named
  // Dictionary files named by the suite, resolved against the suite's directory.
  std::vector<std::string> actors;
  std::string agents, verbs, discards, options;
  std::vector<SuiteRecord> records;      // in file order
  std::vector<std::string> warnings;     // "file:line: reason"
};

// Reads a TABARI .project file and the text file it names. Throws std::runtime_error naming the
// file when it cannot be read.
Suite ReadTabariSuite(const std::string& project_path);
// Reads a PETRARCH validation XML file (also the not-quite-XML UniversalPetrarch files).
Suite ReadPetrarchSuite(const std::string& xml_path);

}  // namespace attache
