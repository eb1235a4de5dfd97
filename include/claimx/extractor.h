// claimx::Extractor: the compiled extraction pipeline.
//
// Build one with Extractor::Create(options); it compiles every lexicon and
// pattern up front and is immutable afterwards. One Extractor is safe to use
// from any number of threads at once; copies share the compiled model.
//
//   absl::StatusOr<claimx::Extractor> ex = claimx::Extractor::Create({});
//   if (!ex.ok()) return ex.status();
//   absl::StatusOr<claimx::Document> doc = ex->Extract(text, {.id = "a1"});
//
// Extract never throws. Errors:
//   InvalidArgument  text is not valid UTF-8 (message names the byte offset)
//   OutOfRange       text is larger than Options::max_document_bytes
//   NotFound/DataLoss/InvalidArgument from Create: unreadable or malformed
//                    lexicon files ("file:line: reason")
#ifndef CLAIMX_EXTRACTOR_H_
#define CLAIMX_EXTRACTOR_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "claimx/export.h"
#include "claimx/options.h"
#include "claimx/types.h"

namespace claimx {

namespace internal {
struct Model;
}  // namespace internal

// One document of a batch: the text is borrowed for the duration of the call.
struct BatchItem {
  std::string_view text;
  DocumentInfo info;
};

class CLAIMX_EXPORT Extractor {
 public:
  // Compiles the built-in lexicons plus Options::lexicon_files/lexicon_text.
  static absl::StatusOr<Extractor> Create(const Options& options = {});

  // Runs the pipeline on one UTF-8 document. Thread-safe.
  absl::StatusOr<Document> Extract(std::string_view utf8,
                                   const DocumentInfo& info = {}) const;

  // The same result written into `*doc`, for loops over a corpus: whatever
  // `*doc` held is replaced, and the capacity of its lists (tokens,
  // sentences, entities, quantities, claims) is reused, so extracting many
  // documents into one Document per thread allocates less than Extract.
  // On error `*doc` is left empty except for id and date. Thread-safe for
  // distinct `doc`s.
  absl::Status ExtractInto(std::string_view utf8, const DocumentInfo& info,
                           Document* doc) const;

  // Runs many documents on a pool of `threads` workers (0: Options::threads);
  // the calling thread is one of them. The other threads are kept across
  // calls for the lifetime of the Extractor and its copies, so calling this
  // once per few hundred documents costs no thread start-up (in a process
  // forked after they started, each call starts and joins its own threads).
  // Returns one result per item, in input order; a bad document yields its
  // own error and never affects the others. Each worker runs consecutive
  // documents in small groups (up to 16 documents or 64 KB of text; a larger
  // document alone), every stage over the whole group before the next one,
  // so that each stage's code and tables stay in cache across documents; the
  // results are exactly those of Extract on each document.
  std::vector<absl::StatusOr<Document>> ExtractBatch(
      const std::vector<BatchItem>& items, int threads = 0) const;

  // Streaming form of ExtractBatch for corpus jobs: instead of collecting the
  // results, hands each one to `sink(index, result)` on the worker thread
  // that produced it, as soon as it is ready. The sink runs concurrently on
  // up to `threads` threads, in no particular order, exactly once per item;
  // move the Document out to keep it, otherwise it is freed on that worker
  // when the sink returns. Formatting output inside the sink (ToJson into a
  // slot per index, written in order after the call) spreads that work over
  // the workers too. The sink is called for the documents of a group in
  // order, once the group is done (see ExtractBatch). If a sink call throws,
  // no further groups are started and the rest of that group is not handed
  // over; the call waits for the others and rethrows the first exception.
  void ExtractEach(
      const std::vector<BatchItem>& items,
      const std::function<void(size_t, absl::StatusOr<Document>)>& sink,
      int threads = 0) const;

  const Options& options() const;

  Extractor(const Extractor&) = default;
  Extractor& operator=(const Extractor&) = default;
  Extractor(Extractor&&) noexcept = default;
  Extractor& operator=(Extractor&&) noexcept = default;
  ~Extractor();

 private:
  explicit Extractor(std::shared_ptr<const internal::Model> model);
  std::shared_ptr<const internal::Model> model_;
};

// Library version, "MAJOR.MINOR.PATCH".
CLAIMX_EXPORT std::string_view Version();

}  // namespace claimx

#endif  // CLAIMX_EXTRACTOR_H_
