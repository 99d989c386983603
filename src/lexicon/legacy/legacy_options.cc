#include "lexicon/legacy/legacy_options.h"

#include <cctype>
#include <string>

namespace attache::legacy {
namespace {

std::string Squeeze(std::string_view s) {
  // Upper case with single blanks: "code by  clause" -> "CODE BY CLAUSE".
  std::string out(s.size(), ' ');
  size_t n = 0;
  for (char c : s) {
    if (!std::isspace(static_cast<unsigned char>(c)))
      out[n++] = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    else if (n > 0 && out[n - 1] != ' ')
      out[n++] = ' ';
  }
  while (n > 0 && out[n - 1] == ' ') --n;
  out.resize(n);
  return out;
}

// The number in "VERBS[5]" or "MINIMUM WORDS = 8" after `name`; 0 when absent.
size_t NumberAfter(const std::string& s, std::string_view name) {
  size_t at = s.find(name);
  if (at == std::string::npos) return 0;
  size_t i = at + name.size();
  while (i < s.size() && !std::isdigit(static_cast<unsigned char>(s[i])) && (s[i] == ' ' || s[i] == '[' || s[i] == '='))
    ++i;
  size_t n = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) n = n * 10 + static_cast<size_t>(s[i++] - '0');
  return n;
}

}  // namespace

bool ApplyTabariOption(std::string_view key, std::string_view value, CodingConventions& c) {
  const std::string k = Squeeze(key), v = Squeeze(value);
  using Per = CodingConventions::EventsPer;
  if (k == "SET") {
    if (v == "CODE BY CLAUSE") { c.events_per = Per::kClause; return true; }
    if (v == "CODE BY SENTENCE") { c.events_per = Per::kSentence; return true; }
    if (v == "CODE ALL") { c.events_per = Per::kAct; return true; }
    if (v.rfind("CONVERT AGENT", 0) == 0) {
      // "~" + the agent's code ("~MOS") when on; off, the story places the agent.
      c.lone_agent_base.assign(v.find("TRUE") != std::string::npos ? 1 : 0, '~');
      return true;
    }
    if (v.rfind("MINIMUM WORDS", 0) == 0) {
      c.min_words = NumberAfter(v, "MINIMUM WORDS");
      return true;
    }
    return false;
  }
  if (k == "COMMA") {
    CommaClauses& cc = c.comma_clauses;
    cc.enabled = v != "OFF";
    // "MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8"; a limit not given keeps its value.
    std::string spaced(1, ' ');
    spaced.append(v);
    // `name` is written with the blank before it, so " MIN" is not found inside " EMIN".
    auto set = [&](std::string_view name, size_t& field) {
      size_t at = spaced.find(name);
      if (at == std::string::npos) return;
      char next = at + name.size() < spaced.size() ? spaced[at + name.size()] : ' ';
      if (next == ' ' || next == '=') field = NumberAfter(spaced, name);
    };
    set(" MIN", cc.min);
    set(" MAX", cc.max);
    set(" EMIN", cc.end_min);
    set(" EMAX", cc.end_max);
    set(" BMIN", cc.begin_min);
    set(" BMAX", cc.begin_max);
    return true;
  }
  if (k == "COMPLEX") {
    c.max_verbs = NumberAfter(v, "VERBS");
    c.max_conjunctions = NumberAfter(v, "CONJ");
    c.no_actor_prior_is_complex = v.find("NOACTPRIOR") != std::string::npos;
    return true;
  }
  if (k == "DEFAULT") {
    // "SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"; "OFF" clears both.
    c.default_source.clear();
    c.default_target.clear();
    c.default_source_prior = false;
    auto code_after = [&](std::string_view name) -> std::string {
      size_t at = v.find(name);
      if (at == std::string::npos) return "";
      size_t open = v.find('[', at), close = v.find(']', at);
      if (open == std::string::npos || close == std::string::npos || close < open) return "";
      std::string code = v.substr(open + 1, close - open - 1);
      while (!code.empty() && code.back() == ' ') code.pop_back();
      while (!code.empty() && code.front() == ' ') code.erase(code.begin());
      return code;
    };
    c.default_source = code_after("SOURCE");
    c.default_target = code_after("TARGET");
    size_t source = v.find("SOURCE"), target = v.find("TARGET"), prior = v.find("PRIOR");
    c.default_source_prior = prior != std::string::npos && source != std::string::npos &&
                             (target == std::string::npos || prior < target);
    return true;
  }
  return false;
}

bool ApplyPetrarchOption(std::string_view option, std::string_view value, CodingConventions& c) {
  const std::string k = Squeeze(option), v = Squeeze(value);
  if (k == "REQUIRE_DYAD") {
    c.require_target = v != "FALSE";
    return true;
  }
  CommaClauses& cc = c.comma_clauses;
  size_t* field = k == "COMMA_MIN"    ? &cc.min
                  : k == "COMMA_MAX"  ? &cc.max
                  : k == "COMMA_BMIN" ? &cc.begin_min
                  : k == "COMMA_BMAX" ? &cc.begin_max
                  : k == "COMMA_EMIN" ? &cc.end_min
                  : k == "COMMA_EMAX" ? &cc.end_max
                                      : nullptr;
  if (!field) return false;
  *field = NumberAfter(v, "");
  return true;
}

bool ApplyPetrarchOption(std::string_view assignment, CodingConventions& c) {
  size_t eq = assignment.find('=');
  if (eq == std::string_view::npos) return false;
  return ApplyPetrarchOption(assignment.substr(0, eq), assignment.substr(eq + 1), c);
}

bool ApplyTabariOption(std::string_view command, CodingConventions& c) {
  size_t colon = command.find(':');
  if (colon == std::string_view::npos) return false;
  return ApplyTabariOption(command.substr(0, colon), command.substr(colon + 1), c);
}

}  // namespace attache::legacy
