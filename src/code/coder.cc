#include "code/coder.h"

#include "document/word_classes.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>
#include <type_traits>

namespace attache {
namespace {

std::string Slice(const Document& doc, const Sentence& s, uint32_t first, uint32_t last) {
  uint32_t a = s.tokens[first].span.start, b = s.tokens[last].span.end;
  return doc.text.substr(a, b - a);
}

class SentenceCoder {
 public:
  SentenceCoder(const Document& doc, Sentence& s, const Lexicon& lex, const SentenceAnnotations& ann,
                const ParsedSentence& parsed)
      : doc_(doc), s_(s), lex_(lex), ann_(ann), parsed_(parsed) {}

  void Run() {
    if (TooShortOrComplex()) return;
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    std::vector<size_t> order(parsed_.predications.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    const auto per = lex_.conventions.events_per;
    const bool one_per_clause = per != CodingConventions::EventsPer::kAct;
    if (one_per_clause)
      std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return parsed_.predications[a].verb_first < parsed_.predications[b].verb_first;
      });
    std::set<size_t> coded_clauses;
    for (size_t k : order) {
      const Predication& p = parsed_.predications[k];
      if ((p.untargeted && lex_.conventions.require_target) || p.code == kNullCode) continue;
      const size_t clause = per == CodingConventions::EventsPer::kClause ? ConjoinedClause(p.verb_first) : 0;
      if (one_per_clause && coded_clauses.count(clause)) continue;
      const size_t events_before = s_.events.size();
      Event base;
      base.code = p.code;
      base.rule = p.rule;
      base.modality = p.modality;
      base.verb_start = s_.tokens[p.verb_first].span.start;
      base.verb_end = s_.tokens[p.verb_last].span.end;
      SetDate(p, base);
      SetPlace(p, base);
      SetAttribution(p, base);
      SetAmount(base);
      const CameoCode* cameo = lex_.cameo.Find(p.code);
      const bool verbal = lex_.conventions.government_speaks && cameo && (cameo->quad_class == 1 || cameo->quad_class == 3);
      const std::string paired = p.pattern ? p.pattern->paired : "";
      auto emit_one = [&](int src, int tgt, const std::optional<ActorRef>& target, const std::string& code) {
        Event e = base;
        e.code = code;
        e.source = Actor(src, e.date, verbal);
        e.target = target;
        if (e.source.code.empty() || IsNull(e.code) || IsNull(e.source.code) || (e.target && IsNull(e.target->code)))
          return;
        // An actor acting on itself ("withdrew its own staff") is no event; a president
        // accusing her government is.
        if (e.target && e.target->code == e.source.code) {
          bool same_phrase = tgt == src;
          auto is_pronoun = [&](int k) { return k >= 0 && ann_.actors[static_cast<size_t>(k)].kind == ActorPhrase::Kind::kPronoun; };
          bool pronoun = is_pronoun(tgt) || is_pronoun(src);
          bool same_entity = !e.target->entity.empty() && e.target->entity == e.source.entity;
          if (same_phrase || pronoun || same_entity) return;
        }
        // Relations are reduced with another country, not one's own ("Canada announced asset
        // freezes and bans on travel to Canada against ...": Canada is no target).
        if (e.target && e.code.rfind("16", 0) == 0 && !e.source.country.empty() && e.target->country == e.source.country)
          return;
        auto key = std::make_tuple(e.source.code, e.target ? e.target->code : "", e.code);
        if (!seen.insert(key).second) return;
        s_.events.push_back(std::move(e));
      };
      // A paired code ("left for" 032:033) adds the target's reply to the source.
      auto emit = [&](int src, int tgt, const std::optional<ActorRef>& target) {
        emit_one(src, tgt, target, base.code);
        if (!paired.empty() && tgt >= 0) emit_one(tgt, src, Actor(src, base.date), paired);
      };
      if (p.reciprocal) {
        for (int a : p.sources)
          for (int b : p.sources)
            if (a != b) emit(a, b, Actor(b, base.date));
        if (s_.events.size() > events_before) coded_clauses.insert(clause);
        continue;
      }
      std::optional<ActorRef> place_target;
      if (p.target_place >= 0) place_target = PlaceActor(ann_.places[static_cast<size_t>(p.target_place)]);
      for (int a : p.sources) {
        if (p.targets.empty()) emit(a, -1, place_target);
        for (int b : p.targets) {
          emit(a, b, Actor(b, base.date));
          if (p.mirrored) emit(b, a, Actor(a, base.date));
        }
      }
      if (s_.events.size() > events_before) coded_clauses.insert(clause);
    }
    if (!lex_.conventions.require_target) CodeSpeechVerbs(seen);
    // A discard code, on a pattern or an actor, discards every event of the sentence; so does
    // a pattern that marks it too complex.
    auto voids = [](const std::string& code) { return code == kDiscardCode || code == kComplexCode; };
    bool discard = std::any_of(parsed_.predications.begin(), parsed_.predications.end(),
                               [&](const Predication& p) { return voids(p.code); });
    for (const Event& e : s_.events)
      discard = discard || voids(e.source.code) || (e.target && voids(e.target->code));
    for (const ActorPhrase& a : ann_.actors) {
      // A dated code ("ENT [### <890101] [ENT]") discards only on the dates it covers.
      bool dated = a.person >= 0 && doc_.published;
      discard = discard || voids(dated ? lex_.actors.people()[static_cast<size_t>(a.person)].CodeOn(*doc_.published) : a.base);
    }
    if (discard) s_.events.clear();
  }

 private:
  // `acting`: the actor is the source of a verbal act, where a country named bare acts
  // through its government ("Germany summoned Iran's ambassador": DEUGOV).
  static bool IsNull(const std::string& code) { return code == kNullCode; }

  // Where events need no target, a speech cue the dictionaries code as a verb ("SAID [023]")
  // is also the speaker's act: "the agency said" gives the agency, no target, 023.
  void CodeSpeechVerbs(std::set<std::tuple<std::string, std::string, std::string>>& seen) {
    std::vector<HeadHit<EventPattern>> scratch;
    for (const Frame& f : parsed_.frames) {
      if (f.speaker < 0 || !f.cue) continue;
      const auto* verbs = lex_.patterns.VerbsAt(KeyOf(s_.tokens[f.cue->head]), scratch);
      if (!verbs) continue;
      for (const auto& h : *verbs) {
        const EventPattern& v = *h.item;
        if (!v.before.empty() || !v.rest.empty() || v.code.empty() || IsNull(v.code)) continue;
        Event e;
        e.code = v.code;
        e.rule = v.rule;
        e.verb_start = s_.tokens[f.cue->head].span.start;
        e.verb_end = s_.tokens[f.cue->end].span.end;
        if (doc_.published) {
          e.date = *doc_.published;
          e.has_date = true;
        }
        e.source = Actor(f.speaker, e.date);
        if (e.source.code.empty() || !seen.insert({e.source.code, "", e.code}).second) break;
        s_.events.push_back(std::move(e));
        break;
      }
    }
  }

  // The limits of the conventions (TABARI's MINIMUM WORDS and COMPLEX): a sentence with too
  // few words, or too many verbs or conjunctions to code reliably, is not coded.
  bool TooShortOrComplex() const {
    const CodingConventions& c = lex_.conventions;
    if (c.min_words) {
      size_t words = 0;
      for (const Token& t : s_.tokens) words += !t.punct && t.norm != "'s";  // "Gondor's" is one word
      if (words < c.min_words) return true;
    }
    if (c.max_verbs && ann_.verbs.size() > c.max_verbs) return true;
    if (c.no_actor_prior_is_complex && !ann_.verbs.empty()) {
      const uint32_t verb = ann_.verbs.front().head;
      bool prior = std::any_of(ann_.actors.begin(), ann_.actors.end(), [&](const ActorPhrase& a) { return a.first < verb; });
      if (!prior) return true;
    }
    if (c.max_conjunctions && !s_.tokens.empty() && ConjoinedClause(static_cast<uint32_t>(s_.tokens.size())) > c.max_conjunctions)
      return true;
    return false;
  }

  // The number of the conjunction-delimited clause token `i` stands in: "and", "but" and ";"
  // start a new one, except "and" between two actors ("Gondor and Osgiliath").
  size_t ConjoinedClause(uint32_t i) const {
    size_t clause = 0;
    for (uint32_t k = 1; k < i && k + 1 < s_.tokens.size(); ++k) {
      const Token& t = s_.tokens[k];
      if (!Is(t, {"and", "but", ";"})) continue;
      bool joins_actors = ann_.actor_at[k - 1] >= 0 && ann_.actor_at[k + 1] >= 0;
      if (!joins_actors) ++clause;
    }
    return clause;
  }

  ActorRef Actor(int k, const Date& date, bool acting = false) const {
    const ActorPhrase& a = ann_.actors[static_cast<size_t>(k)];
    ActorRef r;
    std::string role = a.sector;
    if (acting && role.empty() && a.person < 0 && !a.adjective_only && !a.plural && lex_.actors.IsCountry(a.base))
      role = "GOV";
    std::string code = a.person >= 0 ? lex_.actors.people()[static_cast<size_t>(a.person)].CodeOn(date)
                                     : ComposeCode(a.base, role);
    auto [base, sector] = SplitActorCode(code);
    // A person out of office whom the text gives a current title ("opposition leader Khaleda
    // Zia") has that title's sector.
    if (a.person >= 0 && (sector.empty() || sector == "ELI") && !a.title_sector.empty() && lex_.actors.IsCountry(base)) {
      code = ComposeCode(base, a.title_sector);
      sector = a.title_sector;
    }
    r.code = code;
    r.country = lex_.actors.IsCountry(base) ? base : "";
    r.sector = sector;
    r.entity = a.person >= 0 ? lex_.actors.people()[static_cast<size_t>(a.person)].name : a.entity;
    uint32_t last = a.last;
    if (s_.tokens[last].norm == "'s" && last > a.first) --last;
    r.text = Slice(doc_, s_, a.first, last);
    r.start = s_.tokens[a.first].span.start;
    r.end = s_.tokens[last].span.end;
    return r;
  }

  ActorRef PlaceActor(const PlaceMention& m) const {
    ActorRef r;
    r.code = m.place->country;
    r.country = m.place->country;
    r.text = Slice(doc_, s_, m.first, m.last);
    r.start = s_.tokens[m.first].span.start;
    r.end = s_.tokens[m.last].span.end;
    return r;
  }

  // The stretch of the sentence that belongs to this verb: from the previous pattern head to
  // the next one ("visited Kyiv on Wednesday and met Baerbock in Berlin on Thursday").
  std::pair<uint32_t, uint32_t> Segment(const Predication& p) const {
    uint32_t before = p.scope_first, after = p.scope_last;
    auto consider = [&](uint32_t head) {
      if (head > p.verb_last && head <= after) after = head - 1;
      if (head < p.verb_first && head >= before) before = head + 1;
    };
    for (const PatternHit& h : ann_.verbs) consider(h.head);
    for (const PatternHit& h : ann_.nouns) consider(h.head);
    return {before, after};
  }

  // Picks the mention for a verb: first after it in its segment, then before it in its
  // segment, then (if `anywhere`) the nearest in its clause.
  template <typename Mention>
  const Mention* Nearest(const std::vector<Mention>& mentions, const Predication& p, bool anywhere) const {
    auto [before, after] = Segment(p);
    auto first = [](const Mention& m) -> uint32_t {
      if constexpr (std::is_same_v<Mention, DateExpression>) return m.first_token;
      else return m.first;
    };
    auto last = [](const Mention& m) -> uint32_t {
      if constexpr (std::is_same_v<Mention, DateExpression>) return m.last_token;
      else return m.last;
    };
    const Mention* best = nullptr;
    for (const Mention& m : mentions)
      if (first(m) > p.verb_first && last(m) <= after) return &m;
    for (const Mention& m : mentions)
      if (first(m) >= before && last(m) < p.verb_first) best = &m;
    if (best || !anywhere) return best;
    long best_distance = 0;
    for (const Mention& m : mentions) {
      if (first(m) < p.scope_first || last(m) > p.scope_last) continue;
      long distance = std::labs(static_cast<long>(first(m)) - static_cast<long>(p.verb_first));
      if (!best || distance < best_distance) { best = &m; best_distance = distance; }
    }
    return best;
  }

  void SetDate(const Predication& p, Event& e) const {
    if (const DateExpression* d = Nearest(ann_.dates, p, true)) {
      if (auto date = ResolveDate(*d, doc_.published, p.modality == Modality::kFuture)) {
        e.date = *date;
        e.has_date = true;
        e.date_from_text = true;
        return;
      }
    }
    if (doc_.published) {
      e.date = *doc_.published;
      e.has_date = true;
    }
  }

  void SetPlace(const Predication& p, Event& e) const {
    // A place after the verb counts up to the next comma ("agreed to ..., even as troops massed
    // near Ukraine's borders" did not happen in Ukraine).
    Predication local = p;
    for (uint32_t i = p.verb_last + 1; i <= local.scope_last && i < s_.tokens.size(); ++i)
      if (s_.tokens[i].norm == ",") { local.scope_last = i; break; }
    const PlaceMention* best = Nearest(ann_.places, local, false);
    if (!best) {
      // "Blinken visited Kyiv": a capital that is the target of a visit is also its place.
      if (p.code.rfind("042", 0) == 0 && p.targets.size() == 1 && lex_.gazetteer) {
        const ActorPhrase& a = ann_.actors[static_cast<size_t>(p.targets.front())];
        if (a.capital) {
          if (const Place* place = lex_.gazetteer->Find(Slice(doc_, s_, a.first, a.last))) e.place = MakePlace(a.first, a.last, *place);
        }
      }
      return;
    }
    e.place = MakePlace(best->first, best->last, *best->place);
  }

  PlaceRef MakePlace(uint32_t first, uint32_t last, const Place& place) const {
    PlaceRef r;
    r.text = Slice(doc_, s_, first, last);
    r.name = place.name;
    r.country = place.country;
    r.lat = place.lat;
    r.lon = place.lon;
    r.geonameid = place.geonameid;
    return r;
  }

  void SetAttribution(const Predication& p, Event& e) const {
    if (p.frame < 0) return;
    const Frame& f = parsed_.frames[static_cast<size_t>(p.frame)];
    if (f.speaker < 0) return;
    ActorRef speaker = Actor(f.speaker, e.date);
    Attribution a;
    a.code = speaker.code;
    a.text = speaker.text;
    a.entity = speaker.entity;
    a.cue = Slice(doc_, s_, f.cue->head, f.cue->end);
    a.quote = f.quote;
    e.attribution = a;
  }

  void SetAmount(Event& e) const {
    if (ann_.amounts.empty()) return;
    // Sums of money belong to economic acts: cooperation (06), aid (07), sanctions (16).
    std::string root = e.code.substr(0, 2);
    if (root == "06" || root == "07" || root == "16") e.amount = ann_.amounts.front().amount;
  }

  const Document& doc_;
  Sentence& s_;
  const Lexicon& lex_;
  const SentenceAnnotations& ann_;
  const ParsedSentence& parsed_;
};

}  // namespace

void CodeEvents(const Document& doc, Sentence& sentence, const Lexicon& lexicon,
                const SentenceAnnotations& ann, const ParsedSentence& parsed) {
  SentenceCoder(doc, sentence, lexicon, ann, parsed).Run();
}

}  // namespace attache
