#include "lexicon/phrase_lexicon.h"

#include <algorithm>
#include <cstring>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "text/strings.h"

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
    for (size_t i = first; i < ts.size(); ++i) norms.emplace_back(ts.norm(i));
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
  std::vector<std::string> words(vocab.size());
  for (const auto& [w, id] : vocab) words[id] = w;
  std::vector<std::pair<uint64_t, uint32_t>> edges(trie.begin(), trie.end());
  std::sort(edges.begin(), edges.end());  // a layout independent of hashing
  lex.Freeze(words, edges);
  return lex;
}

namespace {
uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
uint32_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
// Equal bytes, for short words without a call into memcmp.
bool SameBytes(const char* a, const char* b, size_t n) {
  if (n >= 8) {
    for (; n > 8; n -= 8, a += 8, b += 8) {
      if (Load64(a) != Load64(b)) return false;
    }
    return Load64(a + n - 8) == Load64(b + n - 8);
  }
  if (n >= 4) {
    return Load32(a) == Load32(b) && Load32(a + n - 4) == Load32(b + n - 4);
  }
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}
size_t TableSize(size_t n) {
  size_t size = 16;
  while (size < 2 * n) size *= 2;  // load factor <= 1/2
  return size;
}

// The first min(8, size) bytes of w as a little-endian integer, zero-padded,
// without reading past the word: short words are one integer.
inline uint64_t WordHead(const char* p, size_t n) {
  if (n >= 8) return Load64(p);
  if (n >= 4) {
    // Two overlapping 4-byte loads; the shared bytes are equal, so OR keeps
    // them.
    return uint64_t{Load32(p)} | (uint64_t{Load32(p + n - 4)} << (8 * (n - 4)));
  }
  if (n == 0) return 0;
  return uint64_t{static_cast<unsigned char>(p[0])} |
         (uint64_t{static_cast<unsigned char>(p[n >> 1])} << (8 * (n >> 1))) |
         (uint64_t{static_cast<unsigned char>(p[n - 1])} << (8 * (n - 1)));
}

// The hash of a form from its first 8 bytes (head), its last 8 bytes (tail,
// 0 for a form of 8 bytes or less) and, over 16 bytes, the bytes between.
inline uint64_t HashForm(uint64_t seed, const char* p, size_t n, uint64_t head,
                         uint64_t tail) {
  // Two independent multiplies; for a short form, a bijection of head ^ n
  // (distinct words never hash alike), whose top bits pick the bucket.
  uint64_t h =
      (head ^ n ^ seed) * 0x9E3779B97F4A7C15ull + tail * 0xBF58476D1CE4E5B9ull;
  for (size_t k = 8; k + 8 < n; k += 8) {  // over 16 bytes only: rare
    h = (h ^ (h >> 31) ^ Load64(p + k)) * 0x94D049BB133111EBull;
  }
  return h;
}

// The perfect hash's slot: the bucket's displacement, then the top bits.
template <typename Table>
inline size_t SlotOf(const Table& t, uint64_t hash) {
  return static_cast<size_t>(((hash ^ t.displacement[hash >> t.bucket_shift]) *
                              0xD6E8FEB86659FD93ull) >>
                             t.slot_shift);
}

// The word id of the form p[0, n), given 8 readable bytes at p and the
// form's head.
template <typename Table>
inline uint32_t LookUp(const Table& t, const char* p, size_t n, uint64_t head) {
  // (Masks, not conditionals, which the compiler turns into branches that
  // mispredict on running text.)
  const uint64_t long_form = 0 - static_cast<uint64_t>(n > 8);
  const uint64_t tail = Load64(p + ((n - 8) & long_form)) & long_form;
  const auto& s = t.slots[SlotOf(t, HashForm(t.seed, p, n, head, tail))];
  // A form is its slot's word if the head and length agree and, over 8
  // bytes, the rest: no branch for the short forms.
  const bool same = (s.head == head) & (s.length == n);
  if (n > 8 && same) {
    return SameBytes(t.words + t.offsets[s.id] + 8, p + 8, n - 8) ? s.id
                                                                  : kNoWord;
  }
  return s.id | (static_cast<uint32_t>(same) - 1);  // kNoWord: all ones
}

}  // namespace

uint32_t PhraseLexicon::WordIdOf(std::string_view w) const {
  const WordTable t = word_table();
  const uint64_t tail = w.size() > 8 ? Load64(w.data() + w.size() - 8) : 0;
  const WordSlot& s =
      t.slots[SlotOf(t, HashForm(t.seed, w.data(), w.size(),
                                 WordHead(w.data(), w.size()), tail))];
  if (s.length != w.size() || s.id == kNoWord) return kNoWord;
  return std::string_view(words_).substr(word_offset_[s.id], w.size()) == w
             ? s.id
             : kNoWord;
}

bool PhraseLexicon::BuildWordTable(const std::vector<std::string>& words,
                                   uint64_t seed) {
  seed_ = seed;
  const size_t n = words.size();
  // Four to eight words a bucket (the displacements, 4 bytes each, stay in
  // the L1 cache), slots for 1.5 to 3 times the words.
  int bucket_bits = 1;
  while ((size_t{8} << bucket_bits) < n) ++bucket_bits;
  int slot_bits = 4;
  while ((size_t{2} << slot_bits) < 3 * n) ++slot_bits;
  bucket_shift_ = 64 - bucket_bits;
  slot_shift_ = 64 - slot_bits;
  displacement_.assign(size_t{1} << bucket_bits, 0);
  word_slots_.assign(size_t{1} << slot_bits, WordSlot{});
  std::vector<uint64_t> hash(n);
  std::vector<std::vector<uint32_t>> bucket(displacement_.size());
  for (size_t id = 0; id < n; ++id) {
    const std::string& w = words[id];
    const uint64_t tail = w.size() > 8 ? Load64(w.data() + w.size() - 8) : 0;
    hash[id] =
        HashForm(seed, w.data(), w.size(), WordHead(w.data(), w.size()), tail);
    bucket[hash[id] >> bucket_shift_].push_back(static_cast<uint32_t>(id));
  }
  // Largest buckets first, while most slots are free; ties by index, so the
  // layout depends on nothing but the words.
  std::vector<uint32_t> order(bucket.size());
  for (size_t b = 0; b < order.size(); ++b) order[b] = static_cast<uint32_t>(b);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return bucket[a].size() > bucket[b].size();
  });
  std::vector<size_t> taken;
  for (uint32_t b : order) {
    if (bucket[b].empty()) break;
    bool placed = false;
    for (uint64_t d = 0; d < (uint64_t{1} << 20) && !placed; ++d) {
      displacement_[b] = static_cast<uint32_t>(d * 0x9E3779B97F4A7C15ull);
      taken.clear();
      placed = true;
      for (uint32_t id : bucket[b]) {
        const size_t slot = SlotOf(word_table(), hash[id]);
        if (word_slots_[slot].length != 0 ||
            std::find(taken.begin(), taken.end(), slot) != taken.end()) {
          placed = false;
          break;
        }
        taken.push_back(slot);
      }
    }
    if (!placed) return false;
    for (size_t k = 0; k < taken.size(); ++k) {
      const uint32_t id = bucket[b][k];
      const std::string& w = words[id];
      word_slots_[taken[k]] = WordSlot{WordHead(w.data(), w.size()), id,
                                       static_cast<uint32_t>(w.size())};
    }
  }
  return true;
}

void PhraseLexicon::Freeze(
    const std::vector<std::string>& words,
    const std::vector<std::pair<uint64_t, uint32_t>>& edges) {
  words_.clear();
  word_offset_.clear();
  for (const std::string& w : words) {
    word_offset_.push_back(static_cast<uint32_t>(words_.size()));
    words_ += w;
  }
  // Words that hash alike (in practice never) are separated by a new seed.
  for (uint64_t seed = 0; !BuildWordTable(words, seed); ++seed) {
  }
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
  const size_t n = tokens.size();
  ids->resize(n);
  uint32_t* const out = ids->data();
  static constexpr uint64_t kKeep[9] = {0,
                                        0xFF,
                                        0xFFFF,
                                        0xFFFFFF,
                                        0xFFFFFFFF,
                                        0xFFFFFFFFFFull,
                                        0xFFFFFFFFFFFFull,
                                        0xFFFFFFFFFFFFFFull,
                                        ~uint64_t{0}};
  // The head of a form: with 8 readable bytes from its start (all but the
  // last few bytes of a buffer) one load and a mask instead of WordHead's
  // length cases, which would mispredict on running text.
  const WordTable t = word_table();
  auto map = [&](const char* p, size_t len, const char* end) {
    if (end - p >= 8) {
      return LookUp(t, p, len, Load64(p) & kKeep[len < 8 ? len : 8]);
    }
    return WordIdOf(std::string_view(p, len));
  };
  // Every token by its own bytes, then the tokens whose folded form differs
  // (a sixth of them) again by that form: cheaper than choosing per token,
  // a branch that would mispredict. No branch depends on a look-up's result,
  // so the table's cache misses of successive tokens overlap.
  const char* const text = tokens.text.data();
  const char* const text_end = text + tokens.text.size();
  const Token* const toks = tokens.tokens.data();
  for (size_t i = 0; i < n; ++i) {
    const Span s = toks[i].span;
    out[i] = map(text + s.begin, s.end - s.begin, text_end);
  }
  const char* const folded = tokens.norm_text.data();
  const char* const folded_end = folded + tokens.norm_text.size();
  for (const TokenStream::Folded& f : tokens.folded) {
    out[f.token] = map(folded + f.begin, f.end - f.begin, folded_end);
  }
}

void PhraseLexicon::MatchPhrases(const std::vector<uint32_t>& ids,
                                 std::vector<LexiconMatch>* out) const {
  const size_t n = ids.size();
  const uint32_t* accept_begin = accept_begin_.data();
  const uint32_t* accept = accept_.data();
  const uint8_t* has_edges = has_edges_.data();
  const uint64_t* pair_bits = pair_bits_.data();
  for (size_t i = 0; i + 1 < n; ++i) {
    // Phrases are rare: the common case is two loads and a bit test, a
    // branch that is almost never taken.
    const uint32_t first = ids[i];
    const size_t bit = PairBit(first, ids[i + 1]);
    if (((pair_bits[bit >> 6] >> (bit & 63)) & 1) == 0) continue;
    if (first == kNoWord) continue;
    uint32_t state = root_[first];
    for (size_t j = i + 1; has_edges[state] && j < n && ids[j] != kNoWord;) {
      state = Transition(state, ids[j]);
      if (state == 0) break;
      ++j;
      for (uint32_t a = accept_begin[state]; a < accept_begin[state + 1]; ++a) {
        out->push_back(LexiconMatch{static_cast<uint32_t>(i),
                                    static_cast<uint32_t>(j), accept[a]});
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
