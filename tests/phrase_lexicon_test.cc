#include "lexicon/phrase_lexicon.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "text/tsv.h"

namespace claimx::internal {
namespace {

struct Fixture {
  Tokenizer tokenizer;
  PhraseLexicon lexicon;
};

Fixture Build(std::string_view tsv) {
  auto entries = ParseLexiconTsv(tsv, "t.tsv");
  EXPECT_TRUE(entries.ok()) << entries.status();
  Tokenizer tok = *Tokenizer::Create(*entries);
  auto lex = PhraseLexicon::Compile(*entries, tok);
  EXPECT_TRUE(lex.ok()) << lex.status();
  return Fixture{std::move(tok), *std::move(lex)};
}

// Every match of a document from the two parts the pipeline reads: each
// token's one-word entries (SingleEntries of its word id), then the phrases
// starting at it. What MatchNaive lists.
std::vector<LexiconMatch> AllMatches(const PhraseLexicon& lexicon,
                                     const std::vector<uint32_t>& ids) {
  std::vector<LexiconMatch> phrases, out;
  lexicon.MatchPhrases(ids, &phrases);
  size_t p = 0;
  for (uint32_t i = 0; i < ids.size(); ++i) {
    for (uint32_t entry : lexicon.SingleEntries(ids[i]))
      out.push_back(LexiconMatch{i, i + 1, entry});
    for (; p < phrases.size() && phrases[p].begin == i; ++p)
      out.push_back(phrases[p]);
  }
  EXPECT_EQ(p, phrases.size());
  return out;
}

// Tokenizes `text` and checks that the matches the pipeline reads (word ids
// and phrases, put back together by AllMatches) equal the naive matcher's,
// entry for entry. Returns the naive matches; `ids_out` gets the word ids.
std::vector<LexiconMatch> ExpectSameAsNaive(
    const Fixture& f, std::string_view text,
    std::vector<uint32_t>* ids_out = nullptr) {
  // The word ids as the pipeline makes them: the tokenizer probes the
  // lexicon's word index as it emits each token. MapTokens looks each
  // token's folded form up after the fact.
  TokenStream ts = f.tokenizer.Tokenize(text, {}, &f.lexicon.word_index());
  std::vector<uint32_t> ids;
  std::vector<LexiconMatch> naive;
  f.lexicon.MapTokens(ts, &ids);
  EXPECT_EQ(ids, ts.word_ids);
  f.lexicon.MatchNaive(ts, &naive);
  std::vector<LexiconMatch> fast = AllMatches(f.lexicon, ids);
  EXPECT_EQ(fast.size(), naive.size());
  for (size_t i = 0; i < std::min(fast.size(), naive.size()); ++i) {
    EXPECT_EQ(fast[i].begin, naive[i].begin);
    EXPECT_EQ(fast[i].end, naive[i].end);
    EXPECT_EQ(fast[i].entry, naive[i].entry);
  }
  if (ids_out != nullptr) *ids_out = std::move(ids);
  return naive;
}

std::vector<std::string> MatchTexts(const Fixture& f, std::string_view text) {
  TokenStream ts = f.tokenizer.Tokenize(text);
  std::vector<uint32_t> ids;
  f.lexicon.MapTokens(ts, &ids);
  std::vector<LexiconMatch> matches = AllMatches(f.lexicon, ids);
  std::vector<std::string> out;
  for (const LexiconMatch& m : matches) {
    uint32_t b = ts.tokens[m.begin].span.begin,
             e = ts.tokens[m.end - 1].span.end;
    out.push_back(std::string(text.substr(b, e - b)) + "/" +
                  f.lexicon.type_names()[f.lexicon.entries()[m.entry].type]);
  }
  return out;
}

// An entry that starts with a clitic matches the clitic as text has it,
// glued to the word before; alone it would tokenize as a quotation mark and
// never match. Other apostrophe entries keep their own tokens.
TEST(PhraseLexicon, CliticEntriesMatchGluedClitics) {
  Fixture f = Build(
      "'ve\taux\n"
      "\xE2\x80\x99ll\taux\n"
      "'ve been told\tcue\n"
      "' 90s\tdecade\n");
  EXPECT_THAT(MatchTexts(f, "We've said it and they\xE2\x80\x99ll say it."),
              ::testing::ElementsAre("'ve/aux", "\xE2\x80\x99ll/aux"));
  EXPECT_THAT(MatchTexts(f, "I've been told so."),
              ::testing::ElementsAre("'ve/aux", "'ve been told/cue"));
  // A quoted word is no clitic: "'ve" alone is a quote mark and "ve".
  EXPECT_THAT(MatchTexts(f, "He wrote ' ve ' there."), ::testing::IsEmpty());
}

// Extra words join the vocabulary after the phrases' words, with no entry:
// their tokens get word ids (a mark a stage tests by id), the phrases' words
// keep theirs, and the matches are those of the lexicon without them.
TEST(PhraseLexicon, ExtraWordsGetIdsAndMatchNothing) {
  const std::string tsv = "warned\tcue\nthe port\tplace\nport : closed\tx\n";
  auto entries = ParseLexiconTsv(tsv, "t.tsv");
  ASSERT_TRUE(entries.ok()) << entries.status();
  Tokenizer tok = *Tokenizer::Create(*entries);
  auto plain = PhraseLexicon::Compile(*entries, tok);
  auto extra = PhraseLexicon::Compile(*entries, tok, {";", "(", ":", "the"});
  ASSERT_TRUE(plain.ok() && extra.ok());
  // ":" and "the" are phrase words already: two new words, after them.
  EXPECT_EQ(plain->phrase_vocabulary_size(), plain->vocabulary_size());
  EXPECT_EQ(extra->phrase_vocabulary_size(), plain->vocabulary_size());
  EXPECT_EQ(extra->vocabulary_size(), plain->vocabulary_size() + 2);
  const std::string text =
      "Pilots warned (again); the port : closed; port ; closed (the port).";
  TokenStream a = tok.Tokenize(text, {}, &plain->word_index());
  TokenStream b = tok.Tokenize(text, {}, &extra->word_index());
  ASSERT_EQ(a.size(), b.size());
  size_t extra_tokens = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a.word_ids[i] != kNoWord) {
      EXPECT_EQ(b.word_ids[i], a.word_ids[i]) << a.norm(i);
    } else if (a.norm(i) == ";" || a.norm(i) == "(") {
      ++extra_tokens;
      EXPECT_GE(b.word_ids[i], extra->phrase_vocabulary_size());
      EXPECT_EQ(b.word_ids[i], extra->word_index().Find(a.norm(i)));
      EXPECT_TRUE(extra->SingleEntries(b.word_ids[i]).empty());
    } else {
      EXPECT_EQ(b.word_ids[i], kNoWord) << a.norm(i);
    }
  }
  EXPECT_EQ(extra_tokens, 5u);  // three ";", two "("
  std::vector<LexiconMatch> pa, pb;
  plain->MatchPhrases(a.word_ids, &pa);
  extra->MatchPhrases(b.word_ids, &pb);
  ASSERT_EQ(pa.size(), 3u);  // "the port" twice, "port : closed"
  ASSERT_EQ(pb.size(), pa.size());
  for (size_t i = 0; i < pa.size(); ++i) {
    EXPECT_EQ(pb[i].begin, pa[i].begin);
    EXPECT_EQ(pb[i].end, pa[i].end);
    EXPECT_EQ(pb[i].entry, pa[i].entry);
  }
}

// Rule words the lexicon knows keep its ids and cost no copy; one it lacks
// gets an id past the vocabulary, which its tokens carry in TokenIds' copy.
TEST(RuleWordIds, MissingWordsGetIdsPastTheVocabulary) {
  Fixture f = Build("warned\tcue\nthe port\tplace\n");
  static constexpr std::string_view kWords[] = {"the", "unless", "port",
                                                "whereas"};
  const RuleWordIds rule(f.lexicon, kWords, std::size(kWords));
  const size_t vocab = f.lexicon.vocabulary_size();
  ASSERT_EQ(rule.ids().size(), 4u);
  EXPECT_EQ(rule.ids()[0], f.lexicon.word_index().Find("the"));
  EXPECT_EQ(rule.ids()[2], f.lexicon.word_index().Find("port"));
  EXPECT_EQ(rule.ids()[1], vocab);
  EXPECT_EQ(rule.ids()[3], vocab + 1);
  const std::string text = "The port warned, unless Whereas the port.";
  TokenStream ts = f.tokenizer.Tokenize(text, {}, &f.lexicon.word_index());
  std::vector<uint32_t> own;
  const uint32_t* ids = rule.TokenIds(ts, ts.word_ids, &own);
  ASSERT_EQ(ids, own.data());
  for (size_t i = 0; i < ts.size(); ++i) {
    const std::string_view w = ts.norm(i);
    const uint32_t want = w == "unless"    ? vocab
                          : w == "whereas" ? vocab + 1
                                           : ts.word_ids[i];
    EXPECT_EQ(ids[i], want) << w;
  }
  // With every rule word known, the document's own ids, no copy.
  static constexpr std::string_view kKnown[] = {"the", "port"};
  const RuleWordIds known(f.lexicon, kKnown, std::size(kKnown));
  std::vector<uint32_t> unused;
  EXPECT_EQ(known.TokenIds(ts, ts.word_ids, &unused), ts.word_ids.data());
  EXPECT_TRUE(unused.empty());
}

TEST(PhraseLexicon, MatchesMultiWordPhrasesCaseInsensitively) {
  Fixture f = Build(
      "according to\tcue\nNew York\tplace\nNew York "
      "Times\toutlet\nsaid\tcue\n");
  EXPECT_THAT(MatchTexts(f, "ACCORDING TO the New York Times, officials said"),
              ::testing::ElementsAre("ACCORDING TO/cue", "New York/place",
                                     "New York Times/outlet", "said/cue"));
}

// Words match without their Latin diacritics, in the text and in the
// lexicon alike; other scripts' letters are matched as written.
TEST(PhraseLexicon, MatchesWithoutLatinDiacritics) {
  Fixture f =
      Build("Sao Tome\tplace\nMalmö\tplace\nZurich\tplace\nКиев\tplace\n");
  EXPECT_THAT(
      MatchTexts(f, "From São Tomé to MALMO via Zürich, ZÜRICH and Киев"),
      ::testing::ElementsAre("São Tomé/place", "MALMO/place", "Zürich/place",
                             "ZÜRICH/place", "Киев/place"));
  EXPECT_THAT(MatchTexts(f, "Zurichs and Kiev"), ::testing::IsEmpty());
}

// MapTokens reads a word's head with one 8-byte load when 8 bytes follow
// its start in its buffer (the text, or the folded forms for capitals), and
// byte by byte near a buffer's end: words of every length from 1 to 12
// bytes, lower case and capitalized, last in the text and alone.
TEST(PhraseLexicon, WordsOfEveryLengthAtTheBufferEnd) {
  const std::string letters = "abcdefghijkl";
  std::string tsv;
  for (size_t n = 1; n <= letters.size(); ++n)
    tsv += letters.substr(0, n) + "\tw\n";
  Fixture f = Build(tsv);
  for (size_t n = 1; n <= letters.size(); ++n) {
    std::string word = letters.substr(0, n);
    std::string cap = word;
    cap[0] = 'A';
    for (const std::string& text : {word, cap, "x " + word, "Zed " + cap,
                                    word + " " + word, cap + " " + cap + "."}) {
      SCOPED_TRACE(text);
      EXPECT_FALSE(ExpectSameAsNaive(f, text).empty());
    }
  }
}

// The word table is a perfect hash: one slot per word, and a form that is
// no word must still be told apart from the word in the slot it lands on.
// Thousands of generated words of 1 to 30 letters, and near misses of each
// (one letter changed, one more, one fewer: same head, same length, or
// same tail), against the naive matcher.
TEST(PhraseLexicon, ManyWordsAndNearMisses) {
  std::mt19937 rng(11);
  std::vector<std::string> words;
  for (int i = 0; i < 4000; ++i) {
    std::string w(1 + rng() % 30, 'a');
    for (char& c : w) c = static_cast<char>('a' + rng() % 26);
    words.push_back(w);
  }
  std::string tsv;
  for (size_t i = 0; i < words.size(); i += 2) tsv += words[i] + "\tw\n";
  Fixture f = Build(tsv);
  std::string text;
  for (const std::string& w : words) {
    std::string changed = w;
    changed[changed.size() / 2] =
        changed[changed.size() / 2] == 'q' ? 'r' : 'q';
    text += w + " " + changed + " " + w + "s " + w.substr(1) + " ";
    if (w.size() > 1) text += w.substr(0, w.size() - 1) + " ";
  }
  EXPECT_GE(ExpectSameAsNaive(f, text).size(), words.size() / 2);
}

// The tokenizer's word ids (looked up as each token is emitted: an ASCII
// word of under 16 bytes through one 16-byte key, everything else by its
// folded form) against MapTokens, on generated text: words of 1 to 40
// letters and digits in every case, glued to punctuation, non-ASCII
// letters, numbers, and text ending at every length.
TEST(PhraseLexicon, TokenizerWordIdsEqualMapTokens) {
  std::mt19937 rng(5);
  const std::string alphabet =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  std::vector<std::string> words;
  for (int i = 0; i < 3000; ++i) {
    std::string w(1 + rng() % 40, 'a');
    for (char& c : w) c = alphabet[rng() % 26];  // lower-case letters
    if (i % 3 == 1) w[0] = static_cast<char>(w[0] - 'a' + 'A');
    if (i % 5 == 2) w[rng() % w.size()] = alphabet[52 + rng() % 10];
    if (i % 7 == 3) {
      for (char& c : w) c = alphabet[rng() % alphabet.size()];
    }
    words.push_back(w);
  }
  std::string tsv =
      "caf\xC3\xA9\tw\n\xC3\x89"
      "cole\tw\n3.5\tw\n--\tw\n,\tw\n";
  for (size_t i = 0; i < words.size(); i += 2) tsv += words[i] + "\tw\n";
  Fixture f = Build(tsv);
  const char* const glue[] = {" ",
                              " ",
                              " ",
                              ", ",
                              ". ",
                              "\n",
                              "-",
                              "'s ",
                              " (",
                              ") ",
                              " \"",
                              "\" ",
                              " --",
                              "? ",
                              " 3.5 ",
                              " Caf\xC3\xA9 ",
                              " \xC3\x89"
                              "COLE "};
  std::string text;
  for (size_t i = 0; i < words.size(); ++i) {
    text += words[i];
    text += glue[rng() % (sizeof(glue) / sizeof(glue[0]))];
  }
  std::vector<uint32_t> ids;
  for (size_t end : {text.size(), text.size() - 1, text.size() - 7,
                     text.size() - 15, text.size() - 16, text.size() - 40}) {
    const std::string_view part = std::string_view(text).substr(0, end);
    SCOPED_TRACE(end);
    TokenStream ts = f.tokenizer.Tokenize(part, {}, &f.lexicon.word_index());
    f.lexicon.MapTokens(ts, &ids);
    ASSERT_EQ(ids.size(), ts.size());
    EXPECT_EQ(ids, ts.word_ids);
    size_t found = 0;
    for (uint32_t id : ids) found += id != kNoWord;
    EXPECT_GT(found, words.size() / 3);
  }
  // Every word by itself, as the whole text: no bytes after it.
  for (size_t i = 0; i < 200; ++i) {
    TokenStream ts =
        f.tokenizer.Tokenize(words[i], {}, &f.lexicon.word_index());
    f.lexicon.MapTokens(ts, &ids);
    EXPECT_EQ(ids, ts.word_ids) << words[i];
  }
}

TEST(PhraseLexicon, PhrasesAreTokenizedLikeText) {
  Fixture f =
      Build("Dr.\tabbrev\tclass=title\nU.S.\tplace\nthe agency’s\tsrc\n");
  EXPECT_THAT(
      MatchTexts(f, "Dr. Ruiz left the U.S. and the agency's office"),
      ::testing::ElementsAre("Dr./abbrev", "U.S./place", "the agency's/src"));
}

TEST(PhraseLexicon, LaterEntriesOverrideAndDashRemoves) {
  Fixture f = Build(
      "Reuters\toutlet\tcountry=UK\nReuters\toutlet\tcountry="
      "GB\nsaid\tcue\nsaid\t-\n");
  EXPECT_THAT(MatchTexts(f, "Reuters said"),
              ::testing::ElementsAre("Reuters/outlet"));
  ASSERT_EQ(f.lexicon.entries().size(), 1u);
  EXPECT_EQ(f.lexicon.entries()[0].attr("country"), "GB");
}

// Differential test: the trie matcher against the naive reference, on
// generated lexicons and texts over a small vocabulary (so that matches,
// overlaps and shared prefixes are frequent).
TEST(PhraseLexicon, DifferentialAgainstNaiveMatcher) {
  std::mt19937 rng(7);
  const std::vector<std::string> vocab = {
      "the",      "Agency", "said",   "U.S.", "new", "York", "of",
      "minister", "'s",     "report", "“",    "3.5", "Dr."};
  for (int round = 0; round < 50; ++round) {
    std::string tsv;
    int entries = 1 + static_cast<int>(rng() % 40);
    for (int e = 0; e < entries; ++e) {
      int len = 1 + static_cast<int>(rng() % 4);
      std::string phrase;
      for (int k = 0; k < len; ++k) {
        if (k) phrase += ' ';
        phrase += vocab[rng() % vocab.size()];
      }
      tsv += phrase + "\tt" + std::to_string(rng() % 3) + "\n";
    }
    Fixture f = Build(tsv);
    std::string text;
    for (int k = 0; k < 200; ++k) text += vocab[rng() % vocab.size()] + " ";
    SCOPED_TRACE(testing::Message() << "round " << round);
    // The two parts the pipeline reads, put back together.
    std::vector<uint32_t> ids;
    std::vector<LexiconMatch> naive = ExpectSameAsNaive(f, text, &ids);
    // And each part on its own: phrases of 2+ tokens, one-word entries per
    // word id.
    std::vector<LexiconMatch> phrases, singles;
    f.lexicon.MatchPhrases(ids, &phrases);
    std::vector<LexiconMatch> naive_phrases;
    for (const LexiconMatch& m : naive) {
      if (m.end - m.begin >= 2) {
        naive_phrases.push_back(m);
      } else {
        singles.push_back(m);
      }
    }
    ASSERT_EQ(phrases.size(), naive_phrases.size());
    for (size_t i = 0; i < phrases.size(); ++i) {
      EXPECT_EQ(phrases[i].begin, naive_phrases[i].begin);
      EXPECT_EQ(phrases[i].end, naive_phrases[i].end);
      EXPECT_EQ(phrases[i].entry, naive_phrases[i].entry);
    }
    size_t s = 0;
    for (uint32_t t = 0; t < ids.size(); ++t) {
      for (uint32_t entry : f.lexicon.SingleEntries(ids[t])) {
        ASSERT_LT(s, singles.size());
        EXPECT_EQ(singles[s].begin, t);
        EXPECT_EQ(singles[s].entry, entry);
        ++s;
      }
    }
    EXPECT_EQ(s, singles.size());
  }
}

}  // namespace
}  // namespace claimx::internal
