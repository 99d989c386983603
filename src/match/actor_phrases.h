// How the actor phrases of a sentence combine once found: lists joined by "and" become groups
// ("China, Brazil and several African nations"); an agent takes the countries after "of"
// ("the top diplomats of the United States, South Korea and Japan"); a bracketed acronym
// restates the actor before it; an appositive title codes the name before it ("Chen Binhua, a
// spokesman for China's ..."); "the two sides" is the pair the story last named together.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "document/document.h"
#include "match/annotations.h"
#include "resolve/discourse.h"

namespace attache {

// A code that already says what the actor is: a named armed group or body ("SDNREB" RSF,
// "EGYREBMBR"), or a bare IGO or NGO. An agent noun adds no sector to it ("RSF fighters",
// "leaders of the Muslim Brotherhood"); named IGOs take one ("NATO troops": IGOWSTNATMIL).
bool IsCodedGroup(const std::string& base);

// Capitalised words that can be part of a person's name ("Albert", "P.", "Khorev").
bool IsNameToken(const Token& t);

void DropBracketedRestatements(const std::vector<Token>& tokens, std::vector<ActorPhrase>& actors);
// `adjectives` may also stand before a member ("Fornost and the evil awful Gondor"); with
// `loose`, any two lower-case words that are no prepositions may.
void Group(const std::vector<Token>& tokens, std::vector<ActorPhrase>& actors,
           const std::unordered_set<std::string>& adjectives, bool loose);
void AttachAgentsToCountries(const std::vector<Token>& tokens, std::vector<ActorPhrase>& actors);
void AddAppositiveNames(const Document& doc, const std::vector<Token>& tokens, Discourse& discourse,
                        std::vector<ActorPhrase>& actors);
void AddPairReferences(const std::vector<Token>& tokens, const Discourse& discourse,
                       std::vector<ActorPhrase>& actors);

}  // namespace attache
