#include "parse/clause_parser.h"

#include <algorithm>

namespace attache {
namespace {

bool Is(const Token& t, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (t.norm == w) return true;
  return false;
}

bool IsPreposition(const Token& t) {
  return Is(t, {"of", "to", "in", "with", "for", "against", "by", "from", "on", "at", "about", "into",
                "toward", "towards", "between", "under", "over", "including", "like", "than", "as",
                "among", "near", "across", "without", "through", "after", "before", "during", "behind"});
}

// Words that start a new clause: a subject is not looked for across them.
bool IsClauseBoundary(const Token& t) {
  return Is(t, {"that", "which", "who", "whom", "while", "whereas", "but", "if", "unless",
                "although", "though", "because", "since", ";", ":", "when", "where", "after", "before"});
}

bool IsSubordinator(const Token& t) {
  return Is(t, {"while", "although", "though", "whereas", "as", "if", "unless", "because", "when", "after", "before", "since"});
}

bool IsBeForm(const Token& t) {
  return Is(t, {"is", "are", "was", "were", "been", "being", "be", "get", "got", "gets", "'s"});
}

bool IsQuote(const Token& t) { return t.punct && t.norm == "\""; }

class Parser {
 public:
  Parser(const Sentence& s, const Lexicon& lex, SentenceAnnotations& ann, const Discourse& d)
      : t_(s.tokens), lex_(lex), ann_(ann), discourse_(d) {}

  ParsedSentence Run() {
    conditional_ = !t_.empty() && lex_.words.ModalityOf(t_[0].norm) == WordClass::kConditional;
    has_condition_ = std::any_of(t_.begin(), t_.end(), [&](const Token& t) {
      return lex_.words.ModalityOf(t.norm) == WordClass::kConditional;
    });
    // "While he acknowledged that ..., Khorev accused ...": the comma closing a fronted
    // subordinate clause starts the main clause.
    if (!t_.empty() && IsSubordinator(t_[0]))
      for (size_t i = 1; i < t_.size(); ++i)
        if (t_[i].norm == ",") { subordinate_comma_ = i; break; }
    FindFrames();
    for (const PatternHit& v : ann_.verbs) ParseVerb(v);
    for (const PatternHit& n : ann_.nouns) ParseNoun(n);
    AddAccusations();
    for (Predication& p : out_.predications) {
      p.frame = p.speech_act ? OuterFrame(p.verb_first) : InnermostFrame(p.verb_first);
      SetScope(p);
    }
    out_.main_subject = MainSubject();
    return std::move(out_);
  }

 private:
  // ---- actors --------------------------------------------------------------------------
  int ActorAt(size_t i) const { return i < ann_.actor_at.size() ? ann_.actor_at[i] : -1; }
  const ActorPhrase& A(int k) const { return ann_.actors[static_cast<size_t>(k)]; }

  // Resolves a pronoun or role noun; false when it cannot be.
  bool Resolve(int k, bool as_subject) {
    ActorPhrase& a = ann_.actors[static_cast<size_t>(k)];
    if (a.kind == ActorPhrase::Kind::kName) return !a.base.empty();
    if (!a.base.empty()) return true;
    // "Lopez Obrador said he would ...": a subject "he" in reported speech is the speaker.
    if (as_subject && a.kind == ActorPhrase::Kind::kPronoun && a.singular_person) {
      int f = InnermostFrame(a.first);
      if (f >= 0) {
        int speaker = out_.frames[static_cast<size_t>(f)].speaker;
        if (speaker >= 0 && speaker != k && A(speaker).singular_person && Resolve(speaker, true)) {
          const ActorPhrase& sp = A(speaker);
          a.base = sp.base;
          a.sector = sp.sector;
          a.person = sp.person;
          a.entity = sp.entity;
          return true;
        }
      }
    }
    return discourse_.Resolve(ann_.actors, static_cast<size_t>(k), as_subject) && !a.base.empty();
  }

  // The phrase and the rest of its group ("China, Brazil and several African nations").
  std::vector<int> WithGroup(int k) const {
    std::vector<int> out{k};
    int g = A(k).group;
    if (g < 0) return out;
    out.clear();
    for (size_t j = 0; j < ann_.actors.size(); ++j)
      if (ann_.actors[j].group == g) out.push_back(static_cast<int>(j));
    return out;
  }

  size_t GroupEnd(int k) const {
    size_t end = A(k).last;
    for (int j : WithGroup(k)) end = std::max<size_t>(end, A(j).last);
    return end;
  }

  bool PrecededByPreposition(const ActorPhrase& a) const {
    size_t i = a.first;
    while (i > 0 && Is(t_[i - 1], {"the", "a", "an", "both", "all", "several", "some", "other", "many"})) --i;
    return i > 0 && IsPreposition(t_[i - 1]);
  }

  // Where an actor follows a verb directly, it is that verb's object, not a later subject.
  // (A group counts by its first member: "ordered diplomats from Argentina, ... and Uruguay to
  // leave and withdrew ...".)
  bool IsObjectOfVerb(const ActorPhrase& phrase) const {
    const ActorPhrase& a = phrase.group >= 0 ? A(WithGroup(ActorAt(phrase.first)).front()) : phrase;
    size_t i = a.first;
    while (i > 0 && Is(t_[i - 1], {"the", "a", "an"})) --i;
    if (i == 0) return false;
    for (const PatternHit& v : ann_.verbs)
      if (v.head < a.first && (v.end + 1 >= i || static_cast<size_t>(v.target_slot) == a.first)) return true;
    return false;
  }

  // The subject of a verb at `head`: the nearest actor to its left in the same clause that is
  // not the object of a preposition, a possessive or a verb's object. A group counts whole.
  int Subject(size_t head, size_t clause_start) {
    // "Biden and Putin, who last spoke by telephone": the relative pronoun's antecedent.
    if (clause_start >= 2 && Is(t_[clause_start - 1], {"who", "which"}) && t_[clause_start - 2].norm == ",") {
      int k = ActorAt(clause_start - 3);
      if (k >= 0 && Resolve(WithGroup(k).front(), false)) return WithGroup(k).front();
    }
    for (size_t i = head; i-- > clause_start;) {
      if (IsBoundary(i) && i + 1 < head) {
        // "He said that X ..." — the clause opened here; keep looking only if nothing follows.
        break;
      }
      int k = ActorAt(i);
      if (k < 0) continue;
      const ActorPhrase& a = A(k);
      i = a.first;  // skip the rest of the phrase
      if (a.possessive || PrecededByPreposition(a) || IsObjectOfVerb(a)) continue;
      // The group's first member stands for the group.
      int first = WithGroup(k).front();
      if (!Resolve(first, true)) return -1;
      return first;
    }
    return -1;
  }

  // The first actor after `from` in the clause (not across a new verb, cue or clause word).
  int ObjectAfter(size_t from, size_t limit) {
    for (size_t i = from; i < limit && i < t_.size(); ++i) {
      if (IsBoundary(i) || t_[i].norm == ";") return -1;
      if (IsVerbHead(i) || IsCueHead(i)) return -1;
      int k = ActorAt(i);
      if (k < 0) continue;
      if (A(k).possessive && A(k).kind == ActorPhrase::Kind::kName) return Resolve(k, false) ? k : -1;
      if (A(k).kind == ActorPhrase::Kind::kPronoun && t_[i].norm == "it") continue;  // mostly a thing
      if (!Resolve(k, false)) { i = A(k).last; continue; }
      return k;
    }
    return -1;
  }

  bool IsVerbHead(size_t i) const {
    return std::any_of(ann_.verbs.begin(), ann_.verbs.end(), [&](const PatternHit& v) { return v.head == i; });
  }
  bool IsCueHead(size_t i) const {
    return std::any_of(ann_.cues.begin(), ann_.cues.end(), [&](const CueHit& c) { return c.head == i; });
  }

  // ---- frames ------------------------------------------------------------------------
  void FindFrames() {
    const size_t n = t_.size();
    size_t end = n;
    while (end > 0 && t_[end - 1].punct) --end;  // drop the final full stop and quotes
    for (const CueHit& c : ann_.cues) {
      Frame f;
      f.cue = &c;
      if (c.cue->kind == CueKind::kAccording) {
        int k = ObjectAfter(c.end + 1, n);
        if (k < 0) continue;
        f.speaker = k;
        size_t after = GroupEnd(k) + 1;
        if (after < n && t_[after].norm == ",") ++after;
        if (after >= end) {  // "..., according to X."
          f.first = 0;
          f.last = c.head > 0 ? c.head - 1 : 0;
        } else {
          f.first = static_cast<uint32_t>(after);
          f.last = static_cast<uint32_t>(end - 1);
        }
      } else if (IsTrailing(c, end, f)) {
        // ", he said." / ", said Khorev."
      } else {
        bool participle = c.form == VerbForm::kGerund && c.head > 0 && t_[c.head - 1].norm == ",";
        f.speaker = participle ? -2 : Subject(c.head, ClauseStart(c.head));
        size_t first = c.end + 1;
        if (first < n && Is(t_[first], {"that", ":", ","})) ++first;
        if (first < n && IsQuote(t_[first])) { f.quote = true; ++first; }
        if (first >= end) continue;
        f.first = static_cast<uint32_t>(first);
        f.last = static_cast<uint32_t>(SubordinateEnd(c.head, end) - 1);
      }
      out_.frames.push_back(f);
    }
    // A participle ("..., saying ...") speaks for the subject of the clause before it.
    for (Frame& f : out_.frames)
      if (f.speaker == -2) f.speaker = SubjectBefore(f.cue->head);
  }

  bool IsTrailing(const CueHit& c, size_t end, Frame& f) {
    // Comma (or closing quote), then speaker and cue, or cue and speaker, then the end.
    size_t after = c.end + 1;
    int speaker = -1;
    size_t comma = c.head;
    while (comma > 0 && c.head - comma < 6 && t_[comma - 1].norm != "," && !IsQuote(t_[comma - 1])) --comma;
    if (comma == 0 || c.head - comma >= 6) return false;
    for (size_t i = comma; i < c.head; ++i)
      if (ActorAt(i) >= 0) { speaker = ActorAt(i); break; }
    if (speaker < 0) {  // ", said Khorev."
      int k = after < end ? ActorAt(after) : -1;
      if (k < 0) return false;
      speaker = k;
      after = A(k).last + 1;
    }
    while (after < end && Is(t_[after], {"on", "monday", "tuesday", "wednesday", "thursday", "friday",
                                         "saturday", "sunday", "today", "yesterday", "later", "also"}))
      ++after;
    // ", the interior ministry said, adding that ...": a participle may carry on after it.
    bool continues = after + 1 < end && t_[after].norm == "," && IsCueHead(after + 1);
    if (after < end && !continues) return false;
    if (!Resolve(speaker, true)) return false;
    f.speaker = speaker;
    f.first = 0;
    size_t last = comma - 1;  // the comma (or quote) itself
    while (last > 0 && t_[last - 1].punct) --last;
    f.quote = comma >= 1 && (IsQuote(t_[comma - 1]) || (comma >= 2 && IsQuote(t_[comma - 2])));
    if (last == 0) return false;
    f.last = static_cast<uint32_t>(last - 1);
    return true;
  }

  // A cue inside a fronted subordinate clause ("While he acknowledged that X, Khorev accused
  // Y") speaks only up to the comma that closes that clause.
  size_t SubordinateEnd(size_t cue_head, size_t end) const {
    size_t start = ClauseStart(cue_head);
    if (start == 0 || !IsSubordinator(t_[start - 1])) return end;
    for (size_t i = cue_head + 1; i < end; ++i)
      if (t_[i].norm == ",") return i;
    return end;
  }

  // The start of the clause holding token i: after the last boundary word or frame start.
  size_t ClauseStart(size_t i) const {
    size_t start = 0;
    for (const Frame& f : out_.frames)
      if (f.first <= i && i <= f.last) start = std::max<size_t>(start, f.first);
    for (size_t k = i; k-- > start;)
      if (IsBoundary(k)) return k + 1;
    return start;
  }

  // The subject of the main clause before `head`: of the first verb or cue, else the first
  // actor that is not the object of a preposition ("Blinken opened ... by thanking ...").
  int SubjectBefore(size_t head) {
    for (const PatternHit& v : ann_.verbs)
      if (v.head < head) return Subject(v.head, ClauseStart(v.head));
    for (const CueHit& c : ann_.cues)
      if (c.head < head && c.cue->kind != CueKind::kAccording) return Subject(c.head, ClauseStart(c.head));
    for (size_t k = 0; k < ann_.actors.size() && ann_.actors[k].first < head; ++k) {
      const ActorPhrase& a = ann_.actors[k];
      if (a.possessive || PrecededByPreposition(a)) continue;
      int first = WithGroup(static_cast<int>(k)).front();
      return Resolve(first, true) ? first : -1;
    }
    return -1;
  }

  int InnermostFrame(size_t i) const {
    int best = -1;
    for (size_t k = 0; k < out_.frames.size(); ++k) {
      const Frame& f = out_.frames[k];
      if (f.first <= i && i <= f.last &&
          (best < 0 || f.last - f.first < out_.frames[static_cast<size_t>(best)].last - out_.frames[static_cast<size_t>(best)].first))
        best = static_cast<int>(k);
    }
    return best;
  }

  // The frame the speaker of a speech act stands in (his own act is reported by whoever
  // reports him, if anyone).
  int OuterFrame(size_t i) const {
    int best = -1;
    for (size_t k = 0; k < out_.frames.size(); ++k) {
      const Frame& f = out_.frames[k];
      if (f.first <= i && i <= f.last) best = static_cast<int>(k);
    }
    return best;
  }

  // ---- modality ----------------------------------------------------------------------
  Modality ModalityBefore(size_t head, size_t clause_start) const {
    if (conditional_) return Modality::kHypothetical;
    Modality m = Modality::kFactual;
    if (head > 0 && t_[head - 1].norm == "to") {
      // "is due to visit", "plans to", "is to free": planned; "trying to derail": not asserted.
      bool planned = head > 1 && (lex_.words.ModalityOf(t_[head - 2].norm) == WordClass::kFuture ||
                                  Is(t_[head - 2], {"is", "are", "was", "were"}));
      return planned ? Modality::kFuture : Modality::kHypothetical;
    }
    bool reported = InnermostFrame(head) >= 0;
    for (size_t i = head, n = 0; i-- > clause_start && n < 5; ++n) {
      if (t_[i].punct || ActorAt(i) >= 0) break;
      switch (lex_.words.ModalityOf(t_[i].norm)) {
        case WordClass::kNegation: return Modality::kNegated;
        case WordClass::kHypothetical:
          // "told reporters that Washington would set out ...": future seen from the past.
          m = reported && !has_condition_ && t_[i].norm == "would" ? Modality::kFuture : Modality::kHypothetical;
          break;
        case WordClass::kFuture: if (m == Modality::kFactual) m = Modality::kFuture; break;
        default: break;
      }
    }
    return m;
  }

  Modality NounModality(size_t head, size_t clause_start) const {
    if (conditional_) return Modality::kHypothetical;
    for (size_t i = head; i-- > clause_start;) {
      WordClass c = lex_.words.ModalityOf(t_[i].norm);
      if (c == WordClass::kNegation || t_[i].norm == "no") return Modality::kNegated;
    }
    return Modality::kFactual;
  }

  // Acts a group can do with one another: agreeing, consulting, cooperating. Not visits or
  // hosting (someone goes to someone), mediation (between others) or releases.
  static bool IsMutual(const std::string& code) {
    std::string root = code.substr(0, 2);
    if (root != "03" && root != "04" && root != "05" && root != "06") return false;
    return code.rfind("042", 0) != 0 && code.rfind("043", 0) != 0 && code.rfind("045", 0) != 0;
  }

  // ---- verbs -------------------------------------------------------------------------
  const CameoCode* Code(const std::string& code) const { return lex_.cameo.Find(code); }

  void ParseVerb(const PatternHit& v) {
    const size_t head = v.head;
    // "of committing", "while ignoring": a gerund complement, not an event of its own; but "by
    // thanking Switzerland" is the subject's own act.
    bool by_gerund = v.form == VerbForm::kGerund && head > 0 && t_[head - 1].norm == "by";
    if (v.form == VerbForm::kGerund && head > 0 && !by_gerund &&
        (IsPreposition(t_[head - 1]) || Is(t_[head - 1], {"while", "when", ","})))
      return;
    Predication p;
    p.code = v.pattern->code;
    p.rule = v.pattern->rule;
    p.verb_first = v.head;
    p.verb_last = v.end;
    const size_t clause = ClauseStart(head);
    p.modality = ModalityBefore(head, clause);

    bool participle = v.form == VerbForm::kPastParticiple || v.form == VerbForm::kPastOrParticiple;
    bool passive = false;
    if (participle) {
      for (size_t i = head, n = 0; i-- > clause && n < 3; ++n)
        if (IsBeForm(t_[i])) { passive = true; break; }
    }
    int by_agent = -1;
    if (participle) {
      for (size_t i = v.end + 1; i < t_.size() && i <= v.end + 8; ++i) {
        if (IsBoundary(i)) break;
        if (t_[i].norm == "by" && i + 1 < t_.size()) {
          by_agent = ObjectAfter(i + 1, std::min(t_.size(), i + 4));
          break;
        }
      }
      if (by_agent >= 0) passive = true;
    }

    // "a German citizen sentenced to death in Minsk": a participle with no auxiliary whose
    // object slot is not filled right after it describes the noun before it; who did it is
    // not said.
    bool transitive = !v.pattern->rest.empty() && v.pattern->rest.front().kind == PatternElement::Kind::kTarget;
    if (participle && !passive && transitive && head > 0 && head + 1 < t_.size() &&
        IsPreposition(t_[head + 1]) && !Is(t_[head - 1], {"had", "has", "have"})) {
      // ... unless a subject stands right before it ("Russia demanded in two treaties ...").
      int before = ActorAt(head - 1);
      bool indefinite = before >= 0 && A(before).first > 0 && Is(t_[A(before).first - 1], {"a", "an"});
      if (before < 0 || indefinite) return;
    }
    int source = -1, target = -1;
    if (passive) {
      source = by_agent;
      target = v.target_slot >= 0 ? ActorAt(static_cast<size_t>(v.target_slot)) : Subject(head, clause);
    } else if (by_gerund) {
      source = SubjectBefore(head);
      target = v.target_slot >= 0 ? ActorAt(static_cast<size_t>(v.target_slot)) : TargetAfter(v, p);
    } else {
      source = v.source_slot >= 0 ? ActorAt(static_cast<size_t>(v.source_slot)) : Subject(head, clause);
      if (v.target_slot >= 0) target = ActorAt(static_cast<size_t>(v.target_slot));
      else if (v.target_place >= 0) p.target_place = v.target_place;
      else if (!v.pattern->untargeted) target = TargetAfter(v, p);
      if (v.source_slot >= 0 && target < 0) target = Subject(head, clause);
    }
    if (source < 0) return;
    if (target >= 0 && !Resolve(target, false)) target = -1;
    p.sources = WithGroup(source);
    // "Moscow and Washington agreed to ...": a cooperative act of a group is mutual unless its
    // pattern names a target.
    if (p.sources.size() > 1 && v.target_slot < 0 && !passive && IsMutual(p.code)) target = -1;
    if (target >= 0) p.targets = WithGroup(target);
    if (p.targets.empty() && p.target_place < 0) {
      if (p.sources.size() > 1 && IsMutual(p.code)) p.reciprocal = true;
      else if (!v.pattern->untargeted) return;
    }
    out_.predications.push_back(std::move(p));
  }

  // The target of an active verb without a `+` slot: the first actor after it; for verbal acts
  // aimed at a deed ("criticized the support provided to Ukraine by the West") the deed's doer;
  // for force used on territory ("control most of Donetsk") the territory's country.
  int TargetAfter(const PatternHit& v, Predication& p) {
    const size_t limit = NextBoundary(v.end + 1);
    int k = ObjectAfter(v.head + 1, limit);
    const CameoCode* c = Code(p.code);
    bool verbal = c && (c->quad_class == 1 || c->quad_class == 3);
    if (verbal) {
      for (const PatternHit& n : ann_.nouns) {
        if (n.head <= v.end || n.head >= limit) continue;
        if (k >= 0 && static_cast<size_t>(A(k).first) < n.head) break;
        int doer = NounSource(n);
        if (doer >= 0) return doer;
      }
    }
    if (k >= 0) return k;
    // Force used on territory, or a visit to a place, is aimed at the place's country.
    bool territorial = c && (c->quad_class == 4 || p.code.rfind("042", 0) == 0);
    if (territorial) {
      for (size_t i = 0; i < ann_.places.size(); ++i)
        if (ann_.places[i].first > v.head && ann_.places[i].first < limit) {
          p.target_place = static_cast<int>(i);
          break;
        }
    }
    return -1;
  }

  size_t NextBoundary(size_t from) const {
    for (size_t i = from; i < t_.size(); ++i)
      if (IsBoundary(i) || IsVerbHead(i) || IsCueHead(i)) return i;
    return t_.size();
  }

  // ---- nominal events ----------------------------------------------------------------
  // The doer of a nominal event: `$`, the possessor or adjective right before it ("Kyiv's
  // military incursion", "Ukrainian attacks"), or "by X" after it.
  int NounSource(const PatternHit& n) {
    if (n.source_slot >= 0) {
      int k = ActorAt(static_cast<size_t>(n.source_slot));
      return k >= 0 && Resolve(k, false) ? k : -1;
    }
    for (size_t i = n.head, gap = 0; i-- > 0 && gap < 3; ++gap) {
      int k = ActorAt(i);
      if (k >= 0) {
        const ActorPhrase& a = A(k);
        if ((a.possessive || a.adjective_only || a.kind == ActorPhrase::Kind::kPronoun) && Resolve(k, false)) return k;
        break;
      }
      if (t_[i].punct || IsPreposition(t_[i]) || Is(t_[i], {"the", "a", "an"})) break;
    }
    return -1;
  }

  void ParseNoun(const PatternHit& n) {
    Predication p;
    p.code = n.pattern->code;
    p.rule = n.pattern->rule;
    p.verb_first = n.head;
    p.verb_last = n.end;
    p.modality = NounModality(n.head, ClauseStart(n.head));
    int source = NounSource(n);
    int target = n.target_slot >= 0 ? ActorAt(static_cast<size_t>(n.target_slot)) : -1;
    if (target >= 0 && !Resolve(target, false)) target = -1;
    if (source < 0 && target >= 0 && WithGroup(target).size() > 1) {
      p.sources = WithGroup(target);  // "talks between A and B"
      p.reciprocal = true;
    } else {
      if (source < 0) return;
      p.sources = WithGroup(source);
      if (target >= 0) p.targets = WithGroup(target);
      if (p.targets.empty()) {
        const CameoCode* c = Code(p.code);
        if (c && c->quad_class == 4) {  // force with no named target: territory, else the other side
          for (size_t i = 0; i < ann_.places.size() && p.target_place < 0; ++i)
            if (ann_.places[i].first > n.head) p.target_place = static_cast<int>(i);
          if (p.target_place < 0) {
            int other = OtherSide(n.head, A(source).base);
            if (other >= 0) p.targets = {other};
          }
        }
        if (p.targets.empty() && p.target_place < 0 && !n.pattern->untargeted) return;
      }
    }
    out_.predications.push_back(std::move(p));
  }

  // The nearest actor before `head` from another country: the other side of a conflict.
  int OtherSide(size_t head, const std::string& base) {
    for (size_t i = head; i-- > 0;) {
      int k = ActorAt(i);
      if (k < 0 || !Resolve(k, false)) continue;
      if (A(k).base != base) return k;
      i = A(k).first;
    }
    return -1;
  }

  // ---- accusations -------------------------------------------------------------------
  // A speaker who says a foreign actor did something hostile accuses that actor (CAMEO 112):
  // "The Ukrainian leadership targeted Russian-speaking communities, he said."
  void AddAccusations() {
    for (const Frame& f : out_.frames) {
      if (f.speaker < 0 || f.cue->cue->kind == CueKind::kAccording || f.cue->cue->kind == CueKind::kCite) continue;
      if (!Resolve(f.speaker, true)) continue;
      const std::string* hostile = nullptr;
      for (uint32_t i = f.first; i <= f.last && !hostile; ++i)
        if (!NegatedBefore(i)) hostile = lex_.words.Hostile(t_[i].norm);
      if (!hostile) continue;
      const std::string& speaker_base = A(f.speaker).base;
      int accused = -1;
      bool allege = f.cue->cue->kind == CueKind::kAllege;
      // "said" accuses the subject of what is said, which stands at its start.
      const uint32_t last = allege ? f.last : std::min<uint32_t>(f.last, f.first + 3);
      for (uint32_t i = f.first; i <= last; ++i) {
        int k = ActorAt(i);
        if (k < 0) continue;
        i = A(k).last;
        if (!Resolve(k, false)) { if (!allege) break; continue; }
        if (A(k).base != speaker_base) { accused = k; break; }
        if (!allege) break;  // "said" accuses only the subject of what is said
      }
      if (accused < 0) continue;
      Predication p;
      p.code = "112";
      p.rule = *hostile;
      p.verb_first = f.cue->head;
      p.verb_last = f.cue->end;
      p.sources = {f.speaker};
      p.targets = {accused};
      p.speech_act = true;
      p.modality = ModalityBefore(f.cue->head, ClauseStart(f.cue->head));
      out_.predications.push_back(std::move(p));
    }
  }

  // "had never threatened": a negation within the three words before.
  bool NegatedBefore(size_t i) const {
    for (size_t k = i, n = 0; k-- > 0 && n < 3; ++n)
      if (lex_.words.ModalityOf(t_[k].norm) == WordClass::kNegation) return true;
    return false;
  }

  // ---- scope -------------------------------------------------------------------------
  void SetScope(Predication& p) {
    if (p.speech_act) {
      p.scope_first = 0;
      p.scope_last = p.verb_last;
      for (const Frame& f : out_.frames)
        if (f.cue && f.cue->head == p.verb_first && f.first > p.verb_last) p.scope_last = f.first - 1;
      return;
    }
    p.scope_first = 0;
    p.scope_last = static_cast<uint32_t>(t_.size() - 1);
    if (p.frame >= 0) {
      const Frame& f = out_.frames[static_cast<size_t>(p.frame)];
      p.scope_first = f.first;
      p.scope_last = f.last;
    }
    // Narrower frames inside (what someone in this clause says) are not this clause's.
    for (const Frame& f : out_.frames)
      if (f.first > p.verb_last && f.first <= p.scope_last && f.first > p.scope_first) p.scope_last = f.first - 1;
  }

  int MainSubject() {
    for (const Frame& f : out_.frames)
      if (f.speaker >= 0 && InnermostFrame(f.cue->head) < 0) return f.speaker;
    for (const Predication& p : out_.predications)
      if (p.frame < 0 && !p.sources.empty()) return p.sources.front();
    return -1;
  }

  bool IsBoundary(size_t i) const { return i == subordinate_comma_ || IsClauseBoundary(t_[i]); }

  const std::vector<Token>& t_;
  const Lexicon& lex_;
  SentenceAnnotations& ann_;
  const Discourse& discourse_;
  ParsedSentence out_;
  bool conditional_ = false;    // the sentence opens with a condition ("If ...")
  bool has_condition_ = false;  // a condition anywhere in it
  size_t subordinate_comma_ = SIZE_MAX;
};

}  // namespace

ParsedSentence ParseClauses(const Sentence& sentence, const Lexicon& lexicon, SentenceAnnotations& ann,
                            const Discourse& discourse) {
  return Parser(sentence, lexicon, ann, discourse).Run();
}

}  // namespace attache
