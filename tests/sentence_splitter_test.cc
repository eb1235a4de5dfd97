// Sentence splitter tests: focused rules through the real Extractor, and the
// golden suite in tests/golden/sentences/*.txt.
//
// Golden file format (one case per block, blocks separated by blank lines):
//   # a comment (kept when the file is rewritten)
//   @ case-name
//   < input text, on one line; \n \r \t and \\ are escapes
//   > first expected sentence (same escapes)
//   > second expected sentence
// CLAIMX_UPDATE_GOLDEN=1 rewrites every '>' line from the current output.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "claimx/extractor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimx {
namespace {

using ::testing::ElementsAre;

const Extractor& SharedExtractor() {
  static const Extractor* extractor = [] {
    absl::StatusOr<Extractor> e = Extractor::Create();
    if (!e.ok()) {
      ADD_FAILURE() << e.status();
      std::abort();
    }
    return new Extractor(*std::move(e));
  }();
  return *extractor;
}

std::vector<std::string> Sentences(std::string_view text) {
  absl::StatusOr<Document> doc = SharedExtractor().Extract(text);
  EXPECT_TRUE(doc.ok()) << doc.status();
  std::vector<std::string> out;
  if (!doc.ok()) return out;
  for (const Sentence& s : doc->sentences) {
    out.emplace_back(text.substr(s.span.begin, s.span.size()));
  }
  return out;
}

// ---------------------------------------------------------------- rules

TEST(SentenceSplitter, PlainTerminals) {
  EXPECT_THAT(
      Sentences("The vote passed. Turnout was low! Was it fair?"),
      ElementsAre("The vote passed.", "Turnout was low!", "Was it fair?"));
}

// A bracketed aside after a quoted exclamation or question stays with the
// sentence the quotation sits in, but not after a quotation that is the
// whole sentence, nor after a full stop.
TEST(SentenceSplitter, AsideAfterAQuotedExclamation) {
  EXPECT_THAT(
      Sentences("The pilot radioed, 'We are losing height!' (The tower had "
                "no reply.) Rescue boats left at dawn."),
      ElementsAre("The pilot radioed, 'We are losing height!' (The tower had "
                  "no reply.)",
                  "Rescue boats left at dawn."));
  EXPECT_THAT(
      Sentences("Then she asked him, \"Who signed it?\" (Nobody knew.)"),
      ElementsAre("Then she asked him, \"Who signed it?\" (Nobody knew.)"));
  EXPECT_THAT(
      Sentences("\"We are losing height!\" (The tower was silent.)"),
      ElementsAre("\"We are losing height!\"", "(The tower was silent.)"));
  EXPECT_THAT(
      Sentences("He said, \"The count is done.\" (Turnout was low.)"),
      ElementsAre("He said, \"The count is done.\"", "(Turnout was low.)"));
}

// Informal text: a full stop after a plain word, then a lower-case word,
// ends the sentence; a known abbreviation before a lower-case word does not.
TEST(SentenceSplitter, LowerCaseSentenceAfterAFullStop) {
  EXPECT_THAT(
      Sentences("we waited all night. nobody came. then it rained."),
      ElementsAre("we waited all night.", "nobody came.", "then it rained."));
  EXPECT_THAT(Sentences("The download took 4 min. longer than the avg. user "
                        "expects. It failed twice."),
              ElementsAre("The download took 4 min. longer than the avg. user "
                          "expects.",
                          "It failed twice."));
}

// An informal question: "?" between lower-case words ends the sentence, but
// not after a title in capitals or before the speaker after a quote.
TEST(SentenceSplitter, LowerCaseAfterAQuestionMark) {
  EXPECT_THAT(Sentences("are you coming tonight? we leave at six."),
              ElementsAre("are you coming tonight?", "we leave at six."));
  EXPECT_THAT(Sentences("The play Who Stole It? opens in the spring."),
              ElementsAre("The play Who Stole It? opens in the spring."));
  EXPECT_THAT(Sentences("\"Who stole it?\" she asked."),
              ElementsAre("\"Who stole it?\" she asked."));
}

// A quotation broken off by a dash ends the sentence when a typical
// sentence starter follows; a name after it is the speaker.
TEST(SentenceSplitter, QuotationBrokenOffByADash) {
  EXPECT_THAT(
      Sentences("She began, \"If the council agrees--\" The lights went out."),
      ElementsAre("She began, \"If the council agrees--\"",
                  "The lights went out."));
  EXPECT_THAT(Sentences("\"We had hoped--\" Moreno said, and stopped."),
              ElementsAre("\"We had hoped--\" Moreno said, and stopped."));
}

TEST(SentenceSplitter, RepeatedAndMixedMarks) {
  EXPECT_THAT(Sentences("Really?! Nobody came. Wow!! That hurt?? Maybe."),
              ElementsAre("Really?!", "Nobody came.", "Wow!!", "That hurt??",
                          "Maybe."));
}

TEST(SentenceSplitter, TitlesNeverEndBeforeAName) {
  EXPECT_THAT(Sentences("Sen. Okafor met Dr. Lindqvist and Gov. Ruiz."),
              ElementsAre("Sen. Okafor met Dr. Lindqvist and Gov. Ruiz."));
}

// A title abbreviation spelled in capitals ("SEC", "GEN") is an acronym
// when the word after it is in lower case: the period ends the sentence.
// In an all-caps headline it is still the title.
TEST(SentenceSplitter, CapitalizedTitleAbbreviationAsAnAcronym) {
  EXPECT_THAT(
      Sentences("The filing went to the SEC. The board met on Monday."),
      ElementsAre("The filing went to the SEC.", "The board met on Monday."));
  EXPECT_THAT(Sentences("SEN. OKAFOR BACKS RAIL PLAN"),
              ElementsAre("SEN. OKAFOR BACKS RAIL PLAN"));
  EXPECT_THAT(Sentences("Sec. Lindqvist met the board."),
              ElementsAre("Sec. Lindqvist met the board."));
}

TEST(SentenceSplitter, CompanySuffixEndsBeforeAStarter) {
  EXPECT_THAT(
      Sentences(
          "Profits rose at Halvorsen Corp. They fell at Brand Ltd. last year."),
      ElementsAre("Profits rose at Halvorsen Corp.",
                  "They fell at Brand Ltd. last year."));
}

TEST(SentenceSplitter, InitialismsInsideAndAtTheEnd) {
  EXPECT_THAT(Sentences("Troops left the U.K. in March. Talks moved to the "
                        "U.N. It was late."),
              ElementsAre("Troops left the U.K. in March.",
                          "Talks moved to the U.N.", "It was late."));
  EXPECT_THAT(Sentences("She joined the U.S. Navy in 1990."),
              ElementsAre("She joined the U.S. Navy in 1990."));
}

// A capitalized auxiliary after an abbreviation opens a sentence only as a
// question; wire copy capitalizes the word after "U.S." ("the U.S. Has").
TEST(SentenceSplitter, AuxiliaryAfterInitialismOpensOnlyAQuestion) {
  EXPECT_THAT(Sentences("Officials said the U.K. Will review the levy. Banks "
                        "at Orvel Inc. Have doubts."),
              ElementsAre("Officials said the U.K. Will review the levy.",
                          "Banks at Orvel Inc. Have doubts."));
  EXPECT_THAT(Sentences("Exports went to the U.S. Is the deal over? Nobody "
                        "knows."),
              ElementsAre("Exports went to the U.S.", "Is the deal over?",
                          "Nobody knows."));
  // Other starters still open a sentence after the abbreviation.
  EXPECT_THAT(Sentences("Exports went to the U.S. The deal held."),
              ElementsAre("Exports went to the U.S.", "The deal held."));
}

// "And" before a capitalized word after an abbreviation joins two names
// (wire copy writes "the U.S. And Japan"); before a lower-case word it opens
// a sentence.
TEST(SentenceSplitter, ConjunctionAfterAbbreviationJoinsNames) {
  EXPECT_THAT(Sentences("Talks between the U.K. And Norway resumed."),
              ElementsAre("Talks between the U.K. And Norway resumed."));
  EXPECT_THAT(Sentences("Prices fell in the U.K. And then they rose."),
              ElementsAre("Prices fell in the U.K.", "And then they rose."));
}

// A user lexicon can mark a starter as opening a question; another value of
// `opens` is an error at Create, naming the line.
TEST(SentenceSplitter, UserStartersOpenQuestions) {
  Options opt;
  opt.lexicon_text = "Ought\tstarter\topens=question\n";
  absl::StatusOr<Extractor> ex = Extractor::Create(opt);
  ASSERT_TRUE(ex.ok()) << ex.status();
  const std::string text = "Staff in the U.K. Ought to vote. It ended.";
  absl::StatusOr<Document> doc = ex->Extract(text);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->sentences.size(), 2u);
  EXPECT_EQ(doc->sentences[0].span.end, text.find(" It"));
  Options bad;
  bad.lexicon_text = "Ought\tstarter\topens=maybe\n";
  absl::Status st = Extractor::Create(bad).status();
  EXPECT_EQ(st.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(st.message()),
              ::testing::HasSubstr("<options.lexicon_text>:1"));
}

// After a firm's legal form, a capitalized word and a lower-case one open a
// new sentence; a title, a name or another legal form after it goes on.
TEST(SentenceSplitter, ClauseAfterCompanySuffixOpensASentence) {
  EXPECT_THAT(Sentences("The mill was sold to Brenner Holdings Inc. Terms were "
                        "not disclosed."),
              ElementsAre("The mill was sold to Brenner Holdings Inc.",
                          "Terms were not disclosed."));
  EXPECT_THAT(Sentences("Talks with Brenner Inc. Chief Executive Ada Moss "
                        "ended."),
              ElementsAre("Talks with Brenner Inc. Chief Executive Ada Moss "
                          "ended."));
  EXPECT_THAT(Sentences("Kessel Trading Co. Ltd. and Orma Co. Ltd. agreed."),
              ElementsAre("Kessel Trading Co. Ltd. and Orma Co. Ltd. agreed."));
  // Not after other suffixes: "Jr." ends no firm.
  EXPECT_THAT(
      Sentences("Parades on Martin Luther King Jr. Day drew crowds."),
      ElementsAre("Parades on Martin Luther King Jr. Day drew crowds."));
}

// A line of capitals goes on after an abbreviation: its capitals say nothing
// of where sentences start ("OFFICIALS" is a starter in running text).
TEST(SentenceSplitter, HeadlineGoesOnAfterInitialism) {
  EXPECT_THAT(
      Sentences("U.S. OFFICIALS WEIGH GRAIN CREDITS\n\nTalks began."),
      ElementsAre("U.S. OFFICIALS WEIGH GRAIN CREDITS", "Talks began."));
  EXPECT_THAT(Sentences("TALKS WITH U.K. OFFICIALS STALL\n\nTalks stalled."),
              ElementsAre("TALKS WITH U.K. OFFICIALS STALL", "Talks stalled."));
  EXPECT_THAT(Sentences("Talks moved to the U.N. Officials left."),
              ElementsAre("Talks moved to the U.N.", "Officials left."));
}

TEST(SentenceSplitter, Initials) {
  EXPECT_THAT(
      Sentences("The novel by P. D. Halloran sold well. Critics disagreed."),
      ElementsAre("The novel by P. D. Halloran sold well.",
                  "Critics disagreed."));
}

TEST(SentenceSplitter, PronounIAtTheEnd) {
  EXPECT_THAT(
      Sentences("Nobody knew it but I. Then Carla T. Brooks spoke."),
      ElementsAre("Nobody knew it but I.", "Then Carla T. Brooks spoke."));
}

TEST(SentenceSplitter, QuestionAndAnswerLabels) {
  EXPECT_THAT(Sentences("Q. Where were you? A. At the depot."),
              ElementsAre("Q. Where were you?", "A. At the depot."));
}

TEST(SentenceSplitter, TimesOfDay) {
  EXPECT_THAT(
      Sentences("The polls closed at 8 p.m. Counting began at once."),
      ElementsAre("The polls closed at 8 p.m.", "Counting began at once."));
  EXPECT_THAT(
      Sentences(
          "By 7 a.m. Ms. Baker had left. The train left at 9 a.m. EST today."),
      ElementsAre("By 7 a.m. Ms. Baker had left.",
                  "The train left at 9 a.m. EST today."));
}

TEST(SentenceSplitter, NumbersAndMoney) {
  EXPECT_THAT(
      Sentences("Shares fell 3.5 percent to $12.40. Volume was thin."),
      ElementsAre("Shares fell 3.5 percent to $12.40.", "Volume was thin."));
  EXPECT_THAT(Sentences("See No. 4 and p. 17 for the tables."),
              ElementsAre("See No. 4 and p. 17 for the tables."));
}

TEST(SentenceSplitter, QuotesEndingInside) {
  EXPECT_THAT(Sentences("He shouted, \"We won.\" Nobody cheered."),
              ElementsAre("He shouted, \"We won.\"", "Nobody cheered."));
  EXPECT_THAT(Sentences("\"We won.\" he shouted."),
              ElementsAre("\"We won.\" he shouted."));
  EXPECT_THAT(Sentences("She wrote, ‘It is over.’ The board agreed."),
              ElementsAre("She wrote, ‘It is over.’", "The board agreed."));
}

TEST(SentenceSplitter, MultiSentenceQuotationStaysWhole) {
  EXPECT_THAT(Sentences("“We are ready. The money is there,” the mayor said. "
                        "Work starts soon."),
              ElementsAre("“We are ready. The money is there,” the mayor said.",
                          "Work starts soon."));
}

TEST(SentenceSplitter, Parentheses) {
  EXPECT_THAT(Sentences("The plant (it opened in 1987.) will close. Workers "
                        "(about 300) left."),
              ElementsAre("The plant (it opened in 1987.) will close.",
                          "Workers (about 300) left."));
}

// Pairs nest: a full stop inside a bracket inside a quotation waits for the
// outermost closer; several pairs on one line are each kept whole.
TEST(SentenceSplitter, NestedAndSuccessivePairsOnALine) {
  EXPECT_THAT(
      Sentences("“The board (which met twice.) said no. We appeal,” the union "
                "said. (Its lawyers agreed. Costs rose.) Talks resume today. "
                "\"Not [yet.] Soon.\" Ask them."),
      ElementsAre("“The board (which met twice.) said no. We appeal,” the "
                  "union said.",
                  "(Its lawyers agreed. Costs rose.)", "Talks resume today.",
                  "\"Not [yet.] Soon.\"", "Ask them."));
}

TEST(SentenceSplitter, Ellipses) {
  EXPECT_THAT(Sentences("We waited... and waited. Then the bus came."),
              ElementsAre("We waited... and waited.", "Then the bus came."));
  EXPECT_THAT(Sentences("It was over.... The crowd went home."),
              ElementsAre("It was over....", "The crowd went home."));
  EXPECT_THAT(Sentences("The report [...] was never published."),
              ElementsAre("The report [...] was never published."));
}

TEST(SentenceSplitter, ExclamationInNames) {
  EXPECT_THAT(Sentences("She left Yahoo! last spring."),
              ElementsAre("She left Yahoo! last spring."));
}

TEST(SentenceSplitter, UrlsAndEmails) {
  EXPECT_THAT(
      Sentences(
          "Write to press.office@city.example.org. Calls are not answered."),
      ElementsAre("Write to press.office@city.example.org.",
                  "Calls are not answered."));
  EXPECT_THAT(
      Sentences("Read it at https://news.example.com/a/b.html. It is free."),
      ElementsAre("Read it at https://news.example.com/a/b.html.",
                  "It is free."));
}

TEST(SentenceSplitter, MissingSpaceAfterPeriod) {
  EXPECT_THAT(Sentences("The market closed.Traders went home."),
              ElementsAre("The market closed.", "Traders went home."));
}

TEST(SentenceSplitter, NumberedLists) {
  EXPECT_THAT(Sentences("1) Raise taxes 2) Cut spending 3) Wait"),
              ElementsAre("1) Raise taxes", "2) Cut spending", "3) Wait"));
  EXPECT_THAT(Sentences("1. Raise taxes. 2. Cut spending."),
              ElementsAre("1. Raise taxes.", "2. Cut spending."));
}

TEST(SentenceSplitter, LetteredLists) {
  EXPECT_THAT(Sentences("a. Fuel costs b. Wages c. Rent"),
              ElementsAre("a. Fuel costs", "b. Wages", "c. Rent"));
  EXPECT_THAT(Sentences("a) Fuel costs b) Wages"),
              ElementsAre("a) Fuel costs", "b) Wages"));
}

TEST(SentenceSplitter, BulletLines) {
  EXPECT_THAT(
      Sentences("Key points:\n• Rates held\n• Jobs rose\n- Prices fell"),
      ElementsAre("Key points:", "• Rates held", "• Jobs rose",
                  "- Prices fell"));
}

TEST(SentenceSplitter, HeadingsAndLabelLines) {
  EXPECT_THAT(
      Sentences("Storm hits coast\n\nWinds reached 120 km/h on Monday."),
      ElementsAre("Storm hits coast", "Winds reached 120 km/h on Monday."));
  EXPECT_THAT(Sentences("Turnout: 61%\nThe count continues."),
              ElementsAre("Turnout: 61%", "The count continues."));
}

TEST(SentenceSplitter, WrappedLinesJoin) {
  EXPECT_THAT(Sentences("The committee will meet again \nnext week."),
              ElementsAre("The committee will meet again \nnext week."));
  EXPECT_THAT(Sentences("Officials from the two neighbouring districts\nsaid "
                        "the bridge was safe."),
              ElementsAre("Officials from the two neighbouring districts\nsaid "
                          "the bridge was safe."));
  // Wrapped at a name, even one opening with a starter word.
  EXPECT_THAT(Sentences("The ministers met on Tuesday and then spoke to\nThe "
                        "Guardian about the plan."),
              ElementsAre("The ministers met on Tuesday and then spoke to\nThe "
                          "Guardian about the plan."));
}

TEST(SentenceSplitter, HeadlineWithoutStopBeforeFirstSentence) {
  // A long headline line ending in a lower-case word: the next line opens
  // with a starter word and a lower-case word, so a sentence begins.
  EXPECT_THAT(
      Sentences("Ferry links to resume next week, says harbour master\nThe "
                "master told staff the pier was repaired.\nIt will open "
                "on Monday."),
      ElementsAre("Ferry links to resume next week, says harbour master",
                  "The master told staff the pier was repaired.",
                  "It will open on Monday."));
  EXPECT_THAT(Sentences("Council votes to close two libraries in the north of "
                        "the county\nThey will shut in May."),
              ElementsAre("Council votes to close two libraries in the north "
                          "of the county",
                          "They will shut in May."));
}

TEST(SentenceSplitter, FullWidthAndCjkMarks) {
  EXPECT_THAT(Sentences("Prices rose．Wages did not．"),
              ElementsAre("Prices rose．", "Wages did not．"));
}

TEST(SentenceSplitter, SpansAreByteOffsetsAndFlagsAreSet) {
  std::string text = "Ça va. Très bien!";
  absl::StatusOr<Document> doc = SharedExtractor().Extract(text);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->sentences.size(), 2u);
  EXPECT_EQ(doc->sentences[0].span, (Span{0, 7}));
  EXPECT_EQ(doc->sentences[1].span.begin, 8u);
  EXPECT_EQ(doc->sentences[1].span.end, text.size());
  for (const Sentence& s : doc->sentences) {
    EXPECT_TRUE(doc->tokens[s.first_token].has(kSentenceInitial));
  }
}

TEST(SentenceSplitter, EmptyAndBlankInput) {
  EXPECT_TRUE(Sentences("").empty());
  EXPECT_TRUE(Sentences(" \n\n\t ").empty());
}

// ---------------------------------------------------------------- golden

std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char c = s[++i];
      out += c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string Escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        out += c;
    }
  }
  return out;
}

struct GoldenCase {
  std::string name;
  std::string input;
  std::vector<std::string> expected;
};

std::filesystem::path GoldenDir() {
  const char* root = std::getenv("CLAIMX_SOURCE_DIR");
  return std::filesystem::path(root ? root : ".") / "tests" / "golden" /
         "sentences";
}

std::vector<std::filesystem::path> GoldenFiles() {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry :
       std::filesystem::directory_iterator(GoldenDir(), ec)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(SentenceGolden, AllFiles) {
  std::vector<std::filesystem::path> files = GoldenFiles();
  ASSERT_FALSE(files.empty()) << "no golden files in " << GoldenDir();
  const bool update =
      std::getenv("CLAIMX_UPDATE_GOLDEN") != nullptr &&
      std::string_view(std::getenv("CLAIMX_UPDATE_GOLDEN")) == "1";
  int cases = 0;
  for (const std::filesystem::path& path : files) {
    std::ifstream in(path);
    ASSERT_TRUE(in) << path;
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    // Rewritten file: every line except '>' lines, with fresh '>' lines after
    // each '<' line.
    std::ostringstream rewritten;
    GoldenCase c;
    auto finish = [&](size_t line_no) {
      if (c.name.empty()) return;
      ++cases;
      std::vector<std::string> actual = Sentences(c.input);
      EXPECT_EQ(actual, c.expected)
          << path.filename().string() << ":" << line_no << ": case " << c.name
          << "\n  input: " << Escape(c.input);
      c = GoldenCase{};
    };
    for (size_t k = 0; k < lines.size(); ++k) {
      const std::string& line = lines[k];
      if (line.rfind("@ ", 0) == 0) {
        finish(k);
        c.name = line.substr(2);
      } else if (line.rfind("< ", 0) == 0) {
        c.input = Unescape(std::string_view(line).substr(2));
        rewritten << line << "\n";
        for (const std::string& s : Sentences(c.input))
          rewritten << "> " << Escape(s) << "\n";
        continue;
      } else if (line.rfind("> ", 0) == 0 || line == ">") {
        c.expected.push_back(Unescape(
            std::string_view(line).substr(std::min<size_t>(2, line.size()))));
        continue;
      }
      rewritten << line << "\n";
    }
    finish(lines.size());
    if (update) {
      std::ofstream out(path);
      out << rewritten.str();
    }
  }
  EXPECT_GE(cases, 60) << "the golden suite should keep at least 60 cases";
}

// A stop inside an exchange ticker in brackets ends nothing; a glued stop
// between capitals with no bracket still may ("the UK.A new" is sloppy
// prose), and a ticker's own sentence still ends at its full stop.
TEST(SentenceSplitter, ExchangeTickerInBrackets) {
  EXPECT_THAT(Sentences("Harlow Mills Plc <HRLM.L> cut its dividend. "
                        "Dunmore Bank <DUNB.AS>, its lender, agreed."),
              ElementsAre("Harlow Mills Plc <HRLM.L> cut its dividend.",
                          "Dunmore Bank <DUNB.AS>, its lender, agreed."));
  EXPECT_THAT(
      Sentences("Shares of Kowloon Ferry (0417.HK) fell. Others rose."),
      ElementsAre("Shares of Kowloon Ferry (0417.HK) fell.", "Others rose."));
  // A symbol the abbreviation list knows ("Al.") holds its stop.
  EXPECT_THAT(
      Sentences("Ostrava Metals <AL.PR> of Prague said so. It grew."),
      ElementsAre("Ostrava Metals <AL.PR> of Prague said so.", "It grew."));
  EXPECT_THAT(Sentences("Trade with the UK.A new deal follows."),
              ElementsAre("Trade with the UK.", "A new deal follows."));
}

}  // namespace
}  // namespace claimx
