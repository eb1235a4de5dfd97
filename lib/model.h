// internal::Model: everything Extractor::Create compiles, shared read-only by
// every copy of an Extractor and every thread. Only lib/extractor.cc knows
// the order of the stages.
#ifndef CLAIMX_LIB_MODEL_H_
#define CLAIMX_LIB_MODEL_H_

#include <memory>
#include <string_view>
#include <vector>

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

// Per-thread scratch buffers, reused across documents so that the hot path
// does not allocate per token.
struct Workspace {
  // Tokens, and their word ids (Tokenize with the lexicon's word index).
  TokenStream tokens;
  std::vector<Sentence> sentences;         // SentenceSplitter::Split
  std::vector<LexiconMatch> phrases;       // matches of 2+ tokens only
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

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_MODEL_H_
