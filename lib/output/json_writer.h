// JsonWriter: a small streaming JSON emitter for the serializers.
//
// Strings are escaped per RFC 8259; invalid UTF-8 is written as U+FFFD so
// the output is always valid JSON. Numbers use the shortest representation
// that round-trips (integers print without a fraction). Pretty mode indents
// by two spaces; containers opened with `compact` stay on one line.
#ifndef CLAIMX_LIB_OUTPUT_JSON_WRITER_H_
#define CLAIMX_LIB_OUTPUT_JSON_WRITER_H_

#include <cstdint>
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
  void String(std::string_view s);
  void Number(double v);
  void Int(int64_t v);
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
  std::vector<Level> stack_;
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_OUTPUT_JSON_WRITER_H_
