#include "match/place_matcher.h"

#include <algorithm>

namespace attache {
namespace {

bool IsLocative(const Token& t) {
  static const char* kWords[] = {"in", "at", "near", "inside", "outside", "across", "throughout",
                                 "into", "within", "around", "of", "from", "over"};
  for (const char* w : kWords)
    if (t.norm == w) return true;
  return false;
}

// "in", "at", "near": a place follows for sure. "of", "from", "over" make a place only of
// names that are not actors ("most of Donetsk", but "officials from Russia" stays an actor).
bool IsStrictLocative(const Token& t) {
  return IsLocative(t) && t.norm != "of" && t.norm != "from" && t.norm != "over";
}

// Minimum population for a capitalised word found without a locative word before it: common
// words and surnames are often names of small places.
constexpr int64_t kBareNamePopulation = 100000;

std::string Text(const Document& doc, const Token& a, const Token& b) {
  return doc.text.substr(a.span.start, b.span.end - a.span.start);
}

}  // namespace

void MatchPlaces(const Document& doc, const Sentence& s, const Lexicon& lex, SentenceAnnotations& out) {
  const auto& tokens = s.tokens;
  const Gazetteer* gaz = lex.gazetteer.get();
  // 1. Actors in locative phrases become places ("in Ukraine and Europe" as a group).
  std::vector<bool> drop(out.actors.size(), false);
  int locative_group = -2;
  for (size_t k = 0; k < out.actors.size(); ++k) {
    ActorPhrase& a = out.actors[k];
    bool name_only = a.kind == ActorPhrase::Kind::kName && a.person < 0 && a.entity.empty() &&
                     (a.sector.empty() || a.sector == "GOV") && !a.singular_person && !a.plural;
    if (!name_only) continue;
    uint32_t before = a.first;
    if (before > 0 && tokens[before - 1].norm == "the") --before;
    bool locative = lex.conventions.locatives_are_places &&
                    ((before > 0 && IsStrictLocative(tokens[before - 1])) || (a.group >= 0 && a.group == locative_group));
    // "in the Red Sea": water, no country's land; it stays a phrase that codes nothing, so
    // that the gazetteer's Red Sea state of Sudan is not found in it.
    if (!locative || a.base == kNullCode) continue;
    if (a.group >= 0) locative_group = a.group;
    drop[k] = true;
    if (!gaz) continue;
    uint32_t first = a.first, last = a.last;
    if (tokens[last].norm == "'s" && last > first) --last;
    if (const Place* p = gaz->Find(Text(doc, tokens[first], tokens[last])))
      out.places.push_back({first, last, p});
  }
  std::vector<ActorPhrase> kept;
  for (size_t k = 0; k < out.actors.size(); ++k)
    if (!drop[k]) kept.push_back(std::move(out.actors[k]));
  out.actors = std::move(kept);
  IndexActors(tokens.size(), out);

  // 2. Capitalised names outside actors that the gazetteer knows.
  if (!gaz) {
    IndexPlaces(tokens.size(), out);
    return;
  }
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (!tokens[i].capitalized || tokens[i].punct || out.actor_at[i] >= 0) continue;
    size_t j = i;
    while (j + 1 < tokens.size() && tokens[j + 1].capitalized && !tokens[j + 1].punct &&
           out.actor_at[j + 1] < 0 && j - i < 3)
      ++j;
    // The whole run of capitalised words must be the name ("Paul Whelan" is a person, not the
    // town Paul); a list continues a place list ("in Donetsk, Zaporozhye, and Kherson").
    bool continues_list = (tokens[i - 1].norm == "," || tokens[i - 1].norm == "and") && !out.places.empty() &&
                          out.places.back().last + 3 >= i;
    bool after_locative = IsLocative(tokens[i - 1]) || continues_list;
    // A plain word folds to itself: no name begins with it unless the gazetteer may have one.
    const std::string& w = tokens[i].norm;
    bool plain = std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
    if (plain && !gaz->MayBeginName(tokens[i].hash)) {
      i = j;
      continue;
    }
    if (const Place* p = gaz->Find(Text(doc, tokens[i], tokens[j]), after_locative ? 1000 : kBareNamePopulation))
      out.places.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j), p});
    i = j;
  }
  std::sort(out.places.begin(), out.places.end(),
            [](const PlaceMention& a, const PlaceMention& b) { return a.first < b.first; });
  IndexPlaces(tokens.size(), out);
}


}  // namespace attache
