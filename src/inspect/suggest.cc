#include "inspect/suggest.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "clean/cleaner.h"
#include "match/actor_matcher.h"
#include "match/place_matcher.h"
#include "split/sentence_splitter.h"

namespace attache {
namespace {

// Capitalised words that start sentences or name times, not actors.
bool IsCommonCapital(const Token& t) {
  static const std::unordered_set<std::string> kWords = {
      "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "but", "and", "this", "that",
      "his", "her", "their", "its", "after", "before", "while", "when", "as", "if", "for", "with", "by",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "according", "meanwhile", "however", "also"};
  return kWords.count(t.norm) > 0;
}

std::string Kind(const std::vector<Token>& tokens, size_t first, size_t last) {
  static const std::unordered_set<std::string> kBodies = {
      "party", "front", "movement", "army", "council", "union", "ministry", "committee", "forces", "brigade",
      "brigades", "group", "agency", "bank", "organization", "organisation", "court", "commission", "alliance",
      "liberation", "association", "federation", "institute", "company", "corporation", "guard", "police",
      "parliament", "assembly", "office", "fund", "network", "coalition", "battalion", "militia"};
  for (size_t i = first; i <= last; ++i)
    if (kBodies.count(tokens[i].norm)) return "organisation";
  return last > first && last - first <= 2 ? "person" : "name";
}

}  // namespace

std::vector<Suggestion> SuggestNames(const Lexicon& lex, const std::vector<std::string>& files, const ReadOptions& read,
                                     size_t limit, size_t* rejected) {
  std::unordered_map<std::string, Suggestion> found;
  size_t order = 0;
  std::unordered_map<std::string, size_t> first_seen;
  ReadSinks sinks;
  sinks.on_reject = [&](Rejection&&) {
    if (rejected) ++*rejected;
  };
  sinks.on_warning = [](Warning&&) {};
  sinks.on_document = [&](Document&& doc) {
    Clean(doc, lex.boilerplate);
    SplitSentences(doc, lex.abbreviations);
    Discourse discourse;
    for (const Sentence& s : doc.sentences) {
      SentenceAnnotations ann;
      MatchActors(doc, s, lex, discourse, ann);
      MatchPlaces(doc, s, lex, ann);
      const auto& t = s.tokens;
      auto note = [&](const std::string& key, const std::string& name, const std::string& kind) {
        Suggestion& sg = found[key];
        if (sg.count++ == 0) {
          sg.name = name;
          sg.kind = kind;
          sg.example = doc.text.substr(s.span.start, s.span.end - s.span.start);
          first_seen[key] = order++;
        }
      };
      // A name a title introduced ("Commander Telos Varamir") is an actor of the sentence but
      // no entry of the lexicon.
      for (const ActorPhrase& a : ann.actors)
        if (a.kind == ActorPhrase::Kind::kName && a.person < 0 && !a.entity.empty()) note(a.entity, a.entity, "person");
      for (size_t i = 0; i < t.size(); ++i) {
        auto free = [&](size_t k) {
          return t[k].capitalized && !t[k].punct && ann.actor_at[k] < 0 && ann.place_at[k] < 0 && !IsCommonCapital(t[k]);
        };
        if (!free(i)) continue;
        size_t j = i;
        while (j + 1 < t.size() && j - i < 3 && free(j + 1)) ++j;
        // A lone capitalised word at the start of a sentence is only its first word.
        if (i == 0 && j == 0) continue;
        std::string name = doc.text.substr(t[i].span.start, t[j].span.end - t[i].span.start);
        note(name, name, Kind(t, i, j));
        i = j;
      }
    }
  };
  for (const std::string& f : files) ReadPath(f, read, sinks);
  std::vector<std::pair<std::string, Suggestion>> all(found.begin(), found.end());
  std::sort(all.begin(), all.end(), [&](const auto& a, const auto& b) {
    if (a.second.count != b.second.count) return a.second.count > b.second.count;
    return first_seen[a.first] < first_seen[b.first];
  });
  std::vector<Suggestion> out;
  for (auto& [key, sg] : all) {
    if (out.size() >= limit) break;
    out.push_back(std::move(sg));
  }
  return out;
}

void WriteSuggestions(const std::vector<Suggestion>& suggestions, std::ostream& out) {
  for (const Suggestion& s : suggestions) out << s.count << "\t" << s.kind << "\t" << s.name << "\t" << s.example << "\n";
}

}  // namespace attache
