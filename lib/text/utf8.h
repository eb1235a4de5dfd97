// UTF-8 validation and decoding on the caller's bytes.
//
// Everything here works in place on a std::string_view: no copies, so byte
// offsets stay offsets into the caller's text. Invalid sequences are
// reported as U+FFFD with the length of the maximal invalid subsequence
// (the "substitution of maximal subparts" practice of Unicode ch. 3).
#ifndef CLAIMX_LIB_TEXT_UTF8_H_
#define CLAIMX_LIB_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimx::internal {

inline constexpr char32_t kReplacementChar = 0xFFFD;

struct DecodedChar {
  char32_t cp;     // the code point, kReplacementChar when invalid
  uint8_t length;  // bytes consumed, >= 1
  bool valid;
};

// Decodes the character starting at text[pos] (pos < text.size()).
inline DecodedChar DecodeUtf8(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  unsigned char c = s[pos];
  if (c < 0x80) return {c, 1, true};
  auto cont = [&](size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) {
    if (cont(pos + 1))
      return {char32_t((c & 0x1F) << 6 | (s[pos + 1] & 0x3F)), 2, true};
    return {kReplacementChar, 1, false};
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (pos + 1 >= n) return {kReplacementChar, 1, false};
    unsigned char c1 = s[pos + 1];
    bool ok1 = (c == 0xE0)   ? (c1 >= 0xA0 && c1 <= 0xBF)
               : (c == 0xED) ? (c1 >= 0x80 && c1 <= 0x9F)
                             : (c1 & 0xC0) == 0x80;
    if (!ok1) return {kReplacementChar, 1, false};
    if (!cont(pos + 2)) return {kReplacementChar, 2, false};
    return {char32_t((c & 0x0F) << 12 | (c1 & 0x3F) << 6 | (s[pos + 2] & 0x3F)),
            3, true};
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (pos + 1 >= n) return {kReplacementChar, 1, false};
    unsigned char c1 = s[pos + 1];
    bool ok1 = (c == 0xF0)   ? (c1 >= 0x90 && c1 <= 0xBF)
               : (c == 0xF4) ? (c1 >= 0x80 && c1 <= 0x8F)
                             : (c1 & 0xC0) == 0x80;
    if (!ok1) return {kReplacementChar, 1, false};
    if (!cont(pos + 2)) return {kReplacementChar, 2, false};
    if (!cont(pos + 3)) return {kReplacementChar, 3, false};
    return {char32_t((c & 0x07) << 18 | (c1 & 0x3F) << 12 |
                     (s[pos + 2] & 0x3F) << 6 | (s[pos + 3] & 0x3F)),
            4, true};
  }
  return {kReplacementChar, 1, false};
}

// Returns the byte offset of the first invalid sequence, or text.size() if
// the whole text is valid UTF-8. ASCII runs are checked 8 bytes at a time.
size_t FindInvalidUtf8(std::string_view text);

// Appends the UTF-8 encoding of cp to out.
void AppendUtf8(char32_t cp, std::string* out);

// Appends text to out, replacing each maximal invalid subsequence by U+FFFD.
void AppendValidUtf8(std::string_view text, std::string* out);

// Number of code points in text (invalid subsequences count as one each,
// matching what Python's decode(errors="replace") produces).
size_t CountCodePoints(std::string_view text);

// Writes to *out `text` with the diacritics of Latin letters removed
// ("bogotá" -> "bogota", "łódź" -> "lodz", "ștefan" -> "stefan"): each
// letter of Latin-1 Supplement, Latin Extended-A and Romanian's comma-below
// s and t becomes its ASCII base letter. Returns false, *out unspecified,
// when `text` has no such letter or has a non-ASCII character with no
// one-letter base (æ, œ, ß, þ, any other script): such a form has no
// plain spelling to look up instead.
bool StripLatinDiacritics(std::string_view text, std::string* out);

// The form words are matched by: `form` without its Latin diacritics when
// StripLatinDiacritics can remove them (written to *buf), else `form`.
inline std::string_view PlainForm(std::string_view form, std::string* buf) {
  return StripLatinDiacritics(form, buf) ? std::string_view(*buf) : form;
}

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_TEXT_UTF8_H_
