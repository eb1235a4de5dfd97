#include "text/utf8.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimx::internal {

size_t FindInvalidUtf8(std::string_view text) {
  const size_t n = text.size();
  const char* const p = text.data();
  size_t pos = 0;
  while (pos < n) {
    // ASCII runs 16 bytes (SSE2) or 8 bytes at a time; a non-ASCII byte is
    // decoded where the block's mask puts it.
#if defined(__SSE2__)
    while (pos + 16 <= n) {
      const __m128i v =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
      const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
      if (high != 0) {
        pos += static_cast<size_t>(__builtin_ctz(high));
        break;
      }
      pos += 16;
    }
#endif
    while (pos + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + pos, 8);
      const uint64_t high = word & 0x8080808080808080ull;
      if (high != 0) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        pos += static_cast<size_t>(__builtin_ctzll(high)) / 8;
#endif
        break;
      }
      pos += 8;
    }
    if (pos >= n) break;
    if (static_cast<unsigned char>(p[pos]) < 0x80) {
      ++pos;
      continue;
    }
    DecodedChar d = DecodeUtf8(text, pos);
    if (!d.valid) return pos;
    pos += d.length;
  }
  return n;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void AppendValidUtf8(std::string_view text, std::string* out) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t bad = pos + FindInvalidUtf8(text.substr(pos));
    out->append(text.data() + pos, bad - pos);
    if (bad >= text.size()) break;
    DecodedChar d = DecodeUtf8(text, bad);
    AppendUtf8(kReplacementChar, out);
    pos = bad + d.length;
  }
}

size_t CountCodePoints(std::string_view text) {
  size_t count = 0;
  for (size_t pos = 0; pos < text.size(); ++count) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    pos += c < 0x80 ? 1 : DecodeUtf8(text, pos).length;
  }
  return count;
}

}  // namespace claimx::internal
