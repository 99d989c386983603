// Throughput benchmark: codes a corpus built from the sentences of ../shared/seed and
// ../shared/peer (repeated to at least 200,000 sentences), as JSONL documents, on one thread
// through the same path as `attache code` (read, clean, split, match, parse, code, write).
// Prints sentences per second and peak resident memory.
//
//   build/bench_throughput [--threads N] [--sentences N] [SHARED_DIR]
#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "corpus.h"
#include "lexicon/lexicon.h"
#include "run/code_command.h"
#include "write/event_writer.h"

namespace fs = std::filesystem;
using namespace attache;

int main(int argc, char** argv) {
  fs::path shared = fs::path(ATTACHE_SOURCE_DIR) / ".." / "shared";
  unsigned threads = 1;
  size_t want = 200000;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--threads" && i + 1 < argc) threads = static_cast<unsigned>(std::stoul(argv[++i]));
    else if (a == "--sentences" && i + 1 < argc) want = std::stoul(argv[++i]);
    else shared = a;
  }
  if (!fs::exists(shared / "seed")) {
    std::cerr << "bench: " << shared << " is absent; the corpus is built from it\n";
    return 77;
  }
  std::vector<std::string> sentences = bench::CorpusSentences(shared);
  std::cerr << "bench: " << sentences.size() << " distinct sentences from " << shared << "\n";

  // Documents of 20 sentences, one paragraph each, as JSONL.
  fs::path corpus = fs::temp_directory_path() / "attache-bench-corpus.jsonl";
  {
    std::ofstream out(corpus);
    size_t written = 0, doc = 0;
    while (written < want) {
      std::string text;
      for (int k = 0; k < 20; ++k) text += sentences[(written + k) % sentences.size()] + "\n";
      std::string line = "{\"id\":\"d" + std::to_string(doc++) + "\",\"published\":\"2025-02-25\",\"text\":";
      AppendJsonString(line, text);
      out << line << "}\n";
      written += 20;
    }
  }

  auto t0 = std::chrono::steady_clock::now();
  std::vector<std::string> warnings;
  auto lexicon = Lexicon::Load(LexiconPaths{}, &warnings);
  auto t1 = std::chrono::steady_clock::now();

  CodeOptions options;
  options.inputs = {corpus.string()};
  options.threads = threads;
  std::ofstream sink("/dev/null");
  std::ostringstream errors;
  CodeSummary summary;
  RunCode(*lexicon, options, sink, errors, &summary);
  auto t2 = std::chrono::steady_clock::now();
  fs::remove(corpus);

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  double load = std::chrono::duration<double>(t1 - t0).count();
  double code = std::chrono::duration<double>(t2 - t1).count();
  std::cout << "threads " << threads << "\n"
            << "lexicon load " << load << " s\n"
            << "documents " << summary.documents << ", sentences " << summary.sentences << ", events "
            << summary.events << "\n"
            << "coding " << code << " s, " << static_cast<long>(summary.sentences / code) << " sentences/s\n"
            << "peak RSS " << usage.ru_maxrss / 1024 << " MB\n";
  return 0;
}
