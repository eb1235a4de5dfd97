#include "tokenize/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "text/strings.h"
#include "text/utf8.h"

namespace claimx::internal {
namespace {

// ---------------------------------------------------------------------------
// Character classes.

enum class CharClass : uint8_t {
  kSpace,        // whitespace, controls, invisible separators
  kNewline,      // \n, U+2028/2029, U+0085 (a line break)
  kLetter,       // letters and marks of scripts written with spaces
  kNoSpace,      // letters of scripts written without spaces
  kDigit,        // decimal digits
  kJoiner,       // soft hyphen, ZWJ, ZWNJ: inside words only
  kOtherNumber,  // ½ ² (No/Nl)
  kPunct,        // other punctuation
  kOpen,         // opening brackets
  kClose,        // closing brackets
  kOpenQuote,    // “ ‘ « „
  kCloseQuote,   // ” »
  kApostrophe,   // ' and ’ (context decides)
  kDoubleQuote,  // " (context decides)
  kDash,         // — – ― and -
  kSymbol,       // $ % & + = ...
  kEmoji,        // Extended_Pictographic, regional indicators
  kInvalid,      // invalid UTF-8 or unassigned
};

constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kSymbol;
    if (c < 32 || c == 127) k = CharClass::kSpace;
    if (c == ' ') k = CharClass::kSpace;
    if (c == '\n') k = CharClass::kNewline;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
      k = CharClass::kLetter;
    if (c >= '0' && c <= '9') k = CharClass::kDigit;
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?') {
      k = CharClass::kPunct;
    }
    if (c == '(' || c == '[' || c == '{') k = CharClass::kOpen;
    if (c == ')' || c == ']' || c == '}') k = CharClass::kClose;
    if (c == '\'') k = CharClass::kApostrophe;
    if (c == '"') k = CharClass::kDoubleQuote;
    if (c == '-') k = CharClass::kDash;
    t[c] = k;
  }
  return t;
}
constexpr std::array<CharClass, 128> kAscii = MakeAsciiTable();

// Shape bits of every byte value, for the ASCII fast paths of ScanWord and
// Emit: 0 = ASCII that is neither letter nor digit.
constexpr uint8_t kShapeDigit = 1, kShapeUpper = 2, kShapeLower = 4,
                  kShapeNonAscii = 8;
constexpr uint8_t kShapeAlnum = kShapeDigit | kShapeUpper | kShapeLower;
constexpr std::array<uint8_t, 256> MakeByteShape() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= '0' && c <= '9') t[c] = kShapeDigit;
    if (c >= 'A' && c <= 'Z') t[c] = kShapeUpper;
    if (c >= 'a' && c <= 'z') t[c] = kShapeLower;
    if (c >= 0x80) t[c] = kShapeNonAscii;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kByteShape = MakeByteShape();

// What the hot loop of TokenizerRun::Run does with a byte that starts a
// token; kFastGeneral sends it to the general Step().
enum FastClass : uint8_t {
  kFastGeneral,
  kFastSpace,       // ASCII blanks and controls other than \n and \r
  kFastNewline,     // \n
  kFastLetter,      // A-Z a-z
  kFastDigit,       // 0-9
  kFastPunct,       // , ; :
  kFastOpen,        // ( [ {
  kFastClose,       // ) ] }
  kFastPeriod,      // .
  kFastBang,        // ! ?
  kFastDash,        // -
  kFastQuote,       // "
  kFastApostrophe,  // '
  kFastSymbol,      // ASCII symbols other than @ and #: $ % & * + / ...
  kFastMulti,       // 0xC2, 0xE2: perhaps £, €, a dash, a quote or …
};
constexpr std::array<uint8_t, 256> MakeFastClass() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    uint8_t k = kFastGeneral;
    if ((c < 32 && c != '\n' && c != '\r') || c == ' ' || c == 127)
      k = kFastSpace;
    if (c == '\n') k = kFastNewline;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k = kFastLetter;
    if (c >= '0' && c <= '9') k = kFastDigit;
    if (c == ',' || c == ';' || c == ':') k = kFastPunct;
    if (c == '(' || c == '[' || c == '{') k = kFastOpen;
    if (c == ')' || c == ']' || c == '}') k = kFastClose;
    if (c == '.') k = kFastPeriod;
    if (c == '!' || c == '?') k = kFastBang;
    if (c == '-') k = kFastDash;
    if (c == '"') k = kFastQuote;
    if (c == '\'') k = kFastApostrophe;
    if (kAscii[c] == CharClass::kSymbol && c != '@' && c != '#')
      k = kFastSymbol;  // '@' handles, '#' hashtags: the general way
    t[c] = k;
  }
  t[0xC2] = t[0xE2] = kFastMulti;
  return t;
}
constexpr std::array<uint8_t, 256> kFastClass = MakeFastClass();

// ASCII bytes before a '"' that make it an opening quote (as
// TokenizerRun::PrevIsOpeningContext): spaces, line breaks, opening brackets,
// dashes, '"' and ':'.
constexpr std::array<bool, 128> MakeOpensQuote() {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) {
    const CharClass k = kAscii[c];
    t[c] = k == CharClass::kSpace || k == CharClass::kNewline ||
           k == CharClass::kOpen || k == CharClass::kDash ||
           k == CharClass::kDoubleQuote || c == ':';
  }
  return t;
}
constexpr std::array<bool, 128> kOpensQuote = MakeOpensQuote();

// The byte after an ASCII letter/digit run: 0 ends a word plainly; otherwise
// TokenizerRun::WordEndIsPlain decides.
constexpr std::array<uint8_t, 256> MakeWordEnd() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    bool plain = c < 0x80 && c != '.' && c != '-' && c != '\'' && c != ':' &&
                 c != '@' && c != '_' && c != '%' && c != '+';
    t[c] = plain ? 0 : 1;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kWordEnd = MakeWordEnd();

// The byte after a run of ASCII letters: 0 ends a word plainly (kWordEnd),
// 1 for a byte that kWordEnd sends to WordEndIsPlain or a digit (the word
// goes on: "G7").
constexpr std::array<uint8_t, 256> MakeLettersEnd() {
  std::array<uint8_t, 256> t = MakeWordEnd();
  for (int c = '0'; c <= '9'; ++c) t[c] = 1;
  return t;
}
constexpr std::array<uint8_t, 256> kLettersEnd = MakeLettersEnd();

// Separators inside a number when an ASCII digit follows: 1,000 3.5 10:30 1/2.
constexpr std::array<bool, 256> MakeNumberSep() {
  std::array<bool, 256> t{};
  t[','] = t['.'] = t[':'] = t['/'] = true;
  return t;
}
constexpr std::array<bool, 256> kNumberSep = MakeNumberSep();

constexpr std::array<char, 256> MakeLower() {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  return t;
}
constexpr std::array<char, 256> kLower = MakeLower();

// Sixteen 0xFF bytes, then sixteen zeros: the 16 bytes at kPrefixMask + 16 -
// n keep the first n bytes of a 16-byte load (n <= 16).
alignas(32) constexpr uint8_t kPrefixMask[32] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0,    0,    0,    0,    0,    0,
    0,    0,    0,    0,    0,    0,    0,    0,    0,    0};

// Eight bytes at once (SWAR): which are ASCII letters or digits, which are
// lower-case letters, upper-case letters, digits -- the high bit of each byte.
// Bytes of 0x80 and above are none of these.
constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHighBits = 0x80 * kOnes;
struct AsciiShapes8 {
  uint64_t alnum, lower, upper, digit;
};
[[maybe_unused]] inline AsciiShapes8 ClassifyAscii8(const unsigned char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  x = __builtin_bswap64(x);  // byte 0 in the low bits, as on little-endian
#endif
  const uint64_t ascii = ~x & kHighBits;
  const uint64_t x7 = x & ~kHighBits;      // no carries between bytes below
  const uint64_t y = x7 | (0x20 * kOnes);  // letters to lower case
  // High bit of (v + 0x80 - lo) & ~(v + 0x7F - hi): lo <= v <= hi.
  const uint64_t letter =
      (y + 0x1F * kOnes) & ~(y + 0x05 * kOnes) & ascii;  // a-z
  const uint64_t digit =
      (x7 + 0x50 * kOnes) & ~(x7 + 0x46 * kOnes) & ascii;  // 0-9
  const uint64_t upper = letter & ((~x & (0x20 * kOnes)) << 2);
  return {(letter | digit) & kHighBits, letter & ~upper & kHighBits,
          upper & kHighBits, digit & kHighBits};
}

// The end of the run of ASCII letters and digits at s[pos] (a letter), at
// most `lim`, and the union of the shapes (kShape*) of its bytes after the
// first in *rest. Sixteen bytes at a time while 16 bytes are readable (n is
// the buffer's end), then eight, then one by one.
[[gnu::always_inline]] inline size_t AsciiWordEnd(const unsigned char* s,
                                                  size_t pos, size_t n,
                                                  size_t lim, unsigned* rest) {
  unsigned seen = 0;
  size_t e = pos;
#if defined(__SSE2__)
  // Ranges through one signed compare each: v - lo + 0x80 < hi - lo + 1 -
  // 0x80 (wrapping bytes); letters folded to lower case by | 0x20 first,
  // upper case told apart by bit 5, moved to bit 7 for the byte mask.
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i letter_bias = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i letter_bound = _mm_set1_epi8(static_cast<char>(26 - 0x80));
  const __m128i digit_bias = _mm_set1_epi8(static_cast<char>(0x80 - '0'));
  const __m128i digit_bound = _mm_set1_epi8(static_cast<char>(10 - 0x80));
  unsigned skip = 1;  // the first byte is not in *rest
  while (e + 16 <= n) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + e));
    const unsigned letter = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(x, case_bit), letter_bias),
                       letter_bound)));
    const unsigned digit = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_cmplt_epi8(_mm_add_epi8(x, digit_bias), digit_bound)));
    const unsigned lower_bit =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_slli_epi16(x, 2)));
    const unsigned alnum = letter | digit;
    // Bit 16 stops a run that fills the block; the mask keeps the bytes
    // before the first stop, without the word's first byte.
    const unsigned stop = ~alnum;
    const unsigned in_word = ((stop & (0 - stop)) - 1) & ~skip;
    const unsigned letters = in_word & letter;
    if (letters & ~lower_bit) seen |= kShapeUpper;
    if (letters & lower_bit) seen |= kShapeLower;
    if (in_word & digit) seen |= kShapeDigit;
    skip = 0;
    if (alnum != 0xFFFF) {
      e += static_cast<size_t>(__builtin_ctz(stop));
      *rest = seen;
      return std::min(e, lim);
    }
    e += 16;
    if (e >= lim) {
      *rest = seen;
      return lim;
    }
  }
  if (e == pos) ++e;  // the first byte, a letter
#else
  ++e;  // the first byte, a letter
  // Eight bytes at a time while they fit, then byte by byte.
  uint64_t lower = 0, upper = 0, digit = 0;  // of the 8-byte steps
  while (e + 8 <= lim) {
    const AsciiShapes8 c = ClassifyAscii8(s + e);
    const uint64_t stop = ~c.alnum & kHighBits;
    const uint64_t word = (stop & (0 - stop)) - 1;  // the bytes before it
    lower |= c.lower & word;
    upper |= c.upper & word;
    digit |= c.digit & word;
    if (stop != 0) {
      e += static_cast<size_t>(__builtin_ctzll(stop)) >> 3;
      if (lower) seen |= kShapeLower;
      if (upper) seen |= kShapeUpper;
      if (digit) seen |= kShapeDigit;
      *rest = seen;
      return e;
    }
    e += 8;
  }
  if (lower) seen |= kShapeLower;
  if (upper) seen |= kShapeUpper;
  if (digit) seen |= kShapeDigit;
#endif
  while (e < lim) {
    const uint8_t shape = kByteShape[s[e]];
    if (!(shape & kShapeAlnum)) break;
    seen |= shape;
    ++e;
  }
  *rest = seen;
  return e;
}

bool IsNoSpaceScript(UScriptCode s) {
  switch (s) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
    case USCRIPT_TIBETAN:
    case USCRIPT_YI:
      return true;
    default:
      return false;
  }
}

CharClass ClassifyNonAscii(char32_t cp) {
  switch (cp) {
    case 0x00AD:  // soft hyphen
    case 0x200C:  // ZWNJ
    case 0x200D:  // ZWJ
      return CharClass::kJoiner;
    case 0x0085:
    case 0x2028:
    case 0x2029:
      return CharClass::kNewline;
    case 0x2019:
    case 0x02BC:
      return CharClass::kApostrophe;
    case 0x2018:
    case 0x201C:
    case 0x201E:
    case 0x201A:
    case 0x00AB:
    case 0x2039:
    case 0x300C:
    case 0x300E:
    case 0x301D:
      return CharClass::kOpenQuote;
    case 0x201D:
    case 0x00BB:
    case 0x203A:
    case 0x300D:
    case 0x300F:
    case 0x301E:
    case 0x301F:
      return CharClass::kCloseQuote;
    case 0x201B:
    case 0x201F:
      return CharClass::kOpenQuote;
    case 0x30FC:  // katakana prolonged sound mark (Common script)
    case 0x3005:  // ideographic iteration mark
      return CharClass::kNoSpace;
    default:
      break;
  }
  if ((cp >= 0x1F1E6 && cp <= 0x1F1FF) ||
      u_hasBinaryProperty(cp, UCHAR_EXTENDED_PICTOGRAPHIC)) {
    // Digits and # * are Emoji but not pictographic, so they never land here.
    if (cp >= 0x80) return CharClass::kEmoji;
  }
  int8_t type = u_charType(cp);
  switch (type) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK: {
      UErrorCode status = U_ZERO_ERROR;
      UScriptCode script = uscript_getScript(cp, &status);
      return IsNoSpaceScript(script) ? CharClass::kNoSpace : CharClass::kLetter;
    }
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return CharClass::kOtherNumber;
    case U_SPACE_SEPARATOR:
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:  // ZWSP, word joiner, BOM, bidi marks
      return CharClass::kSpace;
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return CharClass::kNewline;
    case U_DASH_PUNCTUATION:
      return CharClass::kDash;
    case U_START_PUNCTUATION:
      return CharClass::kOpen;
    case U_END_PUNCTUATION:
      return CharClass::kClose;
    case U_INITIAL_PUNCTUATION:
      return CharClass::kOpenQuote;
    case U_FINAL_PUNCTUATION:
      return CharClass::kCloseQuote;
    case U_OTHER_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
      return CharClass::kPunct;
    case U_CURRENCY_SYMBOL:
    case U_MATH_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return CharClass::kSymbol;
    default:
      return CharClass::kInvalid;  // unassigned, private use, surrogates
  }
}

bool IsUpperCp(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(cp) || u_istitle(cp);
}
bool IsLowerCp(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(cp);
}

bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

bool IsTld(std::string_view label) {
  static constexpr std::string_view kTlds[] = {
      "com", "org", "net", "edu",  "gov", "mil", "int", "io", "co",   "uk",
      "us",  "ca",  "au",  "de",   "fr",  "es",  "it",  "nl", "eu",   "jp",
      "cn",  "ru",  "in",  "br",   "mx",  "za",  "ng",  "ke", "info", "biz",
      "tv",  "me",  "ly",  "news", "ch",  "se",  "no",  "dk", "fi",   "pl",
      "ie",  "nz",  "sg",  "hk",   "kr",  "ar",  "cl",  "tr", "il",   "ai"};
  for (std::string_view t : kTlds) {
    if (t == label) return true;
  }
  return false;
}

// Does the sentence splitter act on a token of this kind that starts with
// byte c in mid-line (TokenStream::stops)? Not on words, numbers and
// quotes, nor on ASCII punctuation and symbols but . ! ? and - (a dash may
// end an interrupted quotation).
inline bool SplitterStop(TokenKind kind, unsigned char c) {
  if (kind == TokenKind::kWord || kind == TokenKind::kNumber ||
      kind == TokenKind::kQuote) {
    return false;
  }
  if (kind == TokenKind::kPunctuation || kind == TokenKind::kSymbol)
    return c >= 0x80 || c == '.' || c == '!' || c == '?' || c == '-';
  return true;
}

}  // namespace

// ---------------------------------------------------------------------------
// One tokenization call. Holds the cursor and appends to the stream.

class TokenizerRun {
 public:
  TokenizerRun(const Tokenizer& tok, std::string_view text,
               const TokenizerConfig& config, TokenStream* out,
               const WordIndex* words)
      : tok_(tok),
        text_(text),
        s_(reinterpret_cast<const unsigned char*>(text.data())),
        cfg_(config),
        out_(out),
        words_(words),
        n_(text.size()) {
    if (cfg_.max_token_bytes < 4) cfg_.max_token_bytes = 4;
    // News text averages 5-6 bytes a token: the buffers rarely grow.
    Reserve(n_ / 4 + 16);
  }

  void Run();
  // Copies the tokens and word ids out of the buffers and trims norm_text
  // to its content; call after Run.
  void Finish() {
    out_->tokens.assign(token_out_, token_out_ + count_);
    if (words_ != nullptr) out_->word_ids.assign(id_out_, id_out_ + count_);
    out_->numeric.assign(numeric_out_, numeric_out_ + numerics_);
    out_->norm_text.resize(norm_used_);
  }

 private:
  struct Char {
    char32_t cp;
    uint8_t len;
    CharClass cls;
  };

  Char At(size_t pos) const {
    if (pos >= n_) return {0, 0, CharClass::kSpace};
    unsigned char c = static_cast<unsigned char>(text_[pos]);
    if (c < 0x80) return {c, 1, kAscii[c]};
    DecodedChar d = DecodeUtf8(text_, pos);
    if (!d.valid) return {kReplacementChar, d.length, CharClass::kInvalid};
    return {d.cp, d.length, ClassifyNonAscii(d.cp)};
  }
  unsigned char Byte(size_t pos) const {
    return pos < n_ ? static_cast<unsigned char>(text_[pos]) : 0;
  }
  // A capital letter alone before a period is an initial ("J. Smith")
  // only where a word begins: not glued to an '&' ("AT&T.", "S&P.") or
  // to a digit ("10C."), where it ends a name or a unit.
  bool LoneCapitalIsInitial(size_t pos) const {
    if (pos == 0) return true;
    const unsigned char b = static_cast<unsigned char>(text_[pos - 1]);
    return b != '&' && (b < '0' || b > '9');
  }
  // The word [b, period) spelled in capitals, two letters or more, and
  // the next word on its line has a lower-case letter, or the line or the
  // text ends: an acronym ending a sentence ("under review by the SEC. The
  // company", "filed with the SEC." ending a paragraph), not a capitalized
  // abbreviation ("Sec.", "Gen."; "SEN. DOLE" in an all-caps headline).
  bool AcronymBeforeSentence(size_t b, size_t period) const {
    if (period - b < 2) return false;
    for (size_t k = b; k < period; ++k) {
      if (!absl::ascii_isupper(Byte(k))) return false;
    }
    size_t q = period + 1;
    while (Byte(q) == ' ') ++q;
    // (So at a line's or the text's end: "filed with the SEC.\n\n".)
    if (Byte(q) == '\n' || Byte(q) == '\r' || Byte(q) == 0) return true;
    if (!absl::ascii_isupper(Byte(q))) return false;
    for (++q; absl::ascii_isalpha(Byte(q)); ++q) {
      if (absl::ascii_islower(Byte(q))) return true;
    }
    return false;
  }
  bool WordChar(CharClass c) const {
    return c == CharClass::kLetter || c == CharClass::kDigit ||
           c == CharClass::kJoiner;
  }

  void Emit(size_t begin, size_t end, TokenKind kind, uint16_t flags,
            AbbrevClass abbrev = AbbrevClass::kNone);
  // "do|n't": the word and "n't" through Emit, out of line (the hot loop's
  // rare calls of Emit would otherwise inline it there and lengthen its
  // common paths). [begin, e) is the word and "n't", which ends at e.
  [[gnu::noinline]] void EmitNot(size_t begin, size_t e) {
    Emit(begin, e - 3, TokenKind::kWord, 0);
    Emit(e - 3, e, TokenKind::kWord, 0);
  }
  // Appends a token whose shape flags are known; adds the space/line flags
  // and resets them. Returns its index.
  uint32_t Push(size_t begin, size_t end, TokenKind kind, uint16_t flags,
                AbbrevClass abbrev = AbbrevClass::kNone) {
    if (space_before_) flags |= kSpaceBefore;
    // Room for this token's id, before it is counted: Reserve keeps count_
    // ids (counted first, Grow copied one past the old buffer).
    if (count_ == capacity_) Reserve(2 * capacity_);
    const uint32_t index = count_++;  // out_->tokens.size(), without a divide
    // Marks: line starts, abbreviations and every token but words, numbers
    // and commas (the sentence splitter's candidates; TokenStream::marks).
    const bool candidate =
        kind != TokenKind::kWord && kind != TokenKind::kNumber &&
        !(kind == TokenKind::kPunctuation && s_[begin] == ',');
    // The records are built in place, field by field: a temporary built
    // field by field and then copied as whole words stalls the copy's loads
    // on store forwarding (a quarter of this loop's time).
    if (newlines_ > 0 || abbrev != AbbrevClass::kNone || candidate) {
      if (newlines_ > 0) flags |= kLineStart;
      AppendMark(index, newlines_, abbrev,
                 newlines_ > 0 || abbrev != AbbrevClass::kNone ||
                     SplitterStop(kind, s_[begin]));
    }
    AppendToken(index, begin, end, kind, flags);
    space_before_ = false;
    newlines_ = 0;
    return index;
  }
  // Push's two records, built in place field by field (see there); also
  // the hot loop's push in Run, which keeps the cursor in locals.
  // stop: also a stop (TokenStream::stops).
  [[gnu::always_inline]] void AppendMark(uint32_t index, uint32_t newlines,
                                         AbbrevClass abbrev, bool stop) {
    if (stop) out_->stops.push_back(index);
    TokenStream::Mark& m = out_->marks.emplace_back();
    m.token = index;
    m.newlines = static_cast<uint8_t>(std::min<uint32_t>(newlines, 255));
    m.abbrev = abbrev;
  }
  [[gnu::always_inline]] void AppendToken(uint32_t index, size_t begin,
                                          size_t end, TokenKind kind,
                                          uint16_t flags) {
    Token& t = token_out_[index];
    t.span.begin = static_cast<uint32_t>(begin);
    t.span.end = static_cast<uint32_t>(end);
    t.kind = kind;
    t.flags = flags;
  }
  // Room for n tokens' word ids (if words_) and numeric entries, keeping
  // those written. The numeric list has room for one more: the hot loop
  // lists a token before it pushes it, that is, before this call makes room.
  [[gnu::noinline]] void Reserve(size_t n) {
    out_->token_scratch.Grow(n, count_);
    token_out_ = out_->token_scratch.data();
    if (words_ != nullptr) {
      out_->id_scratch.Grow(n, count_);
      id_out_ = out_->id_scratch.data();
    }
    out_->numeric_scratch.Grow(n + 1, numerics_);
    numeric_out_ = out_->numeric_scratch.data();
    capacity_ = static_cast<uint32_t>(n);
  }

  // The word id of token `index`, text_[begin, end): by its folded form
  // if one was recorded for it (keeping its hash there), else by its bytes
  // (words_ is set).
  // (`ascii`: the token's bytes are ASCII, so is its folded form.)
  uint32_t FormId(uint32_t index, size_t begin, size_t end, bool ascii);
  std::string plain_;  // FormId's form without diacritics
  // Records the lower-cased bytes of an ASCII token as its folded form.
  // (rest: upper-case letters after the first byte; else only d[0] changes.
  // hash: the form's, when the caller looked it up; see Folded::hash.)
  void FoldAscii(uint32_t index, size_t begin, size_t end, bool rest = true,
                 uint64_t hash = 0) {
    const size_t old = norm_used_, len = end - begin;
    char* d = NormSpace(len);
    const char* src = text_.data() + begin;
    if (len <= 16 && n_ - begin >= 16) {
      std::memcpy(d, src, 16);  // one fixed-size copy; the slack is spare
    } else {
      std::memcpy(d, src, len);
    }
    norm_used_ += len;
    d[0] = kLower[static_cast<unsigned char>(d[0])];
    if (rest) {
      for (size_t i = 1; i < len; ++i)
        d[i] = kLower[static_cast<unsigned char>(d[i])];
    }
    AddFolded(index, old, hash);
  }
  // Room for len + 16 bytes at norm_used_ in norm_text, which the run keeps
  // longer than its content (norm_used_ bytes) so that short folded forms
  // are written without a call into std::string; Tokenize trims it.
  char* NormSpace(size_t len) {
    std::string& norm = out_->norm_text;
    if (norm_used_ + len + 16 > norm.size()) {
      norm.resize(std::max(norm_used_ + len + 16, 2 * norm.size() + 256));
    }
    return &norm[norm_used_];
  }
  // The folded form of token `index` is norm_text[old, norm_used_), its
  // WordIndex hash `hash` (0: not known; see Folded::hash).
  void AddFolded(uint32_t index, size_t old, uint64_t hash = 0) {
    TokenStream::Folded& f = out_->folded.emplace_back();  // in place: Push
    f.token = index;
    f.begin = static_cast<uint32_t>(old);
    f.end = static_cast<uint32_t>(norm_used_);
    f.hash = static_cast<uint32_t>(hash >> 32);
  }
  // Is there an '@' within ScanEmail's reach of pos?
  bool EmailNear(size_t pos) {
    if (next_at_ < pos) {
      const void* at = std::memchr(text_.data() + pos, '@', n_ - pos);
      // None: a position no cursor reaches (not n_, which is "near" the
      // last 64 bytes of the text and sent their words the general way).
      next_at_ =
          at ? static_cast<size_t>(static_cast<const char*>(at) - text_.data())
             : kNoAt;
    }
    return next_at_ - pos <= 64;
  }
  static constexpr size_t kNoAt = ~size_t{0};
  // If a lower-case clitic (s m d ll re ve) starts at r and an ASCII
  // non-letter (or the end) follows it, returns its end; else 0.
  size_t CliticEnd(size_t r) const;
  // The letters [b, h) glued to a number, then a hyphen at h: does a
  // number (digits, ',' '.') follow the hyphen with the same letters right
  // after it, and no more of a word ("bn-4bn", "km-12km")?
  bool UnitRepeatsAfter(size_t b, size_t h) const {
    size_t q = h + 1;
    while (q < n_ &&
           (absl::ascii_isdigit(Byte(q)) || Byte(q) == ',' || Byte(q) == '.')) {
      ++q;
    }
    if (q == h + 1 || q + (h - b) > n_) return false;
    for (size_t k = 0; k < h - b; ++k) {
      if (absl::ascii_tolower(Byte(b + k)) != absl::ascii_tolower(Byte(q + k)))
        return false;
    }
    const unsigned char after = Byte(q + (h - b));
    return !absl::ascii_isalnum(after) && after < 0x80;
  }
  bool WordEndIsPlain(size_t pos, size_t e);
  bool PeriodEndsPlainWord(size_t pos, size_t e);
  // PeriodEndsPlainWord's checks for a word [pos, e) before a period but
  // the abbreviation look-up, which is_abbrev(len) makes (len <= 12).
  template <typename IsAbbrev>
  [[gnu::always_inline]] bool PlainBeforePeriod(size_t pos, size_t e,
                                                IsAbbrev is_abbrev) {
    const size_t len = e - pos;
    if (IsAsciiAlnum(Byte(e + 1))) return false;
    if (len == 1 && kByteShape[s_[pos]] == kShapeUpper &&
        LoneCapitalIsInitial(pos))
      return false;
    if (len <= 12 && is_abbrev(len)) return false;
    return !EmailNear(pos);
  }
  // The hot loop's word [pos, e) before a period (s_[e] == '.') that is not
  // PlainBeforePeriod: ASCII letters, digits and inner hyphens, under 16
  // bytes and under the token length limit. Returns e for a plain word (the
  // caller emits it; the period is a token of its own), 0 when the general
  // way decides, or the end of an abbreviation, initial or initialism that
  // it has emitted as ScanWord and Step would.
  size_t WordBeforePeriod(size_t pos, size_t e);
#if defined(__SSE2__)
  // The run loop's word [pos, e) before a period (s_[e] == '.'), `form`
  // its folded bytes: is it a plain word (PlainBeforePeriod) and the period
  // a token of its own (no ellipsis: kFastPeriod)? Out of line: the loop's
  // common path keeps its registers.
  [[gnu::noinline]] bool PeriodEndsRunWord(size_t pos, size_t e, __m128i form) {
    const unsigned char next = Byte(e + 1);
    if (next == '.' || (next == ' ' && Byte(e + 2) == '.')) return false;
    return PlainBeforePeriod(pos, e, [&](size_t) {
      return tok_.abbrev_words_.probe().Find16(form) != kNoWord;
    });
  }
#endif
  size_t PlainNumberEnd(size_t pos);
  // The hot loop; kIds: look each token up in words_ (id_out_ is set).
  template <bool kIds>
  void RunFast();
  size_t Step(size_t pos);
  void AppendNorm(size_t begin, size_t end, bool ascii);

  size_t ScanWord(size_t pos, bool* ascii, AbbrevClass* abbrev);
  size_t ScanNumber(size_t pos);
  size_t ScanUrl(size_t pos);
  size_t ScanEmail(size_t pos);
  size_t ScanDomain(size_t pos, size_t word_begin);
  size_t ScanInitialism(size_t start);
  size_t ScanEmoji(size_t pos);
  size_t ClipToLimit(size_t begin, size_t end) const;
  void ScanNoSpaceRun(size_t pos, size_t* end);
  bool PrevIsOpeningContext(size_t pos) const;

  const Tokenizer& tok_;
  std::string_view text_;
  const unsigned char* s_;  // text_ as bytes
  TokenizerConfig cfg_;
  TokenStream* out_;
  const WordIndex* words_;  // null: no word ids
  // The word id of token i goes to id_out_[i] (out_->id_scratch, room for
  // capacity_) if words_.
  uint32_t* id_out_ = nullptr;
  // Token i goes to token_out_[i] (out_->token_scratch, room for capacity_).
  Token* token_out_ = nullptr;
  uint32_t capacity_ = 0;
  // The numeric tokens (TokenStream::numeric): numerics_ of them so far in
  // numeric_out_ (out_->numeric_scratch, room for capacity_).
  uint32_t* numeric_out_ = nullptr;
  uint32_t numerics_ = 0;
  size_t n_;
  size_t next_at_ =
      0;  // position of the next '@' at or after the cursor (n_ if none)
  bool space_before_ = true;
  uint32_t newlines_ = 1;  // document start counts as a line start
  size_t norm_used_ = 0;   // bytes of out_->norm_text in use (see NormSpace)
  uint32_t count_ = 0;     // tokens pushed
};

void TokenizerRun::AppendNorm(size_t begin, size_t end, bool ascii) {
  std::string& norm = out_->norm_text;
  norm.resize(norm_used_);  // appended to at its true end here
  if (ascii) {
    size_t old = norm.size();
    norm.append(text_.data() + begin, end - begin);
    for (size_t i = old; i < norm.size(); ++i)
      norm[i] = absl::ascii_tolower(norm[i]);
    norm_used_ = norm.size();
    return;
  }
  size_t old = norm.size();
  UErrorCode status = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(&norm);
  icu::CaseMap::utf8Fold(0, icu::StringPiece(text_.data() + begin, end - begin),
                         sink, nullptr, status);
  if (U_FAILURE(status)) {
    norm.resize(old);
    AppendValidUtf8(text_.substr(begin, end - begin), &norm);
  }
  // Fold typographic apostrophes/quotes, drop soft hyphens, in place.
  size_t w = old;
  for (size_t r = old; r < norm.size();) {
    unsigned char c = static_cast<unsigned char>(norm[r]);
    if (c == 0xE2 && r + 2 < norm.size() &&
        static_cast<unsigned char>(norm[r + 1]) == 0x80) {
      unsigned char c2 = static_cast<unsigned char>(norm[r + 2]);
      if (c2 == 0x98 || c2 == 0x99 || c2 == 0x9B) {
        norm[w++] = '\'';
        r += 3;
        continue;
      }
      if (c2 == 0x9C || c2 == 0x9D || c2 == 0x9E || c2 == 0x9F) {
        norm[w++] = '"';
        r += 3;
        continue;
      }
      if (c2 == 0xA6) {  // … -> ...
        // Needs two more bytes than it frees; only legal when w + 3 <= r + 3.
        if (w + 3 <= r + 3) {
          norm[w++] = '.';
          norm[w++] = '.';
          norm[w++] = '.';
          r += 3;
          continue;
        }
      }
    }
    if (c == 0xC2 && r + 1 < norm.size() &&
        static_cast<unsigned char>(norm[r + 1]) == 0xAD) {
      r += 2;  // soft hyphen
      continue;
    }
    // Full case folding turns the dotted capital I (U+0130) into "i" plus a
    // combining dot above (U+0307); the dot would make "İstanbul" miss every
    // lexicon entry spelled "Istanbul", and lowercase Turkish writes plain "i".
    if (c == 0xCC && r + 1 < norm.size() &&
        static_cast<unsigned char>(norm[r + 1]) == 0x87 && w > old &&
        norm[w - 1] == 'i') {
      r += 2;
      continue;
    }
    norm[w++] = norm[r++];
  }
  norm.resize(w);
  norm_used_ = w;
}

void TokenizerRun::Emit(size_t begin, size_t end, TokenKind kind,
                        uint16_t flags, AbbrevClass abbrev) {
  // Shape flags: the ASCII prefix (usually the whole token) through a table,
  // the rest through ICU properties.
  const unsigned char* t = s_ + begin;
  const size_t len = end - begin;
  unsigned seen = 0;  // union of the shapes so far
  int uppers = 0;
  size_t i = 0;
  for (; i < len; ++i) {
    uint8_t shape = kByteShape[t[i]];
    if (shape == kShapeNonAscii) break;
    if (shape == kShapeUpper) {
      if (!(seen & (kShapeUpper | kShapeLower))) flags |= kCapitalized;
      ++uppers;
    }
    seen |= shape;
  }
  if (seen & kShapeDigit) flags |= kHasDigit;
  const bool ascii = i == len;
  bool saw_letter = (seen & (kShapeUpper | kShapeLower)) != 0;
  bool any_lower = (seen & kShapeLower) != 0;
  for (size_t p = begin + i; p < end;) {
    unsigned char c = static_cast<unsigned char>(text_[p]);
    char32_t cp;
    size_t clen;
    if (c < 0x80) {
      cp = c;
      clen = 1;
    } else {
      DecodedChar d = DecodeUtf8(text_, p);
      cp = d.cp;
      clen = d.length;
    }
    if (cp >= '0' && cp <= '9') flags |= kHasDigit;
    bool upper = IsUpperCp(cp), lower = !upper && IsLowerCp(cp);
    if (upper || lower) {
      if (!saw_letter && upper) flags |= kCapitalized;
      saw_letter = true;
      if (upper) ++uppers;
      if (lower) any_lower = true;
    }
    p += clen;
  }
  // Letters are upper or lower, so "all of at least two letters are upper"
  // is "no lower-case letter and at least two upper-case ones".
  if (uppers >= 2 && !any_lower) flags |= kAllCaps;
  const uint32_t index = Push(begin, end, kind, flags, abbrev);
  // The folded form: quotes fold to ' or ", other tokens through case
  // folding; recorded only when it differs from the token's bytes.
  if (kind == TokenKind::kQuote) {
    if (len != 1) {
      const size_t old = norm_used_;
      *NormSpace(1) = text_[begin] == '\'' ||
                              (len == 3 && Byte(begin + 2) >= 0x98 &&
                               Byte(begin + 2) <= 0x9B && Byte(begin) == 0xE2)
                          ? '\''
                          : '"';
      ++norm_used_;
      AddFolded(index, old);
    }
  } else if (!ascii) {
    const size_t old = norm_used_;
    AppendNorm(begin, end, ascii);
    AddFolded(index, old);
  } else if (seen & kShapeUpper) {
    FoldAscii(index, begin, end);
  }
  if (words_ != nullptr) id_out_[index] = FormId(index, begin, end, ascii);
  if (kind == TokenKind::kNumber || (flags & kHasDigit))
    numeric_out_[numerics_++] = index;
}

uint32_t TokenizerRun::FormId(uint32_t index, size_t begin, size_t end,
                              bool ascii) {
  std::string_view form = text_.substr(begin, end - begin);
  const bool folded =
      !out_->folded.empty() && out_->folded.back().token == index;
  if (folded) {
    const TokenStream::Folded& f = out_->folded.back();
    form = std::string_view(out_->norm_text.data() + f.begin, f.end - f.begin);
  }
  // A Latin form is looked up without its diacritics, as the lexicon
  // stores its words (PhraseLexicon::Compile): "Bogotá", "BOGOTÁ" and
  // "Łódź" are the gazetteer's "Bogota", "Lodz". (The token keeps its own
  // folded form and hash; only its word id is shared.)
  const std::string_view key = ascii ? form : PlainForm(form, &plain_);
  if (!folded) return words_->Find(key);
  uint64_t hash;
  const uint32_t id = words_->probe().Find(key.data(), key.size(), &hash);
  // (The hash kept is the folded form's, hashed again when the key was
  // another.)
  if (key.data() != form.data())
    hash = WordIndex::HashForm(words_->probe().seed, form.data(), form.size());
  out_->folded.back().hash = static_cast<uint32_t>(hash >> 32);
  return id;
}

size_t TokenizerRun::ClipToLimit(size_t begin, size_t end) const {
  if (end - begin <= cfg_.max_token_bytes) return end;
  size_t cut = begin + cfg_.max_token_bytes;
  while (cut > begin + 1 && (Byte(cut) & 0xC0) == 0x80) --cut;  // char boundary
  return cut;
}

bool TokenizerRun::PrevIsOpeningContext(size_t pos) const {
  if (pos == 0) return true;
  // Look at the previous code point.
  size_t p = pos - 1;
  while (p > 0 && (Byte(p) & 0xC0) == 0x80) --p;
  Char c = At(p);
  return c.cls == CharClass::kSpace || c.cls == CharClass::kNewline ||
         c.cls == CharClass::kOpen || c.cls == CharClass::kOpenQuote ||
         c.cls == CharClass::kDash || c.cls == CharClass::kDoubleQuote ||
         (c.cls == CharClass::kPunct && c.cp == ':');
}

// "U.S.", "a.m.", "Ph.D.", "e.g.": segments of 1-3 letters joined by periods,
// at least two segments, ending with a period. Returns the end or 0.
size_t TokenizerRun::ScanInitialism(size_t start) {
  size_t p = start;
  int segments = 0;
  while (segments < 8) {
    size_t seg = p;
    while (p < n_ && p - seg < 4 && absl::ascii_isalpha(Byte(p))) ++p;
    size_t len = p - seg;
    if (len == 0 || len > 3 || Byte(p) != '.') break;
    ++p;  // the period
    ++segments;
    if (!absl::ascii_isalpha(Byte(p))) break;
  }
  if (segments >= 2 && Byte(p - 1) == '.' && !absl::ascii_isalnum(Byte(p)))
    return p;
  return 0;
}

// After a word ending at `pos` with text[pos] == '.', a domain name such as
// "Yahoo.com" or "bbc.co.uk": labels of [A-Za-z0-9-] ending in a known TLD.
size_t TokenizerRun::ScanDomain(size_t pos, size_t word_begin) {
  size_t p = pos;
  size_t last_label = 0, last_end = 0;
  int labels = 0;
  while (Byte(p) == '.' && labels < 6 && p - word_begin < 255) {
    size_t lb = p + 1;
    size_t q = lb;
    while (q < n_ && q - lb < 64 && (IsAsciiAlnum(Byte(q)) || Byte(q) == '-'))
      ++q;
    if (q == lb) break;
    last_label = lb;
    last_end = q;
    ++labels;
    p = q;
  }
  if (labels == 0) return 0;
  if (Byte(last_end) >= 0x80 || absl::ascii_isalnum(Byte(last_end))) return 0;
  std::string label(text_.substr(last_label, last_end - last_label));
  for (char& c : label) c = absl::ascii_tolower(c);
  if (!IsTld(label)) return 0;
  // "home.It was": a capitalized word after a missing space, not a TLD.
  if (absl::ascii_isupper(Byte(last_label)) &&
      absl::ascii_islower(Byte(last_label + 1))) {
    return 0;
  }
  return last_end;
}

size_t TokenizerRun::ScanWord(size_t pos, bool* ascii, AbbrevClass* abbrev) {
  const size_t start = pos;
  *abbrev = AbbrevClass::kNone;
  // An initialism's first segment is 1-3 letters and a period.
  if (absl::ascii_isalpha(Byte(pos)) &&
      (Byte(pos + 1) == '.' || Byte(pos + 2) == '.' || Byte(pos + 3) == '.')) {
    if (size_t e = ScanInitialism(pos); e != 0) {
      *ascii = true;
      std::string key(text_.substr(start, e - 1 - start));
      for (char& c : key) c = absl::ascii_tolower(c);
      const Tokenizer::AbbrevInfo* info = tok_.FindAbbrev(key);
      *abbrev = info != nullptr ? info->cls : AbbrevClass::kInitialism;
      return e;
    }
  }
  *ascii = true;
  const size_t limit = start + cfg_.max_token_bytes;
  const size_t ascii_limit = std::min(n_, limit);
  while (pos < n_ && pos < limit) {
    // Fast path: a run of ASCII letters and digits (word characters).
    {
      const unsigned char* s =
          reinterpret_cast<const unsigned char*>(text_.data());
      while (pos < ascii_limit && (kByteShape[s[pos]] & kShapeAlnum)) ++pos;
    }
    if (pos >= ascii_limit) break;
    Char c = At(pos);
    if (WordChar(c.cls)) {
      if (c.len > 1) *ascii = false;
      pos += c.len;
      continue;
    }
    if (c.cls == CharClass::kDash &&
        (c.cp == '-' || c.cp == 0x2010 || c.cp == 0x2011)) {
      Char next = At(pos + c.len);
      if (next.cls == CharClass::kLetter || next.cls == CharClass::kDigit) {
        // A number's scale or unit glued to it ends at a hyphen before the
        // range's second number with the same unit: "3bn-4bn", "10km-12km"
        // ("bn", "-", "4", "bn"), so that the quantities stage reads both
        // amounts. (Codes keep their hyphen: "10b-13", "14D-9".)
        if (next.cls == CharClass::kDigit && start > 0 &&
            absl::ascii_isdigit(Byte(start - 1)) &&
            UnitRepeatsAfter(start, pos)) {
          break;
        }
        // An initialism after the hyphen is a word of its own, as before
        // one ("U.S.-Japan"): "Sino-U.S.", "non-U.S." (else "Sino-U", ".",
        // "S.").
        if (absl::ascii_isalpha(Byte(pos + c.len)) &&
            ScanInitialism(pos + c.len) != 0) {
          break;
        }
        if (c.len > 1) *ascii = false;
        pos += c.len;
        continue;
      }
      break;
    }
    if (c.cls == CharClass::kApostrophe) {
      Char next = At(pos + c.len);
      if (next.cls != CharClass::kLetter) break;
      // Clitics split off: 's 'm 'd 'll 're 've, and n't.
      size_t r = pos + c.len;
      size_t q = r;
      while (q < n_ && q - r < 3 && absl::ascii_isalpha(Byte(q))) ++q;
      bool letter_after = At(q).cls == CharClass::kLetter;
      if (!letter_after) {
        std::string suffix(text_.substr(r, q - r));
        for (char& ch : suffix) ch = absl::ascii_tolower(ch);
        if (suffix == "s" || suffix == "m" || suffix == "d" || suffix == "ll" ||
            suffix == "re" || suffix == "ve") {
          break;
        }
        if (suffix == "t" && pos - start >= 2 &&
            (Byte(pos - 1) == 'n' || Byte(pos - 1) == 'N')) {
          return pos - 1;  // "do|n't", "ca|n't"
        }
      }
      if (c.len > 1) *ascii = false;
      pos += c.len;
      continue;
    }
    if (c.cp == '.' && absl::ascii_isalpha(Byte(pos + 1))) {
      if (size_t e = ScanDomain(pos, start); e != 0) return e;
      break;
    }
    break;
  }
  if (pos >= limit) return ClipToLimit(start, pos);
  // A trailing period that belongs to an abbreviation or an initial.
  if (Byte(pos) == '.' && Byte(pos + 1) != '.') {
    std::string_view word = text_.substr(start, pos - start);
    Char first = At(start);
    bool capital = IsUpperCp(first.cp);
    if (first.len == word.size() && capital &&
        first.cls == CharClass::kLetter && LoneCapitalIsInitial(start)) {
      *abbrev = AbbrevClass::kInitial;
      return pos + 1;
    }
    if (word.size() <= 12) {
      std::string key(word);
      if (*ascii) {
        for (char& ch : key) ch = absl::ascii_tolower(ch);
      }
      const Tokenizer::AbbrevInfo* info = tok_.FindAbbrev(key);
      if (info != nullptr && (!info->capitalized || capital) &&
          !(info->capitalized && AcronymBeforeSentence(start, pos))) {
        AbbrevClass cls = info->cls;
        if (cls == AbbrevClass::kNumber) {
          // "No. 5" but "said no." -- only before a number.
          size_t q = pos + 1;
          while (Byte(q) == ' ') ++q;
          if (!absl::ascii_isdigit(Byte(q))) return pos;
        }
        *abbrev = cls;
        return pos + 1;
      }
    }
  }
  return pos;
}

size_t TokenizerRun::ScanNumber(size_t pos) {
  const size_t start = pos;
  const size_t limit = start + cfg_.max_token_bytes;
  auto digit_at = [&](size_t p) { return At(p).cls == CharClass::kDigit; };
  // ISO date 2026-02-03 as one token.
  if (start + 10 <= n_) {
    bool iso = true;
    for (size_t i = 0; i < 10 && iso; ++i) {
      unsigned char c = Byte(start + i);
      iso = (i == 4 || i == 7) ? c == '-' : absl::ascii_isdigit(c);
    }
    if (iso && !absl::ascii_isalnum(Byte(start + 10))) return start + 10;
  }
  while (pos < n_ && pos < limit) {
    Char c = At(pos);
    if (c.cls == CharClass::kDigit) {
      pos += c.len;
      continue;
    }
    if ((c.cp == ',' || c.cp == '.' || c.cp == ':' || c.cp == '/') &&
        digit_at(pos + 1)) {
      pos += 1;
      continue;
    }
    break;
  }
  if (pos >= limit) return ClipToLimit(start, pos);
  // Ordinal suffixes and decades: 21st, 2nd, 3rd, 4th, 1990s.
  auto alpha = [&](size_t p) {
    return absl::ascii_isalpha(Byte(p)) || Byte(p) >= 0x80;
  };
  unsigned char a = absl::ascii_tolower(Byte(pos)),
                b = absl::ascii_tolower(Byte(pos + 1));
  if (((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
       (a == 'r' && b == 'd') || (a == 't' && b == 'h')) &&
      !alpha(pos + 2)) {
    return pos + 2;
  }
  if (a == 's' && !alpha(pos + 1) && pos > start && Byte(pos - 1) == '0')
    return pos + 1;
  return pos;
}

size_t TokenizerRun::ScanUrl(size_t pos) {
  size_t p = pos;
  int parens = 0;
  while (p < n_ && p - pos < cfg_.max_token_bytes) {
    unsigned char c = Byte(p);
    if (c <= ' ' || c == '<' || c == '>' || c == '"' || c >= 0x80) break;
    if (c == '(') ++parens;
    if (c == ')') {
      if (parens == 0) break;
      --parens;
    }
    ++p;
  }
  while (p > pos) {
    unsigned char c = Byte(p - 1);
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
        c == '\'') {
      --p;
    } else {
      break;
    }
  }
  return p;
}

// name@example.org, bounded look-ahead so that long runs stay linear.
size_t TokenizerRun::ScanEmail(size_t pos) {
  size_t p = pos;
  auto local = [](unsigned char c) {
    return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
           c == '-';
  };
  while (p < n_ && p - pos < 64 && local(Byte(p))) ++p;
  if (p == pos || Byte(p) != '@' || !IsAsciiAlnum(Byte(p + 1))) return 0;
  size_t q = p + 1;
  size_t last_dot = 0;
  while (q < n_ && q - p < 255 &&
         (IsAsciiAlnum(Byte(q)) || Byte(q) == '-' || Byte(q) == '.')) {
    if (Byte(q) == '.') last_dot = q;
    ++q;
  }
  while (q > p + 1 && Byte(q - 1) == '.') --q;
  // A sentence's full stop after the address is not its last dot.
  while (last_dot != 0 && last_dot >= q) {
    --last_dot;
    while (last_dot > p && Byte(last_dot) != '.') --last_dot;
    if (last_dot <= p) last_dot = 0;
  }
  if (last_dot == 0 || last_dot + 1 >= q) return 0;
  return q;
}

size_t TokenizerRun::ScanEmoji(size_t pos) {
  Char c = At(pos);
  size_t p = pos + c.len;
  if (c.cp >= 0x1F1E6 &&
      c.cp <= 0x1F1FF) {  // flag: a pair of regional indicators
    Char d = At(p);
    if (d.cp >= 0x1F1E6 && d.cp <= 0x1F1FF) p += d.len;
    return p;
  }
  while (p < n_ && p - pos < 64) {
    Char d = At(p);
    if (d.cp == 0xFE0F || d.cp == 0xFE0E ||
        (d.cp >= 0x1F3FB && d.cp <= 0x1F3FF) || d.cp == 0x20E3 ||
        (d.cp >= 0xE0020 && d.cp <= 0xE007F)) {
      p += d.len;
      continue;
    }
    if (d.cp == 0x200D) {
      Char e = At(p + d.len);
      if (e.cls == CharClass::kEmoji) {
        p += d.len + e.len;
        continue;
      }
    }
    break;
  }
  return p;
}

// Runs of Han, Kana, Thai ... go through ICU's dictionary-based word breaks.
void TokenizerRun::ScanNoSpaceRun(size_t pos, size_t* end) {
  size_t p = pos;
  while (p < n_) {
    Char c = At(p);
    if (c.cls == CharClass::kNoSpace || c.cls == CharClass::kJoiner) {
      p += c.len;
      continue;
    }
    // Combining marks (Thai vowels are letters, Mn) already classify as the
    // script's letters; anything else ends the run.
    break;
  }
  *end = p;
  thread_local std::unique_ptr<icu::BreakIterator> breaker;
  UErrorCode status = U_ZERO_ERROR;
  if (!breaker) {
    breaker.reset(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) breaker.reset();
  }
  std::string_view run = text_.substr(pos, p - pos);
  UText* ut = nullptr;
  if (breaker) {
    status = U_ZERO_ERROR;
    ut = utext_openUTF8(nullptr, run.data(), static_cast<int64_t>(run.size()),
                        &status);
    if (U_SUCCESS(status)) breaker->setText(ut, status);
  }
  if (!breaker || U_FAILURE(status)) {
    // No break data: one token per code point keeps offsets valid.
    for (size_t q = pos; q < p;) {
      size_t len = At(q).len;
      Emit(q, q + len, TokenKind::kWord, kNoSpaceScript);
      q += len;
    }
    if (ut) utext_close(ut);
    return;
  }
  int32_t b = breaker->first();
  for (int32_t e = breaker->next(); e != icu::BreakIterator::DONE;
       b = e, e = breaker->next()) {
    size_t tb = pos + static_cast<size_t>(b), te = pos + static_cast<size_t>(e);
    while (tb < te) {
      size_t cut = ClipToLimit(tb, te);
      Emit(tb, cut, TokenKind::kWord, kNoSpaceScript);
      tb = cut;
    }
  }
  breaker->setText(icu::UnicodeString());  // drop the pointer into our buffer
  utext_close(ut);
}

// The general case: one token (or a run of spaces) at pos, any character.
// Returns the position after it.
size_t TokenizerRun::Step(size_t pos) {
  {
    unsigned char byte = Byte(pos);
    // Fast path: ASCII spaces.
    if (byte == ' ' || byte == '\t' || byte == '\r') {
      space_before_ = true;
      // A lone CR (old Mac line ends) is a line break; CRLF counts once.
      if (byte == '\r' && Byte(pos + 1) != '\n') ++newlines_;
      ++pos;
      return pos;
    }
    Char c = At(pos);
    switch (c.cls) {
      case CharClass::kSpace:
        space_before_ = true;
        pos += c.len;
        return pos;
      case CharClass::kNewline:
        space_before_ = true;
        ++newlines_;
        pos += c.len;
        return pos;
      default:
        break;
    }
    // URLs and e-mail addresses start with ASCII letters.
    if (absl::ascii_isalpha(byte)) {
      if ((byte == 'h' || byte == 'H' || byte == 'w' || byte == 'W' ||
           byte == 'f') &&
          pos + 7 < n_) {
        std::string_view rest = text_.substr(pos, 8);
        if (StartsWithNoCase(rest, "http://") ||
            StartsWithNoCase(rest, "https://") ||
            StartsWithNoCase(rest, "ftp://") ||
            (StartsWithNoCase(rest, "www.") && IsAsciiAlnum(Byte(pos + 4)))) {
          size_t e = ScanUrl(pos);
          Emit(pos, e, TokenKind::kUrl, 0);
          pos = e;
          return pos;
        }
      }
    }
    // An e-mail address needs an '@' within 64 bytes (ScanEmail's bound):
    // remember where the next one is instead of scanning every word twice.
    if (IsAsciiAlnum(byte) && EmailNear(pos)) {
      if (size_t e = ScanEmail(pos); e != 0) {
        e = ClipToLimit(pos, e);
        Emit(pos, e, TokenKind::kEmail, 0);
        pos = e;
        return pos;
      }
    }
    switch (c.cls) {
      case CharClass::kLetter:
      case CharClass::kJoiner: {
        bool ascii;
        AbbrevClass abbrev;
        size_t e = ScanWord(pos, &ascii, &abbrev);
        if (e == pos) e = pos + c.len;
        e = ClipToLimit(pos, e);  // a domain or initialism may run past it
        // A domain such as Yahoo.com is kept as one word-like URL token.
        TokenKind kind = TokenKind::kWord;
        if (abbrev == AbbrevClass::kNone) {
          // Short words: a byte loop beats a call to memchr.
          for (size_t q = pos; q < e; ++q) {
            if (text_[q] == '.') {
              kind = TokenKind::kUrl;
              break;
            }
          }
        }
        Emit(pos, e, kind, abbrev != AbbrevClass::kNone ? kAbbreviation : 0,
             abbrev);
        pos = e;
        break;
      }
      case CharClass::kNoSpace: {
        size_t e;
        ScanNoSpaceRun(pos, &e);
        pos = e;
        break;
      }
      case CharClass::kDigit: {
        size_t e = ScanNumber(pos);
        // Letters glued to a number after its end: "G7" starts with a letter
        // and is a word; "4bn" is number + word, handled on the next turn.
        Emit(pos, e, TokenKind::kNumber, 0);
        pos = e;
        break;
      }
      case CharClass::kOtherNumber:
        Emit(pos, pos + c.len, TokenKind::kNumber, 0);
        pos += c.len;
        break;
      case CharClass::kEmoji: {
        size_t e = ClipToLimit(pos, ScanEmoji(pos));
        Emit(pos, e, TokenKind::kEmoji, 0);
        pos = e;
        break;
      }
      case CharClass::kOpen:
        Emit(pos, pos + c.len, TokenKind::kPunctuation, kOpening);
        pos += c.len;
        break;
      case CharClass::kClose:
        Emit(pos, pos + c.len, TokenKind::kPunctuation, kClosing);
        pos += c.len;
        break;
      case CharClass::kOpenQuote:
        Emit(pos, pos + c.len, TokenKind::kQuote, kOpening);
        pos += c.len;
        break;
      case CharClass::kCloseQuote:
        Emit(pos, pos + c.len, TokenKind::kQuote, kClosing);
        pos += c.len;
        break;
      case CharClass::kApostrophe:
      case CharClass::kDoubleQuote: {
        // Clitic after a word: "Reuters's", "we're", "workers'".
        size_t after = pos + c.len;
        // The kind of the token this mark touches (kOther when none does).
        const TokenKind touching =
            pos > 0 && !space_before_ && count_ != 0 &&
                    token_out_[count_ - 1].span.end == pos
                ? token_out_[count_ - 1].kind
                : TokenKind::kOther;
        const bool glued = touching == TokenKind::kWord;
        // After a number only the possessive or plural 's: "Radio 1's
        // host", "Channel 4's", "the 1990's" ('re, 've do not follow one).
        const bool after_number =
            touching == TokenKind::kNumber && (Byte(after) | 0x20) == 's' &&
            Byte(after + 1) < 0x80 && !absl::ascii_isalnum(Byte(after + 1));
        if (c.cls == CharClass::kApostrophe && after_number) {
          Emit(pos, after + 1, TokenKind::kWord, 0);
          pos = after + 1;
          break;
        }
        // Treebank-tokenized text writes the clitic apart, one space after
        // its word and a space (or line end) after it: "Kenya 's", "they
        // 're". (ASCII ' only: a curly one there opens a quotation.)
        const bool spaced = !glued && pos > 0 && Byte(pos) == '\'' &&
                            Byte(pos - 1) == ' ' && count_ != 0 &&
                            token_out_[count_ - 1].span.end + 1 == pos &&
                            token_out_[count_ - 1].kind == TokenKind::kWord;
        if (c.cls == CharClass::kApostrophe && (glued || spaced)) {
          size_t q = after;
          while (q < n_ && q - after < 3 && absl::ascii_isalpha(Byte(q))) ++q;
          const unsigned char end = Byte(q);  // 0 past the end
          if (q > after && At(q).cls != CharClass::kLetter &&
              (!spaced || end == 0 || end == ' ' || end == '\n' ||
               end == '\r' || end == '\t')) {
            std::string s(text_.substr(after, q - after));
            for (char& ch : s) ch = absl::ascii_tolower(ch);
            if (s == "s" || s == "m" || s == "d" || s == "ll" || s == "re" ||
                s == "ve") {
              Emit(pos, q, TokenKind::kWord, 0);
              pos = q;
              break;
            }
          }
        }
        if (c.cls == CharClass::kApostrophe && Byte(pos) != '\'' &&
            c.cp != 0x2019 && c.cp != 0x02BC) {
          Emit(pos, after, TokenKind::kQuote, kClosing);
          pos = after;
          break;
        }
        Char next = At(after);
        bool opening = PrevIsOpeningContext(pos) &&
                       next.cls != CharClass::kSpace &&
                       next.cls != CharClass::kNewline && after < n_;
        Emit(pos, after, TokenKind::kQuote, opening ? kOpening : kClosing);
        pos = after;
        break;
      }
      case CharClass::kDash: {
        size_t e = pos + c.len;
        if (c.cp == '-') {
          while (Byte(e) == '-' && e - pos < 8) ++e;  // "--"
        }
        e = ClipToLimit(pos, e);
        Emit(pos, e, TokenKind::kPunctuation, 0);
        pos = e;
        break;
      }
      case CharClass::kPunct: {
        size_t e = pos + c.len;
        if (c.cp == '.') {
          if (Byte(e) == '.') {
            while (Byte(e) == '.' && e - pos < 64) ++e;  // "..." "...."
          } else if (Byte(e) == ' ' && Byte(e + 1) == '.' &&
                     Byte(e + 2) == ' ' && Byte(e + 3) == '.') {
            e += 4;  // ". . ."
            while (Byte(e) == ' ' && Byte(e + 1) == '.' && e - pos < 64) e += 2;
          }
        } else if (c.cp == '?' || c.cp == '!') {
          while ((Byte(e) == '?' || Byte(e) == '!') && e - pos < 64)
            ++e;  // "?!"
        }
        e = ClipToLimit(pos, e);
        Emit(pos, e, TokenKind::kPunctuation, 0);
        pos = e;
        break;
      }
      case CharClass::kSymbol: {
        size_t after = pos + c.len;
        if (byte == '@' && (IsAsciiAlnum(Byte(after)) || Byte(after) == '_')) {
          size_t e = after;
          while (e < n_ && e - pos < 64 &&
                 (IsAsciiAlnum(Byte(e)) || Byte(e) == '_'))
            ++e;
          e = ClipToLimit(pos, e);
          Emit(pos, e, TokenKind::kHandle, 0);
          pos = e;
          break;
        }
        if (byte == '#') {
          Char next = At(after);
          if (next.cls == CharClass::kLetter ||
              next.cls == CharClass::kNoSpace) {
            size_t e = after;
            while (e < n_ && e - pos < cfg_.max_token_bytes) {
              Char d = At(e);
              if (d.cls == CharClass::kLetter || d.cls == CharClass::kDigit ||
                  d.cls == CharClass::kNoSpace || d.cp == '_') {
                e += d.len;
              } else {
                break;
              }
            }
            e = ClipToLimit(pos, e);  // '#' + a last multi-byte letter
            Emit(pos, e, TokenKind::kHashtag, 0);
            pos = e;
            break;
          }
        }
        Emit(pos, after, TokenKind::kSymbol, 0);
        pos = after;
        break;
      }
      case CharClass::kInvalid: {
        size_t e = pos + c.len;
        // Merge consecutive invalid sequences into one token.
        while (e < n_ && e - pos < cfg_.max_token_bytes) {
          Char d = At(e);
          if (d.cls != CharClass::kInvalid) break;
          e += d.len;
        }
        e = ClipToLimit(pos, e);
        bool invalid_bytes = !DecodeUtf8(text_, pos).valid;
        Emit(pos, e, TokenKind::kOther, invalid_bytes ? kInvalidUtf8 : 0);
        pos = e;
        break;
      }
      default:
        pos += c.len;
        break;
    }
  }
  return pos;
}

// The hot loop. Most of news text is ASCII words, spaces and simple
// punctuation: those go through a byte table and are emitted here without
// the general machinery. A token goes through Step() (the general case) as
// soon as anything about it could be special, so the output is the same.
void TokenizerRun::Run() {
  if (cfg_.general_only) {
    for (size_t pos = 0; pos < n_;) pos = Step(pos);
  } else if (words_ != nullptr) {
    RunFast<true>();
  } else {
    RunFast<false>();
  }
}

// The flags of an ASCII word from its bytes' masks (bit i: byte i): upper
// and lower-case letters, digits. Only words with a capital or a digit get
// here.
inline uint16_t AsciiWordFlags(unsigned upper, unsigned lower, unsigned digit) {
  uint16_t flags = (upper & 1) ? kCapitalized : 0;
  if (digit) flags |= kHasDigit;
  // Letters are upper or lower, so "all of at least two letters are upper"
  // is "no lower-case letter and at least two upper-case ones".
  if (lower == 0 && (upper & (upper - 1)) != 0) flags |= kAllCaps;
  return flags;
}

template <bool kIds>
void TokenizerRun::RunFast() {
  const unsigned char* s = s_;
  const char* const text = text_.data();
  const size_t n = n_;
  const size_t max_len = cfg_.max_token_bytes;
  // Words shorter than this take the one-load path: under 16 bytes (the
  // load) and under the token length limit.
  const size_t fast_len = std::min<size_t>(16, max_len);
  // The run loop (see there) takes words of up to 15 bytes.
  const bool runs = max_len >= 16;
  // The run's cursor state in locals (registers), written back to the
  // members only around the members that read them (store_cursor): the
  // stores of each token would otherwise make the compiler reload them.
  bool space = space_before_;
  uint32_t lines = newlines_;
  uint32_t count = count_;
  uint32_t* ids = id_out_;
  Token* tokens = token_out_;
  uint32_t capacity = capacity_;
  // Around a member that reads and writes the cursor state (Step,
  // WordBeforePeriod, EmitNot): store the locals before, load them (and the
  // id and numeric buffers, which the member may have grown) after.
  auto store_cursor = [&]() __attribute__((always_inline)) {
    space_before_ = space;
    newlines_ = lines;
    count_ = count;
  };
  auto load_cursor = [&]() __attribute__((always_inline)) {
    space = space_before_;
    lines = newlines_;
    count = count_;
    ids = id_out_;
    tokens = token_out_;
    capacity = capacity_;
  };
  WordIndex::Probe probe{};
  if constexpr (kIds) probe = words_->probe();
  const WordIndex::Probe abbrev = tok_.abbrev_words_.probe();
  [[maybe_unused]] uint32_t comma_id = kNoWord, period_id = kNoWord;
  if constexpr (kIds) {
    comma_id = probe.FindByte(',');
    period_id = probe.FindByte('.');
  }
  // Appends a token whose shape flags are known (as Push, on the locals);
  // `candidate`: a token the sentence splitter visits (see Push).
  auto push = [&](size_t begin, size_t end, TokenKind kind, uint16_t flags,
                  bool candidate) __attribute__((always_inline)) {
    if (space) flags |= kSpaceBefore;
    const uint32_t index = count++;
    if (lines > 0 || candidate) {
      if (lines > 0) flags |= kLineStart;
      AppendMark(index, lines, AbbrevClass::kNone,
                 lines > 0 || SplitterStop(kind, s[begin]));
    }
    if (index == capacity) {
      count_ = index;
      Reserve(2 * capacity);
      ids = id_out_;
      tokens = token_out_;
      capacity = capacity_;
    }
    Token& t = tokens[index];
    t.span.begin = static_cast<uint32_t>(begin);
    t.span.end = static_cast<uint32_t>(end);
    t.kind = kind;
    t.flags = flags;
    space = false;
    lines = 0;
    return index;
  };
  // A token whose folded form is its own bytes (not a word).
  // (Under 16 bytes with 16 readable, as the run loop's words: one load,
  // masked; tokens hold no NUL byte.)
  auto raw_id = [&](uint32_t index, size_t begin, size_t end)
      __attribute__((always_inline)) {
    if constexpr (kIds) {
#if defined(__SSE2__)
      const size_t len = end - begin;
      if (len < 16 && begin + 16 <= n) {
        ids[index] = probe.Find16(_mm_and_si128(
            _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + begin)),
            _mm_loadu_si128(
                reinterpret_cast<const __m128i*>(kPrefixMask + 16 - len))));
        return;
      }
#endif
      ids[index] = probe.Find(text + begin, end - begin);
    }
  };
  auto byte_id = [&](uint32_t index, unsigned char c)
      __attribute__((always_inline)) {
    if constexpr (kIds) ids[index] = probe.FindByte(c);
  };
  // An ASCII quote mark at `at` between `prev` and `next`: opening after a
  // space, a bracket, a dash or ':' and before a non-space, else closing.
  auto push_quote = [&](size_t at, unsigned char prev, unsigned char next,
                        unsigned char mark) __attribute__((always_inline)) {
    const bool opening = kOpensQuote[prev] && at + 1 < n &&
                         kAscii[next] != CharClass::kSpace &&
                         kAscii[next] != CharClass::kNewline;
    byte_id(push(at, at + 1, TokenKind::kQuote, opening ? kOpening : kClosing,
                 true),
            mark);
  };
#if defined(__SSE2__)
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i letter_bias = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i letter_bound = _mm_set1_epi8(static_cast<char>(26 - 0x80));
  const __m128i digit_bias = _mm_set1_epi8(static_cast<char>(0x80 - '0'));
  const __m128i digit_bound = _mm_set1_epi8(static_cast<char>(10 - 0x80));
#endif
  size_t pos = 0;
  while (pos < n) {
    const unsigned char byte = s[pos];
    switch (kFastClass[byte]) {
      case kFastSpace:
        space = true;
        ++pos;
        continue;
      case kFastNewline:
        space = true;
        ++lines;
        ++pos;
        continue;
      case kFastLetter: {
#if defined(__SSE2__)
        if (lines == 0 && pos + 16 <= n && runs) {
        run:
          // Runs of words: s[pos] is an ASCII letter, pos + 16 <= n, no line
          // break since the last token. Each word of ASCII letters under 16
          // bytes that ends plainly (kLettersEnd, or a period that
          // PlainBeforePeriod lets end it), and the comma or period glued to
          // it, is emitted here, in a loop with no call on its common path
          // and few enough values live that they stay in registers; a word
          // after one space, or after a comma or period and one space, goes
          // round again. Any other word goes to `word` before anything of
          // it is emitted.
          Token* t = tokens + count;
          uint32_t* id = kIds ? ids + count : nullptr;  // no ids: null
          // Room for a word and its comma or period while t < t_last.
          Token* t_last = tokens + capacity - 1;
          const size_t last_load = n - 16;  // pos + 16 <= n
          // The next token's kSpaceBefore.
          uint16_t lead = space ? kSpaceBefore : 0;
          for (;;) {
            const __m128i x =
                _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos));
            const __m128i folded = _mm_or_si128(x, case_bit);
            const unsigned letter =
                static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(
                    _mm_add_epi8(folded, letter_bias), letter_bound)));
            const size_t len = static_cast<size_t>(__builtin_ctz(~letter));
            // No letter (the token is no word) or 16: the loop ends, the
            // general way or `word` goes on at pos.
            if (len - 1 >= 15) break;
            const size_t e = pos + len;  // < n: a byte of the load
            const unsigned char end = s[e];
            // The folded form: the word's bytes lower-cased, the rest zero.
            const __m128i form = _mm_and_si128(
                folded, _mm_loadu_si128(reinterpret_cast<const __m128i*>(
                            kPrefixMask + 16 - len)));
            if (kLettersEnd[end]) {
              // '-', '\'', a digit ...: `word`; a period too, unless it
              // ends a plain word (no abbreviation, initial or e-mail
              // address, as in `word`) and is no ellipsis (kFastPeriod).
              if (end != '.' || !PeriodEndsRunWord(pos, e, form)) break;
            }
            if (t >= t_last) {
              count_ = count = static_cast<uint32_t>(t - tokens);
              Reserve(2 * capacity);
              ids = id_out_;
              tokens = token_out_;
              capacity = capacity_;
              t = tokens + count;
              id = kIds ? ids + count : nullptr;
              t_last = tokens + capacity - 1;
            }
            // Bits 0 to len (bit len is no letter): the upper-case letters
            // of the word.
            const unsigned upper = ~static_cast<unsigned>(_mm_movemask_epi8(
                                       _mm_slli_epi16(x, 2))) &
                                   letter & (letter ^ (letter + 1));
            uint16_t flags = lead;
            if (upper != 0) {
              flags |=
                  AsciiWordFlags(upper, letter & ~upper & ((1u << len) - 1), 0);
            }
            t->span.begin = static_cast<uint32_t>(pos);
            t->span.end = static_cast<uint32_t>(e);
            t->kind = TokenKind::kWord;
            t->flags = flags;
            uint64_t hash = 0;  // kept for a folded form (Folded::hash)
            if constexpr (kIds) *id = probe.Find16(form, &hash);
            if (upper != 0) {
              FoldAscii(static_cast<uint32_t>(t - tokens), pos, e,
                        (upper & ~1u) != 0, hash);
            }
            ++t;
            if constexpr (kIds) ++id;
            pos = e + 1;
            lead = kSpaceBefore;
            if (end != ' ') {
              lead = 0;
              if (end != ',' && end != '.') {  // ')' ';' ...: the general way
                pos = e;
                break;
              }
              // A comma or a period: punctuation, the period a candidate of
              // the splitter, the comma not (see Push); perhaps a space and
              // a word after it.
              t->span.begin = static_cast<uint32_t>(e);
              t->span.end = static_cast<uint32_t>(pos);
              t->kind = TokenKind::kPunctuation;
              t->flags = 0;
              if (end == '.') {
                AppendMark(static_cast<uint32_t>(t - tokens), 0,
                           AbbrevClass::kNone, true);
              }
              if constexpr (kIds) *id = end == ',' ? comma_id : period_id;
              ++t;
              if constexpr (kIds) ++id;
              if (pos < n && s[pos] == ' ') {
                ++pos;
                lead = kSpaceBefore;
              }
            }
            if (pos > last_load || lead == 0) break;  // the general way
          }
          count = static_cast<uint32_t>(t - tokens);
          space = lead != 0;
          if (pos < n && kFastClass[s[pos]] == kFastLetter) goto word;
          continue;
        }
#endif
      word:  // s[pos] is an ASCII letter
#if defined(__SSE2__)
        if (pos + 16 <= n) {
          // The common word: shorter than 16 bytes, all in one load. Each
          // mask has bit i for byte i; ranges through one signed compare
          // each (as AsciiWordEnd).
          const __m128i x =
              _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos));
          const unsigned letter =
              static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(
                  _mm_add_epi8(_mm_or_si128(x, case_bit), letter_bias),
                  letter_bound)));
          const unsigned digit = static_cast<unsigned>(_mm_movemask_epi8(
              _mm_cmplt_epi8(_mm_add_epi8(x, digit_bias), digit_bound)));
          const unsigned alnum = letter | digit;
          size_t len = static_cast<size_t>(__builtin_ctz(~alnum));
          if (len < fast_len && s[pos + len] == '-' &&
              !(pos > 0 && kByteShape[s[pos - 1]] == kShapeDigit &&
                kByteShape[Byte(pos + len + 1)] == kShapeDigit)) {
            // A hyphenated word (Jean-Luc, COVID-19, two-thirds): ScanWord
            // goes on over a hyphen that a letter or digit follows. (Not
            // a number's unit before a range's second number, "3bn-4bn":
            // the general way, ScanWord, ends it at the hyphen.)
            const unsigned hyphen = static_cast<unsigned>(
                _mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('-'))));
            len = static_cast<size_t>(
                __builtin_ctz(~(alnum | (hyphen & (alnum >> 1)))));
          }
          if (len < fast_len) {
            const size_t e = pos + len;  // < n: a byte of the load
            if (kWordEnd[s[e]]) {
              if (s[e] == '.') {
                if (!PlainBeforePeriod(pos, e, [&](size_t n16) {
                      // The abbreviation keys probed with the word's bytes
                      // lower-cased in a register.
                      const __m128i form = _mm_and_si128(
                          _mm_or_si128(x, case_bit),
                          _mm_loadu_si128(reinterpret_cast<const __m128i*>(
                              kPrefixMask + 16 - n16)));
                      return abbrev.Find16(form) != kNoWord;
                    })) {
                  // Abbreviations, initials and initialisms, emitted
                  // through Emit, on the members.
                  store_cursor();
                  const size_t end = WordBeforePeriod(pos, e);
                  if (end == 0) break;
                  if (end != e) {
                    load_cursor();
                    pos = end;
                    continue;
                  }
                }
              } else if (!WordEndIsPlain(pos, e)) {
                // "do|n't", "ca|n't": ScanWord ends the word before the n
                // when "'t" and no more of a word follow. (No e-mail
                // address: its local part cannot hold the apostrophe.)
                const unsigned char after = Byte(e + 2);
                if (s[e] != '\'' || len < 2 || kLower[s[e - 1]] != 'n' ||
                    kLower[Byte(e + 1)] != 't' || kWordEnd[after] ||
                    IsAsciiAlnum(after)) {
                  break;
                }
                store_cursor();
                EmitNot(pos, e + 2);
                load_cursor();
                pos = e + 2;
                continue;
              }
            }
            const unsigned in_word = (1u << len) - 1;
            const unsigned lower_bit =
                static_cast<unsigned>(_mm_movemask_epi8(_mm_slli_epi16(x, 2)));
            const unsigned upper = letter & ~lower_bit & in_word;
            const unsigned digits = digit & in_word;
            uint16_t flags = 0;
            if ((upper | digits) != 0) {
              flags =
                  AsciiWordFlags(upper, letter & lower_bit & in_word, digits);
              // A word with a digit ("G7") is numeric: the token that push
              // makes next, index `count` (the list has room for one more
              // than capacity: see Reserve).
              if (digits != 0) numeric_out_[numerics_++] = count;
            }
            const uint32_t index = push(pos, e, TokenKind::kWord, flags, false);
            uint64_t hash = 0;  // kept for a folded form (Folded::hash)
            if constexpr (kIds) {
              // From the text's bytes, lower-cased in registers: not from
              // the folded form FoldAscii stores next (no wait on those
              // stores).
              const __m128i form = _mm_and_si128(
                  _mm_or_si128(x, case_bit),
                  _mm_loadu_si128(reinterpret_cast<const __m128i*>(kPrefixMask +
                                                                   16 - len)));
              ids[index] = probe.Find16(form, &hash);
            }
            if (upper != 0) FoldAscii(index, pos, e, (upper & ~1u) != 0, hash);
            pos = e;
            if (s[pos] == ' ') {  // most words: one space after
              space = true;
              ++pos;
              // and then another word: straight on, a branch that predicts
              // well instead of the dispatch on the byte's class.
              if (pos + 16 <= n && kFastClass[s[pos]] == kFastLetter && runs) {
                goto run;
              }
              if (pos < n && kFastClass[s[pos]] == kFastLetter) goto word;
            }
            continue;
          }
        }
#endif
        // A run of ASCII letters and digits, with its shape on the way.
        const uint8_t first = kByteShape[s[pos]];
        const size_t lim = std::min(n, pos + max_len);
        unsigned seen = 0;  // shapes of the bytes after the first
        const size_t e = AsciiWordEnd(s, pos, n, lim, &seen);
        if (e == lim && lim != n) break;  // at the length limit
        if (e < n && kWordEnd[s[e]] && !WordEndIsPlain(pos, e) &&
            !PeriodEndsPlainWord(pos, e)) {
          break;
        }
        // A URL's scheme ends with "://", a domain and an initialism with a
        // period, an e-mail's local part with [@._%+-]: none of those here.
        const unsigned rest_upper = seen & kShapeUpper;
        seen |= first;
        uint16_t flags = first == kShapeUpper ? kCapitalized : 0;
        if (seen & kShapeDigit) flags |= kHasDigit;
        if ((seen & (kShapeUpper | kShapeLower)) == kShapeUpper) {
          size_t uppers = e - pos;
          if (seen & kShapeDigit) {
            uppers = 0;
            for (size_t q = pos; q < e; ++q)
              uppers += kByteShape[s[q]] == kShapeUpper;
          }
          if (uppers >= 2) flags |= kAllCaps;
        }
        const uint32_t index = push(pos, e, TokenKind::kWord, flags, false);
        if (seen & kShapeUpper) FoldAscii(index, pos, e, rest_upper != 0);
        if constexpr (kIds) ids[index] = FormId(index, pos, e, true);
        if (seen & kShapeDigit) numeric_out_[numerics_++] = index;
        pos = e;
        if (pos < n && s[pos] == ' ') {
          space = true;
          ++pos;
          if (pos < n && kFastClass[s[pos]] == kFastLetter) goto word;
        }
        continue;
      }
      case kFastDigit: {
        const size_t e = PlainNumberEnd(pos);
        if (e == 0) break;
        const uint32_t index =
            push(pos, e, TokenKind::kNumber, kHasDigit, false);
        raw_id(index, pos, e);
        numeric_out_[numerics_++] = index;
        pos = e;
        if (pos < n && s[pos] == ' ') {
          space = true;
          ++pos;
        }
        continue;
      }
      case kFastPunct:
        // A comma is no candidate of the sentence splitter (see Push).
        byte_id(push(pos, pos + 1, TokenKind::kPunctuation, 0, byte != ','),
                byte);
        ++pos;
        if (pos < n && s[pos] == ' ') {
          space = true;
          ++pos;
        }
        continue;
      case kFastOpen:
        byte_id(push(pos, pos + 1, TokenKind::kPunctuation, kOpening, true),
                byte);
        ++pos;
        continue;
      case kFastClose:
        byte_id(push(pos, pos + 1, TokenKind::kPunctuation, kClosing, true),
                byte);
        ++pos;
        continue;
      case kFastPeriod: {
        // "." alone; "..", ". ." (ellipses) the general way.
        unsigned char next = Byte(pos + 1);
        if (next == '.' || (next == ' ' && Byte(pos + 2) == '.')) break;
        byte_id(push(pos, pos + 1, TokenKind::kPunctuation, 0, true), byte);
        ++pos;
        continue;
      }
      case kFastBang: {  // "?!" runs, as Step
        size_t e = pos + 1;
        while (e < n && (s[e] == '?' || s[e] == '!') && e - pos < 64) ++e;
        e = ClipToLimit(pos, e);
        raw_id(push(pos, e, TokenKind::kPunctuation, 0, true), pos, e);
        pos = e;
        continue;
      }
      case kFastDash: {  // "-", "--": Step's kDash for ASCII
        size_t e = pos + 1;
        while (e < n && s[e] == '-' && e - pos < 8) ++e;
        e = ClipToLimit(pos, e);
        raw_id(push(pos, e, TokenKind::kPunctuation, 0, true), pos, e);
        pos = e;
        continue;
      }
      case kFastSymbol:
        byte_id(push(pos, pos + 1, TokenKind::kSymbol, 0, true), byte);
        ++pos;
        continue;
      case kFastQuote: {
        // Step decides when a neighbour is not ASCII.
        const unsigned char prev = pos > 0 ? s[pos - 1] : ' ';
        const unsigned char next = pos + 1 < n ? s[pos + 1] : ' ';
        if ((prev | next) >= 0x80) break;
        push_quote(pos, prev, next, byte);
        ++pos;
        continue;
      }
      case kFastApostrophe: {
        const unsigned char prev = pos > 0 ? s[pos - 1] : ' ';
        const unsigned char next = pos + 1 < n ? s[pos + 1] : ' ';
        if ((prev | next) >= 0x80) break;
        if (space && count != 0 && absl::ascii_isalpha(next) && prev == ' ' &&
            tokens[count - 1].span.end + 1 == pos &&
            tokens[count - 1].kind == TokenKind::kWord) {
          // Perhaps a clitic written apart from its word, as treebank-
          // tokenized text has it ("Kenya 's"): the general way (Step).
          break;
        }
        if (!space && count != 0) {
          const Token& last = tokens[count - 1];
          if (last.span.end == pos && last.kind == TokenKind::kWord) {
            // A lower-case clitic glued to the word before: 's 'm 'd 'll
            // 're 've; another letter after a word (a capital clitic) the
            // general way.
            const size_t q = CliticEnd(pos + 1);
            if (q != 0) {
              raw_id(push(pos, q, TokenKind::kWord, 0, false), pos, q);
              pos = q;
              continue;
            }
            if (absl::ascii_isalpha(next)) break;
          }
          // "Radio 1's", "the 1990's": the general way (Step).
          if (last.span.end == pos && last.kind == TokenKind::kNumber &&
              (next | 0x20) == 's') {
            break;
          }
        }
        // A quote, opening or closing as '"' (kFastQuote).
        push_quote(pos, prev, next, byte);
        ++pos;
        continue;
      }
      case kFastMulti: {
        // The commonest non-ASCII punctuation and currency signs of news,
        // as Step emits them: the token, and its folded form (Emit: quotes
        // fold to '"' or '\'', the ellipsis to "...", the others to
        // themselves, recorded because they are not ASCII).
        const unsigned char b1 = Byte(pos + 1), b2 = Byte(pos + 2);
        size_t len = 3;
        TokenKind kind = TokenKind::kPunctuation;
        uint16_t flags = 0;
        std::string_view norm(text + pos, 3);
        if (byte == 0xC2) {
          if (b1 != 0xA3) break;  // £
          len = 2;
          kind = TokenKind::kSymbol;
          norm = norm.substr(0, 2);
        } else if (b1 == 0x82) {
          if (b2 != 0xAC) break;  // €
          kind = TokenKind::kSymbol;
        } else if (b1 == 0x80) {
          switch (b2) {
            case 0x93:  // – en dash
            case 0x94:  // — em dash
              break;
            case 0x98:  // ‘
              kind = TokenKind::kQuote;
              flags = kOpening;
              norm = "'";
              break;
            case 0x9C:  // “
            case 0x9D:  // ”
              kind = TokenKind::kQuote;
              flags = b2 == 0x9C ? kOpening : kClosing;
              norm = "\"";
              break;
            case 0xA6:  // …
              norm = "...";
              break;
            default:
              goto general;
          }
        } else {
          break;
        }
        const uint32_t index = push(pos, pos + len, kind, flags, true);
        const size_t old = norm_used_;
        std::memcpy(NormSpace(norm.size()), norm.data(), norm.size());
        norm_used_ += norm.size();
        uint64_t hash = 0;
        if constexpr (kIds)
          ids[index] = probe.Find(norm.data(), norm.size(), &hash);
        AddFolded(index, old, hash);
        pos += len;
        continue;
      }
      default:
        break;
    }
  general:
    // The general way: Step reads and writes the cursor state through the
    // members.
    store_cursor();
    pos = Step(pos);
    load_cursor();
  }
  store_cursor();
}

size_t TokenizerRun::CliticEnd(size_t r) const {
  const unsigned char a = Byte(r), b = Byte(r + 1), c = Byte(r + 2);
  // Byte() is 0 past the end: a non-letter.
  auto ends = [](unsigned char x) {
    return x < 0x80 && !absl::ascii_isalpha(x);
  };
  if ((a == 's' || a == 'm' || a == 'd') && ends(b)) return r + 1;
  if (((a == 'l' && b == 'l') || (a == 'r' && b == 'e') ||
       (a == 'v' && b == 'e')) &&
      ends(c)) {
    return r + 2;
  }
  return 0;
}

// After an ASCII letter/digit run [pos, e) of a word, could ScanWord or the
// URL/e-mail checks do anything but end the word at e? (e < n_)
bool TokenizerRun::WordEndIsPlain(size_t pos, size_t e) {
  const unsigned char c = s_[e];
  switch (c) {
    case '.':  // initialisms, abbreviations, domains, www.
    case '-':  // hyphenated words
      return false;
    case '\'': {
      // ScanWord ends the word before an apostrophe that a non-letter
      // follows ("workers' ") or a lower-case clitic ('s 'll ...); n't and
      // inner apostrophes (O'Brien) the general way.
      const unsigned char d = Byte(e + 1);
      if (d >= 0x80) return false;
      if (!absl::ascii_isalpha(d)) return true;
      return CliticEnd(e + 1) != 0;
    }
    case ':':  // http:// ftp://
      return Byte(e + 1) != '/';
    case '@':
    case '_':
    case '%':
    case '+':
      return !EmailNear(pos);
    case 0xC2:  // NBSP
      return Byte(e + 1) == 0xA0;
    case 0xE2: {
      // Quotes, dashes and the ellipsis end a word; ’ and U+2010/2011 may not.
      if (Byte(e + 1) != 0x80) return false;
      const unsigned char c2 = Byte(e + 2);
      return c2 == 0x93 || c2 == 0x94 || c2 == 0x98 || c2 == 0x9C ||
             c2 == 0x9D || c2 == 0xA6;
    }
    default:
      return c < 0x80;  // other non-ASCII: letters, marks, joiners ...
  }
}

// A sentence-final word: is the ASCII letter/digit run [pos, e) followed by
// '.' a plain word for ScanWord, with the period a token of its own? True
// only where Step would emit the same word: no letter or digit after the
// period (no initialism, domain or "www."), not a capital letter alone (an
// initial), not an abbreviation's key (abbrev_words_), no '@' nearby (no
// e-mail address).
bool TokenizerRun::PeriodEndsPlainWord(size_t pos, size_t e) {
  if (s_[e] != '.') return false;
  return PlainBeforePeriod(pos, e, [&](size_t len) {
    char lower[12] = {};  // initialized: GCC cannot tell len <= 12 under PGO
    for (size_t i = 0; i < len; ++i) lower[i] = kLower[s_[pos + i]];
    return tok_.FindAbbrev(std::string_view(lower, len)) != nullptr;
  });
}

size_t TokenizerRun::WordBeforePeriod(size_t pos, size_t e) {
  if (EmailNear(pos)) return 0;  // Step tries an e-mail address first
  const size_t len = e - pos;
  const unsigned char next = Byte(e + 1);
  const bool capital = kByteShape[s_[pos]] == kShapeUpper;
  if (absl::ascii_isalpha(next)) {
    // An initialism (U.S., e.g.) or the general way: a domain, a URL
    // (www.), a code (VOW.F).
    if (len > 3 || (len == 3 && kLower[s_[pos]] == 'w' &&
                    kLower[s_[pos + 1]] == 'w' && kLower[s_[pos + 2]] == 'w')) {
      return 0;
    }
    const size_t q = ScanInitialism(pos);
    if (q == 0 || q - pos > cfg_.max_token_bytes) return 0;
    char key[32];  // at most 8 segments of 3 letters and a period
    const size_t key_len = q - 1 - pos;
    for (size_t i = 0; i < key_len; ++i) key[i] = kLower[s_[pos + i]];
    const Tokenizer::AbbrevInfo* info =
        tok_.FindAbbrev(std::string_view(key, key_len));
    Emit(pos, q, TokenKind::kWord, kAbbreviation,
         info != nullptr ? info->cls : AbbrevClass::kInitialism);
    return q;
  }
  if (next == '.') return e;  // an ellipsis after a word
  if (IsAsciiAlnum(next)) return 0;
  if (len == 1 && capital && LoneCapitalIsInitial(pos)) {  // an initial (J.)
    Emit(pos, e + 1, TokenKind::kWord, kAbbreviation, AbbrevClass::kInitial);
    return e + 1;
  }
  if (len > 12) return e;
  char key[12];
  for (size_t i = 0; i < len; ++i) key[i] = kLower[s_[pos + i]];
  const Tokenizer::AbbrevInfo* found =
      tok_.FindAbbrev(std::string_view(key, len));
  if (found == nullptr) return e;
  const Tokenizer::AbbrevInfo& info = *found;
  if (info.capitalized && (!capital || AcronymBeforeSentence(pos, e))) return e;
  if (info.cls == AbbrevClass::kNumber) {
    // "No. 5" but "said no." -- only before a number (ScanWord).
    size_t q = e + 1;
    while (Byte(q) == ' ') ++q;
    if (!absl::ascii_isdigit(Byte(q))) return e;
  }
  // e - pos is under the limit (the caller's), so e + 1 - pos is within it.
  Emit(pos, e + 1, TokenKind::kWord, kAbbreviation, info.cls);
  return e + 1;
}

// The end of the number at pos (an ASCII digit) when ScanNumber would find
// the same end and Step would emit it as a plain number: ASCII digits and
// separators (, . : /) between ASCII digits and perhaps a lower-case
// ordinal or decade suffix, no ISO date, no e-mail address. 0: the general
// way decides.
size_t TokenizerRun::PlainNumberEnd(size_t pos) {
  const unsigned char* s = s_;
  const size_t n = n_;
  const size_t lim = std::min(n, pos + cfg_.max_token_bytes);
  size_t e = pos + 1;
  bool sep = false;
  for (;;) {
    while (e < lim && kByteShape[s[e]] == kShapeDigit) ++e;
    if (e + 1 >= n || !kNumberSep[s[e]]) break;
    const unsigned char d = s[e + 1];
    if (d >= 0x80) return 0;  // perhaps a non-ASCII digit
    if (kByteShape[d] != kShapeDigit) break;
    if (e + 1 >= lim) return 0;  // ScanNumber would stop at the limit
    e += 2;
    sep = true;
  }
  if (e == lim) return lim == n ? e : 0;  // at the length limit
  const unsigned char c = s[e];
  if (c >= 0x80) return 0;  // non-ASCII digits, letters (ordinals)
  bool local = sep;         // could [pos, e] start an e-mail address?
  if (kByteShape[c] != 0) {
    // Letters: ordinal suffixes and decades (21st, 3rd, 1990s) as
    // ScanNumber takes them, when written in lower case (the token is then
    // its own folded form, with no shape flag but kHasDigit) and no e-mail
    // address may start here; others the general way; "4bn" ends here.
    const unsigned char b = Byte(e + 1);
    const unsigned char a = kLower[c], lb = kLower[b];
    // ScanNumber's "no letter after": no ASCII letter, no non-ASCII byte.
    auto letter_at = [&](size_t p) {
      const unsigned char x = Byte(p);
      return x >= 0x80 || absl::ascii_isalpha(x);
    };
    if ((a == 's' && lb == 't') || (a == 'n' && lb == 'd') ||
        (a == 'r' && lb == 'd') || (a == 't' && lb == 'h')) {
      if (c != a || b != lb || letter_at(e + 2) || EmailNear(pos)) return 0;
      return e + 2;
    }
    if (a == 's' && s[e - 1] == '0') {
      if (c != a || letter_at(e + 1) || EmailNear(pos)) return 0;
      return e + 1;
    }
    local = true;
  } else {
    switch (c) {
      case '-':
        if (!sep && e - pos == 4) return 0;  // 2026-02-03
        local = true;
        break;
      case '.':
      case '@':
      case '_':
      case '%':
      case '+':
        local = true;
        break;
      default:
        break;
    }
  }
  if (local && EmailNear(pos)) return 0;
  return e;
}

// ---------------------------------------------------------------------------

absl::StatusOr<Tokenizer> Tokenizer::Create(
    const std::vector<LexiconEntry>& entries) {
  Tokenizer t;
  absl::flat_hash_map<std::string, AbbrevInfo> abbrevs;
  for (const LexiconEntry& e : entries) {
    if (e.type != "abbrev") continue;
    std::string_view phrase = e.phrase;
    if (phrase.empty() || phrase.back() != '.') {
      return absl::InvalidArgumentError(absl::StrCat(
          e.origin, ": abbreviation '", e.phrase, "' must end with '.'"));
    }
    phrase.remove_suffix(1);
    std::string_view cls = e.attr("class", "other");
    AbbrevInfo info;
    if (cls == "title")
      info.cls = AbbrevClass::kTitle;
    else if (cls == "month")
      info.cls = AbbrevClass::kMonth;
    else if (cls == "day")
      info.cls = AbbrevClass::kDay;
    else if (cls == "suffix")
      info.cls = AbbrevClass::kSuffix;
    else if (cls == "time")
      info.cls = AbbrevClass::kTime;
    else if (cls == "number")
      info.cls = AbbrevClass::kNumber;
    else if (cls == "initialism")
      info.cls = AbbrevClass::kInitialism;
    else if (cls == "other")
      info.cls = AbbrevClass::kOther;
    else {
      return absl::InvalidArgumentError(absl::StrCat(
          e.origin, ": unknown abbreviation class '", Av(cls), "'"));
    }
    info.capitalized = e.attr("case") == "title";
    std::string key;
    UErrorCode status = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&key);
    icu::CaseMap::utf8Fold(0, icu::StringPiece(phrase.data(), phrase.size()),
                           sink, nullptr, status);
    abbrevs[key] = info;  // a later entry overrides
  }
  // Sorted, so that the index's layout depends on the entries only. A key
  // with a NUL byte (which WordIndex does not take) matches no token: a
  // token never contains one.
  std::vector<std::string> keys;
  keys.reserve(abbrevs.size());
  for (const auto& [key, info] : abbrevs) {
    if (key.find('\0') == std::string::npos) keys.push_back(key);
  }
  std::sort(keys.begin(), keys.end());
  t.abbrev_words_.Build(keys);
  t.abbrev_info_.reserve(keys.size());
  for (const std::string& key : keys) t.abbrev_info_.push_back(abbrevs[key]);
  return t;
}

void Tokenizer::Tokenize(std::string_view text, const TokenizerConfig& config,
                         TokenStream* out, const WordIndex* words) const {
  out->Clear();
  // News text averages 5-6 bytes a token; a fresh stream grows once or twice.
  if (size_t guess = text.size() / 5 + 16; out->tokens.capacity() < guess) {
    out->tokens.reserve(guess);
    out->folded.reserve(guess / 4);
    out->norm_text.reserve(text.size() / 4);
    out->marks.reserve(guess / 8);
    out->stops.reserve(guess / 16);
  }
  out->text = text;
  out->hash_seed = words != nullptr ? words->probe().seed : 0;
  TokenizerRun run(*this, text, config, out, words);
  run.Run();
  run.Finish();
  // The per-token columns from the sparse records.
  // (Cleared by Clear(): resize writes zeros with memset; the allocator of
  // abbrev and norm_ref leaves new elements unset, so they are zeroed here.
  // The loops read through local pointers: a store through uint8_t* may
  // alias anything, and would make the compiler reload every vector's data.)
  const size_t n = out->tokens.size();
  out->newlines_before.resize(n);
  out->abbrev.resize(n);
  out->norm_ref.resize(n);
  if (n != 0) {
    std::memset(out->abbrev.data(), 0, n * sizeof(AbbrevClass));
    std::memset(out->norm_ref.data(), 0, n * sizeof(uint32_t));
  }
  uint8_t* const newlines = out->newlines_before.data();
  AbbrevClass* const abbrev = out->abbrev.data();
  for (const TokenStream::Mark *m = out->marks.data(),
                               *end = m + out->marks.size();
       m != end; ++m) {
    newlines[m->token] = m->newlines;
    abbrev[m->token] = m->abbrev;
  }
  uint32_t* const norm_ref = out->norm_ref.data();
  const TokenStream::Folded* const folded = out->folded.data();
  const size_t n_folded = out->folded.size();
  for (size_t k = 0; k < n_folded; ++k) {
    norm_ref[folded[k].token] = static_cast<uint32_t>(k + 1);
  }
}

TokenStream Tokenizer::Tokenize(std::string_view text,
                                const TokenizerConfig& config,
                                const WordIndex* words) const {
  TokenStream s;
  Tokenize(text, config, &s, words);
  return s;
}

}  // namespace claimx::internal
