#include "lexicon/legacy/legacy_options.h"

#include <gtest/gtest.h>

namespace attache::legacy {
namespace {

TEST(LegacyTabariOptions, CodeBy) {
  CodingConventions c;
  EXPECT_TRUE(ApplyTabariOption("SET: CODE BY SENTENCE", c));
  EXPECT_EQ(c.events_per, CodingConventions::EventsPer::kSentence);
  EXPECT_TRUE(ApplyTabariOption("SET:  code by  clause ", c));
  EXPECT_EQ(c.events_per, CodingConventions::EventsPer::kClause);
  EXPECT_TRUE(ApplyTabariOption("SET: CODE ALL", c));
  EXPECT_EQ(c.events_per, CodingConventions::EventsPer::kAct);
}

TEST(LegacyTabariOptions, LimitsAndAgents) {
  CodingConventions c;
  EXPECT_TRUE(ApplyTabariOption("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", c));
  EXPECT_EQ(c.max_verbs, 5u);
  EXPECT_EQ(c.max_conjunctions, 4u);
  EXPECT_TRUE(ApplyTabariOption("SET: MINIMUM WORDS = 8  */", c));
  EXPECT_EQ(c.min_words, 8u);
  EXPECT_TRUE(ApplyTabariOption("SET: CONVERT AGENT = TRUE", c));
  EXPECT_EQ(c.lone_agent_base, "~");
  EXPECT_TRUE(ApplyTabariOption("SET: CONVERT AGENT = FALSE", c));
  EXPECT_EQ(c.lone_agent_base, "");
}

TEST(LegacyTabariOptions, CommaClauses) {
  CodingConventions c;
  EXPECT_TRUE(ApplyTabariOption("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8", c));
  EXPECT_TRUE(c.comma_clauses.enabled);
  EXPECT_EQ(c.comma_clauses.min, 4u);
  EXPECT_EQ(c.comma_clauses.max, 6u);
  EXPECT_EQ(c.comma_clauses.end_min, 3u);
  EXPECT_EQ(c.comma_clauses.end_max, 6u);
  EXPECT_EQ(c.comma_clauses.begin_min, 3u);
  EXPECT_EQ(c.comma_clauses.begin_max, 8u);
  EXPECT_TRUE(ApplyTabariOption("COMMA: OFF", c));
  EXPECT_FALSE(c.comma_clauses.enabled);
}

TEST(LegacyTabariOptions, OutputCommandsChangeNothing) {
  CodingConventions c;
  EXPECT_FALSE(ApplyTabariOption("OUTPUT: ACTOR MATCH ID", c));
  EXPECT_FALSE(ApplyTabariOption("LABEL: 010=YIELD", c));
  EXPECT_FALSE(ApplyTabariOption("no colon here", c));
}

}  // namespace
}  // namespace attache::legacy
