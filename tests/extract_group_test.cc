// internal::ExtractGroup and GroupEnds (lib/model.h): documents run in
// groups, stage by stage, each with exactly its own result.
#include <memory>
#include <string>
#include <vector>

#include "claimx/claimx.h"
#include "gtest/gtest.h"
#include "model.h"

namespace claimx::internal {
namespace {

const Model& DefaultModel() {
  static const std::shared_ptr<Model> model = *BuildModel(Options{});
  return *model;
}

TEST(GroupEnds, CutsByCountAndBytes) {
  EXPECT_TRUE(GroupEnds({}, 4).empty());
  EXPECT_EQ(GroupEnds({1, 1, 1, 1, 1}, 2, 100), (std::vector<size_t>{2, 4, 5}));
  // Bytes: 40 + 50 fit in 100, 40 + 50 + 20 does not.
  EXPECT_EQ(GroupEnds({40, 50, 20, 30, 60}, 16, 100),
            (std::vector<size_t>{2, 4, 5}));
  // Exactly the bound fits.
  EXPECT_EQ(GroupEnds({60, 40, 1}, 16, 100), (std::vector<size_t>{2, 3}));
  // No bound on count below one document.
  EXPECT_EQ(GroupEnds({1, 1}, 0, 100), (std::vector<size_t>{1, 2}));
}

// A document over the byte bound is a group by itself, wherever it is,
// even beside empty documents.
TEST(GroupEnds, ADocumentOverTheBoundIsAlone) {
  EXPECT_EQ(GroupEnds({10, 500, 10}, 16, 100), (std::vector<size_t>{1, 2, 3}));
  EXPECT_EQ(GroupEnds({500, 0, 0}, 16, 100), (std::vector<size_t>{1, 3}));
  EXPECT_EQ(GroupEnds({0, 500, 500, 7}, 16, 100),
            (std::vector<size_t>{1, 2, 3, 4}));
  EXPECT_EQ(GroupEnds({101}, 16, 100), (std::vector<size_t>{1}));
}

class StageCounter : public StageObserver {
 public:
  void StageDone(PipelineStage stage) override {
    ++calls[static_cast<int>(stage)];
  }
  int calls[static_cast<int>(PipelineStage::kCount)] = {};
};

// Each stage runs over the whole group before the next one: the observer
// hears every stage once per group, not once per document.
TEST(ExtractGroup, RunsEachStageOncePerGroup) {
  const std::vector<std::string> texts = {
      "The Arlen county clerk said 212 ballots were recounted on Monday.",
      "bad \xFF byte",
      "Analysts at Vessa Capital expect profits to rise 8% this year.",
      "",
  };
  std::vector<Document> docs(texts.size());
  std::vector<DocumentInfo> infos(texts.size());
  std::vector<GroupDocument> group;
  for (size_t k = 0; k < texts.size(); ++k)
    group.push_back(GroupDocument{texts[k], &infos[k], &docs[k], {}});
  StageCounter counter;
  ExtractGroup(DefaultModel(), group.data(), group.size(), &counter);
  using P = PipelineStage;
  for (P stage : {P::kTokenize, P::kSplit, P::kMatch, P::kQuantities,
                  P::kEntities, P::kClaims}) {
    EXPECT_EQ(counter.calls[static_cast<int>(stage)], 1)
        << static_cast<int>(stage);
  }
  EXPECT_EQ(counter.calls[static_cast<int>(P::kDocument)], 2);
  EXPECT_TRUE(group[0].status.ok());
  EXPECT_EQ(group[1].status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(group[2].status.ok());
  EXPECT_TRUE(group[3].status.ok());
  EXPECT_FALSE(docs[0].claims.empty());
  EXPECT_TRUE(docs[1].tokens.empty());
  EXPECT_TRUE(docs[3].tokens.empty());
}

// Documents refilled by a second group (ExtractInto's reuse) hold exactly
// what a fresh extraction of their new text gives, including one that had
// a result before and is now an error, and the reverse.
TEST(ExtractGroup, RefilledDocumentsEqualFreshOnes) {
  const Extractor ex = *Extractor::Create();
  std::vector<std::string> first = {
      "Rescuers said 14 people were taken to hospital in Tarrow.",
      "\xC3",
      "\"It was a long night,\" said fire chief Ola Brenn. \"We are tired.\"",
  };
  std::vector<std::string> second = {
      "\xFF",
      "The Kesh Institute said inflation would ease to 2.5% by June.",
      "Short.",
  };
  std::vector<Document> docs(first.size());
  std::vector<DocumentInfo> infos = {{"a", "2026-01-02"}, {"b", ""}, {"c", ""}};
  for (const std::vector<std::string>* texts : {&first, &second}) {
    std::vector<GroupDocument> group;
    for (size_t k = 0; k < texts->size(); ++k)
      group.push_back(GroupDocument{(*texts)[k], &infos[k], &docs[k], {}});
    ExtractGroup(DefaultModel(), group.data(), group.size(), nullptr);
    for (size_t k = 0; k < texts->size(); ++k) {
      absl::StatusOr<Document> alone = ex.Extract((*texts)[k], infos[k]);
      ASSERT_EQ(group[k].status, alone.status()) << k;
      if (!alone.ok()) {
        EXPECT_TRUE(docs[k].claims.empty() && docs[k].tokens.empty());
        EXPECT_EQ(docs[k].id, infos[k].id);
        continue;
      }
      EXPECT_EQ(ToJson(docs[k], (*texts)[k], {.tokens = true}),
                ToJson(*alone, (*texts)[k], {.tokens = true}))
          << k;
    }
  }
}

// An empty group does nothing, and tells the observer nothing.
TEST(ExtractGroup, EmptyGroupRunsNoStage) {
  StageCounter counter;
  ExtractGroup(DefaultModel(), nullptr, 0, &counter);
  for (int calls : counter.calls) EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace claimx::internal
