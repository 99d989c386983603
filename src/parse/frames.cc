#include "parse/frames.h"

#include "document/word_classes.h"

namespace attache {
namespace {

// ", he said." / ", said Khorev." / "...," Lavrov said.: the cue and its speaker close the
// sentence, and the claim is everything before the comma or quote.
bool Trailing(ClauseContext& ctx, const CueHit& c, size_t end, Frame& f) {
  const auto& t = ctx.tokens();
  size_t after = c.end + 1;
  int speaker = -1;
  size_t comma = c.head;
  while (comma > 0 && c.head - comma < 6 && t[comma - 1].norm != "," && !IsQuote(t[comma - 1])) --comma;
  if (comma == 0 || c.head - comma >= 6) return false;
  for (size_t i = comma; i < c.head; ++i)
    if (ctx.ActorAt(i) >= 0) { speaker = ctx.ActorAt(i); break; }
  if (speaker < 0) {  // ", said Khorev."
    int k = after < end ? ctx.ActorAt(after) : -1;
    if (k < 0) return false;
    speaker = k;
    after = ctx.A(k).last + 1;
  }
  while (after < end && Is(t[after], {"on", "monday", "tuesday", "wednesday", "thursday", "friday",
                                      "saturday", "sunday", "today", "yesterday", "later", "also"}))
    ++after;
  // ", the interior ministry said, adding that ...": a participle may carry on after it.
  bool continues = after + 1 < end && t[after].norm == "," && ctx.IsCueHead(after + 1);
  if (after < end && !continues) return false;
  if (!ctx.Resolve(speaker, true)) return false;
  f.speaker = speaker;
  f.first = 0;
  size_t last = comma - 1;  // the comma (or quote) itself
  while (last > 0 && t[last - 1].punct) --last;
  f.quote = comma >= 1 && (IsQuote(t[comma - 1]) || (comma >= 2 && IsQuote(t[comma - 2])));
  if (last == 0) return false;
  f.last = static_cast<uint32_t>(last - 1);
  return true;
}

// A cue inside a fronted subordinate clause ("While he acknowledged that X, Khorev accused Y")
// speaks only up to the comma that closes that clause.
size_t SubordinateEnd(const ClauseContext& ctx, size_t cue_head, size_t end) {
  const auto& t = ctx.tokens();
  size_t start = ctx.ClauseStart(cue_head);
  if (start == 0 || !IsSubordinator(t[start - 1])) return end;
  for (size_t i = cue_head + 1; i < end; ++i)
    if (t[i].norm == ",") return i;
  return end;
}

// A verbal act (accuse, praise: CAMEO quad class 1 or 3) whose verb stands at token i.
bool IsVerbalAct(const ClauseContext& ctx, size_t i) {
  for (const PatternHit& v : ctx.ann().verbs) {
    if (v.head != i) continue;
    const CameoCode* c = ctx.lexicon().cameo.Find(v.pattern->code);
    return c && (c->quad_class == 1 || c->quad_class == 3);
  }
  return false;
}

}  // namespace

void FindFrames(ClauseContext& ctx) {
  const auto& t = ctx.tokens();
  const size_t n = t.size();
  size_t end = n;
  while (end > 0 && t[end - 1].punct) --end;  // the final full stop and quotes
  constexpr int kParticiple = -2;             // speaks for the subject before it
  for (const CueHit& c : ctx.ann().cues) {
    if (c.cue->kind == CueKind::kJudge) continue;  // no claim reported (accusations.h)
    Frame f;
    f.cue = &c;
    if (c.cue->kind == CueKind::kAccording) {
      int k = ctx.ObjectAfter(c.end + 1, n);
      if (k < 0) continue;
      f.speaker = k;
      size_t after = ctx.GroupEnd(k) + 1;
      if (after < n && t[after].norm == ",") ++after;
      if (after >= end) {  // "..., according to X."
        f.first = 0;
        f.last = c.head > 0 ? c.head - 1 : 0;
      } else {
        f.first = static_cast<uint32_t>(after);
        f.last = static_cast<uint32_t>(end - 1);
      }
    } else if (!Trailing(ctx, c, end, f)) {
      bool participle = c.form == VerbForm::kGerund && c.head > 0 && t[c.head - 1].norm == ",";
      f.speaker = participle ? kParticiple : ctx.Subject(c.head, ctx.ClauseStart(c.head));
      size_t first = c.end + 1;
      bool that = first < n && t[first].norm == "that";
      if (first < n && Is(t[first], {"that", ":", ","})) ++first;
      if (first < n && IsQuote(t[first])) { f.quote = true; ++first; }
      if (first >= end) continue;
      f.first = static_cast<uint32_t>(first);
      size_t last = SubordinateEnd(ctx, c.head, end);
      // "Dar confirmed the agreement, and Sharif thanked Trump", "Pashinyan said ... and
      // accused Azerbaijan": without "that" the claim ends where a new clause, or a verbal act
      // of the speaker's own, is joined on.
      if (!that)
        for (size_t i = first; i + 1 < last; ++i) {
          bool comma = t[i].norm == "," && i + 2 < last && Is(t[i + 1], {"and", "but"});
          size_t next = comma ? i + 2 : i + 1;
          bool joined = comma ? (ctx.ActorAt(next) >= 0 || ctx.IsVerbHead(next))
                              : t[i].norm == "and" && IsVerbalAct(ctx, next);
          if (joined) {
            last = i;
            break;
          }
        }
      f.last = static_cast<uint32_t>(last - 1);
    }
    ctx.frames().push_back(f);
  }
  // "..., saying ...": the participle speaks for the subject of the clause before it.
  for (Frame& f : ctx.frames())
    if (f.speaker == kParticiple) f.speaker = ctx.SubjectBefore(f.cue->head);
}

}  // namespace attache
