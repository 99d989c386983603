#include "run/progress.h"

#include <gtest/gtest.h>

#include <sstream>
#include <thread>

namespace attache {
namespace {

TEST(Progress, SilentWhereTheErrorStreamIsNoTerminal) {
  std::ostringstream err;
  Progress p(err, /*enabled=*/false);
  CodeSummary s{10, 200, 30, 0};
  p.Update(s);
  p.Finish(s);
  EXPECT_TRUE(err.str().empty());
}

TEST(Progress, OneLineRewrittenInPlaceThenEnded) {
  std::ostringstream err;
  Progress p(err, /*enabled=*/true);
  CodeSummary s{10, 200, 30, 0};
  p.Update(s);  // too soon after the start: nothing yet
  EXPECT_TRUE(err.str().empty());
  p.Finish(s);  // nothing was shown, so nothing to end
  EXPECT_TRUE(err.str().empty());
}

TEST(Progress, ShowsDocumentsSentencesEventsAndRate) {
  std::ostringstream err;
  Progress p(err, /*enabled=*/true);
  CodeSummary s{10, 200, 30, 0};
  // A run long enough for the line to appear.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  p.Update(s);
  p.Finish(s);
  const std::string out = err.str();
  EXPECT_EQ(out.front(), '\r');
  EXPECT_NE(out.find("10 documents, 200 sentences, 30 events"), std::string::npos) << out;
  EXPECT_NE(out.find("sentences/s"), std::string::npos);
  EXPECT_EQ(out.back(), '\n');
}

}  // namespace
}  // namespace attache
