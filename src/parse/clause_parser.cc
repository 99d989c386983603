#include "parse/clause_parser.h"

#include <algorithm>

#include "parse/accusations.h"
#include "parse/clause_context.h"
#include "parse/complements.h"
#include "parse/frames.h"
#include "parse/modality.h"
#include "parse/voice.h"
#include "document/word_classes.h"

namespace attache {
namespace {

// Acts a group can do with one another: agreeing, consulting, cooperating, a ceasefire. Not
// visits or hosting (someone goes to someone), mediation (between others) or releases.
bool IsMutual(const std::string& code) {
  if (code == "0871") return true;  // "India and Pakistan agreed to stop firing": a ceasefire
  std::string root = code.substr(0, 2);
  if (root != "03" && root != "04" && root != "05" && root != "06") return false;
  return code.rfind("042", 0) != 0 && code.rfind("043", 0) != 0 && code.rfind("045", 0) != 0;
}

// Acts that two sides do together whichever is named first: "Petraeus held talks with
// Suleiman" is also Suleiman's talks with Petraeus. (Not a call, which one side makes.)
bool IsJoint(const std::string& code) {
  return code == "040" || code == "044" || code == "046" || code == "057";
}

// CAMEO's administrative sanctions, eased (081: curfews, states of emergency, bans on
// parties) or imposed (172: the same, and martial law 1724): acts of a government on its own
// country unless the text names someone else.
bool IsDomesticRule(const std::string& code) { return code.rfind("081", 0) == 0 || code.rfind("172", 0) == 0; }

// A predication for the words a pattern matched, before its actors are known.
Predication Start(const PatternHit& hit) {
  Predication p;
  p.pattern = hit.pattern;
  p.code = hit.pattern->code;
  p.rule = hit.pattern->rule;
  p.verb_first = hit.head;
  p.verb_last = hit.end;
  return p;
}

class PredicationParser {
 public:
  explicit PredicationParser(ClauseContext& ctx) : ctx_(ctx), t_(ctx.tokens()), ann_(ctx.ann()) {}

  void Verb(const PatternHit& v, std::vector<Predication>& out);
  void Noun(const PatternHit& n, std::vector<Predication>& out);

 private:
  const CameoCode* Code(const std::string& code) const { return ctx_.lexicon().cameo.Find(code); }
  int TargetAfter(const PatternHit& v, Predication& p);
  bool IsPatternWords(const PatternHit& v, const ActorPhrase& a) const;
  int NextActorInClause(size_t i);
  // The first actor of the conjunction-delimited clause holding `head`, if it stands before it.
  int FirstActorInClause(size_t head);
  bool EndsConjoinedClause(size_t i) const;
  int MissingSource(const PatternHit& v, int& target);
  int NounSource(const PatternHit& n);
  int OtherSide(size_t head, const std::string& base);

  ClauseContext& ctx_;
  const std::vector<Token>& t_;
  const SentenceAnnotations& ann_;
};







void PredicationParser::Verb(const PatternHit& v, std::vector<Predication>& out) {
  const size_t head = v.head;
  // Who does it stands before the whole pattern ("Arnor suggested Gondor should apply": the
  // legacy pattern "SUGGESTED * APPLY" is Arnor's).
  const size_t start = v.start;
  // "of committing", "while ignoring": a gerund complement, not an event of its own; but "by
  // thanking Switzerland" is the subject's own act.
  bool by_gerund = v.form == VerbForm::kGerund && head > 0 && t_[head - 1].norm == "by";
  if (v.form == VerbForm::kGerund && head > 0 && !by_gerund &&
      (IsPreposition(t_[head - 1]) || Is(t_[head - 1], {"while", "when", ","})))
    return;
  Predication p = Start(v);
  const size_t clause = ctx_.ClauseStart(start);
  p.modality = VerbModality(ctx_, head, clause);

  const Voice voice = ReadVoice(ctx_, v, clause);
  if (voice.describes_noun) return;
  const bool passive = voice.passive;
  const int by_agent = voice.doer;

  int source = -1, target = -1;
  // A pattern that puts its target before the verb with nobody before it ("+ WAS * DEAD": "An
  // Eriadorian was shot dead in Osgiliath") finds the doer after it.
  const bool target_first = v.target_slot >= 0 && static_cast<size_t>(v.target_slot) < head && v.source_slot < 0 &&
                            ctx_.Subject(v.start, clause) < 0;
  if (target_first) {
    target = ctx_.ActorAt(static_cast<size_t>(v.target_slot));
    source = NextActorInClause(v.end + 1);
  } else if (passive) {
    source = v.source_slot >= 0 ? ctx_.ActorAt(static_cast<size_t>(v.source_slot)) : by_agent;
    // "were released by Putin": the `+` of "release +" found the doer, not the released.
    size_t before_slot = v.target_slot > static_cast<int>(head) ? static_cast<size_t>(v.target_slot) - 1 : 0;
    if (before_slot > head && Is(t_[before_slot], {"the", "a", "an"})) --before_slot;
    const bool slot_is_doer = before_slot > head && t_[before_slot].norm == "by";
    if (slot_is_doer && source < 0) source = ctx_.ActorAt(static_cast<size_t>(v.target_slot));
    target = v.target_slot >= 0 && !slot_is_doer ? ctx_.ActorAt(static_cast<size_t>(v.target_slot))
                                                 : ctx_.Subject(start, clause);
  } else if (by_gerund) {
    source = ctx_.SubjectBefore(head);
    target = v.target_slot >= 0 ? ctx_.ActorAt(static_cast<size_t>(v.target_slot)) : TargetAfter(v, p);
  } else {
    source = v.source_slot >= 0                                  ? ctx_.ActorAt(static_cast<size_t>(v.source_slot))
             : ctx_.lexicon().conventions.first_actor_is_source ? FirstActorInClause(start)
                                                                 : ctx_.Subject(start, clause);
    // "Ukraine received weapons from $": the giver written after the verb is the source, and
    // the subject the target.
    if (v.target_slot >= 0) target = ctx_.ActorAt(static_cast<size_t>(v.target_slot));
    else if (v.source_slot >= 0) target = ctx_.Subject(start, clause);
    else if (v.target_place >= 0) p.target_place = v.target_place;
    else if (!v.pattern->untargeted) target = TargetAfter(v, p);
  }
  if (target >= 0 && !ctx_.Resolve(target, false)) target = -1;
  // With no source before the verb, one found after it is the first of its group and the rest
  // of the group are the targets ("Fxrnost restored ties with Gondor and Bree": GON -> BRE).
  const bool source_missing = source < 0;
  if (source < 0) source = MissingSource(v, target);
  if (source < 0) return;
  // "Pakistan said India had struck three of its air bases": force used on what is "its" own is
  // not meant; "its" is the other side's.
  if (target >= 0 && ctx_.A(target).kind == ActorPhrase::Kind::kPronoun && ctx_.A(target).possessive &&
      ctx_.Resolve(source, true) && ctx_.A(target).base == ctx_.A(source).base) {
    const CameoCode* c = Code(p.code);
    if (c && c->quad_class == 4) target = OtherSide(ctx_.A(target).first, ctx_.A(source).base);
  }
  std::vector<int> rest_of_group;
  if (source_missing && target < 0 && ctx_.WithGroup(source).size() > 1) {
    rest_of_group = ctx_.WithGroup(source);
    rest_of_group.erase(std::find(rest_of_group.begin(), rest_of_group.end(), source));
  }
  if (target < 0 && rest_of_group.empty() && !ctx_.lexicon().conventions.default_target.empty() && !v.pattern->untargeted)
    target = ctx_.AddUnnamed(ctx_.lexicon().conventions.default_target, v.head);
  // "Yoon declared martial law": administrative sanctions imposed or eased with no one named
  // fall on the government's own country.
  if (target < 0 && rest_of_group.empty() && IsDomesticRule(p.code) && ctx_.Resolve(source, true) &&
      ctx_.lexicon().actors.IsCountry(ctx_.A(source).base))
    target = ctx_.AddUnnamed(ctx_.A(source).base, v.head);
  p.sources = source_missing ? std::vector<int>{source} : ctx_.WithGroup(source);
  // "Moscow and Washington agreed to ...": a cooperative act of a group is mutual unless its
  // pattern names a target.
  const CodingConventions& conventions = ctx_.lexicon().conventions;
  const bool mutual = v.pattern->mutual || (conventions.cameo_mutual_acts && IsMutual(p.code));
  if (p.sources.size() > 1 && v.target_slot < 0 && !passive && mutual) target = -1;
  if (target >= 0) p.targets = ctx_.WithGroup(target);
  else if (!rest_of_group.empty()) p.targets = rest_of_group;
  // (Not "met the returning Russians": a crowd does not meet back.)
  p.mirrored = conventions.cameo_mutual_acts && IsJoint(p.code) && !passive && target >= 0 && !ctx_.A(target).plural;
  if (p.targets.empty() && p.target_place < 0) {
    // "Tshisekedi and Kagame had both agreed to attend": each on his own, not with each other.
    bool each = std::any_of(t_.begin() + ctx_.A(p.sources.back()).last, t_.begin() + head,
                            [](const Token& t) { return t.norm == "both" || t.norm == "each"; });
    if (p.sources.size() > 1 && (mutual || conventions.groups_act_on_each_other) && !each) p.reciprocal = true;
    else if (!v.pattern->untargeted) p.untargeted = true;
  }
  out.push_back(std::move(p));
}

// The target of an active verb without a `+` slot: the first actor after it; for verbal acts
// aimed at a deed ("criticized the support provided to Ukraine by the West") the deed's doer;
// for force used on territory ("control most of Donetsk"), a visit or a withdrawal, the place's country.
int PredicationParser::TargetAfter(const PatternHit& v, Predication& p) {
  // Not past the end of the claim the verb stands in ("Police detained dozens, the interior
  // ministry said").
  size_t limit = ctx_.NextBoundary(v.end + 1);
  if (int f = ctx_.InnermostFrame(v.head); f >= 0)
    limit = std::min<size_t>(limit, ctx_.frames()[static_cast<size_t>(f)].last + 1);
  const CameoCode* c = Code(p.code);
  int k = -1;
  if (ctx_.lexicon().conventions.next_actor_targets) {
    // "conducting military exercises in Alaska": words the pattern spells out ("* MILITARY
    // EXERCISES") are not actors, though "military" alone would be one.
    k = NextActorInClause(v.head + 1);
    while (k >= 0 && IsPatternWords(v, ctx_.A(k))) k = NextActorInClause(ctx_.A(k).last + 1);
  } else {
    // "demanded that China stop ...": a pattern ending in "that" aims at the clause's subject.
    const bool ends_in_that = !v.pattern->rest.empty() && v.pattern->rest.back().word == "that";
    k = ctx_.ObjectAfter(ends_in_that ? v.end + 1 : v.head + 1, limit, v.end);
    bool verbal = c && (c->quad_class == 1 || c->quad_class == 3);
    if (verbal) {
      for (const PatternHit& n : ann_.nouns) {
        if (n.head <= v.end || n.head >= limit) continue;
        if (k >= 0 && static_cast<size_t>(ctx_.A(k).first) < n.head) break;
        int doer = NounSource(n);
        if (doer >= 0) return doer;
      }
      // "condemned the launch": an act the story told before, aimed at whoever did it.
      const size_t until = k >= 0 ? ctx_.A(k).first : limit;
      for (size_t i = v.end + 1; i < until; ++i)
        if (int doer = ctx_.EventDoerAt(i); doer >= 0) return doer;
    }
  }
  if (k >= 0) return k;
  bool territorial = c && ActsOnTerritory(*c);
  if (territorial) {
    for (size_t i = 0; i < ann_.places.size(); ++i)
      if (ann_.places[i].first > v.head && ann_.places[i].first < limit) {
        p.target_place = static_cast<int>(i);
        break;
      }
  }
  return -1;
}

// Whether every word of `a` is one the pattern `v` spells out after its head, within its match.
bool PredicationParser::IsPatternWords(const PatternHit& v, const ActorPhrase& a) const {
  if (a.first <= v.head || a.last > v.end) return false;
  for (uint32_t i = a.first; i <= a.last; ++i)
    if (!SpellsOut(*v.pattern, t_[i].norm)) return false;
  return true;
}

// A source for a clause with none before its verb, as the conventions say: the default code
// (TABARI's DEFAULT ... PRIOR), else the first actor after the verb (then the target is the
// next), else the default code.
int PredicationParser::MissingSource(const PatternHit& v, int& target) {
  const CodingConventions& c = ctx_.lexicon().conventions;
  if (!c.default_source.empty() && c.default_source_prior) return ctx_.AddUnnamed(c.default_source, v.head);
  if (c.source_after_verb) {
    int source = NextActorInClause(v.head + 1);
    if (source >= 0) {
      if (target == source) target = ctx_.WithGroup(source).size() > 1 ? -1 : NextActorInClause(ctx_.A(source).last + 1);
      return source;
    }
  }
  return c.default_source.empty() ? -1 : ctx_.AddUnnamed(c.default_source, v.head);
}

// The first actor from token `i` to the end of its conjunction-delimited clause; possessive
// pronouns ("its dealings") are no actors here.
bool PredicationParser::EndsConjoinedClause(size_t i) const {
  return Is(t_[i], {";", "but"}) || (t_[i].norm == "and" && (i == 0 || ctx_.ActorAt(i - 1) < 0));
}

int PredicationParser::FirstActorInClause(size_t head) {
  size_t start = head;
  while (start > 0 && !EndsConjoinedClause(start - 1)) --start;
  int k = NextActorInClause(start);
  return k >= 0 && ctx_.A(k).first < head ? k : -1;
}

int PredicationParser::NextActorInClause(size_t i) {
  for (; i < t_.size(); ++i) {
    if (EndsConjoinedClause(i)) return -1;
    int k = ctx_.ActorAt(i);
    if (k < 0) continue;
    const ActorPhrase& a = ctx_.A(k);
    if (a.kind == ActorPhrase::Kind::kPronoun && a.possessive) continue;
    // A name the dictionary codes as nothing ("BOROMIR [---]") is passed over.
    if (ctx_.Resolve(k, false) && !(a.base == kNullCode && a.sector.empty())) return k;
    i = a.last;
  }
  return -1;
}

// The doer of a nominal event: `$`, or the possessor or adjective right before it ("Kyiv's
// military incursion", "Ukrainian attacks").
int PredicationParser::NounSource(const PatternHit& n) {
  if (n.source_slot >= 0) {
    int k = ctx_.ActorAt(static_cast<size_t>(n.source_slot));
    return k >= 0 && ctx_.Resolve(k, false) ? k : -1;
  }
  for (size_t i = n.head, gap = 0; i-- > 0 && gap < 3; ++gap) {
    int k = ctx_.ActorAt(i);
    if (k >= 0) {
      const ActorPhrase& a = ctx_.A(k);
      if ((a.possessive || a.adjective_only || a.kind == ActorPhrase::Kind::kPronoun) && ctx_.Resolve(k, false))
        return k;
      break;
    }
    if (t_[i].punct || IsPreposition(t_[i]) || Is(t_[i], {"the", "a", "an"})) break;
  }
  return -1;
}

void PredicationParser::Noun(const PatternHit& n, std::vector<Predication>& out) {
  Predication p = Start(n);
  p.modality = NounModality(ctx_, n.head, ctx_.ClauseStart(n.head));
  int source = NounSource(n);
  int target = n.target_slot >= 0 ? ctx_.ActorAt(static_cast<size_t>(n.target_slot)) : -1;
  if (target >= 0 && !ctx_.Resolve(target, false)) target = -1;
  if (source < 0 && target >= 0 && ctx_.WithGroup(target).size() > 1) {
    p.sources = ctx_.WithGroup(target);  // "talks between A and B"
    p.reciprocal = true;
    out.push_back(std::move(p));
    return;
  }
  if (source < 0) return;
  p.sources = ctx_.WithGroup(source);
  if (target >= 0) p.targets = ctx_.WithGroup(target);
  if (p.targets.empty()) {
    const CameoCode* c = Code(p.code);
    if (c && c->quad_class == 4) {  // force with no named target: territory, else the other side
      for (size_t i = 0; i < ann_.places.size() && p.target_place < 0; ++i)
        if (ann_.places[i].first > n.head) p.target_place = static_cast<int>(i);
      if (p.target_place < 0) {
        int other = OtherSide(n.head, ctx_.A(source).base);
        if (other >= 0) p.targets = {other};
      }
    }
    if (p.targets.empty() && p.target_place < 0 && !n.pattern->untargeted) return;
  }
  out.push_back(std::move(p));
}

// The nearest actor before `head` from another country: the other side of a conflict.
int PredicationParser::OtherSide(size_t head, const std::string& base) {
  for (size_t i = head; i-- > 0;) {
    int k = ctx_.ActorAt(i);
    if (k < 0 || !ctx_.Resolve(k, false)) continue;
    if (ctx_.A(k).base != base) return k;
    i = ctx_.A(k).first;
  }
  return -1;
}

// The clause region whose dates and places belong to the predication: a speech act's own
// clause; a reported event's frame, without narrower frames inside it.
void SetScope(const ClauseContext& ctx, Predication& p) {
  const auto& frames = ctx.frames();
  if (p.speech_act) {
    p.scope_first = 0;
    p.scope_last = p.verb_last;
    for (const Frame& f : frames)
      if (f.cue && f.cue->head == p.verb_first && f.first > p.verb_last) p.scope_last = f.first - 1;
    return;
  }
  p.scope_first = 0;
  p.scope_last = static_cast<uint32_t>(ctx.tokens().size() - 1);
  if (p.frame >= 0) {
    const Frame& f = frames[static_cast<size_t>(p.frame)];
    p.scope_first = f.first;
    p.scope_last = f.last;
  }
  for (const Frame& f : frames)
    if (f.first > p.verb_last && f.first <= p.scope_last && f.first > p.scope_first) p.scope_last = f.first - 1;
}

// "Putin congratulated Maduro ..., as did the leaders of China and Cuba": the same act by others.
void AddElidedRepeats(ClauseContext& ctx, std::vector<Predication>& out) {
  const auto& t = ctx.tokens();
  for (size_t i = 1; i + 2 < t.size(); ++i) {
    if (!(t[i - 1].norm == "," && t[i].norm == "as" && Is(t[i + 1], {"did", "do", "does", "has", "have", "had"})))
      continue;
    int k = ctx.ObjectAfter(i + 2, std::min(t.size(), i + 8));
    if (k < 0) continue;
    const Predication* last = nullptr;
    for (const Predication& p : out)
      if (p.verb_last < i && !p.speech_act && !p.untargeted) last = &p;
    if (!last) continue;
    Predication copy = *last;
    copy.sources = ctx.WithGroup(k);
    copy.reciprocal = false;
    out.push_back(std::move(copy));
  }
}

// The subject of the outermost clause, for the discourse: its speaker, else the source of
// its first event.
int MainSubject(const ClauseContext& ctx, const std::vector<Predication>& predications) {
  for (const Frame& f : ctx.frames())
    if (f.speaker >= 0 && ctx.InnermostFrame(f.cue->head) < 0) return f.speaker;
  for (const Predication& p : predications)
    if (p.frame < 0 && !p.sources.empty()) return p.sources.front();
  return -1;
}

}  // namespace

ParsedSentence ParseClauses(const Sentence& sentence, const Lexicon& lexicon, SentenceAnnotations& ann,
                            const Discourse& discourse) {
  ClauseContext ctx(sentence, lexicon, ann, discourse);
  FindFrames(ctx);
  ParsedSentence out;
  PredicationParser parser(ctx);
  for (const PatternHit& v : ann.verbs) parser.Verb(v, out.predications);
  for (const PatternHit& n : ann.nouns) parser.Noun(n, out.predications);
  ComposeComplements(ctx, out.predications);
  AddElidedRepeats(ctx, out.predications);
  AddAccusations(ctx, out.predications);
  AddJudgements(ctx, out.predications);
  AddThreats(ctx, out.predications);
  for (Predication& p : out.predications) {
    p.frame = p.speech_act ? ctx.OuterFrame(p.verb_first) : ctx.InnermostFrame(p.verb_first);
    SetScope(ctx, p);
  }
  out.main_subject = MainSubject(ctx, out.predications);
  out.frames = ctx.frames();
  return out;
}

}  // namespace attache
