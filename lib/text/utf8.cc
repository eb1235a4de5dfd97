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

namespace {

// U+00C0..U+017F -> base letter, 0 where there is none.
constexpr char kLatinBase[] =
    // U+00C0: ÀÁÂÃÄÅÆÇ ÈÉÊË ÌÍÎÏ ÐÑÒÓ ÔÕÖ× ØÙÚÛ ÜÝÞß
    "AAAAAA\0CEEEEIIIIDNOOOOO\0OUUUUY\0\0"
    // U+00E0: àáâãäåæç èéêë ìíîï ðñòó ôõö÷ øùúû üýþÿ
    "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y"
    // U+0100: Ā..ą, Ć..č, Ď..đ, Ē..ě
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEe"
    // U+011C: Ĝ..ģ, Ĥ..ħ, Ĩ..ı, Ĳĳ, Ĵĵ, Ķķĸ
    "GgGgGgGgHhHhIiIiIiIiIi\0\0JjKkk"
    // U+0139: Ĺ..ł, Ń..ŋ, Ō..ő, Œœ
    "LlLlLlLlLlNnNnNnnNnOoOoOo\0\0"
    // U+0154: Ŕ..ř, Ś..š, Ţ..ŧ, Ũ..ų, Ŵŵ, Ŷŷ Ÿ, Ź..ž, ſ
    "RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(sizeof(kLatinBase) - 1 == 0x180 - 0xC0,
              "one base letter per code point U+00C0..U+017F");

}  // namespace

bool StripLatinDiacritics(std::string_view text, std::string* out) {
  out->clear();
  bool changed = false;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    const DecodedChar d = DecodeUtf8(text, i);
    char base = 0;
    if (d.valid && d.cp >= 0xC0 && d.cp < 0x180) {
      base = kLatinBase[d.cp - 0xC0];
    } else if (d.valid && (d.cp == 0x218 || d.cp == 0x219)) {
      base = d.cp == 0x218 ? 'S' : 's';  // Ș ș
    } else if (d.valid && (d.cp == 0x21A || d.cp == 0x21B)) {
      base = d.cp == 0x21A ? 'T' : 't';  // Ț ț
    }
    if (base == 0) return false;
    out->push_back(base);
    changed = true;
    i += d.length;
  }
  return changed;
}

}  // namespace claimx::internal
