// Reader for the JSONL input format: one object per line,
//   {"id": "...", "text": "...", "date": "YYYY-MM-DD"}
// "text" is required, "id" and "date" optional (id may also be a number;
// null for either means absent, as claimx's own output writes them);
// other fields are skipped, whatever their value. Strings are decoded
// (escapes, surrogate pairs) into UTF-8. Errors give the byte offset in the
// line and the reason. Strict RFC 8259 syntax; nesting depth is limited.
#ifndef CLAIMX_LIB_TEXT_JSONL_H_
#define CLAIMX_LIB_TEXT_JSONL_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace claimx::internal {

struct JsonlRecord {
  std::string id;
  std::string text;
  std::string date;
  bool has_id = false;
};

absl::StatusOr<JsonlRecord> ParseJsonlLine(std::string_view line);

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_TEXT_JSONL_H_
