#include "lexicon/patterns.h"

#include <algorithm>
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

template <typename T>
void IndexForms(const Inflector& inflector, const std::string& head, const T* item,
                std::unordered_map<std::string, std::vector<HeadHit<T>>>& index) {
  VerbForms f = inflector.Forms(head);
  auto add = [&](const std::string& form, VerbForm kind) {
    auto& list = index[form];
    for (auto& hit : list)
      if (hit.item == item) return;
    list.push_back({item, kind});
  };
  add(f.base, VerbForm::kBase);
  add(f.third_person, VerbForm::kThirdPerson);
  add(f.past, f.past == f.past_participle ? VerbForm::kPastOrParticiple : VerbForm::kPast);
  add(f.past_participle, f.past == f.past_participle ? VerbForm::kPastOrParticiple : VerbForm::kPastParticiple);
  add(f.gerund, VerbForm::kGerund);
}

}  // namespace

void PatternLexicon::Load(const std::string& dir) {
  namespace fs = std::filesystem;
  inflector_.Load(dir, "words/irregular-verbs.txt");
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(fs::path(dir) / "verbs"))
    if (entry.path().extension() == ".txt") files.push_back("verbs/" + entry.path().filename().string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) LoadPatternFile(dir, f, false);
  LoadPatternFile(dir, "nouns.txt", true);
  LoadCues(dir, "words/speech.txt");
  // Index after loading: the vectors no longer move.
  for (size_t i = 0; i < verbs_.size(); ++i) IndexForms(inflector_, verbs_[i].head, &verbs_[i], verb_heads_);
  for (const auto& n : nouns_) {
    noun_heads_[n.head].push_back({&n, VerbForm::kNoun});
    std::string plural = n.head.back() == 'y' ? n.head.substr(0, n.head.size() - 1) + "ies"
                         : n.head.back() == 's' ? n.head
                                                : n.head + "s";
    if (plural != n.head) noun_heads_[plural].push_back({&n, VerbForm::kNoun});
  }
  for (const auto& c : cues_) IndexForms(inflector_, c.head, &c, cue_heads_);
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
      p.territorial = c && (c->quad_class == 4 || p.code.rfind("042", 0) == 0);
    }
}

const std::vector<HeadHit<EventPattern>>* PatternLexicon::VerbsAt(const std::string& w) const {
  auto it = verb_heads_.find(w);
  return it == verb_heads_.end() ? nullptr : &it->second;
}
const std::vector<HeadHit<EventPattern>>* PatternLexicon::NounsAt(const std::string& w) const {
  auto it = noun_heads_.find(w);
  return it == noun_heads_.end() ? nullptr : &it->second;
}
const std::vector<HeadHit<SpeechCue>>* PatternLexicon::CuesAt(const std::string& w) const {
  auto it = cue_heads_.find(w);
  return it == cue_heads_.end() ? nullptr : &it->second;
}

}  // namespace attache
