// JSON and text views of a Document. Field names and order follow the
// schema in README.md; the library's Python binding and CLI both use these.
#include "claimx/serialize.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "output/document_walk.h"
#include "output/json_writer.h"
#include "output/view_util.h"
#include "text/strings.h"
#include "text/utf8.h"

namespace claimx {

std::string_view ToString(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunctuation:
      return "punct";
    case TokenKind::kQuote:
      return "quote";
    case TokenKind::kSymbol:
      return "symbol";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kEmail:
      return "email";
    case TokenKind::kHandle:
      return "handle";
    case TokenKind::kHashtag:
      return "hashtag";
    case TokenKind::kEmoji:
      return "emoji";
    case TokenKind::kOther:
      return "other";
  }
  return "other";
}

std::string_view ToString(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PERSON";
    case EntityType::kOrg:
      return "ORG";
    case EntityType::kGpe:
      return "GPE";
    case EntityType::kLoc:
      return "LOC";
    case EntityType::kNorp:
      return "NORP";
    case EntityType::kFac:
      return "FAC";
    case EntityType::kEvent:
      return "EVENT";
  }
  return "ORG";
}

std::string_view ToString(QuantityType type) {
  switch (type) {
    case QuantityType::kCardinal:
      return "CARDINAL";
    case QuantityType::kOrdinal:
      return "ORDINAL";
    case QuantityType::kPercent:
      return "PERCENT";
    case QuantityType::kMoney:
      return "MONEY";
    case QuantityType::kQuantity:
      return "QUANTITY";
    case QuantityType::kDate:
      return "DATE";
    case QuantityType::kDuration:
      return "DURATION";
    case QuantityType::kRange:
      return "RANGE";
  }
  return "CARDINAL";
}

std::string_view ToString(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kDirectQuote:
      return "direct_quote";
    case ClaimKind::kIndirect:
      return "indirect";
    case ClaimKind::kAccordingTo:
      return "according_to";
    case ClaimKind::kMixed:
      return "mixed";
    case ClaimKind::kUnattributed:
      return "unattributed";
  }
  return "indirect";
}

std::string_view ToString(SourceType type) {
  switch (type) {
    case SourceType::kNone:
      return "none";
    case SourceType::kPerson:
      return "person";
    case SourceType::kOrg:
      return "organization";
    case SourceType::kOutlet:
      return "outlet";
    case SourceType::kGovernment:
      return "government";
    case SourceType::kAnonymous:
      return "anonymous";
    case SourceType::kDocument:
      return "document";
    case SourceType::kPronoun:
      return "pronoun";
  }
  return "none";
}

std::string ToJson(const Document& doc, std::string_view text,
                   const JsonOptions& options) {
  std::string out;
  // News JSON runs about 4-5 bytes per byte of text: the writer's buffer
  // is sized for that once, and Finish copies the result into `out` in one
  // exact allocation.
  internal::JsonWriter w(&out, options.pretty, text.size() * 6 + 1024);
  internal::WriteDocument(w, doc, text, options.tokens);
  w.Finish();
  return out;
}

namespace {

// ANSI SGR sequences for the text view; all empty when colour is off.
struct Palette {
  explicit Palette(bool on)
      : header(on ? "\x1b[1m" : ""),
        source(on ? "\x1b[1;36m" : ""),
        type(on ? "\x1b[36m" : ""),
        cue(on ? "\x1b[1;33m" : ""),
        kind(on ? "\x1b[35m" : ""),
        hedge(on ? "\x1b[1;31m" : ""),
        quantity(on ? "\x1b[32m" : ""),
        dim(on ? "\x1b[2m" : ""),
        reset(on ? "\x1b[0m" : "") {}
  const char *header, *source, *type, *cue, *kind, *hedge, *quantity, *dim,
      *reset;
};

// Appends text with whitespace runs collapsed to one space across calls
// (no space at the start or the end of the whole).
class Collapser {
 public:
  explicit Collapser(std::string* out) : out_(out) {}
  void Text(std::string_view bytes) {
    std::string valid;
    internal::AppendValidUtf8(bytes, &valid);
    for (char ch : valid) {
      if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f' ||
          ch == '\v') {
        pending_ = started_;
        continue;
      }
      if (pending_) out_->push_back(' ');
      pending_ = false;
      started_ = true;
      out_->push_back(ch);
    }
  }
  // Markup (colour codes) goes after any pending space.
  void Markup(std::string_view s, bool before_text) {
    if (before_text && pending_) {
      out_->push_back(' ');
      pending_ = false;
    }
    out_->append(s);
  }

 private:
  std::string* out_;
  bool pending_ = false;
  bool started_ = false;
};

// Appends text[s] with whitespace collapsed and the given quantities
// (sorted by position) coloured.
void AppendContent(const Document& doc, std::string_view text, Span s,
                   const IndexList& quantities, const Palette& p,
                   std::string* out) {
  Collapser c(out);
  uint32_t pos = s.begin;
  for (uint32_t qi : quantities) {
    if (qi >= doc.quantities.size()) continue;
    Span q = doc.quantities[qi].span;
    if (q.begin < pos || q.end > s.end || q.empty()) continue;
    c.Text(internal::SliceSpan(text, {pos, q.begin}));
    c.Markup(p.quantity, true);
    c.Text(internal::SliceSpan(text, q));
    c.Markup(p.reset, false);
    pos = q.end;
  }
  c.Text(internal::SliceSpan(text, {pos, s.end}));
}

void AppendSource(std::string_view text, const Source& s, const Palette& p,
                  std::string* out) {
  std::string own = internal::CollapseSpace(internal::SliceSpan(text, s.span));
  absl::StrAppend(out, p.source, own, p.reset, " ", p.type, "(",
                  internal::Av(ToString(s.type)));
  if (!s.resolved.empty() && s.resolved != own)
    absl::StrAppend(out, " = ", s.resolved);
  absl::StrAppend(out, ")", p.reset);
}

}  // namespace

std::string ToText(const Document& doc, std::string_view text,
                   const TextOptions& options) {
  const Palette p(options.color);
  std::string out;
  absl::StrAppend(&out, p.header, "# ", doc.id.empty() ? "(no id)" : doc.id,
                  " — ", doc.bytes, " bytes, ", doc.sentences.size(),
                  " sentences, ", doc.entities.size(), " entities, ",
                  doc.quantities.size(), " quantities, ", doc.claims.size(),
                  " claims", p.reset, "\n");
  for (const Claim& c : doc.claims) {
    if (c.source) {
      AppendSource(text, *c.source, p, &out);
    } else {
      absl::StrAppend(&out, p.dim, "(no source)", p.reset);
    }
    out.append(" —");
    if (c.cue) {
      absl::StrAppend(
          &out, p.cue,
          internal::CollapseSpace(internal::SliceSpan(text, c.cue->span)),
          p.reset);
    }
    absl::StrAppend(&out, "→ ", p.kind, "[", internal::Av(ToString(c.kind)),
                    p.reset);
    if (c.hedged) absl::StrAppend(&out, ", ", p.hedge, "hedged", p.reset);
    absl::StrAppend(&out, p.kind, "]", p.reset, " ");
    IndexList quantities = c.quantities;
    std::sort(
        quantities.begin(), quantities.end(), [&](uint32_t a, uint32_t b) {
          if (a >= doc.quantities.size() || b >= doc.quantities.size())
            return a < b;
          return doc.quantities[a].span.begin < doc.quantities[b].span.begin;
        });
    if (c.pieces.size() > 1) {
      for (size_t i = 0; i < c.pieces.size(); ++i) {
        if (i > 0) out.append(" … ");
        AppendContent(doc, text, c.pieces[i], quantities, p, &out);
      }
    } else {
      AppendContent(doc, text, c.span, quantities, p, &out);
    }
    out.push_back('\n');
    for (const Source& v : c.via) {
      out.append("    via ");
      AppendSource(text, v, p, &out);
      out.push_back('\n');
    }
    for (uint32_t qi : quantities) {
      if (qi >= doc.quantities.size()) continue;
      const Quantity& q = doc.quantities[qi];
      std::string value = internal::QuantityValueText(q);
      absl::StrAppend(
          &out, "    ↳ ", p.quantity,
          internal::CollapseSpace(internal::SliceSpan(text, q.span)), p.reset);
      if (!value.empty()) absl::StrAppend(&out, " = ", value);
      absl::StrAppend(&out, " ", p.dim, "(", internal::Av(ToString(q.type)),
                      ")", p.reset, "\n");
    }
  }
  if (doc.claims.empty()) {
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      absl::StrAppend(&out, i + 1, ". ",
                      internal::CollapseSpace(
                          internal::SliceSpan(text, doc.sentences[i].span)),
                      "\n");
    }
  }
  return out;
}

}  // namespace claimx
