// The pieces every legacy dictionary line is made of: phrases with their connectors, pattern
// tokens, "[...]" code blocks and date restrictions. Shared by the actor, agent, verb and
// discard readers so that a phrase means the same in every file.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/legacy/legacy_dictionary.h"

namespace attache::legacy::internal {

// What a word carried besides its text.
struct WordMarks {
  bool no_endings = false;  // TABARI "BAN=": no regular endings
  bool verb = false;        // PETRARCH "+" before the verb of a multi-word verb ("RE_+ELECT")
};

// Splits a phrase as written ("AL_GORE", "MINIST FOR_GOVERNMENT_", "DURTHANG ORC") into words.
// Blanks separate words that may have others between them; '_' joins words and, after a word,
// makes it exact; TABARI's '~' joins and leaves the word a stem. TABARI words without a
// closing '_' or '=' are stems (manual 5.2.2, 5.5.3), PETRARCH words never are. ASCII letters
// are upper-cased. With `marks`, a leading '+' of a word is read as PETRARCH's verb mark and
// `marks` gets one entry per word.
Phrase ParsePhrase(std::string_view text, DictFormat format, std::vector<WordMarks>* marks = nullptr);

// The tokens of one pattern once alternatives and synsets are expanded: words as ParsePhrase
// reads them, and the single characters '*' (the verb), '$', '+', '%', '^'.
std::vector<PatternToken> ParsePatternTokens(std::string_view text, DictFormat format);

// A line split at its "[...]" blocks: the text before the first '[' and each block's content,
// trimmed. A last '[' closed by '}' instead ("[~ENV}") counts as closed, with `misclosed`;
// `unclosed` is set when a '[' has no close at all; `trailing` holds text after the blocks.
struct Bracketed {
  std::string_view head;
  std::vector<std::string_view> blocks;
  std::string_view trailing;
  bool unclosed = false;
  bool misclosed = false;
};
Bracketed SplitBrackets(std::string_view line);

// A code as written, with TABARI's spaced null code "- - -" closed up to "---" (the manual
// prints it spaced; some files copied that).
std::string NormalizeCode(std::string_view code);
// "032:033" -> {"032", "033"}; "064" -> {"064", ""}; ":110" -> {"", "110"}.
std::pair<std::string, std::string> SplitPairedCode(std::string_view code);

// Letters, digits and '/' (coded compounds "ELR/GAL"), or one of the special codes "---",
// "###", "+++", "***".
bool IsActorCode(std::string_view code);

// A date restriction after an actor code: "<911226", ">990816", "950601-990815", mixed
// lengths allowed, blanks ignored. A bare date ("20121204") is read as "from". `notes` gets a
// remark for each reading that is a guess (odd digit counts, a bare date); nullopt with `error`
// set when it cannot be read.
struct DateRange {
  std::optional<Date> from, to;
};
std::optional<DateRange> ParseDateRestriction(std::string_view text, std::vector<std::string>& notes,
                                              std::string& error);

// The regular English plural of the last word of `phrase` as written ("PRIME_MINISTER" ->
// "PRIME_MINISTERS", "PARTY" -> "PARTIES", "ADDRESS" -> "ADDRESSES"), for PETRARCH's automatic
// plurals; "" for a word that takes none here: one ending in a single 'S' (a plural already:
// "TROOPS") or in a character other than a letter ("N'T", "F-16").
std::string RegularPlural(std::string_view phrase);

// Without the blanks and tabs around it.
std::string_view TrimBlanks(std::string_view s);

// The parts one after the other. Messages are built with it rather than with '+' chains that
// start at a literal, which GCC 12 flags falsely under -O2 (-Wrestrict).
std::string Cat(std::initializer_list<std::string_view> parts);

}  // namespace attache::legacy::internal
