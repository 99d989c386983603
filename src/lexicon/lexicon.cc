#include "lexicon/lexicon.h"

#include <filesystem>

#include "lexicon/line_reader.h"

namespace attache {

std::unique_ptr<Lexicon> Lexicon::Load(const LexiconPaths& paths, std::vector<std::string>* warnings) {
  namespace fs = std::filesystem;
  const fs::path dir(paths.dir);
  if (!fs::is_directory(dir)) throw LexiconError(paths.dir + ": lexicon directory not found");
  auto lex = std::make_unique<Lexicon>();
  lex->actors.Load(paths.dir);
  lex->patterns.Load(paths.dir);
  lex->LoadLanguage(paths, warnings);
  for (const EventPattern& p : lex->patterns.verbs())
    if (!lex->cameo.Find(p.code)) ReportLexiconError(p.rule + ": code " + p.code + " is not in cameo/events.txt");
  lex->patterns.MarkTerritorial(lex->cameo);
  return lex;
}

void Lexicon::LoadLanguage(const LexiconPaths& paths, std::vector<std::string>* warnings) {
  namespace fs = std::filesystem;
  const fs::path dir(paths.dir);
  if (!fs::is_directory(dir)) throw LexiconError(paths.dir + ": lexicon directory not found");
  cameo.Load(paths.dir, "cameo/events.txt");
  composition.Load(paths.dir, "cameo/complements.txt", cameo);
  words.Load(paths.dir);
  abbreviations = Abbreviations::Load(paths.dir, "words/abbreviations.txt");
  boilerplate = BoilerplateRules::Load(paths.dir, "words/boilerplate.txt");
  GazetteerPaths g = paths.gazetteer;
  if (g.aliases.empty()) g.aliases = (dir / "places.txt").string();
  try {
    gazetteer = Gazetteer::Load(g, warnings);
  } catch (const std::runtime_error& e) {
    throw LexiconError(e.what());
  }
}

}  // namespace attache
