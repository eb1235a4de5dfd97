// The JSON schema's walk over a Document (field names and order as in
// README.md), written once for every writer that builds the schema:
// JsonWriter (claimx::ToJson, the CLI) and the Python binding's object
// builder (Document.to_dict), so the two cannot drift apart.
//
// A writer W provides BeginObject(bool compact = false), EndObject(),
// BeginArray(bool compact = false), EndArray(), Key(literal), String(sv),
// Number(double), Int(int64_t), Bool(bool), Null(), and Offset(uint32_t)
// for span begin/end values (a UTF-8 byte offset; a writer may map it, as
// Python's code point indices do).
#ifndef CLAIMX_LIB_OUTPUT_DOCUMENT_WALK_H_
#define CLAIMX_LIB_OUTPUT_DOCUMENT_WALK_H_

#include <algorithm>
#include <optional>
#include <string_view>

#include "claimx/serialize.h"
#include "claimx/types.h"

namespace claimx::internal {

// The bytes of `s` in `text`, clamped to the text (empty if out of range).
inline std::string_view SpanSlice(std::string_view text, Span s) {
  if (s.begin > text.size()) return {};
  return text.substr(s.begin,
                     std::min<size_t>(s.size(), text.size() - s.begin));
}

// A string field that the schema prints as null when empty.
template <class W>
void WriteStringOrNull(W& w, std::string_view s) {
  if (s.empty()) {
    w.Null();
  } else {
    w.String(s);
  }
}

// A number field that the schema prints as null when absent.
template <class W>
void WriteNumberOrNull(W& w, const std::optional<double>& v) {
  if (v) {
    w.Number(*v);
  } else {
    w.Null();
  }
}

template <class W>
void WriteSpanFields(W& w, std::string_view text, Span s) {
  w.Key("begin");
  w.Offset(s.begin);
  w.Key("end");
  w.Offset(s.end);
  w.Key("text");
  w.String(SpanSlice(text, s));
}

template <class W>
void WriteSource(W& w, std::string_view text, const Source& s) {
  w.BeginObject(true);
  WriteSpanFields(w, text, s.span);
  w.Key("type");
  w.String(ToString(s.type));
  w.Key("resolved");
  WriteStringOrNull(w, s.resolved);
  if (s.entity >= 0) {
    w.Key("entity");
    w.Int(s.entity);
  }
  w.EndObject();
}

// The whole document as the schema's top-level object; `tokens` adds the
// token list (the CLI's --tokens).
template <class W>
void WriteDocument(W& w, const Document& doc, std::string_view text,
                   bool tokens) {
  w.BeginObject();
  w.Key("id");
  w.String(doc.id);
  w.Key("date");
  WriteStringOrNull(w, doc.date);
  w.Key("bytes");
  w.Int(doc.bytes);

  w.Key("sentences");
  w.BeginArray();
  for (const Sentence& s : doc.sentences) {
    w.BeginObject(true);
    w.Key("begin");
    w.Offset(s.span.begin);
    w.Key("end");
    w.Offset(s.span.end);
    w.EndObject();
  }
  w.EndArray();

  if (tokens) {
    w.Key("tokens");
    w.BeginArray();
    for (const Token& t : doc.tokens) {
      w.BeginObject(true);
      WriteSpanFields(w, text, t.span);
      w.Key("kind");
      w.String(ToString(t.kind));
      w.Key("flags");
      w.Int(t.flags);
      w.EndObject();
    }
    w.EndArray();
  }

  w.Key("entities");
  w.BeginArray();
  for (const Entity& e : doc.entities) {
    w.BeginObject(true);
    WriteSpanFields(w, text, e.span);
    w.Key("type");
    w.String(ToString(e.type));
    w.Key("canonical");
    w.String(CanonicalName(e, text));
    w.Key("outlet");
    w.Bool(e.outlet);
    w.Key("title");
    WriteStringOrNull(w, e.title);
    w.Key("mention_of");
    if (e.mention_of < 0) {
      w.Null();
    } else {
      w.Int(e.mention_of);
    }
    w.EndObject();
  }
  w.EndArray();

  w.Key("quantities");
  w.BeginArray();
  for (const Quantity& q : doc.quantities) {
    w.BeginObject(true);
    WriteSpanFields(w, text, q.span);
    w.Key("type");
    w.String(ToString(q.type));
    w.Key("value");
    if (q.value) {
      w.Number(*q.value);
    } else if (!q.value_text.empty()) {
      w.String(q.value_text);
    } else {
      w.Null();
    }
    if (q.low || q.high) {
      w.Key("low");
      WriteNumberOrNull(w, q.low);
      w.Key("high");
      WriteNumberOrNull(w, q.high);
    }
    w.Key("unit");
    WriteStringOrNull(w, q.unit);
    w.Key("approx");
    w.Bool(q.approx);
    w.Key("modifier");
    WriteStringOrNull(w, q.modifier);
    w.EndObject();
  }
  w.EndArray();

  w.Key("claims");
  w.BeginArray();
  for (const Claim& c : doc.claims) {
    w.BeginObject();
    WriteSpanFields(w, text, c.span);
    w.Key("pieces");
    w.BeginArray(true);
    for (const Span& p : c.pieces) {
      w.BeginObject(true);
      w.Key("begin");
      w.Offset(p.begin);
      w.Key("end");
      w.Offset(p.end);
      w.EndObject();
    }
    w.EndArray();
    w.Key("sentence");
    w.Int(c.sentence);
    w.Key("kind");
    w.String(ToString(c.kind));
    w.Key("source");
    if (c.source)
      WriteSource(w, text, *c.source);
    else
      w.Null();
    w.Key("cue");
    if (c.cue) {
      w.BeginObject(true);
      WriteSpanFields(w, text, c.cue->span);
      w.Key("lemma");
      w.String(c.cue->lemma);
      w.EndObject();
    } else {
      w.Null();
    }
    w.Key("via");
    w.BeginArray(true);
    for (const Source& v : c.via) WriteSource(w, text, v);
    w.EndArray();
    w.Key("hedged");
    w.Bool(c.hedged);
    w.Key("quantities");
    w.BeginArray(true);
    for (uint32_t q : c.quantities) w.Int(q);
    w.EndArray();
    w.Key("entities");
    w.BeginArray(true);
    for (uint32_t e : c.entities) w.Int(e);
    w.EndArray();
    w.Key("score");
    w.Number(c.score);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_OUTPUT_DOCUMENT_WALK_H_
