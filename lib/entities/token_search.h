// FirstEndingAfter: where a byte offset falls in a document's tokens, kept
// apart so that tests can compare it with std::partition_point.
#ifndef CLAIMX_LIB_ENTITIES_TOKEN_SEARCH_H_
#define CLAIMX_LIB_ENTITIES_TOKEN_SEARCH_H_

#include <cstddef>
#include <cstdint>

#include "claimx/types.h"
#include "text/sorted_search.h"

namespace claimx::internal {

// Tokens per byte of a document, in 1/65536ths: FirstEndingAfter's guide.
inline uint64_t TokensPerByte(size_t tokens, size_t bytes) {
  return bytes == 0 ? 0 : (uint64_t{tokens} << 16) / bytes;
}

// The first k in [from, n) with tokens[k].span.end > byte, or n when there
// is none. Token spans increase (a token ends before the next begins);
// every token before `from` must end at or before `byte`.
//
// The entity stage asks this once per date, always further on, a few dozen
// tokens each time: a binary search over the rest of the document took
// about nine steps. Token lengths vary little, so the answer is guessed
// from the bytes between token `from` and `byte` (`per_byte`:
// TokensPerByte of the document), and LowerBoundNear gallops from the guess
// to a range the answer lies in (one or two steps, usually) and narrows it
// by a binary search. A poor guess (a long URL) costs
// O(log distance) steps, never more than a plain binary search's twice.
inline size_t FirstEndingAfter(const Token* tokens, size_t n, size_t from,
                               uint32_t byte, uint64_t per_byte) {
  if (from >= n) return n;
  const uint32_t start = tokens[from].span.begin;
  size_t guess = from;
  if (byte > start) {
    const uint64_t ahead = (uint64_t{byte - start} * per_byte) >> 16;
    guess = ahead < n - from ? from + static_cast<size_t>(ahead) : n - 1;
  }
  // The first token whose end is not <= byte; every token before `from`
  // ends at or before `byte`, so the answer is at `from` or after it.
  return LowerBoundNear(n, guess, uint64_t{byte} + 1,
                        [tokens](size_t k) { return tokens[k].span.end; });
}

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_ENTITIES_TOKEN_SEARCH_H_
