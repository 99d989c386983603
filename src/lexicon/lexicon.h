// Everything the engine knows, loaded once from the lexicon directory and the gazetteer, and
// shared read-only by every document and thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "clean/cleaner.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/cameo_codebook.h"
#include "lexicon/cameo_composition.h"
#include "lexicon/patterns.h"
#include "lexicon/word_lists.h"
#include "places/gazetteer.h"
#include "split/abbreviations.h"

namespace attache {

struct LexiconPaths {
  std::string dir = ATTACHE_LEXICON_DIR;
  GazetteerPaths gazetteer{ATTACHE_GEONAMES, ATTACHE_ISO_CODES, ""};  // aliases: dir/places.txt
};

// TABARI's comma-delimited (nonrestrictive) clauses, dropped before coding when their number
// of words n is min < n <= max; the first and last of a sentence have their own limits.
struct CommaClauses {
  bool enabled = false;
  size_t min = 2, max = 10, end_min = 2, end_max = 10, begin_min = 128, begin_max = 0;
};

// Conventions of the dictionaries in use, where the bundled lexicon and the legacy ones differ.
struct CodingConventions {
  // A country named bare as the source of a verbal act is its government ("Germany summoned
  // Iran's ambassador": DEUGOV). TABARI and PETRARCH code the country (DEU).
  bool government_speaks = true;
  // Only asserted events (factual, future) are written unless `--all` is given. TABARI and
  // PETRARCH code what their patterns match whatever the modality ("may restore ties"), and
  // their users expect those events; the record's `modality` still says which they are.
  bool asserted_only = true;
  // A group doing a cooperative act (CAMEO 03-06: "Moscow and Washington agreed") does it with
  // one another. Legacy dictionaries use other codes (WEIS) and mark such patterns with `%`.
  bool cameo_mutual_acts = true;
  // PETRARCH: any act of a group with no other target is done among its members ("Gondor and
  // Osgiliath renewed ties").
  bool groups_act_on_each_other = false;
  // A word that heads both an accusing speech cue ("warned", "charged") and an event pattern
  // is a cue: its claim is coded. Legacy dictionaries code such verbs themselves ("WARN [160]").
  bool verbs_before_cues = false;
  // Every act a sentence reports is coded. TABARI (and, through its parse, PETRARCH) codes the
  // first event of each clause joined by a conjunction ("condemned the attack and promised
  // aid": two), and no later verb of the same clause ("clashed ... during a visit": one);
  // TABARI's options may ask for one per sentence, or all.
  enum class EventsPer : uint8_t { kAct, kClause, kSentence } events_per = EventsPer::kAct;
  // A verb's target is found by its syntax: its object, stopping at a clause boundary ("said
  // that"). TABARI takes the first actor after the pattern in its conjunction-delimited clause.
  bool next_actor_targets = false;
  // An agent no actor places ("the Muslims", "officials"): "" leaves it to the story (its
  // dateline, its places); PETRARCH writes "---GOV", TABARI with CONVERT AGENT "~MOS".
  std::string lone_agent_base;
  // TABARI's limits: sentences with fewer words, more verbs or more conjunctions than these are
  // not coded (0: no limit).
  size_t min_words = 0, max_verbs = 0, max_conjunctions = 0;
  // A country named after "in", "at", "near" is where something happened, not an actor.
  // TABARI and PETRARCH code it as an actor ("fired shells at New Zealand").
  bool locatives_are_places = true;
  // "Ithilen's militia vowed": with no actor for the subject's head, the legacy coders take
  // its possessor as the source.
  bool possessor_subjects = false;
  // Agents reach a little further: a possessive reaches its agent over two words ("Russia's
  // new Foreign Minister"), and a title takes the country of the name after it ("Prime
  // Minister Telemar", when the dictionary codes Telemar as a country). TABARI's agents attach
  // to the actor right before them only.
  bool loose_agents = true;
  // "Gondor, almost five years after crowds burned its embassy, restored ties": TABARI drops
  // the clause between the commas before coding.
  CommaClauses comma_clauses;
  // Whether a verb's word is used as a noun is read from the words before it (determiners,
  // demonyms, prepositions, an "-ing" form with no auxiliary). TABARI looks only for an article
  // or a capital letter ("To Restore").
  bool verb_noun_heuristics = true;
  // A pronoun is resolved by person, number and the story so far ("he" is the last man
  // named). The legacy coders take the nearest actor before it in the sentence.
  bool pronouns_take_nearest = false;
  // With no actor before its verb, a clause has no source. TABARI is greedy: it takes the first
  // actor after the verb, and the next as the target ...
  bool source_after_verb = false;
  // The source is the verb's subject. TABARI takes the first actor of the clause.
  bool first_actor_is_source = false;
  // ... unless its options give default codes (DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER):
  // `default_source` when no actor stands before the verb (with PRIOR) or none is found at all,
  // `default_target` when none is found.
  std::string default_source, default_target;
  bool default_source_prior = false;
  // TABARI's COMPLEX NOACTPRIOR: a sentence with no actor before its first verb is too complex.
  bool no_actor_prior_is_complex = false;
  // An event needs a target. PETRARCH with require_dyad = false also codes acts with none,
  // including a dictionary's speech verbs ("the agency said": ---GOV --- 023).
  bool require_target = true;
  // Lists of actors are joined by commas and conjunctions, with determiners and the list
  // adjectives of the dictionaries. PETRARCH's parse also joins "Fornost and the evil awful
  // Gondor": any two lower-case words before a member.
  bool loose_lists = false;
};

struct Lexicon {
  CodingConventions conventions;
  ActorLexicon actors;
  PatternLexicon patterns;
  CameoCodebook cameo;
  CameoComposition composition;
  WordLists words;
  Abbreviations abbreviations;
  BoilerplateRules boilerplate;
  std::unique_ptr<Gazetteer> gazetteer;

  // Throws LexiconError ("file:line: reason") on a malformed file. Warnings (a missing
  // gazetteer) are appended to `warnings`.
  static std::unique_ptr<Lexicon> Load(const LexiconPaths& paths, std::vector<std::string>* warnings);

  // Loads what every set of dictionaries shares, the knowledge of the language and the world:
  // the CAMEO codebook and its composition table, word lists, abbreviations, boilerplate and
  // the gazetteer. Load() adds the bundled actors and patterns; the legacy loader adds a
  // team's own dictionaries.
  void LoadLanguage(const LexiconPaths& paths, std::vector<std::string>* warnings);

 private:
  // LoadLanguage without the gazetteer.
  void LoadLanguageFiles(const LexiconPaths& paths);
};

}  // namespace attache
