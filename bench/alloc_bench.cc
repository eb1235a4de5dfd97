// alloc_bench: heap allocations per MB of text, per stage of Extract.
//
// This binary replaces the global operator new with one that counts calls
// (a relaxed atomic add, then malloc), so that the figures show where the
// pipeline allocates. The hot path (tokenize, split, lexicon match) writes
// into the per-thread Workspace and should show no allocation per token once
// the workspace has grown: "allocs/token" there is ~0. The Document itself
// (its vectors, the strings of entities, quantities and claims) is built per
// document: "document" and the later stages count those.
//
// Each stage is counted inside one internal::ExtractDocument call through a
// stage observer, over a synthetic corpus of 1-8 KB articles (Range: its
// total size), after one warm-up pass. Counters: allocations per MB for each
// stage and in total, allocations per token for the hot path, per document
// in all and per claim in the claims stage, bytes/s of the whole Extract.
//
//   build-x/bench/alloc_bench
#include <benchmark/benchmark.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

#include "model.h"
#include "stages.h"
#include "synthetic_news.h"

namespace {
std::atomic<uint64_t> g_allocations{0};
// One out-of-line free for every operator delete (GCC otherwise warns that
// memory from the counting operator new is freed with free()).
[[gnu::noinline]] void Release(void* p) noexcept { std::free(p); }
}  // namespace

void* operator new(std::size_t size) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size, const std::nothrow_t& t) noexcept {
  return operator new(size, t);
}
void operator delete(void* p) noexcept { Release(p); }
void operator delete[](void* p) noexcept { Release(p); }
void operator delete(void* p, std::size_t) noexcept { Release(p); }
void operator delete[](void* p, std::size_t) noexcept { Release(p); }

namespace claimx::bench {
namespace {

using internal::PipelineStage;
constexpr int kStages = static_cast<int>(PipelineStage::kCount);

// Charges the allocations since the previous report to the stage that ended.
class AllocCounter : public internal::StageObserver {
 public:
  void Start() { last_ = g_allocations.load(std::memory_order_relaxed); }
  void StageDone(PipelineStage stage) override {
    uint64_t now = g_allocations.load(std::memory_order_relaxed);
    counts[static_cast<int>(stage)] += now - last_;
    last_ = now;
  }
  uint64_t counts[kStages] = {};

 private:
  uint64_t last_ = 0;
};

const std::vector<std::string>& Corpus(size_t bytes) {
  static std::mutex mu;
  static std::map<size_t, std::unique_ptr<std::vector<std::string>>> corpora;
  std::lock_guard<std::mutex> lock(mu);
  auto& c = corpora[bytes];
  if (!c) c = std::make_unique<std::vector<std::string>>(MakeCorpus(bytes));
  return *c;
}

void BM_AllocationsPerStage(benchmark::State& state) {
  const std::vector<std::string>& docs =
      Corpus(static_cast<size_t>(state.range(0)));
  const internal::Model& model = *DefaultStages().model;
  size_t bytes = 0;
  for (const std::string& d : docs) bytes += d.size();
  // Warm-up: the thread's Workspace grows to the largest document once.
  for (const std::string& d : docs) {
    benchmark::DoNotOptimize(
        internal::ExtractDocument(model, d, {}, nullptr).ok());
  }
  AllocCounter counter;
  uint64_t tokens = 0, claims = 0;
  for (auto _ : state) {
    for (const std::string& d : docs) {
      counter.Start();
      {
        absl::StatusOr<Document> doc =
            internal::ExtractDocument(model, d, {}, &counter);
        if (doc.ok()) {
          tokens += doc->tokens.size();
          claims += doc->claims.size();
        }
      }
      counter.StageDone(PipelineStage::kDocument);  // freeing it
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(bytes));
  const double mb = static_cast<double>(bytes) * 1e-6 *
                    static_cast<double>(state.iterations());
  const char* names[kStages] = {"document",   "tokenize", "split", "match",
                                "quantities", "entities", "claims"};
  uint64_t total = 0, hot = 0;
  for (int s = 0; s < kStages; ++s) {
    total += counter.counts[s];
    state.counters[std::string(names[s]) + "/MB"] =
        static_cast<double>(counter.counts[s]) / mb;
  }
  for (PipelineStage s :
       {PipelineStage::kTokenize, PipelineStage::kSplit, PipelineStage::kMatch})
    hot += counter.counts[static_cast<int>(s)];
  state.counters["total/MB"] = static_cast<double>(total) / mb;
  state.counters["hot/token"] =
      static_cast<double>(hot) /
      std::max<double>(1, static_cast<double>(tokens));
  state.counters["docs"] = static_cast<double>(docs.size());
  // Per document and per claim: the figures a reader can compare with a
  // heap profile of real news (dhat on corpus_bench), whose documents are
  // shorter than these and carry fewer claims per MB.
  const double n_docs = static_cast<double>(docs.size()) *
                        static_cast<double>(state.iterations());
  state.counters["total/doc"] = static_cast<double>(total) / n_docs;
  state.counters["claims/claim"] =
      static_cast<double>(
          counter.counts[static_cast<int>(PipelineStage::kClaims)]) /
      std::max<double>(1, static_cast<double>(claims));
}

BENCHMARK(BM_AllocationsPerStage)
    ->RangeMultiplier(8)
    ->Range(1 << 16, 1 << 22)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimx::bench

BENCHMARK_MAIN();
