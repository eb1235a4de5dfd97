#include "digest.h"

#include <cinttypes>
#include <cstdio>
#include <cstring>

namespace claimx::bench {
namespace {

// Doubles by their bits, so that any change of a value shows.
void AddDouble(Fnv* f, double d) {
  uint64_t bits = 0;
  std::memcpy(&bits, &d, sizeof(bits));
  f->Add(bits);
}

void AddOptional(Fnv* f, const std::optional<double>& d) {
  f->Add(static_cast<uint8_t>(d.has_value()));
  if (d) AddDouble(f, *d);
}

void AddSpan(Fnv* f, const Span& s) {
  f->Add(s.begin);
  f->Add(s.end);
}

void AddSource(Fnv* f, const Source& s) {
  AddSpan(f, s.span);
  f->Add(s.type);
  f->AddString(s.resolved);
  f->Add(s.entity);
}

// Any list of indexes (std::vector, IndexList): its size, then each element.
template <class List>
void AddIndexes(Fnv* f, const List& v) {
  f->Add(v.size());
  for (const auto& x : v) f->Add(x);
}

}  // namespace

void OutputDigest::AddTokens(const internal::TokenStream& ts) {
  Fnv& f = parts_[kTokens];
  for (size_t i = 0; i < ts.size(); ++i) {
    const Token& t = ts.tokens[i];
    f.Add(t.span.begin);
    f.Add(t.span.end);
    f.Add(t.kind);
    f.Add(t.flags);
    f.Add(ts.newlines_before[i]);
    f.Add(ts.abbrev[i]);
    f.AddString(ts.norm(i));
  }
}

void OutputDigest::AddLexicon(
    const std::vector<uint32_t>& word_ids,
    const std::vector<internal::LexiconMatch>& phrases, size_t phrase_words) {
  Fnv& f = parts_[kLexicon];
  f.Add(word_ids.size());
  for (const uint32_t w : word_ids)
    f.Add(w < phrase_words ? w : internal::kNoWord);
  f.Add(phrases.size());
  for (const internal::LexiconMatch& m : phrases) {
    f.Add(m.begin);
    f.Add(m.end);
    f.Add(m.entry);
  }
}

void OutputDigest::AddDocument(const Document& doc, std::string_view text) {
  Fnv& s = parts_[kSentences];
  for (const Sentence& x : doc.sentences) {
    s.Add(x.span.begin);
    s.Add(x.span.end);
    s.Add(x.first_token);
    s.Add(x.end_token);
  }
  Fnv& q = parts_[kQuantities];
  q.Add(doc.quantities.size());
  for (const Quantity& x : doc.quantities) {
    AddSpan(&q, x.span);
    q.Add(x.type);
    AddOptional(&q, x.value);
    AddOptional(&q, x.low);
    AddOptional(&q, x.high);
    q.AddString(x.value_text);
    q.AddString(x.unit);
    q.Add(static_cast<uint8_t>(x.approx));
    q.AddString(x.modifier);
  }
  Fnv& e = parts_[kEntities];
  e.Add(doc.entities.size());
  for (const Entity& x : doc.entities) {
    AddSpan(&e, x.span);
    e.Add(x.type);
    e.AddString(CanonicalName(x, text));
    e.Add(static_cast<uint8_t>(x.outlet));
    e.AddString(x.title);
    e.Add(x.mention_of);
  }
  Fnv& c = parts_[kClaims];
  c.Add(doc.claims.size());
  for (const Claim& x : doc.claims) {
    AddSpan(&c, x.span);
    c.Add(x.pieces.size());
    for (const Span& p : x.pieces) AddSpan(&c, p);
    c.Add(x.sentence);
    c.Add(x.kind);
    c.Add(static_cast<uint8_t>(x.source.has_value()));
    if (x.source) AddSource(&c, *x.source);
    c.Add(static_cast<uint8_t>(x.cue.has_value()));
    if (x.cue) {
      AddSpan(&c, x.cue->span);
      c.AddString(x.cue->lemma);
    }
    c.Add(x.via.size());
    for (const Source& v : x.via) AddSource(&c, v);
    c.Add(static_cast<uint8_t>(x.hedged));
    AddIndexes(&c, x.quantities);
    AddIndexes(&c, x.entities);
    AddDouble(&c, x.score);
  }
}

std::string OutputDigest::ToString() const {
  std::string out;
  char buf[64];
  for (int p = 0; p < kNumParts; ++p) {
    std::snprintf(buf, sizeof(buf), "%s%s %016" PRIx64, p ? " " : "",
                  kPartNames[p], parts_[p].h);
    out += buf;
  }
  return out;
}

}  // namespace claimx::bench
