// Fuzz target: the JSONL reader (one line). Decoded fields must round-trip:
// writing them back with the project's JSON writer and parsing again gives
// the same record.
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_checks.h"
#include "output/json_writer.h"
#include "text/jsonl.h"

namespace {
std::string Quoted(std::string_view s) {
  std::string out = "\"";
  claimx::internal::JsonWriter::Escape(s, &out);
  out += '"';
  return out;
}
bool Valid(std::string_view s) {
  return claimx::internal::FindInvalidUtf8(s) == s.size();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<claimx::internal::JsonlRecord> rec =
      claimx::internal::ParseJsonlLine(line);
  if (!rec.ok()) {
    FUZZ_CHECK(absl::IsInvalidArgument(rec.status()));
    FUZZ_CHECK(!rec.status().message().empty());
    return 0;
  }
  FUZZ_CHECK(Valid(rec->id));
  if (!rec->has_id) FUZZ_CHECK(rec->id.empty());
  // Raw bytes inside strings are kept as they are (Extract judges them);
  // the writer replaces invalid UTF-8, so only valid fields round-trip.
  if (!Valid(rec->text) || !Valid(rec->date)) return 0;
  std::string again = "{";
  if (rec->has_id) again += "\"id\":" + Quoted(rec->id) + ",";
  again +=
      "\"text\":" + Quoted(rec->text) + ",\"date\":" + Quoted(rec->date) + "}";
  absl::StatusOr<claimx::internal::JsonlRecord> rec2 =
      claimx::internal::ParseJsonlLine(again);
  FUZZ_CHECK(rec2.ok());
  FUZZ_CHECK(rec2->has_id == rec->has_id);
  FUZZ_CHECK(rec2->id == rec->id);
  FUZZ_CHECK(rec2->text == rec->text);
  FUZZ_CHECK(rec2->date == rec->date);
  return 0;
}
