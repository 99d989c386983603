#include "test_support.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include "pipeline/pipeline.h"

namespace attache::testing {

const Lexicon& BundledLexicon() {
  static const std::unique_ptr<Lexicon> lexicon = [] {
    std::vector<std::string> warnings;
    return Lexicon::Load(LexiconPaths{}, &warnings);
  }();
  return *lexicon;
}

std::vector<Event> Code(const std::string& text, const std::string& published, bool all) {
  return Code(BundledLexicon(), text, published, all);
}

std::vector<Event> Code(const Lexicon& lexicon, const std::string& text, const std::string& published, bool all) {
  Document doc;
  doc.id = "test";
  doc.text = text;
  doc.published = Date::Parse(published);
  CodeDocument(doc, lexicon);
  std::vector<Event> out;
  for (const Sentence& s : doc.sentences)
    for (const Event& e : s.events)
      if (all || e.modality == Modality::kFactual || e.modality == Modality::kFuture) out.push_back(e);
  return out;
}

std::string Dyad(const Event& e) {
  return e.source.code + ">" + (e.target ? e.target->code : "-") + ":" + e.code;
}

std::vector<std::string> Dyads(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(Dyad(e));
  return out;
}

std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::filesystem::path ScratchDir(const std::string& name) {
  std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / (name + "-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  return dir;
}

std::filesystem::path WriteScratch(const std::string& dir, const std::string& name, const std::string& content) {
  std::filesystem::path p = ScratchDir(dir) / name;
  std::ofstream(p, std::ios::binary) << content;
  return p;
}

CliRun RunAttache(const std::string& args) {
  std::filesystem::path dir = ScratchDir("attache-cli");
  std::string cmd = std::string(ATTACHE_BINARY) + " " + args + " >" + (dir / "out").string() + " 2>" + (dir / "err").string();
  CliRun r;
  int raw = std::system(cmd.c_str());
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = Slurp(dir / "out");
  r.err = Slurp(dir / "err");
  return r;
}

}  // namespace attache::testing
