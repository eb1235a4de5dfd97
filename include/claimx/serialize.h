// Serializers for claimx::Document: JSON (the schema in README.md) and a
// plain-text view. They need the document's original text to print span
// texts; pass the same bytes that were given to Extract. Invalid UTF-8 in
// the text is printed as U+FFFD. Thread-safe (pure functions).
#ifndef CLAIMX_SERIALIZE_H_
#define CLAIMX_SERIALIZE_H_

#include <string>
#include <string_view>

#include "claimx/export.h"
#include "claimx/types.h"

namespace claimx {

struct JsonOptions {
  bool pretty = true;        // indented, one field per line; false: one line
  bool tokens = false;       // include the token list
};

CLAIMX_EXPORT std::string ToJson(const Document& doc, std::string_view text,
                                 const JsonOptions& options = {});

// Human-readable summary: sentences and claims, one per line.
CLAIMX_EXPORT std::string ToText(const Document& doc, std::string_view text);

}  // namespace claimx

#endif  // CLAIMX_SERIALIZE_H_
