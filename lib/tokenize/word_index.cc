#include "tokenize/word_index.h"

#include <algorithm>

namespace claimx::internal {
namespace {

// A form's key (its first 16 bytes, zero-padded) and full hash, as Find16
// computes them for short forms.
struct Hashed {
  WordIndex::Key key;
  uint64_t hash;
};

Hashed HashOf(uint64_t seed, const char* p, size_t n) {
  char head[16] = {};
  std::memcpy(head, p, std::min<size_t>(n, 16));
  Hashed h;
  std::memcpy(&h.key.lo, head, 8);
  std::memcpy(&h.key.hi, head + 8, 8);
  h.hash = WordIndex::HashHead(seed, h.key.lo, h.key.hi);
  for (size_t k = 16; k < n; k += 8) {  // over 16 bytes only: rare
    uint64_t chunk = 0;
    std::memcpy(&chunk, p + k, std::min<size_t>(n - k, 8));
    h.hash = (h.hash ^ (h.hash >> 31) ^ chunk) * 0x94D049BB133111EBull;
  }
  return h;
}

}  // namespace

uint64_t WordIndex::HashForm(uint64_t seed, const char* p, size_t n) {
  return HashOf(seed, p, n).hash;
}

uint32_t WordIndex::Probe::Find(const char* p, size_t n, uint64_t* hash) const {
  const Hashed h = HashOf(seed, p, n);
  *hash = h.hash;
  const size_t slot = SlotOf(h.hash);
  const uint32_t id = ids[slot];
  if (id == kNoWord || keys[slot].lo != h.key.lo || keys[slot].hi != h.key.hi)
    return kNoWord;
  // Any form: the word's length and bytes decide (a NUL byte, or more than
  // 16 bytes).
  if (offsets[id + 1] - offsets[id] != n ||
      std::memcmp(words + offsets[id], p, n) != 0) {
    return kNoWord;
  }
  return id;
}

void WordIndex::Build(const std::vector<std::string>& words) {
  words_.clear();
  offsets_.clear();
  for (const std::string& w : words) {
    offsets_.push_back(static_cast<uint32_t>(words_.size()));
    words_ += w;
  }
  offsets_.push_back(static_cast<uint32_t>(words_.size()));
  // Words that hash alike (in practice never) are separated by a new seed.
  for (uint64_t seed = 0; !TryBuild(words, seed); ++seed) {
  }
  for (int c = 0; c < 256; ++c) {
    const char b = static_cast<char>(c);
    byte_ids_[c] = Find(std::string_view(&b, 1));
  }
}

bool WordIndex::TryBuild(const std::vector<std::string>& words, uint64_t seed) {
  seed_ = seed;
  const size_t n = words.size();
  // Four to eight words a bucket (the displacements, 4 bytes each, stay in
  // the L1 cache), slots for 1.25 to 2.5 times the words (a load of at most
  // 0.8: the keys, 16 bytes a slot, are what the tokenizer's probes read, so
  // the table stays as small as placement allows).
  int bucket_bits = 1;
  while ((size_t{8} << bucket_bits) < n) ++bucket_bits;
  int slot_bits = 4;
  while ((size_t{4} << slot_bits) < 5 * n) ++slot_bits;
  bucket_shift_ = 64 - bucket_bits;
  slot_shift_ = 64 - slot_bits;
  displacement_.assign(size_t{1} << bucket_bits, 0);
  keys_.assign(size_t{1} << slot_bits, Key{});
  ids_.assign(size_t{1} << slot_bits, kNoWord);
  std::vector<Hashed> hashed(n);
  std::vector<std::vector<uint32_t>> bucket(displacement_.size());
  for (size_t id = 0; id < n; ++id) {
    hashed[id] = HashOf(seed, words[id].data(), words[id].size());
    bucket[hashed[id].hash >> bucket_shift_].push_back(
        static_cast<uint32_t>(id));
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
        const size_t slot = probe().SlotOf(hashed[id].hash);
        if (ids_[slot] != kNoWord ||
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
      keys_[taken[k]] = hashed[id].key;
      ids_[taken[k]] = id;
    }
  }
  return true;
}

}  // namespace claimx::internal
