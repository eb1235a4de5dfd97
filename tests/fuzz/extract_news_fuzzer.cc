// Fuzz target: Extractor::Extract on valid UTF-8 that looks like news.
//
// The first byte picks the reference date (some malformed: DocumentInfo is
// caller input too) and the mode:
//   text mode (bit 7 clear): the rest is text, invalid sequences replaced by
//     U+FFFD; the seeds are news passages, so mutations stay news-like;
//   fragment mode (bit 7 set): each following byte picks a fragment (words,
//     names, cue verbs, numbers, units, quotes, brackets, list marks, line
//     breaks, other scripts), so the fuzzer assembles sentences.
// Every document is extracted twice: the result must not depend on what the
// per-thread workspace held before.
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "fuzz_checks.h"

namespace {

const char* const kDates[] = {"",           "2026-03-12", "2024-02-29",
                              "1999-12-31", "2026-13-45", "0000-00-00",
                              "tomorrow",   "2026-3-1"};

const char* const kFragments[] = {
    "The ",
    "the ",
    "a ",
    "minister ",
    "Minister ",
    "Anna Lindqvist ",
    "Okoro ",
    "Mr. ",
    "Ms. ",
    "Dr. ",
    "Prof. ",
    "President ",
    "Acme Corp. ",
    "Inc. ",
    "Ltd ",
    "Reuters ",
    "the ministry ",
    "officials ",
    "a spokesperson ",
    "analysts ",
    "the report ",
    "he ",
    "she ",
    "they ",
    "it ",
    "said ",
    "said",
    "says ",
    "told ",
    "claimed ",
    "warned ",
    "added ",
    "according to ",
    "reported ",
    "citing ",
    "is expected to ",
    "was ",
    "that ",
    "on Monday ",
    "last week ",
    "in March ",
    "March 3, 2024 ",
    "next year ",
    "2025 ",
    "4.5 ",
    "1,200 ",
    "12 ",
    "0.3 ",
    "million ",
    "billion ",
    "bn ",
    "%",
    " percent ",
    "per cent ",
    "$",
    "€",
    "£",
    "¥",
    "US$",
    "km ",
    "kg ",
    "tonnes ",
    "people ",
    "more than ",
    "about ",
    "at least ",
    "nearly ",
    "up to ",
    "between ",
    "and ",
    "to ",
    "-",
    "–",
    "—",
    "ten ",
    "twenty-one ",
    "a third ",
    "half ",
    "first ",
    "3rd ",
    "1990s ",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ". ",
    ".",
    "! ",
    "? ",
    "...",
    "…",
    ", ",
    ": ",
    "; ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "  ",
    "• ",
    "1. ",
    "2) ",
    "a) ",
    "iv. ",
    "# ",
    "U.S. ",
    "U.N. ",
    "e.g. ",
    "p.m. ",
    "Jan. ",
    "No. ",
    "St. ",
    "O'Neil ",
    "co-operation ",
    "e-mail@example.org ",
    "https://example.org/a?b=1 ",
    "#tag ",
    "@user ",
    "ÉCOLE ",
    "Zürich ",
    "İstanbul ",
    "ß",
    "東京都は",
    "、",
    "。",
    "Москва ",
    "القاهرة ",
    "😀",
    "\u200b",
    "\u00ad",
    "\ufeff",
    "\u0301",
    "ﬁ",
    "Ⅻ ",
    "٣",
    "½ ",
    "1/2 ",
    "3:30 ",
    "10:45 a.m. ",
    "+",
    "=",
    "*",
    "&",
    "/",
    "\\",
    "ALL CAPS HEADLINE ",
    "WARNS ",
    "Q3 ",
    "COVID-19 ",
    "G7 ",
    "5G ",
};
constexpr size_t kNumFragments = std::size(kFragments);

const claimx::Extractor& Get() {
  static const claimx::Extractor* ex = [] {
    absl::StatusOr<claimx::Extractor> e = claimx::Extractor::Create({});
    FUZZ_CHECK(e.ok());
    return new claimx::Extractor(*std::move(e));
  }();
  return *ex;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string text;
  if (mode & 0x80) {
    for (unsigned char b : rest) text += kFragments[b % kNumFragments];
  } else {
    claimx::internal::AppendValidUtf8(rest, &text);
  }
  claimx::fuzz::current_text = text;
  claimx::DocumentInfo info{"news", kDates[mode % std::size(kDates)]};

  const claimx::Extractor& ex = Get();
  absl::StatusOr<claimx::Document> doc = ex.Extract(text, info);
  FUZZ_CHECK(doc.ok());
  claimx::fuzz::CheckDocument(*doc, text, /*valid_utf8=*/true,
                              ex.options().max_token_bytes);
  absl::StatusOr<claimx::Document> again = ex.Extract(text, info);
  FUZZ_CHECK(again.ok());
  claimx::JsonOptions jo{.pretty = false, .tokens = true};
  FUZZ_CHECK(claimx::ToJson(*doc, text, jo) ==
             claimx::ToJson(*again, text, jo));
  return 0;
}
