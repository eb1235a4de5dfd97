#include "lexicon/phrase_lexicon.h"

#include <algorithm>
#include <cstring>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "text/strings.h"
#include "text/utf8.h"

namespace claimx::internal {
namespace {

// An apostrophe (ASCII or U+2019) and a letter: "'s", "’ve", "'ll".
bool StartsWithClitic(std::string_view phrase) {
  size_t n = 0;
  if (phrase.substr(0, 1) == "'") n = 1;
  if (phrase.substr(0, 3) == "\xE2\x80\x99") n = 3;
  return n > 0 && phrase.size() > n &&
         ((phrase[n] >= 'a' && phrase[n] <= 'z') ||
          (phrase[n] >= 'A' && phrase[n] <= 'Z'));
}

}  // namespace

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
    std::vector<LexiconEntry> entries, const Tokenizer& tokenizer,
    const std::vector<std::string_view>& extra_words) {
  // Resolve overrides and removals first, keyed by folded phrase.
  struct Pending {
    LexiconEntry* entry;
    std::vector<std::string> norms;
    std::string key;
    bool removed = false;
  };
  std::vector<Pending> pending;
  absl::flat_hash_map<std::string, size_t> by_phrase_type;
  TokenStream ts;
  for (LexiconEntry& e : entries) {
    // An entry that starts with a clitic ("'ve", "’s") is tokenized as it
    // appears in text, glued to a word; alone, its apostrophe would be a
    // quotation mark. The word is dropped again.
    size_t first = 0;
    // Tokens point into the text they came from: `glued` outlives `ts`'s use.
    std::string glued;
    if (StartsWithClitic(e.phrase)) {
      glued = absl::StrCat("x", Av(e.phrase));
      tokenizer.Tokenize(glued, TokenizerConfig{}, &ts);
      first = ts.size() > 1 && ts.norm(0) == "x" ? 1 : 0;
    }
    if (first == 0) tokenizer.Tokenize(e.phrase, TokenizerConfig{}, &ts);
    if (ts.size() == first) {
      return absl::InvalidArgumentError(
          absl::StrCat(e.origin, ": phrase '", e.phrase, "' has no tokens"));
    }
    std::vector<std::string> norms;
    // (Words are matched without their Latin diacritics, as the tokenizer
    // looks them up: "Bogotá" and "Bogota" are one word.)
    std::string plain;
    for (size_t i = first; i < ts.size(); ++i)
      norms.emplace_back(PlainForm(ts.norm(i), &plain));
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
  absl::flat_hash_map<std::string, uint32_t> vocab;
  absl::flat_hash_map<uint64_t, uint32_t> trie;  // (state, word) -> state
  uint32_t next_state = 1;
  for (Pending& p : pending) {
    if (p.removed) continue;
    LexiconEntry& e = *p.entry;
    uint32_t type = lex.type_id(e.type);
    if (type == kNoWord) {
      type = static_cast<uint32_t>(lex.type_names_.size());
      lex.type_names_.push_back(e.type);
    }
    uint32_t id = static_cast<uint32_t>(lex.entries_.size());
    lex.entries_.push_back(CompiledEntry{
        std::move(e.phrase), type, std::move(e.attrs), std::move(e.origin),
        static_cast<uint32_t>(p.norms.size())});
    uint32_t state = 0;
    for (const std::string& w : p.norms) {
      auto [vit, inserted] =
          vocab.try_emplace(w, static_cast<uint32_t>(vocab.size()));
      uint64_t key = (uint64_t{state} << 32) | vit->second;
      auto [tit, new_state] = trie.try_emplace(key, next_state);
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
  // The extra words come after the phrases' words (whose ids stay as they
  // are), each with no trie state: root_ 0, no entry, no phrase.
  lex.phrase_words_ = vocab.size();
  for (std::string_view w : extra_words)
    vocab.try_emplace(std::string(w), static_cast<uint32_t>(vocab.size()));
  std::vector<std::string> words(vocab.size());
  for (const auto& [w, id] : vocab) words[id] = w;
  std::vector<std::pair<uint64_t, uint32_t>> edges(trie.begin(), trie.end());
  std::sort(edges.begin(), edges.end());  // a layout independent of hashing
  lex.Freeze(words, edges);
  return lex;
}

namespace {
size_t TableSize(size_t n) {
  size_t size = 16;
  while (size < 2 * n) size *= 2;  // load factor <= 1/2
  return size;
}
}  // namespace

void PhraseLexicon::Freeze(
    const std::vector<std::string>& words,
    const std::vector<std::pair<uint64_t, uint32_t>>& edges) {
  index_.Build(words);
  root_.assign(words.size(), 0);
  size_t inner = 0;
  for (const auto& [key, next] : edges) {
    if ((key >> 32) == 0) {
      root_[static_cast<uint32_t>(key)] = next;
    } else {
      ++inner;
    }
  }
  has_edges_.assign(accept_begin_.size() - 1, 0);
  for (const auto& [key, next] : edges) {
    has_edges_[static_cast<uint32_t>(key >> 32)] = 1;
  }
  has_edges_[0] = 0;  // the root's edges are root_; a walk never returns to it
  edges_.assign(TableSize(inner), EdgeSlot{});
  int bits = 0;
  while ((size_t{1} << bits) < edges_.size()) ++bits;
  edge_shift_ = 64 - bits;
  const size_t emask = edges_.size() - 1;
  for (const auto& [key, next] : edges) {
    if ((key >> 32) == 0) continue;
    size_t i = HashEdge(key) >> edge_shift_;
    while (edges_[i].key != ~uint64_t{0}) i = (i + 1) & emask;
    edges_[i] = EdgeSlot{key, next};
  }
  // The pair filter: the first two words of every phrase, that is the
  // edges leaving the states the root leads to. About 32 bits a pair keeps
  // false positives near 3%.
  std::vector<uint32_t> first_of(accept_begin_.size() - 1, kNoWord);
  size_t pairs = 0;
  for (const auto& [key, next] : edges) {
    if ((key >> 32) == 0) first_of[next] = static_cast<uint32_t>(key);
  }
  for (const auto& [key, next] : edges) {
    if ((key >> 32) != 0 && first_of[key >> 32] != kNoWord) ++pairs;
  }
  int pbits = 6;
  while ((size_t{1} << pbits) < 32 * pairs) ++pbits;
  pair_shift_ = 64 - pbits;
  pair_bits_.assign((size_t{1} << pbits) / 64, 0);
  for (const auto& [key, next] : edges) {
    const uint32_t state = static_cast<uint32_t>(key >> 32);
    if (state == 0 || first_of[state] == kNoWord) continue;
    const size_t bit = PairBit(first_of[state], static_cast<uint32_t>(key));
    pair_bits_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
}

void PhraseLexicon::MapTokens(const TokenStream& tokens,
                              std::vector<uint32_t>* ids) const {
  // Every token by its folded form without Latin diacritics (PlainForm),
  // one by one: the reference for the word ids Tokenizer::Tokenize makes
  // with word_index().
  const size_t n = tokens.size();
  ids->resize(n);
  const WordIndex::Probe t = index_.probe();
  std::string plain;
  for (size_t i = 0; i < n; ++i) {
    const std::string_view form = PlainForm(tokens.norm(i), &plain);
    (*ids)[i] = t.Find(form.data(), form.size());
  }
}

void PhraseLexicon::MatchPhrases(const std::vector<uint32_t>& ids,
                                 std::vector<LexiconMatch>* out) const {
  const size_t n = ids.size();
  if (n < 2) return;
  // Phrases are rare: the scan tests each pair of neighbouring word ids
  // against the filter of phrases' first two words, with everything it
  // reads in locals (the walk's appends to *out would otherwise make the
  // compiler reload them) and the previous id carried over; the walk is
  // out of line.
  const uint32_t* const id = ids.data();
  const uint64_t* const pair_bits = pair_bits_.data();
  const int pair_shift = pair_shift_;
  uint32_t first = id[0];
  for (size_t i = 0; i + 1 < n; ++i) {
    const uint32_t second = id[i + 1];
    const size_t bit = static_cast<size_t>(
        (((uint64_t{first} << 32) | second) * kPairMultiplier) >> pair_shift);
    if (((pair_bits[bit >> 6] >> (bit & 63)) & 1) != 0 && first != kNoWord) {
      WalkFrom(id, n, i, out);
    }
    first = second;
  }
}

void PhraseLexicon::WalkFrom(const uint32_t* ids, size_t n, size_t i,
                             std::vector<LexiconMatch>* out) const {
  uint32_t state = root_[ids[i]];
  for (size_t j = i + 1; has_edges_[state] && j < n && ids[j] != kNoWord;) {
    state = Transition(state, ids[j]);
    if (state == 0) break;
    ++j;
    for (uint32_t a = accept_begin_[state]; a < accept_begin_[state + 1]; ++a) {
      out->push_back(LexiconMatch{static_cast<uint32_t>(i),
                                  static_cast<uint32_t>(j), accept_[a]});
    }
  }
}

void PhraseLexicon::MatchNaive(const TokenStream& tokens,
                               std::vector<LexiconMatch>* out) const {
  const size_t n = tokens.size();
  std::vector<LexiconMatch> found;
  std::string plain;
  for (size_t i = 0; i < n; ++i) {
    found.clear();
    for (size_t e = 0; e < entries_.size(); ++e) {
      const auto& norms = entry_norms_[e];
      if (i + norms.size() > n) continue;
      bool ok = true;
      for (size_t k = 0; k < norms.size() && ok; ++k)
        ok = PlainForm(tokens.norm(i + k), &plain) == norms[k];
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

RuleWordIds::RuleWordIds(const PhraseLexicon& lexicon,
                         const std::string_view* words, size_t n)
    : words_(words) {
  const size_t vocab = lexicon.vocabulary_size();
  ids_.resize(n);
  for (size_t w = 0; w < n; ++w) {
    uint32_t id = lexicon.word_index().Find(words[w]);
    if (id == kNoWord) {
      id = static_cast<uint32_t>(vocab + missing_.size());
      missing_.push_back(static_cast<uint32_t>(w));
    }
    ids_[w] = id;
  }
}

const uint32_t* RuleWordIds::TokenIds(const TokenStream& ts,
                                      const std::vector<uint32_t>& word_ids,
                                      std::vector<uint32_t>* own) const {
  if (missing_.empty()) return word_ids.data();
  own->assign(word_ids.begin(), word_ids.end());
  for (size_t k = 0; k < own->size(); ++k) {
    if ((*own)[k] != kNoWord) continue;
    const std::string_view norm = ts.norm(k);
    for (const uint32_t w : missing_) {
      if (norm == words_[w]) (*own)[k] = ids_[w];
    }
  }
  return own->data();
}

}  // namespace claimx::internal
