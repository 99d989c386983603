#include "parse/voice.h"

#include <algorithm>

#include "document/word_classes.h"

namespace attache {
namespace {

class VoiceReader {
 public:
  explicit VoiceReader(ClauseContext& ctx) : ctx_(ctx), t_(ctx.tokens()) {}

  Voice Read(const PatternHit& v, size_t clause);

 private:
  // "a German citizen sentenced to death in Minsk": a participle with no auxiliary whose object
  // slot is not filled right after it describes the noun before it, and who did it is not said
  // ... unless a subject stands right before it ("Russia demanded in two treaties ...").
  bool ReducedParticiple(const PatternHit& v) const {
    const size_t head = v.head;
    bool transitive = !v.pattern->rest.empty() && v.pattern->rest.front().kind == PatternElement::Kind::kTarget;
    if (head == 0 || head + 1 >= t_.size() || !IsPreposition(t_[head + 1]) || Is(t_[head - 1], {"had", "has", "have"}))
      return false;
    // "officials accused of playing a role": the verb's own preposition ("accuse + of") right
    // after it leaves no room for its object, which is the noun before it.
    if (ObjectGap(head) || PassiveFollows(head)) return true;
    if (!transitive) return false;
    int before = ctx_.ActorAt(head - 1);
    bool indefinite = before >= 0 && ctx_.A(before).first > 0 && Is(t_[ctx_.A(before).first - 1], {"a", "an"});
    return before < 0 || indefinite;
  }

  // "There were 10 Russian soldiers killed": the participle's patient stands between it and an
  // existential "there" + "be", which the usual look-back for "be" does not reach.
  bool ThereBeforeActor(size_t head) const {
    int k = head > 0 ? ctx_.ActorAt(head - 1) : -1;
    if (k < 0) return false;
    for (size_t i = ctx_.A(k).first, n = 0; i-- > 1 && n < 5; ++n)
      if (IsBeForm(t_[i])) return t_[i - 1].norm == "there";
    return false;
  }

  // "were also freed and flown to Germany": a participle joined by "and" to a passive one.
  bool SharedPassive(size_t head, size_t clause) const {
    if (head < 3 || t_[head - 1].norm != "and") return false;
    // The word before "and" must look like a participle ("freed", "taken"), not "the violence".
    const std::string& w = t_[head - 2].norm;
    if (w.size() <= 3 || !(w.ends_with("ed") || w.ends_with("en") || w.ends_with("wn"))) return false;
    for (size_t i = head - 1, n = 0; i-- > clause && n < 4; ++n) {
      if (t_[i].punct || ctx_.ActorAt(i) >= 0) return false;
      if (IsBeForm(t_[i])) return true;
    }
    return false;
  }

  // "The civilians imprisoned for protesting were released by Putin": the clause's own verb, a
  // passive, comes later, so the participle before it describes its subject.
  bool PassiveFollows(size_t head) const {
    for (size_t i = head + 1; i + 1 < t_.size() && !ctx_.IsBoundary(i) && !ctx_.IsCueHead(i); ++i)
      if (IsBeForm(t_[i]) && (ctx_.IsVerbHead(i + 1) || (IsAdverb(t_[i + 1]) && i + 2 < t_.size() && ctx_.IsVerbHead(i + 2))))
        return true;
    return false;
  }

  // "were killed in Israeli tank shelling", "in a Russian drone strike": the nationality of the
  // force that did it, or -1.
  int ForceNounDoer(size_t i) const {
    if (i < t_.size() && Is(t_[i], {"a", "an", "the"})) ++i;
    const int k = ctx_.ActorAt(i);
    if (k < 0) return -1;
    for (size_t j = ctx_.A(k).last + 1; j < t_.size() && j <= ctx_.A(k).last + 3 && !t_[j].punct; ++j)
      if (ctx_.lexicon().words.IsForceNoun(t_[j].norm)) return k;
    return -1;
  }

  // Whether the verb at `head` has a pattern "VERB + PREP" and PREP follows it at once.
  bool ObjectGap(size_t head) const {
    std::vector<HeadHit<EventPattern>> scratch;
    const auto* verbs = ctx_.lexicon().patterns.VerbsAt(KeyOf(t_[head]), scratch);
    if (!verbs) return false;
    return std::any_of(verbs->begin(), verbs->end(), [&](const HeadHit<EventPattern>& h) {
      const auto& rest = h.item->rest;
      return h.item->before.empty() && rest.size() >= 2 && rest[0].kind == PatternElement::Kind::kTarget &&
             rest[1].kind == PatternElement::Kind::kWord && rest[1].word == t_[head + 1].norm;
    });
  }

  ClauseContext& ctx_;
  const std::vector<Token>& t_;
};

Voice VoiceReader::Read(const PatternHit& v, size_t clause) {
  Voice voice;
  const size_t head = v.head;
  if (v.form != VerbForm::kPastParticiple && v.form != VerbForm::kPastOrParticiple) return voice;
  for (size_t i = head, n = 0; i-- > clause && n < 3; ++n)
    if (IsBeForm(t_[i])) { voice.passive = true; break; }
  if (!voice.passive) voice.passive = ThereBeforeActor(head) || SharedPassive(head, clause);
  for (size_t i = v.end + 1; i < t_.size() && i <= v.end + 8; ++i) {
    if (ctx_.IsBoundary(i)) break;
    // "condemned an attack by Osgiliath soldiers", "welcomed memos sent by Bree": without a
    // form of "be", only a "by" right after the verb names its doer.
    if (!voice.passive && (i > v.end + 1 || Is(t_[i], {"a", "an", "the", "its", "their", "his", "her"}))) break;
    if (t_[i].norm == "by" && i + 1 < t_.size()) {
      voice.doer = ctx_.ObjectAfter(i + 1, std::min(t_.size(), i + 4));
      break;
    }
    if (voice.passive && Is(t_[i], {"in", "during"})) {
      if (int doer = ForceNounDoer(i + 1); doer >= 0) {
        voice.doer = doer;
        break;
      }
    }
  }
  if (voice.doer >= 0) voice.passive = true;
  voice.describes_noun = !voice.passive && ReducedParticiple(v);
  return voice;
}

}  // namespace

Voice ReadVoice(ClauseContext& ctx, const PatternHit& v, size_t clause) { return VoiceReader(ctx).Read(v, clause); }

}  // namespace attache
