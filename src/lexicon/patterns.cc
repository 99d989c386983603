#include "lexicon/patterns.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>

#include "lexicon/line_reader.h"

namespace attache {
namespace {

// Parses "accuse + of" into head "accuse" and the rest; returns false on a malformed pattern.
bool ParsePattern(std::string_view text, std::string& head, std::vector<PatternElement>& rest,
                  bool& untargeted, int& literal_words, std::string& error) {
  untargeted = !text.empty() && text.back() == '!';
  if (untargeted) text.remove_suffix(1);
  auto words = SplitTrim(text, ' ');
  if (words.empty()) { error = "empty pattern"; return false; }
  head.clear();
  for (char c : words[0]) head += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (head == "+" || head == "$" || head == "*") { error = "a pattern must start with a word"; return false; }
  literal_words = 1;
  for (size_t k = 1; k < words.size(); ++k) {
    PatternElement e;
    if (words[k] == "*") e.kind = PatternElement::Kind::kGap;
    else if (words[k] == "+") e.kind = PatternElement::Kind::kTarget;
    else if (words[k] == "$") e.kind = PatternElement::Kind::kSource;
    else {
      for (char c : words[k]) e.word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      ++literal_words;
    }
    rest.push_back(std::move(e));
  }
  return true;
}

template <typename T, typename Index>
void IndexForms(const Inflector& inflector, const std::string& head, const T* item, Index& index,
                std::vector<HeadHit<T>> Index::mapped_type::*list) {
  VerbForms f = inflector.Forms(head);
  // An item's forms are added one after another, so a form repeated ("put", "put") can only
  // repeat the last hit of its list.
  auto add = [&](const std::string& form, VerbForm kind) {
    auto& hits = index[form].*list;
    if (hits.empty() || hits.back().item != item) hits.push_back({item, kind});
  };
  add(f.base, VerbForm::kBase);
  add(f.third_person, VerbForm::kThirdPerson);
  add(f.past, f.past == f.past_participle ? VerbForm::kPastOrParticiple : VerbForm::kPast);
  add(f.past_participle, f.past == f.past_participle ? VerbForm::kPastOrParticiple : VerbForm::kPastParticiple);
  add(f.gerund, VerbForm::kGerund);
}

bool EndsWith(const std::string& word, std::string_view end) {
  return word.size() > end.size() && word.compare(word.size() - end.size(), end.size(), end) == 0;
}

// The form of a verb written out in a legacy dictionary ("broke", "breaking"), from its ending.
VerbForm GuessForm(const std::string& form, const std::string& base) {
  if (form == base) return VerbForm::kBase;
  if (EndsWith(form, "ing")) return VerbForm::kGerund;
  if (EndsWith(form, "s") && !EndsWith(form, "ss")) return VerbForm::kThirdPerson;
  return VerbForm::kPastOrParticiple;
}

// The form of a word matched by a verb stem ("RESTOR": restore, restored, restoring).
VerbForm StemForm(const std::string& word) {
  if (EndsWith(word, "ing")) return VerbForm::kGerund;
  if (EndsWith(word, "ed") || EndsWith(word, "en")) return VerbForm::kPastOrParticiple;
  if (EndsWith(word, "s") && !EndsWith(word, "ss")) return VerbForm::kThirdPerson;
  return VerbForm::kBase;
}

}  // namespace

void PatternLexicon::Load(const std::string& dir) {
  namespace fs = std::filesystem;
  LoadLanguage(dir);
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(fs::path(dir) / "verbs"))
    if (entry.path().extension() == ".txt") files.push_back("verbs/" + entry.path().filename().string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) LoadPatternFile(dir, f, false);
  LoadPatternFile(dir, "nouns.txt", true);
  Index();
}

void PatternLexicon::LoadLanguage(const std::string& dir) {
  inflector_.Load(dir, "words/irregular-verbs.txt");
  LoadCues(dir, "words/speech.txt");
}

size_t PatternLexicon::AddHeads(std::vector<VerbHead> heads) {
  head_sets_.push_back(std::move(heads));
  return head_sets_.size() - 1;
}

void PatternLexicon::AddVerb(EventPattern pattern, size_t heads) {
  verbs_.push_back(std::move(pattern));
  verb_heads_set_.resize(verbs_.size() - 1, SIZE_MAX);
  verb_heads_set_.push_back(heads);
}

// The bits of the words a pattern spells out, before or after its head; a stem matches words
// it does not spell, so it sets none.
uint64_t WordBits(const EventPattern& p) {
  uint64_t bits = 0;
  for (const auto* elements : {&p.before, &p.rest})
    for (const PatternElement& e : *elements)
      if (e.kind == PatternElement::Kind::kWord && !e.stem) bits |= WordBit(HashWord(e.word));
  return bits;
}

void PatternLexicon::Index() {
  // Index after loading: the vectors no longer move.
  for (auto* list : {&verbs_, &nouns_})
    for (EventPattern& p : *list) p.word_bits = WordBits(p);
  for (size_t i = 0; i < verbs_.size(); ++i) {
    const EventPattern* p = &verbs_[i];
    if (i >= verb_heads_set_.size() || verb_heads_set_[i] == SIZE_MAX) {
      IndexForms(inflector_, p->head, p, heads_, &Heads::verbs);
      continue;
    }
    for (const VerbHead& h : head_sets_[verb_heads_set_[i]]) {
      if (h.stem) {
        auto& list = stem_heads_[h.word];
        if (list.empty() || list.back().item != p) list.push_back({p, VerbForm::kBase});
        max_stem_ = std::max(max_stem_, h.word.size());
      } else if (h.inflect) {
        IndexForms(inflector_, h.word, p, heads_, &Heads::verbs);
      }
      for (const std::string& form : h.forms) {
        auto& list = heads_[form].verbs;
        if (list.empty() || list.back().item != p) list.push_back({p, GuessForm(form, h.word)});
      }
    }
  }
  for (const auto& n : nouns_) {
    heads_[n.head].nouns.push_back({&n, VerbForm::kNoun});
    std::string plural = n.head.back() == 'y' ? n.head.substr(0, n.head.size() - 1) + "ies"
                         : n.head.back() == 's' ? n.head
                                                : n.head + "s";
    if (plural != n.head) heads_[plural].nouns.push_back({&n, VerbForm::kNoun});
  }
  for (const auto& c : cues_) IndexForms(inflector_, c.head, &c, heads_, &Heads::cues);
}

void PatternLexicon::LoadPatternFile(const std::string& dir, const std::string& file, bool noun) {
  ForEachLine(dir, file, [&](const LexiconLine& line) {
    auto f = line.Fields(2, 2);
    std::string code(f[0]);
    if (code.size() < 2 || code.size() > 4 || code.find_first_not_of("0123456789") != std::string::npos)
      line.Fail("bad CAMEO code '" + code + "'");
    for (auto text : SplitTrim(f[1], ';')) {
      EventPattern p;
      p.code = code;
      p.noun = noun;
      p.rule = line.Where();
      std::string error;
      if (!ParsePattern(text, p.head, p.rest, p.untargeted, p.literal_words, error))
        line.Fail(error + " in '" + std::string(text) + "'");
      (noun ? nouns_ : verbs_).push_back(std::move(p));
    }
  });
}

void PatternLexicon::LoadCues(const std::string& dir, const std::string& file) {
  ForEachLine(dir, file, [&](const LexiconLine& line) {
    auto f = line.Fields(2, 2);
    CueKind kind;
    if (f[0] == "report") kind = CueKind::kReport;
    else if (f[0] == "allege") kind = CueKind::kAllege;
    else if (f[0] == "cite") kind = CueKind::kCite;
    else if (f[0] == "according") kind = CueKind::kAccording;
    else if (f[0] == "judge") kind = CueKind::kJudge;
    else line.Fail("unknown cue kind '" + std::string(f[0]) + "' (report, allege, cite, according, judge)");
    for (auto text : SplitTrim(f[1], ';')) {
      SpeechCue c;
      c.kind = kind;
      c.rule = line.Where();
      bool untargeted;
      int words;
      std::string error;
      if (!ParsePattern(text, c.head, c.rest, untargeted, words, error))
        line.Fail(error + " in '" + std::string(text) + "'");
      cues_.push_back(std::move(c));
    }
  });
}

void PatternLexicon::MarkTerritorial(const CameoCodebook& cameo) {
  for (auto* list : {&verbs_, &nouns_})
    for (EventPattern& p : *list) {
      const CameoCode* c = cameo.Find(p.code);
      p.territorial = c && ActsOnTerritory(*c);
    }
}

PatternLexicon::WordPatterns PatternLexicon::PatternsAt(const WordKey& key,
                                                        std::vector<HeadHit<EventPattern>>& scratch) const {
  WordPatterns out;
  auto it = heads_.find(key);
  if (it != heads_.end()) {
    const Heads& h = it->second;
    if (!h.verbs.empty()) out.verbs = &h.verbs;
    if (!h.nouns.empty()) out.nouns = &h.nouns;
    if (!h.cues.empty()) out.cues = &h.cues;
  }
  if (stem_heads_.empty()) return out;
  scratch.clear();
  if (out.verbs) scratch = *out.verbs;
  const std::string w(key.word);
  for (size_t n = 1; n <= std::min(w.size(), max_stem_); ++n) {
    auto s = stem_heads_.find(w.substr(0, n));
    if (s == stem_heads_.end()) continue;
    // The form is read from the word's ending.
    for (const auto& h : s->second) scratch.push_back({h.item, StemForm(w)});
  }
  out.verbs = scratch.empty() ? nullptr : &scratch;
  return out;
}

const std::vector<HeadHit<EventPattern>>* PatternLexicon::NounsAt(const WordKey& w) const {
  auto it = heads_.find(w);
  return it == heads_.end() || it->second.nouns.empty() ? nullptr : &it->second.nouns;
}
const std::vector<HeadHit<SpeechCue>>* PatternLexicon::CuesAt(const WordKey& w) const {
  auto it = heads_.find(w);
  return it == heads_.end() || it->second.cues.empty() ? nullptr : &it->second.cues;
}

bool SpellsOut(const EventPattern& p, const std::string& norm) {
  return std::any_of(p.rest.begin(), p.rest.end(), [&](const PatternElement& e) {
    return e.kind == PatternElement::Kind::kWord && (e.stem ? norm.rfind(e.word, 0) == 0 : norm == e.word);
  });
}

}  // namespace attache
