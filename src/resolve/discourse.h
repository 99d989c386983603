// What a document has said so far, for coreference: the people it has named (with the titles
// that introduced them), who its main speaker is, the last body, group and pair mentioned,
// where the story is filed from, and the acts it has told (so that "the launch" or "the deal"
// can be traced to who did it). Each document gets its own Discourse; nothing is shared
// between documents.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon/lexicon.h"
#include "match/annotations.h"
#include "parse/predication.h"

namespace attache {

struct KnownEntity {
  std::string base, sector;
  int person = -1;           // lexicon person, or -1 for a name the document introduced
  std::string entity;
  std::string person_noun;   // "ambassador"
};

class Discourse {
 public:
  // A name the document introduced with a title ("Russian Ambassador to Pakistan Albert P.
  // Khorev"): its surname now refers to that person.
  void AddAlias(const std::string& surname_norm, KnownEntity e);
  const KnownEntity* Alias(const std::string& norm) const;

  // Resolves a pronoun or role noun at `index` among `actors` (the sentence's phrases, in
  // order). `as_subject`: it stands as the subject of a clause, where "he" means the main
  // speaker; so does a possessive "his" ("Guterres arrived ... to meet Putin. Ukraine
  // criticised his decision"). Returns false when nothing fits.
  bool Resolve(std::vector<ActorPhrase>& actors, size_t index, bool as_subject) const;

  // Gives agents without a country a country, or drops them:
  // - "police", "protesters" (domestic sectors): the place beside them, else the dateline's
  //   country, else the story's;
  // - "the army", "the government" (definite): the country of the last army or government the
  //   story named, else (singular) the dateline's country;
  // - a person named with a bare title ("President Salome Zourabichvili"): the country of the
  //   last holder of that title, of the one country with that title in the lexicon, or of the
  //   dateline.
  // Plural armed or government agents stay unplaced: a place says little about whose troops
  // or officials they are.
  void PlaceAgents(const Sentence& sentence, SentenceAnnotations& ann, const Lexicon& lexicon);

  // The country the story was filed from (its dateline), until its sentences name places.
  void SetStoryCountry(const std::string& country) { story_country_ = dateline_country_ = country; }

  // Events the story has told, by the words that named them ("launched a missile" -> launch,
  // missile; "staged drills" -> drills), so that "condemned the launch" finds who launched.
  void NoteEvents(const SentenceAnnotations& ann, const ParsedSentence& parsed, const Lexicon& lexicon);
  const KnownEntity* DoerOf(const std::string& word, const Lexicon& lexicon) const;
  // The two parties of the last agreement, talks or ceasefire ("welcomed the deal"); empty
  // when the story told none, or when `word` names no agreement.
  const std::vector<KnownEntity>& PartiesOf(const std::string& word, const Lexicon& lexicon) const;
  static KnownEntity From(const ActorPhrase& a);

  // The last two actors the story named together ("Blinken and Lavrov"), for "the two sides";
  // empty when there are none.
  const std::vector<KnownEntity>& LastPair() const { return last_pair_; }

  // After a sentence: remember its people, bodies and groups; `main_subject` (an index into
  // actors or -1) is the subject of its outermost clause.
  void Update(const std::vector<ActorPhrase>& actors, int main_subject);

 private:
  static void Apply(const KnownEntity& e, ActorPhrase& a);

  std::unordered_map<std::string, KnownEntity> aliases_;
  std::vector<KnownEntity> people_;  // people named, most recent last
  std::vector<KnownEntity> last_pair_;
  std::unordered_map<std::string, KnownEntity> event_doers_;
  KnownEntity last_force_doer_;  // who did the last act of force (quad class 4)
  std::vector<KnownEntity> last_accord_;  // the two parties of the last mutual act
  bool has_force_doer_ = false;
  KnownEntity main_person_, last_person_, last_body_, last_group_, last_organisation_;
  bool has_main_ = false, has_person_ = false, has_body_ = false, has_group_ = false, has_organisation_ = false;
  std::unordered_map<std::string, std::string> agent_countries_;  // "army" -> SDN after "Sudan's army"
  std::unordered_map<std::string, std::string> titles_;  // "ambassador" -> SDN: last holder's country
  std::string story_country_;     // country of the last place the story named
  std::string dateline_country_;  // country of the dateline, if any
};

}  // namespace attache
