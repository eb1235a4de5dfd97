// WordIndex: case-folded word form -> word id, a perfect hash.
//
// The lexicon builds one over the words of its phrases (PhraseLexicon
// Compile) and the tokenizer probes it as it emits each token, while the
// token's bytes are still in registers, so that no second pass over the
// tokens reloads their spans and text (Tokenizer::Tokenize's `words`).
//
// A form's 64-bit hash picks a bucket, whose displacement (chosen at Build
// so that no two words share a slot) picks the form's only slot: a look-up
// reads one displacement and one slot and decides without a branch on the
// outcome, so the cache misses of successive tokens overlap. Each slot
// holds its word's first 16 bytes, zero-padded (its key), and the word's id
// beside it in a parallel array. Forms never contain a NUL byte (the
// tokenizer makes every control character a space), so for a form of up to
// 15 bytes an equal key is an equal form: most words are found or rejected
// by one 16-byte compare. Longer forms are checked against the word's bytes.
//
// Immutable after Build; every method is const and thread-safe.
#ifndef CLAIMX_LIB_TOKENIZE_WORD_INDEX_H_
#define CLAIMX_LIB_TOKENIZE_WORD_INDEX_H_

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace claimx::internal {

inline constexpr uint32_t kNoWord = 0xFFFFFFFFu;

class WordIndex {
 public:
  // A slot's key: the first 16 bytes of its word, zero-padded (all zero: an
  // empty slot).
  struct alignas(16) Key {
    uint64_t lo = 0, hi = 0;
  };

  // Word ids are positions in `words`, which must be distinct and contain
  // no NUL byte.
  void Build(const std::vector<std::string>& words);

  // The word id of any form, kNoWord if it is no word.
  uint32_t Find(std::string_view form) const {
    return probe().Find(form.data(), form.size());
  }

  // The look-up's tables as plain values: a caller's hot loop copies one
  // into a local, so that its fields stay in registers or on the stack
  // instead of being reloaded through the index after every store the
  // compiler cannot tell apart from them.
  struct Probe {
    uint64_t seed;
    const uint32_t* displacement;
    const Key* keys;
    const uint32_t* ids;      // per slot; kNoWord: empty
    const char* words;        // every word's bytes, in id order
    const uint32_t* offsets;  // word id -> its bytes; one more at the end
    const uint32_t* byte_ids;
    int bucket_shift;
    int slot_shift;

    // The word id of any form p[0, n).
    uint32_t Find(const char* p, size_t n) const {
      uint64_t hash;
      return Find(p, n, &hash);
    }
    // Find, and *hash = HashForm(seed, p, n) (the tokenizer keeps it for
    // the folded forms: TokenStream::Folded::hash).
    uint32_t Find(const char* p, size_t n, uint64_t* hash) const;

#if defined(__SSE2__)
    // The word id of the form whose bytes are the first n of `form`, the
    // other bytes zero, n < 16, no NUL byte among the n (so the bytes tell
    // n): the tokenizer's ASCII words, lower-cased and masked in a register.
    [[gnu::always_inline]] uint32_t Find16(__m128i form) const {
      uint64_t hash;
      return Find16(form, &hash);
    }
    // Find16, and *hash = the form's HashForm (computed for the look-up
    // anyway).
    [[gnu::always_inline]] uint32_t Find16(__m128i form, uint64_t* hash) const {
      const uint64_t lo = static_cast<uint64_t>(_mm_cvtsi128_si64(form));
      const uint64_t hi = static_cast<uint64_t>(
          _mm_cvtsi128_si64(_mm_unpackhi_epi64(form, form)));
      *hash = Hash(lo, hi);
      const size_t slot = SlotOf(*hash);
      const unsigned same =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(
              _mm_load_si128(reinterpret_cast<const __m128i*>(keys + slot)),
              form)));
      // Branch-free: kNoWord (all ones) unless the key is the form.
      return ids[slot] | (static_cast<uint32_t>(same != 0xFFFF) * kNoWord);
    }
#endif

    // The word id of a one-byte form, from a table: punctuation.
    uint32_t FindByte(unsigned char c) const { return byte_ids[c]; }

    // The hash of a form from its bytes [0, 8) (lo) and [8, 16) (hi),
    // zero-padded (no length: forms hold no NUL byte, so the padding tells
    // lengths apart); HashOf (word_index.cc) mixes in the bytes after 16.
    uint64_t Hash(uint64_t lo, uint64_t hi) const {
      return HashHead(seed, lo, hi);
    }
    // The slot: the bucket's displacement, then the top bits.
    size_t SlotOf(uint64_t hash) const {
      return static_cast<size_t>(((hash ^ displacement[hash >> bucket_shift]) *
                                  0xD6E8FEB86659FD93ull) >>
                                 slot_shift);
    }
  };
  Probe probe() const {
    return Probe{
        seed_,         displacement_.data(), keys_.data(),     ids_.data(),
        words_.data(), offsets_.data(),      byte_ids_.data(), bucket_shift_,
        slot_shift_};
  }

  // The 64-bit hash of any form p[0, n) under `seed` (probe().seed): what
  // a look-up computes, so that the tokenizer can hand it on for the forms
  // it looked up (TokenStream::Folded::hash) and a later stage can compute
  // the same value for any other form (TokenStream::FormHash).
  static uint64_t HashForm(uint64_t seed, const char* p, size_t n);
  // The hash of a form of up to 16 bytes from its bytes [0, 8) (lo) and
  // [8, 16) (hi), zero-padded: two independent multiplies; for a form of
  // up to 8 bytes, a bijection of lo (distinct words never hash alike),
  // whose top bits pick the bucket. HashForm mixes in the bytes after 16.
  static uint64_t HashHead(uint64_t seed, uint64_t lo, uint64_t hi) {
    return (lo ^ seed) * 0x9E3779B97F4A7C15ull + hi * 0xBF58476D1CE4E5B9ull;
  }

  size_t size() const { return offsets_.size() - 1; }
  // The table's slots: 1.25 to 2.5 times size(), at least 16.
  size_t slots() const { return ids_.size(); }

 private:
  // Builds the perfect hash with `seed`; false if two words hash alike.
  bool TryBuild(const std::vector<std::string>& words, uint64_t seed);

  static constexpr std::array<uint32_t, 256> NoBytes() {
    std::array<uint32_t, 256> a{};
    for (uint32_t& x : a) x = kNoWord;
    return a;
  }

  // Until Build: an index of no words (two buckets, two empty slots).
  uint64_t seed_ = 0;
  std::vector<uint32_t> displacement_ = std::vector<uint32_t>(2);  // buckets
  int bucket_shift_ = 63;                        // 64 - log2(buckets)
  std::vector<Key> keys_ = std::vector<Key>(2);  // a power of two
  std::vector<uint32_t> ids_ = std::vector<uint32_t>(2, kNoWord);
  int slot_shift_ = 63;  // 64 - log2(slots)
  std::string words_;
  std::vector<uint32_t> offsets_ = std::vector<uint32_t>(1, 0);
  std::array<uint32_t, 256> byte_ids_ = NoBytes();  // one-byte forms
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_TOKENIZE_WORD_INDEX_H_
