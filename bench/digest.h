// OutputDigest: one FNV-1a hash per pipeline stage over everything that stage
// puts out, so that two builds can be proven to behave the same on a corpus
// with one command (`corpus_bench --digest`): a speed change must print the
// same line before and after.
//
//   tokens     the TokenStream: spans, kinds, flags, line breaks,
//              abbreviation classes and case-folded forms
//   sentences  spans and token ranges
//   lexicon    each token's word id and every phrase match of 2+ tokens
//              (the one-word matches follow from the word ids)
//   quantities / entities / claims  every field of Document's structs,
//              strings with their length, doubles by their bits
//
// Not thread-safe; one digest per corpus pass.
#ifndef CLAIMX_BENCH_DIGEST_H_
#define CLAIMX_BENCH_DIGEST_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimx/types.h"
#include "lexicon/phrase_lexicon.h"
#include "tokenize/tokenizer.h"

namespace claimx::bench {

// FNV-1a, 64 bits.
struct Fnv {
  uint64_t h = 0xcbf29ce484222325ull;
  void Add(const void* data, size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 0x100000001b3ull;
  }
  template <typename T>
  void Add(const T& v) {
    Add(&v, sizeof(v));
  }
  void AddString(std::string_view s) {
    Add(s.size());
    Add(s.data(), s.size());
  }
};

class OutputDigest {
 public:
  enum Part {
    kTokens,
    kSentences,
    kLexicon,
    kQuantities,
    kEntities,
    kClaims,
    kNumParts
  };
  static constexpr const char* kPartNames[kNumParts] = {
      "tokens", "sentences", "lexicon", "quantities", "entities", "claims"};

  void AddTokens(const internal::TokenStream& ts);
  // Word ids from `phrase_words` on (PhraseLexicon::phrase_vocabulary_size:
  // extra words that are in no phrase) count as kNoWord: such a word
  // matches nothing, so giving a form one leaves the row as it was.
  void AddLexicon(const std::vector<uint32_t>& word_ids,
                  const std::vector<internal::LexiconMatch>& phrases,
                  size_t phrase_words = internal::kNoWord);
  // Sentences, quantities, entities and claims of `doc`, extracted from
  // `text` (an entity's canonical name is hashed as CanonicalName gives it).
  void AddDocument(const Document& doc, std::string_view text);

  uint64_t part(Part p) const { return parts_[p].h; }
  // "tokens 0123456789abcdef sentences ... claims ...": one line, no newline.
  std::string ToString() const;

 private:
  Fnv parts_[kNumParts];
};

}  // namespace claimx::bench

#endif  // CLAIMX_BENCH_DIGEST_H_
