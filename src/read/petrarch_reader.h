// PETRARCH XML input: <Sentence date="YYYYMMDD" id="..."> records, each with a <Text> (and
// usually a <Parse>, which is not ours to use). The records may sit inside any wrappers
// (<Sentences>, <Validation>); everything that is not a Sentence (<Environment>, comments) is
// skipped.
//
// Read by a small forgiving scanner rather than an XML parser: a parser stops at the first error
// in the file, and one bad record must cost that record, not the rest of the file. The scanner
// takes a record at a time, so memory follows the largest record (with its parse tree), not the
// size of the file.
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "read/reader.h"

namespace attache {

// Reads every <Sentence> of `in`; `path` names it in origins and rejections ("records.xml:40",
// the line of the <Sentence> tag). A record without <Text>, or with a date that is not one, is
// rejected by line and reading goes on with the next.
void ReadPetrarchDocuments(std::istream& in, const std::string& path, const ReadOptions& options,
                           const ReadSinks& sinks);

// Decodes the XML character references in `raw`: &amp; &lt; &gt; &quot; &apos; and numeric ones
// (&#233; &#xE9;), appending the result to `out`. A reference that is not one of these (&nbsp;,
// a bare '&') is kept as written. Line ends are normalized to "\n" as XML does.
void AppendXmlDecoded(std::string_view raw, std::string& out);

// The date attribute: "20080804" or "2008-08-04" (or a timestamp); nullopt for anything else.
std::optional<Date> ParsePetrarchDate(std::string_view value);

}  // namespace attache
