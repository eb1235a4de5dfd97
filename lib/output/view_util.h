// Helpers shared by the human-facing views (text, HTML) and the CLI's
// corpus statistics: span slicing that tolerates bad offsets, readable
// quantity values, and the key that groups claims by source.
#ifndef CLAIMX_LIB_OUTPUT_VIEW_UTIL_H_
#define CLAIMX_LIB_OUTPUT_VIEW_UTIL_H_

#include <string>
#include <string_view>

#include "claimx/types.h"

namespace claimx::internal {

// text[s.begin, s.end) clamped to the text; empty when s starts past it.
std::string_view SliceSpan(std::string_view text, Span s);

// A number for people: integers with thousands separators ("4,200,000"),
// other values with up to 6 significant decimals ("0.125", "3.75").
std::string FormatNumber(double v);

// A quantity's value as a person would say it: "about 1,400 containers",
// "4,200,000 EUR", "12%", "80,000,000–100,000,000 USD", "2026-03".
// Empty when the quantity carries no value.
std::string QuantityValueText(const Quantity& q);

// The name claims are grouped under: the resolved (canonical or antecedent)
// name when there is one, else the source's own text with whitespace runs
// collapsed; empty for a claim without a source.
std::string SourceName(const Claim& c, std::string_view text);

// Copies text with each run of whitespace (incl. newlines) turned into one
// space, invalid UTF-8 as U+FFFD.
std::string CollapseSpace(std::string_view text);

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_OUTPUT_VIEW_UTIL_H_
