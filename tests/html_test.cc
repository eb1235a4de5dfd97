// The HTML view: escaping, span nesting (crossing spans are split, never
// misnested), ids and tab stops, the side panel and the multi-document page.
#include <string>
#include <vector>

#include "claimx/extractor.h"
#include "claimx/serialize.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimx {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// The <article> element's inner HTML.
std::string ArticleOf(const std::string& page) {
  size_t b = page.find("<article class=\"text\">");
  size_t e = page.find("</article>", b);
  if (b == std::string::npos || e == std::string::npos) return "";
  b += std::string("<article class=\"text\">").size();
  return page.substr(b, e - b);
}

// Checks that every <span ...> is closed in order and returns the text with
// the tags removed; fails the test on misnesting.
std::string CheckNestingAndStrip(const std::string& html) {
  int depth = 0;
  std::string text;
  for (size_t i = 0; i < html.size();) {
    if (html.compare(i, 6, "<span ") == 0) {
      ++depth;
      size_t close = html.find('>', i);
      EXPECT_NE(close, std::string::npos);
      // Attribute values must not contain a raw '<' or '>'.
      EXPECT_EQ(html.substr(i + 1, close - i - 1).find('<'), std::string::npos);
      i = close + 1;
    } else if (html.compare(i, 7, "</span>") == 0) {
      --depth;
      EXPECT_GE(depth, 0) << "closing tag without an open span at " << i;
      i += 7;
    } else {
      EXPECT_NE(html[i], '<')
          << "unexpected markup at " << i << ": " << html.substr(i, 20);
      text.push_back(html[i]);
      ++i;
    }
  }
  EXPECT_EQ(depth, 0);
  return text;
}

std::string Unescape(std::string s) {
  const std::pair<const char*, const char*> kEntities[] = {{"&lt;", "<"},
                                                           {"&gt;", ">"},
                                                           {"&quot;", "\""},
                                                           {"&#39;", "'"},
                                                           {"&amp;", "&"}};
  for (const auto& [from, to] : kEntities) {
    for (size_t p = s.find(from); p != std::string::npos;
         p = s.find(from, p + 1)) {
      s.replace(p, std::string(from).size(), to);
    }
  }
  return s;
}

Document OneClaim(const std::string& text, Span content, Span source,
                  Span cue) {
  Document doc;
  doc.id = "t";
  doc.bytes = static_cast<uint32_t>(text.size());
  doc.sentences.push_back(Sentence{{0, doc.bytes}, 0, 0});
  Claim c;
  c.span = content;
  c.pieces = {content};
  c.kind = ClaimKind::kIndirect;
  c.source = Source{source, SourceType::kAnonymous, "", -1};
  c.cue = Cue{cue, "say"};
  doc.claims.push_back(c);
  return doc;
}

TEST(ToHtml, MarkupInTheDocumentShowsAsText) {
  std::string text =
      "Officials said <script>alert('x')</script> & <b>more</b> \"here\".";
  Document doc = OneClaim(text, {15, 63}, {0, 9}, {10, 14});
  doc.id = "<i>id</i>";
  std::string page = ToHtml(doc, text);
  EXPECT_THAT(page, Not(HasSubstr("<script>alert")));
  EXPECT_THAT(page, Not(HasSubstr("<b>more")));
  EXPECT_THAT(page, Not(HasSubstr("<i>id")));
  EXPECT_THAT(
      page,
      HasSubstr(
          "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;"));
  EXPECT_THAT(page, HasSubstr("<title>&lt;i&gt;id&lt;/i&gt;</title>"));
  std::string article = ArticleOf(page);
  EXPECT_EQ(Unescape(CheckNestingAndStrip(article)), text);
}

TEST(ToHtml, ControlCharactersAndInvalidUtf8BecomeReplacementCharacters) {
  std::string text =
      "A\x01"
      "B\xFF"
      "C\n\tD é";
  Document doc;
  doc.bytes = static_cast<uint32_t>(text.size());
  std::string article = ArticleOf(ToHtml(doc, text));
  EXPECT_EQ(article,
            "A\xEF\xBF\xBD"
            "B\xEF\xBF\xBD"
            "C\n\tD é");
}

TEST(ToHtml, NestedSpansKeepTheirOrder) {
  //            0         1         2         3         4
  //            0123456789012345678901234567890123456789012345
  std::string text = "Reuters said 340 containers were stuck in Valmora.";
  Document doc = OneClaim(text, {13, 49}, {0, 7}, {8, 12});
  doc.entities.push_back(
      Entity{{0, 7}, EntityType::kOrg, "Reuters", true, "", -1});
  doc.entities.push_back(
      Entity{{42, 49}, EntityType::kGpe, "Valmora", false, "", -1});
  Quantity q;
  q.span = {13, 27};
  q.value = 340;
  q.unit = "containers";
  doc.quantities.push_back(q);
  doc.claims[0].quantities = {0};
  std::string article = ArticleOf(ToHtml(doc, text));
  EXPECT_EQ(Unescape(CheckNestingAndStrip(article)), text);
  // The source and the entity share a span: source outside, entity inside.
  EXPECT_THAT(article,
              HasSubstr("<span class=\"src t-anonymous\" data-claim=\"d0c0\""));
  size_t src = article.find("class=\"src");
  size_t ent = article.find("class=\"ent e-ORG");
  EXPECT_LT(src, ent);
  // The claim content holds the quantity and the place, in that order.
  size_t claim = article.find("class=\"claim k-indirect\" id=\"d0-c0\"");
  size_t qty = article.find("class=\"qty q-CARDINAL\"");
  size_t gpe = article.find("class=\"ent e-GPE\"");
  EXPECT_LT(claim, qty);
  EXPECT_LT(qty, gpe);
  EXPECT_THAT(article,
              HasSubstr("data-tip=\"CARDINAL\nvalue: 340 containers\""));
  EXPECT_THAT(article, Not(HasSubstr(" cont\"")));  // nothing crossed
}

TEST(ToHtml, CrossingSpansAreSplitIntoParts) {
  std::string text = "alpha beta gamma delta";
  Document doc;
  doc.bytes = static_cast<uint32_t>(text.size());
  // An entity [6,16) "beta gamma" crossing a quantity [11,22) "gamma delta",
  // and a claim [0,10) crossing the entity.
  doc.entities.push_back(
      Entity{{6, 16}, EntityType::kOrg, "Beta Gamma", false, "", -1});
  Quantity q;
  q.span = {11, 22};
  doc.quantities.push_back(q);
  Claim c;
  c.span = {0, 10};
  c.pieces = {{0, 10}};
  c.kind = ClaimKind::kUnattributed;
  doc.claims.push_back(c);
  std::string article = ArticleOf(ToHtml(doc, text));
  EXPECT_EQ(CheckNestingAndStrip(article), text);
  // The entity is split at the claim's end, the quantity at the entity's.
  EXPECT_THAT(article, HasSubstr("class=\"ent e-ORG cont\""));
  EXPECT_THAT(article, HasSubstr("class=\"qty q-CARDINAL cont\""));
  // Only the first part of each annotation is a tab stop.
  size_t tab_stops = 0;
  for (size_t p = article.find("tabindex"); p != std::string::npos;
       p = article.find("tabindex", p + 1)) {
    ++tab_stops;
  }
  EXPECT_EQ(tab_stops, 3u);
}

TEST(ToHtml, ManyRandomSpansAlwaysNest) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "wörd ";
  Document doc;
  doc.bytes = static_cast<uint32_t>(text.size());
  uint32_t seed = 12345;
  auto next = [&](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % n;
  };
  for (int i = 0; i < 60; ++i) {
    uint32_t b = next(doc.bytes), e = b + 1 + next(40);
    // Offsets inside a two-byte character are snapped to its start.
    if (i % 3 == 0) {
      doc.entities.push_back(
          Entity{{b, e}, EntityType::kPerson, "", false, "", -1});
    } else if (i % 3 == 1) {
      Quantity q;
      q.span = {b, e};
      doc.quantities.push_back(q);
    } else {
      Claim c;
      c.span = {b, e};
      c.pieces = {{b, e}};
      c.kind = ClaimKind::kMixed;
      c.source = Source{
          {next(doc.bytes), next(doc.bytes) + 3}, SourceType::kPerson, "", -1};
      doc.claims.push_back(c);
    }
  }
  std::string article = ArticleOf(ToHtml(doc, text));
  EXPECT_EQ(CheckNestingAndStrip(article), text);
}

TEST(ToHtml, SplitQuoteHasOneAnchorAndSharedSourceIsOneElement) {
  std::string text =
      "\"We will rebuild,\" Berg said, \"and soon.\" Berg said the port is "
      "open.";
  Document doc;
  doc.bytes = static_cast<uint32_t>(text.size());
  Claim a;
  a.pieces = {{0, 18}, {30, 41}};
  a.span = {0, 41};
  a.kind = ClaimKind::kDirectQuote;
  a.source = Source{{19, 23}, SourceType::kPerson, "Tomas Berg", -1};
  a.cue = Cue{{24, 28}, "say"};
  Claim b;
  b.pieces = {{52, 69}};
  b.span = {52, 69};
  b.kind = ClaimKind::kIndirect;
  b.source = Source{{42, 46}, SourceType::kPerson, "Tomas Berg", -1};
  b.cue = Cue{{47, 51}, "say"};
  b.hedged = true;
  doc.claims = {a, b};
  std::string page = ToHtml(doc, text);
  std::string article = ArticleOf(page);
  EXPECT_EQ(Unescape(CheckNestingAndStrip(article)), text);
  EXPECT_THAT(article, HasSubstr("id=\"d0-c0\""));
  EXPECT_THAT(article,
              HasSubstr("class=\"claim k-indirect hedged\" id=\"d0-c1\""));
  // The second piece of the quote is another element of the same claim.
  size_t first = article.find("data-claim=\"d0c0\"");
  EXPECT_NE(article.find("class=\"claim k-direct_quote\" data-claim=\"d0c0\"",
                         first + 1),
            std::string::npos);
  EXPECT_THAT(article, HasSubstr("resolved: Tomas Berg"));
  // The panel groups both claims under the resolved name.
  EXPECT_THAT(
      page,
      HasSubstr("<span class=\"gname\">Tomas Berg</span> <span class=\"gtype "
                "t-person\">person</span> <span class=\"count\">2</span>"));
  EXPECT_THAT(page, HasSubstr("<a href=\"#d0-c1\">"));
  EXPECT_THAT(page, HasSubstr("<span class=\"badge hedge\">hedged</span>"));
  EXPECT_THAT(
      page, HasSubstr("<span class=\"excerpt\">&quot;We will rebuild,&quot; … "
                      "&quot;and soon.&quot;</span>"));
  EXPECT_THAT(page,
              HasSubstr("<span class=\"excerpt\">“the port is open.”</span>"));
}

TEST(ToHtml, SelfContainedPage) {
  std::string text = "Nothing to see.";
  Document doc;
  doc.bytes = static_cast<uint32_t>(text.size());
  std::string page = ToHtml(doc, text);
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_THAT(page, HasSubstr("default-src 'none'"));
  EXPECT_THAT(page, Not(HasSubstr("src=\"http")));
  EXPECT_THAT(page, Not(HasSubstr("<link")));
  EXPECT_THAT(page, Not(HasSubstr("@import")));
  EXPECT_THAT(page,
              Not(HasSubstr("<nav")));  // one document: no table of contents
  EXPECT_THAT(page, HasSubstr("No claims found."));
  EXPECT_THAT(page, HasSubstr("class=\"legend\""));
  HtmlOptions no_script;
  no_script.script = false;
  EXPECT_THAT(ToHtml(doc, text, no_script), Not(HasSubstr("<script")));
}

TEST(HtmlPageBuilder, SeveralDocumentsGetATableOfContents) {
  HtmlPageBuilder page;
  std::string t1 = "First story.";
  std::string t2 = "Second story, said an official.";
  Document d1;
  d1.id = "one";
  d1.bytes = static_cast<uint32_t>(t1.size());
  Document d2 = OneClaim(t2, {0, 12}, {19, 30}, {14, 18});
  d2.id = "two & more";
  page.Add(d1, t1);
  page.Add(d2, t2);
  EXPECT_EQ(page.size(), 2u);
  std::string html = page.Finish();
  EXPECT_THAT(html, HasSubstr("<nav class=\"toc\"><h2>2 documents</h2>"));
  EXPECT_THAT(
      html,
      HasSubstr(
          "<a href=\"#doc-0\">one</a> <span class=\"count\">0 claims</span>"));
  EXPECT_THAT(html, HasSubstr("<a href=\"#doc-1\">two &amp; more</a> <span "
                              "class=\"count\">1 claim</span>"));
  EXPECT_THAT(html, HasSubstr("<section class=\"doc\" id=\"doc-1\">"));
  // Claim ids are unique across documents.
  EXPECT_THAT(html, HasSubstr("id=\"d1-c0\""));
  EXPECT_THAT(html, HasSubstr("<title>claimx</title>"));
  EXPECT_EQ(page.size(), 0u);
}

TEST(ToHtml, RealExtractionNestsAndRoundTrips) {
  absl::StatusOr<Extractor> ex = Extractor::Create();
  ASSERT_TRUE(ex.ok()) << ex.status();
  std::string text =
      "The city council approved a budget of $2.5 million on Monday, according "
      "to the mayor's "
      "office.\n\n\"We cannot wait any longer,\" said Councillor Maria "
      "Lindqvist, adding that "
      "about 300 homes in Northbridge still lack heating.";
  absl::StatusOr<Document> doc = ex->Extract(text);
  ASSERT_TRUE(doc.ok()) << doc.status();
  std::string article = ArticleOf(ToHtml(*doc, text));
  EXPECT_EQ(Unescape(CheckNestingAndStrip(article)), text);
  EXPECT_THAT(article, HasSubstr("class=\"qty q-MONEY\""));
}

}  // namespace
}  // namespace claimx
