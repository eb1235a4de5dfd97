#include "output/json_writer.h"

#include <charconv>
#include <cmath>

#include "text/utf8.h"

namespace claimx::internal {

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
  out_->append(buf, r.ptr);
}

void JsonWriter::Int(int64_t v) {
  BeforeValue();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_->append(buf, r.ptr);
}

void JsonWriter::Bool(bool v) {
  BeforeValue();
  out_->append(v ? "true" : "false");
}

void JsonWriter::Null() {
  BeforeValue();
  out_->append("null");
}

void JsonWriter::Escape(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  size_t pos = 0;
  while (pos < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c >= 0x80) {
      DecodedChar d = DecodeUtf8(s, pos);
      if (d.valid) {
        out->append(s.data() + pos, d.length);
      } else {
        out->append("\\ufffd");
      }
      pos += d.length;
      continue;
    }
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
      default:
        if (c < 0x20 || c == 0x7F) {
          out->append("\\u00");
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 15]);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
    ++pos;
  }
}

}  // namespace claimx::internal
