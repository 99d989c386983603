// The document object that flows through the pipeline. Each stage adds its annotations:
// read -> clean -> split -> match -> parse clauses -> resolve actors -> code -> dates/places
// -> write. Offsets are byte offsets into Document::text (the original text); the writer turns
// them into character offsets.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "document/date.h"
#include "document/event.h"
#include "document/word_key.h"

namespace attache {

// A half-open byte range [start, end) of Document::text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  bool empty() const { return start >= end; }
};

struct Token {
  Span span;
  std::string norm;   // lower-cased, quotes and dashes folded to ASCII ("’" -> "'")
  bool capitalized = false;  // first letter upper case in the original (or the second: "iSrael")
  uint8_t grammar = 0;       // closed classes (GrammarBit, document/word_classes.h)
  size_t hash = 0;           // HashWord(norm), for the lexicon's tables (document/word_key.h)
  bool punct = false;        // a punctuation token
};

inline WordKey KeyOf(const Token& t) { return {t.norm, t.hash}; }

struct Sentence {
  Span span;
  uint32_t index = 0;  // 0-based among the sentences of the cleaned document
  std::vector<Token> tokens;
  std::vector<Event> events;  // filled by the coder
};

struct Document {
  std::string id;
  std::string origin;  // where it came from, for messages: "file.jsonl:12", "story.txt"
  std::string source, url, title;
  std::string text;    // the original text (valid UTF-8)
  std::optional<Date> published;
  std::vector<Span> dropped;  // datelines and boilerplate removed by the clean stage
  Span dateline;              // "TBILISI (Attache Wire) -", where the story was filed; empty if none
  std::vector<Span> kept;     // the story text the clean stage kept, in order
  std::vector<Sentence> sentences;
};

}  // namespace attache
