// bench/digest.h: the per-stage output digest behind `corpus_bench --digest`
// must see every field of every stage's output, and only that stage's part
// may change when one field does.
#include "digest.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "claimx/extractor.h"
#include "gtest/gtest.h"

namespace claimx::bench {
namespace {

using Part = OutputDigest::Part;

// A document with one of everything, every optional field set.
Document Sample() {
  Document d;
  d.sentences = {{{0, 40}, 0, 9}, {{41, 80}, 9, 17}};
  Quantity q;
  q.span = {10, 20};
  q.type = QuantityType::kRange;
  q.value = 5;
  q.low = 4;
  q.high = 6;
  q.value_text = "4-6";
  q.unit = "ships";
  q.approx = true;
  q.modifier = "about";
  d.quantities = {q};
  Entity e;
  e.span = {0, 9};
  e.type = EntityType::kPerson;
  e.canonical = "Ada Lund";
  e.title = "Dr.";
  Entity e2 = e;
  e2.span = {41, 45};
  e2.mention_of = 0;
  d.entities = {e, e2};
  Claim c;
  c.span = {10, 40};
  c.pieces = {{10, 20}, {25, 40}};
  c.sentence = 0;
  c.kind = ClaimKind::kMixed;
  c.source = Source{{0, 9}, SourceType::kPerson, "Ada Lund", 0};
  c.cue = Cue{{21, 25}, "say"};
  c.via = {Source{{50, 60}, SourceType::kOrg, "Port Board", -1}};
  c.hedged = true;
  c.quantities = {0};
  c.entities = {0, 1};
  c.score = 0.75;
  d.claims = {c};
  return d;
}

struct Mutation {
  const char* name;
  Part part;
  std::function<void(Document*)> apply;
};

std::vector<Mutation> Mutations() {
  return {
      {"sentence end", Part::kSentences,
       [](Document* d) { d->sentences[1].span.end = 79; }},
      {"sentence end_token", Part::kSentences,
       [](Document* d) { d->sentences[1].end_token = 16; }},
      {"quantity span", Part::kQuantities,
       [](Document* d) { d->quantities[0].span.begin = 11; }},
      {"quantity type", Part::kQuantities,
       [](Document* d) { d->quantities[0].type = QuantityType::kCardinal; }},
      {"quantity value", Part::kQuantities,
       [](Document* d) { d->quantities[0].value = 5.000001; }},
      {"quantity no value", Part::kQuantities,
       [](Document* d) { d->quantities[0].value.reset(); }},
      {"quantity low", Part::kQuantities,
       [](Document* d) { d->quantities[0].low = 3; }},
      {"quantity high", Part::kQuantities,
       [](Document* d) { d->quantities[0].high.reset(); }},
      {"quantity value_text", Part::kQuantities,
       [](Document* d) { d->quantities[0].value_text = "4-7"; }},
      {"quantity unit", Part::kQuantities,
       [](Document* d) { d->quantities[0].unit = "ship"; }},
      {"quantity approx", Part::kQuantities,
       [](Document* d) { d->quantities[0].approx = false; }},
      {"quantity modifier", Part::kQuantities,
       [](Document* d) { d->quantities[0].modifier = ""; }},
      {"entity span", Part::kEntities,
       [](Document* d) { d->entities[1].span.end = 46; }},
      {"entity type", Part::kEntities,
       [](Document* d) { d->entities[0].type = EntityType::kOrg; }},
      {"entity canonical", Part::kEntities,
       [](Document* d) { d->entities[0].canonical = "Ada  Lund"; }},
      {"entity outlet", Part::kEntities,
       [](Document* d) { d->entities[0].outlet = true; }},
      {"entity title", Part::kEntities,
       [](Document* d) { d->entities[0].title = "Dr"; }},
      {"entity mention_of", Part::kEntities,
       [](Document* d) { d->entities[1].mention_of = -1; }},
      {"entity removed", Part::kEntities,
       [](Document* d) { d->entities.pop_back(); }},
      {"claim span", Part::kClaims,
       [](Document* d) { d->claims[0].span.end = 39; }},
      {"claim piece", Part::kClaims,
       [](Document* d) { d->claims[0].pieces[1].begin = 26; }},
      {"claim pieces merged", Part::kClaims,
       [](Document* d) {
         d->claims[0].pieces = {{10, 40}};
       }},
      {"claim sentence", Part::kClaims,
       [](Document* d) { d->claims[0].sentence = 1; }},
      {"claim kind", Part::kClaims,
       [](Document* d) { d->claims[0].kind = ClaimKind::kIndirect; }},
      {"claim no source", Part::kClaims,
       [](Document* d) { d->claims[0].source.reset(); }},
      {"source type", Part::kClaims,
       [](Document* d) { d->claims[0].source->type = SourceType::kOrg; }},
      {"source resolved", Part::kClaims,
       [](Document* d) { d->claims[0].source->resolved = "Lund"; }},
      {"source entity", Part::kClaims,
       [](Document* d) { d->claims[0].source->entity = 1; }},
      {"cue span", Part::kClaims,
       [](Document* d) { d->claims[0].cue->span.begin = 20; }},
      {"cue lemma", Part::kClaims,
       [](Document* d) { d->claims[0].cue->lemma = "tell"; }},
      {"no cue", Part::kClaims, [](Document* d) { d->claims[0].cue.reset(); }},
      {"via resolved", Part::kClaims,
       [](Document* d) { d->claims[0].via[0].resolved = ""; }},
      {"via removed", Part::kClaims,
       [](Document* d) { d->claims[0].via.clear(); }},
      {"hedged", Part::kClaims,
       [](Document* d) { d->claims[0].hedged = false; }},
      {"claim quantities", Part::kClaims,
       [](Document* d) { d->claims[0].quantities.clear(); }},
      {"claim entities", Part::kClaims,
       [](Document* d) {
         d->claims[0].entities = {1, 0};
       }},
      {"score", Part::kClaims,
       [](Document* d) { d->claims[0].score = 0.7500001; }},
  };
}

// The text Sample() was "extracted" from: entity 0 spans "Ada Lund.".
constexpr std::string_view kSampleText =
    "Ada Lund. said the port would reopen by May; Lund added nothing more "
    "to the Port Board";

OutputDigest DigestOf(const Document& d) {
  OutputDigest digest;
  digest.AddDocument(d, kSampleText);
  return digest;
}

TEST(OutputDigest, SameDocumentSameDigest) {
  EXPECT_EQ(DigestOf(Sample()).ToString(), DigestOf(Sample()).ToString());
}

TEST(OutputDigest, EveryFieldChangesOnlyItsStage) {
  const OutputDigest base = DigestOf(Sample());
  for (const Mutation& m : Mutations()) {
    SCOPED_TRACE(m.name);
    Document d = Sample();
    m.apply(&d);
    const OutputDigest changed = DigestOf(d);
    for (int p = 0; p < OutputDigest::kNumParts; ++p) {
      const Part part = static_cast<Part>(p);
      if (part == m.part) {
        EXPECT_NE(changed.part(part), base.part(part));
      } else {
        EXPECT_EQ(changed.part(part), base.part(part));
      }
    }
  }
}

TEST(OutputDigest, EmptyCanonicalHashesAsTheSpanText) {
  // Entity::canonical left empty means the span's text (CanonicalName): the
  // digest of either form is the same, and another name still differs.
  Document spelled = Sample(), empty = Sample();
  spelled.entities[0].canonical = "Ada Lund.";
  empty.entities[0].canonical.clear();
  EXPECT_EQ(DigestOf(spelled).part(Part::kEntities),
            DigestOf(empty).part(Part::kEntities));
  EXPECT_NE(DigestOf(Sample()).part(Part::kEntities),
            DigestOf(empty).part(Part::kEntities));
}

TEST(OutputDigest, StringBoundariesCount) {
  // "ab"+"c" and "a"+"bc" must not collide: strings carry their length.
  Document a = Sample(), b = Sample();
  a.quantities[0].unit = "ab";
  a.quantities[0].modifier = "c";
  b.quantities[0].unit = "a";
  b.quantities[0].modifier = "bc";
  EXPECT_NE(DigestOf(a).part(Part::kQuantities),
            DigestOf(b).part(Part::kQuantities));
}

TEST(OutputDigest, TokensAndLexicon) {
  internal::TokenStream ts;
  ts.text = "The Port said";
  ts.tokens = {{{0, 3}, TokenKind::kWord, kCapitalized},
               {{4, 8}, TokenKind::kWord, kCapitalized},
               {{9, 13}, TokenKind::kWord, 0}};
  ts.newlines_before = {0, 0, 0};
  ts.abbrev.assign(3, internal::AbbrevClass::kNone);
  ts.norm_ref = {0, 0, 0};
  OutputDigest a;
  a.AddTokens(ts);
  ts.tokens[2].flags = kSpaceBefore;
  OutputDigest b;
  b.AddTokens(ts);
  EXPECT_NE(a.part(Part::kTokens), b.part(Part::kTokens));
  EXPECT_EQ(a.part(Part::kLexicon), b.part(Part::kLexicon));

  OutputDigest c, d;
  c.AddLexicon({1, 2, internal::kNoWord}, {{0, 2, 7}});
  d.AddLexicon({1, 2, internal::kNoWord}, {{0, 2, 8}});
  EXPECT_NE(c.part(Part::kLexicon), d.part(Part::kLexicon));
  EXPECT_EQ(c.part(Part::kTokens), d.part(Part::kTokens));

  // Ids of words in no phrase (from phrase_words on) count as no word.
  OutputDigest e, f, g;
  e.AddLexicon({1, 5, internal::kNoWord}, {{0, 2, 7}}, 5);
  f.AddLexicon({1, internal::kNoWord, 6}, {{0, 2, 7}}, 5);
  g.AddLexicon({1, 4, internal::kNoWord}, {{0, 2, 7}}, 5);
  EXPECT_EQ(e.part(Part::kLexicon), f.part(Part::kLexicon));
  EXPECT_NE(e.part(Part::kLexicon), g.part(Part::kLexicon));
}

TEST(OutputDigest, ExtractedDocumentsDiffer) {
  absl::StatusOr<Extractor> ex = Extractor::Create();
  ASSERT_TRUE(ex.ok()) << ex.status();
  absl::StatusOr<Document> one = ex->Extract(
      "Harbour chief Lena Ek said 40 cranes were idle, the Port Board said.");
  absl::StatusOr<Document> two = ex->Extract(
      "Harbour chief Lena Ek said 41 cranes were idle, the Port Board said.");
  ASSERT_TRUE(one.ok() && two.ok());
  EXPECT_NE(DigestOf(*one).part(Part::kQuantities),
            DigestOf(*two).part(Part::kQuantities));
  EXPECT_EQ(DigestOf(*one).part(Part::kEntities),
            DigestOf(*two).part(Part::kEntities));
}

}  // namespace
}  // namespace claimx::bench
