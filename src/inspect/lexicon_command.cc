#include "inspect/lexicon_command.h"

#include <chrono>

#include "inspect/explain.h"
#include "inspect/lexicon_check.h"
#include "inspect/lexicon_stats.h"
#include "inspect/suggest.h"
#include "lexicon/line_reader.h"

namespace attache {
namespace {

Date Today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()).time_since_epoch().count();
  return Date::FromDayNumber(days);
}

}  // namespace

int RunLexiconCommand(const LexiconCommand& c, std::ostream& out, std::ostream& err) {
  if (c.action == LexiconCommand::Action::kCheck) {
    std::vector<std::string> faults = CheckLexicon(c.paths);
    for (const std::string& f : faults) out << f << "\n";
    err << "attache: " << faults.size() << (faults.size() == 1 ? " fault" : " faults") << " in " << c.paths.dir << "\n";
    return faults.empty() ? 0 : 1;
  }
  std::unique_ptr<Lexicon> lex;
  try {
    std::vector<std::string> warnings;
    lex = Lexicon::Load(c.paths, &warnings);
  } catch (const LexiconError& e) {
    err << "attache: " << e.what() << "\n";
    return 2;
  }
  switch (c.action) {
    case LexiconCommand::Action::kStats:
      WriteStats(CountLexicon(*lex), c.json, out);
      return 0;
    case LexiconCommand::Action::kExplain:
      if (Explain(*lex, c.phrase, c.date.value_or(Today()), out)) return 0;
      err << "attache: nothing in the lexicon matches \"" << c.phrase << "\"\n";
      return 1;
    case LexiconCommand::Action::kSuggest: {
      size_t rejected = 0;
      WriteSuggestions(SuggestNames(*lex, c.corpus, c.read, c.limit, &rejected), out);
      if (rejected) err << "attache: " << rejected << " documents of the corpus could not be read\n";
      return 0;
    }
    case LexiconCommand::Action::kCheck: break;
  }
  return 0;
}

}  // namespace attache
