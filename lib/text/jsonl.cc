#include "text/jsonl.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "text/strings.h"
#include "text/utf8.h"

namespace claimx::internal {
namespace {

constexpr int kMaxDepth = 64;

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  absl::StatusOr<JsonlRecord> Record() {
    JsonlRecord rec;
    bool has_text = false;
    Ws();
    if (!Eat('{')) return Fail("expected '{'");
    Ws();
    if (!Eat('}')) {
      while (true) {
        Ws();
        std::string key;
        if (auto st = String(&key); !st.ok()) return st;
        Ws();
        if (!Eat(':')) return Fail("expected ':'");
        Ws();
        if ((key == "date" || key == "id") && s_.substr(pos_, 4) == "null") {
          // null: the optional field is absent (as in claimx's own output).
          pos_ += 4;
          if (key == "date") rec.date.clear();
          if (key == "id") {
            rec.id.clear();
            rec.has_id = false;
          }
        } else if (key == "text" || key == "date" ||
                   (key == "id" && Peek() == '"')) {
          std::string* dst = key == "text"   ? &rec.text
                             : key == "date" ? &rec.date
                                             : &rec.id;
          if (Peek() != '"')
            return Fail(absl::StrCat("field \"", key, "\" must be a string"));
          dst->clear();
          // The text is most of the line: one allocation, not a regrowth
          // per escape.
          if (dst == &rec.text) dst->reserve(s_.size() - pos_);
          if (auto st = String(dst); !st.ok()) return st;
          if (key == "text") has_text = true;
          if (key == "id") rec.has_id = true;
        } else if (key == "id" &&
                   (Peek() == '-' || (Peek() >= '0' && Peek() <= '9'))) {
          size_t b = pos_;
          if (auto st = Skip(0); !st.ok()) return st;
          rec.id = std::string(s_.substr(b, pos_ - b));
          rec.has_id = true;
        } else {
          if (auto st = Skip(0); !st.ok()) return st;
        }
        Ws();
        if (Eat(',')) continue;
        if (Eat('}')) break;
        return Fail("expected ',' or '}'");
      }
    }
    Ws();
    if (pos_ != s_.size()) return Fail("trailing characters after the object");
    if (!has_text) return Fail("missing \"text\" field");
    return rec;
  }

 private:
  char Peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }
  bool Eat(char c) {
    if (Peek() != c || pos_ >= s_.size()) return false;
    ++pos_;
    return true;
  }
  void Ws() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' ||
                                s_[pos_] == '\r' || s_[pos_] == '\n')) {
      ++pos_;
    }
  }
  absl::Status Fail(std::string_view why) const {
    return absl::InvalidArgumentError(
        absl::StrCat("malformed JSON at byte ", pos_, ": ", Av(why)));
  }

  // The end of the run of string bytes from `pos` that are neither '"',
  // '\\' nor control characters: 16 bytes at a time (SSE2), then one by one.
  size_t PlainRunEnd(size_t pos) const {
    const size_t n = s_.size();
    const char* const p = s_.data();
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    // Bytes below 0x20, compared signed after flipping the sign bit.
    const __m128i bias = _mm_set1_epi8(static_cast<char>(0x80));
    const __m128i control = _mm_set1_epi8(static_cast<char>(0x20 ^ 0x80));
    while (pos + 16 <= n) {
      const __m128i v =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
      const __m128i stop = _mm_or_si128(
          _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
          _mm_cmplt_epi8(_mm_xor_si128(v, bias), control));
      const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(stop));
      if (mask != 0) return pos + static_cast<size_t>(__builtin_ctz(mask));
      pos += 16;
    }
#endif
    while (pos < n && p[pos] != '"' && p[pos] != '\\' &&
           static_cast<unsigned char>(p[pos]) >= 0x20) {
      ++pos;
    }
    return pos;
  }

  absl::Status Hex4(uint32_t* v) {
    if (pos_ + 4 > s_.size()) return Fail("truncated \\u escape");
    *v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = s_[pos_++];
      *v <<= 4;
      if (c >= '0' && c <= '9')
        *v |= c - '0';
      else if (c >= 'a' && c <= 'f')
        *v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        *v |= c - 'A' + 10;
      else
        return Fail("bad hex digit in \\u escape");
    }
    return absl::OkStatus();
  }

  absl::Status String(std::string* out) {
    if (!Eat('"')) return Fail("expected a string");
    while (true) {
      if (pos_ >= s_.size()) return Fail("unterminated string");
      size_t run = pos_;
      pos_ = PlainRunEnd(pos_);
      if (out) out->append(s_.data() + run, pos_ - run);
      if (pos_ >= s_.size()) return Fail("unterminated string");
      char c = s_[pos_];
      if (c == '"') {
        ++pos_;
        return absl::OkStatus();
      }
      if (static_cast<unsigned char>(c) < 0x20)
        return Fail("control character in string");
      ++pos_;  // backslash
      if (pos_ >= s_.size()) return Fail("unterminated escape");
      char e = s_[pos_++];
      char lit = 0;
      switch (e) {
        case '"':
          lit = '"';
          break;
        case '\\':
          lit = '\\';
          break;
        case '/':
          lit = '/';
          break;
        case 'b':
          lit = '\b';
          break;
        case 'f':
          lit = '\f';
          break;
        case 'n':
          lit = '\n';
          break;
        case 'r':
          lit = '\r';
          break;
        case 't':
          lit = '\t';
          break;
        case 'u': {
          uint32_t cp = 0;
          if (auto st = Hex4(&cp); !st.ok()) return st;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t lo = 0;
            if (pos_ + 1 < s_.size() && s_[pos_] == '\\' &&
                s_[pos_ + 1] == 'u') {
              size_t save = pos_;
              pos_ += 2;
              if (auto st = Hex4(&lo); !st.ok()) return st;
              if (lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
              } else {
                pos_ = save;
                cp = kReplacementChar;
              }
            } else {
              cp = kReplacementChar;
            }
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            cp = kReplacementChar;  // lone low surrogate
          }
          if (out) AppendUtf8(cp, out);
          continue;
        }
        default:
          return Fail("bad escape");
      }
      if (out) out->push_back(lit);
    }
  }

  absl::Status Skip(int depth) {
    if (depth > kMaxDepth) return Fail("nesting too deep");
    char c = Peek();
    if (c == '"') return String(nullptr);
    if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      ++pos_;
      Ws();
      if (Eat(close)) return absl::OkStatus();
      while (true) {
        Ws();
        if (c == '{') {
          if (auto st = String(nullptr); !st.ok()) return st;
          Ws();
          if (!Eat(':')) return Fail("expected ':'");
          Ws();
        }
        if (auto st = Skip(depth + 1); !st.ok()) return st;
        Ws();
        if (Eat(',')) continue;
        if (Eat(close)) return absl::OkStatus();
        return Fail("expected ',' or a closing bracket");
      }
    }
    if (c == 't' && s_.substr(pos_, 4) == "true") {
      pos_ += 4;
      return absl::OkStatus();
    }
    if (c == 'f' && s_.substr(pos_, 5) == "false") {
      pos_ += 5;
      return absl::OkStatus();
    }
    if (c == 'n' && s_.substr(pos_, 4) == "null") {
      pos_ += 4;
      return absl::OkStatus();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      size_t b = pos_;
      Eat('-');
      while (pos_ < s_.size() &&
             ((s_[pos_] >= '0' && s_[pos_] <= '9') || s_[pos_] == '.' ||
              s_[pos_] == 'e' || s_[pos_] == 'E' || s_[pos_] == '+' ||
              s_[pos_] == '-')) {
        ++pos_;
      }
      if (pos_ == b + (s_[b] == '-' ? 1 : 0)) return Fail("bad number");
      return absl::OkStatus();
    }
    return Fail("unexpected character");
  }

  std::string_view s_;
  size_t pos_ = 0;
};

}  // namespace

absl::StatusOr<JsonlRecord> ParseJsonlLine(std::string_view line) {
  absl::StatusOr<JsonlRecord> rec = Parser(line).Record();
  if (rec.ok() && FindInvalidUtf8(rec->id) != rec->id.size()) {
    return absl::InvalidArgumentError("invalid UTF-8 in \"id\"");
  }
  return rec;
}

}  // namespace claimx::internal
