// Tokenizer: UTF-8 text -> tokens with byte spans, kinds, shape flags and a
// case-folded form for lexicon look-up.
//
// One left-to-right pass over the caller's bytes; ASCII goes through a byte
// table, other code points through ICU character properties, and runs of
// scripts written without spaces (Han, Kana, Thai, Lao, Khmer, Myanmar)
// through ICU's word BreakIterator over a UText on the UTF-8 buffer, so every
// offset is a byte offset into the original text.
//
// A Tokenizer is immutable after Create and may be shared by threads; each
// call writes into a caller-owned TokenStream that is meant to be reused.
#ifndef CLAIMX_LIB_TOKENIZE_TOKENIZER_H_
#define CLAIMX_LIB_TOKENIZE_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "claimx/types.h"
#include "text/tsv.h"

namespace claimx::internal {

// What an abbreviation with a period is, for the sentence splitter.
enum class AbbrevClass : uint8_t {
  kNone,        // not an abbreviation
  kTitle,       // Dr. Mr. Gen. Sen. St. -- never ends a sentence before a name
  kMonth,       // Jan. Feb. -- rarely ends a sentence
  kDay,         // Mon. Tue.
  kSuffix,      // Inc. Ltd. Corp. Jr. -- may end a sentence
  kTime,        // a.m. p.m.
  kNumber,      // No. Nos. Art. -- only before a number
  kInitialism,  // U.S. U.K. e.g. -- letters and periods
  kInitial,     // a single capital letter with a period: J.
  kOther,       // etc. approx. vs. -- may end a sentence
};

struct TokenizerConfig {
  uint32_t max_token_bytes = 4096;
  bool replace_invalid = false;  // invalid bytes become kOther tokens
};

// Tokens of one document plus per-token data the later stages need.
// Reused across documents: Clear() keeps the capacity.
struct TokenStream {
  std::vector<Token> tokens;
  std::vector<uint32_t> norm_end;        // norm(i) = norm_text[norm_end[i-1], norm_end[i])
  std::vector<uint8_t> newlines_before;  // line breaks between token i-1 and i (capped)
  std::vector<AbbrevClass> abbrev;
  std::string norm_text;

  void Clear() {
    tokens.clear();
    norm_end.clear();
    newlines_before.clear();
    abbrev.clear();
    norm_text.clear();
  }
  size_t size() const { return tokens.size(); }
  std::string_view norm(size_t i) const {
    uint32_t b = i == 0 ? 0 : norm_end[i - 1];
    return std::string_view(norm_text).substr(b, norm_end[i] - b);
  }
};

class Tokenizer {
 public:
  // Builds the abbreviation table from entries of type "abbrev"
  // (attribute class=title|month|day|suffix|time|number|initialism|other).
  static absl::StatusOr<Tokenizer> Create(const std::vector<LexiconEntry>& entries);

  // Tokenizes `text`, which must be valid UTF-8 unless
  // config.replace_invalid is set. Overwrites *out.
  void Tokenize(std::string_view text, const TokenizerConfig& config,
                TokenStream* out) const;

  // Convenience for tests and tools: one call, fresh stream.
  TokenStream Tokenize(std::string_view text, const TokenizerConfig& config = {}) const;

 private:
  struct AbbrevInfo {
    AbbrevClass cls = AbbrevClass::kNone;
    bool capitalized = false;  // entry written with a capital: text must match
  };
  absl::flat_hash_map<std::string, AbbrevInfo> abbrevs_;  // folded, without final '.'
  friend class TokenizerRun;
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_TOKENIZE_TOKENIZER_H_
