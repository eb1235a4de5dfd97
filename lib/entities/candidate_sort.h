// SortByBegin: the entity stage's sort of its candidates by first token,
// kept apart so that tests can compare it with std::stable_sort and
// std::sort (tests/entities_test.cc).
#ifndef CLAIMX_LIB_ENTITIES_CANDIDATE_SORT_H_
#define CLAIMX_LIB_ENTITIES_CANDIDATE_SORT_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace claimx::internal {

// Sorts `v` by begin, stably, when it is at most kMaxSegments runs that
// are each sorted already (what the stages append: runs in text order, then
// compound-adjective places, heading names, acronyms), by merging each run
// into the sorted ones before it from the back, through `tmp` (linear, only
// the elements that move are written, and a few dozen instructions of code
// instead of std::stable_sort's buffer and merge tree). Returns false,
// leaving `v` as it was, when there are more runs, or when `no_ties` asks
// for none and two candidates begin at the same token (std::sort's order of
// those is its own, not the stable one). `T` has a uint32_t field `b`, its
// first token; `v` is a std::vector<T> or any sequence with size() and
// data().
template <typename Seq, typename T>
bool SortByBegin(Seq* v, std::vector<T>* tmp, bool no_ties) {
  constexpr size_t kMaxSegments = 4;
  const size_t n = v->size();
  T* const c = v->data();
  size_t cut[kMaxSegments + 1];
  size_t segments = 0;
  cut[0] = 0;
  for (size_t i = 1; i < n; ++i) {
    if (c[i].b < c[i - 1].b) {
      if (++segments == kMaxSegments) return false;
      cut[segments] = i;
    }
  }
  cut[++segments] = n;
  if (no_ties) {
    // Equal begins within a run are neighbours; across runs, a later run's
    // begins are looked up in each earlier run (the later runs are short).
    for (size_t i = 1; i < n; ++i) {
      if (c[i].b == c[i - 1].b) return false;
    }
    auto before = [](const T& a, uint32_t b) { return a.b < b; };
    for (size_t s = 1; s < segments; ++s) {
      for (size_t i = cut[s]; i < cut[s + 1]; ++i) {
        for (size_t t = 0; t < s; ++t) {
          const T* const first = c + cut[t];
          const T* const end = c + cut[t + 1];
          const T* at = std::lower_bound(first, end, c[i].b, before);
          if (at != end && at->b == c[i].b) return false;
        }
      }
    }
  }
  for (size_t s = 1; s < segments; ++s) {
    // [0, cut[s]) is sorted: merge [cut[s], cut[s + 1]) into it from the
    // back; on equal begins the later run's candidate stays after.
    tmp->assign(c + cut[s], c + cut[s + 1]);
    const T* const r0 = tmp->data();
    const T* r = r0 + tmp->size();
    T* l = c + cut[s];
    T* o = c + cut[s + 1];
    while (r != r0) {
      if (l != c && (l - 1)->b > (r - 1)->b) {
        *--o = *--l;
      } else {
        *--o = *--r;
      }
    }
  }
  return true;
}

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_ENTITIES_CANDIDATE_SORT_H_
