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
#include "text/sorted_search.h"

namespace claimx::internal {

class SpanIndex {
 public:
  // `items` are anything with a `Span span` member, in any order.
  template <class T>
  void Build(const std::vector<T>& items) {
    // One pass for the usual case, a list the stage emitted by position:
    // spans copied as they come, no order to keep (in_order_: index i is
    // item i).
    // (Branch-free, in locals: the stores into spans_ would otherwise make
    // the compiler reload the members.)
    const size_t n = items.size();
    spans_.resize(n);
    Span* const spans = spans_.data();
    uint32_t max_len = 0, prev = 0;
    bool sorted = true;
    for (size_t i = 0; i < n; ++i) {
      const Span s = items[i].span;
      sorted &= prev <= s.begin;
      prev = s.begin;
      spans[i] = s;
      max_len = std::max(max_len, s.size());
    }
    max_len_ = max_len;
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

  // ForInside and ForOverlapping with a hint, for queries that come near
  // each other (the claims of a document, by cue): the search gallops from
  // *hint, the previous query's start (any value is correct; a near one is
  // fast), instead of a binary search over the whole list.
  template <class F>
  void ForInsideNear(Span piece, size_t* hint, F f) const {
    *hint = FirstNear(piece.begin, *hint);
    Inside(*hint, piece, f);
  }
  template <class F>
  void ForOverlappingNear(Span s, size_t* hint, F f) const {
    uint32_t from = s.begin > max_len_ ? s.begin - max_len_ : 0;
    *hint = FirstNear(from, *hint);
    // (In locals: f's stores might alias the members.)
    const Span* const spans = spans_.data();
    const size_t n = spans_.size();
    const uint32_t* const order = in_order_ ? nullptr : order_.data();
    for (size_t i = *hint; i < n && spans[i].begin < s.end; ++i) {
      if (spans[i].end > s.begin)
        f(order == nullptr ? static_cast<uint32_t>(i) : order[i]);
    }
  }

  bool empty() const { return spans_.empty(); }

  // ForInside for queries in ascending order of begin (the sentences of a
  // document): *cursor (0 before the first query) walks forward instead of a
  // binary search per query, so a pass over all queries is linear.
  template <class F>
  void ForInsideAscending(Span piece, size_t* cursor, F f) const {
    size_t i = *cursor;
    const Span* const spans = spans_.data();
    const size_t n = spans_.size();
    while (i < n && spans[i].begin < piece.begin) ++i;
    *cursor = i;
    Inside(i, piece, f);
  }

 private:
  template <class F>
  void Inside(size_t i, Span piece, F f) const {
    // (In locals: f's stores might alias the members.)
    const Span* const spans = spans_.data();
    const size_t n = spans_.size();
    const uint32_t* const order = in_order_ ? nullptr : order_.data();
    for (; i < n && spans[i].begin < piece.end; ++i) {
      if (spans[i].end <= piece.end)
        f(order == nullptr ? static_cast<uint32_t>(i) : order[i]);
    }
  }
  // First(begin), searched outwards from `hint` (LowerBoundNear).
  size_t FirstNear(uint32_t begin, size_t hint) const {
    const Span* const spans = spans_.data();
    return LowerBoundNear(spans_.size(), hint, begin,
                          [spans](size_t i) { return spans[i].begin; });
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
