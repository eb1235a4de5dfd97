#include "tokenize/tokenizer.h"

#include <map>
#include <random>
#include <string>
#include <vector>

#include "embedded_data.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/tsv.h"
#include "text/utf8.h"

namespace claimx::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

// The tokenizer with the built-in abbreviation table.
const Tokenizer& DefaultTokenizer() {
  static const Tokenizer* tok = [] {
    std::vector<LexiconEntry> entries;
    for (const EmbeddedFile& f : EmbeddedDataFiles()) {
      auto parsed = ParseLexiconTsv(f.content, f.name);
      EXPECT_TRUE(parsed.ok()) << parsed.status();
      entries.insert(entries.end(), parsed->begin(), parsed->end());
    }
    return new Tokenizer(*Tokenizer::Create(entries));
  }();
  return *tok;
}

// A word index over a few words, for the paths that look ids up.
const WordIndex& DefaultWordIndex() {
  static const WordIndex* words = [] {
    auto* w = new WordIndex;
    w->Build({"crews", "of", "the", "and", "g7", "about", "7", "end"});
    return w;
  }();
  return *words;
}

std::vector<std::string> Texts(std::string_view text,
                               const TokenizerConfig& cfg = {}) {
  TokenStream ts = DefaultTokenizer().Tokenize(text, cfg);
  std::vector<std::string> out;
  for (const Token& t : ts.tokens)
    out.emplace_back(text.substr(t.span.begin, t.span.size()));
  return out;
}

std::vector<TokenKind> Kinds(std::string_view text) {
  TokenStream ts = DefaultTokenizer().Tokenize(text);
  std::vector<TokenKind> out;
  for (const Token& t : ts.tokens) out.push_back(t.kind);
  return out;
}

// What TokenStream::numeric must hold: every token that is a number or
// has a digit, in token order.
std::vector<uint32_t> NumericTokens(const TokenStream& ts) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < ts.size(); ++i) {
    if (ts.tokens[i].kind == TokenKind::kNumber || ts.tokens[i].has(kHasDigit))
      out.push_back(static_cast<uint32_t>(i));
  }
  return out;
}

// Property: tokens are in order, never overlap, lie inside the text, and
// start and end on UTF-8 character boundaries; the numeric list is right.
void ExpectWellFormed(std::string_view text, const TokenStream& ts) {
  // Character starts as the decoder sees them: a valid sequence or one
  // maximal invalid subsequence is one unit, never to be split.
  std::vector<bool> starts(text.size() + 1, false);
  for (size_t p = 0; p < text.size(); p += DecodeUtf8(text, p).length)
    starts[p] = true;
  starts[text.size()] = true;
  uint32_t prev_end = 0;
  for (size_t i = 0; i < ts.size(); ++i) {
    const Token& t = ts.tokens[i];
    ASSERT_LT(t.span.begin, t.span.end) << "empty token " << i;
    ASSERT_GE(t.span.begin, prev_end) << "overlap at token " << i;
    ASSERT_LE(t.span.end, text.size());
    auto boundary = [&](uint32_t p) { return starts[p]; };
    ASSERT_TRUE(boundary(t.span.begin))
        << "token " << i << " starts mid-character";
    ASSERT_TRUE(boundary(t.span.end)) << "token " << i << " ends mid-character";
    prev_end = t.span.end;
  }
  ASSERT_EQ(ts.norm_ref.size(), ts.size());
  ASSERT_EQ(ts.abbrev.size(), ts.size());
  ASSERT_EQ(ts.newlines_before.size(), ts.size());
  ASSERT_EQ(ts.numeric, NumericTokens(ts));
}

TEST(Tokenizer, HyphenatedNamesStayWhole) {
  EXPECT_THAT(
      Texts("Jean-Luc met García-Márquez and a well-known mid-March crowd."),
      ElementsAre("Jean-Luc", "met", "García-Márquez", "and", "a", "well-known",
                  "mid-March", "crowd", "."));
}

// An initialism after a hyphen is a token of its own, as before one.
TEST(Tokenizer, InitialismAfterHyphenIsItsOwnWord) {
  EXPECT_THAT(
      Texts("Euro-U.S. talks on non-U.K. firms and U.S.-Korea ties."),
      ElementsAre("Euro", "-", "U.S.", "talks", "on", "non", "-", "U.K.",
                  "firms", "and", "U.S.", "-", "Korea", "ties", "."));
  EXPECT_THAT(Texts("an X-ray. A pro-E.U. vote"),
              ElementsAre("an", "X-ray", ".", "A", "pro", "-", "E.U.", "vote"));
}

TEST(Tokenizer, NumbersWithSeparatorsAndDecimals) {
  EXPECT_THAT(Texts("12,500 people paid 3.75 or 2,000.50 each."),
              ElementsAre("12,500", "people", "paid", "3.75", "or", "2,000.50",
                          "each", "."));
  EXPECT_THAT(Kinds("12,500"), ElementsAre(TokenKind::kNumber));
}

TEST(Tokenizer, OrdinalsAndDecades) {
  EXPECT_THAT(
      Texts("the 21st and 2nd votes of the 1990s"),
      ElementsAre("the", "21st", "and", "2nd", "votes", "of", "the", "1990s"));
}

TEST(Tokenizer, AbbreviationsAndInitialsKeepTheirPeriod) {
  EXPECT_THAT(
      Texts("Dr. Amal Haddad of Lumen Inc. met J. R. Oduya in the U.S. on Jan. "
            "4."),
      ElementsAre("Dr.", "Amal", "Haddad", "of", "Lumen", "Inc.", "met", "J.",
                  "R.", "Oduya", "in", "the", "U.S.", "on", "Jan.", "4", "."));
  TokenStream ts = DefaultTokenizer().Tokenize("Dr. Haddad");
  EXPECT_EQ(ts.abbrev[0], AbbrevClass::kTitle);
  EXPECT_TRUE(ts.tokens[0].has(kAbbreviation));
}

// An acronym spelled like a capitalized abbreviation ("SEC" / "Sec.") ends
// its sentence at a line's or the text's end, as before a new sentence.
TEST(Tokenizer, AcronymAtALinesEndEndsTheSentence) {
  EXPECT_THAT(Texts("It was filed with the SEC.\n\nSec. 4 applies."),
              ElementsAre("It", "was", "filed", "with", "the", "SEC", ".",
                          "Sec.", "4", "applies", "."));
  EXPECT_THAT(Texts("Approved by the SEC."),
              ElementsAre("Approved", "by", "the", "SEC", "."));
}

TEST(Tokenizer, NumberAbbreviationOnlyBeforeANumber) {
  EXPECT_THAT(Texts("It ranked No. 3."),
              ElementsAre("It", "ranked", "No.", "3", "."));
  EXPECT_THAT(Texts("She said no."), ElementsAre("She", "said", "no", "."));
}

TEST(Tokenizer, TitleCaseOnlyAbbreviations) {
  // "Sun." is a day only when capitalized; "the sun." ends a sentence.
  EXPECT_THAT(Texts("in the sun."), ElementsAre("in", "the", "sun", "."));
  EXPECT_THAT(Texts("Sun. Oct. 5"), ElementsAre("Sun.", "Oct.", "5"));
}

TEST(Tokenizer, TimeAbbreviations) {
  EXPECT_THAT(Texts("at 7 a.m. sharp"),
              ElementsAre("at", "7", "a.m.", "sharp"));
}

TEST(Tokenizer, DomainsUrlsEmailsHandlesHashtags) {
  EXPECT_THAT(
      Texts("Read Yahoo.com or https://example.org/a?b=1, mail "
            "tips@desk.news.co.uk, "
            "ping @river_desk #Budget2026"),
      ElementsAre("Read", "Yahoo.com", "or", "https://example.org/a?b=1", ",",
                  "mail", "tips@desk.news.co.uk", ",", "ping", "@river_desk",
                  "#Budget2026"));
  EXPECT_THAT(Kinds("Yahoo.com www.port-authority.gov x@y.org @a #b"),
              ElementsAre(TokenKind::kUrl, TokenKind::kUrl, TokenKind::kEmail,
                          TokenKind::kHandle, TokenKind::kHashtag));
}

TEST(Tokenizer, UrlDropsTrailingPunctuation) {
  EXPECT_THAT(Texts("(see http://a.example/x)."),
              ElementsAre("(", "see", "http://a.example/x", ")", "."));
}

TEST(Tokenizer, CurrencyPercentTildeSplitOff) {
  EXPECT_THAT(Texts("$4.2 billion, €30, ~12,000 and 12%"),
              ElementsAre("$", "4.2", "billion", ",", "€", "30", ",", "~",
                          "12,000", "and", "12", "%"));
}

TEST(Tokenizer, ScaleSuffixesSplitFromNumbers) {
  EXPECT_THAT(Texts("4bn and 40k"), ElementsAre("4", "bn", "and", "40", "k"));
}

TEST(Tokenizer, PossessivesAndContractions) {
  EXPECT_THAT(Texts("The union's and Reuters’ view: don't, can't, we're, I'll"),
              ElementsAre("The", "union", "'s", "and", "Reuters", "’", "view",
                          ":", "do", "n't", ",", "ca", "n't", ",", "we", "'re",
                          ",", "I", "'ll"));
  EXPECT_THAT(Texts("the agency’s report"),
              ElementsAre("the", "agency", "’s", "report"));
}

// A range whose two numbers carry the same glued scale or unit splits at
// its hyphen; a code with a hyphen after a number stays one word.
TEST(Tokenizer, GluedUnitRangeSplitsAtTheHyphen) {
  EXPECT_THAT(
      Texts("2bn-3bn and 15KM-20km but 8k-9 and Rule 10b-5"),
      ElementsAre("2", "bn", "-", "3", "bn", "and", "15", "KM", "-", "20", "km",
                  "but", "8", "k-9", "and", "Rule", "10", "b-5"));
}

// A possessive or plural 's glued to a number is a clitic as after a word
// ("Channel 9's anchor", "the 1970's"); a foot mark between numbers, or an
// apostrophe before another word, is not one.
TEST(Tokenizer, PossessiveAfterNumber) {
  EXPECT_THAT(Texts("Channel 9's anchor and Route 66’s diners in the 1970's"),
              ElementsAre("Channel", "9", "'s", "anchor", "and", "Route", "66",
                          "’s", "diners", "in", "the", "1970", "'s"));
  EXPECT_THAT(Texts("a 7'4 guard, 3'sure' and 12'S"),
              ElementsAre("a", "7", "'", "4", "guard", ",", "3", "'", "sure",
                          "'", "and", "12", "'S"));
}

// Treebank-tokenized text (CoNLL, PTB) writes clitics apart from their word:
// they are clitics there too, not quotation marks, or the quotes after them
// pair wrongly. A quote after a word and a space that is no clitic stays one.
TEST(Tokenizer, SpacedTreebankClitics) {
  const std::string text =
      "Oslo 's mayor said they 're ready and KENYA 'S team";
  TokenStream ts = DefaultTokenizer().Tokenize(text);
  std::vector<std::string> words;
  for (const Token& t : ts.tokens) {
    EXPECT_NE(t.kind, TokenKind::kQuote)
        << text.substr(t.span.begin, t.span.size());
    words.push_back(text.substr(t.span.begin, t.span.size()));
  }
  EXPECT_THAT(words, ElementsAre("Oslo", "'s", "mayor", "said", "they", "'re",
                                 "ready", "and", "KENYA", "'S", "team"));
  // An opening quote before a word, and a quoted letter, are quotes.
  for (const char* quoted : {"he said 'sure thing'", "the letter 's' is"}) {
    TokenStream q = DefaultTokenizer().Tokenize(quoted);
    ASSERT_GE(q.size(), 3u) << quoted;
    EXPECT_EQ(q.tokens[2].kind, TokenKind::kQuote) << quoted;
  }
}

TEST(Tokenizer, GluedCapitalBeforePeriodIsNoInitial) {
  // A capital glued to '&' or to a digit ends a name or a unit: the period
  // after it ends the sentence. A capital opening a word is an initial.
  const std::string text = "Orders rose at B&Q. It was 31C. Then K. Osei left.";
  for (bool general : {false, true}) {
    TokenizerConfig cfg;
    cfg.general_only = general;
    EXPECT_THAT(
        Texts(text, cfg),
        ElementsAre("Orders", "rose", "at", "B", "&", "Q", ".", "It", "was",
                    "31", "C", ".", "Then", "K.", "Osei", "left", "."))
        << general;
  }
}

TEST(Tokenizer, ApostropheInsideNamesStays) {
  EXPECT_THAT(Texts("O'Brien and D’Souza"),
              ElementsAre("O'Brien", "and", "D’Souza"));
}

TEST(Tokenizer, QuotesOpeningAndClosing) {
  std::string text = "He said \"yes\" and 'no' then “maybe” «oui»";
  TokenStream ts = DefaultTokenizer().Tokenize(text);
  std::vector<std::string> quotes;
  for (const Token& t : ts.tokens) {
    if (t.kind != TokenKind::kQuote) continue;
    quotes.push_back(std::string(t.has(kOpening) ? "open:" : "close:") +
                     text.substr(t.span.begin, t.span.size()));
  }
  EXPECT_THAT(quotes, ElementsAre("open:\"", "close:\"", "open:'", "close:'",
                                  "open:“", "close:”", "open:«", "close:»"));
}

TEST(Tokenizer, DashesEllipsesBrackets) {
  EXPECT_THAT(Texts("wait -- no — yes – maybe... or … (this) [that]"),
              ElementsAre("wait", "--", "no", "—", "yes", "–", "maybe", "...",
                          "or", "…", "(", "this", ")", "[", "that", "]"));
  EXPECT_THAT(Texts("so . . . then"), ElementsAre("so", ". . .", "then"));
  EXPECT_THAT(Texts("Really?! Yes!!"),
              ElementsAre("Really", "?!", "Yes", "!!"));
}

TEST(Tokenizer, ModelNamesAndCodes) {
  EXPECT_THAT(
      Texts("COVID-19 hit the G7 and F-16 jets"),
      ElementsAre("COVID-19", "hit", "the", "G7", "and", "F-16", "jets"));
}

TEST(Tokenizer, IsoDateAndTimesAndFractions) {
  EXPECT_THAT(
      Texts("On 2026-02-03 at 10:30, 1/2 left"),
      ElementsAre("On", "2026-02-03", "at", "10:30", ",", "1/2", "left"));
}

TEST(Tokenizer, EmojiSequences) {
  // Family (ZWJ sequence), thumbs up with skin tone, a flag.
  std::string text =
      "ok "
      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7"
      " "
      "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7!";
  EXPECT_THAT(Kinds(text), ElementsAre(TokenKind::kWord, TokenKind::kEmoji,
                                       TokenKind::kEmoji, TokenKind::kEmoji,
                                       TokenKind::kPunctuation));
}

TEST(Tokenizer, ChineseJapaneseThaiThroughDictionaryBreaks) {
  std::string zh = "北京大学的学生说";
  TokenStream ts = DefaultTokenizer().Tokenize(zh);
  ExpectWellFormed(zh, ts);
  EXPECT_GT(ts.size(), 1u);
  EXPECT_LT(ts.size(), 8u);  // words, not one token per character
  for (const Token& t : ts.tokens) EXPECT_TRUE(t.has(kNoSpaceScript));
  std::string th = "ภาษาไทยง่ายนิดเดียว";
  TokenStream tt = DefaultTokenizer().Tokenize(th);
  ExpectWellFormed(th, tt);
  EXPECT_GT(tt.size(), 1u);
  std::string ja = "東京で会見した。";
  TokenStream tj = DefaultTokenizer().Tokenize(ja);
  ExpectWellFormed(ja, tj);
  EXPECT_EQ(ja.substr(tj.tokens.back().span.begin), "。");
}

TEST(Tokenizer, OtherScriptsWithSpaces) {
  EXPECT_THAT(Texts("Путин заявил, что Ελλάδα и مصر"),
              ElementsAre("Путин", "заявил", ",", "что", "Ελλάδα", "и", "مصر"));
}

TEST(Tokenizer, ShapeFlags) {
  std::string text = "NATO chief Ana said 42";
  TokenStream ts = DefaultTokenizer().Tokenize(text);
  ASSERT_EQ(ts.size(), 5u);
  EXPECT_TRUE(ts.tokens[0].has(kAllCaps));
  EXPECT_TRUE(ts.tokens[0].has(kCapitalized));
  EXPECT_FALSE(ts.tokens[1].has(kCapitalized));
  EXPECT_TRUE(ts.tokens[2].has(kCapitalized));
  EXPECT_FALSE(ts.tokens[2].has(kAllCaps));
  EXPECT_TRUE(ts.tokens[4].has(kHasDigit));
  EXPECT_TRUE(ts.tokens[0].has(kLineStart));
  EXPECT_TRUE(ts.tokens[1].has(kSpaceBefore));
}

TEST(Tokenizer, NormalizedFormsFoldCaseAndQuotes) {
  std::string text = "STRASSE Straße İstanbul ÉLYSÉE don’t";
  TokenStream ts = DefaultTokenizer().Tokenize(text);
  std::vector<std::string> norms;
  for (size_t i = 0; i < ts.size(); ++i) norms.emplace_back(ts.norm(i));
  // The dotted capital I folds to a plain "i" (no combining dot), so the
  // word matches lexicon entries spelled without it.
  EXPECT_THAT(norms, ElementsAre("strasse", "strasse", "istanbul", "élysée",
                                 "do", "n't"));
}

TEST(Tokenizer, InvisibleCharactersKeepOriginalOffsets) {
  // BOM, CRLF, NBSP, zero-width space, soft hyphen inside a word.
  std::string text =
      "\xEF\xBB\xBFGrace\xC2\xA0Okafor\r\nsaid\xE2\x80\x8Bthat Ber\xC2\xADlin "
      "won";
  TokenStream ts = DefaultTokenizer().Tokenize(text);
  ExpectWellFormed(text, ts);
  std::vector<std::string> got;
  for (const Token& t : ts.tokens)
    got.emplace_back(text.substr(t.span.begin, t.span.size()));
  EXPECT_THAT(got, ElementsAre("Grace", "Okafor", "said", "that",
                               "Ber\xC2\xADlin", "won"));
  EXPECT_EQ(ts.tokens[0].span.begin, 3u);  // after the BOM
  EXPECT_EQ(ts.norm(4), "berlin");         // soft hyphen folded away
  EXPECT_EQ(ts.newlines_before[2], 1);     // CRLF is one line break
}

TEST(Tokenizer, LongTokensAreCut) {
  std::string text(10000, 'a');
  TokenizerConfig cfg;
  cfg.max_token_bytes = 4096;
  TokenStream ts = DefaultTokenizer().Tokenize(text, cfg);
  ExpectWellFormed(text, ts);
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts.tokens[0].span.size(), 4096u);
  std::string multi;
  for (int i = 0; i < 3000; ++i) multi += "é";
  TokenStream tm = DefaultTokenizer().Tokenize(multi, cfg);
  ExpectWellFormed(multi, tm);
}

TEST(Tokenizer, InvalidUtf8InReplaceMode) {
  std::string text = "ok \xFF\xFE bad \xE2\x82 end";
  TokenizerConfig cfg;
  cfg.replace_invalid = true;
  TokenStream ts = DefaultTokenizer().Tokenize(text, cfg);
  ExpectWellFormed(text, ts);
  int invalid = 0;
  for (const Token& t : ts.tokens) invalid += t.has(kInvalidUtf8);
  EXPECT_EQ(invalid, 2);
  EXPECT_EQ(text.substr(ts.tokens.back().span.begin), "end");
}

// Property test: random byte strings (valid and invalid UTF-8) and random
// mixes of tricky fragments always give well-formed token streams.
TEST(Tokenizer, PropertyRandomInputIsWellFormed) {
  std::mt19937 rng(20261129);
  const std::vector<std::string> pieces = {"a",
                                           "Z",
                                           "é",
                                           "ß",
                                           "北",
                                           "ไ",
                                           "1",
                                           "2,",
                                           ".",
                                           "..",
                                           " ",
                                           "\n",
                                           "\r\n",
                                           "-",
                                           "'",
                                           "’",
                                           "\"",
                                           "“",
                                           "”",
                                           "$",
                                           "%",
                                           "@",
                                           "#",
                                           "http://",
                                           "www.",
                                           ".com",
                                           "U.S.",
                                           "Dr.",
                                           "\xF0\x9F\x91\x8D",
                                           "\xE2\x80\x8D",
                                           "\xC2\xAD",
                                           "\xC2\xA0",
                                           "(",
                                           ")",
                                           "?!",
                                           "—",
                                           "e",
                                           "@x.org",
                                           "\xFF",
                                           "\xC3"};
  TokenizerConfig cfg;
  cfg.replace_invalid = true;
  cfg.max_token_bytes = 64;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    int n = static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) {
      if (rng() % 7 == 0) {
        text.push_back(static_cast<char>(rng() % 256));
      } else {
        text += pieces[rng() % pieces.size()];
      }
    }
    TokenStream ts = DefaultTokenizer().Tokenize(text, cfg);
    ExpectWellFormed(text, ts);
    if (HasFatalFailure()) {
      ADD_FAILURE() << "input bytes: " << ::testing::PrintToString(text);
      return;
    }
  }
}

// Differential: the ASCII fast paths of the hot loop give the same stream
// as the general path alone, on random mixes of fragments chosen to sit at
// their edges (clitics, separators, ordinals, abbreviations and words that
// look like them before a period, hyphenated words, e-mail addresses,
// quotes next to non-ASCII bytes, non-ASCII quotes, dashes and currency
// signs and their neighbours), with and without a small token length
// limit, and the same word ids when given a word index.
TEST(Tokenizer, FastPathsMatchTheGeneralPath) {
  std::mt19937 rng(20261130);
  const std::vector<std::string> pieces = {
      "a", "Zq", "word", "Words", "ALL", "x9", "Mr", "Dr", "No", "St", "Inc",
      "U", "s", "ll", "re", "ve", "t", "n", "S", "LL", "1", "2026", "12", "0",
      "000", "3rd", "st", "th", "nd", "bn", "m", "é", "北", "١", ".", ",", ":",
      "/", ";", " ", "  ", "\n", "\n\n", "\r", "\t", "-", "--", "'", "’", "\"",
      "“", "”", "—", "$", "%", "&", "+", "_", "*", "@", "#", "!", "?", "?!",
      "...", "(", ")", "[", "]", "http", "://", "www", "com", "org", "2026-02",
      "-03", "\xC2\xA0", "\xC2\xAD", "@x.org", "\xE2\x80\x8D",
      // Words before a period, abbreviations, initialisms.
      "said", "it", "ago", "etc", "vs", "Jan", "jan", "e", "g", "Co", "Gen",
      "gen", "Nos", "e.g", "U.S", "a.m", "x.y", "N.Y.", "www.x", "Ph",
      // Non-ASCII punctuation and signs, on the hot loop's path or not.
      "–", "…", "£", "€", "‘", "„", "\xE2\x82\xAB", "\xC2\xA9",
      // Ordinals and decades, n't, clitics in capitals.
      "1990", "ST", "Th", "rd", "s2", "don", "CAN", "'t", "'T", "wo", "'S",
      "'Ll", "'RE", "lL"};
  WordIndex words;
  words.Build({"word", "words", "said", "it", "'", "\"", ".", "-", "'s",
               "word-word", "a-zq", "all-word", "x9-1", "mr", "jan", "n't",
               "...", "—", "£"});
  for (uint32_t limit : {4096u, 4u, 7u, 16u}) {
    TokenizerConfig fast;
    fast.max_token_bytes = limit;
    TokenizerConfig general = fast;
    general.general_only = true;
    for (int round = 0; round < 3000; ++round) {
      std::string text;
      const int n = 1 + static_cast<int>(rng() % 40);
      for (int i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
      // Half the texts go on with plain words, so that the fragments are
      // also seen where the hot loop reads 16 bytes at once.
      if (round % 2 != 0) text += " and then some more words";
      const TokenStream b = DefaultTokenizer().Tokenize(text, general, &words);
      const std::string where = ::testing::PrintToString(text);
      // The hot loop without and with word ids (two instantiations).
      for (const WordIndex* index : {static_cast<const WordIndex*>(nullptr),
                                     static_cast<const WordIndex*>(&words)}) {
        const TokenStream a = DefaultTokenizer().Tokenize(text, fast, index);
        ASSERT_EQ(a.size(), b.size()) << where;
        for (size_t i = 0; i < a.size(); ++i) {
          ASSERT_EQ(a.tokens[i].span.begin, b.tokens[i].span.begin) << where;
          ASSERT_EQ(a.tokens[i].span.end, b.tokens[i].span.end) << where;
          ASSERT_EQ(a.tokens[i].kind, b.tokens[i].kind) << where;
          ASSERT_EQ(a.tokens[i].flags, b.tokens[i].flags) << where << " " << i;
          ASSERT_EQ(a.norm(i), b.norm(i)) << where;
          ASSERT_EQ(a.newlines_before[i], b.newlines_before[i]) << where;
          ASSERT_EQ(a.abbrev[i], b.abbrev[i]) << where;
        }
        if (index != nullptr) {
          ASSERT_EQ(a.word_ids, b.word_ids) << where;
          // The forms' hashes, kept by either path or computed.
          for (size_t i = 0; i < a.size(); ++i)
            ASSERT_EQ(a.FormHash32(i), b.FormHash32(i)) << where << " " << i;
        }
        ASSERT_EQ(a.numeric, b.numeric) << where;
        ASSERT_EQ(a.numeric, NumericTokens(a)) << where;
        ASSERT_EQ(a.stops, b.stops) << where;
      }
    }
  }
}

// The top half of the word index's hash of `form`, computed.
uint32_t HashOfForm(uint64_t seed, std::string_view form) {
  return static_cast<uint32_t>(
      WordIndex::HashForm(seed, form.data(), form.size()) >> 32);
}

// With a word index, every folded form keeps the hash its look-up
// computed, on the hot loop's paths (run of words, single word, non-ASCII
// punctuation) and on the general one (non-ASCII words, long words); and
// FormHash32 gives every token its form's hash, kept or computed: equal
// forms, equal hashes, whichever way each was tokenized ("Okafor" is folded,
// "okafor" is not).
TEST(Tokenizer, FoldedFormsKeepTheirWordIndexHash) {
  const std::string text =
      "Okafor met okafor and Zanele Mbeki-Dube, “ÉLODIE” said, then "
      "Élodie and élodie; NATO's Supercalifragilisticexpialidocious plan "
      "for Crews and CREWS of the Abernathy-Quist line\nOkafor and OKAFOR.";
  for (const bool general_only : {false, true}) {
    TokenizerConfig cfg;
    cfg.general_only = general_only;
    const TokenStream ts =
        DefaultTokenizer().Tokenize(text, cfg, &DefaultWordIndex());
    const uint64_t seed = DefaultWordIndex().probe().seed;
    EXPECT_EQ(ts.hash_seed, seed);
    ASSERT_GE(ts.folded.size(), 10u);
    for (const TokenStream::Folded& f : ts.folded) {
      const std::string_view form(ts.norm_text.data() + f.begin,
                                  f.end - f.begin);
      EXPECT_EQ(f.hash, HashOfForm(seed, form)) << form;
      EXPECT_NE(f.hash, 0u) << form;  // kept, not left to be computed
    }
    std::map<std::string, uint32_t> by_form;
    for (size_t i = 0; i < ts.size(); ++i) {
      EXPECT_EQ(ts.FormHash32(i), HashOfForm(seed, ts.norm(i))) << i;
      const auto [it, fresh] =
          by_form.emplace(std::string(ts.norm(i)), ts.FormHash32(i));
      EXPECT_EQ(it->second, ts.FormHash32(i)) << it->first;
    }
    // Folded and unfolded spellings of the same forms met above.
    EXPECT_EQ(by_form.count("okafor"), 1u);
    EXPECT_EQ(by_form.count("élodie"), 1u);
    EXPECT_EQ(by_form.count("crews"), 1u);
  }
  // Without a word index nothing is kept: every hash is computed, with
  // seed 0.
  const TokenStream plain = DefaultTokenizer().Tokenize(text);
  EXPECT_EQ(plain.hash_seed, 0u);
  for (const TokenStream::Folded& f : plain.folded) EXPECT_EQ(f.hash, 0u);
  for (size_t i = 0; i < plain.size(); ++i)
    EXPECT_EQ(plain.FormHash32(i), HashOfForm(0, plain.norm(i))) << i;
}

// The texts of the tokens a list of token indices (numeric, stops) names.
std::vector<std::string> Listed(const std::string& text, const TokenStream& ts,
                                const std::vector<uint32_t>& list) {
  std::vector<std::string> out;
  for (uint32_t i : list)
    out.emplace_back(
        text.substr(ts.tokens[i].span.begin, ts.tokens[i].span.size()));
  return out;
}

// The numeric list (what the quantities stage starts from instead of every
// token): numbers of every path, ASCII or not, and any token with a digit,
// nothing else.
TEST(Tokenizer, NumericListsNumbersAndTokensWithADigit) {
  const std::string text =
      "Crews moved 12,500 crates, ½ of them on the A380 line, and G7 "
      "envoys met on 2026-02-03 at 10:30 after #vote2026 trended; "
      "about 3bn were spent, some 21st-century pledges and ١٢ more.";
  for (const WordIndex* words :
       {static_cast<const WordIndex*>(nullptr),
        static_cast<const WordIndex*>(&DefaultWordIndex())}) {
    const TokenStream ts = DefaultTokenizer().Tokenize(text, {}, words);
    EXPECT_THAT(Listed(text, ts, ts.numeric),
                ElementsAre("12,500", "½", "A380", "G7", "2026-02-03", "10:30",
                            "#vote2026", "3", "21st", "١٢"));
    EXPECT_EQ(ts.numeric, NumericTokens(ts));
  }
}

// The list grows with the token buffers, also when every token is on it
// and when the hot loop lists a word before it pushes it (words with a
// digit).
TEST(Tokenizer, NumericListGrowsWithTheTokens) {
  for (const std::string piece : {"7 ", "G7 ", "½ ", "x9y, "}) {
    std::string text;
    while (text.size() < 20000) text += piece;
    text += "and the end of it all";
    for (const WordIndex* words :
         {static_cast<const WordIndex*>(nullptr),
          static_cast<const WordIndex*>(&DefaultWordIndex())}) {
      TokenStream ts;
      DefaultTokenizer().Tokenize("1 2", {}, &ts, words);  // small buffers
      DefaultTokenizer().Tokenize(text, {}, &ts, words);
      ASSERT_EQ(ts.numeric, NumericTokens(ts)) << piece;
      ASSERT_GE(ts.numeric.size(), 4000u) << piece;
    }
  }
}

// The same stream from the hot loop as from the general path alone
// (`general`), word ids and folded forms included.
void ExpectSameStream(const TokenStream& a, const TokenStream& general,
                      const std::string& where) {
  ASSERT_EQ(a.size(), general.size()) << where;
  for (size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a.tokens[i].span.begin, general.tokens[i].span.begin) << where;
    ASSERT_EQ(a.tokens[i].span.end, general.tokens[i].span.end) << where;
    ASSERT_EQ(a.tokens[i].kind, general.tokens[i].kind) << where;
    ASSERT_EQ(a.tokens[i].flags, general.tokens[i].flags) << where << " " << i;
    ASSERT_EQ(a.norm(i), general.norm(i)) << where << " " << i;
    ASSERT_EQ(a.newlines_before[i], general.newlines_before[i]) << where;
    ASSERT_EQ(a.abbrev[i], general.abbrev[i]) << where;
  }
  ASSERT_EQ(a.word_ids, general.word_ids) << where;
  ASSERT_EQ(a.marks.size(), general.marks.size()) << where;
  ASSERT_EQ(a.stops, general.stops) << where;
}

// Runs of words (the hot loop's inner loop, which also takes the comma or
// period glued to a word) fill the token buffers past their first size.
TEST(Tokenizer, RunsOfWordsGrowTheBuffers) {
  TokenizerConfig general;
  general.general_only = true;
  for (const std::string piece : {"word ", "Word, ", "all, ", "ALL the ",
                                  "x,y ", "said, Said ", "it. It. "}) {
    std::string text;
    while (text.size() < 20000) text += piece;
    text += "and the end";
    TokenStream a;
    DefaultTokenizer().Tokenize("1 2", {}, &a, &DefaultWordIndex());
    DefaultTokenizer().Tokenize(text, {}, &a, &DefaultWordIndex());
    ExpectSameStream(
        a, DefaultTokenizer().Tokenize(text, general, &DefaultWordIndex()),
        piece);
  }
}

// A word of every length up to 15 bytes with a comma, a period or a space
// and perhaps a space after it, as the last bytes of the text: the run loop
// reads no byte past the end (each text sits in a buffer of its own size,
// for the sanitizers) and ends as the general path does.
TEST(Tokenizer, RunsOfWordsAtTheEndOfTheText) {
  TokenizerConfig general;
  general.general_only = true;
  const std::string letters = "Abcdefghijklmnopq";
  for (size_t len = 1; len <= 15; ++len) {
    for (const std::string end : {",", ".", " ", ", ", ". ", ".."}) {
      for (const std::string before : {"", "an ", "an, "}) {
        const std::string text = before + letters.substr(0, len) + end;
        const std::vector<char> buffer(text.begin(), text.end());
        const std::string_view view(buffer.data(), buffer.size());
        ExpectSameStream(
            DefaultTokenizer().Tokenize(view, {}, &DefaultWordIndex()),
            DefaultTokenizer().Tokenize(view, general, &DefaultWordIndex()),
            text);
      }
    }
  }
}

// The stops (the tokens the sentence splitter acts on in mid-line): line
// starts, abbreviations, . ! ? and -, non-ASCII punctuation and symbols;
// not words, numbers, quotes, nor ASCII punctuation and symbols like
// , : ; ( ) $ %.
TEST(Tokenizer, StopsListWhatTheSplitterActsOn) {
  const std::string text =
      "Crews said: \"Go!\" (Dr. Lee paid $5, 10%) - fine?\nNext \xE2\x80\x94 "
      "a line\xE2\x80\xA6 \xE2\x80\x9Cok\xE2\x80\x9D \xC2\xA3"
      "4.";
  for (const WordIndex* words :
       {static_cast<const WordIndex*>(nullptr),
        static_cast<const WordIndex*>(&DefaultWordIndex())}) {
    const TokenStream ts = DefaultTokenizer().Tokenize(text, {}, words);
    EXPECT_THAT(Listed(text, ts, ts.stops),
                ElementsAre("Crews", "!", "Dr.", "-", "?", "Next",
                            "\xE2\x80\x94", "\xE2\x80\xA6", "\xC2\xA3", "."));
  }
}

// Every non-space character of valid text lands in some token.
TEST(Tokenizer, PropertyNoTextIsLost) {
  std::string text =
      "Officials said 1,200 (about 40%) of the U.S.-bound crates — worth $3.1m "
      "— sat in Rotterdam "
      "until Feb. 2; “We’re done,” she said. 北京说 ok… #tag @who x@y.io "
      "https://e.x/p?q=1";
  TokenStream ts = DefaultTokenizer().Tokenize(text);
  ExpectWellFormed(text, ts);
  std::vector<bool> covered(text.size(), false);
  for (const Token& t : ts.tokens) {
    for (uint32_t p = t.span.begin; p < t.span.end; ++p) covered[p] = true;
  }
  for (size_t p = 0; p < text.size(); ++p) {
    unsigned char c = static_cast<unsigned char>(text[p]);
    if (c == ' ') continue;
    EXPECT_TRUE(covered[p]) << "byte " << p << " not in any token";
  }
}

}  // namespace
// The word index's keys are what the tokenizer reads for every word, so the
// table stays small: at most 2.5 slots a word (the default lexicons hold
// about 5,600 words; at 1.5 to 3 slots a word the table doubled to 320 KB
// past 5,461 words and tokenizing slowed by a fifth). Every word is still
// found under its own id and no other form is.
TEST(WordIndexTest, TableStaysWithinTwoAndAHalfSlotsAWord) {
  for (size_t n : {1u, 7u, 100u, 3277u, 5461u, 5462u, 5592u, 6600u, 13000u}) {
    std::vector<std::string> forms;
    for (size_t i = 0; i < n; ++i)
      forms.push_back("w" + std::to_string(i * 7919));
    WordIndex index;
    index.Build(forms);
    ASSERT_EQ(index.size(), n);
    EXPECT_LE(index.slots(), std::max<size_t>(16, n * 5 / 2)) << n << " words";
    EXPECT_GE(index.slots() * 4, n * 5) << n << " words";
    for (size_t i = 0; i < n; ++i) {
      ASSERT_EQ(index.Find(forms[i]), i) << forms[i];
    }
    EXPECT_EQ(index.Find("w1"), kNoWord);
    EXPECT_EQ(index.Find("x0"), kNoWord);
  }
}

}  // namespace claimx::internal
