// Bridges std::string_view and absl::string_view.
//
// Debian's Abseil is built with ABSL_OPTION_USE_STD_STRING_VIEW=0, so
// absl::string_view is a distinct type and absl::StrCat & co. do not accept
// std::string_view. The library uses std::string_view throughout and wraps
// it with Av() at calls into Abseil's string utilities.
#ifndef CLAIMX_LIB_TEXT_STRINGS_H_
#define CLAIMX_LIB_TEXT_STRINGS_H_

#include <string_view>

#include "absl/strings/string_view.h"

namespace claimx::internal {

inline absl::string_view Av(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}
inline std::string_view Sv(absl::string_view s) {
  return std::string_view(s.data(), s.size());
}

// ASCII-case-insensitive prefix test.
inline bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = text[i], b = prefix[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
    if (a != b) return false;
  }
  return true;
}

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_TEXT_STRINGS_H_
