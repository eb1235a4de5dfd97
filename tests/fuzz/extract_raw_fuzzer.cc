// Fuzz target: Extractor::Extract on arbitrary bytes, in both invalid-UTF-8
// modes. Reject mode must accept exactly the valid UTF-8 inputs; replace
// mode must accept everything and, on valid input, agree with reject mode.
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"

namespace {

// Small token cap so that inputs of a few KB also exercise token cutting.
constexpr uint32_t kMaxTokenBytes = 64;

const claimx::Extractor& Get(claimx::InvalidUtf8 mode) {
  auto make = [](claimx::InvalidUtf8 m) {
    claimx::Options o;
    o.invalid_utf8 = m;
    o.max_token_bytes = kMaxTokenBytes;
    absl::StatusOr<claimx::Extractor> ex = claimx::Extractor::Create(o);
    FUZZ_CHECK(ex.ok());
    return new claimx::Extractor(*std::move(ex));
  };
  static const claimx::Extractor* reject = make(claimx::InvalidUtf8::kReject);
  static const claimx::Extractor* replace = make(claimx::InvalidUtf8::kReplace);
  return mode == claimx::InvalidUtf8::kReject ? *reject : *replace;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  claimx::fuzz::current_text = text;
  const bool valid = claimx::internal::FindInvalidUtf8(text) == text.size();
  claimx::DocumentInfo info{"fuzz", "2026-03-12"};

  absl::StatusOr<claimx::Document> rejected =
      Get(claimx::InvalidUtf8::kReject).Extract(text, info);
  FUZZ_CHECK(rejected.ok() == valid);
  if (!valid) FUZZ_CHECK(absl::IsInvalidArgument(rejected.status()));

  absl::StatusOr<claimx::Document> replaced =
      Get(claimx::InvalidUtf8::kReplace).Extract(text, info);
  FUZZ_CHECK(replaced.ok());
  claimx::fuzz::CheckDocument(*replaced, text, valid, kMaxTokenBytes);
  if (valid) {
    claimx::JsonOptions jo{.pretty = false, .tokens = true};
    FUZZ_CHECK(claimx::ToJson(*rejected, text, jo) ==
               claimx::ToJson(*replaced, text, jo));
  }
  return 0;
}
