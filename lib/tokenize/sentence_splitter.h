// SentenceSplitter: tokens -> sentences.
//
// Rules over the token stream, no second pass over the text: terminal
// punctuation with the closing quotes and brackets that follow it,
// abbreviations by class (a title never ends a sentence before a name; an
// initialism or company suffix does when a sentence starter follows),
// ellipses, line structure (blank lines, bullets, numbered items, headings,
// short "Label: figure" lines). Immutable after Create; thread-safe.
#ifndef CLAIMX_LIB_TOKENIZE_SENTENCE_SPLITTER_H_
#define CLAIMX_LIB_TOKENIZE_SENTENCE_SPLITTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "claimx/types.h"
#include "text/tsv.h"
#include "tokenize/tokenizer.h"

namespace claimx::internal {

class SentenceSplitter {
 public:
  // Reads entries of type "starter" (words that typically open a sentence,
  // used after ambiguous abbreviations) and "timezone" (EST, GMT: keep
  // "5 p.m. EST" together).
  static absl::StatusOr<SentenceSplitter> Create(const std::vector<LexiconEntry>& entries);

  // Appends sentences of `tokens` to *out and sets kSentenceInitial on the
  // first token of each.
  void Split(std::string_view text, TokenStream* tokens, std::vector<Sentence>* out) const;

 private:
  bool IsBoundaryAfter(std::string_view text, const TokenStream& ts, size_t i,
                       size_t* end) const;
  bool StartsNewLineUnit(std::string_view text, const TokenStream& ts, size_t i) const;
  absl::flat_hash_set<std::string> starters_;
  absl::flat_hash_set<std::string> timezones_;
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_TOKENIZE_SENTENCE_SPLITTER_H_
