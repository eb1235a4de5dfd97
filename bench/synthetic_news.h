// Synthetic news-like text for the benchmarks and the training run of
// scripts/build-pgo.sh, generated from sentence templates written for this
// project (no external text). Deterministic for a given seed: headlines,
// paragraphs separated by blank lines, attributions in their many forms,
// quotations with straight and curly quotes, numbers, currencies, dates,
// abbreviations, hyphenated and invented names, URLs, some non-ASCII letters.
#ifndef CLAIMX_BENCH_SYNTHETIC_NEWS_H_
#define CLAIMX_BENCH_SYNTHETIC_NEWS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace claimx::bench {

// One article of roughly `approx_bytes` bytes (at least one paragraph).
std::string MakeArticle(uint64_t seed, size_t approx_bytes);

// Articles joined by blank lines until the text is at least `bytes` long.
std::string MakeNewsText(size_t bytes, uint64_t seed = 1);

// A corpus totalling about `bytes`, mixed as a news feed is: short wire
// briefs (capitalized headlines, wire abbreviations), results tables, general
// articles and longer features (0.1-6 KB).
std::vector<std::string> MakeCorpus(size_t bytes, uint64_t seed = 1);

}  // namespace claimx::bench

#endif  // CLAIMX_BENCH_SYNTHETIC_NEWS_H_
