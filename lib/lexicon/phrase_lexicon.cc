#include "lexicon/phrase_lexicon.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "text/strings.h"

namespace claimx::internal {

std::string_view CompiledEntry::attr(std::string_view key,
                                     std::string_view fallback) const {
  for (const auto& [k, v] : attrs) {
    if (k == key) return v;
  }
  return fallback;
}

uint32_t PhraseLexicon::type_id(std::string_view name) const {
  for (size_t i = 0; i < type_names_.size(); ++i) {
    if (type_names_[i] == name) return static_cast<uint32_t>(i);
  }
  return kNoWord;
}

absl::StatusOr<PhraseLexicon> PhraseLexicon::Compile(
    const std::vector<LexiconEntry>& entries, const Tokenizer& tokenizer) {
  // Resolve overrides and removals first, keyed by folded phrase.
  struct Pending {
    const LexiconEntry* entry;
    std::vector<std::string> norms;
    std::string key;
    bool removed = false;
  };
  std::vector<Pending> pending;
  absl::flat_hash_map<std::string, size_t> by_phrase_type;
  TokenStream ts;
  for (const LexiconEntry& e : entries) {
    tokenizer.Tokenize(e.phrase, TokenizerConfig{}, &ts);
    if (ts.size() == 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(e.origin, ": phrase '", e.phrase, "' has no tokens"));
    }
    std::vector<std::string> norms;
    for (size_t i = 0; i < ts.size(); ++i) norms.emplace_back(ts.norm(i));
    std::string key = absl::StrJoin(norms, "\x1f");
    if (e.type == "-") {
      for (Pending& p : pending) {
        if (p.key == key) p.removed = true;
      }
      continue;
    }
    std::string pt = absl::StrCat(key, "\x1e", e.type);
    auto it = by_phrase_type.find(pt);
    if (it != by_phrase_type.end() && !pending[it->second].removed) {
      pending[it->second].removed = true;
    }
    by_phrase_type[pt] = pending.size();
    pending.push_back(Pending{&e, std::move(norms), std::move(key)});
  }

  PhraseLexicon lex;
  lex.accept_begin_.push_back(0);  // state 0 is the root
  std::vector<std::vector<uint32_t>> accepts(1);
  uint32_t next_state = 1;
  for (Pending& p : pending) {
    if (p.removed) continue;
    const LexiconEntry& e = *p.entry;
    uint32_t type = lex.type_id(e.type);
    if (type == kNoWord) {
      type = static_cast<uint32_t>(lex.type_names_.size());
      lex.type_names_.push_back(e.type);
    }
    uint32_t id = static_cast<uint32_t>(lex.entries_.size());
    lex.entries_.push_back(
        CompiledEntry{e.phrase, type, e.attrs, e.origin,
                      static_cast<uint32_t>(p.norms.size())});
    uint32_t state = 0;
    for (const std::string& w : p.norms) {
      auto [vit, inserted] =
          lex.vocab_.try_emplace(w, static_cast<uint32_t>(lex.vocab_.size()));
      uint64_t key = (uint64_t{state} << 32) | vit->second;
      auto [tit, new_state] = lex.trie_.try_emplace(key, next_state);
      if (new_state) {
        ++next_state;
        accepts.emplace_back();
      }
      state = tit->second;
    }
    accepts[state].push_back(id);
    lex.max_len_ = std::max(lex.max_len_, p.norms.size());
    lex.entry_norms_.push_back(std::move(p.norms));
  }
  lex.accept_begin_.clear();
  for (const auto& a : accepts) {
    lex.accept_begin_.push_back(static_cast<uint32_t>(lex.accept_.size()));
    lex.accept_.insert(lex.accept_.end(), a.begin(), a.end());
  }
  lex.accept_begin_.push_back(static_cast<uint32_t>(lex.accept_.size()));
  return lex;
}

void PhraseLexicon::MapTokens(const TokenStream& tokens,
                              std::vector<uint32_t>* ids) const {
  ids->resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    auto it = vocab_.find(Av(tokens.norm(i)));
    (*ids)[i] = it == vocab_.end() ? kNoWord : it->second;
  }
}

void PhraseLexicon::Match(const std::vector<uint32_t>& ids,
                          std::vector<LexiconMatch>* out) const {
  const size_t n = ids.size();
  for (size_t i = 0; i < n; ++i) {
    uint32_t state = 0;
    for (size_t j = i; j < n && ids[j] != kNoWord; ++j) {
      state = Transition(state, ids[j]);
      if (state == 0) break;
      for (uint32_t a = accept_begin_[state]; a < accept_begin_[state + 1];
           ++a) {
        out->push_back(LexiconMatch{static_cast<uint32_t>(i),
                                    static_cast<uint32_t>(j + 1), accept_[a]});
      }
    }
  }
}

void PhraseLexicon::MatchNaive(const TokenStream& tokens,
                               std::vector<LexiconMatch>* out) const {
  const size_t n = tokens.size();
  std::vector<LexiconMatch> found;
  for (size_t i = 0; i < n; ++i) {
    found.clear();
    for (size_t e = 0; e < entries_.size(); ++e) {
      const auto& norms = entry_norms_[e];
      if (i + norms.size() > n) continue;
      bool ok = true;
      for (size_t k = 0; k < norms.size() && ok; ++k)
        ok = tokens.norm(i + k) == norms[k];
      if (ok) {
        found.push_back(LexiconMatch{static_cast<uint32_t>(i),
                                     static_cast<uint32_t>(i + norms.size()),
                                     static_cast<uint32_t>(e)});
      }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const LexiconMatch& a, const LexiconMatch& b) {
                       return a.end != b.end ? a.end < b.end
                                             : a.entry < b.entry;
                     });
    out->insert(out->end(), found.begin(), found.end());
  }
}

}  // namespace claimx::internal
