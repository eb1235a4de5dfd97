// lib/text: UTF-8 helpers, the lexicon TSV format, the JSONL reader.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/jsonl.h"
#include "text/tsv.h"
#include "text/utf8.h"

namespace claimx::internal {
namespace {

using ::testing::HasSubstr;

TEST(Utf8, FindsFirstInvalidByte) {
  EXPECT_EQ(
      FindInvalidUtf8("plain ascii text, long enough for the 8-byte path"),
      49u);
  EXPECT_EQ(FindInvalidUtf8("café 北京 \xF0\x9F\x91\x8D"),
            std::string("café 北京 \xF0\x9F\x91\x8D").size());
  EXPECT_EQ(FindInvalidUtf8("abc\xFFxyz"), 3u);
  EXPECT_EQ(FindInvalidUtf8("abcdefghij\xC3"), 10u);     // truncated at the end
  EXPECT_EQ(FindInvalidUtf8("\xED\xA0\x80"), 0u);        // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);            // overlong
  EXPECT_EQ(FindInvalidUtf8("ok\xF4\x90\x80\x80"), 2u);  // above U+10FFFF
}

TEST(Utf8, FindInvalidMatchesCharByCharDecodingAtEveryOffset) {
  // The block paths (16 and 8 bytes) against a plain decode loop: pieces of
  // ASCII, valid multi-byte characters and invalid bytes, placed so that
  // every kind falls at every position of a block and at the very end.
  const std::vector<std::string> pieces = {
      "a",    "plain words ", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x8C\x8A",
      "\xFF", "\xC3",         "\xE2\x80", "\xED\xA0\x80", "0123456789abcdef"};
  auto reference = [](std::string_view t) {
    size_t pos = 0;
    while (pos < t.size()) {
      const DecodedChar d = DecodeUtf8(t, pos);
      if (!d.valid) return pos;
      pos += d.length;
    }
    return t.size();
  };
  uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return state >> 16;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string t;
    const size_t count = 1 + next() % 12;
    for (size_t k = 0; k < count; ++k) {
      // Mostly valid pieces, so the first invalid byte lands anywhere.
      size_t which = next() % pieces.size();
      if (which >= 5 && which <= 8 && next() % 4 != 0) which = 1;
      t += pieces[which];
    }
    ASSERT_EQ(FindInvalidUtf8(t), reference(t)) << round;
  }
}

TEST(Utf8, ReplacesMaximalSubparts) {
  std::string out;
  AppendValidUtf8("a\xE2\x82z\xFF", &out);
  EXPECT_EQ(out, "a\xEF\xBF\xBDz\xEF\xBF\xBD");
  EXPECT_EQ(CountCodePoints("a\xE2\x82z\xFF"), 4u);
  EXPECT_EQ(CountCodePoints("née 北"), 5u);
}

TEST(Utf8, StripsLatinDiacritics) {
  std::string out;
  EXPECT_TRUE(StripLatinDiacritics("Bogotá", &out));
  EXPECT_EQ(out, "Bogota");
  EXPECT_TRUE(StripLatinDiacritics("łódź ŁÓDŹ", &out));
  EXPECT_EQ(out, "lodz LODZ");
  EXPECT_TRUE(StripLatinDiacritics("Brașov Timișoara Ţară", &out));
  EXPECT_EQ(out, "Brasov Timisoara Tara");
  EXPECT_TRUE(StripLatinDiacritics("ÀÿĀſ", &out));
  EXPECT_EQ(out, "AyAs");
  // Nothing to strip, or a letter with no one-letter base: no plain form.
  EXPECT_FALSE(StripLatinDiacritics("Bogota", &out));
  EXPECT_FALSE(StripLatinDiacritics("Cæsar", &out));
  EXPECT_FALSE(StripLatinDiacritics("Straße", &out));
  EXPECT_FALSE(StripLatinDiacritics("Kraków Киев", &out));
  EXPECT_FALSE(StripLatinDiacritics("caf\xC3", &out));  // cut off
  EXPECT_EQ(PlainForm("Zürich", &out), "Zurich");
  EXPECT_EQ(PlainForm("Киев", &out), "Киев");
}

TEST(LexiconTsv, ParsesEntriesAttributesAndComments) {
  auto entries = ParseLexiconTsv(
      "# a comment\n\naccording to\tcue\tkind=according_to; lemma=according "
      "to\r\nDr.\tabbrev\n",
      "test.tsv");
  ASSERT_TRUE(entries.ok()) << entries.status();
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ((*entries)[0].phrase, "according to");
  EXPECT_EQ((*entries)[0].type, "cue");
  EXPECT_EQ((*entries)[0].attr("kind"), "according_to");
  EXPECT_EQ((*entries)[0].attr("lemma"), "according to");
  EXPECT_EQ((*entries)[0].origin, "test.tsv:3");
  EXPECT_EQ((*entries)[1].attr("missing", "dflt"), "dflt");
}

TEST(LexiconTsv, ErrorsNameFileAndLine) {
  auto missing_type = ParseLexiconTsv("ok\tcue\nbroken line\n", "user.tsv");
  ASSERT_FALSE(missing_type.ok());
  EXPECT_THAT(std::string(missing_type.status().message()),
              HasSubstr("user.tsv:2:"));
  auto bad_type = ParseLexiconTsv("x\tBad Type\n", "u.tsv");
  EXPECT_THAT(std::string(bad_type.status().message()),
              HasSubstr("u.tsv:1: bad type"));
  auto bad_attr = ParseLexiconTsv("x\tcue\tnovalue\n", "u.tsv");
  EXPECT_THAT(std::string(bad_attr.status().message()),
              HasSubstr("bad attribute"));
  auto bad_utf8 = ParseLexiconTsv("x\tcue\n\xFF\tcue\n", "u.tsv");
  EXPECT_THAT(std::string(bad_utf8.status().message()),
              HasSubstr("u.tsv:2: invalid UTF-8"));
}

TEST(LexiconTsv, MissingFileIsNotFound) {
  auto r = ReadLexiconFile("/nonexistent/claimx/lexicon.tsv");
  EXPECT_EQ(r.status().code(), absl::StatusCode::kNotFound);
}

TEST(Jsonl, ReadsIdTextDateAndSkipsOtherFields) {
  auto r = ParseJsonlLine(
      R"({"id":"a-1","meta":{"x":[1,2,{"y":null}]},"text":"Caf\u00e9 \"quoted\"\n\ud83d\udc4d","date":"2026-03-01","n":-1.5e3})");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->id, "a-1");
  EXPECT_EQ(r->text, "Café \"quoted\"\n\xF0\x9F\x91\x8D");
  EXPECT_EQ(r->date, "2026-03-01");
}

TEST(Jsonl, NumericIdIsKeptAsText) {
  auto r = ParseJsonlLine(R"({"id": 42, "text": "x"})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->id, "42");
}

// claimx's own output writes an absent id or date as null: reading it back
// treats null as absent, and "text" must still be a string.
TEST(Jsonl, NullIdOrDateIsAbsent) {
  auto r = ParseJsonlLine(R"({"id": null, "date": null, "text": "Rain."})");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_FALSE(r->has_id);
  EXPECT_EQ(r->id, "");
  EXPECT_EQ(r->date, "");
  EXPECT_EQ(r->text, "Rain.");
  auto later =
      ParseJsonlLine(R"({"date": "2026-05-04", "text": "x", "date": null})");
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->date, "");
  EXPECT_FALSE(ParseJsonlLine(R"({"text": null})").ok());
  EXPECT_FALSE(ParseJsonlLine(R"({"date": nul, "text": "x"})").ok());
}

// String bodies are scanned 16 bytes at a time: an escape, a quote, a
// non-ASCII character or a raw control character at every position of
// texts of every length up to past two blocks.
TEST(Jsonl, StringsWithEscapesAtEveryPosition) {
  struct Case {
    std::string json, text;
  };
  const Case cases[] = {
      {"\\\"", "\""},          {"\\\\", "\\"},           {"\\n", "\n"},
      {"\\u00e9", "\xc3\xa9"}, {"\xc3\xa9", "\xc3\xa9"}, {"\\/", "/"}};
  const std::string plain =
      "Night buses will run every ten minutes";  // 38 bytes
  for (size_t len = 0; len <= plain.size(); ++len) {
    const std::string base = plain.substr(0, len);
    for (const Case& c : cases) {
      for (size_t pos = 0; pos <= len; ++pos) {
        const std::string line = R"({"text":")" + base.substr(0, pos) + c.json +
                                 base.substr(pos) + R"(","id":"n"})";
        auto r = ParseJsonlLine(line);
        ASSERT_TRUE(r.ok()) << r.status() << " length " << len << " at " << pos;
        EXPECT_EQ(r->text, base.substr(0, pos) + c.text + base.substr(pos))
            << "length " << len << " at " << pos;
        EXPECT_EQ(r->id, "n");
      }
    }
    for (size_t pos = 0; pos <= len; ++pos) {
      const std::string line = R"({"text":")" + base.substr(0, pos) + "\x1f" +
                               base.substr(pos) + R"("})";
      EXPECT_THAT(std::string(ParseJsonlLine(line).status().message()),
                  HasSubstr("control character"))
          << "length " << len << " at " << pos;
    }
    const std::string unterminated = R"({"text":")" + base;
    EXPECT_THAT(std::string(ParseJsonlLine(unterminated).status().message()),
                HasSubstr("unterminated string"))
        << "length " << len;
  }
}

TEST(Jsonl, MalformedLinesSayWhereAndWhy) {
  auto no_text = ParseJsonlLine(R"({"id":"a"})");
  EXPECT_THAT(std::string(no_text.status().message()),
              HasSubstr("missing \"text\""));
  auto truncated = ParseJsonlLine(R"({"text":"abc)");
  EXPECT_THAT(std::string(truncated.status().message()),
              HasSubstr("unterminated string"));
  auto trailing = ParseJsonlLine(R"({"text":"a"} x)");
  EXPECT_THAT(std::string(trailing.status().message()), HasSubstr("trailing"));
  auto wrong_type = ParseJsonlLine(R"({"text":5})");
  EXPECT_FALSE(wrong_type.ok());
  std::string deep = R"({"x":)" + std::string(200, '[') +
                     std::string(200, ']') + R"(,"text":"a"})";
  EXPECT_THAT(std::string(ParseJsonlLine(deep).status().message()),
              HasSubstr("too deep"));
}

}  // namespace
}  // namespace claimx::internal
