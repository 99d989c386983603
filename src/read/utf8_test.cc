#include "read/utf8.h"

#include <gtest/gtest.h>

#include "read/admit.h"
#include "read/read_test_util.h"

namespace attache {
namespace {

using testing::Collected;

TEST(Utf8Test, ValidTextIsLeftAlone) {
  std::string text = "Moscow’s stance — «нет» 中文 🙂\n\tend";
  const std::string before = text;
  const Utf8Report r = RepairUtf8(text);
  EXPECT_EQ(text, before);
  EXPECT_EQ(r.replaced, 0u);
  EXPECT_EQ(r.control_chars, 0u);
  EXPECT_FALSE(r.blank);
}

TEST(Utf8Test, InvalidByteMidStoryBecomesOneReplacement) {
  std::string text = "Khorev said\xFF the talks";
  const Utf8Report r = RepairUtf8(text);
  EXPECT_EQ(text, "Khorev said\xEF\xBF\xBD the talks");
  EXPECT_EQ(r.replaced, 1u);
  EXPECT_EQ(r.first_invalid, 11u);
}

TEST(Utf8Test, ReplacesMaximalSubpartsAsBrowsersDo) {
  // A truncated three-byte sequence is one error; an overlong form and a surrogate are an error
  // per byte, since no valid sequence starts that way.
  std::string truncated = "a\xE2\x82" "b";
  RepairUtf8(truncated);
  EXPECT_EQ(truncated, "a\xEF\xBF\xBD" "b");

  std::string overlong = "\xC0\xAF";
  EXPECT_EQ(RepairUtf8(overlong).replaced, 2u);

  std::string surrogate = "\xED\xA0\x80";
  EXPECT_EQ(RepairUtf8(surrogate).replaced, 3u);

  std::string too_high = "\xF4\x90\x80\x80";
  EXPECT_EQ(RepairUtf8(too_high).replaced, 4u);

  std::string at_end = "end\xF0\x9F\x99";
  const Utf8Report r = RepairUtf8(at_end);
  EXPECT_EQ(at_end, "end\xEF\xBF\xBD");
  EXPECT_EQ(r.invalid_bytes, 3u);
}

TEST(Utf8Test, NulBytesMeanBinary) {
  const std::string data("text\0with a nul", 15);
  const Utf8Report r = ScanUtf8(data);
  EXPECT_EQ(r.nul_bytes, 1u);
  EXPECT_TRUE(LooksBinary(r, data.size()));
}

TEST(Utf8Test, MostlyInvalidOrControlBytesMeanBinary) {
  std::string data;
  for (int i = 0; i < 200; ++i) data += static_cast<char>(0x80 + i % 100);
  EXPECT_TRUE(LooksBinary(ScanUtf8(data), data.size()));

  std::string controls = std::string(100, 'a') + std::string(20, '\x01');
  EXPECT_TRUE(LooksBinary(ScanUtf8(controls), controls.size()));
}

TEST(Utf8Test, Latin1TextIsRepairedNotCalledBinary) {
  const std::string headline = "Caf\xE9 cr\xE8me \xE0 Paris";
  EXPECT_FALSE(LooksBinary(ScanUtf8(headline), headline.size()));
  std::string story = "Le pr\xE9sident a rencontr\xE9 le ministre des affaires \xE9trang\xE8res.";
  EXPECT_FALSE(LooksBinary(ScanUtf8(story), story.size()));
}

TEST(Utf8Test, BlankMeansOnlyWhiteSpace) {
  EXPECT_TRUE(ScanUtf8("").blank);
  EXPECT_TRUE(ScanUtf8(" \n\t\r\n \xC2\xA0 \xE3\x80\x80").blank);  // with NBSP, ideographic space
  EXPECT_FALSE(ScanUtf8("  x ").blank);
}

TEST(Utf8Test, ByteOrderMarkIsStripped) {
  std::string text = "\xEF\xBB\xBFStory";
  StripByteOrderMark(text);
  EXPECT_EQ(text, "Story");
}

TEST(Utf8Test, CheckTextWarnsWithByteOffsetAndKeepsBinaryAsItWas) {
  Collected c;
  std::string text = "A long enough story.\xC3 It goes on.";
  EXPECT_EQ(CheckText(text, "story.txt", c.Sinks()), TextCheck::kText);
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_EQ(c.warnings[0].where, "story.txt");
  EXPECT_NE(c.warnings[0].message.find("byte 20"), std::string::npos) << c.warnings[0].message;
  EXPECT_EQ(text, "A long enough story.\xEF\xBF\xBD It goes on.");

  std::string binary("\x7F" "ELF\x02\x01\x01\0\0\0", 10);
  const std::string before = binary;
  EXPECT_EQ(CheckText(binary, "a.out", c.Sinks()), TextCheck::kBinary);
  EXPECT_EQ(binary, before);
  EXPECT_EQ(CheckText(binary = "  \n", "x", c.Sinks()), TextCheck::kEmpty);
}

TEST(Utf8Test, TenMegabytesWithScatteredErrorsIsLinear) {
  std::string text;
  text.reserve(10'500'000);
  while (text.size() < 10'000'000) text += "Ministers met in Islamabad on Tuesday.\xFF ";
  const size_t errors = text.size() / 40;
  const Utf8Report r = RepairUtf8(text);
  EXPECT_GE(r.replaced, errors - 1);
  EXPECT_FALSE(LooksBinary(r, text.size()));  // 1 byte in 40 is 2.5%
  EXPECT_EQ(ScanUtf8(text).replaced, 0u);
}

}  // namespace
}  // namespace attache
