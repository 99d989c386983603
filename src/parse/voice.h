// Voice: whether a participle is passive, who did the act (the doer after "by", or the force
// in "killed in a Russian drone strike"), and whether the participle only describes the noun
// before it ("a German citizen sentenced to death in Minsk").
#pragma once

#include "match/annotations.h"
#include "parse/clause_context.h"

namespace attache {

struct Voice {
  bool passive = false;
  int doer = -1;                // actor index of the doer named in a passive, or -1
  bool describes_noun = false;  // a reduced relative: no event of its own
};

// The voice of the verb pattern `v` in the clause starting at `clause`.
Voice ReadVoice(ClauseContext& ctx, const PatternHit& v, size_t clause);

}  // namespace attache
