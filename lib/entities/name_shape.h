// Word-shape tests the entity stage runs on each capitalized word, kept
// apart so that tests can compare the fast forms with their plain references.
#ifndef CLAIMX_LIB_ENTITIES_NAME_SHAPE_H_
#define CLAIMX_LIB_ENTITIES_NAME_SHAPE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimx::internal {

// Reference for ParticleCapital: "al-Assad", "bin-Salman", "d'Alembert": a
// hyphen or apostrophe at byte 1..3, then an ASCII capital; false for words
// under 4 bytes.
inline bool ParticleCapitalReference(const char* w, size_t n) {
  if (n < 4) return false;
  for (size_t k = 1; k <= 3 && k + 1 < n; ++k) {
    if ((w[k] == '-' || w[k] == '\'') && w[k + 1] >= 'A' && w[k + 1] <= 'Z')
      return true;
  }
  return false;
}

// ParticleCapitalReference in a few word operations and no branch (it runs
// on words with a capital; early exits mispredict): bytes 1..4 of the word in
// one 32-bit load, a byte mask of the marks and one of the capitals, shifted
// onto each other. `w` has n >= 1 bytes; reads stay inside them.
inline bool ParticleCapital(const char* w, size_t n) {
  static constexpr char kNothing[4] = {};
  const char* p = n >= 5 ? w + 1 : (n == 4 ? w : kNothing);
  uint32_t x;
  std::memcpy(&x, p, 4);  // little-endian: byte k is w[k + 1] (n >= 5)
  // Four bytes: w[1] w[2] w[3] w[3]; the repeated last byte cannot be a mark
  // after itself as a capital.
  const uint32_t shifted = (x >> 8) | (x & 0xFF000000u);
  x = n >= 5 ? x : shifted;
  constexpr uint32_t k7f = 0x7F7F7F7Fu, k80 = 0x80808080u;
  const uint32_t low = x & k7f;
  // A byte's high bit set in `nonzero_*` when the byte differs from the mark.
  const uint32_t dash = x ^ 0x2D2D2D2Du, apos = x ^ 0x27272727u;
  const uint32_t nonzero_dash = ((dash & k7f) + k7f) | dash;
  const uint32_t nonzero_apos = ((apos & k7f) + k7f) | apos;
  const uint32_t mark = ~(nonzero_dash & nonzero_apos) & k80;
  // 'A' (0x41) .. 'Z' (0x5A), ASCII only (high bit clear).
  const uint32_t upper = (low + 0x3F3F3F3Fu) & ~(low + 0x25252525u) & ~x & k80;
  return (mark & (upper >> 8) & 0x00808080u) != 0;
}

// w.rfind('-'). A word of up to 16 bytes with 16 readable bytes from its
// start (`end` bounds the buffer) is one SSE2 compare (a capitalized word
// runs this, and few have a hyphen; a quarter are over 8 bytes, which a
// byte loop would scan); without SSE2, or near the buffer's end, a word of
// up to 8 bytes with 8 readable bytes is one load and a few word
// operations.
inline size_t LastDash(std::string_view w, const char* end) {
#if defined(__SSE2__)
  if (w.size() <= 16 && end - w.data() >= 16) {
    const __m128i x =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(w.data()));
    uint32_t m = static_cast<uint32_t>(
        _mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('-'))));
    m &= (uint32_t{1} << w.size()) - 1;  // bit k: w[k] == '-'
    if (m == 0) return std::string_view::npos;
    return static_cast<size_t>(31 - __builtin_clz(m));
  }
#endif
  if (w.size() > 8 || end - w.data() < 8) return w.rfind('-');
  uint64_t x;
  std::memcpy(&x, w.data(), 8);  // little-endian: byte k is w[k]
  constexpr uint64_t k7f = 0x7F7F7F7F7F7F7F7Full;
  const uint64_t y = x ^ 0x2D2D2D2D2D2D2D2Dull;  // zero where '-'
  // High bit of each zero byte of y, exactly (no borrow between bytes).
  uint64_t z = ~(((y & k7f) + k7f) | y | k7f);
  if (w.size() < 8) z &= (uint64_t{1} << (8 * w.size())) - 1;
  if (z == 0) return std::string_view::npos;
  return static_cast<size_t>((63 - __builtin_clzll(z)) / 8);
}

// The first k in [1, w.size()) with w[k] outside 'a'..'z', or w.size():
// where CamelCase's lower-case run after the first letter ends. A word of up
// to 16 bytes with 16 readable bytes from its start (`end` bounds the
// buffer) is one SSE2 compare (a single-word unknown name runs this, and
// most are all lower case after their capital); otherwise a byte loop.
inline size_t FirstNonLower(std::string_view w, const char* end) {
#if defined(__SSE2__)
  if (w.size() <= 16 && end - w.data() >= 16) {
    const __m128i x =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(w.data()));
    // 'a'..'z' moved to the bottom of the signed range, -128..-103.
    const __m128i shifted =
        _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - 'a')));
    const uint32_t lower = static_cast<uint32_t>(_mm_movemask_epi8(
        _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-102)))));
    // Bit k: w[k] is no lower-case letter, for 1 <= k < size (bit size set:
    // the end).
    const uint32_t other =
        (~lower & ((uint32_t{1} << w.size()) - 1) & ~uint32_t{1}) |
        (uint32_t{1} << w.size());
    return static_cast<size_t>(__builtin_ctz(other));
  }
#endif
  size_t k = 1;
  while (k < w.size() && w[k] >= 'a' && w[k] <= 'z') ++k;
  return w.empty() ? 0 : k;
}

// a == b, inline for strings of up to 16 bytes (names' words and most
// names): overlapping 8- or 4-byte loads from either end, every one inside
// the strings (memcmp is a call, and the compares here are mostly of short
// strings that are equal); longer ones through memcmp.
[[gnu::always_inline]] inline bool SameBytes(std::string_view a,
                                             std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  if (n >= 8) {
    if (n > 16) return std::memcmp(p, q, n) == 0;
    uint64_t p0, p1, q0, q1;
    std::memcpy(&p0, p, 8);
    std::memcpy(&p1, p + n - 8, 8);
    std::memcpy(&q0, q, 8);
    std::memcpy(&q1, q + n - 8, 8);
    return ((p0 ^ q0) | (p1 ^ q1)) == 0;
  }
  if (n >= 4) {
    uint32_t p0, p1, q0, q1;
    std::memcpy(&p0, p, 4);
    std::memcpy(&p1, p + n - 4, 4);
    std::memcpy(&q0, q, 4);
    std::memcpy(&q1, q + n - 4, 4);
    return ((p0 ^ q0) | (p1 ^ q1)) == 0;
  }
  bool same = true;
  for (size_t k = 0; k < n; ++k) same &= p[k] == q[k];
  return same;
}

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_ENTITIES_NAME_SHAPE_H_
