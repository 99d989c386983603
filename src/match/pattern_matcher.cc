#include "match/pattern_matcher.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "document/word_classes.h"

namespace attache {
namespace {

constexpr size_t kMaxSlot = 10; // words a `+` or `$` slot may span before the next word

// A word after a determiner or possessive is a noun ("the attacks", "its support").
bool AfterDeterminer(const std::vector<Token>& t, size_t i) {
  static const WordSet kWords = {
      "the", "a", "an", "its", "their", "his", "her", "our", "'s", "this", "these", "those", "that",
      "recent", "new", "further", "continued", "such", "any", "no", "military", "financial", "of",
      "phone", "telephone", "peace", "direct", "fresh", "bilateral", "several", "many", "some", "two",
      "three", "four", "five", "dozens", "hundreds", "thousands"};
  if (i == 0) return false;
  return kWords.count(KeyOf(t[i - 1])) > 0 || std::isdigit(static_cast<unsigned char>(t[i - 1].norm[0]));
}

// True when the word is (also) the base form of the verbs it heads.
// A base or "-s" form: after a preposition a noun ("by telephone", "in attacks on").
bool IsBaseOrSForm(const std::vector<HeadHit<EventPattern>>& hits) {
  return std::any_of(hits.begin(), hits.end(),
                     [](const auto& h) { return h.form == VerbForm::kBase || h.form == VerbForm::kThirdPerson; });
}

// What may stand before a verb's "-ing" form: a form of "be" (with an adverb between), a
// comma, an actor ("troops advancing"), or a preposition or conjunction ("of committing",
// "while ignoring": gerund clauses, which the parser decides about).
bool IntroducesParticiple(const std::vector<Token>& t, const SentenceAnnotations& ann, size_t i) {
  size_t k = i - 1;
  if (k > 0 && t[k].norm.size() > 2 && t[k].norm.compare(t[k].norm.size() - 2, 2, "ly") == 0) --k;
  const Token& b = t[k];
  return b.punct || ann.actor_at[k] >= 0 ||
         Is(b, {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "also", "not", "still",
                "of", "for", "by", "about", "while", "when", "after", "before", "without", "and", "or",
                "in", "on", "from", "to", "against", "through", "he", "she", "they", "it", "we", "i"});
}

bool IsCurrency(const Token& t) { return Is(t, {"$", "\xE2\x82\xAC", "\xC2\xA3"}); }

class Matcher {
 public:
  Matcher(const std::vector<Token>& tokens, const SentenceAnnotations& ann) : t_(tokens), ann_(ann) {
    for (const Token& t : tokens) word_bits_ |= WordBit(t.hash);
  }

  // Whether every word `p` spells out may be in the sentence (false: it surely is not).
  bool MayMatch(const EventPattern& p) const { return (p.word_bits & ~word_bits_) == 0; }

  // The token after a date expression starting at p (or at "on"/"in" + date), else p.
  size_t AfterDate(size_t p) const {
    size_t q = p < t_.size() && (t_[p].norm == "on" || t_[p].norm == "in") ? p + 1 : p;
    for (const DateExpression& d : ann_.dates)
      if (d.first_token == q || d.first_token == p) return d.last_token + 1;
    return p;
  }

  // The pattern being matched: whether it may take territory as its target (force, quad
  // class 4, and visits, 042) and how many words its gaps may skip.
  void SetPattern(const EventPattern& p) {
    territorial_ = p.territorial;
    max_gap_ = p.max_gap;
  }
  const std::string& word(size_t i) const { return t_[i].norm; }

  // For speech cues: no territory, the default gap.
  void SetCue() {
    territorial_ = false;
    max_gap_ = EventPattern{}.max_gap;
  }

  // Tries to match `rest` from token `p`; fills `hit` slots and returns true on success.
  bool MatchRest(const std::vector<PatternElement>& rest, size_t p, PatternHit& hit) const {
    size_t k = 0;
    uint32_t end = hit.head;
    while (k < rest.size()) {
      const PatternElement& e = rest[k];
      if (e.kind == PatternElement::Kind::kSkip) {
        if (p >= t_.size()) return false;
        end = static_cast<uint32_t>(p);
        ++p;
        ++k;
        continue;
      }
      if (e.kind == PatternElement::Kind::kWord) {
        // A time phrase may stand inside a pattern: "agreed on Saturday to stop".
        if (p < t_.size() && !Matches(e, p)) p = AfterDate(p);
        if (p >= t_.size() || !Matches(e, p)) return false;
        end = static_cast<uint32_t>(p);
        ++p;
        ++k;
        continue;
      }
      if (e.kind == PatternElement::Kind::kGap) {
        // The next element is a word within max_gap_ words, without crossing punctuation.
        if (k + 1 >= rest.size() || rest[k + 1].kind != PatternElement::Kind::kWord) { ++k; continue; }
        const PatternElement& want = rest[k + 1];
        size_t q = p;
        // Currency signs do not stop or count in a gap ("provided $5 billion in aid").
        size_t words = 0;
        while (q < t_.size() && words <= max_gap_ && !Matches(want, q) && (!t_[q].punct || IsCurrency(t_[q]))) {
          words += !t_[q].punct;
          ++q;
        }
        if (q >= t_.size() || !Matches(want, q) || words > max_gap_) return false;
        p = q;
        ++k;
        continue;
      }
      // A slot: an actor phrase (with its group) starting within the next words; a target
      // may also be territory ("control most of Donetsk").
      bool target = e.kind == PatternElement::Kind::kTarget;
      bool territory = target && territorial_;
      int slot = -1, place = -1;
      size_t q = p;
      if (q < t_.size() && t_[q].norm == "that") ++q;  // "demanded that NATO ..."
      while (q < t_.size() && q - p <= kMaxSlot && !(t_[q].punct && t_[q].norm != "'") &&
             !IsClauseBoundary(t_[q])) {
        if (ann_.actor_at[q] >= 0) { slot = static_cast<int>(q); break; }
        if (territory && ann_.place_at[q] >= 0) { place = ann_.place_at[q]; break; }
        ++q;
      }
      if (slot < 0 && place < 0) return false;
      size_t after;
      if (place >= 0) {
        after = ann_.places[static_cast<size_t>(place)].last + 1;
        hit.target_place = place;
      } else {
        // Skip past the phrase and its group.
        int a = ann_.actor_at[static_cast<size_t>(slot)];
        after = ann_.actors[static_cast<size_t>(a)].last + 1;
        int group = ann_.actors[static_cast<size_t>(a)].group;
        for (size_t b = static_cast<size_t>(a) + 1; group >= 0 && b < ann_.actors.size() && ann_.actors[b].group == group; ++b)
          after = ann_.actors[b].last + 1;
        (target ? hit.target_slot : hit.source_slot) = slot;
      }
      end = static_cast<uint32_t>(after - 1);
      p = after;
      if (k + 1 < rest.size() && rest[k + 1].kind == PatternElement::Kind::kWord) {
        const PatternElement& want = rest[k + 1];
        // "welcomed Yoon's decision to": after a possessor its noun follows, not the pattern.
        const bool possessor = slot >= 0 && ann_.actors[static_cast<size_t>(ann_.actor_at[static_cast<size_t>(slot)])].possessive;
        const size_t reach = possessor ? 0 : kMaxSlot;
        size_t r = p;
        while (r < t_.size() && r - p <= reach && !Matches(want, r) && !t_[r].punct) ++r;
        if (r >= t_.size() || !Matches(want, r)) return false;
        p = r;
      }
      ++k;
    }
    hit.end = end;
    return true;
  }

  // Matches `before` (the words a legacy pattern puts before its verb) leftwards from the
  // head: words in order, `*` gaps, `^` single words and actor slots ("$ * +", "SAID * TO").
  bool MatchBefore(const std::vector<PatternElement>& before, size_t head, PatternHit& hit) const {
    long p = static_cast<long>(head) - 1;
    for (long k = static_cast<long>(before.size()) - 1; k >= 0; --k) {
      const PatternElement& e = before[static_cast<size_t>(k)];
      switch (e.kind) {
        case PatternElement::Kind::kWord:
          if (p < 0 || !Matches(e, static_cast<size_t>(p))) return false;
          --p;
          break;
        case PatternElement::Kind::kSkip:
          if (p < 0) return false;
          --p;
          break;
        case PatternElement::Kind::kGap: {
          if (k == 0 || before[static_cast<size_t>(k) - 1].kind != PatternElement::Kind::kWord) break;
          const PatternElement& want = before[static_cast<size_t>(k) - 1];
          size_t words = 0;
          while (p >= 0 && words <= max_gap_ && !Matches(want, static_cast<size_t>(p)) && !t_[static_cast<size_t>(p)].punct) {
            ++words;
            --p;
          }
          if (p < 0 || !Matches(want, static_cast<size_t>(p))) return false;
          break;
        }
        case PatternElement::Kind::kSource:
        case PatternElement::Kind::kTarget: {
          // A source that opens the pattern ("$ * " of "CALLED_ON"): some actor before; the
          // parser finds which, past appositions ("Gollum, centre of a row, called on").
          if (k == 0 && e.kind == PatternElement::Kind::kSource) {
            bool any = false;
            for (long q = p; q >= 0 && !any; --q) any = ann_.actor_at[static_cast<size_t>(q)] >= 0;
            if (!any) return false;
            break;
          }
          // The nearest actor phrase to the left, within kMaxSlot words.
          long q = p;
          while (q >= 0 && p - q <= static_cast<long>(kMaxSlot) && ann_.actor_at[static_cast<size_t>(q)] < 0 &&
                 !(t_[static_cast<size_t>(q)].punct && t_[static_cast<size_t>(q)].norm != "'"))
            --q;
          if (q < 0 || ann_.actor_at[static_cast<size_t>(q)] < 0) return false;
          const ActorPhrase& a = ann_.actors[static_cast<size_t>(ann_.actor_at[static_cast<size_t>(q)])];
          (e.kind == PatternElement::Kind::kTarget ? hit.target_slot : hit.source_slot) = static_cast<int>(a.first);
          p = static_cast<long>(a.first) - 1;
          break;
        }
      }
    }
    hit.start = static_cast<uint32_t>(p + 1);
    return true;
  }

 private:
  bool Matches(const PatternElement& e, size_t p) const {
    const std::string& w = t_[p].norm;
    return e.stem ? w.compare(0, e.word.size(), e.word) == 0 : w == e.word;
  }

  const std::vector<Token>& t_;
  const SentenceAnnotations& ann_;
  uint64_t word_bits_ = 0;      // WordBit of every token
  bool territorial_ = false;
  size_t max_gap_ = 4;
};

// "Israeli air strikes killed": an "-s" form right before a verb in the past tense is that
// verb's subject, a noun.
bool BeforePastVerb(const Lexicon& lex, const std::vector<Token>& t, size_t i,
                    const std::vector<HeadHit<EventPattern>>& here) {
  auto has = [](const std::vector<HeadHit<EventPattern>>& hits, auto pred) { return std::any_of(hits.begin(), hits.end(), pred); };
  if (i + 1 >= t.size() || !has(here, [](const auto& h) { return h.form == VerbForm::kThirdPerson; })) return false;
  std::vector<HeadHit<EventPattern>> scratch;
  const auto* next = lex.patterns.VerbsAt(KeyOf(t[i + 1]), scratch);
  return next && has(*next, [](const auto& h) { return h.form == VerbForm::kPast || h.form == VerbForm::kPastOrParticiple; });
}

// "announced asset freezes and bans on travel": an "-s" form after "and" that follows the noun a
// verb pattern ended on is another noun of that object.
bool AfterNounAnd(const std::vector<Token>& t, const SentenceAnnotations& out, size_t i,
                  const std::vector<HeadHit<EventPattern>>& here) {
  if (i < 2 || t[i - 1].norm != "and" || out.verbs.empty() || out.verbs.back().end != i - 2) return false;
  const auto& rest = out.verbs.back().pattern->rest;
  if (rest.empty() || rest.back().kind != PatternElement::Kind::kWord) return false;
  return std::all_of(here.begin(), here.end(), [](const auto& h) { return h.form == VerbForm::kThirdPerson; });
}

// "an Islamic State target": a name after "a"/"an" qualifies the noun after it. (An agent
// noun may be a subject there: "a Russian official said".)
bool NameAsModifier(const std::vector<Token>& t, const ActorPhrase& a) {
  return a.kind == ActorPhrase::Kind::kName && a.sector.empty() && a.first > 0 && Is(t[a.first - 1], {"a", "an"});
}

// Whether a pattern's first word after its head is a word of substance ("claim responsibility
// for"), not a particle that opens what is said ("warn that", "claim to").
bool SpellsOutAnAct(const EventPattern& p) {
  // "announce * ceasefire": past a gap, the first word says what the act is.
  size_t k = 0;
  while (k < p.rest.size() && p.rest[k].kind == PatternElement::Kind::kGap) ++k;
  if (k == p.rest.size() || p.rest[k].kind != PatternElement::Kind::kWord) return false;
  const std::string& w = p.rest[k].word;
  return w != "that" && !IsPrepositionWord(w);
}

template <typename Hits>
bool Best(Matcher& m, const Hits* hits, size_t i, PatternHit& best) {
  if (!hits) return false;
  bool found = false;
  for (const auto& h : *hits) {
    if (!m.MayMatch(*h.item)) continue;
    m.SetPattern(*h.item);
    PatternHit hit;
    hit.pattern = h.item;
    hit.form = h.form;
    hit.head = hit.start = static_cast<uint32_t>(i);
    if (!m.MatchRest(h.item->rest, i + 1, hit)) continue;
    if (!h.item->before.empty() && !m.MatchBefore(h.item->before, i, hit)) continue;
    // The longest pattern wins; between equals, a verb whose own word this is ("LEFT") wins
    // over one it is a form of ("leave").
    bool longer = found && hit.pattern->literal_words > best.pattern->literal_words;
    bool own_word = found && hit.pattern->literal_words == best.pattern->literal_words &&
                    hit.pattern->head == m.word(i) && best.pattern->head != m.word(i);
    if (!found || longer || own_word) {
      best = hit;
      found = true;
    }
  }
  return found;
}

// The verb pattern that best matches at a token, looked up and matched at most once however
// often the matcher asks.
class VerbAt {
 public:
  VerbAt(Matcher& m, const std::vector<HeadHit<EventPattern>>* candidates, size_t i)
      : m_(m), candidates_(candidates), i_(i) {}
  const std::vector<HeadHit<EventPattern>>* candidates() const { return candidates_; }
  const PatternHit* Get() {
    if (!tried_) found_ = Best(m_, candidates_, i_, hit_);
    tried_ = true;
    return found_ ? &hit_ : nullptr;
  }

 private:
  Matcher& m_;
  const std::vector<HeadHit<EventPattern>>* candidates_;
  size_t i_;
  PatternHit hit_;
  bool tried_ = false, found_ = false;
};

}  // namespace

void MatchPatterns(const Sentence& s, const Lexicon& lex, SentenceAnnotations& out) {
  const auto& t = s.tokens;
  Matcher m(t, out);
  std::vector<HeadHit<EventPattern>> scratch;  // verbs found by their stems
  // A sentence in capitals ("ARNOR IS ABOUT TO RESTORE") says nothing by its capitals.
  size_t capitals = 0, words = 0;
  for (const Token& tok : t) {
    words += !tok.punct;
    capitals += !tok.punct && tok.capitalized;
  }
  const bool all_caps = words > 3 && capitals * 10 >= words * 9;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].punct || out.actor_at[i] >= 0) continue;
    // "held talks with": "talks" is a word of the verb's pattern, not a verb of its own (it may
    // still name an event: "hosted talks between the two sides").
    const bool spelled = !out.verbs.empty() && i > out.verbs.back().head && i <= out.verbs.back().end &&
                         SpellsOut(*out.verbs.back().pattern, t[i].norm);
    const PatternLexicon::WordPatterns heads = lex.patterns.PatternsAt(KeyOf(t[i]), scratch);
    VerbAt verb(m, heads.verbs, i);
    // Speech cues first: "said", "according to", "pointed to".
    if (const auto* cues = heads.cues) {
      bool matched = false;
      for (const auto& c : *cues) {
        m.SetCue();
        PatternHit tmp;
        tmp.head = static_cast<uint32_t>(i);
        if (!m.MatchRest(c.item->rest, i + 1, tmp)) continue;
        bool after_actor = i > 0 && out.actor_at[i - 1] >= 0;  // "China's military called"
        if (AfterDeterminer(t, i) && !after_actor && c.item->kind != CueKind::kAccording) continue;
        // With legacy dictionaries an accusing word they code ("WARN [160]") is their verb; and
        // a phrase the verbs spell out with a word of substance ("claimed responsibility for")
        // is that act, not a claim.
        const PatternHit* v = verb.Get();
        if (v && v->pattern->code != kNullCode &&
            ((lex.conventions.verbs_before_cues && c.item->kind == CueKind::kAllege) || SpellsOutAnAct(*v->pattern)))
          break;
        out.cues.push_back({c.item, c.form, static_cast<uint32_t>(i), tmp.end});
        // A judgement ("called") may also head an event pattern ("called on Beijing to").
        matched = c.item->kind != CueKind::kJudge;
        if (matched) i = tmp.end;
        break;
      }
      if (matched) continue;
    }
    // After a determiner, or after a demonym ("Ukrainian attacks"), the word is a noun; so is
    // an "-ing" word that no auxiliary, comma or actor introduces ("a media briefing").
    bool bare_gerund = i > 0 && t[i].norm.size() > 4 && t[i].norm.compare(t[i].norm.size() - 3, 3, "ing") == 0 &&
                       !IntroducesParticiple(t, out, i);
    int before = i > 0 ? out.actor_at[i - 1] : -1;
    // (A word that is part of an actor before it, "China's military staged", is no determiner;
    // a possessive pronoun is: "from its jails".)
    bool after_actor = before >= 0 && !out.actors[static_cast<size_t>(before)].adjective_only &&
                       !(out.actors[static_cast<size_t>(before)].kind == ActorPhrase::Kind::kPronoun &&
                         out.actors[static_cast<size_t>(before)].possessive);
    // "by telephone", "in attacks on": a base or "-s" form after a preposition (not "to") is a noun.
    const auto* verbs = verb.candidates();
    bool after_preposition = i > 0 && t[i - 1].norm != "to" && IsPreposition(t[i - 1]) && verbs && IsBaseOrSForm(*verbs);
    bool noun_use = (AfterDeterminer(t, i) && !after_actor) || bare_gerund || after_preposition ||
                    (verbs && BeforePastVerb(lex, t, i, *verbs)) || (verbs && AfterNounAnd(t, out, i, *verbs)) ||
                    (before >= 0 && out.actors[static_cast<size_t>(before)].adjective_only) ||
                    (before >= 0 && NameAsModifier(t, out.actors[static_cast<size_t>(before)]));
    // TABARI's simpler rule: an article before a word, or a capital inside the sentence ("is
    // about To Restore"), makes it a noun.
    if (!lex.conventions.verb_noun_heuristics)
      noun_use = i > 0 && (Is(t[i - 1], {"the", "a", "an"}) || (t[i].capitalized && !all_caps));
    // A legacy pattern that spells out words before its verb ("SHOW_NO_*") settles that the
    // word is its verb.
    if (noun_use && !spelled) {
      if (const PatternHit* v = verb.Get(); v && !v->pattern->before.empty()) {
        out.verbs.push_back(*v);
        continue;
      }
    }
    if (const PatternHit* v = noun_use || spelled ? nullptr : verb.Get()) {
      out.verbs.push_back(*v);
      continue;
    }
    PatternHit noun;
    if (Best(m, heads.nouns, i, noun)) out.nouns.push_back(noun);
  }
  // "air strikes killed": a plural noun right before a verb is the verb's subject, not a verb.
  // A modal a dictionary codes as a verb ("would [030]") is no act of its own when a verb
  // follows it ("would not provide support").
  std::vector<PatternHit> verbs;
  for (size_t k = 0; k < out.verbs.size(); ++k) {
    const bool next_close = k + 1 < out.verbs.size() && out.verbs[k + 1].head <= out.verbs[k].end + 3;
    bool noun = out.verbs[k].form == VerbForm::kThirdPerson && k + 1 < out.verbs.size() &&
                out.verbs[k + 1].head == out.verbs[k].end + 1;
    bool modal = next_close && out.verbs[k].head == out.verbs[k].end &&
                 lex.words.ModalityOf(KeyOf(t[out.verbs[k].head])) != WordClass::kNone &&
                 lex.words.ModalityOf(KeyOf(t[out.verbs[k].head])) != WordClass::kNegation;
    if (!noun && !modal) verbs.push_back(out.verbs[k]);
  }
  out.verbs = std::move(verbs);
}

}  // namespace attache
