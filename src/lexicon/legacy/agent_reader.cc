// ReadAgents: TABARI .agents and PETRARCH agents files, one agent a line:
//
//     AMBASSADOR_ [~GOV]                           the code goes after the actor's: ISRGOV
//     HUMAN_RIGHTS_BODY_ [NGO~]                    the code goes before it: NGOISR
//     ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]  PETRARCH: the plural, "{}" for none
//     !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON    PETRARCH: a substitution set, used as
//     CONGRESS!PERSON! [~LEG]                      CONGRESSMAN, CONGRESSMEN, ...
//
// PETRARCH forms the regular plural of an agent without "{...}" itself (its documentation,
// "Plurals"); the reader adds it as a phrase so that the file means the same here. TABARI
// instead matches regular endings of any noun when coding (manual 5.2.3): nothing is added.
#include <cctype>
#include <map>

#include "lexicon/legacy/legacy_dictionary.h"

#include "document/ascii.h"
#include "lexicon/legacy/legacy_lines.h"
#include "lexicon/legacy/legacy_words.h"

namespace attache::legacy {
namespace {

using internal::FileWarnings;
using internal::LegacyLine;
using internal::TrimBlanks;

// A phrase may use several markers ("!MINIST! FOR_..._AD!MINIST!RATION"): every combination is a
// phrase. Well beyond any real set, to keep a runaway definition from exploding.
constexpr size_t kMaxExpansions = 1000;

class AgentReader {
 public:
  AgentReader(const std::string& path, DictFormat format, Dictionaries& out)
      : path_(path), format_(format), out_(out), warnings_(path, out.warnings) {}

  void Run() {
    internal::ForEachLegacyLine(path_, internal::DictionaryComments(format_ == DictFormat::kTabari), warnings_,
                                [&](const LegacyLine& line) { Line(line); });
    warnings_.Finish();
  }

 private:
  void Line(const LegacyLine& line) {
    const std::string_view text = line.text;
    if (text.front() == '!' && text.find('=') != std::string_view::npos && text.find('[') == std::string_view::npos) {
      DefineSet(line);
      return;
    }
    internal::Bracketed b = internal::SplitBrackets(text);
    if (b.blocks.empty()) {
      warnings_.Add(line.number, "agent without a code", text);
      return;
    }
    if (b.blocks.size() > 1) warnings_.Add(line.number, "more than one code: first used", text);
    if (b.unclosed) warnings_.Add(line.number, "'[' without ']'", text);
    if (b.misclosed) warnings_.Add(line.number, "'[' closed by '}': read as ']'", text);
    if (!b.trailing.empty()) warnings_.Add(line.number, "text after the code ignored", b.trailing);

    Agent agent;
    agent.rule = path_ + ":" + std::to_string(line.number);
    std::string code;
    for (char c : b.blocks.front())
      if (c != ' ' && c != '\t') code.push_back(c);
    const bool before = !code.empty() && code.front() == '~', after = !code.empty() && code.back() == '~';
    if (before == after || code.size() < 2) {
      warnings_.Add(line.number, "agent code needs one '~', before or after it: skipped",
                    internal::Cat({"[", code, "]"}));
      return;
    }
    agent.prefix = after;
    agent.code = before ? code.substr(1) : code.substr(0, code.size() - 1);

    // The phrase and its optional "{plural}".
    std::string_view phrase = b.head, plural;
    bool braces = false;
    if (const size_t open = phrase.find('{'); open != std::string_view::npos) {
      const size_t close = phrase.find('}', open);
      if (close == std::string_view::npos) {
        warnings_.Add(line.number, "'{' without '}': skipped", text);
        return;
      }
      braces = true;
      plural = TrimBlanks(phrase.substr(open + 1, close - open - 1));
      if (!TrimBlanks(phrase.substr(close + 1)).empty())
        warnings_.Add(line.number, "text after the plural ignored", phrase.substr(close + 1));
      phrase = TrimBlanks(phrase.substr(0, open));
    }
    if (phrase.empty()) {
      warnings_.Add(line.number, "agent without a phrase", text);
      return;
    }
    const bool marked = phrase.find('!') != std::string_view::npos;
    std::vector<std::string> texts;
    if (!Expand(phrase, line.number, texts)) return;
    if (!plural.empty() && !Expand(plural, line.number, texts)) return;
    // PETRARCH's automatic plural: not with "{...}", and not for substitution sets, whose
    // members already hold the forms (MAN, MEN).
    if (format_ == DictFormat::kPetrarch && !braces && !marked) {
      std::string singular(phrase);
      while (!singular.empty() && singular.back() == '_') singular.pop_back();
      if (std::string plural_form = internal::RegularPlural(singular); !plural_form.empty())
        texts.push_back(std::move(plural_form));
    }
    for (const std::string& t : texts) {
      Phrase p = internal::ParsePhrase(t, format_);
      if (!p.empty()) agent.phrases.push_back(std::move(p));
    }
    if (agent.phrases.empty()) {
      warnings_.Add(line.number, "agent without a phrase", text);
      return;
    }
    out_.agents.push_back(std::move(agent));
  }

  // "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON"
  void DefineSet(const LegacyLine& line) {
    const std::string_view text = line.text;
    const size_t close = text.find('!', 1);
    const size_t eq = text.find('=');
    if (close == std::string_view::npos || close > eq || close == 1) {
      warnings_.Add(line.number, "substitution set not of the form !NAME! = A, B: skipped", text);
      return;
    }
    std::vector<std::string>& items = sets_[AsciiUpper(text.substr(1, close - 1))];
    items.clear();
    std::string_view rest = text.substr(eq + 1);
    while (!rest.empty()) {
      const size_t comma = rest.find(',');
      std::string_view item = TrimBlanks(rest.substr(0, comma));
      if (!item.empty()) items.push_back(AsciiUpper(item));
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
    if (items.empty()) warnings_.Add(line.number, "empty substitution set", text);
  }

  // Appends `text` with every "!NAME!" replaced by each member of its set; false (with a
  // warning) when a marker is not closed or not defined.
  bool Expand(std::string_view text, int number, std::vector<std::string>& out) {
    std::vector<std::string> work{std::string(text)}, done;
    while (!work.empty()) {
      std::string t = std::move(work.back());
      work.pop_back();
      const size_t open = t.find('!');
      if (open == std::string::npos) {
        done.push_back(std::move(t));
        continue;
      }
      const size_t close = t.find('!', open + 1);
      if (close == std::string::npos) {
        warnings_.Add(number, "substitution marker without its closing '!': skipped", text);
        return false;
      }
      auto set = sets_.find(AsciiUpper(std::string_view(t).substr(open + 1, close - open - 1)));
      if (set == sets_.end()) {
        warnings_.Add(number, "substitution set not defined before its use: skipped", t.substr(open, close - open + 1));
        return false;
      }
      for (const std::string& member : set->second) {
        if (work.size() + done.size() >= kMaxExpansions) {
          warnings_.Add(number, "too many substitutions: the rest dropped", text);
          break;
        }
        work.push_back(t.substr(0, open) + member + t.substr(close + 1));
      }
    }
    // The work list is a stack: restore the written order of the members.
    out.insert(out.end(), done.rbegin(), done.rend());
    return true;
  }

  const std::string& path_;
  DictFormat format_;
  Dictionaries& out_;
  FileWarnings warnings_;
  std::map<std::string, std::vector<std::string>, std::less<>> sets_;
};

}  // namespace

void ReadAgents(const std::string& path, DictFormat format, Dictionaries& out) { AgentReader(path, format, out).Run(); }

}  // namespace attache::legacy
