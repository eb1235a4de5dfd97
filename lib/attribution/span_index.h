// SpanIndex: which spans of a list (the document's entities or quantities)
// overlap, or lie inside, a query span, in O(log n + hits).
//
// The attribution stage asks this once or more per claim; scanning the whole
// list each time made long documents quadratic. Built once per document.
#ifndef CLAIMX_LIB_ATTRIBUTION_SPAN_INDEX_H_
#define CLAIMX_LIB_ATTRIBUTION_SPAN_INDEX_H_

#include <algorithm>
#include <cstdint>
#include <vector>

#include "claimx/types.h"

namespace claimx::internal {

class SpanIndex {
 public:
  // `items` are anything with a `Span span` member, in any order.
  template <class T>
  void Build(const std::vector<T>& items) {
    // One pass for the usual case, a list the stage emitted by position:
    // spans copied as they come, no order to keep (in_order_: index i is
    // item i).
    spans_.resize(items.size());
    max_len_ = 0;
    bool sorted = true;
    for (size_t i = 0; i < items.size(); ++i) {
      const Span s = items[i].span;
      sorted = sorted && (i == 0 || spans_[i - 1].begin <= s.begin);
      spans_[i] = s;
      max_len_ = std::max(max_len_, s.size());
    }
    in_order_ = sorted;
    if (sorted) return;
    order_.resize(items.size());
    for (size_t i = 0; i < items.size(); ++i)
      order_[i] = static_cast<uint32_t>(i);
    std::stable_sort(order_.begin(), order_.end(), [&](uint32_t a, uint32_t b) {
      return items[a].span.begin < items[b].span.begin;
    });
    for (size_t i = 0; i < order_.size(); ++i)
      spans_[i] = items[order_[i]].span;
  }

  // The items were already sorted by begin: every walk below visits indexes
  // in ascending order.
  bool in_order() const { return in_order_; }

  // Calls f(index) for every item overlapping [s.begin, s.end), by begin.
  template <class F>
  void ForOverlapping(Span s, F f) const {
    uint32_t from = s.begin > max_len_ ? s.begin - max_len_ : 0;
    for (size_t i = First(from); i < spans_.size() && spans_[i].begin < s.end;
         ++i) {
      if (spans_[i].end > s.begin) f(Item(i));
    }
  }

  // Calls f(index) for every item lying inside `piece`, by begin.
  template <class F>
  void ForInside(Span piece, F f) const {
    Inside(First(piece.begin), piece, f);
  }

  // ForInside for queries in ascending order of begin (the sentences of a
  // document): *cursor (0 before the first query) walks forward instead of a
  // binary search per query, so a pass over all queries is linear.
  template <class F>
  void ForInsideAscending(Span piece, size_t* cursor, F f) const {
    size_t i = *cursor;
    while (i < spans_.size() && spans_[i].begin < piece.begin) ++i;
    *cursor = i;
    Inside(i, piece, f);
  }

 private:
  template <class F>
  void Inside(size_t i, Span piece, F f) const {
    for (; i < spans_.size() && spans_[i].begin < piece.end; ++i) {
      if (spans_[i].end <= piece.end) f(Item(i));
    }
  }
  uint32_t Item(size_t i) const {
    return in_order_ ? static_cast<uint32_t>(i) : order_[i];
  }
  size_t First(uint32_t begin) const {
    return std::lower_bound(
               spans_.begin(), spans_.end(), begin,
               [](const Span& a, uint32_t b) { return a.begin < b; }) -
           spans_.begin();
  }

  std::vector<uint32_t> order_;  // item index by span begin, unless in_order_
  std::vector<Span> spans_;      // spans in that order
  uint32_t max_len_ = 0;
  bool in_order_ = true;
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_ATTRIBUTION_SPAN_INDEX_H_
