#include "lexicon/legacy/legacy_lexicon.h"

#include <algorithm>

#include "document/ascii.h"
#include "lexicon/legacy/legacy_options.h"

namespace attache {
namespace {

// A legacy phrase as the engine's words: each legacy word is split the way the tokenizer splits
// text ("N'T", "U.S."); in TABARI words not joined by '_' may have other words between them, and
// the last word takes the plural ending ("LIBYA_" matches "Libyas", manual 5.2.3).
std::vector<PhraseWord> ToPhraseWords(const legacy::Phrase& phrase, legacy::DictFormat format) {
  std::vector<PhraseWord> out;
  bool joined = true;
  for (const legacy::Word& w : phrase) {
    std::vector<PhraseWord> parts = PhraseWords(AsciiLower(w.text));
    if (parts.empty()) continue;
    // PETRARCH reads '_' and blanks alike: its phrases are contiguous.
    parts.front().gap_before = !out.empty() && !joined && format == legacy::DictFormat::kTabari;
    parts.back().stem = w.stem;
    for (PhraseWord& p : parts) out.push_back(std::move(p));
    joined = w.joined;
  }
  if (!out.empty() && format == legacy::DictFormat::kTabari) out.back().plural = true;
  return out;
}

// A text may keep the dictionary's '_' ("the Prince of Dol_Amroth"): the phrase with each run
// of joined words as one word, or nothing when no words are joined.
std::vector<PhraseWord> UnderscoredWords(const legacy::Phrase& phrase, legacy::DictFormat format) {
  std::vector<PhraseWord> out;
  bool any = false, joined = false;
  for (const legacy::Word& w : phrase) {
    if (joined) {
      out.back().norm.push_back('_');
      out.back().norm.append(AsciiLower(w.text));
      any = true;
    } else {
      PhraseWord word{AsciiLower(w.text)};
      word.gap_before = !out.empty() && format == legacy::DictFormat::kTabari;
      out.push_back(std::move(word));
    }
    joined = w.joined;
  }
  if (!any) out.clear();
  return out;
}

void AddActors(const legacy::Dictionaries& d, ActorLexicon& actors) {
  for (const legacy::Actor& a : d.actors) {
    if (a.codes.empty()) continue;
    ActorEntry entry;
    entry.rule = a.rule;
    std::string plain;
    Person person;
    for (const legacy::DatedCode& c : a.codes) {
      if (!c.from && !c.to) {
        if (plain.empty()) plain = c.code;
        continue;
      }
      person.roles.push_back(Role{c.code, c.from, c.to, "", a.rule});
    }
    if (!person.roles.empty()) {
      // Dated codes: the code depends on the date of the event, as a person's does.
      person.otherwise = plain;
      person.name = a.phrases.empty() ? "" : AsciiLower(a.phrases.front().front().text);
      entry.kind = ActorKind::kPerson;
      entry.person = actors.AddPerson(std::move(person));
      entry.person_noun = true;
    } else {
      // A three-letter code is a country (or stands as one): agents attach to it ("Arnor's
      // ambassador": ARNGOV). Longer codes are complete actors.
      entry.kind = plain.size() == 3 ? ActorKind::kCountry : ActorKind::kOrganisation;
      entry.code = plain;
    }
    for (const legacy::Phrase& p : a.phrases) {
      actors.Add(ToPhraseWords(p, d.format), entry);
      if (auto kept = UnderscoredWords(p, d.format); !kept.empty()) actors.Add(std::move(kept), entry);
    }
  }
  for (const legacy::Agent& g : d.agents) {
    ActorEntry entry;
    entry.kind = ActorKind::kAgent;
    entry.code = g.prefix ? g.code + "~" : g.code;
    entry.rule = g.rule;
    for (const legacy::Phrase& p : g.phrases) {
      std::vector<PhraseWord> words = ToPhraseWords(p, d.format);
      if (words.empty()) continue;
      entry.noun = words.back().norm;
      entry.plural = words.back().norm.size() > 3 && words.back().norm.back() == 's';
      actors.Add(std::move(words), entry);
    }
  }
  // Discard phrases stand as actors coded "###": a sentence that names one codes nothing.
  for (const legacy::Discard& x : d.discards) {
    ActorEntry entry;
    entry.kind = ActorKind::kOrganisation;
    entry.code = std::string(kDiscardCode);
    entry.rule = x.rule;
    actors.Add(ToPhraseWords(x.phrase, d.format), entry);
  }
}

// Appends `e`, with a gap before it when the legacy pattern lets words stand between it and
// the element before (a blank rather than '_'). `out` may start with a gap: after the verb.
void Append(std::vector<PatternElement>& out, PatternElement e, bool gap) {
  if (gap && (out.empty() || out.back().kind != PatternElement::Kind::kGap)) out.push_back({PatternElement::Kind::kGap, "", false});
  out.push_back(std::move(e));
}

// Appends a legacy word split as the tokenizer splits text ("DIDN'T": did, n't), its stem on
// the last piece. Returns the number of words appended.
int AppendWord(std::vector<PatternElement>& out, const legacy::Word& w, bool gap) {
  std::vector<PhraseWord> parts = PhraseWords(AsciiLower(w.text));
  for (size_t i = 0; i < parts.size(); ++i)
    Append(out, {PatternElement::Kind::kWord, parts[i].norm, w.stem && i + 1 == parts.size()}, gap && i == 0);
  return static_cast<int>(parts.size());
}

// Appends a pattern token: a word, a slot (`$`, `+`) or a skipped word (`^`).
int AppendToken(std::vector<PatternElement>& out, const legacy::PatternToken& t, bool gap) {
  using K = legacy::PatternToken::Kind;
  switch (t.kind) {
    case K::kWord: return AppendWord(out, t.word, gap);
    case K::kSource: Append(out, {PatternElement::Kind::kSource, "", false}, gap); break;
    case K::kTarget: Append(out, {PatternElement::Kind::kTarget, "", false}, gap); break;
    case K::kSkip: Append(out, {PatternElement::Kind::kSkip, "", false}, gap); break;
    case K::kCompound: case K::kVerb: break;  // handled by the caller
  }
  return 0;
}

// Words a blank between pattern words may skip. TABARI lets them span the clause; this bound
// keeps a pattern from reaching into the next sentence-length clause.
constexpr uint8_t kLegacyGap = 12;

// A code as the events carry it: TABARI's "031!" (dominant) and "025?" (subordinate) marks
// say how the code combines with others in a sentence, not what it is.
std::string EventCode(std::string code) {
  while (!code.empty() && (code.back() == '!' || code.back() == '?')) code.pop_back();
  return code;
}

// The codes of a verb or pattern: the second ("[032:033]") is the target's reply, as TABARI's
// and PETRARCH's suites expect. PETRARCH2 also writes "[:110]", a code for the passive only,
// used here as the code.
std::pair<std::string, std::string> Codes(const std::string& code, const std::string& paired) {
  if (code.empty()) return {EventCode(paired), ""};
  return {EventCode(code), EventCode(paired)};
}

// The words of the verb's head around its verb word: those before it must precede the verb in
// the text, those after follow it.
EventPattern HeadPattern(const legacy::Verb& v) {
  EventPattern base;
  base.max_gap = kLegacyGap;
  const legacy::Word& verb = v.head[v.verb_word];
  base.head = AsciiLower(verb.text);
  std::tie(base.code, base.paired) = Codes(v.code, v.paired);
  base.rule = v.rule;
  for (size_t k = 0; k < v.verb_word; ++k)
    base.literal_words += AppendWord(base.before, v.head[k], k > 0 && !v.head[k - 1].joined);
  if (v.verb_word > 0 && !v.head[v.verb_word - 1].joined) base.before.push_back({PatternElement::Kind::kGap, "", false});
  bool joined = verb.joined;
  for (size_t k = v.verb_word + 1; k < v.head.size(); ++k) {
    base.literal_words += AppendWord(base.rest, v.head[k], !joined);
    joined = v.head[k].joined;
  }
  return base;
}

// One pattern line: what stands before `*` goes before the verb, the rest after the head's
// own words.
EventPattern LinePattern(const EventPattern& base, const legacy::Pattern& p) {
  using K = legacy::PatternToken::Kind;
  EventPattern e = base;
  e.rule = p.rule;
  if (!p.code.empty() || !p.paired.empty()) std::tie(e.code, e.paired) = Codes(p.code, p.paired);
  auto verb = std::find_if(p.tokens.begin(), p.tokens.end(), [](const legacy::PatternToken& t) { return t.kind == K::kVerb; });
  std::vector<PatternElement> before;
  bool gap = false;
  for (auto it = p.tokens.begin(); it != p.tokens.end(); ++it) {
    if (it == verb) { gap = !it->word.joined; continue; }
    if (it->kind == K::kCompound) {
      e.mutual = true;
      continue;
    }
    bool after = verb == p.tokens.end() || it > verb;
    std::vector<PatternElement>& side = after ? e.rest : before;
    e.literal_words += AppendToken(side, *it, gap && (after || !side.empty()));
    gap = it->kind != K::kWord || !it->word.joined;
  }
  // Unless joined to the verb by '_', the words before it may stand some way before it.
  if (!before.empty() && verb != p.tokens.begin() && verb != p.tokens.end() && !(verb - 1)->word.joined)
    before.push_back({PatternElement::Kind::kGap, "", false});
  before.insert(before.end(), base.before.begin(), base.before.end());
  e.before = std::move(before);
  return e;
}

PatternLexicon::VerbHead Head(const legacy::Verb& v) {
  PatternLexicon::VerbHead h;
  h.word = AsciiLower(v.head[v.verb_word].text);
  for (const std::string& f : v.forms) h.forms.push_back(AsciiLower(f));
  h.inflect = v.inflect;
  h.stem = v.head[v.verb_word].stem;
  return h;
}

// Whether a pattern line takes part in coding: PETRARCH ignores TABARI's "+++" (too complex)
// lines its dictionaries inherited.
bool Loaded(const legacy::Dictionaries& d, const legacy::Pattern& p) {
  return d.format != legacy::DictFormat::kPetrarch || p.code != kComplexCode;
}

// Every verb codes alone with its own code. A verb's pattern lines are its own (TABARI) or its
// block's (PETRARCH, "--- NAME [code] ---"); a block's lines are stored once and indexed under
// each one-word verb of the block, while a verb of several words ("SIDE WITH") takes its own
// copy, since its other words are part of each pattern.
void AddVerbs(const legacy::Dictionaries& d, PatternLexicon& patterns) {
  std::vector<std::vector<PatternLexicon::VerbHead>> shared(d.verbs.size());
  // The verbs alone go in last: between patterns of as many words, a pattern line is tried
  // before its verb alone ("- % * [032]" before "ATTEND [031]").
  std::vector<std::pair<EventPattern, size_t>> alone;
  for (size_t i = 0; i < d.verbs.size(); ++i) {
    const legacy::Verb& v = d.verbs[i];
    if (v.head.empty() || v.verb_word >= v.head.size()) continue;
    EventPattern base = HeadPattern(v);
    const size_t own = patterns.AddHeads({Head(v)});
    if (v.head.size() == 1) {
      shared[v.patterns_from.value_or(i)].push_back(Head(v));
    } else {
      for (const legacy::Pattern& p : legacy::PatternsOf(d, v))
        if (Loaded(d, p)) patterns.AddVerb(LinePattern(base, p), own);
    }
    alone.emplace_back(std::move(base), own);
  }
  for (size_t i = 0; i < d.verbs.size(); ++i) {
    if (shared[i].empty() || d.verbs[i].patterns.empty()) continue;
    const legacy::Verb& first = d.verbs[i];
    EventPattern base = HeadPattern(first);
    base.rest.clear();
    base.before.clear();
    base.literal_words = 1;
    const size_t heads = patterns.AddHeads(std::move(shared[i]));
    for (const legacy::Pattern& p : first.patterns)
      if (Loaded(d, p)) patterns.AddVerb(LinePattern(base, p), heads);
  }
  for (auto& [pattern, heads] : alone) patterns.AddVerb(std::move(pattern), heads);
}

}  // namespace

std::optional<legacy::DictFormat> ParseDictFormat(const std::string& name) {
  if (name == "tabari") return legacy::DictFormat::kTabari;
  if (name == "petrarch") return legacy::DictFormat::kPetrarch;
  return std::nullopt;
}

CodingConventions LegacyConventions(legacy::DictFormat format) {
  CodingConventions c;
  c.government_speaks = false;
  c.asserted_only = false;
  c.cameo_mutual_acts = false;
  c.groups_act_on_each_other = format == legacy::DictFormat::kPetrarch;
  c.verbs_before_cues = true;
  c.events_per = CodingConventions::EventsPer::kClause;
  c.next_actor_targets = true;
  c.locatives_are_places = false;
  c.possessor_subjects = true;
  c.loose_agents = format != legacy::DictFormat::kTabari;
  c.comma_clauses.enabled = true;
  if (format == legacy::DictFormat::kPetrarch) c.comma_clauses = {true, 2, 8, 2, 8, 0, 0};
  c.verb_noun_heuristics = format != legacy::DictFormat::kTabari;
  c.pronouns_take_nearest = true;
  c.loose_lists = format == legacy::DictFormat::kPetrarch;
  c.source_after_verb = format == legacy::DictFormat::kTabari;
  c.first_actor_is_source = format == legacy::DictFormat::kTabari;
  if (format == legacy::DictFormat::kTabari) c.min_words = 8;  // TABARI's default
  if (format == legacy::DictFormat::kPetrarch) c.lone_agent_base = "---";
  return c;
}

std::unique_ptr<Lexicon> LoadLegacyLexicon(const LegacySources& src, const LexiconPaths& bundled,
                                           std::vector<std::string>* warnings) {
  legacy::Dictionaries d;
  d.format = src.format;
  for (const std::string& a : src.actors) legacy::ReadActors(a, src.format, d);
  if (!src.agents.empty()) legacy::ReadAgents(src.agents, src.format, d);
  if (!src.verbs.empty()) legacy::ReadVerbs(src.verbs, src.format, d);
  if (!src.discards.empty()) legacy::ReadDiscards(src.discards, src.format, d);
  if (!src.options.empty()) legacy::ReadOptions(src.options, d);
  if (warnings) warnings->insert(warnings->end(), d.warnings.begin(), d.warnings.end());

  auto lex = std::make_unique<Lexicon>();
  lex->conventions = LegacyConventions(src.format);
  for (const auto& [key, value] : d.options) legacy::ApplyTabariOption(key, value, lex->conventions);
  lex->LoadLanguage(bundled, warnings);
  lex->patterns.LoadLanguage(bundled.dir);
  AddActors(d, lex->actors);
  for (const std::string& a : d.adjectives) lex->words.AddListAdjective(AsciiLower(a));
  AddVerbs(d, lex->patterns);
  lex->patterns.Index();
  lex->patterns.MarkTerritorial(lex->cameo);
  return lex;
}

}  // namespace attache
