// Load benchmark for legacy dictionaries: builds the engine's lexicon from the Phoenix actor
// dictionaries (Countries, International, MilNonState; 26,110 dated roles in Countries), the
// Phoenix agents and discards and PETRARCH2's CAMEO.2.0.txt verbs, as `attache code
// --dict-format petrarch` does, and reports the wall time of each run and its peak memory.
//
//   build/bench_legacy_load [--runs N] [SHARED_DIR]
#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>

#include "lexicon/legacy/legacy_lexicon.h"

namespace fs = std::filesystem;
using namespace attache;

int main(int argc, char** argv) {
  fs::path shared = ATTACHE_SHARED_DIR;
  int runs = 5;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) runs = std::stoi(argv[++i]);
    else shared = a;
  }
  const fs::path dir = shared / "peer/UniversalPetrarch";
  if (!fs::exists(dir)) {
    std::cerr << "bench_legacy_load: " << dir << " not found\n";
    return 1;
  }
  LegacySources src;
  src.format = legacy::DictFormat::kPetrarch;
  for (const char* f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"})
    src.actors.push_back((dir / f).string());
  src.agents = (dir / "Phoenix.agents.txt").string();
  src.verbs = (dir / "CAMEO.2.0.txt").string();
  src.discards = (dir / "Phoenix.discards.txt").string();
  for (int r = 0; r < runs; ++r) {
    auto start = std::chrono::steady_clock::now();
    std::vector<std::string> warnings;
    auto lexicon = LoadLegacyLexicon(src, LexiconPaths{}, &warnings);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "run " << r + 1 << ": " << s << " s (with the bundled language files and gazetteer), "
              << lexicon->actors.people().size() << " dated actors, " << lexicon->patterns.verb_count()
              << " verb patterns, " << warnings.size() << " warnings\n";
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::cout << "peak RSS " << usage.ru_maxrss / 1024 << " MB\n";
  return 0;
}
