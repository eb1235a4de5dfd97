// JSON and text views of a Document. Field names and order follow the
// schema in README.md; the library's Python binding and CLI both use these.
#include "claimx/serialize.h"

#include "absl/strings/str_cat.h"
#include "output/json_writer.h"
#include "text/strings.h"
#include "text/utf8.h"

namespace claimx {

std::string_view ToString(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunctuation: return "punct";
    case TokenKind::kQuote: return "quote";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
    case TokenKind::kHandle: return "handle";
    case TokenKind::kHashtag: return "hashtag";
    case TokenKind::kEmoji: return "emoji";
    case TokenKind::kOther: return "other";
  }
  return "other";
}

std::string_view ToString(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrg: return "ORG";
    case EntityType::kGpe: return "GPE";
    case EntityType::kLoc: return "LOC";
    case EntityType::kNorp: return "NORP";
    case EntityType::kFac: return "FAC";
    case EntityType::kEvent: return "EVENT";
  }
  return "ORG";
}

std::string_view ToString(QuantityType type) {
  switch (type) {
    case QuantityType::kCardinal: return "CARDINAL";
    case QuantityType::kOrdinal: return "ORDINAL";
    case QuantityType::kPercent: return "PERCENT";
    case QuantityType::kMoney: return "MONEY";
    case QuantityType::kQuantity: return "QUANTITY";
    case QuantityType::kDate: return "DATE";
    case QuantityType::kDuration: return "DURATION";
    case QuantityType::kRange: return "RANGE";
  }
  return "CARDINAL";
}

std::string_view ToString(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kDirectQuote: return "direct_quote";
    case ClaimKind::kIndirect: return "indirect";
    case ClaimKind::kAccordingTo: return "according_to";
    case ClaimKind::kMixed: return "mixed";
    case ClaimKind::kUnattributed: return "unattributed";
  }
  return "indirect";
}

std::string_view ToString(SourceType type) {
  switch (type) {
    case SourceType::kNone: return "none";
    case SourceType::kPerson: return "person";
    case SourceType::kOrg: return "organization";
    case SourceType::kOutlet: return "outlet";
    case SourceType::kGovernment: return "government";
    case SourceType::kAnonymous: return "anonymous";
    case SourceType::kDocument: return "document";
    case SourceType::kPronoun: return "pronoun";
  }
  return "none";
}

namespace {

using internal::JsonWriter;

std::string_view Slice(std::string_view text, Span s) {
  if (s.begin > text.size()) return {};
  return text.substr(s.begin, std::min<size_t>(s.size(), text.size() - s.begin));
}

void SpanFields(JsonWriter& w, std::string_view text, Span s) {
  w.Key("begin");
  w.Int(s.begin);
  w.Key("end");
  w.Int(s.end);
  w.Key("text");
  w.String(Slice(text, s));
}

void WriteSource(JsonWriter& w, std::string_view text, const Source& s) {
  w.BeginObject(true);
  SpanFields(w, text, s.span);
  w.Key("type");
  w.String(ToString(s.type));
  w.Key("resolved");
  if (s.resolved.empty()) {
    w.Null();
  } else {
    w.String(s.resolved);
  }
  if (s.entity >= 0) {
    w.Key("entity");
    w.Int(s.entity);
  }
  w.EndObject();
}

}  // namespace

std::string ToJson(const Document& doc, std::string_view text, const JsonOptions& options) {
  std::string out;
  JsonWriter w(&out, options.pretty);
  w.BeginObject();
  w.Key("id");
  w.String(doc.id);
  w.Key("date");
  if (doc.date.empty()) {
    w.Null();
  } else {
    w.String(doc.date);
  }
  w.Key("bytes");
  w.Int(doc.bytes);

  w.Key("sentences");
  w.BeginArray();
  for (const Sentence& s : doc.sentences) {
    w.BeginObject(true);
    w.Key("begin");
    w.Int(s.span.begin);
    w.Key("end");
    w.Int(s.span.end);
    w.EndObject();
  }
  w.EndArray();

  if (options.tokens) {
    w.Key("tokens");
    w.BeginArray();
    for (const Token& t : doc.tokens) {
      w.BeginObject(true);
      SpanFields(w, text, t.span);
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
    SpanFields(w, text, e.span);
    w.Key("type");
    w.String(ToString(e.type));
    w.Key("canonical");
    w.String(e.canonical);
    w.Key("outlet");
    w.Bool(e.outlet);
    w.Key("title");
    if (e.title.empty()) {
      w.Null();
    } else {
      w.String(e.title);
    }
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
    SpanFields(w, text, q.span);
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
      if (q.low) w.Number(*q.low); else w.Null();
      w.Key("high");
      if (q.high) w.Number(*q.high); else w.Null();
    }
    w.Key("unit");
    if (q.unit.empty()) w.Null(); else w.String(q.unit);
    w.Key("approx");
    w.Bool(q.approx);
    w.Key("modifier");
    if (q.modifier.empty()) w.Null(); else w.String(q.modifier);
    w.EndObject();
  }
  w.EndArray();

  w.Key("claims");
  w.BeginArray();
  for (const Claim& c : doc.claims) {
    w.BeginObject();
    SpanFields(w, text, c.span);
    w.Key("pieces");
    w.BeginArray(true);
    for (const Span& p : c.pieces) {
      w.BeginObject(true);
      w.Key("begin");
      w.Int(p.begin);
      w.Key("end");
      w.Int(p.end);
      w.EndObject();
    }
    w.EndArray();
    w.Key("sentence");
    w.Int(c.sentence);
    w.Key("kind");
    w.String(ToString(c.kind));
    w.Key("source");
    if (c.source) WriteSource(w, text, *c.source); else w.Null();
    w.Key("cue");
    if (c.cue) {
      w.BeginObject(true);
      SpanFields(w, text, c.cue->span);
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
  return out;
}

std::string ToText(const Document& doc, std::string_view text) {
  std::string out;
  auto append_span = [&](Span s) {
    internal::AppendValidUtf8(Slice(text, s), &out);
  };
  absl::StrAppend(&out, "# ", doc.id.empty() ? "(no id)" : doc.id, " — ", doc.bytes,
                  " bytes, ", doc.sentences.size(), " sentences, ", doc.entities.size(),
                  " entities, ", doc.quantities.size(), " quantities, ", doc.claims.size(),
                  " claims\n");
  for (const Claim& c : doc.claims) {
    if (c.source) {
      append_span(c.source->span);
      absl::StrAppend(&out, " (", internal::Av(ToString(c.source->type)), ")");
    } else {
      out.append("(no source)");
    }
    out.append(" —");
    if (c.cue) append_span(c.cue->span);
    absl::StrAppend(&out, "→ [", internal::Av(ToString(c.kind)), c.hedged ? ", hedged" : "", "] ");
    append_span(c.span);
    out.push_back('\n');
  }
  if (doc.claims.empty()) {
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      absl::StrAppend(&out, i + 1, ". ");
      std::string s;
      internal::AppendValidUtf8(Slice(text, doc.sentences[i].span), &s);
      for (char& ch : s) {
        if (ch == '\n' || ch == '\r') ch = ' ';
      }
      out.append(s);
      out.push_back('\n');
    }
  }
  return out;
}

}  // namespace claimx
