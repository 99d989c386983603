// Reported hostility as accusation: a speaker who says a foreign actor did something hostile
// accuses that actor (CAMEO 112): "The Ukrainian leadership targeted Russian-speaking
// communities, he said." The hostile words come from the lexicon's words/hostile.txt.
#pragma once

#include <vector>

#include "parse/clause_context.h"

namespace attache {

// A claim that the speaker's own side did it ("The US claimed they had attacked Iraq") is a
// claim of responsibility (CAMEO 015) instead.
void AddAccusations(ClauseContext& ctx, std::vector<Predication>& out);

// A judgement with a hostile word is criticism (CAMEO 111) of whoever did what is judged:
// "South Korea's military called the launch a grave provocation", "described the test as an
// outrageous act".
void AddJudgements(ClauseContext& ctx, std::vector<Predication>& out);

// A reported warning that a foreign actor "would face a response", or that its act "will have
// consequences", is a threat (CAMEO 130) against that actor (words/threats.txt).
void AddThreats(ClauseContext& ctx, std::vector<Predication>& out);

}  // namespace attache
