// internal::Model: everything Extractor::Create compiles, shared read-only by
// every copy of an Extractor and every thread. Only lib/extractor.cc knows
// the order of the stages.
#ifndef CLAIMX_LIB_MODEL_H_
#define CLAIMX_LIB_MODEL_H_

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "attribution/attribution_finder.h"
#include "claimx/options.h"
#include "claimx/types.h"
#include "entities/entity_recognizer.h"
#include "lexicon/phrase_lexicon.h"
#include "quantities/quantity_parser.h"
#include "tokenize/sentence_splitter.h"
#include "tokenize/tokenizer.h"
#include "worker_pool.h"

namespace claimx::internal {

// A plain aggregate: Extractor::Create fills every field once, then the Model
// is shared read-only (const) by all threads. A stage added later gets one
// field here, one construction step in Extractor::Create and one call in
// Extractor::Extract.
struct Model {
  Options options;
  Tokenizer tokenizer;
  SentenceSplitter splitter;
  PhraseLexicon lexicon;
  QuantityParser quantities{};     // lib/quantities, set after the lexicon
  EntityRecognizer entities = {};  // lib/entities, set after the lexicon
  AttributionFinder attribution =
      {};  // claims (lib/attribution), set after the lexicon
  // ExtractBatch's threads, kept across calls (see worker_pool.h).
  std::unique_ptr<WorkerPool> pool = std::make_unique<WorkerPool>();
};

// Compiles every lexicon and stage for `options`: what Extractor::Create
// does, also used by the benchmarks to time stages on the real model.
absl::StatusOr<std::shared_ptr<Model>> BuildModel(const Options& options);

// What one document of a group keeps between stages: its tokens and word
// ids, sentences and phrase matches. Each slot keeps its capacity across
// groups.
struct DocumentWorkspace {
  // Tokens, and their word ids (Tokenize with the lexicon's word index).
  TokenStream tokens;
  std::vector<Sentence> sentences;    // SentenceSplitter::Split
  std::vector<LexiconMatch> phrases;  // matches of 2+ tokens only
};

// Per-thread scratch buffers, reused across documents so that the hot path
// does not allocate per token: one DocumentWorkspace per document of the
// largest group run on the thread, and the stages' own scratch, which each
// stage uses for one document at a time.
struct Workspace {
  std::vector<DocumentWorkspace> docs;
  QuantityScratch quantities;              // lib/quantities
  AttributionFinder::Scratch attribution;  // lib/attribution
};

// The stages of Extract, in pipeline order. kDocument is Extract's own work:
// checks, the Document's fields, string clean-up and the token copy.
enum class PipelineStage {
  kDocument,
  kTokenize,
  kSplit,
  kMatch,
  kQuantities,
  kEntities,
  kClaims,
  kCount
};

// Told when each stage of ExtractDocument ends (a stage may be reported more
// than once; time since the previous report belongs to the reported stage).
// Benchmarks time the stages with it; Extract passes none.
class StageObserver {
 public:
  virtual ~StageObserver() = default;
  virtual void StageDone(PipelineStage stage) = 0;
};

// Extractor::Extract on `model` with the calling thread's Workspace, telling
// `observer` (may be null) as each stage ends. The only code that knows the
// order of the stages.
absl::StatusOr<Document> ExtractDocument(const Model& model,
                                         std::string_view utf8,
                                         const DocumentInfo& info,
                                         StageObserver* observer);

// The same into `*out` (Extractor::ExtractInto): replaces its contents and
// reuses the capacity of its lists. On error `*out` holds only id and date.
absl::Status ExtractInto(const Model& model, std::string_view utf8,
                         const DocumentInfo& info, StageObserver* observer,
                         Document* out);

// One document of ExtractGroup: the text and its info in (borrowed for the
// call), the Document to fill and the document's own status out.
struct GroupDocument {
  std::string_view text;
  const DocumentInfo* info = nullptr;
  Document* out = nullptr;
  absl::Status status;
};

// ExtractInto for several documents at once, stage by stage: each stage runs
// over every document of the group before the next stage starts, so that a
// stage's code and tables are loaded once per group instead of once per
// document (the per-document cost is mostly cold caches: each stage evicts
// the others' code). Every document gets exactly the result ExtractInto
// gives it alone; a bad document gets its own error in `status` (its
// Document then holds only id and date) and the others go on. `observer`
// hears each stage once for the whole group. The group's documents are
// alive at once: the caller bounds it (GroupEnds). An empty group (n == 0)
// does nothing.
void ExtractGroup(const Model& model, GroupDocument* docs, size_t n,
                  StageObserver* observer);

// A group holds at most kGroupDocuments documents and, unless it is a single
// larger document, at most kGroupBytes bytes of text.
inline constexpr size_t kGroupDocuments = 16;
inline constexpr size_t kGroupBytes = 64 * 1024;

// Cuts `sizes` (each document's bytes, in order) into consecutive groups of
// at most `max_documents` documents and `max_bytes` bytes (a larger document
// is a group by itself) and returns where each group ends, ascending.
std::vector<size_t> GroupEnds(const std::vector<size_t>& sizes,
                              size_t max_documents,
                              size_t max_bytes = kGroupBytes);

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_MODEL_H_
