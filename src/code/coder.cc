#include "code/coder.h"

#include <cstdlib>
#include <set>
#include <tuple>

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
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (const Predication& p : parsed_.predications) {
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
      auto emit = [&](int src, const std::optional<ActorRef>& target) {
        Event e = base;
        e.source = Actor(src, e.date);
        e.target = target;
        if (e.source.code.empty()) return;
        if (e.target && e.target->code == e.source.code) return;
        auto key = std::make_tuple(e.source.code, e.target ? e.target->code : "", e.code);
        if (!seen.insert(key).second) return;
        s_.events.push_back(std::move(e));
      };
      if (p.reciprocal) {
        for (int a : p.sources)
          for (int b : p.sources)
            if (a != b) emit(a, Actor(b, base.date));
        continue;
      }
      std::optional<ActorRef> place_target;
      if (p.target_place >= 0) place_target = PlaceActor(ann_.places[static_cast<size_t>(p.target_place)]);
      for (int a : p.sources) {
        if (p.targets.empty()) emit(a, place_target);
        for (int b : p.targets) emit(a, Actor(b, base.date));
      }
    }
  }

 private:
  ActorRef Actor(int k, const Date& date) const {
    const ActorPhrase& a = ann_.actors[static_cast<size_t>(k)];
    ActorRef r;
    std::string code = a.person >= 0 ? lex_.actors.people()[static_cast<size_t>(a.person)].CodeOn(date)
                                     : a.base + a.sector;
    r.code = code;
    auto [base, sector] = SplitActorCode(code);
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

  // The date expression in the predication's clause nearest its verb (after it first).
  void SetDate(const Predication& p, Event& e) const {
    const DateExpression* best = nullptr;
    long best_distance = 0;
    for (const DateExpression& d : ann_.dates) {
      if (d.first_token < p.scope_first || d.last_token > p.scope_last) continue;
      long distance = d.first_token > p.verb_last ? static_cast<long>(d.first_token - p.verb_last)
                                                  : 2 * static_cast<long>(p.verb_first - d.last_token);
      if (!best || distance < best_distance) { best = &d; best_distance = distance; }
    }
    if (best) {
      if (auto date = ResolveDate(*best, doc_.published, p.modality == Modality::kFuture)) {
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
    const PlaceMention* best = nullptr;
    long best_distance = 0;
    for (const PlaceMention& m : ann_.places) {
      if (m.first < p.scope_first || m.last > p.scope_last) continue;
      long distance = std::labs(static_cast<long>(m.first) - static_cast<long>(p.verb_first));
      if (!best || distance < best_distance) { best = &m; best_distance = distance; }
    }
    if (!best) return;
    PlaceRef r;
    r.text = Slice(doc_, s_, best->first, best->last);
    r.name = best->place->name;
    r.country = best->place->country;
    r.lat = best->place->lat;
    r.lon = best->place->lon;
    r.geonameid = best->place->geonameid;
    e.place = r;
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
