#include "claimx/serialize.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "output/json_writer.h"

namespace claimx {
namespace {

using ::testing::HasSubstr;

TEST(JsonWriter, EscapesControlQuotesAndInvalidUtf8) {
  std::string out;
  internal::JsonWriter::Escape("a\"b\\c\n\t\x01 é \xFF", &out);
  EXPECT_EQ(out, "a\\\"b\\\\c\\n\\t\\u0001 é \\ufffd");
}

// Escape skips plain bytes 8 at a time: every special byte must be caught
// at every position of a word-sized block, next to plain bytes and others.
TEST(JsonWriter, EscapesEverySpecialByteAtEveryPosition) {
  struct Case {
    std::string in, out;
  };
  const Case specials[] = {{"\"", "\\\""},
                           {"\\", "\\\\"},
                           {"\n", "\\n"},
                           {"\x1f", "\\u001f"},
                           {"\x7f", "\\u007f"},
                           {"\xc3\xa9", "\xc3\xa9"},
                           {"\xe2\x80\x9c", "\xe2\x80\x9c"},
                           {"\xff", "\\ufffd"},
                           {"\xc3", "\\ufffd"}};
  const std::string plain = "Harbour fees rose by a fifth";  // 28 bytes
  for (const Case& c : specials) {
    for (size_t pos = 0; pos <= plain.size(); ++pos) {
      std::string in = plain.substr(0, pos) + c.in + plain.substr(pos);
      std::string out;
      internal::JsonWriter::Escape(in, &out);
      EXPECT_EQ(out, plain.substr(0, pos) + c.out + plain.substr(pos))
          << "at " << pos;
    }
  }
  std::string out;
  internal::JsonWriter::Escape(std::string(20, ' ') + "\x01", &out);
  EXPECT_EQ(out, std::string(20, ' ') + "\\u0001");
}

// Escape scans 16 bytes at a time and ends a string with one block that
// overlaps bytes already scanned (8-byte words below 16 bytes): every length
// from empty to past two blocks, a special byte at every position, and a
// second one after it (the overlapping block must not lose either).
TEST(JsonWriter, EscapesSpecialBytesInStringsOfEveryLength) {
  struct Case {
    std::string in, out;
  };
  const Case specials[] = {{"\"", "\\\""},          {"\\", "\\\\"},
                           {"\t", "\\t"},           {"\x01", "\\u0001"},
                           {"\x7f", "\\u007f"},     {"\xc3\xa9", "\xc3\xa9"},
                           {"\xe2\x80", "\\ufffd"}, {"\x80", "\\ufffd"}};
  const std::string plain =
      "Ferry tickets to the outer islands cost more";  // 44 bytes
  for (size_t len = 0; len <= plain.size(); ++len) {
    const std::string base = plain.substr(0, len);
    std::string out;
    internal::JsonWriter::Escape(base, &out);
    EXPECT_EQ(out, base) << "plain, length " << len;
    for (const Case& c : specials) {
      for (size_t pos = 0; pos <= len; ++pos) {
        const std::string in = base.substr(0, pos) + c.in + base.substr(pos);
        out.clear();
        internal::JsonWriter::Escape(in, &out);
        EXPECT_EQ(out, base.substr(0, pos) + c.out + base.substr(pos))
            << "length " << len << " at " << pos;
        const std::string twice = in + "\n";
        out.clear();
        internal::JsonWriter::Escape(twice, &out);
        EXPECT_EQ(out, base.substr(0, pos) + c.out + base.substr(pos) + "\\n")
            << "length " << len << " at " << pos << " and at the end";
      }
    }
  }
}

TEST(JsonWriter, LiteralAndRuntimeKeysWriteTheSame) {
  for (bool pretty : {false, true}) {
    std::string a, b;
    internal::JsonWriter wa(&a, pretty), wb(&b, pretty);
    wa.BeginObject();
    wa.Key("begin");
    wa.Int(3);
    wa.Key("text");
    wa.String("port");
    wa.EndObject();
    wb.BeginObject();
    wb.Key(std::string_view("begin"));
    wb.Int(3);
    wb.Key(std::string("text"));
    wb.String("port");
    wb.EndObject();
    wa.Finish();
    wb.Finish();
    EXPECT_EQ(a, b);
    EXPECT_EQ(a, pretty ? "{\n  \"begin\": 3,\n  \"text\": \"port\"\n}"
                        : "{\"begin\":3,\"text\":\"port\"}");
  }
}

TEST(JsonWriter, GrowsPastItsSizeHintAndFinishAppends) {
  // A long string with escapes and multi-byte characters, written through
  // a 64-byte starting buffer, equals the reference escaping; a second
  // Finish appends what came after the first.
  std::string body;
  for (int i = 0; i < 500; ++i)
    body += "tide \"gauge\"\n\xC3\xA9t\xC3\xA9 \x01|";
  std::string want = "[\"";
  internal::JsonWriter::Escape(body, &want);
  want += "\"";
  std::string out = "prefix:";
  internal::JsonWriter w(&out, false, 64);
  w.BeginArray();
  w.String(body);
  w.Finish();
  EXPECT_EQ(out, "prefix:" + want);
  w.Int(7);
  w.EndArray();
  w.Finish();
  EXPECT_EQ(out, "prefix:" + want + ",7]");
}

// Int writes its digits two at a time from the end: every digit count (each
// side of every power of ten), both signs and the extremes print as
// std::to_string does.
TEST(JsonWriter, IntegersOfEveryDigitCount) {
  std::vector<int64_t> values = {0,
                                 1,
                                 9,
                                 10,
                                 99,
                                 100,
                                 101,
                                 4294967295,
                                 std::numeric_limits<int64_t>::max(),
                                 std::numeric_limits<int64_t>::min()};
  int64_t p = 1;
  for (int digits = 1; digits <= 18; ++digits) {
    p *= 10;
    for (int64_t v : {p - 1, p, p + 1, 7 * p + 3}) {
      values.push_back(v);
      values.push_back(-v);
    }
  }
  std::string out, want;
  internal::JsonWriter w(&out, false);
  w.BeginArray();
  for (size_t i = 0; i < values.size(); ++i) {
    w.Int(values[i]);
    if (i > 0) want += ',';
    want += std::to_string(values[i]);
  }
  w.EndArray();
  w.Finish();
  EXPECT_EQ(out, "[" + want + "]");
}

// Number writes values with up to four decimals itself: it must print
// exactly what std::to_chars prints (the shortest round trip) for those, for
// their neighbouring doubles (0.30000000000000004), and at the edges of the
// range it handles (0.01, 1e9).
TEST(JsonWriter, ShortDecimalsPrintAsToChars) {
  std::vector<double> values = {0.01,     0.0099,      0.1 + 0.2, 0.7 + 0.1,
                                0.85,     999999999.5, 1e9 + 0.5, 1e-5,
                                123.0625, 0.015625,    2.675,     1.0005};
  for (int i = 1; i < 20000; i += 7) {
    for (double scale : {10.0, 100.0, 1000.0, 10000.0}) {
      values.push_back(i / scale);
      values.push_back(40000 + i / scale);
      values.push_back(987654321 + i / scale);
    }
  }
  const size_t n = values.size();
  for (size_t i = 0; i < n; ++i) {
    values.push_back(std::nextafter(values[i], 0.0));
    values.push_back(std::nextafter(values[i], 1e300));
  }
  for (size_t i = 0, size = values.size(); i < size; ++i) {
    values.push_back(-values[i]);
  }
  for (double v : values) {
    if (v == std::floor(v)) continue;  // integers print through Int
    std::string out;
    internal::JsonWriter w(&out, false);
    w.Number(v);
    w.Finish();
    char want[64];
    const char* end = std::to_chars(want, want + sizeof want, v).ptr;
    ASSERT_EQ(out, std::string(want, static_cast<size_t>(end - want)));
  }
}

TEST(JsonWriter, NumbersRoundTripAndIntegersHaveNoFraction) {
  std::string out;
  internal::JsonWriter w(&out, false);
  w.BeginArray();
  w.Number(340);
  w.Number(2.5e9);
  w.Number(0.1);
  w.Number(-12.75);
  w.EndArray();
  w.Finish();
  EXPECT_EQ(out, "[340,2500000000,0.1,-12.75]");
}

Document SampleDocument() {
  Document doc;
  doc.id = "port-1";
  doc.bytes = 60;
  doc.sentences.push_back(Sentence{{0, 60}, 0, 0});
  doc.entities.push_back(
      Entity{{45, 52}, EntityType::kOrg, "Reuters", true, "", -1});
  Quantity q;
  q.span = {0, 14};
  q.type = QuantityType::kCardinal;
  q.value = 340;
  q.unit = "containers";
  doc.quantities.push_back(q);
  Claim c;
  c.span = {0, 30};
  c.pieces = {{0, 30}};
  c.kind = ClaimKind::kAccordingTo;
  c.source = Source{{45, 52}, SourceType::kOutlet, "Reuters", 0};
  c.cue = Cue{{32, 44}, "according to"};
  c.quantities = {0};
  c.entities = {};
  c.score = 0.9;
  doc.claims.push_back(c);
  return doc;
}

TEST(ToJson, SchemaFieldsAndSpanTexts) {
  std::string text =
      "340 containers were stuck here, according to Reuters today.";
  std::string json = ToJson(SampleDocument(), text, {.pretty = false});
  EXPECT_THAT(json, HasSubstr(R"("id":"port-1","date":null,"bytes":60)"));
  EXPECT_THAT(json, HasSubstr(R"("sentences":[{"begin":0,"end":60}])"));
  EXPECT_THAT(
      json,
      HasSubstr(
          R"({"begin":45,"end":52,"text":"Reuters","type":"ORG","canonical":"Reuters","outlet":true,"title":null,"mention_of":null})"));
  EXPECT_THAT(
      json,
      HasSubstr(
          R"("text":"340 containers","type":"CARDINAL","value":340,"unit":"containers","approx":false,"modifier":null)"));
  EXPECT_THAT(json, HasSubstr(R"("kind":"according_to")"));
  EXPECT_THAT(
      json,
      HasSubstr(
          R"("source":{"begin":45,"end":52,"text":"Reuters","type":"outlet","resolved":"Reuters","entity":0})"));
  EXPECT_THAT(
      json,
      HasSubstr(
          R"("cue":{"begin":32,"end":44,"text":"according to","lemma":"according to"})"));
  EXPECT_THAT(
      json,
      HasSubstr(
          R"("via":[],"hedged":false,"quantities":[0],"entities":[],"score":0.9)"));
}

TEST(ToJson, PrettyOutputIsIndentedAndEquivalent) {
  std::string text =
      "340 containers were stuck here, according to Reuters today.";
  std::string pretty = ToJson(SampleDocument(), text);
  EXPECT_THAT(
      pretty,
      HasSubstr("\n  \"sentences\": [\n    {\"begin\": 0, \"end\": 60}\n  ]"));
  std::string squeezed;
  bool in_string = false;
  for (size_t i = 0; i < pretty.size(); ++i) {
    char c = pretty[i];
    if (c == '"' && (i == 0 || pretty[i - 1] != '\\')) in_string = !in_string;
    if (!in_string && (c == ' ' || c == '\n')) continue;
    squeezed.push_back(c);
  }
  EXPECT_EQ(squeezed, ToJson(SampleDocument(), text, {.pretty = false}));
}

TEST(ToText, ShowsSourceCueAndContent) {
  std::string text =
      "340 containers were stuck here, according to Reuters today.";
  std::string out = ToText(SampleDocument(), text);
  EXPECT_THAT(out, HasSubstr("Reuters (outlet) —according to→ [according_to] "
                             "340 containers were stuck here"));
}

TEST(ToText, QuantitiesWithValuesHedgesAndVia) {
  std::string text =
      "340 containers were stuck here, according to Reuters today.";
  Document doc = SampleDocument();
  doc.claims[0].hedged = true;
  doc.claims[0].via.push_back(Source{{53, 58}, SourceType::kNone, "", -1});
  std::string out = ToText(doc, text);
  EXPECT_THAT(
      out,
      HasSubstr("[according_to, hedged] 340 containers were stuck here\n"));
  EXPECT_THAT(out, HasSubstr("\n    via today (none)\n"));
  EXPECT_THAT(
      out, HasSubstr("\n    ↳ 340 containers = 340 containers (CARDINAL)\n"));
  EXPECT_EQ(out.find('\x1b'), std::string::npos);
}

TEST(ToText, ColourMarksSourceCueKindAndQuantities) {
  std::string text =
      "340 containers were stuck here, according to Reuters today.";
  std::string out = ToText(SampleDocument(), text, {.color = true});
  EXPECT_THAT(out,
              HasSubstr("\x1b[1;36mReuters\x1b[0m \x1b[36m(outlet)\x1b[0m"));
  EXPECT_THAT(
      out, HasSubstr("—\x1b[1;33maccording to\x1b[0m→ \x1b[35m[according_to"));
  EXPECT_THAT(out, HasSubstr("\x1b[32m340 containers\x1b[0m were stuck here"));
}

TEST(ToText, ResolvedSourcesSplitQuotesAndValues) {
  std::string text = "\"Prices rose,\" she said, \"by about 12%.\"";
  Document doc;
  doc.bytes = static_cast<uint32_t>(text.size());
  Quantity q;
  q.span = {29, 38};
  q.type = QuantityType::kPercent;
  q.value = 12;
  q.approx = true;
  q.modifier = "about";
  doc.quantities.push_back(q);
  Claim c;
  c.pieces = {{0, 14}, {25, 40}};
  c.span = {0, 40};
  c.kind = ClaimKind::kDirectQuote;
  c.source = Source{{15, 18}, SourceType::kPronoun, "Amal Haddad", -1};
  c.cue = Cue{{19, 23}, "say"};
  c.quantities = {0};
  doc.claims.push_back(c);
  std::string out = ToText(doc, text);
  EXPECT_THAT(out,
              HasSubstr("she (pronoun = Amal Haddad) —said→ [direct_quote] "
                        "\"Prices rose,\" … \"by about 12%.\"\n"));
  EXPECT_THAT(out, HasSubstr("    ↳ about 12% = about 12% (PERCENT)\n"));
}

TEST(ToString, StableSchemaNames) {
  EXPECT_EQ(ToString(EntityType::kNorp), "NORP");
  EXPECT_EQ(ToString(QuantityType::kDuration), "DURATION");
  EXPECT_EQ(ToString(ClaimKind::kDirectQuote), "direct_quote");
  EXPECT_EQ(ToString(SourceType::kAnonymous), "anonymous");
  EXPECT_EQ(ToString(TokenKind::kHashtag), "hashtag");
}

}  // namespace
}  // namespace claimx
