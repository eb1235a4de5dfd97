// Quantities stage (issue 3), through the public Extractor so the lexicon,
// tokenizer and sentence splitter are the real ones. Every sentence here was
// written for this test.
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "claimx/extractor.h"
#include "claimx/types.h"
#include "gtest/gtest.h"
#include "model.h"
#include "quantities/quantity_parser.h"
#include "re2/re2.h"

namespace claimx {
namespace {

const Extractor& Shared() {
  static const Extractor* ex = [] {
    Options o;
    o.entities = false;
    o.claims = false;
    auto e = Extractor::Create(o);
    EXPECT_TRUE(e.ok()) << e.status();
    return new Extractor(*std::move(e));
  }();
  return *ex;
}

// The stages Extract runs before the quantities, then QuantityParser::Parse
// with the candidate filter and rule gates on (as Extract runs it) or off
// (scratch.all_rules: every rule on every token, the reference).
std::vector<Quantity> ParseWithRules(std::string_view text,
                                     std::string_view date, bool all_rules) {
  static const auto* shared = [] {
    Options o;
    o.entities = false;
    o.claims = false;
    auto m = internal::BuildModel(o);
    EXPECT_TRUE(m.ok()) << m.status();
    return new std::shared_ptr<internal::Model>(m.ok() ? *std::move(m)
                                                       : nullptr);
  }();
  const internal::Model* model = shared->get();
  internal::TokenStream tokens;
  model->tokenizer.Tokenize(text, internal::TokenizerConfig(), &tokens);
  std::vector<Sentence> sentences;
  model->splitter.Split(text, &tokens, &sentences);
  std::vector<uint32_t> ids;
  std::vector<internal::LexiconMatch> phrases;
  model->lexicon.MapTokens(tokens, &ids);
  model->lexicon.MatchPhrases(ids, &phrases);
  internal::QuantityScratch scratch;
  scratch.all_rules = all_rules;
  std::vector<Quantity> out;
  model->quantities.Parse(text, tokens, sentences, ids, phrases, date, &scratch,
                          &out);
  return out;
}

std::string Describe(std::string_view text, const Quantity& q) {
  std::ostringstream os;
  auto num = [&os](const std::optional<double>& v) {
    if (v) {
      os << *v;
    } else {
      os << "-";
    }
  };
  os << "'" << text.substr(q.span.begin, q.span.end - q.span.begin) << "' ["
     << q.span.begin << "," << q.span.end << ") " << ToString(q.type) << " v=";
  os.precision(17);
  num(q.value);
  os << " ";
  num(q.low);
  os << "..";
  num(q.high);
  os << " '" << q.value_text << "' unit='" << q.unit << "' mod='" << q.modifier
     << "' approx=" << q.approx;
  return os.str();
}

// Whether the gated run finds what running every rule on every token
// finds; adds a failure naming the first difference.
bool SameAsAllRules(std::string_view text, std::string_view date = "") {
  const std::vector<Quantity> gated = ParseWithRules(text, date, false);
  const std::vector<Quantity> all = ParseWithRules(text, date, true);
  for (size_t k = 0; k < std::max(gated.size(), all.size()); ++k) {
    const std::string g =
        k < gated.size() ? Describe(text, gated[k]) : "(none)";
    const std::string a = k < all.size() ? Describe(text, all[k]) : "(none)";
    if (g != a) {
      ADD_FAILURE() << "in \"" << text << "\"\n  gated:     " << g
                    << "\n  all rules: " << a;
      return false;
    }
  }
  return true;
}

// Random documents over `pieces` for the gate tests: `docs` documents of
// `sentences` sentences of 2 to `max_len` pieces, a piece glued to the one
// before it in `glue_percent` of cases, a sentence ended by a line break
// instead of ". " in `newline_percent`; every other document has a document
// date. Checks each with SameAsAllRules and returns how many quantities the
// rules found (stops at the first difference, which SameAsAllRules reports).
struct RandomTextSpec {
  uint32_t seed;
  int docs;
  int sentences;
  size_t max_len;
  int glue_percent;
  int newline_percent = 0;
};

template <size_t N>
size_t GatesOnRandomText(const char* const (&pieces)[N],
                         const RandomTextSpec& spec) {
  std::mt19937 rng(spec.seed);
  std::uniform_int_distribution<size_t> piece(0, N - 1), len(2, spec.max_len);
  std::uniform_int_distribution<int> percent(0, 99);
  size_t quantities = 0;
  for (int doc = 0; doc < spec.docs; ++doc) {
    std::string text;
    for (int sentence = 0; sentence < spec.sentences; ++sentence) {
      const size_t n = len(rng);
      for (size_t k = 0; k < n; ++k) {
        if (k > 0 && percent(rng) >= spec.glue_percent) text += ' ';
        text += pieces[piece(rng)];
      }
      text += percent(rng) < spec.newline_percent ? "\n" : ". ";
    }
    const std::string date = doc % 2 ? "2026-03-14" : "";
    if (!SameAsAllRules(text, date)) break;  // one failure says enough
    quantities += ParseWithRules(text, date, false).size();
  }
  return quantities;
}

// Every text a test here parses also checks the gates against all rules.
std::vector<Quantity> Find(const std::string& text,
                           const std::string& date = "") {
  DocumentInfo info;
  info.date = date;
  auto doc = Shared().Extract(text, info);
  EXPECT_TRUE(doc.ok()) << doc.status();
  SameAsAllRules(text, date);
  return doc.ok() ? doc->quantities : std::vector<Quantity>{};
}

std::string SpanText(const std::string& text, const Quantity& q) {
  return text.substr(q.span.begin, q.span.end - q.span.begin);
}

struct Case {
  const char* text;
  const char* span;  // expected span text of one quantity
  QuantityType type;
  double value;            // numeric value; NaN when the value is text
  const char* value_text;  // DATE / DURATION value, or ""
  const char* unit;
  const char* modifier;
  const char* date = "";  // document date
};

std::ostream& operator<<(std::ostream& os, const Case& c) {
  return os << c.text;
}

class QuantityCases : public ::testing::TestWithParam<Case> {};

TEST_P(QuantityCases, Finds) {
  const Case& c = GetParam();
  std::string text = c.text;
  std::vector<Quantity> qs = Find(text, c.date);
  const Quantity* hit = nullptr;
  for (const Quantity& q : qs) {
    if (SpanText(text, q) == c.span) hit = &q;
  }
  ASSERT_NE(hit, nullptr) << "no quantity spanning '" << c.span << "'";
  EXPECT_EQ(ToString(hit->type), ToString(c.type));
  if (c.value == c.value) {
    ASSERT_TRUE(hit->value.has_value());
    EXPECT_NEAR(*hit->value, c.value, 1e-9 * std::max(1.0, std::abs(c.value)));
  } else {
    EXPECT_EQ(hit->value_text, c.value_text);
  }
  EXPECT_EQ(hit->unit, c.unit);
  EXPECT_EQ(hit->modifier, c.modifier);
}

constexpr double kText = std::numeric_limits<double>::quiet_NaN();
using T = QuantityType;

INSTANTIATE_TEST_SUITE_P(
    Cardinals, QuantityCases,
    ::testing::Values(
        Case{"The council counted 1,214 ballots by noon.", "1,214 ballots",
             T::kCardinal, 1214, "", "ballots", ""},
        Case{"Inflation held at 3.9 in the index.", "3.9", T::kCardinal, 3.9,
             "", "", ""},
        Case{"The fund lost 2.5 million in a week.", "2.5 million",
             T::kCardinal, 2.5e6, "", "", ""},
        Case{"Rail traffic fell by 40k passengers.", "40k passengers",
             T::kCardinal, 40000, "", "passengers", ""},
        Case{"Fifty-one sailors reached the harbour.", "Fifty-one sailors",
             T::kCardinal, 51, "", "sailors", ""},
        Case{"Crews rebuilt two hundred and twelve bridges.",
             "two hundred and twelve bridges", T::kCardinal, 212, "", "bridges",
             ""},
        Case{"She bought a dozen lamps.", "a dozen lamps", T::kCardinal, 12, "",
             "lamps", ""},
        Case{"The vote needs three quarters of members.", "three quarters",
             T::kCardinal, 0.75, "", "", ""},
        Case{"Turnout was 1/2 of last time.", "1/2", T::kCardinal, 0.5, "", "",
             ""},
        Case{"Temperatures reached -5 overnight in the valley.", "-5",
             T::kCardinal, -5, "", "", ""}));

INSTANTIATE_TEST_SUITE_P(
    ModifiersAndCountedNouns, QuantityCases,
    ::testing::Values(
        Case{"Police held more than 40 detainees overnight.",
             "more than 40 detainees", T::kCardinal, 40, "", "detainees",
             "more_than"},
        Case{"About 300 families left the coast.", "About 300 families",
             T::kCardinal, 300, "", "families", "about"},
        Case{"At least 12 schools closed on the island.", "At least 12 schools",
             T::kCardinal, 12, "", "schools", "at_least"},
        Case{"Union leaders said 1,500 striking workers marched.",
             "1,500 striking workers", T::kCardinal, 1500, "",
             "striking workers", ""},
        Case{"Officials reported 9,000 homes destroyed by fire.", "9,000 homes",
             T::kCardinal, 9000, "", "homes", ""},
        Case{"The flood reached dozens of villages in the south.",
             "dozens of villages", T::kCardinal, 24, "", "villages", "dozens"},
        // '>=' is a bound; an arrow '=>' or '->' is not.
        Case{"Queue at gate A => 30 in line by noon.", "30", T::kCardinal, 30,
             "", "", ""},
        Case{"Ferry times: 8am->12 crossings a day.", "12 crossings",
             T::kCardinal, 12, "", "crossings", ""},
        Case{"Entry needs a score >= 30 on the test.", ">= 30", T::kCardinal,
             30, "", "", "at_least"},
        Case{"Entry needs a score > 30 on the test.", "> 30", T::kCardinal, 30,
             "", "", "more_than"}));

INSTANTIATE_TEST_SUITE_P(
    RangesPercentMoney, QuantityCases,
    ::testing::Values(
        Case{"Between 10 and 20 ferries were cancelled.",
             "Between 10 and 20 ferries", T::kRange, kText, "", "ferries", ""},
        Case{"Repairs take 10-20 days in most towns.", "10-20 days", T::kRange,
             kText, "P20D", "", ""},
        Case{"The bid was $1.2 billion to $1.4 billion, traders said.",
             "$1.2 billion to $1.4 billion", T::kRange, kText, "", "USD", ""},
        // A scale or unit glued to both numbers of a range.
        Case{"Losses of 2bn-3bn euros are expected.", "2bn-3bn euros",
             T::kRange, kText, "", "EUR", ""},
        Case{"Crews cleared a 15km-20km stretch.", "15km-20km", T::kRange,
             kText, "", "km", ""},
        // The currency before the first bound only, the scale on both.
        Case{"The refit will cost £2bn-3bn, the yard said.", "£2bn-3bn",
             T::kRange, kText, "", "GBP", ""},
        Case{"Fees of between $4m and 6m were paid.", "between $4m and 6m",
             T::kRange, kText, "", "USD", ""},
        Case{"Unemployment reached 12% in the north.", "12%", T::kPercent, 12,
             "", "%", ""},
        Case{"Support rose to 12 per cent in the poll.", "12 per cent",
             T::kPercent, 12, "", "%", ""},
        Case{"The party gained 3 percentage points on Sunday.",
             "3 percentage points", T::kPercent, 3, "", "pp", ""},
        Case{"The port paid $4bn for new cranes.", "$4bn", T::kMoney, 4e9, "",
             "USD", ""},
        Case{"The club spent €30 million on a striker.", "€30 million",
             T::kMoney, 3e7, "", "EUR", ""},
        Case{"A ticket cost 50 pesos in Havana.", "50 pesos", T::kMoney, 50, "",
             "pesos", ""},
        Case{"The loan was USD 200 per family.", "USD 200", T::kMoney, 200, "",
             "USD", ""},
        Case{"Exports reached 100 billion yuan last quarter.",
             "100 billion yuan", T::kMoney, 1e11, "", "CNY", ""}));

INSTANTIATE_TEST_SUITE_P(
    UnitsAndOrdinals, QuantityCases,
    ::testing::Values(
        Case{"The tunnel runs 2.4 kilometres under the bay.", "2.4 kilometres",
             T::kQuantity, 2.4, "", "km", ""},
        Case{"Waves of 15 feet hit the pier.", "15 feet", T::kQuantity, 15, "",
             "ft", ""},
        Case{"Output fell by 3 million barrels a day.", "3 million barrels",
             T::kQuantity, 3e6, "", "bbl", ""},
        Case{"It was 40C in the shade.", "40C", T::kQuantity, 40, "", "°C", ""},
        // At a sentence end: "C." is no initial.
        Case{"By noon it was 38C. Roads melted.", "38C", T::kQuantity, 38, "",
             "°C", ""},
        Case{"The 21st round of talks opened.", "21st", T::kOrdinal, 21, "", "",
             ""},
        Case{"It is the third-largest port in the region.", "third-largest",
             T::kOrdinal, 3, "", "", ""},
        Case{"This was the first strike in years.", "first", T::kOrdinal, 1, "",
             "", ""}));

INSTANTIATE_TEST_SUITE_P(
    DatesAndDurations, QuantityCases,
    ::testing::Values(
        Case{"The law took effect in March 2025.", "March 2025", T::kDate,
             kText, "2025-03", "", ""},
        Case{"Talks resume on Feb. 3 in Geneva.", "Feb. 3", T::kDate, kText,
             "XXXX-02-03", "", ""},
        Case{"The vote is on 3 February 2026.", "3 February 2026", T::kDate,
             kText, "2026-02-03", "", ""},
        Case{"Filed on 2026-02-03 in court.", "2026-02-03", T::kDate, kText,
             "2026-02-03", "", ""},
        Case{"The mayor resigned on Tuesday.", "Tuesday", T::kDate, kText,
             "2026-02-10", "", "", "2026-02-12"},
        Case{"The mayor resigned on Tuesday.", "Tuesday", T::kDate, kText,
             "XXXX-WXX-2", "", ""},
        Case{"The court sits on Tuesday, March 10, 2026 in Lyon.",
             "Tuesday, March 10, 2026", T::kDate, kText, "2026-03-10", "", ""},
        Case{"Ballots are counted Sat 14 March.", "Sat 14 March", T::kDate,
             kText, "2026-03-14", "", "", "2026-02-12"},
        Case{"The summit opens next week on Wednesday.",
             "next week on Wednesday", T::kDate, kText, "2026-02-18", "", "",
             "2026-02-12"},
        Case{"Voting ends this Friday.", "this Friday", T::kDate, kText,
             "2026-02-13", "", "", "2026-02-12"},
        Case{"He flew home this past Monday.", "this past Monday", T::kDate,
             kText, "2026-02-09", "", "", "2026-02-12"},
        Case{"The meeting starts at 5 p.m. sharp.", "5 p.m.", T::kDate, kText,
             "T17:00", "", ""},
        Case{"Polls close at 8 p.m. on Thursday.", "8 p.m. on Thursday",
             T::kDate, kText, "2026-02-12T20:00", "", "", "2026-02-12"},
        Case{"The strike began on Monday at 6:30 am.", "Monday at 6:30 am",
             T::kDate, kText, "XXXX-WXX-1T06:30", "", ""},
        Case{"Flights resume tomorrow at 10:15 local time.",
             "tomorrow at 10:15 local time", T::kDate, kText,
             "2026-02-13T10:15", "", "", "2026-02-12"},
        Case{"Talks ran from 9am to 5pm.", "from 9am to 5pm", T::kRange, kText,
             "T09:00/T17:00", "", ""},
        Case{"The bars are open 7 to 10pm.", "7 to 10pm", T::kRange, kText,
             "T19:00/T22:00", "", ""},
        Case{"Shelling resumed last night near the border.", "last night",
             T::kDate, kText, "2026-02-11TNI", "", "", "2026-02-12"},
        Case{"The minister spoke on Tuesday evening.", "Tuesday evening",
             T::kDate, kText, "2026-02-10TEV", "", "", "2026-02-12"},
        Case{"The truce ends Friday at midnight.", "Friday at midnight",
             T::kDate, kText, "XXXX-WXX-5T00:00", "", ""},
        Case{"Harvests failed last summer as well.", "last summer", T::kDate,
             kText, "2025-SU", "", "", "2026-02-12"},
        Case{"The dam was finished in the spring of 2019.",
             "the spring of 2019", T::kDate, kText, "2019-SP", "", ""},
        Case{"The office is open Friday from 9am to 5pm.",
             "Friday from 9am to 5pm", T::kRange, kText,
             "2026-02-06T09:00/2026-02-06T17:00", "", "", "2026-02-12"},
        Case{"Roads close from 3:00 to 4:00 tomorrow.",
             "from 3:00 to 4:00 tomorrow", T::kRange, kText,
             "2026-02-13T03:00/2026-02-13T04:00", "", "", "2026-02-12"},
        Case{"Rebels must leave the town by midnight.", "by midnight", T::kDate,
             kText, "T00:00", "", "by"},
        Case{"The permit runs to December, 2027.", "December, 2027", T::kDate,
             kText, "2027-12", "", ""},
        Case{"Sales fell last year, the firm said.", "last year", T::kDate,
             kText, "2025", "", "", "2026-02-12"},
        Case{"The board meets next week.", "next week", T::kDate, kText,
             "2026-W08", "", "", "2026-02-12"},
        Case{"The plant opened in 2023.", "2023", T::kDate, kText, "2023", "",
             ""},
        Case{"Prices were lower in the 1990s.", "the 1990s", T::kDate, kText,
             "199X", "", ""},
        Case{"Planting starts mid-March.", "mid-March", T::kDate, kText,
             "2026-03", "", "mid", "2026-02-12"},
        Case{"The line opens early 2025.", "early 2025", T::kDate, kText,
             "2025", "", "early"},
        Case{"Rents have doubled since 2015.", "since 2015", T::kDate, kText,
             "2015", "", "since"},
        Case{"The trial lasted 3 years.", "3 years", T::kDuration, kText, "P3Y",
             "", ""},
        Case{"Wages fell over the past five years.", "the past five years",
             T::kDuration, kText, "P5Y", "", "past"},
        Case{"The strike lasted six months.", "six months", T::kDuration, kText,
             "P6M", "", ""},
        Case{"Rescuers had 48 hours left.", "48 hours", T::kDuration, kText,
             "PT48H", "", ""},
        Case{"The bridge took a decade to build.", "a decade", T::kDuration,
             kText, "P10Y", "", ""}));

INSTANTIATE_TEST_SUITE_P(
    NumbersRound2, QuantityCases,
    ::testing::Values(
        Case{"The yield was .75 on the old scale.", ".75", T::kCardinal, 0.75,
             "", "", ""},
        Case{"Its mass is 6.02x10^-3 grams in the model.", "6.02x10^-3 grams",
             T::kQuantity, 6.02e-3, "", "g", ""},
        Case{"The lab logged 3.5e+4 events.", "3.5e+4 events", T::kCardinal,
             35000, "", "events", ""},
        Case{"The index ended at 2^10 today.", "2^10", T::kCardinal, 1024, "",
             "", ""},
        Case{"Streams reached 4.75 k.", "4.75 k", T::kCardinal, 4750, "", "",
             ""},
        Case{"About 35 000 fans came.", "About 35 000 fans", T::kCardinal,
             35000, "", "fans", "about"},
        Case{"The fund holds half million shares.", "half million shares",
             T::kCardinal, 5e5, "", "shares", ""},
        Case{"Debt hit two billion and three quarters.",
             "two billion and three quarters", T::kCardinal, 2.75e9, "", "",
             ""},
        Case{"Savings reached four lakh crore rupees.",
             "four lakh crore rupees", T::kMoney, 4e12, "", "INR", ""},
        Case{"Only one out of four voted.", "Only one out of four",
             T::kCardinal, 0.25, "", "", "only"},
        Case{"Pi is roughly six point two eight over two.",
             "roughly six point two eight over two", T::kCardinal, 3.14, "", "",
             "about"},
        Case{"The crowd was 5 hundred and 20 strong.", "5 hundred and 20",
             T::kCardinal, 520, "", "", ""}));

INSTANTIATE_TEST_SUITE_P(
    MoneyRound2, QuantityCases,
    ::testing::Values(Case{"Shares closed at 312 pence in London.", "312 pence",
                           T::kMoney, 312, "", "GBP pence", ""},
                      Case{"A stamp now costs 68 cents.", "68 cents", T::kMoney,
                           68, "", "USD cent", ""},
                      Case{"Lunch came to eleven dollars and twenty cents.",
                           "eleven dollars and twenty cents", T::kMoney, 11.2,
                           "", "USD", ""},
                      Case{"The fee is 9 dollars 75.", "9 dollars 75",
                           T::kMoney, 9.75, "", "USD", ""},
                      Case{"They raised 40 EUR million last year.",
                           "40 EUR million", T::kMoney, 4e7, "", "EUR", ""},
                      Case{"Revenue was MUSD 12 in the quarter.", "MUSD 12",
                           T::kMoney, 1.2e7, "", "USD", ""},
                      Case{"The card was topped up with GBP250 in cash.",
                           "GBP250", T::kMoney, 250, "", "GBP", ""}));

TEST(QuantityParser, SpacedLetterIsNotPartOfACurrencySymbol) {
  std::string text = "the boss s $ 40 million bonus";
  std::vector<Quantity> qs = Find(text);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(SpanText(text, qs[0]), "$ 40 million");
  EXPECT_EQ(qs[0].unit, "USD");
}

INSTANTIATE_TEST_SUITE_P(
    BoundsRound2, QuantityCases,
    ::testing::Values(
        Case{"Families with 3 or more children qualify.", "3 or more children",
             T::kCardinal, 3, "", "children", "at_least"},
        Case{"Loans of $500 or less are exempt.", "$500 or less", T::kMoney,
             500, "", "USD", "up_to"},
        Case{"Bids less than or equal to 90 fail.", "less than or equal to 90",
             T::kCardinal, 90, "", "", "up_to"},
        Case{"Scores above 60 and below 80 pass.", "above 60 and below 80",
             T::kRange, kText, "", "", ""},
        Case{"Tickets cost from 15 to 40 euros.", "from 15 to 40 euros",
             T::kRange, kText, "", "EUR", ""}));

INSTANTIATE_TEST_SUITE_P(
    AgesAndDatesRound2, QuantityCases,
    ::testing::Values(
        Case{"The mayor, 64 years old, resigned.", "64 years old", T::kDuration,
             kText, "P64Y", "age", ""},
        Case{"Children under 5 years of age get it free.",
             "under 5 years of age", T::kDuration, kText, "P5Y", "age",
             "less_than"},
        Case{"The driver, age 71, was unhurt.", "age 71", T::kDuration, kText,
             "P71Y", "age", ""},
        Case{"Results are due in 3 weeks.", "in 3 weeks", T::kDate, kText,
             "2026-03-05", "", "in", "2026-02-12"},
        Case{"The expo runs from March to June.", "from March to June",
             T::kRange, kText, "XXXX-03/XXXX-06", "", ""},
        Case{"Voting runs 4 May 2026 - 9 May 2026 in the city.",
             "4 May 2026 - 9 May 2026", T::kRange, kText,
             "2026-05-04/2026-05-09", "", ""},
        Case{"The union will respond later this week.", "later this week",
             T::kDate, kText, "2026-W07", "", "late", "2026-02-12"}));

// Wire-service abbreviations of currencies and months; "pct." ending a
// sentence is the percent sign, not a title before a name.
INSTANTIATE_TEST_SUITE_P(
    WireAbbreviations, QuantityCases,
    ::testing::Values(
        Case{"The mill earned 41.2 mln dlrs in the half.", "41.2 mln dlrs",
             T::kMoney, 41.2e6, "", "USD", ""},
        Case{"It pays a 1.10 dlr dividend.", "1.10 dlr", T::kMoney, 1.1, "",
             "USD", ""},
        Case{"Profit was 17 cts a share.", "17 cts", T::kMoney, 17, "",
             "USD cent", ""},
        Case{"The grain board lent 80 mln Canadian dlrs to farmers.",
             "80 mln Canadian dlrs", T::kMoney, 8e7, "", "CAD", ""},
        Case{"The brewer paid 2.6 billion stg for the chain.",
             "2.6 billion stg", T::kMoney, 2.6e9, "", "GBP", ""},
        Case{"The bank raised 300 mln guilders in bonds.", "300 mln guilders",
             T::kMoney, 3e8, "", "NLG", ""},
        Case{"The state sold 900 billion lire of notes.", "900 billion lire",
             T::kMoney, 9e11, "", "ITL", ""},
        Case{"Orders fell for nine mths in a row.", "nine mths", T::kDuration,
             kText, "P9M", "", ""},
        Case{"Orders fell in the first nine mths of 1987.",
             "the first nine mths of 1987", T::kRange, kText, "1987-01/1987-09",
             "", ""},
        Case{"Exports grew 4.5 pct. Imports fell.", "4.5 pct", T::kPercent, 4.5,
             "", "%", ""},
        // A number word before a scale abbreviation; the abbreviation ends
        // the number.
        Case{"The co-op shipped one mln bags of beans.", "one mln bags",
             T::kCardinal, 1e6, "", "bags", ""},
        Case{"Up to two bln dlrs and 14 ships.", "Up to two bln dlrs",
             T::kMoney, 2e9, "", "USD", "up_to"},
        Case{"Net was one mln 14 days later.", "one mln", T::kCardinal, 1e6, "",
             "", ""},
        Case{"Shr loss one ct vs profit two cts.", "one ct", T::kMoney, 1, "",
             "USD cent", ""},
        Case{"The utility borrowed 40 billion pesetas.", "40 billion pesetas",
             T::kMoney, 4e10, "", "ESP", ""},
        Case{"Fuel rose nearly two pfennigs a litre.", "nearly two pfennigs",
             T::kMoney, 2, "", "DEM pfennig", "nearly"},
        Case{"Vienna spent 12 mln schillings on it.", "12 mln schillings",
             T::kMoney, 1.2e7, "", "ATS", ""},
        // The '>' closing a bracketed ticker is no bound; a year before the
        // singular "year" is that year.
        Case{"KESTREL MILLS INC <KML> 2ND BID FAILS", "2ND", T::kOrdinal, 2, "",
             "", ""},
        Case{"KESTREL MILLS <KML.T> 1.5 MLN DLR NOTES", "1.5 MLN DLR",
             T::kMoney, 1.5e6, "", "USD", ""},
        Case{"Shr loss for the 1998 year was 12 cts.", "1998", T::kDate, kText,
             "1998", "", ""},
        Case{"Entry needs a score > 30 on the test.", "> 30", T::kCardinal, 30,
             "", "", "more_than"},
        // A currency before the first bound of a range is the second's too
        // (and the second's scale the first's); vague counts of a currency
        // are money.
        Case{"Each film costs $10-25m to make.", "$10-25m", T::kRange, kText,
             "", "USD", ""},
        Case{"Tickets now cost £8-12 at the door.", "£8-12", T::kRange, kText,
             "", "GBP", ""},
        Case{"The scheme wasted billions of dollars.", "billions of dollars",
             T::kMoney, 2e9, "", "USD", "billions"},
        // Milliseconds: a duration, and a time unit of a rate.
        Case{"The signal took 40 milliseconds to arrive.", "40 milliseconds",
             T::kDuration, kText, "PT0.04S", "", ""},
        Case{"The probe moved 3 metres per millisecond.",
             "3 metres per millisecond", T::kQuantity, 3, "", "m/ms", ""},
        // "qtr" is a quarter.
        Case{"KESTREL MILLS INC 3RD QTR NET", "3RD QTR", T::kDate, kText,
             "XXXX-Q3", "", ""},
        Case{"Profit in the 2nd qtr of 1999 rose.", "the 2nd qtr of 1999",
             T::kDate, kText, "1999-Q2", "", ""},
        // A year before a verb is a date, not a count of "net includes".
        Case{"Note: 1998 net includes a tax credit.", "1998", T::kDate, kText,
             "1998", "", ""}));

// Units of rates, farm and metal markets and more currencies: basis points
// are a percent unit (bp, as "bps"), hyphenated before a noun too; US and
// imperial tons, bushels, hundredweights, troy ounces, barrels (bbls).
INSTANTIATE_TEST_SUITE_P(
    MarketUnits, QuantityCases,
    ::testing::Values(
        Case{"The bank trimmed its rate by 35 basis points.", "35 basis points",
             T::kPercent, 35, "", "bp", ""},
        Case{"Lenders earn a 15 basis point fee on the loan.", "15 basis point",
             T::kPercent, 15, "", "bp", ""},
        Case{"Markets priced in a 75-basis-point hike.", "75-basis-point",
             T::kPercent, 75, "", "bp", ""},
        Case{"Turnout slid by a 3-percentage-point margin.",
             "3-percentage-point", T::kPercent, 3, "", "pp", ""},
        Case{"Growers expect 2.3 billion bushels of soybeans.",
             "2.3 billion bushels", T::kQuantity, 2.3e9, "", "bu", ""},
        Case{"The mill bought 48,000 short tons of sugar.", "48,000 short tons",
             T::kQuantity, 48000, "", "ton", ""},
        Case{"The ship loaded 12,500 long tons of scrap.", "12,500 long tons",
             T::kQuantity, 12500, "", "long ton", ""},
        Case{"The vein grades 0.42 troy ounce per ton.",
             "0.42 troy ounce per ton", T::kQuantity, 0.42, "", "ozt/ton", ""},
        Case{"Yields reached 31 cwts per acre.", "31 cwts per acre",
             T::kQuantity, 31, "", "cwt/acre", ""},
        Case{"The field pumps 6,400 bbls daily.", "6,400 bbls", T::kQuantity,
             6400, "", "bbl", ""},
        Case{"The budget gap is 61 billion forints.", "61 billion forints",
             T::kMoney, 6.1e10, "", "HUF", ""},
        Case{"A ticket costs 450 korun in Brno.", "450 korun", T::kMoney, 450,
             "", "CZK", ""}));

// After "one", adjectives (q_adj) lead to the singular noun counted; an
// adjective used as a noun ("one senior said") stays the counted noun, and a
// unit after the adjective is left to the unit rules.
INSTANTIATE_TEST_SUITE_P(
    AdjectiveBeforeASingularNoun, QuantityCases,
    ::testing::Values(
        Case{"One senior engineer quit on Friday.", "One senior engineer",
             T::kCardinal, 1, "", "senior engineer", ""},
        Case{"Each holder gets one preferred share for ten.",
             "one preferred share", T::kCardinal, 1, "", "preferred share", ""},
        Case{"Only one foreign reporter was allowed in.",
             "Only one foreign reporter", T::kCardinal, 1, "",
             "foreign reporter", "only"},
        Case{"Just one senior said no to the plan.", "Just one senior",
             T::kCardinal, 1, "", "senior", "only"},
        Case{"The index gained one full point by noon.", "one full point",
             T::kCardinal, 1, "", "full point", ""}));

// A quarter without a year: the document's year, or the year before when
// that year's quarter has not begun and last year's ended closer to the
// document date (results follow their quarter). "first-quarter" is a
// quarter too, not the ordinal 1.
INSTANTIATE_TEST_SUITE_P(
    QuartersOfTheDocumentDate, QuantityCases,
    ::testing::Values(Case{"BRAMBLE FOODS INC <BRF> 4TH QTR NET", "4TH QTR",
                           T::kDate, kText, "2026-Q4", "", "", "2027-02-03"},
                      Case{"Q4 margins improved, the grocer said.", "Q4",
                           T::kDate, kText, "2026-Q4", "", "", "2027-03-01"},
                      Case{"Fourth-quarter sales rose 8 pct.", "Fourth-quarter",
                           T::kDate, kText, "2026-Q4", "", "", "2027-01-20"},
                      Case{"Its third-quarter loss narrowed.", "third-quarter",
                           T::kDate, kText, "XXXX-Q3", "", ""},
                      Case{"Output beat first-quarter 2026 levels.",
                           "first-quarter 2026", T::kDate, kText, "2026-Q1", "",
                           ""},
                      // Closer ahead, or as close: this year's.
                      Case{"The plant should reopen in the second quarter.",
                           "the second quarter", T::kDate, kText, "2027-Q2", "",
                           "", "2027-02-03"},
                      Case{"Talks may resume in the third quarter.",
                           "the third quarter", T::kDate, kText, "2027-Q3", "",
                           "", "2027-02-03"}));

// A bare year before a noun a year qualifies (q_yearnoun, the head of the
// noun) is that year; before other nouns, or after a modifier, a count.
INSTANTIATE_TEST_SUITE_P(
    YearBeforeAPeriodNoun, QuantityCases,
    ::testing::Values(Case{"The mill's 2026 results beat forecasts.", "2026",
                           T::kDate, kText, "2026", "", ""},
                      Case{"The utility trimmed 2027 capital expenditures.",
                           "2027", T::kDate, kText, "2027", "", ""},
                      Case{"NOTE: 2025 amounts restated for the merger.",
                           "2025", T::kDate, kText, "2025", "", ""},
                      Case{"The firm will ship 2000 pieces next week.",
                           "2000 pieces", T::kCardinal, 2000, "", "pieces", ""},
                      Case{"Nearly 1990 results were filed.",
                           "Nearly 1990 results", T::kCardinal, 1990, "",
                           "results", "nearly"}));

// A year before an ordinal quarter or half is one date; "second" there is
// the ordinal, no unit of time.
INSTANTIATE_TEST_SUITE_P(
    YearBeforeAPart, QuantityCases,
    ::testing::Values(
        Case{"Sales slowed in the 2025 third quarter.", "2025 third quarter",
             T::kDate, kText, "2025-Q3", "", ""},
        Case{"HOLLIS CORP <HLC> 2024 4TH QTR LOSS", "2024 4TH QTR", T::kDate,
             kText, "2024-Q4", "", ""},
        Case{"Its 2026 first-quarter margin fell.", "2026 first-quarter",
             T::kDate, kText, "2026-Q1", "", ""},
        Case{"Orders rose in the 2023 second half.", "2023 second half",
             T::kDate, kText, "2023-H2", "", ""},
        Case{"The sprint took 12 second laps.", "12 second", T::kDuration,
             kText, "PT12S", "", ""}));

// A vague count reaches its plural noun past capitalized words and
// adjectives; with no noun after it, the span ends before "of".
INSTANTIATE_TEST_SUITE_P(
    VagueCountsAndTheirNouns, QuantityCases,
    ::testing::Values(Case{"Thousands of Danish cyclists rode past.",
                           "Thousands of Danish cyclists", T::kCardinal, 2000,
                           "", "danish cyclists", "thousands"},
                      Case{"It reached millions of other radio listeners.",
                           "millions of other radio listeners", T::kCardinal,
                           2e6, "", "other radio listeners", "millions"},
                      Case{"Hundreds of the town's sailors left.", "Hundreds",
                           T::kCardinal, 200, "", "", "hundreds"},
                      Case{"The caves were used for thousands of years.",
                           "thousands", T::kCardinal, 2000, "", "",
                           "thousands"}));

// After "vs" a bare amount is in the currency or percent of the amount it
// is compared with (results tables); other comparisons keep their type.
INSTANTIATE_TEST_SUITE_P(
    VersusKeepsTheUnit, QuantityCases,
    ::testing::Values(Case{"Net profit 41.3 mln guilders vs 38.9 mln.",
                           "38.9 mln", T::kMoney, 3.89e7, "", "NLG", ""},
                      Case{"Net loss 2.6 mln dlrs vs. loss 1.4 mln.", "1.4 mln",
                           T::kMoney, 1.4e6, "", "USD", ""},
                      Case{"Shr 21 cts vs 19 and a dividend.", "19", T::kMoney,
                           19, "", "USD cent", ""},
                      Case{"Its margin was 8.1 pct versus 7.4 last year.",
                           "7.4", T::kPercent, 7.4, "", "%", ""},
                      Case{"Revs 14.2 mln vs 12.9 mln.", "12.9 mln",
                           T::kCardinal, 1.29e7, "", "", ""}));

// A verb after "one" is no counted noun: the pronoun is no quantity.
TEST(QuantityParser, OneBeforeAVerbIsAPronoun) {
  for (const std::string text : {"Four analysts were asked and one said no.",
                                 "The rivals copied one another."}) {
    for (const Quantity& q : Find(text))
      EXPECT_NE(q.value, 1) << SpanText(text, q);
  }
}

TEST(QuantityParser, ChangeIsNotARange) {
  std::string text = "Fares rose from 15 to 40 this year.";
  for (const Quantity& q : Find(text))
    EXPECT_NE(q.type, QuantityType::kRange) << SpanText(text, q);
}

// After a change word, "4 to 6 per cent" is a range of the change when the
// bounds are of like size; "rose 0.3 to 7.1 per cent" and "from 4 to 6" stay
// a change and its level.
TEST(QuantityParser, ChangeByARangeOfPercents) {
  std::string text = "Freight rates fell 4 to 6 per cent last month.";
  std::vector<Quantity> qs = Find(text);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(SpanText(text, qs[0]), "4 to 6 per cent");
  EXPECT_EQ(qs[0].type, QuantityType::kRange);
  EXPECT_EQ(qs[0].low, 4);
  EXPECT_EQ(qs[0].high, 6);
  EXPECT_EQ(qs[0].unit, "%");
  text = "Card spending is seen up about 12 to 15 pct this year.";
  qs = Find(text);
  ASSERT_FALSE(qs.empty());
  EXPECT_EQ(SpanText(text, qs[0]), "about 12 to 15 pct");
  EXPECT_EQ(qs[0].type, QuantityType::kRange);
  for (const std::string t :
       {"The jobless rate rose 0.3 to 7.1 per cent.",
        "The levy fell 9 to 6 per cent.", "The levy fell from 4 to 6 per cent.",
        "Ridership rose 4 to 6 million."}) {
    for (const Quantity& q : Find(t))
      EXPECT_NE(q.type, QuantityType::kRange) << SpanText(t, q);
  }
}

// "by" and a first bound with its own unit or scale, far below the second:
// the change and the level reached. Bounds of like size stay a range.
TEST(QuantityParser, ChangeByAnAmountToALevel) {
  std::string text =
      "The board cut its estimate by 40,000 tonnes to 1.2 mln tonnes.";
  std::vector<Quantity> qs = Find(text);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(SpanText(text, qs[0]), "40,000 tonnes");
  EXPECT_EQ(SpanText(text, qs[1]), "1.2 mln tonnes");
  text = "Fees rose by $2m to $2.5m.";
  qs = Find(text);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].type, QuantityType::kRange);
}

// "from X in 1998 to Y": a year is no bound of an amount with a unit, a
// scale or a separator; "from 1998 to 2004" and "1850 to 2500" stay ranges.
TEST(QuantityParser, YearBeforeToAndAnAmount) {
  std::string text =
      "Sales rose from 80 mln dlrs in 1998 to 95 mln dlrs in 1999.";
  std::vector<std::string> spans;
  for (const Quantity& q : Find(text)) spans.push_back(SpanText(text, q));
  EXPECT_EQ(spans, (std::vector<std::string>{"80 mln dlrs", "1998",
                                             "95 mln dlrs", "1999"}));
  text = "Visitors went up from 9,000 in 2011 to 14,500 last year.";
  spans.clear();
  for (const Quantity& q : Find(text)) spans.push_back(SpanText(text, q));
  EXPECT_EQ(spans,
            (std::vector<std::string>{"9,000", "2011", "14,500", "last year"}));
  for (const std::string t :
       {"It ran from 1998 to 2004.", "The fort held 1850 to 2500 troops."}) {
    bool range = false;
    for (const Quantity& q : Find(t))
      range = range || q.type == QuantityType::kRange;
    EXPECT_TRUE(range) << t;
  }
}

// A currency after the first number ("dipped 13p to 879") or a second
// bound far above the first ("$50-100,000") is no range of money.
TEST(QuantityParser, MoneyThenABareNumberIsNoRangeOfChange) {
  for (const std::string t : {"Bass shares dipped 13p to 879.",
                              "Fines of between $50-100,000 were paid.",
                              "It costs $5 to 10 people a day."}) {
    for (const Quantity& q : Find(t))
      EXPECT_NE(q.type, QuantityType::kRange) << SpanText(t, q);
  }
  const std::string text = "Each film costs $10-25m to make.";
  std::vector<Quantity> qs = Find(text);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].low, 1e7);
  EXPECT_EQ(qs[0].high, 2.5e7);
}

TEST(QuantityParser, RangeBoundsFromTwoComparisons) {
  std::string text = "Trains carried at most 900 and at least 300 riders.";
  std::vector<Quantity> qs = Find(text);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].type, QuantityType::kRange);
  EXPECT_EQ(*qs[0].low, 300);
  EXPECT_EQ(*qs[0].high, 900);
  EXPECT_EQ(qs[0].unit, "riders");
}

// "two or three weeks": two counts joined by "or" hedge one quantity, the
// second of like size and larger; a day before a month, a clock time and a
// year stay what they are.
TEST(QuantityParser, CountsJoinedByOrAreOneRange) {
  std::vector<Quantity> qs =
      Find("The repairs should take two or three weeks.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].type, QuantityType::kRange);
  EXPECT_EQ(*qs[0].low, 2);
  EXPECT_EQ(*qs[0].high, 3);
  qs = Find("Fares may rise by 4 or 5 percent, and 30 or 40 drivers quit.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].unit, "%");
  EXPECT_EQ(qs[1].unit, "drivers");
  EXPECT_EQ(*qs[1].low, 30);
  // A spelled "one" opens one too (alone it is a pronoun).
  qs = Find("One or two players left, and one of them came back.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].type, QuantityType::kRange);
  EXPECT_EQ(*qs[0].low, 1);
  EXPECT_EQ(qs[0].unit, "players");
  // Not a range: alternatives that are no counts of one thing.
  for (const char* text :
       {"The vote may come on 16 or 17 March.",
        "Polls shut at 2000 or 2100 GMT.", "It opened in 2015 or 2016.",
        "We saw 5 or 80 boats."}) {
    for (const Quantity& q : Find(text))
      EXPECT_NE(q.type, QuantityType::kRange) << text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    DatesMore, QuantityCases,
    ::testing::Values(
        Case{"Fares have climbed since late July.", "since late July", T::kDate,
             kText, "2026-07", "", "since late", "2026-09-10"},
        Case{"The pier stays shut until the end of 2027.",
             "until the end of 2027", T::kDate, kText, "2027", "", "until end"},
        Case{"Bids are due no later than March 3, 2027.",
             "no later than March 3, 2027", T::kDate, kText, "2027-03-03", "",
             "by"},
        Case{"Members who joined in 2012 or later may vote.", "2012 or later",
             T::kDate, kText, "2012", "", "since"},
        Case{"The mill ran from 1990 to 1996 without a strike.",
             "from 1990 to 1996", T::kRange, kText, "1990/1996", "", ""},
        Case{"The survey covers 2014-2018 in detail.", "2014-2018", T::kRange,
             kText, "2014/2018", "", ""},
        Case{"The ferry resumes after Easter 2027.", "after Easter 2027",
             T::kDate, kText, "2027-03-28", "", "after"},
        Case{"Stores open late on Thanksgiving.", "Thanksgiving", T::kDate,
             kText, "2026-11-26", "", "", "2026-05-01"},
        Case{"Crowds gathered on Christmas Eve.", "Christmas Eve", T::kDate,
             kText, "XXXX-12-24", "", ""},
        Case{"Revenue rose in Q3 2026 at the shipyard.", "Q3 2026", T::kDate,
             kText, "2026-Q3", "", ""},
        Case{"Profit fell in the second quarter of 2025.",
             "the second quarter of 2025", T::kDate, kText, "2025-Q2", "", ""},
        Case{"Hiring slowed in the first half of last year.",
             "the first half of last year", T::kDate, kText, "2025-H1", "", "",
             "2026-04-02"},
        Case{"Sales dipped last quarter at the bakery.", "last quarter",
             T::kDate, kText, "2026-Q1", "", "", "2026-05-20"},
        Case{"The abbey dates from the 12th century.", "the 12th century",
             T::kDate, kText, "11", "", ""},
        Case{"Tolls rise on the fourth of July 2027.",
             "the fourth of July 2027", T::kDate, kText, "2027-07-04", "", ""},
        Case{"The fair opens on March eighteenth.", "March eighteenth",
             T::kDate, kText, "XXXX-03-18", "", ""},
        Case{"The clinic reopened three weeks after Christmas.",
             "three weeks after Christmas", T::kDate, kText,
             "P3W after XXXX-12-25", "", ""},
        Case{"Inspectors come every two weeks.", "every two weeks",
             T::kDuration, kText, "P2W", "", "every"},
        Case{"The market runs every Saturday.", "every Saturday", T::kDate,
             kText, "XXXX-WXX-6", "", "every"},
        Case{"The board meets quarterly in the old hall.", "quarterly",
             T::kDuration, kText, "P3M", "", "every"},
        Case{"Repairs will take a few weeks.", "a few weeks", T::kDuration,
             kText, "P3W", "", ""},
        Case{"The hearing lasted an hour and a half.", "an hour and a half",
             T::kDuration, kText, "PT1.5H", "", ""},
        Case{"The climb took 3 hours 20 minutes.", "3 hours 20 minutes",
             T::kDuration, kText, "PT3H20M", "", ""},
        Case{"Voters return to the polls tonight.", "tonight", T::kDate, kText,
             "2026-03-02TNI", "", "", "2026-03-02"},
        Case{"The fair runs June 3-5 on the green.", "June 3-5", T::kRange,
             kText, "XXXX-06-03/XXXX-06-05", "", ""},
        Case{"Flights stopped from September to October 2027.",
             "from September to October 2027", T::kRange, kText,
             "2027-09/2027-10", "", ""},
        Case{"The vote is on Thursday the 14th.", "Thursday the 14th", T::kDate,
             kText, "XXXX-XX-14", "", ""},
        Case{"Guests may stay two nights.", "two nights", T::kDuration, kText,
             "P2D", "", ""},
        Case{"Crews must answer within 48 hours.", "within 48 hours",
             T::kDuration, kText, "PT48H", "", "within"},
        Case{"The ferry left at 7.15pm sharp.", "7.15pm", T::kDate, kText,
             "T19:15", "", ""},
        Case{"On Thursday 14 ships sailed.", "14 ships", T::kCardinal, 14, "",
             "ships", ""}));

INSTANTIATE_TEST_SUITE_P(
    DatesRound4, QuantityCases,
    ::testing::Values(
        // A date modifier glued to a year or a decade by a hyphen, as to a
        // month; a modifier before the word chains with the one inside it.
        Case{"Orders slumped in mid-2024 at the plant.", "mid-2024", T::kDate,
             kText, "2024", "", "mid"},
        Case{"Rents have doubled since early-2019.", "since early-2019",
             T::kDate, kText, "2019", "", "since early"},
        Case{"The label peaked in the late-1970s.", "late-1970s", T::kDate,
             kText, "197X", "", "late"},
        Case{"Ferries have run late since mid-April.", "since mid-April",
             T::kDate, kText, "2026-04", "", "since mid", "2026-09-10"},
        // A part of the period is the modifier next to the date: the
        // adverb "late" before "since" is no part of it.
        Case{"The night buses have run late since 2021.", "since 2021",
             T::kDate, kText, "2021", "", "since"},
        // A quarter or half of a year named by its possessive.
        Case{"Margins improved in last year's fourth quarter.",
             "last year's fourth quarter", T::kDate, kText, "2025-Q4", "", "",
             "2026-05-20"},
        Case{"The plant reopens in next year's second half.",
             "next year's second half", T::kDate, kText,
             "next year's second half", "", ""},
        // "the year", "the week" ... after a part of the period: the period
        // of the document date (its text without one).
        Case{"The bridge should reopen by the end of the year.",
             "by the end of the year", T::kDate, kText, "2026", "", "by end",
             "2026-04-02"},
        Case{"Talks resume later in the week.", "later in the week", T::kDate,
             kText, "2026-W14", "", "late", "2026-04-02"},
        Case{"Rents rise at the start of the month.", "the start of the month",
             T::kDate, kText, "the month", "", "start"}));

INSTANTIATE_TEST_SUITE_P(
    ArticleBeforeNumberWords, QuantityCases,
    ::testing::Values(
        // Before a number word below a hundred the article is a determiner,
        // left out of the span; a modifier before it still counts.
        Case{"The club offered him a three year deal.", "three year",
             T::kDuration, kText, "P3Y", "", ""},
        Case{"The insurer paid out a two billion euro claim.",
             "two billion euro", T::kMoney, 2e9, "", "EUR", ""},
        Case{"Riders faced nearly a two hour wait.", "nearly a two hour",
             T::kDuration, kText, "PT2H", "", "nearly"},
        Case{"The mayor cut a hundred jobs.", "a hundred jobs", T::kCardinal,
             100, "", "jobs", ""}));

INSTANTIATE_TEST_SUITE_P(
    OrdinalsFromTheEndAndDegrees, QuantityCases,
    ::testing::Values(
        // Counted from the end: value_text "end-N", N places before the last.
        Case{"The penultimate lap decided the race.", "penultimate",
             T::kOrdinal, kText, "end-1", "", ""},
        Case{"Her horse finished second to last.", "second to last",
             T::kOrdinal, kText, "end-1", "", ""},
        Case{"The third-to-last episode airs tonight.", "third-to-last",
             T::kOrdinal, kText, "end-2", "", ""},
        // Rates: a unit "per" or "/" a unit or a time unit.
        Case{"The farm harvests 6 tonnes per hectare.", "6 tonnes per hectare",
             T::kQuantity, 6, "", "t/ha", ""},
        Case{"Smog peaked at 80 micrograms/m³ downtown.", "80 micrograms/m³",
             T::kQuantity, 80, "", "µg/m3", ""},
        Case{"The mine ships 40,000 tonnes per year.", "40,000 tonnes per year",
             T::kQuantity, 40000, "", "t/yr", ""},
        Case{"The field pumps 90,000 bpd of crude.", "90,000 bpd", T::kQuantity,
             90000, "", "bbl/d", ""},
        Case{"Wells there gave 5,000 b/d last year.", "5,000 b/d", T::kQuantity,
             5000, "", "bbl/d", ""},
        // A season or financial year over two years, not a fraction; a
        // span of years written with the second year's last two digits.
        Case{"Fans recall the 2020/2021 season fondly.", "2020/2021", T::kRange,
             kText, "2020/2021", "", ""},
        Case{"Figures for 2005/06 were revised.", "2005/06", T::kRange, kText,
             "2005/2006", "", ""},
        Case{"The mill thrived in 1994-97 under new owners.", "1994-97",
             T::kRange, kText, "1994/1997", "", ""},
        Case{"Ledgers for 1999-00 were lost.", "1999-00", T::kRange, kText,
             "1999/2000", "", ""},
        Case{"The 2007-8 budget was tight.", "2007-8", T::kRange, kText,
             "2007/2008", "", ""},
        // A decade with its century cut off by an apostrophe.
        Case{"Disco ruled the clubs in the '70s.", "the '70s", T::kDate, kText,
             "197X", "", ""},
        // Before a time zone a number is a time of the 24-hour clock; the
        // zone is in its span.
        Case{"Polls close at 2200 GMT on the islands.", "2200 GMT", T::kDate,
             kText, "T22:00", "", ""},
        Case{"The launch slipped to 0545 local time.", "0545 local time",
             T::kDate, kText, "T05:45", "", ""},
        Case{"The market reopens at 9 GMT.", "9 GMT", T::kDate, kText, "T09:00",
             "", ""},
        // An estimate before a clock time, as "around 5pm".
        Case{"The ferry docked at about 6pm.", "about 6pm", T::kDate, kText,
             "T18:00", "", "approx"},
        // An estimate written after the number.
        Case{"The bus comes every half an hour or so.", "half an hour or so",
             T::kDuration, kText, "PT0.5H", "", "about"},
        Case{"Some 30-odd boats joined the regatta.", "Some 30-odd boats",
             T::kCardinal, 30, "", "boats", "about"},
        Case{"Roughly 20 or so stalls stayed open.", "Roughly 20 or so stalls",
             T::kCardinal, 20, "", "stalls", "about"},
        // "a year earlier" right after a quantity is still a date.
        Case{"Profit hit £9m, up from £7m a year earlier.", "a year earlier",
             T::kDate, kText, "a year earlier", "", ""},
        // Euro cents are cents of the euro.
        Case{"A stamp now costs 95 euro cents.", "95 euro cents", T::kMoney, 95,
             "", "EUR cent", ""},
        // A degree sign before the scale's name.
        Case{"The kiln reached 900° Celsius overnight.", "900° Celsius",
             T::kQuantity, 900, "", "°C", ""}));

// Things that look like numbers but are names, codes or times.
class NotQuantities : public ::testing::TestWithParam<const char*> {};

TEST_P(NotQuantities, NothingFound) {
  std::string text = GetParam();
  std::vector<Quantity> qs = Find(text);
  for (const Quantity& q : qs) {
    ADD_FAILURE() << "unexpected '" << SpanText(text, q) << "' "
                  << ToString(q.type);
  }
}

// "the year", "the week" with no part of the period before them.
INSTANTIATE_TEST_SUITE_P(
    PeriodWithoutAPart, NotQuantities,
    ::testing::Values("The jury named her player of the year.",
                      "At the end of the day, voters want jobs.",
                      "The week was long for the crew."));

INSTANTIATE_TEST_SUITE_P(
    Exclusions, NotQuantities,
    ::testing::Values("Call the hotline on +1-222-333-4444 now.",
                      "Ring the desk at (555) 123-4567 for help.",
                      "The airline grounded its Boeing 737 jets.",
                      "Traffic backed up on Route 66 again.",
                      "Leaders of the G7 met in private.",
                      "Hospitals reported COVID-19 cases again.",
                      "Install version 2.3.1 of the app.",
                      "Protesters gathered at 10 Downing Street again.",
                      "Most screens are 16:9 these days.",
                      "The pastor read John 3:16 aloud.",
                      "That one is the best of them."));

// q_name is data: a user lexicon can name a number too, and the same
// shape stays a fraction elsewhere.
TEST(QuantityParser, UserLexiconNamesANumber) {
  const std::string text =
      "The 4/9 ferry left and 4/9 of the seats were empty.";
  Options o;
  o.lexicon_text = "4/9 ferry\tq_name\n";
  auto ex = Extractor::Create(o);
  ASSERT_TRUE(ex.ok()) << ex.status();
  auto doc = ex->Extract(text);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->quantities.size(), 1u);
  EXPECT_EQ(SpanText(text, doc->quantities[0]), "4/9");
  EXPECT_GT(doc->quantities[0].span.begin, 10u);  // the second one
  std::vector<Quantity> plain = Find(text);
  EXPECT_EQ(plain.size(), 2u);
}

// The rules test words by word id; a user lexicon that removes the only
// entries holding a word ("split" is in the vocabulary for the cue phrases
// "split on" / "split over") takes it out of the vocabulary, and the rules
// must still know it: the "second" of "a split second" is the unit of time,
// not an ordinal (after another word, as "a second", it is the ordinal).
TEST(QuantityParser, RuleWordLeftOutOfTheLexicon) {
  const std::string text = "The goalkeeper reacted in a split second.";
  for (const char* extra : {"", "split on\t-\nsplit over\t-\n"}) {
    Options o;
    o.entities = false;
    o.claims = false;
    o.lexicon_text = extra;
    auto ex = Extractor::Create(o);
    ASSERT_TRUE(ex.ok()) << ex.status();
    auto doc = ex->Extract(text);
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->quantities.empty()) << "lexicon_text: " << extra;
  }
  std::vector<Quantity> q = Find("The goalkeeper reacted in a slow second.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].type, QuantityType::kOrdinal);
}

// A quarter without a year takes the document's year, as a month does.
TEST(QuantityParser, QuarterWithoutYearUsesTheDocumentYear) {
  const std::string text = "Orders should recover in the third quarter or Q4.";
  std::vector<Quantity> dated = Find(text, "2027-05-20");
  ASSERT_EQ(dated.size(), 2u);
  EXPECT_EQ(dated[0].value_text, "2027-Q3");
  EXPECT_EQ(dated[1].value_text, "2027-Q4");
  std::vector<Quantity> undated = Find(text);
  ASSERT_EQ(undated.size(), 2u);
  EXPECT_EQ(undated[0].value_text, "XXXX-Q3");
  EXPECT_EQ(undated[1].value_text, "XXXX-Q4");
}

// A clock time joins the day before or after it, never a week or month;
// a week after a time stays a date of its own.
TEST(QuantityParser, ClockTimesJoinDaysOnly) {
  const std::string a = "The market opens from 9am to 5pm next Friday.";
  std::vector<Quantity> qa = Find(a, "2026-03-12");
  ASSERT_EQ(qa.size(), 1u);
  EXPECT_EQ(SpanText(a, qa[0]), "from 9am to 5pm next Friday");
  EXPECT_EQ(qa[0].value_text, "2026-03-13T09:00/2026-03-13T17:00");
  const std::string b = "Crews gather at 6pm next week for drills.";
  std::vector<Quantity> qb = Find(b, "2026-03-12");
  ASSERT_EQ(qb.size(), 2u);
  EXPECT_EQ(SpanText(b, qb[0]), "6pm");
  EXPECT_EQ(qb[0].value_text, "T18:00");
  EXPECT_EQ(SpanText(b, qb[1]), "next week");
}

TEST(QuantityParser, ResultsAreInTextOrderWithByteSpans) {
  std::string text = "Über 12 Ärzte kamen, and 7 nurses stayed.";
  std::vector<Quantity> qs = Find(text);
  ASSERT_GE(qs.size(), 2u);
  EXPECT_EQ(SpanText(text, qs[0]), "12");
  EXPECT_EQ(SpanText(text, qs.back()), "7 nurses");
  for (size_t i = 1; i < qs.size(); ++i)
    EXPECT_LE(qs[i - 1].span.begin, qs[i].span.begin);
}

TEST(QuantityParser, ApproxFlagFollowsTheModifier) {
  std::string text = "Roughly 200 boats and at least 30 trucks.";
  std::vector<Quantity> qs = Find(text);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_TRUE(qs[0].approx);
  EXPECT_EQ(qs[0].modifier, "about");
  EXPECT_FALSE(qs[1].approx);
  EXPECT_EQ(qs[1].modifier, "at_least");
}

TEST(QuantityParser, OffWhenTheOptionIsOff) {
  Options o;
  o.quantities = false;
  auto ex = Extractor::Create(o);
  ASSERT_TRUE(ex.ok());
  auto doc = ex->Extract("About 300 families left.");
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->quantities.empty());
}

INSTANTIATE_TEST_SUITE_P(
    DateLookalikes, NotQuantities,
    ::testing::Values("The Daily Ledger printed a correction.",
                      "Residents of Christmas Island voted.",
                      "Families marked Chinese New Year together."));

// Round 2 classes: hyphenated and compound fractions, compound ordinals.
INSTANTIATE_TEST_SUITE_P(
    FractionsAndOrdinals, QuantityCases,
    ::testing::Values(
        Case{"Almost two-thirds of the tenants signed the letter.",
             "Almost two-thirds", T::kCardinal, 2.0 / 3, "", "", "nearly"},
        Case{"The city sold a one-quarter share of the port.", "one-quarter",
             T::kCardinal, 0.25, "", "", ""},
        Case{"Storms cut the harvest by three-fifths this year.",
             "three-fifths", T::kCardinal, 0.6, "", "", ""},
        Case{"Engineers shaved three thirty-seconds off the rail.",
             "three thirty-seconds", T::kCardinal, 3.0 / 32, "", "", ""},
        Case{"The recipe calls for seven twenty-fifths of the flour.",
             "seven twenty-fifths", T::kCardinal, 7.0 / 25, "", "", ""},
        Case{"The meter read one hundred twelve fifths on the dial.",
             "one hundred twelve fifths", T::kCardinal, 112.0 / 5, "", "", ""},
        Case{"The gauge showed three hundred and seven tenths today.",
             "three hundred and seven tenths", T::kCardinal, 300.7, "", "", ""},
        Case{"The grant was half a million for the library.", "half a million",
             T::kCardinal, 5e5, "", "", ""},
        Case{"The abbey marked its two hundredth year in May.", "two hundredth",
             T::kOrdinal, 200, "", "", ""},
        Case{"The runner came in one hundred and third overall.",
             "one hundred and third", T::kOrdinal, 103, "", "", ""},
        Case{"The firm celebrated its five thousandth order.",
             "five thousandth", T::kOrdinal, 5000, "", "", ""},
        Case{"The shop greeted its 1,000th buyer with cake.", "1,000th",
             T::kOrdinal, 1000, "", "", ""},
        Case{"Locals planned the one-hundredth festival with care.",
             "one-hundredth", T::kOrdinal, 100, "", "", ""},
        Case{"The shutter closes in one-thousandth of a second.",
             "one-thousandth of a second", T::kDuration, kText, "PT0.001S", "",
             ""},
        Case{"Voters gave her a second term in office.", "second", T::kOrdinal,
             2, "", "", ""},
        Case{"Just one thousandth of the grain was spoiled.",
             "Just one thousandth", T::kCardinal, 0.001, "", "", "only"}));

INSTANTIATE_TEST_SUITE_P(
    PercentForms, QuantityCases,
    ::testing::Values(
        Case{"The board approved a 12-percent raise for nurses.", "12-percent",
             T::kPercent, 12, "", "%", ""},
        Case{"Ticket sales show a 2.5-per-cent dip since spring.",
             "2.5-per-cent", T::kPercent, 2.5, "", "%", ""},
        Case{"Rents climbed 8pc across the borough.", "8pc", T::kPercent, 8, "",
             "%", ""},
        Case{"The bank trimmed its rate by half a percentage point.",
             "half a percentage point", T::kPercent, 0.5, "", "pp", ""},
        Case{"Output slipped three-quarters of a percentage point.",
             "three-quarters of a percentage point", T::kPercent, 0.75, "",
             "pp", ""},
        Case{"The lab bought 4 pc boards.", "4 pc boards", T::kCardinal, 4, "",
             "pc boards", ""},
        Case{"Half a dozen ferries stayed in port.", "Half a dozen ferries",
             T::kCardinal, 6, "", "ferries", ""}));

// Round 3: units written inside hyphenated words, ages, decimal commas,
// spaced thousands, unit entries that had several words on one line.
INSTANTIATE_TEST_SUITE_P(
    HyphenatedUnitsAndAges, QuantityCases,
    ::testing::Values(
        Case{"Crews dug a six-mile-long trench by hand.", "six-mile",
             T::kQuantity, 6, "", "mi", ""},
        Case{"The board agreed a three-year deal with the port.", "three-year",
             T::kDuration, kText, "P3Y", "", ""},
        Case{"A nine-year-old pupil won the spelling prize.", "nine-year-old",
             T::kDuration, kText, "P9Y", "age", ""},
        Case{"The club signed a 19-year-old winger.", "19-year-old",
             T::kDuration, kText, "P19Y", "age", ""},
        Case{"Lessons for 11 to 14-year-olds resume in May.",
             "11 to 14-year-olds", T::kRange, kText, "", "age", ""},
        Case{"The coastal path is one-and-a-half miles long.",
             "one-and-a-half miles", T::kQuantity, 1.5, "", "mi", ""},
        Case{"Investors got a 15-cent-a-share payout.", "15-cent", T::kMoney,
             15, "", "USD cent", ""},
        Case{"The barge carried 4.5 tonnes of grain.", "4.5 tonnes",
             T::kQuantity, 4.5, "", "t", ""},
        Case{"Trains slowed to 80 km/h near the depot.", "80 km/h",
             T::kQuantity, 80, "", "km/h", ""},
        Case{"The ferry sailed 30 nautical miles overnight.",
             "30 nautical miles", T::kQuantity, 30, "", "nmi", ""},
        Case{"The hikers covered 30 miles in a day.", "30 miles", T::kQuantity,
             30, "", "mi", ""},
        Case{"Inflation reached 2,5 percent in the spring.", "2,5 percent",
             T::kPercent, 2.5, "", "%", ""},
        Case{"The census counted 2 450 318 residents.", "2 450 318 residents",
             T::kCardinal, 2450318, "", "residents", ""}));

INSTANTIATE_TEST_SUITE_P(
    HalvesRatiosAndCompoundUnits, QuantityCases,
    ::testing::Values(
        Case{"Half of the lifeboats were never launched.", "Half", T::kCardinal,
             0.5, "", "", ""},
        Case{"Nearly half the orchards lost their fruit.", "Nearly half",
             T::kCardinal, 0.5, "", "", "nearly"},
        Case{"She bought a half dozen candles.", "a half dozen candles",
             T::kCardinal, 6, "", "candles", ""},
        Case{"One in four tenants missed a payment.", "One in four tenants",
             T::kCardinal, 0.25, "", "tenants", ""},
        Case{"Only 1 in 20 bridges was inspected.", "Only 1 in 20 bridges",
             T::kCardinal, 0.05, "", "bridges", "only"},
        Case{"The odds were one in a million, he said.", "one in a million",
             T::kCardinal, 1e-6, "", "", ""},
        Case{"The shelter is a third of a mile inland.", "a third of a mile",
             T::kQuantity, 1.0 / 3, "", "mi", ""},
        Case{"The bus comes every half an hour.", "half an hour", T::kDuration,
             kText, "PT0.5H", "", ""},
        Case{"The wall stands half a metre high.", "half a metre", T::kQuantity,
             0.5, "", "m", ""},
        Case{"The new lock keeper is 6ft 3in tall.", "6ft 3in", T::kQuantity,
             6.25, "", "ft", ""},
        Case{"The fence rose to 4 feet and 6 inches.", "4 feet and 6 inches",
             T::kQuantity, 4.5, "", "ft", ""},
        Case{"The foal weighed 9lb 8oz at birth.", "9lb 8oz", T::kQuantity, 9.5,
             "", "lb", ""},
        Case{"He has lost two stone since spring.", "two stone", T::kQuantity,
             2, "", "st", ""},
        Case{"They paid a $40 fee at the gate.", "$40", T::kMoney, 40, "",
             "USD", ""},
        Case{"The levy stays at per cent of 15 for now.", "per cent of 15",
             T::kPercent, 15, "", "%", ""}));

INSTANTIATE_TEST_SUITE_P(
    ScalesAndBounds, QuantityCases,
    ::testing::Values(
        Case{"The deficit hit 40 billions last year.", "40 billions",
             T::kCardinal, 4e10, "", "", ""},
        Case{"Auditors found twenty-two millions and four hundred missing.",
             "twenty-two millions and four hundred", T::kCardinal, 22000400, "",
             "", ""},
        Case{"The grant was three point two million in all.",
             "three point two million", T::kCardinal, 3.2e6, "", "", ""},
        Case{"The probe counted 4.7e12 particles.", "4.7e12 particles",
             T::kCardinal, 4.7e12, "", "particles", ""},
        Case{"The fund lost hundreds of millions of euros.",
             "hundreds of millions of euros", T::kMoney, 2e8, "", "EUR",
             "hundreds_of_millions"},
        Case{"Bids above 30 but below 45 were accepted.",
             "above 30 but below 45", T::kRange, kText, "", "", ""},
        Case{"Only shares larger than 500 count.", "larger than 500",
             T::kCardinal, 500, "", "", "more_than"},
        // A whole number, "and" and a fraction of a scale: the fraction
        // completes the whole number before the scale multiplies both.
        Case{"Organisers expect two and a half million visitors.",
             "two and a half million visitors", T::kCardinal, 2.5e6, "",
             "visitors", ""},
        Case{"The bridge cost one and a quarter billion euros.",
             "one and a quarter billion euros", T::kMoney, 1.25e9, "", "EUR",
             ""},
        Case{"Nearly 3 and a half thousand runners entered.",
             "Nearly 3 and a half thousand runners", T::kCardinal, 3500, "",
             "runners", "nearly"},
        Case{"The harbour saw four and half a million tonnes of grain.",
             "four and half a million tonnes", T::kQuantity, 4.5e6, "", "t",
             ""}));

INSTANTIATE_TEST_SUITE_P(
    DrawsAndNames, NotQuantities,
    ::testing::Values("The derby ended in a 1-1 draw.",
                      "It is a 50-50 call for the referee."));

// "7E7" names a jet: a one-digit exponent after a whole number is not read.
TEST(QuantityParser, ShortExponentIsAName) {
  for (const Quantity& q : Find("The 7E7 jet won orders."))
    EXPECT_NE(q.value.value_or(0), 7e7);
}

// A bound that is not a ratio: twelve is more than six.
TEST(QuantityParser, InIsARatioOnlyBelowOne) {
  const std::string text = "We packed 12 in six crates.";
  std::vector<Quantity> qs = Find(text);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(SpanText(text, qs[0]), "12");
  EXPECT_EQ(SpanText(text, qs[1]), "six crates");
}

// A bare "half" of a group before a verb, a preposition or the clause's
// end is the fraction; after a number, "and", "own", or "in" where the
// sentence has a quarter (the half year of a results table), it is not.
INSTANTIATE_TEST_SUITE_P(
    BareHalfOfAGroup, QuantityCases,
    ::testing::Values(Case{"Of the forty tenants, half signed the letter.",
                           "half", T::kCardinal, 0.5, "", "", ""},
                      Case{"Support fell to half from two thirds.", "half",
                           T::kCardinal, 0.5, "", "", ""},
                      Case{"Nearly half were reservists.", "Nearly half",
                           T::kCardinal, 0.5, "", "", "nearly"},
                      Case{"The drought cut the harvest by half.", "half",
                           T::kCardinal, 0.5, "", "", ""}));
TEST(QuantityParser, HalfOfAPeriodOrAPitchIsNoFraction) {
  for (const std::string text :
       {"Net was 4 mln dlrs in quarter and 9 mln dlrs in half.",
        "The visitors rarely left their own half.",
        "Rates held for a year and half.",
        "Spending rose in the first 2026/27 half, he said."}) {
    for (const Quantity& q : Find(text))
      EXPECT_NE(SpanText(text, q), "half") << text;
  }
}

// "the bottom half of", "the second half of": a part, not a fraction.
INSTANTIATE_TEST_SUITE_P(
    HalfAsAPart, NotQuantities,
    ::testing::Values("The club sits in the bottom half of the league.",
                      "She wrote the later half of the book."));

// "4,8,15": numbers listed with commas and no spaces are separate numbers.
TEST(QuantityParser, CommaListGivesEachNumber) {
  const std::string text = "Sample rows 4,8,15 were dropped.";
  std::vector<Quantity> qs = Find(text);
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(SpanText(text, qs[0]), "4");
  EXPECT_EQ(SpanText(text, qs[1]), "8");
  EXPECT_EQ(SpanText(text, qs[2]), "15");
  EXPECT_EQ(*qs[2].value, 15);
}

INSTANTIATE_TEST_SUITE_P(
    HyphenIdioms, NotQuantities,
    ::testing::Values("He played a two-bit gangster in the film.",
                      "The firm made a one-off payment."));

INSTANTIATE_TEST_SUITE_P(
    SlashExclusions, NotQuantities,
    ::testing::Values("The goalkeeper reacted in a split second.",
                      "Hold the line for a second, please.",
                      "Dial +44-207-8888/9999 for the newsroom.",
                      "The memorial honours 9/11 victims."));

// Dates round 3 (issue 3): clock times and time ranges joined to their day,
// parts of the day, spelled clock times, month/day without a year, day
// ranges within a month, bounds that begin another phrase, periods of
// quarters and business days, relative days.
INSTANTIATE_TEST_SUITE_P(
    DatesRound3, QuantityCases,
    ::testing::Values(
        Case{"The clinic is open Monday 11-4 for walk-ins.", "Monday 11-4",
             T::kRange, kText, "XXXX-WXX-1T11:00/XXXX-WXX-1T16:00", "", ""},
        Case{"The vigil runs this evening from 7 to 9:30.",
             "this evening from 7 to 9:30", T::kRange, kText,
             "2026-02-12T19:00/2026-02-12T21:30", "", "", "2026-02-12"},
        Case{"The office opens Tuesday from 8 to 11:45.",
             "Tuesday from 8 to 11:45", T::kRange, kText,
             "XXXX-WXX-2T08:00/XXXX-WXX-2T11:45", "", ""},
        Case{"Ferries sail tomorrow before 6pm only.", "tomorrow before 6pm",
             T::kDate, kText, "2026-02-13T18:00", "", "before", "2026-02-12"},
        Case{"The talks end tonight at 11pm.", "tonight at 11pm", T::kDate,
             kText, "2026-02-12T23:00", "", "", "2026-02-12"},
        Case{"The market opens Friday at 9.", "Friday at 9", T::kDate, kText,
             "XXXX-WXX-5T09:00", "", ""},
        Case{"Voting closes February 22 14:30 local time.",
             "February 22 14:30 local time", T::kDate, kText,
             "2026-02-22T14:30", "", "", "2026-02-12"},
        Case{"The convoy left at 5 in the morning.", "5 in the morning",
             T::kDate, kText, "T05:00", "", ""},
        Case{"Crowds gathered in the evening outside the hall.",
             "in the evening", T::kDate, kText, "TEV", "", ""},
        Case{"Fog lifted later in the afternoon.", "later in the afternoon",
             T::kDate, kText, "TAF", "", "late"},
        Case{"The bells rang at half past seven.", "half past seven", T::kDate,
             kText, "T07:30", "", ""},
        Case{"The bus came at ten past nine in the evening.",
             "ten past nine in the evening", T::kDate, kText, "T21:10", "", ""},
        Case{"Ballots are counted on 5/12 in the hall.", "5/12", T::kDate,
             kText, "XXXX-05-12", "", ""},
        Case{"The fair runs from 6 to 9 January in Leeds.",
             "from 6 to 9 January", T::kRange, kText, "XXXX-01-06/XXXX-01-09",
             "", ""},
        Case{"Talks are set for between ninth and twelfth of May.",
             "between ninth and twelfth of May", T::kRange, kText,
             "XXXX-05-09/XXXX-05-12", "", ""},
        Case{"Exports rose in Jan-Feb 2017 as well.", "Jan-Feb 2017", T::kRange,
             kText, "2017-01/2017-02", "", ""},
        Case{"Rates rose from 2007 to the end of 2008.",
             "from 2007 to the end of 2008", T::kRange, kText, "2007/2008", "",
             ""},
        Case{"Sales before 2018 or before 2000 were lower.", "before 2018",
             T::kDate, kText, "2018", "", "before"},
        Case{"Earnings rose earlier this year.", "earlier this year", T::kDate,
             kText, "2026", "", "early", "2026-02-12"},
        Case{"Profits fell over the last two quarters.",
             "the last two quarters", T::kDuration, kText, "P6M", "", "past"},
        Case{"Refunds take the next 4 business days.",
             "the next 4 business days", T::kDuration, kText, "P4BD", "",
             "next"},
        Case{"The transfer clears after 3 working days, the bank said.",
             "3 working days", T::kDuration, kText, "P3BD", "", ""},
        Case{"She had left on Tuesday of last week.", "Tuesday of last week",
             T::kDate, kText, "2026-02-03", "", "", "2026-02-12"},
        Case{"He had phoned the day before.", "the day before", T::kDate, kText,
             "the day before", "", ""},
        Case{"The parcel came on the 18th.", "the 18th", T::kDate, kText,
             "2026-02-18", "", "", "2026-02-12"},
        Case{"The crew returned the next day.", "the next day", T::kDate, kText,
             "2026-02-13", "", "", "2026-02-12"},
        Case{"Pickets return tomorrow at 8:45a sharp.", "tomorrow at 8:45a",
             T::kDate, kText, "2026-02-13T08:45", "", "", "2026-02-12"},
        Case{"Lanes close 3:00 to 4:00 tomorrow.", "3:00 to 4:00 tomorrow",
             T::kRange, kText, "2026-02-13T03:00/2026-02-13T04:00", "", "",
             "2026-02-12"},
        Case{"The plant shuts for two weeks starting May 20.",
             "two weeks starting May 20", T::kRange, kText, "2026-05-20/P2W",
             "", "", "2026-02-12"},
        Case{"Tickets sold out more than 2 weeks before Christmas.",
             "more than 2 weeks before Christmas", T::kDate, kText,
             "P2W before 2026-12-25", "", "more_than", "2026-02-12"},
        Case{"Snow is expected in early May this time.", "early May", T::kDate,
             kText, "2026-05", "", "early", "2026-02-12"},
        Case{"The fair moves here between august and october.",
             "between august and october", T::kRange, kText, "XXXX-08/XXXX-10",
             "", ""},
        Case{"The market opens on Fridays only.", "Fridays", T::kDate, kText,
             "XXXX-WXX-5", "", "every"},
        Case{"Fans queued last weekend for tickets.", "last weekend", T::kDate,
             kText, "2026-W06-WE", "", "", "2026-02-12"},
        Case{"The course lasts three weekends in all.", "three weekends",
             T::kDuration, kText, "P3WE", "", ""},
        Case{"The ride takes 1 hr by coach.", "1 hr", T::kDuration, kText,
             "PT1H", "", ""},
        Case{"Rain fell all week in the valley.", "all week", T::kDuration,
             kText, "P1W", "", "all"},
        Case{"The log shows 23.04.2022 14:55 as the start.", "23.04.2022 14:55",
             T::kDate, kText, "2022-04-23T14:55", "", ""},
        Case{"Owls hunt in the daytime as well.", "in the daytime", T::kDate,
             kText, "TDT", "", ""},
        Case{"The board reports each quarter to members.", "each quarter",
             T::kDuration, kText, "P3M", "", "every"},
        Case{"Exams start in the second week of 2027.",
             "the second week of 2027", T::kDate, kText, "2027-W02", "", ""},
        Case{"The audit covers the last week of 2019.", "the last week of 2019",
             T::kDate, kText, "2019-W52", "", ""},
        Case{"The mill closed in August two thousand and fifteen.",
             "August two thousand and fifteen", T::kDate, kText, "2015-08", "",
             ""},
        Case{"She was born 13 Sept nineteen seventy two in Hull.",
             "13 Sept nineteen seventy two", T::kDate, kText, "1972-09-13", "",
             ""},
        Case{"In March two thousand workers left.", "two thousand workers",
             T::kCardinal, 2000, "", "workers", ""},
        Case{"Payment is due on the 15th day of next month.",
             "the 15th day of next month", T::kDate, kText, "2026-03-15", "",
             "", "2026-02-12"}));

INSTANTIATE_TEST_SUITE_P(
    TimeLookalikes, NotQuantities,
    ::testing::Values("Shares slipped in the morning session.",
                      "The crowd grew the day after the vote."));

// Betting odds after "from" stay numbers, not dates; a score after a day is
// not a time range; "on the 18th" before a noun is not a day.
TEST(QuantityParser, OddsAndScoresAreNotDates) {
  for (const std::string text :
       {"His odds were cut from 4/6 to 1/2 overnight.",
        "The hosts won 3-1 on Saturday.", "Ministers met on the 18th floor.",
        "Fuel duty rose 1.28p per litre.",
        "It was the 100th day of the war."}) {
    for (const Quantity& q : Find(text)) {
      // "Saturday" is a date; nothing with a digit is.
      const std::string span = SpanText(text, q);
      EXPECT_FALSE(
          (q.type == QuantityType::kDate || q.type == QuantityType::kRange) &&
          span.find_first_of("0123456789") != std::string::npos)
          << span;
    }
  }
}

// Dates written without spaces, and a date after a weekday naming that day.
INSTANTIATE_TEST_SUITE_P(
    DatesCompact, QuantityCases,
    ::testing::Values(
        Case{"The levy was frozen in Nov-2021 by the council.", "Nov-2021",
             T::kDate, kText, "2021-11", "", ""},
        Case{"Ledger entry dated oct17 , 2004 was lost.", "oct17 , 2004",
             T::kDate, kText, "2004-10-17", "", ""},
        Case{"The audit ran to 2021-mar-9 in total.", "2021-mar-9", T::kDate,
             kText, "2021-03-09", "", ""},
        Case{"Her visa expired 14/Aug/2023 at the border.", "14/Aug/2023",
             T::kDate, kText, "2023-08-14", "", ""},
        Case{"The firm guided for q3-2027 revenue.", "q3-2027", T::kDate, kText,
             "2027-Q3", "", ""},
        Case{"Margins widened in FY19 at the mill.", "FY19", T::kDate, kText,
             "2019", "", ""},
        Case{"Shipping stopped 11-3-2022-11-9-2022 at the port.",
             "11-3-2022-11-9-2022", T::kRange, kText, "2022-11-03/2022-11-09",
             "", ""},
        Case{"The grain fair opens this Sunday (aug-9) downtown.",
             "this Sunday (aug-9)", T::kDate, kText, "2026-08-09", "", "",
             "2026-02-12"},
        Case{"Inspectors return Monday 2027-4-5 to the mine.",
             "Monday 2027-4-5", T::kDate, kText, "2027-04-05", "", ""},
        Case{"The ward reopens next Thursday 6/18.", "next Thursday 6/18",
             T::kDate, kText, "2026-06-18", "", "", "2026-02-12"},
        Case{"The ferry leaves in Sept.", "Sept.", T::kDate, kText, "2026-09",
             "", "", "2026-02-12"}));

// A count after a weekday is not a month.day date.
TEST(QuantityParser, DecimalAfterWeekdayIsACount) {
  const std::string text = "On Tuesday 2.5 million voters went to the polls.";
  for (const Quantity& q : Find(text)) {
    EXPECT_NE(SpanText(text, q), "Tuesday 2.5") << SpanText(text, q);
  }
}

// A weekday after "the" and before a capitalized word that names no time
// opens a paper's or a show's title, no date ("the Sunday Ledger"); the same
// day after "on", or before a part of the day, is a date.
TEST(QuantityParser, WeekdayOpeningATitleIsNoDate) {
  for (const std::string text :
       {"She wrote in the Sunday Ledger that rents would rise.",
        "The Saturday Courier printed the letter.",
        "THE FRIDAY GAZETTE SAYS MILL WILL CLOSE."}) {
    for (const Quantity& q : Find(text)) ADD_FAILURE() << SpanText(text, q);
  }
  for (const auto& [text, day] :
       std::vector<std::pair<std::string, std::string>>{
           {"On the Monday Parliament sat late.", "Monday"},
           {"Since the Friday Hollis has not called.", "Friday"},
           {"We met the Sunday Evening crowd.", "Sunday Evening"}}) {
    bool found = false;
    for (const Quantity& q : Find(text)) found |= SpanText(text, q) == day;
    EXPECT_TRUE(found) << text;
  }
}

// Times with sets and durations: a time every day, a dotted time after a
// day, a start time (or day) with how long it lasts.
INSTANTIATE_TEST_SUITE_P(
    TimesWithSetsAndDurations, QuantityCases,
    ::testing::Values(
        Case{"The ferry sails 7am each day in summer.", "7am each day",
             T::kDate, kText, "T07:00", "", "every"},
        Case{"Guards change 5pm daily at the gate.", "5pm daily", T::kDate,
             kText, "T17:00", "", "every"},
        Case{"The choir sings everyday.", "everyday", T::kDuration, kText,
             "P1D", "", "every"},
        Case{"Rehearsals run Tuesdays at 18.15 in the hall.",
             "Tuesdays at 18.15", T::kDate, kText, "XXXX-WXX-2T18:15", "",
             "every"},
        Case{"The hall is booked from 9 am for 4 hours 15 minutes.",
             "from 9 am for 4 hours 15 minutes", T::kRange, kText,
             "T09:00/PT4H15M", "", ""},
        Case{"The lab is shut for 3 hours from 1pm.", "for 3 hours from 1pm",
             T::kRange, kText, "T13:00/PT3H", "", ""},
        Case{"The road closes for 5 days, from tomorrow.",
             "for 5 days, from tomorrow", T::kRange, kText, "2026-02-13/P5D",
             "", "", "2026-02-12"},
        Case{"He was barred for 4 years from 2019.", "for 4 years from 2019",
             T::kRange, kText, "2019/P4Y", "", ""}));

// "everyday" before a noun is an adjective; a dotted number after "at" with
// no day is a price; "at 2pm for 1 hour" is a time and a duration.
TEST(QuantityParser, EverydayAdjectiveAndDottedPrices) {
  for (const std::string text : {"Everyday goods cost more now.",
                                 "The shares closed at 6.45 in London."}) {
    for (const Quantity& q : Find(text)) {
      EXPECT_NE(q.type, QuantityType::kDuration) << SpanText(text, q);
      EXPECT_NE(q.type, QuantityType::kDate) << SpanText(text, q);
    }
  }
  const std::string text = "We meet at 2pm for 1 hour.";
  for (const Quantity& q : Find(text))
    EXPECT_NE(q.type, QuantityType::kRange) << SpanText(text, q);
}

// Prices after a day, futures months in tables and a day range end are not
// compact dates or times; "for 4 years from 1990 to 1994" keeps its range.
TEST(QuantityParser, PricesAndContractMonthsAreNotDates) {
  for (const std::string text :
       {"Crude closed on May 4 at 18.25 dlrs a barrel.",
        "Oats OPEN MAY7 752 JUL7 720 SEP7 730.",
        "Cargo for June 5-20/June 10-25 delivery."}) {
    for (const Quantity& q : Find(text)) {
      if (q.type != QuantityType::kDate && q.type != QuantityType::kRange)
        continue;
      const std::string span = SpanText(text, q);
      EXPECT_EQ(span.find("18.25"), std::string::npos) << span;
      EXPECT_EQ(span.find('7'), std::string::npos) << span;
      EXPECT_NE(span, "20/June") << span;
    }
  }
  const std::string text = "She coached for 4 years from 1990 to 1994.";
  bool range = false;
  for (const Quantity& q : Find(text))
    range = range || SpanText(text, q) == "from 1990 to 1994";
  EXPECT_TRUE(range);
}

// The moment of writing, kinds of year and week, week numbers.
INSTANTIATE_TEST_SUITE_P(
    PresentAndPeriods, QuantityCases,
    ::testing::Values(
        Case{"Fares will be frozen between now and June 30.",
             "between now and June 30", T::kRange, kText,
             "2026-02-12/2026-06-30", "", "", "2026-02-12"},
        Case{"No suspect is held at present.", "at present", T::kDate, kText,
             "PRESENT_REF", "", ""},
        Case{"The fund has raised 40m to date.", "to date", T::kDate, kText,
             "2026-02-12", "", "until", "2026-02-12"},
        Case{"Gold is up 9% year to date.", "year to date", T::kRange, kText,
             "2026-01-01/2026-02-12", "", "", "2026-02-12"},
        Case{"Profit fell in fiscal 2025 at the mill.", "fiscal 2025", T::kDate,
             kText, "2025", "", ""},
        Case{"Sales rose in FY2024 overall.", "FY2024", T::kDate, kText, "2024",
             "", ""},
        Case{"Costs rise this financial year.", "this financial year", T::kDate,
             kText, "2026", "", "", "2026-02-12"},
        Case{"Ticket sales peaked in week 7 of 2025.", "week 7 of 2025",
             T::kDate, kText, "2025-W07", "", ""},
        Case{"When was the last Easter holiday?", "last Easter", T::kDate,
             kText, "2025-04-20", "", "", "2026-02-12"}));

// "now" alone, "up to date", "week 3 games" are not dates.
TEST(QuantityParser, NowAloneIsNotADate) {
  for (const std::string text :
       {"Now the council must decide.", "Keep the records up to date.",
        "He played week 3 games on grass.", "She left now and then."}) {
    for (const Quantity& q : Find(text)) {
      EXPECT_NE(q.type, QuantityType::kDate) << SpanText(text, q);
    }
  }
}

// Shifted months and parts of the day, years in words, holidays of a named
// year, bare hours before a day.
INSTANTIATE_TEST_SUITE_P(
    ShiftsAndWords, QuantityCases,
    ::testing::Values(
        Case{"Rents fell last March in the city.", "last March", T::kDate,
             kText, "2025-03", "", "", "2026-02-12"},
        Case{"The port shut from this June to Aug 2026.",
             "from this June to Aug 2026", T::kRange, kText, "2026-06/2026-08",
             "", "", "2026-02-12"},
        Case{"Crews return next evening from 6 to 8.",
             "next evening from 6 to 8", T::kRange, kText,
             "2026-02-13T18:00/2026-02-13T20:00", "", "", "2026-02-12"},
        Case{"The mill closed in nineteen eighty four for good.",
             "nineteen eighty four", T::kDate, kText, "1984", "", ""},
        Case{"He paid $40 March 3 at the desk.", "March 3", T::kDate, kText,
             "2026-03-03", "", "", "2026-02-12"},
        Case{"Parades are held on Labor Day of next year.",
             "Labor Day of next year", T::kDate, kText, "2027-09-06", "", "",
             "2026-02-12"},
        Case{"Where was the van between 2 and 6 yesterday?",
             "between 2 and 6 yesterday", T::kRange, kText,
             "2026-02-11T02:00/2026-02-11T06:00", "", "", "2026-02-12"},
        Case{"The vote ends Monday late evening at 11:00.",
             "Monday late evening at 11:00", T::kDate, kText,
             "XXXX-WXX-1T23:00", "", "late"},
        Case{"Guards lock up at mid night.", "mid night", T::kDate, kText,
             "T00:00", "", ""}));

// "the next morning" belongs to the story, "this may" is a verb, and a
// spelled number before a noun is a count.
TEST(QuantityParser, AnaphoricAndVerbsAreNotShiftedDates) {
  for (const std::string text :
       {"The next morning the crew left.", "This may hurt sales.",
        "Sales rose in two thousand stores."}) {
    for (const Quantity& q : Find(text, "2026-02-12")) {
      EXPECT_NE(q.type, QuantityType::kDate) << SpanText(text, q);
    }
  }
}

// A weekday of a shifted week, ordinal days after a lowercase month, a year
// in words after the day, the next hour; "last minute" before a noun is an
// adjective.
INSTANTIATE_TEST_SUITE_P(
    WeeksAndOrdinals, QuantityCases,
    ::testing::Values(
        Case{"Talks resume Thursday evening next week.",
             "Thursday evening next week", T::kDate, kText, "2026-02-19TEV", "",
             "", "2026-02-12"},
        Case{"The depot shuts Monday last week.", "Monday last week", T::kDate,
             kText, "2026-02-02", "", "", "2026-02-12"},
        Case{"The fair runs june fourth through ninth.",
             "june fourth through ninth", T::kRange, kText,
             "2026-06-04/2026-06-09", "", "", "2026-02-12"},
        Case{"Bids open from july the second till the sixth.",
             "from july the second till the sixth", T::kRange, kText,
             "2026-07-02/2026-07-06", "", "", "2026-02-12"},
        Case{"The deed is dated june third two thousand and nine.",
             "june third two thousand and nine", T::kDate, kText, "2009-06-03",
             "", ""},
        Case{"Results come in the next hour.", "next hour", T::kDate, kText,
             "next hour", "", ""}));

TEST(QuantityParser, LastMinuteBeforeANounIsAnAdjective) {
  const std::string text = "Shops saw a last minute rush.";
  for (const Quantity& q : Find(text)) {
    EXPECT_NE(q.type, QuantityType::kDate) << SpanText(text, q);
  }
}

// Digit tokens are read as SimpleAtod reads their digits without the
// commas: exactly up to 15 digits, and past that through the full
// conversion.
TEST(QuantityParser, DigitValuesAsSimpleAtod) {
  for (const char* number : {"7", "1,214", "3.25", "0.125",
                             "123,456,789,012,345", "1,234,567,890,123,456",
                             "98765432109876.54321", "12.3456789012345678"}) {
    const std::string text =
        std::string("They counted ") + number + " of them.";
    std::vector<Quantity> qs = Find(text);
    ASSERT_EQ(qs.size(), 1u) << text;
    std::string digits;
    for (const char* c = number; *c; ++c) {
      if (*c != ',') digits += *c;
    }
    double want = 0;
    ASSERT_TRUE(absl::SimpleAtod(digits, &want));
    ASSERT_TRUE(qs[0].value.has_value()) << text;
    EXPECT_EQ(*qs[0].value, want) << text;
  }
}

// The candidate filter and the rule gates (QuantityRun::MayStart, StartsAt,
// LoneArticle, NoTimeAt, PlainNumberNoDate, WordNoDate, and the role-bit
// tests at the top of ParseSpelled and in CountedNoun) are meant to change
// no output: random text over the words and shapes the rules read (numbers,
// months, units, currencies, modifiers, separators, glued pieces) gives the
// same quantities with them as with every rule run on every token.
TEST(QuantityParser, GatesChangeNothingOnGeneratedText) {
  static constexpr const char* kPieces[] = {
      "5", "12", "2019", "1987", "1,200", "3.5", "0.25", "10:30", "8am", "5pm",
      "6.45pm", "21st", "3rd", "1/2", "3/4", "2026-02-03", "12.05.2020", "90s",
      "1990s", "07", "555", "1234", "98765432", "1.2.3", "4bn", "$5m", "£3.2bn",
      "FY2019", "Q3", "mid-March", "third-largest", "ten-year-old", "four-mile",
      "10-percent", "a", "an", "A", "the", "The", "last", "next", "past",
      "this", "week", "weeks", "year", "years", "month", "months", "day",
      "days", "hours", "minutes", "decade", "May", "may", "March", "march",
      "Jan", "Jan.", "June", "Monday", "Friday", "tomorrow", "today", "tonight",
      "yesterday", "million", "billion", "bn", "m", "k", "thousand", "hundred",
      "dozen", "dozens", "percent", "per", "cent", "percentage", "points", "%",
      "$", "£", "€", "US", "USD", "EUR", "dollars", "pounds", "pence", "cents",
      "about", "around", "nearly", "more", "less", "than", "over", "under",
      "up", "to", "at", "least", "or", "and", "but", "between", "from", "until",
      "till", "through", "-", "–", ".", ",", "(", ")", "+", ":", "/", "in",
      "on", "of", "by", "since", "ago", "later", "before", "after", "every",
      "each", "daily", "weekly", "few", "several", "couple", "half", "quarter",
      "quarters", "noon", "midnight", "morning", "night", "afternoon",
      "Christmas", "Easter", "spring", "first", "second", "third", "fifth",
      "two", "twenty", "three", "one", "nineteen", "ninety", "age", "aged",
      "old", "year-old", "km", "miles", "mph", "kg", "degrees", "Route",
      "Boeing", "Street", "Downing", "version", "No.", "people", "said", "he",
      "They", "police", "'s", "GMT", "BST", "am", "pm", "p.m.", "early", "mid",
      "late", "end", "fiscal", "season", "half-time", "business", "working",
      "times", "once", "twice", "week-long", "two-thirds", "MAUD", "yo", "olds",
      "starting", "for",
      // The words after a number that ParseMeasure's Neutral gate lets
      // through: ISO codes, "MUSD", ages, dashes and a tilde.
      "GBP", "MUSD", "y.o.", "Yo", "\xE2\x80\x94", "~",
      // q_label phrases, lower case too (no capital before the number).
      "world cup", "Super Bowl",
      // Words ParseSpelled and
      // CountedNoun now skip by
      // their role bits.
      "all", "some", "within", "thirds", "fifty-one", "homes", "grand",
      // WordNoDate's ordinal words.
      "century", "centuries", "twentieth", "half"};
  EXPECT_GT(GatesOnRandomText(kPieces, {61130, 2000, 4, 14, 8, 20}),
            5000u);  // the text does exercise the rules
}

// An article is no candidate where no rule can start at it ("a man"), and
// stays one before a number word, "quarter", a time unit or a glued token
// (QuantityRun::LoneArticle, run by the constructor).
TEST(QuantityParser, ArticlesThatStartQuantities) {
  const std::string text =
      "The ferry left at a quarter past nine. A farmer sold a dozen pears "
      "and a half of the plums to a baker. She came back a month later. "
      "An owl sat on a-frame roofs.";
  const std::vector<Quantity> qs = Find(text);
  ASSERT_EQ(qs.size(), 4u);
  EXPECT_EQ(SpanText(text, qs[0]), "a quarter past nine");
  EXPECT_EQ(qs[0].value_text, "T09:15");
  EXPECT_EQ(SpanText(text, qs[1]), "a dozen pears");
  EXPECT_EQ(qs[1].value, 12);
  EXPECT_EQ(SpanText(text, qs[2]), "a half");
  EXPECT_EQ(qs[2].value, 0.5);
  EXPECT_EQ(SpanText(text, qs[3]), "a month later");
  EXPECT_EQ(qs[3].type, QuantityType::kDate);
}

// A capitalized or all-caps hyphenated word has a folded form, and the
// hyphen rules read that form's dash (QuantityRun::DashAt).
TEST(QuantityParser, CapitalizedHyphenatedWords) {
  const std::string text =
      "Mid-April brought rain to the valley. Forty-two boats left the "
      "port. Second-biggest rivals cut prices. A SIX-MONTH-OLD calf was "
      "sold. They chose Ninety-Nine as the code.";
  const std::vector<Quantity> qs = Find(text);
  ASSERT_EQ(qs.size(), 5u);
  EXPECT_EQ(SpanText(text, qs[0]), "Mid-April");
  EXPECT_EQ(qs[0].type, QuantityType::kDate);
  EXPECT_EQ(qs[0].value_text, "XXXX-04");
  EXPECT_EQ(SpanText(text, qs[1]), "Forty-two boats");
  EXPECT_EQ(qs[1].value, 42);
  EXPECT_EQ(SpanText(text, qs[2]), "Second-biggest");
  EXPECT_EQ(qs[2].type, QuantityType::kOrdinal);
  EXPECT_EQ(qs[2].value, 2);
  EXPECT_EQ(SpanText(text, qs[3]), "SIX-MONTH-OLD");
  EXPECT_EQ(qs[3].type, QuantityType::kDuration);
  EXPECT_EQ(qs[3].value_text, "P6M");
  EXPECT_EQ(qs[3].unit, "age");
  EXPECT_EQ(SpanText(text, qs[4]), "Ninety-Nine");
  EXPECT_EQ(qs[4].value, 99);
}

// WordNoDate lets an ordinal word skip TryDate unless a word after it can
// make a date of it: random text around ordinals (the words their day,
// range and ordinal rules read, and others) gives the same quantities with
// the gates as with every rule on every token.
TEST(QuantityParser, GatesChangeNothingAroundOrdinals) {
  static constexpr const char* kPieces[] = {
      "first",   "second", "third", "ninth", "twelfth", "twentieth", "fifth",
      "of",      "May",    "march", "June",  "quarter", "half",      "century",
      "week",    "day",    "to",    "and",   "-",       "through",   "until",
      "between", "from",   "the",   "on",    "in",      "2019",      "5",
      "21st",    "twenty", "one",   "last",  "next",    "year",      "years",
      "people",  "a",      ",",     ".",     "Q1",      "weeks",     "since",
      "early",   "late",   "end",   "by"};
  EXPECT_GT(GatesOnRandomText(kPieces, {7, 6000, 3, 10, 0}),
            10000u);  // the text does exercise the rules
}

// NoTimeAt lets a number of one or two digits skip TryTime whatever is
// glued after it ("£3bn", "42%"): random text around such numbers, glued to
// the next piece half of the time (clock words, am/pm letters, range words,
// parts of the day, scales, signs), gives the same quantities with the gates
// as with every rule on every token.
TEST(QuantityParser, GatesChangeNothingAroundSmallNumbers) {
  static constexpr const char* kPieces[] = {
      "5", "7", "12", "30", "45", "10:30", "6.15", "am", "pm", "a", "p", "a.m.",
      "p.m.", "o'clock", "GMT", "bn", "m", "k", "%", "$", "£", "-", "–", "to",
      "till", "until", "and", "past", "quarter", "half", "minutes", "in", "the",
      "morning", "evening", "at", "night", "from", "between", "on", "Monday",
      "tomorrow", "by", "early", "people", ",", ".", "(", ")", "/", ":", "x",
      // Whole phrases the clock rules read after a number.
      "in the morning", "in the evening", "at night", "half past", "quarter to",
      "minutes past"};
  EXPECT_GT(GatesOnRandomText(kPieces, {42, 4000, 3, 9, 50}),
            5000u);  // the text does exercise the rules
}

// The constructor takes the gated words off the candidates where no rule
// can start at them (QuantityRun::GatedStartFails): a shift word before no
// time unit, month, weekday, season, holiday or number ("this is"), a
// lower-case "may" or "march" before no number, "now" after no "between" or
// "from". Step's durmod rule runs only before a number or a time unit
// ("all week", "the past two quarters"; StartsAt's durmod flag), and
// TryFewTime only before a time unit ("some weeks"): a word whose one
// starting role is one of these is no candidate elsewhere either. Random
// text around these words, glued to the next piece now and then, gives the
// same quantities with the gates as with every rule on every token.
TEST(QuantityParser, GatesChangeNothingAroundGatedWords) {
  static constexpr const char* kPieces[] = {
      "this", "This", "following", "current", "now", "Now", "may", "May",
      "march", "March", "july", "next", "last", "coming", "previous", "week",
      "year", "years", "summer", "Christmas", "quarter", "morning", "Monday",
      "fiscal", "school", "5", "2019", "21st", "two", "five", "of", "the",
      "between", "from", "and", "to", "until", "-", ".", ",", "is", "be",
      "will", "people", "day", "days", "ago", "later", "time", "on", "in", "/",
      "aug", "Q1", "all", "within", "past", "quarters", "-5", ".5", "some",
      "few", "a few", "months",
      // "now" as one end of a range.
      "between now and", "from now until", "from now to"};
  EXPECT_GT(GatesOnRandomText(kPieces, {2026, 4000, 3, 9, 10}),
            5000u);  // the text does exercise the rules
}

TEST(QuantityParser, GatesChangeNothingOnNewsText) {
  const std::string text =
      "The council said on Tuesday that about 1,200 homes, a third of the "
      "town, lost power for 36 hours last week. Repairs will cost $4.5m to "
      "$6m, up 12% from 2023, and crews worked from 6am until 9:30pm each "
      "day. A spokesman said a new line would open in mid-March or by the "
      "end of Q2 2027 at the latest. Nearly two-thirds of the 450 staff, "
      "aged 18 to 65, had been there for more than a decade. Call 0800 123 "
      "4567 or visit 10 Downing Street before May 5. Flight BA 117 left at "
      "7 p.m. GMT; the third-largest airline sold 3.2 million seats, worth "
      "£2bn, in the 1990s. Every two weeks since January 2020 the "
      "ten-year-old scheme has paid 470 pence per unit, a 50-50 chance. "
      // Compact dates after digits, minutes past an hour.
      "Files stamped 2019aug1 and 15jun were sent 5 minutes past 7 pm. "
      "Classes meet Thursdays at 17.30 local time, for 12.50 a head.";
  EXPECT_TRUE(SameAsAllRules(text));
  EXPECT_TRUE(SameAsAllRules(text, "2026-11-30"));
}

// A month that is also a given name (April, June, August) before a surname
// no lexicon knows is part of a name, not a date; after a preposition or a
// determiner, before a number, or opening a sentence of a market report it
// stays a month.
TEST(QuantityParser, MonthThatIsAGivenNameBeforeASurname) {
  for (const std::string text :
       {"Judges praised June Haverty for the design.",
        "April Quennell, a spokeswoman for the port, declined to comment.",
        "The album was made with August Ravelli and his band."}) {
    for (const Quantity& q : Find(text)) {
      EXPECT_NE(q.type, QuantityType::kDate) << SpanText(text, q);
    }
  }
  for (const std::string text :
       {"Sales rose in June Haverty said.", "The April Vantor summit ended.",
        "April Brentwick crude rose 40 cents.", "She left on June 4.",
        "Exports fell in August, figures showed."}) {
    bool date = false;
    for (const Quantity& q : Find(text)) {
      date = date || q.type == QuantityType::kDate;
    }
    EXPECT_TRUE(date) << text;
  }
}

// Which months are given names is read from the given-name gazetteer: "May"
// is listed there too, and a user lexicon's given_name entry makes another
// month one.
TEST(QuantityParser, GivenNameMonthsComeFromTheGazetteer) {
  const std::string may = "The prize went to May Haverty, the director.";
  for (const Quantity& q : Find(may)) {
    EXPECT_NE(q.type, QuantityType::kDate) << SpanText(may, q);
  }
  const std::string july = "Judges praised July Quennell for the design.";
  ASSERT_EQ(Find(july).size(), 1u);  // by default a month
  Options o;
  o.entities = false;
  o.claims = false;
  o.lexicon_text = "July\tgiven_name\n";
  auto ex = Extractor::Create(o);
  ASSERT_TRUE(ex.ok()) << ex.status();
  auto doc = ex->Extract(july);
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->quantities.empty());
}

// Opening a sentence, a given-name month before a surname is a name only
// before a comma or a speech verb, and the speech verbs are the cue
// lexicon's (finite forms of verbs with no class), not a list of their own.
TEST(QuantityParser, SentenceInitialGivenNameBeforeASpeechVerb) {
  for (const std::string text :
       {"August Ravelli announced the tour dates on Friday.",
        "June Haverty explains the rules to every new member.",
        "April Quennell said the port would reopen."}) {
    for (const Quantity& q : Find(text)) {
      EXPECT_NE(SpanText(text, q).substr(0, 3), text.substr(0, 3)) << text;
    }
  }
  // Not before a verb that is no cue: a contract month.
  std::vector<Quantity> q = Find("August Brentwick climbed 30 cents.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].type, QuantityType::kDate);
}

// Among set scores a pair the first side lost is a score too, not a range;
// a list of ranges stays ranges.
TEST(QuantityParser, LostSetAmongScoresIsNoRange) {
  for (const std::string text :
       {"The holder lost 4-6, 6-2, 6-3 to a qualifier.",
        "She came back to win 2-6, 7-6, 6-1.",
        "He edged through 3-6 7-6 (9-7) 6-2 on clay.",
        "They split sets 6-7 (2-7) 6-4 before rain."}) {
    for (const Quantity& q : Find(text))
      EXPECT_NE(q.type, QuantityType::kRange) << SpanText(text, q);
  }
  const std::string ranges = "Groups for ages 5-8, 9-12 and 13-16 meet here.";
  size_t n = 0;
  for (const Quantity& q : Find(ranges)) n += q.type == QuantityType::kRange;
  EXPECT_EQ(n, 3u);
}

// A score after a team's name is not a number: "Corbridge 2-1" skips both
// sides of the dash, as "Harmon 747-400" names one model.
TEST(QuantityParser, ScoreAfterANameIsNoNumber) {
  for (const std::string text :
       {"Corbridge beat Ashvale 2-1 at home on Saturday.",
        "The order covers the Harmon 747-400 freighter."}) {
    for (const Quantity& q : Find(text)) {
      const std::string span = SpanText(text, q);
      EXPECT_EQ(span.find_first_of("0123456789"), std::string::npos) << span;
    }
  }
}

// "one senior Treasury official": after the adjectives, a name word or two
// before the counted noun.
INSTANTIATE_TEST_SUITE_P(
    OneAdjectiveNameNoun, QuantityCases,
    ::testing::Values(Case{"One senior Treasury official spoke to the panel.",
                           "One senior Treasury official", T::kCardinal, 1, "",
                           "senior treasury official", ""},
                      Case{"Only one former Labour minister voted against it.",
                           "Only one former Labour minister", T::kCardinal, 1,
                           "", "former labour minister", "only"},
                      Case{"Two senior Treasury officials left in May.",
                           "Two senior Treasury officials", T::kCardinal, 2, "",
                           "senior treasury officials", ""}));

// A bare "the first half" is the half year of the document date when the
// sentence speaks of money or percent, and a match's half otherwise.
INSTANTIATE_TEST_SUITE_P(
    HalfWithoutAYear, QuantityCases,
    ::testing::Values(Case{"The brewer said profit rose 8% in the first half.",
                           "the first half", T::kDate, kText, "2026-H1", "", "",
                           "2026-09-10"},
                      Case{"In the second half, sales reached $4m at the mill.",
                           "the second half", T::kDate, kText, "2025-H2", "",
                           "", "2026-02-10"},
                      // A business word without a figure: "profits",
                      // "earnings".
                      Case{"The glassmaker expects profits to recover in the "
                           "second half.",
                           "the second half", T::kDate, kText, "2026-H2", "",
                           "", "2026-09-10"},
                      Case{"First half earnings at the ferry operator were "
                           "flat.",
                           "First half", T::kDate, kText, "2026-H1", "", "",
                           "2026-09-10"}));

// A match's half is no half year, even beside a percent or an amount: a
// sport word in the sentence ("possession", "scored", "penalty") rules the
// half year out.
TEST(QuantityParser, MatchHalfIsNoDate) {
  for (const std::string text :
       {"Rovers scored twice in the first half.",
        "Rovers had 60% of possession in the first half.",
        "The £20m striker scored a penalty in the second half.",
        "Only 40% of their shots were on target in the first half."}) {
    for (const Quantity& q : Find(text, "2026-09-10"))
      EXPECT_NE(q.type, QuantityType::kDate)
          << text << ": " << SpanText(text, q);
  }
}

// "the first half hour", "second half March": a half of the unit or month
// after it, no half year, even in a business sentence.
TEST(QuantityParser, HalfOfAnHourOrMonthIsNoHalfYear) {
  for (const std::string text :
       {"Shares of the miner rose 4% in the first half hour of trading.",
        "The mill sold its flour for second half March delivery at $90."}) {
    for (const Quantity& q : Find(text, "2026-09-10"))
      EXPECT_TRUE(q.type != QuantityType::kDate ||
                  q.value_text.find("-H") == std::string::npos)
          << text << ": " << SpanText(text, q) << " " << q.value_text;
  }
}

// A set word before what a period reports ("quarterly profits", "monthly
// figures") names the period of the figure, no set; alone or after a verb
// it is one ("paid quarterly").
TEST(QuantityParser, SetWordBeforeAReportIsNoSet) {
  for (const std::string text : {"Quarterly profits at the brewer doubled.",
                                 "The agency's monthly figures showed a fall.",
                                 "Weekly sales at the bakery slipped."}) {
    for (const Quantity& q : Find(text))
      EXPECT_NE(q.type, QuantityType::kDuration)
          << text << ": " << SpanText(text, q);
  }
  const std::string text = "The fund pays its members quarterly.";
  std::vector<std::string> sets;
  for (const Quantity& q : Find(text))
    if (q.modifier == "every") sets.push_back(q.value_text);
  EXPECT_EQ(sets, std::vector<std::string>{"P3M"});
}

// "30ms" is 30 milliseconds; spaced, "ms" is milliseconds in lower case
// only (a spaced "Ms" is a title). Ordinals counted from the end: "next to
// last", "third from last".
INSTANTIATE_TEST_SUITE_P(
    MillisecondsAndFromTheEnd, QuantityCases,
    ::testing::Values(Case{"Lag on the new line fell to 30ms at peak times.",
                           "30ms", T::kDuration, kText, "PT0.03S", "", ""},
                      Case{"Each query now answers in 12 ms on average.",
                           "12 ms", T::kDuration, kText, "PT0.012S", "", ""},
                      Case{"The pony finished next to last at the fair.",
                           "next to last", T::kOrdinal, kText, "end-1", "", ""},
                      Case{"Our entry came third from last again.",
                           "third from last", T::kOrdinal, kText, "end-2", "",
                           ""}));

// Unit abbreviations the abbreviation list keeps with their period ("min.",
// "hrs.", "yrs.", "ft.") are units too; at the end of a sentence the period
// is still the abbreviation's and stays in the span, as in "5 p.m." and
// "Aug." (a full stop after a bare symbol, "40 kg.", does not). "hrs." after
// four digits is the 24-hour clock.
INSTANTIATE_TEST_SUITE_P(
    UnitAbbreviationsWithAPeriod, QuantityCases,
    ::testing::Values(Case{"The ferry crossing now takes 40 min.", "40 min.",
                           T::kDuration, kText, "PT40M", "", ""},
                      Case{"The new pier will reach 300 ft.", "300 ft.",
                           T::kQuantity, 300, "", "ft", ""},
                      Case{"The harvest fair is held every year in Sept.",
                           "Sept.", T::kDate, kText, "XXXX-09", "", ""},
                      Case{"The polls close at 9 p.m.", "9 p.m.", T::kDate,
                           kText, "T21:00", "", ""},
                      Case{"Each crate holds 25 kg.", "25 kg", T::kQuantity, 25,
                           "", "kg", ""},
                      Case{"Queues of 2 hrs. formed at the border.", "2 hrs.",
                           T::kDuration, kText, "PT2H", "", ""},
                      Case{"The old mast stood 90 ft. above the quay.",
                           "90 ft.", T::kQuantity, 90, "", "ft", ""},
                      Case{"Patrols set out at 0600 hrs. from the base.",
                           "0600 hrs.", T::kDate, kText, "T06:00", "", ""}));

// "first"/"last" + a count of days, weeks or months + "of" + a year or a
// month: the stretch at that end of the period, a RANGE of ISO dates (of
// months for months); with no year known, the text.
INSTANTIATE_TEST_SUITE_P(
    StretchAtTheEndOfAPeriod, QuantityCases,
    ::testing::Values(
        Case{"Exports climbed 8% in the first nine months of 1986.",
             "the first nine months of 1986", T::kRange, kText,
             "1986-01/1986-09", "", ""},
        Case{"Repairs will shut the line for the last two weeks of March.",
             "the last two weeks of March", T::kRange, kText,
             "2026-03-18/2026-03-31", "", "", "2026-02-12"},
        Case{"Rainfall was scarce in the first ten days of last year.",
             "the first ten days of last year", T::kRange, kText,
             "2025-01-01/2025-01-10", "", "", "2026-02-12"},
        Case{"Orders slowed during the last 3 months of the year.",
             "the last 3 months of the year", T::kRange, kText,
             "2026-10/2026-12", "", "", "2026-02-12"},
        Case{"Orders slowed during the last 3 months of the year.",
             "the last 3 months of the year", T::kRange, kText,
             "the last 3 months of the year", "", ""}));
TEST(QuantityParser, StretchOfSomethingElseIsNoRange) {
  // Of an event, not a period; longer than the period.
  for (const char* text : {"The first three days of the festival were wet.",
                           "The last 40 days of February were cold."}) {
    for (const Quantity& q : Find(text, "2026-02-12"))
      EXPECT_NE(q.type, QuantityType::kRange) << text;
  }
}

// A vague count before "of" and a unit of measure is a measure: "millions
// of tonnes" is a QUANTITY in tonnes, not a count of them.
INSTANTIATE_TEST_SUITE_P(
    VagueCountOfAUnit, QuantityCases,
    ::testing::Values(Case{"The flood ruined millions of tonnes of wheat.",
                           "millions of tonnes", T::kQuantity, 2e6, "", "t",
                           "millions"},
                      Case{"Fires swept across thousands of hectares of scrub.",
                           "thousands of hectares", T::kQuantity, 2000, "",
                           "ha", "thousands"},
                      Case{"Crews hauled hundreds of pounds of nets ashore.",
                           "hundreds of pounds", T::kQuantity, 200, "", "lb",
                           "hundreds"}));

// An hour of one or two digits after a time preposition, before a place's
// time, is a clock time like "1000 London time".
INSTANTIATE_TEST_SUITE_P(
    HourBeforeAPlacesTime, QuantityCases,
    ::testing::Values(Case{"The auction closes at 10 London time.",
                           "10 London time", T::kDate, kText, "T10:00", "", ""},
                      Case{"Bids are due by 9 Hong Kong time on Friday.",
                           "by 9 Hong Kong time on Friday", T::kDate, kText,
                           "XXXX-WXX-5T09:00", "", "by"}));
TEST(QuantityParser, CountBeforeAPlacesNameIsNoHour) {
  for (const Quantity& q :
       Find("Rivals own 10 London Time Out shops and 4 Paris cafes."))
    EXPECT_NE(q.type, QuantityType::kDate);
}

// "number" + a number word after "the" or a possessive is a rank.
INSTANTIATE_TEST_SUITE_P(
    NumberWordRank, QuantityCases,
    ::testing::Values(Case{"It is now the number three brewer in Asia.",
                           "number three", T::kOrdinal, 3, "", "", ""},
                      Case{"They are the region's number two exporter of tea.",
                           "number two", T::kOrdinal, 2, "", "", ""}));
TEST(QuantityParser, NumberOfIsNoRank) {
  for (const char* text :
       {"The number of ferries fell by two.",
        "Number 10 said the talks went well.", "Pick a number two times."}) {
    for (const Quantity& q : Find(text))
      EXPECT_NE(q.type, QuantityType::kOrdinal) << text;
  }
}

// Without a document date, a month after a date with a year in the same
// sentence takes that year (the nearer one when the months are far apart).
INSTANTIATE_TEST_SUITE_P(
    MonthTakesTheYearBeforeIt, QuantityCases,
    ::testing::Values(
        Case{"Prices climbed 4.1% in May 2024 after 3.8% in April.", "April",
             T::kDate, kText, "2024-04", "", ""},
        Case{"Sales in January 2024 beat those of December.", "December",
             T::kDate, kText, "2023-12", "", ""},
        Case{"Rents rose in June 2019 and again on March 3.", "March 3",
             T::kDate, kText, "2019-03-03", "", ""},
        Case{"The 2019 accounts were filed on March 3.", "March 3", T::kDate,
             kText, "XXXX-03-03", "", ""},
        Case{"Jobless claims hit their lowest since May 2011, down from June.",
             "June", T::kDate, kText, "XXXX-06", "", ""},
        Case{"Prices climbed 4.1% in May after 3.8% in April.", "April",
             T::kDate, kText, "XXXX-04", "", ""},
        // A bond's maturity is years from the story's dates: no anchor.
        Case{"The mill will repay its bonds due May 1, 2031 on October 2.",
             "October 2", T::kDate, kText, "XXXX-10-02", "", ""},
        Case{"Loans maturing on June 30, 2029 were priced in March.", "March",
             T::kDate, kText, "XXXX-03", "", ""},
        // A delivery "due in" a month is no maturity: it anchors.
        Case{"The first ferry is due in April 2028 and the second in June.",
             "June", T::kDate, kText, "2028-06", "", ""}));

// A time zone is in the clock time's span, so that a day after it joins
// the time: one DATE.
INSTANTIATE_TEST_SUITE_P(
    ZoneThenDay, QuantityCases,
    ::testing::Values(Case{"The ferry sank at 03:20 GMT on Sunday.",
                           "03:20 GMT on Sunday", T::kDate, kText,
                           "XXXX-WXX-7T03:20", "", ""},
                      Case{"Markets reopen at 8 a.m. EST on Tuesday.",
                           "8 a.m. EST on Tuesday", T::kDate, kText,
                           "XXXX-WXX-2T08:00", "", ""},
                      Case{"Voting runs from 0700 UTC to 1900 UTC on Sunday.",
                           "from 0700 UTC to 1900 UTC on Sunday", T::kRange,
                           kText, "XXXX-WXX-7T07:00/XXXX-WXX-7T19:00", "",
                           ""}));

// A capitalized "May" after "in" or a bound ("since", "until", "by") and
// before a mark, a number or a joining word is the month; before other
// words, or after "after", it may be a name.
INSTANTIATE_TEST_SUITE_P(
    MayAfterAPreposition, QuantityCases,
    ::testing::Values(Case{"The ferry line closed in May.", "May", T::kDate,
                           kText, "XXXX-05", "", ""},
                      Case{"Fares have not moved since May, the operator said.",
                           "since May", T::kDate, kText, "XXXX-05", "",
                           "since"},
                      Case{"Repairs are paused until May and the depot shut.",
                           "until May", T::kDate, kText, "XXXX-05", "",
                           "until"}));
TEST(QuantityParser, MayBeforeAWordMayBeAName) {
  for (const std::string text : {"Faith in May waned among the backbenchers.",
                                 "Critics turned on May after the vote."}) {
    for (const Quantity& q : Find(text))
      EXPECT_NE(q.type, QuantityType::kDate) << SpanText(text, q);
  }
}

// A race time is a DURATION: hours, minutes and seconds, or minutes and
// seconds with a fraction; after "at" or before a time zone hours, minutes
// and seconds are a clock, and "3:16" is neither.
INSTANTIATE_TEST_SUITE_P(
    RaceTimes, QuantityCases,
    ::testing::Values(Case{"She won the hill race in 1:58:07 on Sunday.",
                           "1:58:07", T::kDuration, kText, "PT1H58M7S", "", ""},
                      Case{"The relay team clocked 3:09.41 in the heats.",
                           "3:09.41", T::kDuration, kText, "PT3M9.41S", "", ""},
                      Case{"His winning time of 13:02.5 stood for years.",
                           "13:02.5", T::kDuration, kText, "PT13M2.5S", "",
                           ""}));

TEST(QuantityParser, ClockWithSecondsIsNoRaceTime) {
  for (const std::string text :
       {"The alarm sounded at 11:42:05 in the hall.",
        "The feed froze at 08:10:44 GMT.", "Read verse 3:16 aloud."}) {
    for (const Quantity& q : Find(text))
      EXPECT_NE(q.type, QuantityType::kDuration) << SpanText(text, q);
  }
}

// "in 15 years" after a superlative or "first" is the years up to now, a
// DURATION; elsewhere it is the date that far ahead.
INSTANTIATE_TEST_SUITE_P(
    SuperlativeInYears, QuantityCases,
    ::testing::Values(Case{"Exports hit their lowest level in 12 years.",
                           "12 years", T::kDuration, kText, "P12Y", "", ""},
                      Case{
                          "It was the club's first home defeat in nine months.",
                          "nine months", T::kDuration, kText, "P9M", "", ""},
                      Case{"The plant will reopen in 12 years.", "in 12 years",
                           T::kDate, kText, "in 12 years", "", "in"}));

// A month/day shape before a percent or point word, or glued after a whole
// number and a dash, is a fraction, not a date.
TEST(QuantityParser, FractionOfAPointIsNoDate) {
  for (const char* text : {"The call price falls by 1/2 point a year.",
                           "The notes pay 9-3/8 pct until they mature.",
                           "The bank lifted its rate by 1/4 pct on Tuesday."}) {
    for (const Quantity& q : Find(text)) {
      const std::string span(std::string_view(text).substr(
          q.span.begin, q.span.end - q.span.begin));
      EXPECT_FALSE(q.type == QuantityType::kDate &&
                   span.find('/') != std::string::npos)
          << text << ": " << span;
    }
  }
}

// Wire copy's mixed numbers: a whole number, a dash and eighths, quarters
// or halves of one ("7-5/8 pct" is 7.625%).
INSTANTIATE_TEST_SUITE_P(
    DashedMixedNumbers, QuantityCases,
    ::testing::Values(Case{"The new bonds carry a 9-3/8 pct coupon.",
                           "9-3/8 pct", T::kPercent, 9.375, "", "%", ""},
                      Case{"The stock closed at 45-3/4 dlrs, up 1-1/2.",
                           "45-3/4 dlrs", T::kMoney, 45.75, "", "USD", ""},
                      Case{"The issue was priced at 101-1/8.", "101-1/8",
                           T::kCardinal, 101.125, "", "", ""}));

// A quake's size, unit "magnitude": the word before the number, after it
// (hyphenated too), or "on the Richter scale"; a number after "magnitude" is
// its own ("two magnitude 5 shocks": two, and magnitude 5).
INSTANTIATE_TEST_SUITE_P(
    QuakeMagnitude, QuantityCases,
    ::testing::Values(
        Case{"A magnitude 6.4 quake rattled the island.", "magnitude 6.4",
             T::kQuantity, 6.4, "", "magnitude", ""},
        Case{"A 6.2-magnitude tremor shook the valley.", "6.2-magnitude",
             T::kQuantity, 6.2, "", "magnitude", ""},
        Case{"The 4.7 magnitude shock cracked walls.", "4.7 magnitude",
             T::kQuantity, 4.7, "", "magnitude", ""},
        Case{"The shock registered 5.3 on the Richter scale.",
             "5.3 on the Richter scale", T::kQuantity, 5.3, "", "magnitude",
             ""},
        Case{"Two magnitude 5 shocks followed at dawn.", "magnitude 5",
             T::kQuantity, 5, "", "magnitude", ""},
        Case{"Two magnitude 5 shocks followed at dawn.", "Two", T::kCardinal, 2,
             "", "", ""}));

// Four digits before a place's time ("London time", "Pacific Daylight
// Time") are the 24-hour clock, as before "GMT"; a name that goes on after
// "Time" is no time zone.
INSTANTIATE_TEST_SUITE_P(
    FourDigitsBeforeAPlacesTime, QuantityCases,
    ::testing::Values(
        Case{"Bids must reach the agency by 1100 Madrid time on Monday.",
             "by 1100 Madrid time on Monday", T::kDate, kText,
             "XXXX-WXX-1T11:00", "", "by"},
        Case{"The launch window opens at 1945 Pacific Daylight Time.",
             "1945 Pacific Daylight Time", T::kDate, kText, "T19:45", "", ""}));
TEST(QuantityParser, NameWithTimeIsNoTimeZone) {
  const std::string text = "She ran in the 1900 Metro Time Trials.";
  for (const Quantity& q : Find(text))
    EXPECT_TRUE(q.value_text.empty() || q.value_text[0] != 'T')
        << SpanText(text, q) << " " << q.value_text;
}

// A comparison of values before a date ("higher than a year ago") compares
// the figures of two times: the date takes no modifier. "more than a year
// ago" keeps its own.
TEST(QuantityParser, ValueComparisonIsNoModifierOfADate) {
  for (const std::string text :
       {"Bookings at the resort ran higher than a year ago.",
        "Rents in the city were 4% lower than a month earlier.",
        "Water levels stayed below two weeks ago, the board said."}) {
    bool date = false;
    for (const Quantity& q : Find(text, "2026-05-04")) {
      if (q.type != QuantityType::kDate) continue;
      date = true;
      EXPECT_EQ(q.modifier, "") << text << ": " << SpanText(text, q);
    }
    EXPECT_TRUE(date) << text;
  }
  const std::string text = "The mine closed more than a decade ago.";
  std::vector<std::string> mods;
  for (const Quantity& q : Find(text, "2026-05-04"))
    if (q.type == QuantityType::kDate) mods.push_back(q.modifier);
  EXPECT_EQ(mods, std::vector<std::string>{"more_than"});
}

// A number word with a capital inside a sentence, next to another
// capitalized word, is part of a name ("the Nine Elms Trust", "Channel
// Seven"); in lower case or at the start of a sentence it counts.
TEST(QuantityParser, CapitalizedNumberWordInANameIsNoNumber) {
  for (const std::string text :
       {"The grant went to the Nine Elms Trust in March.",
        "Viewers switched to Channel Seven for the final.",
        "Bids came from Harbor Fourth Capital and others."}) {
    for (const Quantity& q : Find(text))
      EXPECT_TRUE(q.type != QuantityType::kCardinal &&
                  q.type != QuantityType::kOrdinal)
          << text << ": " << SpanText(text, q);
  }
  for (const std::string text :
       {"Voters backed three Green candidates.", "Three Green candidates won.",
        "PLANT TO CUT A THIRD OF STAFF"}) {
    EXPECT_FALSE(Find(text).empty()) << text;
  }
}

// Currency words of wire copy and the Gulf: "penny" (GBP pence), "dls"
// (dollars), "mlns" (millions), rials (IRR, OMR ...) and riyals (SAR, QAR).
INSTANTIATE_TEST_SUITE_P(
    MoreCurrencyWords, QuantityCases,
    ::testing::Values(
        Case{"The duty on a pint went up by one penny.", "one penny", T::kMoney,
             1, "", "GBP pence", ""},
        Case{"The unit earned 3.15 dls a share.", "3.15 dls", T::kMoney, 3.15,
             "", "USD", ""},
        Case{"The port cost 70 mlns dlrs to build.", "70 mlns dlrs", T::kMoney,
             70e6, "", "USD", ""},
        Case{"Muscat set aside 12 mln Omani rials for roads.",
             "12 mln Omani rials", T::kMoney, 12e6, "", "OMR", ""},
        Case{"The bazaar took in 800 billion rials.", "800 billion rials",
             T::kMoney, 800e9, "", "IRR", ""},
        Case{"Doha raised 64 mln Qatari riyals.", "64 mln Qatari riyals",
             T::kMoney, 64e6, "", "QAR", ""},
        Case{"Mills owed hundreds of mlns of dlrs.", "hundreds of mlns of dlrs",
             T::kMoney, 2e8, "", "USD", "hundreds_of_millions"}));

// A word glued after "<" opens a bracketed company name of wire copy
// ("<Second Harbor Bancorp>"): no number and no bound; "<3%" is a bound.
TEST(QuantityParser, BracketedNameIsNoNumber) {
  for (const std::string text :
       {"<Second Harbor Bancorp> said it agreed to the offer.",
        "Talks with <SEVEN OAKS MINING LTD> ended."}) {
    EXPECT_TRUE(Find(text).empty())
        << text << ": " << SpanText(text, Find(text)[0]);
  }
  const std::string text = "Default rates held at <3% all year.";
  std::vector<std::string> mods;
  for (const Quantity& q : Find(text))
    if (q.type == QuantityType::kPercent) mods.push_back(q.modifier);
  EXPECT_EQ(mods, std::vector<std::string>{"less_than"});
}

// A spaced capital "Ms" after a number is a title, no milliseconds.
TEST(QuantityParser, SpacedCapitalMsIsATitle) {
  const std::string text = "Among the 40 Ms Patel was the youngest.";
  for (const Quantity& q : Find(text))
    EXPECT_NE(q.type, QuantityType::kDuration) << SpanText(text, q);
}

// "lost more than $2 to $41.10": a change verb before "X to Y" (with a
// modifier between) makes a change and the level reached, no range.
TEST(QuantityParser, ChangeVerbBeforeXToYIsNoRange) {
  for (const std::string text :
       {"Brent lost more than $2 to $41.10 on Tuesday.",
        "The index gained 12 points to 3,410 in late trade.",
        "Copper eased 1% to $8,020 a tonne."}) {
    for (const Quantity& q : Find(text))
      EXPECT_NE(q.type, QuantityType::kRange)
          << text << ": " << SpanText(text, q);
  }
}

// "pounds" is money or mass by its context: money near a money word, another
// currency or "£" in the sentence, and a vague count ("millions of pounds");
// mass before "of" and a thing, or near a weight word. Other pounds are
// named ("Egyptian pounds"), and a bare "pounds" later in the story is
// theirs.
TEST(QuantityParser, PoundsAreMoneyOrMassByContext) {
  struct Want {
    const char* text;
    const char* span;
    QuantityType type;
    const char* unit;
  };
  const Want wants[] = {
      {"Renovating the pier will cost more than two million pounds.",
       "more than two million pounds", QuantityType::kMoney, "GBP"},
      {"Fans paid fifteen pounds for a seat.", "fifteen pounds",
       QuantityType::kMoney, "GBP"},
      {"On Friday one pound bought 1.17 euros.", "one pound",
       QuantityType::kMoney, "GBP"},
      {"The council has sunk millions of pounds into the scheme.",
       "millions of pounds", QuantityType::kMoney, "GBP"},
      {"After £3m of cuts the trust still needs 40 pounds per patient.",
       "40 pounds", QuantityType::kMoney, "GBP"},
      {"Tea now sells for 30 Egyptian pounds a kilo, up from 12 pounds.",
       "12 pounds", QuantityType::kMoney, "EGP"},
      {"The refinery will take 200 million pounds of scrap copper a year.",
       "200 million pounds", QuantityType::kQuantity, "lb"},
      {"Their newborn son weighed eight pounds.", "eight pounds",
       QuantityType::kQuantity, "lb"},
      {"He lost 40 pounds before the race.", "40 pounds",
       QuantityType::kQuantity, "lb"},
      {"The crate, with a weight of 90 pounds, cost $40 to ship.", "90 pounds",
       QuantityType::kQuantity, "lb"},
      // A piece of money after the unit ("note", "coin") makes it money;
      // any other noun after a hyphenated "pound" keeps the mass.
      {"Her purse held only a crumpled 20-pound note.", "20-pound",
       QuantityType::kMoney, "GBP"},
      {"Collectors hunt for the rare one-pound coins.", "one-pound",
       QuantityType::kMoney, "GBP"},
      {"He carried a 20-pound sack up the hill.", "20-pound",
       QuantityType::kQuantity, "lb"},
  };
  for (const Want& w : wants) {
    const std::string text = w.text;
    const Quantity* hit = nullptr;
    const std::vector<Quantity> qs = Find(text);
    for (const Quantity& q : qs)
      if (SpanText(text, q) == w.span) hit = &q;
    ASSERT_NE(hit, nullptr) << text << ": no '" << w.span << "'";
    EXPECT_EQ(hit->type, w.type) << text;
    EXPECT_EQ(hit->unit, w.unit) << text;
  }
}

}  // namespace
}  // namespace claimx

namespace claimx::internal {
namespace {

// The hand-written clock token reader against the pattern it replaced, on
// every string of up to six characters over digits, separators, the am/pm
// letters in both cases and one other letter.
TEST(ReadClockToken, SameAsThePattern) {
  const RE2 re(R"((\d{1,2})(?:[:.](\d{2}))?(?i)([ap]m?)?)");
  ASSERT_TRUE(re.ok());
  constexpr std::string_view kAlphabet = "019:.aPmx";
  std::string t;
  size_t checked = 0;
  for (size_t len = 0; len <= 6; ++len) {
    std::vector<size_t> pick(len, 0);
    for (;;) {
      t.resize(len);
      for (size_t k = 0; k < len; ++k) t[k] = kAlphabet[pick[k]];
      int h1 = -1, h2 = -1;
      re2::StringPiece m1, a1;
      std::string_view m2, a2;
      const bool want = RE2::FullMatch(t, re, &h1, &m1, &a1);
      ASSERT_EQ(ReadClockToken(t, &h2, &m2, &a2), want) << t;
      if (want) {
        EXPECT_EQ(h2, h1) << t;
        EXPECT_EQ(m2, std::string_view(m1.data(), m1.size())) << t;
        EXPECT_EQ(a2, std::string_view(a1.data(), a1.size())) << t;
      }
      ++checked;
      size_t k = 0;
      while (k < len && ++pick[k] == kAlphabet.size()) pick[k++] = 0;
      if (k == len) break;
    }
  }
  EXPECT_GT(checked, 500000u);
}

// The hand-written ordinal token reader against the pattern it replaced, on
// every string of up to five characters over digits, the suffix letters in
// both cases, another letter and the two bytes of U+017F (long s, which
// RE2's case folding reads as s), and on long digit runs around the int
// limit.
TEST(ReadOrdinalToken, SameAsThePattern) {
  const RE2 re(R"((\d+)(?i)(st|nd|rd|th))");
  ASSERT_TRUE(re.ok());
  const std::vector<std::string> alphabet = {
      "0", "1", "9", "s", "T", "n", "D", "r", "h", "x", "\xC5", "\xBF"};
  size_t checked = 0;
  const auto check = [&](const std::string& t) {
    int v1 = -1, v2 = -1;
    const bool want = RE2::FullMatch(t, re, &v1);
    ASSERT_EQ(ReadOrdinalToken(t, &v2), want) << t;
    if (want) {
      EXPECT_EQ(v2, v1) << t;
    }
    ++checked;
  };
  for (size_t len = 0; len <= 5; ++len) {
    std::vector<size_t> pick(len, 0);
    for (;;) {
      std::string t;
      for (size_t k = 0; k < len; ++k) t += alphabet[pick[k]];
      check(t);
      size_t k = 0;
      while (k < len && ++pick[k] == alphabet.size()) pick[k++] = 0;
      if (k == len) break;
    }
  }
  for (const char* digits : {"2147483647", "2147483648", "99999999999",
                             "000000000000000000000000"
                             "0000000000000000000000000021",
                             "0000000000000000000000000000000000"
                             "2147483648"}) {
    for (const char* suffix : {"st", "TH", "\xC5\xBFt", "xx"})
      check(std::string(digits) + suffix);
  }
  EXPECT_GT(checked, 200000u);
}

// The fast path of DigitsValue against the full conversion, on random
// digit strings with and without a decimal point (up to 18 digits: past 15
// it falls back to the full conversion itself).
TEST(DigitsValue, SameAsSimpleAtod) {
  std::mt19937 rng(20261130);
  std::uniform_int_distribution<int> digit(0, 9), len(1, 18);
  for (int n = 0; n < 200000; ++n) {
    std::string s;
    const int digits = len(rng);
    for (int k = 0; k < digits; ++k) s += static_cast<char>('0' + digit(rng));
    if (n % 3 != 0) {
      s.insert(
          s.begin() + std::uniform_int_distribution<int>(0, digits - 1)(rng),
          '.');
    }
    double want = 0;
    ASSERT_TRUE(absl::SimpleAtod(s, &want)) << s;
    ASSERT_EQ(DigitsValue(s), want) << s;
  }
}

// A decimal times a scale is the double nearest the decimal product: "$4.1m"
// is 4100000 exactly, not 4.1 * 1e6 = 4099999.9999999995.
TEST(QuantityParser, ScaledDecimalIsExact) {
  const std::string text =
      "The bakery chain made $4.1m in March, lost 16.4bn rupees in April and "
      "sold 33.3 mln loaves, 261.9m rolls and 0.35 billion buns.";
  std::vector<double> values;
  for (const Quantity& q : Find(text))
    if (q.value && *q.value > 1e5) values.push_back(*q.value);
  EXPECT_EQ(values,
            (std::vector<double>{4.1e6, 16.4e9, 33.3e6, 261.9e6, 0.35e9}));
}

// "won" is a currency after digits or a scale, and the verb after a bare
// spelled number ("no one won", "two won medals").
TEST(QuantityParser, WonAfterASpelledNumberIsTheVerb) {
  for (const std::string text :
       {"No one won the raffle at the fair.", "Of the rowers, two won medals.",
        "The next one won by a length."}) {
    for (const Quantity& q : Find(text))
      EXPECT_EQ(SpanText(text, q).find("won"), std::string::npos)
          << SpanText(text, q);
  }
  const std::string text =
      "The mill paid 4,500 won a sack and owes one trillion won.";
  std::vector<std::string> money;
  for (const Quantity& q : Find(text))
    if (q.type == QuantityType::kMoney && q.unit == "KRW")
      money.push_back(SpanText(text, q));
  EXPECT_EQ(money, (std::vector<std::string>{"4,500 won", "one trillion won"}));
}

// A named clock time ("midnight", "noon") joins the day right after it, as a
// clock time in figures does ("6am on Thursday"): one DATE, with or without a
// time preposition before it.
INSTANTIATE_TEST_SUITE_P(
    NamedTimeBeforeADay, QuantityCases,
    ::testing::Values(Case{"The ferry strike lasts until midnight on Sunday.",
                           "until midnight on Sunday", T::kDate, kText,
                           "XXXX-WXX-7T00:00", "", "until"},
                      Case{"Bidders face a cut-off of midnight on Tuesday.",
                           "midnight on Tuesday", T::kDate, kText,
                           "XXXX-WXX-2T00:00", "", ""},
                      Case{"Noon Wednesday is when the polls shut.",
                           "Noon Wednesday", T::kDate, kText,
                           "XXXX-WXX-3T12:00", "", ""},
                      Case{"The curfew starts at midnight tomorrow.",
                           "midnight tomorrow", T::kDate, kText,
                           "2026-02-13T00:00", "", "", "2026-02-12"}));
TEST(QuantityParser, NamedTimeAloneNeedsAPreposition) {
  const std::string text = "Crowds partied past midnight in the square.";
  EXPECT_TRUE(Find(text).empty());
}

// The leading unit joined to its number by a hyphen ("magnitude-6.1", which
// the tokenizer splits at the decimal point) is a measure, as "magnitude
// 6.1" is; no count of "quakes" is read from its decimal part.
INSTANTIATE_TEST_SUITE_P(
    LeadingUnitWithAHyphen, QuantityCases,
    ::testing::Values(Case{"A magnitude-5.4 tremor shook the valley.",
                           "magnitude-5.4", T::kQuantity, 5.4, "", "magnitude",
                           ""},
                      Case{"Officials logged a magnitude-4 aftershock.",
                           "magnitude-4", T::kQuantity, 4, "", "magnitude",
                           ""}));
TEST(QuantityParser, LeadingUnitWithAHyphenCountsNothing) {
  const std::string text = "A magnitude-6.2 quake shook the coast.";
  for (const Quantity& q : Find(text))
    EXPECT_NE(q.type, QuantityType::kCardinal);
}

// A clock time with seconds after a time preposition or before a time zone
// ("at 10:15:30 GMT") is a DATE with the seconds in its value, joined to the
// day after it as any clock time; elsewhere "2:04:31" stays a race time.
INSTANTIATE_TEST_SUITE_P(
    ClockTimeWithSeconds, QuantityCases,
    ::testing::Values(
        Case{"The signal was lost at 14:07:52 on the second orbit.", "14:07:52",
             T::kDate, kText, "T14:07:52", "", ""},
        Case{"The shaking began at 03:21:09 local time on Tuesday.",
             "03:21:09 local time on Tuesday", T::kDate, kText,
             "XXXX-WXX-2T03:21:09", "", ""},
        Case{"She crossed the line in 2:21:45 to win.", "2:21:45", T::kDuration,
             kText, "PT2H21M45S", "", ""}));

// A glued "m" after a track or pool distance is metres ("the 5000m", "the
// 110m hurdles"), not million; with a currency or a counted noun it is
// still million ("£400m", "400m euros", "100m viewers").
INSTANTIATE_TEST_SUITE_P(
    TrackDistanceInMetres, QuantityCases,
    ::testing::Values(Case{"She took bronze in the 5000m at the trials.",
                           "5000m", T::kQuantity, 5000, "", "m", ""},
                      Case{"He set a national record in the 110m hurdles.",
                           "110m", T::kQuantity, 110, "", "m", ""},
                      Case{"Her 10,000m title was her first.", "10,000m",
                           T::kQuantity, 10000, "", "m", ""},
                      Case{"The club spent £400m on players.", "£400m",
                           T::kMoney, 4e8, "", "GBP", ""},
                      Case{"The fine was 400m euros.", "400m euros", T::kMoney,
                           4e8, "", "EUR", ""},
                      Case{"The final drew 100m viewers.", "100m viewers",
                           T::kCardinal, 1e8, "", "viewers", ""}));

// A capitalized day word inside a sentence, after a word, names a
// programme or a paper ("Radio 4's Today programme", "USA Today"); at the
// start of a sentence and in lower case it is a date.
TEST(QuantityParser, CapitalizedDayWordInsideASentenceIsAName) {
  for (const std::string text :
       {"The minister spoke to Radio 4's Today programme.",
        "The poll was run for USA Today and a TV network.",
        "He told Tonight that the talks had failed."}) {
    for (const Quantity& q : Find(text))
      EXPECT_NE(q.type, QuantityType::kDate) << SpanText(text, q);
  }
}
INSTANTIATE_TEST_SUITE_P(
    DayWordsThatAreDates, QuantityCases,
    ::testing::Values(Case{"Today the port reopened.", "Today", T::kDate, kText,
                           "2026-02-12", "", "", "2026-02-12"},
                      Case{"The port reopened today.", "today", T::kDate, kText,
                           "2026-02-12", "", "", "2026-02-12"}));

// "over" before a time span is "during" ("repaid over three years") unless
// a word before it ("for", "well") or after the span ("ago", "old") makes
// it a bound.
INSTANTIATE_TEST_SUITE_P(
    OverATimeSpan, QuantityCases,
    ::testing::Values(
        Case{"The loan will be repaid over three years.", "three years",
             T::kDuration, kText, "P3Y", "", ""},
        Case{"Over six months, the clinic saw fewer patients.", "six months",
             T::kDuration, kText, "P6M", "", ""},
        Case{"The mill has been closed for over two years.", "over two years",
             T::kDuration, kText, "P2Y", "", "more_than"},
        Case{"The hearing ran well over four hours.", "over four hours",
             T::kDuration, kText, "PT4H", "", "more_than"},
        Case{"The puppy, over ten weeks old, was found.", "over ten weeks old",
             T::kDuration, kText, "P10W", "age", "more_than"}));

}  // namespace
}  // namespace claimx::internal
