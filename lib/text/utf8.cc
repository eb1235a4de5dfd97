#include "text/utf8.h"

#include <cstring>

namespace claimx::internal {

size_t FindInvalidUtf8(std::string_view text) {
  const size_t n = text.size();
  size_t pos = 0;
  while (pos < n) {
    if (pos + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, text.data() + pos, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        pos += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
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
