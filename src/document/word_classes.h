// Closed-class words the stages test tokens against: prepositions, clause openers, forms of
// "be". Grammar rather than lexicon, so they live here and not in the lexicon files. The
// tokenizer looks each word up once (GrammarOf) and the token keeps the answer, so the tests
// below cost a bit test, not a string comparison.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "document/document.h"

namespace attache {

// The closed classes of a word (Token::grammar).
enum GrammarBit : uint8_t { kPreposition = 1, kClauseBoundary = 2, kSubordinator = 4, kBeForm = 8, kPersonalPronoun = 16 };
uint8_t GrammarOf(const WordKey& word);

bool Is(const Token& t, std::initializer_list<std::string_view> words);
inline bool IsPreposition(const Token& t) { return t.grammar & kPreposition; }
bool IsPrepositionWord(std::string_view norm);
// Words that start a new clause: a subject is not looked for across them.
inline bool IsClauseBoundary(const Token& t) { return t.grammar & kClauseBoundary; }
// Words that open a subordinate clause at the start of a sentence ("While ..., X did Y").
inline bool IsSubordinator(const Token& t) { return t.grammar & kSubordinator; }
// (Not "'s": after a name it is the possessive far more often than "is".)
inline bool IsBeForm(const Token& t) { return t.grammar & kBeForm; }
bool IsQuote(const Token& t);
// A word ending in "-ly" ("unequivocally", "strongly").
bool IsAdverb(const Token& t);

}  // namespace attache
