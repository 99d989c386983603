// TABARI text records: a header line "YYMMDD ID" (or "YYYYMMDD ID"), then the text lines, then a
// blank line or the end of the file. "/* ... */" comments, which may span lines and blank lines,
// are no part of the text (validation files keep their expected events there). Read a line at a
// time, so memory follows the longest record, not the size of the file.
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "read/reader.h"

namespace attache {

// Reads every record of `in`; `path` names it in origins and rejections ("demo.text:12", the
// header's line). A record whose header is wrong (an impossible date), and text that has no
// header, are rejected by line and reading goes on with the next record. Lines beginning with
// '#' where a header is due are banners, skipped as TABARI skips them.
void ReadTabariDocuments(std::istream& in, const std::string& path, const ReadOptions& options,
                         const ReadSinks& sinks);

// The date of a header: "950101" (years 00-69 are 20xx, 70-99 are 19xx) or "19950101".
// nullopt when it is neither, or not a day of the calendar.
std::optional<Date> ParseTabariDate(std::string_view digits);

}  // namespace attache
