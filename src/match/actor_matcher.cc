#include "match/actor_matcher.h"

#include <algorithm>

#include <unordered_set>

namespace attache {
namespace {

// A raw hit before phrases are assembled.
struct Hit {
  uint32_t first, last;
  const ActorEntry* entry = nullptr;  // lexicon entry, or null
  const KnownEntity* alias = nullptr; // a name the document introduced
  bool pronoun = false;
};

bool Is(const Token& t, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (t.norm == w) return true;
  return false;
}

bool IsPronoun(const Token& t) {
  return Is(t, {"he", "she", "him", "his", "her", "it", "its", "they", "them", "their"});
}

bool IsModifierKind(ActorKind k) {
  return k == ActorKind::kCountry || k == ActorKind::kDemonym || k == ActorKind::kRegion ||
         k == ActorKind::kOrganisation || k == ActorKind::kCapital;
}

// Capitalised words that can be part of a person's name ("Albert", "P.", "Khorev").
bool IsNameToken(const Token& t) {
  return t.capitalized && !t.punct && !Is(t, {"the", "a", "and", "of", "in", "on", "said", "says"});
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
    ++i;
  }
  return hits;
}

class PhraseBuilder {
 public:
  PhraseBuilder(const Document& doc, const Sentence& s, const std::vector<Person>& people,
                Discourse& discourse)
      : doc_(doc), tokens_(s.tokens), people_(people), discourse_(discourse) {}

  std::vector<ActorPhrase> Build(const std::vector<Hit>& hits) {
    std::vector<ActorPhrase> out;
    for (size_t h = 0; h < hits.size();) {
      ActorPhrase a;
      size_t next = Assemble(hits, h, a);
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
      a.entity = tokens_[first.first].norm;
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
        a.capital = hits[k].entry->kind == ActorKind::kCapital;
        a.sector = a.capital ? "GOV" : "";
        bare_adjective = hits[k].entry->kind == ActorKind::kDemonym;
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
        // their latest role, for comparisons between actors.
        const Person& person = people_[static_cast<size_t>(p.entry->person)];
        a.person = p.entry->person;
        a.base = SplitActorCode(person.roles.back().code).first;
        a.sector.clear();
        a.rule = p.entry->rule;
        a.entity = person.name;
        if (a.person_noun.empty()) a.person_noun = TitleNoun(person);
        RememberSurname(p, KnownEntity{a.base, "", a.person, a.entity, a.person_noun});
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
      ++k;  // skip the name; the agent is the head
    }
    // An agent, the head of the phrase ("forces", "ambassador", "foreign minister").
    if (k < hits.size() && hits[k].entry && hits[k].entry->kind == ActorKind::kAgent &&
        (k == h || Adjacent(hits[k - 1], hits[k], bare_adjective ? 2 : 0))) {
      const ActorEntry& agent = *hits[k].entry;
      // An armed group's code already says what it is: "RSF fighters" stay SDNREB; so does a
      // bare IGO ("BRICS leaders"). Named IGOs take the sector ("NATO troops": IGOWSTNATMIL).
      bool coded_group = base == "IGO" || base == "NGO" ||
                         (base.size() > 3 && base.rfind("IGO", 0) != 0 && base.rfind("NGO", 0) != 0);
      a.sector = coded_group ? "" : agent.code;
      a.plural = agent.plural;
      a.last = hits[k].last;
      if (a.rule.empty()) a.rule = agent.rule;
      if (agent.person_noun) a.person_noun = agent.noun;
      ++k;
      // "Ambassador to Pakistan": the host country is not the actor's; "a spokesman for China"
      // names the actor's own. ("Iran's ambassador in Berlin": Berlin is where, a place.)
      if (agent.person_noun && k < hits.size() && hits[k].entry &&
          hits[k].entry->kind != ActorKind::kPerson && hits[k].first >= 2 &&
          hits[k].first == a.last + 2 && Is(tokens_[a.last + 1], {"to", "for"})) {
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

  // Once a document has named a lexicon person in full, their surname alone refers to them
  // ("President Lai Ching-te" ... "Lai"): the last word, or the first before a hyphenated
  // given name (Chinese and Korean order).
  void RememberSurname(const Hit& p, const KnownEntity& e) {
    discourse_.AddAlias(tokens_[p.last].norm, e);
    if (p.last == p.first + 1 && tokens_[p.last].norm.find('-') != std::string::npos)
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
  bool Adjacent(const Hit& a, const Hit& b, size_t gap) const {
    size_t i = a.last + 1;
    if (i < b.first && tokens_[i].norm == "'s") ++i;
    size_t n = 0;
    while (i < b.first) {
      if (++n > gap || !IsAdjectiveGap(tokens_[i])) return false;
      ++i;
    }
    return true;
  }

  const Document& doc_;
  const std::vector<Token>& tokens_;
  const std::vector<Person>& people_;
  Discourse& discourse_;
};

// Phrases joined by "and", "or" and commas (with determiners such as "several", "its") form a
// group; a bare demonym takes the agent of the group's last member ("Russian and US officials").
// A chain joined by commas alone is no list ("According to Lavrov, NATO troops ...").
void Group(const std::vector<Token>& tokens, std::vector<ActorPhrase>& actors) {
  static const std::unordered_set<std::string> kJoiners = {",", "and", "or", "as", "well", "both", "several",
                                                           "some", "other", "its", "their", "the", "many"};
  enum class Join { kNone, kComma, kConjunction };
  auto join = [&](const ActorPhrase& a, const ActorPhrase& b) {
    if (a.kind != ActorPhrase::Kind::kName || b.kind != ActorPhrase::Kind::kName || b.first <= a.last + 1)
      return Join::kNone;
    bool comma = false, conjunction = false;
    for (uint32_t i = a.last + 1; i < b.first; ++i) {
      if (!kJoiners.count(tokens[i].norm)) return Join::kNone;
      comma |= tokens[i].norm == ",";
      conjunction |= tokens[i].norm == "and" || tokens[i].norm == "or";
    }
    if (conjunction) return Join::kConjunction;
    if (comma && !(a.singular_person && !b.singular_person)) return Join::kComma;
    return Join::kNone;
  };
  int next_group = 0;
  for (size_t k = 0; k + 1 < actors.size();) {
    // The chain actors[k..end] and whether a conjunction joins it anywhere.
    size_t end = k;
    bool conjunction = false;
    while (end + 1 < actors.size()) {
      Join j = join(actors[end], actors[end + 1]);
      if (j == Join::kNone) break;
      conjunction |= j == Join::kConjunction;
      ++end;
    }
    if (end > k && conjunction) {
      for (size_t m = k; m <= end; ++m) actors[m].group = next_group;
      ++next_group;
    }
    k = end + 1;
  }
  // Distribute the agent: "Russian and US officials".
  for (size_t k = actors.size(); k-- > 0;) {
    ActorPhrase& a = actors[k];
    if (!a.adjective_only || a.group < 0) continue;
    for (size_t j = k + 1; j < actors.size() && actors[j].group == a.group; ++j)
      if (!actors[j].sector.empty()) {
        a.sector = actors[j].sector;
        a.plural = actors[j].plural;
        a.adjective_only = false;
        break;
      }
  }
}

// "the top diplomats of the United States, South Korea and Japan", "a spokesman for China's
// foreign ministry": an agent without a country takes those after "of", "from" or "for", one
// phrase each; the agent's words join the first.
void AttachAgentsToCountries(const std::vector<Token>& tokens, std::vector<ActorPhrase>& actors) {
  for (size_t k = 0; k + 1 < actors.size(); ++k) {
    ActorPhrase& agent = actors[k];
    if (agent.kind != ActorPhrase::Kind::kName || !agent.base.empty() || agent.sector.empty()) continue;
    uint32_t i = agent.last + 1;
    if (i >= tokens.size() || !(tokens[i].norm == "of" || tokens[i].norm == "from" || tokens[i].norm == "for"))
      continue;
    ++i;
    while (i < tokens.size() && (tokens[i].norm == "the" || tokens[i].norm == "both")) ++i;
    ActorPhrase& first = actors[k + 1];
    if (first.first != i || first.kind != ActorPhrase::Kind::kName || !first.sector.empty() || first.person >= 0)
      continue;
    for (size_t j = k + 1; j < actors.size(); ++j) {
      if (j > k + 1 && (first.group < 0 || actors[j].group != first.group)) break;
      if (actors[j].sector.empty() && actors[j].person < 0) {
        actors[j].sector = agent.sector;
        actors[j].plural = agent.plural;
        actors[j].singular_person = agent.singular_person;
        actors[j].person_noun = agent.person_noun;
        actors[j].adjective_only = false;
      }
    }
    first.first = agent.first;
    actors.erase(actors.begin() + static_cast<long>(k));
  }
}

// "the National Liberation Army (ELN)": an acronym in brackets restates the actor before it.
void DropBracketedRestatements(const std::vector<Token>& tokens, std::vector<ActorPhrase>& actors) {
  for (size_t k = 0; k + 1 < actors.size(); ++k) {
    ActorPhrase &a = actors[k], &b = actors[k + 1];
    if (b.first != a.last + 2 || tokens[a.last + 1].norm != "(" || b.last + 1 >= tokens.size() ||
        tokens[b.last + 1].norm != ")" || a.base != b.base)
      continue;
    a.last = b.last + 1;
    actors.erase(actors.begin() + static_cast<long>(k) + 1);
  }
}

// "Chen Binhua, a spokesman for China's Taiwan Affairs Office, accused ...": a name the lexicon
// does not know, described by the title after it, is that title's actor, and its surname now
// refers to them.
void AddAppositiveNames(const Document& doc, const std::vector<Token>& tokens, Discourse& discourse,
                        std::vector<ActorPhrase>& actors) {
  for (size_t k = 0; k < actors.size(); ++k) {
    const ActorPhrase& title = actors[k];
    if (title.kind != ActorPhrase::Kind::kName || title.base.empty() || title.sector.empty() ||
        title.person_noun.empty() || title.first < 3)
      continue;
    size_t comma = title.first - 1;
    if (Is(tokens[comma], {"a", "an", "the"})) --comma;
    if (tokens[comma].norm != "," || comma < 2) continue;
    size_t start = comma;
    while (start > 0 && comma - start < 4 && IsNameToken(tokens[start - 1])) --start;
    if (start == comma || comma - start < 2) continue;  // a first name and a surname at least
    bool free = std::none_of(actors.begin(), actors.end(), [&](const ActorPhrase& a) {
      return a.last >= start && a.first < comma;
    });
    if (!free) continue;
    // Everything up to the comma closing the appositive describes the name.
    for (size_t j = k; j < actors.size(); ++j) {
      size_t close = actors[k].last + 1;
      while (close < tokens.size() && tokens[close].norm != ",") ++close;
      if (actors[j].first >= close) break;
      actors[j].appositive = true;
    }
    ActorPhrase name = title;
    name.appositive = false;
    name.possessive = false;
    name.first = static_cast<uint32_t>(start);
    name.last = static_cast<uint32_t>(comma - 1);
    name.singular_person = true;
    name.plural = false;
    name.group = -1;
    name.entity = doc.text.substr(tokens[start].span.start, tokens[comma - 1].span.end - tokens[start].span.start);
    discourse.AddAlias(tokens[comma - 1].norm, KnownEntity{name.base, name.sector, -1, name.entity, name.person_noun});
    actors.insert(actors.begin() + static_cast<long>(k), std::move(name));
    ++k;
  }
}

// "the two sides", "both leaders": the pair the story last named together, as a group.
void AddPairReferences(const std::vector<Token>& tokens, const Discourse& discourse,
                       std::vector<ActorPhrase>& actors) {
  static const std::unordered_set<std::string> kNouns = {
      "sides", "countries", "leaders", "ministers", "men", "women", "governments", "nations",
      "presidents", "diplomats", "parties", "delegations", "states", "neighbours", "neighbors"};
  const auto& pair = discourse.LastPair();
  if (pair.size() != 2) return;
  int group = 0;
  for (const ActorPhrase& a : actors) group = std::max(group, a.group + 1);
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    size_t noun = tokens[i].norm == "both" ? i + 1
                  : (tokens[i].norm == "the" && i + 2 < tokens.size() && tokens[i + 1].norm == "two") ? i + 2
                                                                                                  : 0;
    if (noun == 0 || !kNouns.count(tokens[noun].norm)) continue;
    bool covered = std::any_of(actors.begin(), actors.end(), [&](const ActorPhrase& a) {
      return a.first <= noun && noun <= a.last;
    });
    if (covered) continue;
    for (const KnownEntity& e : pair) {
      ActorPhrase a;
      a.first = static_cast<uint32_t>(i);
      a.last = static_cast<uint32_t>(noun);
      a.base = e.base;
      a.sector = e.sector;
      a.person = e.person;
      a.entity = e.entity;
      a.plural = true;
      a.group = group;
      auto at = std::find_if(actors.begin(), actors.end(), [&](const ActorPhrase& b) { return b.first > noun; });
      actors.insert(at, std::move(a));
    }
    ++group;
  }
}

}  // namespace

void MatchActors(const Document& doc, const Sentence& sentence, const Lexicon& lexicon,
                 Discourse& discourse, SentenceAnnotations& out) {
  std::vector<Hit> hits = FindHits(doc, sentence, lexicon, discourse);
  PhraseBuilder builder(doc, sentence, lexicon.actors.people(), discourse);
  out.actors = builder.Build(hits);
  const auto& tokens = sentence.tokens;
  for (ActorPhrase& a : out.actors)
    if (a.last + 1 < tokens.size() && tokens[a.last + 1].norm == "'s") a.possessive = true;
  DropBracketedRestatements(tokens, out.actors);
  Group(tokens, out.actors);
  AttachAgentsToCountries(tokens, out.actors);
  AddAppositiveNames(doc, tokens, discourse, out.actors);
  AddPairReferences(tokens, discourse, out.actors);
  IndexActors(tokens.size(), out);
}

}  // namespace attache
