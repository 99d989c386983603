#include "test_support.h"

#include <memory>

#include "pipeline/pipeline.h"

namespace attache::testing {

const Lexicon& BundledLexicon() {
  static const std::unique_ptr<Lexicon> lexicon = [] {
    std::vector<std::string> warnings;
    return Lexicon::Load(LexiconPaths{}, &warnings);
  }();
  return *lexicon;
}

std::vector<Event> Code(const std::string& text, const std::string& published, bool all) {
  return Code(BundledLexicon(), text, published, all);
}

std::vector<Event> Code(const Lexicon& lexicon, const std::string& text, const std::string& published, bool all) {
  Document doc;
  doc.id = "test";
  doc.text = text;
  doc.published = Date::Parse(published);
  CodeDocument(doc, lexicon);
  std::vector<Event> out;
  for (const Sentence& s : doc.sentences)
    for (const Event& e : s.events)
      if (all || e.modality == Modality::kFactual || e.modality == Modality::kFuture) out.push_back(e);
  return out;
}

std::string Dyad(const Event& e) {
  return e.source.code + ">" + (e.target ? e.target->code : "-") + ":" + e.code;
}

std::vector<std::string> Dyads(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(Dyad(e));
  return out;
}

}  // namespace attache::testing
