// Reads a TABARI or PETRARCH file line by line the way both programs do: comments removed,
// blank lines skipped, TABARI's "~~FINISH" ending the file. The files are decades old and
// hand-edited, so damage is expected: bytes that are not UTF-8 are dropped and characters that
// look double-encoded are reported, each as a warning that names file:line, never a stop.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/legacy/legacy_dictionary.h"

namespace attache::legacy::internal {

// Collects the warnings of one file into Dictionaries::warnings as "file:line: reason". A file
// can repeat one fault thousands of times (a table saved under a dictionary's name), so each
// kind of fault is reported kMaxPerKind times; Finish() then adds one line counting the rest.
class FileWarnings {
 public:
  static constexpr int kMaxPerKind = 20;

  FileWarnings(std::string path, std::vector<std::string>& out) : path_(std::move(path)), out_(out) {}
  // `kind` groups warnings for the cap ("bad date"); `detail` completes the reason.
  void Add(int line, std::string_view kind, std::string_view detail = {});
  void Finish();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::vector<std::string>& out_;
  std::map<std::string, int, std::less<>> counts_;
};

// Which comment conventions a file follows.
struct CommentRules {
  bool semicolon = true;      // ';' to the end of the line (KEDS/TABARI; PETRARCH keeps it)
  bool hash = true;           // '#' to the end of the line
  bool double_slash = false;  // "//" to the end of the line (TABARI .options)
  bool xml = true;            // "<!-- ... -->", also across lines (PETRARCH)
  bool finish_mark = false;   // a line starting "~~" ends the file (TABARI "~~FINISH")
  bool slash_line = false;    // a line starting '/' is a comment (TABARI manual 5.2)
};
// The conventions of a dictionary file: TABARI's '~~FINISH' ends it only in TABARI format, where
// PETRARCH2 verbs use '~' for transformations.
CommentRules DictionaryComments(bool tabari);

struct LegacyLine {
  int number = 0;
  std::string_view indent;  // the blanks and tabs it starts with
  std::string_view text;    // without comments and surrounding blanks; never empty
};

// Calls `fn` for each line that has text once comments are removed. '#' and ';' inside
// "[...]" are not comments ("[###]"). Throws LexiconError when the file cannot be read.
void ForEachLegacyLine(const std::string& path, const CommentRules& rules, FileWarnings& warnings,
                       const std::function<void(const LegacyLine&)>& fn);

// TABARI's sections: the <NOUN> and <ADJECTIVE> word lists of actors files (manual 5.3.2),
// <SYNSETS> and <TIME> in verbs files (5.6, 10.5). A reader names the sections it knows; an
// unknown one is skipped whole, and tags out of place are reported.
class Sections {
 public:
  explicit Sections(std::vector<std::string> known) : known_(std::move(known)) {}

  // Handles `line` when it is a tag ("<NOUN>", "</ADJ>"); false for any other line.
  bool Tag(const LegacyLine& line, FileWarnings& warnings);
  // The open section upper-cased, with "<ADJ>" read as ADJECTIVE and "<SYNSET>" as SYNSETS;
  // "" outside any.
  const std::string& current() const { return current_; }
  // Inside a section the reader does not know: its lines mean nothing here.
  bool skipping() const { return !current_.empty() && !known(current_); }
  // Inside <NOUN> or <ADJECTIVE>, adds the line's word to `out` and returns true.
  bool WordList(const LegacyLine& line, Dictionaries& out, FileWarnings& warnings) const;
  // Reports a section left open at the end of the file.
  void Finish(FileWarnings& warnings) const;

 private:
  bool known(const std::string& tag) const;

  std::vector<std::string> known_;
  std::string current_;
  int opened_ = 0;  // the line of the open section's tag
};

}  // namespace attache::legacy::internal
