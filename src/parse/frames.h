// Attribution frames: who says what. "X said (that) ...", "..., X said", "..., said X",
// "according to X, ...", "..., according to X", and a participle carrying on ("..., saying
// ..."), with quotations marked.
#pragma once

#include "parse/clause_context.h"

namespace attache {

// Fills ctx.frames() from the sentence's speech cues.
void FindFrames(ClauseContext& ctx);

}  // namespace attache
