// entity_stage_bench: the entity stage's time per MB, inside the pipeline and
// alone, to tell its instructions from what it waits for.
//
//   entity_stage_bench [--mode pipeline|group|alone|again|copy] [--between N]
//                      [--repeat N] PATH...
//
// PATH is a JSONL file (one {"id","text"} object a line) or a text file (one
// document). Modes:
//   pipeline  every document through internal::ExtractDocument; the entity
//             stage timed by the stage observer, as corpus_bench's row. Also
//             prints the stage's time over the other stages' in the same
//             run, a ratio that the machine's load moves less than either,
//             and over the tokenizer's (issue #4's target: at most 1/3).
//   group     as pipeline, through internal::ExtractGroup in the batch
//             path's groups (GroupEnds: 16 documents or 64 KB), each stage
//             over the whole group before the next.
//   alone     every stage before this one run over all documents first;
//             then per document its inputs (text, tokens, word ids, folded
//             forms, marks, matches, quantities) are read once, as the
//             stages before it leave them in cache, and EntityRecognizer::
//             Recognize alone is timed. The stage's code and tables stay
//             warm from one document to the next.
//   again     as alone, but Recognize runs twice per document (with --between
//             N, N other documents in between) and the second run is timed:
//             the document's data and the branch history of its very
//             branches are warm. The floor of the stage's time.
//   copy      as again, but the timed run reads an identical copy of the
//             document (its own text, tokens and matches, prepared apart: at
//             other addresses; read once before): what it saves over alone
//             is keyed by the document's content, not by where it lies.
// Each figure is the median of --repeat runs (default 3), in thread CPU time
// read around each timed call (less the cost of reading the clock, measured
// at start): a call lasts microseconds, so scaling its wall time by the
// loop's CPU/wall ratio, as corpus_bench does for whole stages, would
// charge it the preemptions of the untimed work around it.
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "model.h"
#include "stages.h"
#include "text/jsonl.h"

namespace claimx::bench {
namespace {

using internal::LexiconMatch;
using internal::Model;
using internal::PipelineStage;
using internal::TokenStream;

double CpuNow() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) +
         1e-9 * static_cast<double>(ts.tv_nsec);
}

// One document and the inputs of its entity stage.
struct Doc {
  std::string text;
  TokenStream tokens;
  std::vector<Sentence> sentences;
  std::vector<LexiconMatch> phrases;
  std::vector<Quantity> quantities;
};

bool Load(const char* path, std::vector<Doc>* docs) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  const std::string_view p(path);
  const bool jsonl = p.size() > 6 && p.substr(p.size() - 6) == ".jsonl";
  if (!jsonl) {
    std::ostringstream all;
    all << in.rdbuf();
    docs->emplace_back();
    docs->back().text = all.str();
    return true;
  }
  std::string line;
  while (std::getline(in, line)) {
    absl::StatusOr<internal::JsonlRecord> r = internal::ParseJsonlLine(line);
    if (!r.ok()) continue;
    docs->emplace_back();
    docs->back().text = std::move(r->text);
  }
  return true;
}

// Every stage before the entity stage, as Extract runs them.
void Prepare(const Model& m, Doc* d, internal::QuantityScratch* qs) {
  m.tokenizer.Tokenize(d->text, internal::TokenizerConfig{}, &d->tokens,
                       &m.lexicon.word_index());
  d->sentences.clear();
  m.splitter.Split(d->text, &d->tokens, &d->sentences);
  d->phrases.clear();
  m.lexicon.MatchPhrases(d->tokens.word_ids, &d->phrases);
  d->quantities.clear();
  m.quantities.Parse(d->text, d->tokens, d->sentences, d->tokens.word_ids,
                     d->phrases, "", qs, &d->quantities);
}

// Reads one byte of every cache line of [p, p + n).
template <typename T>
unsigned Touch(const T* p, size_t count) {
  const char* c = reinterpret_cast<const char*>(p);
  unsigned sum = 0;
  for (size_t k = 0; k < count * sizeof(T); k += 64) sum += c[k];
  return sum;
}

unsigned TouchInputs(const Doc& d) {
  const TokenStream& t = d.tokens;
  return Touch(d.text.data(), d.text.size()) +
         Touch(t.tokens.data(), t.tokens.size()) +
         Touch(t.word_ids.data(), t.word_ids.size()) +
         Touch(t.folded.data(), t.folded.size()) +
         Touch(t.marks.data(), t.marks.size()) +
         Touch(t.norm_ref.data(), t.norm_ref.size()) +
         Touch(t.norm_text.data(), t.norm_text.size()) +
         Touch(t.abbrev.data(), t.abbrev.size()) +
         Touch(t.newlines_before.data(), t.newlines_before.size()) +
         Touch(d.phrases.data(), d.phrases.size()) +
         Touch(d.quantities.data(), d.quantities.size());
}

size_t Recognize(const Model& m, const Doc& d) {
  std::vector<Entity> out;  // a fresh list, as a fresh Document has
  m.entities.Recognize(d.text, d.tokens, d.tokens.word_ids, d.phrases,
                       d.quantities, &out);
  return out.size();
}

// The entity stage's time inside Extract, and the other stages'.
// (`overhead` is a clock read's cost, taken off each interval.)
class Clock : public internal::StageObserver {
 public:
  explicit Clock(double overhead) : overhead_(overhead) {}
  void Start() { last_ = CpuNow(); }
  void StageDone(PipelineStage stage) override {
    const double now = CpuNow();
    const double spent = now - last_ - overhead_;
    (stage == PipelineStage::kEntities ? entities : others) += spent;
    if (stage == PipelineStage::kTokenize) tokenize += spent;
    last_ = now;
  }
  double entities = 0, others = 0, tokenize = 0;

 private:
  double overhead_;
  double last_ = 0;
};

// The median cost of one CpuNow() call.
double ClockOverhead() {
  std::vector<double> d;
  for (int k = 0; k < 1001; ++k) {
    const double a = CpuNow();
    d.push_back(CpuNow() - a);
  }
  std::sort(d.begin(), d.end());
  return d[d.size() / 2];
}

int Main(int argc, char** argv) {
  std::string mode = "pipeline";
  int repeat = 3, between = 0;
  std::vector<const char*> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--mode" && i + 1 < argc) {
      mode = argv[++i];
    } else if (a == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, atoi(argv[++i]));
    } else if (a == "--between" && i + 1 < argc) {
      between = std::max(0, atoi(argv[++i]));
    } else if (!a.empty() && a[0] != '-') {
      paths.push_back(argv[i]);
    } else {
      fprintf(stderr,
              "usage: entity_stage_bench [--mode "
              "pipeline|group|alone|again|copy] "
              "[--between N] [--repeat N] PATH...\n");
      return 2;
    }
  }
  if (mode != "pipeline" && mode != "group" && mode != "alone" &&
      mode != "again" && mode != "copy") {
    fprintf(stderr, "entity_stage_bench: unknown mode '%s'\n", mode.c_str());
    return 2;
  }
  std::vector<Doc> docs;
  for (const char* p : paths) {
    if (!Load(p, &docs)) {
      fprintf(stderr, "entity_stage_bench: cannot read %s\n", p);
      return 1;
    }
  }
  if (docs.empty()) {
    fprintf(stderr, "entity_stage_bench: no documents\n");
    return 1;
  }
  size_t bytes = 0;
  for (const Doc& d : docs) bytes += d.text.size();
  const Model& m = *DefaultStages().model;
  const bool whole = mode == "pipeline" || mode == "group";
  std::vector<Doc> copies;  // copy mode: the documents again, apart
  if (!whole) {
    internal::QuantityScratch qs;
    for (Doc& d : docs) Prepare(m, &d, &qs);
    if (mode == "copy") {
      copies.resize(docs.size());
      for (size_t k = 0; k < docs.size(); ++k) {
        copies[k].text = docs[k].text;
        Prepare(m, &copies[k], &qs);
      }
    }
  }
  std::vector<size_t> ends;  // group mode: where each group ends
  if (mode == "group") {
    std::vector<size_t> sizes;
    for (const Doc& d : docs) sizes.push_back(d.text.size());
    ends = internal::GroupEnds(sizes, internal::kGroupDocuments);
  }
  std::vector<double> ms_per_mb, ratio, ratio_tok;
  size_t entities = 0;
  volatile unsigned sink = 0;  // keeps TouchInputs' reads
  const double mb = static_cast<double>(bytes) / 1e6;
  const double overhead = ClockOverhead();
  for (int r = 0; r < repeat; ++r) {
    double spent = 0;
    entities = 0;
    if (mode == "pipeline") {
      Clock clock(overhead);
      for (const Doc& d : docs) {
        clock.Start();
        absl::StatusOr<Document> doc =
            internal::ExtractDocument(m, d.text, {}, &clock);
        if (doc.ok()) entities += doc->entities.size();
      }
      spent = clock.entities;
      ratio.push_back(clock.entities / std::max(1e-12, clock.others));
      ratio_tok.push_back(clock.entities / std::max(1e-12, clock.tokenize));
    } else if (mode == "group") {
      Clock clock(overhead);
      const DocumentInfo info;
      std::vector<Document> out(internal::kGroupDocuments);
      std::vector<internal::GroupDocument> group(internal::kGroupDocuments);
      size_t begin = 0;
      for (const size_t end : ends) {
        const size_t n = end - begin;
        if (out.size() < n) {
          out.resize(n);
          group.resize(n);
        }
        for (size_t k = 0; k < n; ++k) {
          out[k] = Document();  // fresh, as ExtractBatch's results are
          group[k] = {docs[begin + k].text, &info, &out[k], absl::OkStatus()};
        }
        clock.Start();
        internal::ExtractGroup(m, group.data(), n, &clock);
        for (size_t k = 0; k < n; ++k) entities += out[k].entities.size();
        begin = end;
      }
      spent = clock.entities;
      ratio.push_back(clock.entities / std::max(1e-12, clock.others));
      ratio_tok.push_back(clock.entities / std::max(1e-12, clock.tokenize));
    } else {
      for (size_t k = 0; k < docs.size(); ++k) {
        const Doc& d = docs[k];
        sink = sink + TouchInputs(d);
        if (mode == "again" || mode == "copy") {
          Recognize(m, d);
          for (int o = 1; o <= between; ++o)
            Recognize(m,
                      docs[(k + 997 * static_cast<size_t>(o)) % docs.size()]);
        }
        const Doc& timed = mode == "copy" ? copies[k] : d;
        if (mode == "copy") sink = sink + TouchInputs(timed);
        const double t0 = CpuNow();
        entities += Recognize(m, timed);
        spent += CpuNow() - t0 - overhead;
      }
    }
    ms_per_mb.push_back(1e3 * spent / mb);
  }
  std::sort(ms_per_mb.begin(), ms_per_mb.end());
  if (mode == "again" || mode == "copy")
    mode += " --between " + std::to_string(between);
  printf(
      "%s: %zu documents, %.2f MB, %zu entities; entities %.3f ms/MB "
      "(median of %d, min %.3f)",
      mode.c_str(), docs.size(), mb, entities, ms_per_mb[ms_per_mb.size() / 2],
      repeat, ms_per_mb.front());
  if (!ratio.empty()) {
    std::sort(ratio.begin(), ratio.end());
    std::sort(ratio_tok.begin(), ratio_tok.end());
    printf("; entities / other stages %.4f, / tokenize %.3f",
           ratio[ratio.size() / 2], ratio_tok[ratio_tok.size() / 2]);
  }
  printf("\n");
  return 0;
}

}  // namespace
}  // namespace claimx::bench

int main(int argc, char** argv) { return claimx::bench::Main(argc, argv); }
