// Hardening (issue 9): malformed lexicons fail whole ("file:line: reason")
// and leave nothing half-loaded; limits hold on adversarial input.
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "claimx/claimx.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/tsv.h"

namespace claimx {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

std::string WriteFile(const std::string& name, const std::string& content) {
  std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::string Json(const Extractor& ex, const std::string& text) {
  absl::StatusOr<Document> doc = ex.Extract(text, {"t", "2026-03-12"});
  EXPECT_TRUE(doc.ok()) << doc.status();
  return doc.ok() ? ToJson(*doc, text, {.pretty = false, .tokens = true}) : "";
}

// Two good lines make the sentence split differently; the third is bad.
constexpr char kGoodThenBad[] =
    "Qv.\tabbrev\tclass=title\n"
    "Wz.\tabbrev\tclass=title\n"
    "Broken Line\tNotAType\n";
constexpr char kText[] =
    "The panel heard Qv. Marlow first. Then Wz. Teague spoke at length.";

TEST(Hardening, MalformedLexiconTextFailsWithLineAndNoEntries) {
  absl::StatusOr<std::vector<internal::LexiconEntry>> parsed =
      internal::ParseLexiconTsv(kGoodThenBad, "user.tsv");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(parsed.status().message()),
              StartsWith("user.tsv:3: bad type"));
}

TEST(Hardening, FailedCreateLeavesNothingHalfLoaded) {
  absl::StatusOr<Extractor> before = Extractor::Create();
  ASSERT_TRUE(before.ok());
  const std::string baseline = Json(*before, kText);

  // The good lines alone do change the result ...
  Options good;
  good.lexicon_text = "Qv.\tabbrev\tclass=title\nWz.\tabbrev\tclass=title\n";
  absl::StatusOr<Extractor> with_good = Extractor::Create(good);
  ASSERT_TRUE(with_good.ok()) << with_good.status();
  ASSERT_NE(Json(*with_good, kText), baseline);

  // ... but with a bad line after them, in a file or as text, Create fails
  // and names the line.
  std::string good_path =
      WriteFile("claimx_hardening_good.tsv", "Qv.\tabbrev\tclass=title\n");
  std::string bad_path = WriteFile("claimx_hardening_bad.tsv", kGoodThenBad);
  Options files;
  files.lexicon_files = {good_path, bad_path};
  absl::StatusOr<Extractor> failed = Extractor::Create(files);
  ASSERT_FALSE(failed.ok());
  EXPECT_THAT(std::string(failed.status().message()),
              StartsWith(bad_path + ":3: "));
  Options text;
  text.lexicon_text = kGoodThenBad;
  failed = Extractor::Create(text);
  ASSERT_FALSE(failed.ok());
  EXPECT_THAT(std::string(failed.status().message()),
              StartsWith("<options.lexicon_text>:3: "));

  // Nothing leaked into shared state: extractors made before and after the
  // failures behave exactly like the default.
  EXPECT_EQ(Json(*before, kText), baseline);
  absl::StatusOr<Extractor> after = Extractor::Create();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(Json(*after, kText), baseline);
  std::remove(good_path.c_str());
  std::remove(bad_path.c_str());
}

TEST(Hardening, UnreadableAndInvalidUtf8LexiconsFail) {
  Options missing;
  missing.lexicon_files = {::testing::TempDir() +
                           "/claimx_no_such_lexicon.tsv"};
  EXPECT_EQ(Extractor::Create(missing).status().code(),
            absl::StatusCode::kNotFound);
  Options bad_utf8;
  bad_utf8.lexicon_text = "fine\tperson\nbro\xC3ken\tperson\n";
  absl::StatusOr<Extractor> ex = Extractor::Create(bad_utf8);
  ASSERT_FALSE(ex.ok());
  EXPECT_THAT(std::string(ex.status().message()),
              HasSubstr(":2: invalid UTF-8"));
}

TEST(Hardening, HugeTokenIsCutAtTheLimit) {
  Options opt;
  opt.max_token_bytes = 1000;
  absl::StatusOr<Extractor> ex = Extractor::Create(opt);
  ASSERT_TRUE(ex.ok());
  std::string text(1 << 20, 'a');
  text += " ended";
  absl::StatusOr<Document> doc = ex->Extract(text);
  ASSERT_TRUE(doc.ok());
  ASSERT_GE(doc->tokens.size(), (1u << 20) / 1000);
  uint32_t covered = 0;
  for (const Token& t : doc->tokens) {
    EXPECT_LE(t.span.size(), 1000u);
    covered += t.span.size();
  }
  EXPECT_EQ(covered, text.size() - 1);  // every byte but the space, in order
}

TEST(Hardening, DeepNestingAndQuoteFloodsEndNormally) {
  absl::StatusOr<Extractor> ex = Extractor::Create();
  ASSERT_TRUE(ex.ok());
  std::string nested = std::string(20000, '(') + "officials said 5% rose" +
                       std::string(20000, ')');
  absl::StatusOr<Document> doc = ex->Extract(nested);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->bytes, nested.size());
  std::string quotes;
  for (int i = 0; i < 20000; ++i)
    quotes += (i % 3 == 0) ? "\" " : (i % 3 == 1) ? "“ said " : "” ";
  doc = ex->Extract(quotes);
  ASSERT_TRUE(doc.ok());
  EXPECT_FALSE(doc->sentences.empty());
}

std::vector<std::string> Sentences(const Extractor& ex,
                                   const std::string& text) {
  std::vector<std::string> out;
  absl::StatusOr<Document> doc = ex.Extract(text);
  EXPECT_TRUE(doc.ok()) << doc.status();
  if (!doc.ok()) return out;
  for (const Sentence& s : doc->sentences)
    out.push_back(text.substr(s.span.begin, s.span.size()));
  return out;
}

TEST(Hardening, NestingDepthOverTheLimitIsInvalidArgument) {
  Options opt;
  opt.max_nesting_depth = kMaxNestingDepthLimit;
  EXPECT_TRUE(Extractor::Create(opt).ok());
  opt.max_nesting_depth = kMaxNestingDepthLimit + 1;
  absl::StatusOr<Extractor> ex = Extractor::Create(opt);
  ASSERT_FALSE(ex.ok());
  EXPECT_EQ(ex.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(ex.status().message(), HasSubstr("max_nesting_depth"));
}

TEST(Hardening, TokenLimitUnderOneCharacterIsInvalidArgument) {
  Options opt;
  opt.max_token_bytes = 4;
  absl::StatusOr<Extractor> ok = Extractor::Create(opt);
  ASSERT_TRUE(ok.ok()) << ok.status();
  // Four bytes hold any UTF-8 character: the pieces stay whole characters.
  absl::StatusOr<Document> doc = ok->Extract("Überprüfung läuft.");
  ASSERT_TRUE(doc.ok()) << doc.status();
  for (const Token& t : doc->tokens) EXPECT_LE(t.span.size(), 4u);
  opt.max_token_bytes = 3;
  absl::StatusOr<Extractor> ex = Extractor::Create(opt);
  ASSERT_FALSE(ex.ok());
  EXPECT_EQ(ex.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(ex.status().message(), HasSubstr("max_token_bytes"));
}

// Two brackets deep: the inner pair holds two sentences, the outer pair one
// more.
constexpr char kNested[] =
    "Aides noted ((The fund grew. The debt shrank.) Then prices fell.) "
    "Then the vote came.";

TEST(Hardening, PairsWithinTheNestingDepthAreNotSplit) {
  Options opt;
  opt.max_nesting_depth = 2;
  absl::StatusOr<Extractor> ex = Extractor::Create(opt);
  ASSERT_TRUE(ex.ok());
  EXPECT_THAT(Sentences(*ex, kNested),
              ::testing::ElementsAre("Aides noted ((The fund grew. The debt "
                                     "shrank.) Then prices fell.)",
                                     "Then the vote came."));
}

TEST(Hardening, PairsPastTheNestingDepthAreIgnoredWithTheirClosers) {
  // Depth 1: the inner pair is ignored, closer included, so the outer pair
  // still ends at its own closer and nothing inside it splits.
  Options opt;
  opt.max_nesting_depth = 1;
  absl::StatusOr<Extractor> ex = Extractor::Create(opt);
  ASSERT_TRUE(ex.ok());
  EXPECT_THAT(Sentences(*ex, kNested),
              ::testing::ElementsAre("Aides noted ((The fund grew. The debt "
                                     "shrank.) Then prices fell.)",
                                     "Then the vote came."));
  // Depth 0: no pairing, every final mark may end a sentence.
  opt.max_nesting_depth = 0;
  ex = Extractor::Create(opt);
  ASSERT_TRUE(ex.ok());
  EXPECT_THAT(Sentences(*ex, kNested),
              ::testing::ElementsAre("Aides noted ((The fund grew.",
                                     "The debt shrank.)", "Then prices fell.)",
                                     "Then the vote came."));
}

}  // namespace
}  // namespace claimx
