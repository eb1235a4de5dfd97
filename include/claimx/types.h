// Result types of claimx: plain values, no behaviour.
//
// Every span is a half-open range of UTF-8 *byte* offsets into the text the
// caller passed to Extractor::Extract. Results refer to each other by index
// into the Document's vectors, never by pointer, so a Document can be copied,
// moved and serialized freely. A Document does not keep the caller's text.
#ifndef CLAIMX_TYPES_H_
#define CLAIMX_TYPES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "claimx/export.h"

namespace claimx {

// Half-open UTF-8 byte range [begin, end) into the caller's text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const Span& a, const Span& b) {
    return a.begin == b.begin && a.end == b.end;
  }
  friend bool operator!=(const Span& a, const Span& b) { return !(a == b); }
};

enum class TokenKind : uint8_t {
  kWord,    // letters, with inner hyphens/apostrophes/periods (Jean-Luc, U.S.)
  kNumber,  // digits with separators/decimals, ordinals (12,500 · 3.75 · 21st)
  kPunctuation,  // . , ; : ! ? ( ) [ ] dashes, ellipses
  kQuote,        // quotation marks and apostrophes used as quotes
  kSymbol,       // currency, %, ~, &, math and other symbols
  kUrl,          // http://..., www.example.com, example.com
  kEmail,        // name@example.org
  kHandle,       // @handle
  kHashtag,      // #hashtag
  kEmoji,        // one emoji sequence (ZWJ sequences, flags, modifiers)
  kOther,        // anything else (control characters, invalid bytes)
};

// Bit flags on Token::flags.
enum TokenFlag : uint16_t {
  kCapitalized = 1 << 0,      // first letter is upper/title case
  kAllCaps = 1 << 1,          // at least two letters, all upper case
  kHasDigit = 1 << 2,         // contains a decimal digit
  kSentenceInitial = 1 << 3,  // first token of its sentence
  kOpening = 1 << 4,          // opening quote or bracket
  kClosing = 1 << 5,          // closing quote or bracket
  kAbbreviation = 1 << 6,  // ends with a period that belongs to it (Dr., U.S.)
  kSpaceBefore = 1 << 7,   // preceded by whitespace (or at text start)
  kNoSpaceScript =
      1 << 8,           // word from a script written without spaces (CJK, Thai)
  kLineStart = 1 << 9,  // first token on its line
  kInvalidUtf8 = 1 << 10,  // covers invalid UTF-8 bytes (replacement mode)
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kOther;
  uint16_t flags = 0;

  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  Span span;  // from its first token's begin to its last token's end
  uint32_t first_token = 0;  // index into Document::tokens
  uint32_t end_token = 0;    // one past the last token
};

enum class EntityType : uint8_t {
  kPerson,  // PERSON
  kOrg,     // ORG (news outlets too, with Entity::outlet)
  kGpe,     // GPE: countries, cities, states
  kLoc,     // LOC: non-GPE locations
  kNorp,    // NORP: nationalities, religious and political groups
  kFac,     // FAC: buildings, airports, highways
  kEvent,   // EVENT
};

struct Entity {
  Span span;
  EntityType type = EntityType::kOrg;
  // Normalized name ("Reuters", "Grace Okafor"), or empty when it is the
  // span's own text: read it through CanonicalName(), which fills that in.
  std::string canonical;
  bool outlet = false;  // a news organization or agency
  std::string title;    // PERSON only: "Foreign Minister", "Dr."
  int32_t mention_of =
      -1;  // index of the first mention in the chain, -1 if first
};

// The canonical name of `e`, an entity of the Document extracted from
// `text`: Entity::canonical, or the span's bytes when that is empty (the
// name as written). Views into `e` or `text`. Every consumer of the field
// (serializers, attribution, the bindings) reads it through this.
inline std::string_view CanonicalName(const Entity& e, std::string_view text) {
  if (!e.canonical.empty()) return e.canonical;
  if (e.span.end > text.size() || e.span.begin > e.span.end) return {};
  return text.substr(e.span.begin, e.span.size());
}

enum class QuantityType : uint8_t {
  kCardinal,
  kOrdinal,
  kPercent,
  kMoney,
  kQuantity,  // a measurement with a unit
  kDate,
  kDuration,
  kRange,
};

struct Quantity {
  Span span;
  QuantityType type = QuantityType::kCardinal;
  std::optional<double> value;  // numeric value (CARDINAL, PERCENT, MONEY ...)
  std::optional<double> low, high;  // RANGE bounds
  std::string
      value_text;    // DATE/DURATION: ISO 8601 ("2025-03", "P3Y"), or the text
  std::string unit;  // counted noun, unit symbol or ISO 4217 code
  bool approx = false;
  std::string modifier;  // "more_than", "about", "at_least" ... empty if none
};

enum class ClaimKind : uint8_t {
  kDirectQuote,   // direct_quote
  kIndirect,      // indirect
  kAccordingTo,   // according_to
  kMixed,         // mixed: quoted fragment inside indirect speech
  kUnattributed,  // unattributed: a checkable statement with no source
};

enum class SourceType : uint8_t {
  kNone,        // no source (passive, "reportedly")
  kPerson,      // a named person
  kOrg,         // an organization
  kOutlet,      // a news organization
  kGovernment,  // a government, or a capital standing for it
  kAnonymous,   // "officials", "a senior official", "experts"
  kDocument,    // "the report", "a survey"
  kPronoun,     // "he", "they" (see Source::resolved)
};

struct Source {
  Span span;
  SourceType type = SourceType::kNone;
  std::string resolved;  // antecedent or canonical name; empty if unknown
  int32_t entity = -1;   // index into Document::entities, -1 if none
};

struct Cue {
  Span span;
  std::string lemma;  // "say", "according to"
};

// A claim's small lists: vector-like (size, [], iteration, push_back,
// assign, resize, clear, comparison), their first elements held inside the
// Claim and only longer lists on the heap. Nearly every claim has one or two
// pieces and at most four quantities and four entities (BBC: 99.9 %, 98.5 %,
// 98.3 % of claims), so a fresh claim allocates nothing for them; each list
// is 24 bytes, the size of a std::vector. ABI: since 0.1.x (2026-12-01)
// these were std::vector; code that names the type (not just `auto`) or
// binds a `std::vector&` to them must use these aliases.
using SpanList = absl::InlinedVector<Span, 2>;
using IndexList = absl::InlinedVector<uint32_t, 4>;

struct Claim {
  Span span;              // content, first to last piece
  SpanList pieces;        // content pieces (split quotes); at least one
  uint32_t sentence = 0;  // index of the sentence holding the cue
  ClaimKind kind = ClaimKind::kIndirect;
  std::optional<Source> source;  // absent for unattributed claims
  std::optional<Cue> cue;
  std::vector<Source> via;  // chained sources ("X reports, citing Y")
  bool hedged = false;
  IndexList quantities;  // indexes into Document::quantities
  IndexList entities;    // indexes into Document::entities
  double score = 0.0;
};

struct Document {
  std::string id;
  std::string date;    // YYYY-MM-DD reference date, empty if unknown
  uint32_t bytes = 0;  // size of the text in bytes
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;
  std::vector<Quantity> quantities;
  std::vector<Claim> claims;
};

// Stable lower-case names used by the JSON schema ("PERSON", "CARDINAL",
// "direct_quote", "outlet", "word" ...).
CLAIMX_EXPORT std::string_view ToString(TokenKind kind);
CLAIMX_EXPORT std::string_view ToString(EntityType type);
CLAIMX_EXPORT std::string_view ToString(QuantityType type);
CLAIMX_EXPORT std::string_view ToString(ClaimKind kind);
CLAIMX_EXPORT std::string_view ToString(SourceType type);

}  // namespace claimx

#endif  // CLAIMX_TYPES_H_
