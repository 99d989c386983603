#include "parse/complements.h"

#include <algorithm>

#include "document/word_classes.h"
#include "parse/modality.h"

namespace attache {
namespace {

// Words from the end of the outer act to the "to" of its content: "urged the government of
// Iran to".
constexpr uint32_t kReach = 6;

// The "to" of an infinitive (or of "agreed to talks") at `head`, an adverb allowed between
// ("to swiftly release"); -1 if there is none.
long InfinitiveTo(const std::vector<Token>& t, uint32_t head) {
  uint32_t i = head;
  if (i > 0 && IsAdverb(t[i - 1])) --i;
  return i > 0 && t[i - 1].norm == "to" ? static_cast<long>(i - 1) : -1;
}

// The outer act whose content starts at `to`: the nearest whose words end at or before it,
// within reach and with no punctuation between.
Predication* OuterAct(const ClauseContext& ctx, std::vector<Predication>& out, size_t inner, uint32_t to) {
  const auto& t = ctx.tokens();
  Predication* best = nullptr;
  for (size_t j = 0; j < out.size(); ++j) {
    Predication& p = out[j];
    if (j == inner || p.verb_last > to || p.verb_last + kReach < to || !ctx.lexicon().composition.IsOuter(p.code))
      continue;
    bool punct = std::any_of(t.begin() + p.verb_last + 1, t.begin() + to, [](const Token& w) { return w.punct; });
    if (!punct && (!best || p.verb_last > best->verb_last)) best = &p;
  }
  return best;
}

// "would not provide", "will not attend", "won't": a negated act of will is a refusal. The
// index of the modal, or -1.
long RefusingModal(const ClauseContext& ctx, uint32_t head) {
  const auto& t = ctx.tokens();
  uint32_t i = head;
  if (i > 0 && IsAdverb(t[i - 1])) --i;
  if (i < 2 || ctx.lexicon().words.ModalityOf(KeyOf(t[i - 1])) != WordClass::kNegation) return -1;
  return Is(t[i - 2], {"will", "would", "shall", "'ll", "wo"}) ? static_cast<long>(i - 2) : -1;
}

// "wants Putin to", "would like the EU to": the rule of the bidding word before the object
// that ends right before `to`, and where the word starts; nullptr if there is none.
const std::string* BiddingBefore(const ClauseContext& ctx, uint32_t to, uint32_t& bid) {
  const auto& t = ctx.tokens();
  const int object = ctx.ActorAt(to - 1);
  if (object < 0 || ctx.A(object).kind == ActorPhrase::Kind::kPronoun) return nullptr;
  uint32_t i = ctx.A(object).first;
  if (i > 0 && Is(t[i - 1], {"the", "a", "an"})) --i;
  if (i == 0) return nullptr;
  bid = i - 1;
  const WordLists& words = ctx.lexicon().words;
  if (const std::string* rule = words.Bidding(t[bid].norm)) return rule;
  if (bid == 0) return nullptr;
  --bid;  // "would like": the phrase starts a word earlier, and "would" is no hedge here
  return words.Bidding(t[bid].norm + " " + t[bid + 1].norm);
}

// Makes `inner` the appeal of whoever bids, to the object asked to act.
bool ComposeBidding(ClauseContext& ctx, uint32_t to, Predication& inner) {
  uint32_t bid = 0;
  const std::string* rule = BiddingBefore(ctx, to, bid);
  if (!rule) return false;
  const size_t clause = ctx.ClauseStart(bid);
  const int bidder = ctx.Subject(bid, clause);
  if (bidder < 0) return false;
  const CameoComposition::Pair* pair = ctx.lexicon().composition.Compose("020", inner.code);
  inner.code = pair ? pair->code : "020";
  inner.rule = pair ? pair->rule : *rule;
  inner.pattern = nullptr;
  inner.targets = ctx.WithGroup(ctx.ActorAt(to - 1));
  inner.sources = ctx.WithGroup(bidder);
  inner.target_place = -1;
  inner.reciprocal = inner.untargeted = false;
  inner.verb_first = bid;
  inner.modality = VerbModality(ctx, bid, clause);
  return true;
}

// The act before `to` in the same sentence with the code of out[inner] (its first three
// digits) and the same source, not itself reported speech; -1 if none.
long SameActBefore(const std::vector<Predication>& out, size_t inner, uint32_t to) {
  const Predication& p = out[inner];
  for (size_t j = 0; j < out.size(); ++j) {
    const Predication& q = out[j];
    if (j == inner || q.speech_act || q.verb_last >= to || q.sources != p.sources) continue;
    if (q.code.size() >= 3 && p.code.size() >= 3 && q.code.compare(0, 3, p.code, 0, 3) == 0) return static_cast<long>(j);
  }
  return -1;
}

}  // namespace

void ComposeComplements(ClauseContext& ctx, std::vector<Predication>& out) {
  const auto& t = ctx.tokens();
  const Lexicon& lex = ctx.lexicon();
  std::vector<bool> absorbed(out.size(), false);
  for (size_t k = 0; k < out.size(); ++k) {
    Predication& inner = out[k];
    if (inner.speech_act) continue;
    if (inner.modality == Modality::kNegated) {
      const long modal = RefusingModal(ctx, inner.verb_first);
      const CameoComposition::Pair* pair = modal >= 0 ? lex.composition.Compose("120", inner.code) : nullptr;
      if (pair) {
        inner.code = pair->code;
        inner.rule = pair->rule;
        inner.pattern = nullptr;
        inner.verb_first = static_cast<uint32_t>(modal);
        inner.modality = Modality::kFactual;
      }
      continue;
    }
    const long to_at = InfinitiveTo(t, inner.verb_first);
    if (to_at <= 0) continue;
    const auto to = static_cast<uint32_t>(to_at);
    // "warned Iran not to attack": the warning is not a threat to attack.
    if (lex.words.ModalityOf(KeyOf(t[to - 1])) == WordClass::kNegation) continue;
    if (Predication* outer = OuterAct(ctx, out, k, to)) {
      if (const CameoComposition::Pair* pair = lex.composition.Compose(outer->code, inner.code)) {
        outer->code = pair->code;
        outer->rule = pair->rule;
        outer->pattern = nullptr;  // its paired reply no longer applies
        outer->verb_last = std::max(outer->verb_last, inner.verb_last);
        // "threatened to invade Ukraine": what the content acts on is the target of the whole.
        if (outer->targets.empty() && outer->target_place < 0) {
          outer->targets = inner.targets;
          outer->target_place = inner.target_place;
          outer->untargeted = inner.untargeted;
          outer->reciprocal = inner.reciprocal && outer->sources == inner.sources;
        }
        absorbed[k] = true;
      }
      continue;
    }
    if (ComposeBidding(ctx, to, inner)) continue;
    // "used tear gas, water cannon and pepper spray to disperse protesters": the purpose of an
    // act of the same kind by the same side is that act, and as asserted as it.
    if (const long means = SameActBefore(out, k, to); means >= 0) {
      Predication& act = out[static_cast<size_t>(means)];
      inner.modality = act.modality;
      if (act.untargeted) absorbed[static_cast<size_t>(means)] = true;
      continue;
    }
    // "wants to attack": a desire with no code of its own is an intent.
    const uint32_t desire = to - 1;
    if (lex.words.ModalityOf(KeyOf(t[desire])) != WordClass::kIntent) continue;
    if (const CameoComposition::Pair* pair = lex.composition.Compose("030", inner.code)) {
      inner.code = pair->code;
      inner.rule = pair->rule;
      inner.pattern = nullptr;
      inner.verb_first = desire;
      inner.modality = VerbModality(ctx, desire, ctx.ClauseStart(desire));
    }
  }
  size_t k = 0;
  out.erase(std::remove_if(out.begin(), out.end(), [&](const Predication&) { return absorbed[k++]; }), out.end());
}

}  // namespace attache
