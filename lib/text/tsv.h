// The lexicon TSV format shared by every stage's data files.
//
//   # comment
//   phrase<TAB>type[<TAB>key=value;key=value]
//
// Blank lines and lines starting with '#' are skipped. The phrase is
// written as it appears in text ("according to", "Dr.", "U.S."); it is
// tokenized and case-folded by the tokenizer when the lexicon is compiled.
// The type is a lower-case identifier ([a-z0-9_]+) or "-" (removal).
// Errors name "file:line: reason". Parsing is all-or-nothing: a file with
// one bad line yields an error and no entries.
#ifndef CLAIMX_LIB_TEXT_TSV_H_
#define CLAIMX_LIB_TEXT_TSV_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

namespace claimx::internal {

struct LexiconEntry {
  std::string phrase;
  std::string type;
  std::vector<std::pair<std::string, std::string>> attrs;
  std::string origin;  // "file:line", for error messages

  // Value of attribute `key`, or `fallback` if absent.
  std::string_view attr(std::string_view key,
                        std::string_view fallback = {}) const;
};

// Parses TSV `content`; `name` is used in error messages.
absl::StatusOr<std::vector<LexiconEntry>> ParseLexiconTsv(
    std::string_view content, std::string_view name);

// Reads and parses a file. NotFound if it cannot be opened, DataLoss if it
// cannot be read completely, InvalidArgument for malformed lines.
absl::StatusOr<std::vector<LexiconEntry>> ReadLexiconFile(
    const std::string& path);

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_TEXT_TSV_H_
