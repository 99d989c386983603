#include "match/actor_phrases.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "document/word_classes.h"

namespace attache {

bool IsNameToken(const Token& t) {
  return t.capitalized && !t.punct && !Is(t, {"the", "a", "and", "of", "in", "on", "said", "says"});
}

// Phrases joined by "and", "or" and commas (with determiners such as "several", "its") form a
// group; a bare demonym takes the agent of the group's last member ("Russian and US officials").
// A chain joined by commas alone is no list ("According to Lavrov, NATO troops ...").
void Group(const std::vector<Token>& tokens, std::vector<ActorPhrase>& actors,
           const std::unordered_set<std::string>& adjectives, bool loose) {
  static const std::unordered_set<std::string> kJoiners = {",", "and", "or", "as", "well", "both", "several",
                                                           "some", "other", "its", "their", "the", "many"};
  enum class Join { kNone, kComma, kConjunction };
  auto join = [&](const ActorPhrase& a, const ActorPhrase& b) {
    if (a.kind != ActorPhrase::Kind::kName || b.kind != ActorPhrase::Kind::kName || b.first <= a.last + 1)
      return Join::kNone;
    bool comma = false, conjunction = false;
    int free_words = 0;
    for (uint32_t i = a.last + 1; i < b.first; ++i) {
      const Token& t = tokens[i];
      bool free_word = loose && !t.punct && !t.capitalized && !IsPreposition(t) && !IsClauseBoundary(t);
      if (free_word) ++free_words;
      bool adjective = adjectives.count(t.norm) || (free_word && free_words <= 2);
      if (!kJoiners.count(t.norm) && !adjective) return Join::kNone;
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
      // "... Pashinyan, and police have detained ...": ", and" after a single phrase joins
      // clauses; in a list a comma came before ("China, Brazil, and India").
      const uint32_t gap = actors[end].last + 1;
      if (end == k && actors[end + 1].first == gap + 2 && tokens[gap].norm == "," && tokens[gap + 1].norm == "and")
        break;
      conjunction |= j == Join::kConjunction;
      ++end;
    }
    if (end > k && conjunction) {
      for (size_t m = k; m <= end; ++m) actors[m].group = next_group;
      ++next_group;
    }
    k = end + 1;
  }
  // Distribute the agent: "Russian and US officials", "US and British activists" (an
  // acronym such as US or UK before "and" is used as an adjective).
  auto adjectival = [&](const ActorPhrase& a) {
    if (a.adjective_only) return true;
    const Token& t = tokens[a.first];
    bool acronym = a.first == a.last && t.capitalized && t.norm.size() >= 2 && t.norm.size() <= 3 &&
                   std::all_of(t.norm.begin(), t.norm.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return acronym && a.kind == ActorPhrase::Kind::kName && a.sector.empty() && a.person < 0 &&
           a.last + 1 < tokens.size() && tokens[a.last + 1].norm == "and";
  };
  for (size_t k = actors.size(); k-- > 0;) {
    ActorPhrase& a = actors[k];
    if (a.group < 0 || !adjectival(a)) continue;
    for (size_t j = k + 1; j < actors.size() && actors[j].group == a.group; ++j)
      if (!actors[j].sector.empty()) {
        a.sector = actors[j].sector;
        a.plural = actors[j].plural;
        a.adjective_only = false;
        break;
      }
  }
}

bool IsCodedGroup(const std::string& base) {
  return base == "IGO" || base == "NGO" || (base.size() > 3 && base.rfind("IGO", 0) != 0 && base.rfind("NGO", 0) != 0);
}

// "the top diplomats of the United States, South Korea and Japan", "a spokesman for China's
// foreign ministry": an agent without a country takes those after "of", "from" or "for", one
// phrase each; the agent's words join the first. Before a body with a sector of its own
// ("ministers from the Georgian government") the agent is that body.
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
    if (first.first != i || first.kind != ActorPhrase::Kind::kName || first.person >= 0) continue;
    if (!first.sector.empty()) {
      // "ministers from the Georgian government": the body says who they are.
      if (first.group >= 0) continue;
      first.first = agent.first;
      first.plural = agent.plural;
      actors.erase(actors.begin() + static_cast<long>(k));
      continue;
    }
    for (size_t j = k + 1; j < actors.size(); ++j) {
      if (j > k + 1 && (first.group < 0 || actors[j].group != first.group)) break;
      if (actors[j].sector.empty() && actors[j].person < 0) {
        if (!IsCodedGroup(actors[j].base)) actors[j].sector = agent.sector;
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

}  // namespace attache
