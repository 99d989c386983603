#include "resolve/discourse.h"

#include <algorithm>
#include <unordered_set>

#include "document/word_classes.h"

namespace attache {
namespace {

enum class PronounKind { kPerson, kBody, kGroup, kOrganisation, kNone };

PronounKind KindOf(const std::string& w) {
  if (w == "he" || w == "she" || w == "him" || w == "his" || w == "her") return PronounKind::kPerson;
  if (w == "it" || w == "its") return PronounKind::kBody;
  if (w == "they" || w == "them" || w == "their") return PronounKind::kGroup;
  return PronounKind::kOrganisation;  // "the bloc" (words/body-nouns.txt)
}

bool IsOrganisationPhrase(const ActorPhrase& a) { return a.kind == ActorPhrase::Kind::kName && a.base.rfind("IGO", 0) == 0; }

bool IsPersonPhrase(const ActorPhrase& a) { return a.kind == ActorPhrase::Kind::kName && a.singular_person; }
bool IsBodyPhrase(const ActorPhrase& a) {
  return a.kind == ActorPhrase::Kind::kName && !a.singular_person && !a.plural && !a.base.empty() && a.group < 0;
}
bool IsGroupPhrase(const ActorPhrase& a) {
  return a.kind == ActorPhrase::Kind::kName && !a.base.empty() && (a.plural || a.group >= 0);
}

// Officials of a state, whom a bare title places in the country the story was filed from
// (unlike an "analyst" or a "reporter").
bool IsOfficial(const std::string& sector) {
  return sector == "GOV" || sector == "MIL" || sector == "COP" || sector == "JUD" || sector == "LEG" || sector == "SPY";
}

// "the minister" fits a "foreign minister"; "the president" a "president".
bool TitleFits(const std::string& title, const std::string& noun) {
  if (title.empty() || noun.empty()) return false;
  if (title == noun) return true;
  return title.size() > noun.size() && title.compare(title.size() - noun.size(), noun.size(), noun) == 0 &&
         title[title.size() - noun.size() - 1] == ' ';
}

}  // namespace

void Discourse::AddAlias(const std::string& surname_norm, KnownEntity e) {
  aliases_[surname_norm] = std::move(e);
}

const KnownEntity* Discourse::Alias(const std::string& norm) const {
  auto it = aliases_.find(norm);
  return it == aliases_.end() ? nullptr : &it->second;
}

KnownEntity Discourse::From(const ActorPhrase& a) {
  return KnownEntity{a.base, a.sector, a.person, a.entity, a.person_noun};
}

void Discourse::Apply(const KnownEntity& e, ActorPhrase& a) {
  a.base = e.base;
  a.sector = e.sector;
  a.person = e.person;
  a.entity = e.entity;
  if (a.person_noun.empty()) a.person_noun = e.person_noun;
}

bool Discourse::Resolve(std::vector<ActorPhrase>& actors, size_t index, bool as_subject) const {
  ActorPhrase& a = actors[index];
  if (a.kind == ActorPhrase::Kind::kRoleNoun) {
    // "the ambassador": the person last introduced with that title, else the main speaker.
    for (auto it = people_.rbegin(); it != people_.rend(); ++it)
      if (TitleFits(it->person_noun, a.person_noun)) { Apply(*it, a); return true; }
    if (has_main_) { Apply(main_person_, a); return true; }
    return false;
  }
  if (a.kind != ActorPhrase::Kind::kPronoun) return !a.base.empty();
  PronounKind kind = KindOf(a.entity);
  // Look back in this sentence first; a subject "he" means the main speaker.
  if (!(kind == PronounKind::kPerson && as_subject && has_main_)) {
    for (size_t k = index; k-- > 0;) {
      const ActorPhrase& b = actors[k];
      bool fits = kind == PronounKind::kPerson ? IsPersonPhrase(b)
                  : kind == PronounKind::kBody  ? IsBodyPhrase(b)
                  : kind == PronounKind::kGroup ? IsGroupPhrase(b)
                                                : IsOrganisationPhrase(b);
      if (fits && !b.base.empty()) {
        Apply(From(b), a);
        // "Obama and Putin said they will ...": "they" is the whole group.
        if (kind == PronounKind::kGroup) a.antecedent_group = b.group;
        return true;
      }
    }
  }
  switch (kind) {
    case PronounKind::kPerson:
      if (has_main_ && (as_subject || a.possessive)) { Apply(main_person_, a); return true; }
      if (has_person_) { Apply(last_person_, a); return true; }
      if (has_main_) { Apply(main_person_, a); return true; }
      return false;
    case PronounKind::kBody:
      if (has_body_) { Apply(last_body_, a); return true; }
      return false;
    case PronounKind::kGroup:
      if (has_group_) { Apply(last_group_, a); return true; }
      return false;
    case PronounKind::kOrganisation:
      if (has_organisation_) { Apply(last_organisation_, a); return true; }
      return false;
    case PronounKind::kNone: return false;
  }
  return false;
}

void Discourse::NoteEvents(const SentenceAnnotations& ann, const ParsedSentence& parsed, const Lexicon& lexicon) {
  static const std::unordered_set<std::string> kFunctionWords = {
      "of", "to", "with", "on", "in", "against", "by", "for", "a", "an", "the", "at", "from", "into", "over"};
  for (const Predication& p : parsed.predications) {
    // Only what happened: "the attack" does not refer to a threatened or planned one.
    if (!p.pattern || p.sources.empty() || p.modality != Modality::kFactual) continue;
    const ActorPhrase& a = ann.actors[static_cast<size_t>(p.sources.front())];
    if (a.base.empty()) continue;
    KnownEntity doer = From(a);
    event_doers_[p.pattern->head] = doer;
    if (p.reciprocal && p.sources.size() >= 2) {
      const ActorPhrase& b = ann.actors[static_cast<size_t>(p.sources[1])];
      if (!b.base.empty()) last_accord_ = {doer, From(b)};
    }
    const CameoCode* c = lexicon.cameo.Find(p.code);
    if (!c || c->quad_class != 4) continue;
    // The words of a forceful act name it ("fired * missiles" -> missiles); the words of other
    // acts often name something else ("vowed to respond to the attack"). "The attack", "the
    // launch" refer back to military force: shows of force, assaults, fighting (15, 18-20).
    const std::string root = p.code.substr(0, 2);
    if (root == "15" || root == "18" || root == "19" || root == "20") {
      last_force_doer_ = doer;
      has_force_doer_ = true;
    }
    for (const PatternElement& e : p.pattern->rest)
      if (e.kind == PatternElement::Kind::kWord && !kFunctionWords.count(e.word)) event_doers_[e.word] = doer;
  }
}

const KnownEntity* Discourse::DoerOf(const std::string& word, const Lexicon& lexicon) const {
  auto it = event_doers_.find(word);
  if (it == event_doers_.end() && word.size() > 3 && word.back() == 's')
    it = event_doers_.find(word.substr(0, word.size() - 1));
  if (it != event_doers_.end()) return &it->second;
  if (has_force_doer_ && lexicon.words.IsForceNoun(word)) return &last_force_doer_;
  return nullptr;
}

const std::vector<KnownEntity>& Discourse::PartiesOf(const std::string& word, const Lexicon& lexicon) const {
  static const std::vector<KnownEntity> kNone;
  return lexicon.words.IsAccordNoun(word) ? last_accord_ : kNone;
}

void Discourse::PlaceAgents(const Sentence& sentence, SentenceAnnotations& ann, const Lexicon& lexicon) {
  // Domestic institutions and movements; civilians and refugees are often foreigners (hostages).
  static const char* kLocal[] = {"COP", "OPP", "PTY", "JUD", "LEG"};
  // Where an agent is: a place named right beside it ("police in Brussels", "In Kinshasa,
  // protesters ..."), else the place the sentence opens with ("In Yerevan, ..."), else the
  // dateline's country, else the country of the person the sentence names, else the
  // sentence's first place, else the last place the story named.
  const std::string previous_story = story_country_;
  // "Obama is being pressured by Congress": the country of the person the sentence names.
  std::string person_country;
  for (const ActorPhrase& b : ann.actors)
    if (b.kind == ActorPhrase::Kind::kName && b.singular_person && !b.entity.empty() && b.base.size() == 3) {
      person_country = b.base;
      break;
    }
  auto here_for = [&](const ActorPhrase& a) -> std::string {
    for (const PlaceMention& p : ann.places)
      if ((p.first > a.last && p.first <= a.last + 3) || (p.last < a.first && p.last + 4 >= a.first))
        return p.place->country;
    // "In Yerevan, ... police detained": the scene the sentence opens with.
    if (!ann.places.empty() && ann.places.front().first == 1 && Is(sentence.tokens[0], {"in", "at"}))
      return ann.places.front().place->country;
    if (!dateline_country_.empty()) return dateline_country_;
    if (!person_country.empty()) return person_country;
    if (!ann.places.empty()) return ann.places.front().place->country;
    return previous_story;
  };
  // "the mayor of (the northern West Bank city of) Nablus", "a court in Guyana": a place
  // qualifying the agent. "Of" makes anyone its own; "in" all but armed groups ("troops in
  // Syria" may be anyone's).
  auto qualifying_place = [&](const ActorPhrase& a) -> std::string {
    const auto& t = sentence.tokens;
    const size_t of = a.last + 1;
    if (of + 1 >= t.size() || !(t[of].norm == "of" || (t[of].norm == "in" && a.sector != "MIL" && a.sector != "REB")))
      return {};
    // "foreign embassies in Kinshasa" are not Congolese.
    for (size_t i = a.first > 0 ? a.first - 1 : 0; i <= a.last; ++i)
      if (t[i].norm == "foreign") return {};
    for (size_t j = of + 1; j < t.size() && j <= of + 7 && !t[j].punct; ++j) {
      for (const PlaceMention& p : ann.places)
        if (p.first == j) return p.place->country;
      // A territory the actor lexicon names ("the northern West Bank city of Nablus").
      int k = j < ann.actor_at.size() ? ann.actor_at[j] : -1;
      if (k >= 0) {
        const ActorPhrase& b = ann.actors[static_cast<size_t>(k)];
        return b.kind == ActorPhrase::Kind::kName && b.sector.empty() && !b.adjective_only && b.base.size() == 3 ? b.base
                                                                                                                 : "";
      }
      if (!t[j].capitalized && !lexicon.words.IsPlaceWord(t[j].norm)) break;
    }
    return {};
  };
  if (!ann.places.empty()) story_country_ = ann.places.back().place->country;
  std::vector<ActorPhrase> kept;
  for (ActorPhrase& a : ann.actors) {
    // "the army chief" in a story from Dhaka, with no army chief named before: Bangladesh's.
    // (Not "the envoy", who is most often the story's main speaker, wherever it was filed.)
    if (a.kind == ActorPhrase::Kind::kRoleNoun && IsOfficial(a.sector) && a.sector != "GOV" && !dateline_country_.empty() &&
        std::none_of(people_.begin(), people_.end(), [&](const KnownEntity& e) { return TitleFits(e.person_noun, a.person_noun); }) &&
        qualifying_place(a).empty()) {
      a.kind = ActorPhrase::Kind::kName;
      a.base = dateline_country_;
    }
    if (a.unplaced && a.singular_person && !a.entity.empty()) {
      // "Ambassador Al-Harith Mohamed" after "Sudan's ambassador": the country of the last
      // person with that title; else the one country with such a title in the lexicon
      // ("Secretary of State Kurt Campbell"); else a head of state or minister named by a bare
      // title is of the country the story was filed from (a reporter need not be).
      auto titled = titles_.find(a.person_noun);
      const std::string national = lexicon.actors.CountryOfTitle(a.person_noun);  // "secretary of state"
      const std::string& home = titled != titles_.end()      ? titled->second
                                : !national.empty()         ? national
                                : dateline_country_.empty() ? story_country_
                                                            : dateline_country_;
      if (home.empty() || (!IsOfficial(a.sector) && titled == titles_.end() && national.empty())) continue;
      a.base = home;
      a.unplaced = false;
      for (auto& [name, known] : aliases_)
        if (known.entity == a.entity && known.base.empty()) known.base = home;
    } else if (std::string qualified = a.unplaced || a.kind == ActorPhrase::Kind::kRoleNoun ? qualifying_place(a) : "";
               !qualified.empty()) {
      a.base = qualified;
      a.unplaced = false;
      a.kind = ActorPhrase::Kind::kName;  // "the mayor of Nablus" is someone new, not "the mayor" just named
    } else if (a.unplaced && !lexicon.conventions.lone_agent_base.empty()) {
      a.base = lexicon.conventions.lone_agent_base;
      a.unplaced = false;
    } else if (a.unplaced) {
      bool local = std::any_of(std::begin(kLocal), std::end(kLocal), [&](const char* s) { return a.sector == s; });
      // "the parliament", "Congress" named as an institution, and a bare "outside parliament".
      const bool institution = !a.plural && !a.singular_person && (a.sector == "LEG" || a.sector == "GOV");
      bool definite = (a.first > 0 && sentence.tokens[a.first - 1].norm == "the") ||
                      (!a.plural && sentence.tokens[a.first].capitalized && a.first > 0) ||
                      (institution && a.first > 0 && !Is(sentence.tokens[a.first - 1], {"a", "an"}));
      bool civil = a.sector == "GOV" || a.sector == "COP" || a.sector == "JUD" || a.sector == "LEG";
      auto named = definite ? agent_countries_.find(sentence.tokens[a.last].norm) : agent_countries_.end();
      if (named != agent_countries_.end()) {
        // "the army" after "Sudan's army": the one the story named.
        a.base = named->second;
      } else if (definite && (!a.plural || civil) && !dateline_country_.empty()) {
        // "the junta", "the government", "the electoral authorities" in a story filed from the
        // country itself (not "the troops": whose troops is not said).
        a.base = dateline_country_;
      } else if (std::string here = here_for(a); local && !here.empty() && (a.plural || a.sector == "COP" || definite)) {
        // "protesters", "police"; not a singular common noun ("opposition to sanctions").
        a.base = here;
      } else {
        continue;
      }
      a.unplaced = false;
    }
    kept.push_back(std::move(a));
  }
  ann.actors = std::move(kept);
  for (const ActorPhrase& a : ann.actors)
    if (a.kind == ActorPhrase::Kind::kName && a.person < 0 && !a.sector.empty() && a.base.size() == 3)
      agent_countries_[sentence.tokens[a.last].norm] = a.base;
  IndexActors(sentence.tokens.size(), ann);
}

void Discourse::Update(const std::vector<ActorPhrase>& actors, int main_subject) {
  for (const ActorPhrase& a : actors) {
    if (a.base.empty()) continue;
    if (!a.person_noun.empty()) titles_[a.person_noun] = a.base;
    if (a.singular_person) {
      last_person_ = From(a);
      has_person_ = true;
      if (!a.entity.empty() && a.kind == ActorPhrase::Kind::kName) people_.push_back(last_person_);
    } else if (IsGroupPhrase(a)) {
      last_group_ = From(a);
      has_group_ = true;
    } else if (IsBodyPhrase(a)) {
      last_body_ = From(a);
      has_body_ = true;
    }
    if (IsOrganisationPhrase(a)) {
      last_organisation_ = From(a);
      has_organisation_ = true;
    }
  }
  for (size_t k = 0; k + 1 < actors.size(); ++k) {
    const ActorPhrase &a = actors[k], &b = actors[k + 1];
    if (a.group >= 0 && a.group == b.group && !a.base.empty() && !b.base.empty() &&
        (a.base != b.base || a.entity != b.entity)) {
      last_pair_ = {From(a), From(b)};
      break;
    }
  }
  if (main_subject >= 0) {
    const ActorPhrase& s = actors[static_cast<size_t>(main_subject)];
    if (!s.base.empty() && s.singular_person) {
      main_person_ = From(s);
      has_main_ = true;
    }
  }
  if (people_.size() > 64) people_.erase(people_.begin(), people_.begin() + 32);
}

}  // namespace attache
