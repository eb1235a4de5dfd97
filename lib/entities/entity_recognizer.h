// EntityRecognizer: tokens + lexicon matches -> named entities with types,
// canonical names, titles and mention chains.
//
// Rules over the token stream and the shared PhraseLexicon matches; every
// list is data (data/entities_*.tsv, data/gazetteer_*.tsv, data/outlets.tsv
// and ICU's region names), read through these lexicon types:
//   entity          phrase of a known name:
//   type=PERSON|ORG|GPE|LOC|NORP|FAC|EVENT,
//                   canonical=..., outlet=1 (news organizations and agencies)
//   entity_title    kind=honorific|head|mod: titles kept out of a PERSON span
//   entity_head     type=...: a word that types the name it is in (Ministry,
//   Bank, River) given_name      evidence for PERSON name_connector  lower-case
//   words inside ORG/place names (of, for, and, &) name_particle   lower-case
//   words inside person names (de, van, bin) not_name        capitalized words
//   that do not start a name (Monday, However) entity_context
//   role=person_after|place_before|org_before: hints for unknown names
//   no_entity       phrase that names nothing when a name is exactly it
//                   (PC, Windows, Federal funds); longer names hold it
//   entity_word     in=article|site_after|said_verb|said_person|
//                   party_possessive|brand_verb|elliptic_before|
//                   reports_next|it_adverb|it_verb|hyphen_suffix|
//                   hyphen_prefix: the word lists of the rare rules
//
// Evidence, in order: capitalized token runs (within a sentence and a line;
// sentence-initial common words dropped; title-case headings and all-caps
// lines trusted only for lexicon names and names seen in the body), exact
// lexicon names, titles (split off, recorded in Entity::title), name heads,
// given names and context words. Mention chains link a later mention to the
// first full mention: a surname to the person, "the Post" to "The New York
// Post", an acronym to its expansion ("World Health Organization (WHO)").
//
// Immutable after Create; Recognize is const and thread-safe (its scratch
// buffers are thread-local).
#ifndef CLAIMX_LIB_ENTITIES_ENTITY_RECOGNIZER_H_
#define CLAIMX_LIB_ENTITIES_ENTITY_RECOGNIZER_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "claimx/types.h"
#include "entities/name_tagger.h"
#include "lexicon/phrase_lexicon.h"
#include "tokenize/tokenizer.h"

namespace claimx::internal {

class EntityRecognizer {
 public:
  // Reads the entity-related entries of `lexicon` (compiled with
  // `tokenizer`). InvalidArgument names the entry's origin for a bad
  // type=/kind=/role= attribute.
  static absl::StatusOr<EntityRecognizer> Create(const PhraseLexicon& lexicon,
                                                 const Tokenizer& tokenizer);

  // Appends the entities of one document to *out, in text order.
  // `word_ids` and `phrases` are PhraseLexicon::MapTokens and MatchPhrases of
  // `tokens` (same lexicon): one-word entries are read through a per-word
  // table built at Create, so this stage never walks them match by match.
  // Tokens inside DATE/DURATION `quantities` are never part of a name.
  // Work is sparse: names start only at capitalized words, which this stage
  // finds through `tokens.folded` (every word with a capital has a folded
  // form) and their lines through `tokens.marks`; what the per-word table
  // says about any other token is read only when a rule asks.
  void Recognize(std::string_view text, const TokenStream& tokens,
                 const std::vector<uint32_t>& word_ids,
                 const std::vector<LexiconMatch>& phrases,
                 const std::vector<Quantity>& quantities,
                 std::vector<Entity>* out) const;

  // Off: every run takes the general rules (Run::Classify), none the
  // fast paths that answer the common shapes of run directly. The output
  // is the same either way; tests compare the two.
  void SetFastPathsForTesting(bool on) { fast_paths_ = on; }

  // Options::entity_model_file: a trained tagger whose spans replace the
  // rules' candidates before mention chains and canonical names (null: the
  // rules alone). The tagger reads the rules' own output as a feature.
  void SetTagger(std::shared_ptr<const NameTagger> tagger) {
    tagger_ = std::move(tagger);
  }

  // Per lexicon entry: what it means to this stage.
  enum class Role : uint8_t {
    kNone,
    kEntity,
    kTitleHonorific,
    kTitleHead,
    kTitleMod,
    kHead,
    kGivenName,
    kConnector,
    kParticle,
    kNotName,
    kPersonAfter,
    kPlaceBefore,
    kOrgBefore,
    kMinor,
    kOrgNoun,
    kTeamVerb,
    kScoreWord,
    kWorkBefore,
    kTeamTitle,
    kNoEntity,
  };
  struct EntryInfo {
    Role role = Role::kNone;
    EntityType type = EntityType::kOrg;
    bool outlet = false;
    bool country = false;  // a country (ICU region or country=1): LOC as a team
    bool party = false;  // party=1: a party's members (Tories), ORG after "the"
    bool contest =
        false;  // entity_head contest=1: a sports event's head (Open)
    // entity_head nickname=1: a club's plural nickname (Tigers), a head only
    // after its town's name.
    bool nickname = false;
    // entity_head legal=1: a legal form (Ltd, AG, BV), which ends the name
    // it follows ("Veldman Holding BV of the Netherlands").
    bool legal = false;
    // entity_head club=1 (United, Rovers; a nickname too): a two-word name
    // of a town and this head is a club, which the town alone names in the
    // same text ("Leeds United" ... "Leeds, who had won"). entity club=1: a
    // town whose club goes by its name ("Liverpool"), ORG in a sports story.
    bool club = false;
    // entity_head surname=1 (Park, Hall, Lake): a head that is also a common
    // surname, so a given name right before it names a person ("Grace
    // Park"); before another place's or site's head, a given name names the
    // place ("Marion County", "Victoria Falls", "George Street").
    bool surname = false;
    // entity_head paper=1 (Times, Guardian; outlet=1 too): a newspaper's
    // title word, which names the paper alone after "the" in a reporting
    // context ("told the Guardian", "the Times reported").
    bool paper = false;
    // entity_head venue=1 (Centre, Center): a venue's word before it
    // (entity_word in=venue_word) makes the name a site, FAC.
    bool venue = false;
    // entity apart=1 on a NORP (Islamist): a group's descriptor no body's
    // name holds; before a body's name it stays apart from it ("the
    // Islamist Welfare Party": NORP, then ORG).
    bool apart = false;
    // entity person=1 on a NORP (Spaniard, Frenchman): a demonym naming one
    // person, so a capitalized word right after it is that person's name
    // ("Frenchman Lacombe won").
    bool person = false;
    // entity branches=1 on an ORG (Red Cross, Labour, Communist Party): a
    // body whose national branches put a nationality before its name, so
    // after one the two words are one name ("the Philippine Red Cross",
    // "Scottish Labour"); before any other known body a nationality stays
    // apart ("the Norwegian Statoil").
    bool branches = false;
    // entity feature=1 on an ORG or a GPE (Amazon, Mississippi): a name a
    // river or a region also goes by, which it names after "the" or "the"
    // and a nationality, before no lower-case noun ("across the Amazon",
    // "the Brazilian Amazon", "the Mississippi rose"; not "the Amazon
    // deal", "the Mississippi legislature").
    bool feature = false;
    // entity_title case=exact: a lower-case title that marks a person only
    // as written ("actors Ada Obi"; not the "Actors" of "Screen Actors
    // Guild").
    bool lower_only = false;
    // entity case=mixed: a one-word name never in capitals ("Parliament",
    // not a heading's "PARLIAMENT").
    bool not_upper = false;
    uint32_t cap_mask =
        0;  // phrase token k is capitalized: text token k must be
    uint32_t upper_mask =
        0;               // phrase token k is all caps: text token k must be
    uint32_t extra = 0;  // not_name: date=1 / modifier=1 / noun=1 bits
    std::string canonical;
  };
  // The fields of EntryInfo the rules read per candidate, 4 bytes an entry
  // (EntryInfo is 48 with its canonical string: its table does not stay in
  // cache between documents, this one does).
  struct EntryBrief {
    EntityType type = EntityType::kOrg;
    // (Bits: no default initializers in C++17; every brief is built
    // whole, or value-initialized to all false.)
    bool outlet : 1;
    bool country : 1;
    bool has_canonical : 1;
    bool party : 1;
    bool contest : 1;
    bool nickname : 1;
    bool legal : 1;
    bool club : 1;
    bool surname : 1;
    bool paper : 1;
    bool apart : 1;
    bool venue : 1;     // entity_head venue=1: a venue_word before it, a site
    bool person : 1;    // entity person=1: a NORP naming one person (Swede)
    bool branches : 1;  // entity branches=1: national branches (Red Cross)
    bool feature : 1;   // entity feature=1: a river's name too (Amazon)
  };
  static_assert(sizeof(EntryBrief) <= 4, "EntryBrief: 4 bytes an entry");
  // What a word's one-word entries mark on a token, for each case class
  // (Token::flags & 3: bit 0 capitalized, bit 1 all caps), precomputed at
  // Create from the entries' roles and case constraints. 8 bytes, so that the
  // two common classes' tables (lower case, capitalized) stay in L1/L2.
  struct WordMarks {
    // Per-token bits (given name, connector, ...) in the low bits; the
    // title kind (0 none, 1 head title, 2 honorific) in bits 30-31 and
    // kHasHead in bit 29.
    uint32_t bits = 0;
    uint32_t entity = 0xFFFFFFFFu;  // entity entry, or none
  };
  // Word ids of "its" and of the words that end Run::ItsAfter's window
  // (kItsStops in the .cc), when the lexicon knows all of them; otherwise
  // `known` is false and ItsAfter compares bytes. When known, the words'
  // WordMarks (every case class) also carry kItsWord / kItsStop, so that
  // ItsAfter reads one table entry per word instead of comparing ids.
  struct ItsWords {
    bool known = false;
    uint32_t its = 0xFFFFFFFFu;
    std::array<uint32_t, 15> stops{};
  };
  // Word ids of the words Run::ItAfter asks of every name it is called for
  // ("said it"), when the lexicon knows all of them; otherwise `known` is
  // false and ItAfter compares bytes. (What follows "it" is asked rarely,
  // by bytes: some of those verbs are no lexicon word.)
  struct ItWords {
    bool known = false;
    std::array<uint32_t, 4> said{};     // said, says, added, announced
    uint32_t on = 0, that = 0, it = 0;  // "said on Friday that it"
    uint32_t and_word = 0;              // "and" (IsAnd)
    uint32_t the_word = kNoWord, for_word = kNoWord;  // PortfolioJoinThe
    uint32_t of_word = kNoWord;                       // LegislatorOf
    uint32_t to_word = kNoWord;                       // PlacePrepBefore
    uint32_t from_word = kNoWord;                     // ResidentsFrom
    uint32_t at_word = kNoWord;  // FindRuns (a university's campus)
    // The first two words (by id) of entity_word in=portfolio_of ("of",
    // "for"): the one-word fast path's test before a portfolio's walk.
    std::array<uint32_t, 2> portfolio_of{kNoWord, kNoWord};
    // Word ids, sorted, of the one-word plurals the lexicon lists as
    // anonymous sources (source_noun kind=anonymous: "underwriters",
    // "growers"): opening a sentence before "said", no name.
    std::vector<uint32_t> plural_sources;
    // Word ids, sorted, of the one-word currencies of the quantities
    // lexicon (q_cur: "dollar", "yen"): after a place's name they end it
    // ("the U.S. Dollar").
    std::vector<uint32_t> currencies;
    // Word ids, sorted, of the one-word labels of the quantities lexicon
    // (q_label: "Gate", "Flight", "Route"): a number right after one is its
    // label, and the word alone names nothing ("Gate 12").
    std::vector<uint32_t> labels;
    // Word ids, sorted, of the title modifiers that are adjectives
    // (entity_title kind=mod;adjective=1: New, Interim, Former, Deputy):
    // alone before a lower-case title they name nothing ("Interim coach
    // Ann Roe"), unlike a portfolio's ("Treasury secretary").
    std::vector<uint32_t> title_adjectives;
    // Word ids, sorted, of the sports roles that are also offices
    // (entity_context role=team_title;office=1: manager, boss, captain):
    // one word opening a sentence before one names a club only in a sports
    // report ("Plant manager Ann Roe" names none).
    std::vector<uint32_t> office_team_titles;
    // Word ids, sorted, of entity_word in=org_adjective (National, Royal):
    // a name of unknown words opening with one is an ORG by default.
    std::vector<uint32_t> org_adjectives;
    // Word ids, sorted, of entity_word in=state_body (Ministry, Guard): a
    // nationality before a name holding one stays apart from it.
    std::vector<uint32_t> state_bodies;
    // Word ids, sorted, of entity_word in=goal_noun (goal, header): a
    // one-word name after one and "from"/"by", or before its 's, scored it.
    std::vector<uint32_t> goal_nouns;
    // Word ids, sorted, of entity_word in=headline_break (OF, BUYS, UNIT):
    // a heading's firm before its ticker starts after one.
    std::vector<uint32_t> headline_breaks;
    // Word ids, sorted, of entity_word in=person_possession (widow,
    // funeral): the one-word name before an 's and one is a person's.
    std::vector<uint32_t> person_possessions;
    // Word ids, sorted, of entity_word in=rating_cue (rated, downgraded,
    // Moody): a grade's letters in their sentence name nothing ("BBB").
    std::vector<uint32_t> rating_cues;
    // Word ids, sorted, of entity_word in=date_before (on, last, since), in=
    // paper_cue (newspaper, reported), in=auxiliary (had, was), in=told_on
    // (that, about) and in=listed_at (at, near): see their bits in the .cc.
    std::vector<uint32_t> date_befores, paper_cues, auxiliaries, told_ons,
        listed_ats;
    // Word ids, sorted, of entity_word in=place_noun (town, village) and
    // in=place_noun_next (of, near): a place's appositive after a name.
    std::vector<uint32_t> place_nouns, place_noun_nexts;
    // Word ids, sorted, of entity_word in=legislator (Sen., congressman).
    std::vector<uint32_t> legislators;
    // Word ids, sorted, of entity_word in=venue_word (Space, Medical,
    // Convention): before a venue head, a site.
    std::vector<uint32_t> venue_words;
    // Word ids, sorted, of entity_word in=place_prep (at, from, between):
    // a name no entry knows after a bare one is a place by default.
    std::vector<uint32_t> place_preps;
    // A bit per word id, set for entity_word in=town (Kettering,
    // Horncastle): a one-word name no rule finds evidence for is a place by
    // default.
    std::vector<uint64_t> town_bits;
    // Word ids, sorted, of entity_word in=place_opener (San, Jalan): a name
    // of unknown words opening with one is a place by default; so for a
    // site's names (site_opener: Plaza, Rue) and a natural feature's
    // (land_opener: Cerro, Loch). opener_types: each one's type, GPE, FAC or
    // LOC.
    std::vector<uint32_t> openers;
    std::vector<EntityType> opener_types;
    // Word ids, sorted, of entity_word in=branch_word (Local, Lodge): after
    // a body's name, the number after one is the name's.
    std::vector<uint32_t> branch_words;
    // Word ids, sorted, of entity_word in=ship_prefix (HMS, USS): a name
    // opening with one is a ship's, no entity.
    std::vector<uint32_t> ship_prefixes;
    // Word ids, sorted, of entity_word in=eponym_noun (disease, syndrome):
    // a name before its 's and one names nothing.
    std::vector<uint32_t> eponym_nouns;
    // Word ids, sorted, of entity_word in=person_in (faith, starred): a
    // given name after one and "in" is no town.
    std::vector<uint32_t> person_in_words;
    // Word ids, sorted, of entity_word in=the_place_prep (to, on, into): one
    // unknown word after one and "the" is a place by default.
    std::vector<uint32_t> the_place_preps;
    // Word ids, sorted, of entity_word in=club_before (fans, played): a
    // town after one (and "of" or "for") is its club.
    std::vector<uint32_t> club_befores;
    // Word ids, sorted, of entity_word in=foreign_connector (und, et, e,
    // pour, fuer): it joins a body's name words on its own.
    std::vector<uint32_t> foreign_connectors;
    // Word ids, sorted, of entity_word in=vote_word (ruling, voted,
    // decision): a number pair beside one is a vote's split, no score.
    std::vector<uint32_t> vote_words;
    // Word ids, sorted, of entity_word in=river_cue (flooding, downstream,
    // tributary): in its sentence, one unknown word after "the" is a
    // river's.
    std::vector<uint32_t> river_cues;
    // Their ids' low 8 bits as a set (a quick no for most words before
    // the search: RiverAfterThe reads a sentence's words).
    uint64_t river_bloom[4] = {0, 0, 0, 0};
    // The rare rules' word lists (lexicon type entity_word, in= the rules
    // that read the word): WordBit bits (in the .cc) per word id + 1, entry 0
    // (kNoWord + 1 wraps to it) none.
    std::vector<uint32_t> cues;
    // in=hyphen_suffix / hyphen_prefix: a compound's part that is no given
    // name ("Kenya-born", "Pro-Kremlin"), folded and sorted (parts of a
    // token, so no word ids).
    std::vector<std::string> hyphen_suffixes, hyphen_prefixes;
    // in=place_suffix: the part after a compound's hyphen that makes the
    // part before it a place ("based", "listed"), folded and sorted.
    std::vector<std::string> place_suffixes;
    // The one-word names of peoples and countries (entity type=NORP, or a
    // country), folded and sorted: a compound of them ("German-US",
    // "Israeli-Palestinian") names a relation, no firm.
    std::vector<std::string> nation_words;
    // Every entity entry of up to three words, keyed by its words' plain
    // folded forms joined by spaces, with its entry (the later of two
    // entries with one key): a compound's part before its hyphen that is a
    // known name ("NATO-led", "Fianna Fail-led") is that name. (By string,
    // not word ids: the part is inside a token.)
    absl::flat_hash_map<std::string, uint32_t> compound_names;
    // Bit (id + 1) % kWorkFilterBits is set for each word id whose
    // WordMarks carry kBWorkBefore ("film", "novel") in some case class:
    // FindRuns asks the word before every run start, and a clear bit (all
    // but a few words) answers without reading its scattered table entry.
    static constexpr uint32_t kWorkFilterBits = 4096;
    std::array<uint64_t, kWorkFilterBits / 64> work_filter{};
    // The same for the words SportDocument counts (kBScoreWord,
    // kBTeamVerb, kBTeamTitle: "goalless", "beat", "striker"): it reads
    // the table entry of those words only, not of every token.
    std::array<uint64_t, kWorkFilterBits / 64> sport_filter{};
  };
  static constexpr uint32_t kItsWord = 1u << 24;  // WordMarks::bits: "its"
  static constexpr uint32_t kItsStop = 1u << 25;  // ends ItsAfter's window
  // WordMarks::bits: the word never starts a name by itself (Run::Mark
  // leaves it out of the run starts). In the place of a per-token bit that
  // lives in the run's token state only (kBCap in the .cc), so that it
  // never meets one.
  static constexpr uint32_t kNoStart = 1u << 22;
  // WordMarks::bits: a one-word no_entity entry fits the case class ("PC"):
  // Run::Mark notes that the document holds one, and only then does
  // Run::DropNoEntity look at the candidates. (In the place of a per-token
  // bit of the token state only, kBTitlePhraseEnd in the .cc.)
  static constexpr uint32_t kNoEntityWord = 1u << 23;
  static constexpr uint32_t kTitleShift = 30;
  static constexpr uint32_t kHasHead = 1u << 29;  // see word_heads_
  static constexpr uint32_t kTokenBits = kHasHead - 1;

 private:
  std::vector<EntryInfo> info_;  // indexed by lexicon entry id
  std::vector<uint8_t>
      roles_;  // info_[i].role != kNone, dense for the match loop
  std::vector<EntryBrief> brief_;  // same index as info_
  // Indexed by case class * marks_stride_ + word id + 1; entry 0 of each
  // plane (kNoWord + 1 wraps to it) marks nothing. One plane per class:
  // running text reads two planes of 8-byte entries.
  std::vector<WordMarks> word_marks_;
  std::vector<uint32_t> word_heads_;  // same index: entity_head entry, if
                                      // WordMarks::bits has kHasHead
  uint32_t marks_stride_ = 0;
  ItsWords its_words_;
  ItWords it_words_;
  bool fast_paths_ = true;
  std::shared_ptr<const NameTagger> tagger_;
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_ENTITIES_ENTITY_RECOGNIZER_H_
