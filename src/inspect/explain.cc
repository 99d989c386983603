#include "inspect/explain.h"

#include <set>

#include "match/actor_matcher.h"
#include "split/sentence_splitter.h"

namespace attache {
namespace {

std::string Text(const Document& doc, const Sentence& s, uint32_t first, uint32_t last) {
  return doc.text.substr(s.tokens[first].span.start, s.tokens[last].span.end - s.tokens[first].span.start);
}

// The pattern as the lexicon writes it: "fire * at +".
std::string Written(const EventPattern& p) {
  auto element = [](const PatternElement& e) -> std::string {
    switch (e.kind) {
      case PatternElement::Kind::kWord: return e.word;
      case PatternElement::Kind::kGap: return "*";
      case PatternElement::Kind::kTarget: return "+";
      case PatternElement::Kind::kSource: return "$";
      case PatternElement::Kind::kSkip: return "^";
    }
    return "";
  };
  std::string out;
  for (const PatternElement& e : p.before) {
    out.append(element(e));
    out.push_back(' ');
  }
  out.append(p.head);
  for (const PatternElement& e : p.rest) {
    out.push_back(' ');
    out.append(element(e));
  }
  return out;
}

}  // namespace

bool Explain(const Lexicon& lex, const std::string& phrase, const Date& date, std::ostream& out) {
  Document doc;
  doc.text = phrase;
  doc.published = date;
  doc.kept.push_back({0, static_cast<uint32_t>(phrase.size())});
  SplitSentences(doc, lex.abbreviations);
  Discourse discourse;
  bool found = false;
  for (const Sentence& s : doc.sentences) {
    SentenceAnnotations ann;
    MatchActors(doc, s, lex, discourse, ann);
    for (const ActorPhrase& a : ann.actors) {
      if (a.kind != ActorPhrase::Kind::kName) continue;
      found = true;
      std::string code = a.person >= 0 ? lex.actors.people()[static_cast<size_t>(a.person)].CodeOn(date)
                                       : ComposeCode(a.base, a.sector);
      out << "actor  \"" << Text(doc, s, a.first, a.last) << "\"  " << (code.empty() ? "(no country yet)" : code)
          << " on " << date.ToString() << "  " << a.rule;
      if (!a.entity.empty()) out << "  (" << a.entity << ")";
      out << "\n";
    }
    std::vector<HeadHit<EventPattern>> scratch;
    std::set<const EventPattern*> shown;  // a pattern is listed under each form it is indexed by
    for (const Token& t : s.tokens) {
      const auto* verbs = lex.patterns.VerbsAt(t.norm, scratch);
      const auto* nouns = lex.patterns.NounsAt(t.norm);
      for (const auto* hits : {verbs, nouns}) {
        if (!hits) continue;
        for (const auto& h : *hits) {
          found = true;
          if (!shown.insert(h.item).second) continue;
          const EventPattern& p = *h.item;
          out << (p.noun ? "noun   " : "verb   ") << "\"" << t.norm << "\"  " << p.code << "  \"" << Written(p)
              << (p.untargeted ? "!" : "") << "\"  " << p.rule << "\n";
        }
      }
    }
  }
  return found;
}

}  // namespace attache
