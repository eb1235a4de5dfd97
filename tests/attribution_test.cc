// Tests for lib/attribution: cue inflections, claims per construction, and the
// golden dev set in tests/golden/claims/ (rewrite with CLAIMX_UPDATE_GOLDEN=1).
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "attribution/attribution_finder.h"
#include "claimx/extractor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimx {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;

const Extractor& Shared() {
  static const Extractor* ex = [] {
    absl::StatusOr<Extractor> e = Extractor::Create(Options{});
    if (!e.ok()) std::abort();
    return new Extractor(*std::move(e));
  }();
  return *ex;
}

std::string Text(std::string_view text, Span s) {
  return std::string(text.substr(s.begin, s.size()));
}

std::string Content(std::string_view text, const Claim& c) {
  std::string out;
  for (const Span& p : c.pieces) {
    if (!out.empty()) out += " | ";
    out += Text(text, p);
  }
  return out;
}

// One line per claim, as in the golden files.
std::string Render(std::string_view text, const Document& doc) {
  std::string out;
  for (const Claim& c : doc.claims) {
    if (c.source && !c.source->span.empty())
      out += "[SRC " + Text(text, c.source->span) + "] ";
    if (c.cue) out += "[CUE " + Text(text, c.cue->span) + "] ";
    out += "[CLAIM " + Content(text, c) + "]";
    out += " kind=" + std::string(ToString(c.kind));
    if (c.source) {
      out += " source=" + std::string(ToString(c.source->type));
      // Only pronoun resolution is shown: names come from the entities stage.
      if (c.source->type == SourceType::kPronoun &&
          !c.source->resolved.empty()) {
        out += " resolved=\"" + c.source->resolved + "\"";
      }
    }
    for (const Source& v : c.via) out += " via=\"" + Text(text, v.span) + "\"";
    if (c.hedged) out += " hedged";
    out += "\n";
  }
  return out;
}

std::vector<Claim> Claims(std::string_view text) {
  absl::StatusOr<Document> doc = Shared().Extract(text);
  EXPECT_TRUE(doc.ok()) << doc.status();
  return doc.ok() ? doc->claims : std::vector<Claim>{};
}

std::string One(std::string_view text) {
  absl::StatusOr<Document> doc = Shared().Extract(text);
  EXPECT_TRUE(doc.ok()) << doc.status();
  return doc.ok() ? Render(text, *doc) : "";
}

// The cue of the one claim of `text` ("" and a failure when there is not
// exactly one claim with a cue).
std::string OnlyCue(std::string_view text) {
  const std::vector<Claim> c = Claims(text);
  EXPECT_EQ(c.size(), 1u) << text;
  return c.size() == 1 && c[0].cue ? Text(text, c[0].cue->span) : "";
}

// True when a claim of `text` has a cue spelled `cue`.
bool HasCue(std::string_view text, std::string_view cue) {
  for (const Claim& c : Claims(text)) {
    if (c.cue && Text(text, c.cue->span) == cue) return true;
  }
  return false;
}

TEST(CueInflections, RegularAndIrregular) {
  internal::LexiconEntry say{
      "say", "cue_verb", {{"past", "said"}, {"s", "says"}}, "t:1"};
  EXPECT_THAT(internal::CueInflections(say),
              ElementsAre(Pair("s", "says"), Pair("past", "said"),
                          Pair("ing", "saying")));
  internal::LexiconEntry deny{"deny", "cue_verb", {}, "t:2"};
  EXPECT_THAT(internal::CueInflections(deny),
              ElementsAre(Pair("s", "denies"), Pair("past", "denied"),
                          Pair("ing", "denying")));
  internal::LexiconEntry note{"note", "cue_verb", {}, "t:3"};
  EXPECT_THAT(internal::CueInflections(note),
              ElementsAre(Pair("s", "notes"), Pair("past", "noted"),
                          Pair("ing", "noting")));
  internal::LexiconEntry write{
      "write", "cue_verb", {{"past", "wrote"}, {"pp", "written"}}, "t:4"};
  EXPECT_THAT(internal::CueInflections(write),
              ElementsAre(Pair("s", "writes"), Pair("past", "wrote"),
                          Pair("pp", "written"), Pair("ing", "writing")));
  internal::LexiconEntry point{"point out", "cue_verb", {}, "t:5"};
  EXPECT_THAT(internal::CueInflections(point),
              ElementsAre(Pair("s", "points out"), Pair("past", "pointed out"),
                          Pair("ing", "pointing out")));
}

TEST(CueInflections, ExpandKeepsLemmaAndRemovesForms) {
  std::vector<internal::LexiconEntry> entries = {
      {"argue", "cue_verb", {}, "a:1"}, {"argue", "-", {}, "b:1"}};
  internal::ExpandCueInflections(&entries);
  int removals = 0;
  for (const auto& e : entries) removals += e.type == "-";
  EXPECT_EQ(removals, 4);  // argue, argues, argued, arguing
}

TEST(CueInflections, AdjectiveIsNotInflected) {
  std::vector<internal::LexiconEntry> entries = {
      {"wary of", "cue_verb", {{"adj", "1"}}, "a:1"}};
  internal::ExpandCueInflections(&entries);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].phrase, "wary of");
  EXPECT_EQ(entries[0].attr("form"), "base");
}

// forms= keeps only the listed forms ("past" also stands for a distinct
// past participle); the base is left out unless listed.
TEST(CueInflections, FormsListsTheFormsThatAreCues) {
  std::vector<internal::LexiconEntry> entries = {
      {"request", "cue_verb", {{"forms", "past"}}, "a:1"},
      {"give",
       "cue_verb",
       {{"forms", "past"}, {"past", "gave"}, {"pp", "given"}},
       "a:2"},
      {"in the hope of", "cue_verb", {{"forms", "base"}}, "a:3"},
      {"brush off", "cue_verb", {{"forms", "base,ing"}}, "a:4"}};
  internal::ExpandCueInflections(&entries);
  std::vector<std::string> phrases;
  for (const auto& e : entries) phrases.push_back(e.phrase);
  EXPECT_THAT(phrases,
              ElementsAre("requested", "gave", "given", "in the hope of",
                          "brushing off", "brush off"));
}

// "requested", "challenged", "emailed", "brushed off", "knocked" are cues
// (forms=past), and "detailing", "aiming" (forms=ing); "request" and
// "challenge" are mostly nouns and are not, nor is "knocked on" (doors).
TEST(AttributionFinder, PrepositionGluedToAnAmpersandOpensTheSource) {
  // "AT" before '&' is no leading adjunct ("At noon, officials said").
  EXPECT_EQ(One("AT&T said the outage was over."),
            "[SRC AT&T] [CUE said] [CLAIM the outage was over] "
            "kind=indirect source=organization\n");
}

TEST(AttributionFinder, PastFormsOnlyVerbs) {
  EXPECT_THAT(One("The tenants requested a meeting with the landlord."),
              ::testing::HasSubstr("[SRC The tenants] [CUE requested] "));
  EXPECT_THAT(One("The request reached the council on Monday."),
              ::testing::Not(::testing::HasSubstr("[CUE")));
  EXPECT_THAT(One("Two rivals challenged the count in the third ward."),
              ::testing::HasSubstr("[SRC Two rivals] [CUE challenged] [CLAIM "
                                   "the count in the third ward]"));
  EXPECT_THAT(One("The challenge was filed late."),
              ::testing::Not(::testing::HasSubstr("[CUE")));
  EXPECT_THAT(One("The ferry captain emailed the port office about delays."),
              ::testing::HasSubstr("[CUE emailed]"));
  EXPECT_THAT(One("The clerk brushed off the complaints about the queue."),
              ::testing::HasSubstr("[SRC The clerk] [CUE brushed off] [CLAIM "
                                   "the complaints about the queue]"));
  EXPECT_THAT(One("The senator knocked the governor for the late budget."),
              ::testing::HasSubstr("[SRC The senator] [CUE knocked] [CLAIM "
                                   "the governor for the late budget]"));
  EXPECT_THAT(One("Volunteers knocked on doors all weekend."),
              ::testing::Not(::testing::HasSubstr("[CUE")));
  EXPECT_THAT(One("Critics are detailing the costs of the plan."),
              ::testing::HasSubstr("[SRC Critics] [CUE are detailing] [CLAIM "
                                   "the costs of the plan]"));
  EXPECT_THAT(One("The union is aiming its criticism at the port board."),
              ::testing::HasSubstr("[SRC The union] [CUE is aiming] [CLAIM "
                                   "its criticism at the port board]"));
  EXPECT_THAT(One("Few voters imagine that the tax will fall."),
              ::testing::HasSubstr("[SRC Few voters] [CUE imagine] [CLAIM "
                                   "that the tax will fall]"));
}

// A participle clause opened by "with" has its own subject, and an object
// right after the participle is the content; "with" is no part of the
// source. An adjunct right after the participle is no object.
TEST(AttributionFinder, WithParticipleClauseTakesAnObject) {
  EXPECT_THAT(One("The vote split the town, with Mayor Ana Ruiz calling the "
                  "plan a sham."),
              ::testing::HasSubstr("[SRC Mayor Ana Ruiz] [CUE calling] [CLAIM "
                                   "the plan a sham]"));
  EXPECT_THAT(One("The levy passed, with nearly 40 farmers opposing the "
                  "change."),
              ::testing::HasSubstr("[SRC nearly 40 farmers] [CUE opposing] "
                                   "[CLAIM the change]"));
  EXPECT_THAT(One("The session closed with the clerk reporting to the board."),
              ::testing::Not(::testing::HasSubstr("[CUE")));
}

TEST(AttributionFinder, UserLexiconAddsCueVerb) {
  Options opt;
  opt.lexicon_text = "grumble\tcue_verb\n";
  absl::StatusOr<Extractor> ex = Extractor::Create(opt);
  ASSERT_TRUE(ex.ok()) << ex.status();
  std::string text = "The landlord grumbled that the rent was too low.";
  absl::StatusOr<Document> doc = ex->Extract(text);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->claims.size(), 1u);
  EXPECT_EQ(doc->claims[0].cue->lemma, "grumble");
}

// The rules test function words by word id; a user lexicon that removes the
// only entry of such a word ("amid" is no name) takes it out of the lexicon's
// vocabulary, and the rules must still know it: "amid reports" is a noun
// phrase, not a cue.
TEST(AttributionFinder, RuleWordLeftOutOfTheLexicon) {
  const std::string text =
      "Fishermen stayed ashore amid reports that the storm had turned north.";
  for (const char* extra : {"", "amid\t-\n"}) {
    Options opt;
    opt.lexicon_text = extra;
    absl::StatusOr<Extractor> ex = Extractor::Create(opt);
    ASSERT_TRUE(ex.ok()) << ex.status();
    absl::StatusOr<Document> doc = ex->Extract(text);
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->claims.empty()) << "lexicon_text: " << extra;
  }
  // After a word the rule does not list, the same form is read as a verb.
  EXPECT_EQ(Claims("Fishermen stayed ashore beyond reports that the storm "
                   "had turned north.")
                .size(),
            1u);
}

TEST(AttributionFinder, ReportingVerbWithAuxiliaryAndAdverb) {
  std::string t = "The warden has repeatedly insisted that the prison is safe.";
  EXPECT_EQ(One(t),
            "[SRC The warden] [CUE has repeatedly insisted] [CLAIM that the "
            "prison is safe] "
            "kind=indirect source=anonymous\n");
}

// A phrasal cue keeps its particle and takes the particle's object as the
// content; "long" joins the auxiliaries before a cue.
TEST(AttributionFinder, PhrasalCueAndLongBeforeTheVerb) {
  EXPECT_EQ(One("The mayor railed against the new parking fees."),
            "[SRC The mayor] [CUE railed against] [CLAIM the new parking "
            "fees] kind=indirect source=anonymous\n");
  std::vector<Claim> c =
      Claims("The senator has long argued that the tariff hurts farmers.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cue->lemma, "argue");
}

// "urged X to V": the object and its infinitive are the content.
// "told investors profits would rise": a bare plural noun after an
// object-taking cue is the addressee when the clause's own subject and a
// finite auxiliary follow it.
TEST(AttributionFinder, BarePluralAddresseeIsNoPartOfTheContent) {
  const std::string t =
      "The chief executive told shareholders margins would improve. The "
      "coach told players the new schedule was final. The minister warned "
      "farmers against being too hopeful.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(Content(t, c[0]), "margins would improve");
  EXPECT_EQ(Content(t, c[1]), "the new schedule was final");
  // "being" is no finite verb: "farmers" opens the content.
  EXPECT_EQ(Content(t, c[2]), "farmers against being too hopeful");
}

// An opening prepositional phrase with no comma after it is no part of the
// subject when a determiner opens the next noun phrase.
TEST(AttributionFinder, OpeningPhraseWithoutCommaIsNoPartOfTheSource) {
  const std::string t =
      "In a letter to the council the harbour board said the pier was "
      "unsafe. By contrast the rail union said the line was safe. At least "
      "half of the members in each branch say the pay offer is too low.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  ASSERT_TRUE(c[0].source && c[1].source && c[2].source);
  EXPECT_EQ(Text(t, c[0].source->span), "the harbour board");
  EXPECT_EQ(Text(t, c[1].source->span), "the rail union");
  // A determiner after a preposition goes on the noun phrase.
  EXPECT_EQ(Text(t, c[2].source->span),
            "At least half of the members in each branch");
}

// A connective that opens the sentence with no comma after it (data type
// connective: a word or a phrase) is no part of the subject, whatever
// follows it; one before a comma keeps an appositive's comma rule from
// reading it as a name.
TEST(AttributionFinder, OpeningConnectiveIsNoPartOfTheSource) {
  const std::string t =
      "In contrast dairy farmers wanted a higher milk price. By comparison "
      "bond traders said the rally would fade. Meanwhile shop owners said "
      "sales had slowed. But at the same time tenants argued that rents "
      "were too high. Separately, Omar Haddad, a spokesman for the port, "
      "said the cranes were idle.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 5u);
  for (const Claim& k : c) ASSERT_TRUE(k.source);
  EXPECT_EQ(Text(t, c[0].source->span), "dairy farmers");
  EXPECT_EQ(Text(t, c[1].source->span), "bond traders");
  EXPECT_EQ(Text(t, c[2].source->span), "shop owners");
  EXPECT_EQ(Text(t, c[3].source->span), "tenants");
  EXPECT_EQ(Text(t, c[4].source->span),
            "Omar Haddad, a spokesman for the port,");
}

// "\"...,\" Ann Lee, an analyst at Halden Bank told ...": with the comma
// that closes the appositive missing, the source is still the name and the
// appositive.
TEST(AttributionFinder, NameBeforeAnUnclosedAppositiveIsTheSource) {
  const std::string t =
      "\"The rally will not last,\" Maria Santos, an economist at Harbor "
      "Bank told the Daily Post.\n\nPedro Alves, a trader at Lisbon "
      "Securities told the paper the bonds would fall.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  ASSERT_TRUE(c[0].source && c[1].source);
  EXPECT_EQ(Text(t, c[0].source->span),
            "Maria Santos, an economist at Harbor Bank");
  EXPECT_EQ(Content(t, c[0]), "\"The rally will not last,\"");
  EXPECT_EQ(Text(t, c[1].source->span),
            "Pedro Alves, a trader at Lisbon Securities");
}

TEST(AttributionFinder, ObjectAndInfinitiveAreTheContent) {
  EXPECT_EQ(One("The mayor praised the plan and urged the council to approve "
                "it."),
            "[SRC The mayor] [CUE praised] [CLAIM the plan] kind=indirect "
            "source=anonymous\n"
            "[SRC The mayor] [CUE urged] [CLAIM the council to approve it] "
            "kind=indirect source=anonymous\n");
}

// A cue after "and" shares the clause's subject: a genitive subject after an
// opening adjunct, or the source of an earlier participle.
TEST(AttributionFinder, CoordinatedCueSharesTheSubject) {
  std::vector<Claim> c = Claims(
      "On Tuesday, the Lee campaign's spokesman toured the depot and "
      "announced that it would close.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cue->lemma, "announce");
  EXPECT_EQ(One("The senator left the hall, calling the vote a farce and "
                "insisting that it be held again."),
            "[SRC The senator] [CUE calling] [CLAIM the vote a farce] "
            "kind=indirect source=anonymous\n"
            "[SRC The senator] [CUE insisting] [CLAIM that it be held again] "
            "kind=indirect source=anonymous\n");
}

// After a post-posed name, a relative clause is part of the source (unless
// it is an attribution of its own: "..., who added that ...").
TEST(AttributionFinder, PostposedSourceKeepsItsRelativeClause) {
  std::vector<Claim> c = Claims(
      "\"The count is final,\" said Lia Moreau, who chairs the electoral "
      "board.");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_TRUE(c[0].source.has_value());
  EXPECT_EQ(c[0].source->span.size(),
            std::string("Lia Moreau, who chairs the electoral board").size());
  EXPECT_EQ(c[0].source->type, SourceType::kPerson);
}

// "the company said" refers back to the organization the story is about:
// the one named most often so far (not merely the nearest), one the noun
// names first ("the ministry" -> "Ministry of ...", "budget airline X"),
// the nearest outlet for "the paper". A modified noun ("the central bank",
// "the Swedish company") is left unresolved, and a nationality or place
// before the noun does not make the source a nationality or a government.
TEST(AttributionFinder,
     DefiniteOrganizationNounResolvesToTheStorysOrganization) {
  {
    std::vector<Claim> c = Claims(
        "Halvorsen Shipping Corp said it would sell two tankers. Halvorsen "
        "hired Brandt Partners to find a buyer. The company said the sale "
        "could close in June.");
    ASSERT_EQ(c.size(), 2u);
    ASSERT_TRUE(c[1].source.has_value());
    EXPECT_EQ(c[1].source->type, SourceType::kOrg);
    EXPECT_EQ(c[1].source->resolved, "Halvorsen Shipping Corp");
  }
  {
    // The noun names one of the organizations: it wins over a more
    // frequent one.
    std::vector<Claim> c = Claims(
        "Pellworth Foods said it had closed a plant. Pellworth blamed "
        "budget airline Skyvane for a lost contract. The airline said the "
        "contract had expired.");
    ASSERT_GE(c.size(), 2u);
    ASSERT_TRUE(c.back().source.has_value());
    EXPECT_EQ(c.back().source->type, SourceType::kOrg);
    EXPECT_EQ(c.back().source->resolved, "Skyvane");
  }
  {
    // A name headed by another body's noun (body=1: court, ministry,
    // party) is no company: the one before it is.
    std::vector<Claim> c = Claims(
        "Harlow Mutual said it would appeal. Leeds Crown Court fined it in "
        "May, and Leeds Crown Court also banned two directors. The company "
        "said it had repaid its customers.");
    ASSERT_FALSE(c.empty());
    ASSERT_TRUE(c.back().source.has_value());
    EXPECT_EQ(c.back().source->resolved, "Harlow Mutual");
  }
  {
    std::vector<Claim> c = Claims(
        "The Ministry of Water in Dodoma published new figures. Ortelia "
        "Mining disputed them. The ministry said the figures were final.");
    ASSERT_FALSE(c.empty());
    ASSERT_TRUE(c.back().source.has_value());
    EXPECT_EQ(c.back().source->resolved, "Ministry of Water");
  }
  {
    // refer=name: an agency no name calls one is left unresolved.
    std::vector<Claim> c = Claims(
        "Ortelia Mining said output fell. The agency said more checks "
        "would follow.");
    ASSERT_EQ(c.size(), 2u);
    ASSERT_TRUE(c[1].source.has_value());
    EXPECT_EQ(c[1].source->resolved, "");
  }
  {
    std::vector<Claim> c = Claims(
        "Ortelia Mining said output fell. The central bank said rates "
        "would stay on hold. The Swedish company said costs rose.");
    ASSERT_EQ(c.size(), 3u);
    ASSERT_TRUE(c[1].source.has_value());
    EXPECT_EQ(c[1].source->resolved, "");
    ASSERT_TRUE(c[2].source.has_value());
    EXPECT_EQ(c[2].source->type, SourceType::kOrg);
    EXPECT_EQ(c[2].source->entity, -1);
    EXPECT_EQ(c[2].source->resolved, "");
  }
}

// A name that runs across "of" is no source noun with a modifier: "the Bank
// of Lisbon" is that bank (it was typed with no entity or name), a person
// named after such a name and a title is the source, and a ministry or
// department by name is the government ("May Department Stores" is not).
TEST(AttributionFinder, NameAcrossOfIsTheSource) {
  std::vector<Claim> c = Claims(
      "Lending slowed in March, the Bank of Lisbon said. Bank of Lisbon "
      "governor Rui Tavares said rates would stay on hold. The Ministry of "
      "Water said 40 wells had dried up. Halder Department Stores Co said "
      "sales rose.");
  ASSERT_EQ(c.size(), 4u);
  ASSERT_TRUE(c[0].source.has_value());
  EXPECT_EQ(c[0].source->type, SourceType::kOrg);
  EXPECT_EQ(c[0].source->resolved, "Bank of Lisbon");
  EXPECT_GE(c[0].source->entity, 0);
  ASSERT_TRUE(c[1].source.has_value());
  EXPECT_EQ(c[1].source->type, SourceType::kPerson);
  EXPECT_EQ(c[1].source->resolved, "Rui Tavares");
  ASSERT_TRUE(c[2].source.has_value());
  EXPECT_EQ(c[2].source->type, SourceType::kGovernment);
  EXPECT_EQ(c[2].source->resolved, "Ministry of Water");
  ASSERT_TRUE(c[3].source.has_value());
  EXPECT_EQ(c[3].source->type, SourceType::kOrg);
}

// A noun phrase with no name, then a person's name as an appositive: the
// source is that person, and a later "she" resolves to her. An appositive
// that is no name, or not only a name, leaves the source a description.
TEST(AttributionFinder, AppositiveNameMakesThePersonTheSource) {
  std::vector<Claim> c = Claims(
      "The clinic's director, Marta Okafor, said funding would end. She "
      "added that staff had been told.");
  ASSERT_EQ(c.size(), 2u);
  ASSERT_TRUE(c[0].source.has_value());
  EXPECT_EQ(c[0].source->type, SourceType::kPerson);
  EXPECT_EQ(c[0].source->resolved, "Marta Okafor");
  ASSERT_TRUE(c[1].source.has_value());
  EXPECT_EQ(c[1].source->resolved, "Marta Okafor");
  for (const char* text :
       {"The clinic's director, a former nurse, said funding would end.",
        "Doctors, including Marta Okafor, said funding would end."}) {
    std::vector<Claim> d = Claims(text);
    ASSERT_EQ(d.size(), 1u) << text;
    ASSERT_TRUE(d[0].source.has_value()) << text;
    EXPECT_NE(d[0].source->type, SourceType::kPerson) << text;
  }
}

// A post-posed appositive may end in a relative clause without a comma; it
// is source, not a second content piece.
TEST(AttributionFinder, PostposedAppositiveWithRelativeClause) {
  std::vector<Claim> c = Claims(
      "\"We will win,\" said Ann Rice, a former state senator who ran for "
      "governor in 2008.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].pieces.size(), 1u);
  ASSERT_TRUE(c[0].source.has_value());
  EXPECT_EQ(c[0].source->span.size(),
            std::string("Ann Rice, a former state senator who ran for "
                        "governor in 2008")
                .size());
}

// A post-posed source with a relative clause that has auxiliaries of its
// own ("who was not ...") is still the source; a relative clause that is an
// attribution of its own stays out of it.
TEST(AttributionFinder, PostposedSourceWithAuxiliaryInItsRelativeClause) {
  std::vector<Claim> c = Claims(
      "\"The depot will close,\" said a rail union steward who was not at "
      "the meeting.");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_TRUE(c[0].source.has_value());
  EXPECT_EQ(
      c[0].source->span.size(),
      std::string("a rail union steward who was not at the meeting").size());
  EXPECT_EQ(Content("\"The depot will close,\" said", c[0]),
            "\"The depot will close,\"");
  c = Claims(
      "\"The depot will close,\" said a rail union steward who asked not to "
      "be named.");
  ASSERT_GE(c.size(), 1u);
  ASSERT_TRUE(c[0].source.has_value());
  EXPECT_EQ(c[0].source->span.size(),
            std::string("a rail union steward").size());
  EXPECT_EQ(c[0].cue->lemma, "say");
}

// A parenthetical between dashes after the subject: PolNeAR spans the
// source over it, closing dash included; typewritten " - " counts too.
TEST(AttributionFinder, SubjectWithParentheticalBetweenDashes) {
  EXPECT_EQ(One("Mira Kollath \xE2\x80\x94 a dairy farmer from the valley "
                "\xE2\x80\x94 says the new tariff hurts her."),
            "[SRC Mira Kollath \xE2\x80\x94 a dairy farmer from the valley "
            "\xE2\x80\x94] [CUE says] [CLAIM the new tariff hurts her] "
            "kind=indirect source=person\n");
  std::vector<Claim> c = Claims(
      "Two auditors - one of them a former treasurer - warned that the fund "
      "was short.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cue->lemma, "warn");
  ASSERT_TRUE(c[0].source.has_value());
  EXPECT_EQ(c[0].source->span.begin, 0u);
}

// "... and said": the subject of the first verb is the source, also after
// an opening phrase and with an appositive between commas; a quotation after
// the cue is the content, not the sentence before it.
TEST(AttributionFinder, CoordinatedCueAfterOpeningPhraseOrAppositive) {
  EXPECT_EQ(One("By the end of the week, Mr. Ostrander was forced into a "
                "retreat and said that his words had been twisted."),
            "[SRC Mr. Ostrander] [CUE said] [CLAIM that his words had been "
            "twisted] kind=indirect source=person\n");
  EXPECT_EQ(One("Nadia Brell, a retired ferry captain, joined the board and "
                "said the harbor fees were too high."),
            "[SRC Nadia Brell, a retired ferry captain,] [CUE said] [CLAIM the "
            "harbor fees were too high] kind=indirect source=person\n");
  std::vector<Claim> c = Claims(
      "Pressed on the budget, Mrs. Achterberg shook her head and said, "
      "\"Not this year.\"");
  ASSERT_FALSE(c.empty());
  const Claim& said = c.back();
  EXPECT_EQ(said.cue->lemma, "say");
  EXPECT_EQ(said.kind, ClaimKind::kDirectQuote);
  ASSERT_EQ(said.pieces.size(), 1u);
  EXPECT_EQ(said.pieces[0].size(), std::string("\"Not this year.\"").size());
}

// "since", "soon" and "cannot"/"won't" join the cue group like other
// auxiliaries and adverbs.
TEST(AttributionFinder, SinceSoonAndCannotJoinTheCue) {
  EXPECT_EQ(One("The ferry operator has since said that the route will stay "
                "open."),
            "[SRC The ferry operator] [CUE has since said] [CLAIM that the "
            "route will stay open] kind=indirect source=anonymous\n");
  std::vector<Claim> c =
      Claims("The warden cannot confirm that the inmates were moved.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text("The warden cannot confirm that the inmates were moved.",
                 c[0].cue->span),
            "cannot confirm");
}

// A pronoun coordinated with a name is one source: "he and Ms. Ortiz said".
TEST(AttributionFinder, PronounCoordinatedWithANameIsOneSource) {
  const std::string text =
      "The audit was rushed, she and Mr. Dunmore said. Nobody disputed it.";
  std::vector<Claim> c = Claims(text);
  ASSERT_GE(c.size(), 1u);
  ASSERT_TRUE(c[0].source.has_value());
  EXPECT_EQ(Text(text, c[0].source->span), "she and Mr. Dunmore");
  EXPECT_EQ(Content(text, c[0]), "The audit was rushed");
}

// An open content stops before ", who ..." describing its last person.
TEST(AttributionFinder, ContentStopsBeforeRelativeClauseOnAPerson) {
  std::vector<Claim> c = Claims(
      "The mayor said the contract went to Ann Lee, who runs the depot.");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_EQ(c[0].pieces.size(), 1u);
  EXPECT_EQ(c[0].pieces[0].size(),
            std::string("the contract went to Ann Lee").size());
}

// A relative clause between the content's subject and its verb ("..., who
// ..., would") is an aside inside the content: it goes on past it.
TEST(AttributionFinder, RelativeClauseBeforeTheVerbStaysInTheContent) {
  const std::string t =
      "The senator said the governor's two nephews, who are Canadian "
      "citizens, would not be affected by the rule.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Content(t, c[0]),
            "the governor's two nephews, who are Canadian citizens, would not "
            "be affected by the rule");
  // Without a verb after it the clause still ends the content.
  const std::string u =
      "The mayor said the depot went to Ann Lee, who runs the port for the "
      "county, last May.";
  c = Claims(u);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Content(u, c[0]), "the depot went to Ann Lee");
}

TEST(AttributionFinder, NegatedCue) {
  std::vector<Claim> c =
      Claims("The club did not deny that the coach had resigned.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cue->lemma, "deny");
}

TEST(AttributionFinder, PostposedSourceAndInversion) {
  std::string t =
      "The dam is safe, the engineers said. The lake is full, said Nora Pike.";
  EXPECT_EQ(
      One(t),
      "[SRC the engineers] [CUE said] [CLAIM The dam is safe] kind=indirect "
      "source=anonymous\n"
      "[SRC Nora Pike] [CUE said] [CLAIM The lake is full] kind=indirect "
      "source=person\n");
}

TEST(AttributionFinder, AccordingToBeforeAndAfter) {
  std::string t =
      "According to the coast guard, the boat sank. The crew was rescued, "
      "according to a spokesperson.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].kind, ClaimKind::kAccordingTo);
  EXPECT_EQ(Content(t, c[0]), "the boat sank");
  EXPECT_EQ(Text(t, c[1].source->span), "a spokesperson");
  EXPECT_EQ(Content(t, c[1]), "The crew was rescued");
}

TEST(AttributionFinder, InterruptedQuoteIsOneClaimTwoPieces) {
  std::string t =
      "\"The pier is gone,\" the warden said, \"and so is the boathouse.\"";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, ClaimKind::kDirectQuote);
  ASSERT_EQ(c[0].pieces.size(), 2u);
  EXPECT_EQ(Text(t, c[0].pieces[0]), "\"The pier is gone,\"");
  EXPECT_EQ(Text(t, c[0].pieces[1]), "\"and so is the boathouse.\"");
}

TEST(AttributionFinder, MultiSentenceQuote) {
  std::string t = "\"We lost the roof. We lost the barn,\" the farmer said.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Content(t, c[0]), "\"We lost the roof. We lost the barn,\"");
}

TEST(AttributionFinder, DoubledApostropheQuoteKeepsItsPossessives) {
  std::string t =
      "''The farmers' barns are empty, and the mill is shut,'' Ms. Rowe "
      "said.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, ClaimKind::kDirectQuote);
  EXPECT_EQ(Text(t, c[0].source->span), "Ms. Rowe");
}

TEST(AttributionFinder, OpeningMarkTypedForTheClosingOne) {
  std::string t =
      "\xE2\x80\x9CThe ferry will run again in May,\xE2\x80\x9C said "
      "Tom Aske.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, ClaimKind::kDirectQuote);
  EXPECT_EQ(Text(t, c[0].source->span), "Tom Aske");
}

TEST(AttributionFinder, PostposedNameWithCueWordInside) {
  std::string t =
      "The levy will pass, said Iowa State University economist Jo Marsh. "
      "The fund is empty, said former secretary of state Ed Vance.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].source->span),
            "Iowa State University economist Jo Marsh");
  EXPECT_EQ(Text(t, c[1].source->span), "former secretary of state Ed Vance");
}

TEST(AttributionFinder, ContentClauseOpensAQuotationPastTheSentence) {
  // The sentence splitter may cut inside a '' quotation; the content clause
  // still runs to the closing mark.
  std::string t =
      "Mr. Hale said the plan could work: ''The town has the money. Does it "
      "have the will?''";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Content(t, c[0]),
            "the plan could work: ''The town has the money. Does it have the "
            "will?''");
}

TEST(AttributionFinder, BaseFormAfterAppositiveSubject) {
  std::string t =
      "Many growers, a third of them from the valley, say the frost came "
      "early. The pickers will leave, say, in the fall.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].source->span),
            "Many growers, a third of them from the valley,");
  EXPECT_EQ(Content(t, c[0]), "the frost came early");
}

TEST(AttributionFinder, TimeAdverbAndPrepositionJoinTheCue) {
  std::string t =
      "The mayor has said repeatedly that the bridge is safe. Mr. Okafor "
      "boasted of the harbor's record haul.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].cue->span), "has said repeatedly");
  EXPECT_EQ(Text(t, c[1].cue->span), "boasted of");
  std::string u =
      "Ms. Ames said then that the mill would stay open. The mill shut, said "
      "then-Mayor Ed Ruiz.";
  std::vector<Claim> d = Claims(u);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(Text(u, d[0].cue->span), "said then");
  EXPECT_EQ(Text(u, d[1].source->span), "then-Mayor Ed Ruiz");
}

TEST(AttributionFinder, InvertedSourceAfterAQuotation) {
  // An object-taking cue ("warn") has no object here: the name is the
  // source. A form shared by base and past ("read") and a lone counted
  // source ("another") invert too.
  std::string t =
      "\"The ferry is lost,\" warned Ana Okafor. \"We grow stronger,\" read "
      "the leaflet. \"Watch the mayor,\" tweeted another.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(Text(t, c[0].source->span), "Ana Okafor");
  EXPECT_EQ(Content(t, c[0]), "\"The ferry is lost,\"");
  EXPECT_EQ(Text(t, c[1].cue->span), "read");
  EXPECT_EQ(Text(t, c[1].source->span), "the leaflet");
  EXPECT_EQ(Text(t, c[2].source->span), "another");
}

TEST(AttributionFinder, RelativeThatOnADocumentIsTheSubject) {
  // "that" after a document noun is the subject of the cue after it, also
  // of a form shared with a noun ("shows").
  std::string t =
      "The county put out a survey that shows most tenants want rent caps.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].cue->span), "shows");
  EXPECT_EQ(Text(t, c[0].source->span), "that");
  EXPECT_EQ(Content(t, c[0]), "most tenants want rent caps");
}

TEST(AttributionFinder, BaseFormAfterADeterminerAndAWordIsANoun) {
  // "the radio show \"...\"", "the rowdy chant \"...\"": a noun, even with a
  // quotation after it; the -s form after a singular subject is the verb.
  std::string t =
      "Ivo Kranj, host of the radio show \"Dawn Patrol,\" said the station "
      "would close. The fans took up the rowdy chant \"Sell the club!\" "
      "again. The new ad claims that the mayor lied.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].cue->span), "said");
  EXPECT_EQ(Text(t, c[1].cue->span), "claims");
  EXPECT_EQ(Text(t, c[1].source->span), "The new ad");
}

TEST(AttributionFinder, HowItWasSaidJoinsTheCue) {
  std::string t =
      "\"We will rebuild the pier,\" the mayor said with a grin. Okafor said "
      "by telephone that the ferry was late. \"The tax is gone,\" Ruiz said "
      "to cheers.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(Text(t, c[0].cue->span), "said with a grin");
  EXPECT_EQ(Text(t, c[1].cue->span), "said by telephone");
  EXPECT_EQ(Content(t, c[1]), "that the ferry was late");
  EXPECT_EQ(Text(t, c[2].cue->span), "said to cheers");
}

// A participle after "by" shares the clause's subject: the words before
// "by" are no source.
TEST(AttributionFinder, ParticipleAfterBySharesTheSubject) {
  std::string t =
      "The mayor closed the long meeting by saying that the bridge would "
      "reopen in May. Okafor won over the farmers by arguing that the levy was "
      "fair.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].cue->span), "saying");
  ASSERT_TRUE(c[0].source);
  EXPECT_EQ(Text(t, c[0].source->span), "The mayor");
  EXPECT_EQ(Content(t, c[0]), "that the bridge would reopen in May");
  EXPECT_EQ(Text(t, c[1].cue->span), "arguing");
  ASSERT_TRUE(c[1].source);
  EXPECT_EQ(Text(t, c[1].source->span), "Okafor");
}

// The particle of a phrasal cue belongs to the cue; its object is the
// content.
TEST(AttributionFinder, ParticleOfAPhrasalCueJoinsTheCue) {
  std::string t =
      "The two unions agreed on a plan to end the strike. Several economists "
      "cautioned against reading too much into one month of data. The "
      "council called upon the governor to release the flood funds.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(Text(t, c[0].cue->span), "agreed on");
  EXPECT_EQ(Content(t, c[0]), "a plan to end the strike");
  EXPECT_EQ(Text(t, c[1].cue->span), "cautioned against");
  EXPECT_EQ(Content(t, c[1]), "reading too much into one month of data");
  EXPECT_EQ(Text(t, c[2].cue->span), "called upon");
}

// "respond to": the preposition is part of the cue.
TEST(AttributionFinder, RespondToKeepsThePreposition) {
  std::string t =
      "The port authority did not respond to questions about the new fee. "
      "Okafor responded to the audit by promising a review of the "
      "contracts.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].cue->span), "did not respond to");
  EXPECT_EQ(Content(t, c[0]), "questions about the new fee");
  EXPECT_EQ(Text(t, c[1].cue->span), "responded to");
}

// A manner adverb in -ly right after the verb joins the cue when nothing
// it could modify follows; not one that opens a figure or a phrase.
TEST(AttributionFinder, MannerAdverbAfterTheVerbJoinsTheCue) {
  std::string t =
      "\"That went well,\" Ruiz said wearily. The farmers complained bitterly "
      "about the new levy. Okafor said nearly half of the seats were empty. "
      "The clerk said quietly that the vote was delayed.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(Text(t, c[0].cue->span), "said wearily");
  EXPECT_EQ(Text(t, c[1].cue->span), "complained bitterly about");
  EXPECT_EQ(Content(t, c[1]), "the new levy");
  EXPECT_EQ(Text(t, c[2].cue->span), "said");
  EXPECT_EQ(Content(t, c[2]), "nearly half of the seats were empty");
  EXPECT_EQ(Text(t, c[3].cue->span), "said quietly");
  EXPECT_EQ(Content(t, c[3]), "that the vote was delayed");
}

// A claim inside the content of an "according to" claim is that claim's,
// unless the "according to" opens its complement clause.
TEST(AttributionFinder, ClaimInsideAccordingToIsDropped) {
  std::string t =
      "The bridge will close for two weeks, the mayor said, according to a "
      "report in the local paper. According to the county survey, 61 "
      "percent of the farmers said the levy was too high. The paper "
      "reported that, according to its own count, the ferry carried 900 "
      "people.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(Text(t, c[0].cue->span), "according to");
  EXPECT_EQ(Content(t, c[0]),
            "The bridge will close for two weeks, the mayor said");
  EXPECT_EQ(Text(t, c[1].cue->span), "According to");
  // An "according to" that opens the report's complement clause is its via
  // (AccordingToAfterThatIsAViaOfTheClaim).
  EXPECT_EQ(Text(t, c[2].cue->span), "reported");
  ASSERT_EQ(c[2].via.size(), 1u);
  EXPECT_EQ(Text(t, c[2].via[0].span), "its own count");
}

// Requests and encouragement reported inside another claim's content are
// that claim's (nest=0 on "ask", "encourage" and others in cues.tsv).
TEST(AttributionFinder, ReportedRequestInsideAClaimIsNotNested) {
  std::string t =
      "The mayor said the council asked the ferry company to publish its "
      "timetable. The coach said he encouraged the players to rest before "
      "the final.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].cue->span), "said");
  EXPECT_EQ(Content(t, c[0]),
            "the council asked the ferry company to publish its timetable");
  EXPECT_EQ(Text(t, c[1].cue->span), "said");
}

// What a poll showed or a speaker noted holds no claims of its own
// (class=document and inner=0); a plain "said" keeps a relayed report
// (relay=1; ReportedContentKeepsOnlyRelayedClaims).
TEST(AttributionFinder, FindingOrRemarkHoldsNoInnerClaim) {
  std::string t =
      "A county poll showed that 60 percent of the farmers said the levy was "
      "too high. The clerk noted that the mayor had promised a new bridge. "
      "The mayor said the council had said a new bridge would open.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(Text(t, c[0].cue->span), "showed");
  EXPECT_EQ(Text(t, c[1].cue->span), "noted");
  EXPECT_EQ(Text(t, c[2].cue->span), "said");
  EXPECT_EQ(Text(t, c[3].cue->span), "had said");
}

// "charged with" with no object between is a passive participle, and a
// comment reported inside another claim is that claim's.
TEST(AttributionFinder, ChargedWithIsNoCueAndCommentOnIsNotNested) {
  std::string t =
      "A group charged with cleaning up the harbor said the water was safe. "
      "The mayor said the treasurer would comment on the budget next week.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].cue->span), "said");
  ASSERT_TRUE(c[0].source);
  EXPECT_EQ(Text(t, c[0].source->span),
            "A group charged with cleaning up the harbor");
  EXPECT_EQ(Text(t, c[1].cue->span), "said");
}

// A base form after "let" and its object is a bare infinitive.
TEST(AttributionFinder, BaseFormAfterLetIsNoCue) {
  EXPECT_TRUE(
      Claims("Ruiz would let farmers write off the cost of new tractors.")
          .empty());
  EXPECT_TRUE(
      Claims("The coach let them know that the final was moved.").empty());
}

// "showed no sign of", "has shown little interest in": the noun of the
// attitude shown (display= in data/cues.tsv), the words before it and its
// preposition join the cue; a clause after the verb does not.
TEST(AttributionFinder, ShownAttitudeJoinsTheCue) {
  std::string t =
      "The union showed no sign of ending the strike. The mayor has shown "
      "little real interest in the stadium deal. The audit shows that the "
      "fund lost interest in bonds.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(Text(t, c[0].cue->span), "showed no sign of");
  EXPECT_EQ(Content(t, c[0]), "ending the strike");
  EXPECT_EQ(Text(t, c[1].cue->span), "has shown little real interest in");
  EXPECT_EQ(Content(t, c[1]), "the stadium deal");
  EXPECT_EQ(Text(t, c[2].cue->span), "shows");
}

// After a name "'s" and a gerund are a genitive and its noun ("Ruiz's
// showing"); after a pronoun "'s" is "is" or "has".
// A cue noun after a genitive ("the union's assertion that"): a plural's
// possessive (an apostrophe alone) is one too, the possessive goes with the
// source, and inside another claim's content the noun is that claim's
// (nest=0 on the cue_noun entries).
TEST(AttributionFinder, GenitiveNounCueSourceAndNesting) {
  const std::string t =
      "The growers' assertion that frost had ruined the crop was confirmed. "
      "Ana Ruiz's assertion that the well was dry was confirmed. The board "
      "dismissed the pilots' statement that the runway was too short.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  ASSERT_TRUE(c[0].source && c[1].source && c[2].source);
  EXPECT_EQ(Text(t, c[0].cue->span), "assertion");
  EXPECT_EQ(Text(t, c[0].source->span), "The growers'");
  EXPECT_EQ(Text(t, c[1].cue->span), "assertion");
  EXPECT_EQ(Text(t, c[1].source->span), "Ana Ruiz's");
  // The board's claim only: no second one for the pilots.
  EXPECT_EQ(Text(t, c[2].cue->span), "dismissed");
  EXPECT_EQ(Content(t, c[2]),
            "the pilots' statement that the runway was too short");
}

TEST(AttributionFinder, GerundAfterGenitiveIsNoCue) {
  EXPECT_TRUE(
      Claims("Ruiz's showing in the primary surprised the party.").empty());
  EXPECT_TRUE(
      Claims("The Ledger's reporting on the mill drew new readers.").empty());
  EXPECT_EQ(OnlyCue("He's saying that the count was wrong."), "'s saying");
}

// unless= in data/cues.tsv: a price after "charge" and an office after
// "seek" make no statement; the verbs still take a "that" clause or a
// stance ("sought to calm").
TEST(AttributionFinder, PriceAndOfficeAreNoStatement) {
  for (const char* t :
       {"The marina charged each boat owner a $900 mooring fee.",
        "The firm has charged the county $2 million for the audit.",
        "Ms. Okafor is seeking the Labor nomination in the western seat.",
        "Two mayors are also seeking reelection this spring."}) {
    for (const Claim& c : Claims(t)) EXPECT_FALSE(c.cue) << t;
  }
  std::string t =
      "The auditor charged that the county hid the bill. The coach sought "
      "to calm the fans.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].cue->span), "charged");
  EXPECT_EQ(Text(t, c[1].cue->span), "sought");
}

// "an emotionally charged uprising", "a weekly show": adjective and noun
// uses.
TEST(AttributionFinder, ChargedAdjectiveAndBroadcastShowAreNoCues) {
  for (const char* t :
       {"For the prime minister, Britain's emotionally charged uprising is a "
        "warning.",
        "The comic, who hosts a popular weekly show \u201cFarm Talk,\u201d "
        "left the network.",
        "He lost his late night show \u201cNight Owls\u201d last year.",
        "It was the only show that regularly booked women."}) {
    for (const Claim& c : Claims(t)) EXPECT_FALSE(c.cue) << t;
  }
}

// "mention" is also a noun ("little mention of", "the mere mention of"): a
// cue only with a verb's shape.
TEST(AttributionFinder, MentionAsANounIsNoCue) {
  EXPECT_TRUE(
      Claims("The speech carried little mention of the deficit.").empty());
  std::string t =
      "Lee did not mention the deficit in the speech. They mention the "
      "deficit in every ad.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].cue->span), "did not mention");
  EXPECT_EQ(Text(t, c[1].cue->span), "mention");
}

// "That's according to ...": the verb joins the cue, the pronoun is the
// content.
TEST(AttributionFinder, ThatIsAccordingTo) {
  std::string t =
      "Turnout fell by a third. That\u2019s according to the county clerk.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);  // the first sentence is unattributed
  EXPECT_FALSE(c[0].cue);
  ASSERT_TRUE(c[1].cue && c[1].source);
  EXPECT_EQ(Text(t, c[1].cue->span), "\u2019s according to");
  EXPECT_EQ(Content(t, c[1]), "That");
  EXPECT_EQ(Text(t, c[1].source->span), "the county clerk");
}

TEST(AttributionFinder, ApologyAndRenewedStanceCues) {
  std::string t =
      "The coach apologized for the late kickoff. The senator is doubling "
      "down on her tariff plan. Two unions came out against the merger. The "
      "critic gushed about the new opera house.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(Text(t, c[0].cue->span), "apologized for");
  EXPECT_EQ(Content(t, c[0]), "the late kickoff");
  EXPECT_EQ(Text(t, c[1].cue->span), "is doubling down on");
  EXPECT_EQ(Text(t, c[2].cue->span), "came out against");
  EXPECT_EQ(Text(t, c[3].cue->span), "gushed about");
  EXPECT_EQ(Text(t, c[3].source->span), "The critic");
  std::string more =
      "The report touched on the cost of the bridge. The governor took "
      "credit for the new jobs.";
  std::vector<Claim> m = Claims(more);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(Text(more, m[0].cue->span), "touched on");
  EXPECT_EQ(Text(more, m[1].cue->span), "took credit for");
}

// "when asked" with an infinitive, or after an adjunct: the request or
// question is the content.
TEST(AttributionFinder, WhenAskedTakesAnInfinitive) {
  std::string t = "The guard left the hall when asked to leave by the usher.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].cue->span), "asked");
  EXPECT_EQ(Content(t, c[0]), "to leave by the usher");
  // An adjunct before the question is skipped.
  std::string a =
      "Lena Ortiz smiled when asked at the town meeting whether the bridge "
      "would open.";
  std::vector<Claim> q = Claims(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Text(a, q[0].cue->span), "asked");
  EXPECT_EQ(Content(a, q[0]), "whether the bridge would open");
}

// A particle or "of" after the verb stays in the cue.
TEST(AttributionFinder, ParticleAndOfJoinTheCue) {
  std::string t =
      "The campaign blasted out an email about the vote. Voters may think of "
      "him as a moderate.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].cue->span), "blasted out");
  EXPECT_EQ(Text(t, c[1].cue->span), "may think of");
}

// "vote for" is also a noun phrase ("the swing vote for", "42 votes for"):
// a cue only with a verb's shape.
TEST(AttributionFinder, VoteAsANounIsNoCue) {
  for (const char* t : {"The judge has been the swing vote for such causes.",
                        "The state will cast 42 votes for the governor."}) {
    for (const Claim& c : Claims(t)) EXPECT_FALSE(c.cue) << t;
  }
  EXPECT_EQ(OnlyCue("Most members voted for the plan."), "voted for");
}

// "may want to" advises; "wants to" states a wish.
TEST(AttributionFinder, MayWantToIsAdviceNoCue) {
  EXPECT_TRUE(Claims("Shoppers may want to check the price twice.").empty());
  EXPECT_EQ(OnlyCue("The mayor wants to rebuild the pier."), "wants");
}

// "a video posted by ...": a reduced relative, no one posting.
TEST(AttributionFinder, ThingPostedIsNoCue) {
  for (const char* t :
       {"The governor spoke in a video posted by the tourism board.",
        "A statement posted on the club website listed the new fees."}) {
    EXPECT_FALSE(HasCue(t, "posted")) << t;
  }
  EXPECT_EQ(
      OnlyCue("The senator posted on Facebook that the bridge was closed."),
      "posted");
}

// "FEC reports", "police reports": records, not someone reporting.
TEST(AttributionFinder, FilingReportsAreNoCue) {
  for (const char* t :
       {"But FEC reports show that the group raised little money.",
        "The paper detailed three police reports the neighbors filed."}) {
    EXPECT_FALSE(HasCue(t, "reports")) << t;
  }
  EXPECT_EQ(OnlyCue("The commission reported that turnout rose."), "reported");
}

TEST(AttributionFinder, LightVerbAndPhrasalCues) {
  std::string t =
      "The senator went after the governor over the budget. Ms. Diaz made "
      "the case for a higher wage. The agency issued a statement saying the "
      "road would close.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(Text(t, c[0].cue->span), "went after");
  EXPECT_EQ(Content(t, c[0]), "the governor over the budget");
  EXPECT_EQ(Text(t, c[1].cue->span), "made the case for");
  EXPECT_EQ(Text(t, c[2].cue->span), "issued a statement saying");
  EXPECT_EQ(Content(t, c[2]), "the road would close");
}

// A carrier verb (cue_carrier), a document noun phrase opened by "a", an
// adjunct and a cue verb's participle are one cue; the carrier's subject is
// the source. Without a document noun, or with another noun phrase before
// the participle, the carrier is no part of any cue.
TEST(AttributionFinder, CarrierDocumentAndParticipleAreOneCue) {
  std::string t =
      "The harbor board released a short report on Friday night, warning "
      "that the pier was unsafe. The ferry union sent out a message "
      "Wednesday urging members to stay home. Mayor Okafor is issuing a "
      "statement this week calling the closure a mistake.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(Text(t, c[0].cue->span),
            "released a short report on Friday night, warning");
  EXPECT_EQ(Text(t, c[0].source->span), "The harbor board");
  EXPECT_EQ(Content(t, c[0]), "that the pier was unsafe");
  EXPECT_EQ(Text(t, c[1].cue->span), "sent out a message Wednesday urging");
  EXPECT_EQ(Text(t, c[1].source->span), "The ferry union");
  EXPECT_EQ(Text(t, c[2].cue->span),
            "is issuing a statement this week calling");
  EXPECT_EQ(Text(t, c[2].source->span), "Mayor Okafor");
  // No document noun: the carrier stays out.
  std::string boat = "The club released a boat on Friday, saying it was safe.";
  std::vector<Claim> b = Claims(boat);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(Text(boat, b[0].cue->span), "saying");
}

// What "said", "told" or "added" reports (not quotes) holds no claim of its
// own (inner=relay), unless its cue relays speech too (relay=1: "had said").
TEST(AttributionFinder, ReportedContentKeepsOnlyRelayedClaims) {
  std::string t =
      "The mayor said the council promised new parks last spring. The coach "
      "told reporters the league warned clubs about late payments.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].cue->span), "said");
  EXPECT_EQ(Text(t, c[1].cue->span), "told");
  std::string relay =
      "The mayor said the governor had said the bridge was safe.";
  std::vector<Claim> r = Claims(relay);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(Text(relay, r[1].cue->span), "had said");
  EXPECT_EQ(Text(relay, r[1].source->span), "the governor");
  // Also before a post-posed "said".
  std::string post =
      "Officials believe the well was poisoned, a radio station said.";
  std::vector<Claim> p = Claims(post);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(Text(post, p[0].cue->span), "said");
}

// "is known for", "was known as" after a copula (label=1) label the
// subject: no source, the subject and the complement are the content. A
// bare participle, a gap after it or a free relative before it gives none.
TEST(AttributionFinder, KnownAsLabelsItsSubject) {
  std::string t =
      "Judge Amari is known for her blunt opinions. The harbor, which was "
      "known as the Dry Dock, closed in May.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].cue->span), "is known for");
  ASSERT_TRUE(c[0].source.has_value());
  EXPECT_EQ(c[0].source->type, SourceType::kNone);
  EXPECT_EQ(Content(t, c[0]), "Judge Amari | her blunt opinions");
  EXPECT_EQ(Text(t, c[1].cue->span), "was known as");
  EXPECT_EQ(Content(t, c[1]).substr(0, 20), "which | the Dry Dock");
  EXPECT_TRUE(
      Claims("The plan, known as the Fair Rule, passed quickly.").empty());
  EXPECT_TRUE(
      Claims("He builds the towers he is known for, and more.").empty());
  EXPECT_TRUE(Claims("What has become known as the Lee rule passed last week.")
                  .empty());
}

TEST(AttributionFinder, RelativeClauseWithItsOwnCueStaysOutOfTheSource) {
  std::string t =
      "Ann Lee, who endorsed Tom Ruiz in May, said the vote was fair. Bo "
      "Park, who runs the port, said the ships were late.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(Text(t, c[0].source->span), "who");
  // "in May" is a date (the quantities stage), which a content does not end
  // with.
  EXPECT_EQ(Content(t, c[0]), "Tom Ruiz");
  EXPECT_EQ(Text(t, c[1].source->span), "Ann Lee");
  EXPECT_EQ(Text(t, c[2].source->span), "Bo Park, who runs the port,");
}

// When the main clause's source spans the relative clause ("Tom Reed, a
// teacher who ..., said"), the relative clause's content ends where that
// source does, before the comma or dash.
TEST(AttributionFinder, RelativeClauseContentEndsWithTheSourceSpanningIt) {
  std::string t =
      "Tom Reed, a retired welder who described himself as a devout "
      "Lutheran, said the mill would close.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].source->span), "who");
  EXPECT_EQ(Content(t, c[0]), "himself as a devout Lutheran");
  EXPECT_EQ(Content(t, c[1]), "the mill would close");
  t = "The guild - which has endorsed Ruiz - said the mill would close.";
  c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Content(t, c[0]), "Ruiz");
  EXPECT_EQ(Content(t, c[1]), "the mill would close");
}

TEST(AttributionFinder, PostposedAppositiveKeepsItsRelativeClause) {
  std::string t =
      "\"The levee will hold,\" said Ida Voss, a hydrologist who is a former "
      "county engineer.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].source->span),
            "Ida Voss, a hydrologist who is a former county engineer");
  EXPECT_EQ(Content(t, c[0]), "\"The levee will hold,\"");
}

TEST(AttributionFinder, NameCoordinatedWithANounPhrase) {
  std::string t =
      "Mrs. Okoro and her aides said the count was wrong. The Port Authority "
      "and 14 other agencies said the tunnel was safe.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].source->span), "Mrs. Okoro and her aides");
  EXPECT_EQ(Text(t, c[1].source->span),
            "The Port Authority and 14 other agencies");
}

TEST(AttributionFinder, JoinedNounPhrasesOpeningTheClauseAreOneSource) {
  std::string t =
      "The harbor director and the city mayor have both argued that the pier "
      "is unsafe. Dock workers and their union leaders said the cranes were "
      "old. Ana Brandt, Leo Marsh and Ivo Kranj said the vote was rigged.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(Text(t, c[0].source->span),
            "The harbor director and the city mayor");
  EXPECT_EQ(Text(t, c[1].source->span), "Dock workers and their union leaders");
  EXPECT_EQ(Text(t, c[2].source->span), "Ana Brandt, Leo Marsh and Ivo Kranj");
  // A noun phrase after a verb is its object: "the pier" does not join.
  std::string o =
      "The crew inspected the pier and divers said the piles were cracked.";
  std::vector<Claim> d = Claims(o);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(Text(o, d[0].source->span), "divers");
}

TEST(AttributionFinder, CommaInsideTheClosingQuoteEndsTheAppositive) {
  // American style puts the comma that closes an appositive or a relative
  // clause inside the quotation mark: the main verb still has its subject.
  std::string t =
      "Ana Ruiz, who calls the levy a \"tax grab,\" said the council should "
      "vote again. Ivo Kranj, host of the radio program \u201cDawn "
      "Patrol,\u201d "
      "said the station would close.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(Text(t, c[0].cue->span), "calls");
  EXPECT_EQ(Content(t, c[0]), "the levy a \"tax grab,\"");
  EXPECT_EQ(Text(t, c[1].cue->span), "said");
  EXPECT_EQ(Text(t, c[1].source->span), "Ana Ruiz");
  EXPECT_EQ(Content(t, c[1]), "the council should vote again");
  EXPECT_EQ(Text(t, c[2].source->span),
            "Ivo Kranj, host of the radio program \u201cDawn Patrol,\u201d");
  // A quotation that opens the sentence is the content of an inverted cue.
  std::string q = "\"The vote was rigged,\" said Ana Ruiz.";
  std::vector<Claim> d = Claims(q);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(Text(q, d[0].source->span), "Ana Ruiz");
}

TEST(AttributionFinder, CoordinatedCueAfterAVerbThatIsNoCue) {
  // "X <verb> ... and said": the sentence's subject, past a verb in -ed
  // (no title word), a prepositional phrase or a relative clause.
  std::string t =
      "In her speech, Okoro ranked Lindqvist as the ablest of the rivals and "
      "said her old aide would finish the work. The board of regents "
      "overruled and said the fees would stay. Marsh, who had met the crews "
      "for weeks, arrived at the site with no plan and acknowledged that the "
      "roof had failed.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(Text(t, c[0].source->span), "Okoro");
  EXPECT_EQ(Text(t, c[0].cue->span), "said");
  EXPECT_EQ(Text(t, c[1].source->span), "The board of regents");
  EXPECT_EQ(Text(t, c[2].source->span),
            "Marsh, who had met the crews for weeks,");
  EXPECT_EQ(Text(t, c[2].cue->span), "acknowledged");
  // A quantifier before a plural noun opens the subject like a determiner.
  std::string q = "Some dockers waited for hours and said the cranes were old.";
  std::vector<Claim> d = Claims(q);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(Text(q, d[0].source->span), "Some dockers");
}

TEST(AttributionFinder, AppositiveWithACommaKeepsTheName) {
  std::string t =
      "Dean Ruiz, a grocer from Sumter, South Carolina, said prices rose. In "
      "Dover, the mayor, a lawyer, said the roads were closed.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].source->span),
            "Dean Ruiz, a grocer from Sumter, South Carolina,");
  EXPECT_EQ(Text(t, c[1].source->span), "the mayor, a lawyer,");
}

TEST(AttributionFinder, LongAppositiveBeforeTheCueKeepsItsSubject) {
  // An appositive of over 20 tokens with a relative clause: the subject is
  // still found (it was dropped, and the claim with it).
  std::string t =
      "Nora Vance, a retired ferry captain who had sat on the harbor's "
      "seven-member council before leaving in March because of a dispute over "
      "fees, said the new pier would flood.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].cue->span), "said");
  EXPECT_EQ(Text(t, c[0].source->span).substr(0, 11), "Nora Vance,");
  EXPECT_EQ(Content(t, c[0]), "the new pier would flood");
}

TEST(AttributionFinder, NounLikeCueAfterAnAppositiveIsAVerb) {
  // "calls", "shows", "plans" are nouns too; after the comma that closes an
  // appositive subject they are the verb.
  std::string t =
      "Omar Haddad, a critic for the weekly, calls the new museum \"a glass "
      "warehouse.\" The study, written by two economists, shows rents up.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].cue->span), "calls");
  EXPECT_EQ(Text(t, c[0].source->span),
            "Omar Haddad, a critic for the weekly,");
  EXPECT_EQ(Text(t, c[1].cue->span), "shows");
  EXPECT_EQ(Text(t, c[1].source->span),
            "The study, written by two economists,");
}

TEST(AttributionFinder, PostposedCountedOrCapitalizedModalSource) {
  // A post-posed source opened by "one" or a number, or by a capitalized
  // modal or cue word that is part of a name or title.
  std::string t =
      "\"The roof leaks every spring,\" wrote one tenant. \"We fixed it "
      "twice,\" said Will Okafor, the landlord. \"Nobody asked us,\" said "
      "State Senator Ida Brandt.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(Text(t, c[0].source->span), "one tenant");
  EXPECT_EQ(Text(t, c[1].source->span), "Will Okafor, the landlord");
  EXPECT_EQ(Text(t, c[2].source->span), "State Senator Ida Brandt");
}

TEST(AttributionFinder, ParticipleAfterTwoApostropheQuote) {
  // ",'' adding that": the comma sits before the first of the two tokens of
  // the `''` mark, and the participle is a claim of its own, as after ,".
  std::string t =
      "The coach said, ''We were tired,'' adding that the bus had broken "
      "down.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Content(t, c[0]), "''We were tired,''");
  EXPECT_EQ(Text(t, c[1].cue->span), "adding");
  EXPECT_EQ(Text(t, c[1].source->span), "The coach");
}

TEST(AttributionFinder, ToPersonOpeningStatesTheirView) {
  std::string t =
      "To Mr. Okafor, the new bridge is a waste. But to others, it is a "
      "lifeline. To Rosa Diaz, who has fished here for decades, the river "
      "is dying. To date, no one has paid. To win, he must carry the north.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(Text(t, c[0].cue->span), "To");
  EXPECT_EQ(Text(t, c[0].source->span), "Mr. Okafor");
  EXPECT_EQ(Content(t, c[0]), "the new bridge is a waste");
  EXPECT_EQ(Text(t, c[1].source->span), "others");
  EXPECT_EQ(Text(t, c[2].source->span),
            "Rosa Diaz, who has fished here for decades");
  EXPECT_EQ(Content(t, c[2]), "the river is dying");
}

TEST(AttributionFinder, DayAndItsPartJoinTheCue) {
  std::string t =
      "The ferry operator said Friday night that the line would close.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].cue->span), "said Friday night");
  EXPECT_EQ(Content(t, c[0]), "that the line would close");
}

TEST(AttributionFinder, SentenceOpenedByTheCueVerb) {
  std::string t =
      "The hall was full. Said Ivo Marsh, who ran the mill for years, \"We "
      "never closed.\" Said Ruiz: \"It is over.\"";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].cue->span), "Said");
  EXPECT_EQ(Text(t, c[0].source->span),
            "Ivo Marsh, who ran the mill for years");
  EXPECT_EQ(Content(t, c[0]), "\"We never closed.\"");
  EXPECT_EQ(Text(t, c[1].source->span), "Ruiz");
  EXPECT_EQ(c[1].kind, ClaimKind::kDirectQuote);
}

TEST(AttributionFinder, WeekdayBeforeAGenitiveStaysOutOfTheCue) {
  EXPECT_EQ(OnlyCue("The senator praised Friday's ruling as a win for voters."),
            "praised");
}

TEST(AttributionFinder, LongClauseBeforeAPostposedSourceIsNoAppositive) {
  // Over 20 tokens between commas that do not open like a noun phrase: the
  // clause is the content and the name after the cue the source.
  std::string t =
      "Roads, schools and clean water would be the main goals when the "
      "council takes over the budget in the spring of next year, said Mayor "
      "Tova Lind.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].source->span), "Mayor Tova Lind");
}

TEST(AttributionFinder, TimeWordBeforeAGenitiveStaysInTheSource) {
  std::string t = "Tuesday's results showed the mayor ahead.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].source->span), "Tuesday's results");
}

TEST(AttributionFinder, MixedQuote) {
  std::vector<Claim> c =
      Claims("The judge said the delay was \"beyond excuse\" and unfair.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, ClaimKind::kMixed);
}

TEST(AttributionFinder, PronounResolvedToEarlierPerson) {
  std::string t =
      "Mira Castell, the fire chief, said the blaze was out. She said two "
      "homes burned.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].source->type, SourceType::kPronoun);
  EXPECT_THAT(c[1].source->resolved, ::testing::HasSubstr("Castell"));
}

TEST(AttributionFinder, ImpersonalAndReportedlyHaveNoSource) {
  std::vector<Claim> c = Claims(
      "It was reported that the mine had flooded. The owner reportedly fled.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source->type, SourceType::kNone);
  EXPECT_EQ(c[1].source->type, SourceType::kNone);
  EXPECT_TRUE(c[1].hedged);
}

TEST(AttributionFinder, ChainGoesToVia) {
  std::string t =
      "The Daily Ledger reported, citing court records, that the mill was "
      "sold.";
  std::vector<Claim> c = Claims(t);
  // The report with its relay, and "citing" as a cue of its own (as PolNeAR
  // annotates it): the same source cites the records.
  ASSERT_EQ(c.size(), 2u);
  ASSERT_EQ(c[0].via.size(), 1u);
  EXPECT_EQ(Text(t, c[0].via[0].span), "court records");
  EXPECT_EQ(Content(t, c[0]), "that the mill was sold");
  EXPECT_EQ(Text(t, c[1].cue->span), "citing");
  EXPECT_EQ(Text(t, c[1].source->span), "The Daily Ledger");
  EXPECT_EQ(Content(t, c[1]), "court records");
}

// "X said that, according to Y, Z": the "according to" opens X's complement
// clause and names where X's claim comes from; Y is its via and the content
// runs on over the aside (between commas or dashes), with no claim for Y.
TEST(AttributionFinder, AccordingToAfterThatIsAViaOfTheClaim) {
  const std::string t =
      "The harbour master said that, according to tide tables, the pier "
      "would flood at noon. Inspectors warned that - according to the "
      "county engineer - the culvert could collapse.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[0].cue->span), "said");
  EXPECT_EQ(Content(t, c[0]),
            "that, according to tide tables, the pier would flood at noon");
  ASSERT_EQ(c[0].via.size(), 1u);
  EXPECT_EQ(Text(t, c[0].via[0].span), "tide tables");
  EXPECT_EQ(Text(t, c[1].cue->span), "warned");
  EXPECT_EQ(Content(t, c[1]),
            "that - according to the county engineer - the culvert could "
            "collapse");
  ASSERT_EQ(c[1].via.size(), 1u);
  EXPECT_EQ(Text(t, c[1].via[0].span), "the county engineer");
}

TEST(AttributionFinder, NestedAttributionGivesTwoClaims) {
  std::string t =
      "Officials believe the well was poisoned, a radio station wrote.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Content(t, c[0]), "the well was poisoned");
  EXPECT_EQ(Content(t, c[1]), "Officials believe the well was poisoned");
  EXPECT_TRUE(c[0].hedged);
}

TEST(AttributionFinder, UnattributedFigure) {
  std::vector<Claim> c =
      Claims("The county lost 1,200 jobs in the first quarter.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, ClaimKind::kUnattributed);
  EXPECT_FALSE(c[0].source.has_value());
  EXPECT_GT(c[0].score, 0.4);
}

TEST(AttributionFinder, NoCueNoFigureNoClaim) {
  EXPECT_TRUE(Claims("The sky over the hills was grey and quiet.").empty());
}

TEST(AttributionFinder, NounUseIsNotACue) {
  EXPECT_TRUE(Claims("The report was long and dull.").empty());
}

TEST(AttributionFinder, DisabledByOptions) {
  Options opt;
  opt.claims = false;
  absl::StatusOr<Extractor> ex = Extractor::Create(opt);
  ASSERT_TRUE(ex.ok());
  absl::StatusOr<Document> doc =
      ex->Extract("The mayor said the roads were clear.");
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->claims.empty());
}

// ---- round 2: noun/verb forms, stance and raising cues, spans, quotes ------

TEST(AttributionFinder, NounFormsOfCueVerbsAreNotCues) {
  EXPECT_TRUE(Claims("The swing states in the north voted early.").empty());
  EXPECT_TRUE(Claims("Her remarks drew a long silence from the hall.").empty());
  EXPECT_TRUE(Claims("The talk show host left the studio at noon.").empty());
}

TEST(AttributionFinder, NounFormWithVerbShapeIsACue) {
  std::vector<Claim> c =
      Claims("The city auditor reports that the fund is short.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cue->lemma, "report");
  c = Claims("Farmers fear the frost will ruin the orchards.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cue->lemma, "fear");
}

TEST(AttributionFinder, CapitalizedCueInsideANameIsNotACue) {
  EXPECT_TRUE(Claims("Exports to the United States rose sharply.").empty());
  std::vector<Claim> c = Claims("Mayor Holt Says Budget Is Balanced");
  ASSERT_EQ(c.size(), 1u);  // a title-case headline keeps its cue
  EXPECT_EQ(c[0].cue->lemma, "say");
}

TEST(AttributionFinder, InfinitiveAndBareParticipleAreNotCues) {
  EXPECT_TRUE(Claims("Crowds came to see the parade on the river.").empty());
  EXPECT_TRUE(
      Claims("The square, known as the old market, was empty.").empty());
}

TEST(AttributionFinder, StrictCueNeedsContentOrPostposition) {
  EXPECT_TRUE(Claims("The ferry continued to run all winter.").empty());
  std::string t = "\"We will rebuild the pier,\" the harbor master continued.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].source->span), "the harbor master");
}

TEST(AttributionFinder, SeeAsIsAnEvaluationCue) {
  std::string t = "Many growers see the new tariff as a threat to their farms.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Content(t, c[0]), "the new tariff as a threat to their farms");
}

TEST(AttributionFinder, StanceCuesTakeObjectOrInfinitive) {
  std::string t = "The mayor endorsed Lena Ortiz for the council seat.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Content(t, c[0]), "Lena Ortiz for the council seat");
  t = "The railway company declined to comment on the delays.";
  c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].cue->span), "declined");
  EXPECT_EQ(Content(t, c[0]), "to comment on the delays");
  EXPECT_TRUE(Claims("Ticket sales declined sharply in the spring.")
                  .empty());  // no "to"
  // "to" before a figure or a noun phrase is no infinitive.
  EXPECT_FALSE(HasCue("Quarterly profit declined to $74 million.", "declined"));
  EXPECT_FALSE(
      HasCue("Enrolment declined to 412 pupils last autumn.", "declined"));
  EXPECT_FALSE(HasCue("Membership declined to the lowest level in a decade.",
                      "declined"));
}

// to=1 cues: a date or an -ly adverb may stand between the verb and its
// infinitive; the infinitive is still the content. A figure after the date
// keeps the verb a change of amount.
TEST(AttributionFinder, StanceInfinitiveAfterADateOrAdverb) {
  EXPECT_THAT(One("The harbour master declined on Monday to comment on the "
                  "closure."),
              ::testing::HasSubstr("[CUE declined] [CLAIM to comment on the "
                                   "closure]"));
  EXPECT_THAT(One("The school board decided last month to delay the vote."),
              ::testing::HasSubstr("[CUE decided] [CLAIM to delay the vote]"));
  EXPECT_THAT(One("The coach refused publicly to name his captain."),
              ::testing::HasSubstr("[CUE refused] [CLAIM to name his "
                                   "captain]"));
  EXPECT_FALSE(
      HasCue("Ticket sales declined on Monday to $3 million.", "declined"));
}

// A cue noun after a genitive: also a plural or a form shared with a cue verb
// ("claims", "warning"); the preposition of an opening adjunct is no part
// of the source; the content ends before the verb of the clause around the
// noun phrase, or at the comma that closes the opening adjunct.
TEST(AttributionFinder, GenitiveCueNounContentEnds) {
  EXPECT_THAT(One("Despite the mayor's claims that the budget was balanced, "
                  "the council voted no."),
              ::testing::HasSubstr("[SRC the mayor's] [CUE claims] [CLAIM "
                                   "that the budget was balanced]"));
  EXPECT_THAT(One("The growers' warning that prices would fall was ignored."),
              ::testing::HasSubstr("[SRC The growers'] [CUE warning] [CLAIM "
                                   "that prices would fall]"));
  EXPECT_THAT(One("The minister's assertion that the port is safe has been "
                  "disputed by engineers."),
              ::testing::HasSubstr("[CLAIM that the port is safe]"));
  // A ", saying" participle takes the main clause's subject, not the
  // genitive inside its content.
  EXPECT_THAT(One("The mill owner rejected the growers' claims that the river "
                  "was dirty, saying the water had been tested."),
              ::testing::HasSubstr("[SRC The mill owner] [CUE saying]"));
  // After a colon or semicolon, the clause there has its own subject.
  EXPECT_THAT(One("Brokers were split: Harwell Securities cut its target, "
                  "arguing that margins would shrink."),
              ::testing::HasSubstr("[SRC Harwell Securities] [CUE arguing]"));
  EXPECT_THAT(One("Growers met on Monday; the director left early, saying "
                  "prices would fall."),
              ::testing::HasSubstr("[SRC the director] [CUE saying]"));
}

// A comma after a name's party-and-state bracket closes no appositive: the
// name is the subject, not a post-posed cue's gap.
TEST(AttributionFinder, NameBracketThenCommaIsTheSubject) {
  EXPECT_THAT(One("Rep. Dana Holt (D-Ore.), said the levy would pass."),
              ::testing::HasSubstr("[CUE said] [CLAIM the levy would pass]"));
}

// "said of X:" before a quotation: "of X" says what the statement is about
// and is no part of its content; the cue stays "said".
TEST(AttributionFinder, SaidOfNounPhraseBeforeAColon) {
  EXPECT_EQ(One("The coach said of his goalkeeper: \"He saved the season.\""),
            "[SRC The coach] [CUE said] [CLAIM \"He saved the season.\"] "
            "kind=direct_quote source=anonymous\n");
  EXPECT_THAT(One("A neighbour wrote of the new tower: \"It blocks the sun.\""),
              ::testing::HasSubstr("[CUE wrote] [CLAIM \"It blocks the "
                                   "sun.\"]"));
}

// "preferred stock" and "blasted off" are no stance or evaluation.
TEST(AttributionFinder, PreferredStockAndBlastOffAreNoCues) {
  EXPECT_FALSE(
      HasCue("The lender sold 300,000 shares of Series B preferred "
             "stock to a pension fund.",
             "preferred"));
  EXPECT_FALSE(
      HasCue("The firm will redeem its convertible preferred shares "
             "in June.",
             "preferred"));
  EXPECT_FALSE(HasCue("The probe blasted off from the launch site on Tuesday.",
                      "blasted"));
  EXPECT_TRUE(HasCue("Most members preferred a shorter meeting.", "preferred"));
}

// A contrast clause after a parenthetical cue continues what was said,
// unless it holds an attribution of its own.
TEST(AttributionFinder, ContrastTailWithItsOwnCueIsNoPiece) {
  EXPECT_EQ(One("The bridge is safe, the council said on Monday, although "
                "engineers reported cracks in two piers."),
            "[SRC the council] [CUE said] [CLAIM The bridge is safe] "
            "kind=indirect source=government\n"
            "[SRC engineers] [CUE reported] [CLAIM cracks in two piers] "
            "kind=indirect source=anonymous\n");
  EXPECT_THAT(One("Sales are recovering, the chairman said, although costs "
                  "remain high."),
              ::testing::HasSubstr("[CLAIM Sales are recovering | although "
                                   "costs remain high]"));
}

// PolNeAR's convention, kept on purpose: a source's request for anonymity
// is an attribution of its own (source "who", cue "asked"/"requested"), and
// the relative clause stays out of the main claim's source.
TEST(AttributionFinder, AnonymityRequestIsItsOwnAttribution) {
  EXPECT_EQ(One("A farmer, who asked not to be named, said the well had run "
                "dry."),
            "[SRC who] [CUE asked] [CLAIM not to be named] kind=indirect "
            "source=pronoun resolved=\"A farmer\"\n"
            "[SRC A farmer] [CUE said] [CLAIM the well had run dry] "
            "kind=indirect source=anonymous\n");
}

// A pronoun and its verb between the cue and "that" open the content: "that"
// belongs to the inner clause ("told the regulator it believes that ...").
TEST(AttributionFinder, PronounClauseBeforeThatOpensTheContent) {
  EXPECT_THAT(One("The firm told the regulator it believes that the fine is "
                  "unfair."),
              ::testing::HasSubstr("[CUE told] [CLAIM it believes that the "
                                   "fine is unfair]"));
  EXPECT_THAT(One("The chairman told shareholders he thinks that the merger "
                  "will go ahead."),
              ::testing::HasSubstr("[CUE told] [CLAIM he thinks that the "
                                   "merger will go ahead]"));
  EXPECT_THAT(One("The coach said on Sunday she was sure that the team would "
                  "recover."),
              ::testing::HasSubstr("[CUE said] [CLAIM she was sure that the "
                                   "team would recover]"));
}

// An -s form of a noun-like cue after a preposition is a plural noun ("hit
// by comments from", "dropped over claims it ..."); "comments on" after a
// determiner or adjective is a noun too.
TEST(AttributionFinder, CueNounAfterPrepositionOrAdjectiveIsNoVerb) {
  EXPECT_FALSE(
      HasCue("The pound was hit by comments on Friday from the "
             "treasury secretary.",
             "comments on Friday"));
  EXPECT_TRUE(Claims("The pound was hit by comments on Friday from the "
                     "treasury secretary.")
                  .empty());
  EXPECT_FALSE(
      HasCue("The show was cancelled over claims it was too "
             "expensive.",
             "claims"));
  EXPECT_FALSE(HasCue("His blunt comments on farming drew an angry response.",
                      "comments on"));
  EXPECT_TRUE(HasCue("The mayor comments on the budget in a column every week.",
                     "comments on"));
}

// "is understood to" and "it is understood that" report unnamed sources, as
// "is said to" does.
TEST(AttributionFinder, IsUnderstoodToReportsUnnamedSources) {
  EXPECT_THAT(One("The chairman is understood to have told staff that the "
                  "plant will close."),
              ::testing::HasSubstr("[CUE is understood] [CLAIM The chairman | "
                                   "to have told staff that the plant will "
                                   "close]"));
  EXPECT_THAT(One("It is understood that talks will resume in May."),
              ::testing::HasSubstr("[CUE is understood] [CLAIM that talks "
                                   "will resume in May]"));
  EXPECT_FALSE(
      HasCue("We understand your concern about the delays.", "understand"));
}

TEST(AttributionFinder, RaisingVerbHasNoSourceAndTwoPieces) {
  std::string t = "The new bridge seems to ease the morning traffic.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source->type, SourceType::kNone);
  EXPECT_EQ(Content(t, c[0]), "The new bridge | to ease the morning traffic");
  EXPECT_TRUE(c[0].hedged);
}

TEST(AttributionFinder, CueSpanTakesStatementAndWeekday) {
  std::string t = "The bakery said in a statement that it would reopen.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].cue->span), "said in a statement");
  t = "The port authority said Thursday that the cranes were repaired.";
  c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].cue->span), "said Thursday");
  t = "\"She is tireless,\" the coach said of his captain.";
  c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].cue->span), "said");  // PolNeAR: "of" stays out
  EXPECT_EQ(Text(t, c[0].source->span), "the coach");
  t = "Tenants called for a rent freeze.";
  c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].cue->span), "called for");
}

TEST(AttributionFinder, CueSpanTakesAbout) {
  std::string t = "The farmers complained about the new water rules.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].cue->span), "complained about");
  EXPECT_EQ(Content(t, c[0]), "the new water rules");
  t = "\"It was a long night,\" the pilot said about the storm.";
  c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].cue->span), "said about");
}

TEST(AttributionFinder, ParticipleAfterQuoteCommaSharesTheSource) {
  std::string t =
      "The coach called the season \"a turning point,\" adding that two "
      "players would leave.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Text(t, c[1].cue->span), "adding");
  EXPECT_EQ(Text(t, c[1].source->span), "The coach");
  EXPECT_EQ(Content(t, c[1]), "that two players would leave");
}

TEST(AttributionFinder, ParticipleAfterSubordinatorSharesTheSource) {
  std::string t =
      "The mayor praised the crews before adding that the road would stay "
      "closed.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(Content(t, c[0]), "the crews");  // "before" goes with the cue
  EXPECT_EQ(Text(t, c[1].cue->span), "adding");
  EXPECT_EQ(Text(t, c[1].source->span), "The mayor");
  EXPECT_EQ(Content(t, c[1]), "that the road would stay closed");
}

TEST(AttributionFinder, AppearingSomewhereIsNoCue) {
  EXPECT_TRUE(Claims("The drummer appeared on a late-night show.").empty());
  EXPECT_TRUE(Claims("The senator appears at a rally in Ohio.").empty());
  std::vector<Claim> c = Claims("The bridge appears to be safe.");
  EXPECT_EQ(c.size(), 1u);
}

TEST(AttributionFinder, ContinueToAndAddToAreNoCues) {
  EXPECT_TRUE(Claims("Ticket prices continued to climb all winter.").empty());
  EXPECT_TRUE(
      Claims("The outage added to the pressure on the utility.").empty());
  EXPECT_EQ(OnlyCue("The coach continued to insist that the team was ready."),
            "continued to insist");
}

TEST(AttributionFinder, NamingParticipleIsNoCue) {
  EXPECT_TRUE(
      Claims("The town hired a small firm called Baywater to fix the pier.")
          .empty());
  EXPECT_TRUE(Claims("They staged a play called \"Low Tide\" in May.").empty());
  // A longer noun phrase, a name opened by "the".
  EXPECT_TRUE(
      Claims("A newly formed super PAC called Forward Ohio ran its first ads.")
          .empty());
  EXPECT_TRUE(Claims("She joined a resistance movement called the Harbor "
                     "League in 1990.")
                  .empty());
  EXPECT_EQ(OnlyCue("A spokesman called Lee a liar."), "called");
}

TEST(AttributionFinder, NounFormsWithLowCueRateAreNoCues) {
  EXPECT_TRUE(Claims("The union renewed its attacks on the board.").empty());
  EXPECT_TRUE(
      Claims("Thanks to the new pumps, the fields dried quickly.").empty());
}

TEST(AttributionFinder, HeadlineColonWithoutQuotes) {
  std::string t =
      "Mayor Dana Holt: Library Will Stay Open\n\nThe vote is next week.";
  std::vector<Claim> c = Claims(t);
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].source->span), "Mayor Dana Holt");
  EXPECT_EQ(Content(t, c[0]), "Library Will Stay Open");
  EXPECT_TRUE(
      Claims("Update: the road is open again after the storm.").empty());
}

TEST(AttributionFinder, ClauseInitialAskedHasNoSource) {
  std::string t =
      "Asked whether the plant would close, the manager said no decision was "
      "made.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].cue->lemma, "ask");
  EXPECT_EQ(c[0].source->type, SourceType::kNone);
  EXPECT_EQ(Content(t, c[0]), "whether the plant would close");
}

TEST(AttributionFinder, QuoteOnlySentenceContinuesTheQuote) {
  std::string t =
      "\"The roads are clear,\" the sheriff said. \"Drive slowly anyway.\"";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  ASSERT_EQ(c[0].pieces.size(), 2u);
  EXPECT_EQ(Text(t, c[0].pieces[1]), "\"Drive slowly anyway.\"");
}

TEST(AttributionFinder, SpeakerSentenceBetweenQuotes) {
  std::string t = "\"Is everyone here?\" Okafor said. \"Good, let us start.\"";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].source->span), "Okafor");
  EXPECT_EQ(Text(t, c[0].pieces[0]), "\"Is everyone here?\"");
}

TEST(AttributionFinder, PostposedSourceWithLowercaseTitleAndParenthetical) {
  std::string t = "The levee held, said former county engineer Paul Ruiz.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].source->span), "former county engineer Paul Ruiz");
  t = "Sen. Ada Moss (D-Vt.), chair of the panel, said that the bill would "
      "pass.";
  c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].source->span),
            "Sen. Ada Moss (D-Vt.), chair of the panel,");
}

TEST(AttributionFinder, AdverbsJoinTheCueAndParentheticalsLeaveTheSource) {
  std::string t =
      "The minister has also broadly agreed that the tax was unfair.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].source->span), "The minister");
  EXPECT_EQ(Text(t, c[0].cue->span), "has also broadly agreed");
  t = "The judge, in a short ruling, wrote that the fine was too high.";
  c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].source->span), "The judge");
}

TEST(AttributionFinder, AppositiveAfterPostposedNameJoinsTheSource) {
  EXPECT_THAT(
      One("\"The ferry will run again in May,\" said Marta Quill, director of "
          "the Harbor Transit Authority."),
      ::testing::HasSubstr("[SRC Marta Quill, director of the Harbor Transit "
                           "Authority] [CUE said] [CLAIM \"The ferry will run "
                           "again in May,\"]"));
  // A second quotation after the name stays content.
  EXPECT_THAT(One("\"Slow down,\" said Ivo Brandt, \"the ice is thin.\""),
              ::testing::HasSubstr("[SRC Ivo Brandt] [CUE said]"));
}

TEST(AttributionFinder, QuotationBeforeTheSubjectIsTheContentWhateverFollows) {
  EXPECT_THAT(
      One("\"We are not leaving,\" the organizer said as the crowd cheered."),
      ::testing::HasSubstr("[SRC the organizer] [CUE said] [CLAIM \"We are not "
                           "leaving,\"] kind=direct_quote"));
  EXPECT_THAT(One("\"It was a long night,\" Dara Voss said outside the depot."),
              ::testing::HasSubstr("[CLAIM \"It was a long night,\"]"));
}

TEST(AttributionFinder, DatelineIsNeitherSourceNorContent) {
  const std::string out =
      One("Story\n\nGLENMORE, Ore. \xE2\x80\x94 The county clerk said the "
          "ballots would be counted by noon.");
  EXPECT_THAT(out, ::testing::HasSubstr("[SRC The county clerk] [CUE said] "
                                        "[CLAIM the ballots would be counted"));
  // With a date and an agency between the place and the dash.
  EXPECT_THAT(One("OSLO, Nov 5 (AP) \xE2\x80\x94 Halden Foods lowered its "
                  "outlook, blaming higher grain costs."),
              ::testing::HasSubstr("[SRC Halden Foods] [CUE blaming]"));
}

TEST(AttributionFinder, ParticipleWithItsOwnSubject) {
  EXPECT_THAT(One("Shoppers were divided, with one retiree saying she would "
                  "wait for the sales."),
              ::testing::HasSubstr("[SRC one retiree] [CUE saying] [CLAIM she "
                                   "would wait for the sales]"));
  // A gerund without a clause after it is no cue.
  EXPECT_THAT(One("Her saying so annoyed the board."),
              ::testing::Not(::testing::HasSubstr("[CUE saying]")));
}

TEST(AttributionFinder, PluralNounStatesIsNotACue) {
  EXPECT_TRUE(
      Claims("Some states that vote early reported long lines.").size() <= 1);
  EXPECT_THAT(One("Some states that vote early reported long lines."),
              ::testing::Not(::testing::HasSubstr("[CUE states]")));
}

TEST(AttributionFinder, ComparedToIsNotACue) {
  EXPECT_THAT(One("Ticket sales rose 4 percent compared to last season."),
              ::testing::Not(::testing::HasSubstr("[CUE compared]")));
}

TEST(AttributionFinder, RelativePronounIsTheSourceAndResolves) {
  const std::string t =
      "Among the callers were the farmers who said the levy would ruin them.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].source->span), "who");
  EXPECT_EQ(c[0].source->type, SourceType::kPronoun);
  EXPECT_EQ(c[0].source->resolved, "the farmers");
}

TEST(AttributionFinder, PronounRightBeforeTheCueIsTheWholeSubject) {
  const std::string t =
      "The council ignored the warning she gave that the dam would fail.";
  for (const Claim& c : Claims(t)) {
    if (c.cue && Text(t, c.cue->span) == "gave") {
      EXPECT_EQ(Text(t, c.source->span), "she");
    }
  }
  EXPECT_THAT(
      One("Nadia Ferro and Tom Ruiz said the club would appeal."),
      ::testing::HasSubstr("[SRC Nadia Ferro and Tom Ruiz] [CUE said]"));
  EXPECT_THAT(One("More than 6 in 10 members said the fee was too high."),
              ::testing::HasSubstr("[SRC More than 6 in 10 members]"));
}

TEST(AttributionFinder, ScratchTablesAreCleanBetweenDocuments) {
  // The per-thread tables are reset to their defaults after each document:
  // a document gives the same claims alone and after a longer one.
  const std::string a =
      "\"The pier is closed,\" the harbor master said. Officials said the "
      "repairs would take a month, according to the port's own notice.";
  const std::string b = "Tolls rose. The council said fares would not.";
  const std::string alone = One(b);
  One(a);
  EXPECT_EQ(One(b), alone);
  EXPECT_EQ(One(a), One(a));
}

TEST(AttributionFinder, CueFoundAtEveryTokenOffset) {
  // The finder lists the tokens with roles 8 flag bytes at a time: a cue
  // and its source are found wherever they fall in such a group, and as the
  // document's last tokens (a partial group).
  const std::string claim =
      "[SRC Ann Lee] [CUE said] [CLAIM the pier would reopen] kind=indirect";
  for (int k = 0; k < 17; ++k) {
    std::string lead = "It rained";
    for (int j = 0; j < k; ++j) lead += " hard";
    lead += ". ";
    EXPECT_THAT(One(lead + "Ann Lee said the pier would reopen."),
                ::testing::HasSubstr(claim))
        << k;
    EXPECT_THAT(One(lead + "The pier would reopen, Ann Lee said"),
                ::testing::HasSubstr("[SRC Ann Lee] [CUE said]"))
        << k;
  }
}

TEST(AttributionFinder, ManyCuesInOneDocument) {
  // Far more role words than a short document has: the finder's per-token
  // lists grow while it reads them.
  std::string text;
  for (int k = 0; k < 400; ++k)
    text += "Officials said the pier would probably reopen. ";
  std::vector<Claim> claims = Claims(text);
  ASSERT_EQ(claims.size(), 400u);
  for (const Claim& c : claims) {
    ASSERT_TRUE(c.cue.has_value());
    EXPECT_EQ(Text(text, c.cue->span), "said");
    EXPECT_TRUE(c.hedged);
  }
}

// ---- golden dev set -------------------------------------------------------

TEST(AttributionFinder, SubjectEndingInParenthetical) {
  EXPECT_THAT(One("Sen. Tom Barrow (D-Ore.) said he will publish the audit."),
              ::testing::HasSubstr("[SRC Sen. Tom Barrow (D-Ore.)] [CUE said] "
                                   "[CLAIM he will publish the audit]"));
}

TEST(AttributionFinder, CoordinatedCueTakesSentenceSubject) {
  EXPECT_THAT(One("The mayor toured the flooded streets on Monday and said "
                  "the city would rebuild the pier."),
              ::testing::HasSubstr("[SRC The mayor] [CUE said] [CLAIM the city "
                                   "would rebuild the pier]"));
  EXPECT_THAT(One("Lee admitted that the figure was wrong, but said his office "
                  "had corrected it."),
              ::testing::HasSubstr("[SRC Lee] [CUE said] [CLAIM his office had "
                                   "corrected it]"));
}

TEST(AttributionFinder, CliticIsJoinsTheCue) {
  EXPECT_THAT(One("The clerk was tired, and he's not saying much."),
              ::testing::HasSubstr("[SRC he] [CUE 's not saying]"));
  EXPECT_THAT(One("He\xE2\x80\x99s predicting a landslide in the fall."),
              ::testing::HasSubstr("[SRC He] [CUE \xE2\x80\x99s predicting]"));
}

TEST(AttributionFinder, FiniteAuxiliaryEndsTheSubject) {
  EXPECT_THAT(One("Younger tenants are far more likely to say the rent is "
                  "too high."),
              ::testing::HasSubstr("[SRC Younger tenants] [CUE are far more "
                                   "likely to say]"));
}

TEST(AttributionFinder, ObjectOfTellIsNoPostposedSource) {
  const std::string out =
      One("The board's treasurer, Mia Sorensen, told the Harbor Gazette the "
          "accounts were in order.");
  EXPECT_THAT(out,
              ::testing::HasSubstr(
                  "[SRC The board's treasurer, Mia Sorensen,] [CUE told]"));
  EXPECT_THAT(out, ::testing::Not(::testing::HasSubstr("[SRC the Harbor")));
}

TEST(AttributionFinder, QuotationSignedAfterDash) {
  const std::string out =
      One("\xE2\x80\x9CThe bridge has been closed for a year. Nobody tells us "
          "anything.\xE2\x80\x9D \xE2\x80\x95 Mara Lindqvist\n\n"
          "The vote was close - very close.");
  EXPECT_EQ(out,
            "[SRC Mara Lindqvist] [CUE \xE2\x80\x95] [CLAIM \xE2\x80\x9CThe "
            "bridge has been closed for a year. Nobody tells us "
            "anything.\xE2\x80\x9D] kind=direct_quote source=person\n");
}

TEST(AttributionFinder, ColonSpeakerAfterDashAndTranscriptTurns) {
  EXPECT_THAT(One("Flood season arrives early - Dana Holt: \xE2\x80\x9CThe "
                  "river is already high.\xE2\x80\x9D"),
              ::testing::HasSubstr("[SRC Dana Holt] [CUE :]"));
  const std::string out =
      One("REYES: Let us begin with the bridge. It is still shut.\n\n"
          "Q: Where were you that night?");
  EXPECT_THAT(out, ::testing::HasSubstr(
                       "[SRC REYES] [CUE :] [CLAIM Let us begin with the "
                       "bridge. It is still shut]"));
  // "Q:" and "A:" name no speaker: turn labels give no claim.
  EXPECT_THAT(out, ::testing::Not(::testing::HasSubstr("[SRC Q] [CUE :]")));
  EXPECT_THAT(One("The Latest: Storm closes the harbor road for a week."),
              ::testing::Not(::testing::HasSubstr("[CUE :]")));
}

TEST(AttributionFinder, ColonClosingParagraphTakesNextParagraph) {
  EXPECT_THAT(One("The mayor added:\n\nWe will not close the library. Not "
                  "this year."),
              ::testing::HasSubstr("[SRC The mayor] [CUE added:] [CLAIM We "
                                   "will not close the library. Not this "
                                   "year]"));
}

TEST(AttributionFinder, CueInsideQuotationIsTheSpeakersWords) {
  const std::string t =
      "\"When I met him, he said the plan was dead,\" Lee said.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].source->span), "Lee");
  EXPECT_EQ(c[0].kind, ClaimKind::kDirectQuote);
}

// A quotation that runs on into the next paragraph has no closing mark in
// its own: the cues of that paragraph are the speaker's words too. A
// transcript's speaker label before the quoted words stays a claim, and a
// closing mark later in the line ("the '90s,") means the marks paired wrongly.
TEST(AttributionFinder, QuotationRunningOnIntoTheNextParagraph) {
  const std::string t =
      "\u201CWhen I got to the depot, I said the trucks were late. We think "
      "the drivers knew.\n\n\u201CBut nobody listened,\u201D the foreman said.";
  std::vector<Claim> c = Claims(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(Text(t, c[0].source->span), "the foreman");
  EXPECT_THAT(One("\"HOST: The council announced that the pool would close.\n\n"
                  "\"MAYOR: It will not."),
              ::testing::HasSubstr("[SRC HOST] [CUE :]"));
  EXPECT_THAT(One("\"I grew up in the '90s, and I said it was fine,\" Ruiz "
                  "said.\n\nShe left."),
              ::testing::HasSubstr("[SRC Ruiz] [CUE said]"));
}

// "should" before a cue verb prescribes what someone ought to say; the
// speaker's own "I should stress that" still asserts.
TEST(AttributionFinder, DeonticModalIsNoStatement) {
  EXPECT_EQ(One("The mayor should explain why the pool closed."), "");
  EXPECT_THAT(One("The mayor should explain why the pool closed, the union "
                  "said."),
              ::testing::Not(::testing::HasSubstr("[CUE should explain]")));
  EXPECT_THAT(One("I should stress that the pool reopened in June."),
              ::testing::HasSubstr("[SRC I] [CUE should stress]"));
}

// "what the mayor described as a closure": the cue labels a noun phrase of
// the writer's sentence through a free relative; no one is quoted.
TEST(AttributionFinder, FreeRelativeWithAsIsALabel) {
  EXPECT_EQ(One("Residents protested what the mayor described as a "
                "temporary closure."),
            "");
  EXPECT_THAT(One("The mayor described the closure as temporary."),
              ::testing::HasSubstr("[SRC The mayor] [CUE described]"));
}

// "showed up", "add up", a byline's "reported from": no statement.
TEST(AttributionFinder, ArrivingAndSummingAreNoCues) {
  EXPECT_EQ(One("Few voters showed up at the hall on Tuesday."), "");
  EXPECT_EQ(One("Those figures never added up."), "");
  EXPECT_EQ(One("Ann Lee reported from Kabul."), "");
  EXPECT_THAT(One("Ann Lee reported that the road was closed."),
              ::testing::HasSubstr("[SRC Ann Lee] [CUE reported]"));
}

// Before the infinitive of a cue verb a raising verb joins that verb's group
// ("seemed to confirm"): the subject is the source. Before other verbs it is
// a raising cue with no source.
TEST(AttributionFinder, RaisingVerbBeforeACueVerbJoinsItsGroup) {
  EXPECT_EQ(One("The mayor seemed to confirm that the pool would close."),
            "[SRC The mayor] [CUE seemed to confirm] [CLAIM that the pool "
            "would close] kind=indirect source=anonymous hedged\n");
  EXPECT_THAT(One("The plan seems to work."),
              ::testing::HasSubstr("[CUE seems] [CLAIM The plan | to work]"));
}

// An -s form after a preposition or lower-case "news" is a plural noun even
// before "that"; an outlet's "News" keeps the verb.
TEST(AttributionFinder, PluralNounAfterPrepositionIsNoCue) {
  EXPECT_THAT(One("The school declined to comment on reports that the coach "
                  "had resigned."),
              ::testing::Not(::testing::HasSubstr("[CUE reports]")));
  EXPECT_EQ(One("Local news reports that the bridge was closed spread "
                "quickly."),
            "");
  EXPECT_THAT(One("Harbor News reports that the bridge was closed."),
              ::testing::HasSubstr("[CUE reports]"));
}

// "found himself in a bind": a reflexive object makes "find" a circumstance.
TEST(AttributionFinder, FindWithAReflexiveIsNoFinding) {
  EXPECT_EQ(One("The mayor found himself in an awkward position."), "");
  EXPECT_THAT(One("The auditors found that the fund was short."),
              ::testing::HasSubstr("[CUE found]"));
}

// In a title-case headline a capitalized auxiliary or adverb is still part
// of the verb group; inside an ordinary sentence it would start a name.
TEST(AttributionFinder, TitleCaseHeadlineKeepsItsAuxiliary) {
  EXPECT_THAT(One("Mayor Ann Lee Just Announced Her Pick For The Harbor Board"),
              ::testing::HasSubstr("[SRC Mayor Ann Lee] [CUE Just Announced]"));
}

// "about" that opens a figure ("about 300 people") is no preposition of the
// cue: the figure starts the content.
TEST(AttributionFinder, ApproximateFigureAfterTheCue) {
  EXPECT_THAT(One("The agency said about 300 people had left."),
              ::testing::HasSubstr("[CUE said] [CLAIM about 300 people had "
                                   "left]"));
  EXPECT_THAT(One("The mayor talked about the budget."),
              ::testing::HasSubstr("[CUE talked about]"));
}

// A bare infinitive after "help", a verb coordinated with "or" and a gerund
// after "for" assert nothing; "TV show" is a noun.
TEST(AttributionFinder, HelpOrAndForGerundAreNoCues) {
  EXPECT_EQ(One("Ana Ruiz helped found the tenants' group in 2014."), "");
  EXPECT_EQ(One("The senator has never endorsed or opposed the measure."), "");
  EXPECT_THAT(One("Critics faulted the mayor for not condemning the "
                  "attack."),
              ::testing::Not(::testing::HasSubstr("[CUE not condemning]")));
  EXPECT_EQ(One("The reality TV show \"Harbor Life\" returns in May."), "");
  EXPECT_THAT(One("Ana Ruiz said the group would grow."),
              ::testing::HasSubstr("[CUE said]"));
}

// "have both argued": a floating quantifier after an auxiliary is part of
// the verb group, not of the subject.
TEST(AttributionFinder, FloatingQuantifierAfterAuxiliaryJoinsTheCue) {
  EXPECT_THAT(One("Ann Lee and Tom Berg have both argued that the bridge is "
                  "safe."),
              ::testing::HasSubstr("[SRC Ann Lee and Tom Berg] [CUE have both "
                                   "argued]"));
}

TEST(AttributionFinder, WhenAskedIsASourcelessQuestion) {
  const std::string out =
      One("\"Not yet,\" the mayor said when asked whether the pier would "
          "reopen.\n\nWhen asked by a reporter whether she would run, Lee "
          "smiled.");
  EXPECT_THAT(out, ::testing::HasSubstr(
                       "[CUE asked] [CLAIM whether the pier would reopen]"));
  EXPECT_THAT(out, ::testing::HasSubstr("[SRC a reporter] [CUE asked] [CLAIM "
                                        "whether she would run]"));
}

TEST(AttributionFinder, FigureModifiersStayInTheSource) {
  EXPECT_THAT(One("At least half of the tenants said the rent was too high."),
              ::testing::HasSubstr("[SRC At least half of the tenants]"));
  EXPECT_THAT(One("About 4 in 10 voters say the economy matters most."),
              ::testing::HasSubstr("[SRC About 4 in 10 voters]"));
}

TEST(AttributionFinder, OpenContentEndsAtSemicolonAndContrast) {
  EXPECT_THAT(One("The coach said the team was ready; the fans were less "
                  "sure."),
              ::testing::HasSubstr("[CLAIM the team was ready]"));
  EXPECT_THAT(One("The coach said the team was ready, while the owner "
                  "stayed silent."),
              ::testing::HasSubstr("[CLAIM the team was ready]"));
}

// The clip points are found by a flag of their words; a lexicon without
// one of them ("whereas" removed) still clips there.
// A short aside between commas ("the audit, while overdue, was ...") is
// inside the content, not where it ends; a contrast clause with a subject of
// its own still ends it.
TEST(AttributionFinder, ShortAsideInsideTheContentDoesNotEndIt) {
  EXPECT_THAT(One("The mayor said the audit, while overdue, was thorough."),
              ::testing::HasSubstr("[CLAIM the audit, while overdue, was "
                                   "thorough]"));
  EXPECT_THAT(One("The mayor said the ferry, though slow, was safe."),
              ::testing::HasSubstr("[CLAIM the ferry, though slow, was "
                                   "safe]"));
  EXPECT_THAT(One("The mayor said the audit was thorough, while the chief "
                  "clerk, Ann Lee, disagreed."),
              ::testing::HasSubstr("[CLAIM the audit was thorough]"));
  EXPECT_THAT(One("The mayor said the audit was late, while local unions, "
                  "including the dockers, objected."),
              ::testing::HasSubstr("[CLAIM the audit was late]"));
}

// The content of a cue in a subordinate clause that opens the sentence ends
// with that clause: the main clause after its comma is no part of it. Not
// after "As" ("As the mayor said last week, ..." reports the main clause).
TEST(AttributionFinder, ContentInAnOpeningSubordinateClauseEndsWithIt) {
  EXPECT_THAT(One("When the mayor criticized the ferry plan, the crowd "
                  "cheered loudly."),
              ::testing::HasSubstr("[SRC the mayor] [CUE criticized] [CLAIM "
                                   "the ferry plan]"));
  EXPECT_THAT(One("Although Lee said the levy was fair, turnout fell sharply."),
              ::testing::HasSubstr("[CLAIM the levy was fair]"));
  EXPECT_THAT(One("As the mayor said last week, the ferry plan will fail."),
              ::testing::HasSubstr("the ferry plan will fail]"));
  // A comma before the cue may close the clause already.
  EXPECT_THAT(One("If the board approves the levy, Lee said, the fares will "
                  "rise."),
              ::testing::HasSubstr("the fares will rise]"));
}

TEST(AttributionFinder, OpenContentEndsAtContrastWordLeftOutOfTheLexicon) {
  const std::string text =
      "The mayor said the budget was balanced, whereas last year it was "
      "not.";
  for (const char* extra : {"", "whereas\t-\n"}) {
    Options opt;
    opt.lexicon_text = extra;
    absl::StatusOr<Extractor> ex = Extractor::Create(opt);
    ASSERT_TRUE(ex.ok()) << ex.status();
    absl::StatusOr<Document> doc = ex->Extract(text);
    ASSERT_TRUE(doc.ok());
    EXPECT_THAT(Render(text, *doc),
                ::testing::HasSubstr("[CLAIM the budget was balanced]"))
        << "lexicon_text: " << extra;
  }
}

// The words that open a sentence before its clause, and the rules that read
// them, are lexicon data (type sentence_opener, in=): a user lexicon adds
// one ("Via ..." opens an adjunct that is no content of the post-posed cue
// after it) or takes a rule away from one ("Also" no longer joins the next
// quotation to the last).
TEST(AttributionFinder, SentenceOpenersAreLexiconData) {
  const std::string adjunct = "Via a spokeswoman, Lee confirmed on Friday.";
  const std::string follow =
      "Lee said, \"The port will reopen.\" Also, \"the fees will fall.\"";
  for (const char* extra :
       {"", "via\tsentence_opener\tin=alone\nalso\tsentence_opener\tin=\n"}) {
    Options opt;
    opt.lexicon_text = extra;
    absl::StatusOr<Extractor> ex = Extractor::Create(opt);
    ASSERT_TRUE(ex.ok()) << ex.status();
    absl::StatusOr<Document> a = ex->Extract(adjunct);
    absl::StatusOr<Document> f = ex->Extract(follow);
    ASSERT_TRUE(a.ok() && f.ok());
    const bool user = *extra != '\0';
    EXPECT_EQ(Render(adjunct, *a).find("[CLAIM Via a spokeswoman]") !=
                  std::string::npos,
              !user)
        << Render(adjunct, *a);
    EXPECT_EQ(Render(follow, *f).find("| Also, \"the fees will fall.\"]") !=
                  std::string::npos,
              !user)
        << Render(follow, *f);
  }
}

// A connective that opens the sentence is no part of what a post-posed
// "according to" source reports, unless a subordinate clause follows it.
TEST(AttributionFinder, ConnectiveBeforeAccordingToContentIsLeftOut) {
  EXPECT_THAT(One("But the ferry lost money last year, according to its "
                  "filings."),
              ::testing::HasSubstr("[CLAIM the ferry lost money last year]"));
  EXPECT_THAT(One("However, the ferry lost money last year, according to its "
                  "filings."),
              ::testing::HasSubstr("[CLAIM the ferry lost money last year]"));
  EXPECT_THAT(One("But after the storm, the ferry lost money, according to "
                  "its filings."),
              ::testing::HasSubstr("[CLAIM But after the storm, the ferry "
                                   "lost money]"));
}

TEST(AttributionFinder, TimePhraseBeforeTheVerbIsNoSource) {
  EXPECT_THAT(One("Sanders on Tuesday said the race was close."),
              ::testing::HasSubstr("[SRC Sanders] [CUE said]"));
}

// A time phrase that opens the sentence before the subject is no part of
// the source; a date that qualifies the subject's noun, a month that opens a
// name, and a date in the content before a post-posed source stay put.
TEST(AttributionFinder, TimePhraseOpeningTheSentenceIsNoSource) {
  EXPECT_THAT(One("Last week the harbour authority said dredging would "
                  "resume."),
              ::testing::HasSubstr("[SRC the harbour authority] [CUE said]"));
  EXPECT_THAT(One("Earlier this month Corvane Mining said output fell."),
              ::testing::HasSubstr("[SRC Corvane Mining] [CUE said]"));
  EXPECT_THAT(One("In April the regulator warned that fees would rise."),
              ::testing::HasSubstr("[SRC the regulator] [CUE warned]"));
  EXPECT_THAT(One("2019 filings show the fund lost money."),
              ::testing::HasSubstr("[SRC 2019 filings] [CUE show]"));
  EXPECT_THAT(One("April Okonjo said the vote was fair."),
              ::testing::HasSubstr("[SRC April Okonjo] [CUE said]"));
}

TEST(AttributionFinder, CapitalizedModalInsideANameIsNoAuxiliary) {
  EXPECT_THAT(One("British Prime Minister Theresa May said the deal was "
                  "done."),
              ::testing::HasSubstr(
                  "[SRC British Prime Minister Theresa May] [CUE said]"));
}

TEST(AttributionFinder, SentenceSubjectWithTitleWords) {
  EXPECT_THAT(One("Democratic presidential nominee Ann Lee chimed in on "
                  "Twitter, saying the vote was rigged."),
              ::testing::HasSubstr("[SRC Democratic presidential nominee Ann "
                                   "Lee] [CUE saying]"));
}

TEST(AttributionFinder, SentenceOpenedByADocument) {
  EXPECT_THAT(One("In a poll released Monday, 54 percent of voters backed the "
                  "levy."),
              ::testing::HasSubstr("[SRC a poll released Monday] [CUE In] "
                                   "[CLAIM 54 percent of voters backed the "
                                   "levy] kind=according_to source=document"));
  // Another cue in the sentence makes the document a manner adjunct.
  EXPECT_THAT(One("In a letter, the mayor said the pier was safe."),
              ::testing::Not(::testing::HasSubstr("[CUE In]")));
  // ... but not a poll, whose finding may hold a stance cue.
  EXPECT_THAT(One("In a survey released Monday, 61 percent of tenants "
                  "opposed the rent rule."),
              ::testing::HasSubstr("[SRC a survey released Monday] [CUE In] "
                                   "[CLAIM 61 percent of tenants opposed the "
                                   "rent rule]"));
}

TEST(AttributionFinder, CitingAFactIsNoRelay) {
  const std::string out =
      One("The agency described the decision as \"premature,\" citing safety "
          "inspections.");
  EXPECT_THAT(out, ::testing::HasSubstr("[CUE described]"));
  EXPECT_THAT(out, ::testing::Not(::testing::HasSubstr("via=")));
  EXPECT_THAT(One("The paper reported, citing two officials, that the mayor "
                  "would resign."),
              ::testing::HasSubstr("via=\"two officials\""));
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class Golden : public ::testing::TestWithParam<const char*> {};

TEST(AttributionFinder, RelativeClauseSubjectIsNotAnInversion) {
  const std::string text =
      "The mill, which employs 300 people in the valley, estimated the damage "
      "at $2 million and "
      "said repairs would take a month.";
  const std::string out = One(text);
  EXPECT_THAT(out, ::testing::HasSubstr("[SRC The mill, which employs 300 "
                                        "people in the valley,] [CUE said]"));
  EXPECT_THAT(out, ::testing::Not(::testing::HasSubstr("[SRC the damage")));
  const std::string est =
      "The utility, which serves the northern suburbs, estimated the repair "
      "bill at $3 million.";
  EXPECT_THAT(One(est),
              ::testing::HasSubstr(
                  "[SRC The utility, which serves the northern suburbs,] "
                  "[CUE estimated] [CLAIM the repair bill at $3 million]"));
}

// A cue after a finite auxiliary has its subject before it, however far
// an aside keeps the two apart: the noun phrase after the verb is its
// object, no inverted source.
TEST(AttributionFinder, NoInvertedSourceAfterAFiniteAuxiliary) {
  const std::string out =
      One("Ruiz backs the levy, while others, including Dee Marsh, have "
          "rejected any increase outright.");
  EXPECT_THAT(out, ::testing::Not(::testing::HasSubstr("[SRC any increase")));
  EXPECT_THAT(out, ::testing::HasSubstr("[CUE have rejected] [CLAIM any "
                                        "increase outright]"));
  // An adverb before the cue still lets the source follow it.
  EXPECT_THAT(
      One("The figures, first reported by the Valley Courier, show a "
          "fall in visitors."),
      ::testing::HasSubstr("[SRC by the Valley Courier] [CUE first reported]"));
}

// A coordinated cue with no subject shares the sentence speaker's source,
// not that of a clause the speaker reports ("the survey showed").
TEST(AttributionFinder, CoordinatedCueSkipsTheReportedSubject) {
  const std::string out =
      One("The minister said the survey showed the scheme was working, but "
          "admitted there was more to do.");
  EXPECT_THAT(out, ::testing::HasSubstr("[SRC The minister] [CUE admitted]"));
  EXPECT_THAT(
      out,
      ::testing::Not(::testing::HasSubstr("[SRC the survey] [CUE admitted]")));
  // A subject of its own before the "and" keeps its claim.
  EXPECT_THAT(One("A judge had ordered the council to publish the files, but "
                  "lawyers for the council said they needed time, and asked "
                  "for another week."),
              ::testing::HasSubstr("[SRC lawyers for the council] [CUE asked"));
}

// A name between commas after a noun phrase names the source, also when a
// nationality or party modifies the noun, a possessive opens it, or "of" and
// a place follow the name.
TEST(AttributionFinder, AppositiveNameAfterAModifiedNoun) {
  EXPECT_THAT(One("Her Republican counterpart, Sen. Ann Lee of Ohio, told "
                  "reporters the deal was close."),
              ::testing::HasSubstr("source=person"));
  EXPECT_THAT(One("The Danish finance minister, Ole Berg, said rates would "
                  "stay low."),
              ::testing::HasSubstr("source=person"));
  // A pronoun alone before the comma stays the source.
  EXPECT_THAT(One("She, a former judge, said the ruling was wrong."),
              ::testing::HasSubstr("[SRC She, a former judge,]"));
}

// "the Kentucky Democrat" is a party's member speaking, not the state.
TEST(AttributionFinder, PlaceBeforeAPartysMemberIsNoGovernment) {
  EXPECT_THAT(One("The Kentucky Democrat said the bill would pass."),
              ::testing::HasSubstr("kind=indirect source=anonymous"));
}

// A coordinated cue that opens with a finite auxiliary goes on with the
// clause the speaker reports; it is the speaker's own only when the
// speaker's cue opens with the same auxiliary.
TEST(AttributionFinder, CoordinatedCueWithAuxiliaryStaysInTheReportedClause) {
  EXPECT_THAT(
      One("The mayor said local traders were unhappy with the plan and "
          "were sceptical about the new parking rules."),
      ::testing::HasSubstr("[SRC local traders] [CUE were sceptical about"));
  EXPECT_THAT(One("Ruiz has said the levy is too high and has voiced support "
                  "for a smaller one."),
              ::testing::HasSubstr("[SRC Ruiz] [CUE has voiced support for"));
}

// A person named by a role heads the phrase: after an organization noun
// ("the party leader") or before a prepositional phrase naming the firm
// ("an executive at a rival carmaker") the source is an unnamed person, not
// the organization; a name before the role still types it a person.
TEST(AttributionFinder, RoleNounAfterOrganizationIsAPerson) {
  EXPECT_THAT(One("The party leader said the vote would go ahead."),
              ::testing::HasSubstr("source=anonymous"));
  EXPECT_THAT(One("A senior executive at a rival carmaker said prices would "
                  "rise."),
              ::testing::HasSubstr("[SRC A senior executive at a rival "
                                   "carmaker] [CUE said] [CLAIM prices would "
                                   "rise] kind=indirect source=anonymous"));
  EXPECT_THAT(One("Ola Berg, general manager of Fenwick Mills, said prices "
                  "would rise."),
              ::testing::HasSubstr("source=person"));
  EXPECT_THAT(One("The firm's statement last week said prices would rise."),
              ::testing::HasSubstr("source=document"));
  // A past participle and "by" before the name: the noun still heads it.
  EXPECT_THAT(One("Economists polled by the Harbor Ledger expect rates to "
                  "fall."),
              ::testing::HasSubstr("source=anonymous"));
  EXPECT_THAT(One("A survey conducted by the Harbor Ledger found that most "
                  "voters were undecided."),
              ::testing::HasSubstr("source=document"));
}

// "discuss" takes its object as the content (PolNeAR train marks 21 of the
// 27 such uses the strict reading left out), and a post-posed source after
// it still has its own claim. Inside the content after another cue it is no
// claim of its own (nest=0).
TEST(AttributionFinder, DiscussTakesItsObject) {
  const std::string out = One(
      "The board will discuss the budget on Friday, a union official wrote.");
  EXPECT_THAT(out, ::testing::HasSubstr("[SRC The board] [CUE will discuss] "
                                        "[CLAIM the budget on Friday]"));
  EXPECT_THAT(out, ::testing::HasSubstr("[SRC a union official] [CUE wrote]"));
  EXPECT_THAT(One("A union official said the board will discuss the budget on "
                  "Friday."),
              ::testing::Not(::testing::HasSubstr("[CUE will discuss]")));
}

TEST(AttributionFinder, SourceNounBeforePrepositionHeadsTheSource) {
  std::vector<Claim> claims = Claims(
      "Economists at Harwick Bank expect prices to ease later this year.");
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].source.has_value());
  EXPECT_EQ(claims[0].source->type, SourceType::kAnonymous);
}

// Plurals of trades and roles are anonymous sources ("physicians at X said"),
// at a sentence start too when no firm's name opens with them
// ("Bondholders said").
TEST(AttributionFinder, TradesAndRolesAreAnonymousSources) {
  for (const char* text :
       {"Physicians at the Linden clinic said the virus had spread.",
        "Bondholders said the loan would be rolled over."}) {
    std::vector<Claim> claims = Claims(text);
    ASSERT_EQ(claims.size(), 1u) << text;
    ASSERT_TRUE(claims[0].source.has_value()) << text;
    EXPECT_EQ(claims[0].source->type, SourceType::kAnonymous) << text;
  }
}

TEST(AttributionFinder, MannerOfSpeakingVerbsAreCues) {
  EXPECT_THAT(One("\"Not on my watch,\" the referee retorted."),
              ::testing::HasSubstr("[SRC the referee] [CUE retorted]"));
  EXPECT_THAT(
      One("The old sailor foretold that the harbor would freeze by December."),
      ::testing::HasSubstr(
          "[CUE foretold] [CLAIM that the harbor would freeze"));
}

TEST(AttributionFinder, ObjectNounPhraseOfTellIsSkipped) {
  EXPECT_THAT(
      One("\"We misjudged the timing,\" Lane told a local radio station on "
          "Monday."),
      ::testing::HasSubstr(
          "[SRC Lane] [CUE told] [CLAIM \"We misjudged the timing,\"]"));
  EXPECT_THAT(One("Lane told the paper's editorial board she would run again."),
              ::testing::HasSubstr("[CLAIM she would run again]"));
  EXPECT_THAT(One("Lane told the station's \"Morning Desk\" on Friday that the "
                  "vote was fair."),
              ::testing::HasSubstr("[CLAIM that the vote was fair]"));
  // An open object keeps its noun in the content.
  EXPECT_THAT(One("The minister warned the trade deal would collapse."),
              ::testing::HasSubstr("[CLAIM the trade deal would collapse]"));
}

TEST(AttributionFinder, AgeAppositiveAndPronounAfterTheCue) {
  const std::string out =
      One("Omar Reyes, 52, a baker from Leeds, said he closed the shop because "
          "of the rent.");
  EXPECT_THAT(out, ::testing::HasSubstr(
                       "[SRC Omar Reyes, 52, a baker from Leeds,] [CUE said] "
                       "[CLAIM he closed the shop because of the rent]"));
}

TEST(AttributionFinder, LeadInWordIsNotPostposedContent) {
  const std::string text =
      "Separately, the Evening Ledger reported, citing a senior aide, that the "
      "mayor would "
      "resign in June.";
  const std::string out = One(text);
  EXPECT_THAT(
      out, ::testing::HasSubstr("[CLAIM that the mayor would resign in June]"));
  EXPECT_THAT(out, ::testing::HasSubstr("via=\"a senior aide\""));
}
// An evaluation verb takes its object into the content ("accused X of Y"),
// unlike "told reporters that".
TEST(AttributionFinder, AccusedObjectIsPartOfTheContent) {
  EXPECT_EQ(One("The senator has repeatedly accused the governor of hiding "
                "the costs."),
            "[SRC The senator] [CUE has repeatedly accused] [CLAIM the "
            "governor of hiding the costs] kind=indirect source=anonymous\n");
}

// An infinitive after the object keeps the clause open: the content follows
// the cue, not the adjunct that opens the sentence.
TEST(AttributionFinder, ObjectAndInfinitiveAfterAnOpeningAdjunct) {
  EXPECT_THAT(One("In two earlier cases, the director had asked the clerk to "
                  "shred the files."),
              ::testing::HasSubstr("[CUE had asked] [CLAIM the clerk to shred "
                                   "the files]"));
}

// "Asked by X to V, ...": the asker is the source.
TEST(AttributionFinder, AskedByNamesTheAsker) {
  EXPECT_THAT(One("Asked by the host to explain the vote, the senator smiled."),
              ::testing::HasSubstr("[SRC the host] [CUE Asked] [CLAIM to "
                                   "explain the vote]"));
}

// A stance or cognition cue inside what another source says is no claim of
// its own ("said residents want ..."); a relayed "said" there still is.
TEST(AttributionFinder, NestedStanceCueIsDropped) {
  std::vector<Claim> c =
      Claims("The mayor said residents want a larger park by the river.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cue->lemma, "say");
  c = Claims("The mayor said the engineers had said that the dam leaks.");
  ASSERT_EQ(c.size(), 2u);
}

// Shapes where a cue word is no cue: an infinitive with an adverb or
// auxiliary after "to", a participle after a determiner and adverb or after
// a genitive, and the one-letter turn labels of a transcript.
TEST(AttributionFinder, NoCueInInfinitivesAdjectivesAndTurnLabels) {
  EXPECT_EQ(One("The council voted to openly criticize the plan."), "");
  EXPECT_EQ(One("The post repeated a widely denounced claim about the vote."),
            "");
  EXPECT_THAT(One("The mayor defended Lee's proposed ban on night flights."),
              ::testing::Not(::testing::HasSubstr("[CUE proposed]")));
  EXPECT_EQ(One("Q: Will you run again?\n\nA: I have not decided yet, and my "
                "family comes first."),
            "");
  EXPECT_THAT(One("Lee: \"We will build it.\""),
              ::testing::HasSubstr("[SRC Lee] [CUE :]"));
}

// "was asked" with no agent: the question is the content and there is no
// source; "about" joins the cue.
TEST(AttributionFinder, PassiveAskedStatesTheQuestion) {
  EXPECT_EQ(One("The minister was asked what happened to the funds."),
            "[CUE was asked] [CLAIM what happened to the funds] kind=indirect "
            "source=none\n");
  EXPECT_THAT(One("The mayor was asked about the budget."),
              ::testing::HasSubstr("[CUE was asked about] [CLAIM the budget]"));
  EXPECT_THAT(One("Lee was asked, \"Will you run again?\""),
              ::testing::HasSubstr("[CUE was asked] [CLAIM \"Will you run "
                                   "again?\"] kind=direct_quote"));
}

// A passive cue with a "by" agent and no clause after it: the agent is the
// source and the subject the content; a "for" complement after the agent
// joins the content. No agent that opens like an adverb or a gerund.
TEST(AttributionFinder, PassiveWithAgentAttributesTheSubject) {
  EXPECT_EQ(One("The harbour levy was rejected by 58 percent of voters."),
            "[SRC 58 percent of voters] [CUE was rejected] [CLAIM The harbour "
            "levy] kind=indirect source=anonymous\n");
  EXPECT_THAT(
      One("The museum's closure was first reported by the Valley Courier."),
      ::testing::HasSubstr("[SRC the Valley Courier] [CUE was first "
                           "reported] [CLAIM The museum's closure]"));
  EXPECT_THAT(One("Ms. Okafor has been criticized by farmers for delaying "
                  "the water plan."),
              ::testing::HasSubstr("[SRC farmers] [CUE has been criticized] "
                                   "[CLAIM Ms. Okafor | for delaying the "
                                   "water plan]"));
  EXPECT_THAT(One("The grant, which was praised by the Fenwick Trust, "
                  "ends in June."),
              ::testing::HasSubstr("[SRC the Fenwick Trust] [CUE was praised] "
                                   "[CLAIM which]"));
  EXPECT_THAT(One("The closure was confirmed by Monday."),
              ::testing::Not(::testing::HasSubstr("[SRC Monday]")));
  EXPECT_THAT(One("Sales were praised by boosting exports."),
              ::testing::Not(::testing::HasSubstr("[SRC boosting")));
}

// Stance and evaluation acts that PolNeAR counts as attributions (lexicon
// entries): orders, rulings, votes, voiced or raised concerns, speaking out,
// swipes; their noun forms stay no cue.
TEST(AttributionFinder, StanceActsAreCues) {
  EXPECT_EQ(One("The judge ordered the county to reopen the shelter."),
            "[SRC The judge] [CUE ordered] [CLAIM the county to reopen the "
            "shelter] kind=indirect source=anonymous\n");
  EXPECT_THAT(One("The appeals court ruled that the ban was unlawful."),
              ::testing::HasSubstr("[CUE ruled] [CLAIM that the ban was "
                                   "unlawful]"));
  EXPECT_THAT(One("Two councillors voted against the harbour plan."),
              ::testing::HasSubstr("[SRC Two councillors] [CUE voted against] "
                                   "[CLAIM the harbour plan]"));
  EXPECT_THAT(One("The bishop spoke out against the eviction of the farmers."),
              ::testing::HasSubstr("[CUE spoke out against] [CLAIM the "
                                   "eviction of the farmers]"));
  EXPECT_THAT(One("Okafor took a swipe at the regulator's slow response."),
              ::testing::HasSubstr("[CUE took a swipe at] [CLAIM the "
                                   "regulator's slow response]"));
  EXPECT_THAT(One("Several teachers raised concerns about the new timetable."),
              ::testing::HasSubstr("[CUE raised concerns about] [CLAIM the new "
                                   "timetable]"));
  EXPECT_THAT(One("Mayor Ines Alvarez voiced doubts about the tram line."),
              ::testing::HasSubstr("[CUE voiced] [CLAIM doubts about the tram "
                                   "line]"));
  EXPECT_EQ(One("The executive order takes effect in May."), "");
  EXPECT_EQ(One("Her voice was calm, and the rules were clear."), "");
}

// An object pronoun or a percent sign before the cue ends a longer subject
// instead of being the subject or stopping it: "a source close to her said",
// "42% say", "About 60% of voters said".
TEST(AttributionFinder, SubjectEndingInObjectPronounOrPercent) {
  EXPECT_THAT(One("Lee will rethink her approach, a source close to her "
                  "said."),
              ::testing::HasSubstr("[SRC a source close to her] [CUE said] "
                                   "[CLAIM Lee will rethink her approach]"));
  EXPECT_THAT(One("Among the voters, 42% say they are liberal."),
              ::testing::HasSubstr("[SRC 42%] [CUE say] [CLAIM they are "
                                   "liberal]"));
  EXPECT_THAT(One("About 60% of farmers said the subsidy was too small."),
              ::testing::HasSubstr("[SRC About 60% of farmers] [CUE said]"));
}

// A clause followed by "in" and a poll or survey (source nouns with poll=1)
// is the poll's finding: "in" is the cue, the poll the source, the clause
// (from the sentence start, a comma or a subordinator) the content. Not for
// a clause that opens with a preposition, nor for other nouns.
TEST(AttributionFinder, FindingInAPoll) {
  EXPECT_EQ(One("Lee leads Ruiz by nine points in the latest Courier poll."),
            "[SRC the latest Courier poll] [CUE in] [CLAIM Lee leads Ruiz by "
            "nine points] kind=according_to source=document\n");
  EXPECT_THAT(One("Ruiz came second in January polls, although Lee has "
                  "fallen behind."),
              ::testing::HasSubstr("[SRC January polls] [CUE in] [CLAIM Ruiz "
                                   "came second]"));
  EXPECT_THAT(One("Ruiz has slipped in the latest polls and is short of "
                  "money."),
              ::testing::HasSubstr("[SRC the latest polls] [CUE in]"));
  // "in the polls", "in polls" alone name polling in general, not a poll
  // that found something.
  EXPECT_THAT(One("Ruiz has slipped in the polls and is short of money."),
              ::testing::Not(::testing::HasSubstr("[CUE in]")));
  EXPECT_THAT(One("Lee still leads Ruiz in polls."),
              ::testing::Not(::testing::HasSubstr("[CUE in]")));
  EXPECT_THAT(One("Lee leads Ruiz by nine points in the latest Courier "
                  "column."),
              ::testing::Not(::testing::HasSubstr("[CUE in]")));
  EXPECT_THAT(One("Ruiz is fourth, with 6 percent in the poll."),
              ::testing::Not(::testing::HasSubstr("[CUE in]")));
}

// Rebuttals, remarks and voiced positions are cues with their particles and
// nouns: "hit back at", "pushed back against", "made comments about",
// "singled out", "voiced support for".
TEST(AttributionFinder, RebuttalsAndVoicedPositionsAreCues) {
  EXPECT_THAT(One("The mayor hit back at the union's figures."),
              ::testing::HasSubstr("[SRC The mayor] [CUE hit back at] [CLAIM "
                                   "the union's figures]"));
  EXPECT_THAT(One("Growers pushed back against the water quota."),
              ::testing::HasSubstr("[CUE pushed back against] [CLAIM the "
                                   "water quota]"));
  EXPECT_THAT(One("Okafor made comments about the harbour fees."),
              ::testing::HasSubstr("[CUE made comments about] [CLAIM the "
                                   "harbour fees]"));
  EXPECT_THAT(One("The report singled out the port authority."),
              ::testing::HasSubstr("[CUE singled out] [CLAIM the port "
                                   "authority]"));
  EXPECT_THAT(One("Mayor Ines Alvarez voiced support for the tram line."),
              ::testing::HasSubstr("[CUE voiced support for] [CLAIM the tram "
                                   "line]"));
}

// A cue form that an exception phrase makes no cue ("states", "think tank")
// does not end the subject read leftwards from the cue.
TEST(AttributionFinder, ExceptedCueWordStaysInTheSubject) {
  EXPECT_THAT(One("Most voters in both states supported Smith."),
              ::testing::HasSubstr("[SRC Most voters in both states] [CUE "
                                   "supported] [CLAIM Smith]"));
  EXPECT_THAT(One("Growers in three states said the quota was unfair."),
              ::testing::HasSubstr("[SRC Growers in three states] [CUE said]"));
}

// An adjective of attitude after a copula is a cue with its copula group:
// the subject holds the view, the preposition's object or the clause is the
// content.
TEST(AttributionFinder, AdjectiveOfAttitudeAfterACopula) {
  EXPECT_THAT(One("The growers' union has been critical of the water quota."),
              ::testing::HasSubstr("[SRC The growers' union] [CUE has been "
                                   "critical of] [CLAIM the water quota]"));
  EXPECT_THAT(One("Harbour officials remain confident that the pier will "
                  "reopen in May."),
              ::testing::HasSubstr("[SRC Harbour officials] [CUE remain "
                                   "confident] [CLAIM that the pier will "
                                   "reopen in May]"));
  // No object can follow an adjective: a subject after it opens its clause.
  EXPECT_THAT(One("Mayor Ines Alvarez is not sure the tram will be ready."),
              ::testing::HasSubstr("[CUE is not sure] [CLAIM the tram will be "
                                   "ready]"));
  // No copula, no finite group, or an expletive subject: no view is held.
  EXPECT_THAT(One("A critical of the levy group met on Monday."),
              ::testing::Not(::testing::HasSubstr("[CUE")));
  EXPECT_THAT(One("With the nurse being supportive of the plan, the ward "
                  "reopened."),
              ::testing::Not(::testing::HasSubstr("[CUE")));
  EXPECT_THAT(One("It is doubtful that the ferry will run this winter."),
              ::testing::Not(::testing::HasSubstr("[CUE")));
  // A comma right after a bare adjective: no complement follows.
  EXPECT_THAT(One("The clerk became upset, waving the forms at the crowd."),
              ::testing::Not(::testing::HasSubstr("[CUE")));
  EXPECT_THAT(One("Dock workers are leery of the new shift plan."),
              ::testing::HasSubstr("[SRC Dock workers] [CUE are leery of] "
                                   "[CLAIM the new shift plan]"));
}

// Verbs and fixed phrases of speech and stance that PolNeAR marks as cues
// with their object as the content: "discussed the budget", "has not
// commented on", "pleaded guilty", "has made no secret of", "would like".
// "repeat" needs a content clause ("repeated that"), not a mere object.
TEST(AttributionFinder, SpeechAndStancePhrasesTakeTheirObject) {
  EXPECT_THAT(One("The two ministers discussed the port budget on Monday."),
              ::testing::HasSubstr("[SRC The two ministers] [CUE discussed] "
                                   "[CLAIM the port budget on Monday]"));
  EXPECT_THAT(One("The mayor repeated that the bridge would open in June."),
              ::testing::HasSubstr("[SRC The mayor] [CUE repeated] [CLAIM "
                                   "that the bridge would open in June]"));
  EXPECT_THAT(One("The choir repeated the chorus twice."),
              ::testing::Not(::testing::HasSubstr("[CUE")));
  EXPECT_THAT(One("The agency has not commented on the audit."),
              ::testing::HasSubstr("[SRC The agency] [CUE has not commented "
                                   "on] [CLAIM the audit]"));
  EXPECT_THAT(One("The former treasurer pleaded guilty to fraud in March."),
              ::testing::HasSubstr("[SRC The former treasurer] [CUE pleaded "
                                   "guilty] [CLAIM to fraud in March]"));
  EXPECT_THAT(One("The coach has made no secret of his frustration with the "
                  "league."),
              ::testing::HasSubstr("[SRC The coach] [CUE has made no secret "
                                   "of] [CLAIM his frustration with the "
                                   "league]"));
  EXPECT_THAT(One("Residents would like the council to repave the road."),
              ::testing::HasSubstr("[SRC Residents] [CUE would like] [CLAIM "
                                   "the council to repave the road]"));
}

// Without its copula an adjective of attitude modifies the noun before it
// and stays in the subject.
TEST(AttributionFinder, AdjectiveWithoutCopulaStaysInTheSubject) {
  EXPECT_THAT(One("Farmers critical of the levy said the vote was rushed."),
              ::testing::HasSubstr("[SRC Farmers critical of the levy] [CUE "
                                   "said]"));
}

// "remain" and "become" join only an adjective's group, and they do not end
// a subject read leftwards from a verb.
TEST(AttributionFinder, CopulaDoesNotJoinAVerbGroup) {
  EXPECT_THAT(One("Those who remained said the hall was cold."),
              ::testing::HasSubstr("[SRC Those who remained] [CUE said]"));
  EXPECT_THAT(One("Workers who became ill said the water was unsafe."),
              ::testing::HasSubstr("[SRC Workers who became ill] [CUE said]"));
}

// A contracted auxiliary after a pronoun joins the cue like "have" or "are",
// and the pronoun alone is the source, with either apostrophe.
TEST(AttributionFinder, ContractedAuxiliaryJoinsTheCue) {
  EXPECT_THAT(One("We've argued that the bridge is unsafe."),
              ::testing::HasSubstr("[SRC We] [CUE 've argued] [CLAIM that the "
                                   "bridge is unsafe]"));
  EXPECT_THAT(One("They\xE2\x80\x99re warning that the river will rise."),
              ::testing::HasSubstr("[SRC They] [CUE \xE2\x80\x99re warning]"));
  EXPECT_THAT(One("I'd say the budget is too small."),
              ::testing::HasSubstr("[SRC I] [CUE 'd say]"));
  // After a name, "'s" stays a genitive: no cue starts there.
  EXPECT_THAT(One("Lee's claim that the dam leaks was denied."),
              ::testing::Not(::testing::HasSubstr("[CUE 's")));
}

// A participle after a post-posed or inverted cue is the speaker's own
// clause, no second piece of the content: after a quotation any participle,
// after a clause a cue verb's. The quotation in the next sentence still
// continues the first claim when the participle's claim borrows its source.
TEST(AttributionFinder, ParticipleAfterThePostposedCueIsNoContentPiece) {
  EXPECT_THAT(One("\"The harbor will reopen in March,\" the mayor said, "
                  "pointing to the new cranes on the pier."),
              ::testing::HasSubstr("[CUE said] [CLAIM \"The harbor will reopen "
                                   "in March,\"] kind=direct_quote"));
  EXPECT_THAT(One("\"The harbor will reopen in March,\" said Mayor Lena "
                  "Voss, waving at the cranes."),
              ::testing::HasSubstr("[CUE said] [CLAIM \"The harbor will reopen "
                                   "in March,\"] kind=direct_quote"));
  EXPECT_THAT(One("The levy will rise next year, the treasurer said, adding "
                  "that the council had no other choice."),
              ::testing::HasSubstr("[CUE said] [CLAIM The levy will rise next "
                                   "year] kind=indirect"));
  EXPECT_THAT(One("\"We are short of nurses,\" Dr. Ana Ruiz said, adding that "
                  "two wards had closed. \"The night shifts are the worst.\""),
              ::testing::HasSubstr("[CUE said] [CLAIM \"We are short of "
                                   "nurses,\" | \"The night shifts are the "
                                   "worst.\"] kind=direct_quote"));
  // An interrupted clause goes on after the cue.
  EXPECT_THAT(One("The new school is, the mayor said, opening in the autumn."),
              ::testing::HasSubstr("[CLAIM The new school is | opening in the "
                                   "autumn]"));
}

// After a quotation that opens the sentence, unquoted words after the
// post-posed cue are the writer's, unless a verb group goes on with the
// quotation; a second quotation is a second piece.
TEST(AttributionFinder, WritersWordsAfterAQuotationAndItsCueAreNoContent) {
  EXPECT_THAT(One("\"The harbor will reopen in March,\" the mayor said, as "
                  "the crowd cheered."),
              ::testing::HasSubstr("[CLAIM \"The harbor will reopen in "
                                   "March,\"] kind=direct_quote"));
  EXPECT_THAT(One("\"Only the council,\" the mayor wrote, would approve such "
                  "a levy."),
              ::testing::HasSubstr("[CLAIM \"Only the council,\" | would "
                                   "approve such a levy]"));
  EXPECT_THAT(One("\"Only the council,\" the mayor wrote, \"can approve the "
                  "levy.\""),
              ::testing::HasSubstr("[CLAIM \"Only the council,\" | \"can "
                                   "approve the levy.\"]"));
  EXPECT_THAT(One("\"The ferry is late,\" the mayor said, and \"nobody has "
                  "explained why.\""),
              ::testing::HasSubstr("[CLAIM \"The ferry is late,\" | and "
                                   "\"nobody has explained why.\"]"));
}

// After the comma that ends a source, a phrase opened by "a"/"an" or a
// relative pronoun describes the source: it is no second piece of the
// content. An appositive or a "who"/"which" clause joins the source.
TEST(AttributionFinder, PhraseDescribingASourceIsNoContentPiece) {
  EXPECT_THAT(One("The ferry fares rose by a third last year, according to "
                  "the port authority, which publishes the figures every "
                  "spring."),
              ::testing::HasSubstr("[SRC the port authority, which publishes "
                                   "the figures every spring] [CUE according "
                                   "to] [CLAIM The ferry fares rose by a third "
                                   "last year]"));
  EXPECT_THAT(One("The ferry fares rose by a third last year, according to "
                  "Mara Quist, an economist at the port authority."),
              ::testing::HasSubstr("[SRC Mara Quist, an economist at the port "
                                   "authority] [CUE according to] [CLAIM The "
                                   "ferry fares rose by a third last year]"));
  EXPECT_THAT(One("The new terminal will open in May, according to the port "
                  "authority, whose director resigned last week."),
              ::testing::HasSubstr("[SRC the port authority] [CUE according "
                                   "to] [CLAIM The new terminal will open in "
                                   "May]"));
  EXPECT_THAT(One("\"Nobody asked the fishermen,\" said Tomas Varga, a "
                  "skipper and the author of \"Salt Roads.\""),
              ::testing::HasSubstr("[SRC Tomas Varga, a skipper and the "
                                   "author of \"Salt Roads.\"] [CUE said] "
                                   "[CLAIM \"Nobody asked the fishermen,\"]"));
  EXPECT_THAT(One("The levy was poorly designed, Varga said, a view the "
                  "council rejects."),
              ::testing::HasSubstr("[CLAIM The levy was poorly designed] "
                                   "kind=indirect"));
  // A clause that goes on after the source is still a piece.
  EXPECT_THAT(One("The harbor fees will rise in June, according to the "
                  "council, and the ferry will stop running at night."),
              ::testing::HasSubstr("[CLAIM The harbor fees will rise in June | "
                                   "and the ferry will stop running at "
                                   "night]"));
  EXPECT_THAT(One("\"Nobody asked the fishermen,\" said Tomas Varga, \"and "
                  "nobody will.\""),
              ::testing::HasSubstr("[CLAIM \"Nobody asked the fishermen,\" | "
                                   "\"and nobody will.\"]"));
}

// In a relative clause the relative pronoun before the source stands for
// the content's gap: its subject when a verb group opens the content, or
// what an evaluation verb's object is called. It is the first piece.
TEST(AttributionFinder, RelativePronounIsTheContentsGap) {
  EXPECT_THAT(One("The council passed a levy which critics said was rushed."),
              ::testing::HasSubstr("[SRC critics] [CUE said] [CLAIM which | "
                                   "was rushed]"));
  EXPECT_THAT(One("They fixed the roof that tenants complained had leaked."),
              ::testing::HasSubstr("[CUE complained] [CLAIM that | had "
                                   "leaked]"));
  EXPECT_THAT(One("The firm dropped a design that inspectors considered "
                  "unsafe."),
              ::testing::HasSubstr("[SRC inspectors] [CUE considered] [CLAIM "
                                   "that | unsafe]"));
  // A complementizer before a clause with its own subject is no gap.
  EXPECT_THAT(One("He said that officials believe the bridge is safe."),
              ::testing::HasSubstr("[CLAIM that officials believe the bridge "
                                   "is safe]"));
  EXPECT_THAT(One("The board saw a plan that residents said the city "
                  "needed."),
              ::testing::HasSubstr("[CUE said] [CLAIM the city needed]"));
}

// The quotation in the next sentence continues a quoted claim past a
// relative clause on its source and a claim with no source in its
// sentence, and after a connective that opens the next sentence.
TEST(AttributionFinder, NextQuotationFollowsPastRelativeClausesAndConnectives) {
  EXPECT_THAT(One("\"We will win this county,\" said Mara Lind, a party "
                  "organizer who endorsed Ruiz in May. \"The polls are "
                  "wrong.\""),
              ::testing::HasSubstr("[CUE said] [CLAIM \"We will win this "
                                   "county,\" | \"The polls are wrong.\"]"));
  EXPECT_THAT(One("\"We will win this county,\" she said, when asked about "
                  "the polls. \"The polls are wrong.\""),
              ::testing::HasSubstr("[CUE said] [CLAIM \"We will win this "
                                   "county,\" | \"The polls are wrong.\"]"));
  EXPECT_THAT(One("\"We will win this county,\" she said. But \"the polls "
                  "are wrong.\""),
              ::testing::HasSubstr("[CUE said] [CLAIM \"We will win this "
                                   "county,\" | But \"the polls are "
                                   "wrong.\"]"));
  // Another speaker's claim in between keeps the quotation from following.
  EXPECT_THAT(One("\"We will win this county,\" she said, and her rival "
                  "said the vote was close. \"The polls are wrong.\""),
              ::testing::HasSubstr("[CLAIM \"We will win this county,\"] "));
}

// A date between the subject's closing comma and the verb, or right after
// the verb, is no source: the subject before the comma is.
TEST(AttributionFinder, DateBesideTheVerbIsNoSource) {
  EXPECT_THAT(One("Ana Ruiz, the port director, on Tuesday said the ferry "
                  "would run all winter."),
              ::testing::HasSubstr("[SRC Ana Ruiz, the port director,] "
                                   "[CUE said]"));
  EXPECT_THAT(One("Ana Ruiz, who runs the port, last month called the ferry "
                  "a lifeline."),
              ::testing::HasSubstr("[SRC Ana Ruiz, who runs the port,] "
                                   "[CUE called]"));
  EXPECT_THAT(One("In her reply, Ana Ruiz, the port director, said on "
                  "Tuesday that the ferry would run all winter."),
              ::testing::HasSubstr("[SRC Ana Ruiz, the port director,] "
                                   "[CUE said]"));
}

// A post-posed name keeps a short parenthetical ("(D-Ore.)") and a "one
// of" description after it; after a pronoun "one of" goes on with the
// content.
TEST(AttributionFinder, PostposedNameKeepsItsPartyAndOneOfDescription) {
  EXPECT_THAT(One("\"The levy is a mess,\" said Sen. Ann Lee (D-Ore.)."),
              ::testing::HasSubstr("[SRC Sen. Ann Lee (D-Ore.)]"));
  EXPECT_THAT(One("The port will close in May, according to the Harbor "
                  "Workers Union, one of the groups at the talks."),
              ::testing::HasSubstr("[SRC the Harbor Workers Union, one of the "
                                   "groups at the talks] [CUE according to] "
                                   "[CLAIM The port will close in May]"));
  EXPECT_THAT(One("It was, he said, one of the worst days of the season."),
              ::testing::HasSubstr("[CLAIM It was | one of the worst days of "
                                   "the season]"));
}

// An inverted source described by a noun keeps its "to" or "with" phrase;
// after a name the phrase is no part of it.
TEST(AttributionFinder, InvertedSourceKeepsItsToOrWithPhrase) {
  EXPECT_THAT(One("\"The budget is a mess,\" said a source close to the "
                  "council."),
              ::testing::HasSubstr("[SRC a source close to the council]"));
  EXPECT_THAT(One("\"The budget is a mess,\" said one clerk familiar with "
                  "the files."),
              ::testing::HasSubstr("[SRC one clerk familiar with the "
                                   "files]"));
  EXPECT_THAT(One("\"The budget is a mess,\" said Ann Lee to reporters."),
              ::testing::HasSubstr("[SRC Ann Lee]"));
}

// Two modifiers or nouns joined by "and" share the head after it: the
// source runs from the first ("three current and former aides", "the
// grocer and council member Ann Lee"). An object before "and" stays out.
TEST(AttributionFinder, ModifiersJoinedByAndShareTheSourceHead) {
  EXPECT_THAT(One("Three current and former aides said the plan was dead."),
              ::testing::HasSubstr("[SRC Three current and former aides] "
                                   "[CUE said]"));
  EXPECT_THAT(One("The grocer and council member Ann Lee said the plan was "
                  "dead."),
              ::testing::HasSubstr("[SRC The grocer and council member Ann "
                                   "Lee] [CUE said]"));
  EXPECT_THAT(One("Lee visited the plant and workers said it was loud."),
              ::testing::HasSubstr("[SRC workers] [CUE said]"));
}

// A relative clause before the cue belongs to the source: the subject is
// the noun it modifies, not the clause's object. Not when the clause
// reports a clause of its own ("who have said | they ...").
TEST(AttributionFinder, RelativeClauseBeforeTheCueBelongsToTheSource) {
  EXPECT_THAT(One("Parents who have toured the new school say the classrooms "
                  "are small."),
              ::testing::HasSubstr("[SRC Parents who have toured the new "
                                   "school] [CUE say]"));
  EXPECT_THAT(One("Tom Reyes, who lives in the old mill district near the "
                  "capital, Salem, said the buses were late."),
              ::testing::HasSubstr("[SRC Tom Reyes, who lives in the old "
                                   "mill district near the capital, Salem,] "
                                   "[CUE said]"));
  EXPECT_THAT(One("Lena Ortiz, a nurse who is now the head of the clinic at "
                  "Bay Hospital, which serves the port, said the ward was "
                  "full."),
              ::testing::HasSubstr("[SRC Lena Ortiz, a nurse who is now the "
                                   "head of the clinic at Bay Hospital, which "
                                   "serves the port,] [CUE said]"));
  EXPECT_THAT(One("Riders who have said they hate the route say the buses "
                  "are late."),
              ::testing::Not(::testing::HasSubstr("[SRC Riders who")));
}

// A slash between two words keeps a joint sponsor in the source ("a
// CNN/ORC poll"); one after a number does not open it.
TEST(AttributionFinder, SlashJoinsTheWordsOfASource) {
  EXPECT_THAT(One("A Harbor Times/Civic Institute poll found that most "
                  "residents want the ferry back."),
              ::testing::HasSubstr("[SRC A Harbor Times/Civic Institute "
                                   "poll] [CUE found]"));
  EXPECT_THAT(One("Post-24/7 Rules Aren\u2019t The Only Reason Dock Crews "
                  "Support Ruiz."),
              ::testing::Not(::testing::HasSubstr("[SRC /")));
}

// A quoted paragraph with no cue of its own goes on with the quotation that
// ended the paragraph before it. Not a question or an exclamation (most
// often a reply), a heading in single marks, nor after a quoted word or two.
TEST(AttributionFinder, NextParagraphQuotationFollowsTheSpeaker) {
  EXPECT_THAT(One("\"The ferry will run all winter this year,\" the harbor "
                  "master said.\n\n\"We hired two more pilots. The docks "
                  "are ready.\""),
              ::testing::HasSubstr("[CLAIM \"The ferry will run all winter "
                                   "this year,\" | \"We hired two more "
                                   "pilots. The docks are ready.\"]"));
  EXPECT_THAT(One("\"The ferry will run all winter this year,\" the harbor "
                  "master said.\n\n\"Will it stop at the island?\""),
              ::testing::HasSubstr("[CLAIM \"The ferry will run all winter "
                                   "this year,\"] "));
  EXPECT_THAT(One("\"The ferry will run all winter this year,\" the harbor "
                  "master said.\n\n'Docks Under Repair.'"),
              ::testing::HasSubstr("[CLAIM \"The ferry will run all winter "
                                   "this year,\"] "));
  EXPECT_THAT(One("The harbor master called the schedule \"reckless.\"\n\n"
                  "\"We hired two more pilots. The docks are ready.\""),
              ::testing::HasSubstr("[CLAIM the schedule \"reckless.\"] "));
}

// A quotation that opens inside the clause before a post-posed cue is part
// of it: the content runs from the clause start, and the next quotation
// still follows. Not after a colon, nor over another claim's cue.
TEST(AttributionFinder, QuotationInsideTheClauseBeforeThePostposedCue) {
  EXPECT_THAT(One("The levy is \"a plain fraud,\" the treasurer said. \"It "
                  "will ruin the harbor.\""),
              ::testing::HasSubstr("[CUE said] [CLAIM The levy is \"a plain "
                                   "fraud,\" | \"It will ruin the "
                                   "harbor.\"] kind=mixed"));
  EXPECT_THAT(One("The coach gave one rule: \"Never skip practice,\" he "
                  "said."),
              ::testing::HasSubstr("[CUE said] [CLAIM \"Never skip "
                                   "practice,\"] kind=direct_quote"));
  EXPECT_THAT(One("Ruiz argued the port needed cranes, and the plan was "
                  "\"long overdue,\" Lee said."),
              ::testing::HasSubstr("[SRC Lee] [CUE said] [CLAIM \"long "
                                   "overdue,\"] kind=direct_quote"));
}

// Before a cue between commas, an adjunct that opens the sentence is no
// piece of a quotation that follows as a sentence of its own; before a
// quotation that goes on with its clause it stays.
TEST(AttributionFinder, OpeningAdjunctIsNoPieceOfAFollowingQuotation) {
  EXPECT_THAT(One("In a radio interview, the mayor said, \"The harbor will "
                  "reopen in March.\""),
              ::testing::HasSubstr("[CUE said] [CLAIM \"The harbor will "
                                   "reopen in March.\"] kind=direct_quote"));
  EXPECT_THAT(One("Asked about the delay, the mayor said, \"The cranes came "
                  "late.\""),
              ::testing::HasSubstr("[CUE said] [CLAIM \"The cranes came "
                                   "late.\"] kind=direct_quote"));
  EXPECT_THAT(One("In that case, the mayor said, \"the harbor stays "
                  "shut.\""),
              ::testing::HasSubstr("[CLAIM In that case | \"the harbor stays "
                                   "shut.\"]"));
}

// An adjunct that opens the sentence is no content before the cue: the
// content follows it. A cue between commas stays parenthetical, and a
// clause before the cue stays its content.
TEST(AttributionFinder, OpeningAdjunctIsNoContentBeforeTheCue) {
  EXPECT_THAT(One("Through a spokeswoman, the mayor declined to comment on "
                  "the levy."),
              ::testing::HasSubstr("[CUE declined] [CLAIM to comment on the "
                                   "levy]"));
  EXPECT_THAT(One("In any case, the mayor said, the harbor stays shut."),
              ::testing::HasSubstr("[CLAIM In any case | the harbor stays "
                                   "shut]"));
  EXPECT_THAT(One("In the port, the levy is unpopular, the mayor said."),
              ::testing::HasSubstr("[CLAIM In the port, the levy is "
                                   "unpopular]"));
}

// A connective or short adjunct between commas right after the cue is no
// part of the content.
TEST(AttributionFinder, ConnectiveBetweenCommasAfterTheCueIsNoContent) {
  EXPECT_THAT(One("The mayor believes, for example, that the harbor needs "
                  "cranes."),
              ::testing::HasSubstr("[CLAIM that the harbor needs cranes]"));
  EXPECT_THAT(One("The mayor added, however, that the levy would stay."),
              ::testing::HasSubstr("[CLAIM that the levy would stay]"));
}

TEST_P(Golden, Matches) {
  const char* root = std::getenv("CLAIMX_SOURCE_DIR");
  ASSERT_NE(root, nullptr) << "CLAIMX_SOURCE_DIR not set";
  std::string base = std::string(root) + "/tests/golden/claims/" + GetParam();
  std::string input = ReadFile(base + ".txt");
  ASSERT_FALSE(input.empty()) << base << ".txt";
  std::string out;
  size_t pos = 0;
  int n = 0;
  while (pos <= input.size()) {
    size_t sep = input.find("\n===\n", pos);
    std::string passage = input.substr(
        pos, sep == std::string::npos ? std::string::npos : sep - pos);
    while (!passage.empty() && passage.back() == '\n') passage.pop_back();
    if (!passage.empty()) {
      absl::StatusOr<Document> doc = Shared().Extract(passage);
      ASSERT_TRUE(doc.ok()) << doc.status();
      out += "### " + std::to_string(++n) + "\n" + passage + "\n" +
             Render(passage, *doc) + "\n";
    }
    if (sep == std::string::npos) break;
    pos = sep + 5;
  }
  const std::string golden_path = base + ".golden";
  const char* update = std::getenv("CLAIMX_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(golden_path, std::ios::binary) << out;
    GTEST_SKIP() << "rewrote " << golden_path;
  }
  EXPECT_EQ(out, ReadFile(golden_path))
      << "rerun with CLAIMX_UPDATE_GOLDEN=1 to rewrite";
}

INSTANTIATE_TEST_SUITE_P(Claims, Golden,
                         ::testing::Values("verbs", "sources", "nominal",
                                           "quotes", "passive", "chains",
                                           "unattributed", "layouts"));

TEST(AttributionFinder, MonthInsideADateIsNoHedge) {
  // "May" in a date the quantities stage found is the month; the modal in
  // the same kind of sentence still hedges.
  std::vector<Claim> month =
      Claims("The referee said the final on May 14 was played fairly.");
  ASSERT_EQ(month.size(), 1u);
  EXPECT_FALSE(month[0].hedged);
  std::vector<Claim> modal =
      Claims("The referee said the final may be played again in June.");
  ASSERT_EQ(modal.size(), 1u);
  EXPECT_TRUE(modal[0].hedged);
}

TEST(AttributionFinder, MonthOrNameWithACapitalIsNoHedge) {
  // A capital after a lower-case word: the month, even with no day.
  std::vector<Claim> month =
      Claims("The coach said the squad had trained hard since May.");
  ASSERT_EQ(month.size(), 1u);
  EXPECT_FALSE(month[0].hedged);
  // A surname after a person's given name.
  std::vector<Claim> name =
      Claims("The minister said Theresa May would chair the panel.");
  ASSERT_EQ(name.size(), 1u);
  EXPECT_FALSE(name[0].hedged);
  // At a sentence start the capital says nothing: the modal still hedges.
  std::vector<Claim> modal = Claims(
      "Officials said the bridge was unsafe. Could it fall, they asked, or "
      "could it hold?");
  ASSERT_FALSE(modal.empty());
  EXPECT_TRUE(modal[0].hedged || modal.size() > 1);
}

// A brand whose name holds its 's ("Brindle's said": the entity stage puts
// the 's inside the organization) is the source of the verb after it; a
// genitive before a participle stays an adjective's noun phrase.
TEST(AttributionFinder, BrandWithItsOwnPossessiveIsASource) {
  EXPECT_THAT(One("Brindle's said on Monday that it would close two stores."),
              ::testing::HasSubstr("[SRC Brindle's] [CUE said] [CLAIM that it "
                                   "would close two stores]"));
  EXPECT_THAT(One("Holm's proposed levy drew criticism."),
              ::testing::Not(::testing::HasSubstr("[CUE")));
  EXPECT_THAT(One("The firm's reported losses grew again."),
              ::testing::Not(::testing::HasSubstr("[CUE")));
}

// A connective or an adjunct that opens the sentence before a subject with
// an appositive is no part of the source ("However, Ann Lee, a nurse,
// said"), and the verb after the appositive still has that subject (not a
// post-posed source after it).
TEST(AttributionFinder, OpeningConnectiveIsNoPartOfAnAppositiveSubject) {
  EXPECT_THAT(One("However, Marta Ilves, a spokeswoman for the port "
                  "authority, said the cranes would be repaired by June."),
              ::testing::HasSubstr("[SRC Marta Ilves, a spokeswoman for the "
                                   "port authority,] [CUE said]"));
  EXPECT_THAT(One("Still, Oren Pask, the harbor master, said the night shift "
                  "would continue."),
              ::testing::HasSubstr("[SRC Oren Pask, the harbor master,] [CUE "
                                   "said] [CLAIM the night shift would "
                                   "continue]"));
  EXPECT_THAT(One("For one thing, Mrs. Ilves, the nominee, proposed to draft "
                  "Mr. Pask as an economic adviser."),
              ::testing::HasSubstr("[SRC Mrs. Ilves, the nominee,] [CUE "
                                   "proposed] [CLAIM to draft Mr. Pask as an "
                                   "economic adviser]"));
}

// "for his part", "by contrast" between commas after the subject is an
// adjunct of the clause, not an appositive of the source.
TEST(AttributionFinder, ForOrByPhraseBetweenCommasIsNoPartOfTheSource) {
  EXPECT_THAT(One("Oren Pask, for his part, said the night shift would "
                  "continue."),
              ::testing::HasSubstr("[SRC Oren Pask] [CUE said] [CLAIM the "
                                   "night shift would continue]"));
  EXPECT_THAT(One("The ministry, by contrast, said the figures were wrong."),
              ::testing::HasSubstr("[SRC The ministry] [CUE said]"));
  // A name after "by" is an appositive's agent, and stays.
  EXPECT_THAT(One("The report, by Ana Brix, said the figures were wrong."),
              ::testing::Not(::testing::HasSubstr("[SRC The report] ")));
}

// A hyphen with a space on either side (or a list's leading hyphen) is a
// dash, not a joint inside the source's words; "whom" is the object of its
// clause, not a part of the subject ("many of whom" stays one).
TEST(AttributionFinder, DashOrWhomBeforeTheSubjectIsNoPartOfTheSource) {
  EXPECT_THAT(One("The vote was close - most delegates said the count was "
                  "fair."),
              ::testing::HasSubstr("[SRC most delegates] [CUE said]"));
  EXPECT_THAT(One("-Ana Brix explains why the port closed."),
              ::testing::HasSubstr("[SRC Ana Brix] [CUE explains]"));
  EXPECT_THAT(
      One("Self-described moderates said the count was fair."),
      ::testing::HasSubstr("[SRC Self-described moderates] [CUE said]"));
  EXPECT_THAT(One("The board hired Ana Brix, an engineer whom Oren Pask "
                  "described as the best in the region."),
              ::testing::HasSubstr("[SRC Oren Pask] [CUE described]"));
  EXPECT_THAT(One("The mayor thanked the delegates, many of whom said the "
                  "count was fair."),
              ::testing::HasSubstr("[SRC many of whom] [CUE said]"));
}

// Coordinated subjects whose second conjunct opens with "her" (a
// determiner there, not the pronoun) or that open with "both" are one
// source.
TEST(AttributionFinder, HerOrBothInCoordinatedSubjects) {
  EXPECT_THAT(One("Ilves's team and her allies said the vote was rigged."),
              ::testing::HasSubstr("[SRC Ilves's team and her allies] [CUE "
                                   "said]"));
  EXPECT_THAT(One("Both the candidate and her staff said the vote was "
                  "rigged."),
              ::testing::HasSubstr("[SRC Both the candidate and her staff] "
                                   "[CUE said]"));
  // A pronoun alone after "and" still starts its own clause.
  EXPECT_THAT(One("The clerk left early and she said the vote was rigged."),
              ::testing::HasSubstr("[SRC she] [CUE said]"));
}

// np=1 (endorse, support, oppose, ...): the content is the object noun
// phrase; a date, a comma or dash, a subordinator or a second verb of the
// subject ends it. A quoted name inside it and an -ing clause stay whole.
TEST(AttributionFinder, ObjectOfBackingVerbEndsWithItsNounPhrase) {
  EXPECT_THAT(One("The teachers union endorsed Maria Ortiz on Thursday and "
                  "campaigned with her in three towns."),
              ::testing::HasSubstr("[CUE endorsed] [CLAIM Maria Ortiz]"));
  EXPECT_THAT(One("Governor Hale, who endorsed the senator last week, is "
                  "now courting his donors."),
              ::testing::HasSubstr("[CUE endorsed] [CLAIM the senator]"));
  EXPECT_THAT(One("The council has opposed the new stadium since 2019."),
              ::testing::HasSubstr("[CLAIM the new stadium]"));
  EXPECT_THAT(One("Ruiz defended the budget - a plan the unions hate."),
              ::testing::HasSubstr("[CUE defended] [CLAIM the budget]"));
  EXPECT_THAT(One("The trio has supported bands including Alder, Birch and "
                  "Cedar Row."),
              ::testing::HasSubstr("[CLAIM bands including Alder, Birch and "
                                   "Cedar Row]"));
  EXPECT_THAT(One("The mayor supports raising the minimum wage to $15."),
              ::testing::HasSubstr("[CLAIM raising the minimum wage to $15]"));
  EXPECT_THAT(
      One("The group endorsed the \"Fair Pay for All\" campaign and "
          "has pledged funds."),
      ::testing::HasSubstr("[CLAIM the \"Fair Pay for All\" campaign]"));
}

// A participle clause between commas after the subject ("wearing ...",
// "citing ...") says what the speaker was doing and is no part of the
// source; "including" and title words such as "acting" stay in it.
TEST(AttributionFinder, ParticipleClauseAfterTheSubjectIsNoPartOfTheSource) {
  EXPECT_THAT(One("Ana Lee, wearing a campaign hat and a red scarf, said the "
                  "rally was the largest yet."),
              ::testing::HasSubstr("[SRC Ana Lee] [CUE said]"));
  EXPECT_THAT(One("The agency, citing new figures from its regional offices, "
                  "said exports fell."),
              ::testing::HasSubstr("[SRC The agency] [CUE said]"));
  EXPECT_THAT(One("Bill Hale, acting director of the port authority, said the "
                  "cranes were idle."),
              ::testing::HasSubstr("[SRC Bill Hale, acting director of the "
                                   "port authority,] [CUE said]"));
  EXPECT_THAT(One("Several mayors, including Ana Lee, said the budget was too "
                  "small."),
              ::testing::HasSubstr("[SRC Several mayors, including Ana Lee,] "
                                   "[CUE said]"));
  EXPECT_THAT(One("Firms, including those in the textile, ship-building and "
                  "mining trades, said the tariff hurt them."),
              ::testing::HasSubstr("[SRC Firms, including those in the "
                                   "textile, ship-building and mining "
                                   "trades,] [CUE said]"));
}

// "told BBC Radio 4's Today programme the plan ...": a number goes on the
// addressee's name and the possessed programme or paper is part of the
// object, so the content starts at the clause after it.
TEST(AttributionFinder, PossessiveProgrammeAfterTellIsPartOfTheObject) {
  EXPECT_THAT(One("The minister told Radio 4's Today programme the plan had "
                  "failed."),
              ::testing::HasSubstr("[CUE told] [CLAIM the plan had failed]"));
  EXPECT_THAT(One("The mayor told BBC Four's Nightdesk programme she would "
                  "stand down."),
              ::testing::HasSubstr("[CUE told] [CLAIM she would stand down]"));
  EXPECT_THAT(One("He told the BBC's Newsnight programme the plan had "
                  "failed."),
              ::testing::HasSubstr("[CUE told] [CLAIM the plan had failed]"));
  EXPECT_THAT(One("She told BBC News 24 the vote was fair."),
              ::testing::HasSubstr("[CUE told] [CLAIM the vote was fair]"));
}

// The programme's title may open with "The", hold "with" or end in a noun
// that is also a cue verb ("show", "Report"); a lowercase word after the
// lowercase noun that ends the title opens the clause; a title that ends
// the sentence leaves no content; and a cue verb inside the object is no
// cue of its own.
TEST(AttributionFinder, ProgrammeTitlesAfterTell) {
  EXPECT_EQ(One("The novelist told BBC Radio 3's The Night Shift programme "
                "that she had given up writing."),
            "[SRC The novelist] [CUE told] [CLAIM that she had given up "
            "writing] kind=indirect source=anonymous\n");
  EXPECT_EQ(One("The coach told Sky's Evening with Morris programme he "
                "would stay on."),
            "[SRC The coach] [CUE told] [CLAIM he would stay on] "
            "kind=indirect source=anonymous\n");
  EXPECT_EQ(One("The banker told Sky's Monday Markets show he expected "
                "rates to fall."),
            "[SRC The banker] [CUE told] [CLAIM he expected rates to fall] "
            "kind=indirect source=anonymous\n");
  EXPECT_THAT(One("A trader told BBC Radio 5's Money Hour programme demand "
                  "for copper was weak."),
              ::testing::HasSubstr("[CUE told] [CLAIM demand for copper was "
                                   "weak]"));
  EXPECT_THAT(One("The minister told Radio Two's the Week at Six his main "
                  "worry was the cost."),
              ::testing::HasSubstr("[CUE told] [CLAIM his main worry was the "
                                   "cost]"));
  EXPECT_EQ(One("The trader told the BBC's Farming Week Report."), "");
}

// "Poll: ..." heading a paragraph is a poll's finding, as "Lee: ..." is
// Lee's statement (PolNeAR train: 5 of 5 such headlines are attributions);
// "Video:" and "The Latest:" stay labels.
TEST(AttributionFinder, PollBeforeAHeadlineColonIsASource) {
  EXPECT_THAT(One("Poll: Ortiz Takes First Statewide Lead\n\nThe survey "
                  "was released on Tuesday."),
              ::testing::HasSubstr("[SRC Poll] [CUE :] [CLAIM Ortiz Takes "
                                   "First Statewide Lead]"));
  EXPECT_THAT(One("Video: Ortiz Takes First Statewide Lead\n\nThe survey "
                  "was released on Tuesday."),
              ::testing::Not(::testing::HasSubstr("[CUE :]")));
}

// A date right after the cue or its object, before the clause's subject, is
// no part of the content ("said on Monday the plan ..."), and no longer
// swallows the clause after "told reporters" ("told reporters last week the
// plan ..." had no claim).
TEST(AttributionFinder, DateBeforeAClauseIsNoPartOfTheContent) {
  EXPECT_THAT(One("The mayor said on Monday the plan had failed."),
              ::testing::HasSubstr("[CUE said] [CLAIM the plan had failed]"));
  EXPECT_THAT(One("The mayor said last week he would resign."),
              ::testing::HasSubstr("[CUE said] [CLAIM he would resign]"));
  EXPECT_THAT(One("The mayor told reporters last week the plan had failed."),
              ::testing::HasSubstr("[CUE told] [CLAIM the plan had failed]"));
  EXPECT_THAT(One("The mayor told the council on Monday she would resign."),
              ::testing::HasSubstr("[CUE told] [CLAIM she would resign]"));
  EXPECT_THAT(One("The mayor said on Monday that the plan had failed."),
              ::testing::HasSubstr("[CLAIM that the plan had failed]"));
}

// A bare lower-case noun phrase after "tell" that ends the clause, or
// stands before a colon or "that", is the addressee, not the content: the
// source after the clause is post-posed ("..., the chairman told analysts."
// gave the claim "analysts"). A preposition after the noun may go on it, so
// "urged pupils at the school to ..." keeps its object out of this.
TEST(AttributionFinder, BareAddresseeAfterTell) {
  EXPECT_THAT(One("Margins will widen in spring, chairman Ivo Brandt told "
                  "analysts."),
              ::testing::HasSubstr("[CLAIM Margins will widen in spring]"));
  EXPECT_THAT(One("The ferry was overloaded, a deckhand has told jurors."),
              ::testing::HasSubstr("[CLAIM The ferry was overloaded]"));
  EXPECT_THAT(One("The coach told fellow players: \"We stay calm.\""),
              ::testing::HasSubstr("[CLAIM \"We stay calm.\"]"));
  EXPECT_THAT(One("The mayor urged pupils at the school to plant trees."),
              ::testing::HasSubstr("[CLAIM pupils at the school to plant "
                                   "trees]"));
}

// A bare past participle with its agent after a noun is a reduced relative,
// part of the source's noun phrase ("a memo seen by the Gazette shows ..."),
// as a participle never heads a cue without its auxiliary; with one it is a
// verb and ends the phrase.
TEST(AttributionFinder, ReducedRelativeParticipleStaysInSource) {
  EXPECT_THAT(One("A draft seen by the Gazette shows that the council plans "
                  "to close two libraries."),
              ::testing::HasSubstr("[SRC A draft seen by the Gazette] [CUE "
                                   "shows]"));
  EXPECT_THAT(One("An email written by the director warns that the budget is "
                  "overspent."),
              ::testing::HasSubstr("[SRC An email written by the director] "
                                   "[CUE warns]"));
}

// The infinitive after a to=1 cue is its content, not an adjunct that ends
// the clause: "declined to comment" is no post-posed cue, so it never takes
// the quotation that closes the sentence before it.
TEST(AttributionFinder, InfinitiveAfterToCueIsNoAdjunct) {
  const std::string out =
      One("The landlord said the rent rise was \"entirely fair\". The tenants' "
          "association declined to comment.");
  EXPECT_THAT(out, ::testing::HasSubstr("[CUE declined] [CLAIM to comment]"));
  EXPECT_THAT(out, ::testing::Not(::testing::HasSubstr(
                       "[CUE declined] [CLAIM \"entirely fair\"]")));
}

// "whilst" (British) is "while" to every rule: it opens a contrast clause
// that ends an open content, and a clause before the main one, which is no
// part of the source after it.
TEST(AttributionFinder, WhilstIsWhile) {
  EXPECT_THAT(One("Whilst the coach said the squad was fit, the club doctor "
                  "disagreed."),
              ::testing::HasSubstr("[SRC the coach] [CUE said] [CLAIM the "
                                   "squad was fit]"));
  EXPECT_THAT(One("The bridge is safe, the engineer said, whilst residents "
                  "reported new cracks."),
              ::testing::HasSubstr("[SRC residents] [CUE reported] [CLAIM new "
                                   "cracks]"));
}

// An appositive that is a person's name with its title ("Its president, Dr
// Ruth Amadi,") names the source, as one with the bare name does; a phrase
// that only holds a titled name ("led by Governor ...") does not.
TEST(AttributionFinder, TitledNameInAppositiveNamesTheSource) {
  EXPECT_THAT(One("The institute issued a warning. Its director, Dr Ruth "
                  "Amadi, said supplies would run out."),
              ::testing::HasSubstr("[SRC Its director, Dr Ruth Amadi,] [CUE "
                                   "said] [CLAIM supplies would run out] "
                                   "kind=indirect source=person"));
  EXPECT_THAT(One("The board, chaired by Senator Ruth Amadi, said the vote "
                  "would go ahead."),
              ::testing::Not(::testing::HasSubstr("source=person")));
}

// A preposition and a noun naming where or how the statement was made (data
// cue_venue: "in an interview", "at a news conference", "on Twitter") end
// an open content: PolNeAR spans the content up to the preposition. Not
// after a participle, nor in a "will" content (the event's own place), nor
// for a noun that modifies another ("email server") or another's document.
TEST(AttributionFinder, VenueAdjunctEndsContent) {
  EXPECT_THAT(One("The senator criticized the housing bill in a radio "
                  "interview on Tuesday."),
              ::testing::HasSubstr("[CUE criticized] [CLAIM the housing "
                                   "bill] "));
  EXPECT_THAT(One("The coach praised his young goalkeeper at a news "
                  "conference in Leeds."),
              ::testing::HasSubstr("[CLAIM his young goalkeeper] "));
  EXPECT_THAT(One("The farmer said the drought had ruined his crop during "
                  "an appearance on the evening show."),
              ::testing::HasSubstr("[CLAIM the drought had ruined his "
                                   "crop] "));
  EXPECT_THAT(One("The minister defended the new tax on Twitter."),
              ::testing::HasSubstr("[CLAIM the new tax] "));
  EXPECT_THAT(One("The mayor criticized the remarks he made in an interview "
                  "with the paper."),
              ::testing::HasSubstr("[CLAIM the remarks he made in an "
                                   "interview with the paper] "));
  EXPECT_THAT(One("The union said members will protest at a rally in the "
                  "capital next week."),
              ::testing::HasSubstr("[CLAIM members will protest at a rally "
                                   "in the capital next week] "));
  EXPECT_THAT(One("The auditor questioned spending on a private email "
                  "server."),
              ::testing::HasSubstr("[CLAIM spending on a private email "
                                   "server] "));
  EXPECT_THAT(One("The lawyer disputed many of the claims in the company's "
                  "letter."),
              ::testing::HasSubstr("[CLAIM many of the claims in the "
                                   "company's letter] "));
}

}  // namespace
}  // namespace claimx
