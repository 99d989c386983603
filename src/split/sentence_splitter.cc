#include "split/sentence_splitter.h"

#include "split/tokenizer.h"

namespace attache {
namespace {

bool IsSentenceEnd(const Token& t) {
  return t.punct && (t.norm == "." || t.norm == "!" || t.norm == "?");
}
bool IsCloser(const Token& t) {
  return t.punct && (t.norm == "\"" || t.norm == "'" || t.norm == ")" || t.norm == "]");
}

// Words that start sentences; a dotted acronym ("U.S.") before one of them ends a sentence.
bool IsSentenceStarter(const Token& t) {
  static const char* kStarters[] = {"the", "he", "she", "it", "they", "we", "i", "in", "but",
                                    "a", "an", "this", "that", "on", "after", "however", "his",
                                    "their", "its", "there", "meanwhile", "earlier", "later"};
  for (const char* w : kStarters)
    if (t.norm == w) return true;
  return false;
}

void Flush(Document& doc, std::vector<Token>& tokens, size_t from, size_t to) {
  if (from >= to) return;
  Sentence s;
  s.index = static_cast<uint32_t>(doc.sentences.size());
  s.tokens.assign(std::make_move_iterator(tokens.begin() + from),
                  std::make_move_iterator(tokens.begin() + to));
  s.span = {s.tokens.front().span.start, s.tokens.back().span.end};
  doc.sentences.push_back(std::move(s));
}

}  // namespace

void SplitSentences(Document& doc, const Abbreviations& abbreviations) {
  std::vector<Token> tokens;
  for (const Span& paragraph : doc.kept) {
    tokens.clear();
    Tokenize(doc.text, paragraph, abbreviations, tokens);
    size_t start = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      bool cut = false;
      size_t end = i + 1;
      if (IsSentenceEnd(tokens[i])) {
        while (end < tokens.size() && (IsSentenceEnd(tokens[end]) || IsCloser(tokens[end]))) ++end;
        cut = end == tokens.size() || tokens[end].capitalized || tokens[end].punct ||
              std::isdigit(static_cast<unsigned char>(tokens[end].norm[0]));
      } else if (!tokens[i].punct && tokens[i].norm.size() > 2 && tokens[i].norm.back() == '.' &&
                 i + 1 < tokens.size() && tokens[i + 1].capitalized &&
                 IsSentenceStarter(tokens[i + 1])) {
        cut = true;  // "... talks with the U.S. The next round ..."
      }
      if (!cut && end - start >= kMaxSentenceTokens) cut = true;
      if (cut) {
        Flush(doc, tokens, start, end);
        start = end;
        i = end - 1;
      }
    }
    Flush(doc, tokens, start, tokens.size());
  }
}

}  // namespace attache
