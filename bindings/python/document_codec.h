// Binary encoding of a claimx::Document and the text it came from, for
// pickling a claimx.Document (multiprocessing, Dask results). Exact: every
// field of types.h round-trips, so the unpickled document prints the same
// JSON, text view and HTML page. The encoding starts with a magic and a
// format version; Decode rejects anything else, and every read is bounds
// checked, so a truncated or foreign byte string is an error, not a crash.
//
// A field added to types.h must be added to both functions here (the Python
// test test_pickle_round_trip compares to_json(tokens=True) before and after).
#ifndef CLAIMX_BINDINGS_PYTHON_DOCUMENT_CODEC_H_
#define CLAIMX_BINDINGS_PYTHON_DOCUMENT_CODEC_H_

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimx/types.h"

namespace claimx_python {

inline constexpr char kCodecMagic[4] = {'C', 'X', 'D', '1'};

class Writer {
 public:
  explicit Writer(std::string* out) : out_(out) {}
  void U8(uint8_t v) { out_->push_back(static_cast<char>(v)); }
  void U32(uint32_t v) {
    for (int i = 0; i < 4; ++i) U8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void I32(int32_t v) { U32(static_cast<uint32_t>(v)); }
  void F64(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    for (int i = 0; i < 8; ++i) U8(static_cast<uint8_t>(bits >> (8 * i)));
  }
  void OptF64(const std::optional<double>& v) {
    U8(v.has_value());
    if (v) F64(*v);
  }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_->append(s.data(), s.size());
  }
  void SpanOf(const claimx::Span& s) {
    U32(s.begin);
    U32(s.end);
  }

 private:
  std::string* out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return pos_ == in_.size(); }
  uint8_t U8() {
    if (!Need(1)) return 0;
    return static_cast<uint8_t>(in_[pos_++]);
  }
  uint32_t U32() {
    if (!Need(4)) return 0;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
      v |= static_cast<uint32_t>(static_cast<uint8_t>(in_[pos_++])) << (8 * i);
    return v;
  }
  int32_t I32() { return static_cast<int32_t>(U32()); }
  double F64() {
    if (!Need(8)) return 0;
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i)
      bits |= static_cast<uint64_t>(static_cast<uint8_t>(in_[pos_++]))
              << (8 * i);
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  std::optional<double> OptF64() {
    if (U8() == 0) return std::nullopt;
    return F64();
  }
  std::string Str() {
    uint32_t n = U32();
    if (!Need(n)) return {};
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  claimx::Span SpanOf() {
    claimx::Span s;
    s.begin = U32();
    s.end = U32();
    if (s.end < s.begin) ok_ = false;
    return s;
  }
  // A count of items that take at least `min_bytes` each: more than the
  // remaining input could hold is corrupt (and would allocate wildly).
  uint32_t Count(size_t min_bytes) {
    uint32_t n = U32();
    if (ok_ && static_cast<uint64_t>(n) * min_bytes > in_.size() - pos_)
      ok_ = false;
    return ok_ ? n : 0;
  }
  // An enum value below `limit`.
  uint8_t Enum(uint8_t limit) {
    uint8_t v = U8();
    if (v >= limit) ok_ = false;
    return ok_ ? v : 0;
  }

 private:
  bool Need(size_t n) {
    if (!ok_ || in_.size() - pos_ < n) {
      ok_ = false;
      return false;
    }
    return true;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

inline void WriteSource(Writer& w, const claimx::Source& s) {
  w.SpanOf(s.span);
  w.U8(static_cast<uint8_t>(s.type));
  w.Str(s.resolved);
  w.I32(s.entity);
}

inline claimx::Source ReadSource(Reader& r) {
  claimx::Source s;
  s.span = r.SpanOf();
  s.type = static_cast<claimx::SourceType>(r.Enum(8));
  s.resolved = r.Str();
  s.entity = r.I32();
  return s;
}

inline std::string EncodeDocument(const claimx::Document& d,
                                  std::string_view text) {
  std::string out(kCodecMagic, sizeof kCodecMagic);
  Writer w(&out);
  w.Str(text);
  w.Str(d.id);
  w.Str(d.date);
  w.U32(d.bytes);
  w.U32(static_cast<uint32_t>(d.tokens.size()));
  for (const claimx::Token& t : d.tokens) {
    w.SpanOf(t.span);
    w.U8(static_cast<uint8_t>(t.kind));
    w.U32(t.flags);
  }
  w.U32(static_cast<uint32_t>(d.sentences.size()));
  for (const claimx::Sentence& s : d.sentences) {
    w.SpanOf(s.span);
    w.U32(s.first_token);
    w.U32(s.end_token);
  }
  w.U32(static_cast<uint32_t>(d.entities.size()));
  for (const claimx::Entity& e : d.entities) {
    w.SpanOf(e.span);
    w.U8(static_cast<uint8_t>(e.type));
    w.Str(CanonicalName(e, text));
    w.U8(e.outlet);
    w.Str(e.title);
    w.I32(e.mention_of);
  }
  w.U32(static_cast<uint32_t>(d.quantities.size()));
  for (const claimx::Quantity& q : d.quantities) {
    w.SpanOf(q.span);
    w.U8(static_cast<uint8_t>(q.type));
    w.OptF64(q.value);
    w.OptF64(q.low);
    w.OptF64(q.high);
    w.Str(q.value_text);
    w.Str(q.unit);
    w.U8(q.approx);
    w.Str(q.modifier);
  }
  w.U32(static_cast<uint32_t>(d.claims.size()));
  for (const claimx::Claim& c : d.claims) {
    w.SpanOf(c.span);
    w.U32(static_cast<uint32_t>(c.pieces.size()));
    for (const claimx::Span& p : c.pieces) w.SpanOf(p);
    w.U32(c.sentence);
    w.U8(static_cast<uint8_t>(c.kind));
    w.U8(c.source.has_value());
    if (c.source) WriteSource(w, *c.source);
    w.U8(c.cue.has_value());
    if (c.cue) {
      w.SpanOf(c.cue->span);
      w.Str(c.cue->lemma);
    }
    w.U32(static_cast<uint32_t>(c.via.size()));
    for (const claimx::Source& v : c.via) WriteSource(w, v);
    w.U8(c.hedged);
    w.U32(static_cast<uint32_t>(c.quantities.size()));
    for (uint32_t q : c.quantities) w.U32(q);
    w.U32(static_cast<uint32_t>(c.entities.size()));
    for (uint32_t e : c.entities) w.U32(e);
    w.F64(c.score);
  }
  return out;
}

// Returns false (and leaves the outputs unspecified) on malformed input.
inline bool DecodeDocument(std::string_view in, claimx::Document* d,
                           std::string* text) {
  if (in.size() < sizeof kCodecMagic ||
      std::memcmp(in.data(), kCodecMagic, sizeof kCodecMagic) != 0) {
    return false;
  }
  Reader r(in.substr(sizeof kCodecMagic));
  *text = r.Str();
  d->id = r.Str();
  d->date = r.Str();
  d->bytes = r.U32();
  d->tokens.resize(r.Count(13));
  for (claimx::Token& t : d->tokens) {
    t.span = r.SpanOf();
    t.kind = static_cast<claimx::TokenKind>(r.Enum(11));
    t.flags = static_cast<uint16_t>(r.U32());
  }
  d->sentences.resize(r.Count(16));
  for (claimx::Sentence& s : d->sentences) {
    s.span = r.SpanOf();
    s.first_token = r.U32();
    s.end_token = r.U32();
  }
  d->entities.resize(r.Count(22));
  for (claimx::Entity& e : d->entities) {
    e.span = r.SpanOf();
    e.type = static_cast<claimx::EntityType>(r.Enum(7));
    e.canonical = r.Str();
    e.outlet = r.U8() != 0;
    e.title = r.Str();
    e.mention_of = r.I32();
  }
  d->quantities.resize(r.Count(25));
  for (claimx::Quantity& q : d->quantities) {
    q.span = r.SpanOf();
    q.type = static_cast<claimx::QuantityType>(r.Enum(8));
    q.value = r.OptF64();
    q.low = r.OptF64();
    q.high = r.OptF64();
    q.value_text = r.Str();
    q.unit = r.Str();
    q.approx = r.U8() != 0;
    q.modifier = r.Str();
  }
  d->claims.resize(r.Count(40));
  for (claimx::Claim& c : d->claims) {
    c.span = r.SpanOf();
    c.pieces.resize(r.Count(8));
    for (claimx::Span& p : c.pieces) p = r.SpanOf();
    c.sentence = r.U32();
    c.kind = static_cast<claimx::ClaimKind>(r.Enum(5));
    if (r.U8()) c.source = ReadSource(r);
    if (r.U8()) {
      claimx::Cue cue;
      cue.span = r.SpanOf();
      cue.lemma = r.Str();
      c.cue = std::move(cue);
    }
    c.via.resize(r.Count(17));
    for (claimx::Source& v : c.via) v = ReadSource(r);
    c.hedged = r.U8() != 0;
    c.quantities.resize(r.Count(4));
    for (uint32_t& q : c.quantities) q = r.U32();
    c.entities.resize(r.Count(4));
    for (uint32_t& e : c.entities) e = r.U32();
    c.score = r.F64();
  }
  if (!r.ok() || !r.done()) return false;
  // Spans and indexes must stay inside the text and the document, so that
  // ToJson and the Python records never read out of bounds.
  const uint32_t n = static_cast<uint32_t>(text->size());
  if (d->bytes != n) return false;
  auto in_text = [n](const claimx::Span& s) { return s.end <= n; };
  for (const claimx::Token& t : d->tokens)
    if (!in_text(t.span)) return false;
  for (const claimx::Sentence& s : d->sentences) {
    if (!in_text(s.span) || s.first_token > s.end_token ||
        s.end_token > d->tokens.size()) {
      return false;
    }
  }
  const int32_t ents = static_cast<int32_t>(d->entities.size());
  for (const claimx::Entity& e : d->entities)
    if (!in_text(e.span) || e.mention_of < -1 || e.mention_of >= ents)
      return false;
  for (const claimx::Quantity& q : d->quantities)
    if (!in_text(q.span)) return false;
  auto source_ok = [&](const claimx::Source& s) {
    return in_text(s.span) && s.entity >= -1 && s.entity < ents;
  };
  for (const claimx::Claim& c : d->claims) {
    if (!in_text(c.span) || c.sentence > d->sentences.size()) return false;
    for (const claimx::Span& p : c.pieces)
      if (!in_text(p)) return false;
    if (c.source && !source_ok(*c.source)) return false;
    if (c.cue && !in_text(c.cue->span)) return false;
    for (const claimx::Source& v : c.via)
      if (!source_ok(v)) return false;
    for (uint32_t q : c.quantities)
      if (q >= d->quantities.size()) return false;
    for (uint32_t e : c.entities)
      if (e >= d->entities.size()) return false;
  }
  return true;
}

}  // namespace claimx_python

#endif  // CLAIMX_BINDINGS_PYTHON_DOCUMENT_CODEC_H_
