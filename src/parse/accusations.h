// Reported hostility as accusation: a speaker who says a foreign actor did something hostile
// accuses that actor (CAMEO 112): "The Ukrainian leadership targeted Russian-speaking
// communities, he said." The hostile words come from the lexicon's words/hostile.txt.
#pragma once

#include <vector>

#include "parse/clause_context.h"

namespace attache {

void AddAccusations(ClauseContext& ctx, std::vector<Predication>& out);

}  // namespace attache
