#include "parse/accusations.h"

#include <algorithm>

#include "document/word_classes.h"
#include "parse/modality.h"

namespace attache {

namespace {

// The act a speech cue makes: its words are the evidence; a speech act is the speaker's own
// (no attribution, the document's date).
Predication CueAct(const ClauseContext& ctx, const CueHit& cue, const char* code, const std::string& rule,
                   std::vector<int> sources, int target, bool speech_act) {
  Predication p;
  p.code = code;
  p.rule = rule;
  p.verb_first = cue.head;
  p.verb_last = cue.end;
  p.sources = std::move(sources);
  p.targets = {target};
  p.speech_act = speech_act;
  p.modality = VerbModality(ctx, cue.head, ctx.ClauseStart(cue.head));
  return p;
}

// Whether the hostile word at `i` is suffered ("were attacked"): a form of "be" before it, and
// no "-ing" ("were targeting" is done).
bool Suffered(const ClauseContext& ctx, uint32_t i) {
  const std::string& w = ctx.tokens()[i].norm;
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) return false;
  for (uint32_t k = i > 2 ? i - 2 : 0; k < i; ++k)
    if (IsBeForm(ctx.tokens()[k])) return true;
  return false;
}

// "eight people were killed in an air strike by government forces": the doer of a suffered act
// is named after "by", within the claim.
int DoerAfterBy(ClauseContext& ctx, uint32_t hostile_at, uint32_t last) {
  const auto& t = ctx.tokens();
  for (uint32_t i = hostile_at + 1; i <= last && i < t.size() && i <= hostile_at + 8; ++i)
    if (t[i].norm == "by") return ctx.ObjectAfter(i + 1, std::min<size_t>(last + 1, i + 5));
  return -1;
}

// The actor a claim with a hostile word blames: "claimed" blames whoever it names; "said" only
// the subject of what is said, which stands at its start. `own_side_first` tells whether the
// claim's subject is the speaker's own side.
int Blamed(ClauseContext& ctx, const Frame& f, uint32_t hostile_at, bool& own_side_first) {
  const std::string speaker_base = ctx.A(f.speaker).base;
  own_side_first = false;
  if (Suffered(ctx, hostile_at)) {
    int doer = DoerAfterBy(ctx, hostile_at, f.last);
    return doer >= 0 && ctx.A(doer).base != speaker_base ? doer : -1;
  }
  const bool allege = f.cue->cue->kind == CueKind::kAllege;
  const uint32_t last = allege ? f.last : std::min<uint32_t>(f.last, f.first + 3);
  for (uint32_t i = f.first; i <= last; ++i) {
    int k = ctx.ActorAt(i);
    if (k < 0) continue;
    i = ctx.A(k).last;
    if (!ctx.Resolve(k, false)) {
      if (!allege) break;
      continue;
    }
    if (ctx.A(k).base != speaker_base) return k;
    own_side_first |= ctx.A(k).last < hostile_at && ctx.A(k).first <= f.first + 3;
    if (!allege) break;
  }
  return -1;
}

}  // namespace

void AddAccusations(ClauseContext& ctx, std::vector<Predication>& out) {
  const auto& t = ctx.tokens();
  for (const Frame& f : ctx.frames()) {
    CueKind kind = f.cue->cue->kind;
    if (f.speaker < 0 || kind == CueKind::kAccording || kind == CueKind::kCite) continue;
    if (!ctx.Resolve(f.speaker, true)) continue;
    const std::string* hostile = nullptr;
    uint32_t hostile_at = 0;
    for (uint32_t i = f.first; i <= f.last && !hostile; ++i)
      if (!NegatedBefore(ctx, i) && (hostile = ctx.lexicon().words.Hostile(t[i].norm))) hostile_at = i;
    if (!hostile) continue;
    bool own_side_first = false;
    const int accused = Blamed(ctx, f, hostile_at, own_side_first);
    if (accused < 0) continue;
    // "The US claimed that they had attacked Iraq": a claim of the speaker's own hostile act is
    // a claim of responsibility (015), unless it is still to come ("would strike": a threat).
    bool future = false;
    for (uint32_t i = hostile_at > 2 ? hostile_at - 2 : 0; i < hostile_at; ++i) {
      WordClass c = ctx.lexicon().words.ModalityOf(KeyOf(t[i]));
      future |= c == WordClass::kFuture || c == WordClass::kHypothetical;
    }
    const bool responsibility = kind == CueKind::kAllege && own_side_first && !future;
    out.push_back(CueAct(ctx, *f.cue, responsibility ? "015" : "112", *hostile, {f.speaker}, accused, true));
  }
}

void AddJudgements(ClauseContext& ctx, std::vector<Predication>& out) {
  constexpr uint32_t kReach = 10;  // words from the verb to the hostile word
  const auto& t = ctx.tokens();
  for (const CueHit& c : ctx.ann().cues) {
    if (c.cue->kind != CueKind::kJudge) continue;
    const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(t.size()), c.end + 1 + kReach);
    uint32_t hostile_at = 0;
    const std::string* hostile = nullptr;
    for (uint32_t i = c.end + 1; i < end && !hostile; ++i)
      if (!NegatedBefore(ctx, i) && (hostile = ctx.lexicon().words.Hostile(t[i].norm))) hostile_at = i;
    if (!hostile) continue;
    int source = ctx.Subject(c.head, ctx.ClauseStart(c.head));
    if (source < 0) continue;
    // What is judged: an actor ("called Russia a threat"), else an act the story told ("the
    // launch").
    int target = ctx.ObjectAfter(c.end + 1, hostile_at);
    for (uint32_t i = c.end + 1; target < 0 && i < hostile_at; ++i) target = ctx.EventDoerAt(i);
    if (target < 0 || ctx.A(target).base == ctx.A(source).base) continue;
    out.push_back(CueAct(ctx, c, "111", *hostile, ctx.WithGroup(source), target, false));
  }
}

void AddThreats(ClauseContext& ctx, std::vector<Predication>& out) {
  const auto& t = ctx.tokens();
  const WordLists& words = ctx.lexicon().words;
  for (const Frame& f : ctx.frames()) {
    CueKind kind = f.cue->cue->kind;
    if (f.speaker < 0 || (kind != CueKind::kReport && kind != CueKind::kAllege) || !ctx.Resolve(f.speaker, true))
      continue;
    // A consequence word with "would", "will" or "could" before it in the claim.
    const std::string* threat = nullptr;
    bool modal = false;
    for (uint32_t i = f.first; i <= f.last && !threat; ++i) {
      WordClass c = words.ModalityOf(KeyOf(t[i]));
      modal |= c == WordClass::kFuture || c == WordClass::kHypothetical;
      if (modal && !NegatedBefore(ctx, i)) threat = words.Threat(t[i].norm);
    }
    if (!threat) continue;
    const std::string speaker_base = ctx.A(f.speaker).base;
    int threatened = -1;
    for (uint32_t i = f.first; i <= f.last && threatened < 0; ++i) {
      int k = ctx.ActorAt(i);
      if (k < 0) k = ctx.EventDoerAt(i);  // "the attack would have consequences"
      if (k < 0) continue;
      i = std::max<uint32_t>(i, ctx.A(k).last);
      if (ctx.Resolve(k, false) && ctx.A(k).base != speaker_base) threatened = k;
    }
    if (threatened < 0) continue;
    out.push_back(CueAct(ctx, *f.cue, "130", *threat, {f.speaker}, threatened, true));
  }
}

}  // namespace attache
