#include "match/annotations.h"

namespace attache {

void IndexActors(size_t token_count, SentenceAnnotations& ann) {
  ann.actor_at.assign(token_count, -1);
  for (size_t k = ann.actors.size(); k-- > 0;)
    for (uint32_t i = ann.actors[k].first; i <= ann.actors[k].last; ++i) ann.actor_at[i] = static_cast<int>(k);
}

void IndexPlaces(size_t token_count, SentenceAnnotations& ann) {
  ann.place_at.assign(token_count, -1);
  for (size_t k = ann.places.size(); k-- > 0;)
    for (uint32_t i = ann.places[k].first; i <= ann.places[k].last; ++i) ann.place_at[i] = static_cast<int>(k);
}

}  // namespace attache
