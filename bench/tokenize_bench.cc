// Google Benchmark for every stage, on synthetic news-like text
// (bench/synthetic_news.cc): the tokenizer alone, the sentence splitter
// alone, both together, the lexicon matcher, the quantities, entities and
// claims stages (timed inside the real pipeline through a stage observer),
// the whole Extract, and ICU's word BreakIterator over a UText on the same
// UTF-8 bytes as the baseline.
// Input sizes through Range, threads through ThreadRange; bytes/s through
// SetBytesProcessed. Extractor::Create is timed on its own.
//
//   build-x/bench/tokenize_bench --benchmark_filter='Tokenize|Icu'
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "claimx/extractor.h"
#include "stages.h"
#include "synthetic_news.h"

namespace claimx::bench {
namespace {

// The synthetic text of each size, generated once and shared by all threads.
const std::string& Text(size_t bytes) {
  static std::mutex mu;
  static std::map<size_t, std::unique_ptr<std::string>> texts;
  std::lock_guard<std::mutex> lock(mu);
  std::unique_ptr<std::string>& t = texts[bytes];
  if (!t) {
    t = std::make_unique<std::string>(MakeNewsText(bytes));
    t->resize(bytes);
    // Never cut a UTF-8 sequence: drop a partial character at the end.
    size_t end = t->size();
    size_t lead = end;
    while (lead > 0 &&
           (static_cast<unsigned char>((*t)[lead - 1]) & 0xC0) == 0x80)
      --lead;
    if (lead > 0) {
      unsigned char c = static_cast<unsigned char>((*t)[lead - 1]);
      size_t need = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (end - (lead - 1) < need) t->resize(lead - 1);
    }
  }
  return *t;
}

const Extractor& DefaultExtractor() {
  static const Extractor* ex = [] {
    absl::StatusOr<Extractor> e = Extractor::Create();
    if (!e.ok()) {
      std::fprintf(stderr, "Extractor::Create: %s\n",
                   e.status().ToString().c_str());
      std::exit(1);
    }
    return new Extractor(*std::move(e));
  }();
  return *ex;
}

void SetCounters(benchmark::State& state, size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(bytes));
}

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = Text(static_cast<size_t>(state.range(0)));
  const Stages& st = DefaultStages();
  internal::TokenStream ts;
  for (auto _ : state) {
    st.tokenizer.Tokenize(text, {}, &ts);
    benchmark::DoNotOptimize(ts.tokens.data());
  }
  SetCounters(state, text.size());
  state.counters["tokens"] = static_cast<double>(ts.size());
}

// Tokenize as the pipeline runs it: each token looked up in the lexicon's
// word index as it is emitted (the word ids of the matching core).
void BM_TokenizeWordIds(benchmark::State& state) {
  const std::string& text = Text(static_cast<size_t>(state.range(0)));
  const Stages& st = DefaultStages();
  internal::TokenStream ts;
  for (auto _ : state) {
    st.tokenizer.Tokenize(text, {}, &ts, &st.lexicon.word_index());
    benchmark::DoNotOptimize(ts.word_ids.data());
  }
  SetCounters(state, text.size());
  state.counters["tokens"] = static_cast<double>(ts.size());
}

void BM_Split(benchmark::State& state) {
  const std::string& text = Text(static_cast<size_t>(state.range(0)));
  const Stages& st = DefaultStages();
  internal::TokenStream ts;
  st.tokenizer.Tokenize(text, {}, &ts);
  std::vector<Sentence> sentences;
  for (auto _ : state) {
    sentences.clear();
    st.splitter.Split(text, &ts, &sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  SetCounters(state, text.size());
  state.counters["sentences"] = static_cast<double>(sentences.size());
}

void BM_TokenizeSplit(benchmark::State& state) {
  const std::string& text = Text(static_cast<size_t>(state.range(0)));
  const Stages& st = DefaultStages();
  internal::TokenStream ts;
  std::vector<Sentence> sentences;
  for (auto _ : state) {
    st.tokenizer.Tokenize(text, {}, &ts);
    sentences.clear();
    st.splitter.Split(text, &ts, &sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  SetCounters(state, text.size());
}

void BM_LexiconMatch(benchmark::State& state) {
  const std::string& text = Text(static_cast<size_t>(state.range(0)));
  const Stages& st = DefaultStages();
  internal::TokenStream ts;
  st.tokenizer.Tokenize(text, {}, &ts, &st.lexicon.word_index());
  std::vector<internal::LexiconMatch> phrases;
  // What the pipeline runs after Tokenize, which made the word ids
  // (BM_TokenizeWordIds; one-word entries come from per-word tables): the
  // matches of two or more tokens.
  for (auto _ : state) {
    phrases.clear();
    st.lexicon.MatchPhrases(ts.word_ids, &phrases);
    benchmark::DoNotOptimize(phrases.data());
  }
  SetCounters(state, text.size());
  state.counters["phrases"] = static_cast<double>(phrases.size());
}

void BM_Extract(benchmark::State& state) {
  const std::string& text = Text(static_cast<size_t>(state.range(0)));
  const Extractor& ex = DefaultExtractor();
  for (auto _ : state) {
    absl::StatusOr<Document> doc = ex.Extract(text);
    if (!doc.ok()) {
      state.SkipWithError(doc.status().ToString().c_str());
      break;
    }
    benchmark::DoNotOptimize(doc->tokens.data());
  }
  SetCounters(state, text.size());
}

// Wall time of one stage inside internal::ExtractDocument, so that the later
// stages run on exactly what the pipeline gives them (no copy of the stage
// order here). Reported as manual time: bytes/s are per second of that stage.
class StageClock : public internal::StageObserver {
 public:
  explicit StageClock(internal::PipelineStage stage) : stage_(stage) {}
  void Start() {
    seconds_ = 0;
    last_ = std::chrono::steady_clock::now();
  }
  void StageDone(internal::PipelineStage stage) override {
    auto now = std::chrono::steady_clock::now();
    if (stage == stage_)
      seconds_ += std::chrono::duration<double>(now - last_).count();
    last_ = now;
  }
  double seconds() const { return seconds_; }

 private:
  internal::PipelineStage stage_;
  std::chrono::steady_clock::time_point last_;
  double seconds_ = 0;
};

void BM_Stage(benchmark::State& state, internal::PipelineStage stage) {
  const std::string& text = Text(static_cast<size_t>(state.range(0)));
  const Stages& st = DefaultStages();
  StageClock clock(stage);
  for (auto _ : state) {
    clock.Start();
    absl::StatusOr<Document> doc =
        internal::ExtractDocument(*st.model, text, {}, &clock);
    if (!doc.ok()) {
      state.SkipWithError(doc.status().ToString().c_str());
      break;
    }
    benchmark::DoNotOptimize(doc->claims.data());
    state.SetIterationTime(clock.seconds());
  }
  SetCounters(state, text.size());
}

// The baseline: ICU's rule-based word BreakIterator over a UText that reads
// the UTF-8 bytes in place (no conversion to UTF-16), every boundary visited.
void BM_IcuWordBreak(benchmark::State& state) {
  const std::string& text = Text(static_cast<size_t>(state.range(0)));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createWordInstance(
      icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) {
    state.SkipWithError("createWordInstance failed");
    return;
  }
  UText* ut = nullptr;
  int64_t boundaries = 0;
  for (auto _ : state) {
    status = U_ZERO_ERROR;
    ut = utext_openUTF8(ut, text.data(), static_cast<int64_t>(text.size()),
                        &status);
    bi->setText(ut, status);
    boundaries = 0;
    // Boundaries only (no rule status): the cheapest use of the iterator.
    for (int32_t p = bi->first(); p != icu::BreakIterator::DONE; p = bi->next())
      ++boundaries;
    benchmark::DoNotOptimize(boundaries);
  }
  utext_close(ut);
  SetCounters(state, text.size());
  state.counters["boundaries"] = static_cast<double>(boundaries);
}

void BM_ExtractorCreate(benchmark::State& state) {
  for (auto _ : state) {
    absl::StatusOr<Extractor> ex = Extractor::Create();
    if (!ex.ok()) {
      state.SkipWithError(ex.status().ToString().c_str());
      break;
    }
    benchmark::DoNotOptimize(&*ex);
  }
}

// Bytes/s come from CPU time (the default), so that one-thread figures hold
// on a shared machine; pass --benchmark_... flags or read the Time column for
// wall clock.
void Sizes(benchmark::internal::Benchmark* b) {
  b->RangeMultiplier(8)->Range(1 << 12, 1 << 20)->ThreadRange(1, 2);
}

BENCHMARK(BM_Tokenize)->Apply(Sizes);
BENCHMARK(BM_TokenizeWordIds)->Apply(Sizes);
BENCHMARK(BM_Split)->Apply(Sizes);
BENCHMARK(BM_TokenizeSplit)->Apply(Sizes);
BENCHMARK(BM_IcuWordBreak)->Apply(Sizes);
BENCHMARK(BM_LexiconMatch)->Apply(Sizes);
BENCHMARK_CAPTURE(BM_Stage, quantities, internal::PipelineStage::kQuantities)
    ->Apply(Sizes)
    ->UseManualTime();
BENCHMARK_CAPTURE(BM_Stage, entities, internal::PipelineStage::kEntities)
    ->Apply(Sizes)
    ->UseManualTime();
BENCHMARK_CAPTURE(BM_Stage, claims, internal::PipelineStage::kClaims)
    ->Apply(Sizes)
    ->UseManualTime();
BENCHMARK(BM_Extract)->Apply(Sizes);
BENCHMARK(BM_ExtractorCreate)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimx::bench

BENCHMARK_MAIN();
