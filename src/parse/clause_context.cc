#include "parse/clause_context.h"

#include <algorithm>
#include <cctype>

#include "document/word_classes.h"

namespace attache {
namespace {

// "thousands", "dozens", "hundreds", "10", "some", "most": how many of them.
bool IsQuantity(const Token& t) {
  if (!t.norm.empty() && std::isdigit(static_cast<unsigned char>(t.norm[0]))) return true;
  return Is(t, {"thousands", "hundreds", "dozens", "scores", "tens", "millions", "some", "many", "most", "all",
                "several", "both", "none", "each", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "dozen", "hundred", "thousand"});
}

}  // namespace

ClauseContext::ClauseContext(const Sentence& sentence, const Lexicon& lexicon, SentenceAnnotations& ann,
                             const Discourse& discourse)
    : t_(sentence.tokens), lex_(lexicon), ann_(ann), discourse_(discourse) {
  conditional_ = !t_.empty() && lex_.words.ModalityOf(KeyOf(t_[0])) == WordClass::kConditional;
  has_condition_ = std::any_of(t_.begin(), t_.end(), [&](const Token& t) {
    return lex_.words.ModalityOf(KeyOf(t)) == WordClass::kConditional;
  });
  verb_head_.assign(t_.size(), false);
  cue_head_.assign(t_.size(), false);
  for (const PatternHit& v : ann_.verbs) verb_head_[v.head] = true;
  for (const CueHit& c : ann_.cues) cue_head_[c.head] = true;
  boundary_.assign(t_.size(), false);
  // ", as gangs launched attacks": "as" after a comma opens a clause of its own.
  for (size_t i = 0; i < t_.size(); ++i)
    boundary_[i] = IsClauseBoundary(t_[i]) || (i > 0 && t_[i].norm == "as" && t_[i - 1].norm == ",");
  // "While he acknowledged that ..., Khorev accused ...": the comma closing a fronted
  // subordinate clause starts the main clause.
  if (!t_.empty() && IsSubordinator(t_[0]))
    for (size_t i = 1; i < t_.size(); ++i)
      if (t_[i].norm == ",") { boundary_[i] = true; break; }
  // A dropped clause bounds nothing: the words around it are one clause.
  for (size_t i = 0; i < ann_.dropped.size() && i < t_.size(); ++i)
    if (ann_.dropped[i]) boundary_[i] = false;
}

bool ClauseContext::Resolve(int k, bool as_subject) {
  ActorPhrase& a = ann_.actors[static_cast<size_t>(k)];
  if (a.kind == ActorPhrase::Kind::kName) return !a.base.empty();
  if (!a.base.empty()) return true;
  // "Lopez Obrador said he would ...": a subject "he" in reported speech is the speaker.
  if (as_subject && a.kind == ActorPhrase::Kind::kPronoun && a.singular_person) {
    int f = InnermostFrame(a.first);
    if (f >= 0) {
      int speaker = frames_[static_cast<size_t>(f)].speaker;
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
  // TABARI and PETRARCH dereference a pronoun to the nearest actor before it in the sentence.
  if (lex_.conventions.pronouns_take_nearest && a.kind == ActorPhrase::Kind::kPronoun) {
    for (int j = k - 1; j >= 0; --j) {
      const ActorPhrase& b = A(j);
      if (b.kind != ActorPhrase::Kind::kName || b.base.empty()) continue;
      a.base = b.base;
      a.sector = b.sector;
      a.person = b.person;
      a.entity = b.entity;
      return true;
    }
  }
  return discourse_.Resolve(ann_.actors, static_cast<size_t>(k), as_subject) && !a.base.empty();
}

std::vector<int> ClauseContext::WithGroup(int k) const {
  int g = A(k).group >= 0 ? A(k).group : A(k).antecedent_group;
  if (g < 0) return {k};
  std::vector<int> out;
  for (size_t j = 0; j < ann_.actors.size(); ++j)
    if (ann_.actors[j].group == g) out.push_back(static_cast<int>(j));
  return out;
}

size_t ClauseContext::GroupEnd(int k) const {
  size_t end = A(k).last;
  for (int j : WithGroup(k)) end = std::max<size_t>(end, A(j).last);
  return end;
}

bool ClauseContext::PrecededByPreposition(const ActorPhrase& a) const {
  size_t i = a.first;
  while (i > 0 && Is(t_[i - 1], {"the", "a", "an", "both", "all", "several", "some", "other", "many"})) --i;
  if (i == 0 || !IsPreposition(t_[i - 1])) return false;
  // "Thousands of protesters rallied": a quantity of them is still them. (Not "thousands of
  // junta supporters": there the name only qualifies the noun after it.)
  return !(a.plural && t_[i - 1].norm == "of" && i >= 2 && IsQuantity(t_[i - 2]));
}

// Where an actor follows a verb directly, it is that verb's object, not a later subject. (A
// group counts by its first member: "ordered diplomats from Argentina, ... and Uruguay to
// leave and withdrew ...".)
bool ClauseContext::IsObjectOfVerb(const ActorPhrase& phrase) const {
  const ActorPhrase& a = phrase.group >= 0 ? A(WithGroup(ActorAt(phrase.first)).front()) : phrase;
  size_t i = a.first;
  while (i > 0 && Is(t_[i - 1], {"the", "a", "an"})) --i;
  if (i == 0) return false;
  for (const PatternHit& v : ann_.verbs)
    if (v.head < a.first && (v.end + 1 >= i || static_cast<size_t>(v.target_slot) == a.first)) return true;
  return false;
}

// "who ...", "whose ...", "which ...", "citing ...", "many waving ...": a clause that describes
// the phrase before it.
bool ClauseContext::OpensAsideClause(size_t i) const {
  auto participle = [&](size_t k) { return k < t_.size() && t_[k].norm.size() > 4 && t_[k].norm.ends_with("ing"); };
  if (i >= t_.size()) return false;
  if (Is(t_[i], {"who", "whose", "which"}) || participle(i)) return true;
  return i + 1 < t_.size() && Is(t_[i], {"many", "some", "most", "all", "both"}) && participle(i + 1);
}

int ClauseContext::Subject(size_t head, size_t clause_start) {
  // "Ruto, whose predecessor sat on the panel, applauded Abiy", "Thousands of protesters,
  // many waving flags, rallied": the verb after a relative or participle clause set off by
  // commas belongs to the phrase before it.
  if (head >= 2 && t_[head - 1].norm == ",") {
    for (size_t j = head - 1; j-- > 0;) {
      if (t_[j].norm != ",") continue;
      if (OpensAsideClause(j + 1)) return Subject(j, ClauseStart(j));
      break;
    }
  }
  // "Pashinyan said ... and accused Azerbaijan", "attacked and killed": a verb joined on with
  // no subject of its own shares the first clause's.
  if (head >= 1 && t_[head - 1].norm == "and" && ActorAt(head - 2) < 0) return SubjectBefore(head);
  // "Biden and Putin, who last spoke by telephone": the relative pronoun's antecedent.
  if (clause_start >= 3 && Is(t_[clause_start - 1], {"who", "which"}) && t_[clause_start - 2].norm == ",") {
    int k = ActorAt(clause_start - 3);
    if (k >= 0 && Resolve(WithGroup(k).front(), false)) return WithGroup(k).front();
  }
  int possessor = -1;  // "Eriador's death toll has risen": the nearest possessor
  for (size_t i = head; i-- > clause_start;) {
    if (IsBoundary(i) && i + 1 < head) break;  // the clause opened here
    int k = ActorAt(i);
    if (k < 0) continue;
    const ActorPhrase& a = A(k);
    i = a.first;  // skip the rest of the phrase
    if (a.possessive && possessor < 0 && a.kind == ActorPhrase::Kind::kName) possessor = k;
    if (a.possessive || a.appositive || PrecededByPreposition(a) || IsObjectOfVerb(a)) continue;
    int first = WithGroup(k).front();  // the group's first member stands for the group
    return Resolve(first, true) ? first : -1;
  }
  if (possessor >= 0 && lex_.conventions.possessor_subjects && Resolve(possessor, true)) return possessor;
  return -1;
}

int ClauseContext::SubjectBefore(size_t head) {
  for (const PatternHit& v : ann_.verbs)
    if (v.head < head) return Subject(v.head, ClauseStart(v.head));
  for (const CueHit& c : ann_.cues)
    if (c.head < head && c.cue->kind != CueKind::kAccording && c.cue->kind != CueKind::kJudge)
      return Subject(c.head, ClauseStart(c.head));
  for (size_t k = 0; k < ann_.actors.size() && ann_.actors[k].first < head; ++k) {
    const ActorPhrase& a = ann_.actors[k];
    if (a.possessive || PrecededByPreposition(a)) continue;
    int first = WithGroup(static_cast<int>(k)).front();
    return Resolve(first, true) ? first : -1;
  }
  return -1;
}

int ClauseContext::ObjectAfter(size_t from, size_t limit, size_t own_last) {
  for (size_t i = from; i < limit && i < t_.size(); ++i) {
    if (IsBoundary(i) || t_[i].norm == ";") return -1;
    // "welcomed the arrival, and Blinken commended Kenya": a new clause.
    if (t_[i].norm == "," && i + 1 < t_.size() && Is(t_[i + 1], {"and", "but"})) return -1;
    if ((IsVerbHead(i) || IsCueHead(i)) && i > own_last) return -1;
    int k = ActorAt(i);
    if (k < 0) continue;
    if (A(k).possessive && A(k).kind == ActorPhrase::Kind::kName) return Resolve(k, false) ? k : -1;
    if (A(k).kind == ActorPhrase::Kind::kPronoun && t_[i].norm == "it") continue;  // mostly a thing
    if (A(k).base == kNullCode && A(k).sector.empty()) { i = A(k).last; continue; }  // "the Red Sea"
    if (!Resolve(k, false)) { i = A(k).last; continue; }
    return k;
  }
  return -1;
}

int ClauseContext::AddUnnamed(const std::string& code, size_t i) {
  ActorPhrase a;
  a.first = a.last = static_cast<uint32_t>(i);
  a.base = code;
  ann_.actors.push_back(std::move(a));
  return static_cast<int>(ann_.actors.size() - 1);
}

int ClauseContext::EventDoerAt(size_t i) {
  if (ActorAt(i) >= 0 || t_[i].punct) return -1;
  auto add = [&](const KnownEntity& e, int group) {
    ActorPhrase a;
    a.first = a.last = static_cast<uint32_t>(i);
    a.base = e.base;
    a.sector = e.sector;
    a.person = e.person;
    a.entity = e.entity;
    a.group = group;
    ann_.actors.push_back(std::move(a));
    return static_cast<int>(ann_.actors.size() - 1);
  };
  // "welcomed the deal": both parties to it, as a group.
  if (const auto& parties = discourse_.PartiesOf(t_[i].norm, lex_); parties.size() == 2) {
    int group = 0;
    for (const ActorPhrase& a : ann_.actors) group = std::max(group, a.group + 1);
    int first = add(parties[0], group);
    add(parties[1], group);
    return first;
  }
  const KnownEntity* doer = discourse_.DoerOf(t_[i].norm, lex_);
  return doer ? add(*doer, -1) : -1;
}

bool ClauseContext::IsVerbHead(size_t i) const { return i < verb_head_.size() && verb_head_[i]; }

bool ClauseContext::IsCueHead(size_t i) const { return i < cue_head_.size() && cue_head_[i]; }

bool ClauseContext::IsBoundary(size_t i) const { return i < boundary_.size() && boundary_[i]; }

size_t ClauseContext::ClauseStart(size_t i) const {
  size_t start = 0;
  for (const Frame& f : frames_)
    if (f.first <= i && i <= f.last) start = std::max<size_t>(start, f.first);
  for (size_t k = i; k-- > start;)
    if (IsBoundary(k)) return k + 1;
  return start;
}

size_t ClauseContext::NextBoundary(size_t from) const {
  for (size_t i = from; i < t_.size(); ++i) {
    if (IsBoundary(i) || IsVerbHead(i) || IsCueHead(i)) return i;
    // ", with Russia and China abstaining": an absolute clause, not the verb's object.
    if (t_[i].norm == "," && i + 1 < t_.size() && t_[i + 1].norm == "with") return i;
  }
  return t_.size();
}

int ClauseContext::InnermostFrame(size_t i) const {
  int best = -1;
  for (size_t k = 0; k < frames_.size(); ++k) {
    const Frame& f = frames_[k];
    if (f.first > i || i > f.last) continue;
    if (best < 0) { best = static_cast<int>(k); continue; }
    const Frame& b = frames_[static_cast<size_t>(best)];
    if (f.last - f.first < b.last - b.first) best = static_cast<int>(k);
  }
  return best;
}

// The frame the speaker of a speech act stands in: his own act is reported by whoever reports
// him, if anyone.
int ClauseContext::OuterFrame(size_t i) const {
  int best = -1;
  for (size_t k = 0; k < frames_.size(); ++k)
    if (frames_[k].first <= i && i <= frames_[k].last) best = static_cast<int>(k);
  return best;
}

}  // namespace attache
