#include "read/html_reader.h"

#include <gtest/gtest.h>

#include "read/html_charset.h"
#include "read/html_depth.h"
#include "read/html_page.h"
#include "read/read_test_util.h"

namespace attache {
namespace {

using testing::Read;
using testing::WriteFile;

constexpr char kPage[] = R"(<!DOCTYPE html>
<html lang="en">
<head>
  <title>Khorev briefs the press | The Diplomatic Insight</title>
  <meta property="og:title" content="Khorev briefs the press">
  <meta property="og:site_name" content="The Diplomatic Insight">
  <meta property="article:published_time" content="2025-02-25T10:00:00Z">
  <link rel="canonical" href="https://example.org/khorev">
  <style>p { color: red }</style>
  <script>var tracking = "Trump visits Moscow";</script>
</head>
<body>
  <header><a href="/">Home</a> <nav><ul><li>World</li><li>Politics</li></ul></nav></header>
  <nav class="menu">Sections: Sports Business</nav>
  <article>
    <header><h1>Khorev briefs the press</h1><time datetime="2025-02-20">Feb 20</time></header>
    <p>Russian Ambassador Albert P. Khorev addressed a media briefing in
       Islamabad on Tuesday.</p>
    <p>He accused the United States &amp; its allies of expanding NATO&#8217;s reach.</p>
    <script>document.write("Advertisement text")</script>
    <figure><img src="a.jpg"><figcaption>Khorev at the briefing.</figcaption></figure>
    <div class="share-bar"><button>Share</button> Share on social media</div>
    <p>Pakistan&nbsp;welcomed the talks.<br>Caf&eacute; diplomacy continues.</p>
  </article>
  <aside><h2>Most read</h2><p>Trump visits Moscow</p></aside>
  <footer><p>Copyright 2025 The Diplomatic Insight</p></footer>
</body>
</html>
)";

TEST(HtmlReaderTest, ArticleTextWithoutNavigationScriptsOrFooter) {
  const std::string path = WriteFile("khorev.html", kPage);
  auto c = Read(path);
  ASSERT_TRUE(c.rejects.empty()) << c.rejects[0].reason;
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "khorev");
  EXPECT_EQ(d.origin, path);
  EXPECT_EQ(d.text,
            "Russian Ambassador Albert P. Khorev addressed a media briefing in Islamabad on "
            "Tuesday.\n"
            "He accused the United States & its allies of expanding NATO’s reach.\n"
            "Pakistan\u00A0welcomed the talks.\n"
            "Café diplomacy continues.");
  EXPECT_EQ(d.title, "Khorev briefs the press");
  EXPECT_EQ(d.source, "The Diplomatic Insight");
  EXPECT_EQ(d.url, "https://example.org/khorev");
  EXPECT_EQ(d.published, Date::Day(2025, 2, 25));
  EXPECT_TRUE(c.warnings.empty());
}

TEST(HtmlReaderTest, BodyIsUsedWhenThereIsNoArticleElement) {
  auto c = Read(WriteFile("plain.htm",
                          "<html><head><title>Plain page</title></head><body>"
                          "<nav>Home | World</nav><div><h2>Talks</h2><p>First para.</p>"
                          "<ul><li>One</li><li>Two</li></ul></div>"
                          "<footer>Contact us</footer></body></html>"));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Talks\nFirst para.\nOne\nTwo");
  EXPECT_EQ(c.docs[0].title, "Plain page");
  EXPECT_EQ(c.docs[0].id, "plain");
  EXPECT_TRUE(c.Warned("no publication date"));
}

TEST(HtmlReaderTest, ArticleBodyClassBeatsAShortTeaserArticle) {
  auto c = Read(WriteFile("teaser.html",
                          "<body><div class='sidebar'><article><p>Short teaser.</p></article></div>"
                          "<div class='article-body'><p>The long story about the ambassador "
                          "and his briefing in Islamabad, in some detail.</p></div></body>"));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text,
            "The long story about the ambassador and his briefing in Islamabad, in some detail.");
}

TEST(HtmlReaderTest, StoryClassIsFoundAndRelatedBoxesDropped) {
  auto c = Read(WriteFile("story.html",
                          "<body><div id='main'><div class='story-body'>"
                          "<p>Khorev spoke.</p><div class='related-stories'>Read also: X</div>"
                          "<p hidden>hidden text</p><p>Pakistan listened.</p></div>"
                          "<div class='comments'>Great article!</div></div></body>"));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Khorev spoke.\nPakistan listened.");
}

TEST(HtmlReaderTest, PageWithoutBodyTextIsRejected) {
  const std::string path = WriteFile("nobody.html",
                                     "<html><head><title>Only a title</title>"
                                     "<script>var x = 1;</script></head></html>");
  auto c = Read(path);
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.rejects.size(), 1u);
  EXPECT_EQ(c.rejects[0].where, path);
  EXPECT_EQ(c.rejects[0].reason, "no article text");

  auto nav_only = Read(WriteFile("navonly.html", "<body><nav>Home World</nav><footer>(c)</footer></body>"));
  ASSERT_EQ(nav_only.rejects.size(), 1u);
  EXPECT_EQ(nav_only.rejects[0].reason, "no article text");
}

TEST(HtmlReaderTest, TimeDatetimeGivesTheDateWhenNoMetaDoes) {
  auto c = Read(WriteFile("timed.html",
                          "<body><article><p>Talks on <time datetime='10:00'>ten</time>.</p>"
                          "<footer>Posted <time datetime='2025-02-24T08:00:00+05:00'>"
                          "Monday</time></footer></article></body>"));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].published, Date::Day(2025, 2, 24));
  EXPECT_EQ(c.docs[0].text, "Talks on ten.");
}

TEST(HtmlReaderTest, ImpossiblePublishedTimeIsRejected) {
  auto c = Read(WriteFile("bad-date.html",
                          "<head><meta property='article:published_time' content='2025-02-30'>"
                          "</head><body><p>Text.</p></body>"));
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.rejects.size(), 1u);
  EXPECT_EQ(c.rejects[0].reason,
            "article:published_time: \"2025-02-30\" is not a date (expected YYYY-MM-DD)");

  ReadOptions options;
  options.published = Date::Day(2025, 3, 1);
  auto d = Read(WriteFile("bad-date.html", "<meta property='article:published_time' "
                                           "content='2025-02-30'><p>Text.</p>"),
                options);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].published, Date::Day(2025, 3, 1));
}

TEST(HtmlReaderTest, InvalidUtf8IsRepairedWithAWarning) {
  auto c = Read(WriteFile("latin1.html", "<body><p>Caf\xE9 talks resumed in Paris.</p></body>"));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Caf\xEF\xBF\xBD talks resumed in Paris.");
  EXPECT_TRUE(c.Warned("invalid UTF-8 replaced by U+FFFD at byte 12"));
}

TEST(HtmlReaderTest, DeclaredCharsetIsConvertedToUtf8) {
  // windows-1252 (declared as ISO-8859-1, as browsers read it): é, and a curly apostrophe.
  auto latin = Read(WriteFile("latin.html",
                              "<html><head><meta http-equiv='Content-Type' "
                              "content='text/html; charset=ISO-8859-1'></head>"
                              "<body><p>Caf\xE9 diplomacy: Russia\x92s envoy.</p></body></html>"));
  ASSERT_EQ(latin.docs.size(), 1u);
  EXPECT_EQ(latin.docs[0].text, "Café diplomacy: Russia’s envoy.");
  EXPECT_TRUE(latin.warnings.size() == 1 && latin.Warned("no publication date"));

  // windows-1251: "Москва" (Moscow).
  auto cyrillic = Read(WriteFile("ru.html", "<meta charset=\"windows-1251\"><p>\xCC\xEE\xF1\xEA\xE2\xE0</p>"));
  ASSERT_EQ(cyrillic.docs.size(), 1u);
  EXPECT_EQ(cyrillic.docs[0].text, "Москва");

  // Declared windows-1252 but really UTF-8: left as UTF-8.
  auto mislabelled = Read(WriteFile("mis.html", "<meta charset=windows-1252><p>Café</p>"));
  ASSERT_EQ(mislabelled.docs.size(), 1u);
  EXPECT_EQ(mislabelled.docs[0].text, "Café");
}

TEST(HtmlReaderTest, FindsTheDeclaredCharset) {
  EXPECT_EQ(DeclaredCharset("<meta charset=\"UTF-8\">"), "utf-8");
  EXPECT_EQ(DeclaredCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"),
            "iso-8859-1");
  EXPECT_EQ(DeclaredCharset("<p>no declaration</p>"), "");
  std::string unknown = "abc\xE9";
  EXPECT_FALSE(ConvertToUtf8(unknown, "no-such-charset"));
  EXPECT_EQ(unknown, "abc\xE9");
}

TEST(HtmlReaderTest, NestingOfRealPagesParses) {
  std::string html = "<body>";
  for (int i = 0; i < 300; ++i) html += "<div class='wrap'>";
  html += "deep text";
  EXPECT_EQ(EstimateHtmlDepth(html), 301u);  // and <body>
  EXPECT_EQ(ParseHtmlPage(html).text, "deep text");
}

TEST(HtmlReaderTest, PathologicalNestingIsRejectedNotParsed) {
  // gumbo takes time quadratic in the depth; a million levels would never finish.
  std::string html = "<body>";
  for (int i = 0; i < 1'000'000; ++i) html += "<div>";
  html += "deep text";
  const std::string path = WriteFile("deep.html", html);
  auto c = Read(path);
  std::filesystem::remove(path);
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.rejects.size(), 1u);
  EXPECT_TRUE(c.rejects[0].reason.starts_with("HTML nested more than 1000 levels")) << c.rejects[0].reason;
}

TEST(HtmlReaderTest, DepthEstimateIgnoresScriptsCommentsAndVoidElements) {
  std::string html = "<html><head><script>for (i=0;i<n;i++) if (a<b) x();</script>"
                     "<style>a<b{}</style><!-- <div><div><div> --></head><body>";
  for (int i = 0; i < 5000; ++i) html += "<p>para<br><img src=x><hr/>";
  html += "<div><span>x</span></div></body></html>";
  EXPECT_EQ(EstimateHtmlDepth(html), 4u);  // html, head|body, div, span
}

}  // namespace
}  // namespace attache
