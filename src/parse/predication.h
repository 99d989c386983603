// What the parse stage produces for one sentence: attribution frames and predications (coded
// relations before dyads are expanded), read by the code stage.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "document/event.h"
#include "match/annotations.h"

namespace attache {

// "He said (that) ...": the speaker's claim spans tokens [first, last].
struct Frame {
  const CueHit* cue = nullptr;
  int speaker = -1;  // actor index; -1 unknown
  uint32_t first = 0, last = 0;
  bool quote = false;
};

// One coded relation before dyads are expanded.
struct Predication {
  const EventPattern* pattern = nullptr;  // the pattern that fired; null for accusations
  std::string code;
  std::string rule;                   // lexicon file:line
  uint32_t verb_first = 0, verb_last = 0;
  std::vector<int> sources, targets;  // actor indices (groups expanded)
  int target_place = -1;              // place index when the target is territory
  bool reciprocal = false;            // "talks between A and B", "A and B agreed"
  bool mirrored = false;              // "A met B": B met A as well
  bool speech_act = false;            // the speaker's own act: no attribution, document date
  bool untargeted = false;            // an act its pattern needs a target for but none was found:
                                      // not coded, but the discourse remembers who did it
  int frame = -1;                     // the innermost frame containing the verb
  Modality modality = Modality::kFactual;
  uint32_t scope_first = 0, scope_last = 0;  // clause region for its date and place
};

struct ParsedSentence {
  std::vector<Frame> frames;
  std::vector<Predication> predications;
  int main_subject = -1;  // actor index of the outermost clause's subject or speaker
};

}  // namespace attache
