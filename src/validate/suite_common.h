// What the TABARI and PETRARCH suite readers share: reading the suite's files, naming places in
// them, resolving the dictionaries a suite names, and cleaning the text of a record.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/date.h"
#include "lexicon/line_reader.h"
#include "validate/suite.h"

namespace attache::suite_internal {

// The whole file, without a UTF-8 byte-order mark. Throws std::runtime_error naming `what` and
// the file when it cannot be read.
std::string ReadSuiteFile(const std::string& path, std::string_view what);

// The lines of `content`, without their line ends ("\n" or "\r\n").
std::vector<std::string_view> SplitLines(std::string_view content);

// "Validate.text" of "/a/b/Validate.text": how places in the file are named.
std::string FileName(const std::string& path);

// `name`, as a file named by the suite at `suite_path`, resolved against the suite's directory
// (an absolute name stays as it is).
std::string Beside(const std::string& suite_path, std::string_view name);

// The parts joined into one string.
std::string Concat(std::initializer_list<std::string_view> parts);

using attache::Trim;  // lexicon/line_reader.h
bool IsBlank(std::string_view s);
bool StartsWithNoCase(std::string_view s, std::string_view prefix);
bool ContainsNoCase(std::string_view s, std::string_view needle);

// `raw` as one line of text: control characters read as spaces, every run of white space one
// space, none at either end. `control`, when given, is set to the first control character found
// (other than tab, CR and LF), or left alone when there is none.
std::string CleanText(std::string_view raw, std::optional<unsigned char>* control = nullptr);

// "file:line: reason", appended to the suite's warnings.
void Warn(Suite& suite, const std::string& file, size_t line, std::string_view reason);

// "YYMMDD" or "YYYYMMDD" as a date; nullopt when it is neither or names no day of the calendar.
// Two-digit years 00-30 are 2000-2030 and 31-99 are 1931-1999, as TABARI reads them (its
// manual, section 6.5.2).
std::optional<Date> ParseLegacyRecordDate(std::string_view digits);

}  // namespace attache::suite_internal
