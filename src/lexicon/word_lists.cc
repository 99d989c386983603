#include "lexicon/word_lists.h"

#include "lexicon/line_reader.h"

namespace attache {

void WordLists::Load(const std::string& dir) {
  ForEachLine(dir, "words/modality.txt", [&](const LexiconLine& line) {
    auto f = line.Fields(2, 2);
    if (f[0] == "bidding") {
      for (auto w : SplitTrim(f[1], ';')) bidding_[std::string(w)] = line.Where();
      return;
    }
    WordClass c;
    if (f[0] == "negation") c = WordClass::kNegation;
    else if (f[0] == "hypothetical") c = WordClass::kHypothetical;
    else if (f[0] == "future") c = WordClass::kFuture;
    else if (f[0] == "conditional") c = WordClass::kConditional;
    else if (f[0] == "intent") c = WordClass::kIntent;
    else line.Fail("unknown class '" + std::string(f[0]) + "' (negation, hypothetical, future, conditional, intent, bidding)");
    for (auto w : SplitTrim(f[1], ';')) modality_[std::string(w)] = c;
  });
  ForEachLine(dir, "words/hostile.txt", [&](const LexiconLine& line) {
    std::string w(line.text);
    if (w.find(' ') != std::string::npos) line.Fail("one word per line");
    if (w.back() == '*') hostile_prefixes_.emplace_back(w.substr(0, w.size() - 1), line.Where());
    else hostile_[w] = line.Where();
  });
  ForEachLine(dir, "words/threats.txt", [&](const LexiconLine& line) {
    if (line.text.find(' ') != std::string_view::npos) line.Fail("one word per line");
    threats_[std::string(line.text)] = line.Where();
  });
  ForEachLine(dir, "words/body-nouns.txt", [&](const LexiconLine& line) {
    if (line.text.find(' ') != std::string_view::npos) line.Fail("one word per line");
    body_nouns_.emplace(line.text);
  });
  ForEachLine(dir, "words/place-words.txt", [&](const LexiconLine& line) {
    if (line.text.find(' ') != std::string_view::npos) line.Fail("one word per line");
    place_words_.emplace(line.text);
  });
  ForEachLine(dir, "words/event-nouns.txt", [&](const LexiconLine& line) {
    auto f = line.Fields(2, 2);
    std::unordered_set<std::string>* into = f[0] == "force" ? &force_nouns_ : f[0] == "accord" ? &accord_nouns_ : nullptr;
    if (!into) line.Fail("unknown kind '" + std::string(f[0]) + "' (force or accord)");
    for (auto w : SplitTrim(f[1], ';')) into->emplace(w);
  });
}

const std::string* WordLists::Bidding(const std::string& norm) const {
  auto it = bidding_.find(norm);
  return it == bidding_.end() ? nullptr : &it->second;
}

const std::string* WordLists::Threat(const std::string& norm) const {
  auto it = threats_.find(norm);
  return it == threats_.end() ? nullptr : &it->second;
}

WordClass WordLists::ModalityOf(const WordKey& word) const {
  auto it = modality_.find(word);
  return it == modality_.end() ? WordClass::kNone : it->second;
}

const std::string* WordLists::Hostile(const std::string& norm) const {
  auto it = hostile_.find(norm);
  if (it != hostile_.end()) return &it->second;
  for (const auto& [prefix, rule] : hostile_prefixes_)
    if (norm.compare(0, prefix.size(), prefix) == 0) return &rule;
  return nullptr;
}

}  // namespace attache
