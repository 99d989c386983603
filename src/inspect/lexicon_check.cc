#include "inspect/lexicon_check.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "lexicon/line_reader.h"

namespace attache {
namespace {

// "verbs/04-consult.txt:12: ..." sorts by file, then by line as a number.
bool ByPlace(const std::string& a, const std::string& b) {
  auto split = [](const std::string& s) {
    size_t colon = s.find(':');
    size_t end = colon == std::string::npos ? std::string::npos : s.find(':', colon + 1);
    long line = 0;
    if (colon != std::string::npos) line = std::strtol(s.c_str() + colon + 1, nullptr, 10);
    return std::make_tuple(s.substr(0, colon), line, end == std::string::npos ? s : s.substr(end));
  };
  return split(a) < split(b);
}

// A phrase as matched: its words and their case rules ("US" and "us" differ).
std::string PhraseKey(const std::vector<PhraseWord>& words) {
  std::string key;
  for (const PhraseWord& w : words) {
    if (!key.empty()) key += ' ';
    key += w.norm;
    if (w.rule != CaseRule::kAny) key += w.rule == CaseRule::kAllCaps ? "^^" : "^";
  }
  return key;
}

// The same phrase in two entries: the matcher takes one of them, the other is never used.
void DuplicatePhrases(const Lexicon& lex, std::vector<std::string>& out) {
  std::map<std::string, std::set<std::string>> rules_by_phrase;
  lex.actors.phrases().ForEach([&](const auto& e) { rules_by_phrase[PhraseKey(e.words)].insert(e.payload.rule); });
  for (const auto& [phrase, rules] : rules_by_phrase) {
    if (rules.size() < 2) continue;
    std::vector<std::string> places(rules.begin(), rules.end());
    std::sort(places.begin(), places.end(), ByPlace);
    for (size_t k = 1; k < places.size(); ++k)
      out.push_back(places[k] + ": phrase '" + phrase + "' is also at " + places.front());
  }
}

// Role codes must start with a country, region or organisation the lexicon knows.
void UnknownRoleCodes(const Lexicon& lex, std::vector<std::string>& out) {
  std::set<std::string> bases;
  lex.actors.phrases().ForEach([&](const auto& e) {
    const ActorEntry& a = e.payload;
    if (a.kind != ActorKind::kPerson && a.kind != ActorKind::kAgent && !a.code.empty()) bases.insert(a.code);
  });
  for (const Person& p : lex.actors.people())
    for (const Role& r : p.roles) {
      std::string base = SplitActorCode(r.code).first;
      if (!bases.count(base) && !bases.count(r.code))
        out.push_back(r.rule + ": code " + r.code + " names no country, region or organisation of the lexicon");
    }
}

// CAMEO codes of the codebook that no verb or noun pattern produces (the two-digit roots name
// categories, not events).
void UnreachableCodes(const Lexicon& lex, std::vector<std::string>& out) {
  std::set<std::string> produced;
  for (const EventPattern& p : lex.patterns.verbs()) produced.insert(p.code);
  for (const EventPattern& p : lex.patterns.nouns()) produced.insert(p.code);
  for (const auto& [code, c] : lex.cameo.codes())
    if (code.size() > 2 && !produced.count(code)) out.push_back(c.rule + ": code " + code + " (" + c.label + ") has no pattern");
}


}  // namespace

std::vector<std::string> CheckLexicon(const LexiconPaths& paths) {
  std::vector<std::string> out;
  std::unique_ptr<Lexicon> lex;
  {
    CollectLexiconErrors collect(&out);
    std::vector<std::string> warnings;
    try {
      lex = Lexicon::Load(paths, &warnings);
    } catch (const LexiconError& e) {
      out.push_back(e.what());  // a file that cannot be read at all
    }
  }
  if (lex) {
    DuplicatePhrases(*lex, out);
    UnknownRoleCodes(*lex, out);
    UnreachableCodes(*lex, out);
  }
  // Faults found while reading name the file by the path opened; the others by its name in the
  // lexicon directory. Name them all the second way.
  const std::string prefix = paths.dir.back() == '/' ? paths.dir : paths.dir + "/";
  for (std::string& e : out)
    if (e.rfind(prefix, 0) == 0) e.erase(0, prefix.size());
  std::sort(out.begin(), out.end(), ByPlace);
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace attache
