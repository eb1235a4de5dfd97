// JsonWriter: a small streaming JSON emitter for the serializers.
//
// Strings are escaped per RFC 8259; invalid UTF-8 is written as U+FFFD so
// the output is always valid JSON. Numbers use the shortest representation
// that round-trips (integers print without a fraction). Pretty mode indents
// by two spaces; containers opened with `compact` stay on one line.
#ifndef CLAIMX_LIB_OUTPUT_JSON_WRITER_H_
#define CLAIMX_LIB_OUTPUT_JSON_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace claimx::internal {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out, bool pretty)
      : out_(out), pretty_(pretty) {}

  void BeginObject(bool compact = false) { Open('{', compact); }
  void EndObject() { Close('}'); }
  void BeginArray(bool compact = false) { Open('[', compact); }
  void EndArray() { Close(']'); }
  void Key(std::string_view key);
  // A key written as a string literal: the serializers' own keys, plain
  // ASCII that needs no escaping, go out in one fixed-size append.
  template <size_t N>
  void Key(const char (&key)[N]) {
    static_assert(N >= 1 && N <= 61, "a key literal");
    BeforeValue();
    after_key_ = true;
    char buf[N + 3];
    buf[0] = '"';
    std::memcpy(buf + 1, key, N - 1);
    buf[N] = '"';
    buf[N + 1] = ':';
    buf[N + 2] = ' ';
    out_->append(buf, pretty_ ? N + 3 : N + 2);
  }
  void String(std::string_view s);
  void Number(double v);
  void Int(int64_t v);
  // A span's begin or end (UTF-8 byte offset), as document_walk.h writes it;
  // mapped through the offset map when one is set.
  void Offset(uint32_t v) {
    if (offset_map_ != nullptr && !offset_map_->empty()) {
      v = (*offset_map_)[v < offset_map_->size() ? v : offset_map_->size() - 1];
    }
    Int(v);
  }
  // Offsets written through Offset become map[offset] (clamped to the last
  // element); null or empty writes them as they are. Not owned.
  void set_offset_map(const std::vector<uint32_t>* map) { offset_map_ = map; }
  void Bool(bool v);
  void Null();

  // Appends `s` as the body of a JSON string (no quotes).
  static void Escape(std::string_view s, std::string* out);

 private:
  struct Level {
    bool compact;
    bool empty = true;
  };
  void Open(char c, bool compact);
  void Close(char c);
  void BeforeValue();
  void Newline();

  std::string* out_;
  bool pretty_;
  bool after_key_ = false;
  const std::vector<uint32_t>* offset_map_ = nullptr;
  std::vector<Level> stack_;
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_OUTPUT_JSON_WRITER_H_
