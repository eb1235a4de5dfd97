// SpanIndex (lib/attribution/span_index.h) against a scan of the whole list,
// for lists in position order (the fast path: no order kept) and shuffled.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

#include "attribution/span_index.h"

namespace claimx::internal {
namespace {

struct Item {
  Span span;
};

std::vector<Item> RandomItems(std::mt19937* rng, size_t n) {
  std::uniform_int_distribution<uint32_t> begin(0, 400), len(0, 30);
  std::vector<Item> items(n);
  for (Item& it : items) {
    it.span.begin = begin(*rng);
    it.span.end = it.span.begin + len(*rng);
  }
  return items;
}

// Expected ForOverlapping/ForInside results: by begin, ties by position in
// the sorted order (stable).
std::vector<uint32_t> Naive(const std::vector<Item>& items, Span q,
                            bool inside) {
  std::vector<uint32_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return items[a].span.begin < items[b].span.begin;
  });
  std::vector<uint32_t> out;
  for (uint32_t k : order) {
    const Span s = items[k].span;
    const bool hit =
        inside ? s.begin >= q.begin && s.begin < q.end && s.end <= q.end
               : s.begin < q.end && s.end > q.begin;
    if (hit) out.push_back(k);
  }
  return out;
}

void ExpectSameAsNaive(const std::vector<Item>& items, std::mt19937* rng) {
  SpanIndex index;
  index.Build(items);
  std::uniform_int_distribution<uint32_t> begin(0, 450), len(0, 60);
  for (int t = 0; t < 200; ++t) {
    Span q;
    q.begin = begin(*rng);
    q.end = q.begin + len(*rng);
    std::vector<uint32_t> got;
    index.ForOverlapping(q, [&](uint32_t k) { got.push_back(k); });
    EXPECT_EQ(got, Naive(items, q, false));
    got.clear();
    index.ForInside(q, [&](uint32_t k) { got.push_back(k); });
    EXPECT_EQ(got, Naive(items, q, true));
  }
}

TEST(SpanIndex, SortedListMatchesScan) {
  std::mt19937 rng(7);
  for (size_t n : {0, 1, 5, 40, 300}) {
    std::vector<Item> items = RandomItems(&rng, n);
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& a, const Item& b) {
                       return a.span.begin < b.span.begin;
                     });
    SpanIndex index;
    index.Build(items);
    EXPECT_TRUE(index.in_order());
    ExpectSameAsNaive(items, &rng);
  }
}

TEST(SpanIndex, ShuffledListMatchesScan) {
  std::mt19937 rng(11);
  for (size_t n : {2, 5, 40, 300}) {
    std::vector<Item> items = RandomItems(&rng, n);
    ExpectSameAsNaive(items, &rng);
  }
}

// ForInsideAscending with queries by ascending begin (one cursor for all)
// gives what ForInside gives, sorted or shuffled lists alike.
TEST(SpanIndex, AscendingQueriesMatchForInside) {
  std::mt19937 rng(17);
  for (size_t n : {0, 1, 5, 40, 300}) {
    for (bool sort : {true, false}) {
      std::vector<Item> items = RandomItems(&rng, n);
      if (sort) {
        std::stable_sort(items.begin(), items.end(),
                         [](const Item& a, const Item& b) {
                           return a.span.begin < b.span.begin;
                         });
      }
      SpanIndex index;
      index.Build(items);
      std::vector<Span> queries = {Span{0, 0}};
      std::uniform_int_distribution<uint32_t> step(0, 25), len(0, 60);
      for (int t = 0; t < 100; ++t) {
        const uint32_t b = queries.back().begin + step(rng);
        queries.push_back(Span{b, b + len(rng)});
      }
      size_t cursor = 0;
      for (const Span& q : queries) {
        std::vector<uint32_t> got, want;
        index.ForInsideAscending(q, &cursor,
                                 [&](uint32_t k) { got.push_back(k); });
        index.ForInside(q, [&](uint32_t k) { want.push_back(k); });
        EXPECT_EQ(got, want);
        EXPECT_EQ(got, Naive(items, q, true));
      }
    }
  }
}

// The *Near searches, with one hint carried across queries in any order,
// give what the plain ones give.
TEST(SpanIndex, NearQueriesMatchPlainOnes) {
  std::mt19937 rng(19);
  for (size_t n : {0, 1, 5, 40, 300}) {
    for (bool sort : {true, false}) {
      std::vector<Item> items = RandomItems(&rng, n);
      if (sort) {
        std::stable_sort(items.begin(), items.end(),
                         [](const Item& a, const Item& b) {
                           return a.span.begin < b.span.begin;
                         });
      }
      SpanIndex index;
      index.Build(items);
      EXPECT_EQ(index.empty(), n == 0);
      std::uniform_int_distribution<uint32_t> begin(0, 450), len(0, 60);
      size_t inside_hint = 0, overlap_hint = 0;
      for (int t = 0; t < 300; ++t) {
        Span q;
        q.begin = begin(rng);
        q.end = q.begin + len(rng);
        std::vector<uint32_t> got, want;
        index.ForInsideNear(q, &inside_hint,
                            [&](uint32_t k) { got.push_back(k); });
        index.ForInside(q, [&](uint32_t k) { want.push_back(k); });
        EXPECT_EQ(got, want);
        got.clear();
        want.clear();
        index.ForOverlappingNear(q, &overlap_hint,
                                 [&](uint32_t k) { got.push_back(k); });
        index.ForOverlapping(q, [&](uint32_t k) { want.push_back(k); });
        EXPECT_EQ(got, want);
      }
    }
  }
}

// An index rebuilt from a sorted list after a shuffled one (the per-thread
// workspace reuses it across documents) must not keep the old order.
// LowerBoundNear is std::lower_bound whatever the hint: sorted lists with
// repeats, empty and one-element lists, every hint (also past the end) and
// values below, between, on and above the elements.
TEST(LowerBoundNear, EqualsLowerBoundForEveryHint) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> value(0, 60);
  for (size_t n : {0u, 1u, 2u, 3u, 7u, 16u, 33u}) {
    for (int round = 0; round < 20; ++round) {
      std::vector<int> v(n);
      for (int& x : v) x = value(rng);
      std::sort(v.begin(), v.end());
      for (int x = -1; x <= 62; ++x) {
        const size_t want = static_cast<size_t>(
            std::lower_bound(v.begin(), v.end(), x) - v.begin());
        for (size_t hint = 0; hint <= n + 2; ++hint)
          ASSERT_EQ(LowerBoundNear(v, hint, x), want)
              << "n " << n << " x " << x << " hint " << hint;
      }
    }
  }
}

TEST(SpanIndex, RebuiltFromSortedAfterShuffled) {
  std::mt19937 rng(13);
  std::vector<Item> shuffled = RandomItems(&rng, 50);
  std::vector<Item> sorted = RandomItems(&rng, 20);
  std::stable_sort(
      sorted.begin(), sorted.end(),
      [](const Item& a, const Item& b) { return a.span.begin < b.span.begin; });
  SpanIndex index;
  index.Build(shuffled);
  index.Build(sorted);
  EXPECT_TRUE(index.in_order());
  std::vector<uint32_t> got;
  index.ForOverlapping(Span{0, 1000}, [&](uint32_t k) { got.push_back(k); });
  EXPECT_EQ(got, Naive(sorted, Span{0, 1000}, false));
}

}  // namespace
}  // namespace claimx::internal
