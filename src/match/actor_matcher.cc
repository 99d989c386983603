#include "match/actor_matcher.h"

#include <algorithm>

#include "document/word_classes.h"
#include "match/actor_phrases.h"

namespace attache {
namespace {

// A raw hit before phrases are assembled.
struct Hit {
  uint32_t first, last;
  const ActorEntry* entry = nullptr;  // lexicon entry, or null
  const KnownEntity* alias = nullptr; // a name the document introduced
  bool pronoun = false;
};

bool IsPronoun(const Token& t) { return t.grammar & kPersonalPronoun; }

bool IsModifierKind(ActorKind k) {
  return k == ActorKind::kCountry || k == ActorKind::kDemonym || k == ActorKind::kRegion ||
         k == ActorKind::kOrganisation || k == ActorKind::kCapital;
}

// Words that may stand between a demonym and its agent ("Russian border guards").
bool IsAdjectiveGap(const Token& t) {
  return !t.punct && !t.capitalized && t.norm.size() > 2 &&
         !Is(t, {"and", "or", "the", "has", "have", "had", "was", "were", "is", "are", "will",
                 "would", "said", "says", "to", "of", "in", "on", "for", "with", "that", "who"});
}

std::string TokenText(const Document& doc, const Token& t) {
  return doc.text.substr(t.span.start, t.span.end - t.span.start);
}

std::vector<Hit> FindHits(const Document& doc, const Sentence& s, const Lexicon& lex,
                          const Discourse& discourse) {
  std::vector<Hit> hits;
  const auto& tokens = s.tokens;
  for (size_t i = 0; i < tokens.size();) {
    const Token& t = tokens[i];
    if (t.punct) { ++i; continue; }
    size_t len = 0;
    if (const auto* e = lex.actors.phrases().Longest(tokens, i, doc.text, len)) {
      hits.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + len - 1), &e->payload});
      i += len;
      continue;
    }
    if (t.capitalized) {
      if (const KnownEntity* k = discourse.Alias(t.norm)) {
        hits.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i), nullptr, k});
        ++i;
        continue;
      }
    }
    if (IsPronoun(t)) hits.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i), nullptr, nullptr, true});
    // "the bloc": refers back like a pronoun (Discourse::Resolve), to an organisation.
    if (t.norm == "the" && i + 1 < tokens.size() && lex.words.IsBodyNoun(tokens[i + 1].norm)) {
      hits.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), nullptr, nullptr, true});
      i += 2;
      continue;
    }
    ++i;
  }
  return hits;
}

class PhraseBuilder {
 public:
  PhraseBuilder(const Document& doc, const Sentence& s, const Lexicon& lexicon, Discourse& discourse)
      : doc_(doc), tokens_(s.tokens), people_(lexicon.actors.people()),
        loose_agents_(lexicon.conventions.loose_agents), discourse_(discourse) {}

  std::vector<ActorPhrase> Build(const std::vector<Hit>& hits) {
    std::vector<ActorPhrase> out;
    for (size_t h = 0; h < hits.size();) {
      ActorPhrase a;
      size_t next = Assemble(hits, h, a);
      MarkFormer(a);
      // An agent without a country ("police", "protesters") waits for the resolver to place it.
      a.unplaced = a.base.empty() && a.kind == ActorPhrase::Kind::kName && !a.sector.empty();
      if (!a.base.empty() || a.kind != ActorPhrase::Kind::kName || a.unplaced) out.push_back(std::move(a));
      h = next;
    }
    return out;
  }

 private:
  // Builds one phrase from hits[h...]; returns the index of the first hit not used.
  size_t Assemble(const std::vector<Hit>& hits, size_t h, ActorPhrase& a) {
    const Hit& first = hits[h];
    a.first = first.first;
    a.last = first.last;
    if (first.pronoun) {
      a.kind = ActorPhrase::Kind::kPronoun;
      a.entity = tokens_[first.last].norm;  // "it", or "bloc" of "the bloc"
      a.possessive = Is(tokens_[first.first], {"its", "his", "her", "their"});
      a.singular_person = Is(tokens_[first.first], {"he", "she", "him", "his", "her"});
      a.plural = Is(tokens_[first.first], {"they", "them", "their"});
      return h + 1;
    }
    size_t k = h;
    // Modifiers: countries, demonyms, organisations ("Russian", "US", "NATO").
    std::string base, rule;
    bool bare_adjective = false;
    while (k < hits.size() && hits[k].entry && IsModifierKind(hits[k].entry->kind) &&
           (k == h || Adjacent(hits[k - 1], hits[k], 0))) {
      if (base.empty()) {
        base = hits[k].entry->code;
        rule = hits[k].entry->rule;
        // "a protest in Beijing": a capital after a locative preposition is where, not who;
        // it stands for its country, not its government.
        const bool locative = first.first > 0 && Is(tokens_[first.first - 1], {"in", "at"});
        a.capital = hits[k].entry->kind == ActorKind::kCapital && !locative;
        a.sector = a.capital ? "GOV" : "";
        bare_adjective = hits[k].entry->kind == ActorKind::kDemonym;
      } else if (const std::string& code = hits[k].entry->code;
                 hits[k].entry->kind == ActorKind::kOrganisation && code.size() > base.size() && code.rfind(base, 0) == 0) {
        // "Egypt's Muslim Brotherhood", "Lebanese Hezbollah": the group, of that country.
        base = code;
        rule = hits[k].entry->rule;
        a.capital = bare_adjective = false;
        a.sector.clear();
      }
      a.last = hits[k].last;
      ++k;
    }
    a.base = base;
    a.rule = rule;
    // A person named in the lexicon or introduced earlier ("Biden" in "the US Biden
    // administration" is skipped when an agent follows it).
    auto take_person = [&](const Hit& p) {
      if (p.entry) {
        // The person's code depends on the event's date; the base (country) is the one of
        // their latest role (or, for a dated legacy code, the undated one), for comparisons.
        const Person& person = people_[static_cast<size_t>(p.entry->person)];
        a.person = p.entry->person;
        a.base = person.Base();
        a.sector.clear();
        a.rule = p.entry->rule;
        a.entity = person.name;
        if (a.person_noun.empty()) a.person_noun = TitleNoun(person);
        RememberSurname(p, KnownEntity{a.base, "", a.person, a.entity, a.person_noun}, person.family_name_first);
      } else {
        a.base = p.alias->base;
        a.sector = p.alias->sector;
        a.person = p.alias->person;
        a.entity = p.alias->entity;
        a.person_noun = p.alias->person_noun;
      }
      a.singular_person = true;
      a.last = p.last;
    };
    auto is_person = [](const Hit& x) {
      return x.alias || (x.entry && x.entry->kind == ActorKind::kPerson);
    };
    if (k < hits.size() && is_person(hits[k]) && (k == h || Adjacent(hits[k - 1], hits[k], 0))) {
      bool agent_follows = k + 1 < hits.size() && hits[k + 1].entry &&
                           hits[k + 1].entry->kind == ActorKind::kAgent && Adjacent(hits[k], hits[k + 1], 0);
      if (!agent_follows) {
        take_person(hits[k]);
        return k + 1;
      }
      // The name is the agent's modifier and the agent the head ("Biden administration", a
      // dictionary's dated "Georgian demonstrators"): the name gives the country.
      if (base.empty() && hits[k].entry) {
        const Person& person = people_[static_cast<size_t>(hits[k].entry->person)];
        base = person.Base();
        a.base = base;
        a.rule = hits[k].entry->rule;
      }
      ++k;
    }
    // An agent, the head of the phrase ("forces", "ambassador", "foreign minister").
    if (k < hits.size() && hits[k].entry && hits[k].entry->kind == ActorKind::kAgent &&
        (k == h || Adjacent(hits[k - 1], hits[k], bare_adjective ? 2 : 0))) {
      const ActorEntry& agent = *hits[k].entry;
      // An armed group's code already says what it is: "RSF fighters" stay SDNREB.
      a.sector = IsCodedGroup(base) ? "" : agent.code;
      a.plural = agent.plural;
      a.last = hits[k].last;
      if (a.rule.empty()) a.rule = agent.rule;
      if (agent.person_noun) a.person_noun = agent.noun;
      ++k;
      // "Ambassador to Pakistan": the host country is not the actor's; "a spokesman for China"
      // names the actor's own. ("Iran's ambassador in Berlin": Berlin is where, a place.)
      // "Bree Prime Minister Romendacil", where the dictionary codes the name as its country:
      // the name is the agent's holder, not another actor.
      if (k < hits.size() && hits[k].entry && hits[k].first == a.last + 1 && IsModifierKind(hits[k].entry->kind) &&
          (hits[k].entry->code == a.base || (a.base.empty() && loose_agents_))) {
        if (a.base.empty()) {
          a.base = hits[k].entry->code;
          a.rule = hits[k].entry->rule;
        }
        a.last = hits[k].last;
        ++k;
      }
      if (agent.person_noun && k < hits.size() && hits[k].entry &&
          hits[k].entry->kind != ActorKind::kPerson && hits[k].first >= 2 &&
          hits[k].first == a.last + 2 && Is(tokens_[a.last + 1], {"to", "for"}) && !PossessiveAfter(hits[k])) {
        if (a.base.empty() && tokens_[a.last + 1].norm == "for" && IsModifierKind(hits[k].entry->kind)) {
          a.base = hits[k].entry->code;
          if (a.rule.empty()) a.rule = hits[k].entry->rule;
        }
        a.last = hits[k].last;
        ++k;
      }
      if (agent.person_noun) {
        // Then the person: from the lexicon, or a name the text introduces here.
        if (k < hits.size() && is_person(hits[k]) && hits[k].first == a.last + 1) {
          std::string keep_base = a.base, keep_sector = a.sector;
          take_person(hits[k]);
          if (a.base.empty()) { a.base = keep_base; a.sector = keep_sector; }
          a.title_sector = keep_sector;
          return k + 1;
        }
        if (IntroduceName(a)) return SkipCovered(hits, k, a.last);
        if (a.base.empty() && a.first > 0 && Is(tokens_[a.first - 1], {"the"})) {
          a.kind = ActorPhrase::Kind::kRoleNoun;  // "the envoy": resolved later
          a.first -= 1;
          a.singular_person = true;
        } else if (!a.base.empty()) {
          a.singular_person = !agent.plural;
        }
      }
      return k;
    }
    if (base.empty()) return std::max(k, h + 1);
    a.adjective_only = bare_adjective && !IsPluralDemonym(a);
    a.plural = bare_adjective && IsPluralDemonym(a);
    return k;
  }

  // "former Nigerian military ruler Abdulsalami Abubakar": someone who held the post is an
  // elite (ELI) of the country now. (People in the lexicon are coded by their dated roles.)
  void MarkFormer(ActorPhrase& a) const {
    if (a.first == 0 || a.person >= 0 || a.sector.empty() || a.person_noun.empty()) return;
    if (!Is(tokens_[a.first - 1], {"former", "ex-"})) return;
    a.sector = "ELI";
    a.first -= 1;
  }

  // "a spokesman for China's foreign ministry": the name is the ministry's, which the agent
  // joins later (AttachAgentsToCountries).
  bool PossessiveAfter(const Hit& h) const { return h.last + 1 < tokens_.size() && tokens_[h.last + 1].norm == "'s"; }

  // Once a document has named a lexicon person in full, their surname alone refers to them
  // ("President Lai Ching-te" ... "Lai"): the last word, or the first before a hyphenated
  // given name or of a person the lexicon lists so (Chinese and Korean order: "Yoon Suk Yeol"
  // ... "Yoon").
  void RememberSurname(const Hit& p, const KnownEntity& e, bool family_name_first = false) {
    discourse_.AddAlias(tokens_[p.last].norm, e);
    if (family_name_first || (p.last == p.first + 1 && tokens_[p.last].norm.find('-') != std::string::npos))
      discourse_.AddAlias(tokens_[p.first].norm, e);
  }

  // The title a lexicon person holds when the document was published ("foreign minister"),
  // so that "the minister" can find them later.
  std::string TitleNoun(const Person& person) const {
    const Role* role = &person.roles.back();
    if (doc_.published) {
      int64_t day = doc_.published->DayNumber();
      for (const Role& r : person.roles)
        if ((!r.from || r.from->DayNumber() <= day) && (!r.to || r.to->DayNumber() >= day)) role = &r;
    }
    std::string title;
    for (char c : role->title) title += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return title;
  }

  bool IsPluralDemonym(const ActorPhrase& a) const {
    const std::string& w = tokens_[a.last].norm;
    return w.size() > 3 && w.back() == 's' && w != "swiss";
  }

  // After a title: "Albert P. Khorev". Registers the surname with the discourse.
  bool IntroduceName(ActorPhrase& a) {
    size_t i = a.last + 1, start = i;
    while (i < tokens_.size() && i - start < 4 && IsNameToken(tokens_[i])) ++i;
    if (i == start) return false;
    // A title without a country ("Prime Minister Irakli Kobakhidze") is placed by the resolver.
    std::string name;
    for (size_t k = start; k < i; ++k) {
      if (!name.empty()) name += ' ';
      name += TokenText(doc_, tokens_[k]);
    }
    a.entity = name;
    a.last = static_cast<uint32_t>(i - 1);
    a.singular_person = true;
    RememberSurname(Hit{static_cast<uint32_t>(start), static_cast<uint32_t>(i - 1)},
                    KnownEntity{a.base, a.sector, -1, name, a.person_noun});
    return true;
  }

  static size_t SkipCovered(const std::vector<Hit>& hits, size_t k, uint32_t last) {
    while (k < hits.size() && hits[k].first <= last) ++k;
    return k;
  }

  // True when hit b follows hit a with at most `gap` adjective-like tokens (or "'s") between.
  // Whether only `gap` adjectives stand between a and b. After a possessive two words of any
  // case may, as the conventions say: "Dagolath's first Deputy Prime Minister" (the agent is
  // "Prime Minister").
  bool Adjacent(const Hit& a, const Hit& b, size_t gap) const {
    size_t i = a.last + 1;
    const bool possessive = i < b.first && tokens_[i].norm == "'s";
    if (possessive) ++i;
    const size_t allowed = std::max<size_t>(gap, possessive && loose_agents_ ? 2 : 0);
    size_t n = 0;
    while (i < b.first) {
      const Token& t = tokens_[i];
      bool ok = IsAdjectiveGap(t) || (possessive && t.capitalized && !t.punct);
      if (++n > allowed || !ok) return false;
      ++i;
    }
    return true;
  }

  const Document& doc_;
  const std::vector<Token>& tokens_;
  const std::vector<Person>& people_;
  const bool loose_agents_;
  Discourse& discourse_;
};

}  // namespace

void MatchActors(const Document& doc, const Sentence& sentence, const Lexicon& lexicon,
                 Discourse& discourse, SentenceAnnotations& out) {
  std::vector<Hit> hits = FindHits(doc, sentence, lexicon, discourse);
  PhraseBuilder builder(doc, sentence, lexicon, discourse);
  out.actors = builder.Build(hits);
  const auto& tokens = sentence.tokens;
  for (ActorPhrase& a : out.actors)
    if (a.last + 1 < tokens.size() && tokens[a.last + 1].norm == "'s") a.possessive = true;
  DropBracketedRestatements(tokens, out.actors);
  Group(tokens, out.actors, lexicon.words.list_adjectives(), lexicon.conventions.loose_lists);
  AttachAgentsToCountries(tokens, out.actors);
  AddAppositiveNames(doc, tokens, discourse, out.actors);
  AddPairReferences(tokens, discourse, out.actors);
  IndexActors(tokens.size(), out);
}

}  // namespace attache
