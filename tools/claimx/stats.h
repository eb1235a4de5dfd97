// "claimx stats": a corpus-level summary of extraction results.
//
// Documents, bytes, sentences, entities, quantities, claims by kind and by
// source type, hedged claims, the share of claims with quantities, the most
// frequent sources (by resolved/canonical name) and cues (by lemma). Add
// documents one at a time (nothing of them is kept but counts); print as
// text or JSON. One thread only.
#ifndef CLAIMX_TOOLS_CLAIMX_STATS_H_
#define CLAIMX_TOOLS_CLAIMX_STATS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "claimx/types.h"

namespace claimx::cli {

class CorpusStats {
 public:
  void Add(const Document& doc, std::string_view text);
  void AddFailure() { ++failed_; }

  // `top`: how many sources and cues to list.
  std::string Text(size_t top) const;
  std::string Json(size_t top) const;

 private:
  struct Count {
    std::string display;  // first spelling seen
    uint64_t n = 0;
  };
  std::vector<std::pair<std::string, uint64_t>> Top(
      const absl::flat_hash_map<std::string, Count>& counts, size_t top) const;

  uint64_t documents_ = 0, failed_ = 0, bytes_ = 0, sentences_ = 0,
           entities_ = 0, quantities_ = 0, claims_ = 0, hedged_ = 0,
           with_quantities_ = 0, documents_with_claims_ = 0;
  std::map<std::string, uint64_t> by_kind_;         // schema name -> claims
  std::map<std::string, uint64_t> by_source_type_;  // schema name -> claims
  absl::flat_hash_map<std::string, Count>
      sources_;                                   // case-folded name -> count
  absl::flat_hash_map<std::string, Count> cues_;  // lemma -> count
};

}  // namespace claimx::cli

#endif  // CLAIMX_TOOLS_CLAIMX_STATS_H_
