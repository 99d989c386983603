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

#include "lexicon/lexicon.h"
#include "run/code_command.h"
#include "write/event_writer.h"

namespace fs = std::filesystem;
using namespace attache;

namespace {

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Sentences of the seed article and of the peers' test records (TABARI .text records and
// PETRARCH <Text> elements).
std::vector<std::string> CorpusSentences(const fs::path& shared) {
  std::vector<std::string> out;
  std::istringstream seed(ReadAll(shared / "seed/briefing-islamabad.txt"));
  for (std::string line; std::getline(seed, line);)
    if (!line.empty()) out.push_back(line);
  for (const auto& entry : fs::recursive_directory_iterator(shared / "peer")) {
    const fs::path& p = entry.path();
    if (p.extension() == ".xml") {
      std::string xml = ReadAll(p);
      for (size_t at = xml.find("<Text>"); at != std::string::npos; at = xml.find("<Text>", at)) {
        size_t end = xml.find("</Text>", at);
        if (end == std::string::npos) break;
        std::string t = xml.substr(at + 6, end - at - 6);
        for (char& c : t) if (c == '\n' || c == '\t') c = ' ';
        size_t a = t.find_first_not_of(' '), b = t.find_last_not_of(' ');
        if (a != std::string::npos && b - a > 20) out.push_back(t.substr(a, b - a + 1));
        at = end;
      }
    } else if (p.extension() == ".text") {
      std::istringstream in(ReadAll(p));
      std::string record;
      for (std::string line; std::getline(in, line);) {
        bool header = line.size() > 6 && std::isdigit(static_cast<unsigned char>(line[0])) &&
                      line.find_first_not_of("0123456789") == 6;
        if (line.empty() || header || line.rfind("/*", 0) == 0 || line.rfind("OPTION", 0) == 0) {
          if (record.size() > 20) out.push_back(record);
          record.clear();
          continue;
        }
        record += (record.empty() ? "" : " ") + line;
      }
      if (record.size() > 20) out.push_back(record);
    }
  }
  return out;
}

}  // namespace

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
  std::vector<std::string> sentences = CorpusSentences(shared);
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
