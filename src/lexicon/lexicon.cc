#include "lexicon/lexicon.h"

#include <filesystem>
#include <future>

#include "lexicon/line_reader.h"

namespace attache {

namespace {

void RequireDirectory(const std::string& dir) {
  if (!std::filesystem::is_directory(dir)) throw LexiconError(dir + ": lexicon directory not found");
}

std::unique_ptr<Gazetteer> LoadGazetteer(const LexiconPaths& paths, std::vector<std::string>* warnings) {
  GazetteerPaths g = paths.gazetteer;
  if (g.aliases.empty()) g.aliases = (std::filesystem::path(paths.dir) / "places.txt").string();
  try {
    return Gazetteer::Load(g, warnings);
  } catch (const std::runtime_error& e) {
    throw LexiconError(e.what());
  }
}

}  // namespace

std::unique_ptr<Lexicon> Lexicon::Load(const LexiconPaths& paths, std::vector<std::string>* warnings) {
  RequireDirectory(paths.dir);
  auto lex = std::make_unique<Lexicon>();
  // The gazetteer is most of the loading time; it loads on a second thread meanwhile.
  std::vector<std::string> gazetteer_warnings;
  auto gazetteer = std::async(std::launch::async, LoadGazetteer, std::cref(paths), &gazetteer_warnings);
  lex->actors.Load(paths.dir);
  lex->patterns.Load(paths.dir);
  lex->LoadLanguageFiles(paths);
  lex->gazetteer = gazetteer.get();
  if (warnings) warnings->insert(warnings->end(), gazetteer_warnings.begin(), gazetteer_warnings.end());
  for (const EventPattern& p : lex->patterns.verbs())
    if (!lex->cameo.Find(p.code)) ReportLexiconError(p.rule + ": code " + p.code + " is not in cameo/events.txt");
  lex->patterns.MarkTerritorial(lex->cameo);
  return lex;
}

void Lexicon::LoadLanguage(const LexiconPaths& paths, std::vector<std::string>* warnings) {
  LoadLanguageFiles(paths);
  gazetteer = LoadGazetteer(paths, warnings);
}

void Lexicon::LoadLanguageFiles(const LexiconPaths& paths) {
  RequireDirectory(paths.dir);
  cameo.Load(paths.dir, "cameo/events.txt");
  composition.Load(paths.dir, "cameo/complements.txt", cameo);
  words.Load(paths.dir);
  abbreviations = Abbreviations::Load(paths.dir, "words/abbreviations.txt");
  boilerplate = BoilerplateRules::Load(paths.dir, "words/boilerplate.txt");
}

}  // namespace attache
