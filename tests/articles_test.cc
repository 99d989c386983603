// Whole articles end to end: the bundled example and our own hand-coded test articles
// (tests/articles/*.txt with *.gold.jsonl), scored as ../shared/tools/score-events scores the
// seed (lenient: primary actor codes and CAMEO root; strict: also exact code, full actor
// codes, date, place and speaker). Each corpus must stay above its floor in
// tests/articles/floor.txt. The seed briefing itself is scored by tests/seed_score.sh.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/pipeline.h"
#include "read/reader.h"
#include "test_support.h"

namespace attache::testing {
namespace {

namespace fs = std::filesystem;

struct GoldEvent {
  std::vector<std::string> sources, targets, codes;  // targets empty: none
  bool required = false;
  std::string date, place, said_by;
};
struct GoldSentence {
  std::string text;
  std::vector<GoldEvent> events;
};

std::string Norm(std::string s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(s[i + 2]);
      out += (d == 0x98 || d == 0x99) ? '\'' : (d == 0x9C || d == 0x9D) ? '"' : (d == 0x93 || d == 0x94) ? '-' : '?';
      i += 2;
      continue;
    }
    if (std::isspace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += static_cast<char>(std::tolower(c));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> Codes(simdjson::dom::element e) {
  std::vector<std::string> out;
  if (e.is_null()) return out;
  if (e.is_string()) { out.emplace_back(std::string_view(e.get_string())); return out; }
  for (auto x : e.get_array()) out.emplace_back(std::string_view(x.get_string()));
  return out;
}

std::vector<GoldSentence> LoadGold(const fs::path& path) {
  std::vector<GoldSentence> gold;
  std::ifstream in(path);
  simdjson::dom::parser parser;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    simdjson::dom::element obj = parser.parse(line);
    GoldSentence g;
    g.text = Norm(std::string(std::string_view(obj["text"].get_string())));
    for (auto ev : obj["events"].get_array()) {
      GoldEvent e;
      e.sources = Codes(ev["source"]);
      e.targets = Codes(ev["target"]);
      e.codes = Codes(ev["code"]);
      bool req = false;
      if (ev["required"].get(req) == simdjson::SUCCESS) e.required = req;
      std::string_view s;
      if (ev["date"].get(s) == simdjson::SUCCESS) e.date = s;
      if (ev["place"].get(s) == simdjson::SUCCESS) e.place = s;
      if (ev["said_by"].get(s) == simdjson::SUCCESS) e.said_by = s;
      g.events.push_back(std::move(e));
    }
    gold.push_back(std::move(g));
  }
  return gold;
}

std::string Primary(const std::string& code) {
  if (code.empty()) return "";
  return code.rfind("IGO", 0) == 0 || code.rfind("NGO", 0) == 0 ? code.substr(0, 9) : code.substr(0, 3);
}

bool ActorMatches(const std::vector<std::string>& gold, const std::string& out, bool strict) {
  if (gold.empty()) return out.empty();
  for (const auto& g : gold) {
    if (Primary(g) != Primary(out)) continue;
    if (!strict || g == out || (g == "USAGOV" && out == "USAELI")) return true;
  }
  return false;
}

bool Matches(const GoldEvent& g, const Event& e, bool strict) {
  std::string target = e.target ? e.target->code : "";
  if (!ActorMatches(g.sources, e.source.code, strict) || !ActorMatches(g.targets, target, strict)) return false;
  if (!strict) {
    for (const auto& c : g.codes)
      if (c.substr(0, 2) == e.code.substr(0, 2)) return true;
    return false;
  }
  if (std::find(g.codes.begin(), g.codes.end(), e.code) == g.codes.end()) return false;
  if (!g.date.empty() && (!e.has_date || e.date.ToString().rfind(g.date, 0) != 0)) return false;
  if (!g.place.empty() && (!e.place || e.place->country != g.place)) return false;
  if (!g.said_by.empty() && (!e.attribution || Primary(e.attribution->code) != Primary(g.said_by))) return false;
  return true;
}

struct Score {
  int matched = 0, false_events = 0, required = 0, found = 0;
  double F1() const {
    double p = matched + false_events ? double(matched) / (matched + false_events) : 0;
    double r = required ? double(found) / required : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

Score ScoreArticle(const fs::path& txt, bool strict, std::string& misses) {
  Document doc;
  ReadSinks sinks;
  sinks.on_document = [&](Document&& d) { doc = std::move(d); };
  sinks.on_reject = [](Rejection&&) {};
  sinks.on_warning = [](Warning&&) {};
  ReadPath(txt.string(), ReadOptions{}, sinks);
  CodeDocument(doc, BundledLexicon());
  fs::path gold_path = txt;
  gold_path.replace_extension(".gold.jsonl");
  auto gold = LoadGold(gold_path);
  Score score;
  std::vector<std::vector<bool>> used(gold.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    used[i].assign(gold[i].events.size(), false);
    for (const auto& g : gold[i].events) score.required += g.required;
  }
  for (const Sentence& s : doc.sentences) {
    std::string text = Norm(doc.text.substr(s.span.start, s.span.end - s.span.start));
    for (const Event& e : s.events) {
      if (e.modality == Modality::kHypothetical || e.modality == Modality::kNegated) continue;
      size_t gi = gold.size();
      for (size_t i = 0; i < gold.size() && gi == gold.size(); ++i)
        if (text.find(gold[i].text) != std::string::npos || gold[i].text.find(text) != std::string::npos) gi = i;
      bool hit = false;
      if (gi < gold.size()) {
        for (size_t j = 0; j < gold[gi].events.size() && !hit; ++j)
          if (!used[gi][j] && Matches(gold[gi].events[j], e, strict)) {
            used[gi][j] = hit = true;
            ++score.matched;
            score.found += gold[gi].events[j].required;
          }
      }
      if (!hit) {
        ++score.false_events;
        misses += "  FP " + txt.filename().string() + ": " + Dyad(e) + " in \"" + text.substr(0, 70) + "\"\n";
      }
    }
  }
  for (size_t i = 0; i < gold.size(); ++i)
    for (size_t j = 0; j < gold[i].events.size(); ++j)
      if (gold[i].events[j].required && !used[i][j])
        misses += "  MISS " + txt.filename().string() + ": " + gold[i].events[j].sources[0] + ">" +
                  (gold[i].events[j].targets.empty() ? "-" : gold[i].events[j].targets[0]) + ":" +
                  gold[i].events[j].codes[0] + " in \"" + gold[i].text.substr(0, 70) + "\"\n";
  return score;
}

Score ScoreCorpus(const fs::path& dir, bool strict, std::string& misses) {
  Score total;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const fs::path& p = entry.path();
    if (p.extension() != ".txt") continue;
    fs::path gold = p;
    gold.replace_extension(".gold.jsonl");
    if (!fs::exists(gold)) continue;
    Score s = ScoreArticle(p, strict, misses);
    total.matched += s.matched;
    total.false_events += s.false_events;
    total.required += s.required;
    total.found += s.found;
  }
  return total;
}

std::pair<double, double> Floors(const std::string& dir) {
  std::ifstream in(fs::path(ATTACHE_SOURCE_DIR) / dir / "floor.txt");
  double lenient = 0, strict = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream(line) >> lenient >> strict;
  }
  return {lenient, strict};
}

// The articles the engine was developed against: tests/articles and the bundled example.
TEST(Articles, OwnTestArticlesCodeAboveTheFloor) {
  fs::path root(ATTACHE_SOURCE_DIR);
  auto [floor_lenient, floor_strict] = Floors("tests/articles");
  for (bool strict : {false, true}) {
    std::string misses;
    Score s = ScoreCorpus(root / "tests/articles", strict, misses);
    Score ex = ScoreCorpus(root / "examples", strict, misses);
    s.matched += ex.matched;
    s.false_events += ex.false_events;
    s.required += ex.required;
    s.found += ex.found;
    ASSERT_GT(s.required, 0) << "no gold articles found";
    std::cout << (strict ? "strict" : "lenient") << " F1 " << s.F1() << " (matched " << s.matched << ", false "
              << s.false_events << ", required " << s.required << ", found " << s.found << ")\n";
    if (strict) std::cout << misses;
    EXPECT_GE(s.F1(), strict ? floor_strict : floor_lenient) << misses;
  }
}

// Articles written without looking at the engine's output: tests/heldout (first measured
// untouched, since used for development), tests/heldout2 and tests/heldout3 (each measured
// once, untouched, for the figures reported).
void ExpectHeldOutAboveFloor(const std::string& dir) {
  fs::path root(ATTACHE_SOURCE_DIR);
  auto [floor_lenient, floor_strict] = Floors(dir);
  for (bool strict : {false, true}) {
    std::string misses;
    Score s = ScoreCorpus(root / dir, strict, misses);
    ASSERT_GT(s.required, 0) << "no articles in " << dir;
    std::cout << dir << " " << (strict ? "strict" : "lenient") << " F1 " << s.F1() << " (matched " << s.matched
              << ", false " << s.false_events << ", required " << s.required << ", found " << s.found << ")\n";
    EXPECT_GE(s.F1(), strict ? floor_strict : floor_lenient) << misses;
  }
}

TEST(Articles, HeldOutArticlesCodeAboveTheFloor) { ExpectHeldOutAboveFloor("tests/heldout"); }
TEST(Articles, SecondHeldOutArticlesCodeAboveTheFloor) { ExpectHeldOutAboveFloor("tests/heldout2"); }
TEST(Articles, ThirdHeldOutArticlesCodeAboveTheFloor) { ExpectHeldOutAboveFloor("tests/heldout3"); }

}  // namespace
}  // namespace attache::testing
