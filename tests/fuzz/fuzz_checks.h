// Invariant checks shared by the fuzz targets. A failed check prints what
// and where, then aborts, so libFuzzer (or ctest) reports the input.
#ifndef CLAIMX_TESTS_FUZZ_FUZZ_CHECKS_H_
#define CLAIMX_TESTS_FUZZ_FUZZ_CHECKS_H_

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "claimx/claimx.h"
#include "text/utf8.h"

#define FUZZ_CHECK(cond)                                        \
  do {                                                          \
    if (!(cond)) claimx::fuzz::Fail(__FILE__, __LINE__, #cond); \
  } while (0)

namespace claimx::fuzz {

// The document text a target built from its input (set before checking),
// written to $CLAIMX_FUZZ_DUMP when a check fails, for reproducing.
inline std::string_view current_text;

[[noreturn]] inline void Fail(const char* file, int line, const char* cond) {
  std::fprintf(stderr, "%s:%d: check failed: %s\n", file, line, cond);
  if (const char* path = std::getenv("CLAIMX_FUZZ_DUMP")) {
    if (std::FILE* f = std::fopen(path, "wb")) {
      std::fwrite(current_text.data(), 1, current_text.size(), f);
      std::fclose(f);
    }
  }
  std::abort();
}

inline bool InText(const Span& s, std::string_view text) {
  return s.begin <= s.end && s.end <= text.size();
}

// True when byte offset `pos` of valid UTF-8 `text` starts a character.
inline bool OnBoundary(std::string_view text, uint32_t pos) {
  return pos == text.size() ||
         (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

// Everything a Document promises about its spans and cross-references.
// `valid_utf8`: spans must also fall on character boundaries.
inline void CheckDocument(const Document& doc, std::string_view text,
                          bool valid_utf8, uint32_t max_token_bytes) {
  FUZZ_CHECK(doc.bytes == text.size());
  uint32_t prev_end = 0;
  for (const Token& t : doc.tokens) {
    FUZZ_CHECK(InText(t.span, text));
    FUZZ_CHECK(t.span.begin < t.span.end);
    FUZZ_CHECK(t.span.begin >= prev_end);
    FUZZ_CHECK(t.span.size() <= max_token_bytes);
    if (valid_utf8)
      FUZZ_CHECK(OnBoundary(text, t.span.begin) &&
                 OnBoundary(text, t.span.end));
    prev_end = t.span.end;
  }
  uint32_t prev_token = 0;
  for (const Sentence& s : doc.sentences) {
    FUZZ_CHECK(s.first_token < s.end_token && s.end_token <= doc.tokens.size());
    FUZZ_CHECK(s.first_token >= prev_token);
    FUZZ_CHECK(s.span.begin == doc.tokens[s.first_token].span.begin);
    FUZZ_CHECK(s.span.end == doc.tokens[s.end_token - 1].span.end);
    prev_token = s.end_token;
  }
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    FUZZ_CHECK(InText(e.span, text) && e.span.begin < e.span.end);
    if (valid_utf8)
      FUZZ_CHECK(OnBoundary(text, e.span.begin) &&
                 OnBoundary(text, e.span.end));
    // A chain points at its head, which heads no chain itself. (The head may
    // come later: a bare heading mention can refer forward to the full name.)
    FUZZ_CHECK(e.mention_of >= -1 &&
               e.mention_of < static_cast<int64_t>(doc.entities.size()));
    FUZZ_CHECK(e.mention_of != static_cast<int64_t>(i));
    if (e.mention_of >= 0)
      FUZZ_CHECK(doc.entities[e.mention_of].mention_of == -1);
  }
  for (const Quantity& q : doc.quantities) {
    FUZZ_CHECK(InText(q.span, text) && q.span.begin < q.span.end);
    if (valid_utf8)
      FUZZ_CHECK(OnBoundary(text, q.span.begin) &&
                 OnBoundary(text, q.span.end));
  }
  auto check_source = [&](const Source& s) {
    FUZZ_CHECK(InText(s.span, text));
    FUZZ_CHECK(s.entity >= -1 &&
               s.entity < static_cast<int64_t>(doc.entities.size()));
  };
  for (const Claim& c : doc.claims) {
    FUZZ_CHECK(InText(c.span, text));
    FUZZ_CHECK(!c.pieces.empty());
    for (const Span& p : c.pieces) {
      FUZZ_CHECK(InText(p, text));
      FUZZ_CHECK(c.span.begin <= p.begin && p.end <= c.span.end);
    }
    FUZZ_CHECK(c.sentence < doc.sentences.size());
    if (c.source) check_source(*c.source);
    for (const Source& v : c.via) check_source(v);
    if (c.cue) FUZZ_CHECK(InText(c.cue->span, text));
    for (uint32_t q : c.quantities) FUZZ_CHECK(q < doc.quantities.size());
    for (uint32_t e : c.entities) FUZZ_CHECK(e < doc.entities.size());
    FUZZ_CHECK(std::isfinite(c.score));
  }
  // The serializers accept every document and always write valid UTF-8.
  std::string json = ToJson(doc, text, {.pretty = false, .tokens = true});
  FUZZ_CHECK(internal::FindInvalidUtf8(json) == json.size());
  std::string summary = ToText(doc, text);
  FUZZ_CHECK(internal::FindInvalidUtf8(summary) == summary.size());
}

}  // namespace claimx::fuzz

#endif  // CLAIMX_TESTS_FUZZ_FUZZ_CHECKS_H_
