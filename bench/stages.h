// The pipeline's stages built one by one for per-stage timing, from the same
// lexicon entries Extractor::Create uses (the embedded data/*.tsv files).
#ifndef CLAIMX_BENCH_STAGES_H_
#define CLAIMX_BENCH_STAGES_H_

#include <memory>

#include "absl/status/statusor.h"
#include "lexicon/phrase_lexicon.h"
#include "model.h"
#include "tokenize/sentence_splitter.h"
#include "tokenize/tokenizer.h"

namespace claimx::bench {

struct Stages {
  // The whole model, for internal::ExtractDocument with a stage observer.
  std::shared_ptr<const internal::Model> model;
  internal::Tokenizer tokenizer;
  internal::SentenceSplitter splitter;
  internal::PhraseLexicon lexicon;
};

absl::StatusOr<Stages> BuildStages();

// Exits with a message when BuildStages fails; for benchmark set-up code.
const Stages& DefaultStages();

}  // namespace claimx::bench

#endif  // CLAIMX_BENCH_STAGES_H_
