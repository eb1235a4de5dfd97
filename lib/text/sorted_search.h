// LowerBoundNear: a lower bound searched outwards from a hint, for the
// stages that ask about nearby positions one after another (the claims of a
// document by cue, the dates of a document in the entity stage).
#ifndef CLAIMX_LIB_TEXT_SORTED_SEARCH_H_
#define CLAIMX_LIB_TEXT_SORTED_SEARCH_H_

#include <cstddef>
#include <vector>

namespace claimx::internal {

// The first i in [0, n) with key(i) >= value (n if none), for keys
// ascending in i: searched outwards from `hint` (any value is correct; one
// at or near the answer is fast), galloping, then a binary search in the
// last step's range. For queries that come near each other (the claims of
// a document, by cue): a few compares instead of a search of the whole list.
template <class T, class Key>
[[gnu::always_inline]] inline size_t LowerBoundNear(size_t n, size_t hint,
                                                    T value, Key key) {
  if (hint > n) hint = n;
  size_t lo, hi;  // the answer is in [lo, hi]
  if (hint < n && key(hint) < value) {
    lo = hint + 1;
    for (size_t step = 1;; step <<= 1) {
      hi = hint + step;
      if (hi >= n) {
        hi = n;
        break;
      }
      if (!(key(hi) < value)) break;
      lo = hi + 1;
    }
  } else {
    hi = hint;
    for (size_t step = 1;; step <<= 1) {
      if (step > hint) {
        lo = 0;
        break;
      }
      const size_t j = hint - step;
      if (key(j) < value) {
        lo = j + 1;
        break;
      }
      hi = j;
    }
  }
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    if (key(mid) < value) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

// LowerBoundNear over a sorted vector.
template <class T>
[[gnu::always_inline]] inline size_t LowerBoundNear(const std::vector<T>& v,
                                                    size_t hint, T value) {
  const T* const data = v.data();
  return LowerBoundNear(v.size(), hint, value,
                        [data](size_t i) { return data[i]; });
}

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_TEXT_SORTED_SEARCH_H_
