#include "output/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "text/utf8.h"

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

void JsonWriter::Newline() {
  if (!pretty_) return;
  out_->push_back('\n');
  out_->append(2 * stack_.size(), ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  Level& l = stack_.back();
  if (!l.empty) {
    out_->push_back(',');
    if (l.compact && pretty_) out_->push_back(' ');
  }
  l.empty = false;
  if (!l.compact) Newline();
}

void JsonWriter::Open(char c, bool compact) {
  BeforeValue();
  bool parent_compact = !stack_.empty() && stack_.back().compact;
  out_->push_back(c);
  stack_.push_back(Level{compact || parent_compact});
}

void JsonWriter::Close(char c) {
  Level l = stack_.back();
  stack_.pop_back();
  if (!l.empty && !l.compact) Newline();
  out_->push_back(c);
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  out_->push_back('"');
  Escape(key, out_);
  out_->push_back('"');
  out_->push_back(':');
  if (pretty_) out_->push_back(' ');
  after_key_ = true;
}

void JsonWriter::String(std::string_view s) {
  BeforeValue();
  out_->push_back('"');
  Escape(s, out_);
  out_->push_back('"');
}

void JsonWriter::Number(double v) {
  BeforeValue();
  if (!std::isfinite(v)) {
    out_->append("null");
    return;
  }
  char buf[32];
  std::to_chars_result r;
  if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0) {
    r = std::to_chars(buf, buf + sizeof buf, static_cast<int64_t>(v));
  } else {
    r = std::to_chars(buf, buf + sizeof buf, v);
  }
  out_->append(buf, r.ptr - buf);
}

void JsonWriter::Int(int64_t v) {
  BeforeValue();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_->append(buf, r.ptr - buf);
}

void JsonWriter::Bool(bool v) {
  BeforeValue();
  out_->append(v ? "true" : "false");
}

void JsonWriter::Null() {
  BeforeValue();
  out_->append("null");
}

// Nonzero when any of the 8 bytes of `x` is a control character, '"', '\\',
// DEL or not ASCII (no false negatives; a false positive only sends the
// bytes through the byte-at-a-time path).
inline uint64_t NeedsCare8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  return (x & kHigh) | ((x - kOnes * 0x20) & ~x & kHigh) |
         has_zero(x ^ (kOnes * '"')) | has_zero(x ^ (kOnes * '\\')) |
         has_zero(x ^ (kOnes * 0x7F));
}

void JsonWriter::Escape(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  // Bytes that need nothing (almost all of them) are appended in runs,
  // skipped 8 at a time.
  size_t run = 0, pos = 0;
  while (pos < s.size()) {
    while (pos + 8 <= s.size()) {
      uint64_t x;
      std::memcpy(&x, s.data() + pos, 8);
      if (NeedsCare8(x) != 0) break;
      pos += 8;
    }
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
      out->append(s.data() + run, pos - run);
      out->append("\\ufffd");
      pos += d.length;
      run = pos;
      continue;
    }
    out->append(s.data() + run, pos - run);
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default: {
        const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out->append(u, sizeof u);
      }
    }
    run = ++pos;
  }
  out->append(s.data() + run, pos - run);
}

}  // namespace claimx::internal
