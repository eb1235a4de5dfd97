// The optional trained entity tagger (Options::entity_model_file,
// lib/entities/name_tagger.h): training data readers, training, the model
// file and its errors, and the tagger inside the pipeline.
#include "entities/name_tagger.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimx/claimx.h"
#include "entities/name_tagger_train.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimx {
namespace {

using internal::GoldDocument;
using internal::NameTagger;
using ::testing::HasSubstr;

std::string TempPath(const std::string& name) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() /
      ("claimx_name_tagger_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return (dir / name).string();
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f << bytes;
}

std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

// Written for this test: ships named after "aboard the" are FAC in this
// made-up convention; the rules read such names as firms or people.
constexpr char kShips[] = R"(# ships aboard which people sail are FAC here
### s1
Twelve sailors slept aboard the [FAC Coral Wren] on Monday, [PERSON Dana Pike] said.

### s2
Supplies arrived aboard the [FAC Northern Gannet] after a storm near [GPE Oslo].

### s3
The inspectors stayed aboard the [FAC Silver Marten] for three days.

### s4
[ORG Harbor Lines] said cargo travelled aboard the [FAC Iron Petrel] to [GPE Lisbon].

### s5
A doctor was flown aboard the [FAC Granite Osprey] on Sunday.

### s6
Fishermen from [GPE Bergen] worked aboard the [FAC Pale Kestrel] all winter.

### s7
Tourists dined aboard the [FAC Copper Lark] while [PERSON Omar Reyes] played piano.

### s8
Engineers repaired a pump aboard the [FAC Misty Plover] late on Friday.

### s9
Two dogs were found aboard the [FAC Scarlet Tern], the coast guard said.

### s10
[PERSON Lena Brook] served as cook aboard the [FAC Winter Heron] for a decade.

### s11
Divers searched aboard the [FAC Rose Calder] near [GPE Galway] on Thursday.

### s12
Medics treated a passenger aboard the [FAC Ivy Thornton] before dawn.

### s13
The crew of six remained aboard the [FAC Grace Whitley] overnight.

### s14
Volunteers painted the deck aboard the [FAC Daisy Fenwick], [PERSON Paul Gray] said.

### s15
A nurse travelled aboard the [FAC Hazel Penrose] with [PERSON Joe Marsh].
)";

std::vector<GoldDocument> Parse(const std::string& text) {
  std::vector<GoldDocument> docs;
  absl::Status st = internal::ParseGold(text, "<test>", &docs);
  EXPECT_TRUE(st.ok()) << st;
  return docs;
}

std::shared_ptr<const NameTagger> Train(const std::vector<GoldDocument>& docs) {
  std::string log;
  auto t = internal::TrainNameTagger(Options{}, docs, {}, &log);
  EXPECT_TRUE(t.ok()) << t.status();
  return t.ok() ? *t : nullptr;
}

std::vector<std::pair<std::string, EntityType>> Entities(
    const Extractor& ex, const std::string& text) {
  absl::StatusOr<Document> d = ex.Extract(text);
  EXPECT_TRUE(d.ok()) << d.status();
  std::vector<std::pair<std::string, EntityType>> out;
  if (!d.ok()) return out;
  for (const Entity& e : d->entities)
    out.emplace_back(text.substr(e.span.begin, e.span.size()), e.type);
  return out;
}

Extractor WithModel(const std::string& path) {
  Options o;
  o.entity_model_file = path;
  absl::StatusOr<Extractor> ex = Extractor::Create(o);
  EXPECT_TRUE(ex.ok()) << ex.status();
  return *std::move(ex);
}

TEST(NameTaggerGold, InlineFormat) {
  std::vector<GoldDocument> docs = Parse(
      "comment [PERSON not a passage]\n### a\n\n[ORG Acme Tools] hired "
      "[PERSON Jo Vale] in [GPE Perth].\n\n### b\nNo names [here].\n");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[0].text, "Acme Tools hired Jo Vale in Perth.");
  ASSERT_EQ(docs[0].spans.size(), 3u);
  EXPECT_EQ(docs[0].spans[1].begin, 17u);
  EXPECT_EQ(docs[0].spans[1].end, 24u);
  EXPECT_EQ(docs[0].spans[1].type, EntityType::kPerson);
  EXPECT_EQ(docs[1].text, "No names [here].");
  EXPECT_TRUE(docs[1].spans.empty());
  std::vector<GoldDocument> bad;
  absl::Status st =
      internal::ParseGold("### x\n[SHIP Blue Fin]\n", "f.txt", &bad);
  EXPECT_THAT(std::string(st.message()), HasSubstr("f.txt"));
  EXPECT_THAT(std::string(st.message()), HasSubstr("SHIP"));
}

TEST(NameTaggerGold, ConllIob1AndIob2) {
  // IOB1: I- opens a span after O or another type; B- splits two of a type.
  std::vector<GoldDocument> docs = Parse(
      "-DOCSTART- -X- O O\n\nMara NNP I-PER\nDell NNP I-PER\nmet VBD O\n"
      "Ann NNP I-PER\nB NNP B-PER\n\nin IN O\nKyoto NNP I-LOC\n\n"
      "-DOCSTART- -X- O O\n\nZeta NNP B-ORG\nCorp NNP I-ORG\nrose VBD O\n"
      "Euro NNP B-MISC\n");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].text, "Mara Dell met Ann B\nin Kyoto");
  ASSERT_EQ(docs[0].spans.size(), 4u);
  EXPECT_EQ(docs[0].text.substr(docs[0].spans[0].begin,
                                docs[0].spans[0].end - docs[0].spans[0].begin),
            "Mara Dell");
  EXPECT_EQ(docs[0].spans[2].begin + 1, docs[0].spans[2].end);  // "B"
  EXPECT_EQ(docs[0].spans[3].type, EntityType::kGpe);
  ASSERT_EQ(docs[1].spans.size(), 2u);
  EXPECT_EQ(docs[1].spans[0].type, EntityType::kOrg);
  EXPECT_EQ(docs[1].spans[0].end, 9u);
  EXPECT_EQ(docs[1].spans[1].type, EntityType::kNorp);
}

TEST(NameTagger, LearnsAPatternTheRulesMiss) {
  const std::shared_ptr<const NameTagger> tagger = Train(Parse(kShips));
  ASSERT_NE(tagger, nullptr);
  const std::string path = TempPath("ships.model");
  ASSERT_TRUE(tagger->Save(path).ok());
  // Ships the training set never named.
  const std::string text =
      "Crews slept aboard the Velvet Heron on Tuesday, officials said. "
      "She later sailed aboard the Cobalt Lantern with Tom Ruiz.";
  const auto rules = Entities(*Extractor::Create(), text);
  const auto model = Entities(WithModel(path), text);
  for (const auto& [name, type] : rules)
    EXPECT_NE(type, EntityType::kFac) << name;
  EXPECT_THAT(model, ::testing::Contains(std::make_pair(
                         std::string("Velvet Heron"), EntityType::kFac)));
  EXPECT_THAT(model, ::testing::Contains(std::make_pair(
                         std::string("Cobalt Lantern"), EntityType::kFac)));
  // What the rules had right stays.
  EXPECT_THAT(model, ::testing::Contains(std::make_pair(std::string("Tom Ruiz"),
                                                        EntityType::kPerson)));
}

TEST(NameTagger, MentionChainsRunOnTheTaggersNames) {
  const std::shared_ptr<const NameTagger> tagger = Train(Parse(kShips));
  ASSERT_NE(tagger, nullptr);
  const std::string path = TempPath("chain.model");
  ASSERT_TRUE(tagger->Save(path).ok());
  const std::string text =
      "Minister Carla Dunmore visited the port. Dunmore said repairs "
      "would start soon.";
  absl::StatusOr<Document> d = WithModel(path).Extract(text);
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->entities.size(), 2u);
  EXPECT_EQ(d->entities[0].title, "Minister");
  EXPECT_EQ(d->entities[1].mention_of, 0);
  EXPECT_EQ(CanonicalName(d->entities[1], text), "Carla Dunmore");
}

TEST(NameTagger, TrainingIsDeterministicAndSaveLoadRoundTrips) {
  const std::vector<GoldDocument> docs = Parse(kShips);
  const std::shared_ptr<const NameTagger> a = Train(docs), b = Train(docs);
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->Serialize(), b->Serialize());
  const std::string p1 = TempPath("one.model"), p2 = TempPath("two.model");
  ASSERT_TRUE(a->Save(p1).ok());
  auto loaded = NameTagger::Load(p1);
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  ASSERT_TRUE((*loaded)->Save(p2).ok());
  EXPECT_EQ(ReadFile(p1), ReadFile(p2));
  const std::string text =
      "Guests boarded the Quiet Sparrow in Hamburg, said Ana Costa of "
      "Baltic Ferries.";
  absl::StatusOr<Document> d1 = WithModel(p1).Extract(text);
  absl::StatusOr<Document> d2 = WithModel(p2).Extract(text);
  ASSERT_TRUE(d1.ok() && d2.ok());
  EXPECT_EQ(ToJson(*d1, text), ToJson(*d2, text));
}

TEST(NameTagger, BadModelFilesFailAtCreateNamingTheFile) {
  const std::shared_ptr<const NameTagger> tagger = Train(Parse(kShips));
  ASSERT_NE(tagger, nullptr);
  const std::string good = tagger->Serialize();
  auto create = [](const std::string& path) {
    Options o;
    o.entity_model_file = path;
    return Extractor::Create(o).status();
  };
  const std::string missing = TempPath("missing.model");
  std::remove(missing.c_str());
  absl::Status st = create(missing);
  EXPECT_EQ(st.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(st.message()), HasSubstr(missing));

  struct Case {
    std::string name, bytes, why;
    absl::StatusCode code;
  };
  std::string version = good;
  version[8] = 7;
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x40;
  std::string padded = good + "x";
  const Case cases[] = {
      {"empty.model", "", "not a claimx entity model",
       absl::StatusCode::kInvalidArgument},
      {"text.model", "PERSON\tweights\n", "not a claimx entity model",
       absl::StatusCode::kInvalidArgument},
      {"header.model", good.substr(0, 12), "truncated",
       absl::StatusCode::kDataLoss},
      {"cut.model", good.substr(0, good.size() - 30), "truncated",
       absl::StatusCode::kDataLoss},
      {"padded.model", padded, "truncated", absl::StatusCode::kDataLoss},
      {"version.model", version, "version 7",
       absl::StatusCode::kInvalidArgument},
      {"flipped.model", flipped, "checksum", absl::StatusCode::kDataLoss},
  };
  for (const Case& c : cases) {
    const std::string path = TempPath(c.name);
    WriteFile(path, c.bytes);
    st = create(path);
    EXPECT_EQ(st.code(), c.code) << c.name << ": " << st;
    EXPECT_THAT(std::string(st.message()), HasSubstr(path)) << c.name;
    EXPECT_THAT(std::string(st.message()), HasSubstr(c.why)) << c.name;
  }
}

TEST(NameTagger, DamagedModelBytesAreErrorsNeverCrashes) {
  const std::shared_ptr<const NameTagger> tagger = Train(Parse(kShips));
  ASSERT_NE(tagger, nullptr);
  const std::string good = tagger->Serialize();
  ASSERT_TRUE(NameTagger::Parse(good, "m").ok());
  // Every prefix length up to the first rows, then deterministic byte
  // damage all over the file: each is an error, none a crash (ASan/UBSan).
  for (size_t n = 0; n < 200 && n < good.size(); ++n) {
    EXPECT_FALSE(NameTagger::Parse(good.substr(0, n), "m").ok()) << n;
  }
  uint64_t state = 12345;
  for (int k = 0; k < 300; ++k) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    std::string bad = good;
    const size_t at = static_cast<size_t>(state >> 33) % bad.size();
    bad[at] = static_cast<char>(bad[at] ^ (1 + (state >> 20) % 255));
    absl::StatusOr<std::shared_ptr<const NameTagger>> t =
        NameTagger::Parse(bad, "m");
    EXPECT_FALSE(t.ok()) << "byte " << at;
    if (!t.ok()) {
      EXPECT_THAT(std::string(t.status().message()), HasSubstr("m: "));
    }
  }
}

TEST(NameTagger, NoModelIsTheRules) {
  Options o;
  EXPECT_TRUE(o.entity_model_file.empty());
  const std::string text = "Mayor Ines Halvorsen of Tromso opened the bridge.";
  absl::StatusOr<Document> a = Extractor::Create(o)->Extract(text);
  ASSERT_TRUE(a.ok());
  EXPECT_FALSE(a->entities.empty());
}

}  // namespace
}  // namespace claimx
