// What the readers share once they hold a document's bytes: the checks every document passes
// (text, not binary data; not empty; valid UTF-8) and the hand-off to the sinks. Keeping them in
// one place means a text file, a JSONL record and a web page are judged by the same rules and
// reported in the same words.
#pragma once

#include <istream>
#include <string>
#include <string_view>

#include "document/document.h"
#include "read/reader.h"

namespace attache {

enum class TextCheck { kText, kBinary, kEmpty };

// Checks `bytes` as the text at `where`. Binary data is left untouched, so a rejection can carry
// it whole; anything else has its invalid UTF-8 repaired in place, reported as one Warning on
// `where` giving the byte offset of the first bad sequence (`offsets_in` says what the offset
// counts from when it is not the start of the file: "the line").
TextCheck CheckText(std::string& bytes, const std::string& where, const ReadSinks& sinks,
                    std::string_view offsets_in = {});

// Reads a whole file's bytes and drops a byte-order mark; on a read error, rejects it and
// returns false.
bool ReadInput(std::istream& in, const std::string& origin, const ReadSinks& sinks, std::string& bytes);

// Runs CheckText and rejects what is not text; true when the bytes may be coded.
bool AdmitText(std::string& bytes, const std::string& origin, const ReadSinks& sinks);

// "binary data, not text" or "empty document".
std::string_view RejectReason(TextCheck check);

// The sinks, called only when set: tests and tools may listen to documents alone.
void Reject(const ReadSinks& sinks, std::string where, std::string reason, std::string content);
void Warn(const ReadSinks& sinks, std::string where, std::string message);

// Hands a finished document on. One without a publication date is still coded, with a warning:
// its relative dates ("on Tuesday") cannot be resolved.
void Deliver(Document&& doc, const ReadSinks& sinks);

}  // namespace attache
