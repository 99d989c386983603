// ReadVerbs: TABARI .verbs and PETRARCH verb dictionaries.
//
// TABARI (manual 5.5-5.7, 10.5):
//     <SYNSETS> &NAME +MEMBER ... </SYNSETS>     synonym sets, used in patterns as &NAME
//     <TIME> YESTERDAY [-1] ... </TIME>          phrases that shift the event date
//     BREAK_ [1717]                              a verb (phrase) and its code
//     { BROKE_ BROKEN_ }                         its irregular forms, on the next line
//     - + * IN_ $ [075]                          its patterns
// PETRARCH (PETRreader.read_verb_dictionary, docs "Verb Dictionary"):
//     &NAME / +MEMBER                            synonym sets, anywhere in the file
//     --- GRANT [070] ---                        a block of verbs sharing its code and patterns
//     GIVE {GAVE GIVEN GIVING}                   a verb, with all its forms
//     +CORDON_OFF, RE_+ELECT [0874]              multi-word verbs, '+' on the verb
//     - * (TO {BANNED PARTIES}) $ [1722]         the block's patterns
//     ~ a (a b ATTACK) SAY = a b 015             transformations
//
// The patterns of a PETRARCH block belong to every verb of it. They are stored once, on the
// block's first verb, and the others point there (Verb::patterns_from): CAMEO.2.0.txt's
// blocks hold up to dozens of verbs and its synsets expand to about 10^5 patterns, so a copy
// per verb would take gigabytes. Synsets are resolved once the whole file is read, so a set
// defined after its first use still works (PETRARCH allows definitions anywhere).
#include <cctype>
#include <charconv>
#include <tuple>

#include "lexicon/legacy/legacy_dictionary.h"

#include "document/ascii.h"
#include "lexicon/legacy/legacy_lines.h"
#include "lexicon/legacy/legacy_words.h"
#include "lexicon/legacy/pattern_expansion.h"

namespace attache::legacy {
namespace {

using internal::FileWarnings;
using internal::LegacyLine;
using internal::TrimBlanks;

// A pattern as written, expanded once all synsets are known.
struct RawPattern {
  std::string text;
  std::string code, paired;
  int line = 0;
};

// Verbs that share patterns: one TABARI verb, or a PETRARCH "--- NAME [code] ---" block.
struct Group {
  std::string code = "---", paired;
  std::vector<size_t> verbs;  // indices into Dictionaries::verbs
  std::vector<RawPattern> patterns;
  int line = 0;
};

// A TABARI <TIME> entry and the patterns written under it.
struct TimeRoot {
  size_t shift = 0;  // index into Dictionaries::time_shifts
  std::vector<RawPattern> patterns;
};

class VerbReader {
 public:
  VerbReader(const std::string& path, DictFormat format, Dictionaries& out)
      : path_(path),
        format_(format),
        tabari_(format == DictFormat::kTabari),
        out_(out),
        warnings_(path, out.warnings) {}

  void Run() {
    internal::ForEachLegacyLine(path_, internal::DictionaryComments(tabari_), warnings_,
                                [&](const LegacyLine& line) { Line(line); });
    sections_.Finish(warnings_);
    ExpandAll();
    warnings_.Finish();
  }

 private:
  enum class State { kNone, kSynset, kGroup };

  std::string Rule(int line) const { return path_ + ":" + std::to_string(line); }

  void Line(const LegacyLine& line) {
    const std::string_view text = line.text;
    if (sections_.Tag(line, warnings_)) {
      state_ = State::kNone;
      return;
    }
    if (sections_.WordList(line, out_, warnings_) || sections_.skipping()) return;

    const char first = text.front();
    if (!tabari_ && text.substr(0, 3) == "---" && text.size() > 3) {
      GroupHeader(line);
    } else if (first == '&') {
      SynsetName(line);
    } else if (first == '+' && (state_ == State::kSynset || sections_.current() == "SYNSETS")) {
      SynsetMember(line);
    } else if (first == '-') {
      PatternLine(line, text.substr(1));
    } else if (first == '~' && !tabari_) {
      out_.transformations.push_back(Transformation{std::string(TrimBlanks(text.substr(1))), Rule(line.number)});
    } else if (first == '{' && tabari_) {
      FormsLine(line);
    } else if (first == '+' && tabari_) {
      warnings_.Add(line.number, "'+' line outside a synset: skipped", text);
    } else if (sections_.current() == "TIME") {
      TimeEntry(line);
    } else if (tabari_ && IsPatternWithoutDash(text)) {
      warnings_.Add(line.number, "pattern line without its '-': read as a pattern", text);
      PatternLine(line, text);
    } else {
      VerbLine(line);
    }
  }

  // " * TO_ LAY_ SIEGE ON_ THE + [130]": a TABARI pattern that lost its '-'.
  static bool IsPatternWithoutDash(std::string_view text) {
    const std::string_view head = internal::SplitBrackets(text).head;
    if (head.empty()) return false;
    return head.front() == '*' || head.find(" * ") != std::string_view::npos ||
           head.find(" *_") != std::string_view::npos;
  }

  // "--- EXPLAIN_VERBAL [010] ---"
  void GroupHeader(const LegacyLine& line) {
    std::string_view inner = line.text.substr(3);
    while (!inner.empty() && inner.back() == '-') inner.remove_suffix(1);
    internal::Bracketed b = internal::SplitBrackets(inner);
    Group g;
    g.line = line.number;
    if (!b.blocks.empty()) {
      std::tie(g.code, g.paired) = internal::SplitPairedCode(b.blocks.front());
      if (b.blocks.size() > 1) warnings_.Add(line.number, "block with more than one code: first used", line.text);
    }
    groups_.push_back(std::move(g));
    state_ = State::kGroup;
  }

  // "&CURRENCY", "&AUXVERB1_" (PETRARCH: no plurals for its members).
  void SynsetName(const LegacyLine& line) {
    std::string_view name = line.text.substr(1);
    name = name.substr(0, name.find_first_of(" \t"));
    const bool no_plurals = !name.empty() && name.back() == '_';
    while (!name.empty() && name.back() == '_') name.remove_suffix(1);
    if (name.empty()) {
      warnings_.Add(line.number, "synset without a name", line.text);
      synset_ = nullptr;
      return;
    }
    const std::string key = AsciiUpper(name);
    auto [it, fresh] = synsets_.try_emplace(key);
    if (fresh) {
      synset_index_by_name_[key] = out_.synsets.size();
      out_.synsets.push_back(Synset{internal::Cat({"&", key}), {}, Rule(line.number)});
    } else {
      warnings_.Add(line.number, "synset defined again: members added", line.text);
    }
    synset_ = &it->second;
    synset_index_ = synset_index_by_name_[key];
    synset_plurals_ = !tabari_ && !no_plurals;
    state_ = State::kSynset;
  }

  // "+MEMBER". PETRARCH adds the regular plural of a member (its documentation, "Synsets")
  // unless the member or the set's name ends in '_'. As PETRARCH2's reader does
  // (make_plural_noun), only one-word members get one: "TO_THE_END" is no noun to pluralize.
  // Members naming other sets are left to those sets.
  void SynsetMember(const LegacyLine& line) {
    if (!synset_) {
      warnings_.Add(line.number, "synset member before any synset name", line.text);
      return;
    }
    const std::string member = internal::SynsetMember(line.text.substr(1), format_);
    if (member.empty()) {
      warnings_.Add(line.number, "empty synset member");
      return;
    }
    synset_->push_back(member);
    out_.synsets[synset_index_].members.push_back(member);
    if (synset_plurals_ && member.find_first_of("_&") == std::string::npos) {
      if (std::string plural = internal::RegularPlural(member); !plural.empty()) {
        synset_->push_back(plural);
        out_.synsets[synset_index_].members.push_back(std::move(plural));
      }
    }
  }

  // "- tokens [code]"
  void PatternLine(const LegacyLine& line, std::string_view body) {
    RawPattern p;
    p.line = line.number;
    const size_t open = body.rfind('[');
    if (open != std::string_view::npos) {
      const size_t close = body.find(']', open);
      if (close == std::string_view::npos) {
        warnings_.Add(line.number, "'[' without ']': pattern skipped", line.text);
        return;
      }
      std::tie(p.code, p.paired) = internal::SplitPairedCode(body.substr(open + 1, close - open - 1));
      if (!TrimBlanks(body.substr(close + 1)).empty())
        warnings_.Add(line.number, "text after the code ignored", body.substr(close + 1));
      body = body.substr(0, open);
    }
    p.text = std::string(TrimBlanks(body));
    // "{ WILL | WOULD ] * ...": alternatives closed with the wrong bracket.
    if (const size_t brace = p.text.find('{');
        brace != std::string::npos && p.text.find('}', brace) == std::string::npos) {
      if (const size_t square = p.text.find(']', brace); square != std::string::npos) {
        warnings_.Add(line.number, "'{' closed by ']': read as '}'", line.text);
        p.text[square] = '}';
      }
    }
    if (p.text.empty()) {
      warnings_.Add(line.number, "pattern without tokens: skipped", line.text);
      return;
    }
    if (sections_.current() == "TIME") {
      if (time_.empty()) {
        warnings_.Add(line.number, "time pattern before any time phrase: skipped", line.text);
        return;
      }
      time_.back().patterns.push_back(std::move(p));
      return;
    }
    if (groups_.empty() || (tabari_ && groups_.back().verbs.empty())) {
      warnings_.Add(line.number, "pattern before any verb: skipped", line.text);
      return;
    }
    groups_.back().patterns.push_back(std::move(p));
  }

  // TABARI "{ BROKE_ BROKEN_ }" after its verb.
  void FormsLine(const LegacyLine& line) {
    if (groups_.empty() || groups_.back().verbs.empty()) {
      warnings_.Add(line.number, "verb forms before any verb: skipped", line.text);
      return;
    }
    std::string_view t = line.text.substr(1);
    const size_t close = t.find('}');
    if (close == std::string_view::npos) warnings_.Add(line.number, "'{' without '}'", line.text);
    Verb& v = out_.verbs[groups_.back().verbs.back()];
    AddForms(v, t.substr(0, close), line.number);
  }

  // Each blank- or comma-separated form: the verb word alone, or the whole form where it is
  // not the verb's phrase with another verb word ("BROKEN_DOWN" of BREAK).
  void AddForms(Verb& v, std::string_view forms, int number) {
    std::string list(forms);
    for (char& c : list)
      if (c == ',') c = ' ';
    std::string_view rest = list;
    while (true) {
      rest = TrimBlanks(rest);
      if (rest.empty()) break;
      const size_t blank = rest.find_first_of(" \t");
      const std::string_view chunk = rest.substr(0, blank);
      rest = blank == std::string_view::npos ? std::string_view{} : rest.substr(blank);
      std::vector<internal::WordMarks> marks;
      Phrase form = internal::ParsePhrase(chunk, format_, &marks);
      if (form.empty()) continue;
      size_t verb = v.verb_word;
      for (size_t i = 0; i < marks.size(); ++i)
        if (marks[i].verb) verb = i;
      bool same_phrase = form.size() == v.head.size() && verb < form.size();
      for (size_t i = 0; same_phrase && i < form.size(); ++i)
        if (i != verb && form[i].text != v.head[i].text) same_phrase = false;
      if (form.size() == 1 || same_phrase) {
        v.forms.push_back(form[form.size() == 1 ? 0 : verb].text);
        continue;
      }
      if (v.head.size() > 1)
        warnings_.Add(number, "form is not the verb's phrase with another verb word: kept whole", chunk);
      std::string whole;
      for (const Word& w : form) {
        if (!whole.empty()) whole += '_';
        whole += w.text;
      }
      v.forms.push_back(std::move(whole));
    }
  }

  void VerbLine(const LegacyLine& line) {
    if (!tabari_ && state_ != State::kGroup) {
      // A verb before any block, or after a synset without a new block header: it joins the
      // block before, if any.
      warnings_.Add(line.number, "verb outside a '--- NAME [code] ---' block", line.text);
      if (groups_.empty()) groups_.emplace_back();
      state_ = State::kGroup;
    }
    std::string_view text = line.text;
    if (!tabari_ && text.front() == '+' && text.find('_') == std::string_view::npos)
      warnings_.Add(line.number, "'+' on a one-word verb ignored", text);
    internal::Bracketed b = internal::SplitBrackets(text);
    if (b.unclosed) warnings_.Add(line.number, "'[' without ']'", text);
    if (b.misclosed) warnings_.Add(line.number, "'[' closed by '}': read as ']'", text);
    std::string_view head = b.head, forms;
    bool braces = false;
    if (!b.trailing.empty() && b.trailing.front() == '{' && head.find('{') == std::string_view::npos) {
      // "SNUB [111] {SNUBS SNUBBING SNUBBED}": the forms after the code.
      forms = b.trailing.substr(
          1, b.trailing.find('}') == std::string_view::npos ? std::string_view::npos : b.trailing.find('}') - 1);
      braces = true;
      b.trailing = {};
    }
    if (const size_t open = head.find('{'); open != std::string_view::npos) {
      const size_t close = head.find('}', open);
      if (close == std::string_view::npos) warnings_.Add(line.number, "'{' without '}'", text);
      forms = head.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1);
      head = TrimBlanks(head.substr(0, open));
      braces = true;
    }
    std::vector<internal::WordMarks> marks;
    Verb v;
    v.head = internal::ParsePhrase(head, format_, &marks);
    if (v.head.empty()) {
      warnings_.Add(line.number, "verb line without a verb: skipped", text);
      return;
    }
    v.rule = Rule(line.number);
    int marked = 0;
    for (size_t i = 0; i < marks.size(); ++i) {
      if (!marks[i].verb) continue;
      if (marked++ == 0) v.verb_word = i;
    }
    if (marked > 1) warnings_.Add(line.number, "more than one '+' verb mark: first used", text);
    // TABARI: "BAN=" takes no regular endings (manual 5.2.3), forms add to them (5.5.1).
    // PETRARCH: "{...}" lists all forms, none are derived (its documentation).
    v.inflect = tabari_ ? !marks[v.verb_word].no_endings : !braces;
    if (!b.blocks.empty()) {
      std::tie(v.code, v.paired) = internal::SplitPairedCode(b.blocks.front());
      if (b.blocks.size() > 1) warnings_.Add(line.number, "verb with more than one code: first used", text);
    } else if (tabari_) {
      warnings_.Add(line.number, "verb without a code: read as null code ---", text);
      v.code = "---";
    } else {
      v.code = groups_.back().code;
      v.paired = groups_.back().paired;
    }
    if (!b.trailing.empty()) warnings_.Add(line.number, "text after the code ignored", b.trailing);
    if (braces) AddForms(v, forms, line.number);
    if (tabari_) {
      groups_.emplace_back();
      groups_.back().line = line.number;
    }
    groups_.back().verbs.push_back(out_.verbs.size());
    out_.verbs.push_back(std::move(v));
  }

  // TABARI "<TIME>": "LAST_WEEK [-7]", "ONCE_UPON_A_TIME [###]".
  void TimeEntry(const LegacyLine& line) {
    internal::Bracketed b = internal::SplitBrackets(line.text);
    TimeShift t;
    t.phrase = internal::ParsePhrase(b.head, format_);
    t.rule = Rule(line.number);
    if (t.phrase.empty() || b.blocks.empty()) {
      warnings_.Add(line.number, "time entry needs a phrase and a [code]: skipped", line.text);
      return;
    }
    if (!TimeCode(b.blocks.front(), t, line.number)) return;
    time_.push_back(TimeRoot{out_.time_shifts.size(), {}});
    out_.time_shifts.push_back(std::move(t));
  }

  // "[-7]", "[+30]", or one of "---", "###", "+++".
  bool TimeCode(std::string_view block, TimeShift& t, int number) {
    const std::string code = internal::NormalizeCode(block);
    if (code == "---" || code == "###" || code == "+++") {
      t.code = code;
      return true;
    }
    std::string_view digits = code;
    if (!digits.empty() && digits.front() == '+') digits.remove_prefix(1);
    int days = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), days);
    if (ec != std::errc() || ptr != digits.data() + digits.size()) {
      warnings_.Add(number, "time code is neither a number of days nor ---, ###, +++: skipped",
                    internal::Cat({"[", code, "]"}));
      return false;
    }
    // TABARI turns shifts past 8192 days into 0 (manual 10.5); the file's number is kept.
    if (days > 8192 || days < -8192) warnings_.Add(number, "time shift beyond 8192 days", code);
    t.days = days;
    return true;
  }

  void ExpandAll() {
    for (Group& g : groups_) {
      std::vector<Pattern> patterns;
      for (const RawPattern& raw : g.patterns) {
        for (std::vector<PatternToken>& tokens : Expand(raw)) {
          Pattern p;
          p.tokens = std::move(tokens);
          p.code = raw.code;
          p.paired = raw.paired;
          p.rule = Rule(raw.line);
          patterns.push_back(std::move(p));
        }
      }
      if (g.verbs.empty()) {
        if (!patterns.empty()) warnings_.Add(g.line, "block without verbs: its patterns skipped");
        continue;
      }
      for (size_t i = 1; i < g.verbs.size(); ++i) out_.verbs[g.verbs[i]].patterns_from = g.verbs.front();
      out_.verbs[g.verbs.front()].patterns = std::move(patterns);
    }
    for (TimeRoot& root : time_) {
      for (const RawPattern& raw : root.patterns) {
        for (std::vector<PatternToken>& tokens : Expand(raw)) TimePattern(root, raw, tokens);
      }
    }
  }

  // A time pattern ("- * AND A WEEK [+8]" under TOMORROW) as the phrase it describes.
  void TimePattern(const TimeRoot& root, const RawPattern& raw, const std::vector<PatternToken>& tokens) {
    TimeShift t;
    t.rule = Rule(raw.line);
    for (const PatternToken& tok : tokens) {
      if (tok.kind == PatternToken::Kind::kWord) {
        t.phrase.push_back(tok.word);
      } else if (tok.kind == PatternToken::Kind::kVerb) {
        for (const Word& w : out_.time_shifts[root.shift].phrase) t.phrase.push_back(w);
        t.phrase.back().joined = tok.word.joined;
      } else {
        warnings_.Add(raw.line, "time pattern with an actor token: skipped", raw.text);
        return;
      }
    }
    if (!TimeCode(raw.code.empty() ? std::string("+0") : raw.code, t, raw.line)) return;
    out_.time_shifts.push_back(std::move(t));
  }

  // The token lists a written pattern stands for; each must hold the verb's place once.
  std::vector<std::vector<PatternToken>> Expand(const RawPattern& raw) {
    std::vector<std::vector<PatternToken>> out;
    internal::Expansion ex = internal::ExpandPattern(raw.text, format_, synsets_);
    if (!ex.error.empty()) {
      warnings_.Add(raw.line, "pattern skipped", ex.error + ": " + raw.text);
      return out;
    }
    if (ex.truncated)
      warnings_.Add(
          raw.line,
          internal::Cat({"pattern expands too far: first ", std::to_string(internal::kMaxPatternExpansions), " kept"}),
          raw.text);
    bool warned = false;
    for (const std::string& text : ex.patterns) {
      std::vector<PatternToken> tokens = internal::ParsePatternTokens(text, format_);
      size_t verbs = 0;
      for (const PatternToken& t : tokens) verbs += t.kind == PatternToken::Kind::kVerb;
      if (verbs != 1) {
        if (!warned)
          warnings_.Add(raw.line,
                        verbs == 0 ? "pattern without '*' (the verb's place): skipped"
                                   : "pattern with more than one '*': skipped",
                        raw.text);
        warned = true;
        continue;
      }
      out.push_back(std::move(tokens));
    }
    return out;
  }

  const std::string& path_;
  DictFormat format_;
  bool tabari_;
  Dictionaries& out_;
  FileWarnings warnings_;

  internal::Sections sections_{{"SYNSETS", "TIME", "NOUN", "ADJECTIVE"}};
  State state_ = State::kNone;
  std::vector<Group> groups_;
  std::vector<TimeRoot> time_;
  internal::SynsetTable synsets_;
  std::map<std::string, size_t> synset_index_by_name_;  // into Dictionaries::synsets
  std::vector<std::string>* synset_ = nullptr;          // the set "+" lines add to
  size_t synset_index_ = 0;
  bool synset_plurals_ = false;
};

}  // namespace

void ReadVerbs(const std::string& path, DictFormat format, Dictionaries& out) { VerbReader(path, format, out).Run(); }

}  // namespace attache::legacy
