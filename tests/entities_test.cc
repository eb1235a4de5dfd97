// The entities stage: types, titles, heads, gazetteers, chains, overrides, and
// the annotated dev set in tests/golden/entities/dev.txt.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "claimx/claimx.h"
#include "entities/candidate_sort.h"
#include "entities/icu_regions.h"
#include "entities/name_shape.h"
#include "entities/token_search.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lexicon/phrase_lexicon.h"
#include "model.h"
#include "quantities/quantity_parser.h"
#include "text/tsv.h"
#include "tokenize/tokenizer.h"

namespace claimx {
namespace {

using ::testing::HasSubstr;

const Extractor& Default() {
  static const Extractor* ex = [] {
    Options o;
    o.claims = false;
    return new Extractor(*Extractor::Create(o));
  }();
  return *ex;
}

struct Found {
  std::string text, type, canonical, title;
  bool outlet;
  int mention_of;
};

std::vector<Found> Recognize(const std::string& text,
                             const Extractor& ex = Default()) {
  absl::StatusOr<Document> doc = ex.Extract(text);
  EXPECT_TRUE(doc.ok()) << doc.status();
  std::vector<Found> out;
  if (!doc.ok()) return out;
  for (const Entity& e : doc->entities) {
    out.push_back({text.substr(e.span.begin, e.span.size()),
                   std::string(ToString(e.type)),
                   std::string(CanonicalName(e, text)), e.title, e.outlet,
                   e.mention_of});
  }
  return out;
}

// "TYPE text" for every entity, for compact expectations.
std::vector<std::string> Typed(const std::string& text,
                               const Extractor& ex = Default()) {
  std::vector<std::string> out;
  for (const Found& f : Recognize(text, ex))
    out.push_back(f.type + " " + f.text);
  return out;
}

const Found* Find(const std::vector<Found>& v, const std::string& text,
                  int nth = 0) {
  for (const Found& f : v) {
    if (f.text == text && nth-- == 0) return &f;
  }
  return nullptr;
}

// A lexicon name written in another case takes the lexicon's spelling as
// its canonical name: a dateline or headline in capitals, and the later
// mentions that chain to it.
TEST(Entities, AllCapsMentionTakesTheLexiconSpelling) {
  const std::string text =
      "NORWEGIAN FERRY STRIKE ENDS\n\nOSLO, March 3 - Norwegian ferry crews "
      "ended a strike in Oslo and Bergen, the union said.";
  std::vector<Found> got = Recognize(text);
  const Found* dateline = Find(got, "OSLO");
  ASSERT_NE(dateline, nullptr);
  EXPECT_EQ(dateline->canonical, "Oslo");
  const Found* later = Find(got, "Oslo");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->canonical, "Oslo");
  const Found* headline = Find(got, "NORWEGIAN");
  ASSERT_NE(headline, nullptr);
  EXPECT_EQ(headline->canonical, "Norwegian");
  const Found* body = Find(got, "Norwegian");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->canonical, "Norwegian");
  EXPECT_EQ(Find(got, "Bergen")->canonical, "Bergen");
}

TEST(Entities, CommonWordGluedToAnAmpersandOpensAName) {
  // "AT", "BY" fold to prepositions, which open no name by themselves.
  EXPECT_THAT(Typed("AT&T cut prices, and BY&CO followed. A deal was signed "
                    "by AT&T. At noon it closed."),
              ::testing::ElementsAre("ORG AT&T", "ORG BY&CO", "ORG AT&T"));
}

TEST(Entities, CapitalizedSequencesSkipSentenceInitialWords) {
  EXPECT_THAT(
      Typed("However, Brekke Logistics said it would hire 40 drivers. "
            "Yesterday Brekke Logistics opened a depot."),
      ::testing::ElementsAre("ORG Brekke Logistics", "ORG Brekke Logistics"));
  EXPECT_THAT(Typed("Meanwhile the workers left."), ::testing::IsEmpty());
}

TEST(Entities, DottedCapitalIMatchesThePlainSpelling) {
  // The gazetteer spells the city without the dot; Turkish text has it. At
  // the start of a sentence only the gazetteer can tell it is a name.
  EXPECT_THAT(Typed("\xC4\xB0stanbul cancelled its ferries on Monday."),
              ::testing::ElementsAre("GPE \xC4\xB0stanbul"));
}

TEST(Entities, AllCapsHeadlineOnlyKnownNames) {
  std::vector<std::string> got = Typed(
      "FLOODS HIT TOWNS AS RIVERS BURST BANKS IN PERU\n\n"
      "Rivers burst their banks in Peru on Sunday, officials said.");
  EXPECT_THAT(got, ::testing::ElementsAre("GPE PERU", "GPE Peru"));
}

TEST(Entities, HeadingLineMarksDoNotReachTheNextDocument) {
  // The stage's per-token scratch is kept from one document to the next (on
  // the same thread) and must start clean: the all-caps line's dash, token
  // 1, is the next document's "Mersin-based", which a heading line's mark
  // would keep from naming its place.
  const std::string body = "A Mersin-based firm grew.";
  ASSERT_THAT(Typed(body), ::testing::ElementsAre("GPE Mersin"));
  EXPECT_THAT(Typed("VORLUND - ZKTR TALKS\n\nIt said so."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed(body), ::testing::ElementsAre("GPE Mersin"));
}

TEST(Entities, TitleCaseHeadingUsesNamesFromTheBody) {
  std::vector<Found> got = Recognize(
      "Harbour Chief Marta Ilves Quits After Audit\n\n"
      "Marta Ilves, who ran the harbour authority for six years, resigned on "
      "Friday.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "Marta Ilves");
  EXPECT_EQ(got[0].type, "PERSON");
  EXPECT_EQ(got[1].text, "Marta Ilves");
  // mention_of is the first mention in text order: the heading's, whose
  // canonical name comes from the body.
  EXPECT_EQ(got[0].mention_of, -1);
  EXPECT_EQ(got[1].mention_of, 0);
}

TEST(Entities, ResultsAndStandingsRowsNameTeams) {
  // A city or an unknown name in a results row is a team; a country stays a
  // place (CoNLL-2003 habit).
  EXPECT_THAT(Typed("Weekend results:\n\n"
                    "Leeds 3 Brackwell Rovers 1\n"
                    "Kenya 0 Ghana 2\n"
                    "Ostrava 11 7 2 2 21 9 23\n"),
              ::testing::ElementsAre("ORG Leeds", "ORG Brackwell Rovers",
                                     "GPE Kenya", "GPE Ghana", "ORG Ostrava"));
}

TEST(Entities, DatelinePlaceAndTheWordAfterTheDash) {
  EXPECT_THAT(Typed("KORVATA, April 9 (Reuters) - Protests spread on "
                    "Wednesday, police said."),
              ::testing::ElementsAre("GPE KORVATA", "ORG Reuters"));
  EXPECT_THAT(Typed("TALLINN 2001-04-09\n\nThe port reopened."),
              ::testing::ElementsAre("GPE TALLINN"));
}

TEST(Entities, RowsEndingInANumberAreNotHeadings) {
  // Title-case words and a trailing number: a table row, names trusted.
  EXPECT_THAT(Typed("Ulrike Brandauer (Austria) beat Ines Faltermeyer "
                    "(Germany) 6-2 6-4"),
              ::testing::Contains("PERSON Ulrike Brandauer"));
}

TEST(Entities, OrganizationEvidenceFromContext) {
  EXPECT_THAT(Typed("Regional carrier Norvik said it would add routes."),
              ::testing::ElementsAre("ORG Norvik"));
  EXPECT_THAT(Typed("Analysts cut their forecasts for Pellmont Quarry shares."),
              ::testing::ElementsAre("ORG Pellmont Quarry"));
  EXPECT_THAT(
      Typed("Bexley Arden, a Leeds-based packaging company, cut 80 jobs."),
      ::testing::ElementsAre("ORG Bexley Arden", "GPE Leeds"));
  // An industry word is a head: not a person.
  EXPECT_THAT(Typed("The deal values Tarnow Textiles at $90 million."),
              ::testing::ElementsAre("ORG Tarnow Textiles"));
}

TEST(Entities, FirstWordOfAnOrganizationRefersBack) {
  std::vector<Found> got = Recognize(
      "Quellmoor Energy will sell its grid unit. Quellmoor's board approved "
      "the sale on Monday.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].text, "Quellmoor");
  EXPECT_EQ(got[1].type, "ORG");
  EXPECT_EQ(got[1].mention_of, 0);
  EXPECT_EQ(got[1].canonical, "Quellmoor Energy");
}

// In a document with a name its first word names (Chain's first-word
// index and its filter), a one-word name still chains by its last word, a
// first word still finds its name, and an unrelated one-word name stays
// its own.
TEST(Entities, OneWordNamesBesideAFirstWordName) {
  std::vector<Found> got = Recognize(
      "Quellmoor Energy hired Ada Penhallow in May. Penhallow said Quellmoor "
      "would expand, and Tarrant agreed.");
  const Found* org = Find(got, "Quellmoor Energy");
  const Found* person = Find(got, "Ada Penhallow");
  const Found* surname = Find(got, "Penhallow");
  const Found* first = Find(got, "Quellmoor");
  const Found* other = Find(got, "Tarrant");
  ASSERT_NE(org, nullptr);
  ASSERT_NE(person, nullptr);
  ASSERT_NE(surname, nullptr);
  ASSERT_NE(first, nullptr);
  ASSERT_NE(other, nullptr);
  EXPECT_EQ(surname->mention_of, person - got.data());
  EXPECT_EQ(surname->canonical, "Ada Penhallow");
  EXPECT_EQ(first->mention_of, org - got.data());
  EXPECT_EQ(first->canonical, "Quellmoor Energy");
  EXPECT_EQ(other->mention_of, -1);
}

TEST(Entities, TitleAfterTheNameIsRecorded) {
  std::vector<Found> got = Recognize(
      "Odile Verhaegen, the company's chairwoman, said profits would fall.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].type, "PERSON");
  EXPECT_EQ(got[0].title, "chairwoman");
}

TEST(Entities, DemonymNounBeforeAName) {
  EXPECT_THAT(Typed("Dane Mikkel Rasborg finished third."),
              ::testing::ElementsAre("NORP Dane", "PERSON Mikkel Rasborg"));
}

TEST(Entities, PlaceContextTypesUnknownMultiWordNames) {
  EXPECT_THAT(Typed("The convoy turned back toward Umm Dalam on Sunday."),
              ::testing::ElementsAre("GPE Umm Dalam"));
}

TEST(Entities, TitlesStayOutOfThePersonSpan) {
  std::vector<Found> got = Recognize(
      "Foreign Minister Tomas Berg met Dr. Amara Diallo and Sen. Ruth Calder. "
      "Halden Energy chief executive Ivo Marsh did not attend.");
  const Found* berg = Find(got, "Tomas Berg");
  ASSERT_NE(berg, nullptr);
  EXPECT_EQ(berg->type, "PERSON");
  EXPECT_EQ(berg->title, "Foreign Minister");
  ASSERT_NE(Find(got, "Amara Diallo"), nullptr);
  EXPECT_EQ(Find(got, "Amara Diallo")->title, "Dr.");
  ASSERT_NE(Find(got, "Ruth Calder"), nullptr);
  EXPECT_EQ(Find(got, "Ruth Calder")->title, "Sen.");
  ASSERT_NE(Find(got, "Halden Energy"), nullptr);
  EXPECT_EQ(Find(got, "Halden Energy")->type, "ORG");
  ASSERT_NE(Find(got, "Ivo Marsh"), nullptr);
  EXPECT_EQ(Find(got, "Ivo Marsh")->title, "chief executive");
}

TEST(Entities, TitleWithCountryAndCompany) {
  EXPECT_THAT(Typed("Kenyan President Amos Wekesa spoke to Tarn Motors Chief "
                    "Executive Lena Fisk."),
              ::testing::ElementsAre("NORP Kenyan", "PERSON Amos Wekesa",
                                     "ORG Tarn Motors", "PERSON Lena Fisk"));
}

TEST(Entities, OrganizationHeadsSuffixesAndFunctionWords) {
  EXPECT_THAT(Typed("The Ministry of Foreign Affairs and Quillon Holdings Inc. "
                    "disagreed with "
                    "the Green Future Party and the University of Tartu."),
              ::testing::ElementsAre("ORG Ministry of Foreign Affairs",
                                     "ORG Quillon Holdings Inc.",
                                     "ORG Green Future Party",
                                     "ORG University of Tartu"));
  // A connector needs a head before it: two places, not one name.
  EXPECT_THAT(Typed("Trade between Chile and Peru grew."),
              ::testing::ElementsAre("GPE Chile", "GPE Peru"));
}

TEST(Entities, PlaceHeads) {
  EXPECT_THAT(
      Typed(
          "Fishermen on the Olvera River and at Kessel Airport were stranded."),
      ::testing::ElementsAre("LOC Olvera River", "FAC Kessel Airport"));
}

TEST(Entities, GazetteersFromIcuAndData) {
  EXPECT_THAT(
      Typed("Aid reached Mozambique, Kyrgyzstan and Nairobi, and Peruvian and "
            "Nepali teams flew over the Middle East."),
      ::testing::ElementsAre("GPE Mozambique", "GPE Kyrgyzstan", "GPE Nairobi",
                             "NORP Peruvian", "NORP Nepali",
                             "LOC Middle East"));
}

TEST(Entities, IcuRegionNames) {
  std::vector<internal::LexiconEntry> regions = internal::IcuRegionEntries();
  std::set<std::string> names;
  for (const internal::LexiconEntry& e : regions) names.insert(e.phrase);
  EXPECT_GT(regions.size(), 200u);
  EXPECT_TRUE(names.count("Mozambique"));
  EXPECT_TRUE(names.count("Burma"));  // from "Myanmar (Burma)"
  EXPECT_TRUE(names.count("Africa"));
}

TEST(Entities, OutletsAndInternationalBodies) {
  std::vector<Found> got = Recognize(
      "Reuters and Xinhua said NATO and the World Bank disagreed, "
      "AFP reported.");
  ASSERT_EQ(got.size(), 5u);
  EXPECT_TRUE(got[0].outlet);
  EXPECT_TRUE(got[1].outlet);
  EXPECT_FALSE(got[2].outlet);
  EXPECT_EQ(got[3].canonical, "World Bank");
  EXPECT_EQ(got[4].canonical, "Agence France-Presse");
  EXPECT_TRUE(got[4].outlet);
}

TEST(Entities, CapitalAsGovernmentStaysGpe) {
  EXPECT_THAT(
      Typed("Moscow rejected the offer. Beijing warned, and Washington said "
            "nothing."),
      ::testing::ElementsAre("GPE Moscow", "GPE Beijing", "GPE Washington"));
}

TEST(Entities, AcronymWithExpansion) {
  std::vector<Found> got = Recognize(
      "The Coastal Fisheries Authority (CFA) closed the bay. Later the CFA "
      "reopened it.");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].text, "Coastal Fisheries Authority");
  EXPECT_EQ(got[1].text, "CFA");
  EXPECT_EQ(got[1].mention_of, 0);
  EXPECT_EQ(got[2].mention_of, 0);
  EXPECT_EQ(got[2].canonical, "Coastal Fisheries Authority");
}

// An acronym with no expansion in brackets joins the organization whose
// capitalized words it spells, also when it is the document's only all-caps
// word (Chain builds the initials index only when there is one).
TEST(Entities, AcronymSpellingAnEarlierOrganization) {
  std::vector<Found> got = Recognize(
      "Harbor Freight Logistics cut 40 jobs on Monday. Later HFL said it "
      "would hire again in spring.");
  const Found* acronym = Find(got, "HFL");
  ASSERT_NE(acronym, nullptr);
  EXPECT_EQ(acronym->type, "ORG");
  EXPECT_EQ(acronym->mention_of, 0);
  EXPECT_EQ(acronym->canonical, "Harbor Freight Logistics");
}

TEST(Entities, SurnameAndShortNameChains) {
  std::vector<Found> got = Recognize(
      "Grace Okafor runs the clinic. Okafor said funding had dried up, and "
      "Okafor's deputy "
      "agreed. The Lagos Herald first reported the cuts; the Herald said more "
      "would follow.");
  const Found* full = Find(got, "Grace Okafor");
  ASSERT_NE(full, nullptr);
  const Found* second = Find(got, "Okafor");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->type, "PERSON");
  EXPECT_EQ(second->mention_of, 0);
  EXPECT_EQ(second->canonical, "Grace Okafor");
  const Found* poss =
      Find(got, "Okafor", 1);  // possessive 's excluded from the span
  ASSERT_NE(poss, nullptr);
  EXPECT_EQ(poss->mention_of, 0);
  const Found* herald = Find(got, "Herald");
  ASSERT_NE(herald, nullptr);
  EXPECT_EQ(herald->canonical, "Lagos Herald");
  EXPECT_TRUE(herald->outlet);
}

// Two people with one surname stay apart, and each full name again joins
// its own chain: Chain compares the words before the shared last word (by
// word id for a surname the lexicon knows, "Martin"; by bytes for one it
// does not, "Vexholm"), and a lone surname joins the first of them.
TEST(Entities, FullNamesSharingASurnameChainApart) {
  for (const std::string surname : {"Martin", "Vexholm"}) {
    const std::string text = "Ruth " + surname + " chairs the board. Paul " +
                             surname + ", her brother, left in May. Paul " +
                             surname + " now farms, and " + surname +
                             " says little.";
    std::vector<Found> got = Recognize(text);
    const Found* ruth = Find(got, "Ruth " + surname);
    const Found* paul = Find(got, "Paul " + surname);
    const Found* paul_again = Find(got, "Paul " + surname, 1);
    const Found* alone = Find(got, surname);
    ASSERT_NE(ruth, nullptr) << surname;
    ASSERT_NE(paul, nullptr) << surname;
    ASSERT_NE(paul_again, nullptr) << surname;
    ASSERT_NE(alone, nullptr) << surname;
    EXPECT_EQ(ruth->mention_of, -1) << surname;
    EXPECT_EQ(paul->mention_of, -1) << surname;
    EXPECT_EQ(paul_again->mention_of, 1) << surname;
    EXPECT_EQ(alone->mention_of, 0) << surname;
    EXPECT_EQ(alone->canonical, "Ruth " + surname) << surname;
  }
}

// Entity::canonical is left empty when the name is the span's own text;
// CanonicalName gives it either way. A name written with a wider gap, and a
// shorter mention of a longer name, spell theirs out.
TEST(Entities, CanonicalEmptyWhenItIsTheSpanText) {
  const std::string text =
      "Tomasz  Wielgos opened the depot. Marta Ilves, his deputy, met "
      "Wielgos later, and Marta Ilves signed the lease.";
  absl::StatusOr<Document> doc = Default().Extract(text);
  ASSERT_TRUE(doc.ok()) << doc.status();
  auto at = [&](std::string_view name, int nth) -> const Entity* {
    for (const Entity& e : doc->entities) {
      if (std::string_view(text).substr(e.span.begin, e.span.size()) == name &&
          nth-- == 0) {
        return &e;
      }
    }
    return nullptr;
  };
  const Entity* spaced = at("Tomasz  Wielgos", 0);
  const Entity* plain = at("Marta Ilves", 0);
  const Entity* surname = at("Wielgos", 0);
  const Entity* again = at("Marta Ilves", 1);
  ASSERT_TRUE(spaced && plain && surname && again);
  EXPECT_EQ(spaced->canonical, "Tomasz Wielgos");
  EXPECT_EQ(plain->canonical, "");
  EXPECT_EQ(CanonicalName(*plain, text), "Marta Ilves");
  EXPECT_EQ(surname->canonical, "Tomasz Wielgos");
  EXPECT_GE(again->mention_of, 0);
  EXPECT_EQ(again->canonical, "");
  EXPECT_EQ(CanonicalName(*again, text), "Marta Ilves");
}

TEST(Entities, ColonStartsAClauseAndLabelsAreNotNames) {
  // The word after a colon is judged as a sentence opener; a line-opening
  // label in capitals is not an acronym unless the text names it again.
  EXPECT_THAT(Typed("CORRECTION: Totals exclude sales in Lisbon.\n\n"
                    "The survey had two parts: Mornings and evenings."),
              ::testing::ElementsAre("GPE Lisbon"));
  EXPECT_THAT(Typed("KFTA: fares rose. Later KFTA cut them."),
              ::testing::ElementsAre("ORG KFTA", "ORG KFTA"));
}

TEST(Entities, NameBeforeATitleIsTheOrganization) {
  // A given name inside the club's name does not make it a person; a lone
  // sentence opener before a title stays out unless named again.
  EXPECT_THAT(Typed("Then Kingsley Vale winger Ike Mensah scored twice."),
              ::testing::ElementsAre("ORG Kingsley Vale", "PERSON Ike Mensah"));
  EXPECT_THAT(Typed("Opposition leader Ida Varga walked out."),
              ::testing::ElementsAre("PERSON Ida Varga"));
}

TEST(Entities, AndJoinsANameEndingInAnOrganizationHead) {
  EXPECT_THAT(
      Typed("The bonds were sold through Harlow Pike and Co Inc on Monday."),
      ::testing::ElementsAre("ORG Harlow Pike and Co Inc"));
  EXPECT_THAT(
      Typed("Regulators closed the Dunmore Savings and Loan Association."),
      ::testing::ElementsAre("ORG Dunmore Savings and Loan Association"));
  // A known name after "and" starts a name of its own.
  EXPECT_THAT(Typed("Fares rose at Brevik and Norway Rail Corp last year."),
              ::testing::ElementsAre("ORG Brevik", "ORG Norway Rail Corp"));
}

TEST(Entities, WireCopyTokensThatAreNotNames) {
  // Time zones, share classes, lone letters and undotted month abbreviations;
  // AP-style state abbreviations are places.
  EXPECT_THAT(Typed("Trading resumed at 1430 EST (1930 GMT) in Tulsa, Okla., "
                    "and its Class B stock rose 4.1 pct in Feb trading."),
              ::testing::ElementsAre("GPE Tulsa", "GPE Okla."));
}

TEST(Entities, CityNextToAResultVerbWithAScoreIsItsClub) {
  EXPECT_THAT(
      Typed("On Sunday Porto beat Lyon 2-1, and Portugal beat Spain 3-0."),
      ::testing::ElementsAre("ORG Porto", "ORG Lyon", "GPE Portugal",
                             "GPE Spain"));
  EXPECT_THAT(Typed("On Sunday Porto held Lyon to a goalless draw."),
              ::testing::ElementsAre("ORG Porto", "ORG Lyon"));
  // No score: a city bidding against another stays a place.
  EXPECT_THAT(Typed("On Sunday Milan beat Rome to host the summit."),
              ::testing::ElementsAre("GPE Milan", "GPE Rome"));
}

TEST(Entities, DatesAreNotNames) {
  EXPECT_THAT(Typed("On Monday, March 3, Lisbon hosted the talks."),
              ::testing::ElementsAre("GPE Lisbon"));
}

TEST(Entities, UserLexiconAddsAndRemoves) {
  Options o;
  o.claims = false;
  o.lexicon_text =
      "Zephyr Dynamics\tentity\ttype=ORG;canonical=Zephyr Dynamics AG\n"
      "Reuters\t-\n";
  absl::StatusOr<Extractor> ex = Extractor::Create(o);
  ASSERT_TRUE(ex.ok()) << ex.status();
  std::vector<Found> got =
      Recognize("Zephyr Dynamics told Reuters about the deal.", *ex);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].canonical, "Zephyr Dynamics AG");
  EXPECT_EQ(got[0].type, "ORG");
  EXPECT_FALSE(got[1].outlet);  // Reuters removed from the outlet list
}

TEST(Entities, BadTypeNamesTheLine) {
  Options o;
  o.lexicon_text = "Zephyr\tentity\ttype=COMPANY\n";
  absl::StatusOr<Extractor> ex = Extractor::Create(o);
  ASSERT_FALSE(ex.ok());
  EXPECT_THAT(std::string(ex.status().message()),
              HasSubstr("<options.lexicon_text>:1"));
}

TEST(Entities, StageCanBeSwitchedOff) {
  Options o;
  o.entities = false;
  absl::StatusOr<Extractor> ex = Extractor::Create(o);
  ASSERT_TRUE(ex.ok());
  absl::StatusOr<Document> doc = ex->Extract("Reuters reported from Nairobi.");
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->entities.empty());
}

// ---- the annotated dev set ------------------------------------------------

struct Passage {
  std::string id, text;
  std::set<std::tuple<uint32_t, uint32_t, std::string>> gold;
};

std::string SourceDir() {
  const char* d = std::getenv("CLAIMX_SOURCE_DIR");
  return d ? d : ".";
}

std::vector<Passage> ReadDevSet(const std::string& path) {
  std::ifstream in(path);
  std::vector<Passage> out;
  std::string line, raw;
  auto flush = [&] {
    if (out.empty()) return;
    while (!raw.empty() && raw.back() == '\n') raw.pop_back();
    size_t start = raw.find_first_not_of('\n');
    raw = start == std::string::npos ? "" : raw.substr(start);
    Passage& p = out.back();
    for (size_t i = 0; i < raw.size();) {
      size_t close = raw.find(']', i);
      size_t space = raw.find(' ', i);
      if (raw[i] == '[' && close != std::string::npos &&
          space != std::string::npos && space < close) {
        std::string type = raw.substr(i + 1, space - i - 1);
        uint32_t b = static_cast<uint32_t>(p.text.size());
        p.text += raw.substr(space + 1, close - space - 1);
        p.gold.insert({b, static_cast<uint32_t>(p.text.size()), type});
        i = close + 1;
      } else {
        p.text += raw[i++];
      }
    }
    raw.clear();
  };
  while (std::getline(in, line)) {
    if (line.rfind("### ", 0) == 0) {
      flush();
      out.push_back({line.substr(4), "", {}});
    } else if (!out.empty()) {
      raw += line + "\n";
    }
  }
  flush();
  return out;
}

std::string ConllType(const std::string& t) {
  if (t == "PERSON") return "PER";
  if (t == "GPE" || t == "LOC" || t == "FAC") return "LOC";
  if (t == "NORP" || t == "EVENT") return "MISC";
  return t;
}

TEST(EntitiesGolden, DevSetScoresAndSnapshot) {
  std::string dir = SourceDir() + "/tests/golden/entities/";
  std::vector<Passage> passages = ReadDevSet(dir + "dev.txt");
  ASSERT_GE(passages.size(), 60u);
  std::map<std::string, int> tp, fp, fn;
  std::ostringstream snapshot;
  snapshot << "# System output on dev.txt (rewrite: CLAIMX_UPDATE_GOLDEN=1).\n";
  for (const Passage& p : passages) {
    absl::StatusOr<Document> doc = Default().Extract(p.text, {p.id, ""});
    ASSERT_TRUE(doc.ok()) << doc.status();
    std::set<std::tuple<uint32_t, uint32_t, std::string>> sys, gold;
    snapshot << "\n### " << p.id << "\n";
    uint32_t pos = 0;
    std::string rendered;
    for (size_t i = 0; i < doc->entities.size(); ++i) {
      const Entity& e = doc->entities[i];
      sys.insert(
          {e.span.begin, e.span.end, ConllType(std::string(ToString(e.type)))});
      rendered += p.text.substr(pos, e.span.begin - pos);
      rendered += "[" + std::string(ToString(e.type)) + " " +
                  p.text.substr(e.span.begin, e.span.size()) + "]";
      pos = e.span.end;
    }
    rendered += p.text.substr(pos);
    snapshot << rendered << "\n";
    for (size_t i = 0; i < doc->entities.size(); ++i) {
      const Entity& e = doc->entities[i];
      if (e.mention_of >= 0 || !e.title.empty() || e.outlet ||
          CanonicalName(e, p.text) !=
              p.text.substr(e.span.begin, e.span.size())) {
        snapshot << "  " << i << " "
                 << p.text.substr(e.span.begin, e.span.size())
                 << " canonical=" << CanonicalName(e, p.text);
        if (!e.title.empty()) snapshot << " title=" << e.title;
        if (e.outlet) snapshot << " outlet";
        if (e.mention_of >= 0) snapshot << " mention_of=" << e.mention_of;
        snapshot << "\n";
      }
    }
    for (const auto& [b, e, t] : p.gold) gold.insert({b, e, ConllType(t)});
    for (const auto& x : sys) (gold.count(x) ? tp : fp)[std::get<2>(x)]++;
    for (const auto& x : gold) {
      if (!sys.count(x)) fn[std::get<2>(x)]++;
    }
  }
  int t3 = 0, p3 = 0, n3 = 0;
  for (const char* t : {"PER", "ORG", "LOC", "MISC"}) {
    double pr = tp[t] + fp[t] ? 1.0 * tp[t] / (tp[t] + fp[t]) : 0;
    double rc = tp[t] + fn[t] ? 1.0 * tp[t] / (tp[t] + fn[t]) : 0;
    double f1 = pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0;
    std::printf("dev %-4s P %.3f R %.3f F1 %.3f\n", t, pr, rc, f1);
    if (std::string(t) != "MISC") {
      t3 += tp[t];
      p3 += fp[t];
      n3 += fn[t];
      EXPECT_GE(f1, 0.75) << t;
    }
  }
  double pr = 1.0 * t3 / (t3 + p3), rc = 1.0 * t3 / (t3 + n3);
  std::printf("dev PER+ORG+LOC F1 %.3f\n", 2 * pr * rc / (pr + rc));

  std::string snap_path = dir + "dev.system.txt";
  const char* update = std::getenv("CLAIMX_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(snap_path) << snapshot.str();
    GTEST_SKIP() << "rewrote " << snap_path;
  }
  std::ifstream in(snap_path);
  ASSERT_TRUE(in) << snap_path << " missing: run with CLAIMX_UPDATE_GOLDEN=1";
  std::stringstream want;
  want << in.rdbuf();
  EXPECT_EQ(snapshot.str(), want.str())
      << "entity output changed; review and rewrite with "
         "CLAIMX_UPDATE_GOLDEN=1";
}

}  // namespace

// The entity stage visits only the tokens listed in TokenStream::folded (and
// finds lines through TokenStream::marks): every word that can be part of a
// name, or counts as a capital in a heading, must be listed, in token order.
TEST(EntityRecognizerContract, CapitalWordsHaveFoldedForms) {
  absl::StatusOr<internal::Tokenizer> tokenizer =
      internal::Tokenizer::Create({});
  ASSERT_TRUE(tokenizer.ok()) << tokenizer.status();
  const std::string text =
      "Ilse Varga met al-Assad and d'Alembert in \xc5\x9al\xc4\x99\xc5\xbc"
      "a.\n"
      "\xf0\x9d\x90\x80lpha \xc7\x85"
      "emal NATO U.S. iPhone \xce\x91\xce\xb8\xce\xae\xce\xbd\xce\xb1 "
      "\xe5\x8c\x97\xe4\xba\xac Mr. X-ray eBay\n\n"
      "ALL CAPS LINE 2-0\r\nlower case line with caf\xc3\xa9 Caf\xc3\xa9";
  internal::TokenStream ts = tokenizer->Tokenize(text);
  std::vector<bool> listed(ts.size());
  uint32_t last = 0;
  for (size_t k = 0; k < ts.folded.size(); ++k) {
    const uint32_t i = ts.folded[k].token;
    if (k > 0) {
      EXPECT_GT(i, last) << "folded forms out of token order";
    }
    last = i;
    listed[i] = true;
  }
  size_t capitals = 0;
  for (size_t i = 0; i < ts.size(); ++i) {
    const Token& t = ts.tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    const char* w = text.data() + t.span.begin;
    const bool capital = t.has(kCapitalized) || t.has(kAllCaps) ||
                         internal::ParticleCapitalReference(w, t.span.size());
    capitals += capital;
    if (capital) {
      EXPECT_TRUE(listed[i])
          << "no folded form for '" << std::string(w, t.span.size()) << "'";
    }
  }
  EXPECT_GE(capitals, 12u);
  // Line starts: exactly the tokens with a line-break record, in order.
  std::vector<bool> breaks(ts.size());
  for (size_t k = 0; k < ts.marks.size(); ++k) {
    if (k > 0) {
      EXPECT_GT(ts.marks[k].token, ts.marks[k - 1].token);
    }
    if (ts.marks[k].newlines != 0) breaks[ts.marks[k].token] = true;
  }
  for (size_t i = 0; i < ts.size(); ++i) {
    EXPECT_EQ(breaks[i], ts.newlines_before[i] != 0) << i;
    EXPECT_EQ(breaks[i], ts.tokens[i].has(kLineStart)) << i;
  }
}

// Writes every word of min_n to max_n bytes (at most N) over `alphabet` at
// w[0, n), one after the other, and calls f(n) for each; stops at a fatal
// failure.
template <size_t N, typename F>
void ForEachWord(std::string_view alphabet, size_t min_n, size_t max_n,
                 char (&w)[N], F f) {
  ASSERT_LE(max_n, N);
  for (size_t n = min_n; n <= max_n; ++n) {
    size_t total = 1;
    for (size_t k = 0; k < n; ++k) total *= alphabet.size();
    for (size_t code = 0; code < total; ++code) {
      size_t c = code;
      for (size_t k = 0; k < n && k < N; ++k, c /= alphabet.size())
        w[k] = alphabet[c % alphabet.size()];
      f(n);
      if (::testing::Test::HasFatalFailure()) return;
    }
  }
}

// The one-load hyphen search against rfind, on every word of up to 9 bytes
// over a small alphabet, with and without 8 readable bytes after its start.
TEST(NameShape, LastDashMatchesRfind) {
  const char kAlphabet[] = {'a', '-', ',', '.', '\x2c', '\xad'};
  char buf[32];
  size_t dashes = 0;
  ForEachWord({kAlphabet, sizeof(kAlphabet)}, 0, 9, buf, [&](size_t n) {
    for (size_t k = n; k < sizeof(buf); ++k) buf[k] = '-';  // beyond it
    const std::string_view w(buf, n);
    const size_t want = w.rfind('-');
    dashes += want != std::string_view::npos;
    ASSERT_EQ(internal::LastDash(w, buf + sizeof(buf)), want) << w;
    ASSERT_EQ(internal::LastDash(w, buf + n), want) << w;  // text ends
  });
  EXPECT_GT(dashes, 1000u);
}

// Words of 10 to 18 bytes (one compare up to 16 bytes, rfind past that):
// every placement of up to two hyphens, with 16 readable bytes after the
// word's start and with the text ending right after it.
TEST(NameShape, LastDashLongWordsMatchRfind) {
  char buf[48];
  size_t checked = 0;
  for (size_t n = 10; n <= 18; ++n) {
    for (size_t d1 = 0; d1 <= n; ++d1) {
      for (size_t d2 = d1; d2 <= n; ++d2) {
        for (size_t k = 0; k < sizeof(buf); ++k) buf[k] = k < n ? 'x' : '-';
        if (d1 < n) buf[d1] = '-';  // d1 == n: no hyphen
        if (d2 < n) buf[d2] = '-';
        const std::string_view w(buf, n);
        const size_t want = w.rfind('-');
        ASSERT_EQ(internal::LastDash(w, buf + sizeof(buf)), want) << w;
        ASSERT_EQ(internal::LastDash(w, buf + n), want) << w;  // text ends
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 1000u);
}

// CamelCase's lower-case run end (one SSE2 compare for words of up to 16
// bytes) against a byte loop: every word of up to 6 bytes over an alphabet
// with the bounds of 'a'..'z' and 'A'..'Z', their neighbours and a UTF-8
// byte, and words of 7 to 18 bytes with one such byte at each place; with
// 16 readable bytes after the word's start and with the text ending there.
size_t FirstNonLowerReference(std::string_view w) {
  size_t k = 1;
  while (k < w.size() && w[k] >= 'a' && w[k] <= 'z') ++k;
  return w.empty() ? 0 : k;
}

TEST(NameShape, FirstNonLowerMatchesReference) {
  const char kAlphabet[] = {'a', 'z', 'A', 'Z', '`', '{', '@', '[', '\xc3'};
  char buf[48];
  size_t checked = 0;
  ForEachWord({kAlphabet, sizeof(kAlphabet)}, 0, 6, buf, [&](size_t n) {
    for (size_t k = n; k < sizeof(buf); ++k) buf[k] = 'A';  // beyond it
    const std::string_view w(buf, n);
    const size_t want = FirstNonLowerReference(w);
    ASSERT_EQ(internal::FirstNonLower(w, buf + sizeof(buf)), want) << w;
    ASSERT_EQ(internal::FirstNonLower(w, buf + n), want) << w;
    ++checked;
  });
  ASSERT_FALSE(HasFatalFailure());
  for (size_t n = 7; n <= 18; ++n) {
    for (size_t at = 0; at <= n; ++at) {
      for (char other : kAlphabet) {
        for (size_t k = 0; k < sizeof(buf); ++k) buf[k] = k < n ? 'q' : 'Q';
        if (at < n) buf[at] = other;  // at == n: all lower case
        const std::string_view w(buf, n);
        const size_t want = FirstNonLowerReference(w);
        ASSERT_EQ(internal::FirstNonLower(w, buf + sizeof(buf)), want) << w;
        ASSERT_EQ(internal::FirstNonLower(w, buf + n), want) << w;
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 500000u);
}

// SameBytes against ==, for every length up to 40 (the 8- and 4-byte loads
// and the memcmp path), equal strings and strings differing in any one
// byte, each string in a heap block of its own size (the sanitizers see any
// read past it).
TEST(NameShape, SameBytesMatchesEquality) {
  size_t checked = 0;
  for (size_t n = 0; n <= 40; ++n) {
    std::string base;
    for (size_t k = 0; k < n; ++k) base += static_cast<char>('a' + k % 26);
    const std::vector<char> a(base.begin(), base.end());
    for (size_t at = 0; at <= n; ++at) {
      for (const char other : {'\x00', 'A', '\xff'}) {
        std::string changed = base;
        if (at < n) changed[at] = other;  // at == n: equal
        const std::vector<char> b(changed.begin(), changed.end());
        const std::string_view x(a.data(), a.size()), y(b.data(), b.size());
        ASSERT_EQ(internal::SameBytes(x, y), x == y) << n << " " << at;
        ASSERT_EQ(internal::SameBytes(y, x), x == y) << n << " " << at;
        ++checked;
      }
    }
    // Different lengths are never equal (a prefix included).
    if (n > 0) {
      const std::string_view x(a.data(), n), y(a.data(), n - 1);
      ASSERT_FALSE(internal::SameBytes(x, y)) << n;
    }
  }
  EXPECT_GT(checked, 800u);
}

// The branch-free particle test (every token runs it) against its plain
// reference, on every word of up to 6 bytes over an alphabet with the edge
// cases: marks, the capitals' bounds and their neighbours, UTF-8 bytes.
TEST(NameShape, ParticleCapitalMatchesReference) {
  const char kAlphabet[] = {'a', 'A', 'Z', '@', '[', '-', '\'', '\xc3', '\xad'};
  char w[6];
  size_t checked = 0, hits = 0;
  ForEachWord({kAlphabet, sizeof(kAlphabet)}, 1, 6, w, [&](size_t n) {
    const bool want = internal::ParticleCapitalReference(w, n);
    ASSERT_EQ(internal::ParticleCapital(w, n), want)
        << "'" << std::string(w, n) << "'";
    ++checked;
    hits += want;
  });
  EXPECT_GT(hits, 1000u);
  EXPECT_TRUE(internal::ParticleCapital("al-Assad", 8));
  EXPECT_TRUE(internal::ParticleCapital("d'Alembert", 10));
  EXPECT_FALSE(internal::ParticleCapital("a-B", 3));
  EXPECT_FALSE(internal::ParticleCapital("well-Known", 10));  // mark at byte 4
}

// FirstEndingAfter (the entity stage's search for a date's first token)
// against std::partition_point: token layouts of short words with gaps and
// a few long tokens (the guess from the bytes lands far off), every start
// the stage may search from, every byte offset up to past the end, with the
// document's guide and with guides far too small and too large.
TEST(TokenSearch, FirstEndingAfterMatchesPartitionPoint) {
  uint64_t seed = 0x2545F4914F6CDD1Dull;
  auto next = [&seed](uint32_t bound) {
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return static_cast<uint32_t>(seed % bound);
  };
  size_t checked = 0;
  for (int layout = 0; layout < 60; ++layout) {
    std::vector<Token> tokens(next(40));
    uint32_t at = next(3);
    for (Token& t : tokens) {
      const uint32_t len = next(10) == 0 ? 30 + next(200) : 1 + next(9);
      t.span = {at, at + len};
      at += len + next(3);
    }
    const size_t n = tokens.size();
    const uint64_t guides[] = {internal::TokensPerByte(n, at), 0, 1,
                               uint64_t{1} << 16, uint64_t{1} << 20};
    for (uint32_t byte = 0; byte <= at + 2; ++byte) {
      auto before = [byte](const Token& t) { return t.span.end <= byte; };
      const size_t want = static_cast<size_t>(
          std::partition_point(tokens.begin(), tokens.end(), before) -
          tokens.begin());
      // Every token before `from` ends at or before the byte.
      for (size_t from = 0; from <= want; ++from) {
        for (uint64_t guide : guides) {
          ASSERT_EQ(
              internal::FirstEndingAfter(tokens.data(), n, from, byte, guide),
              want)
              << "layout " << layout << " byte " << byte << " from " << from
              << " guide " << guide;
          ++checked;
        }
      }
    }
  }
  EXPECT_GT(checked, 100000u);
}

// The entity stage compares folded forms by word id (Run::SameNorm: equal
// ids when the lexicon knows either form, the bytes only when it knows
// neither), which holds only if MapTokens gives one id per folded form:
// tokens with equal folded forms get equal ids, a known form's id is no
// other form's, and an unknown form gets kNoWord.
TEST(EntityRecognizerContract, WordIdsIdentifyFoldedForms) {
  absl::StatusOr<std::vector<internal::LexiconEntry>> entries =
      internal::ParseLexiconTsv(
          "Varnholt\tentity\ttype=GPE\nthe Varnholt Ledger\tentity\ttype=ORG\n"
          "minister\tentity_title\tkind=head\n"
          "caf\xc3\xa9 Brask\tentity\ttype=FAC\n",
          "t.tsv");
  ASSERT_TRUE(entries.ok()) << entries.status();
  absl::StatusOr<internal::Tokenizer> tokenizer =
      internal::Tokenizer::Create(*entries);
  ASSERT_TRUE(tokenizer.ok()) << tokenizer.status();
  absl::StatusOr<internal::PhraseLexicon> lexicon =
      internal::PhraseLexicon::Compile(*entries, *tokenizer);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  const std::string text =
      "Varnholt VARNHOLT varnholt Tesmer TESMER tesmer Minister MINISTER "
      "minister The THE the Ledger LEDGER ledger Caf\xc3\xa9 CAF\xc3\x89 "
      "caf\xc3\xa9 Brask brask Quillon quillon-Brask Varnholt's.";
  internal::TokenStream ts = tokenizer->Tokenize(text);
  std::vector<uint32_t> ids;
  lexicon->MapTokens(ts, &ids);
  ASSERT_EQ(ids.size(), ts.size());
  size_t known = 0, unknown_pairs = 0;
  for (size_t i = 0; i < ts.size(); ++i) {
    known += ids[i] != internal::kNoWord;
    for (size_t j = 0; j < ts.size(); ++j) {
      const bool same_form = ts.norm(i) == ts.norm(j);
      if (ids[i] == internal::kNoWord && ids[j] == internal::kNoWord) {
        unknown_pairs += same_form && i != j;
        continue;  // compared by bytes
      }
      EXPECT_EQ(ids[i] == ids[j], same_form)
          << "'" << ts.norm(i) << "' (" << ids[i] << ") vs '" << ts.norm(j)
          << "' (" << ids[j] << ")";
    }
  }
  EXPECT_GE(known, 12u);
  EXPECT_GE(unknown_pairs, 2u);  // "Tesmer"/"TESMER"/"tesmer" fold alike
}

namespace {

// SortByBegin against std::stable_sort (and its refusals, which send the
// entity stage to std::sort or std::stable_sort): every list of up to 7
// elements over begins 0..3, each element tagged with its position so that
// the order of ties is visible.
struct SortItem {
  uint32_t b = 0;
  uint32_t tag = 0;
  bool operator==(const SortItem& o) const { return b == o.b && tag == o.tag; }
};

// The number of ascending runs (a drop in `b` starts a new one) and
// whether two items share a begin.
void Shape(const std::vector<SortItem>& v, size_t* runs, bool* ties) {
  *runs = v.empty() ? 0 : 1;
  *ties = false;
  for (size_t i = 1; i < v.size(); ++i) *runs += v[i].b < v[i - 1].b;
  for (size_t i = 0; i < v.size(); ++i)
    for (size_t j = i + 1; j < v.size(); ++j) *ties |= v[i].b == v[j].b;
}

TEST(CandidateSort, MatchesStableSortOrRefuses) {
  constexpr uint32_t kBegins = 4;
  size_t merged = 0, refused_ties = 0, refused_runs = 0;
  for (size_t n = 0; n <= 7; ++n) {
    size_t total = 1;
    for (size_t k = 0; k < n; ++k) total *= kBegins;
    for (size_t code = 0; code < total; ++code) {
      std::vector<SortItem> input(n);
      size_t c = code;
      for (size_t k = 0; k < n; ++k, c /= kBegins)
        input[k] = {static_cast<uint32_t>(c % kBegins),
                    static_cast<uint32_t>(k)};
      std::vector<SortItem> want = input;
      std::stable_sort(
          want.begin(), want.end(),
          [](const SortItem& x, const SortItem& y) { return x.b < y.b; });
      size_t runs;
      bool ties;
      Shape(input, &runs, &ties);
      for (bool no_ties : {false, true}) {
        std::vector<SortItem> v = input, tmp;
        const bool sorted = internal::SortByBegin(&v, &tmp, no_ties);
        const bool expect_sorted = runs <= 4 && !(no_ties && ties);
        ASSERT_EQ(sorted, expect_sorted) << "n=" << n << " code=" << code;
        if (sorted) {
          ASSERT_EQ(v, want) << "n=" << n << " code=" << code;
          ++merged;
        } else {
          // Refused: left as it was, for the caller's std::sort.
          ASSERT_EQ(v, input) << "n=" << n << " code=" << code;
          (runs > 4 ? refused_runs : refused_ties) += 1;
        }
      }
    }
  }
  EXPECT_GT(merged, 1000u);
  EXPECT_GT(refused_ties, 1000u);
  EXPECT_GT(refused_runs, 10u);
}

// The tie fallback: with no_ties, a begin shared within one run or across
// two runs is refused; without it, the later run's item stays after.
TEST(CandidateSort, TiesAreRefusedOnlyWhenAskedFor) {
  std::vector<SortItem> tmp;
  std::vector<SortItem> within = {{1, 0}, {1, 1}, {2, 2}};
  EXPECT_FALSE(internal::SortByBegin(&within, &tmp, /*no_ties=*/true));
  std::vector<SortItem> across = {{1, 0}, {3, 1}, {0, 2}, {3, 3}};
  EXPECT_FALSE(internal::SortByBegin(&across, &tmp, /*no_ties=*/true));
  EXPECT_TRUE(internal::SortByBegin(&across, &tmp, /*no_ties=*/false));
  EXPECT_EQ(across, (std::vector<SortItem>{{0, 2}, {1, 0}, {3, 1}, {3, 3}}));
  std::vector<SortItem> distinct = {{2, 0}, {5, 1}, {1, 2}, {4, 3}};
  EXPECT_TRUE(internal::SortByBegin(&distinct, &tmp, /*no_ties=*/true));
  EXPECT_EQ(distinct, (std::vector<SortItem>{{1, 2}, {2, 0}, {4, 3}, {5, 1}}));
}

TEST(Entities, HyphenatedGivenNameAfterASurname) {
  EXPECT_THAT(Typed("Trade Minister Choi Min-seo met the delegation."),
              ::testing::ElementsAre("PERSON Choi Min-seo"));
  // A compound adjective or a prefix is not a given name.
  EXPECT_THAT(Typed("He joined the Kordale Saudi-led group on Monday."),
              ::testing::Not(::testing::Contains("PERSON Kordale Saudi-led")));
}

TEST(Entities, ItsAfterANameMakesItAnOrganization) {
  EXPECT_THAT(Typed("Earlier, Tervalo Brenn cut its dividend."),
              ::testing::Contains("ORG Tervalo Brenn"));
  EXPECT_THAT(Typed("Shares rose after Quorvane said its sales had doubled."),
              ::testing::Contains("ORG Quorvane"));
  // A preposition or a capitalized word between: "its" is someone else's.
  EXPECT_THAT(Typed("The board named Lena Voss as its new chair."),
              ::testing::Contains("PERSON Lena Voss"));
  // "its" as the window's last word (the inline test reads three words
  // after the verb), and a window without it.
  EXPECT_THAT(Typed("Later, Tamsel told nearly all its staff to stay home."),
              ::testing::ElementsAre("ORG Tamsel"));
  EXPECT_THAT(Typed("Later, Tamsel told nearly all the staff to stay home."),
              ::testing::ElementsAre("PERSON Tamsel"));
}

// Entities come in text order: several from one run (a group before a
// person, a title split off), with and without the candidates added after
// the runs ("-based" places, names on heading lines), which alone send the
// candidates through the sort.
TEST(Entities, EntitiesComeInTextOrder) {
  EXPECT_THAT(Typed("Kenyan Grace Okafor met Spaniard Ignacio Berro and "
                    "Trade Minister Lena Voss in Oslo."),
              ::testing::ElementsAre("NORP Kenyan", "PERSON Grace Okafor",
                                     "NORP Spaniard", "PERSON Ignacio Berro",
                                     "PERSON Lena Voss", "GPE Oslo"));
  EXPECT_THAT(
      Typed("LEEDS TALKS\nOslo-based Tarvik Group met Kenyan Grace Okafor in "
            "Leeds."),
      ::testing::ElementsAre("GPE LEEDS", "GPE Oslo", "ORG Tarvik Group",
                             "NORP Kenyan", "PERSON Grace Okafor",
                             "GPE Leeds"));
}

// Mark searches a capitalized word for a compound's hyphen unless the
// lexicon knows the word and its folded form holds none: a lexicon word
// with a hyphen is still searched, so a place inside a compound adjective
// stays a place even when the compound is a lexicon name.
TEST(Entities, KnownCompoundAdjectiveIsStillSearchedForItsHyphen) {
  Options o;
  o.claims = false;
  o.lexicon_text = "Varnholt-based\tentity\ttype=ORG\n";
  absl::StatusOr<Extractor> ex = Extractor::Create(o);
  ASSERT_TRUE(ex.ok()) << ex.status();
  EXPECT_THAT(Typed("A Varnholt-based firm hired Ada Brekk.", *ex),
              ::testing::ElementsAre("GPE Varnholt", "PERSON Ada Brekk"));
}

// ItsAfter reads word ids when the lexicon knows "its" and every word that
// ends its window, bytes otherwise: a user lexicon that removes them all
// changes nothing.
TEST(Entities, ItsAfterWithoutItsWordsInTheLexicon) {
  Options o;
  o.claims = false;
  for (std::string_view w :
       {"its", "as", "to", "of", "for", "in", "on", "at", "by", "with",
        "within", "from", "into", "and", "or", "but"}) {
    o.lexicon_text += std::string(w) + "\t-\n";
  }
  absl::StatusOr<Extractor> ex = Extractor::Create(o);
  ASSERT_TRUE(ex.ok()) << ex.status();
  EXPECT_THAT(
      Typed("Shares rose after Quorvane said its sales had doubled.", *ex),
      ::testing::Contains("ORG Quorvane"));
  EXPECT_THAT(Typed("The board named Lena Voss as its new chair.", *ex),
              ::testing::Contains("PERSON Lena Voss"));
}

// A month that is also a given name belongs to the name next to it, before
// or after, but stays a date after a preposition or before a number.
TEST(Entities, MonthThatIsAGivenNameInsideAName) {
  EXPECT_THAT(Typed("Former minister Harriet May told the panel it was late."),
              ::testing::Contains("PERSON Harriet May"));
  EXPECT_THAT(Typed("The archive holds letters by Lucy May Brandt."),
              ::testing::Contains("PERSON Lucy May Brandt"));
  EXPECT_THAT(Typed("Its spokeswoman, June Abara, declined to comment."),
              ::testing::Contains("PERSON June Abara"));
  EXPECT_THAT(Typed("The lawyer April Fenwicke said the case would go on."),
              ::testing::Contains("PERSON April Fenwicke"));
  EXPECT_THAT(Typed("In May Norway raised rates, and Okonkwo said he agreed."),
              ::testing::ElementsAre("GPE Norway", "PERSON Okonkwo"));
  EXPECT_THAT(Typed("Talks resumed on June 3 in Oslo."),
              ::testing::ElementsAre("GPE Oslo"));
  EXPECT_THAT(Typed("Since June Tarrow has said little."),
              ::testing::Not(::testing::Contains(HasSubstr("June"))));
  EXPECT_THAT(Typed("Critics praised August Ravelli for the novel."),
              ::testing::Contains("PERSON August Ravelli"));
  // Not after a known name, nor after a line-opening word that is no given
  // name (a dividend table's "Pay April one").
  EXPECT_THAT(Typed("Analysts expect the Kenya June trade data to improve."),
              ::testing::Not(::testing::Contains(HasSubstr("June"))));
  EXPECT_THAT(Typed("Qtly div 12 cts vs 12 cts prior\nPay April one"),
              ::testing::Not(::testing::Contains(HasSubstr("April"))));
}

// Plural nouns for people and auxiliaries open sentences without naming
// anyone; a plural noun still continues an organization's name after a
// connector.
TEST(Entities, PluralNounsAndAuxiliariesOpeningASentence) {
  EXPECT_THAT(Typed("Aides said the minister would stay on."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("Prosecutors told the court the deal was a sham."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("Could Halvorsen win again?"),
              ::testing::Not(::testing::Contains(HasSubstr("Could"))));
  EXPECT_THAT(Typed("The National Union of Teachers said pay was too low."),
              ::testing::ElementsAre("ORG National Union of Teachers"));
  EXPECT_THAT(Typed("The National Union of Students said fees were too high."),
              ::testing::ElementsAre("ORG National Union of Students"));
  EXPECT_THAT(
      Typed("The Association of Grain Brokers and Traders met in Leeds."),
      ::testing::Contains("ORG Association of Grain Brokers and Traders"));
}

// "its" after a speech verb and a date still refers to the name before.
TEST(Entities, ItsAfterADateMakesItAnOrganization) {
  EXPECT_THAT(Typed("Kelvora said on Tuesday its orders had doubled."),
              ::testing::Contains("ORG Kelvora"));
  EXPECT_THAT(Typed("Shares fell after Dunmarrow said on June 4 its sales "
                    "had slowed."),
              ::testing::Contains("ORG Dunmarrow"));
  EXPECT_THAT(Typed("Okonjo said on Tuesday his orders had been ignored."),
              ::testing::Contains("PERSON Okonjo"));
}

// The capitalized title after a word for a work ("the film ...") is no
// person, organization or place; a name after it still is.
TEST(Entities, TitleOfAWorkIsNoEntity) {
  EXPECT_THAT(Typed("The film Storm Over Halvard opens in Bergen this week."),
              ::testing::ElementsAre("GPE Bergen"));
  EXPECT_THAT(Typed("Her novel Salt and Silence sold well, Ruth Okello said."),
              ::testing::ElementsAre("PERSON Ruth Okello"));
  EXPECT_THAT(Typed("He starred in the film Tidewater with Maria Lund."),
              ::testing::ElementsAre("PERSON Maria Lund"));
  EXPECT_THAT(Typed("The film Tidewater and James Orrin won the prize."),
              ::testing::ElementsAre("PERSON James Orrin"));
  // Quoted, and opening with an article inside the quotes.
  EXPECT_THAT(Typed("His film \"Gravel Road\" opens in Leeds on Friday."),
              ::testing::ElementsAre("GPE Leeds"));
  EXPECT_THAT(Typed("Her novel \"The Tollgate Heirs\" sold well, Ruth Okello "
                    "said."),
              ::testing::ElementsAre("PERSON Ruth Okello"));
  EXPECT_THAT(Typed("The album \u201cNorthern Lantern\u201d was a hit."),
              ::testing::IsEmpty());
}

// "an analyst at X": X employs someone, so it is an organization; the
// person before ", a partner at" stays a person.
TEST(Entities, EmployerAfterAnalystAt) {
  EXPECT_THAT(Typed("Analysts at Corran Beck said the cuts were expected."),
              ::testing::Contains("ORG Corran Beck"));
  EXPECT_THAT(Typed("The fund is run by Tobias Wren, a former partner at "
                    "Marlow Finch."),
              ::testing::ElementsAre("PERSON Tobias Wren", "ORG Marlow Finch"));
}

// A direction word (North, Southern) continues an organization's name after
// "of" or "for", but not after "and", where another name starts.
TEST(Entities, DirectionWordInsideAnOrganizationName) {
  EXPECT_THAT(Typed("The Federation of West Coastal Traders met on Monday."),
              ::testing::Contains("ORG Federation of West Coastal Traders"));
  EXPECT_THAT(Typed("A report by the University of Southern Valdor was cited."),
              ::testing::Contains("ORG University of Southern Valdor"));
  EXPECT_THAT(
      Typed("The Ministry of Health and North Korea signed a deal."),
      ::testing::ElementsAre("ORG Ministry of Health", "GPE North Korea"));
}

// A sentence-initial word ending like a verb or adverb ("Speaking", "Asked")
// is dropped from a name, but not a given name with such an ending.
TEST(Entities, GivenNameEndingLikeAVerbOpensASentence) {
  EXPECT_THAT(Typed("Erling Voskuil scored twice in the second half."),
              ::testing::Contains("PERSON Erling Voskuil"));
  EXPECT_THAT(Typed("Holly Brandt said the talks would resume."),
              ::testing::Contains("PERSON Holly Brandt"));
}

// A place named by its head ("... City") next to a result verb in a
// sentence with a score is a club; after "in" it stays a place.
TEST(Entities, ClubNamedLikeACityByItsHead) {
  EXPECT_THAT(Typed("Dunmore City beat Arsenal 3-1 on Saturday."),
              ::testing::Contains("ORG Dunmore City"));
  EXPECT_THAT(Typed("Rents in Mexico City beat forecasts by 2-3 percent."),
              ::testing::Contains("GPE Mexico City"));
}

// Industry words that end firm names (Transport, Grain, Water, Homes) type
// an unknown name as an organization.
TEST(Entities, IndustryHeadsMakeFirmNames) {
  EXPECT_THAT(
      Typed("Orvane Freight and Kessock Transport said on Friday they "
            "would merge."),
      ::testing::ElementsAre("ORG Orvane Freight", "ORG Kessock Transport"));
  EXPECT_THAT(Typed("Dellow Grain agreed to sell its terminal."),
              ::testing::Contains("ORG Dellow Grain"));
  EXPECT_THAT(Typed("Transport Secretary Ailsa Brand said no."),
              ::testing::Contains("PERSON Ailsa Brand"));
}

// A month that is also a given name, right before "said" or "told", is a
// person: "May told ..." as a later mention of "Harriet May".
TEST(Entities, MonthThatIsAGivenNameBeforeASpeechVerb) {
  EXPECT_THAT(Typed("Harriet May spoke first. May told the panel it was late."),
              ::testing::ElementsAre("PERSON Harriet May", "PERSON May"));
  EXPECT_THAT(Typed("Prices rose in May, said the statistics office."),
              ::testing::IsEmpty());
}

// Firms whose names join two words with "and" are lexicon names, whole
// and typed ORG whichever way the conjunction is written.
TEST(Entities, FirmNamesJoinedByAnd) {
  EXPECT_THAT(Typed("Marks and Spencer said its sales rose."),
              ::testing::ElementsAre("ORG Marks and Spencer"));
  EXPECT_THAT(Typed("Johnson & Johnson cut its forecast."),
              ::testing::ElementsAre("ORG Johnson & Johnson"));
  EXPECT_THAT(Typed("Auditors from Ernst and Young signed off."),
              ::testing::ElementsAre("ORG Ernst and Young"));
}

// "X said (on Friday) it would ...": "it" as the subject of what a name
// said makes the name an organization; an empty "it" ("it was", "it would
// be") does not.
TEST(Entities, ItAfterASpeechVerbMakesAnOrganization) {
  EXPECT_THAT(Typed("Harvane said on Friday it would shut two depots."),
              ::testing::Contains("ORG Harvane"));
  EXPECT_THAT(Typed("Shares jumped after Quellor Tamsin said it had agreed "
                    "terms."),
              ::testing::Contains("ORG Quellor Tamsin"));
  EXPECT_THAT(Typed("Dorrek said that it now owns a third of the venture."),
              ::testing::Contains("ORG Dorrek"));
  EXPECT_THAT(Typed("Okonjo Marrit said it would be a hard winter."),
              ::testing::Contains("PERSON Okonjo Marrit"));
  EXPECT_THAT(Typed("Okonjo Marrit said it was time to leave."),
              ::testing::Contains("PERSON Okonjo Marrit"));
}

// ItAfter reads word ids when the lexicon knows all its words, bytes
// otherwise: a user lexicon that removes some changes nothing.
TEST(Entities, ItAfterWithoutItsWordsInTheLexicon) {
  Options o;
  o.claims = false;
  for (std::string_view w : {"it", "that", "on", "added"})
    o.lexicon_text += std::string(w) + "\t-\n";
  absl::StatusOr<Extractor> ex = Extractor::Create(o);
  ASSERT_TRUE(ex.ok()) << ex.status();
  EXPECT_THAT(Typed("Harvane said on Friday it would shut two depots.", *ex),
              ::testing::Contains("ORG Harvane"));
  EXPECT_THAT(
      Typed("Dorrek said that it now owns a third of the venture.", *ex),
      ::testing::Contains("ORG Dorrek"));
  EXPECT_THAT(Typed("Okonjo Marrit said it would be a hard winter.", *ex),
              ::testing::Contains("PERSON Okonjo Marrit"));
}

// A party's members by their plural name are a group (NORP); with "the"
// they name the party (ORG). A party's own name is an ORG, and a plural
// noun for people after it is no part of it.
TEST(Entities, PartiesAndTheirMembers) {
  EXPECT_THAT(Typed("The Conservatives said the plan was unfair."),
              ::testing::ElementsAre("ORG Conservatives"));
  EXPECT_THAT(Typed("Many Conservatives said the plan was unfair."),
              ::testing::ElementsAre("NORP Conservatives"));
  EXPECT_THAT(Typed("Nine Labour MPs rebelled on Tuesday."),
              ::testing::ElementsAre("ORG Labour"));
  EXPECT_THAT(Typed("She wrote to Tory MEPs in Brussels."),
              ::testing::ElementsAre("NORP Tory", "GPE Brussels"));
  EXPECT_THAT(Typed("MPs voted on Tuesday."), ::testing::IsEmpty());
}

// Two group words in a row are one group: "Chinese American".
TEST(Entities, TwoGroupWordsAreOneGroup) {
  EXPECT_THAT(Typed("The Chinese American poet read in Boston."),
              ::testing::ElementsAre("NORP Chinese American", "GPE Boston"));
  EXPECT_THAT(Typed("An Iraqi Kurd opened the shop."),
              ::testing::ElementsAre("NORP Iraqi Kurd"));
}

// An organization's name after a head and "for"/"of" may hold a list:
// "Department for Trade, Energy and Mining"; a known name or an item ending
// in its own head splits it.
TEST(Entities, ListInsideAnOrganizationName) {
  EXPECT_THAT(
      Typed(
          "The Department for Housing, Roads and Coastal Communities said so."),
      ::testing::ElementsAre(
          "ORG Department for Housing, Roads and Coastal Communities"));
  EXPECT_THAT(Typed("The Ministry of Health, Britain and France agreed."),
              ::testing::Contains("ORG Ministry of Health"));
  EXPECT_THAT(Typed("Lenders include the Bank of Valdor, Orrin Trust Bank "
                    "and Kessel Bank."),
              ::testing::Contains("ORG Bank of Valdor"));
}

// A city right before a sports role is its club; a country stays a place
// (national sides are GPE, as in CoNLL-2003).
TEST(Entities, CityBeforeASportsRoleIsItsClub) {
  EXPECT_THAT(Typed("Denver coach Mara Lindqvist praised the defence."),
              ::testing::Contains("ORG Denver"));
  EXPECT_THAT(Typed("Norway coach Mara Lindqvist praised the defence."),
              ::testing::Contains("GPE Norway"));
  EXPECT_THAT(Typed("Denver mayor Mara Lindqvist praised the police."),
              ::testing::Contains("GPE Denver"));
}

// An unknown word opening a sentence: a team next to a result, an acronym
// before a title, a brand written with an inner capital.
TEST(Entities, UnknownOpeningWordsThatAreOrganizations) {
  EXPECT_THAT(Typed("Kilmarra beat Dunrock 31-12 on Saturday."),
              ::testing::Contains("ORG Kilmarra"));
  EXPECT_THAT(Typed("OFWAT chief Rhian Teague said bills would rise."),
              ::testing::ElementsAre("ORG OFWAT", "PERSON Rhian Teague"));
  EXPECT_THAT(Typed("TerraVolt said the battery plant was ready."),
              ::testing::ElementsAre("ORG TerraVolt"));
  EXPECT_THAT(Typed("McAllister said he was ready."),
              ::testing::ElementsAre("PERSON McAllister"));
}

// Where someone is from, after the age ("Jo Reed, 41, of Tuxby"), and the
// place after "canton of", "port of" are places.
TEST(Entities, PlaceAfterAnAgeOrAnAdministrativeWord) {
  EXPECT_THAT(Typed("Dale Ormond, 52, of Kettlewick, was fined."),
              ::testing::Contains("GPE Kettlewick"));
  EXPECT_THAT(Typed("Snow fell in the canton of Vorlach on Monday."),
              ::testing::Contains("GPE Vorlach"));
  EXPECT_THAT(Typed("The ship reached the port of Salvona."),
              ::testing::Contains("GPE Salvona"));
}

// Heads for venues, advisers and awards: "Estadio da Gaviota", "Theatre
// Royal", "Kessler Advisory", "Harbour Music Awards".
TEST(Entities, VenueAdviserAndAwardHeads) {
  EXPECT_THAT(Typed("They played at the Estadio da Gaviota in June."),
              ::testing::Contains("FAC Estadio da Gaviota"));
  EXPECT_THAT(Typed("The Palace Theatre reopened."),
              ::testing::Contains("FAC Palace Theatre"));
  EXPECT_THAT(Typed("Orrin Kessler Advisory said fees would fall."),
              ::testing::Contains("ORG Orrin Kessler Advisory"));
  EXPECT_THAT(Typed("She won at the Harbour Music Awards."),
              ::testing::Contains("EVENT Harbour Music Awards"));
}

// A direction word opens a name before a name word ("West Kessick Police",
// "the North Vale"): with a head the name is typed by it, without one it
// is a region; before a known place it is dropped ("North Lisbon").
TEST(Entities, DirectionWordOpensAName) {
  EXPECT_THAT(Typed("He spoke to West Kessick Police on Monday."),
              ::testing::ElementsAre("ORG West Kessick Police"));
  EXPECT_THAT(Typed("Rents rose fastest in the North Vale last year."),
              ::testing::ElementsAre("GPE North Vale"));
  // (A compass word before a known place is part of its name, as the
  // golden sets annotate "North Wales".)
  EXPECT_THAT(Typed("Rents rose in North Lisbon."),
              ::testing::ElementsAre("GPE North Lisbon"));
}

// MEP and MSP are titles like MP: "Green MEP Ada Kerr".
TEST(Entities, MembersOfParliamentTitles) {
  std::vector<Found> v = Recognize("Green MEP Ada Kerr welcomed the vote.");
  const Found* f = Find(v, "Ada Kerr");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->type, "PERSON");
  EXPECT_EQ(f->title, "MEP");
}

// An acronym in a headline that spells the initials of an organization the
// body names is that organization; one that spells nothing is no name.
TEST(Entities, HeadlineAcronymByInitials) {
  EXPECT_THAT(
      Typed("PORT STRIKE ENDS AS HFU BACKS DEAL\n\nThe Harbour Freight Union "
            "said members would return on Monday."),
      ::testing::ElementsAre("ORG HFU", "ORG Harbour Freight Union"));
  EXPECT_THAT(Typed("PORT STRIKE ENDS AS QZX BACKS DEAL\n\nThe Harbour "
                    "Freight Union said members would return."),
              ::testing::ElementsAre("ORG Harbour Freight Union"));
}

// Rivers, venues and awards that news names without a head word.
TEST(Entities, RiversVenuesAndAwardsByName) {
  EXPECT_THAT(Typed("Flood warnings were issued along the Severn."),
              ::testing::ElementsAre("LOC Severn"));
  EXPECT_THAT(Typed("The final will be played at Twickenham."),
              ::testing::ElementsAre("FAC Twickenham"));
  EXPECT_THAT(Typed("She won an Oscar for the role."),
              ::testing::ElementsAre("EVENT Oscar"));
  EXPECT_THAT(Typed("Oscar Lindgren won the race."),
              ::testing::ElementsAre("PERSON Oscar Lindgren"));
}

// A name holding an ampersand is an organization: "Q&R", "Dunmore & Pike".
TEST(Entities, AmpersandMakesAnOrganization) {
  EXPECT_THAT(Typed("Shares in Q&R fell on Monday."),
              ::testing::Contains("ORG Q&R"));
  EXPECT_THAT(Typed("Analysts said Dunmore & Pike would gain."),
              ::testing::Contains("ORG Dunmore & Pike"));
  EXPECT_THAT(Typed("Spending on R&D rose."), ::testing::IsEmpty());
}

// A title word ending a name that opens with a given name is a surname
// ("Mike Judge", "Peter Coach"); an all-caps one after a longer name is a
// title after it ("Peter Coyle MP").
TEST(Entities, TitleWordAsSurname) {
  EXPECT_THAT(Typed("The film was directed by Mike Judge in Texas."),
              ::testing::Contains("PERSON Mike Judge"));
  EXPECT_THAT(Typed("Lena Marshal said the talks had failed."),
              ::testing::ElementsAre("PERSON Lena Marshal"));
  EXPECT_THAT(Typed("Peter Orrin Coyle MP backed the bill."),
              ::testing::ElementsAre("PERSON Peter Orrin Coyle"));
  EXPECT_THAT(Typed("Dean Harrow won the race."),
              ::testing::ElementsAre("PERSON Dean Harrow"));
}

// Occupations and firms' roles that open a sentence before a name are no
// part of it: "Opener Tam Rudd", "Rival Brekkon Inc", "Rivals A and B".
TEST(Entities, OpeningRoleNounsStayOutsideNames) {
  std::vector<Found> v = Recognize("Opener Tamsin Rudd made 82.");
  const Found* f = Find(v, "Tamsin Rudd");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->type, "PERSON");
  EXPECT_EQ(f->title, "Opener");
  EXPECT_THAT(Typed("Promoter Gil Arden said a rematch was likely."),
              ::testing::ElementsAre("PERSON Gil Arden"));
  EXPECT_THAT(Typed("Rival Brekkon Inc reports on Friday."),
              ::testing::ElementsAre("ORG Brekkon Inc"));
  EXPECT_THAT(
      Typed("Rivals Ada Morrow and Lian Petrov conceded defeat."),
      ::testing::ElementsAre("PERSON Ada Morrow", "PERSON Lian Petrov"));
}

// Local news opens sentences with the role of whoever speaks ("Resident
// ...", "Volunteer ...", "Supervisor ..."), and business news with a firm's
// role ("Partner X holds 40 percent"): the role is no part of the name.
TEST(Entities, LocalRolesOpeningASentenceStayOutsideNames) {
  EXPECT_THAT(Typed("Resident Mavis Oakley, 81, said the noise was awful."),
              ::testing::ElementsAre("PERSON Mavis Oakley"));
  EXPECT_THAT(Typed("Volunteer Dilys Corran said the beach was cleaner."),
              ::testing::ElementsAre("PERSON Dilys Corran"));
  EXPECT_THAT(Typed("Supervisor Noel Brandvik voted against the budget."),
              ::testing::ElementsAre("PERSON Noel Brandvik"));
  EXPECT_THAT(Typed("Campaigner Tess Rowan said the road was unsafe."),
              ::testing::ElementsAre("PERSON Tess Rowan"));
  EXPECT_THAT(Typed("Partner Velmora Energy holds the rest."),
              ::testing::ElementsAre("ORG Velmora Energy"));
}

// A name is an organization before a person's title in its own sentence
// only: a line that ends with a name does not make it the employer of the
// next line's opening title ("Actor Ravi Holm").
TEST(Entities, AffiliationTitleInTheSameSentence) {
  EXPECT_THAT(Typed("Film to star Ravi Holm\n\nActor Ravi Holm said he was "
                    "thrilled."),
              ::testing::ElementsAre("PERSON Ravi Holm", "PERSON Ravi Holm"));
}

// Legal forms type a firm's name: "Oyj", "Bhd", "SE", "KK"; "plc", written
// in lower case, ends the name it follows.
TEST(Entities, LegalFormsEndFirmNames) {
  EXPECT_THAT(Typed("Tarvola Oyj said sales rose."),
              ::testing::ElementsAre("ORG Tarvola Oyj"));
  EXPECT_THAT(Typed("Shares in Kessington Holdings plc fell."),
              ::testing::ElementsAre("ORG Kessington Holdings plc"));
  EXPECT_THAT(Typed("Brannock plc said it would cut jobs."),
              ::testing::ElementsAre("ORG Brannock plc"));
  EXPECT_THAT(Typed("Merdana Bhd and Oskel SE agreed terms."),
              ::testing::ElementsAre("ORG Merdana Bhd", "ORG Oskel SE"));
}

// An unknown name opening with an acronym is a firm ("SK Hynix", "BNP
// Paribas"); a DJ is a title ("DJ Mo Reyes").
TEST(Entities, AcronymOpensAFirmName) {
  EXPECT_THAT(Typed("Analysts expect KT Mobilis to raise prices."),
              ::testing::Contains("ORG KT Mobilis"));
  EXPECT_THAT(Typed("The deal between RJV Tolland and a rival collapsed."),
              ::testing::Contains("ORG RJV Tolland"));
  std::vector<Found> v = Recognize("The set was played by DJ Mo Reyes.");
  const Found* f = Find(v, "Mo Reyes");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->type, "PERSON");
  EXPECT_EQ(f->title, "DJ");
}

// A brand's own 's: followed by a verb or ending the clause, where a
// possessive would have its noun ("Tarrow's said", "at Brindley's."); not
// an elliptic possessive ("cheaper than Tarrow's").
TEST(Entities, PossessiveBrandNames) {
  EXPECT_THAT(Typed("Tarrow's said on Monday that sales fell."),
              ::testing::ElementsAre("ORG Tarrow's"));
  EXPECT_THAT(Typed("They met for lunch at Brindley's."),
              ::testing::ElementsAre("ORG Brindley's"));
  EXPECT_THAT(Typed("Rival Kelby's reports on Friday."),
              ::testing::ElementsAre("ORG Kelby's"));
  EXPECT_THAT(Typed("Its prices are lower than Tarrow's."),
              ::testing::Not(::testing::Contains("ORG Tarrow's")));
  EXPECT_THAT(Typed("Tarrow's profit rose."),
              ::testing::Not(::testing::Contains("ORG Tarrow's")));
}

// "He" opens a Chinese name before another name word, and is no name by
// itself; temperature scales are no names.
TEST(Entities, CommonWordsThatAreSurnamesOrUnits) {
  std::vector<Found> v =
      Recognize("Spokeswoman He Linpei said talks would resume.");
  const Found* f = Find(v, "He Linpei");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->type, "PERSON");
  EXPECT_THAT(Typed("He said talks would resume."), ::testing::IsEmpty());
  EXPECT_THAT(Typed("It reached 41 degrees Celsius in Perth."),
              ::testing::ElementsAre("GPE Perth"));
}

// On an all-caps heading, a place or nationality right before a contest's
// head names the event ("RESULTS AT TARVIA OPEN"), not the place; a place
// by itself stays one.
TEST(Entities, HeadingContestAfterAPlace) {
  EXPECT_THAT(Typed("GOLF - LEADING SCORES AT KENYA OPEN\n\nLeading scores "
                    "after the first round."),
              ::testing::ElementsAre("EVENT KENYA OPEN"));
  EXPECT_THAT(Typed("FLOODS HIT KENYA\n\nRain fell for a week."),
              ::testing::ElementsAre("GPE KENYA"));
}

// A one-word name joined by "and"/"or" to a place is a place: "across
// Tarvel and Dunmore", "Brenmar or Kenya"; not a club next to a result.
TEST(Entities, NameCoordinatedWithAPlaceIsAPlace) {
  EXPECT_THAT(Typed("Snow fell across Tarvel and Dunmore on Sunday."),
              ::testing::ElementsAre("GPE Tarvel", "GPE Dunmore"));
  EXPECT_THAT(Typed("Exports to Brenmar or Kenya fell."),
              ::testing::ElementsAre("GPE Brenmar", "GPE Kenya"));
  EXPECT_THAT(Typed("Arkwell and Leeds drew 1-1 on Saturday."),
              ::testing::Not(::testing::Contains("GPE Arkwell")));
}

// Where someone goes ("evacuated to X", "reached X", "flights to X") and a
// town on a known sea or river ("X on the Red Sea") are places.
TEST(Entities, DestinationsAndTownsOnWater) {
  EXPECT_THAT(Typed("Workers were evacuated to Quenmar on Friday."),
              ::testing::ElementsAre("GPE Quenmar"));
  EXPECT_THAT(Typed("The convoy reached Tessaly after dark."),
              ::testing::ElementsAre("GPE Tessaly"));
  EXPECT_THAT(Typed("The pipeline will start at Ras Dorna on the Red Sea."),
              ::testing::ElementsAre("GPE Ras Dorna", "LOC Red Sea"));
}

// A heading that opens with the first word of a firm the body names by that
// word and heads ("Tarvola Mining Corp") names the firm, with as many of
// its words as the heading repeats; not a common word ("FIRST").
TEST(Entities, HeadingOpensWithAFirmsFirstWord) {
  EXPECT_THAT(
      Typed("TARVOLA WINS EGYPT RAIL ORDER\n\nTarvola AG said on "
            "Monday it had won a contract."),
      ::testing::ElementsAre("ORG TARVOLA", "GPE EGYPT", "ORG Tarvola AG"));
  EXPECT_THAT(Typed("KESTOR HOLDINGS TO SELL UNIT\n\nKestor Holdings Corp "
                    "said it would sell its water unit."),
              ::testing::ElementsAre("ORG KESTOR HOLDINGS",
                                     "ORG Kestor Holdings Corp"));
  EXPECT_THAT(Typed("FIRST QUARTER PROFIT RISES\n\nFirst Boston Corp said "
                    "profit rose."),
              ::testing::ElementsAre("ORG First Boston Corp"));
}

// A plural's apostrophe inside an organization's name that goes on to a
// head ("Tarvel Growers' Federation"); not a firm's possessive before
// another firm ("Kestor Motors' Brannock Steel Co").
TEST(Entities, PluralApostropheInsideAName) {
  EXPECT_THAT(Typed("The Tarvel Growers' Federation said prices fell."),
              ::testing::ElementsAre("ORG Tarvel Growers' Federation"));
  EXPECT_THAT(Typed("Kestor Motors' Brannock Steel Co said it would cut jobs."),
              ::testing::Not(
                  ::testing::Contains("ORG Kestor Motors' Brannock Steel Co")));
}

// ", which" after a name is a person's "who" no longer: an organization
// ("Tarlex Brennan, which runs the plant"); a word opening the sentence only if
// named again. A scorecard's fielder and bowler are people ("c Stewart b
// Cork").
TEST(Entities, WhichAfterANameAndScorecardDismissals) {
  EXPECT_THAT(
      Typed("Officials said Tarlex Brennan, which runs the plant, agreed."),
      ::testing::Contains("ORG Tarlex Brennan"));
  EXPECT_THAT(Typed("Inflation, which rose in May, will ease."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("Rafiq Dawar c Pellow b Torrance 29"),
              ::testing::ElementsAre("PERSON Rafiq Dawar", "PERSON Pellow",
                                     "PERSON Torrance"));
}

// A club "were held" or "were beaten" next to a score is the club.
TEST(Entities, PassiveResultVerbsMakeClubs) {
  EXPECT_THAT(Typed("Barcelona were held to a 1-1 draw by Getafe."),
              ::testing::Contains("ORG Barcelona"));
}

// Plural nouns of trades and roles open sentences as anonymous sources
// ("Underwriters said", "Refiners expect"): no names, whatever the capital.
TEST(Entities, SentenceOpeningPluralsOfRolesAreNoNames) {
  EXPECT_THAT(Typed("Arbitragers said the bid was too low."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("Landlords and bondholders met in Oslo. Creditors "
                    "rejected the offer."),
              ::testing::ElementsAre("GPE Oslo"));
}

// What people do ("Kovac scored", "Reddy pleaded guilty") makes an unknown
// name a person; "Nobody", "Everyone" are no names.
TEST(Entities, PersonVerbsAndIndefinitePronouns) {
  EXPECT_THAT(Typed("Officials said Tarvek scored twice."),
              ::testing::Contains("PERSON Tarvek"));
  EXPECT_THAT(Typed("Nobody laughed at the plan."), ::testing::IsEmpty());
}

// A results row's team after the rider's bracketed country ("Ivo Marr
// (Germany) Tarvex 4:32:10"); an exchange ticker in angle brackets is no
// name ("Brannock Inc <BRNK.O>").
TEST(Entities, ResultsRowTeamsAndTickers) {
  EXPECT_THAT(Typed("1. Ivo Marrick (Germany) Tarvex Rossi 4:32:10"),
              ::testing::ElementsAre("PERSON Ivo Marrick", "GPE Germany",
                                     "ORG Tarvex Rossi"));
  EXPECT_THAT(Typed("Brannock Inc <BRNK.O> said profit rose."),
              ::testing::ElementsAre("ORG Brannock Inc"));
  // A symbol the abbreviation list holds with its stop ("Al."), and a
  // one-letter symbol: two tokens, still no name.
  EXPECT_THAT(Typed("Brannock Inc <AL.N> of Toronto said profit rose."),
              ::testing::ElementsAre("ORG Brannock Inc", "GPE Toronto"));
  EXPECT_THAT(Typed("Quillmark Telephone Co <Q.N> said profit rose."),
              ::testing::ElementsAre("ORG Quillmark Telephone Co"));
  // Nor the market code after the symbol's stop, letters or digits before.
  EXPECT_THAT(
      Typed("Tarvik Mining Ltd <TVM.AX> and Dunkarra Bank rose."),
      ::testing::ElementsAre("ORG Tarvik Mining Ltd", "ORG Dunkarra Bank"));
  EXPECT_THAT(Typed("Velmora Holdings <0417.HK> said profit rose."),
              ::testing::ElementsAre("ORG Velmora Holdings"));
}

// An acronym opening a firm's name after "and" starts a name of its own:
// "Tarvola and KMV Power" are two.
TEST(Entities, AcronymAfterAndStartsAName) {
  EXPECT_THAT(Typed("The deal was signed by Tarvola and KMV Power on Monday."),
              ::testing::Contains("ORG KMV Power"));
}

// A one-word place named like a person the text named before is that
// person ("Kay Lisbon ... Lisbon said"), but not after a place's context
// ("in Lisbon").
TEST(Entities, PlaceNamedLikeAnEarlierPersonsSurname) {
  EXPECT_THAT(Typed("Economist Kay Lisbon spoke first. Lisbon said rates "
                    "would fall. She lives in Lisbon."),
              ::testing::ElementsAre("PERSON Kay Lisbon", "PERSON Lisbon",
                                     "GPE Lisbon"));
}

// Competitions named by a league are events, not organizations; a body
// called a league stays one ("Arab League").
TEST(Entities, LeagueCompetitionsAreEvents) {
  EXPECT_THAT(Typed("They reached the Champions League final."),
              ::testing::ElementsAre("EVENT Champions League"));
  EXPECT_THAT(Typed("The Arab League met in Cairo."),
              ::testing::Contains("ORG Arab League"));
}

// An unknown one-word subject of "said"/"says" is a firm by default
// ("Pellworth said"), unless the text names a person with that word in a
// longer name, before or after it ("Orla Quennell ... Quennell said",
// a heading's "Quennell says" over "Orla Quennell"), after its first word
// ("Ruben Atxaga Leniz ... Atxaga said") or first after a title.
TEST(Entities, UnknownOneWordSubjectOfSaidIsAFirm) {
  EXPECT_THAT(Typed("Pellworth said on Monday that sales rose 4 percent."),
              ::testing::ElementsAre("ORG Pellworth"));
  EXPECT_THAT(Typed("Pellworth said on Monday that he would stay."),
              ::testing::ElementsAre("PERSON Pellworth"));
  EXPECT_THAT(Typed("Quennell says rates will fall\n\nEconomist Orla "
                    "Quennell expects two cuts. Quennell said so on Monday."),
              ::testing::ElementsAre("PERSON Quennell", "PERSON Orla Quennell",
                                     "PERSON Quennell"));
  EXPECT_THAT(Typed("Ruben Atxaga Leniz spoke in Lima. Atxaga said the "
                    "talks would resume."),
              ::testing::Contains("PERSON Atxaga"));
  EXPECT_THAT(Typed("Trade Minister Dho Seung-min arrived. Dho said the "
                    "talks went well."),
              ::testing::Contains("PERSON Dho"));
}

// So is an unknown word with no evidence either way ("as Marlowe dazzles"):
// a firm by default, but the person the text names with it as a surname,
// before or after it (a sentence-case headline over the body), with its
// later mentions. Only as the last word of a person named with a given name
// or a title: "Fake Tickets" opening a sentence is a person only by default.
TEST(Entities, UnknownWordWithoutEvidenceTakesAPersonsSurname) {
  EXPECT_THAT(Typed("Rovers win as Azubuike double seals it\n\nStriker Tobi "
                    "Azubuike scored twice. Azubuike, 22, joined in June."),
              ::testing::ElementsAre("PERSON Azubuike", "PERSON Tobi Azubuike",
                                     "PERSON Azubuike"));
  EXPECT_THAT(Typed("Carmaker names successor to Harrowgate\n\nThe board "
                    "said Mr Harrowgate would stay on as chairman."),
              ::testing::ElementsAre("PERSON Harrowgate", "PERSON Harrowgate"));
  // No such person: a firm, as before.
  EXPECT_THAT(Typed("Buyers deserted Quorvant after the recall."),
              ::testing::ElementsAre("ORG Quorvant"));
  // A word that ends a person only by default names no one.
  std::vector<std::string> got = Typed(
      "Dealers sold Brindlemarks at a discount. Fake Brindlemarks "
      "flooded the market.");
  EXPECT_THAT(got, ::testing::Not(::testing::Contains("PERSON Brindlemarks")));
}

// A town the lexicon knows names the club "<town> <club head>" that the same
// text names (United, Rovers, a nickname), except after a place's context
// word; without the club in the text it stays a place.
TEST(Entities, TownAloneNamesItsClubNamedInTheText) {
  EXPECT_THAT(
      Typed("Leeds United lost 2-1 on Saturday. Leeds, who had won "
            "five in a row, led early. Fans in Leeds were stunned."),
      ::testing::ElementsAre("ORG Leeds United", "ORG Leeds", "GPE Leeds"));
  EXPECT_THAT(Typed("Fans in Leeds were stunned. Leeds, a city of 800,000, "
                    "voted on Monday."),
              ::testing::ElementsAre("GPE Leeds", "GPE Leeds"));
}

// Common acronyms name no entity ("AI", "LNG", "a CD"); a case=exact
// not_name entry leaves the word in another case alone: the given name
// "Ai" still opens a person's name.
TEST(Entities, CommonAcronymsAreNoNamesInTheirCaseOnly) {
  EXPECT_THAT(Typed("Spending on AI and LNG terminals rose, and a CD sold."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("In Tokyo, Ai Sugiyama won in straight sets."),
              ::testing::Contains("PERSON Ai Sugiyama"));
}

// A town whose club goes by its name (club=1) is the club in a sports
// story (a score and three more scores, result verbs or team titles), but
// not after a place's context word or in a dateline; outside sport it stays
// a place.
TEST(Entities, ClubTownInASportsStoryIsTheClub) {
  std::vector<std::string> got = Typed(
      "TOULOUSE, France, May 3 - Toulouse came back to win 24-19. The "
      "coach praised his captain, and Toulouse now face a trip to fans "
      "in Toulouse who beat the odds.");
  EXPECT_THAT(
      got, ::testing::ElementsAre("GPE TOULOUSE", "GPE France", "ORG Toulouse",
                                  "ORG Toulouse", "GPE Toulouse"));
  EXPECT_THAT(Typed("Toulouse approved a new tram line on Monday."),
              ::testing::ElementsAre("GPE Toulouse"));
}

// Counties are places; a cricket county (club=1) is its club in a cricket
// report, which two scores mark ("287-6", "4-52"); a scorecard's bowler
// named like a town is a person ("b Cork").
TEST(Entities, CountiesArePlacesAndCricketCountiesClubs) {
  EXPECT_THAT(Typed("Surrey police said two men from Woking were held."),
              ::testing::ElementsAre("GPE Surrey", "GPE Woking"));
  EXPECT_THAT(Typed("Close of play: Kent 287-6 against Lancashire at "
                    "Canterbury, where Ana Hollis took 4-52."),
              ::testing::ElementsAre("ORG Kent", "ORG Lancashire",
                                     "GPE Canterbury", "PERSON Ana Hollis"));
  EXPECT_THAT(
      Typed("R Patel c Dorsey b Cork 41"),
      ::testing::ElementsAre("PERSON R Patel", "PERSON Dorsey", "PERSON Cork"));
}

// An unknown name before a comma and a state's or province's name is a
// town ("Kenton, Ohio"; "a Marlow, Okla., depot"), but not before a given
// name that opens another person's ("Victoria Hamilton").
TEST(Entities, TownBeforeItsStateIsAPlace) {
  EXPECT_THAT(Typed("The plant in Kenton, Ohio, and a Marlow, Okla., depot "
                    "will close."),
              ::testing::ElementsAre("GPE Kenton", "GPE Ohio", "GPE Marlow",
                                     "GPE Okla."));
  EXPECT_THAT(Typed("The nominees are Bex Thorne, Victoria Hamilton and "
                    "Kelly Reilly."),
              ::testing::Contains("PERSON Bex Thorne"));
}

// "of" and a titled name end an organization's name ("Unity Party of
// President Ana Kovac"); "Chamber" heads one; movements and groups of
// states the lexicon lists are organizations, not two unknown words.
TEST(Entities, OrganizationNamesEndBeforeATitledPerson) {
  EXPECT_THAT(Typed("The ruling Unity Party of President Ana Kovac won, the "
                    "Baltic Chamber of Commerce and Industry agreed, and the "
                    "Khmer Rouge denied it."),
              ::testing::ElementsAre("ORG Unity Party", "PERSON Ana Kovac",
                                     "ORG Baltic Chamber of Commerce and "
                                     "Industry",
                                     "ORG Khmer Rouge"));
}

// A firm named by its first words before its heads: "Brisk Plover" for
// "Brisk Plover Data Corp" (not a person's name: "Ana Ruiz" for "Ana Ruiz
// Associates Ltd" stays the person).
TEST(Entities, FirmNamedByTheWordsBeforeItsHeads) {
  EXPECT_THAT(
      Typed("Brisk Plover Data Corp cut jobs. Analysts said Brisk "
            "Plover would sell its unit."),
      ::testing::ElementsAre("ORG Brisk Plover Data Corp", "ORG Brisk Plover"));
  EXPECT_THAT(
      Typed("Ana Ruiz Associates Ltd said Ana Ruiz would lead it."),
      ::testing::ElementsAre("ORG Ana Ruiz Associates Ltd", "PERSON Ana Ruiz"));
}

// A place of two words inside a compound adjective is one place: "a New
// Albury-based firm" names New Albury, not an ORG "New" and a GPE "Albury".
TEST(Entities, TwoWordPlaceBeforeBasedIsOnePlace) {
  std::vector<Found> got = Recognize(
      "Shares of a New Albury-based miner and a Lisbon-based "
      "fund rose.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "New Albury");
  EXPECT_EQ(got[0].type, "GPE");
  EXPECT_EQ(got[1].text, "Lisbon");
}

// A line that lists names is no heading: its players are people, a
// surname alone too ("Brannigan"), and a list of clubs stays clubs.
TEST(Entities, LineupListsNamePlayers) {
  std::vector<std::string> got = Typed(
      "Wexley beat Marston 24-10 on Saturday.\n\nWexley: T "
      "Okonjo; Brannigan, Devlish, R Amadi, Quennell.\n");
  EXPECT_THAT(got, ::testing::IsSupersetOf(
                       {"PERSON T Okonjo", "PERSON Brannigan", "PERSON Devlish",
                        "PERSON R Amadi", "PERSON Quennell"}));
  EXPECT_THAT(
      Typed("Through: AC Milan, Bayer Leverkusen, Internazionale, "
            "Juventus.\n"),
      ::testing::Not(::testing::Contains(::testing::StartsWith("PERSON"))));
}

// Firms the lexicon knows keep the longer names they head: "and Co" after
// one, and a heading that spells more of the body's name ("NISSAN MOTOR"
// for "Nissan Motor Co Ltd"); a firm the rules read as a person's name
// ("Deutsche Telekom") is known.
TEST(Entities, KnownFirmsKeepTheirLongerNames) {
  EXPECT_THAT(Typed("NISSAN MOTOR RAISES OUTPUT\n\nNissan Motor Co Ltd said "
                    "output rose, Merrill Lynch and Co said, and Deutsche "
                    "Telekom agreed."),
              ::testing::ElementsAre(
                  "ORG NISSAN MOTOR", "ORG Nissan Motor Co Ltd",
                  "ORG Merrill Lynch and Co", "ORG Deutsche Telekom"));
}

// A name whose share price moves is a firm's ("Zeta Werke fell 4.50
// marks"), not a person's; a score or a ranking after the verb is no price.
TEST(Entities, ShareMoveAfterANameMakesItAFirm) {
  EXPECT_THAT(Typed("In Frankfurt, Zeta Werke fell 4.50 marks to 781 and "
                    "Orvik Data firmed 2.50."),
              ::testing::ElementsAre("GPE Frankfurt", "ORG Zeta Werke",
                                     "ORG Orvik Data"));
  EXPECT_THAT(Typed("Later Tamsin Brook climbed 12 places to 40th."),
              ::testing::ElementsAre("PERSON Tamsin Brook"));
}

// Italian, German and Iberian words for a group or company, and a buyer's
// vehicle, head firms' names ("Gruppo Vantelli", "Dorne Acquisition").
TEST(Entities, ForeignGroupWordsHeadFirms) {
  EXPECT_THAT(
      Typed("Analysts said Gruppo Vantelli had sold its unit to Dorne "
            "Acquisition."),
      ::testing::ElementsAre("ORG Gruppo Vantelli", "ORG Dorne Acquisition"));
}

// A surname that opens with a lower-case particle names a person, the
// particle included ("van der Brink", "de Rosny"); not inside a foreign
// firm's name ("Caisse de Rosny").
TEST(Entities, SurnameWithALowerCaseParticleIsAPerson) {
  EXPECT_THAT(
      Typed("The plan was backed by van der Brink, and de Rosny "
            "agreed."),
      ::testing::ElementsAre("PERSON van der Brink", "PERSON de Rosny"));
  EXPECT_THAT(Typed("Officials at the Caisse de Rosny agreed."),
              ::testing::Not(::testing::Contains("PERSON de Rosny")));
}

// A heading's name takes the body's reading of it: "BARCELONA" over a
// match report is the club the body names, not the town.
TEST(Entities, HeadingNameTakesTheBodysType) {
  EXPECT_THAT(Typed("SOCCER - BARCELONA HELD AT HOME\n\nBarcelona were held "
                    "to a 1-1 draw on Saturday."),
              ::testing::ElementsAre("ORG BARCELONA", "ORG Barcelona"));
}

// Common given names of many regions are evidence of a person: alone
// ("Steve will donate"), and before a surname a headline named first.
TEST(Entities, GivenNamesOfManyRegions) {
  EXPECT_THAT(Typed("This year Steve will donate the proceeds."),
              ::testing::ElementsAre("PERSON Steve"));
  EXPECT_THAT(Typed("Club drops Varga\n\nThe club has released Adrian "
                    "Varga after a row."),
              ::testing::ElementsAre("PERSON Varga", "PERSON Adrian Varga"));
  EXPECT_THAT(
      Typed("Later Svetlana Orlova and Goncalo Pires spoke."),
      ::testing::ElementsAre("PERSON Svetlana Orlova", "PERSON Goncalo Pires"));
}

// A title head followed by another title, over its modifiers, is one title:
// "Assistant" alone is a title ("Assistant Bram de Wit"), and so is
// "Assistant Treasury Secretary" before a name.
TEST(Entities, TitleHeadBeforeAnotherTitleIsOneTitle) {
  std::vector<Found> got = Recognize(
      "Assistant Treasury Secretary Dana Whitcombe said rates "
      "would rise.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "Dana Whitcombe");
  EXPECT_EQ(got[0].title, "Assistant Treasury Secretary");
}

// Sports words that name no person or firm: competitions and the Games'
// adjective are events (CoNLL MISC), "Test" a match; "All Blacks" whole.
TEST(Entities, SportsCompetitionsAreEventsNotPeople) {
  EXPECT_THAT(Typed("Wales won a first Grand Slam since 1978, and the "
                    "Olympic champion Ewa Marsh ran well."),
              ::testing::ElementsAre("GPE Wales", "EVENT Grand Slam",
                                     "EVENT Olympic", "PERSON Ewa Marsh"));
  EXPECT_THAT(Typed("England lost the first Test, and the All Blacks lead "
                    "the Premiership."),
              ::testing::ElementsAre("GPE England", "ORG All Blacks",
                                     "EVENT Premiership"));
}

// A name opening with a Romance article is no person ("La Vigna",
// "El Mirador": papers, firms, venues); "Le" opens surnames and stays one.
TEST(Entities, NameOpeningWithAnArticleIsNoPerson) {
  EXPECT_THAT(Typed("Readers of La Vigna sent letters."),
              ::testing::ElementsAre("ORG La Vigna"));
  EXPECT_THAT(Typed("The daily El Mirador Austral printed the letter."),
              ::testing::Contains("ORG El Mirador Austral"));
  EXPECT_THAT(Typed("Voters backed Le Garrec in the runoff."),
              ::testing::Contains("PERSON Le Garrec"));
}

// Recurring sports events whose names hold no contest head are lexicon
// events, in the body and on an all-caps heading.
TEST(Entities, NamedSportsEventsAreEvents) {
  EXPECT_THAT(Typed("Wales face Italy in the Six Nations on Sunday."),
              ::testing::Contains("EVENT Six Nations"));
  EXPECT_THAT(Typed("He won a stage of the Tour de France in July."),
              ::testing::Contains("EVENT Tour de France"));
  EXPECT_THAT(Typed("CYCLING - RIDERS QUIT TOUR DE FRANCE\n\nTwo riders "
                    "left the race."),
              ::testing::Contains("EVENT TOUR DE FRANCE"));
}

// Where a boat sailed from, where residents live, where someone of a
// given age is from: places, not firms.
TEST(Entities, PlacesPeopleComeFrom) {
  EXPECT_THAT(Typed("The trawler had sailed from Brackwick two days earlier."),
              ::testing::Contains("GPE Brackwick"));
  EXPECT_THAT(Typed("About 900 residents of Tullagh were told to leave."),
              ::testing::Contains("GPE Tullagh"));
  EXPECT_THAT(Typed("Owen Parry, 58, from Thornbury, said he was relieved."),
              ::testing::Contains("GPE Thornbury"));
}

// A line opening with a number (a score or a rank before a player) is no
// title-case heading: its names are kept. A known place in brackets after
// a person is the person's country, no alias of the name.
TEST(Entities, ScoreLinesAndBracketedCountries) {
  EXPECT_THAT(Typed("Leading scores:\n\n66 Ola Brenner (Sweden), Matt "
                    "Kerridge\n67 Tom Lisle (Australia)"),
              ::testing::ElementsAre("PERSON Ola Brenner", "GPE Sweden",
                                     "PERSON Matt Kerridge", "PERSON Tom Lisle",
                                     "GPE Australia"));
  EXPECT_THAT(Typed("Seeded second is Andy Lusk (US), the holder."),
              ::testing::Contains("GPE US"));
}

// One-word names after a one-word name, each after a comma, the last after
// "&", are one firm ("Hollin, Vasquez & Rahl"); a list with "and" is not.
TEST(Entities, CommaSeparatedPartnersBeforeAnAmpersandAreOneFirm) {
  EXPECT_THAT(Typed("The buyout firm Hollin, Vasquez & Rahl made an offer."),
              ::testing::Contains("ORG Hollin, Vasquez & Rahl"));
  EXPECT_THAT(Typed("Lawyers at Brandt, Okoye, Ferris & Lund advised."),
              ::testing::Contains("ORG Brandt, Okoye, Ferris & Lund"));
}

// A heading names a body's firm by its last word when the rest is a city
// or a legal form: "TORVIKS" for "Bergen Torviks", "KALMAR" for "AB Kalmar".
TEST(Entities, HeadingNamesAFirmByItsLastWord) {
  EXPECT_THAT(Typed("BASKETBALL - TORVIKS BEAT RIVALS\n\nThe Boston "
                    "Torviks won 101-99."),
              ::testing::Contains("ORG TORVIKS"));
  EXPECT_THAT(Typed("KALMAR CUTS OUTPUT\n\nTruck maker AB Kalmar said "
                    "orders fell."),
              ::testing::Contains("ORG KALMAR"));
}

// Capes are places ("Cape of Good Hope" is one name); the Blue and White
// Nile are rivers.
TEST(Entities, CapesAndNiles) {
  EXPECT_THAT(Typed("Ships sailed around the Cape of Good Hope."),
              ::testing::ElementsAre("LOC Cape of Good Hope"));
  EXPECT_THAT(Typed("The dam stands on the Blue Nile."),
              ::testing::ElementsAre("LOC Blue Nile"));
}

// A given name that is also a head ("Marine"), then a particle: a person
// ("Marine de Villepont"); without the particle the head types the name.
TEST(Entities, GivenNameThatIsAHeadBeforeAParticle) {
  EXPECT_THAT(Typed("Voters backed Marine de Villepont on Sunday."),
              ::testing::Contains("PERSON Marine de Villepont"));
  EXPECT_THAT(Typed("Shares in Marine Harvest rose."),
              ::testing::Contains("ORG Marine Harvest"));
}

// Contests named "Classic" are events; a coalition, alliance or bloc after
// a name, and "directors of" before one, make it an organization.
TEST(Entities, ClassicsCoalitionsAndDirectorsOf) {
  EXPECT_THAT(Typed("She won the Tarrow Classic on Sunday."),
              ::testing::Contains("EVENT Tarrow Classic"));
  EXPECT_THAT(Typed("The ruling Nova Vereda coalition lost seats."),
              ::testing::Contains("ORG Nova Vereda"));
  EXPECT_THAT(Typed("The suit accuses directors of Quantel Brook of fraud."),
              ::testing::Contains("ORG Quantel Brook"));
}

// Parties named by their members' plural: a group (NORP) alone, the party
// (ORG) after "the" or a possessive ("her Social Democrats").
TEST(Entities, PartyPluralsAfterAPossessive) {
  EXPECT_THAT(Typed("Social Democrats were divided on the bill."),
              ::testing::ElementsAre("NORP Social Democrats"));
  EXPECT_THAT(Typed("She said her Christian Democrats would win."),
              ::testing::ElementsAre("ORG Christian Democrats"));
  EXPECT_THAT(Typed("The far-right Alternative for Germany came second."),
              ::testing::ElementsAre("ORG Alternative for Germany"));
}

// A plural the lexicon lists as an anonymous source ("Growers",
// "Underwriters") opening a sentence before "said" is no name; it still
// opens a firm's ("Underwriters Laboratories said").
TEST(Entities, SentenceOpeningPluralSourcesAreNoNames) {
  EXPECT_THAT(Typed("Growers said the rain came too late."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("Underwriters Laboratories said it tested the plug."),
              ::testing::ElementsAre("ORG Underwriters Laboratories"));
}

// A title written with a lower-case word is no part of the name after it,
// even when that name opens with a head ("Park" as in "Hyde Park").
TEST(Entities, LowerCaseTitleBeforeANameOpeningWithAHead) {
  EXPECT_THAT(Typed("Chief financial officer Park Ji-won said sales rose."),
              ::testing::ElementsAre("PERSON Park Ji-won"));
}

// A name right before a site's noun (mine, smelter, refinery, field) is the
// site (FAC), not the firm that works it.
TEST(Entities, SitesNamedBeforeMineOrField) {
  EXPECT_THAT(Typed("Output at its Cerro Vasco mine fell 9 percent."),
              ::testing::ElementsAre("FAC Cerro Vasco"));
  EXPECT_THAT(Typed("Production from the Halvard field resumed."),
              ::testing::ElementsAre("FAC Halvard"));
}

// The rare rules' word lists are lexicon data (type entity_word): a user
// adds a site noun, or takes one away, and a bad in= value names its line.
TEST(Entities, UserLexiconExtendsTheRareRulesWordLists) {
  const std::string text = "Work at the Tallow Brook kiln stopped.";
  EXPECT_THAT(Typed(text),
              ::testing::Not(::testing::Contains("FAC Tallow Brook")));
  Options o;
  o.claims = false;
  o.lexicon_text = "kiln\tentity_word\tin=site_after\n";
  absl::StatusOr<Extractor> ex = Extractor::Create(o);
  ASSERT_TRUE(ex.ok()) << ex.status();
  EXPECT_THAT(Typed(text, *ex), ::testing::ElementsAre("FAC Tallow Brook"));

  const std::string mine = "Output at its Cerro Vasco mine fell 9 percent.";
  o.lexicon_text = "mine\t-\n";
  ex = Extractor::Create(o);
  ASSERT_TRUE(ex.ok()) << ex.status();
  EXPECT_THAT(Typed(mine, *ex),
              ::testing::Not(::testing::Contains("FAC Cerro Vasco")));

  o.lexicon_text = "# sites\nquarry\tentity_word\tin=site\n";
  ex = Extractor::Create(o);
  ASSERT_FALSE(ex.ok());
  EXPECT_THAT(std::string(ex.status().message()),
              HasSubstr("<options.lexicon_text>:2"));
}

// The word lists that were constants in the rules are lexicon data too: a
// user adds a preposition before a place listed with its country
// (in=listed_at), and a particle name after it is a place.
TEST(Entities, UserLexiconExtendsThePlaceListPrepositions) {
  const std::string text =
      "The envoys met beside Villa de Leyva, Colombia, on Monday.";
  EXPECT_THAT(Typed(text),
              ::testing::Not(::testing::Contains("GPE Villa de Leyva")));
  Options o;
  o.claims = false;
  o.lexicon_text = "beside\tentity_word\tin=listed_at\n";
  absl::StatusOr<Extractor> ex = Extractor::Create(o);
  ASSERT_TRUE(ex.ok()) << ex.status();
  EXPECT_THAT(Typed(text, *ex),
              ::testing::ElementsAre("GPE Villa de Leyva", "GPE Colombia"));
}

// A legal form written with a slash ("A/S", lexicon entity_head) stays
// inside the firm's name after a capitalized word, and the firm's first
// word names it later; not after a bracket.
TEST(Entities, SlashLegalFormStaysInTheName) {
  EXPECT_THAT(Typed("The brewer Skovlund A/S raised its forecast on Monday. "
                    "Skovlund also cut prices."),
              ::testing::ElementsAre("ORG Skovlund A/S", "ORG Skovlund"));
  EXPECT_THAT(Typed("Shares in Tarnby Shipping A/S fell."),
              ::testing::ElementsAre("ORG Tarnby Shipping A/S"));
  EXPECT_THAT(Typed("The owners are Halvik (Norge) A/S and others."),
              ::testing::Not(::testing::Contains("ORG S")));
}

// A lower-case place noun right after an unknown name (entity_word
// in=place_after / loc_after) makes it a place; not one word opening a
// sentence ("Total area planted").
TEST(Entities, PlaceNounAfterAnUnknownName) {
  EXPECT_THAT(Typed("Boats could no longer reach villages along the Tarvo "
                    "river."),
              ::testing::ElementsAre("LOC Tarvo"));
  EXPECT_THAT(Typed("Flights at Merlow airport were delayed for hours."),
              ::testing::ElementsAre("GPE Merlow"));
  EXPECT_THAT(Typed("Total area planted rose 4 percent."),
              ::testing::IsEmpty());
}

// "At Brackley: Northfield beat Eastwick by 40 runs": a results line's
// venue is a place; the teams after it are clubs (runs, wickets and
// innings are score words).
TEST(Entities, ResultsLineVenueAndCricketScores) {
  EXPECT_THAT(
      Typed("At Brackley: Northfield beat Eastwick by 40 runs."),
      ::testing::ElementsAre("GPE Brackley", "ORG Northfield", "ORG Eastwick"));
}

// A sentence-initial word ending in -ing is no verb when heads alone would
// be left ("Harling Freight Holdings").
TEST(Entities, IngWordBeforeHeadsOpensAFirm) {
  EXPECT_THAT(Typed("Harling Freight Holdings said on Tuesday it would cut "
                    "jobs."),
              ::testing::ElementsAre("ORG Harling Freight Holdings"));
}

// A list of firms with one joined by '&' is no single firm: "Tarvik, Brandt
// & Pike and Stellar Motors".
TEST(Entities, FirmListWithAnAmpersandFirm) {
  EXPECT_THAT(Typed("Parts came from Tarvik, Brandt & Pike and Stellar "
                    "Motors."),
              ::testing::ElementsAre("ORG Tarvik", "ORG Brandt & Pike",
                                     "ORG Stellar Motors"));
}

// Masters is a tournament's head; Management a firm's; "a 19-year-old from"
// and "people from" name a place.
TEST(Entities, MastersManagementAndPeopleFrom) {
  EXPECT_THAT(
      Typed("Lena Ortiz won the Lisbon Masters on Sunday."),
      ::testing::ElementsAre("PERSON Lena Ortiz", "EVENT Lisbon Masters"));
  EXPECT_THAT(Typed("Its largest holder, Corvane Asset Management, sold "
                    "shares."),
              ::testing::ElementsAre("ORG Corvane Asset Management"));
  EXPECT_THAT(Typed("A 19-year-old from Brenford was arrested on Sunday."),
              ::testing::ElementsAre("GPE Brenford"));
}

// A name of several words (no given name) right after "at" leans ORG
// ("Tom Berry at Brindle Lacey"), a place after a site's "at" ("the
// refinery at Ras Corvo"); a person keeps the possessive ("at Tom Berry's").
TEST(Entities, NameAfterAt) {
  EXPECT_THAT(Typed("Prices rose, said Tom Berry at Brindle Lacey."),
              ::testing::ElementsAre("PERSON Tom Berry", "ORG Brindle Lacey"));
  EXPECT_THAT(Typed("Output at the refinery at Ras Corvo was cut."),
              ::testing::ElementsAre("GPE Ras Corvo"));
  EXPECT_THAT(Typed("Critics have aimed a lot at Tom Berry's plan."),
              ::testing::ElementsAre("PERSON Tom Berry"));
}

// "U.S. District Judge Ana Ruiz": the court's word belongs to the title.
TEST(Entities, DistrictJudgeIsATitle) {
  std::vector<Found> got =
      Recognize("U.S. District Judge Ana Ruiz said the case could go on.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "U.S.");
  EXPECT_EQ(got[0].type, "GPE");
  EXPECT_EQ(got[1].text, "Ana Ruiz");
  EXPECT_EQ(got[1].title, "District Judge");
}

// Towns and counties news names bare (data/gazetteer_places.tsv), also as a
// sentence's subject, where an unknown word would be dropped.
TEST(Entities, GazetteerTownsAsSubjects) {
  EXPECT_THAT(Typed("Tampere lost power on Sunday, and homes in Shropshire "
                    "were flooded."),
              ::testing::ElementsAre("GPE Tampere", "GPE Shropshire"));
}

// Occupations that open sentences before a name stay out of it ("Spinner
// Omar Lateef"); a name before "well" is a drilling site (a head of its
// own, "Harlow Creek", names the place).
TEST(Entities, OpeningOccupationsAndWells) {
  EXPECT_THAT(Typed("Spinner Omar Lateef took five wickets on Monday."),
              ::testing::ElementsAre("PERSON Omar Lateef"));
  // (Ridge is a natural feature's head: the name is the place.)
  EXPECT_THAT(Typed("Gas was found at the Harlow Ridge well in Texas."),
              ::testing::ElementsAre("LOC Harlow Ridge", "GPE Texas"));
}

// Two known places joined by a capitalized "And" or "Or" (Reuters writes
// one after an abbreviation's period) are two places, not one firm.
TEST(Entities, KnownPlacesJoinedByACapitalizedAnd) {
  EXPECT_THAT(Typed("Sales rose in the U.K. And Norway last year."),
              ::testing::ElementsAre("GPE U.K.", "GPE Norway"));
}

// A bare head in the body ("Police", "Ministry") names a force or office
// only by referring back to one; it does not reach forward to a name spelled
// out later ("Police in Arnby ... Westshire Police").
TEST(Entities, BareHeadInTheBodyRefersBackOnly) {
  EXPECT_THAT(Typed("Police in Arnby are looking for a man. Westshire Police "
                    "said he was dangerous."),
              ::testing::ElementsAre("GPE Arnby", "ORG Westshire Police"));
  EXPECT_THAT(Typed("Westshire Police said he was dangerous. Police in Arnby "
                    "are looking for him."),
              ::testing::ElementsAre("ORG Westshire Police", "ORG Police",
                                     "GPE Arnby"));
}

// Military and council ranks are titles ("Commodore", "Councillor"); a
// lower-case "state" or a plural "regions" after an unknown name makes it a
// place; a disease named by a capitalized word is no entity; a tournament's
// "Trophy" heads an event.
TEST(Entities, RanksStatesDiseasesAndTrophies) {
  EXPECT_THAT(Typed("Commodore Tunde Okafor said two ships were seized."),
              ::testing::ElementsAre("PERSON Tunde Okafor"));
  EXPECT_THAT(Typed("Councillor Bryn Pugh said the road would reopen."),
              ::testing::ElementsAre("PERSON Bryn Pugh"));
  EXPECT_THAT(Typed("Rains flooded Obanla state on Monday."),
              ::testing::ElementsAre("GPE Obanla"));
  EXPECT_THAT(Typed("Drones fell over the Tarsk and Vorny regions."),
              ::testing::ElementsAre("GPE Tarsk", "GPE Vorny"));
  EXPECT_THAT(Typed("Doctors fear an outbreak of Ebola in the camps."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("Halford won the Marsden Trophy on Sunday."),
              ::testing::Contains("EVENT Marsden Trophy"));
}

// A nationality before a known league stays a nationality ("Italian Serie
// A"); "International" and "Cars" end firms' names, "Tour" heads a race,
// "Links" a golf course; a name before "prospect" or "dam" is a site, after
// "airport at" a place.
TEST(Entities, LeaguesFirmsRacesCoursesAndSites) {
  EXPECT_THAT(Typed("Results of Italian Serie A matches on Sunday."),
              ::testing::ElementsAre("NORP Italian", "EVENT Serie A"));
  EXPECT_THAT(Typed("He led Halvor Cars for twenty years."),
              ::testing::ElementsAre("ORG Halvor Cars"));
  EXPECT_THAT(Typed("The deal was agreed by Corvel International."),
              ::testing::ElementsAre("ORG Corvel International"));
  EXPECT_THAT(Typed("Pogar won the Tour of Varnia for a third time."),
              ::testing::Contains("EVENT Tour of Varnia"));
  EXPECT_THAT(Typed("He won by two shots at Kelmar Links on Sunday."),
              ::testing::ElementsAre("FAC Kelmar Links"));
  EXPECT_THAT(Typed("The firm found gold at its Karvo prospect."),
              ::testing::ElementsAre("FAC Karvo"));
  EXPECT_THAT(Typed("Work stopped on the Belu dam last year."),
              ::testing::ElementsAre("FAC Belu"));
  EXPECT_THAT(Typed("A new airport at Tessabu will open in 2028."),
              ::testing::ElementsAre("GPE Tessabu"));
}

// Prizes and awards are no firms or people ("the Halvard Prize"); a
// "Recorder" (a part-time judge) is a title; plural "Centres" heads a body.
TEST(Entities, PrizesRecordersAndCentres) {
  EXPECT_THAT(Typed("She won the Halvard Prize in 2011."),
              ::testing::ElementsAre("EVENT Halvard Prize"));
  EXPECT_THAT(Typed("He won the Marlow Award for fiction."),
              ::testing::ElementsAre("EVENT Marlow Award"));
  EXPECT_THAT(Typed("Recorder Amrit Sandhu said the victims lost savings."),
              ::testing::ElementsAre("PERSON Amrit Sandhu"));
  EXPECT_THAT(
      Typed("The Ostland Centres for Disease Research said so."),
      ::testing::ElementsAre("ORG Ostland Centres for Disease Research"));
}

// Common acronyms and technology words name nothing ("DNA tests", "an Ethernet
// port"); "Aid" and "Partnership" head bodies; "wing" is a player's
// position; a town after "a manager from" is a place; a present-tense result
// verb ("thrash") makes a town next to it and a score its club.
TEST(Entities, AcronymsAidPositionsAndResultVerbs) {
  EXPECT_THAT(Typed("DNA tests and MRI scans found HIV in the samples."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("A fault in the Ethernet port made it overheat."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("Marsh Aid said demand had doubled."),
              ::testing::ElementsAre("ORG Marsh Aid"));
  EXPECT_THAT(Typed("She founded Okoro Bell Partnership in 1990."),
              ::testing::ElementsAre("ORG Okoro Bell Partnership"));
  EXPECT_THAT(Typed("Wing Tavita Lemalu scored twice."),
              ::testing::ElementsAre("PERSON Tavita Lemalu"));
  EXPECT_THAT(Typed("A care manager from Tarnby was jailed."),
              ::testing::ElementsAre("GPE Tarnby"));
  EXPECT_THAT(Typed("Leeds thrash Carvell 40-6 in the cup."),
              ::testing::Contains("ORG Leeds"));
}

// "and" inside a body's name: after "for" ("Office for Road Safety and
// Standards"), and after a head that does not end the name ("Tarvo Oil Leak
// Detection and Response Agency"); two firms stay two ("Halder Seafood
// Processors and First Marl Foods").
TEST(Entities, AndInsideBodiesNames) {
  EXPECT_THAT(
      Typed("The Office for Water Safety and Standards said so."),
      ::testing::ElementsAre("ORG Office for Water Safety and Standards"));
  EXPECT_THAT(
      Typed(
          "He asked the Tarvo Oil Leak Detection and Response Agency to act."),
      ::testing::ElementsAre(
          "ORG Tarvo Oil Leak Detection and Response Agency"));
  EXPECT_THAT(Typed("Marine Seafood Processors and First Marl Foods merged."),
              ::testing::ElementsAre("ORG Marine Seafood Processors",
                                     "ORG First Marl Foods"));
  EXPECT_THAT(Typed("The Health and Safety Executive brought the case."),
              ::testing::ElementsAre("ORG Health and Safety Executive"));
}

// One unknown word opening a sentence before "state" (and a word of its
// offices) or "province" names the place; "state" in a compound does not.
TEST(Entities, SentenceOpeningStateOrProvince) {
  EXPECT_THAT(Typed("Obiri state police said on Monday they freed 12 men."),
              ::testing::ElementsAre("GPE Obiri"));
  EXPECT_THAT(Typed("Tarsa province officials said the road was shut."),
              ::testing::ElementsAre("GPE Tarsa"));
  EXPECT_THAT(Typed("Welfare state spending fell last year."),
              ::testing::IsEmpty());
}

// Two title modifiers joined by "and" belong to the title after them, not to
// an organization ("Energy and Mines Minister", "Trade and Industry
// Secretary").
TEST(Entities, TitleModifiersJoinedByAnd) {
  EXPECT_THAT(Typed("He met Energy and Mines Minister Tomas Rulfo."),
              ::testing::ElementsAre("PERSON Tomas Rulfo"));
  EXPECT_THAT(Typed("Trade and Industry Secretary Mara Quill said so."),
              ::testing::ElementsAre("PERSON Mara Quill"));
}

// The 's of an irregular plural inside a name that goes on to a head
// ("Tarn Women's Aid"); a model's code after a known firm, or alone, is a
// product ("Airbus A350", "the F-35"), but a band or group keeps its name.
TEST(Entities, PluralPossessivesInNamesAndModelCodes) {
  EXPECT_THAT(Typed("Tarn Women's Aid said calls rose."),
              ::testing::ElementsAre("ORG Tarn Women's Aid"));
  EXPECT_THAT(Typed("Velland People's Party won the vote."),
              ::testing::ElementsAre("ORG Velland People's Party"));
  EXPECT_THAT(Typed("The airline ordered ten Airbus A321neo jets."),
              ::testing::ElementsAre("ORG Airbus"));
  EXPECT_THAT(Typed("The F-35 and MD-11 flew over the A350 on Monday."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("Fans cheered as K9 played their hits."),
              ::testing::Contains("ORG K9"));
}

TEST(Entities, HonoursAndTwoWordCompaniesThatReadAsPeople) {
  EXPECT_THAT(
      Typed("The farmer Ruth Calloway MBE was made a CBE in the "
            "Birthday Honours."),
      ::testing::ElementsAre("PERSON Ruth Calloway", "EVENT Birthday Honours"));
  EXPECT_THAT(Typed("Time Warner said it would cut 300 jobs."),
              ::testing::ElementsAre("ORG Time Warner"));
  EXPECT_THAT(Typed("Crowds packed Albert Park for the race."),
              ::testing::ElementsAre("FAC Albert Park"));
}

TEST(Entities, RoadNumbersWithARoadNearby) {
  EXPECT_THAT(Typed("Lorries were diverted off the A5104 after a spill."),
              ::testing::ElementsAre("FAC A5104"));
  EXPECT_THAT(Typed("Fog closed the M47 near Dunmere on Monday."),
              ::testing::ElementsAre("FAC M47", "GPE Dunmere"));
  EXPECT_THAT(Typed("The M19 was shut northbound for an hour."),
              ::testing::ElementsAre("FAC M19"));
  // No road word: a jet's code stays unnamed.
  EXPECT_THAT(Typed("The A350 jet landed safely near Lisbon."),
              ::testing::ElementsAre("GPE Lisbon"));
  EXPECT_THAT(Typed("The A350 jet landed safely."), ::testing::IsEmpty());
  // Traffic words count as road words: drivers, lanes, both directions.
  EXPECT_THAT(Typed("The A612 was closed in both directions after a spill."),
              ::testing::ElementsAre("FAC A612"));
  EXPECT_THAT(Typed("Drivers face long waits on the A4077 this week."),
              ::testing::ElementsAre("FAC A4077"));
  EXPECT_THAT(Typed("One lane of the M71 stayed shut overnight."),
              ::testing::ElementsAre("FAC M71"));
  // So do "road", "journey", "along", "onto".
  EXPECT_THAT(Typed("Walls along the N72 will be raised, and the journey on "
                    "the A95 took hours."),
              ::testing::ElementsAre("FAC N72", "FAC A95"));
}

TEST(Entities, TownAndPluralNicknameIsAClub) {
  EXPECT_THAT(
      Typed("Castleford Tigers and Pellow Warriors both asked about "
            "the forward."),
      ::testing::ElementsAre("ORG Castleford Tigers", "ORG Pellow Warriors"));
  EXPECT_THAT(Typed("Coach Ada Brisk said Tenby Sharks were tired."),
              ::testing::Contains("ORG Tenby Sharks"));
  // Alone, a nickname is read as any unknown name, and joins no other.
  EXPECT_THAT(Typed("Fans of the Falcons and the Velvet Moths sang."),
              ::testing::ElementsAre("ORG Falcons", "ORG Velvet Moths"));
}

TEST(Entities, CompassWordBeforeAKnownPlaceIsPartOfItsName) {
  EXPECT_THAT(Typed("Storms cut power across North Wales and East London "
                    "on Sunday."),
              ::testing::ElementsAre("GPE North Wales", "GPE East London"));
  // The adjectives stay out: "Eastern", lower-case "northern".
  EXPECT_THAT(Typed("Snow fell in Eastern Ukraine and northern Norway."),
              ::testing::ElementsAre("GPE Ukraine", "GPE Norway"));
}

// Differential: the fast paths for common runs (Run::OneUnknownWord: one
// capitalized word no entry touches) give the same entities as the general
// rules alone, on random mixes of unknown names and the words, marks and
// fragments the unknown-name rules look for either side of a name: titles
// and post titles, context words, "said it", 's, commas, brackets, tickers,
// labels, conjunctions, dates, sentence and line starts.
// A trade written before a name like a title stays out of the person's
// span; after a given name the same word is a surname.
TEST(Entities, TradeBeforeANameIsATitle) {
  EXPECT_THAT(
      Typed("Farmer Hywel Bowen lost 40 sheep in the storm. Plumber "
            "Dean Castell, 44, was fined. Anna Farmer sang."),
      ::testing::ElementsAre("PERSON Hywel Bowen", "PERSON Dean Castell",
                             "PERSON Anna Farmer"));
}

// A legal form ends the firm's name: the place after "of" is its own.
TEST(Entities, LegalFormEndsTheNameBeforeOf) {
  EXPECT_THAT(
      Typed("Brandt Dairy Holding BV of the Netherlands bought a "
            "cheese plant from Orrin Kettle Ltd of Belfast."),
      ::testing::ElementsAre("ORG Brandt Dairy Holding BV", "GPE Netherlands",
                             "ORG Orrin Kettle Ltd", "GPE Belfast"));
}

// A name right after a person's name and "of" is the person's team or
// firm, not a second person.
TEST(Entities, NameAfterAPersonAndOfIsAnOrganization) {
  EXPECT_THAT(
      Typed("The sprint went to Pieter Haelvoet of Kvasta Renn, "
            "ahead of Tomas Brenner of Haldor Logistik."),
      ::testing::ElementsAre("PERSON Pieter Haelvoet", "ORG Kvasta Renn",
                             "PERSON Tomas Brenner", "ORG Haldor Logistik"));
}

// One unknown word between "a" and a resident, or between "its" and a
// firm's site, is a town; after "a" a firm's site keeps the firm, after
// "the" names the site (PremisesNounAfterAnUnknownNameIsTheSite).
TEST(Entities, UnknownTownBeforeAResidentOrASite) {
  EXPECT_THAT(Typed("A Kettering electrician was fined. Corvane Foods will "
                    "shut its Dunstable bakery. A Maxwell plant stays."),
              ::testing::ElementsAre("GPE Kettering", "ORG Corvane Foods",
                                     "GPE Dunstable", "ORG Maxwell"));
  // A site, campus, branch or yard is a firm's premises too.
  EXPECT_THAT(Typed("Halvern Chemicals will cut jobs at its Lowbury site. The "
                    "bank will close its Tarrow branch."),
              ::testing::ElementsAre("ORG Halvern Chemicals", "GPE Lowbury",
                                     "GPE Tarrow"));
}

// So with an age before the town ("a 52-year-old Kettering man") or a
// lower-case word between the town and the noun ("a Kettering engineering
// firm", "its Dunstable car plant"); a firm or a town is someone's "firm" or
// "company" after "a" ("a Tarrow firm"), not after "the".
TEST(Entities, UnknownTownBeforeAnAgeOrAModifier) {
  EXPECT_THAT(Typed("Police charged a 52-year-old Kettering man. A Lowbury "
                    "engineering firm won the deal. Corvane Foods will shut "
                    "its Dunstable car plant."),
              ::testing::ElementsAre("GPE Kettering", "GPE Lowbury",
                                     "ORG Corvane Foods", "GPE Dunstable"));
  EXPECT_THAT(Typed("Analysts said a Tarrow firm had bid. The Maxwell "
                    "engineering firm declined."),
              ::testing::ElementsAre("GPE Tarrow", "ORG Maxwell"));
}

// Airlines, regulators, drug makers, energy groups and parties news names
// bare are organizations, also opening a sentence (where an unknown word is
// read as a person).
TEST(Entities, WellKnownFirmsRegulatorsAndParties) {
  EXPECT_THAT(Typed("Ofwat fined the water company. Qantas cut flights to "
                    "Perth. Centrica said bills would fall."),
              ::testing::ElementsAre("ORG Ofwat", "ORG Qantas", "GPE Perth",
                                     "ORG Centrica"));
  EXPECT_THAT(
      Typed("Law and Justice lost votes to Civic Coalition."),
      ::testing::ElementsAre("ORG Law and Justice", "ORG Civic Coalition"));
}

// Plural heads name operators, not sites: "Corvell Ports", "Maddox
// Terminals" (a lone "Port" opens a town's name).
TEST(Entities, PluralSiteHeadsNameOperators) {
  EXPECT_THAT(Typed("Corvell Ports runs the container terminal."),
              ::testing::ElementsAre("ORG Corvell Ports"));
  EXPECT_THAT(Typed("Rival Maddox Terminals said volumes fell."),
              ::testing::ElementsAre("ORG Maddox Terminals"));
}

// "Contest" heads an event's name as "Festival" does.
TEST(Entities, ContestHeadsAnEvent) {
  EXPECT_THAT(Typed("Marla Venn won the Nordvik Song Contest in May."),
              ::testing::ElementsAre("PERSON Marla Venn",
                                     "EVENT Nordvik Song Contest"));
}

// A title word that ends a name after "of" is part of an organization's
// name, not a title before no one: "Ministry of Justice", "Office of the
// President"; before a name it is still a title.
TEST(Entities, TitleWordEndingAnOrganizationName) {
  EXPECT_THAT(Typed("The Ministry of Justice said the Office of the President "
                    "had asked for the files."),
              ::testing::ElementsAre("ORG Ministry of Justice",
                                     "ORG Office of the President"));
  EXPECT_THAT(Typed("Minister of Justice Ona Varga said no."),
              ::testing::ElementsAre("PERSON Ona Varga"));
}

// "X of Y and the Z Institute": after "and the", a name that ends in its own
// head is a second organization; without a head it stays inside the first
// ("Commission for Africa and the Pacific").
TEST(Entities, AndTheBeforeAHeadedNameStartsASecondName) {
  EXPECT_THAT(Typed("Scientists at the University of Tarrow and the Bellgrave "
                    "Institute said the test worked."),
              ::testing::ElementsAre("ORG University of Tarrow",
                                     "ORG Bellgrave Institute"));
  EXPECT_THAT(
      Typed("The Commission for Africa and the Pacific met."),
      ::testing::ElementsAre("ORG Commission for Africa and the Pacific"));
}

// A given name before a place's head is a person's name ("Grace Park"),
// but not after "the": "the Bruce Highway", "the Victoria Palace Theatre".
TEST(Entities, GivenNameBeforeAPlaceHeadAfterThe) {
  EXPECT_THAT(Typed("Lorries on the Bruce Highway were diverted."),
              ::testing::ElementsAre("FAC Bruce Highway"));
  EXPECT_THAT(Typed("Grace Park won the final."),
              ::testing::ElementsAre("PERSON Grace Park"));
}

// A drug's brand name after "drug", "painkiller", "vaccine" or "pill" is a
// product, no entity ("the drug Zorvex"); its maker still is one.
TEST(Entities, DrugBrandAfterDrugNounIsNoEntity) {
  EXPECT_THAT(Typed("Trials of the drug Zorvex were halted, Halvane Pharma "
                    "said."),
              ::testing::ElementsAre("ORG Halvane Pharma"));
}

// Common given names news uses (short forms, Welsh, Nigerian, Indian,
// Indonesian, Turkish, Latin American) are in the gazetteer: a lone one is a
// person. "Freddie Mac" and "Fannie Mae" are firms.
TEST(Entities, CommonGivenNamesAlone) {
  EXPECT_THAT(
      Typed("Later, Huw waved to the crowd. Her brother Ollie said it "
            "was over, and Zeynep agreed."),
      ::testing::ElementsAre("PERSON Huw", "PERSON Ollie", "PERSON Zeynep"));
  // A given name before a trade word makes it a surname ("Kate Farmer").
  EXPECT_THAT(
      Typed("Kate Farmer sang and Tom Brewer played."),
      ::testing::ElementsAre("PERSON Kate Farmer", "PERSON Tom Brewer"));
  EXPECT_THAT(Typed("Lenders such as Freddie Mac tightened rules."),
              ::testing::ElementsAre("ORG Freddie Mac"));
}

// A name in brackets right after a person's is the person's party, club or
// firm: no acronym of the person, and an unknown name is an organization.
TEST(Entities, BracketedNameAfterAPersonIsItsAffiliation) {
  EXPECT_THAT(Typed("The winner was Morag Lindsay (SNP) with 14,210 votes."),
              ::testing::ElementsAre("PERSON Morag Lindsay", "ORG SNP"));
  EXPECT_THAT(Typed("The nominees for the award are Ruth Ansell (Kelso "
                    "Thistle) and Carla Mayo (Penrick)."),
              ::testing::ElementsAre("PERSON Ruth Ansell", "ORG Kelso Thistle",
                                     "PERSON Carla Mayo", "ORG Penrick"));
}

// A name before a noun for a person's government, kin or years ("the
// Reagan administration", "the Halvorsen family") is the person's.
TEST(Entities, NameBeforeAPersonsAdministrationOrFamily) {
  EXPECT_THAT(Typed("Critics of the Tarrant administration spoke. The "
                    "Halvorsen family owns 12 pct."),
              ::testing::ElementsAre("PERSON Tarrant", "PERSON Halvorsen"));
}

// Reuters writes an unlisted company's name in angle brackets: an ORG; a
// ticker in capitals there is none.
TEST(Entities, NameInAngleBracketsIsAFirm) {
  EXPECT_THAT(
      Typed("It bought <Mercer Hollis> from Dunmore Foods Inc "
            "<DFI> on Friday."),
      ::testing::ElementsAre("ORG Mercer Hollis", "ORG Dunmore Foods Inc"));
}

// A legal form written with a stop ends a firm's name; the capitalized
// word after it opens another name (the sentence splitter keeps "Corp."
// inside the sentence).
TEST(Entities, LegalFormWithAStopEndsTheName) {
  EXPECT_THAT(Typed("The notes are rated A by Harwell Ratings Corp. Tamsin "
                    "Securities Inc co-managed the deal."),
              ::testing::ElementsAre("ORG Harwell Ratings Corp.",
                                     "ORG Tamsin Securities Inc"));
}

// "Division" and the German bank words head organizations; "and" after a
// person's full name opens another name.
TEST(Entities, DivisionsBanksAndPersonsBeforeAnd) {
  EXPECT_THAT(
      Typed("It sold its Calloway Division to Westfaelische "
            "Landesbank Girozentrale on Monday."),
      ::testing::ElementsAre("ORG Calloway Division",
                             "ORG Westfaelische Landesbank Girozentrale"));
  EXPECT_THAT(Typed("Songs by Maria Tallis and Blue Harbour Division won."),
              ::testing::ElementsAre("PERSON Maria Tallis",
                                     "ORG Blue Harbour Division"));
}

// A group's name that is also a given name ("Christian") in the middle of
// a name with no heads is a middle name; "GNP" is no name.
TEST(Entities, GivenNameThatIsAlsoAGroupInsideAName) {
  EXPECT_THAT(Typed("Growth will slow, said Hanns Christian Voelker. GNP "
                    "rose."),
              ::testing::ElementsAre("PERSON Hanns Christian Voelker"));
}

// A team sheet's substitutions ("A for B (53)") list players: a bracketed
// minute and "for" are no item words.
TEST(Entities, SubstitutionsListPlayers) {
  EXPECT_THAT(Typed("Replacements: Quenby for Atterly (53), Harrop for "
                    "Wendling (71), Morrow for Daintry (66), Pell for "
                    "Garside (80)."),
              ::testing::ElementsAre("PERSON Quenby", "PERSON Atterly",
                                     "PERSON Harrop", "PERSON Wendling",
                                     "PERSON Morrow", "PERSON Daintry",
                                     "PERSON Pell", "PERSON Garside"));
}

// "Korea" alone, and "S Korea" in a headline, are the country.
TEST(Entities, KoreaAlone) {
  EXPECT_THAT(Typed("S Korea cuts rates\n\nExports from Korea rose."),
              ::testing::ElementsAre("GPE S Korea", "GPE Korea"));
}

// A lower-case prefix before a capital ("pre-Budget", "non-EU", "ex-CIA")
// names nothing; a particle before one does ("al-Hakim").
TEST(Entities, PrefixBeforeACapitalIsNoName) {
  EXPECT_THAT(Typed("Ahead of the pre-Budget report, non-EU exports rose, "
                    "an ex-CIA agent said."),
              ::testing::IsEmpty());
}

// A heading's firm before its ticker ends in "Co" too; the body may name
// it from a later word of the headline ("ANALYSTS PRAISE TRELLIS CO"), and
// the lexicon's names before it stay.
TEST(Entities, FirmEndingInCoBeforeATicker) {
  EXPECT_THAT(Typed("VELMORE CO <VLM> 1ST QTR NET\n\nShr 12 cts vs 10 cts"),
              ::testing::ElementsAre("ORG VELMORE CO"));
  EXPECT_THAT(
      Typed("CANADA APPROVES SALE OF TRELLIS CO <TRL>\n\nOttawa approved the "
            "sale of the Trellis Co. to a group of investors."),
      ::testing::ElementsAre("GPE CANADA", "ORG TRELLIS CO", "GPE Ottawa",
                             "ORG Trellis Co."));
}

// Brokers named like people are firms ("Legg Mason", "Kidder, Peabody");
// "and Co" after a firm joins it also at a paragraph's end, before the
// next paragraph's first word.
TEST(Entities, BrokersNamedLikePeopleAndCoAtParagraphEnd) {
  EXPECT_THAT(Typed("Legg Mason and Kidder, Peabody co-managed the issue, "
                    "said Piper Jaffray."),
              ::testing::ElementsAre("ORG Legg Mason", "ORG Kidder, Peabody",
                                     "ORG Piper Jaffray"));
  EXPECT_THAT(Typed("The notes were placed by Morgan Stanley and Co Inc.\n\n"
                    "The notes pay 8 pct."),
              ::testing::ElementsAre("ORG Morgan Stanley and Co Inc."));
}

// A title word alone is a surname when the text names a person with it
// ("Major said" after "John Major"); a given name, a middle name and a
// title word are one name ("Carl Edwin Bishop"). Otherwise it names no one.
TEST(Entities, TitleWordAloneAsASurname) {
  EXPECT_THAT(Typed("The mill closed, said Hannah Pope, its owner. Pope said "
                    "the orders had dried up. The Judge said the case was "
                    "over."),
              ::testing::ElementsAre("PERSON Hannah Pope", "PERSON Pope"));
  EXPECT_THAT(
      Typed("Carl Edwin Bishop chaired the meeting. Bishop said "
            "it went well."),
      ::testing::ElementsAre("PERSON Carl Edwin Bishop", "PERSON Bishop"));
  EXPECT_THAT(Typed("MAJOR SAYS TALKS WENT WELL\n\nPrime Minister Oliver "
                    "Major said the talks went well."),
              ::testing::ElementsAre("PERSON MAJOR", "PERSON Oliver Major"));
}

// An honorific before a title word that ends the name makes the word a
// surname ("Mr King", "Dr Judge"); "Lord Chancellor", "Lord Mayor" are
// titles of their own.
TEST(Entities, HonorificBeforeATitleWordAsSurname) {
  EXPECT_THAT(
      Typed("The plan was sound, said Mr King. Dr Judge disagreed, "
            "and the Lord Chancellor, Lord Hartwell, stayed silent."),
      ::testing::ElementsAre("PERSON King", "PERSON Judge", "PERSON Hartwell"));
}

// "Treasurer" is a title; a label a number follows ("Chapter 11", "Article
// 5") is no name.
TEST(Entities, TreasurerTitleAndNumberedLabels) {
  EXPECT_THAT(Typed("Treasurer Wendy Marsh filed for protection under "
                    "Chapter 11 and cited Article 5 of the accord."),
              ::testing::ElementsAre("PERSON Wendy Marsh"));
}

// A sentence inside a quotation opens like any sentence: its first word is
// no name for being capitalized ("Honestly. Nobody..."). Title modifiers
// before a plural noun ("Senior MPs") name no one; "Backbencher" is a
// title.
TEST(Entities, QuotedSentenceOpenerAndModifiedPluralNoun) {
  EXPECT_THAT(Typed("\"We lost. Everything went wrong early. Honestly. "
                    "Nobody played well,\" Ray Dunmore said."),
              ::testing::ElementsAre("PERSON Ray Dunmore"));
  EXPECT_THAT(Typed("Senior MPs said the Backbencher Tom Ellis was wrong."),
              ::testing::ElementsAre("PERSON Tom Ellis"));
}

// A standings table: its column heads are no name, and its rows are teams,
// also with a percentage written from its point and the leader's dash.
TEST(Entities, StandingsColumnHeadsAndPercentageRows) {
  EXPECT_THAT(Typed("NORTHERN DIVISION\nW L PCT GB\nBrookfield 71 41 .634 "
                    "-\nPort Ardens 60 52 .536 11\n"),
              ::testing::ElementsAre("ORG Brookfield", "ORG Port Ardens"));
  EXPECT_THAT(Typed("P W D L F A PTS\nRedmarsh 9 7 1 1 20 6 22\n"),
              ::testing::ElementsAre("ORG Redmarsh"));
}

// A team sheet: the name before its colon is the side's, a label is none.
TEST(Entities, TeamSheetNamesTheSideBeforeItsColon) {
  EXPECT_THAT(Typed("Redmarsh: Cole; Amis, Pryor, Dunn; Vale, Orr.\n"
                    "Substitutes: Hale, Kemp, Dale, Moss.\n"),
              ::testing::ElementsAre(
                  "ORG Redmarsh", "PERSON Cole", "PERSON Amis", "PERSON Pryor",
                  "PERSON Dunn", "PERSON Vale", "PERSON Orr", "PERSON Hale",
                  "PERSON Kemp", "PERSON Dale", "PERSON Moss"));
}

// Provinces and states of many countries are places (the gazetteer's
// multi-word first-level subdivisions).
TEST(Entities, ProvincesAndStatesOfManyCountries) {
  EXPECT_THAT(
      Typed("Storms flooded Nakhon Phanom, and farmers in Mato Grosso "
            "do Sul and Misamis Occidental counted losses."),
      ::testing::ElementsAre("GPE Nakhon Phanom", "GPE Mato Grosso do Sul",
                             "GPE Misamis Occidental"));
}

// Peoples and faiths of the Balkans, the Caucasus, Africa and Latin America
// are groups, not firms; a branch of a faith before "Christian" (also a
// given name) is one group.
TEST(Entities, MorePeoplesAndFaithsAreGroups) {
  EXPECT_THAT(
      Typed("Serb gunners shelled Moslem villages, and Chechens, "
            "Ecuadoreans and a Maronite Christian mediator protested."),
      ::testing::ElementsAre("NORP Serb", "NORP Moslem", "NORP Chechens",
                             "NORP Ecuadoreans", "NORP Maronite Christian"));
}

// National news agencies are outlets.
TEST(Entities, NationalNewsAgenciesAreOutlets) {
  EXPECT_THAT(Typed("The blast killed two, the Czech news agency CTK said, "
                    "citing Tanjug and Prensa Latina."),
              ::testing::ElementsAre("NORP Czech", "ORG CTK", "ORG Tanjug",
                                     "ORG Prensa Latina"));
}

// Heads joined by "and" inside one firm's name ("Oil and Gas Corp",
// "Telephone and Telegraph Co"); two names stay two.
TEST(Entities, HeadsJoinedByAndInsideAFirmsName) {
  EXPECT_THAT(Typed("Shares in Dunmore Oil and Gas Corp and in Kestrel "
                    "Telephone and Telegraph Co rose."),
              ::testing::ElementsAre("ORG Dunmore Oil and Gas Corp",
                                     "ORG Kestrel Telephone and Telegraph Co"));
  EXPECT_THAT(
      Typed("Talks between Dunmore Savings Bank and Bank of Kestrel "
            "stalled, as did those of Dunmore Oil and Acme Corp in May."),
      ::testing::ElementsAre("ORG Dunmore Savings Bank", "ORG Bank of Kestrel",
                             "ORG Dunmore Oil", "ORG Acme Corp"));
}

// Towns of war reports and regional capitals are places, also where no
// context word says so.
TEST(Entities, TownsOfWarReportsAndRegionalCapitals) {
  EXPECT_THAT(
      Typed("Convoys left Tuzla, Mostar and Srebrenica; Sharjah and "
            "Jinan reported quiet trading."),
      ::testing::ElementsAre("GPE Tuzla", "GPE Mostar", "GPE Srebrenica",
                             "GPE Sharjah", "GPE Jinan"));
}

// A scorecard's innings line ending in a full stop is text, not a
// title-case headline: its batsmen are people.
TEST(Entities, ScorecardInningsLineIsText) {
  EXPECT_THAT(Typed("At Hove: Sussex 388 (Wilma Drayton 121, Kofi Asante 60). "
                    "Kent 44-2."),
              ::testing::Contains("PERSON Wilma Drayton"));
  EXPECT_THAT(Typed("At Hove: Sussex 388 (Wilma Drayton 121, Kofi Asante 60). "
                    "Kent 44-2."),
              ::testing::Contains("PERSON Kofi Asante"));
}

// A line-up with substitutes in brackets ("Danby (Orwin 71)") still lists
// players' surnames.
TEST(Entities, LineUpWithSubstituteBrackets) {
  EXPECT_THAT(
      Typed("Rovers: Pell, Danby (Orwin 71), Catlow, Stennet "
            "(Brimley 60), Haig, Loxley."),
      ::testing::IsSupersetOf({"PERSON Danby", "PERSON Orwin", "PERSON Stennet",
                               "PERSON Brimley", "PERSON Loxley"}));
}

// A share class ("B shares") is no part of the firm's name; a market after
// "on the" is no part of a sentence-opening word's name.
TEST(Entities, ShareClassAndMarketAfterOnThe) {
  EXPECT_THAT(Typed("Traders bought Norvik B shares on Monday."),
              ::testing::ElementsAre("ORG Norvik"));
  EXPECT_THAT(Typed("Zinc on the Oslo Metal Exchange eased."),
              ::testing::ElementsAre("ORG Oslo Metal Exchange"));
}

// Lexicon: MLA a title, "arap" a name particle, Chechen a nationality,
// plural place nouns before "of" ("the villages of"), a Forum an
// organization.
TEST(Entities, MlaArapPluralPlacesAndForum) {
  EXPECT_THAT(
      Typed("Unionist MLA Ruth Carey said Chechen fighters had left the "
            "villages of Tolvar and Bemsk, and Samuel arap Langat of the "
            "Forum for Civic Renewal agreed."),
      ::testing::ElementsAre("PERSON Ruth Carey", "NORP Chechen", "GPE Tolvar",
                             "GPE Bemsk", "PERSON Samuel arap Langat",
                             "ORG Forum for Civic Renewal"));
}

// A candidate's party in brackets before the votes is the party, also on a
// one-line result ending in a full stop; a "Source:" label credits a body.
TEST(Entities, PartyOnAResultRowAndSourceLabel) {
  EXPECT_THAT(
      Typed("Result: Ewan Gillies (Conservative) 6,118."),
      ::testing::ElementsAre("PERSON Ewan Gillies", "ORG Conservative"));
  EXPECT_THAT(Typed("Turnout fell.\n\nSource: Electoral Commission of "
                    "Veldonia"),
              ::testing::ElementsAre("ORG Electoral Commission of Veldonia"));
}

// An initial and a stop before a town name a person in a sports story too
// ("W. Cork taking 5-61"), not the town's club.
TEST(Entities, InitialBeforeATownIsAPerson) {
  EXPECT_THAT(Typed("Durham were bowled out for 188, with W. Cork taking "
                    "5-61."),
              ::testing::ElementsAre("ORG Durham", "PERSON W. Cork"));
}

// A country before a department named by its portfolio is a place and the
// department ("the U.S. Labor Department"); the "Department of ..." form
// stays one name.
TEST(Entities, CountryBeforeAPortfolioDepartment) {
  EXPECT_THAT(Typed("The U.S. Labor Department said claims fell."),
              ::testing::ElementsAre("GPE U.S.", "ORG Labor Department"));
  EXPECT_THAT(Typed("The U.S. Department of Energy said stocks fell."),
              ::testing::ElementsAre("ORG U.S. Department of Energy"));
}

// Lexicon: consoles and credit grades name nothing; film prizes are
// events; Pew Research a body; Sgt and DCI titles.
TEST(Entities, ProductsGradesPrizesAndPoliceTitles) {
  EXPECT_THAT(Typed("Moody's raised the notes to Baa1, and Xbox sales "
                    "rose."),
              ::testing::ElementsAre("ORG Moody's"));
  EXPECT_THAT(Typed("Her debut took the Golden Bear, a Pew Research poll "
                    "said, and DCI Maria Lowe agreed."),
              ::testing::ElementsAre("EVENT Golden Bear", "ORG Pew Research",
                                     "PERSON Maria Lowe"));
}

// "the Scottish Conservatives": a nation's branch of a party after "the" is
// the party; Dutch towns name their clubs ("Vitesse Arnhem").
TEST(Entities, NationalPartyBranchAndDutchClubTowns) {
  EXPECT_THAT(Typed("Later the Scottish Conservatives said the plan had "
                    "failed."),
              ::testing::ElementsAre("ORG Scottish Conservatives"));
  EXPECT_THAT(Typed("Go Ahead Eagles lost 1-3 to Vitesse Arnhem on Friday."),
              ::testing::Contains("ORG Vitesse Arnhem"));
}

// After "the", unknown items, commas and "and" before a last item ending in
// an organization's head are one name; a list of firms stays apart.
TEST(Entities, CommaListInsideAUnionName) {
  EXPECT_THAT(
      Typed("Delegates of the Glass, Ceramic and Tile Workers Union "
            "voted on Monday."),
      ::testing::ElementsAre("ORG Glass, Ceramic and Tile Workers Union"));
}

// An ordinal in figures before a circuit's court is part of its name.
TEST(Entities, OrdinalBeforeACircuitCourt) {
  EXPECT_THAT(Typed("The 11th U.S. Circuit Court of Appeals upheld the "
                    "ruling."),
              ::testing::ElementsAre("ORG 11th U.S. Circuit Court of Appeals"));
}

// Clubs that sport copy names bare by one word are clubs when they open a
// sentence too, with or without diacritics.
TEST(Entities, ClubsNamedBareOpenSentences) {
  EXPECT_THAT(
      Typed("Brann signed a striker on Monday. Servette dismissed "
            "their coach. Galatasaray and Fenerbah\xC3\xA7"
            "e fans clashed. Anderlecht won the title."),
      ::testing::ElementsAre("ORG Brann", "ORG Servette", "ORG Galatasaray",
                             "ORG Fenerbah\xC3\xA7"
                             "e",
                             "ORG Anderlecht"));
}

// Clubs and teams whose words read as a person's name are clubs.
TEST(Entities, ClubsWhoseWordsReadAsPersons) {
  EXPECT_THAT(Typed("Hajduk Split beat Boca Juniors. Maple Leafs beat the "
                    "Red Wings, and Blue Jays fans cheered."),
              ::testing::ElementsAre("ORG Hajduk Split", "ORG Boca Juniors",
                                     "ORG Maple Leafs", "ORG Red Wings",
                                     "ORG Blue Jays"));
  EXPECT_THAT(Typed("Kashima Antlers beat Urawa Reds, and Lech Poznan "
                    "sacked their coach."),
              ::testing::ElementsAre("ORG Kashima Antlers", "ORG Urawa Reds",
                                     "ORG Lech Poznan"));
}

// German and Spanish clubs named by the first word of their names.
TEST(Entities, ClubsNamedByTheirFirstWord) {
  EXPECT_THAT(Typed("Borussia beat Werder 2-1, and the Werder coach blamed "
                    "Atletico for the fixture list."),
              ::testing::ElementsAre("ORG Borussia", "ORG Werder", "ORG Werder",
                                     "ORG Atletico"));
}

// Film studios, publishers, distributors and arts companies are named by
// their heads; the plural alone opening a sentence is the common noun when
// the text writes it in lower case too.
TEST(Entities, StudioAndArtsHeadsNameFirms) {
  EXPECT_THAT(Typed("The rights went to Northgate Films, and Quayside "
                    "Productions will distribute it. Films with modest "
                    "budgets are hit hardest, and fewer films are made."),
              ::testing::ElementsAre("ORG Northgate Films",
                                     "ORG Quayside Productions"));
  EXPECT_THAT(
      Typed("The Scottish Chamber Orchestra and the Northern Ballet "
            "toured with Ellison Publishers."),
      ::testing::ElementsAre("ORG Scottish Chamber Orchestra",
                             "ORG Northern Ballet", "ORG Ellison Publishers"));
}

// "Somehow I doubt it": the pronoun after a sentence's first word is no
// regnal numeral; "Henry I" and "World War I" keep it.
TEST(Entities, PronounIAfterAnOpenerIsNoNumeral) {
  EXPECT_THAT(Typed("\"Somehow I doubt it,\" she said. King Henry I died "
                    "before World War I began."),
              ::testing::ElementsAre("PERSON Henry I", "EVENT World War I"));
  EXPECT_THAT(Typed("Tomas Varga spoke first. \"Varga I think wanted a "
                    "deal,\" an aide said."),
              ::testing::ElementsAre("PERSON Tomas Varga", "PERSON Varga"));
}

// Words whose initials spell the acronym in brackets after them name one
// body, whatever pieces the runs made of them; a concept's acronym (GDP,
// VAT) names nothing, nor do the words it abbreviates.
TEST(Entities, AcronymSpellsItsExpansion) {
  EXPECT_THAT(
      Typed("The Dutch Cycling Heritage Trust (DCHT) and the League "
            "for Coastal Renewal (LCR) wrote to the mayor."),
      ::testing::ElementsAre("ORG Dutch Cycling Heritage Trust", "ORG DCHT",
                             "ORG League for Coastal Renewal", "ORG LCR"));
  EXPECT_THAT(Typed("The Nordic Timber Producers (NTP) objected, and Marta "
                    "Kovac (SNP) agreed. Value Added Tax (VAT) and Gross "
                    "Domestic Product (GDP) rose."),
              ::testing::ElementsAre("ORG Nordic Timber Producers", "ORG NTP",
                                     "PERSON Marta Kovac", "ORG SNP"));
}

// The title after a genre's noun (comedy, thriller, musical, sequel, soap)
// names a work: no person, organization or place.
TEST(Entities, TitleAfterAGenreNounIsAWork) {
  EXPECT_THAT(Typed("Nadia Brooks stars in the comedy Paper Lanterns, and the "
                    "thriller Winter Harbour opened in Leeds. The musical "
                    "Copper Kettle moved to Bristol."),
              ::testing::ElementsAre("PERSON Nadia Brooks", "GPE Leeds",
                                     "GPE Bristol"));
}

// An agent's or a group's noun opening a sentence before a given name and a
// surname describes the person and stays out of the name.
TEST(Entities, RoleNounOpeningASentenceIsNoName) {
  EXPECT_THAT(Typed("The deal closed. Investor Laura Quint bought the stake. "
                    "Cinematographer Tomas Berg filmed it. Defenders Paul "
                    "Okafor and Sam Reed signed."),
              ::testing::ElementsAre("PERSON Laura Quint", "PERSON Tomas Berg",
                                     "PERSON Paul Okafor", "PERSON Sam Reed"));
  // A name's own first words stay: "McDonnell Douglas", "Santa Barbara".
  EXPECT_THAT(Typed("McDonnell Douglas Corp rose. Santa Barbara Council met."),
              ::testing::ElementsAre("ORG McDonnell Douglas Corp",
                                     "ORG Santa Barbara Council"));
}

// Wire copy's state abbreviations without their period ("Tulsa, Okla,"),
// the Third World as a region, and accounting acronyms (LIFO) as no names.
TEST(Entities, StateAbbreviationsWithoutAPeriod) {
  EXPECT_THAT(Typed("The mill in Enid, Okla, and the depot in Boulder, Colo, "
                    "closed; a LIFO charge and Third World loans cut profit."),
              ::testing::ElementsAre("GPE Enid", "GPE Okla", "GPE Boulder",
                                     "GPE Colo", "LOC Third World"));
}

// An adverb opening a sentence before a comma names nothing; an
// organization's head in brackets after a name makes it a firm.
TEST(Entities, OpeningAdverbAndBracketedHead) {
  EXPECT_THAT(Typed("Output fell. Additionally, the plant closed. "
                    "Reportedly, talks failed."),
              ::testing::ElementsAre());
  EXPECT_THAT(Typed("Tak Wing (Holdings) Ltd and Lam Fung (Holdings) bought "
                    "the site; J Botha (SA) and K Lee (Sharks) played."),
              ::testing::ElementsAre(
                  "ORG Tak Wing (Holdings) Ltd", "ORG Lam Fung (Holdings)",
                  "PERSON J Botha", "PERSON K Lee", "ORG Sharks"));
}

// A name written family name first ("Wong Kai-ming") is named later by its
// first word; "end-March" is a date; "the Soviets" a people.
TEST(Entities, FamilyNameFirstAndDatePrefixes) {
  EXPECT_THAT(Typed("Minister Wong Kai-ming met bankers. Aides quoted Wong as "
                    "saying stocks at end-March were high."),
              ::testing::ElementsAre("PERSON Wong Kai-ming", "PERSON Wong"));
  EXPECT_THAT(Typed("Talks with the Soviets resumed in late-April."),
              ::testing::ElementsAre("NORP Soviets"));
}

// Abbreviated police ranks and occupations opening a sentence are titles, no
// part of the name after them.
TEST(Entities, AbbreviatedRanksAndOccupationsBeforeAName) {
  EXPECT_THAT(Typed("Det Insp Owen Farley said a car was seized. Ch Supt "
                    "Nia Brook thanked the public."),
              ::testing::ElementsAre("PERSON Owen Farley", "PERSON Nia Brook"));
  EXPECT_THAT(
      Typed("Geologist Ines Corral mapped the seam, and Engineer "
            "Dara Quill checked the shaft."),
      ::testing::ElementsAre("PERSON Ines Corral", "PERSON Dara Quill"));
}

// An appositive naming a charity or a railway types the name before it; so
// does "the department of" for the place after it.
TEST(Entities, CharityRailwayAndDepartmentContexts) {
  EXPECT_THAT(
      Typed("The aid came from Ashgrove, a charity, and from "
            "Velmora, the state railway. Lantern, another charity, "
            "gave blankets."),
      ::testing::ElementsAre("ORG Ashgrove", "ORG Velmora", "ORG Lantern"));
  EXPECT_THAT(Typed("Rain flooded farms in the department of Quillota."),
              ::testing::ElementsAre("GPE Quillota"));
}

// An overtime mark after a results row's score, and the key to a results
// table, are no names.
TEST(Entities, OvertimeMarkAfterAScore) {
  EXPECT_THAT(Typed("Ottawa 3 Calgary 2 (OT)"),
              ::testing::Not(::testing::Contains("ORG OT")));
  EXPECT_THAT(Typed("Results of games on Friday (home team in CAPS):"),
              ::testing::IsEmpty());
}

// A saint's possessive inside a name that goes on to a head is part of it.
TEST(Entities, SaintsPossessiveInsideAName) {
  EXPECT_THAT(Typed("Crowds filled St Aldhelm's Park, and a nurse at St "
                    "Wenna's Hospital was praised."),
              ::testing::ElementsAre("FAC St Aldhelm's Park",
                                     "FAC St Wenna's Hospital"));
}

// North American franchises by their towns and nicknames; the town alone,
// of one word or two, is the club in the same text.
TEST(Entities, FranchiseNicknamesAndTheirTowns) {
  EXPECT_THAT(
      Typed("The Kansas City Royals beat the Seattle Mariners 5-2 on "
            "Tuesday. Kansas City scored three runs in the ninth."),
      ::testing::ElementsAre("ORG Kansas City Royals", "ORG Seattle Mariners",
                             "ORG Kansas City"));
}

// A sports ground is a facility.
TEST(Entities, SportsGroundIsAFacility) {
  EXPECT_THAT(Typed("Wrexham drew 1-1 at the Racecourse Ground on Saturday."),
              ::testing::Contains("FAC Racecourse Ground"));
}

// "en", "und" and "et" join the words of a Dutch, German or French firm's
// name that goes on to a head, as "and" does.
TEST(Entities, ForeignAndInsideAFirmsName) {
  EXPECT_THAT(Typed("Bank Hols en Verbeek NV and Banque Rivoire et Associes "
                    "SA signed the loan."),
              ::testing::ElementsAre("ORG Bank Hols en Verbeek NV",
                                     "ORG Banque Rivoire et Associes SA"));
}

// A word opening a sentence whose 's comes before a person's full name is
// the person's team or firm.
TEST(Entities, PossessiveOpeningBeforeAPersonIsTheTeam) {
  EXPECT_THAT(Typed("Tyrrell's Jonathan Pryce was fourth on Sunday."),
              ::testing::ElementsAre("ORG Tyrrell", "PERSON Jonathan Pryce"));
}

// A team mate is a sports role: the word opening a sentence before it is the
// team.
TEST(Entities, TeamMateIsASportsRole) {
  EXPECT_THAT(Typed("Minardi teammate Pedro Lamy was ninth."),
              ::testing::ElementsAre("ORG Minardi", "PERSON Pedro Lamy"));
}

// A title after "Office of the" is the office's complement; after a title
// and "of the", a body named by its head and a given name are two names.
TEST(Entities, OfficeOfATitleAndBodyThenHolder) {
  EXPECT_THAT(
      Typed("The Office of the Deputy First Minister replied."),
      ::testing::ElementsAre("ORG Office of the Deputy First Minister"));
  EXPECT_THAT(Typed("Chair of the Coastal Heritage Council Maria Lund said "
                    "no."),
              ::testing::ElementsAre("ORG Coastal Heritage Council",
                                     "PERSON Maria Lund"));
}

// A unit glued to a number ("40GB") and a plural acronym ("PCs") are
// common nouns, no names.
TEST(Entities, GluedUnitAndPluralAcronymAreNoNames) {
  EXPECT_THAT(Typed("Kestrel Corp sells a 40GB player, 12MW turbines and cheap "
                    "PCs; HDTVs and VCRs sold well."),
              ::testing::ElementsAre("ORG Kestrel Corp"));
}

// A one-word name no rule types, the given name of a person named before
// it (and by the surname alone), is that person, not a firm by default.
TEST(Entities, GivenNameOfAPersonNamedBefore) {
  EXPECT_THAT(Typed("Tavish Orrin signed a new deal on Friday, Orrin said. "
                    "\"We are delighted that Tavish has agreed,\" the "
                    "chairman said."),
              ::testing::ElementsAre("PERSON Tavish Orrin", "PERSON Orrin",
                                     "PERSON Tavish"));
}

// "Research" and "Development" head organizations' names.
TEST(Entities, ResearchAndDevelopmentHeadOrganizations) {
  EXPECT_THAT(
      Typed("Figures from Quarrow Research and from Tenby Research and "
            "Development Corp were cited by the analyst."),
      ::testing::ElementsAre("ORG Quarrow Research",
                             "ORG Tenby Research and Development Corp"));
}

// A head that is a whole item of a team sheet ("Bridge", "Mills") is a
// player's surname: the line is still a list of players.
TEST(Entities, HeadAloneInATeamSheetIsASurname) {
  EXPECT_THAT(
      Typed("Harwick drew 1-1 at home.\n\nPell, Okonjo, Bridge, "
            "Tavares, Lund (Vance 71), Fenwick."),
      ::testing::ElementsAre("ORG Harwick", "PERSON Pell", "PERSON Okonjo",
                             "PERSON Tavares", "PERSON Lund", "PERSON Vance",
                             "PERSON Fenwick"));
}

// The capitalized title after "entitled" or "titled" names a work, no
// entity.
TEST(Entities, TitleAfterEntitledIsAWork) {
  EXPECT_THAT(Typed("Her paper, entitled Harbour Lights Revisited, won praise "
                    "from Mira Dunlop; a pamphlet titled Northern Wavelength "
                    "sold out."),
              ::testing::ElementsAre("PERSON Mira Dunlop"));
}

// A chain whose first mention is a person only for want of evidence takes
// the type a later mention's own evidence gives it, in every mention: the
// words an acronym abbreviates name a body.
TEST(Entities, LaterEvidenceRetypesAGuessedChain) {
  EXPECT_THAT(
      Typed("Silver Kettle Run met in a barn. Police said Silver Kettle Run "
            "(SKR) "
            "members had sold forged tickets, and SKR denied it."),
      ::testing::ElementsAre("ORG Silver Kettle Run", "ORG Silver Kettle Run",
                             "ORG SKR", "ORG SKR"));
}

// After a minister's or a secretary's title and "of" or "for", the
// portfolio's words (each item of "A, B and C" too) stay in the title: the
// person's name starts at a given name, else after the portfolio's own
// words, and a portfolio alone names no one.
TEST(Entities, PortfolioAfterAMinistersTitle) {
  const std::string text =
      "Minister of Ports and Shipping Grace Osei said the quay would reopen. "
      "Minister of Energy Tolani Abiodun said the grid was stable. The "
      "Minister for Fisheries, Forestry and Wildlife, Kofi Mensah, kept the "
      "ban. The Secretary of State for Rural Affairs said nothing.";
  ASSERT_THAT(Typed(text), ::testing::ElementsAre("PERSON Grace Osei",
                                                  "PERSON Tolani Abiodun",
                                                  "PERSON Kofi Mensah"));
  EXPECT_EQ(Recognize(text)[0].title, "Minister of Ports and Shipping");
}

// Wire copy's capitalized currency units after a place's abbreviation are
// no part of a name.
TEST(Entities, CurrencyUnitsAfterAPlaceAbbreviation) {
  const std::string text =
      "Reserves rose to 4.10 billion N.Z. Dlrs in May from 3.95 billion U.S. "
      "Dlrs, and a dividend of 12 H.K. Cents was paid.";
  ASSERT_THAT(Typed(text),
              ::testing::ElementsAre("GPE N.Z.", "GPE U.S.", "GPE H.K."));
  EXPECT_EQ(Recognize(text)[0].canonical, "New Zealand");
}

// A franchise's nickname after a town named with a place's head ("Bay") is
// the club's head; "Deutsche" firms are firms, file formats no names.
TEST(Entities, FranchiseAfterABayAndGermanFirms) {
  EXPECT_THAT(
      Typed("The Green Bay Packers beat the Tampa Bay Buccaneers 20-17, and "
            "Deutsche Boerse shares fell while fans swapped MP3 files."),
      ::testing::ElementsAre("ORG Green Bay Packers",
                             "ORG Tampa Bay Buccaneers",
                             "ORG Deutsche Boerse"));
}

// A title the text once introduces as a work ("the novel ...") names the
// work in its other mentions too: no entity.
TEST(Entities, WorkTitleNamesNothingInLaterMentions) {
  EXPECT_THAT(
      Typed(
          "The novel Salt Harbour Nights sold well. Critics said Salt Harbour "
          "Nights was bleak, and its author Nell Price agreed."),
      ::testing::ElementsAre("PERSON Nell Price"));
}

// A known place's or people's name opening an unknown name before a
// place's common noun ("district", "area") names a place, not a firm.
TEST(Entities, KnownWordOpeningAPlaceBeforeItsNoun) {
  EXPECT_THAT(
      Typed("Landslides blocked the highway in Lao Son district, and rain fell "
            "across the Peru Alto area on Friday."),
      ::testing::ElementsAre("GPE Lao Son", "GPE Peru Alto"));
}

// After a place's context word, a given name joined by "and" to a known
// place is a place too; elsewhere two given names stay people.
TEST(Entities, GivenNameJoinedToAPlaceAfterAPlaceWord) {
  EXPECT_THAT(
      Typed("Residents of Kemi and Oulu were moved. Talks with Ruth and Tom "
            "ended. Hail fell in Ipswich and Logan."),
      ::testing::ElementsAre("GPE Kemi", "GPE Oulu", "PERSON Ruth",
                             "PERSON Tom", "GPE Ipswich", "GPE Logan"));
}

// A product's or a commodity's common noun after an unknown name makes the
// name a brand, a model or a grade, no entity.
TEST(Entities, NameBeforeAProductNounIsNoEntity) {
  EXPECT_THAT(Typed("Shoppers bought Velmora biscuits, Quenby toothpaste and "
                    "Dravic pickups, and its Tarsis model sold well in "
                    "Kestonia."),
              ::testing::ElementsAre("GPE Kestonia"));
  EXPECT_THAT(Typed("Orvane crude rose 40 cents on Tuesday."),
              ::testing::ElementsAre());
}

// A given name and a surname before a site's head that ends the name are
// the person the site is named after; a given name before the word ahead
// of the head keeps the person.
TEST(Entities, SiteNamedAfterAPerson) {
  EXPECT_THAT(Typed("Traffic was diverted along Margaret Dunleavy Street and "
                    "flights were held at Samuel Okoro International Airport."),
              ::testing::ElementsAre("FAC Margaret Dunleavy Street",
                                     "FAC Samuel Okoro International Airport"));
  EXPECT_THAT(Typed("Mary Anne Hall said she would appeal."),
              ::testing::ElementsAre("PERSON Mary Anne Hall"));
}

// Lexicon data of the ner28 round: a plural title before the first of two
// names, "wa" inside a name, "Banka" heading a bank, "shares in" and
// "studio" before a firm, a town named "Prince ...".
TEST(Entities, PluralTitlesParticlesAndFirmWords) {
  EXPECT_THAT(
      Typed("A bench of Justices Anita Roeland and Bela Kossuth said "
            "so."),
      ::testing::ElementsAre("PERSON Anita Roeland", "PERSON Bela Kossuth"));
  EXPECT_THAT(Typed("Prime Minister Kamau wa Njoroge spoke first."),
              ::testing::ElementsAre("PERSON Kamau wa Njoroge"));
  EXPECT_THAT(Typed("Zlatna Banka reported a loss, and shares in Tovren Dairy "
                    "fell; the games studio Pale Lantern was sold."),
              ::testing::ElementsAre("ORG Zlatna Banka", "ORG Tovren Dairy",
                                     "ORG Pale Lantern"));
  EXPECT_THAT(Typed("The driver, a man from Prince Albert, was hurt."),
              ::testing::ElementsAre("GPE Prince Albert"));
}

// A resource's word between an unknown name and a site's or a plant's noun
// leaves the name the site's ("the Kelvara power plant"), as the site's
// noun alone does ("the Kelvara mine"); not after "a" (a firm's site).
TEST(Entities, SiteBeforeAResourceAndASiteNoun) {
  EXPECT_THAT(Typed("Output fell at the Kelvara power plant and at the "
                    "Tarn Velloch gold mine, while a Dunmarra copper mine "
                    "closed."),
              ::testing::ElementsAre("FAC Kelvara", "FAC Tarn Velloch",
                                     "ORG Dunmarra"));
}

// Words of road accidents (cyclist, pedestrian, collision) make a nearby
// road number a road.
TEST(Entities, RoadNumberNearACyclist) {
  EXPECT_THAT(Typed("Her van struck a cyclist on the A811 in June."),
              ::testing::ElementsAre("FAC A811"));
}

// "American League" and "National League" are competitions.
TEST(Entities, BaseballLeaguesAreEvents) {
  EXPECT_THAT(
      Typed("Results in the American League and the National League "
            "on Saturday."),
      ::testing::ElementsAre("EVENT American League", "EVENT National League"));
}

// "residents from", "villagers from" precede a place, as "residents of".
TEST(Entities, ResidentsFromAPlace) {
  EXPECT_THAT(
      Typed("Villagers from Brackwater were evacuated on Monday, and residents "
            "from Ostley followed."),
      ::testing::ElementsAre("GPE Brackwater", "GPE Ostley"));
}

// Unknown words before a plural acronym name a model ("Quorra SUVs"), no
// entity; a party's acronym before its members stays the party.
TEST(Entities, ModelBeforeAPluralAcronym) {
  EXPECT_THAT(
      Typed(
          "Halvard recalled 9,000 Quorra SUVs, and three KPDU MPs asked why."),
      ::testing::ElementsAre("PERSON Halvard", "ORG KPDU"));
}

// A town's name may open a listed body's name: "the <Town> A, B and C
// Exchange" is one name.
TEST(Entities, TownOpeningAListedBodysName) {
  EXPECT_THAT(
      Typed("Futures fell on the Chicago Wool, Hemp and Flax Exchange on "
            "Friday."),
      ::testing::ElementsAre("ORG Chicago Wool, Hemp and Flax Exchange"));
}

// An unknown name before "rate" or "scale" names the rate or the scale,
// no entity; a person before the verb "rates" stays a person.
TEST(Entities, NameOfARateOrAScale) {
  EXPECT_THAT(
      Typed(
          "The tremor measured 5.2 on the Kessler scale, and the Brinmark rate "
          "rose. Coach Tom Ashdale rates him highly."),
      ::testing::ElementsAre("PERSON Tom Ashdale"));
}

// no_entity: a name that is exactly such an entry names nothing (one word
// in its case, or the words of a phrase: "Federal funds"), while a longer
// name that holds it is read as usual. Users add entries too.
TEST(Entities, NoEntityEntriesNameNothingAlone) {
  EXPECT_THAT(
      Typed("Sales of the PC slowed and Windows lost ground, while Federal "
            "funds traded at 4 pct before the Budget, Talia Renwick of PC Pro "
            "wrote."),
      ::testing::ElementsAre("PERSON Talia Renwick", "ORG PC Pro"));
  Options o;
  o.claims = false;
  o.lexicon_text = "Quorvex\tno_entity\nHarlan bonds\tno_entity\n";
  absl::StatusOr<Extractor> ex = Extractor::Create(o);
  ASSERT_TRUE(ex.ok()) << ex.status();
  EXPECT_THAT(
      Typed("Quorvex sales rose as Harlan bonds fell, Quorvex Labs said.", *ex),
      ::testing::ElementsAre("ORG Quorvex Labs"));
}

// A currency's word (the quantities lexicon's q_cur) right after a known
// place's or people's name ends the name: the place alone is named. A
// currency opening a name does not ("Dollar Tree Inc").
TEST(Entities, CurrencyAfterAPlaceEndsTheName) {
  EXPECT_THAT(
      Typed("The peso slid to 19 against the U.S. Dollar, the Swiss "
            "Francs firmed, and Dollar Tree Inc shares rose."),
      ::testing::ElementsAre("GPE U.S.", "NORP Swiss", "ORG Dollar Tree Inc"));
}

// A compound whose part after its hyphen is a place_suffix entry ("based",
// "listed") names the place before it; an acronym there names a body (an
// exchange).
TEST(Entities, PlaceSuffixCompoundsNameThePlace) {
  EXPECT_THAT(Typed("Shares of the Lisbon-listed insurer and the NYSE-listed "
                    "lender rose, said a Quito-based analyst."),
              ::testing::ElementsAre("GPE Lisbon", "ORG NYSE", "GPE Quito"));
}

// "U.S" and "U.K" without the last stop (wire copy) are the countries.
TEST(Entities, CountryInitialsWithoutTheLastStop) {
  EXPECT_THAT(Typed("Exports to the U.S rose, and the U.K said so."),
              ::testing::ElementsAre("GPE U.S", "GPE U.K"));
}

// A road's word right before a number names the road with it; another word
// the quantities lexicon reads as a number's label (q_label) names nothing.
TEST(Entities, RoadNumbersAndLabelledNumbers) {
  EXPECT_THAT(Typed("Trucks left Route 9 for Interstate 81 near Harrisburg, "
                    "and passengers at Gate 14 boarded Flight 220."),
              ::testing::ElementsAre("FAC Route 9", "FAC Interstate 81",
                                     "GPE Harrisburg"));
}

// People the lexicon lists as anonymous sources, "in" and an unknown name
// before a reporting verb: the name is where they are, a place (a paper's
// article "in" a name is the paper's).
TEST(Entities, SourcesInAPlaceBeforeSaid) {
  EXPECT_THAT(Typed("Growers in Tarvola said the frost was mild, and an "
                    "article in Dnevnik said prices would rise."),
              ::testing::ElementsAre("GPE Tarvola", "ORG Dnevnik"));
}

// A station's or a reactor's noun after an unknown name makes it the site
// (not one word opening a sentence: "Petrol station"). A plant's noun does
// not: a firm's plant is as common ("the Maxwell plant").
TEST(Entities, StationsAndReactorsAreSites) {
  EXPECT_THAT(Typed("Two units at the Maluti power station tripped, and the "
                    "Koeberg reactor restarted. Petrol station queues grew."),
              ::testing::ElementsAre("FAC Maluti", "FAC Koeberg"));
}

// Lines of a list a colon opens are text, not title-case headlines: their
// names are read as in a sentence (an award's "Medal" heads an EVENT).
TEST(Entities, ListLinesAfterAColonAreText) {
  EXPECT_THAT(
      Typed("The academy named this year's winners:\n\n"
            "Brandt Medal - Okechi Amadi-Lowe, University of Dunmore\n"
            "Harlow Medal - Greta Fenwick, Institute of Marine Studies"),
      ::testing::ElementsAre("EVENT Brandt Medal", "PERSON Okechi Amadi-Lowe",
                             "ORG University of Dunmore", "EVENT Harlow Medal",
                             "PERSON Greta Fenwick",
                             "ORG Institute of Marine Studies"));
}

// Church bodies by their heads (Synod, Patriarchate, Diocese); a French
// ground by its opening "Stade".
TEST(Entities, ChurchBodiesAndFrenchGrounds) {
  EXPECT_THAT(
      Typed("The General Synod and the Patriarchate of Varna met at "
            "the Stade Bellerive."),
      ::testing::ElementsAre("ORG General Synod", "ORG Patriarchate of Varna",
                             "FAC Stade Bellerive"));
}

// ", the company said" is a reporting clause, not an appositive: the name
// before it keeps what its own context says ("near" a place). "around" and
// "towns such as" come before places.
TEST(Entities, ReportingClauseIsNoAppositive) {
  EXPECT_THAT(
      Typed("The smelter is near Kodrava, the company said. Mills "
            "around Belvany and in towns such as Oskarvik shut."),
      ::testing::ElementsAre("GPE Kodrava", "GPE Belvany", "GPE Oskarvik"));
}

// After a site's or a natural feature's head, "on the" says where it is and
// ends the name; a body's head goes on ("Council on ...").
TEST(Entities, OnTheAfterASiteEndsTheName) {
  EXPECT_THAT(Typed("The Morvath Dam on the Danube and the Council on "
                    "Rural Affairs were named."),
              ::testing::ElementsAre("FAC Morvath Dam", "LOC Danube",
                                     "ORG Council on Rural Affairs"));
}

// A natural feature's lower-case noun (ravine, gorge, creek, volcano ...)
// after an unknown name makes it a LOC; "Earth" is the planet.
TEST(Entities, NaturalFeatureNounsAndThePlanet) {
  EXPECT_THAT(Typed("Floods filled the Durvo ravine and the Kettle gorge, the "
                    "worst seen on Earth this year."),
              ::testing::ElementsAre("LOC Durvo", "LOC Kettle", "LOC Earth"));
}

// Gulf legal forms (SAOG, SAOC, QPSC) end a firm's name.
TEST(Entities, GulfLegalForms) {
  EXPECT_THAT(
      Typed("Omran Sahel SAOG and Barwa Tilal QPSC said profits rose."),
      ::testing::ElementsAre("ORG Omran Sahel SAOG", "ORG Barwa Tilal QPSC"));
}

// Given names shaped like a verb's "-ed" form open a person's name, also
// where a sentence opens ("1. Winfred ...").
TEST(Entities, GivenNamesEndingInEd) {
  EXPECT_THAT(Typed("1. Winfred Osoro 2. Siegfried Brandt"),
              ::testing::ElementsAre("PERSON Winfred Osoro",
                                     "PERSON Siegfried Brandt"));
}

// "the A and B C regions": a place noun after a second name of up to three
// words names both.
TEST(Entities, PlaceNounAfterTwoNamesNamesBoth) {
  EXPECT_THAT(Typed("Aid reached the Tarsk and Upper Vorny regions."),
              ::testing::ElementsAre("GPE Tarsk", "GPE Upper Vorny"));
}

// A disease's eponym names nothing; the charities named by it and its 's
// are entries ("Alzheimer's Association", "Parkinson's UK").
TEST(Entities, DiseaseEponymsAndTheirCharities) {
  EXPECT_THAT(Typed("The Alzheimer's drug was praised by the Alzheimer's "
                    "Association and by Parkinson's UK."),
              ::testing::ElementsAre("ORG Alzheimer's Association",
                                     "ORG Parkinson's UK"));
}

// A firm's name right before a natural feature's lower-case noun names the
// feature ("the Amazon river").
TEST(Entities, FirmNameBeforeARiverNamesTheRiver) {
  EXPECT_THAT(Typed("Barges on the Amazon river slowed as the water fell."),
              ::testing::ElementsAre("LOC Amazon"));
}

// A name of two words or more ending in a capitalized "Act" is a law's: no
// entity (an all-caps "ACT" may be a party).
TEST(Entities, NamesEndingInActAreLaws) {
  EXPECT_THAT(Typed("Regulators cited the Harbour Safety Act and the Orvik "
                    "Trade Act, and the ACT party agreed."),
              ::testing::ElementsAre("ORG ACT"));
}

// A name opening with a word that names nothing alone (no_entity: a
// product's or a format's) is no person by default: a product's name.
TEST(Entities, NoPersonOpensWithANoEntityWord) {
  EXPECT_THAT(Typed("She installed Windows Vista and used Internet Explorer on "
                    "her Mac Mini, wrote Ada Brekk of PC Pro."),
              ::testing::ElementsAre("PERSON Ada Brekk", "ORG PC Pro"));
}

// A name the lexicon writes with a lower-case first letter and a capital
// after it ("eBay", "easyJet") is found as written, with a legal form after
// it; an unknown word of that shape ("iPod", "mRNA") names nothing.
TEST(Entities, LexiconNamesOpeningLowerCase) {
  EXPECT_THAT(Typed("Traders at eBay Inc and pilots at easyJet said the mRNA "
                    "study and the new iPod sold well."),
              ::testing::ElementsAre("ORG eBay Inc", "ORG easyJet"));
}

// A capitalized "State" after one or two words no entry names, or a
// place's name, is the state; in a sports story, a university's team.
TEST(Entities, StateAfterAPlaceNamesTheState) {
  EXPECT_THAT(Typed("Oyenka State and New York State passed similar laws last "
                    "year."),
              ::testing::ElementsAre("GPE Oyenka State", "GPE New York State"));
  EXPECT_THAT(Typed("Ohio State beat Iowa State 31-24 on Saturday."),
              ::testing::Not(::testing::Contains("GPE Ohio State")));
}

// One given name alone before a comma and a state's name is a town ("Tyler,
// Texas"); a person's name there has a surname or an initial before it.
TEST(Entities, GivenNameBeforeAStateIsATown) {
  EXPECT_THAT(Typed("The plant near Warren, Michigan, will close, said Rep. "
                    "Ann J. Kerr, Ohio."),
              ::testing::ElementsAre("GPE Warren", "GPE Michigan",
                                     "PERSON Ann J. Kerr", "GPE Ohio"));
}

// Natural features' heads (Highlands, Plains, Canyon, Reef, Lagoon ...) make
// the name a location.
TEST(Entities, NaturalFeatureHeadsNameLocations) {
  EXPECT_THAT(Typed("Herders crossed the Varo Highlands and reached the Selka "
                    "Lagoon before the Orn Canyon flooded."),
              ::testing::ElementsAre("LOC Varo Highlands", "LOC Selka Lagoon",
                                     "LOC Orn Canyon"));
}

// A given name before a place's or a site's head names the place ("Marion
// County", "George Street"), unless the head is also a common surname
// (entity_head surname=1: "Grace Park", a person).
TEST(Entities, GivenNameBeforeAPlaceHeadNamesThePlace) {
  EXPECT_THAT(Typed("Roads in Marion County and George Street were shut, Grace "
                    "Park said."),
              ::testing::ElementsAre("GPE Marion County", "FAC George Street",
                                     "PERSON Grace Park"));
}

// Common given names of many languages are listed: one before a town's name
// still opens a person's ("Dominic Berlin").
TEST(Entities, CommonGivenNamesOpenPersons) {
  EXPECT_THAT(
      Typed("Dominic Berlin took four wickets and Sylvia Marsh scored."),
      ::testing::ElementsAre("PERSON Dominic Berlin", "PERSON Sylvia Marsh"));
  // A given name that also names a town: the town alone, a person with a
  // surname.
  EXPECT_THAT(Typed("Santiago Velk flew to Santiago."),
              ::testing::ElementsAre("PERSON Santiago Velk", "GPE Santiago"));
}

// Verbs of a war's front line (retook, recaptured, shelled, besieged,
// advancing on) are a place's context: the unknown name after them is a town.
TEST(Entities, FrontLineVerbsPrecedePlaces) {
  EXPECT_THAT(Typed("The army retook Wad Orvena and shelled Jebel Kasra."),
              ::testing::ElementsAre("GPE Wad Orvena", "GPE Jebel Kasra"));
}

// After "A of B and", a known firm's name, or a place's before another name
// word, opens a second name; a portfolio's words go on ("Health and Human
// Services").
TEST(Entities, KnownNameAfterAndOpensASecondName) {
  EXPECT_THAT(
      Typed("Staff of the Department of Energy and Exxon Mobil met the "
            "Ministry of Trade and Industry."),
      ::testing::ElementsAre("ORG Department of Energy", "ORG Exxon Mobil",
                             "ORG Ministry of Trade and Industry"));
}

// Title modifiers that are adjectives (New, Interim, Veteran) alone before a
// lower-case title name nothing; a portfolio's noun names the body.
TEST(Entities, AdjectiveTitleModifiersNameNothing) {
  EXPECT_THAT(Typed("New coach Ivo Brandt and interim captain Lea Moss met. "
                    "Veteran striker Cal Dorey agreed."),
              ::testing::ElementsAre("PERSON Ivo Brandt", "PERSON Lea Moss",
                                     "PERSON Cal Dorey"));
  EXPECT_THAT(Typed("Teenage batsman Ravi Dunn hit a century."),
              ::testing::ElementsAre("PERSON Ravi Dunn"));
}

// A name of unknown words opening with a body's adjective (entity_word
// in=org_adjective: National, Consolidated) is an ORG by default, not a
// person.
TEST(Entities, OrgAdjectiveOpensAnOrgByDefault) {
  EXPECT_THAT(
      Typed("The grant came from National Orvik and Consolidated "
            "Telvar."),
      ::testing::ElementsAre("ORG National Orvik", "ORG Consolidated Telvar"));
}

// Products, games and platforms news names bare are no_entity entries: no
// person, firm or place; a body named after one is read as usual.
TEST(Entities, ProductsNameNothing) {
  EXPECT_THAT(Typed("Users of Linux and Firefox played Super Mario on a "
                    "GameCube, the Linux Foundation said."),
              ::testing::ElementsAre("ORG Linux Foundation"));
}

// Words no entry knows ending in a short code in capitals no lexicon knows
// are a product's, no person's; a counsel's QC or KC stays outside the name.
TEST(Entities, NamesEndingInAShortCodeAreProducts) {
  EXPECT_THAT(Typed("Fans bought Velkor Kart DS and Tarsa III, said Ivo Penn "
                    "QC."),
              ::testing::ElementsAre("PERSON Ivo Penn"));
}

// Organization heads of other languages (Vereinigung, Istituto, Partido)
// make the names that hold them bodies.
TEST(Entities, ForeignOrganizationHeads) {
  EXPECT_THAT(Typed("The union Vereinigung Talvo and Istituto Mobiliare Orvese "
                    "agreed."),
              ::testing::ElementsAre("ORG Vereinigung Talvo",
                                     "ORG Istituto Mobiliare Orvese"));
}

// A dateline's all-caps place before a comma, its country or state and the
// date ending the line is a place, known or not.
TEST(Entities, DatelinePlaceBeforeCountryAndDate) {
  EXPECT_THAT(
      Typed("VALDORNO, Italy 1996-08-12\nThe race was won by Ilse "
            "Maar."),
      ::testing::ElementsAre("GPE VALDORNO", "GPE Italy", "PERSON Ilse Maar"));
  EXPECT_THAT(Typed("PINE FORKS, Mont. 1996-05-02\nFarmers planted early."),
              ::testing::ElementsAre("GPE PINE FORKS", "GPE Mont."));
}

// A result row may give each team's scorers in brackets, names with their
// minutes: the teams are clubs, a scorer's one word a player's surname.
TEST(Entities, ResultRowWithScorersInBrackets) {
  EXPECT_THAT(
      Typed("Results on Sunday:\nCorvella 2 (Marsden 34, Tubic 78, 81) "
            "Linmouth 1 (Okoro 40)\nSevilla 1 (Zanetto 12) Espanyol 0."),
      ::testing::ElementsAre("ORG Corvella", "PERSON Marsden", "PERSON Tubic",
                             "ORG Linmouth", "PERSON Okoro", "ORG Sevilla",
                             "PERSON Zanetto", "ORG Espanyol"));
}

// After a party's head and "of", a title with its modifiers and a name are
// a person, no part of the party's name; a body's "of" may hold a
// portfolio before a title.
TEST(Entities, PartyOfTitledPerson) {
  EXPECT_THAT(
      Typed("The Orvan People Party of Finance Minister Teodor Mrak "
            "lost."),
      ::testing::ElementsAre("ORG Orvan People Party", "PERSON Teodor Mrak"));
  EXPECT_THAT(
      Typed("Board of Foreign Trade director Ilsa Venn spoke."),
      ::testing::ElementsAre("ORG Board of Foreign Trade", "PERSON Ilsa Venn"));
}

// A firm's name ending in a legal form is named later by its first word,
// also when the lexicon knows that word only inside a longer name
// ("Jardine" of "Jardine Fleming").
TEST(Entities, FirstWordOfAFirmKnownOnlyInsideALongerName) {
  EXPECT_THAT(Typed("Jardine Orvik Holdings Ltd said on Thursday its profit "
                    "rose. Jardine moved its listing to Oslo in 1994."),
              ::testing::ElementsAre("ORG Jardine Orvik Holdings Ltd",
                                     "ORG Jardine", "GPE Oslo"));
}

// A standings table's section headings ("ATLANTIC DIVISION", "WESTERN
// CONFERENCE") name the competition's section, not a region or a people.
TEST(Entities, StandingsSectionHeadings) {
  EXPECT_THAT(Typed("Standings after Friday's games:\nWESTERN CONFERENCE\n"
                    "PACIFIC DIVISION\nW L PCT GB\nSEATTLE 14 4 .778 -\n"
                    "PORTLAND 11 7 .611 3"),
              ::testing::ElementsAre("EVENT WESTERN CONFERENCE",
                                     "EVENT PACIFIC DIVISION", "ORG SEATTLE",
                                     "ORG PORTLAND"));
}

// Firms named by a founder's given name and surname are lexicon entries:
// the rules would read a person.
TEST(Entities, FirmsNamedByAFoundersFullName) {
  EXPECT_THAT(
      Typed("Philip Morris said on Monday it would raise prices, and "
            "Arthur Andersen audited the accounts."),
      ::testing::ElementsAre("ORG Philip Morris", "ORG Arthur Andersen"));
}

// Parliaments named by their own word, opening a sentence, and a party whose
// name opens with a word that starts no name.
TEST(Entities, ParliamentsByTheirOwnWord) {
  EXPECT_THAT(Typed("Sejm deputies approved the budget, and Our Home Is Russia "
                    "abstained."),
              ::testing::ElementsAre("ORG Sejm", "ORG Our Home Is Russia"));
}

// A heading's town name that the body spells further as a firm's or a
// club's is that organization, as far as the heading spells it.
TEST(Entities, HeadingTownSpelledFurtherAsTheBodysFirm) {
  EXPECT_THAT(
      Typed("TEXAS ORVIK TO CUT JOBS\n\nTexas Orvik Corp said on "
            "Monday it would cut 300 jobs."),
      ::testing::ElementsAre("ORG TEXAS ORVIK", "ORG Texas Orvik Corp"));
  EXPECT_THAT(Typed("SOCCER - LEEDS UNITED BEAT STOKE\n\nLeeds United beat "
                    "Stoke 2-0 on Saturday."),
              ::testing::Contains("ORG LEEDS UNITED"));
}

// A tycoon's or a billionaire's noun before a name is a title, outside the
// person's span.
TEST(Entities, WealthNounsAreTitles) {
  EXPECT_THAT(Typed("Tycoon Wu Kam-lo and billionaire Ivo Brandt agreed."),
              ::testing::ElementsAre("PERSON Wu Kam-lo", "PERSON Ivo Brandt"));
}

// "Field" heads a ground's or an oil field's name (FAC); after a given name
// it is a surname (surname=1).
TEST(Entities, FieldHeadsGroundsAndOilFields) {
  EXPECT_THAT(Typed("The Rays play at Orvane Field, said Frank Field."),
              ::testing::ElementsAre("ORG Rays", "FAC Orvane Field",
                                     "PERSON Frank Field"));
}

// A town before ", who" and a result verb in a sentence with a score is its
// club.
TEST(Entities, ClubTownBeforeWhoBeat) {
  EXPECT_THAT(Typed("Bordeaux, who beat Nantes 3-1 on Saturday, are second."),
              ::testing::ElementsAre("ORG Bordeaux", "ORG Nantes"));
}

// A ticker in brackets names nothing, a one-letter one and a known firm's
// too.
TEST(Entities, BracketTickersNameNothing) {
  EXPECT_THAT(Typed("Shares of Orvane Realty Corp (O.N) and BP (BP.L) rose."),
              ::testing::ElementsAre("ORG Orvane Realty Corp", "ORG BP"));
}

// A dateline without a date: an all-caps place, a comma and a known state or
// country before the dash (or the wire's bracket) name a town, whatever the
// town's name ("KELSO, Washington - ").
TEST(Entities, DatelineWithStateAndNoDateNamesATown) {
  EXPECT_THAT(
      Typed("KELSO, Washington - The mill will close in May.\n\n"
            "DOBRAVA, Bulgaria (Reuters) - Ships were held in port."),
      ::testing::ElementsAre("GPE KELSO", "GPE Washington", "GPE DOBRAVA",
                             "GPE Bulgaria", "ORG Reuters"));
}

// Musicians' job nouns and plural job nouns are titles before a one-word
// name ("conductor Vaskar", "singers Ozra"); a plural only in lower case
// (case=exact), not inside an organization's name ("Screen Actors Guild").
TEST(Entities, MusiciansAndPluralJobNounsAreTitles) {
  EXPECT_THAT(Typed("The gala booked singers Ozra, and the Screen Actors Guild "
                    "sent conductor Vaskar."),
              ::testing::ElementsAre("PERSON Ozra", "ORG Screen Actors Guild",
                                     "PERSON Vaskar"));
}

// Publishers' and film firms' heads (Books, Filmes) and a military command's
// head make a name ORG ("Northern Theater Command": the last head types it).
TEST(Entities, BooksFilmesAndCommandHeadOrganizations) {
  EXPECT_THAT(Typed("Tolvan Books and Serra Filmes backed it, and the Northern "
                    "Theater Command objected."),
              ::testing::ElementsAre("ORG Tolvan Books", "ORG Serra Filmes",
                                     "ORG Northern Theater Command"));
}

// French "des" joins a person's name ("Paul des Roches") and an
// organization's ("Societe Nationale des Ports"), as "de" and "du" do.
TEST(Entities, DesJoinsFrenchNames) {
  EXPECT_THAT(
      Typed("Judge Paul des Roches said the Societe Nationale des Ports "
            "would lend the money."),
      ::testing::ElementsAre("PERSON Paul des Roches",
                             "ORG Societe Nationale des Ports"));
}

// An academic field after "in" is no place ("a prize in Chemistry").
TEST(Entities, AcademicFieldsNameNothing) {
  EXPECT_THAT(Typed("She won a prize in Chemistry and a medal in Literature."),
              ::testing::ElementsAre());
}

// A title ending a headline marks no name on the next line ("... says
// minister" / "Councillors voted").
TEST(Entities, TitleEndingALineMarksNoNameOnTheNext) {
  EXPECT_THAT(
      Typed("Council backs plan, says minister\n\nCouncillors voted 12-3 "
            "for the scheme."),
      ::testing::ElementsAre());
  EXPECT_THAT(Typed("Vardon signs new striker\n\nMeadowbank won 2-0 on "
                    "Saturday."),
              ::testing::ElementsAre("ORG Meadowbank"));
}

// "star" in lower case is a title before a one-word stage name.
TEST(Entities, StarBeforeAStageNameIsATitle) {
  EXPECT_THAT(
      Typed("Nigerian star Tiwa and the pop star Jorvik sang."),
      ::testing::ElementsAre("NORP Nigerian", "PERSON Tiwa", "PERSON Jorvik"));
}

// A dateline names the place a story was filed from, also when the
// lexicon knows the name as a body's; a hyphen inside a word ("52-week")
// after a comma opens no dateline.
TEST(Entities, DatelineNamesThePlace) {
  EXPECT_THAT(
      Typed("UNITED NATIONS 1997-02-11\n\nThe Security Council "
            "met on Tuesday."),
      ::testing::ElementsAre("GPE UNITED NATIONS", "ORG Security Council"));
  EXPECT_THAT(
      Typed("UNITED NATIONS, Feb 11 - The Security Council met."),
      ::testing::ElementsAre("GPE UNITED NATIONS", "ORG Security Council"));
  EXPECT_THAT(Typed("Analyst Maria Delgado, whose 12-month target stands, "
                    "said so."),
              ::testing::ElementsAre("PERSON Maria Delgado"));
}

// The 's of a firm's one-word name before a legal form, or before another
// head and a legal form, is part of the name; a parent's 's before its
// subsidiary's name is not.
TEST(Entities, PossessiveBeforeALegalFormIsInTheName) {
  EXPECT_THAT(Typed("Farrow's Stores Inc raised its dividend."),
              ::testing::ElementsAre("ORG Farrow's Stores Inc"));
  EXPECT_THAT(Typed("Analysts said Kelby's Corp cut jobs, and Dramex's "
                    "Velta Inc was sold."),
              ::testing::ElementsAre("ORG Kelby's Corp", "ORG Dramex",
                                     "ORG Velta Inc"));
  EXPECT_THAT(Typed("Britain's Court of Appeal ruled."),
              ::testing::ElementsAre("GPE Britain", "ORG Court of Appeal"));
}

// Brands named by a founder's possessive keep their 's; after a given
// name the same word is a surname and its possessive.
TEST(Entities, PossessiveBrandsKeepTheirS) {
  EXPECT_THAT(Typed("Sotheby's sold the vase, and Hardee's cut prices."),
              ::testing::ElementsAre("ORG Sotheby's", "ORG Hardee's"));
  EXPECT_THAT(Typed("Viewers praised Alan McDonald's report."),
              ::testing::ElementsAre("PERSON Alan McDonald"));
}

// Countries under the names news used before a change of name.
TEST(Entities, FormerCountryNamesArePlaces) {
  EXPECT_THAT(Typed("Exports from Zaire and Czechoslovakia fell, while "
                    "Swaziland gained."),
              ::testing::ElementsAre("GPE Zaire", "GPE Czechoslovakia",
                                     "GPE Swaziland"));
}

// An event's name that is also a club's, after a result verb and before
// the score, is the club; "won <event>" is the event.
TEST(Entities, EventNameBeforeAScoreIsTheClub) {
  EXPECT_THAT(Typed("Arsenal beat Wimbledon 3-1 at home."),
              ::testing::ElementsAre("ORG Arsenal", "ORG Wimbledon"));
  EXPECT_THAT(Typed("Norgaard won Wimbledon, beating Petrakis 7-5 6-4."),
              ::testing::ElementsAre("PERSON Norgaard", "EVENT Wimbledon",
                                     "PERSON Petrakis"));
}

// In a sentence with a tennis match's set scores, one-word names no entry
// knows are players, not clubs.
TEST(Entities, SetScoresMakeOneWordNamesPlayers) {
  EXPECT_THAT(Typed("Vasquez beat Orlova 6-2 3-6 7-5 in the semi-final."),
              ::testing::ElementsAre("PERSON Vasquez", "PERSON Orlova"));
  EXPECT_THAT(
      Typed("Kestrel beat Dunmore 2-1 and Halvik drew 0-0."),
      ::testing::ElementsAre("ORG Kestrel", "ORG Dunmore", "ORG Halvik"));
}

// A newspaper's noun before a name makes it the paper (ORG); a place's
// noun before a name makes it the place.
TEST(Entities, PaperAndPlaceNounsBeforeANameTypeIt) {
  EXPECT_THAT(
      Typed("The daily Narodna Pravda and the weekly Vesti Tyzhnia "
            "reported it."),
      ::testing::ElementsAre("ORG Narodna Pravda", "ORG Vesti Tyzhnia"));
  EXPECT_THAT(Typed("Shelling hit the regional capital Dravnik and the town "
                    "Oborsk."),
              ::testing::ElementsAre("GPE Dravnik", "GPE Oborsk"));
}

// A border crossing's or a checkpoint's noun after an unknown name makes
// it a place.
TEST(Entities, CrossingNounMakesAPlace) {
  EXPECT_THAT(Typed("Lorries queued at the Dravsk crossing and the Ulmen "
                    "checkpoint."),
              ::testing::ElementsAre("GPE Dravsk", "GPE Ulmen"));
}

// A nationality before a body every state has (a word of it entity_word
// in=state_body: Ministry, Chiefs) is the people's, apart from the body; a
// name of its own keeps its adjective, and so do a guard (news annotation
// writes "the Philippine Coast Guard" whole) and a body's adjective
// (in=org_adjective: "Islamic").
TEST(Entities, NationalityBeforeAStateBodyStaysApart) {
  EXPECT_THAT(
      Typed("The Norwegian Defence Ministry said the Maltese Coast Guard had "
            "found the boat, and the Brazilian Ministry of Mines and Energy "
            "agreed with the Indian Space Research Organisation."),
      ::testing::ElementsAre("NORP Norwegian", "ORG Defence Ministry",
                             "ORG Maltese Coast Guard", "NORP Brazilian",
                             "ORG Ministry of Mines and Energy",
                             "ORG Indian Space Research Organisation"));
  EXPECT_THAT(Typed("The Islamic Revolutionary Guard Corps denied it."),
              ::testing::ElementsAre("ORG Islamic Revolutionary Guard Corps"));
}

// A shoal is a natural feature's head ("Second Thomas Shoal"), as a reef is.
TEST(Entities, ShoalIsAPlaceHead) {
  EXPECT_THAT(Typed("Fishing boats gathered at Second Thomas Shoal, far from "
                    "Half Moon Shoals."),
              ::testing::ElementsAre("LOC Second Thomas Shoal",
                                     "LOC Half Moon Shoals"));
}

// Filipino surnames' particles "dela" and "delos" join a person's name.
TEST(Entities, DelaAndDelosJoinFilipinoNames) {
  EXPECT_THAT(Typed("Lawyer Teresa dela Pena and senator Jose delos Reyes "
                    "spoke."),
              ::testing::ElementsAre("PERSON Teresa dela Pena",
                                     "PERSON Jose delos Reyes"));
}

// "Chad" is a given name before a surname ("Chad Morrow"), and the country
// alone.
TEST(Entities, ChadIsAGivenNameBeforeASurname) {
  EXPECT_THAT(Typed("Chad Morrow (U.S.) beat Ivo Kral (Czech Republic) 6-2 "
                    "6-1. Chad closed its border with Sudan."),
              ::testing::ElementsAre("PERSON Chad Morrow", "GPE U.S.",
                                     "PERSON Ivo Kral", "GPE Czech Republic",
                                     "GPE Chad", "GPE Sudan"));
}

// A name before a bowler's analysis (four numbers joined by '-') is the
// bowler's, also one the scorecard names nowhere else.
TEST(Entities, NameBeforeABowlingAnalysisIsAPerson) {
  EXPECT_THAT(Typed("Bowling: Nayar 12-3-31-0, Pradhan 9.3-1-40-2, "
                    "Kelleway 20-6-52-3"),
              ::testing::ElementsAre("PERSON Nayar", "PERSON Pradhan",
                                     "PERSON Kelleway"));
}

// A lower-case "ground" after an unknown name is a site, as "stadium" is.
TEST(Entities, GroundAfterANameIsASite) {
  EXPECT_THAT(Typed("The second test starts at the Chepauk ground on Friday."),
              ::testing::ElementsAre("FAC Chepauk"));
}

// French compound given names open a person's name, also before a
// capitalized particle ("Jean-Marc Van den Bosch").
TEST(Entities, FrenchCompoundGivenNames) {
  EXPECT_THAT(
      Typed("Jean-Marc Van den Bosch (Belgium) and Marie-Claire "
            "Fortier (Canada) shot 70."),
      ::testing::ElementsAre("PERSON Jean-Marc Van den Bosch", "GPE Belgium",
                             "PERSON Marie-Claire Fortier", "GPE Canada"));
}

// A known body's mission or force abroad takes "in" and the place it
// serves; a force whose name opens with no body, or another head, does not.
TEST(Entities, BodysMissionInAPlaceIsOneName) {
  EXPECT_THAT(
      Typed("The United Nations Assistance Mission in Iraq and the African "
            "Union Mission in Sudan met. The Indian Air Force in Kashmir and "
            "the Kestrel Foundation in Kenya did not."),
      ::testing::ElementsAre("ORG United Nations Assistance Mission in Iraq",
                             "ORG African Union Mission in Sudan",
                             "ORG Indian Air Force", "GPE Kashmir",
                             "ORG Kestrel Foundation", "GPE Kenya"));
}

// A share's move in centavos, paise, kobo or sen after a name makes it a
// firm's, as one in cents does.
TEST(Entities, PriceMoveInMinorUnitsMakesAFirm) {
  EXPECT_THAT(Typed("Manila shares eased. Velmora Land fell 50 centavos."),
              ::testing::ElementsAre("GPE Manila", "ORG Velmora Land"));
}

// "added" is a share price's move before money ("Tolvane Land added 20
// cents"), not before points, a player's ("Marbury added 12 points"); and
// "declined" keeps both its lists (a brand's verb and a price's).
TEST(Entities, AddedBeforeMoneyIsAPriceMove) {
  EXPECT_THAT(Typed("Hong Kong shares rose. Tolvane Land added 20 cents. In "
                    "Chicago, Marbury added 12 points."),
              ::testing::ElementsAre("GPE Hong Kong", "ORG Tolvane Land",
                                     "GPE Chicago", "PERSON Marbury"));
}

// A word with two entity_word lists keeps both (one line with in=a|b: a
// second line would replace the first): "National" and "Children" are
// portfolio words after a minister's "for" as well as a body's adjective and
// an irregular plural.
TEST(Entities, WordsWithTwoCueListsKeepBoth) {
  EXPECT_THAT(Typed("\"It is time,\" said Rita Halim, State Minister for "
                    "National Planning. The Minister for Children and "
                    "Families, Joan Pyke, agreed."),
              ::testing::ElementsAre("PERSON Rita Halim", "PERSON Joan Pyke"));
}

// Recurring sports series and athletics meetings with no contest head are
// events (Formula One, MotoGP, Weltklasse, Golden Gala), not firms.
TEST(Entities, SportsSeriesAndMeetingsAreEvents) {
  EXPECT_THAT(Typed("She ran at the Golden Gala and the Weltklasse meeting, "
                    "and he left Formula One for MotoGP."),
              ::testing::ElementsAre("EVENT Golden Gala", "EVENT Weltklasse",
                                     "EVENT Formula One", "EVENT MotoGP"));
}

// An appositive opened by a place's 's and closed by a comma, with a
// firm's noun, makes the name before it a firm.
TEST(Entities, PlacePossessiveAppositiveMakesAFirm) {
  EXPECT_THAT(Typed("Orvan, Norway's biggest ferry operator, said so."),
              ::testing::ElementsAre("ORG Orvan", "GPE Norway"));
  EXPECT_THAT(Typed("Abroad, Japan's largest carmaker said so."),
              ::testing::ElementsAre("GPE Japan"));
}

// A one-word name after a goal's noun and "from" or "by", or before its
// 's and a goal's noun, is the scorer's (entity_word in=goal_noun).
TEST(Entities, ScorersAfterGoalNounsArePlayers) {
  EXPECT_THAT(Typed("Goals from Ravello and a header by Istvik gave Dunmarra "
                    "a 2-1 win."),
              ::testing::ElementsAre("PERSON Ravello", "PERSON Istvik",
                                     "ORG Dunmarra"));
  EXPECT_THAT(Typed("Kestrel drew 1-1 after Morvane's equaliser."),
              ::testing::ElementsAre("ORG Kestrel", "PERSON Morvane"));
}

// Irish state bodies and parties, written with or without their accents,
// are organizations; "Taoiseach" and "Tanaiste" are titles.
TEST(Entities, IrishBodiesPartiesAndTitles) {
  EXPECT_THAT(
      Typed("Met Éireann warned of gales as Fine Gael and Fianna Fáil met. "
            "An Garda Síochána closed roads, and Taoiseach Orla Kinsella "
            "praised Bus Eireann."),
      ::testing::ElementsAre("ORG Met Éireann", "ORG Fine Gael",
                             "ORG Fianna Fáil", "ORG An Garda Síochána",
                             "PERSON Orla Kinsella", "ORG Bus Eireann"));
}

// Ireland's and South Africa's national roads (N and one or two digits),
// Ireland's regional roads (R and three) and Britain's B roads (B and three
// or four) are roads, as M and A roads are, with the same evidence.
TEST(Entities, NationalRegionalAndBRoadNumbers) {
  EXPECT_THAT(Typed("Lorries queued on the N25 near Waterford and on the "
                    "B1108 near Norwich, and the R445 near Cork was shut."),
              ::testing::ElementsAre("FAC N25", "GPE Waterford", "FAC B1108",
                                     "GPE Norwich", "FAC R445", "GPE Cork"));
}

// A list of places after a place's context word: one unknown word after
// the list's comma is a place too ("in Nellore, Tarvesh and Omburu"), but
// not after a sentence-opening "In <place>," (a clause, not a list).
TEST(Entities, UnknownWordsInAListOfPlaces) {
  EXPECT_THAT(
      Typed("Shops stayed shut in Nellore, Tarvesh and Omburu after "
            "the storm."),
      ::testing::ElementsAre("GPE Nellore", "GPE Tarvesh", "GPE Omburu"));
}

// "IT" in capitals is information technology, no name: after a nationality
// the nationality alone ("Indian IT firm").
TEST(Entities, ItInCapitalsNamesNothing) {
  EXPECT_THAT(Typed("Indian IT group Tavrenko Systems hired 400 staff."),
              ::testing::ElementsAre("NORP Indian", "ORG Tavrenko Systems"));
}

// A start-up's funding round ("a Series B round") names nothing.
TEST(Entities, FundingRoundSeriesNamesNothing) {
  EXPECT_THAT(Typed("The startup raised $12 million in a Series C round led "
                    "by Accel."),
              ::testing::ElementsAre("ORG Accel"));
}

// A country before a department named by an adjective keeps it ("India
// Meteorological Department"); before a portfolio it does not ("the U.S.
// State Department").
TEST(Entities, CountryBeforeAnAdjectivesDepartment) {
  EXPECT_THAT(Typed("The Kenya Meteorological Department and the U.S. State "
                    "Department disagreed."),
              ::testing::ElementsAre("ORG Kenya Meteorological Department",
                                     "GPE U.S.", "ORG State Department"));
}

// A product's noun after the second of two coordinated names names both
// products ("its Kestrel and Osprey models"); soap and mayonnaise are such
// nouns.
TEST(Entities, ProductNounAfterCoordinatedNames) {
  EXPECT_THAT(Typed("Demand for its Kestrel and Osprey models fell, and "
                    "sales of Brevo soap rose."),
              ::testing::ElementsAre());
}

// Canada's superior courts keep the possessive inside their names.
TEST(Entities, CourtOfKingsBenchIsOneName) {
  EXPECT_THAT(
      Typed("A judge of the Court of Queen's Bench in Calgary and the "
            "Court of King's Bench agreed."),
      ::testing::ElementsAre("ORG Court of Queen's Bench", "GPE Calgary",
                             "ORG Court of King's Bench"));
}

// A trade's noun heads a local firm's name ("Dunmore Joinery", "Kelly
// Bakery"), and after "on" a name ending in a street's or a road's head says
// where the firm is, no part of its name.
TEST(Entities, TradeHeadsAndOnAStreet) {
  EXPECT_THAT(
      Typed("Kettering Motors on Mill Road closed, and Dunmore Joinery "
            "and Kelly Bakery reopened."),
      ::testing::ElementsAre("ORG Kettering Motors", "FAC Mill Road",
                             "ORG Dunmore Joinery", "ORG Kelly Bakery"));
}

// "share" or "stock" between a name and an index's noun still makes the
// name a market index, no entity ("the Nikkei share average").
TEST(Entities, ShareOrStockBeforeAnIndexNoun) {
  EXPECT_THAT(Typed("The Nikkei stock average rose, and the Vestra share "
                    "index fell."),
              ::testing::ElementsAre());
}

// Two streets joined by "and" are two names, also when the second opens
// with an organization's head ("University Avenue"); heads joined after a
// site's head still make one body when the last is no site's.
TEST(Entities, TwoStreetsJoinedByAnd) {
  EXPECT_THAT(Typed("The march went along King Street and Park Road, and the "
                    "Tyne Docks and Harbour Board paid."),
              ::testing::ElementsAre("FAC King Street", "FAC Park Road",
                                     "ORG Tyne Docks and Harbour Board"));
}

// The words before a place's head and "Council" name the place, not the
// council: a later "Lismore" alone is no alias of it ("rents in Lismore").
TEST(Entities, TownOfACouncilIsNoAliasOfIt) {
  EXPECT_THAT(
      Typed("Lismore City Council approved it, and rents in Lismore "
            "rose."),
      ::testing::ElementsAre("ORG Lismore City Council", "GPE Lismore"));
}

// Feeder series and the lower English tiers are competitions, though a
// number word follows the head ("League One", "Formula Two").
TEST(Entities, NumberedLeaguesAndSeriesAreEvents) {
  EXPECT_THAT(Typed("Harwick finished third in the League One table and "
                    "later raced in Formula Two."),
              ::testing::Contains("EVENT League One"));
  EXPECT_THAT(Typed("Harwick finished third in the League One table and "
                    "later raced in Formula Two."),
              ::testing::Contains("EVENT Formula Two"));
}

// Firms whose two words read as a person's name or a common phrase.
TEST(Entities, FirmsThatReadAsPeople) {
  EXPECT_THAT(Typed("Live Nation and Baillie Gifford backed the show, and "
                    "Warner Bros filmed it."),
              ::testing::ElementsAre("ORG Live Nation", "ORG Baillie Gifford",
                                     "ORG Warner Bros"));
}

// Moons of other planets are places.
TEST(Entities, MoonsArePlaces) {
  EXPECT_THAT(
      Typed("The probe will pass Ganymede and Callisto before it "
            "reaches Enceladus."),
      ::testing::ElementsAre("LOC Ganymede", "LOC Callisto", "LOC Enceladus"));
}

// Spacecraft and telescopes name nothing; launch sites are sites.
TEST(Entities, SpacecraftNameNothingLaunchSitesAreSites) {
  EXPECT_THAT(Typed("The crew flew from Kennedy Space Center in a Corvel "
                    "capsule, and the Hubble Space Telescope watched."),
              ::testing::ElementsAre("FAC Kennedy Space Center"));
}

// Grounds and halls whose last word is no site's head are sites.
TEST(Entities, GroundsWithoutASiteHeadAreSites) {
  EXPECT_THAT(Typed("Tamsin Roe sang at the Hollywood Bowl, and Brackley "
                    "played at De Kuip."),
              ::testing::Contains("FAC Hollywood Bowl"));
  EXPECT_THAT(Typed("Tamsin Roe sang at the Hollywood Bowl, and Brackley "
                    "played at De Kuip."),
              ::testing::Contains("FAC De Kuip"));
}

// "A of (the) B": the head before "of" types the name; a head right after
// "of" or "of the" heads only the complement.
TEST(Entities, HeadBeforeOfTypesTheName) {
  EXPECT_THAT(
      Typed("The Central Bank of the Republic of Kestonia cut rates."),
      ::testing::ElementsAre("ORG Central Bank of the Republic of Kestonia"));
  EXPECT_THAT(
      Typed("The Savings Bank of the City of Lowbury lent more."),
      ::testing::ElementsAre("ORG Savings Bank of the City of Lowbury"));
  // A head after the complement still types it.
  EXPECT_THAT(
      Typed("The Republic of Ireland Football Association met."),
      ::testing::ElementsAre("ORG Republic of Ireland Football Association"));
}

// After a lower-case title, a name that holds a town's name is a person's
// (the town a given name or a surname), not a firm like "Bayern Munich".
TEST(Entities, TitleBeforeANameHoldingAPlace) {
  EXPECT_THAT(Typed("Opposition senator Adelina Valencia voted against it."),
              ::testing::ElementsAre("PERSON Adelina Valencia"));
  EXPECT_THAT(Typed("The fund's chief Santiago Orvelli said no."),
              ::testing::ElementsAre("PERSON Santiago Orvelli"));
}

// A name that opens with an honorific's word ("Sheikh Hasina") is the
// lexicon's person, whole; the surname alone chains to it.
TEST(Entities, HonorificWordInsideAKnownName) {
  EXPECT_THAT(Typed("Sheikh Hasina was cheered in Dhaka. Hasina waved."),
              ::testing::ElementsAre("PERSON Sheikh Hasina", "GPE Dhaka",
                                     "PERSON Hasina"));
}

// Towns and cities news names bare beyond the largest (Nigeria, Indonesia,
// Wales...) are in the gazetteer.
TEST(Entities, SmallerTownsAndCities) {
  EXPECT_THAT(
      Typed("Officials from Abeokuta and Ilorin met on Monday. The "
            "ferry from Holyhead was cancelled."),
      ::testing::ElementsAre("GPE Abeokuta", "GPE Ilorin", "GPE Holyhead"));
  EXPECT_THAT(Typed("Yogyakarta was shaken by a strong quake."),
              ::testing::ElementsAre("GPE Yogyakarta"));
}

// An unknown name before "seat" or "constituency" is the place it covers.
TEST(Entities, SeatOrConstituencyAfterAnUnknownName) {
  EXPECT_THAT(Typed("She won the Dunharrow seat by 4,000 votes. Voters in the "
                    "Tarrowby constituency backed him."),
              ::testing::ElementsAre("GPE Dunharrow", "GPE Tarrowby"));
}

// Towns whose names hold lower-case parts are in the gazetteer.
TEST(Entities, TownsWithLowerCaseParts) {
  EXPECT_THAT(
      Typed("Weston-super-Mare reopened its pier, and Clacton-on-Sea "
            "followed."),
      ::testing::ElementsAre("GPE Weston-super-Mare", "GPE Clacton-on-Sea"));
}

// A police force named by two known places joined by "and" is one ORG.
TEST(Entities, PoliceForceOfTwoPlaces) {
  EXPECT_THAT(Typed("Officers from Devon and Cornwall Police searched a farm."),
              ::testing::ElementsAre("ORG Devon and Cornwall Police"));
}

// An all-caps headline names the body's firm by its first word and head
// also when that word sits inside a longer lexicon name ("Time Warner").
TEST(Entities, HeadlineFirmWhoseFirstWordIsInsideALexiconName) {
  EXPECT_THAT(Typed("WARNER COMMUNICATIONS CUTS JOBS\n\nWarner Communications "
                    "Inc said it would cut 300 jobs."),
              ::testing::ElementsAre("ORG WARNER COMMUNICATIONS",
                                     "ORG Warner Communications Inc"));
}

// A wire slug -- one to three all-caps words and a dash opening a line of
// text ("GOLF - ", "MOTOR RACING - ") -- is read as a heading: no guessed
// name, a known place kept; the word after the dash opens a sentence.
TEST(Entities, WireSlugBeforeADashIsAHeading) {
  EXPECT_THAT(
      Typed("GOLF - Anders Holmqvist shot a 66 on Friday.\n\nCYCLING "
            "ROUNDUP - Dutch rider Pieter Vos won the stage.\n\nLEAD "
            "- Prices rose.\n\nOSLO - Norway raised rates."),
      ::testing::ElementsAre("PERSON Anders Holmqvist", "NORP Dutch",
                             "PERSON Pieter Vos", "GPE OSLO", "GPE Norway"));
}

// Clubs named by a known town and "City", "County" or "Town", or by words
// the rules read as a person's name or a place, are in the lexicon.
TEST(Entities, ClubsWhoseNamesReadAsPlacesOrPeople) {
  EXPECT_THAT(
      Typed("Stoke City sacked their manager after the defeat. A bid for "
            "Plymouth Argyle failed, and Notts County signed a winger."),
      ::testing::ElementsAre("ORG Stoke City", "ORG Plymouth Argyle",
                             "ORG Notts County"));
  EXPECT_THAT(Typed("Tickets for Sheffield Wednesday rose. Hull KR won away."),
              ::testing::ElementsAre("ORG Sheffield Wednesday", "ORG Hull KR"));
}

// Sports venues named without a head word are facilities.
TEST(Entities, VenuesWithoutAHeadWord) {
  EXPECT_THAT(Typed("The second test starts at Newlands on Friday. Rain fell "
                    "at Spa-Francorchamps and at the Parc des Princes."),
              ::testing::ElementsAre("FAC Newlands", "FAC Spa-Francorchamps",
                                     "FAC Parc des Princes"));
}

// A broadcaster's station and a health service's line are named with their
// number ("BBC Radio 4", "NHS 111"), not cut before it.
TEST(Entities, StationsAndServicesNamedWithANumber) {
  EXPECT_THAT(
      Typed("She told BBC Radio 4 that callers to NHS 111 waited for "
            "hours, and Radio 1 played the song."),
      ::testing::ElementsAre("ORG BBC Radio 4", "ORG NHS 111", "ORG Radio 1"));
}

// Charities and airlines whose names read as a common word or a place, a
// rail line named after a queen, and acronyms for contracts and trade
// terms that name no organization.
TEST(Entities, CharitiesAirlinesLinesAndAcronymsOfNoBody) {
  EXPECT_THAT(Typed("Citizens Advice and River Action wrote to ministers. "
                    "Emirates will fly more often. Trains on the Elizabeth "
                    "line were cancelled. The PFI contract and MFN status "
                    "were debated."),
              ::testing::ElementsAre("ORG Citizens Advice", "ORG River Action",
                                     "ORG Emirates", "FAC Elizabeth line"));
}

// After an article, a place and a party's member are GPE and NORP, not
// one firm; without the article the run is read as before.
TEST(Entities, PlaceBeforeAPartysMember) {
  EXPECT_THAT(
      Typed("Ann Lee, a Nevada Democrat, voted no. The North Carolina "
            "Republican abstained."),
      ::testing::ElementsAre("PERSON Ann Lee", "GPE Nevada", "NORP Democrat",
                             "GPE North Carolina", "NORP Republican"));
}

// A name ending in a number is not half of a score ("France 30-12" is no
// "France 24"-style broadcaster); a mountain pass is a place; "assistant"
// is a title like "coach", left outside the name.
TEST(Entities, ScoresPassesAndAssistants) {
  EXPECT_THAT(
      Typed("Scotland lost to France 24-10 on Sunday. France 24 "
            "showed the match. Trucks crossed the Salang Pass. "
            "Assistant Lena Brook will take charge."),
      ::testing::ElementsAre("GPE Scotland", "GPE France", "ORG France 24",
                             "LOC Salang Pass", "PERSON Lena Brook"));
}

// A heading line opening with a firm's name before its ticker in angle
// brackets names the firm when a legal form ends the name or the body
// spells it; so do the words in angle brackets opening a line. Not the
// headline's words before the ticker of the firm it is about.
TEST(Entities, FirmBeforeATickerOpeningAHeading) {
  EXPECT_THAT(Typed("QUARVEN HOLDINGS CORP <QVH> 2ND QTR NET\n\nShr eight cts "
                    "vs five cts\n\n<TELMARK OPTICS LTD> YEAR LOSS\n\nNet "
                    "loss 12,000 vs profit 4,000"),
              ::testing::ElementsAre("ORG QUARVEN HOLDINGS CORP",
                                     "ORG TELMARK OPTICS LTD"));
  EXPECT_THAT(
      Typed("CANADIAN PIPEWORKS <CPW> SETS PAYOUT\n\nCanadian Pipeworks Inc "
            "said it would pay a dividend."),
      ::testing::ElementsAre("ORG CANADIAN PIPEWORKS",
                             "ORG Canadian Pipeworks Inc"));
  EXPECT_THAT(
      Typed("ANALYSTS DOUBT OSTRAVEN <OSV> BID\n\nThe offer for Ostraven "
            "Corp was too low, analysts said."),
      ::testing::Not(::testing::Contains("ORG ANALYSTS DOUBT OSTRAVEN")));
}

// With no legal form and no body naming it, a heading's firm before its
// ticker is the capitalized words back to the line's start or to a
// headline's verb or preposition ("OF", "SEE"); "of" after a body's head
// stays inside, a number glued to the first word too. Not a unit's noun
// nor a parent's 's before the ticker.
TEST(Entities, FirmBeforeATickerBackToAHeadlinesVerb) {
  EXPECT_THAT(Typed("HALSTEAD SAVINGS BANK <HSB> 3RD QTR NET\n\nShr 40 cts vs "
                    "31 cts"),
              ::testing::Contains("ORG HALSTEAD SAVINGS BANK"));
  EXPECT_THAT(Typed("FUND HAS 6.2 PCT OF BRAMWELL OPTICS <BRO>\n\nThe fund "
                    "said it may buy more shares."),
              ::testing::ElementsAre("ORG BRAMWELL OPTICS"));
  EXPECT_THAT(Typed("ANALYSTS SEE GAINS AT TOLLAND MILLS <TLM>"),
              ::testing::ElementsAre("ORG TOLLAND MILLS"));
  EXPECT_THAT(Typed("NORVIK BANK OF TRENTON <NBT> SETS PAYOUT"),
              ::testing::Contains("ORG NORVIK BANK OF TRENTON"));
  EXPECT_THAT(Typed("4R <FRX> TO SHUT PLANT"),
              ::testing::ElementsAre("ORG 4R"));
  EXPECT_THAT(Typed("KESTREL UNIT <KSU> NAMES CHIEF\n\nPELHAM AIR'S <PLH> "
                    "CARGO ARM PROFIT UP"),
              ::testing::IsEmpty());
}

// A heading spells a body's firm by its first two words also after a
// verb ("SELLS TARVIN EASTWICK SHARES" for "Tarvin Eastwick Mines Ltd"),
// and a region's name opening a body's firm takes the firm's words
// ("PACIFIC STOCK EXCHANGE" for the body's "Pacific Stock Exchange").
TEST(Entities, HeadingSpellsABodysFirmAfterAVerb) {
  EXPECT_THAT(Typed("MORLAND SELLS TARVIN EASTWICK SHARES\n\nMorland Ltd "
                    "said it sold its Tarvin Eastwick Mines Ltd shares."),
              ::testing::Contains("ORG TARVIN EASTWICK"));
  EXPECT_THAT(Typed("PACIFIC STOCK EXCHANGE TO CLOSE EARLY\n\nThe Pacific "
                    "Stock Exchange said it would close early."),
              ::testing::ElementsAre("ORG PACIFIC STOCK EXCHANGE",
                                     "ORG Pacific Stock Exchange"));
}

// Armed groups, militias and gangs named in their own languages are
// bodies (lexicon data), not persons.
TEST(Entities, ArmedGroupsNamedInTheirOwnLanguagesAreBodies) {
  EXPECT_THAT(
      Typed("Ansar Allah and Hayat Tahrir al-Sham issued statements, "
            "while police blamed Tren de Aragua and Comando "
            "Vermelho."),
      ::testing::ElementsAre("ORG Ansar Allah", "ORG Hayat Tahrir al-Sham",
                             "ORG Tren de Aragua", "ORG Comando Vermelho"));
}

// Jails and prisons are sites, also under the British prefixes HMP and
// HMYOI before the place's name.
TEST(Entities, JailsAndPrisonPrefixesNameSites) {
  EXPECT_THAT(
      Typed("He was moved from HMP Ashcombe to Marlow Central Jail, "
            "then to HMYOI Brenley."),
      ::testing::ElementsAre("FAC HMP Ashcombe", "FAC Marlow Central Jail",
                             "FAC HMYOI Brenley"));
}

// A one-word name before an 's and what only a person has (kin, a life's
// events, aides) is a person's, opening a sentence or not; a firm's 's
// before other nouns stays a firm's.
TEST(Entities, OwnerOfWhatOnlyAPersonHasIsAPerson) {
  EXPECT_THAT(Typed("Officers said Vantreska's widow had called them."),
              ::testing::ElementsAre("PERSON Vantreska"));
  EXPECT_THAT(Typed("Ollendorf's daughter told reporters she was relieved."),
              ::testing::ElementsAre("PERSON Ollendorf"));
  EXPECT_THAT(Typed("Hundreds came to Brannaghy's funeral in the rain."),
              ::testing::ElementsAre("PERSON Brannaghy"));
  EXPECT_THAT(Typed("Quillmark's aides denied the report."),
              ::testing::ElementsAre("PERSON Quillmark"));
  // A party's members are a leader's.
  EXPECT_THAT(Typed("Voters deserted Marchetti's Socialists in the north."),
              ::testing::Contains("PERSON Marchetti"));
  // Not before a noun a firm has too.
  EXPECT_THAT(Typed("Analysts said Vantreska's rivals were cutting prices."),
              ::testing::ElementsAre("ORG Vantreska"));
}

// Players' positions before a name are titles, kept out of the span:
// "Lock", "Forward", "Number eight", "Linebacker" as "Striker" was.
TEST(Entities, PlayingPositionsAreTitles) {
  EXPECT_THAT(Typed("Lock Tavish Morrow-Kane was sent to the sin bin."),
              ::testing::ElementsAre("PERSON Tavish Morrow-Kane"));
  EXPECT_THAT(Typed("Forward Ilyas Brandvold missed two chances."),
              ::testing::ElementsAre("PERSON Ilyas Brandvold"));
  EXPECT_THAT(Typed("Number eight Caoimhin Brady carried well."),
              ::testing::ElementsAre("PERSON Caoimhin Brady"));
  // A firm or a party whose name opens with the word keeps it.
  EXPECT_THAT(Typed("Forward Industries reported a loss."),
              ::testing::ElementsAre("ORG Forward Industries"));
}

// Occupations before a name are titles: the film's "executive producer",
// "barrister", "columnist", "pundit".
TEST(Entities, OccupationsAreTitles) {
  EXPECT_THAT(Typed("The film's executive producer Rowan Tilsley said it "
                    "was good."),
              ::testing::ElementsAre("PERSON Rowan Tilsley"));
  EXPECT_THAT(
      Typed("Barrister Imelda Crace and pundit Ossie Brannagh "
            "disagreed."),
      ::testing::ElementsAre("PERSON Imelda Crace", "PERSON Ossie Brannagh"));
}

// Regional peoples and city dwellers are NORP, kept out of a person's name
// after them.
TEST(Entities, RegionalPeoplesAreNorp) {
  EXPECT_THAT(
      Typed("Bavarian officials met two Texans and a Parisian."),
      ::testing::ElementsAre("NORP Bavarian", "NORP Texans", "NORP Parisian"));
  EXPECT_THAT(Typed("The deal was signed by Texan Harlan Voss."),
              ::testing::ElementsAre("NORP Texan", "PERSON Harlan Voss"));
}

// "Corp of America" is part of a firm's name; after another legal form's
// "of", a town says where the firm is, also before "said".
TEST(Entities, LegalFormOfAPlace) {
  EXPECT_THAT(Typed("Lindgren Hospital Corp of America bought two clinics."),
              ::testing::ElementsAre("ORG Lindgren Hospital Corp of America"));
  EXPECT_THAT(Typed("Brevard Tool Corp of Japan bought two clinics."),
              ::testing::ElementsAre("ORG Brevard Tool Corp", "GPE Japan"));
  EXPECT_THAT(
      Typed("Halvorsen Plastics Inc of Plainsboro said it would "
            "cut jobs."),
      ::testing::ElementsAre("ORG Halvorsen Plastics Inc", "GPE Plainsboro"));
  EXPECT_THAT(Typed("The mayor of Kalgoorlie said the mine would reopen."),
              ::testing::ElementsAre("GPE Kalgoorlie"));
}

// Mid-sized US cities are places, also before "said" (no firm by default)
// and when their words read as a person's ("Santa Clara").
TEST(Entities, MoreUsCities) {
  EXPECT_THAT(Typed("Akron said the storm had passed."),
              ::testing::ElementsAre("GPE Akron"));
  EXPECT_THAT(Typed("Fares rose between Santa Clara and Fort Lauderdale."),
              ::testing::ElementsAre("GPE Santa Clara", "GPE Fort Lauderdale"));
  EXPECT_THAT(Typed("Convoys left Krasnoyarsk for Chelyabinsk on Monday."),
              ::testing::ElementsAre("GPE Krasnoyarsk", "GPE Chelyabinsk"));
}

// Public figures news names by the surname alone (data/gazetteer_people.tsv)
// are persons wherever they stand, where an unknown word would be a firm.
TEST(Entities, PublicFiguresBySurname) {
  EXPECT_THAT(Typed("Officials said Putin and Erdogan spoke by phone."),
              ::testing::ElementsAre("PERSON Putin", "PERSON Erdogan"));
  // A listed surname that is also a town, before a comma and a state.
  EXPECT_THAT(Typed("The mill in Clinton, Iowa, will close."),
              ::testing::ElementsAre("GPE Clinton", "GPE Iowa"));
  // A full name still takes the given name; a firm named after one stays
  // a firm.
  EXPECT_THAT(
      Typed("Angela Merkel met staff of the Trump Organization."),
      ::testing::ElementsAre("PERSON Angela Merkel", "ORG Trump Organization"));
  // A name holding a lexicon name keeps its title after a comma, as an
  // unknown one does.
  std::vector<Found> got =
      Recognize("Officials met Calla Newsom, the governor, on Monday.");
  ASSERT_NE(Find(got, "Calla Newsom"), nullptr);
  EXPECT_EQ(Find(got, "Calla Newsom")->title, "governor");
  got = Recognize("Fans cheered Michael Jordan, the coach, on Monday.");
  ASSERT_NE(Find(got, "Michael Jordan"), nullptr);
  EXPECT_EQ(Find(got, "Michael Jordan")->title, "coach");
}

// A listed surname before the person's full name (a headline's) is the same
// person: it links forward to the full name, and so do the later mentions.
TEST(Entities, ListedSurnameBeforeTheFullName) {
  std::vector<Found> got = Recognize(
      "Erdogan wins backing for reform\n\nTurkish President Recep Tayyip "
      "Erdogan won a vote on Tuesday. Erdogan said the result was clear.");
  std::vector<std::string> names;
  for (const Found& f : got)
    if (f.type == "PERSON") names.push_back(f.text + "|" + f.canonical);
  EXPECT_THAT(names, ::testing::ElementsAre("Erdogan|Recep Tayyip Erdogan",
                                            "Recep Tayyip Erdogan|Recep "
                                            "Tayyip Erdogan",
                                            "Erdogan|Recep Tayyip Erdogan"));
}

// A wire slug opening a headline ("UPDATE 2-", "WRAPUP 1-") names no body.
TEST(Entities, WireSlugsNameNothing) {
  EXPECT_THAT(Typed("UPDATE 2-Halvorsen Shipping shares jump"),
              ::testing::ElementsAre("ORG Halvorsen Shipping"));
  EXPECT_THAT(Typed("WRAPUP 1-Norway braces for storms"),
              ::testing::ElementsAre("GPE Norway"));
}

// Peoples' and countries' names joined by hyphens name a relation (NORP),
// no firm; a firm's hyphenated name stays a firm's.
TEST(Entities, NationCompoundsAreNorp) {
  EXPECT_THAT(Typed("The Greek-Turkish talks and the Sino-US dispute went on."),
              ::testing::ElementsAre("NORP Greek-Turkish", "NORP Sino-US"));
  EXPECT_THAT(Typed("Kovalenko-Brandt said it would cut jobs."),
              ::testing::Not(::testing::Contains("NORP Kovalenko-Brandt")));
}

// A credit rating's grade names nothing: in a sentence with a rating's word,
// or beside a debt's word or a grade's preposition later in a rating's
// story. The same letters elsewhere stay a body's acronym.
TEST(Entities, CreditRatingGradesNameNothing) {
  EXPECT_THAT(Typed("Fitch downgraded Tormund Holdings Inc's notes to BB from "
                    "BBB, and the bonds are rated Caa by Moody's."),
              ::testing::ElementsAre("ORG Fitch", "ORG Tormund Holdings Inc",
                                     "ORG Moody's"));
  EXPECT_THAT(Typed("Standard and Poor's upgraded Velloway Corp on Monday. "
                    "Raised were its senior debt to AA from A-plus. Velloway "
                    "still carries AAA commercial paper."),
              ::testing::Not(
                  ::testing::Contains(::testing::AnyOf("ORG AA", "ORG AAA"))));
  // (An inverted passive's participle opening the sentence is no club.)
  EXPECT_THAT(Typed("Lowered were the bonds of Halvard Corp."),
              ::testing::ElementsAre("ORG Halvard Corp."));
  // (The agency's short name in wire copy.)
  EXPECT_THAT(Typed("S and P said the outlook was stable."),
              ::testing::ElementsAre("ORG S and P"));
  EXPECT_THAT(Typed("The AA said drivers faced delays, and the CCC will pay "
                    "farmers in cash."),
              ::testing::ElementsAre("ORG AA", "ORG CCC"));
}

// A lawmaker's party and state after the name, in brackets or between
// commas, name no body.
TEST(Entities, PartyAndStateTagsNameNothing) {
  EXPECT_THAT(
      Typed("The measure, offered by Sen. Orla Penning (D-Mont.), "
            "passed, and Rep. Tobias Greer, R-Ohio, voted no."),
      ::testing::ElementsAre("PERSON Orla Penning", "PERSON Tobias Greer"));
}

// Newspapers a wire cites by name are outlets, a name of several words
// with its lower-case particle ("Welt am Sonntag") whole.
TEST(Entities, WorldNewspapersAreOutlets) {
  std::vector<Found> got = Recognize(
      "The daily Handelsblatt and Welt am Sonntag said the talks failed, "
      "while Kommersant and the Straits Times disagreed.");
  std::vector<std::string> outlets;
  for (const Found& f : got)
    if (f.outlet) outlets.push_back(f.text);
  EXPECT_THAT(outlets, ::testing::ElementsAre("Handelsblatt", "Welt am Sonntag",
                                              "Kommersant", "Straits Times"));
}

// Plural titles ("Reps.", "Sens."), "Congressional" alone, "Others" opening
// a sentence, "Latin" as a people's adjective, a resort's "of", and a rank
// word opening a sentence before a country's name.
TEST(Entities, PluralTitlesAndCommonCapitals) {
  EXPECT_THAT(Typed("Reps. Nolan Pryce and Sens. Ida Marsh backed the plan, "
                    "Congressional aides said."),
              ::testing::ElementsAre("PERSON Nolan Pryce", "PERSON Ida Marsh"));
  EXPECT_THAT(Typed("Others said loans to Latin borrowers rose at the "
                    "seaside resort of Tramore."),
              ::testing::ElementsAre("NORP Latin", "GPE Tramore"));
  EXPECT_THAT(Typed("Major U.K. lenders cut rates."),
              ::testing::ElementsAre("GPE U.K."));
  EXPECT_THAT(Typed("Mr Irish said the gadget would sell."),
              ::testing::ElementsAre("PERSON Irish"));
}

// A firm's head that is also a surname (Mills, Church, Power) ends a
// person's name after a given name and a title; without a title it stays
// the body's.
TEST(Entities, SurnameHeadsAfterATitle) {
  EXPECT_THAT(Typed("Brenner analyst Ruth Mills said prices would ease."),
              ::testing::Contains("PERSON Ruth Mills"));
  EXPECT_THAT(Typed("Nadia Church, a spokeswoman, declined to comment."),
              ::testing::Contains("PERSON Nadia Church"));
  EXPECT_THAT(Typed("Grace Church said it would hold a vote."),
              ::testing::ElementsAre("ORG Grace Church"));
}

// A plural opening a sentence before a restrictive "who", written in lower
// case elsewhere in the text, is the common noun; a prison's or a jail's
// noun after a name makes a site; peers' titles stay out of the name.
TEST(Entities, PluralsBeforeWhoPrisonsAndPeers) {
  EXPECT_THAT(Typed("Commuters who drove were late. Many commuters took the "
                    "train."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("Doyle who scored twice was injured."),
              ::testing::ElementsAre("PERSON Doyle"));
  EXPECT_THAT(Typed("The two men are held at Hallowmoor prison."),
              ::testing::ElementsAre("FAC Hallowmoor"));
  std::vector<Found> got = Recognize("Baroness Ashdown spoke first.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "Ashdown");
  EXPECT_EQ(got[0].title, "Baroness");
}

// More portfolios before a minister's title (Planning, Fisheries, Youth
// ...); a season alone before "meetings" and "Barring" opening a clause
// name nothing.
TEST(Entities, PortfoliosSeasonsAndBarring) {
  std::vector<Found> got = Recognize(
      "The Chilean Planning Minister Rosa Ibarra met the Youth "
      "Minister at the Autumn meetings.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].type + " " + got[0].text, "NORP Chilean");
  EXPECT_EQ(got[1].text, "Rosa Ibarra");
  EXPECT_EQ(got[1].title, "Planning Minister");
  EXPECT_THAT(Typed("\"Barring a shock, rates will fall,\" she said."),
              ::testing::IsEmpty());
  // (A legislature's subcommittee after the names of the chamber and the
  // committee: the body's, no person.)
  EXPECT_THAT(Typed("The plan passed a House Ethics subcommittee."),
              ::testing::ElementsAre("ORG House Ethics"));
}

// Places of the 1990s wars that wire copy names alone.
TEST(Entities, HeadlineShortFormsOfCountries) {
  EXPECT_THAT(Typed("S Korean banks lent more as S Africa cut rates."),
              ::testing::ElementsAre("NORP S Korean", "GPE S Africa"));
}

TEST(Entities, ConflictPlacesAreKnown) {
  EXPECT_THAT(Typed("Troops pulled out of Grozny while talks on Abkhazia and "
                    "Nagorno-Karabakh stalled."),
              ::testing::ElementsAre("GPE Grozny", "GPE Abkhazia",
                                     "GPE Nagorno-Karabakh"));
}

// 1990s figures named by the surname alone.
TEST(Entities, NinetiesFiguresBySurname) {
  EXPECT_THAT(Typed("Lebed met Maskhadov, and Greenspan warned Saddam."),
              ::testing::ElementsAre("PERSON Lebed", "PERSON Maskhadov",
                                     "PERSON Greenspan", "PERSON Saddam"));
}

// Large firms named without a legal form.
TEST(Entities, LargeFirmsByName) {
  EXPECT_THAT(Typed("Mannesmann and Norsk Hydro rose while McDonnell Douglas "
                    "fell."),
              ::testing::ElementsAre("ORG Mannesmann", "ORG Norsk Hydro",
                                     "ORG McDonnell Douglas"));
}

// An honorific before one head that is also a surname names a person.
TEST(Entities, HonorificBeforeSurnameHead) {
  std::vector<Found> got = Recognize(
      "Ms Lake and Mr Hall said the plan was "
      "sound; Cardinal Technologies agreed.");
  std::vector<std::string> v;
  for (const Found& f : got) v.push_back(f.type + " " + f.text + "|" + f.title);
  EXPECT_THAT(v, ::testing::ElementsAre("PERSON Lake|Ms", "PERSON Hall|Mr",
                                        "ORG Cardinal Technologies|"));
}

// A tax's name, like a law's, names nothing; a country's name opening it
// stays.
TEST(Entities, TaxNamesNameNothing) {
  EXPECT_THAT(Typed("Receipts of Capital Gains Tax and the U.K. Stamp Tax "
                    "rose."),
              ::testing::ElementsAre("GPE U.K."));
}

// Parties named bare, and a press digest's papers.
TEST(Entities, PartiesAndPressDigestPapers) {
  EXPECT_THAT(
      Typed("The opposition New Democracy party and PASOK clashed, Ta "
            "Nea reported."),
      ::testing::ElementsAre("ORG New Democracy", "ORG PASOK", "ORG Ta Nea"));
}

// "Jan", a month's bare short form that is also a given name, before a
// surname no lexicon knows names a person even after "by" or "and".
TEST(Entities, BareJanBeforeSurnameAfterPrepositionIsAName) {
  EXPECT_THAT(
      Typed("The sprint was won by Jan Verbeeck ahead of Tomas "
            "Hrubec and Jan Oostdam."),
      ::testing::ElementsAre("PERSON Jan Verbeeck", "PERSON Tomas Hrubec",
                             "PERSON Jan Oostdam"));
}

// Ranks and offices wire copy hyphenates stay titles; a rank before one
// head that is also a surname names a person; two titled names joined by
// "and" are two persons.
TEST(Entities, HyphenatedRanksAndTitledPairs) {
  std::vector<Found> got = Recognize(
      "Army spokesman Lieutenant-Colonel Obi Nwankwo met Vice-Premier Zhou "
      "Lin and Major General Hall.");
  std::vector<std::string> v;
  for (const Found& f : got) v.push_back(f.type + " " + f.text + "|" + f.title);
  EXPECT_THAT(v, ::testing::ElementsAre("PERSON Obi Nwankwo|Lieutenant-Colonel",
                                        "PERSON Zhou Lin|Vice-Premier",
                                        "PERSON Hall|Major General"));
}

// Places 1990s wire copy names bare.
TEST(Entities, NinetiesWirePlacesAreKnown) {
  EXPECT_THAT(Typed("Aid convoys left Bosnia's capital while refugees "
                    "reached Kigoma, Garissa and the Bekaa."),
              ::testing::ElementsAre("GPE Bosnia", "GPE Kigoma", "GPE Garissa",
                                     "LOC Bekaa"));
}

// A scorer's bracket may note a penalty or an own goal in full after the
// minute.
TEST(Entities, ScorerBracketWithNotesInFull) {
  EXPECT_THAT(Typed("Torino 2 (Castellani 18 penalty, Brisco 77) Verona 0. "
                    "Attendance: 21,400"),
              ::testing::ElementsAre("ORG Torino", "PERSON Castellani",
                                     "PERSON Brisco", "ORG Verona"));
}

// After a place's word, ", the newspaper NAME reported" is a reporting
// clause, no appositive of the place; a long name holding a particle
// after a place's word is a place.
TEST(Entities, PlaceBeforeNewspaperReportedAndParticlePlaces) {
  EXPECT_THAT(Typed("Troops shelled villages near Brakovo, the weekly Nova "
                    "Zora reported."),
              ::testing::ElementsAre("GPE Brakovo", "ORG Nova Zora"));
  EXPECT_THAT(Typed("Rebels attacked a post near Villa de Santa Rosa on "
                    "Monday."),
              ::testing::ElementsAre("GPE Villa de Santa Rosa"));
}

// US franchises named with a number or a people's plural, and a city
// before a US sports position is its club.
TEST(Entities, UsFranchisesAndPositions) {
  EXPECT_THAT(
      Typed("The Philadelphia 76ers signed Omar Pressley, and the "
            "Cleveland Indians lost."),
      ::testing::ElementsAre("ORG Philadelphia 76ers", "PERSON Omar Pressley",
                             "ORG Cleveland Indians"));
  EXPECT_THAT(Typed("Boston goalie Ray Kowalski made 31 saves."),
              ::testing::ElementsAre("ORG Boston", "PERSON Ray Kowalski"));
}

// Racecourses and classic races results name bare are sites and events,
// not the away side's club.
TEST(Entities, RacecoursesAndClassicRaces) {
  EXPECT_THAT(
      Typed("Kees Balk won Ghent-Wevelgem on Wednesday."),
      ::testing::ElementsAre("PERSON Kees Balk", "EVENT Ghent-Wevelgem"));
  EXPECT_THAT(Typed("The colt won at Goodwood before the Preakness Stakes."),
              ::testing::ElementsAre("FAC Goodwood", "EVENT Preakness Stakes"));
}

// Clubs named by one word that is no town, opening a sentence.
TEST(Entities, BareClubNamesOpeningASentence) {
  EXPECT_THAT(Typed("Everton dropped to ninth. Lazio were held at home."),
              ::testing::ElementsAre("ORG Everton", "ORG Lazio"));
}

// "Opposition" opening a sentence before a party's name is no part of it.
TEST(Entities, OppositionBeforePartyName) {
  EXPECT_THAT(
      Typed("Opposition Labour Party deputy Rosa Quintero voted no."),
      ::testing::ElementsAre("ORG Labour Party", "PERSON Rosa Quintero"));
}

// "Campaign" heads a campaigning group's name, over "for" and what follows.
TEST(Entities, CampaignHeadsAGroup) {
  EXPECT_THAT(Typed("The Campaign for Clean Rivers, a pressure group, sued."),
              ::testing::ElementsAre("ORG Campaign for Clean Rivers"));
}

// A results row's known team name holding a lower-case word is read whole,
// so the row is read.
TEST(Entities, ResultsRowWithKnownNameHoldingLowerCaseWord) {
  EXPECT_THAT(
      Typed("Queen of the South 0 River Plate 2"),
      ::testing::ElementsAre("ORG Queen of the South", "ORG River Plate"));
}

// A known place's name, a particle and more words name a place.
TEST(Entities, PlaceNameParticleAndMoreIsAPlace) {
  EXPECT_THAT(Typed("Troops searched Santa Cruz de Urabal on Monday."),
              ::testing::ElementsAre("GPE Santa Cruz de Urabal"));
}

// "for a" inside a body's name after its head ("Movement for a ...").
TEST(Entities, ForAInsideABodysName) {
  EXPECT_THAT(Typed("The Alliance for a Free Moravia won four seats."),
              ::testing::ElementsAre("ORG Alliance for a Free Moravia"));
}

// An acronym the document defines names the body at every later mention,
// even one that elsewhere is a common word's (PPI, the producer price
// index); undefined, it still names nothing.
TEST(Entities, DefinedAcronymThatIsACommonWordElsewhere) {
  EXPECT_THAT(
      Typed("The Fund for Rural Pensions (FRP) spoke first. The "
            "Pensions Policy Institute (PPI) said costs rose. The "
            "PPI's figures differ, PPI economist Ruth Agyeman said."),
      ::testing::ElementsAre("ORG Fund for Rural Pensions", "ORG FRP",
                             "ORG Pensions Policy Institute", "ORG PPI",
                             "ORG PPI", "ORG PPI", "PERSON Ruth Agyeman"));
  EXPECT_THAT(Typed("Factory gate prices rose 0.4%, the PPI showed."),
              ::testing::ElementsAre());
}

// Participles and gerunds opening a sentence are no part of the name after
// them; a firm's role noun opening one neither.
TEST(Entities, ParticipleAndRoleNounOpeningASentence) {
  EXPECT_THAT(Typed("Given Rosa Quintero's record, few doubt her. Having "
                    "said that, Bookmaker Ladbrokes cut her odds."),
              ::testing::ElementsAre("PERSON Rosa Quintero", "ORG Ladbrokes"));
  EXPECT_THAT(Typed("Broadcaster ITV and Publisher Faber both declined."),
              ::testing::ElementsAre("ORG ITV", "ORG Faber"));
}

// Seats and bodies named "<name> House" that a given name or a surname
// before House would make a person; the Nazis are a political group, the
// Holocaust an event.
TEST(Entities, HousesNazisAndTheHolocaust) {
  EXPECT_THAT(
      Typed("Clarence House declined to comment, and Chatham House "
            "published a paper."),
      ::testing::ElementsAre("ORG Clarence House", "ORG Chatham House"));
  EXPECT_THAT(Typed("The Nazis deported her family during the Holocaust."),
              ::testing::ElementsAre("NORP Nazis", "EVENT Holocaust"));
}

// An adverb opening a sentence before a comma and "the agency ..." is no
// body the appositive names; a power unit's symbol names nothing.
TEST(Entities, SentenceAdverbBeforeAppositiveAndPowerUnits) {
  EXPECT_THAT(Typed("Altogether, the regulator halted 14 sites. Nonetheless, "
                    "the company said it would appeal."),
              ::testing::ElementsAre());
  EXPECT_THAT(Typed("The turbines add 950 megawatts (MW), and the old plant "
                    "gave 300 MW."),
              ::testing::ElementsAre());
}

// A body's head, "of" and a place's heads: the complement's place does not
// type the body ("Bank of the ... Islands"); sites named with a number word.
TEST(Entities, PlaceHeadsInABodysOfComplement) {
  EXPECT_THAT(Typed("She lectures at the University of the Orkney and "
                    "Shetland Islands and banks with the Bank of the Cook "
                    "Islands."),
              ::testing::ElementsAre(
                  "ORG University of the Orkney and Shetland Islands",
                  "ORG Bank of the Cook Islands"));
  EXPECT_THAT(Typed("Turbines at the Three Gorges Dam were idle."),
              ::testing::ElementsAre("FAC Three Gorges Dam"));
}

// A known name opening with a day's name is read whole ("the Sunday
// Times"); after a date's preposition the day is the date's.
TEST(Entities, KnownNameOpeningWithADay) {
  EXPECT_THAT(Typed("She told the Sunday Times she would stand, and the "
                    "Sunday Mirror agreed."),
              ::testing::ElementsAre("ORG Sunday Times", "ORG Sunday Mirror"));
  EXPECT_THAT(Typed("On Sunday Times Square was quiet."),
              ::testing::ElementsAre("FAC Times Square"));
}

// A paper's title word alone after "the" where a paper is cited names the
// paper (an outlet); before a noun it qualifies it names nothing.
TEST(Entities, PaperTitleWordAloneWhereCited) {
  std::vector<Found> got = Recognize(
      "Ms Haldane told the Guardian that she would stand, and the Herald "
      "reported it.");
  std::vector<std::string> v;
  for (const Found& f : got)
    v.push_back(f.type + " " + f.text + (f.outlet ? " outlet" : ""));
  EXPECT_THAT(v, ::testing::ElementsAre("PERSON Haldane", "ORG Guardian outlet",
                                        "ORG Herald outlet"));
  EXPECT_THAT(Typed("The Independent candidate polled 900 votes."),
              ::testing::ElementsAre());
}

// A plural common noun right before a name ending in a body's head opens
// the name; a Roman numeral alone names nothing; regional peoples.
TEST(Entities, PluralNounOpeningABodyRomanNumeralsRegionalPeoples) {
  EXPECT_THAT(
      Typed("Losses at Farmers Supply Co. and the Teachers Union grew."),
      ::testing::ElementsAre("ORG Farmers Supply Co.", "ORG Teachers Union"));
  EXPECT_THAT(Typed("It sold series IV notes, and King Olav V spoke."),
              ::testing::ElementsAre("PERSON Olav V"));
  EXPECT_THAT(
      Typed("East African and North African buyers met."),
      ::testing::ElementsAre("NORP East African", "NORP North African"));
}

// A news outlet that was told something ends its name: the words after it
// open the clause.
TEST(Entities, OutletToldEndsTheName) {
  EXPECT_THAT(Typed("A trader told Reuters Nestle had bought the cargo, and "
                    "she told the BBC Ruth Agyeman was right."),
              ::testing::ElementsAre("ORG Reuters", "ORG Nestle", "ORG BBC",
                                     "PERSON Ruth Agyeman"));
}

// After "at" and before a comma and a place, a name holding a particle is
// a place; elsewhere, with a given name, a person.
TEST(Entities, ParticleNameAtAPlaceBeforeItsCountry) {
  EXPECT_THAT(Typed("Envoys met at Playa del Sol, Uruguay, and thanked "
                    "Rosa de Vries."),
              ::testing::ElementsAre("GPE Playa del Sol", "GPE Uruguay",
                                     "PERSON Rosa de Vries"));
}

// A story with no score but five sports words (a draw, a preview) is a
// sports story: a town that names its club is the club.
TEST(Entities, SportsStoryWithoutAScore) {
  EXPECT_THAT(
      Typed("Leeds were drawn against Burnley in the cup. The Leeds striker "
            "and the Burnley goalkeeper both expect a tough tie, their coach "
            "said, and the Burnley midfielder and defender agreed."),
      ::testing::ElementsAre("ORG Leeds", "ORG Burnley", "ORG Leeds",
                             "ORG Burnley", "ORG Burnley"));
  EXPECT_THAT(Typed("Leeds voted for a new tram line, and Burnley agreed."),
              ::testing::ElementsAre("GPE Leeds", "GPE Burnley"));
}

// A line of names each with a club or a county in brackets is a list, no
// title-case heading: its names are read as in text.
TEST(Entities, LineOfNamesWithClubsInBracketsIsNoHeading) {
  EXPECT_THAT(Typed("Squad: T. Okoro (Leinster), D. Walsh (Munster)."),
              ::testing::ElementsAre("PERSON T. Okoro", "ORG Leinster",
                                     "PERSON D. Walsh", "ORG Munster"));
  EXPECT_THAT(
      Typed("Backs: B Quirke (Connacht), P Nolan (Ulster), F Dunne (Munster)."),
      ::testing::ElementsAre("PERSON B Quirke", "ORG Connacht",
                             "PERSON P Nolan", "ORG Ulster", "PERSON F Dunne",
                             "ORG Munster"));
}

// A bill's name names nothing, as a law's does; so do an agreement's
// common name and "Parliamentary" alone; Comptroller is a title.
TEST(Entities, BillsAgreementsAndComptrollers) {
  EXPECT_THAT(Typed("The Rural Schools Bill and a Memorandum of Understanding "
                    "were debated in the last Parliamentary session."),
              ::testing::ElementsAre());
  std::vector<Found> got =
      Recognize("Ohio State Comptroller Dana Whitfield objected.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].text, "Dana Whitfield");
  EXPECT_EQ(got[1].title, "State Comptroller");
}

// Market terms and a budget statement name nothing.
TEST(Entities, MarketTermsAndBudgetStatements) {
  EXPECT_THAT(Typed("The London Interbank Offered Rate rose after the Autumn "
                    "Statement, and the Index fell."),
              ::testing::ElementsAre());
}

// A regnal or war numeral ending a sentence leaves the sentence's stop
// out of the span; an abbreviation keeps its own.
TEST(Entities, RegnalNumeralEndingASentence) {
  std::vector<Found> got = Recognize(
      "The film ends in World War I. Its hero meets Olav Berg Jr. later.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "World War I");
  EXPECT_EQ(got[1].text, "Olav Berg Jr.");
  got = Recognize("The minister spoke to the Sun.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "Sun");
}

// National broadcasters are outlets, a number in the name too ("Europe 1",
// "France 2"), and a known name never runs over a line's end: a heading's
// "KABUL RADIO" and the body's "Kabul radio" hold no "Radio Kabul".
TEST(Entities, BroadcastersAreOutletsAndNoNameCrossesALine) {
  std::vector<Found> found = Recognize(
      "The premier told Europe 1 radio and ZDF television that talks would "
      "resume; France 2 showed the vote.");
  std::vector<std::string> outlets;
  for (const Found& f : found)
    if (f.outlet) outlets.push_back(f.text);
  EXPECT_THAT(outlets, ::testing::ElementsAre("Europe 1", "ZDF", "France 2"));
  EXPECT_THAT(Typed("AID CONVOY REACHED CITY - TEHRAN RADIO\n\nTehran radio "
                    "said the convoy arrived."),
              ::testing::Not(::testing::Contains(::testing::HasSubstr("\n"))));
}

// An appositive naming a settlement makes the unknown name before it a
// place: ", a hill town near the border", ", the district capital", ", 40
// km west of <place>"; not one whose noun qualifies another (", a village
// elder") or that a phrase of its own ends (", an aide of Tarvos county").
TEST(Entities, PlaceAppositiveMakesAPlace) {
  EXPECT_THAT(Typed("Shelling hit Kovrasi, a hill town near the border."),
              ::testing::ElementsAre("GPE Kovrasi"));
  EXPECT_THAT(Typed("Rebels shelled Ulbanir, the district capital, on Monday."),
              ::testing::ElementsAre("GPE Ulbanir"));
  EXPECT_THAT(Typed("Storms battered Marsek, 40 km west of Tarvik."),
              ::testing::Contains("GPE Marsek"));
  EXPECT_THAT(Typed("Police questioned Harlow Denk, a village elder."),
              ::testing::Not(::testing::Contains("GPE Harlow Denk")));
  EXPECT_THAT(Typed("Wen Taoli, an aide of Tarvos county, said so."),
              ::testing::Not(::testing::Contains("GPE Wen Taoli")));
}

// A descriptor no body's name holds (gazetteer apart=1: Islamist) stays
// apart from the body's name after it; a nationality before a party's own
// name still opens it.
TEST(Entities, DescriptorStaysApartFromTheBodysName) {
  EXPECT_THAT(Typed("Voters backed the Islamist Renewal Party in Konya."),
              ::testing::ElementsAre("NORP Islamist", "ORG Renewal Party",
                                     "GPE Konya"));
  EXPECT_THAT(Typed("The Kurdish Democratic Party met in Erbil."),
              ::testing::Contains("ORG Kurdish Democratic Party"));
}

// A central bank's Lombard rate and a car model name no body; the bank,
// the maker and a private bank named Lombard still do.
TEST(Entities, LombardRatesAndCarModelsNameNoBody) {
  EXPECT_THAT(Typed("The Bundesbank kept its discount and Lombard rates."),
              ::testing::ElementsAre("ORG Bundesbank"));
  EXPECT_THAT(Typed("Demand for the new Passat and the Yaris grew."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("Lombard Odier raised its stake."),
              ::testing::ElementsAre("ORG Lombard Odier"));
}

// A route's or a removal's "to" before an unknown name makes it a place
// ("buses to Kelmore", "deported to Varsk"); a sports trip's does not (the
// club: "a trip to Hartley" stays as the rules read it).
TEST(Entities, RouteContextMakesAPlace) {
  EXPECT_THAT(Typed("Fewer buses to Kelmore will run this winter."),
              ::testing::ElementsAre("GPE Kelmore"));
  EXPECT_THAT(Typed("The men were deported to Varsk last year."),
              ::testing::ElementsAre("GPE Varsk"));
}

// A head right after "and", before "of" or "for", opens a second body's
// name ("the Institute of Ports and Institute of Mines"); a lower-case
// complement's "and" goes on ("Department of Health and Social Care").
// "Duchy" heads a body ("the Duchy of Kernow").
TEST(Entities, HeadAfterAndOpensASecondBody) {
  EXPECT_THAT(Typed("Staff from the Institute of Ports and Institute of Mines "
                    "met in Leeds."),
              ::testing::ElementsAre("ORG Institute of Ports",
                                     "ORG Institute of Mines", "GPE Leeds"));
  EXPECT_THAT(Typed("Tenants of the Duchy of Kernow paid rent."),
              ::testing::ElementsAre("ORG Duchy of Kernow"));
  EXPECT_THAT(
      Typed("The Department of Health and Social Care said so."),
      ::testing::ElementsAre("ORG Department of Health and Social Care"));
}

// A body's adjective alone before a lower-case noun names a body only as a
// mention of one the text names in full: "the Federal highway budget" and
// "the Royal household" name none; "Amalgamated Tin Corp ... Amalgamated
// shareholders" and, before an auxiliary, "Continental was" do.
TEST(Entities, BodysAdjectiveAloneIsOnlyAMention) {
  EXPECT_THAT(Typed("The Federal highway budget runs out in May."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("Staff of the Royal household were told."),
              ::testing::IsEmpty());
  EXPECT_THAT(
      Typed("Shares in Amalgamated Tin Corp rose. Amalgamated "
            "shareholders will vote."),
      ::testing::ElementsAre("ORG Amalgamated Tin Corp", "ORG Amalgamated"));
  EXPECT_THAT(Typed("Regulators said Continental was insolvent."),
              ::testing::Contains("ORG Continental"));
}

// A body's adjective ending in "-ed" opening a sentence keeps its place in
// the firm's name ("Consolidated Tin Corp said"), where a verb's form is
// dropped ("Revised Harbour Board figures").
TEST(Entities, SentenceOpeningBodysAdjectiveStaysInTheName) {
  EXPECT_THAT(Typed("Consolidated Tinplate Corp said sales rose."),
              ::testing::ElementsAre("ORG Consolidated Tinplate Corp"));
  EXPECT_THAT(Typed("Applied Lumen Inc said it would cut jobs."),
              ::testing::ElementsAre("ORG Applied Lumen Inc"));
}

// A known place and a party member's word before a person's title or name
// are the place and the group ("Iowa Democrat Senator ...", "Oregon
// Republican Dale Orton"); before a club's title they stay a club's name,
// and "Wisc." is Wisconsin.
TEST(Entities, PlaceAndPartyMemberBeforeAPerson) {
  EXPECT_THAT(Typed("Iowa Democratic Senator Ruth Hale objected."),
              ::testing::ElementsAre("GPE Iowa", "NORP Democratic",
                                     "PERSON Ruth Hale"));
  EXPECT_THAT(Typed("Oregon Republican Dale Orton said no."),
              ::testing::ElementsAre("GPE Oregon", "NORP Republican",
                                     "PERSON Dale Orton"));
  EXPECT_THAT(Typed("The mill in Racine, Wisc., closed."),
              ::testing::ElementsAre("GPE Racine", "GPE Wisc."));
}

// A heading spells the body's whole name where the lexicon knows its first
// words as another name: a club named by a club and its town, a firm whose
// name opens with a country, a contest's name after a nationality. A heading
// that spells a country's firm only in part keeps the country.
TEST(Entities, HeadingSpellsTheBodysWholeName) {
  EXPECT_THAT(Typed("SOCCER - FEYENOORD ROTTERDAM HELD AT HOME\n\nROTTERDAM "
                    "1996-10-05\n\nFeyenoord Rotterdam drew 0-0 with a "
                    "Twente side reduced to ten men on Saturday."),
              ::testing::ElementsAre("ORG FEYENOORD ROTTERDAM", "GPE ROTTERDAM",
                                     "ORG Feyenoord Rotterdam", "ORG Twente"));
  EXPECT_THAT(
      Typed("JAPAN TOBACCO RAISES FORECAST\n\nJapan Tobacco Inc said "
            "profit would rise."),
      ::testing::ElementsAre("ORG JAPAN TOBACCO", "ORG Japan Tobacco Inc"));
  EXPECT_THAT(Typed("SWEDISH INDOOR CHAMPIONSHIPS OPEN\n\nThe Swedish Indoor "
                    "Championships began on Friday."),
              ::testing::ElementsAre("EVENT SWEDISH INDOOR CHAMPIONSHIPS",
                                     "EVENT Swedish Indoor Championships"));
  EXPECT_THAT(
      Typed("CHINA STEEL OUTPUT RISES\n\nChina Steel Exports Corp "
            "said output rose."),
      ::testing::ElementsAre("GPE CHINA", "ORG China Steel Exports Corp"));
}

// In a sports story a town before a club's head or nickname on a heading
// is the club, though the body names it by the nickname alone; the
// dateline's town stays the town.
TEST(Entities, HeadingTownAndNicknameIsTheClub) {
  EXPECT_THAT(
      Typed("BASKETBALL - DENVER NUGGETS BEAT SUNS\n\nDENVER "
            "1996-11-02\n\nThe Nuggets beat the Suns 104-98 and the "
            "Suns coach said his side had lost the game at the line."),
      ::testing::ElementsAre("ORG DENVER NUGGETS", "ORG SUNS", "GPE DENVER",
                             "ORG Nuggets", "ORG Suns", "ORG Suns"));
}

// The 's of a one-word name no lexicon knows stays inside a name when one
// head ends it ("Gorrell's Hospital"), not before "of" nor after a known
// place ("Kenya's Parliament": the place and the body,
// BareParliamentIsTheBody); "Panel" is a body's head that takes "on".
TEST(Entities, PossessiveBeforeOneHeadAndPanelOn) {
  EXPECT_THAT(Typed("She was treated at Penwarden's Hospital near Truro."),
              ::testing::ElementsAre("FAC Penwarden's Hospital", "GPE Truro"));
  EXPECT_THAT(
      Typed("Kenya's Parliament met, and Okello's Ministry of Water "
            "Resources objected."),
      ::testing::ElementsAre("GPE Kenya", "ORG Parliament", "ORG Okello",
                             "ORG Ministry of Water Resources"));
  EXPECT_THAT(Typed("The Scientific Panel on Soil Health met in Oslo."),
              ::testing::ElementsAre("ORG Scientific Panel on Soil Health",
                                     "GPE Oslo"));
}

// A member's constituency is a place: after "MP for" or "MSP for" (place
// context phrases), and a town's name with compass nouns after it ("Truro
// North East") anywhere; a compass adjective in -ern names a firm.
TEST(Entities, ConstituenciesAfterMemberAndCompassNouns) {
  EXPECT_THAT(Typed("Mara Quist, the MP for Penrith, said so, and the MSP for "
                    "Carrowdale agreed."),
              ::testing::ElementsAre("PERSON Mara Quist", "GPE Penrith",
                                     "GPE Carrowdale"));
  EXPECT_THAT(Typed("Voters in Truro North East went to the polls."),
              ::testing::ElementsAre("GPE Truro North East"));
  EXPECT_THAT(Typed("Shares in Truro Eastern rose after Truro Eastern said "
                    "its profit had doubled."),
              ::testing::ElementsAre("ORG Truro Eastern", "ORG Truro Eastern"));
}

// A party the lexicon knows before a member's title is named, no part of
// the title ("Labour MP"); before a minister's it is a portfolio
// ("Labour Minister").
TEST(Entities, PartyBeforeAMembersTitle) {
  EXPECT_THAT(Typed("Veteran Labour MP Orla Penhallow said the plan was "
                    "unfair."),
              ::testing::ElementsAre("ORG Labour", "PERSON Orla Penhallow"));
  std::vector<Found> got =
      Recognize("Labour Minister Orla Penhallow disagreed.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "Orla Penhallow");
  EXPECT_EQ(got[0].title, "Labour Minister");
}

// An acronym before a capitalized title and a person's name names the
// body, no part of the title; the words between are the title's.
TEST(Entities, AcronymBeforeATitleIsTheBody) {
  std::vector<Found> got = Recognize(
      "He said KPWA Secretary-General Amos Wekesa agreed, and KPWA "
      "Water Commissioner Ruth Njeri did too.");
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0].text, "KPWA");
  EXPECT_EQ(got[1].text, "Amos Wekesa");
  EXPECT_EQ(got[1].title, "Secretary-General");
  EXPECT_EQ(got[2].text, "KPWA");
  EXPECT_EQ(got[3].text, "Ruth Njeri");
  EXPECT_EQ(got[3].title, "Water Commissioner");
}

// "centre" in lower case is a player's position, a title: the name after
// it is the player's, no firm, though his given name names a county.
TEST(Entities, CentreIsAPlayersPosition) {
  EXPECT_THAT(Typed("The Sharks signed centre Tyrone Mabena on Friday."),
              ::testing::ElementsAre("ORG Sharks", "PERSON Tyrone Mabena"));
}

// A people's adjective between "of the" and a head keeps the head in the
// complement: the head before "of" types the body ("Organisation of the
// Nordic Conference" is no event).
TEST(Entities, PeoplesAdjectiveInsideAnOfComplement) {
  EXPECT_THAT(Typed("Envoys of the Union of the Nordic Conference met."),
              ::testing::ElementsAre("ORG Union of the Nordic Conference"));
}

// Provincial cities and Spanish ranges the gazetteer lists are places.
TEST(Entities, ProvincialCitiesAndRanges) {
  EXPECT_THAT(Typed("Riders left Soria and climbed the Sierra de Guadarrama."),
              ::testing::ElementsAre("GPE Soria", "LOC Sierra de Guadarrama"));
}

// "Airline" heads a firm's name like "Airlines"; "GP", a family doctor,
// names nothing alone.
TEST(Entities, AirlineHeadAndGpAlone) {
  EXPECT_THAT(Typed("Staff of Kestrel Airline were told, and every GP too."),
              ::testing::ElementsAre("ORG Kestrel Airline"));
}

// Firms named by a founder's possessive keep the 's ("Lloyd's", "Macy's");
// a person's possessive stays the person's.
TEST(Entities, PossessiveFirmNamesKeepTheirS) {
  EXPECT_THAT(Typed("Underwriters at Lloyd's met buyers from Macy's."),
              ::testing::ElementsAre("ORG Lloyd's", "ORG Macy's"));
  EXPECT_THAT(Typed("Mr Lloyd's speech was long."),
              ::testing::ElementsAre("PERSON Lloyd"));
}

// Offices written before a name are titles: "Administrator" after an
// agency's acronym, "Coroner" opening a sentence.
TEST(Entities, OfficeTitlesBeforeNames) {
  EXPECT_THAT(
      Typed("Coroner Edith Marlow opened the inquest, and TSA Administrator "
            "Omar Feld spoke."),
      ::testing::ElementsAre("PERSON Edith Marlow", "ORG TSA",
                             "PERSON Omar Feld"));
}

// A portfolio's word after a body's "of" ends the body's name, not a title
// after it ("Department of Energy Secretary"); an adjective ("Deputy")
// still opens the title.
TEST(Entities, PortfolioAfterOfEndsTheBodyBeforeATitle) {
  EXPECT_THAT(Typed("Department of Energy Secretary Jon Arkwright said no."),
              ::testing::ElementsAre("ORG Department of Energy",
                                     "PERSON Jon Arkwright"));
  EXPECT_THAT(
      Typed("The Ministry of Energy Deputy Minister Ruth Abara said no."),
      ::testing::ElementsAre("ORG Ministry of Energy", "PERSON Ruth Abara"));
}

// A titled person's name ends at "of": the party after it is a name of its
// own, though the title's modifier is also a body's head ("Energy").
TEST(Entities, TitledPersonOfAParty) {
  EXPECT_THAT(
      Typed("Energy Minister Tomas Ekdahl of the Centre Party said no."),
      ::testing::ElementsAre("PERSON Tomas Ekdahl", "ORG Centre Party"));
}

// A place the gazetteer spells without diacritics is found as the text
// spells it, in a dateline's capitals too.
TEST(Entities, PlacesMatchWithoutDiacritics) {
  EXPECT_THAT(Typed("BOGOTÁ - Bogotá is calm, and so is Goias."),
              ::testing::ElementsAre("GPE BOGOTÁ", "GPE Bogotá", "GPE Goias"));
}

// An unknown name before ", east of ..." or ", just north of ..." is a
// place.
TEST(Entities, CompassAppositiveMakesAPlace) {
  EXPECT_THAT(Typed("Troops fell back to Varnitsa, east of the river."),
              ::testing::ElementsAre("GPE Varnitsa"));
  EXPECT_THAT(Typed("Troops fell back to Varnitsa, just north of Lendova."),
              ::testing::ElementsAre("GPE Varnitsa", "GPE Lendova"));
}

// A word that labels the number after it ("Flight 212", "Unit 3") ends the
// name before it and names nothing.
TEST(Entities, NumberLabelEndsTheNameBeforeIt) {
  EXPECT_THAT(Typed("The crash of Nordair Airlines Flight 212 killed nine."),
              ::testing::ElementsAre("ORG Nordair Airlines"));
}

// Welsh "ap" and Spanish "de las" / "de los" join a person's name like
// "de" and "van".
TEST(Entities, MoreNameParticles) {
  EXPECT_THAT(
      Typed("Councillor Rhodri ap Gwilym and Beatriz de las Casas spoke."),
      ::testing::ElementsAre("PERSON Rhodri ap Gwilym",
                             "PERSON Beatriz de las Casas"));
}

// An innings' batsmen and bowlers in brackets after a score are players,
// their one-word names surnames.
TEST(Entities, InningsBracketNamesPlayers) {
  EXPECT_THAT(
      Typed("Kent 266 all out (Ashby 87, Greer 54 not out; Pollard 3-44)."),
      ::testing::ElementsAre("ORG Kent", "PERSON Ashby", "PERSON Greer",
                             "PERSON Pollard"));
}

// A portfolio after "for the" is the title's, as after "for": no body,
// and the name after it is the minister's.
TEST(Entities, PortfolioAfterForThe) {
  EXPECT_THAT(
      Typed(
          "Secretary of State for the Economy Maria Valcarce told reporters."),
      ::testing::ElementsAre("PERSON Maria Valcarce"));
  EXPECT_THAT(Typed("The Minister for the Environment said no."),
              ::testing::IsEmpty());
}

// A plural common noun opening a sentence ("Leaders", "Hosts") is no part
// of the club's name after it.
TEST(Entities, PluralRoleNounBeforeAClub) {
  EXPECT_THAT(Typed("Leaders Orlando Pirates kept a four-point lead."),
              ::testing::ElementsAre("ORG Orlando Pirates"));
}

// A known name before a compound's hyphen and an adjective's suffix is the
// name, typed as the lexicon types it, without the suffix; a run right
// before may hold its first words. An unknown part names nothing.
TEST(Entities, KnownNameInsideACompound) {
  EXPECT_THAT(Typed("A NATO-led mission escorted an Iran-backed convoy."),
              ::testing::ElementsAre("ORG NATO", "GPE Iran"));
  EXPECT_THAT(Typed("Staff at the Nasdaq-listed group and a Fianna Fail-led "
                    "council objected."),
              ::testing::ElementsAre("ORG Nasdaq", "ORG Fianna Fail"));
  EXPECT_THAT(Typed("The Brekkevik-led talks ended."), ::testing::IsEmpty());
}

// A place list after "in" may end in "and" and a count of places: its
// unknown items are places too.
TEST(Entities, PlaceListEndingInACount) {
  EXPECT_THAT(Typed("Rallies were held in Tarnow, Kestrovac and nine other "
                    "towns on Sunday."),
              ::testing::ElementsAre("GPE Tarnow", "GPE Kestrovac"));
}

// An abbreviation only a number follows ("No. 1") labels the number: it
// ends the name before it and names nothing itself.
TEST(Entities, NumberAbbreviationEndsTheName) {
  EXPECT_THAT(Typed("World No. 4 Ilse Brandvold lost in Perth."),
              ::testing::ElementsAre("PERSON Ilse Brandvold", "GPE Perth"));
}

// A town alone names the club the text named by it, also after an
// earlier mention of the town itself (a dateline, "Denver fans").
TEST(Entities, TownNamesItsClubAfterADateline) {
  EXPECT_THAT(Typed("DENVER (AP) - The Denver Broncos beat the Seattle "
                    "Seahawks 20-17 on Sunday. Denver coach Al Brandt was "
                    "pleased."),
              ::testing::ElementsAre(
                  "GPE DENVER", "ORG AP", "ORG Denver Broncos",
                  "ORG Seattle Seahawks", "ORG Denver", "PERSON Al Brandt"));
}

// A plural noun for people after a known place goes on into the body's
// name when its apostrophe leads to a head.
TEST(Entities, PlaceThenPluralApostropheAndHead) {
  EXPECT_THAT(Typed("The Manitoba Farmers' Union met on Friday."),
              ::testing::ElementsAre("ORG Manitoba Farmers' Union"));
}

// "of" and an unknown name after a legislator name the member's town; after
// another person, a firm.
TEST(Entities, LegislatorOfTown) {
  EXPECT_THAT(Typed("State Sen. Carla Voss of Brenhamton backed the bill, "
                    "and Jan Mol of Kestrelwood opposed it."),
              ::testing::ElementsAre("PERSON Carla Voss", "GPE Brenhamton",
                                     "PERSON Jan Mol", "ORG Kestrelwood"));
}

// A title, a given name and a head that is also a surname ("Lake", "Park")
// name a person, not a place.
TEST(Entities, TitleGivenNameAndSurnameHead) {
  EXPECT_THAT(Typed("Reporters waited for Senator Mary Lake on Monday."),
              ::testing::ElementsAre("PERSON Mary Lake"));
}

// Malaysian honorifics stay out of the person's span.
TEST(Entities, MalaysianHonorifics) {
  EXPECT_THAT(
      Typed("Tan Sri Hamdan bin Yusof met Datuk Seri Lim Kok Wai."),
      ::testing::ElementsAre("PERSON Hamdan bin Yusof", "PERSON Lim Kok Wai"));
}

// "Rev" and "Fr" without their stop are honorifics too; "Superintendency"
// heads a body.
TEST(Entities, StoplessClergyTitlesAndSuperintendency) {
  EXPECT_THAT(Typed("The Rev Alan Pettifer thanked the Superintendency of "
                    "Ports."),
              ::testing::ElementsAre("PERSON Alan Pettifer",
                                     "ORG Superintendency of Ports"));
}

// A broadcaster named with "Channel" is an outlet the lexicon names; a
// sea's channel is a gazetteer name (and "Channel" a water channel's head:
// ChannelAndTerminalHeads).
TEST(Entities, ChannelHeadsABroadcaster) {
  EXPECT_THAT(
      Typed("The Discovery Channel filmed ships in the Bristol "
            "Channel."),
      ::testing::ElementsAre("ORG Discovery Channel", "LOC Bristol Channel"));
}

// A saint's "St" opening a name heads no street: "St" and one word name a
// place; with an 's after, a ground or a church keeps the site's reading.
TEST(Entities, SaintOpensAPlaceNotAStreet) {
  EXPECT_THAT(Typed("Grain barges reached St Louis on Friday."),
              ::testing::ElementsAre("GPE St Louis"));
  EXPECT_THAT(Typed("Traffic on Baker St was heavy."),
              ::testing::ElementsAre("FAC Baker St"));
}

// Common nouns that open table rows and filing lists name nothing.
TEST(Entities, TableRowNounsAndMonthAbbreviations) {
  EXPECT_THAT(Typed("Kestrel Mining Corp - Offering of 2 mln shares.\n"
                    "Production 1,018 1,230\nExports 450 395\n"
                    "Jun 13.0, Jul 7.0, Sep 2.1"),
              ::testing::ElementsAre("ORG Kestrel Mining Corp"));
}

// A church's noun after an unknown name makes it a site.
TEST(Entities, ChapelAndBasilicaAfterANameMakeASite) {
  EXPECT_THAT(Typed("Riders climbed to the Madonna del Brollo chapel."),
              ::testing::ElementsAre("FAC Madonna del Brollo"));
}

// Heads of sites and landforms: shipyards, castles, campuses, colliders,
// cemeteries, barracks, racecourses, mines, French and German halls and
// squares (FAC); plains, estuaries and firths (LOC).
TEST(Entities, SiteAndLandformHeads) {
  EXPECT_THAT(Typed("Welders at the Brackwater Naval Shipyard walked out."),
              ::testing::ElementsAre("FAC Brackwater Naval Shipyard"));
  EXPECT_THAT(Typed("Drilling resumed at the Tallowmere Mine last week."),
              ::testing::ElementsAre("FAC Tallowmere Mine"));
  EXPECT_THAT(Typed("The concert moved to Dunmorrow Castle in June."),
              ::testing::ElementsAre("FAC Dunmorrow Castle"));
  EXPECT_THAT(Typed("Jurors visited the Palais des Sports on Friday."),
              ::testing::ElementsAre("FAC Palais des Sports"));
  EXPECT_THAT(
      Typed("Rain fell across the Korvath Plain and the Selwin "
            "Estuary."),
      ::testing::ElementsAre("LOC Korvath Plain", "LOC Selwin Estuary"));
  // (A head that is also a surname: after a given name, the person.)
  EXPECT_THAT(
      Typed("The award went to Colin Firth and Ada Castle."),
      ::testing::ElementsAre("PERSON Colin Firth", "PERSON Ada Castle"));
}

// A middle initial between a given name and a head that is also a surname
// keeps the person ("James C. Hall"); a surname between them names the
// place ("George Washington Bridge").
TEST(Entities, MiddleInitialBeforeASurnameHead) {
  EXPECT_THAT(Typed("Talmont said James C. Hall would be its chief."),
              ::testing::Contains("PERSON James C. Hall"));
  EXPECT_THAT(Typed("Talmont said Ruth B. Lake would be its chief."),
              ::testing::Contains("PERSON Ruth B. Lake"));
  EXPECT_THAT(Typed("Traffic stopped on the George Washington Bridge."),
              ::testing::ElementsAre("FAC George Washington Bridge"));
}

// A prosecutor's title named by its area ("District Attorney", "State
// Attorney") or "Attorney" alone stays out of the person's span; a country
// before it is a place ("U.S. Attorney").
TEST(Entities, AttorneyTitles) {
  EXPECT_THAT(Typed("District Attorney Noreen Vasko said the case was closed."),
              ::testing::ElementsAre("PERSON Noreen Vasko"));
  EXPECT_THAT(Typed("State Attorney Noreen Vasko said the case was closed."),
              ::testing::ElementsAre("PERSON Noreen Vasko"));
  EXPECT_THAT(Typed("U.S. Attorney Noreen Vasko said the case was closed."),
              ::testing::ElementsAre("GPE U.S.", "PERSON Noreen Vasko"));
  EXPECT_THAT(Typed("Attorney Noreen Vasko said the case was closed."),
              ::testing::ElementsAre("PERSON Noreen Vasko"));
  EXPECT_THAT(Typed("The Attorney General said the case was closed."),
              ::testing::IsEmpty());
}

// A later mention of a person takes in the lower-case particles before it
// that the first mention has before the same surname.
TEST(Entities, ParticlesBeforeALaterSurname) {
  EXPECT_THAT(Typed("Mario de la Calzada won. Next, he meets de la "
                    "Calzada in Lyon."),
              ::testing::ElementsAre("PERSON Mario de la Calzada",
                                     "PERSON de la Calzada", "GPE Lyon"));
  EXPECT_THAT(
      Typed("Rita dos Anjos won. But dos Anjos said she was tired."),
      ::testing::ElementsAre("PERSON Rita dos Anjos", "PERSON dos Anjos"));
}

// A legislator's lower-case title before a name makes it a person's, also
// a long one holding particles ("congressman Hernan de la X" had been a
// firm by its length).
TEST(Entities, LowerCaseLegislatorTitles) {
  EXPECT_THAT(Typed("Opposition congressman Tadeo de la Brunela Sarmiento "
                    "said the plan would fail."),
              ::testing::ElementsAre("PERSON Tadeo de la Brunela Sarmiento"));
  EXPECT_THAT(Typed("The plan was opposed by lawmaker Tadeo de la Brunela."),
              ::testing::ElementsAre("PERSON Tadeo de la Brunela"));
}

// An office's words between a head title and an officer's head stay in the
// title ("Chief Electoral Officer", "Chief Nursing Officer").
TEST(Entities, OfficeWordsInsideATitle) {
  EXPECT_THAT(Typed("Chief Electoral Officer Marta Velo-Ruiz said turnout "
                    "was high."),
              ::testing::ElementsAre("PERSON Marta Velo-Ruiz"));
  EXPECT_THAT(Typed("Chief Nursing Officer Marta Velo said so."),
              ::testing::ElementsAre("PERSON Marta Velo"));
}

// A portfolio after a title and "of" or "for", "the" allowed, stays in the
// title before a given name and the person; a portfolio that is a known
// name or an acronym is named too.
TEST(Entities, PortfolioWithTheBeforeAPerson) {
  EXPECT_THAT(Typed("Minister for the Environment Lucia Ferreyra said so."),
              ::testing::ElementsAre("PERSON Lucia Ferreyra"));
  EXPECT_THAT(Typed("Minister for Tourism Lucia Ferreyra said so."),
              ::testing::ElementsAre("PERSON Lucia Ferreyra"));
  EXPECT_THAT(Typed("Chairman of the KWA Tomas Orrell said so."),
              ::testing::ElementsAre("ORG KWA", "PERSON Tomas Orrell"));
  EXPECT_THAT(Typed("The team was led by director for Africa Tomas Orrell."),
              ::testing::ElementsAre("LOC Africa", "PERSON Tomas Orrell"));
}

// Place contexts: "villagers of", "roads into", "both from", "contest from",
// "neighbouring" before an unknown one-word name make it a place.
TEST(Entities, MorePlaceContexts) {
  EXPECT_THAT(Typed("Police closed the roads into Tarrowby on Sunday."),
              ::testing::ElementsAre("GPE Tarrowby"));
  EXPECT_THAT(Typed("Ann Roe and Ben Doe, both from Tarrowby, were fined."),
              ::testing::ElementsAre("PERSON Ann Roe", "PERSON Ben Doe",
                                     "GPE Tarrowby"));
  EXPECT_THAT(Typed("Rain also fell in neighbouring Tarrowby."),
              ::testing::ElementsAre("GPE Tarrowby"));
  EXPECT_THAT(Typed("She will contest from Tarrowby again."),
              ::testing::ElementsAre("GPE Tarrowby"));
}

// A venue's word before "Centre" or "Center" ending a name makes it a site
// ("Space", "Medical", "Convention", "Leisure"); other centres are bodies.
// Showgrounds, fairgrounds and synagogues are sites by their heads.
TEST(Entities, VenueCentresAreSites) {
  EXPECT_THAT(Typed("She was taken to Brackwell Medical Center on Friday."),
              ::testing::ElementsAre("FAC Brackwell Medical Center"));
  EXPECT_THAT(Typed("The fair moved to the Tarrow Convention Centre."),
              ::testing::ElementsAre("FAC Tarrow Convention Centre"));
  EXPECT_THAT(Typed("The Tarrow Research Centre said so."),
              ::testing::ElementsAre("ORG Tarrow Research Centre"));
  EXPECT_THAT(Typed("The Tarrow Centre for Policy Studies said so."),
              ::testing::ElementsAre("ORG Tarrow Centre for Policy Studies"));
  EXPECT_THAT(Typed("The Tarrow Fitness Centres group was sold."),
              ::testing::ElementsAre("ORG Tarrow Fitness Centres"));
  EXPECT_THAT(Typed("Families slept at the Tarrow Showground and the "
                    "Brackwell Synagogue."),
              ::testing::ElementsAre("FAC Tarrow Showground",
                                     "FAC Brackwell Synagogue"));
}

// "and" joins no two places into one name by a place's head ("Aurora and
// Commerce City" are two), and a one-word name before a place a place's
// head ends is a place too.
TEST(Entities, PlacesJoinedByAndStayTwo) {
  EXPECT_THAT(Typed("Snow fell on Tarrowby and Harrison County."),
              ::testing::ElementsAre("GPE Tarrowby", "GPE Harrison County"));
  EXPECT_THAT(Typed("Shootings rose in Englewood and Little Village."),
              ::testing::ElementsAre("GPE Englewood", "GPE Little Village"));
  EXPECT_THAT(Typed("The Savings and Loan Association said so."),
              ::testing::ElementsAre("ORG Savings and Loan Association"));
}

// After a place's context word, a name ending in a known place's name is a
// place ("near New Albany"), and more contexts: "suburbs such as",
// "reach", "<people> from".
TEST(Entities, PlaceContextsBeforeLongerPlaces) {
  EXPECT_THAT(Typed("Jobs at the plant near New Albany were lost."),
              ::testing::ElementsAre("GPE New Albany"));
  EXPECT_THAT(Typed("Families moved to suburbs such as Tarrowby and "
                    "Brackwell."),
              ::testing::ElementsAre("GPE Tarrowby", "GPE Brackwell"));
  EXPECT_THAT(Typed("Crews would reach Tarrowby on Monday."),
              ::testing::ElementsAre("GPE Tarrowby"));
  EXPECT_THAT(Typed("Pilgrims from Tarrowby arrived."),
              ::testing::ElementsAre("GPE Tarrowby"));
}

// "Parish" and "Beach" head places; "Councilmember", "Ald." and "Cllr" are
// titles.
TEST(Entities, ParishBeachAndCouncilTitles) {
  EXPECT_THAT(Typed("Tarrow Parish officials said so."),
              ::testing::ElementsAre("GPE Tarrow Parish"));
  EXPECT_THAT(Typed("They went to Tarrow Beach."),
              ::testing::ElementsAre("GPE Tarrow Beach"));
  EXPECT_THAT(Typed("Councilmember Teodora Zandt said so."),
              ::testing::ElementsAre("PERSON Teodora Zandt"));
  EXPECT_THAT(Typed("Ald. Tomas Villasenor said so."),
              ::testing::ElementsAre("PERSON Tomas Villasenor"));
  // ("AI" heads a firm's name; alone it names nothing.)
  EXPECT_THAT(Typed("Tarrow AI raised money, and AI firms grew fast."),
              ::testing::ElementsAre("ORG Tarrow AI"));
  // ("Transit" heads a transit agency.)
  EXPECT_THAT(Typed("Tarrow Transit said the line would open."),
              ::testing::ElementsAre("ORG Tarrow Transit"));
}

// "of" after a given name and a head that is also a surname (Hall, Lake,
// Park) joins no body's name to the person.
TEST(Entities, SurnameHeadBeforeOfStaysAPerson) {
  EXPECT_THAT(Typed("Amy Hall of Tarrow Police said so."),
              ::testing::ElementsAre("PERSON Amy Hall", "ORG Tarrow Police"));
  EXPECT_THAT(
      Typed("Professor Ann Lake of the Tarrow Institute said so."),
      ::testing::ElementsAre("PERSON Ann Lake", "ORG Tarrow Institute"));
  EXPECT_THAT(Typed("The Tarrow Hall of Fame opened."),
              ::testing::ElementsAre("FAC Tarrow Hall of Fame"));
}

// A bare "at", "from" or "between" before a word no entry knows makes it a
// place by default, not a firm; a phrase context ("analyst at", "figures
// from"), a title before "at", a lower-case noun after the name, a sports
// report or a later mention that is a firm on its own evidence say
// otherwise.
TEST(Entities, BarePrepositionMakesAPlace) {
  EXPECT_THAT(Typed("Ships waited at Velmora for a week."),
              ::testing::ElementsAre("GPE Velmora"));
  EXPECT_THAT(Typed("Buses run from Velmora to Dunkarra every hour."),
              ::testing::ElementsAre("GPE Velmora", "GPE Dunkarra"));
  EXPECT_THAT(Typed("The road between Velmora and Dunkarra was shut."),
              ::testing::ElementsAre("GPE Velmora", "GPE Dunkarra"));
  EXPECT_THAT(Typed("Ann Roe, an analyst at Velmora, said so."),
              ::testing::ElementsAre("PERSON Ann Roe", "ORG Velmora"));
  EXPECT_THAT(Typed("Figures from Velmora showed a fall."),
              ::testing::ElementsAre("ORG Velmora"));
  // (Nor does that phrase make an appositive a body's.)
  EXPECT_THAT(Typed("It is good, said Suhal Narrick, an analyst from Velmora."),
              ::testing::ElementsAre("PERSON Suhal Narrick", "ORG Velmora"));
  EXPECT_THAT(Typed("Ann Roe, vice president at Velmora, said so."),
              ::testing::ElementsAre("PERSON Ann Roe", "ORG Velmora"));
  EXPECT_THAT(Typed("He took advice from Velmora officials."),
              ::testing::ElementsAre("ORG Velmora"));
  EXPECT_THAT(
      Typed("An order came from Velmora on Monday. Velmora said it would buy "
            "more."),
      ::testing::ElementsAre("ORG Velmora", "ORG Velmora"));
}

// A site's or natural feature's noun after a name (pipeline, canal, tunnel,
// formation, crater, rivers) types it; in the plural it types both names
// of "X and Y" before it (a singular one only the second's).
TEST(Entities, SiteNounAfterNamesJoinedByAnd) {
  EXPECT_THAT(Typed("Rebels bombed the Velmora pipeline again."),
              ::testing::ElementsAre("FAC Velmora"));
  EXPECT_THAT(Typed("Gas came from the Dunkarra formation."),
              ::testing::ElementsAre("LOC Dunkarra"));
  EXPECT_THAT(Typed("Dredging along the Velmora and Dunkarra rivers grew."),
              ::testing::ElementsAre("LOC Velmora", "LOC Dunkarra"));
  EXPECT_THAT(Typed("Bids for the Velmora and Dunkarra mines closed."),
              ::testing::ElementsAre("FAC Velmora", "FAC Dunkarra"));
  EXPECT_THAT(
      Typed("Remarks by board member Ann Roe and Leeds city officials."),
      ::testing::ElementsAre("PERSON Ann Roe", "GPE Leeds"));
}

// A one-word name no rule types, shaped as a town's ("-abad", "-ganj",
// "-ville") is a place, as a venue's or a street's compound ("-stadion",
// "-halle", "-strasse", "-platz") a site; a firm still on its own evidence.
TEST(Entities, TownAndVenueShapes) {
  EXPECT_THAT(Typed("Floods hit Tarvikabad on Monday."),
              ::testing::ElementsAre("GPE Tarvikabad"));
  EXPECT_THAT(Typed("Crowds filled the Tarvikstadion for the final."),
              ::testing::ElementsAre("FAC Tarvikstadion"));
  // (So a street's or a square's: "-strasse", "-platz", "-gracht".)
  EXPECT_THAT(Typed("Police closed the Velmorastrasse on Monday."),
              ::testing::ElementsAre("FAC Velmorastrasse"));
  EXPECT_THAT(Typed("Bankers on Dunkarraplatz were worried."),
              ::testing::ElementsAre("FAC Dunkarraplatz"));
  EXPECT_THAT(Typed("Shares of Tarvikabad fell."),
              ::testing::ElementsAre("ORG Tarvikabad"));
  // (A name of unknown words that a place's opener opens, entity_word
  // in=place_opener, is a place: San, Jalan, Jebel.)
  EXPECT_THAT(Typed("Ships came from San Velmora on Monday."),
              ::testing::ElementsAre("GPE San Velmora"));
  EXPECT_THAT(Typed("Students marched down Jalan Dunkarra."),
              ::testing::ElementsAre("GPE Jalan Dunkarra"));
}

// A road's name of several words keeps its number ("State Highway 2"); a
// prison's "Correctional Centre", a "Stadion" and a "Capitol" are sites.
TEST(Entities, NumberedRoadsPrisonsAndCapitols) {
  EXPECT_THAT(Typed("Police closed State Highway 4 near Velmora."),
              ::testing::ElementsAre("FAC State Highway 4", "GPE Velmora"));
  EXPECT_THAT(Typed("He was held at the Velmora Correctional Centre."),
              ::testing::ElementsAre("FAC Velmora Correctional Centre"));
  EXPECT_THAT(Typed("Fans filled the Velmora Stadion."),
              ::testing::ElementsAre("FAC Velmora Stadion"));
  EXPECT_THAT(Typed("Crowds gathered at the Dunkarra State Capitol."),
              ::testing::ElementsAre("FAC Dunkarra State Capitol"));
  // (Indigenous and ethnic peoples named bare are in the NORP gazetteer.)
  EXPECT_THAT(
      Typed("Ojibwe and Mapuche leaders met in Velmora."),
      ::testing::ElementsAre("NORP Ojibwe", "NORP Mapuche", "GPE Velmora"));
  // (Fairs, shows and regattas are events.)
  EXPECT_THAT(Typed("Carmakers met at the Velmora Motor Show."),
              ::testing::ElementsAre("EVENT Velmora Motor Show"));
  EXPECT_THAT(Typed("Rowers raced at the Dunkarra Regatta."),
              ::testing::ElementsAre("EVENT Dunkarra Regatta"));
  // (Seats of government and landmarks named bare are in the gazetteer.)
  EXPECT_THAT(Typed("The march ended outside the Binnenhof on Friday."),
              ::testing::ElementsAre("FAC Binnenhof"));
}

// After a body's head and "and", a capitalized common word (General,
// Licensing) and more name words ending in a body's head go on with the one
// body; a second body of the same kind, a state body or a name opening with
// a name word of its own stays apart.
TEST(Entities, CommonWordAfterAndContinuesABody) {
  EXPECT_THAT(Typed("The Velmora Transport and General Workers Union said so."),
              ::testing::ElementsAre(
                  "ORG Velmora Transport and General Workers Union"));
  EXPECT_THAT(Typed("The Velmora Rubber Exchange and Licensing Board said so."),
              ::testing::ElementsAre(
                  "ORG Velmora Rubber Exchange and Licensing Board"));
  EXPECT_THAT(Typed("Tarvik Bank and Dunkarra Bank said so."),
              ::testing::ElementsAre("ORG Tarvik Bank", "ORG Dunkarra Bank"));
  EXPECT_THAT(Typed("The Tarvik Bank and Regional Development Bank met."),
              ::testing::ElementsAre("ORG Tarvik Bank",
                                     "ORG Regional Development Bank"));
  // (So a list of one-word items, heads too, after "the" and a people's
  // name or none.)
  EXPECT_THAT(
      Typed("The Construction, Mining and Energy Union said so."),
      ::testing::ElementsAre("ORG Construction, Mining and Energy Union"));
  EXPECT_THAT(
      Typed("The Kenyan Seed, Grain and Fertiliser Board said so."),
      ::testing::ElementsAre("ORG Kenyan Seed, Grain and Fertiliser Board"));
}

// Heads in other languages open a firm's name ("Minera", "Editions",
// "Caisse") and legal forms end one ("Ltda", "SARL").
TEST(Entities, ForeignHeadsAndLegalForms) {
  EXPECT_THAT(Typed("Minera Velmora Ltda said output rose."),
              ::testing::ElementsAre("ORG Minera Velmora Ltda"));
  EXPECT_THAT(Typed("The novel came out from Dunkarra Editions."),
              ::testing::ElementsAre("ORG Dunkarra Editions"));
  // (A body's adjective with a hyphen stays in the name, no compound
  // adjective's: "Co-operative".)
  EXPECT_THAT(Typed("The Velmora Co-operative Bank said so."),
              ::testing::ElementsAre("ORG Velmora Co-operative Bank"));
}

// After a title and "of" or "for", a known place and two or three words no
// entry, head or capitals mark: the place and the person, even when the
// given name is none the lexicon knows.
TEST(Entities, TitleOfAPlaceBeforeAnUnknownGivenName) {
  EXPECT_THAT(
      Typed("Lord Mayor of Leeds Oriel Tamsworth said the city was ready."),
      ::testing::ElementsAre("GPE Leeds", "PERSON Oriel Tamsworth"));
  EXPECT_THAT(Typed("The general manager for Canada Hiroki Tamsworth said so."),
              ::testing::ElementsAre("GPE Canada", "PERSON Hiroki Tamsworth"));
}

// A place noun's plural before "including" or "such as", comma or none,
// and "in nearby", "of nearby" or "heart of" before a name: places, not
// firms, though no entry knows the names.
TEST(Entities, PlaceNounListsAndNearbyMakePlaces) {
  EXPECT_THAT(Typed("The party carried six cantons, including Velmora and "
                    "Dunkarra."),
              ::testing::ElementsAre("GPE Velmora", "GPE Dunkarra"));
  EXPECT_THAT(
      Typed("Storms hit districts including Tarvik, Velmora and "
            "Dunkarra."),
      ::testing::ElementsAre("GPE Tarvik", "GPE Velmora", "GPE Dunkarra"));
  EXPECT_THAT(Typed("Residents of nearby Tarvik asked for a meeting."),
              ::testing::ElementsAre("GPE Tarvik"));
  EXPECT_THAT(Typed("The fire spread to nearby Velmora overnight."),
              ::testing::ElementsAre("GPE Velmora"));
  // (Not a bare "nearby" before a site's noun: the fields stay unknown.)
  EXPECT_THAT(Typed("The nearby Velmora and Tarvik fields were shut."),
              ::testing::Not(::testing::Contains("GPE Velmora")));
}

// A site's or a natural feature's word in another language opening a name
// of unknown words types it (entity_word in=site_opener, land_opener), as
// "San" or "Jalan" make a place.
TEST(Entities, SiteAndLandOpenersTypeUnknownNames) {
  EXPECT_THAT(Typed("Crowds filled the Plaza de Velmora on Sunday."),
              ::testing::ElementsAre("FAC Plaza de Velmora"));
  EXPECT_THAT(Typed("The hotel on Rue Tarvik was shut."),
              ::testing::ElementsAre("FAC Rue Tarvik"));
  EXPECT_THAT(Typed("The new telescope on Cerro Dunkarra is the largest."),
              ::testing::ElementsAre("LOC Cerro Dunkarra"));
  EXPECT_THAT(Typed("Lithium from the Salar de Velmora is prized."),
              ::testing::ElementsAre("LOC Salar de Velmora"));
  EXPECT_THAT(Typed("Shells hit Beit Tarvik overnight."),
              ::testing::ElementsAre("GPE Beit Tarvik"));
  // (At any length: "Circuit", "Plaza" open four-word names too.)
  EXPECT_THAT(Typed("The race at the Circuit de la Velmora began."),
              ::testing::ElementsAre("FAC Circuit de la Velmora"));
  // (A reservoir's head ends a natural feature's name, as a lake's does.)
  EXPECT_THAT(Typed("Water levels at the Velmora Reservoir fell."),
              ::testing::ElementsAre("LOC Velmora Reservoir"));
  // (A courthouse's head ends a site's name, a person's name inside it.)
  EXPECT_THAT(Typed("Lawyers met at the Grace Tarvik Federal Courthouse."),
              ::testing::ElementsAre("FAC Grace Tarvik Federal Courthouse"));
}

// Canadian provinces abbreviated after a town, as US states are ("Lytton,
// B.C.", "Caledon, Ont."); not an era after a year ("300 B.C.").
TEST(Entities, ProvinceAbbreviationsAfterATown) {
  EXPECT_THAT(Typed("The fire reached Velmora, B.C., on Tuesday."),
              ::testing::ElementsAre("GPE Velmora", "GPE B.C."));
  EXPECT_THAT(Typed("The councils in Tarvik, Ont., and Dunkarra, Que., met."),
              ::testing::ElementsAre("GPE Tarvik", "GPE Ont.", "GPE Dunkarra",
                                     "GPE Que."));
  EXPECT_THAT(Typed("The fort at Velmora was built in 300 B.C. by traders."),
              ::testing::ElementsAre("GPE Velmora"));
}

// A body's branch numbered after its name is part of it ("Local 727",
// entity_word in=branch_word); a partnership's name with commas keeps the
// legal form that ends it.
TEST(Entities, BranchNumbersAndPartnershipsWithLegalForms) {
  EXPECT_THAT(Typed("The Velmora Transit Union Local 583 rejected the offer."),
              ::testing::ElementsAre("ORG Velmora Transit Union Local 583"));
  EXPECT_THAT(Typed("Members of Tarvik Lodge 1432 met on Friday."),
              ::testing::ElementsAre("ORG Tarvik Lodge 1432"));
  EXPECT_THAT(Typed("Lawyers at Tarvik, Velmora & Dunkarra LLP said so."),
              ::testing::ElementsAre("ORG Tarvik, Velmora & Dunkarra LLP"));
}

// A vessel's prefix opens a ship's name, no entity of these types, a
// person's or a place's name after it too (entity_word in=ship_prefix).
TEST(Entities, ShipPrefixesNameNoEntity) {
  EXPECT_THAT(Typed("The destroyer HMS Velmora left Portsmouth."),
              ::testing::ElementsAre("GPE Portsmouth"));
  EXPECT_THAT(Typed("The carrier USS Grace Tarvik sailed on Monday."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("The tanker MV Dunkarra Star ran aground near Tarvik."),
              ::testing::ElementsAre("GPE Tarvik"));
}

// A capitalized role noun opening a sentence opens no name (not_name:
// Regulator, Developer, Owner), as "Lender" does: the firm after it alone.
TEST(Entities, RoleNounsOpenNoName) {
  EXPECT_THAT(Typed("Regulator Velmora said it would act."),
              ::testing::ElementsAre("ORG Velmora"));
  EXPECT_THAT(Typed("Developer Tarvik Homes said the plan was sound."),
              ::testing::ElementsAre("ORG Tarvik Homes"));
}

// A monsignor's title is an honorific; a time adverb after an unknown name
// after "at" leaves it a place ("at Tarvik overnight"), as "on" does; motion
// phrases ("travelled to", "stretching to") open places.
TEST(Entities, HonorificsAdverbsAndMotionPhrasesBeforePlaces) {
  EXPECT_THAT(Typed("Parish rector Msgr. Rufino Velmora led the prayers."),
              ::testing::ElementsAre("PERSON Rufino Velmora"));
  EXPECT_THAT(Typed("The river peaked at Dunkarra overnight."),
              ::testing::ElementsAre("GPE Dunkarra"));
  EXPECT_THAT(Typed("The queue stretching to Tarvik grew."),
              ::testing::ElementsAre("GPE Tarvik"));
}

// A body's "of" goes on over a people's adjective and a plural noun for
// people (alone, the adjective is a NORP), and a committee's "on" joins
// items with "and" as "of" does, after a serial comma too.
TEST(Entities, BodiesGoOnOverPeoplesAdjectivesAndCommitteeLists) {
  EXPECT_THAT(Typed("The Federation of Turkish Teachers called a strike."),
              ::testing::ElementsAre("ORG Federation of Turkish Teachers"));
  EXPECT_THAT(Typed("Turkish Farmers blocked the road."),
              ::testing::ElementsAre("NORP Turkish"));
  EXPECT_THAT(
      Typed("The Tarvik Committee on Fisheries and Coastal Affairs met."),
      ::testing::ElementsAre("ORG Tarvik Committee on Fisheries and Coastal "
                             "Affairs"));
  EXPECT_THAT(
      Typed("The Velmora Committee on Ports, Roads, and Rail Affairs met."),
      ::testing::ElementsAre(
          "ORG Velmora Committee on Ports, Roads, and Rail Affairs"));
}

// A plural place's noun after a list names every item, a comma list with
// or without a serial comma too ("Velmora, Tarvik and Dunkarra counties");
// more subdivisions' nouns (regency, governorate, neighbourhood ...); "of"
// right after a place's name opens a place.
TEST(Entities, PlaceNounsAfterListsAndSubdivisions) {
  EXPECT_THAT(
      Typed("Officials said Velmora, Tarvik and Dunkarra regencies "
            "would vote."),
      ::testing::ElementsAre("GPE Velmora", "GPE Tarvik", "GPE Dunkarra"));
  EXPECT_THAT(
      Typed("Floods hit Velmora, Tarvik, and Dunkarra counties."),
      ::testing::ElementsAre("GPE Velmora", "GPE Tarvik", "GPE Dunkarra"));
  EXPECT_THAT(Typed("Police sealed off the Tarvik neighbourhood."),
              ::testing::ElementsAre("GPE Tarvik"));
  EXPECT_THAT(Typed("The mine sits high in the Andes of Dunkarra."),
              ::testing::ElementsAre("LOC Andes", "GPE Dunkarra"));
  EXPECT_THAT(Typed("Velmora, Tarvik and Dunkarra said the talks failed."),
              ::testing::Not(::testing::Contains("GPE Velmora")));
}

// A title's modifier before a given name is a post's, outside the person
// ("Principal Grace Tarvik"); "Architects" ends a practice's name, "Pank"
// (Estonian) a bank's; regional demonyms are NORP, parties named bare ORG;
// a site's
// foreign opener ("Puerta", "Rua") makes a site; a scoring line's labels
// ("Goals :") name nothing.
TEST(Entities, TitleModifiersPracticesSiteOpenersAndScoringLabels) {
  EXPECT_THAT(Typed("Principal Grace Tarvik said the school would reopen."),
              ::testing::ElementsAre("PERSON Grace Tarvik"));
  EXPECT_THAT(Typed("The hall was designed by Velmora Dunkarra Architects."),
              ::testing::ElementsAre("ORG Velmora Dunkarra Architects"));
  EXPECT_THAT(Typed("Tarvik Pank said inflation would slow."),
              ::testing::ElementsAre("ORG Tarvik Pank"));
  EXPECT_THAT(Typed("Tasmanians and Latino voters backed the Tarvik plan."),
              ::testing::IsSupersetOf({"NORP Tasmanians", "NORP Latino"}));
  EXPECT_THAT(Typed("Barisan Nasional and Pheu Thai leaders met."),
              ::testing::ElementsAre("ORG Barisan Nasional", "ORG Pheu Thai"));
  EXPECT_THAT(Typed("Rappler reported that HarperCollins would appeal."),
              ::testing::ElementsAre("ORG Rappler", "ORG HarperCollins"));
  EXPECT_THAT(Typed("Klarna and Statkraft said profits rose."),
              ::testing::ElementsAre("ORG Klarna", "ORG Statkraft"));
  EXPECT_THAT(Typed("Patients at Tarvik General Infirmary waited."),
              ::testing::ElementsAre("FAC Tarvik General Infirmary"));
  EXPECT_THAT(Typed("Crowds filled the Puerta de Velmora on Sunday."),
              ::testing::ElementsAre("FAC Puerta de Velmora"));
  EXPECT_THAT(Typed("Trains left the Gare de Lyon at noon."),
              ::testing::ElementsAre("FAC Gare de Lyon"));
  EXPECT_THAT(Typed("Riders climbed the Col de la Velmora and the Passo "
                    "dello Tarvik."),
              ::testing::ElementsAre("LOC Col de la Velmora",
                                     "LOC Passo dello Tarvik"));
  EXPECT_THAT(Typed("Chairman Carl-Johan af Velmora said profits rose."),
              ::testing::ElementsAre("PERSON Carl-Johan af Velmora"));
  EXPECT_THAT(
      Typed("Tarvik Rovers 24 ( Tries : Grace Velmora 2 ; Goals : "
            "John Dunkarra 6 ) ."),
      ::testing::ElementsAre("ORG Tarvik Rovers", "PERSON Grace Velmora",
                             "PERSON John Dunkarra"));
}

// A fixture or a scorecard line with "v" (or a semicolon after a score)
// between two sides names teams, known places too ("Victoria 45 for two"),
// in a sports story only ("Tarvik v Dunkarra" alone may be a court case).
TEST(Entities, FixtureAndScorecardLinesNameTeams) {
  const std::string card =
      "CRICKET - STATE SCORES\n"
      "SYDNEY 1996-11-15\n"
      "Close of play scores on Friday:\n"
      "At Adelaide : Victoria 312 ( Grace Velmora 104 ; Dan Tarvik 4-77 ) v "
      "Queensland 45 for two\n"
      "At Hobart : Tasmania 287 ( Ann Dunkarra 92 ; Bo Arrata 3-58 ) ; "
      "Western Australia 201\n";
  EXPECT_THAT(Typed(card),
              ::testing::IsSupersetOf({"ORG Victoria", "ORG Queensland",
                                       "ORG Tasmania", "ORG Western Australia",
                                       "GPE Adelaide", "GPE Hobart"}));
  EXPECT_THAT(Typed("Court ruling\nTarvik v Dunkarra\n"),
              ::testing::Not(::testing::Contains("ORG Tarvik")));
}

// An unknown word and a compass noun in a place's context name a district
// ("results from Tarvik North"); a given name keeps a person ("Gary West").
// So a given name and a head that is also a surname after "in" or "at" name
// the site ("in Victoria Park"), not after "from".
TEST(Entities, UnknownWordAndCompassInPlaceContextNameADistrict) {
  EXPECT_THAT(Typed("Results from Dunkarra North were delayed."),
              ::testing::ElementsAre("GPE Dunkarra North"));
  EXPECT_THAT(Typed("Voters in Velmora South backed the plan."),
              ::testing::ElementsAre("GPE Velmora South"));
  EXPECT_THAT(Typed("A call from Gary West came on Monday."),
              ::testing::ElementsAre("PERSON Gary West"));
  EXPECT_THAT(Typed("The club plans a stadium in Victoria Park."),
              ::testing::ElementsAre("FAC Victoria Park"));
  EXPECT_THAT(Typed("A call from Grace Park came on Monday."),
              ::testing::ElementsAre("PERSON Grace Park"));
}

// A name before its 's and a disease's noun is the eponym's, no entity
// (entity_word in=eponym_noun).
TEST(Entities, DiseaseEponymsNameNothing) {
  EXPECT_THAT(
      Typed("Drugs for Tarvik's disease and Velmora's syndrome failed."),
      ::testing::IsEmpty());
  EXPECT_THAT(Typed("Huntington's disease is rare, Grace Okafor said."),
              ::testing::ElementsAre("PERSON Grace Okafor"));
}

// A prize's head before "for" and a word no entry knows goes on to the
// prize's field; a contest's ("Grand Prix for Tarvik Racing") does not.
TEST(Entities, PrizesKeepTheirFieldContestsNot) {
  EXPECT_THAT(Typed("She won the Velmora Prize for Fiction in June."),
              ::testing::ElementsAre("EVENT Velmora Prize for Fiction"));
  EXPECT_THAT(
      Typed("He won the Hungarian Grand Prix for Williams."),
      ::testing::ElementsAre("EVENT Hungarian Grand Prix", "ORG Williams"));
}

// A demonym naming one person (person=1) before one unknown capitalized
// word: the nationality and the person ("Swede Velmorsson"). In a sports
// report a nationality adjective does the same ("Kenyan Dunkarra won");
// elsewhere the word may be a firm's ("Swedish Tarvikbolaget" stays one
// name).
TEST(Entities, DemonymBeforeOneUnknownWordIsAPerson) {
  EXPECT_THAT(
      Typed("Frenchman Velmorel-Ducasse won the stage on Sunday."),
      ::testing::ElementsAre("NORP Frenchman", "PERSON Velmorel-Ducasse"));
  EXPECT_THAT(
      Typed("Velmora beat Tarvik 3-1 and Ostrava drew 0-0 with Brno. Kenyan "
            "Dunkarrio scored twice and Ghanaian Pellingham-Ode once."),
      ::testing::IsSupersetOf({"NORP Kenyan", "PERSON Dunkarrio",
                               "NORP Ghanaian", "PERSON Pellingham-Ode"}));
  EXPECT_THAT(Typed("Shares in Swedish Tarvikbolaget rose on Monday."),
              ::testing::ElementsAre("ORG Swedish Tarvikbolaget"));
}

// A word shaped as a venue's ("-stadion") is a site in a sports report too.
TEST(Entities, VenueShapeIsASiteInSportsReports) {
  EXPECT_THAT(Typed("Velmora beat Tarvik 2-1 at the Dunkarrastadion on "
                    "Saturday, and Ostrava drew 0-0 with Brno."),
              ::testing::Contains("FAC Dunkarrastadion"));
}

// A one-word name after "from" or "at" before a verb's past tense is a
// place ("a farmworker from Tarvik waited"), as before "said".
TEST(Entities, PlacePrepositionBeforeAPastTenseVerb) {
  EXPECT_THAT(Typed("A retired farmworker from Dunkarrow waited five hours."),
              ::testing::ElementsAre("GPE Dunkarrow"));
  EXPECT_THAT(Typed("Samples taken at Velmoreth showed high levels."),
              ::testing::ElementsAre("GPE Velmoreth"));
}

// "Nation" ends a body's name ("Tarvik First Nation"); an opener before a
// particle keeps its kind of place whatever head ends the name.
TEST(Entities, NationHeadsABodyOpenersKeepTheirKind) {
  EXPECT_THAT(Typed("Velmora First Nation is still waiting on a dike."),
              ::testing::ElementsAre("ORG Velmora First Nation"));
  EXPECT_THAT(Typed("Crowds gathered at the Place de la Nation on Sunday."),
              ::testing::ElementsAre("FAC Place de la Nation"));
}

// A sentence's first word shaped as an agent's noun ("Dealer", "Trustee")
// before two capitalized words no entry knows describes the person.
TEST(Entities, RoleNounBeforeTwoUnknownWordsDescribesAPerson) {
  EXPECT_THAT(Typed("Dealer Tarvo Dunkarrsen said prices rose."),
              ::testing::ElementsAre("PERSON Tarvo Dunkarrsen"));
  EXPECT_THAT(Typed("Trustee Velmo Ostrakis said six bids came in."),
              ::testing::ElementsAre("PERSON Velmo Ostrakis"));
  EXPECT_THAT(Typed("Glaciologist Arne Tarvikson said the ice was thin."),
              ::testing::ElementsAre("PERSON Arne Tarvikson"));
  EXPECT_THAT(Typed("Delegate Jean-Marc Dunkarrois voted no."),
              ::testing::ElementsAre("PERSON Jean-Marc Dunkarrois"));
}

// A legal form's abbreviation keeps its stop also where it ends a
// sentence (CoNLL's token keeps it: "Inc." then the sentence's own "."),
// and so do initials ("L.P.").
TEST(Entities, SentenceFinalLegalFormKeepsItsStop) {
  EXPECT_THAT(
      Typed("Shares went to Tarvik Holdings Inc. The rest went to Velmora "
            "Corp. on Monday and to Dunkarra Partners L.P. Nothing changed."),
      ::testing::ElementsAre("ORG Tarvik Holdings Inc.", "ORG Velmora Corp.",
                             "ORG Dunkarra Partners L.P."));
}

// A law firm's partners may include a surname the lexicon lists as a
// public figure's.
TEST(Entities, LawFirmPartnersMayIncludeAListedSurname) {
  EXPECT_THAT(
      Typed("The bank hired Dunkarra, Yeltsin, Velmo & Ostrander LLP "
            "on Monday."),
      ::testing::ElementsAre("ORG Dunkarra, Yeltsin, Velmo & Ostrander LLP"));
}

// A body's "for the" or "of the" goes on over an ordinal in figures.
TEST(Entities, BodyGoesOnOverAnOrdinalAfterForThe) {
  EXPECT_THAT(Typed("She appealed to the Velmora Court of Appeals for the 7th "
                    "Circuit on Monday."),
              ::testing::ElementsAre(
                  "ORG Velmora Court of Appeals for the 7th Circuit"));
}

// A plural place noun and "of" ("the cantons of", "mayors of") opens a
// list of places.
TEST(Entities, PluralPlaceNounOfOpensAListOfPlaces) {
  EXPECT_THAT(
      Typed("Voters in the cantons of Dunkarra, Velmo and Tarvik "
            "said no."),
      ::testing::ElementsAre("GPE Dunkarra", "GPE Velmo", "GPE Tarvik"));
  EXPECT_THAT(Typed("The mayors of Ostrava and Velmora met on Monday."),
              ::testing::ElementsAre("GPE Ostrava", "GPE Velmora"));
}

// A noun for a kind of firm right before a name no given name opens
// ("internet provider", "housing association", "represented by") makes it
// an organization; an appositive's noun before "of" is a person's (", a
// board member of the industry association").
TEST(Entities, FirmNounsBeforeANameAndAppositivesBeforeOf) {
  EXPECT_THAT(Typed("It bought internet provider Velmora Fibre on Monday."),
              ::testing::ElementsAre("ORG Velmora Fibre"));
  EXPECT_THAT(Typed("The claimants, represented by Tarvik Dunmore, lost."),
              ::testing::ElementsAre("ORG Tarvik Dunmore"));
  EXPECT_THAT(Typed("Josef Tarvikson, a board member of the industry "
                    "association, said sales fell."),
              ::testing::ElementsAre("PERSON Josef Tarvikson"));
}

// An ordinal in figures before a body ending in its head is part of its
// name ("the 45th Armoured Brigade"); "Camp" opens a site.
TEST(Entities, OrdinalBeforeAUnitAndCampOpensASite) {
  EXPECT_THAT(
      Typed("Troops of the 45th Velmoran Brigade moved to Camp "
            "Tarvik on Monday."),
      ::testing::ElementsAre("ORG 45th Velmoran Brigade", "FAC Camp Tarvik"));
  EXPECT_THAT(Typed("The 3rd Dunkarra Regiment marched."),
              ::testing::ElementsAre("ORG 3rd Dunkarra Regiment"));
}

// A one-word name shaped as a fjord's is a natural feature; a party's name
// goes on over a faction's word in brackets ("(Maoist)"), not over its
// short form or a place's name.
TEST(Entities, FjordShapeAndPartyFactionInBrackets) {
  EXPECT_THAT(Typed("Ferries on the Velmafjorden were cancelled."),
              ::testing::ElementsAre("LOC Velmafjorden"));
  EXPECT_THAT(Typed("The Socialist Party of Tarvik (Maoist) walked out."),
              ::testing::ElementsAre("ORG Socialist Party of Tarvik (Maoist)"));
  EXPECT_THAT(Typed("The Socialist Party of Tarvik (SPT) walked out."),
              ::testing::Contains("ORG Socialist Party of Tarvik"));
}

// "on" after a name a natural feature's or a site's head opens or ends says
// where it is; a body's "on" goes on.
TEST(Entities, OnAfterASiteOrFeatureSaysWhere) {
  EXPECT_THAT(Typed("Ash fell from Mount Velmo on Tarvik Island overnight."),
              ::testing::ElementsAre("LOC Mount Velmo", "LOC Tarvik Island"));
  EXPECT_THAT(Typed("The Velmora Council on Foreign Affairs met."),
              ::testing::ElementsAre("ORG Velmora Council on Foreign Affairs"));
}

// "the Member for Tarvik": the capitalized title names nothing; the
// electorate after it is a place.
TEST(Entities, MemberForAnElectorateIsATitle) {
  EXPECT_THAT(Typed("The Member for Dunkarra, Ann Velmo, said so."),
              ::testing::ElementsAre("GPE Dunkarra", "PERSON Ann Velmo"));
}

// "City of Tarvik mayor", "the Shire of Velmo president": a municipality's
// head before "of" names its council; after a place's context word, the
// place.
TEST(Entities, CityOfNamesTheCouncilOutsideAPlaceContext) {
  EXPECT_THAT(Typed("The City of Dunkarra wants a footbridge."),
              ::testing::ElementsAre("ORG City of Dunkarra"));
  EXPECT_THAT(Typed("The Shire of Velmo president resigned."),
              ::testing::ElementsAre("ORG Shire of Velmo"));
  EXPECT_THAT(Typed("She moved to the City of Dunkarra last year."),
              ::testing::ElementsAre("GPE City of Dunkarra"));
}

// A plant's, a depot's or a shipyard's noun after an unknown name makes
// the name the site's, FAC ("the Velmora plant"), unless "its" names a town
// ("its Tarvik plant") or a comma a brand ("its Dunkarra, Ohio, Velmo
// plant"); an article keeps the firm ("a Velmora plant").
TEST(Entities, PremisesNounAfterAnUnknownNameIsTheSite) {
  EXPECT_THAT(Typed("Workers at the Velmora plant walked out."),
              ::testing::ElementsAre("FAC Velmora"));
  EXPECT_THAT(Typed("Drivers at Tarvik depot voted to strike."),
              ::testing::ElementsAre("FAC Tarvik"));
  EXPECT_THAT(Typed("It will shut its Tarvik plant."),
              ::testing::ElementsAre("GPE Tarvik"));
  EXPECT_THAT(Typed("A Velmora plant closed."),
              ::testing::ElementsAre("ORG Velmora"));
}

// A town the generated list names (entity_word in=town) is a place where
// no rule finds evidence for a firm or a person; the evidence still wins:
// a firm's appositive, a given name before it, a firm's name it opens.
TEST(Entities, ListedTownIsAPlaceByDefaultOnly) {
  Options o;
  o.claims = false;
  o.lexicon_text = "Dunkarra\tentity_word\tin=town\n";
  absl::StatusOr<Extractor> ex = Extractor::Create(o);
  ASSERT_TRUE(ex.ok()) << ex.status();
  EXPECT_THAT(Typed("Buses serving Dunkarra will be cut.", *ex),
              ::testing::ElementsAre("GPE Dunkarra"));
  EXPECT_THAT(Typed("Buses serving Dunkarra will be cut."),
              ::testing::ElementsAre("ORG Dunkarra"));
  EXPECT_THAT(Typed("The aid came from Dunkarra, a charity.", *ex),
              ::testing::ElementsAre("ORG Dunkarra"));
  EXPECT_THAT(Typed("Anna Dunkarra said she would run.", *ex),
              ::testing::ElementsAre("PERSON Anna Dunkarra"));
  EXPECT_THAT(Typed("Dunkarra Mining Corp said output rose.", *ex),
              ::testing::ElementsAre("ORG Dunkarra Mining Corp"));
}

// "the ports of" before a list of names makes them places, as "the cantons
// of" does.
TEST(Entities, PortsOfAListArePlaces) {
  EXPECT_THAT(Typed("Terminals at the ports of Velmora and Tarvik were shut."),
              ::testing::ElementsAre("GPE Velmora", "GPE Tarvik"));
}

// An office named by a title after "of the" is the body's name, the
// title and the capitalized words before it included: a modifier no entry
// knows, a known place, a second title.
TEST(Entities, OfficeOfTheTitleIsOneBody) {
  EXPECT_THAT(
      Typed("The Office of the High Commissioner said the camp was "
            "full. Talks with the Office of the Velmora Trade "
            "Representative resumed."),
      ::testing::ElementsAre("ORG Office of the High Commissioner",
                             "ORG Office of the Velmora Trade Representative"));
  EXPECT_THAT(Typed("The Office of the Chief Coroner said the boy drowned."),
              ::testing::ElementsAre("ORG Office of the Chief Coroner"));
  // A title and a name after "of" still name a person apart.
  EXPECT_THAT(Typed("The Dunkarra Party of President Ivo Marsh won."),
              ::testing::ElementsAre("ORG Dunkarra Party", "PERSON Ivo Marsh"));
}

// A sentence's first word in -ing joined by "and" to a body's name is the
// name's first word, no verb form ("Asked about it, Kestrel Bank ...").
TEST(Entities, InitialIngWordBeforeAndOpensTheBody) {
  EXPECT_THAT(Typed("Mining and Energy Union members voted to strike."),
              ::testing::ElementsAre("ORG Mining and Energy Union"));
  EXPECT_THAT(Typed("Speaking in Tarvik, Ann Lee said the plan was ready."),
              ::testing::ElementsAre("GPE Tarvik", "PERSON Ann Lee"));
}

// The generated town list holds the departments, provinces and regions of
// ISO 3166-2 too (scripts/gen_towns.py --subdivisions): places by default.
TEST(Entities, ListedSubdivisionsArePlacesByDefault) {
  EXPECT_THAT(Typed("Flood warnings were issued for Gironde and Finistère on "
                    "Monday."),
              ::testing::ElementsAre("GPE Gironde", "GPE Finistère"));
}

// A one-word name after "in", "near", "outside", "around" or "across"
// and before a reporting verb is the place: the word before the
// preposition is the verb's subject. "An article in X said" cites a paper.
TEST(Entities, ObjectOfAPlacePrepositionBeforeSaidIsThePlace) {
  EXPECT_THAT(Typed("Farmers near Velmora said the river had risen."),
              ::testing::ElementsAre("GPE Velmora"));
  EXPECT_THAT(Typed("Engineers at the depot in Tarvik told the board."),
              ::testing::ElementsAre("GPE Tarvik"));
  EXPECT_THAT(Typed("An article in Velmora said the deal was off."),
              ::testing::ElementsAre("ORG Velmora"));
}

// Natural features' heads: Aquifer, Belt, Ranges, Bight, Wolds, Dales
// (a given name before "Belt" or "Dales" still names a person).
TEST(Entities, AquiferAndBeltAreNaturalFeatureHeads) {
  EXPECT_THAT(Typed("Wells on the Velmora Aquifer ran dry across the Tarvik "
                    "Belt. Gordon Belt resigned."),
              ::testing::ElementsAre("LOC Velmora Aquifer", "LOC Tarvik Belt",
                                     "PERSON Gordon Belt"));
}

// Capitalized words the lexicons know in lower case between a rank and a
// title are the title's: "Chief Scientific Officer"; a word they do not
// know is a name's ("Minister Ayo Sheriff Musa" keeps "Ayo").
TEST(Entities, CommonWordsBetweenARankAndATitleAreTheTitles) {
  EXPECT_THAT(Typed("Chief Scientific Officer Dana Pryce said the trial "
                    "worked."),
              ::testing::ElementsAre("PERSON Dana Pryce"));
  EXPECT_THAT(Typed("Steel Minister Ayo Sheriff Musa said so."),
              ::testing::ElementsAre("PERSON Ayo Sheriff Musa"));
}

// A hyphened name with a French place-name particle inside ("-sur-",
// "-lès-", "-en-", "-de-") is shaped as a town's: a place by default.
TEST(Entities, FrenchCompoundIsShapedAsATown) {
  EXPECT_THAT(Typed("The storm hit Velmora-sur-Tarvik hardest, and "
                    "Dunkarra-lès-Brieux lost power."),
              ::testing::ElementsAre("GPE Velmora-sur-Tarvik",
                                     "GPE Dunkarra-lès-Brieux"));
}

// A place after "of" after a player whose title is a sports role is the
// player's side; a country stays a place. A sentence's first word of a
// common word's shape before a sports role is an adjective, no club.
TEST(Entities, PlayerOfAPlaceNamesTheSide) {
  EXPECT_THAT(
      Typed("Fast bowler Hamish Reid of Velmora and opening batsman "
            "Ivo Marsh of Northern Tarvik were picked."),
      ::testing::ElementsAre("PERSON Hamish Reid", "ORG Velmora",
                             "PERSON Ivo Marsh", "ORG Northern Tarvik"));
  EXPECT_THAT(Typed("Opening batsman Ivo Marsh of England made 40."),
              ::testing::ElementsAre("PERSON Ivo Marsh", "GPE England"));
}

// A capitalized "Parliament" alone is the body, as "Congress" and
// "Senate" are; a longer name holding it is its own.
TEST(Entities, BareParliamentIsTheBody) {
  EXPECT_THAT(
      Typed("The bill was rushed through Parliament. The Velmora "
            "Parliament agreed."),
      ::testing::ElementsAre("ORG Parliament", "ORG Velmora Parliament"));
}

// A given name alone after a place's context word is a town named so
// ("Police in Brandon", "farms near Regina"); "faith in X" names a person.
TEST(Entities, GivenNameAloneAfterAPlaceWordIsATown) {
  EXPECT_THAT(Typed("Police in Brandon arrested two men near Regina."),
              ::testing::ElementsAre("GPE Brandon", "GPE Regina"));
  EXPECT_THAT(Typed("The board kept faith in Anil after the vote."),
              ::testing::ElementsAre("PERSON Anil"));
}

// "Mont" and "Piz" open a mountain's name (entity_word in=land_opener).
TEST(Entities, MontAndPizOpenAMountain) {
  EXPECT_THAT(Typed("Riders climbed Mont Velmoux and Piz Tarvik on Monday."),
              ::testing::ElementsAre("LOC Mont Velmoux", "LOC Piz Tarvik"));
}

// A dateline's town is no mention of another name of another type, a
// golf club's before it included ("Royal Tarvik").
TEST(Entities, DatelineTownLinksToNoNameOfAnotherType) {
  EXPECT_THAT(Typed("Lee wins the Open at Royal Tarvik\n\nTARVIK, Wales — Ana "
                    "Lee won the Open at Royal Tarvik on Sunday."),
              ::testing::ElementsAre("PERSON Lee", "ORG Royal Tarvik",
                                     "GPE TARVIK", "GPE Wales",
                                     "PERSON Ana Lee", "ORG Royal Tarvik"));
}

// A dateline without a date: an all-caps town, a comma, one or two
// capitalized words the lexicon does not know (a region, an island; a
// state's short form in capitals) and a spaced dash before a line of text.
TEST(Entities, DatelineWithAnUnknownRegion) {
  EXPECT_THAT(Typed("TARVIK, Velmora — Shops ran short of milk this week."),
              ::testing::ElementsAre("GPE TARVIK", "GPE Velmora"));
  EXPECT_THAT(Typed("DUNKARRA, NSW (AAP) — The river peaked on Monday."),
              ::testing::ElementsAre("GPE DUNKARRA", "GPE NSW", "ORG AAP"));
  // A heading's comma and dash, all capitals after the dash: no dateline.
  EXPECT_THAT(Typed("RESULTS, Division One - ARSENAL 2 Chelsea 1"),
              ::testing::Not(::testing::Contains("GPE Division One")));
}

// All-caps words before a spaced em dash, or a wire's credit and a dash,
// opening a line of text: a dateline's town. A hyphen is a slug's.
TEST(Entities, DatelineTownBeforeAnEmDash) {
  EXPECT_THAT(Typed("TARVIK — Inspectors visited the ward on Monday."),
              ::testing::ElementsAre("GPE TARVIK"));
  EXPECT_THAT(Typed("VELMORA (RNZ) - More than 300 boats crossed the bay."),
              ::testing::ElementsAre("GPE VELMORA", "ORG RNZ"));
  EXPECT_THAT(Typed("GOLF - Erik Lindqvist shot a 67 on Friday."),
              ::testing::ElementsAre("PERSON Erik Lindqvist"));
}

// Sumo's ranks are titles before a wrestler's ring name.
TEST(Entities, SumoRanksAreTitles) {
  EXPECT_THAT(Typed("Yokozuna Velmorafuji beat Ozeki Tarvikumi on Sunday."),
              ::testing::ElementsAre("PERSON Velmorafuji", "PERSON Tarvikumi"));
}

// Stations' and rail lines' heads: Hauptbahnhof, Terminus, Shinkansen;
// a crossing's (a bridge, a town at a ford: both places).
TEST(Entities, StationAndLineHeadsAreSites) {
  EXPECT_THAT(Typed("Trains from Velmora Hauptbahnhof reached Tarvik Terminus "
                    "late, and the Dunkarra Shinkansen stopped near the "
                    "Velmora Crossing."),
              ::testing::ElementsAre(
                  "FAC Velmora Hauptbahnhof", "FAC Tarvik Terminus",
                  "FAC Dunkarra Shinkansen", "FAC Velmora Crossing"));
}

// Natural features' heads: Peak, Cay, Inlet, Isles, Creek, Point (also a
// surname: after a given name a person); towns' heads Falls and Springs;
// an instrument's, Telescope, a site.
TEST(Entities, PeakCayCreekPointFallsHeads) {
  EXPECT_THAT(Typed("Boats left Velmora Cay for Tarvik Inlet and the Dunkarra "
                    "Isles, and climbers reached Velmora Peak."),
              ::testing::ElementsAre("LOC Velmora Cay", "LOC Tarvik Inlet",
                                     "LOC Dunkarra Isles", "LOC Velmora Peak"));
  EXPECT_THAT(Typed("Flights from Tarvik Falls and Velmora Springs stopped "
                    "near Dunkarra Creek."),
              ::testing::ElementsAre("GPE Tarvik Falls", "GPE Velmora Springs",
                                     "LOC Dunkarra Creek"));
  EXPECT_THAT(Typed("Walkers at Velmora Point met Anna Point, and the Tarvik "
                    "Telescope opened."),
              ::testing::ElementsAre("LOC Velmora Point", "PERSON Anna Point",
                                     "FAC Tarvik Telescope"));
}

// A list of unknown one-word names after a bare preposition of place
// ("from") whose first is a place is a list of places; "on" right after a
// place's name opens the island it is on, unless a noun follows ("on
// Tarvik account").
TEST(Entities, PlaceListAfterFromAndIslandAfterOn) {
  EXPECT_THAT(
      Typed("Crews from Velmora, Tarvik and Dunkarra were helped by a "
            "helicopter."),
      ::testing::ElementsAre("GPE Velmora", "GPE Tarvik", "GPE Dunkarra"));
  EXPECT_THAT(Typed("The ferry pier at Velmora on Tarvik will close."),
              ::testing::ElementsAre("GPE Velmora", "GPE Tarvik"));
  EXPECT_THAT(Typed("Grain was sold at Velmora on Tarvik account."),
              ::testing::ElementsAre("GPE Velmora", "ORG Tarvik"));
}

// A price's fraction ("35-3/4") is no score: a stock report is no sports
// story, and a bare "from" before an unknown name keeps its place.
TEST(Entities, PriceFractionsAreNoScores) {
  EXPECT_THAT(Typed("Velmora Corp rose 1-1/2 to 35-3/4 and Tarvik Inc fell "
                    "3/4 to 12-1/8. Shipments from Dunkarra were delayed."),
              ::testing::ElementsAre("ORG Velmora Corp", "ORG Tarvik Inc",
                                     "GPE Dunkarra"));
}

// Results rows make a sports story; there a town's mention after "in"
// keeps its place type though a row named its club before it.
TEST(Entities, TownAfterInKeepsItsTypeAfterItsClubsRow) {
  EXPECT_THAT(
      Typed("Results of league matches played on Sunday:\n\n"
            "Velmora 1 Tarvik 4\nDunkarra 2 Brevik 0\n\n"
            "Tarvik scored three times at the stadium in Velmora."),
      ::testing::ElementsAre("ORG Velmora", "ORG Tarvik", "ORG Dunkarra",
                             "ORG Brevik", "ORG Tarvik", "GPE Velmora"));
  // (A lexicon town's too; not before an 's: the club's defeat.)
  EXPECT_THAT(
      Typed("Results of league matches played on Sunday:\n\n"
            "Cardiff 21 Tarvik 30\nDunkarra 2 Brevik 0\n\n"
            "A try was disallowed in Cardiff's defeat, and fans in "
            "Cardiff were angry."),
      ::testing::ElementsAre("ORG Cardiff", "ORG Tarvik", "ORG Dunkarra",
                             "ORG Brevik", "ORG Cardiff", "GPE Cardiff"));
}

// A name ending in "District" or "Municipality" is a body ("School
// District", "Irrigation District", "Local Municipality"); the regions the
// lexicon names stay places.
TEST(Entities, DistrictEndsABodysName) {
  EXPECT_THAT(Typed("The Velmora Regional School District and the Tarvik "
                    "Irrigation District met in the District of Columbia."),
              ::testing::ElementsAre("ORG Velmora Regional School District",
                                     "ORG Tarvik Irrigation District",
                                     "GPE District of Columbia"));
  EXPECT_THAT(Typed("The Velmora Local Municipality fixed the pipes."),
              ::testing::ElementsAre("ORG Velmora Local Municipality"));
  // (So is a museum: "the Tarvik Museum said", a body.)
  EXPECT_THAT(Typed("The Tarvik Museum of Modern Art said it would close."),
              ::testing::ElementsAre("ORG Tarvik Museum of Modern Art"));
}

// Towns' heads Wells, Heights, Junction; places' Isle, Wilderness,
// Corridor; sites' Pier, Wharf, Docks, Lighthouse, Viaduct, Priory, Shaft,
// Yards, Marae
// (a site's head before "for" and another headed name ends the first).
// Wells is also a surname: after a given name or an initial, a person.
TEST(Entities, WellsHeightsPierWharfHeads) {
  EXPECT_THAT(Typed("Buses from Velmora Wells and Tarvik Heights reach "
                    "Dunkarra Junction by noon."),
              ::testing::ElementsAre("GPE Velmora Wells", "GPE Tarvik Heights",
                                     "GPE Dunkarra Junction"));
  EXPECT_THAT(Typed("Fans left Velmora Yards for the hearing at Tarvik "
                    "Marae."),
              ::testing::ElementsAre("FAC Velmora Yards", "FAC Tarvik Marae"));
  EXPECT_THAT(Typed("Boats left Velmora Pier for Tarvik Wharf and the "
                    "Dunkarra Lighthouse."),
              ::testing::ElementsAre("FAC Velmora Pier", "FAC Tarvik Wharf",
                                     "FAC Dunkarra Lighthouse"));
  EXPECT_THAT(Typed("Surrey were bowled out after V. Wells and Anna Wells "
                    "fell."),
              ::testing::ElementsAre("ORG Surrey", "PERSON V. Wells",
                                     "PERSON Anna Wells"));
}

// A foreign "and" (und, et) between name words joins them into one body's
// name, never a person's.
TEST(Entities, ForeignAndJoinsAFirmsName) {
  EXPECT_THAT(
      Typed("Shares in Velmora und Tarvik rose, and Dunkarra et Cie "
            "said it would lead the issue."),
      ::testing::ElementsAre("ORG Velmora und Tarvik", "ORG Dunkarra et Cie"));
}

// Tribe and Tribes are bodies' heads: "of the" goes on after them.
TEST(Entities, TribesOfTheGoOn) {
  EXPECT_THAT(Typed("Members of the Confederated Tribes of the Velmora "
                    "Reservation voted."),
              ::testing::ElementsAre(
                  "ORG Confederated Tribes of the Velmora Reservation"));
}

// In a sports story a name after "at" before "in" and a place is the
// ground; before a date ("at Tarvik in September") it stays the club.
TEST(Entities, GroundAtBeforeInAPlace) {
  EXPECT_THAT(Typed("Leeds beat Hull 24-12 and Wigan beat Salford 30-6. "
                    "The side had a try ruled out at Velmora in Bradford, and "
                    "Lee was sacked at Tarvik in September."),
              ::testing::ElementsAre(
                  "ORG Leeds", "ORG Hull", "ORG Wigan", "ORG Salford",
                  "FAC Velmora", "GPE Bradford", "PERSON Lee", "ORG Tarvik"));
}

// Wine and seafood firms' heads: Wines, Vineyards, Cellars, Seafoods end a
// firm's name; Bodegas opens one.
TEST(Entities, WineAndSeafoodFirmsHeads) {
  EXPECT_THAT(Typed("Shares in Velmora Wines and Bodegas Tarvik rose. "
                    "Dunkarra Seafoods fell."),
              ::testing::ElementsAre("ORG Velmora Wines", "ORG Bodegas Tarvik",
                                     "ORG Dunkarra Seafoods"));
}

// Place contexts as data: "the townland of", "visitors to", "backed up
// to" (entity_context role=place_before).
TEST(Entities, TownlandAndVisitorsToArePlaceContexts) {
  EXPECT_THAT(Typed("A farmer from the townland of Velmora lost an appeal, "
                    "and visitors to Tarvik rely on the ferry."),
              ::testing::ElementsAre("GPE Velmora", "GPE Tarvik"));
}

// One unknown word after a person and "of" or "from", before a reporting
// verb, is the person's home even when "he" or "his" follows; after a
// nationality, in a rider's or a driver's line, it is the team.
TEST(Entities, HomeAfterPersonOfBeforeSaid) {
  EXPECT_THAT(
      Typed("Farmer Ann Roe of Velmora said his herd was sold. "
            "Grower Ian Lee from Tarvik said she would stay. "
            "Dane Eva Holm of Dunkarra won the stage."),
      ::testing::ElementsAre("PERSON Ann Roe", "GPE Velmora", "PERSON Ian Lee",
                             "GPE Tarvik", "NORP Dane", "PERSON Eva Holm",
                             "ORG Dunkarra"));
}

// A road's code after "the" with no road word near: only a code no model
// or money aggregate has, before no noun; Europe's E roads; a code
// coordinated with one.
TEST(Entities, RoadCodesAfterTheWithoutARoadWord) {
  EXPECT_THAT(Typed("Trailers moved along E10 last summer. The A75 and A77 "
                    "need work. She spent an hour on the B6270. The M23 "
                    "rebels advanced. The M3 rose 5 percent."),
              ::testing::ElementsAre("FAC E10", "FAC A75", "FAC A77",
                                     "FAC B6270", "ORG M23", "ORG M3"));
}

// Council areas named with "and" are one place, so their council is one
// body; regions with no head are places; a region that also names a firm
// (in=town) is a place only by default.
TEST(Entities, CouncilAreasAndRegionsWithoutAHead) {
  EXPECT_THAT(Typed("Dumfries and Galloway Council sent gritters while "
                    "farmers across the Fens waited. Highveld said its "
                    "output rose."),
              ::testing::ElementsAre("ORG Dumfries and Galloway Council",
                                     "LOC Fens", "ORG Highveld"));
}

// Sites' heads: Auditorium, Hotel, Barrage, Gardens (and Plaza, Basilica,
// Causeway ...) end a site's name, FAC.
TEST(Entities, VenueHotelAndWaterworksHeads) {
  EXPECT_THAT(
      Typed("The concert at Velmora Auditorium moved to the Tarvik "
            "Hotel, beside the Dunkarra Barrage and Ostrava Gardens."),
      ::testing::ElementsAre("FAC Velmora Auditorium", "FAC Tarvik Hotel",
                             "FAC Dunkarra Barrage", "FAC Ostrava Gardens"));
}

// Two clubs' towns either side of a match verb are the clubs outside a
// sports story too; joined by "and" they stay places.
TEST(Entities, ClubTownsEitherSideOfAMatchVerb) {
  EXPECT_THAT(Typed("Farmers parked tractors before Norwich played Ipswich. "
                    "The council said Leicester and Coventry would pay."),
              ::testing::ElementsAre("ORG Norwich", "ORG Ipswich",
                                     "GPE Leicester", "GPE Coventry"));
  // So a word opening a sentence before a match verb and a club.
  EXPECT_THAT(Typed("Velmora play Arsenal on Saturday."),
              ::testing::ElementsAre("ORG Velmora", "ORG Arsenal"));
}

// A foreign "for" (pour, fuer) joins a body's name like a foreign "and",
// and either may come before a particle ("et de", "pour le").
TEST(Entities, ForeignForAndAndBeforeAParticle) {
  EXPECT_THAT(Typed("Cotton goes to the Compagnie Velmora pour le "
                    "Developpement des Fibres, and the Caisse de Tarvik et de "
                    "Soutien des Prix sets prices."),
              ::testing::ElementsAre(
                  "ORG Compagnie Velmora pour le Developpement des Fibres",
                  "ORG Caisse de Tarvik et de Soutien des Prix"));
}

// Ferries and Mines end a firm's name.
TEST(Entities, FerriesAndMinesHeads) {
  EXPECT_THAT(
      Typed("Tarvik Ferries cut sailings as Velmora Mines closed."),
      ::testing::ElementsAre("ORG Tarvik Ferries", "ORG Velmora Mines"));
}

// More portfolios' words are title modifiers (Livestock, Climate, Works,
// Customs ...): a portfolio joined by "and" before a minister stays in the
// title.
TEST(Entities, LivestockPortfolioBeforeMinister) {
  EXPECT_THAT(
      Typed("In Dodoma, Tanzania's Agriculture and Livestock "
            "Development Minister Paul Roe said."),
      ::testing::ElementsAre("GPE Dodoma", "GPE Tanzania", "PERSON Paul Roe"));
}

// Cycling teams by their sponsors' names; "ONCE" only in capitals.
TEST(Entities, CyclingTeamsBySponsor) {
  EXPECT_THAT(
      Typed("The ONCE team led once more, and Ian Lee of Kelme was "
            "second."),
      ::testing::ElementsAre("ORG ONCE", "PERSON Ian Lee", "ORG Kelme"));
}

// A common plural with its apostrophe before a head opens a body's name,
// also before "of" and a place; its apostrophe before no head stays out.
TEST(Entities, PluralApostropheOpensABody) {
  EXPECT_THAT(Typed("The Farmers' Union of Velmora met. The Tarvik "
                    "Teachers' Union walked out. The Teachers' pay deal was "
                    "agreed."),
              ::testing::ElementsAre("ORG Farmers' Union of Velmora",
                                     "ORG Tarvik Teachers' Union"));
}

// A name after a place's word opening the sentence is a fronted place: the
// phrase after its comma is the clause's subject, no appositive; "swept
// into" is a place's context (entity_context role=place_before).
TEST(Entities, FrontedPlaceBeforeACommaAndSweptInto) {
  EXPECT_THAT(
      Typed("In Velmora, the nuclear operator Tarvik Ltd is hiring. A "
            "wildfire swept into Dunkarra on Wednesday."),
      ::testing::ElementsAre("GPE Velmora", "ORG Tarvik Ltd", "GPE Dunkarra"));
}

// Moor (a natural feature), Colliery and Parade (sites), Haven (a town)
// end a place's name.
TEST(Entities, MoorCollieryAndHavenHeads) {
  EXPECT_THAT(Typed("A fire on Velmora Moor spread to Tarvik Colliery, and a "
                    "tanker ran aground at Dunkarra Haven."),
              ::testing::ElementsAre("LOC Velmora Moor", "FAC Tarvik Colliery",
                                     "GPE Dunkarra Haven"));
}

// One word no lexicon holds after a preposition of place and "the" is a
// region's, a river's or a site's, when the text never writes it bare (a
// body's or a brand's name goes bare somewhere).
TEST(Entities, UnknownWordAfterPlacePrepositionAndThe) {
  EXPECT_THAT(Typed("Jobs were found in the Velmoras, and rain fell on the "
                    "Tarvik. Dunkarra said its profit rose, and trading in "
                    "the Dunkarra resumed."),
              ::testing::ElementsAre("GPE Velmoras", "GPE Tarvik",
                                     "ORG Dunkarra", "ORG Dunkarra"));
}

// Meeting and Convention end an event's name (a summit, a treaty: CoNLL's
// MISC), not a body's.
TEST(Entities, MeetingAndConventionHeads) {
  EXPECT_THAT(Typed("Leaders at the Velmora Meeting signed the Tarvik "
                    "Convention."),
              ::testing::ElementsAre("EVENT Velmora Meeting",
                                     "EVENT Tarvik Convention"));
}

// Ferry operators named "<name> Line" are firms (lexicon), also opening a
// sentence.
TEST(Entities, FerryOperatorsAsFirms) {
  EXPECT_THAT(Typed("Stena Line added sailings, and Viking Line cut fares."),
              ::testing::ElementsAre("ORG Stena Line", "ORG Viking Line"));
}

// A railway's or a metro's line is a site after a colour, "Main" or a
// place's head (Line is a firm's head, venue=1, otherwise: "Tarvik Line
// said").
TEST(Entities, LinesAsSitesAfterColoursAndPlaceHeads) {
  EXPECT_THAT(
      Typed("The Yellow Line and the Velmora Valley Line reopened, "
            "and Tarvik Line said fares would rise."),
      ::testing::ElementsAre("FAC Yellow Line", "FAC Velmora Valley Line",
                             "ORG Tarvik Line"));
}

// Game and Nature before Reserve make a site, not a body (the
// Federal Reserve).
TEST(Entities, NatureAndGameReserves) {
  EXPECT_THAT(Typed("Lions from the Velmora Game Reserve were seen in the "
                    "Tarvik Nature Reserve."),
              ::testing::ElementsAre("FAC Velmora Game Reserve",
                                     "FAC Tarvik Nature Reserve"));
}

// Battle heads an event ("the Battle of <place>"); Junta a body's name with
// a particle after it; Spain's regional governments are bodies alone too.
TEST(Entities, BattleJuntaAndXunta) {
  EXPECT_THAT(Typed("Veterans of the Battle of Velmora wrote to the Junta de "
                    "Tarvik and to the Xunta."),
              ::testing::ElementsAre("EVENT Battle of Velmora",
                                     "ORG Junta de Tarvik", "ORG Xunta"));
}

// Sports positions, town clerks and southern Africa's honorifics before a
// name are titles, kept out of it.
TEST(Entities, PositionsClerksAndHonorificsAsTitles) {
  EXPECT_THAT(
      Typed("Tailback Dale Venner ran for 90 yards. Town Clerk Mary "
            "Tarvik said the dam was low. Kgosi Mothu Dunkarra told "
            "the meeting. Regent Sri Velmo said it had rained."),
      ::testing::ElementsAre("PERSON Dale Venner", "PERSON Mary Tarvik",
                             "PERSON Mothu Dunkarra", "PERSON Sri Velmo"));
}

// Peoples and languages of Southeast Asia and southern Africa are NORP, not
// bodies or places.
TEST(Entities, MorePeoplesAsNorp) {
  EXPECT_THAT(
      Typed("Bidayuh and Penan families in Velmora speak Swahili, "
            "said a Basotho elder."),
      ::testing::ElementsAre("NORP Bidayuh", "NORP Penan", "GPE Velmora",
                             "NORP Swahili", "NORP Basotho"));
}

// A nationality before a surname a person named before ended in is the
// nationality and that person, outside a sports story too.
TEST(Entities, NationalityBeforeAnEarlierPersonsSurname) {
  EXPECT_THAT(Typed("Erik Dunkarra led after the first round. Norwegian "
                    "Dunkarra said the wind had been hard."),
              ::testing::ElementsAre("PERSON Erik Dunkarra", "NORP Norwegian",
                                     "PERSON Dunkarra"));
}

// "up", "down" and "across" before "the" are prepositions of place, and
// "above", "below", "upstream" may follow a place: an unknown word there is
// a river's or a region's.
TEST(Entities, UpDownTheRiverAboveAndBelow) {
  EXPECT_THAT(Typed("Boats sailed up the Tarvik above the weir, and water ran "
                    "down the Velmo below it."),
              ::testing::ElementsAre("GPE Tarvik", "GPE Velmo"));
}

// A town after "fans of" or "played (a sport) for" is its club, in any
// story; the same town after a place's word later stays the town (no chain
// to the club).
TEST(Entities, ClubAfterFansOfAndPlayedFor) {
  EXPECT_THAT(Typed("Fans of Gloucester cheered. Dale Venner, who once played "
                    "rugby league for Parramatta, kept cash at his home in "
                    "Parramatta. He played for England."),
              ::testing::ElementsAre("ORG Gloucester", "PERSON Dale Venner",
                                     "ORG Parramatta", "GPE Parramatta",
                                     "GPE England"));
}

// Catalan "i", German "zur" and "zum", Dutch "op" and Maori "o" join a
// name as "de" does.
TEST(Entities, CatalanGermanDutchAndMaoriParticles) {
  EXPECT_THAT(Typed("Coach Jordi Tarvik i Velmo said. Chairman Dieter zur "
                    "Dunkarra agreed."),
              ::testing::ElementsAre("PERSON Jordi Tarvik i Velmo",
                                     "PERSON Dieter zur Dunkarra"));
}

// "I" after a name and before an auxiliary or a past tense is the pronoun,
// no regnal numeral (but after a given name: "Henry I").
TEST(Entities, PronounIAfterAName) {
  EXPECT_THAT(Typed("If I lived in Velmora I would stay, and Anna Tarvik I "
                    "will miss. King Henry I was crowned."),
              ::testing::ElementsAre("GPE Velmora", "PERSON Anna Tarvik",
                                     "PERSON Henry I"));
}

// "Friends of ..." opens a campaign group's name, a body's.
TEST(Entities, FriendsOfOpensABody) {
  EXPECT_THAT(Typed("Friends of the Velmo Valley said the dam was unsafe."),
              ::testing::ElementsAre("ORG Friends of the Velmo Valley"));
}

// Range, Fault, Ridge, Escarpment, Trench, Dunes and Swamp end a natural
// feature's name (Ridge after a given name is a surname).
TEST(Entities, RangeFaultAndRidgeHeads) {
  EXPECT_THAT(Typed("Hikers crossed the Velmo Range near the Tarvik Fault, and "
                    "Tom Ridge said the Dunkarra Ridge was closed."),
              ::testing::ElementsAre("LOC Velmo Range", "LOC Tarvik Fault",
                                     "PERSON Tom Ridge", "LOC Dunkarra Ridge"));
}

// A sentence's first word that names a trade or a trait ("Discounter",
// "Broker", "Tiny", "Populist") stays out of the name after it.
TEST(Entities, OpeningTradeAndTraitWords) {
  EXPECT_THAT(Typed("Discounter Tarvik cut prices. Tiny Velmo beat Dunkarra. "
                    "Populist Aurelio Tarvik won."),
              ::testing::ElementsAre("ORG Tarvik", "ORG Velmo", "ORG Dunkarra",
                                     "PERSON Aurelio Tarvik"));
}

// A name holding a particle that no given name opens, after a place's
// word, is a place also before a reporting verb.
TEST(Entities, ParticleNameAfterAPlaceWordBeforeSaid) {
  EXPECT_THAT(Typed("Fishermen in Velmo de Tarvik said the catch was poor."),
              ::testing::ElementsAre("GPE Velmo de Tarvik"));
}

// A natural feature's lower-case noun after an unknown name (plain,
// reservoir, marshes, bay) makes it the feature; a site's (locks, quay,
// weir) makes it a site.
TEST(Entities, PlainReservoirAndLocksAfterAName) {
  EXPECT_THAT(
      Typed("Water from the Velmo reservoir irrigates the Tarvik plain, "
            "and the Dunkarra locks were shut."),
      ::testing::ElementsAre("LOC Velmo", "LOC Tarvik", "FAC Dunkarra"));
}

// A heading's word that is a club's nickname (a head after its town) names
// the club the body names by its town and that nickname.
TEST(Entities, HeadingNicknameOfABodyClub) {
  EXPECT_THAT(Typed("BASKETBALL - HORNETS TRADE GUARD\n\nThe Boston Hornets "
                    "traded guard Dale Venner on Thursday."),
              ::testing::ElementsAre("ORG HORNETS", "ORG Boston Hornets",
                                     "PERSON Dale Venner"));
}

// A title adjective (Deputy, Senior) before two words no lexicon knows and
// a reporting verb is the post's, no part of the person's name.
TEST(Entities, TitleAdjectiveBeforeAnUnknownNameAndSaid) {
  EXPECT_THAT(Typed("Deputy Tarvik Velmo said the bill would pass."),
              ::testing::ElementsAre("PERSON Tarvik Velmo"));
}

// Two words no given name opens, right after a place's context word, are
// a town also before a reporting verb ("police in Shepton Mallet said").
TEST(Entities, TwoWordTownAfterInBeforeSaid) {
  EXPECT_THAT(Typed("Police in Dunkarra Velmo said the road was shut."),
              ::testing::ElementsAre("GPE Dunkarra Velmo"));
}

// Two firms the lexicon knows before a model's code are two names (the
// operator and the maker), not one.
TEST(Entities, OperatorAndMakerBeforeAModel) {
  EXPECT_THAT(Typed("A Qantas Boeing 747 landed in Perth."),
              ::testing::ElementsAre("ORG Qantas", "ORG Boeing", "GPE Perth"));
}

// Racing, Sports and Aquaculture end a firm's or a team's name;
// Steelworks a site's; "Aunty" is an honorific.
TEST(Entities, RacingSportsAndSteelworksHeads) {
  EXPECT_THAT(
      Typed("Velmo Racing, Tarvik Sports and Velmo Aquaculture said. "
            "Workers at the Dunkarra Steelworks met. Aunty Mary "
            "Tarvik spoke in Somaliland."),
      ::testing::ElementsAre("ORG Velmo Racing", "ORG Tarvik Sports",
                             "ORG Velmo Aquaculture", "FAC Dunkarra Steelworks",
                             "PERSON Mary Tarvik", "GPE Somaliland"));
}

// Italian and Portuguese "e" joins a body's name as "und" and "et" do; a
// capital "E" stays an initial.
TEST(Entities, ItalianAndPortugueseE) {
  EXPECT_THAT(
      Typed("Cassa Tarvik e Velmo said. The side: F Dunkarra, E "
            "Tarvik, G Velmo."),
      ::testing::ElementsAre("ORG Cassa Tarvik e Velmo", "PERSON F Dunkarra",
                             "PERSON E Tarvik", "PERSON G Velmo"));
}

// "Tiger Reserve" and "Chateau" name sites; Voivode is a title; Czech
// "nad" joins a place's name.
TEST(Entities, TigerReserveChateauVoivodeAndNad) {
  EXPECT_THAT(
      Typed("Rangers at the Velmo Tiger Reserve met at Tarvik Chateau. "
            "Voivode Anna Velmo said."),
      ::testing::ElementsAre("FAC Velmo Tiger Reserve", "FAC Tarvik Chateau",
                             "PERSON Anna Velmo"));
  EXPECT_THAT(Typed("Police in Dunkarra nad Velmou said the road was shut."),
              ::testing::ElementsAre("GPE Dunkarra nad Velmou"));
  // So does Slovene and Czech "na".
  EXPECT_THAT(Typed("Police in Velmo na Tarvik said."),
              ::testing::ElementsAre("GPE Velmo na Tarvik"));
}

// A "-men" plural with its 's inside a body's name goes on to the head, as
// "Women's" does.
TEST(Entities, MenPluralPossessiveInsideABody) {
  EXPECT_THAT(Typed("The Velmo Fishermen's Federation said the quota was cut."),
              ::testing::ElementsAre("ORG Velmo Fishermen's Federation"));
}

// A nationality before a known body that ends the name stays apart from it,
// but before a body with national branches (entity branches=1).
TEST(Entities, NationalityBeforeAKnownBody) {
  EXPECT_THAT(
      Typed("Tankers chartered by the Danish Maersk reached Velmora. The "
            "Chilean Red Cross sent tents to families in Tarvik."),
      ::testing::ElementsAre("NORP Danish", "ORG Maersk", "GPE Velmora",
                             "ORG Chilean Red Cross", "GPE Tarvik"));
}

// A name a river also goes by (entity feature=1) names the river after
// "the" (and a nationality) before no lower-case noun; elsewhere the firm
// or the state, and the two readings do not chain.
TEST(Entities, RiverNamedLikeAFirmOrAState) {
  EXPECT_THAT(
      Typed("Barges from Velmora sailed up the Amazon. Logging in the "
            "Peruvian Amazon fell, and Amazon shares rose."),
      ::testing::ElementsAre("GPE Velmora", "LOC Amazon", "NORP Peruvian",
                             "LOC Amazon", "ORG Amazon"));
  EXPECT_THAT(
      Typed("The Amazon deal was signed. The Mississippi rose near Tarvik, "
            "and the Mississippi legislature met."),
      ::testing::ElementsAre("ORG Amazon", "LOC Mississippi", "GPE Tarvik",
                             "GPE Mississippi"));
}

// Titles Prefect and Special Rapporteur; a nationality before a known
// natural feature stays apart from it; Caucasus peoples; Irish loughs.
TEST(Entities, PrefectRapporteurFeatureAfterNationalityAndLoughs) {
  EXPECT_THAT(
      Typed("Prefect Anna Velmo said skiers in the Italian Dolomites and "
            "Kumyk herders near Garm were safe."),
      ::testing::ElementsAre("PERSON Anna Velmo", "NORP Italian",
                             "LOC Dolomites", "NORP Kumyk", "GPE Garm"));
  EXPECT_THAT(Typed("Fishing on Lough Conn resumed, Special Rapporteur Jon "
                    "Tarvik said."),
              ::testing::ElementsAre("LOC Lough Conn", "PERSON Jon Tarvik"));
}

// A portfolio list inside a ministry's name takes items that end in a head
// ("Local Government", "Urban Development") and a last item after "the";
// places stay out of it.
TEST(Entities, PortfolioListItemsWithHeadsAndThe) {
  EXPECT_THAT(
      Typed("Officials at the Department of Housing, Local Government and "
            "Heritage in Velmora said. The Ministry of Fisheries, Urban "
            "Development and the Marine met. The Ministry of Health, Kenya "
            "and Uganda said."),
      ::testing::ElementsAre(
          "ORG Department of Housing, Local Government and Heritage",
          "GPE Velmora",
          "ORG Ministry of Fisheries, Urban Development and the Marine",
          "ORG Ministry of Health", "GPE Kenya", "GPE Uganda"));
}

// More venue words before Center and Centre make a site: Cinema, Olympic.
TEST(Entities, CinemaAndOlympicCentresAreSites) {
  EXPECT_THAT(Typed("Films were shown at the Velmo Cinema Center and skaters "
                    "trained at the Tarvik Olympic Centre."),
              ::testing::ElementsAre("FAC Velmo Cinema Center",
                                     "FAC Tarvik Olympic Centre"));
}

// More site and feature nouns after a name: landfill, hydropower, channel.
TEST(Entities, LandfillHydropowerAndChannelNouns) {
  EXPECT_THAT(
      Typed("Trucks dumped waste at the Velmo landfill and barges used "
            "the Tarvik channel near the Dunkarra hydropower plant."),
      ::testing::ElementsAre("FAC Velmo", "LOC Tarvik", "FAC Dunkarra"));
}

// A place's name, a body's acronym or unknown words before a known league
// name the competition; a club's town before one stays apart.
TEST(Entities, PlaceOrSponsorBeforeAKnownLeague) {
  EXPECT_THAT(
      Typed("Anna Velmo won the Ghana Premier League and the CAF Champions "
            "League, and her club topped the Dunkarra Premier League."),
      ::testing::ElementsAre("PERSON Anna Velmo", "EVENT Ghana Premier League",
                             "EVENT CAF Champions League",
                             "EVENT Dunkarra Premier League"));
}

// Australian states as cricket sides in a match report (club=1), but a
// state after a town and a comma stays the place; the Sheffield Shield is a
// competition.
TEST(Entities, StatesAsSidesButNotInAnAppositive) {
  EXPECT_THAT(
      Typed("Queensland beat Tasmania by six wickets in the Sheffield Shield, "
            "and Anna Velmo, 21, from Wagga Wagga, New South Wales, took "
            "five wickets."),
      ::testing::ElementsAre("ORG Queensland", "ORG Tasmania",
                             "EVENT Sheffield Shield", "PERSON Anna Velmo",
                             "GPE Wagga Wagga", "GPE New South Wales"));
}

// "Rights" alone is a common noun (not_name noun=1) opening a sentence; the
// African commission's name holds a plural's apostrophe.
TEST(Entities, RightsAloneAndPeoplesRights) {
  EXPECT_THAT(
      Typed("Rights group Velmo Watch said the African Commission on "
            "Human and Peoples' Rights would meet in Tarvik."),
      ::testing::ElementsAre(
          "ORG Velmo Watch",
          "ORG African Commission on Human and Peoples' Rights", "GPE Tarvik"));
}

// A one-word name shaped as a German bridge's, church's or station's
// compound is a site.
TEST(Entities, GermanBridgeAndChurchCompoundsAreSites) {
  EXPECT_THAT(Typed("Fans crossed the Europabruecke to the Frauenkirche."),
              ::testing::ElementsAre("FAC Europabruecke", "FAC Frauenkirche"));
}

// "chair" is a title: a body's head opening a sentence before it is the
// common noun, also after the body's full name.
TEST(Entities, CouncilChairIsNoMention) {
  EXPECT_THAT(Typed("The Velmo District Council met on Monday. Council chair "
                    "Anna Tarvik said the clinic would open."),
              ::testing::ElementsAre("ORG Velmo District Council",
                                     "PERSON Anna Tarvik"));
}

// Irish counties after "Co" or "Co." are places, no firm's "and Co"; the
// Welsh patronymic "ab" is a surname particle.
TEST(Entities, IrishCoCountiesAndWelshAb) {
  EXPECT_THAT(Typed("Floods hit farms in Co Tyrone and Co. Cork, said Elin Wyn "
                    "ab Tarvik."),
              ::testing::ElementsAre("GPE Co Tyrone", "GPE Co. Cork",
                                     "PERSON Elin Wyn ab Tarvik"));
}

// A court's or a vote's split (entity_word in=vote_word) is no score: a
// club's town beside it stays the town. "Tournament" heads a competition.
TEST(Entities, VoteSplitIsNoScoreAndTournamentIsAnEvent) {
  EXPECT_THAT(
      Typed("The court, ruling 6-3, struck down a Liverpool bylaw, said "
            "Anna Tarvik."),
      ::testing::ElementsAre("GPE Liverpool", "PERSON Anna Tarvik"));
  EXPECT_THAT(Typed("Liverpool beat Everton 2-1 in the Velmo Tournament."),
              ::testing::ElementsAre("ORG Liverpool", "ORG Everton",
                                     "EVENT Velmo Tournament"));
}

// Lehendakari is a title; Ketut a Balinese given name.
TEST(Entities, LehendakariAndBalineseGivenNames) {
  EXPECT_THAT(
      Typed("Lehendakari Jon Tarvik met Ketut Velmo."),
      ::testing::ElementsAre("PERSON Jon Tarvik", "PERSON Ketut Velmo"));
}

// People a place is home to (entity_word in=resident_after, plurals too)
// from an unknown one-word name make it a place before a reporting verb;
// analysts from one name their employer.
TEST(Entities, FarmersFromAPlaceSaid) {
  EXPECT_THAT(Typed("Farmers from Tregarvik said the price was too low."),
              ::testing::ElementsAre("GPE Tregarvik"));
  EXPECT_THAT(Typed("Analysts from Velmo said the price was too low."),
              ::testing::ElementsAre("ORG Velmo"));
}

// Laboratory and Multimedia head bodies, also after a given name.
TEST(Entities, LaboratoryAndMultimediaHeads) {
  EXPECT_THAT(Typed("Scientists at the Lawrence Tarvik Laboratory said Anna "
                    "Velmo Multimedia would sign."),
              ::testing::ElementsAre("ORG Lawrence Tarvik Laboratory",
                                     "ORG Anna Velmo Multimedia"));
}

// "Cr" (an Australian councillor) is a title; Maori iwi are peoples.
TEST(Entities, CrTitleAndIwi) {
  EXPECT_THAT(Typed("Cr Anna Velmo said Ngāti Rangi elders met near Vesuvius."),
              ::testing::ElementsAre("PERSON Anna Velmo", "NORP Ngāti Rangi",
                                     "LOC Vesuvius"));
}

// A common word opening a sentence before a known body is no part of its
// name; a name the lexicon holds whole ("New Labour") stays whole.
TEST(Entities, CommonWordBeforeAKnownBody) {
  EXPECT_THAT(
      Typed("Exporters Cargill and Bunge said prices in Tarvik rose. New IMF "
            "rules apply, and New Labour has lost ground."),
      ::testing::ElementsAre("ORG Cargill", "ORG Bunge", "GPE Tarvik",
                             "ORG IMF", "ORG New Labour"));
}

// A party's members after "ruling" or "opposition" name the party; after
// another word they are its members.
TEST(Entities, RulingAndOppositionParties) {
  EXPECT_THAT(
      Typed("The vote left the ruling Social Democrats behind the "
            "opposition Conservatives."),
      ::testing::ElementsAre("ORG Social Democrats", "ORG Conservatives"));
  EXPECT_THAT(Typed("The rebel Conservatives voted against."),
              ::testing::ElementsAre("NORP Conservatives"));
}

// A long name holding a particle right after a nationality (no article)
// is a person's.
TEST(Entities, LongParticleNameAfterNationality) {
  EXPECT_THAT(Typed("Brazilian Velmo Tarvik de Dunkarra was second."),
              ::testing::ElementsAre("NORP Brazilian",
                                     "PERSON Velmo Tarvik de Dunkarra"));
}

// After "the", a plural head naming people, "and" and a body's head make one
// association; two firms stay two.
TEST(Entities, PeoplePluralAndAssociation) {
  EXPECT_THAT(
      Typed("The Tarvik Publishers and Booksellers Association said shares "
            "of the Velmo Holdings and Dunkarra Bank rose."),
      ::testing::ElementsAre(
          "ORG Tarvik Publishers and Booksellers Association",
          "ORG Velmo Holdings", "ORG Dunkarra Bank"));
}

// "Roman Catholic" is a group, also before a common noun; the church's name
// stays a body.
TEST(Entities, RomanCatholicIsAGroup) {
  EXPECT_THAT(Typed("Roman Catholic bishops met in Tarvik. The Roman Catholic "
                    "Diocese of Velmora said."),
              ::testing::ElementsAre("NORP Roman Catholic", "GPE Tarvik",
                                     "ORG Roman Catholic Diocese of Velmora"));
}

// A word or three in brackets before a legal form stay inside the firm's
// name; a place in brackets after a party or a firm without one stays apart.
TEST(Entities, BracketBeforeLegalForm) {
  EXPECT_THAT(
      Typed("Tarvik Engineers (Malaysia) Bhd and Velmo (Holdings) Ltd rose, "
            "but Dunkarra Mining (Canada) fell."),
      ::testing::ElementsAre("ORG Tarvik Engineers (Malaysia) Bhd",
                             "ORG Velmo (Holdings) Ltd", "ORG Dunkarra Mining",
                             "GPE Canada"));
}

// A one-word name typed a firm for want of evidence is the dateline's town;
// a club the body names by it keeps its type.
TEST(Entities, DatelineTownForDefaultFirm) {
  EXPECT_THAT(Typed("VELMORA, Texas (AP) — The mayor said Velmora's water "
                    "plant failed and Velmora said repairs would take weeks."),
              ::testing::ElementsAre("GPE VELMORA", "GPE Texas", "ORG AP",
                                     "GPE Velmora", "GPE Velmora"));
}

// A long name ending in a particle and one word before a person's context
// word is a person's; a body's name with words after its particle stays one.
TEST(Entities, ParticleSurnameBeforeSaidOrWho) {
  EXPECT_THAT(Typed("Tarvo van der Velmen said the dike held. \"It is late,\" "
                    "said Ilse op de Dunkarr, who runs a cafe. Camera Velmora "
                    "della Tarvika Italiana said sales rose."),
              ::testing::ElementsAre(
                  "PERSON Tarvo van der Velmen", "PERSON Ilse op de Dunkarr",
                  "ORG Camera Velmora della Tarvika Italiana"));
}

// A given name written in capitals before a word that is not is an acronym
// ("IDA Ireland"), no person.
TEST(Entities, CapitalsGivenNameBeforeKnownPlace) {
  EXPECT_THAT(Typed("Officials said IDA Ireland would help."),
              ::testing::ElementsAre("ORG IDA Ireland"));
}

// "St." or "Ste." before one word names a town, also before a given name;
// a surname holding "St." stays a person's.
TEST(Entities, SaintAbbreviationTown) {
  EXPECT_THAT(Typed("Homes in St. Norbert and Ste. Agathe flooded, Mayor "
                    "Velmo St. Tarvik said."),
              ::testing::ElementsAre("GPE St. Norbert", "GPE Ste. Agathe",
                                     "PERSON Velmo St. Tarvik"));
}

// A Gaelic or Welsh place name's first element makes an unknown word a
// town's where nothing else types it.
TEST(Entities, CelticTownShape) {
  EXPECT_THAT(Typed("Crowds gathered in Ballyvelmo on Friday as Llantarvik "
                    "waited."),
              ::testing::ElementsAre("GPE Ballyvelmo", "GPE Llantarvik"));
}

// A firm's role noun opening a sentence stays out of the firm's name; a
// title the lexicon lists stays out of the person's.
TEST(Entities, RoleNounAndTitleBeforeNames) {
  EXPECT_THAT(Typed("Supplier Velmo Aerostructures Inc. said it would cut "
                    "jobs. District Collector Tarvika Dunkarran said."),
              ::testing::ElementsAre("ORG Velmo Aerostructures Inc.",
                                     "PERSON Tarvika Dunkarran"));
}

// A demonym that is also a given name, before a given name or an unknown
// word and a surname, is the person's nationality; before a surname alone
// it is the given name.
TEST(Entities, GivenNameDemonymBeforeFullName) {
  EXPECT_THAT(Typed("Finn Velmo Tarvikainen won and Finn Harper was second."),
              ::testing::ElementsAre("NORP Finn", "PERSON Velmo Tarvikainen",
                                     "PERSON Finn Harper"));
}

// Irish "Páirc" opens a ground's name.
TEST(Entities, IrishGroundOpener) {
  EXPECT_THAT(Typed("The final will be played at Páirc Uí Velmo in June."),
              ::testing::ElementsAre("FAC Páirc Uí Velmo"));
}

// "Crater" and "Caldera" head natural features; "Hajia", "Alhaji" are
// honorifics kept out of the name.
TEST(Entities, CraterHeadAndHajjHonorifics) {
  EXPECT_THAT(
      Typed("Alhaji Velmo Tarvik said the Dunkarra Crater was safe."),
      ::testing::ElementsAre("PERSON Velmo Tarvik", "LOC Dunkarra Crater"));
}

// A people's adjective before a known league names the competition; after
// "the", a given name before a known feature names a stretch of it.
TEST(Entities, NationalityLeagueAndGivenNameFeature) {
  EXPECT_THAT(Typed("The Kenyan Premier League resumed as boats on the "
                    "Victoria Nile stopped."),
              ::testing::ElementsAre("EVENT Kenyan Premier League",
                                     "LOC Victoria Nile"));
}

// A dateline's town may end in a possessive's "'S", and its state may be an
// abbreviation the lexicon does not list.
TEST(Entities, DatelinePossessiveTownAndUnlistedStateAbbreviation) {
  EXPECT_THAT(Typed("ST. VELMO'S, Newfoundland — The city said."),
              ::testing::ElementsAre("GPE ST. VELMO'S", "GPE Newfoundland"));
  EXPECT_THAT(Typed("TARVIK, Dunk. — The city said."),
              ::testing::ElementsAre("GPE TARVIK", "GPE Dunk."));
}

// Local and church titles stay out of the names they precede.
TEST(Entities, LocalAndChurchTitles) {
  EXPECT_THAT(
      Typed("Assemblymember Velmo Tarvik and Secretary-Treasurer Ana "
            "Dunkarra met Ecumenical Patriarch Tarvo Velmides."),
      ::testing::ElementsAre("PERSON Velmo Tarvik", "PERSON Ana Dunkarra",
                             "PERSON Tarvo Velmides"));
}

// A university's name goes on over "at" and its campus's town.
TEST(Entities, UniversityAtCampusTown) {
  EXPECT_THAT(Typed("She teaches at the University of Velmora at Tarvik Hill "
                    "and lives in Dunkarra."),
              ::testing::ElementsAre("ORG University of Velmora at Tarvik Hill",
                                     "GPE Dunkarra"));
}

// "Abbey" heads a site; a one-word name's 's before a natural feature's
// head makes one name; "Mullah" is an honorific.
TEST(Entities, AbbeyPossessiveFeatureAndMullah) {
  EXPECT_THAT(
      Typed("Mullah Velmo Tarvik met walkers from Dunkarra Abbey at "
            "Lindqvor's Bay."),
      ::testing::ElementsAre("PERSON Velmo Tarvik", "FAC Dunkarra Abbey",
                             "LOC Lindqvor's Bay"));
}

// "Champions" before a club and a bottler's or a jeweller's role noun stay
// out of the name; "Companies" heads a firm's; "Co-Chief Executive" is a
// title.
TEST(Entities, ChampionsRoleNounsCompaniesAndCoTitles) {
  EXPECT_THAT(Typed("Champions Velmo Rovers won 2-0. Bottler Tarvik Drinks Inc "
                    "said. Co-Chief Executive Ana Dunkarra said Velmo Rose "
                    "Companies grew."),
              ::testing::ElementsAre(
                  "ORG Velmo Rovers", "ORG Tarvik Drinks Inc",
                  "PERSON Ana Dunkarra", "ORG Velmo Rose Companies"));
}

// A capitalized domain names its firm; opening a longer name it goes into
// it; a web address with a scheme or "www." names nothing.
TEST(Entities, DomainNamesAFirm) {
  EXPECT_THAT(Typed("Bookings through Velmora.com rose, Tarvik.com Inc. fell, "
                    "fans filled the Dunkarra.com Arena and www.velmo.com "
                    "closed."),
              ::testing::ElementsAre("ORG Velmora.com", "ORG Tarvik.com Inc.",
                                     "FAC Dunkarra.com Arena"));
}

// An unknown name before "satellite(s)" is the craft's, no entity; the same
// name elsewhere is the operator's ("Starlink" is no longer a no_entity
// word).
TEST(Entities, SatelliteNamesAndStarlink) {
  EXPECT_THAT(Typed("Velmosat satellites failed. SpaceX's Starlink won "
                    "clearance."),
              ::testing::ElementsAre("ORG SpaceX", "ORG Starlink"));
}

// "Terminal" heads a body's name ("APM Terminals"), a site's after a
// venue's word ("Marine", "Container"); "Free State" is a province and its
// side.
TEST(Entities, TerminalsAndFreeState) {
  EXPECT_THAT(
      Typed("Volumes at the Velmo Marine Terminal rose, Tarvik Terminal "
            "Systems said, and farmers in the Free State waited."),
      ::testing::ElementsAre("FAC Velmo Marine Terminal",
                             "ORG Tarvik Terminal Systems", "GPE Free State"));
}

// "its" after "the town of" and a name refers to the town, not a firm the
// name would be; "which" after a place's preposition and one word leaves
// the word a town (it was a firm's evidence); the same word bare before
// "its" is still a firm.
TEST(Entities, ItsAfterTownOfAndWhichAfterFrom) {
  EXPECT_THAT(
      Typed("The suburb of Velmora will get its own clinic. Buses "
            "came from Tarvikpur, which flooded. Analysts said Dunkarrex "
            "raised its prices."),
      ::testing::ElementsAre("GPE Velmora", "GPE Tarvikpur", "ORG Dunkarrex"));
}

// A beach's or a palace's noun after an unknown name makes it a natural
// feature's or a site's, as "mine" or "river" do; "Hut", "Bypass" and
// "Sluice" head a site's name, "Seaway" a waterway's.
TEST(Entities, BeachPalaceHutBypassSeaway) {
  EXPECT_THAT(
      Typed("Boats were stuck at Velmora beach, guards stood outside the "
            "Tarvik palace, climbers slept at Dunkarra Hut, lorries used "
            "the Velmo Bypass and ships left the Lindqvor Seaway."),
      ::testing::ElementsAre("LOC Velmora", "FAC Tarvik", "FAC Dunkarra Hut",
                             "FAC Velmo Bypass", "LOC Lindqvor Seaway"));
}

// Two unknown words after "and" and a place named after a place's context
// word or a bare preposition of place are the next place; not with a given
// name or an acronym in them.
TEST(Entities, TwoWordPlaceConjunct) {
  EXPECT_THAT(
      Typed("Staff came from Velmora and Tarvik Market. In towns such as "
            "Dunkarra and Velmo Sales, water rose. Talks between Velmora and "
            "TVK Lindqvor stalled. Police in Velmora and Anna Tarvik met."),
      ::testing::ElementsAre("GPE Velmora", "GPE Tarvik Market", "GPE Dunkarra",
                             "GPE Velmo Sales", "GPE Velmora",
                             "ORG TVK Lindqvor", "GPE Velmora",
                             "PERSON Anna Tarvik"));
}

// An article after a place's preposition and one word leaves the word a
// place ("dumping at Velmora a year after"; a noun there makes it a
// modifier, "at Tarvik offices"); "ridge" after a name makes it a natural
// feature's; "Lakes" and "Rathaus" are heads.
TEST(Entities, ArticleAfterPlacePrepRidgeLakesRathaus) {
  EXPECT_THAT(
      Typed("Dumping at Velmora a year ago angered staff at Tarvik offices. "
            "Dams on the Dunkarra ridge fed the Velmo Lakes, and officials at "
            "the Lindqvor Rathaus agreed."),
      ::testing::ElementsAre("GPE Velmora", "ORG Tarvik", "LOC Dunkarra",
                             "LOC Velmo Lakes", "FAC Lindqvor Rathaus"));
}

// A compound's capital after its hyphen spells the acronym too; "body" and
// "watchdog" before a name make it a body's, as "regulator" does;
// "Deutsche" opens a body's name; an appositive whose organization noun
// comes before a title ("the company chairman") or after "for" is a
// person's.
TEST(Entities, HyphenAcronymBodyNounsAndTitledAppositives) {
  EXPECT_THAT(
      Typed("The Inter-Velmo Tarvik Relations (IVTR) unit said so. The "
            "industry body Velmo Dunkarra and the watchdog Tarvikom agreed. "
            "Unions at Deutsche Velmopost struck. \"No,\" said Lindqvor Velmo, "
            "the company chairman. \"Yes,\" said Dunkarra Tarvik, an officer "
            "for the union Velmunite."),
      ::testing::ElementsAre("ORG Inter-Velmo Tarvik Relations", "ORG IVTR",
                             "ORG Velmo Dunkarra", "ORG Tarvikom",
                             "ORG Deutsche Velmopost", "PERSON Lindqvor Velmo",
                             "PERSON Dunkarra Tarvik", "ORG Velmunite"));
}

// "Vallee" opens a natural feature's name whatever follows it; Salvador,
// a given name, is a city alone and a person's first name before a
// surname.
TEST(Entities, ValleeOpenerAndSalvador) {
  EXPECT_THAT(Typed("Growers in the Vallée de Tarvik said that officials in "
                    "Salvador and Salvador Velmo agreed."),
              ::testing::ElementsAre("LOC Vallée de Tarvik", "GPE Salvador",
                                     "PERSON Salvador Velmo"));
}

// Australian football's rows: goals and behinds, then the total in
// brackets; a compass word before a known town opening a row is part of
// the club's name.
TEST(Entities, AustralianFootballRowsAndCompassClubs) {
  EXPECT_THAT(Typed("Results on Sunday:\n\n"
                    "North Melbourne 17.14 (116) Tarvik Rovers 12.9 (81)\n"
                    "Geelong 21.18 (144) Velmora 10.12 (72)\n"),
              ::testing::ElementsAre("ORG North Melbourne", "ORG Tarvik Rovers",
                                     "ORG Geelong", "ORG Velmora"));
}

// One unknown word after "the" in a sentence with a river's word
// (entity_word in=river_cue) is a river, also before "its" or a cue verb;
// not a product before its noun, nor a body that speaks.
TEST(Entities, RiverAfterTheByRiverCues) {
  EXPECT_THAT(
      Typed("Erosion by the Velmoza has cost 300 homes. The Tarvika burst its "
            "banks on Monday. A flood of mail came as the Dunkarrex virus "
            "spread. Officials said the Lindqvora said flooding was over."),
      ::testing::ElementsAre("GPE Velmoza", "GPE Tarvika", "ORG Dunkarrex",
                             "ORG Lindqvora"));
}

// A capital after a first part of three letters makes a firm's camel-case
// name ("OneWeb", "PayPal"), not after a name's prefix ("DelBene",
// "KwaZulu").
TEST(Entities, CamelCaseAfterThreeLetters) {
  EXPECT_THAT(Typed("Satellites came from TarVelmo and links from DunKarra, "
                    "staff said, as Suzan DelBene toured towns in KwaVelmo."),
              ::testing::ElementsAre("ORG TarVelmo", "ORG DunKarra",
                                     "PERSON Suzan DelBene", "GPE KwaVelmo"));
}

// A role noun no lexicon knows (or knows only as a cue word) opening a
// sentence before a person's name describes the person; "Spaceport" heads
// a site's name, "Caye" an island's.
TEST(Entities, RoleNounBeforeNameSpaceportCaye) {
  EXPECT_THAT(
      Typed("Biologist Terrence Velmo said rockets left Tarvik "
            "Spaceport for Dunkarra Caye."),
      ::testing::ElementsAre("PERSON Terrence Velmo", "FAC Tarvik Spaceport",
                             "LOC Dunkarra Caye"));
}

// A given name alone that spells the dateline's one-word town is the town,
// in the heading above the dateline too; elsewhere it stays a person's.
TEST(Entities, GivenNameSpellingTheDatelineTown) {
  EXPECT_THAT(Typed("Dudley trams run at last\n\nDUDLEY \xe2\x80\x94 The first "
                    "trams ran on Saturday, and traders met Dudley "
                    "councillors."),
              ::testing::ElementsAre("GPE Dudley", "GPE DUDLEY", "GPE Dudley"));
  EXPECT_THAT(Typed("LONDON \xe2\x80\x94 The first trams ran on Saturday, and "
                    "traders met Dudley councillors."),
              ::testing::ElementsAre("GPE LONDON", "PERSON Dudley"));
}

// "Gas" qualifies a minister's title as "Oil" does (no body named "Oil and
// Gas" before the minister); ICE's full name is one body.
TEST(Entities, OilAndGasMinisterAndIce) {
  EXPECT_THAT(
      Typed("Oil and Gas Minister Velmo Tarvik said agents of U.S. "
            "Immigration and Customs Enforcement left."),
      ::testing::ElementsAre("PERSON Velmo Tarvik",
                             "ORG U.S. Immigration and Customs Enforcement"));
}

// Welsh "Ysbyty" (hospital) opens a site's name, as "Estadio" does.
TEST(Entities, YsbytyOpensASite) {
  EXPECT_THAT(Typed("Waits at Ysbyty Glan Velmo were the longest in Wales."),
              ::testing::ElementsAre("FAC Ysbyty Glan Velmo", "GPE Wales"));
}

// A road's code with a hyphen ("BR-163", "A-52") before a road's word, or
// after "the" with one near; a plain code before a way's preposition
// ("the A44 through", "the M25 into"); not a model's code.
TEST(Entities, HyphenRoadCodesAndWayPrepositions) {
  EXPECT_THAT(Typed("Fires burned along the BR-163 highway, lorries took the "
                    "A44 into Wales, and two F-35 jets flew over."),
              ::testing::ElementsAre("FAC BR-163", "FAC A44", "GPE Wales"));
}

// "FM" heads a radio station's name, an outlet's.
TEST(Entities, FmStations) {
  std::vector<Found> got =
      Recognize("The council told Tarvik Bay FM the road would shut.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "Tarvik Bay FM");
  EXPECT_EQ(got[0].type, "ORG");
  EXPECT_TRUE(got[0].outlet);
}

// After a body's head, "and" and a body's adjective in "-ed" before more
// name words ending in a head go on with the one body.
TEST(Entities, AndAlliedWorkersUnion) {
  EXPECT_THAT(
      Typed("Members of the Velmo Transport and Allied Workers Union "
            "struck."),
      ::testing::ElementsAre("ORG Velmo Transport and Allied Workers Union"));
}

// "pit", "colliery" and "quarry" after a name make it a site's,
// "coalfield" a natural feature's.
TEST(Entities, PitQuarryCoalfield) {
  EXPECT_THAT(
      Typed("Miners kept the Velmo pit open, the Tarvik quarry shut and "
            "the Dunkarra coalfield emptied."),
      ::testing::ElementsAre("FAC Velmo", "FAC Tarvik", "LOC Dunkarra"));
}

// A scorers' line: each side before its dash is a team (a country stays a
// place), the names after it, with their minutes, its scorers.
TEST(Entities, ScorersLineSidesAndPlayers) {
  EXPECT_THAT(Typed("Scorers: Piacenza - Velmo Tarvik (12th), Dunkarra (67th); "
                    "Kenya - Lindqvor 2. Attendance: 21,000."),
              ::testing::ElementsAre("ORG Piacenza", "PERSON Velmo Tarvik",
                                     "PERSON Dunkarra", "GPE Kenya",
                                     "PERSON Lindqvor"));
  // (A known side holding a lower-case word is read whole, as in a row.)
  EXPECT_THAT(
      Typed("Scorers: Gimnasia y Esgrima - Velmo Tarvik (12th); "
            "River Plate - Dunkarra (40th)."),
      ::testing::ElementsAre("ORG Gimnasia y Esgrima", "PERSON Velmo Tarvik",
                             "ORG River Plate", "PERSON Dunkarra"));
}

// A club's head and its town before "and" end a club's name: the name
// after "and" is another club's ("United Savings and Loan Association"
// stays one body).
TEST(Entities, ClubAndClubAreTwo) {
  EXPECT_THAT(
      Typed("Athletic Bilbao and Real Sociedad drew 1-1."),
      ::testing::ElementsAre("ORG Athletic Bilbao", "ORG Real Sociedad"));
  EXPECT_THAT(
      Typed("Deposits moved to United Savings and Loan Association."),
      ::testing::ElementsAre("ORG United Savings and Loan Association"));
}

// Dutch "ten" (as "ter", "van") is a surname's particle between name words.
TEST(Entities, TenParticle) {
  EXPECT_THAT(Typed("Velmo ten Dunkarra scored twice."),
              ::testing::ElementsAre("PERSON Velmo ten Dunkarra"));
}

// A long name ending in a particle and a word, in an appositive between
// commas before a reporting verb, is a person's.
TEST(Entities, ParticleNameAppositiveBeforeSaid) {
  EXPECT_THAT(Typed("The prosecutor, Velmo van der Tarvik, said the case "
                    "would go ahead."),
              ::testing::ElementsAre("PERSON Velmo van der Tarvik"));
}

// A given name's 's before a site's head names the site; before a body's
// head the person stays apart.
TEST(Entities, GivenNamePossessiveSite) {
  EXPECT_THAT(Typed("Pilgrims prayed at Joseph's Tomb near Velmora."),
              ::testing::ElementsAre("FAC Joseph's Tomb", "GPE Velmora"));
}

// "Dock" and "Wall" are sites' heads (and surnames: "Ann Wall said").
TEST(Entities, DockAndWallHeads) {
  EXPECT_THAT(Typed("Blades are built at Velmora Dock, near the Tarvik Wall."),
              ::testing::ElementsAre("FAC Velmora Dock", "FAC Tarvik Wall"));
}

// "through" is a place's preposition (entity_word in=place_prep): one word
// no lexicon knows after it is a place by default, as after "from".
TEST(Entities, ThroughPlacePrep) {
  EXPECT_THAT(Typed("The new line will run from Leeds through Velmora."),
              ::testing::ElementsAre("GPE Leeds", "GPE Velmora"));
}

// An electoral district's word before "of" (entity_context
// role=place_before): "the riding of", "the constituency of".
TEST(Entities, RidingOfPlace) {
  EXPECT_THAT(
      Typed("The party took the riding of Velmora from Tarvik Dunkarra."),
      ::testing::Contains("GPE Velmora"));
}

// The generated town list holds British and Irish villages of 1,000 people
// (scripts/gen_towns.py --min-british 1000): one with no other evidence is a
// place by default.
TEST(Entities, BritishVillageFromTheTownList) {
  EXPECT_THAT(Typed("The Carnwath road was shut for a week."),
              ::testing::ElementsAre("GPE Carnwath"));
}

// An acronym in brackets after a body's name whose capitalized words its
// letters open, in order, is the body's, though a place is spelled alike;
// a country after a person's name stays the country.
TEST(Entities, BracketAcronymSpelledLooselyOverAPlace) {
  EXPECT_THAT(Typed("The Northern Institute for Rural Clinical Excellence "
                    "(NICE) said NICE would review the drug."),
              ::testing::ElementsAre(
                  "ORG Northern Institute for Rural Clinical Excellence",
                  "ORG NICE", "ORG NICE"));
  EXPECT_THAT(Typed("Velmo Tarvik (US) won the final."),
              ::testing::ElementsAre("PERSON Velmo Tarvik", "GPE US"));
}

// "Borough" heads a council's name, which goes on over "of" and its place.
TEST(Entities, BoroughOfPlace) {
  EXPECT_THAT(Typed("The Royal Borough of Velmora said it would appeal."),
              ::testing::ElementsAre("ORG Royal Borough of Velmora"));
}

// A romanized Chinese given name's six-letter syllable after its hyphen
// ("Pin-hsiung") keeps the name whole; an English compound does not
// ("the House-passed measure").
TEST(Entities, SixLetterSyllableInAHyphenatedGivenName) {
  EXPECT_THAT(Typed("Opposition leader Chiang Pin-hsiung said the vote was "
                    "fair."),
              ::testing::ElementsAre("PERSON Chiang Pin-hsiung"));
  EXPECT_THAT(Typed("The House-passed measure stalled."), ::testing::IsEmpty());
}

// South Asian sites' heads (Masjid, Mandir, Bhavan, Gurdwara) and a
// committee's (Samiti), which ends a temple committee's name.
TEST(Entities, SouthAsianSiteAndCommitteeHeads) {
  EXPECT_THAT(
      Typed("Crowds gathered outside Velmo Masjid while the Tarvik "
            "Mandir Samiti met."),
      ::testing::ElementsAre("FAC Velmo Masjid", "ORG Tarvik Mandir Samiti"));
}

// "Levels", "Fens", "Downs" head a natural region's name.
TEST(Entities, LevelsFensDownsHeads) {
  EXPECT_THAT(Typed("Floods covered the Velmora Levels and the Tarvik Fens."),
              ::testing::ElementsAre("LOC Velmora Levels", "LOC Tarvik Fens"));
}

// A legal form in capitals opening a name (Indonesia's PT) makes a firm of
// it whatever site's head ends it; Pacific Time after a clock stays none.
TEST(Entities, LegalFormOpeningAName) {
  EXPECT_THAT(Typed("Villagers blocked the road into the PT Velmora Industrial "
                    "Park on Tuesday."),
              ::testing::ElementsAre("ORG PT Velmora Industrial Park"));
  EXPECT_THAT(Typed("The call starts at 9 a.m. PT on Monday."),
              ::testing::IsEmpty());
}

// Clubs' plural nicknames (Rangers, Stars, Gaels, Harps) end a club's name
// after any word; one alone still names a club, "and" before one joins no
// name, and one alone before "of" is a common noun.
TEST(Entities, ClubNicknamesRangersAndStars) {
  EXPECT_THAT(Typed("Velmo Rangers beat Tarvik Stars 2-1 on Saturday."),
              ::testing::ElementsAre("ORG Velmo Rangers", "ORG Tarvik Stars"));
  EXPECT_THAT(
      Typed("Dunkarra Gaels and Lindqvor Harps drew 1-10 to 0-13."),
      ::testing::ElementsAre("ORG Dunkarra Gaels", "ORG Lindqvor Harps"));
  EXPECT_THAT(Typed("Rangers of the Velmora Park Service rescued two hikers."),
              ::testing::ElementsAre("ORG Velmora Park Service"));
  EXPECT_THAT(
      Typed("Halvard rejected a bid from Rangers for Scotland captain Tom "
            "Velmora."),
      ::testing::Contains("ORG Rangers"));
}

// "Lough" ends a lake's or an inlet's name as "Loch"/"Lough" open one;
// "Slieve" opens a mountain's. A given name before "Lough" makes a person.
TEST(Entities, LoughAndSlieve) {
  EXPECT_THAT(Typed("Boats left Velmora Lough while walkers climbed Slieve "
                    "Tarvik."),
              ::testing::ElementsAre("LOC Velmora Lough", "LOC Slieve Tarvik"));
  EXPECT_THAT(Typed("The ferry was late, said Tom Lough."),
              ::testing::ElementsAre("PERSON Tom Lough"));
}

// A results row may end in a dash before a note on the series ("Boston 4
// TAMPA 3 - Boston lead series 2-1"): its sides are teams.
TEST(Entities, ResultRowEndingInADash) {
  EXPECT_THAT(Typed("Results on Saturday:\n\nDenver 4 TEXAS 3 - Denver "
                    "lead series 2-1\n"),
              ::testing::ElementsAre("ORG Denver", "ORG TEXAS", "ORG Denver"));
}

// US universities go by their sports names ("Penn State", "Virginia
// Tech"); bowl games are events.
TEST(Entities, DomesCollegeNamesAndBowls) {
  EXPECT_THAT(Typed("Velmo Rovers will play Penn State in the Fiesta Bowl."),
              ::testing::ElementsAre("ORG Velmo Rovers", "ORG Penn State",
                                     "EVENT Fiesta Bowl"));
}

// After "the", a known place or a listed town (after a compass word or
// not), "and" and a name ending in a body's heads make one body, an
// acronym (NHS) inside; a known body after "and" stays apart.
TEST(Entities, ThePlaceAndPlaceBody) {
  EXPECT_THAT(
      Typed("A spokesman for the Maidstone and Velmora Hospital NHS "
            "Trust said beds were full."),
      ::testing::ElementsAre("ORG Maidstone and Velmora Hospital NHS Trust"));
  EXPECT_THAT(
      Typed("The East Suffolk and North Tarvik NHS Foundation Trust met."),
      ::testing::ElementsAre(
          "ORG East Suffolk and North Tarvik NHS Foundation Trust"));
  EXPECT_THAT(
      Typed("Talks between the Netherlands and European Commission "
            "officials ended."),
      ::testing::ElementsAre("GPE Netherlands", "ORG European Commission"));
}

// A pipeline's name is a site's (FAC) unless a body's head ends it
// (Consortium, Co); "Alps" and "Waterway" end a natural feature's name.
TEST(Entities, PipelinesAlpsAndWaterways) {
  EXPECT_THAT(
      Typed("Oil from the Velmora Pipeline reached the Tarvik Waterway, the "
            "Velmo Pipeline Consortium said."),
      ::testing::ElementsAre("FAC Velmora Pipeline", "LOC Tarvik Waterway",
                             "ORG Velmo Pipeline Consortium"));
  EXPECT_THAT(Typed("Snow fell early in the Dunkarra Alps."),
              ::testing::ElementsAre("LOC Dunkarra Alps"));
}

// After "the", a motorway's code of M and one digit from 5 is a road with
// no road word near; M and a digit below 5 may be a money aggregate.
TEST(Entities, MotorwayCodesFromM5) {
  EXPECT_THAT(Typed("Velmo Rovers play near the M6, the club said."),
              ::testing::ElementsAre("ORG Velmo Rovers", "FAC M6"));
  EXPECT_THAT(Typed("The M3 rose 5 percent in March."),
              ::testing::Not(::testing::Contains("FAC M3")));
}

// A church named after its saint ("St Velmo's Church") is the building; a
// church's other names stay a body.
TEST(Entities, SaintsChurchIsABuilding) {
  EXPECT_THAT(Typed("Tourists visited St Velmo's Church while the Tarvik "
                    "Methodist Church met."),
              ::testing::ElementsAre("FAC St Velmo's Church",
                                     "ORG Tarvik Methodist Church"));
}

// County Kerry is a place by its one word ("the Kerry title"); a given
// name still opens a person's name before a surname.
TEST(Entities, KerryCounty) {
  EXPECT_THAT(Typed("Velmo Rovers won the Kerry title, and Kerry Tarvik said "
                    "so."),
              ::testing::ElementsAre("ORG Velmo Rovers", "GPE Kerry",
                                     "PERSON Kerry Tarvik"));
}

// South Indian toponyms' endings (-puri, -puram, -palli, -halli, -pettai,
// -kottai) make an unknown one-word name a town.
TEST(Entities, SouthIndianTownShapes) {
  EXPECT_THAT(Typed("Police said Velmapuri and Tarvikottai were calm."),
              ::testing::ElementsAre("GPE Velmapuri", "GPE Tarvikottai"));
}

// "Parliament" names a body only where it is not written in capitals
// (case=mixed): an all-caps heading's "PARLIAMENT" is the common noun.
TEST(Entities, ParliamentInAHeadingIsACommonNoun) {
  EXPECT_THAT(Typed("VELMORAN PARLIAMENT PASSES BUDGET\n\nThe Velmoran "
                    "parliament met on Friday.\n"),
              ::testing::Not(::testing::Contains("ORG PARLIAMENT")));
  EXPECT_THAT(Typed("Parliament voted on Friday."),
              ::testing::ElementsAre("ORG Parliament"));
}

// "beside" and "past" are ways' prepositions (the_place_prep): before "the"
// and one unknown word they name a place, and a road's code before
// "beside" is a road.
TEST(Entities, BesideAndPastArePlacePrepositions) {
  EXPECT_THAT(Typed("Boats sailed past the Velmo and moored beside the "
                    "Tarvik."),
              ::testing::ElementsAre("GPE Velmo", "GPE Tarvik"));
  EXPECT_THAT(Typed("Queues built up on the A82 beside Loch Ness."),
              ::testing::ElementsAre("FAC A82", "LOC Loch Ness"));
}

// "Memorial", "Community", "Communities" before a venue's head (Centre,
// Center) make a site: "the Velmo Memorial Centre".
TEST(Entities, MemorialAndCommunityCentres) {
  EXPECT_THAT(Typed("Fans packed the Velmo Memorial Centre and the Tarvik "
                    "Community Center."),
              ::testing::ElementsAre("FAC Velmo Memorial Centre",
                                     "FAC Tarvik Community Center"));
}

// "Library" ends a site's name (FAC; a given name before it makes a
// person); the Library of Congress and the British Library are bodies.
TEST(Entities, LibrariesAreSites) {
  EXPECT_THAT(
      Typed("Students queued at the Velmo Library while the Library "
            "of Congress met."),
      ::testing::ElementsAre("FAC Velmo Library", "ORG Library of Congress"));
}

// "Oval", "Sportsground" and "Grounds" end a sports ground's name.
TEST(Entities, OvalsSportsgroundsAndGrounds) {
  EXPECT_THAT(Typed("Velmo Rovers played at Tarvik Oval and the Dunkarra "
                    "Sportsground."),
              ::testing::ElementsAre("ORG Velmo Rovers", "FAC Tarvik Oval",
                                     "FAC Dunkarra Sportsground"));
}

// Western Samoa (Samoa's name to 1997) is a country, a national side in a
// match report; "Thistle" is a club's head ("Partick Thistle").
TEST(Entities, WesternSamoaAndThistle) {
  EXPECT_THAT(Typed("Western Samoa beat Ireland 40-25 while Velmo Thistle "
                    "drew with Tarvik Rovers."),
              ::testing::ElementsAre("GPE Western Samoa", "GPE Ireland",
                                     "ORG Velmo Thistle", "ORG Tarvik Rovers"));
}

// Hebridean, Orkney and Shetland islands as places (Barra, Tiree, Mull);
// "Mull" only where it is not in capitals (case=mixed): a heading's verb.
TEST(Entities, ScottishIslands) {
  EXPECT_THAT(Typed("Islanders on Barra and Tiree waited for the ferry from "
                    "Mull."),
              ::testing::ElementsAre("LOC Barra", "LOC Tiree", "LOC Mull"));
  EXPECT_THAT(Typed("VELMO TO MULL RATE CUT\n"),
              ::testing::Not(::testing::Contains("LOC MULL")));
}

// Iraqi towns in the wire's spellings without the final h (Nasiriya,
// Diwaniya) name the gazetteer's towns.
TEST(Entities, IraqiTownsWireSpellings) {
  EXPECT_THAT(Typed("Nasiriya and Diwaniya were calm, officials said."),
              ::testing::ElementsAre("GPE Nasiriya", "GPE Diwaniya"));
}

// Plural nouns for people (Drivers, Pilots, Tourists, Volunteers ...)
// opening a sentence name no one.
TEST(Entities, PeoplePluralsOpeningASentence) {
  EXPECT_THAT(Typed("Drivers said the road to Velmo was shut."),
              ::testing::ElementsAre("GPE Velmo"));
  EXPECT_THAT(Typed("Volunteers said the Tarvik Rovers ground was flooded."),
              ::testing::ElementsAre("ORG Tarvik Rovers"));
}

// A results line opening "In <venue> :" holds a result after the colon:
// its sides are teams, the venue a place.
TEST(Entities, ResultAfterInVenueColon) {
  EXPECT_THAT(Typed("Results of other matches:\n\nIn Christchurch : "
                    "Canterbury 19 Otago 24\n"),
              ::testing::ElementsAre("GPE Christchurch", "ORG Canterbury",
                                     "ORG Otago"));
}

// "Fleet" heads a navy's fleet's name (ORG), and a nationality before it
// stays apart (state_body): "the Russian Black Sea Fleet".
TEST(Entities, NavalFleets) {
  EXPECT_THAT(Typed("Ships of the Russian Black Sea Fleet left Sevastopol "
                    "as the Ukrainian Southern Fleet sailed."),
              ::testing::ElementsAre("NORP Russian", "ORG Black Sea Fleet",
                                     "GPE Sevastopol", "NORP Ukrainian",
                                     "ORG Southern Fleet"));
}

// Hyphenated vice titles match in lower case too ("vice-chairman"): a head
// opening a sentence before one is the common noun.
TEST(Entities, LowerCaseViceTitles) {
  EXPECT_THAT(
      Typed("The Velmo Affairs Council said so. Council "
            "vice-chairman Tom Tarvik agreed."),
      ::testing::ElementsAre("ORG Velmo Affairs Council", "PERSON Tom Tarvik"));
}

// Russia's republics and regions by their short names (Komi, Kalmykia,
// Tuva, Chukotka) are places; the Kuzbass is a natural region.
TEST(Entities, RussianRepublicsAndRegions) {
  EXPECT_THAT(
      Typed("Miners in the Kuzbass struck while Kalmykia and Tuva "
            "voted."),
      ::testing::ElementsAre("LOC Kuzbass", "GPE Kalmykia", "GPE Tuva"));
}

// Kimberley (a town in South Africa and in British Columbia, a region of
// Western Australia) is a place and a given name; the Bab el-Mandeb a
// strait.
TEST(Entities, KimberleyAndBabElMandeb) {
  EXPECT_THAT(Typed("Kimberley was flooded and the Bab el-Mandeb was closed, "
                    "Kimberley Velmo said."),
              ::testing::ElementsAre("GPE Kimberley", "LOC Bab el-Mandeb",
                                     "PERSON Kimberley Velmo"));
}

// "Which?", Britain's consumer group, with its question mark.
TEST(Entities, WhichConsumerGroup) {
  EXPECT_THAT(Typed("Consumer group Which? said the Velmo Bank fine was "
                    "small."),
              ::testing::ElementsAre("ORG Which?", "ORG Velmo Bank"));
}

// "Mass", the service, is a common word; "Mass Transit Railway" keeps it.
TEST(Entities, MassIsACommonWord) {
  EXPECT_THAT(Typed("Hundreds attended Mass in Tarvik before the Mass "
                    "Transit Railway reopened."),
              ::testing::ElementsAre("GPE Tarvik", "ORG Mass Transit Railway"));
}

// "Northern Irish" is one nationality adjective.
TEST(Entities, NorthernIrishIsOneNationality) {
  EXPECT_THAT(
      Typed("The Northern Irish economy grew, Tom Velmo said."),
      ::testing::ElementsAre("NORP Northern Irish", "PERSON Tom Velmo"));
}

// A body's head alone before a title or a role's noun and a name is the
// common noun, no short form of the body named before; a club's head is.
TEST(Entities, BodyHeadBeforeTitleIsNoShortForm) {
  EXPECT_THAT(Typed("The Velmora District Council met on Monday. Council "
                    "member Anna Tarvik said the road would close."),
              ::testing::ElementsAre("ORG Velmora District Council",
                                     "PERSON Anna Tarvik"));
  EXPECT_THAT(Typed("The Tarvik Housing Association met. Association "
                    "treasurer Ola Lindqvor said rents would rise."),
              ::testing::ElementsAre("ORG Tarvik Housing Association",
                                     "PERSON Ola Lindqvor"));
  EXPECT_THAT(Typed("Tarvik United won again. United keeper Ola Lindqvor "
                    "saved twice."),
              ::testing::Contains("ORG United"));
}

// South Asian given names open a four-word name; "Mt" opens a mountain's;
// South Asian parties by name.
TEST(Entities, SouthAsianNamesMtAndParties) {
  EXPECT_THAT(Typed("Syed Tarvik Hussain Velmo told the assembly he would "
                    "resign."),
              ::testing::ElementsAre("PERSON Syed Tarvik Hussain Velmo"));
  EXPECT_THAT(Typed("Climbers left Mt Dunkarra on Sunday."),
              ::testing::ElementsAre("LOC Mt Dunkarra"));
  EXPECT_THAT(Typed("Dravida Munnetra Kazhagam won most seats, and Janata "
                    "Dal came second."),
              ::testing::ElementsAre("ORG Dravida Munnetra Kazhagam",
                                     "ORG Janata Dal"));
}

// "off", "below", "above" before one unknown word make a place (as "at" and
// "from" do), "into" and "via" may follow one; a phrasal verb's "off" does not.
TEST(Entities, OffBelowAboveIntoPlaces) {
  EXPECT_THAT(Typed("Two trawlers sank off Dunkarra on Sunday."),
              ::testing::ElementsAre("GPE Dunkarra"));
  EXPECT_THAT(Typed("Eels breed below Velmoa each spring."),
              ::testing::ElementsAre("GPE Velmoa"));
  EXPECT_THAT(Typed("Water taxis from Tarvikby into the park were cancelled."),
              ::testing::ElementsAre("GPE Tarvikby"));
  EXPECT_THAT(Typed("The group sold off Velmoco last year."),
              ::testing::ElementsAre("ORG Velmoco"));
}

// A minister's or a secretary's title opening a name takes "for" and the
// portfolio, no body's name; a given name last after a word of no portfolio
// is the surname of a first name no list holds.
TEST(Entities, PortfolioTitleForAndUnlistedFirstName) {
  EXPECT_THAT(Typed("Cabinet Secretary for Health Ola Lindqvor said the ward "
                    "would reopen."),
              ::testing::ElementsAre("PERSON Ola Lindqvor"));
  EXPECT_THAT(Typed("Minister for Health Tarvo Morgan said so."),
              ::testing::ElementsAre("PERSON Tarvo Morgan"));
  EXPECT_THAT(Typed("The Office of the Secretary of Defense in Velmora said "
                    "so."),
              ::testing::Contains("ORG Office of the Secretary of Defense"));
}

// South African titles: a province's MEC (a head), Inkosi (an honorific).
TEST(Entities, MecAndInkosiTitles) {
  EXPECT_THAT(Typed("Health MEC Ola Lindqvor visited the clinic."),
              ::testing::ElementsAre("PERSON Ola Lindqvor"));
  EXPECT_THAT(Typed("Inkosi Tarvo Ntshangase welcomed the plan."),
              ::testing::ElementsAre("PERSON Tarvo Ntshangase"));
}

// An opener right before a known name makes the opener's kind of place, as
// before a particle: a hospital, a mountain named after a place.
TEST(Entities, OpenerBeforeKnownName) {
  EXPECT_THAT(Typed("Patients at Ysbyty Gwynedd waited for hours."),
              ::testing::ElementsAre("FAC Ysbyty Gwynedd"));
  EXPECT_THAT(Typed("They climbed Cerro Chile at dawn."),
              ::testing::ElementsAre("LOC Cerro Chile"));
}

// "of the" after a title and a person's name opens the body the person
// serves, no part of a body's name that a head before the title began.
TEST(Entities, TitledPersonOfTheBody) {
  EXPECT_THAT(Typed("Police Col. Efren Tarvik of the Velmora Police Office "
                    "said two boats sank."),
              ::testing::ElementsAre("PERSON Efren Tarvik",
                                     "ORG Velmora Police Office"));
}

// A patrol names a body ("Highway Patrol"); Kent is a given name as well as
// a county; a few bodies by name.
TEST(Entities, PatrolHeadKentAndBodies) {
  EXPECT_THAT(Typed("The Velmora Highway Patrol closed the road."),
              ::testing::ElementsAre("ORG Velmora Highway Patrol"));
  EXPECT_THAT(Typed("Kent Tarvikson said the hall would close."),
              ::testing::ElementsAre("PERSON Kent Tarvikson"));
  EXPECT_THAT(Typed("Consumer Reports tested the Velmo kettle."),
              ::testing::Contains("ORG Consumer Reports"));
}

// After "and" in a body's name holding "of" or "for", an unknown word and
// a head open a second body; common words and portfolios go on.
TEST(Entities, SecondBodyAfterAndOfComplement) {
  EXPECT_THAT(Typed("Researchers at the University of Velmora and Tarvik "
                    "University found it."),
              ::testing::ElementsAre("ORG University of Velmora",
                                     "ORG Tarvik University"));
  EXPECT_THAT(Typed("The Velmora Department of Natural and Cultural "
                    "Resources said so."),
              ::testing::ElementsAre(
                  "ORG Velmora Department of Natural and Cultural Resources"));
}

// South and Southeast Asian police ranks as titles; Malay "binte" joins a
// patronymic as "binti" does.
TEST(Entities, PoliceRanksAndBinte) {
  EXPECT_THAT(Typed("DSP Rusdi Tarvik said the road was closed."),
              ::testing::ElementsAre("PERSON Rusdi Tarvik"));
  EXPECT_THAT(Typed("Nurul Huda binte Velmo said so."),
              ::testing::ElementsAre("PERSON Nurul Huda binte Velmo"));
}

// "SC" ends a club's name as "FC" does; a few firms by name.
TEST(Entities, ScClubsAndFirms) {
  EXPECT_THAT(Typed("Vipers SC beat Velmo FC 2-0 on Sunday."),
              ::testing::ElementsAre("ORG Vipers SC", "ORG Velmo FC"));
  EXPECT_THAT(Typed("Forges de Clabecq cut 1,800 jobs."),
              ::testing::ElementsAre("ORG Forges de Clabecq"));
}

// In a sports report a known town and a club's head ("City") name the club.
TEST(Entities, TownAndClubHeadInSportsReportIsTheClub) {
  EXPECT_THAT(Typed("Velmo Rovers beat Tarvik Athletic 2-1 on Saturday. "
                    "Polokwane City chairman Ola Lindqvor said the club would "
                    "appeal after their 3-0 defeat."),
              ::testing::Contains("ORG Polokwane City"));
}

// Indian localities' heads (Nagar, Layout, Bazar), a bayou opening a
// natural feature's name, voyages a cruise line's head, the Azores.
TEST(Entities, LocalityHeadsBayouVoyagesAzores) {
  EXPECT_THAT(Typed("Shankar Nagar was flooded on Monday."),
              ::testing::ElementsAre("GPE Shankar Nagar"));
  EXPECT_THAT(Typed("The court heard that Pande Layout had no drains."),
              ::testing::ElementsAre("GPE Pande Layout"));
  EXPECT_THAT(Typed("Boats moved along Bayou Velmo at dawn."),
              ::testing::ElementsAre("LOC Bayou Velmo"));
  EXPECT_THAT(Typed("Tarvik Voyages added a ship."),
              ::testing::ElementsAre("ORG Tarvik Voyages"));
  EXPECT_THAT(Typed("Flights to the Azores were cancelled."),
              ::testing::ElementsAre("LOC Azores"));
}

// A township's head opening "Township of <name>" names its council, as
// "City of" and "Shire of" do; after a place's word it is the place.
TEST(Entities, TownshipOfNamesItsCouncil) {
  EXPECT_THAT(Typed("The Township of Velmo voted to close the beach."),
              ::testing::ElementsAre("ORG Township of Velmo"));
  EXPECT_THAT(Typed("He lives in the Township of Velmo."),
              ::testing::ElementsAre("GPE Township of Velmo"));
}

// A fell is a natural feature's head (surname=1: "John Fell" stays a
// person); the Lake District's best-known fells by name.
TEST(Entities, FellsAreNaturalFeatures) {
  EXPECT_THAT(Typed("Climbers on Blencathra waited."),
              ::testing::ElementsAre("LOC Blencathra"));
  EXPECT_THAT(Typed("The path over Velmo Fell was closed."),
              ::testing::ElementsAre("LOC Velmo Fell"));
  EXPECT_THAT(Typed("John Fell said the path was closed."),
              ::testing::ElementsAre("PERSON John Fell"));
}

// "Town" is a place's head and a club's (club=1), as "City" is: a club in
// a sports report, the town elsewhere.
TEST(Entities, TownIsAPlaceAndAClubHead) {
  EXPECT_THAT(Typed("Velmo Rovers beat Tarvik Athletic 2-1 on Saturday, and "
                    "Yeovil Town lost 3-0."),
              ::testing::Contains("ORG Yeovil Town"));
  EXPECT_THAT(Typed("He moved to Yeovil Town last year."),
              ::testing::ElementsAre("GPE Yeovil Town"));
}

// One word opening a sentence before a sports role that is also an office
// (team_title office=1: manager, captain, boss) is a common noun outside a
// sports report ("Plant manager"); so is a word the text writes in lower
// case too. Before a sports-only role, in a sports report, or as a town's
// or a plural's name, it stays the club.
TEST(Entities, CommonNounBeforeAnOfficeRoleIsNoClub) {
  EXPECT_THAT(Typed("Smelter manager Anna Velmora said output rose."),
              ::testing::ElementsAre("PERSON Anna Velmora"));
  EXPECT_THAT(Typed("Barangay captain Anna Velmora said the road was shut."),
              ::testing::ElementsAre("PERSON Anna Velmora"));
  EXPECT_THAT(Typed("The kitchen reopened. Kitchen boss Anna Velmora said "
                    "so."),
              ::testing::ElementsAre("PERSON Anna Velmora"));
  EXPECT_THAT(Typed("Tarvik coach Anna Velmora said the side was tired."),
              ::testing::ElementsAre("ORG Tarvik", "PERSON Anna Velmora"));
  EXPECT_THAT(Typed("Wallabies captain Anna Velmora said the side was tired."),
              ::testing::ElementsAre("ORG Wallabies", "PERSON Anna Velmora"));
  EXPECT_THAT(Typed("Tarvik beat Velmo 3-1 and drew 2-2 with Dunkarra. Tarvik "
                    "manager Anna Lindqvor praised the side."),
              ::testing::Contains("PERSON Anna Lindqvor"));
  EXPECT_THAT(Typed("Tarvik beat Velmo 3-1 and drew 2-2 with Dunkarra. Tarvik "
                    "manager Anna Lindqvor praised the side."),
              ::testing::Contains("ORG Tarvik"));
}

// After "on", a natural feature's name (known, opened by a land opener or a
// feature's head, or ending in a feature's or a site's head) says where the
// body before it is: no part of its name ("Institute on Aging" goes on).
TEST(Entities, OnBeforeANaturalFeatureEndsTheName) {
  EXPECT_THAT(
      Typed("Astronomers at the Velmo Observatory on Cerro Tarvik "
            "saw it."),
      ::testing::ElementsAre("ORG Velmo Observatory", "LOC Cerro Tarvik"));
  EXPECT_THAT(Typed("The Velmo Observatory on Mauna Kea saw it."),
              ::testing::ElementsAre("ORG Velmo Observatory", "LOC Mauna Kea"));
  EXPECT_THAT(Typed("The Velmo Institute on Aging said so."),
              ::testing::ElementsAre("ORG Velmo Institute on Aging"));
  EXPECT_THAT(Typed("The Velmo Council on Foreign Relations met."),
              ::testing::ElementsAre("ORG Velmo Council on Foreign Relations"));
}

// "Baltic" names the sea after "the" before no lower-case noun (feature=1
// on a NORP, as on a body's or a place's name), the group before one.
TEST(Entities, BalticAfterTheNamesTheSea) {
  EXPECT_THAT(Typed("Ferries bound for the Baltic were held at Velmo."),
              ::testing::Contains("LOC Baltic"));
  EXPECT_THAT(Typed("The Baltic states protested."),
              ::testing::ElementsAre("NORP Baltic"));
}

// The European Championship by its short name and year is an event, not a
// firm named "Euro" before a number.
TEST(Entities, EuroAndAYearNameTheChampionship) {
  EXPECT_THAT(Typed("Ticket sales rose after Euro 96 ended."),
              ::testing::ElementsAre("EVENT Euro 96"));
  EXPECT_THAT(Typed("The euro fell 2 percent."), ::testing::IsEmpty());
}

// A given name alone after "and" and a place that follows a bare
// preposition of place is the list's next place, as after a place's
// context word ("in Ipswich and Logan").
TEST(Entities, GivenNameAfterAPlaceAndAPrepositionIsAPlace) {
  EXPECT_THAT(Typed("Bookings from Cork and Shannon were strong."),
              ::testing::ElementsAre("GPE Cork", "GPE Shannon"));
  EXPECT_THAT(Typed("Shannon said the bookings were strong."),
              ::testing::ElementsAre("PERSON Shannon"));
}

// Britain's train operators by their trading names, whose region's words
// made a place, a person or one joined body of them.
TEST(Entities, TrainOperatorsByTradingName) {
  EXPECT_THAT(Typed("Avanti West Coast cancelled trains to Velmo."),
              ::testing::Contains("ORG Avanti West Coast"));
  EXPECT_THAT(Typed("Greater Anglia said trains were cut."),
              ::testing::ElementsAre("ORG Greater Anglia"));
  EXPECT_THAT(
      Typed("ScotRail and TransPennine Express ran extra trains."),
      ::testing::ElementsAre("ORG ScotRail", "ORG TransPennine Express"));
}

// A party's members' word (party=1) before a lower-case title and a name
// names the party the title serves, as after "the".
TEST(Entities, PartyMembersWordBeforeATitleIsTheParty) {
  EXPECT_THAT(Typed("Greens councillor Anna Velmora said the road was shut."),
              ::testing::ElementsAre("ORG Greens", "PERSON Anna Velmora"));
  EXPECT_THAT(Typed("Greens were more likely to agree."),
              ::testing::ElementsAre("NORP Greens"));
}

// The Dow Jones industrial average is a market index: its publisher's name
// (an outlet's) before "industrial average" or "index" is no entity there,
// as the Nikkei's before "share average". "World Heritage" alone before
// "site" names nothing (no_entity); a body holding it is read as usual.
TEST(Entities, IndexNamesAndWorldHeritage) {
  EXPECT_THAT(Typed("The Dow Jones industrial average fell 31 points."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("Dow Jones said it would sell the unit."),
              ::testing::ElementsAre("ORG Dow Jones"));
  EXPECT_THAT(Typed("The old port is a World Heritage site."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("The UNESCO World Heritage Committee met."),
              ::testing::ElementsAre("ORG UNESCO World Heritage Committee"));
}

// Portfolio words ending in a head, right before a minister's, a
// secretary's or a commissioner's title, are the title's portfolio, no
// body ("Water Resources Minister"); a firm's name before a title stays.
TEST(Entities, PortfolioBeforeAMinistersTitleIsNoBody) {
  EXPECT_THAT(Typed("Water Resources Minister Anna Velmora visited the dam."),
              ::testing::ElementsAre("PERSON Anna Velmora"));
  EXPECT_THAT(Typed("Emergency Management Commissioner Anna Velmora spoke."),
              ::testing::ElementsAre("PERSON Anna Velmora"));
  EXPECT_THAT(
      Typed("Velmo Resources chief Anna Velmora spoke."),
      ::testing::ElementsAre("ORG Velmo Resources", "PERSON Anna Velmora"));
}

// German clubs named with their founding year: the number is the name's.
TEST(Entities, ClubsNamedWithAYear) {
  EXPECT_THAT(Typed("Hannover 96 drew with Werder Bremen."),
              ::testing::ElementsAre("ORG Hannover 96", "ORG Werder Bremen"));
}

// A compound compass point before "of" is a place's context word as
// "north of" is; Darwin a town by default (a given name before it keeps
// the person); Qld, Queensland's abbreviation.
TEST(Entities, CompassCompoundsBeforeOfAndAustralianPlaces) {
  EXPECT_THAT(Typed("The camp lies 80 km south-east of Velmora."),
              ::testing::ElementsAre("GPE Velmora"));
  EXPECT_THAT(Typed("The ferry to Darwin was full."),
              ::testing::ElementsAre("GPE Darwin"));
  EXPECT_THAT(Typed("Charles Darwin sailed on."),
              ::testing::ElementsAre("PERSON Charles Darwin"));
  EXPECT_THAT(Typed("The mine near Velmora, Qld, closed."),
              ::testing::ElementsAre("GPE Velmora", "GPE Qld"));
}

// "Pit" a site's head (an open-cut mine: "the Velmo Super Pit"); "Coire"
// (a Scottish corrie) opens a natural feature's name.
TEST(Entities, PitHeadAndCoireOpener) {
  EXPECT_THAT(Typed("Blasting at the Velmo Pit shook homes."),
              ::testing::ElementsAre("FAC Velmo Pit"));
  EXPECT_THAT(Typed("Walkers crossed Coire Velmo at dawn."),
              ::testing::ElementsAre("LOC Coire Velmo"));
}

// A place list after a preposition of place may end in "and the" and a
// capitalized name: its items before are places.
TEST(Entities, PlaceListEndingInAndThe) {
  EXPECT_THAT(Typed("Juniors from Velmora, Tarvik and the Dunkarra Strait "
                    "will train."),
              ::testing::ElementsAre("GPE Velmora", "GPE Tarvik",
                                     "LOC Dunkarra Strait"));
}

// Australian football clubs' plural nicknames are clubs' heads (club=1,
// nickname=1): after a town, the club, also after a town named like a
// given name (Adelaide).
TEST(Entities, AustralianFootballNicknames) {
  EXPECT_THAT(
      Typed("The Hobart Demons lost to the Adelaide Crows."),
      ::testing::ElementsAre("ORG Hobart Demons", "ORG Adelaide Crows"));
}

// Japan's parliament by name (case=mixed: not on an all-caps heading);
// the Common Market a body.
TEST(Entities, DietAndCommonMarket) {
  EXPECT_THAT(Typed("A sit-in at the Diet delayed the bill."),
              ::testing::ElementsAre("ORG Diet"));
  EXPECT_THAT(Typed("Exports to the Common Market rose."),
              ::testing::ElementsAre("ORG Common Market"));
}

// Law firms named after their founders, by name: no person.
TEST(Entities, LawFirmsByName) {
  EXPECT_THAT(Typed("Clifford Chance advised the bank."),
              ::testing::ElementsAre("ORG Clifford Chance"));
  EXPECT_THAT(Typed("Maurice Blackburn filed the class action."),
              ::testing::ElementsAre("ORG Maurice Blackburn"));
}

// Rulers' and bishops' titles: "Oba" an honorific, the Yoruba and Akan
// rulers' titles heads (no bodies), and the name after "Emir of", "Ooni
// of", "Bishop of" a place.
TEST(Entities, RulersTitlesAndTheirSeats) {
  EXPECT_THAT(Typed("The Ooni of Velmo met Oba Anna Lindqvor."),
              ::testing::ElementsAre("GPE Velmo", "PERSON Anna Lindqvor"));
  EXPECT_THAT(Typed("The Asantehene received the envoys."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("The Emir of Velmo opened the market."),
              ::testing::ElementsAre("GPE Velmo"));
}

// A name of two words or more ending in a capitalized "Index" is a market's
// or a price index's, no entity (as one ending in "Act" is a law's); a
// body holding the word before its head stays.
TEST(Entities, IndexNamesAreNoEntities) {
  EXPECT_THAT(Typed("The Velmo Composite Index fell 2 percent."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("The Velmo Index Company said so."),
              ::testing::ElementsAre("ORG Velmo Index Company"));
}

// "Channel" a water channel's head (LOC) and "Terminal" a site's (FAC), as
// the golden sets write them 25 to 1 and 29 to 1; television channels by
// name stay outlets.
TEST(Entities, ChannelAndTerminalHeads) {
  EXPECT_THAT(Typed("Tankers queued in the Velmo Ship Channel."),
              ::testing::ElementsAre("LOC Velmo Ship Channel"));
  EXPECT_THAT(Typed("Cranes at the Velmo Container Terminal stopped."),
              ::testing::ElementsAre("FAC Velmo Container Terminal"));
  EXPECT_THAT(Typed("The film was shown on Channel Four."),
              ::testing::ElementsAre("ORG Channel Four"));
}

// Greenway, Buildings and Link head sites' names (a path, a block, a road).
TEST(Entities, GreenwayBuildingsAndLinkHeadSites) {
  EXPECT_THAT(Typed("Cyclists used the Velmo Greenway and the Tarvik Link."),
              ::testing::ElementsAre("FAC Velmo Greenway", "FAC Tarvik Link"));
  EXPECT_THAT(Typed("Protesters gathered outside Parliament Buildings."),
              ::testing::ElementsAre("FAC Parliament Buildings"));
}

// A Scottish "Loch-" town's one-word name (five letters or more after it)
// is a place by its shape, as Irish "Bally-" ones are; a surname so
// shaped but shorter stays the person's.
TEST(Entities, LochTownShape) {
  EXPECT_THAT(Typed("The grant went to Lochvelmora."),
              ::testing::ElementsAre("GPE Lochvelmora"));
  EXPECT_THAT(Typed("Anna Lochhead read a poem."),
              ::testing::ElementsAre("PERSON Anna Lochhead"));
}

// After "on the", a road's or a route's code ends the name before it, as a
// name with a head of its own does ("Council on the Status of Women" goes
// on); West African clubs and the Volta's branches by name.
TEST(Entities, RoadCodeAfterOnTheAndWestAfricanNames) {
  EXPECT_THAT(Typed("The bus runs from Fort William on the B8007 daily."),
              ::testing::Contains("GPE Fort William"));
  EXPECT_THAT(Typed("Asante Kotoko beat Hearts of Oak in the derby."),
              ::testing::ElementsAre("ORG Asante Kotoko", "ORG Hearts of Oak"));
  EXPECT_THAT(Typed("The White Volta burst its banks."),
              ::testing::ElementsAre("LOC White Volta"));
}

// "Unions" a body's head, so that the plural alone opening a sentence is
// the common noun (a bare head: kept only if it refers back), and a plural
// head opening a sentence before "for" and a known name is no part of it.
TEST(Entities, UnionsAloneIsTheCommonNoun) {
  EXPECT_THAT(Typed("Unions said 2,000 jobs were at risk."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("Unions for Deutsche Boerse staff objected."),
              ::testing::ElementsAre("ORG Deutsche Boerse"));
  EXPECT_THAT(Typed("The Velmo Farmers Unions said so."),
              ::testing::ElementsAre("ORG Velmo Farmers Unions"));
}

// A model's number between an unknown name and a product's noun: the
// name is the model's, no entity ("the Velmo 6 rocket"); "rocket" and
// "tank" products' nouns.
TEST(Entities, ModelNumberBeforeAProductNoun) {
  EXPECT_THAT(Typed("The Velmo 6 rocket lifted off on Monday."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("The Velmo rocket lifted off on Monday."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("Velmo 2 Tarvik 1"),
              ::testing::ElementsAre("ORG Velmo", "ORG Tarvik"));
  EXPECT_THAT(Typed("The army ordered 180 more K9 tanks."),
              ::testing::IsEmpty());
  // (An acronym qualifying a plural currency's noun names nothing; nor does
  // the German bund future's "Bund".)
  EXPECT_THAT(Typed("The price stayed at 315 CFA francs a kilo."),
              ::testing::IsEmpty());
  EXPECT_THAT(Typed("The September Bund future rose."), ::testing::IsEmpty());
  // (An aircraft model's "MAX" alone names nothing: no_entity.)
  EXPECT_THAT(Typed("Deliveries of the 737 MAX were halted."),
              ::testing::IsEmpty());
}

// "First Nations" names the peoples (NORP), not a body; a body holding the
// words is read as usual.
TEST(Entities, FirstNationsIsAGroup) {
  EXPECT_THAT(Typed("Several First Nations communities were cut off."),
              ::testing::ElementsAre("NORP First Nations"));
  EXPECT_THAT(Typed("The Assembly of First Nations said so."),
              ::testing::ElementsAre("ORG Assembly of First Nations"));
}

// One-word names after a one-word name, each after a comma, ending in "and
// Co" are one firm, also after a known firm.
TEST(Entities, CommaSeparatedPartnersEndingInAndCo) {
  EXPECT_THAT(Typed("The notes were sold through Halvard, Brisk and Co on "
                    "Tuesday."),
              ::testing::ElementsAre("ORG Halvard, Brisk and Co"));
}

// A range of months ("Jan-Dec", "April-June") is a date, no name.
TEST(Entities, RangeOfMonthsIsNoName) {
  EXPECT_THAT(Typed("Output in the Jan-Dec period rose, and April-June sales "
                    "fell at Torvik Mining."),
              ::testing::ElementsAre("ORG Torvik Mining"));
}

// A title's modifier opening a sentence before "and" and a place is no
// place itself.
TEST(Entities, ModifierBeforeAndAPlaceIsNoPlace) {
  EXPECT_THAT(Typed("Federal and Manitoba officials met on Monday."),
              ::testing::ElementsAre("GPE Manitoba"));
}

// An exchange ticker in round brackets (a symbol, one stop, a market
// code) names no firm; two stops ("U.S.") are an abbreviation.
TEST(Entities, TickersInRoundBracketsAreNoNames) {
  EXPECT_THAT(
      Typed("Shares of Orlen Marine Plc (ORMP.L) and Hanbit Semicon Co "
            "(048170.KQ) rose, and Tamar Telecom (TMRT.TA) fell. "
            "Sales in the (U.S.) market grew."),
      ::testing::ElementsAre("ORG Orlen Marine Plc", "ORG Hanbit Semicon Co",
                             "ORG Tamar Telecom", "GPE U.S."));
}

// "People's" opens a name that goes on to a head, at a sentence's start
// too; the plural alone still opens none.
TEST(Entities, PluralPossessiveOpensAName) {
  EXPECT_THAT(Typed("People's Alliance for Reform won 40 seats. Voters "
                    "backed the People's Bank of Ruritania. People's "
                    "savings fell."),
              ::testing::ElementsAre("ORG People's Alliance for Reform",
                                     "ORG People's Bank of Ruritania"));
}

// A title, "of" and a portfolio before a given name: the person starts at
// the given name and the title keeps the portfolio.
TEST(Entities, TitleOfAPortfolioBeforeAPerson) {
  std::vector<Found> v = Recognize(
      "Deputy Minister of Agriculture Rosa Quintana visited the farm.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].text, "Rosa Quintana");
  EXPECT_EQ(v[0].type, "PERSON");
  EXPECT_EQ(v[0].title, "Deputy Minister of Agriculture");
}

// "the" before an unknown one-word subject of a reporting verb makes it a
// body, even when "he" follows the verb.
TEST(Entities, ArticleBeforeASpeakerMakesABody) {
  EXPECT_THAT(Typed("The Ombudsmanat said he had misled the panel."),
              ::testing::ElementsAre("ORG Ombudsmanat"));
}

// One word opening a sentence before a sports role is the club; a common
// head there ("Party leader") is no name.
TEST(Entities, ClubOpeningASentenceBeforeASportsRole) {
  EXPECT_THAT(Typed("Kilbride Athletic sacked their coach. Grantham "
                    "striker Ole Brenner scored. The Green Renewal Party "
                    "met. Party leader Ines Falk spoke."),
              ::testing::ElementsAre(
                  "ORG Kilbride Athletic", "ORG Grantham", "PERSON Ole Brenner",
                  "ORG Green Renewal Party", "PERSON Ines Falk"));
}

// A race's name ends before "for" and a team; a circuit and a cycling
// classic are in the lexicon.
TEST(Entities, RaceNameEndsBeforeForATeam) {
  EXPECT_THAT(
      Typed("Ana Vidal won the Austrian Grand Prix for Ferrari at "
            "the Hungaroring. Tom Roe won Paris-Roubaix."),
      ::testing::ElementsAre("PERSON Ana Vidal", "EVENT Austrian Grand Prix",
                             "ORG Ferrari", "FAC Hungaroring", "PERSON Tom Roe",
                             "EVENT Paris-Roubaix"));
}

// An unknown word opening a passage with an age after it is a person.
TEST(Entities, OpeningSurnameWithAnAge) {
  EXPECT_THAT(Typed("Mbanefo, 29, has signed a new contract."),
              ::testing::ElementsAre("PERSON Mbanefo"));
}

// "won" and a score make the opening word a club.
TEST(Entities, ClubOpeningASentenceBeforeWonAndAScore) {
  EXPECT_THAT(Typed("Ardmore won 3-1 at home on Saturday."),
              ::testing::ElementsAre("ORG Ardmore"));
}

// A town that names a club, in a sentence with a cricket score's words,
// is the club, also in a story too short to count as sport.
TEST(Entities, CountySideInACricketSentence) {
  EXPECT_THAT(Typed("Essex were bowled out for 201 in their match against "
                    "Surrey on Friday."),
              ::testing::ElementsAre("ORG Essex", "ORG Surrey"));
}

// The town and its club in one story: a mention typed by the words beside
// it keeps its own type instead of the first mention's.
TEST(Entities, TownAndClubMentionsKeepTheirOwnTypes) {
  EXPECT_THAT(Typed("Liverpool manager Ana Brook praised the fans. Traffic "
                    "in Liverpool was heavy."),
              ::testing::ElementsAre("ORG Liverpool", "PERSON Ana Brook",
                                     "GPE Liverpool"));
}

// Title modifiers or common adjectives opening a sentence before a
// nationality are no part of a name: the nationality alone is named.
TEST(Entities, AdjectivesBeforeANationalityOpeningASentence) {
  EXPECT_THAT(Typed("Senior Peruvian officials met on Monday. Top Danish "
                    "exporters agreed."),
              ::testing::ElementsAre("NORP Peruvian", "NORP Danish"));
}

// A place after "of" with a legal form after it is part of a firm's name
// ("X of Y Ltd"); without the legal form the place stays apart.
TEST(Entities, PlaceAndLegalFormAfterOfInAFirmsName) {
  EXPECT_THAT(Typed("Harwick Timber of Canada Ltd said sales rose."),
              ::testing::ElementsAre("ORG Harwick Timber of Canada Ltd"));
  EXPECT_THAT(Typed("Talbor Mining Ltd of Perth said output fell."),
              ::testing::ElementsAre("ORG Talbor Mining Ltd", "GPE Perth"));
}

// "System" heads a body's name.
TEST(Entities, SystemHeadsAnOrganization) {
  EXPECT_THAT(Typed("Teachers joined the Danish Pension System in May."),
              ::testing::ElementsAre("ORG Danish Pension System"));
}

// A firm's first words before its legal forms or "Co" name it later, given
// names among them or not, and so do those before "of", a place and a
// legal form.
TEST(Entities, FirstWordsOfAFirmWithLegalFormsNameIt) {
  const std::vector<Found> es = Recognize(
      "Morgan Tallis Cos Inc said the offer was priced. Morgan "
      "Tallis said demand was strong. Harwick Timber of Canada Ltd "
      "said sales rose. Harwick Timber said prices fell.");
  ASSERT_EQ(es.size(), 4u);
  EXPECT_EQ(es[1].type, "ORG");
  EXPECT_EQ(es[1].mention_of, 0);
  EXPECT_EQ(es[3].type, "ORG");
  EXPECT_EQ(es[3].mention_of, 2);
}

// "Chancellor of the Exchequer" is a title: the name after it a person's.
TEST(Entities, ChancellorOfTheExchequerIsATitle) {
  EXPECT_THAT(Typed("Chancellor of the Exchequer Ada Pryor said costs were "
                    "low. Pryor said wages rose."),
              ::testing::ElementsAre("PERSON Ada Pryor", "PERSON Pryor"));
}

// A head after "for the" and a compass word heads the complement: the head
// before it types the name.
TEST(Entities, HeadBeforeForTheTypesTheName) {
  EXPECT_THAT(Typed("The District Court for the Eastern District of Ostrava "
                    "ruled on Friday."),
              ::testing::ElementsAre(
                  "ORG District Court for the Eastern District of Ostrava"));
}

// After a title word and "of (the)", a known body and the holder's name in
// one run are two names; after a portfolio ("the Navy") only the holder is
// named. The holder keeps the title.
TEST(Entities, BodyAfterTitleOfThenTheHoldersName) {
  const std::vector<Found> es = Recognize(
      "Secretary of the Navy Thomas Pascoe spoke first. Governor of "
      "the Bank of England Maria Marchetti agreed.");
  std::vector<std::string> typed;
  for (const Found& f : es) typed.push_back(f.type + " " + f.text);
  EXPECT_THAT(typed, ::testing::ElementsAre("PERSON Thomas Pascoe",
                                            "ORG Bank of England",
                                            "PERSON Maria Marchetti"));
  ASSERT_EQ(es.size(), 3u);
  EXPECT_EQ(es[0].title, "Secretary of the Navy");
  EXPECT_EQ(es[2].title, "Governor of the Bank of England");
}

// The 's of a title before an organization's head stays inside the name.
TEST(Entities, TitlesPossessiveInsideAnOfficesName) {
  EXPECT_THAT(Typed("The U.S. Attorney's Office in Boston and the Sheriff's "
                    "Department declined to comment."),
              ::testing::ElementsAre("ORG U.S. Attorney's Office", "GPE Boston",
                                     "ORG Sheriff's Department"));
}

// A market index named by an unknown word or an outlet's name is no
// entity; a name before "stadium" is the ground.
TEST(Entities, IndexesAreNoNamesAndStadiumsAreSites) {
  EXPECT_THAT(Typed("Traders watched the Kospar index and the Nikkei average. "
                    "They played at the Estadio Ruiz stadium."),
              ::testing::ElementsAre("FAC Estadio Ruiz"));
}

// An all-caps heading names a firm by the first word of the body's name
// when that name ends in a legal form, also after a place's 's.
TEST(Entities, HeadingNamesAFirmByItsFirstWord) {
  EXPECT_THAT(Typed("NORWAY'S KARVIK RAISES OUTPUT\n\nOSLO, May 2 - Karvik "
                    "Subsea Systems ASA raised its target."),
              ::testing::ElementsAre("GPE NORWAY", "ORG KARVIK", "GPE OSLO",
                                     "ORG Karvik Subsea Systems ASA"));
}

// A singular one-word name opening a sentence before a plural verb is a
// club (British usage); a plural or a listed irregular plural is not.
TEST(Entities, PluralVerbAfterAnOpeningNameMakesAClub) {
  EXPECT_THAT(Typed("Vardola have signed a winger. Protesters have gathered. "
                    "Data were released. Leeds are top."),
              ::testing::ElementsAre("ORG Vardola", "ORG Leeds"));
}

// An unknown name before "temple" or "mosque" is the building.
TEST(Entities, TemplesAndMosquesAreSites) {
  EXPECT_THAT(Typed("Troops guarded the Wat Phanom temple and the Al Noor "
                    "mosque."),
              ::testing::ElementsAre("FAC Wat Phanom", "FAC Al Noor"));
}

// An all-caps heading that spells two words of the body's firm names it,
// even when its first word is a known title ("General").
TEST(Entities, HeadingSpellsTwoWordsOfAFirm) {
  EXPECT_THAT(Typed("GENERAL ROBOTICS SHUTS PLANT\n\nBOSTON - General "
                    "Robotics Corp said it would close a plant."),
              ::testing::ElementsAre("ORG GENERAL ROBOTICS", "GPE BOSTON",
                                     "ORG General Robotics Corp"));
}

// A town that names a club on an all-caps heading takes the type of the
// body's mention: the club ("Castleford Tigers") or the town.
TEST(Entities, HeadingClubTownTypedByTheBody) {
  EXPECT_THAT(Typed("RUGBY LEAGUE - HULL KR THRASH CASTLEFORD\n\nHull KR beat "
                    "Castleford Tigers 42-6 on Saturday."),
              ::testing::ElementsAre("ORG HULL KR", "ORG CASTLEFORD",
                                     "ORG Hull KR", "ORG Castleford Tigers"));
  EXPECT_THAT(Typed("FLOODS HIT BRADFORD\n\nRivers burst their banks in "
                    "Bradford on Monday."),
              ::testing::ElementsAre("GPE BRADFORD", "GPE Bradford"));
}

// A head alone opening a sentence before a full personal name is a role's
// common noun (a rugby position), no part of the name.
TEST(Entities, HeadOpeningASentenceBeforeAFullName) {
  EXPECT_THAT(
      Typed("Centre Oliver Brandt scored twice. The Centre Party "
            "won."),
      ::testing::ElementsAre("PERSON Oliver Brandt", "ORG Centre Party"));
}

// An Irish member of the Dail (TD) and a weather forecaster are titles kept
// out of the person's span, after a party too.
TEST(Entities, TdMeteorologistAndForecasterAreTitles) {
  EXPECT_THAT(Typed("Fine Gael TD Niamh Brosnan said the bridge was unsafe."),
              ::testing::ElementsAre("ORG Fine Gael", "PERSON Niamh Brosnan"));
  EXPECT_THAT(Typed("Meteorologist Owen Tarrow said frost would follow."),
              ::testing::ElementsAre("PERSON Owen Tarrow"));
  EXPECT_THAT(Typed("Forecaster Bryony Kell said gales were likely."),
              ::testing::ElementsAre("PERSON Bryony Kell"));
}

// A ticker after its exchange and a colon in round brackets names nothing;
// the exchange is an organization. A colon after a common word keeps its
// name ("(Photo: AP)").
TEST(Entities, TickerAfterItsExchangeNamesNothing) {
  EXPECT_THAT(Typed("Lender Corvane Inc (NASDAQ: CRVN) said profit rose."),
              ::testing::ElementsAre("ORG Corvane Inc", "ORG NASDAQ"));
  EXPECT_THAT(Typed("Shares of Bellmont Foods (Nasdaq: BLMF) fell."),
              ::testing::ElementsAre("ORG Bellmont Foods", "ORG Nasdaq"));
  EXPECT_THAT(Typed("Flames rose over the dock (Photo: AP)."),
              ::testing::Contains("ORG AP"));
}

// Way, Drive, Terrace, Quay, Parkway, Freeway, Turnpike and Thruway head a
// road's or a street's name, also one named after a person.
TEST(Entities, MoreRoadHeads) {
  EXPECT_THAT(Typed("Traders blocked Adeyemi Bankole Way on Monday."),
              ::testing::ElementsAre("FAC Adeyemi Bankole Way"));
  EXPECT_THAT(
      Typed("Snow closed the Hollins Turnpike and Marsh Creek Parkway."),
      ::testing::ElementsAre("FAC Hollins Turnpike",
                             "FAC Marsh Creek Parkway"));
  EXPECT_THAT(Typed("Homes on Kelso Drive and Albion Terrace were flooded."),
              ::testing::ElementsAre("FAC Kelso Drive", "FAC Albion Terrace"));
}

// "County Executive" is a title; after an unknown name it shares "County"
// with the place the name and the head make. A title word before the head
// keeps the whole a title ("Chief District Judge").
TEST(Entities, CountyExecutiveAfterItsCounty) {
  EXPECT_THAT(Typed("Oswell County Executive Dana Pirie closed the roads."),
              ::testing::ElementsAre("GPE Oswell County", "PERSON Dana Pirie"));
  EXPECT_THAT(Typed("Snow fell. County Executive Ray Tolan urged caution."),
              ::testing::ElementsAre("PERSON Ray Tolan"));
  EXPECT_THAT(Typed("Chief District Judge Anna Mbeki ruled on Friday."),
              ::testing::ElementsAre("PERSON Anna Mbeki"));
}

// "Fort" opens a town's name, also before a given name ("Fort Augustus");
// "Elementary" ends a school's.
TEST(Entities, FortTownsAndElementarySchools) {
  EXPECT_THAT(Typed("Buses to Fort Augustus were cancelled."),
              ::testing::ElementsAre("GPE Fort Augustus"));
  EXPECT_THAT(Typed("Pupils at Oriel Park Elementary went home."),
              ::testing::ElementsAre("ORG Oriel Park Elementary"));
}

// Lexicon: "Sport" a minister's portfolio (as "Sports"), so the place
// before it stays apart; Sasol, Macquarie and the SDLP are organizations.
TEST(Entities, SportPortfolioAndFirmsAndParties) {
  EXPECT_THAT(Typed("Queensland Sport Minister Alan Brice said so."),
              ::testing::ElementsAre("GPE Queensland", "PERSON Alan Brice"));
  EXPECT_THAT(Typed("Sasol and refiner Orvan said output fell."),
              ::testing::Contains("ORG Sasol"));
  EXPECT_THAT(Typed("Macquarie analyst Ruth Oyelowo cut her forecast."),
              ::testing::ElementsAre("ORG Macquarie", "PERSON Ruth Oyelowo"));
  EXPECT_THAT(Typed("The SDLP said Translink must act."),
              ::testing::ElementsAre("ORG SDLP", "ORG Translink"));
}

// After a dateline with a wire's credit and no date ("PERTH (AAP) - "), the
// first word opens a sentence: a capitalized common noun there names nothing.
TEST(Entities, WordAfterCreditDatelineOpensASentence) {
  EXPECT_THAT(Typed("PERTH (AAP) - Lithium producer Tarvex said output rose."),
              ::testing::ElementsAre("GPE PERTH", "ORG AAP", "ORG Tarvex"));
}

// Lexicon: Irish towns (Limerick, Drogheda, Dundalk, Athlone) are places, also
// as a dateline's all-caps slug.
TEST(Entities, IrishTownsArePlaces) {
  EXPECT_THAT(Typed("LIMERICK - Buses to Athlone were cancelled on Friday."),
              ::testing::ElementsAre("GPE LIMERICK", "GPE Athlone"));
}

// Lexicon: a bowler's style opening a sentence modifies the title after it
// ("Fast bowler"), naming nothing alone.
TEST(Entities, BowlersStyleBeforeTheTitle) {
  EXPECT_THAT(Typed("Fast bowler Tariq Nawaz took four wickets."),
              ::testing::ElementsAre("PERSON Tariq Nawaz"));
  EXPECT_THAT(Typed("Spin bowler Dinesh Arulraj took two for 19."),
              ::testing::ElementsAre("PERSON Dinesh Arulraj"));
}

// Lexicon: airports and palaces named by one word are sites; mountain ranges
// named "Sierra" are places, while firms opening with "Sierra" stay firms.
TEST(Entities, OneWordAirportsAndSierraRanges) {
  EXPECT_THAT(Typed("Flights from Schiphol to Gatwick were cancelled."),
              ::testing::ElementsAre("FAC Schiphol", "FAC Gatwick"));
  EXPECT_THAT(Typed("Snow closed roads in the Sierra Morena on Monday."),
              ::testing::ElementsAre("LOC Sierra Morena"));
  EXPECT_THAT(Typed("Shares in Sierra Health fell."),
              ::testing::ElementsAre("ORG Sierra Health"));
}

// Lexicon: Scandinavian savings banks' heads (Sparekasse, Sparbanken) end a
// firm's name, and Spain's Comisiones Obreras is a union, not a person.
TEST(Entities, SavingsBanksAndSpanishUnion) {
  EXPECT_THAT(Typed("Ostjysk Sparekasse said profits rose."),
              ::testing::ElementsAre("ORG Ostjysk Sparekasse"));
  EXPECT_THAT(Typed("Sparebank Vest said losses widened."),
              ::testing::ElementsAre("ORG Sparebank Vest"));
  EXPECT_THAT(Typed("Comisiones Obreras called a strike."),
              ::testing::ElementsAre("ORG Comisiones Obreras"));
}

// A title before a surname that is also a site's head (Park, Hall) and a
// hyphenated given name of Korean shape names the person, not a park.
TEST(Entities, TitleBeforeKoreanNameWithSurnameHead) {
  EXPECT_THAT(Typed("President Park Tae-hun met aides in Daegu."),
              ::testing::ElementsAre("PERSON Park Tae-hun", "GPE Daegu"));
  EXPECT_THAT(Typed("General Park Min-seok said the drill was over."),
              ::testing::ElementsAre("PERSON Park Min-seok"));
  EXPECT_THAT(Typed("Cardinal Technologies said so."),
              ::testing::ElementsAre("ORG Cardinal Technologies"));
}

// Two known places of one rank joined by "and" before a body's head name one
// body; a country and a city before a firm's name stay apart, as two places
// alone do.
TEST(Entities, TwoPlacesJoinedByAndBeforeABodysHead) {
  EXPECT_THAT(
      Typed("The Surrey and Sussex Chamber of Commerce met."),
      ::testing::ElementsAre("ORG Surrey and Sussex Chamber of Commerce"));
  EXPECT_THAT(Typed("The Scotland and Wales Rowing Board said no."),
              ::testing::ElementsAre("ORG Scotland and Wales Rowing Board"));
  EXPECT_THAT(
      Typed("Kenya and Shenzhen Electronics Group signed."),
      ::testing::ElementsAre("GPE Kenya", "ORG Shenzhen Electronics Group"));
  EXPECT_THAT(Typed("Britain and France agreed."),
              ::testing::ElementsAre("GPE Britain", "GPE France"));
}

// One word, "and" and the same word again name one firm (a family's); two
// given names so joined stay two people.
TEST(Entities, SameWordJoinedByAndIsOneFirm) {
  EXPECT_THAT(Typed("A poll by Dufresne and Dufresne showed a lead."),
              ::testing::ElementsAre("ORG Dufresne and Dufresne"));
  EXPECT_THAT(Typed("Karlsson and Karlsson said sales rose."),
              ::testing::ElementsAre("ORG Karlsson and Karlsson"));
}

// Lexicon: a police force whose first place is no known place (Avon), a
// club written with a slash (Bodo/Glimt) and a union named by a coined word.
TEST(Entities, PoliceForceSlashClubAndUnion) {
  EXPECT_THAT(Typed("Avon and Somerset Police said two men were held."),
              ::testing::ElementsAre("ORG Avon and Somerset Police"));
  EXPECT_THAT(Typed("Viking 1 Bodo/Glimt 3"),
              ::testing::ElementsAre("ORG Viking", "ORG Bodo/Glimt"));
  EXPECT_THAT(Typed("Unifor, the union, said it would strike."),
              ::testing::ElementsAre("ORG Unifor"));
}

// After a name and "in", an unknown word before "said" is the place, not a
// firm that said: the name is the verb's subject.
TEST(Entities, UnknownWordAfterNameAndInBeforeSaid) {
  EXPECT_THAT(Typed("Prosecutor Ines Vandamme in Tervalle said the case was "
                    "closed."),
              ::testing::ElementsAre("PERSON Ines Vandamme", "GPE Tervalle"));
  EXPECT_THAT(Typed("Police in Harmsvik said two men died."),
              ::testing::ElementsAre("GPE Harmsvik"));
}

TEST(EntityRecognizer, FastPathsMatchTheGeneralRules) {
  const std::shared_ptr<internal::Model> model = *internal::BuildModel({});
  const internal::EntityRecognizer& fast = model->entities;
  internal::EntityRecognizer general = model->entities;
  general.SetFastPathsForTesting(false);
  std::mt19937 rng(20261201);
  // Unknown names (one word, plain, inner capital, all caps, one letter,
  // -based; two words), a third of the pieces, between the others.
  const std::vector<std::string> names = {"Tesmer",
                                          "Vorlund",
                                          "Quillonex",
                                          "Brakka",
                                          "MeteoSwiss",
                                          "KeyVolt",
                                          "MacRory",
                                          "Ozt",
                                          "ZRV",
                                          "KLMQ",
                                          "Q",
                                          "Harlsby-based",
                                          "Tesmer Brakka",
                                          "Dunmore & Pike",
                                          "Grace Okafor",
                                          "Mike Vorlund"};
  const std::vector<std::string> pieces = {
      // Known names, given names, heads, titles, particles.
      "Kenya", "Paris", "Leeds", "Grace", "Mike", "Bank", "Ministry of",
      "Airways", "Police", "Minister", "President", "chief executive", "Mr",
      "Dr.", "de", "van", "al-", "Monday", "April", "Eastern", "However", "The",
      "Labour", "MPs",
      // Words and fragments either side that some rule reads.
      "said", "says", "said it would", "said its", "its", "it", "on", "on the",
      "on the Red Sea", "the", "a", "and", "or", "of", "from", "which", "b",
      "c", "st", "mine", "field", "refinery", "'s", "\u2019s", "'s said",
      "shares", "shares of", "operator", "analyst at", "coach", "beat",
      "drew with", "2-1", "41", "in", "his", "her", "film", "company", "who",
      "than", ", 41, of", ", 38, from", "(Kenya)", "(Paris)",
      ", the chief executive,", ", its chairman.", ", a freight company",
      ", which", "NOTE:", "<", ".O>", "minister", "mayor of", "deputy minister",
      "former", "GRACE", "12", "Gate", "Route", "Dollar", "PC", "growers",
      "station", "State", "Field", "National", "Interim", "coach", "DS", "QC",
      ", who beat", "retook", "Vereinigung", "(O.N)",
      // Marks.
      ",", ".", ":", "(", ")", "<", ">", "\"", "'", "-", "\n", "\n\n", "&"};
  for (int round = 0; round < 80000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 24);
    for (int i = 0; i < n; ++i) {
      if (i > 0 && rng() % 4 != 0) text += ' ';
      text += rng() % 3 == 0 ? names[rng() % names.size()]
                             : pieces[rng() % pieces.size()];
    }
    internal::TokenStream tokens;
    model->tokenizer.Tokenize(text, internal::TokenizerConfig(), &tokens,
                              &model->lexicon.word_index());
    std::vector<Sentence> sentences;
    model->splitter.Split(text, &tokens, &sentences);
    std::vector<internal::LexiconMatch> phrases;
    model->lexicon.MatchPhrases(tokens.word_ids, &phrases);
    internal::QuantityScratch scratch;
    std::vector<Quantity> quantities;
    model->quantities.Parse(text, tokens, sentences, tokens.word_ids, phrases,
                            "", &scratch, &quantities);
    std::vector<Entity> a, b;
    fast.Recognize(text, tokens, tokens.word_ids, phrases, quantities, &a);
    general.Recognize(text, tokens, tokens.word_ids, phrases, quantities, &b);
    const std::string where = ::testing::PrintToString(text);
    ASSERT_EQ(a.size(), b.size()) << where;
    for (size_t i = 0; i < a.size(); ++i) {
      ASSERT_EQ(a[i].span.begin, b[i].span.begin) << where;
      ASSERT_EQ(a[i].span.end, b[i].span.end) << where;
      ASSERT_EQ(a[i].type, b[i].type) << where << " " << i;
      ASSERT_EQ(a[i].canonical, b[i].canonical) << where;
      ASSERT_EQ(a[i].title, b[i].title) << where;
      ASSERT_EQ(a[i].outlet, b[i].outlet) << where;
      ASSERT_EQ(a[i].mention_of, b[i].mention_of) << where;
    }
  }
}

}  // namespace

}  // namespace claimx
