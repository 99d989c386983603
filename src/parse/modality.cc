#include "parse/modality.h"

#include "document/word_classes.h"

namespace attache {

Modality VerbModality(const ClauseContext& ctx, size_t head, size_t clause_start) {
  const auto& t = ctx.tokens();
  const WordLists& words = ctx.lexicon().words;
  if (ctx.conditional()) return Modality::kHypothetical;
  // An adverb may stand between "to" and its verb: "failing to unequivocally condemn".
  size_t to = head;
  if (to > 1 && IsAdverb(t[to - 1])) --to;
  if (to > 0 && t[to - 1].norm == "to") {
    // "is due to visit", "plans to", "is to free", "is about to": planned; "trying to derail":
    // not asserted.
    bool planned = to > 1 && (words.ModalityOf(KeyOf(t[to - 2])) == WordClass::kFuture ||
                              Is(t[to - 2], {"is", "are", "was", "were", "about"}));
    return planned ? Modality::kFuture : Modality::kHypothetical;
  }
  // "demanded ... that NATO rule out membership": what is demanded or appealed for has not
  // happened.
  if (clause_start > 0 && t[clause_start - 1].norm == "that")
    for (const PatternHit& v : ctx.ann().verbs) {
      if (v.head >= clause_start) break;
      std::string root = v.pattern->code.substr(0, 2);
      if (v.head + 12 >= clause_start && (root == "02" || root == "10")) return Modality::kHypothetical;
    }
  bool reported = ctx.InnermostFrame(head) >= 0;
  Modality m = Modality::kFactual;
  for (size_t i = head, n = 0; i-- > clause_start && n < 5; ++n) {
    if (t[i].punct || ctx.ActorAt(i) >= 0) break;
    switch (words.ModalityOf(KeyOf(t[i]))) {
      case WordClass::kNegation: return Modality::kNegated;
      case WordClass::kHypothetical:
        // "told reporters that Washington would set out ...": the future seen from the past,
        // unless a condition makes it hypothetical.
        m = reported && !ctx.has_condition() && t[i].norm == "would" ? Modality::kFuture : Modality::kHypothetical;
        break;
      case WordClass::kFuture:
        if (m == Modality::kFactual) m = Modality::kFuture;
        break;
      default: break;
    }
  }
  return m;
}

Modality NounModality(const ClauseContext& ctx, size_t head, size_t clause_start) {
  const auto& t = ctx.tokens();
  if (ctx.conditional()) return Modality::kHypothetical;
  // The clause's own words decide: "not interested in a ceasefire", "is due to leave for a
  // visit to Egypt", "could lead to talks".
  Modality m = Modality::kFactual;
  for (size_t i = head; i-- > clause_start;) {
    switch (ctx.lexicon().words.ModalityOf(KeyOf(t[i]))) {
      case WordClass::kNegation: return Modality::kNegated;
      case WordClass::kHypothetical: m = Modality::kHypothetical; break;
      case WordClass::kFuture: if (m == Modality::kFactual) m = Modality::kFuture; break;
      default: if (t[i].norm == "no") return Modality::kNegated;
    }
  }
  return m;
}

bool NegatedBefore(const ClauseContext& ctx, size_t i) {
  for (size_t k = i, n = 0; k-- > 0 && n < 3; ++n)
    if (ctx.lexicon().words.ModalityOf(KeyOf(ctx.tokens()[k])) == WordClass::kNegation) return true;
  return false;
}

}  // namespace attache
