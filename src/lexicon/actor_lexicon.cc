#include "lexicon/actor_lexicon.h"

#include <algorithm>
#include <filesystem>

#include "document/ascii.h"
#include "lexicon/line_reader.h"
#include "lexicon/patterns.h"

namespace attache {
namespace {


bool IsCode(std::string_view s) {
  if (s.size() < 3) return false;
  for (char c : s)
    if (!(std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c))))
      return false;
  return true;
}

// "2025-01-20..", "..2008", "2000-05-07..2008-05-07", "..": a role's dates.
void ParseRange(const LexiconLine& line, std::string_view range, Role& role) {
  size_t dots = range.find("..");
  if (dots == std::string_view::npos) line.Fail("role dates must read FROM..TO, got '" + std::string(range) + "'");
  auto parse = [&](std::string_view s) -> std::optional<Date> {
    if (s.empty()) return std::nullopt;
    auto d = Date::Parse(s);
    if (!d) line.Fail("bad date '" + std::string(s) + "' (YYYY-MM-DD, YYYY-MM or YYYY)");
    return d;
  };
  role.from = parse(range.substr(0, dots));
  role.to = parse(range.substr(dots + 2));
  if (role.from && role.to && role.to->DayNumber() < role.from->DayNumber())
    line.Fail("role ends before it starts: " + std::string(range));
}

// The last day a date of any precision covers, for comparisons with an end date.
int64_t LastDay(const Date& d) {
  switch (d.precision) {
    case Date::Precision::kDay: return d.DayNumber();
    case Date::Precision::kMonth: return Date::Day(d.year, d.month, DaysInMonth(d.year, d.month)).DayNumber();
    case Date::Precision::kYear: return Date::Day(d.year, 12, 31).DayNumber();
  }
  return d.DayNumber();
}

}  // namespace

std::pair<std::string, std::string> SplitActorCode(const std::string& code) {
  size_t base = code.rfind("IGO", 0) == 0 || code.rfind("NGO", 0) == 0 ? std::min<size_t>(9, code.size())
                                                                        : std::min<size_t>(3, code.size());
  return {code.substr(0, base), code.substr(base)};
}

std::string ComposeCode(const std::string& base, const std::string& sector) {
  if (!sector.empty() && sector.back() == '~') {
    // "Human rights activists Amnesty International": NGM~ before NGM stays NGM.
    std::string prefix = sector.substr(0, sector.size() - 1);
    return base.rfind(prefix, 0) == 0 ? base : prefix + base;
  }
  return base + sector;
}

bool ActorLexicon::IsCountry(const std::string& base) const {
  return base.size() == 3 && !regions_.count(base);
}

std::string Person::CodeOn(const Date& date) const {
  const int64_t day = date.DayNumber();
  const Role* last_before = nullptr;
  for (const Role& r : roles) {
    bool started = !r.from || r.from->DayNumber() <= day;
    bool ended = r.to && LastDay(*r.to) < day;
    if (started && !ended) return r.code;
    if (started && (!last_before || (r.to && last_before->to && r.to->DayNumber() > last_before->to->DayNumber())))
      last_before = &r;
  }
  if (!otherwise.empty()) return otherwise;
  if (last_before) return SplitActorCode(last_before->code).first + "ELI";
  return roles.empty() ? "" : SplitActorCode(roles.front().code).first;
}

std::string Person::Base() const {
  return SplitActorCode(otherwise.empty() ? roles.back().code : otherwise).first;
}

int ActorLexicon::AddPerson(Person person) {
  people_.push_back(std::move(person));
  return static_cast<int>(people_.size()) - 1;
}

size_t ActorLexicon::role_count() const {
  size_t n = 0;
  for (const Person& p : people_) n += p.roles.size();
  return n;
}

void ActorLexicon::Load(const std::string& dir) {
  LoadCountries(dir, "actors/countries.txt", false);
  LoadCountries(dir, "actors/regions.txt", true);
  LoadOrganisations(dir, "actors/organisations.txt");
  LoadWaters(dir, "actors/waters.txt");
  LoadPeople(dir, "actors/people.txt");
  // More people, a file a region or a kind of office: actors/people/*.txt, in name order.
  namespace fs = std::filesystem;
  std::vector<std::string> more;
  if (fs::is_directory(fs::path(dir) / "actors/people"))
    for (const auto& entry : fs::directory_iterator(fs::path(dir) / "actors/people"))
      if (entry.path().extension() == ".txt") more.push_back("actors/people/" + entry.path().filename().string());
  std::sort(more.begin(), more.end());
  for (const std::string& file : more) LoadPeople(dir, file);
  LoadAgents(dir, "agents.txt");
  for (const Person& p : people_)
    for (const Role& r : p.roles) {
      std::string title;
      for (char c : r.title) title += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (title.empty()) continue;
      std::string country = SplitActorCode(r.code).first;
      auto [it, inserted] = title_country_.emplace(title, country);
      if (!inserted && it->second != country) it->second.clear();
    }
}

std::string ActorLexicon::CountryOfTitle(const std::string& title) const {
  auto it = title_country_.find(title);
  return it == title_country_.end() ? "" : it->second;
}

void ActorLexicon::LoadCountries(const std::string& dir, const std::string& file, bool regions) {
  ForEachLine(dir, file, [&](const LexiconLine& line) {
    auto f = line.Fields(2, 4);
    if (!IsCode(f[0]) || f[0].size() != 3) line.Fail("expected a three-letter code, got '" + std::string(f[0]) + "'");
    std::string code(f[0]);
    if (regions) regions_.insert(code);
    auto add = [&](size_t field, ActorKind kind) {
      if (field >= f.size()) return;
      for (auto name : SplitTrim(f[field], ';'))
        phrases_.Add(name, ActorEntry{kind, code, -1, false, false, "", line.Where()});
    };
    add(1, regions ? ActorKind::kRegion : ActorKind::kCountry);
    add(2, regions ? ActorKind::kRegion : ActorKind::kDemonym);
    add(3, ActorKind::kCapital);
  });
}

void ActorLexicon::LoadWaters(const std::string& dir, const std::string& file) {
  ForEachLine(dir, file, [&](const LexiconLine& line) {
    if (line.text.find('|') != std::string_view::npos) line.Fail("one name per line");
    phrases_.Add(line.text, ActorEntry{ActorKind::kRegion, std::string(kNullCode), -1, false, false, "", line.Where()});
  });
}

void ActorLexicon::LoadOrganisations(const std::string& dir, const std::string& file) {
  ForEachLine(dir, file, [&](const LexiconLine& line) {
    auto f = line.Fields(2, 2);
    if (!IsCode(f[0])) line.Fail("expected an actor code, got '" + std::string(f[0]) + "'");
    for (auto name : SplitTrim(f[1], ';'))
      phrases_.Add(name, ActorEntry{ActorKind::kOrganisation, std::string(f[0]), -1, false, false, "", line.Where()});
  });
}

void ActorLexicon::LoadPeople(const std::string& dir, const std::string& file) {
  ForEachLine(dir, file, [&](const LexiconLine& line) {
    auto f = line.Fields(2, 2);
    auto names = SplitTrim(f[0], ';');
    if (names.empty()) line.Fail("a person needs a name");
    Person person;
    person.name = std::string(names.front());
    // A name of two words whose second is hyphenated ("Yoon Suk-yeol", "Kim Jong-un") puts the
    // family name first.
    for (auto name : names) {
      size_t space = name.find(' ');
      if (space != std::string_view::npos && name.find(' ', space + 1) == std::string_view::npos &&
          name.find('-', space) != std::string_view::npos)
        person.family_name_first = true;
    }
    for (auto spec : SplitTrim(f[1], ';')) {
      Role role;
      role.rule = line.Where();
      size_t sp = spec.find(' ');
      role.code = std::string(spec.substr(0, sp));
      if (!IsCode(role.code)) line.Fail("expected an actor code, got '" + role.code + "'");
      std::string_view rest = sp == std::string_view::npos ? "" : Trim(spec.substr(sp));
      size_t sp2 = rest.find(' ');
      ParseRange(line, rest.substr(0, sp2), role);
      if (sp2 != std::string_view::npos) role.title = std::string(Trim(rest.substr(sp2)));
      person.roles.push_back(std::move(role));
    }
    if (person.roles.empty()) line.Fail("a person needs at least one role");
    for (size_t a = 0; a < person.roles.size(); ++a)
      for (size_t b = a + 1; b < person.roles.size(); ++b) {
        const Role &x = person.roles[a], &y = person.roles[b];
        int64_t x0 = x.from ? x.from->DayNumber() : INT64_MIN, x1 = x.to ? LastDay(*x.to) : INT64_MAX;
        int64_t y0 = y.from ? y.from->DayNumber() : INT64_MIN, y1 = y.to ? LastDay(*y.to) : INT64_MAX;
        if (x0 < y1 && y0 < x1 && x.code != y.code)
          line.Fail("roles overlap: " + x.code + " and " + y.code);
      }
    int index = AddPerson(std::move(person));
    for (auto name : names)
      phrases_.Add(name, ActorEntry{ActorKind::kPerson, "", index, true, false, "", line.Where()});
  });
}

void ActorLexicon::LoadAgents(const std::string& dir, const std::string& file) {
  ForEachLine(dir, file, [&](const LexiconLine& line) {
    auto f = line.Fields(2, 3);
    auto nouns = SplitTrim(f[0], ';');
    if (nouns.empty()) line.Fail("an agent needs a noun");
    std::string sector = AsciiUpper(f[1]);
    if (sector.size() != 3) line.Fail("expected a three-letter sector code, got '" + std::string(f[1]) + "'");
    bool person = f.size() > 2 && f[2] == "person";
    if (f.size() > 2 && !f[2].empty() && !person) line.Fail("third field must be 'person' or empty");
    std::string singular(nouns.front());
    for (size_t k = 0; k < nouns.size(); ++k) {
      std::string_view n = nouns[k];
      bool plural = k > 0 || (!person && n.size() > 1 && n.back() == 's' && n.substr(n.size() - 2) != "ss");
      phrases_.Add(n, ActorEntry{ActorKind::kAgent, sector, -1, person && !plural, plural, singular, line.Where()});
    }
  });
}

}  // namespace attache
