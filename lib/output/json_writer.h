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
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimx::internal {

class JsonWriter {
 public:
  // Appends to *out. The writer fills a buffer of its own (one capacity
  // check per value, no std::string call per byte run, no zero-filling) and
  // appends it to *out in Finish(), or when it is destroyed: call Finish()
  // before reading or returning *out. `size_hint`: the expected size of the
  // output (a good guess saves regrowing the buffer).
  explicit JsonWriter(std::string* out, bool pretty, size_t size_hint = 256);
  ~JsonWriter();
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // Appends what was written since the last Finish to *out.
  void Finish();

  void BeginObject(bool compact = false) { Open('{', compact); }
  void EndObject() { Close('}'); }
  void BeginArray(bool compact = false) { Open('[', compact); }
  void EndArray() { Close(']'); }
  void Key(std::string_view key);
  // A key written as a string literal: the serializers' own keys, plain
  // ASCII that needs no escaping, go out in one fixed-size copy.
  template <size_t N>
  void Key(const char (&key)[N]) {
    static_assert(N >= 1 && N <= 61, "a key literal");
    BeforeValue();
    after_key_ = true;
    Room(N + 3);
    char buf[N + 3];
    buf[0] = '"';
    std::memcpy(buf + 1, key, N - 1);
    buf[N] = '"';
    buf[N + 1] = ':';
    buf[N + 2] = ' ';
    std::memcpy(p_, buf, N + 3);
    p_ += pretty_ ? N + 3 : N + 2;
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
  // The comma and newline before a value; nothing right after a key (most
  // values), which stays inline.
  void BeforeValue() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    BeforeListValue();
  }
  void BeforeListValue();
  void Newline();
  // At least n writable bytes at p_.
  void Room(size_t n) {
    if (static_cast<size_t>(end_ - p_) < n) Grow(n);
  }
  void Grow(size_t n);
  void Put(char c) {
    Room(1);
    *p_++ = c;
  }
  // Writes the escaped body of s at p_ (Room for it taken inside).
  void EscapeHere(std::string_view s);

  std::string* out_;
  std::unique_ptr<char[]> buf_;
  char* p_ = nullptr;    // next byte to write in buf_
  char* end_ = nullptr;  // end of buf_
  bool pretty_;
  bool after_key_ = false;
  const std::vector<uint32_t>* offset_map_ = nullptr;
  std::vector<Level> stack_;
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_OUTPUT_JSON_WRITER_H_
