// internal::Model: everything Extractor::Create compiles, shared read-only by
// every copy of an Extractor and every thread. Only lib/extractor.cc knows
// the order of the stages.
#ifndef CLAIMX_LIB_MODEL_H_
#define CLAIMX_LIB_MODEL_H_

#include <vector>

#include "claimx/options.h"
#include "lexicon/phrase_lexicon.h"
#include "tokenize/sentence_splitter.h"
#include "tokenize/tokenizer.h"

namespace claimx::internal {

class Model {
 public:
  Model(Options options, Tokenizer tokenizer, SentenceSplitter splitter, PhraseLexicon lexicon)
      : options_(std::move(options)),
        tokenizer_(std::move(tokenizer)),
        splitter_(std::move(splitter)),
        lexicon_(std::move(lexicon)) {}

  const Options& options() const { return options_; }
  const Tokenizer& tokenizer() const { return tokenizer_; }
  const SentenceSplitter& splitter() const { return splitter_; }
  const PhraseLexicon& lexicon() const { return lexicon_; }

 private:
  Options options_;
  Tokenizer tokenizer_;
  SentenceSplitter splitter_;
  PhraseLexicon lexicon_;
};

// Per-thread scratch buffers, reused across documents so that the hot path
// does not allocate per token.
struct Workspace {
  TokenStream tokens;
  std::vector<uint32_t> word_ids;
  std::vector<LexiconMatch> matches;
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_MODEL_H_
