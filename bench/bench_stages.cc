// Micro-benchmarks of the pipeline's stages (Google Benchmark), on documents of 20 sentences
// built from the benchmark corpus (bench/corpus.h). Each stage runs on inputs the stages before
// it prepared outside the timed loop; items are sentences, so each line reads as sentences per
// second through that stage alone.
//
//   build-release/bench_stages [--benchmark_filter=Patterns]
#include <benchmark/benchmark.h>

#include <filesystem>
#include <iostream>

#include "clean/cleaner.h"
#include "corpus.h"
#include "dates/date_expression.h"
#include "match/actor_matcher.h"
#include "match/pattern_matcher.h"
#include "match/place_matcher.h"
#include "parse/clause_parser.h"
#include "pipeline/pipeline.h"
#include "split/sentence_splitter.h"
#include "write/event_writer.h"

namespace attache {
namespace {

constexpr size_t kDocuments = 200;
constexpr size_t kSentencesPerDocument = 20;

const Lexicon& TheLexicon() {
  static const std::unique_ptr<Lexicon> lexicon = [] {
    std::vector<std::string> warnings;
    return Lexicon::Load(LexiconPaths{}, &warnings);
  }();
  return *lexicon;
}

// Raw documents, as the read stage delivers them.
const std::vector<Document>& RawDocuments() {
  static const std::vector<Document> docs = [] {
    std::vector<std::string> sentences = bench::CorpusSentences(ATTACHE_SHARED_DIR);
    std::vector<Document> out;
    for (size_t d = 0; d < kDocuments && !sentences.empty(); ++d) {
      Document doc;
      doc.id = "d";
      doc.id += std::to_string(d);
      doc.published = Date::Day(2025, 2, 25);
      for (size_t k = 0; k < kSentencesPerDocument; ++k)
        doc.text += sentences[(d * kSentencesPerDocument + k) % sentences.size()] + "\n";
      out.push_back(std::move(doc));
    }
    return out;
  }();
  return docs;
}

// The documents cleaned and split, with each sentence's annotations up to (and including) the
// stage named: "actors", "places", "dates" or "patterns".
struct Prepared {
  std::vector<Document> docs;
  std::vector<std::vector<SentenceAnnotations>> ann;  // by document, by sentence
  size_t sentences = 0;
};

Prepared Prepare(const std::string& through) {
  const Lexicon& lex = TheLexicon();
  Prepared p;
  p.docs = RawDocuments();
  for (Document& doc : p.docs) {
    Clean(doc, lex.boilerplate);
    SplitSentences(doc, lex.abbreviations);
    Discourse discourse;
    auto& anns = p.ann.emplace_back();
    for (const Sentence& s : doc.sentences) {
      SentenceAnnotations& a = anns.emplace_back();
      ++p.sentences;
      if (through == "split") continue;
      MatchActors(doc, s, lex, discourse, a);
      if (through == "actors") continue;
      MatchPlaces(doc, s, lex, a);
      discourse.PlaceAgents(s, a, lex);
      if (through == "places") continue;
      a.dates = FindDateExpressions(s);
      if (through == "dates") continue;
      MatchPatterns(s, lex, a);
    }
  }
  return p;
}

void SkipWithoutCorpus(benchmark::State& state) {
  if (RawDocuments().empty()) state.SkipWithError("../shared is absent: no corpus");
}

// Runs `stage` on a fresh copy of the raw documents in each iteration (copied and freed
// untimed); items are the sentences the documents split into.
template <typename Stage>
void OnFreshDocuments(benchmark::State& state, Stage stage) {
  SkipWithoutCorpus(state);
  size_t sentences = 0;
  std::vector<Document> docs;
  for (auto _ : state) {
    state.PauseTiming();
    docs = RawDocuments();
    state.ResumeTiming();
    for (Document& doc : docs) {
      stage(doc);
      sentences += doc.sentences.size();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(sentences));
}

void BM_CleanAndSplit(benchmark::State& state) {
  const Lexicon& lex = TheLexicon();
  OnFreshDocuments(state, [&](Document& doc) {
    Clean(doc, lex.boilerplate);
    SplitSentences(doc, lex.abbreviations);
  });
}

void BM_MatchActors(benchmark::State& state) {
  SkipWithoutCorpus(state);
  const Lexicon& lex = TheLexicon();
  Prepared p = Prepare("split");
  for (auto _ : state)
    for (const Document& doc : p.docs) {
      Discourse discourse;
      for (const Sentence& s : doc.sentences) {
        SentenceAnnotations a;
        MatchActors(doc, s, lex, discourse, a);
        benchmark::DoNotOptimize(a.actors.data());
      }
    }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * p.sentences));
}

// Runs `stage` on a fresh copy of `p` in each iteration (copied and freed untimed), for the
// stages that change the annotations they read.
template <typename Stage>
void OnFreshCopy(benchmark::State& state, const Prepared& p, Stage stage) {
  Prepared q;
  for (auto _ : state) {
    state.PauseTiming();
    q = p;
    state.ResumeTiming();
    stage(q);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * p.sentences));
}

void BM_MatchPlaces(benchmark::State& state) {
  SkipWithoutCorpus(state);
  const Lexicon& lex = TheLexicon();
  // MatchPlaces turns the actors it finds in locatives into places.
  OnFreshCopy(state, Prepare("actors"), [&](Prepared& q) {
    for (size_t d = 0; d < q.docs.size(); ++d)
      for (size_t k = 0; k < q.docs[d].sentences.size(); ++k)
        MatchPlaces(q.docs[d], q.docs[d].sentences[k], lex, q.ann[d][k]);
  });
}

void BM_FindDates(benchmark::State& state) {
  SkipWithoutCorpus(state);
  Prepared p = Prepare("split");
  for (auto _ : state)
    for (const Document& doc : p.docs)
      for (const Sentence& s : doc.sentences) benchmark::DoNotOptimize(FindDateExpressions(s));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * p.sentences));
}

void BM_MatchPatterns(benchmark::State& state) {
  SkipWithoutCorpus(state);
  const Lexicon& lex = TheLexicon();
  Prepared p = Prepare("dates");
  for (auto _ : state)
    for (size_t d = 0; d < p.docs.size(); ++d)
      for (size_t k = 0; k < p.docs[d].sentences.size(); ++k) {
        SentenceAnnotations& a = p.ann[d][k];
        a.verbs.clear();
        a.nouns.clear();
        a.cues.clear();
        MatchPatterns(p.docs[d].sentences[k], lex, a);
      }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * p.sentences));
}

void BM_ParseClauses(benchmark::State& state) {
  SkipWithoutCorpus(state);
  const Lexicon& lex = TheLexicon();
  // The parser resolves pronouns in the annotations.
  OnFreshCopy(state, Prepare("patterns"), [&](Prepared& q) {
    for (size_t d = 0; d < q.docs.size(); ++d) {
      Discourse discourse;
      for (size_t k = 0; k < q.docs[d].sentences.size(); ++k)
        benchmark::DoNotOptimize(ParseClauses(q.docs[d].sentences[k], lex, q.ann[d][k], discourse));
    }
  });
}

// The whole pipeline per document (writing is BM_WriteEvents).
void BM_CodeDocument(benchmark::State& state) {
  const Lexicon& lex = TheLexicon();
  OnFreshDocuments(state, [&](Document& doc) { CodeDocument(doc, lex); });
}

void BM_WriteEvents(benchmark::State& state) {
  SkipWithoutCorpus(state);
  const Lexicon& lex = TheLexicon();
  std::vector<Document> docs = RawDocuments();
  size_t sentences = 0;
  for (Document& doc : docs) {
    CodeDocument(doc, lex);
    sentences += doc.sentences.size();
  }
  WriteOptions options;
  std::string out;
  for (auto _ : state) {
    out.clear();
    for (const Document& doc : docs) WriteEvents(doc, lex.cameo, options, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * sentences));
}

BENCHMARK(BM_CleanAndSplit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MatchActors)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MatchPlaces)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FindDates)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MatchPatterns)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseClauses)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CodeDocument)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteEvents)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace attache

BENCHMARK_MAIN();
