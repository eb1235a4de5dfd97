#include "output/view_util.h"

#include <cmath>
#include <cstdio>

#include "absl/strings/str_cat.h"
#include "text/strings.h"
#include "text/utf8.h"

namespace claimx::internal {

std::string_view SliceSpan(std::string_view text, Span s) {
  if (s.begin >= text.size() || s.end <= s.begin) return {};
  return text.substr(s.begin,
                     std::min<size_t>(s.size(), text.size() - s.begin));
}

std::string FormatNumber(double v) {
  if (!std::isfinite(v)) return "?";
  if (v == std::floor(v) && std::fabs(v) < 1e15) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", std::fabs(v));
    std::string digits = buf, out;
    if (v < 0) out.push_back('-');
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
      out.push_back(digits[i]);
    }
    return out;
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

namespace {

std::string WithUnit(const Quantity& q, std::string number) {
  if (q.type == QuantityType::kPercent) return absl::StrCat(number, "%");
  if (q.unit.empty()) return number;
  if (q.unit == "%" || q.unit == "pp")
    return absl::StrCat(number, q.unit == "pp" ? " pp" : "%");
  return absl::StrCat(number, " ", q.unit);
}

}  // namespace

std::string QuantityValueText(const Quantity& q) {
  std::string value;
  if (q.low || q.high) {
    value = WithUnit(q, absl::StrCat(q.low ? FormatNumber(*q.low) : "?", "–",
                                     q.high ? FormatNumber(*q.high) : "?"));
  } else if (q.value) {
    value = WithUnit(q, FormatNumber(*q.value));
  } else if (!q.value_text.empty()) {
    value = q.value_text;
  } else {
    return {};
  }
  if (!q.modifier.empty()) {
    std::string words = q.modifier;
    for (char& ch : words) {
      if (ch == '_') ch = ' ';
    }
    return absl::StrCat(words, " ", value);
  }
  if (q.approx) return absl::StrCat("~", value);
  return value;
}

std::string CollapseSpace(std::string_view text) {
  std::string valid, out;
  AppendValidUtf8(text, &valid);
  out.reserve(valid.size());
  bool space = false;
  for (char ch : valid) {
    if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f' ||
        ch == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(ch);
  }
  return out;
}

std::string SourceName(const Claim& c, std::string_view text) {
  if (!c.source) return {};
  if (!c.source->resolved.empty()) return CollapseSpace(c.source->resolved);
  return CollapseSpace(SliceSpan(text, c.source->span));
}

}  // namespace claimx::internal
