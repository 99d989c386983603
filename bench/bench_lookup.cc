// Word lookup: the engine's hash tables (WordMap, probed with the hash each token carries) against
// a marisa-trie (libmarisa, Debian's libmarisa-dev), the succinct trie made for dictionary
// lookup. The vocabulary is every word of the bundled lexicon's actor phrases and pattern heads;
// the words looked up are the tokens of the benchmark corpus. Built only where libmarisa is
// installed; measured to choose, not used by the engine.
//
//   build-release/bench_lookup
#include <benchmark/benchmark.h>
#include <marisa.h>

#include "corpus.h"
#include "lexicon/lexicon.h"
#include "split/abbreviations.h"
#include "split/tokenizer.h"

namespace attache {
namespace {

struct Setup {
  WordMap<uint32_t> table;
  marisa::Trie trie;
  std::vector<Token> tokens;
};

// Built once, in place: a marisa::Trie does not move.
const Setup& TheSetup() {
  static Setup out;
  static const bool built = [] {
    std::vector<std::string> warnings;
    auto lex = Lexicon::Load(LexiconPaths{}, &warnings);
    marisa::Keyset keys;
    auto add = [&](const std::string& w) {
      if (out.table.emplace(w, static_cast<uint32_t>(out.table.size())).second) keys.push_back(w.c_str());
    };
    lex->actors.phrases().ForEach([&](const auto& e) {
      for (const PhraseWord& w : e.words) add(w.norm);
    });
    for (const auto* list : {&lex->patterns.verbs(), &lex->patterns.nouns()})
      for (const EventPattern& p : *list) add(p.head);
    out.trie.build(keys);
    Abbreviations none;
    for (const std::string& s : bench::CorpusSentences(ATTACHE_SHARED_DIR))
      Tokenize(s, {0, static_cast<uint32_t>(s.size())}, none, out.tokens);
    return true;
  }();
  (void)built;
  return out;
}

void BM_HashTableWithTokenHash(benchmark::State& state) {
  const Setup& s = TheSetup();
  for (auto _ : state)
    for (const Token& t : s.tokens) benchmark::DoNotOptimize(s.table.find(KeyOf(t)));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * s.tokens.size()));
}

void BM_HashTableHashingEachTime(benchmark::State& state) {
  const Setup& s = TheSetup();
  for (auto _ : state)
    for (const Token& t : s.tokens) benchmark::DoNotOptimize(s.table.find(std::string_view(t.norm)));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * s.tokens.size()));
}

void BM_MarisaTrie(benchmark::State& state) {
  const Setup& s = TheSetup();
  marisa::Agent agent;
  for (auto _ : state)
    for (const Token& t : s.tokens) {
      agent.set_query(t.norm.data(), t.norm.size());
      benchmark::DoNotOptimize(s.trie.lookup(agent));
    }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * s.tokens.size()));
}

BENCHMARK(BM_HashTableWithTokenHash);
BENCHMARK(BM_HashTableHashingEachTime);
BENCHMARK(BM_MarisaTrie);

}  // namespace
}  // namespace attache

BENCHMARK_MAIN();
