// Reads the lexicon's plain-text files: strips `#` comments and blank lines, splits fields on
// `|` and alternatives on `;`, and reports a malformed line as "file:line: reason".
#pragma once

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace attache {

struct LexiconLine {
  std::string_view path;  // the file as opened, for error messages
  std::string_view file;  // the file relative to the lexicon directory, for Event::rule
  int number = 0;         // 1-based
  std::string_view text;  // comment stripped, trimmed

  // "verbs/04-consult.txt:9": the rule an event cites as its evidence.
  std::string Where() const;
  [[noreturn]] void Fail(const std::string& reason) const;

  // Fields separated by '|', trimmed. Fails unless there are between min and max fields.
  std::vector<std::string_view> Fields(size_t min, size_t max) const;
};

class LexiconError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// While one of these is alive on a thread, a malformed line is recorded in `errors` and the
// reading goes on, so that `attache lexicon check` can report every fault at once; otherwise
// the first one stops the run.
class CollectLexiconErrors {
 public:
  explicit CollectLexiconErrors(std::vector<std::string>* errors);
  ~CollectLexiconErrors();
  CollectLexiconErrors(const CollectLexiconErrors&) = delete;
  CollectLexiconErrors& operator=(const CollectLexiconErrors&) = delete;

 private:
  std::vector<std::string>* previous_;
};

// A fault found after the lines were read ("file:line: code 999 is not in cameo/events.txt"):
// recorded while collecting, thrown as a LexiconError otherwise.
void ReportLexiconError(const std::string& message);

// Calls `fn` for every non-blank line of `dir`/`relative` after removing comments. Throws
// LexiconError when the file cannot be read.
void ForEachLine(const std::string& dir, const std::string& relative,
                 const std::function<void(const LexiconLine&)>& fn);
// The same for a file named by its own path.
void ForEachLine(const std::string& path, const std::function<void(const LexiconLine&)>& fn);

// Splits on `sep`, trims, and drops empty pieces.
std::vector<std::string_view> SplitTrim(std::string_view s, char sep);
std::string_view Trim(std::string_view s);

}  // namespace attache
