#include "match/comma_clauses.h"

#include <algorithm>

namespace attache {
namespace {

// Whether the comma at `i` separates members of a list of actors (", and the awful Gondor").
bool InActorList(const SentenceAnnotations& ann, size_t i) {
  if (i == 0 || i + 1 >= ann.actor_at.size()) return false;
  int a = ann.actor_at[i - 1], b = -1;
  for (size_t j = i + 1; j < ann.actor_at.size() && j <= i + 4 && b < 0; ++j) b = ann.actor_at[j];
  return a >= 0 && b >= 0 && ann.actors[static_cast<size_t>(a)].group >= 0 &&
         ann.actors[static_cast<size_t>(a)].group == ann.actors[static_cast<size_t>(b)].group;
}

}  // namespace

void DropCommaClauses(const Sentence& s, const CommaClauses& limits, SentenceAnnotations& ann) {
  const auto& t = s.tokens;
  std::vector<size_t> commas;
  for (size_t i = 0; i < t.size(); ++i)
    if (t[i].norm == "," && !InActorList(ann, i)) commas.push_back(i);
  if (commas.empty()) return;
  std::vector<bool> dropped(t.size(), false);
  auto words = [&](size_t from, size_t to) {  // words in [from, to)
    size_t n = 0;
    for (size_t i = from; i < to; ++i) n += !t[i].punct;
    return n;
  };
  // A dropped clause takes its commas with it, so that the words around it join up.
  auto drop = [&](size_t from, size_t to, size_t min, size_t max) {
    size_t n = words(from, to);
    if (n <= min || n > max) return false;
    std::fill(dropped.begin() + static_cast<long>(from), dropped.begin() + static_cast<long>(to), true);
    if (from > 0) dropped[from - 1] = true;
    if (to < t.size()) dropped[to] = true;
    return true;
  };
  // Chained: a phrase starts at the comma that ended the one before, and the comma that closed
  // a dropped phrase opens none ("X, in remarks on Monday, urged Y to ..." keeps "urged").
  bool after_drop = drop(0, commas.front(), limits.begin_min, limits.begin_max);
  for (size_t k = 0; k + 1 < commas.size(); ++k)
    after_drop = !after_drop && drop(commas[k] + 1, commas[k + 1], limits.min, limits.max);
  if (!after_drop) drop(commas.back() + 1, t.size(), limits.end_min, limits.end_max);
  if (std::find(dropped.begin(), dropped.end(), true) == dropped.end()) return;

  auto keep_actor = [&](const ActorPhrase& a) { return !dropped[a.first]; };
  ann.actors.erase(std::remove_if(ann.actors.begin(), ann.actors.end(), [&](const ActorPhrase& a) { return !keep_actor(a); }),
                   ann.actors.end());
  auto gone = [&](const PatternHit& h) { return dropped[h.head]; };
  ann.verbs.erase(std::remove_if(ann.verbs.begin(), ann.verbs.end(), gone), ann.verbs.end());
  ann.nouns.erase(std::remove_if(ann.nouns.begin(), ann.nouns.end(), gone), ann.nouns.end());
  ann.cues.erase(std::remove_if(ann.cues.begin(), ann.cues.end(), [&](const CueHit& c) { return dropped[c.head]; }),
                 ann.cues.end());
  IndexActors(t.size(), ann);
  ann.dropped = std::move(dropped);
}

}  // namespace attache
