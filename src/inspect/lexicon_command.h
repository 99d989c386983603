// `attache lexicon check|stats|explain|suggest`: tools to inspect and extend the lexicon.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "read/reader.h"

namespace attache {

struct LexiconCommand {
  enum class Action { kCheck, kStats, kExplain, kSuggest } action = Action::kCheck;
  LexiconPaths paths;
  bool json = false;                // stats
  std::string phrase;               // explain
  std::optional<Date> date;         // explain: the date roles are read at; default today
  std::vector<std::string> corpus;  // suggest
  ReadOptions read;                 // suggest
  size_t limit = 50;                // suggest
};

// Exit status: 0; 1 when check finds faults or explain matches nothing; 2 when the lexicon
// cannot be loaded.
int RunLexiconCommand(const LexiconCommand& command, std::ostream& out, std::ostream& err);

}  // namespace attache
