#include "output/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "text/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimx::internal {

namespace {

// How Escape treats each byte: copied as part of a run, escaped, or the
// first byte of a multi-byte character (validated, then copied).
enum : uint8_t { kCopy = 0, kEscape = 1, kMultiByte = 2 };

struct EscapeTable {
  uint8_t cls[256];
  constexpr EscapeTable() : cls() {
    for (int c = 0; c < 256; ++c) {
      cls[c] = c >= 0x80                                          ? kMultiByte
               : (c < 0x20 || c == 0x7F || c == '"' || c == '\\') ? kEscape
                                                                  : kCopy;
    }
  }
};
constexpr EscapeTable kEscapeTable;

}  // namespace

namespace {

// One spare buffer per thread, handed from writer to writer: with a writer
// per document, a fresh buffer each time would be new heap memory that the
// allocator trims back to the system when it is freed, and page faults when
// it comes again. Buffers up to kMaxSpare bytes are kept.
struct SpareBuffer {
  std::unique_ptr<char[]> data;
  size_t size = 0;
};
thread_local SpareBuffer spare_buffer;
constexpr size_t kMaxSpare = size_t{1} << 20;

}  // namespace

JsonWriter::JsonWriter(std::string* out, bool pretty, size_t size_hint)
    : out_(out), pretty_(pretty) {
  const size_t want = std::max<size_t>(size_hint, 64);
  size_t size = want;
  SpareBuffer& spare = spare_buffer;
  if (spare.data != nullptr && spare.size >= want) {
    buf_ = std::move(spare.data);
    size = spare.size;
    spare.size = 0;
  } else {
    buf_.reset(new char[want]);
  }
  p_ = buf_.get();
  end_ = buf_.get() + size;
}

JsonWriter::~JsonWriter() {
  Finish();
  const size_t size = static_cast<size_t>(end_ - buf_.get());
  SpareBuffer& spare = spare_buffer;
  if (size <= kMaxSpare && size > spare.size) {
    spare.data = std::move(buf_);
    spare.size = size;
  }
}

void JsonWriter::Finish() {
  out_->append(buf_.get(), static_cast<size_t>(p_ - buf_.get()));
  p_ = buf_.get();
}

void JsonWriter::Grow(size_t n) {
  const size_t used = static_cast<size_t>(p_ - buf_.get());
  const size_t cap = static_cast<size_t>(end_ - buf_.get());
  const size_t size = std::max(cap * 2, used + n + 256);
  std::unique_ptr<char[]> bigger(new char[size]);
  std::memcpy(bigger.get(), buf_.get(), used);
  buf_ = std::move(bigger);
  p_ = buf_.get() + used;
  end_ = buf_.get() + size;
}

void JsonWriter::Newline() {
  if (!pretty_) return;
  const size_t indent = 2 * stack_.size();
  Room(indent + 1);
  *p_++ = '\n';
  std::memset(p_, ' ', indent);
  p_ += indent;
}

void JsonWriter::BeforeListValue() {
  if (stack_.empty()) return;
  Level& l = stack_.back();
  if (!l.empty) {
    Room(2);
    *p_++ = ',';
    if (l.compact && pretty_) *p_++ = ' ';
  }
  l.empty = false;
  if (!l.compact) Newline();
}

void JsonWriter::Open(char c, bool compact) {
  BeforeValue();
  bool parent_compact = !stack_.empty() && stack_.back().compact;
  Put(c);
  stack_.push_back(Level{compact || parent_compact});
}

void JsonWriter::Close(char c) {
  Level l = stack_.back();
  stack_.pop_back();
  if (!l.empty && !l.compact) Newline();
  Put(c);
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  Put('"');
  EscapeHere(key);
  Room(3);
  *p_++ = '"';
  *p_++ = ':';
  if (pretty_) *p_++ = ' ';
  after_key_ = true;
}

void JsonWriter::String(std::string_view s) {
  BeforeValue();
  Put('"');
  EscapeHere(s);
  Put('"');
}

namespace {

// "00" "01" ... "99": two decimal digits at a time.
struct DigitPairs {
  char d[200];
  constexpr DigitPairs() : d() {
    for (int i = 0; i < 100; ++i) {
      d[2 * i] = static_cast<char>('0' + i / 10);
      d[2 * i + 1] = static_cast<char>('0' + i % 10);
    }
  }
};
constexpr DigitPairs kDigitPairs;

// The number of decimal digits of v.
inline size_t DecimalDigits(uint64_t v) {
  size_t n = 1;
  while (v >= 10000) {
    v /= 10000;
    n += 4;
  }
  return n + (v >= 10) + (v >= 100) + (v >= 1000);
}

// Writes v in decimal at p (room for 20 bytes), two digits at a time from
// the end; returns the end.
inline char* WriteUnsigned(char* p, uint64_t v) {
  char* const end = p + DecimalDigits(v);
  char* t = end;
  while (v >= 100) {
    const size_t pair = static_cast<size_t>(v % 100);
    v /= 100;
    t -= 2;
    t[0] = kDigitPairs.d[2 * pair];
    t[1] = kDigitPairs.d[2 * pair + 1];
  }
  if (v >= 10) {
    t[-2] = kDigitPairs.d[2 * v];
    t[-1] = kDigitPairs.d[2 * v + 1];
  } else {
    t[-1] = static_cast<char>('0' + v);
  }
  return end;
}

// Writes v (not an integer) as std::to_chars(v) would when it has at most
// four decimals (scores, most measures): the shortest string that reads
// back as v has the fewest decimals k for which m / 10^k == v (m = v * 10^k
// rounded; the division is exact to the nearest double, so the test is
// exact), and for 0.01 <= |v| < 1e9 that string is unique (10^-4 is far
// wider than the spacing of doubles there) and fixed notation is shorter
// than scientific. Returns the end, or nullptr for other values (the
// caller falls back to std::to_chars).
inline char* WriteShortDecimal(char* p, double v) {
  static constexpr double kScale[] = {1, 10, 100, 1000, 10000};
  const double a = std::fabs(v);
  if (!(a >= 0.01 && a < 1e9)) return nullptr;
  for (int k = 1; k <= 4; ++k) {
    const double m = std::nearbyint(a * kScale[k]);
    if (m / kScale[k] != a) continue;
    uint64_t digits = static_cast<uint64_t>(m);
    if (v < 0) *p++ = '-';
    uint64_t scale = static_cast<uint64_t>(kScale[k]);
    p = WriteUnsigned(p, digits / scale);
    *p++ = '.';
    digits %= scale;
    // The k decimals, leading zeros included (the last one is not zero:
    // k is the fewest).
    for (scale /= 10; scale > 0; scale /= 10) {
      *p++ = static_cast<char>('0' + digits / scale);
      digits %= scale;
    }
    return p;
  }
  return nullptr;
}

}  // namespace

void JsonWriter::Int(int64_t v) {
  BeforeValue();
  Room(24);
  if (v < 0) {
    *p_++ = '-';
    p_ = WriteUnsigned(p_, 0 - static_cast<uint64_t>(v));
  } else {
    p_ = WriteUnsigned(p_, static_cast<uint64_t>(v));
  }
}

void JsonWriter::Number(double v) {
  BeforeValue();
  Room(32);
  if (!std::isfinite(v)) {
    std::memcpy(p_, "null", 4);
    p_ += 4;
    return;
  }
  std::to_chars_result r;
  if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0) {
    r = std::to_chars(p_, p_ + 32, static_cast<int64_t>(v));
  } else if (char* end = WriteShortDecimal(p_, v); end != nullptr) {
    p_ = end;
    return;
  } else {
    r = std::to_chars(p_, p_ + 32, v);
  }
  p_ = r.ptr;
}

void JsonWriter::Bool(bool v) {
  BeforeValue();
  Room(5);
  std::memcpy(p_, v ? "true" : "false", v ? 4 : 5);
  p_ += v ? 4 : 5;
}

void JsonWriter::Null() {
  BeforeValue();
  Room(4);
  std::memcpy(p_, "null", 4);
  p_ += 4;
}

// Nonzero when any of the 8 bytes of `x` is a control character, '"', '\\',
// DEL or not ASCII (no false negatives; false positives only in bytes above
// a flagged one, and a false positive only sends a byte through the
// byte-at-a-time path).
inline uint64_t NeedsCare8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  return (x & kHigh) | ((x - kOnes * 0x20) & ~x & kHigh) |
         has_zero(x ^ (kOnes * '"')) | has_zero(x ^ (kOnes * '\\')) |
         has_zero(x ^ (kOnes * 0x7F));
}

#if defined(__SSE2__)
// Bit i set when byte i of the 16 at `p` is a control character, '"', '\\',
// DEL or not ASCII (exact).
inline unsigned NeedsCare16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Signed: below 0x20 are the control characters and the bytes >= 0x80.
  const __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
  const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
  const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
  const __m128i del = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F));
  return static_cast<unsigned>(_mm_movemask_epi8(
      _mm_or_si128(_mm_or_si128(low, quote), _mm_or_si128(backslash, del))));
}
#endif

// The first position at or after `pos` (< n) whose byte may need care (see
// NeedsCare8), or n when none does: 16 bytes at a time, the last bytes of
// a string as one block that ends with it (overlapping bytes already
// scanned), so a short tail costs one block, not a loop over its bytes.
inline size_t FindCare(const char* p, size_t n, size_t pos) {
#if defined(__SSE2__)
  if (n >= 16) {
    while (pos + 16 <= n) {
      const unsigned m = NeedsCare16(p + pos);
      if (m != 0) return pos + static_cast<size_t>(__builtin_ctz(m));
      pos += 16;
    }
    if (pos == n) return n;
    const size_t last = n - 16;
    const unsigned m = NeedsCare16(p + last) >> (pos - last);
    return m != 0 ? pos + static_cast<size_t>(__builtin_ctz(m)) : n;
  }
#endif
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  while (pos + 8 <= n) {
    uint64_t x;
    std::memcpy(&x, p + pos, 8);
    const uint64_t m = NeedsCare8(x);
    if (m != 0) return pos + static_cast<size_t>(__builtin_ctzll(m)) / 8;
    pos += 8;
  }
  if (pos < n && n >= 8) {
    const size_t last = n - 8;
    uint64_t x;
    std::memcpy(&x, p + last, 8);
    const uint64_t m = NeedsCare8(x) >> (8 * (pos - last));
    return m != 0 ? pos + static_cast<size_t>(__builtin_ctzll(m)) / 8 : n;
  }
#endif
  while (pos < n &&
         kEscapeTable.cls[static_cast<unsigned char>(p[pos])] == kCopy)
    ++pos;
  return pos;
}

void JsonWriter::Escape(std::string_view s, std::string* out) {
  JsonWriter w(out, false, s.size() + 64);
  w.EscapeHere(s);
  w.Finish();
}

void JsonWriter::EscapeHere(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  // Room for the plain case up front: the string as it is. Each escape
  // asks for its own extra room (at most 6 bytes for one input byte).
  Room(s.size());
  size_t run = 0, pos = 0;
  auto flush = [&](size_t to, size_t extra) {
    const size_t len = to - run;
    Room(len + extra);
    std::memcpy(p_, s.data() + run, len);
    p_ += len;
  };
  while (true) {
    pos = FindCare(s.data(), s.size(), pos);
    if (pos == s.size()) break;
    const unsigned char c = static_cast<unsigned char>(s[pos]);
    const uint8_t cls = kEscapeTable.cls[c];
    if (cls == kCopy) {
      ++pos;
      continue;
    }
    if (cls == kMultiByte) {
      DecodedChar d = DecodeUtf8(s, pos);
      if (d.valid) {
        pos += d.length;
        continue;
      }
      flush(pos, 6 + (s.size() - pos));
      std::memcpy(p_, "\\ufffd", 6);
      p_ += 6;
      pos += d.length;
      run = pos;
      continue;
    }
    flush(pos, 6 + (s.size() - pos));
    switch (c) {
      case '"':
        *p_++ = '\\';
        *p_++ = '"';
        break;
      case '\\':
        *p_++ = '\\';
        *p_++ = '\\';
        break;
      case '\n':
        *p_++ = '\\';
        *p_++ = 'n';
        break;
      case '\r':
        *p_++ = '\\';
        *p_++ = 'r';
        break;
      case '\t':
        *p_++ = '\\';
        *p_++ = 't';
        break;
      default: {
        const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        std::memcpy(p_, u, sizeof u);
        p_ += sizeof u;
      }
    }
    run = ++pos;
  }
  flush(pos, 0);
}

}  // namespace claimx::internal
