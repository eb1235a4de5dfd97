// FirstEndingAfter: where a byte offset falls in a document's tokens, kept
// apart so that tests can compare it with std::partition_point.
#ifndef CLAIMX_LIB_ENTITIES_TOKEN_SEARCH_H_
#define CLAIMX_LIB_ENTITIES_TOKEN_SEARCH_H_

#include <cstddef>
#include <cstdint>

#include "claimx/types.h"

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
// TokensPerByte of the document), and a search that doubles its step moves
// from the guess to a range the answer lies in (one or two steps, usually),
// which a binary search then narrows. A poor guess (a long URL) costs
// O(log distance) steps, never more than a plain binary search's twice.
inline size_t FirstEndingAfter(const Token* tokens, size_t n, size_t from,
                               uint32_t byte, uint64_t per_byte) {
  if (from >= n) return n;
  auto before = [&](size_t k) { return tokens[k].span.end <= byte; };
  const uint32_t start = tokens[from].span.begin;
  size_t guess = from;
  if (byte > start) {
    const uint64_t ahead = (uint64_t{byte - start} * per_byte) >> 16;
    guess = ahead < n - from ? from + static_cast<size_t>(ahead) : n - 1;
  }
  // [lo, hi]: the answer lies in it (hi may be n).
  size_t lo, hi;
  if (before(guess)) {
    lo = guess + 1;
    for (size_t step = 1;; step *= 2) {
      hi = lo + step - 1;
      if (hi >= n) {
        hi = n;
        break;
      }
      if (!before(hi)) break;
      lo = hi + 1;
    }
  } else {
    hi = guess;
    for (size_t step = 1;; step *= 2) {
      if (hi - from < step) {
        lo = from;
        break;
      }
      if (before(hi - step)) {
        lo = hi - step + 1;
        break;
      }
      hi -= step;
    }
  }
  // The first of [lo, hi) not before `byte`, else hi: a binary search
  // whose step is a select, not a branch (each step is a coin toss).
  const Token* first = tokens + lo;
  for (size_t len = hi - lo; len > 1;) {
    const size_t half = len / 2;
    // (A mask, not ?: -- GCC made that a branch.)
    const size_t below = first[half - 1].span.end <= byte;
    first += half & (size_t{0} - below);
    len -= half;
  }
  first += first != tokens + hi && first->span.end <= byte;
  return static_cast<size_t>(first - tokens);
}

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_ENTITIES_TOKEN_SEARCH_H_
