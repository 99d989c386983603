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
bool IsPreposition(const Token& t);
bool IsPrepositionWord(std::string_view norm);
// Words that start a new clause: a subject is not looked for across them.
bool IsClauseBoundary(const Token& t);
// Words that open a subordinate clause at the start of a sentence ("While ..., X did Y").
bool IsSubordinator(const Token& t);
// (Not "'s": after a name it is the possessive far more often than "is".)
bool IsBeForm(const Token& t);
bool IsQuote(const Token& t);
// A word ending in "-ly" ("unequivocally", "strongly").
bool IsAdverb(const Token& t);

}  // namespace attache
