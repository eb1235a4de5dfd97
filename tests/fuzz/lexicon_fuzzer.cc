// Fuzz target: the user lexicon loader. ParseLexiconTsv on the input, then
// Extractor::Create with the same text as Options::lexicon_text: Create
// must fail exactly when parsing fails, with the same "file:line: reason",
// and an Extractor built from user entries must handle text made of them.
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_checks.h"
#include "text/tsv.h"

namespace {
constexpr char kName[] = "<options.lexicon_text>";
// Create compiles every built-in lexicon (milliseconds); larger inputs
// only go through the parser.
constexpr size_t kMaxCreateBytes = 2048;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view content(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<std::vector<claimx::internal::LexiconEntry>> parsed =
      claimx::internal::ParseLexiconTsv(content, kName);
  if (parsed.ok()) {
    for (const claimx::internal::LexiconEntry& e : *parsed) {
      FUZZ_CHECK(!e.phrase.empty() && !e.type.empty());
      FUZZ_CHECK(e.origin.rfind(kName, 0) == 0);
    }
  } else {
    // "name:line: reason"
    FUZZ_CHECK(parsed.status().message().rfind(std::string(kName) + ":", 0) ==
               0);
  }
  if (size == 0 || size > kMaxCreateBytes) return 0;

  claimx::Options options;
  options.lexicon_text = std::string(content);
  absl::StatusOr<claimx::Extractor> ex = claimx::Extractor::Create(options);
  if (!parsed.ok()) {
    FUZZ_CHECK(!ex.ok());
    FUZZ_CHECK(ex.status() == parsed.status());
    return 0;
  }
  if (!ex.ok()) return 0;  // well-formed lines with values a stage refuses
  // A document made of the user's own phrases, so that their entries match.
  std::string text = "Officials said on Monday that ";
  for (const claimx::internal::LexiconEntry& e : *parsed) {
    text += e.phrase;
    text += " said 12 percent. \"";
    text += e.phrase;
    text += "\", ";
  }
  text += "according to the report.";
  claimx::fuzz::current_text = text;
  absl::StatusOr<claimx::Document> doc =
      ex->Extract(text, {"lex", "2026-03-12"});
  FUZZ_CHECK(doc.ok());
  claimx::fuzz::CheckDocument(*doc, text, true, ex->options().max_token_bytes);
  return 0;
}
