// QuantityParser: tokens + lexicon matches -> Document::quantities.
//
// Finds every number a news story uses and normalizes it: cardinals (digits
// with separators, scales such as "2.5 million" / "4bn", spelled-out numbers,
// fractions), modifiers ("more than", "about"), ranges, percent and
// percentage points, money (symbols, ISO 4217 codes checked against ICU's
// currency list, currency words), measurements with canonical unit symbols,
// ordinals, dates (absolute and relative, resolved against the document
// date when one is given), durations (ISO 8601) and counted nouns
// ("40 detainees" -> unit "detainees"; the span covers the noun, as in the
// schema of DESIGN.md). Conventions: an age is a DURATION with unit "age"
// ("5 years old" -> P5Y); a standalone sub-unit amount keeps the sub-unit
// ("470 pence" -> 470, unit "GBP pence"), a compound one is converted
// ("13 dollars and 45 cents" -> 13.45 USD); "in 2 weeks" is a DATE (modifier
// "in"); two dates joined by to/-/through/until make a RANGE whose
// value_text is the ISO 8601 interval "start/end"; "50 or more" carries
// modifier at_least, "more than 10 and less than 40" is a RANGE.
//
// All words (number words, scales, units, currencies, modifiers, months,
// weekdays, exclusion cues) are data in data/quantities.tsv, entry types
// "q_*", matched by the shared PhraseLexicon; RE2 only reads the shapes of
// numeric tokens (1,214 · 21st · 2026-02-03 · 1/2) and phone numbers.
//
// Not quantities (skipped on purpose): phone numbers; numbers that name a
// thing (Boeing 737, Route 66, version 2, No. 10; G7 and COVID-19 are single
// word tokens and never parsed); version strings with two dots (3.1.4);
// street addresses (10 Downing Street); scores "2-1" where the first number
// is larger (tables and results); a bare "10:30" or "3:16" with no am/pm and
// no "at"/"from"/"until"... before it.
//
// Periodic times (sets) are DURATIONs with modifier "every": "every two
// weeks" -> P2W, "weekly" -> P1W; "every Monday" is a DATE XXXX-WXX-1 with
// modifier "every". Quarters and halves are DATEs "2019-Q1" / "2019-H2";
// centuries "14" (ISO 8601: the 15th century); holidays resolve to their day
// (movable feasts by rule: Easter, Thanksgiving ...) in the stated or the
// document year. "three days later" / "two weeks before Christmas" are DATEs;
// the first keeps its text as value (its anchor is in the story).
//
// Clock times are DATEs "Thh:mm" ("5 p.m." -> T17:00), joined to the day next
// to them ("tomorrow at 8am" -> 2026-02-13T08:00, "Monday at 6:30 am" ->
// XXXX-WXX-1T06:30); "from 9am to 5pm" / "7 to 10pm" is a RANGE
// "T09:00/T17:00". A time zone after a clock time is in its span ("1300
// GMT", "10 London time"; the value keeps the clock's time), so a day after
// the zone joins it ("04:12 GMT on Monday" -> XXXX-WXX-1T04:12). Race times
// are DURATIONs ("2:04:31" -> PT2H4M31S, "1:52.87" -> PT1M52.87S).
//
// Immutable after Create; Parse is const and thread-safe (no RBNF objects:
// spelled-out numbers are read with a table-driven grammar).
#ifndef CLAIMX_LIB_QUANTITIES_QUANTITY_PARSER_H_
#define CLAIMX_LIB_QUANTITIES_QUANTITY_PARSER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "claimx/types.h"
#include "lexicon/phrase_lexicon.h"
#include "tokenize/tokenizer.h"

namespace re2 {
class RE2;
}

namespace claimx::internal {

// What a q_* lexicon entry means to the parser.
enum class QRole : uint8_t {
  kNone,
  kNum,
  kOrd,
  kDen,
  kConn,
  kSign,
  kPct,
  kCur,
  kUnit,
  kMod,
  kVague,
  kMonth,
  kWeekday,
  kTime,
  kShift,
  kDayword,
  kAgo,
  kDurmod,
  kDatemod,
  kYearprep,
  kRangew,
  kLabel,
  kStreet,
  kClock,
  kStop,
  kPlural,
  kChange,
  kPostmod,
  kDaypart,
  kSeason,
  kDatepost,
  kHoliday,
  kQuarter,
  kEvery,
  kSet,
  kFewtime,
  kName,
  kAdj,
  kYearNoun,
  kCount,
  kPeriodAdj
};

struct QEntry {
  QRole role = QRole::kNone;
  double v = 0;       // numeric value (v=, m=, d=, s=, off=, n=)
  double factor = 1;  // currency sub-unit factor (cents)
  std::string s;      // k= for numbers, code=, sym=, mod=, p=, r=, unit=
  std::string dim;    // unit dimension
  std::string
      sub;  // currency sub-unit name ("cent"): standalone amounts keep it
  std::string cur;      // q_unit: the currency the word also names ("pounds":
                        // GBP), chosen from context (QuantityRun::UnitIsMoney)
  bool attach = false;  // only directly after a digit, no space
  bool lead = false;    // q_unit that also stands before its number
                        // ("magnitude 7.1"): a number right after it is its
                        // own, not one before it ("two magnitude 5 quakes")
  bool abbr = false;    // scale abbreviation: only after a numeral; a month's
                        // bare short form that is a given name ("Jan")
  bool den = false;     // ordinal that can be a fraction denominator
  bool approx = false;  // modifier marks an estimate
  bool value_cmp = false;  // modifier compares values ("higher than"): no
                           // modifier of a date ("higher than a year ago")
  bool article = false;    // q_num with k=article ("a", "an")
  bool amb =
      false;  // month or weekday that is also a common word (may, march, sun)
  bool given = false;  // month that is also a given name (April, June): the
                       // given-name gazetteer lists it
  bool plural = false;
  bool time = false;               // time-of-day unit (hours, minutes)
  bool pre = false, post = false;  // currency position
  // Holidays (q_holiday): fixed month/day, or the nth (-1: last) weekday `wd`
  // of month `month`, or Easter (easter); `off` days after that day.
  int8_t month = 0, day = 0, wd = 0, nth = 0;
  bool easter = false;
  int16_t off = 0;
};

// Per-thread scratch buffers of Parse, owned by the Workspace (lib/model.h)
// and reused across documents so that Parse does not allocate per call.
// The per-token and bit-word buffers are Parse-filled vectors: resize
// leaves new elements unset (Parse writes every one it reads), instead of
// zeroing them only to overwrite them.
struct QuantityScratch {
  template <typename T>
  using Filled = std::vector<T, DefaultInitAllocator<T>>;
  struct Hit {
    uint32_t begin, end;
    const QEntry* q;
  };
  std::vector<uint8_t> used;   // per token: already part of a quantity
  Filled<uint64_t> roles;      // per token: bit r set if a match of QRole r
                               // starts there (Get rejects in one test)
  std::vector<Hit> list;       // q_* phrase matches (2+ tokens) by first token;
                               // one-word entries come from the per-word table
  Filled<uint64_t> phrase_at;  // bit per token: an entry of list
                               // begins there (found by binary search)
  Filled<uint64_t> phrase_end;  // bit per token j: an entry of list
                                // ends there (one-word matches ending
                                // at j are token j - 1's: its roles)
  // Bit i of word i / 64: token i may start a quantity (see
  // QuantityRun::MayStart), computed for all tokens at once so that the main
  // loop visits only these (about one token in ten).
  Filled<uint64_t> may_start;
  Filled<uint64_t> dash;   // bit per token: a word holding a '-', or a
                           // token whose folded form holds one
  Filled<uint64_t> gated;  // bit per token: a word with kGatedBit
                           // (articles, "this", "may"), read by the
                           // constructor's gated-word pass
  // Test only: every token is a candidate and Step runs every rule family
  // there (no may_start filter, no StartsAt / LoneArticle / NoTimeAt /
  // PlainNumberNoDate / WordNoDate gate). The gates claim to change no
  // output; quantities_test compares the two runs.
  bool all_rules = false;
  // The word ids with the ids of the rule words the lexicon lacks (see
  // QuantityParser::rule_words_); filled only when some are missing.
  std::vector<uint32_t> rule_ids;
};

// A clock time token, "10:30", "8am", "8:45pm", "11:40a": true when all of
// `t` matches (\d{1,2})(?:[:.](\d{2}))?(?i)([ap]m?)? (read by hand: it runs
// on every number token); sets *hour, and *minutes / *half to the groups
// (empty when absent). Views into `t`.
bool ReadClockToken(std::string_view t, int* hour, std::string_view* minutes,
                    std::string_view* half);

// A race time token: hours, minutes and seconds ("2:04:31", "2:04:31.5") or
// minutes and seconds with a fraction ("1:52.87", "27:43.2"); "3:16" is
// neither. Sets *hours (0 when absent), *minutes and *seconds (a view of the
// seconds' digits, "52.87"). Minutes after hours and seconds are below 60.
bool ReadRaceTime(std::string_view t, int* hours, int* minutes,
                  std::string_view* seconds);

// An ordinal number token, "21st", "3RD", "1000th": true when all of `t`
// matches (\d+)(?i)(st|nd|rd|th) and the digits fit an int, as RE2's full
// match with an int argument reads it (including the case folding that lets
// U+017F, long s, stand for the s); sets *v then. Read by hand: the dates
// ask it of every day-of-month candidate.
bool ReadOrdinalToken(std::string_view t, int* v);

// The value of digits with an optional decimal point ("1234", "3.25",
// ".5"), equal to absl::SimpleAtod's. Up to 15 digits the mantissa and the
// power of ten are exact doubles, so one division is correctly rounded and
// gives the same double as the full conversion (which longer strings take).
double DigitsValue(std::string_view s);

class QuantityParser {
 public:
  // Reads entries whose type starts with "q_" (already compiled into
  // `lexicon`) and ICU's list of ISO 4217 codes.
  static absl::StatusOr<QuantityParser> Create(const PhraseLexicon& lexicon);

  QuantityParser();  // empty: finds nothing; use Create
  QuantityParser(QuantityParser&&) noexcept;
  QuantityParser& operator=(QuantityParser&&) noexcept;
  ~QuantityParser();

  // Appends the quantities of `text` to *out, in text order. `word_ids` and
  // `phrases` are PhraseLexicon::MapTokens and MatchPhrases of `tokens` (the
  // one-word q_* entries come from a per-word table built at Create); `date`
  // is the document date (YYYY-MM-DD) or empty. `scratch` is reused across
  // calls (one per thread). `tokens` is Tokenizer::Tokenize's: its list of
  // numeric tokens (TokenStream::numeric) is where numbers are looked for.
  void Parse(std::string_view text, const TokenStream& tokens,
             const std::vector<Sentence>& sentences,
             const std::vector<uint32_t>& word_ids,
             const std::vector<LexiconMatch>& phrases, std::string_view date,
             QuantityScratch* scratch, std::vector<Quantity>* out) const;

 private:
  friend class QuantityRun;
  std::vector<QEntry>
      by_entry_;             // per PhraseLexicon entry; role kNone if not q_*
  std::vector<QRole> role_;  // by_entry_[i].role, compact for the hot loop
  // The one-word q_* entries of each word id, in Match() order: those of
  // word w are single_[word_single_[w]] up to single_[word_single_[w + 1]];
  // index vocabulary_size() stands for kNoWord (none).
  std::vector<uint32_t> word_single_;
  std::vector<const QEntry*> single_;
  // single_[k]->role, side by side: the scans for a role read this compact
  // array instead of the QEntry of every candidate, which sit far apart in
  // by_entry_ (one per entry of every lexicon) and miss the cache.
  std::vector<QRole> single_role_;
  // Role bits per word id, at index id + 1 (kNoWord + 1 wraps to 0: the
  // slot of tokens without a word id, so a look-up needs no clamp).
  std::vector<uint64_t> word_roles_;
  // Set in word_roles_ (above the role bits) for the words that start a
  // quantity only with the right token after them, which the constructor
  // tests before they become candidates (QuantityRun::GatedStartFails):
  // articles (the word's first q_num entry is one: "a", "an") and the date
  // words StartsAt gates by the next token (a shift word such as "this", a
  // month that is also a common word, "now").
  static constexpr uint64_t kGatedBit = uint64_t{1} << 63;
  // Set in word_roles_ when one of the word's roles can start a quantity
  // (QuantityRun::StartRoles), so that the per-token pass reads it with a
  // shift.
  static constexpr uint64_t kStartBit = uint64_t{1} << 62;
  // Set in word_roles_ when the word is one the rules test by identity (a
  // QWord in the .cc: "of", "to", "-"): a token whose role bits are all
  // clear then has no q_* match and is no rule word (QuantityRun::Neutral).
  static constexpr uint64_t kRuleWordBit = uint64_t{1} << 61;
  // Set in word_roles_ for the rule words that join a number or date to
  // what follows ("to", "-", "and", "of", "past", "in" ...: kJoinWords in
  // the .cc), a subset of kRuleWordBit's (QuantityRun::Unjoined).
  static constexpr uint64_t kJoinWordBit = uint64_t{1} << 60;
  static_assert(static_cast<unsigned>(QRole::kCount) < 60,
                "role bits stay below the word bits");
  // Single-word q_* entries by folded form, for parts of hyphenated tokens
  // and of compact dates ("mid-March", "FY2019"): an open-addressing table
  // keyed by the first 8 bytes and the length (the bytes after the first 8
  // are in word_tails_), so that a look-up hashes no string.
  struct FormSlot {
    uint64_t head = 0;            // first 8 bytes, little-endian, zero-padded
    uint32_t length = 0;          // 0: empty slot
    uint32_t tail = 0;            // offset of bytes 8.. in word_tails_
    uint32_t first = 0, end = 0;  // its entries: form_entries_[first, end)
    uint64_t roles = 0;           // role bits of those entries
  };
  const FormSlot* FindForm(std::string_view w) const;
  std::vector<FormSlot> form_slots_;  // power-of-two size
  int form_shift_ = 64;               // 64 - log2(form_slots_.size())
  std::vector<const QEntry*> form_entries_;
  std::string word_tails_;
  // Each form of form_slots_ is a word of the lexicon whose word id has
  // the form's roles (checked at Create): FindForm of a whole token's form
  // finds a role only if the token's role bits hold it.
  bool forms_have_ids_ = false;
  // ISO 4217 codes (ICU's list): those of three letters A-Z as bits of
  // (c0 * 26 + c1) * 26 + c2, any other in iso_other_ (none today).
  bool IsIsoCode(std::string_view t) const;       // inline in the .cc
  bool IsOtherIsoCode(std::string_view t) const;  // iso_other_, out of line
  std::vector<uint64_t> iso_bits_;
  // Word id of each word the rules test by identity (QWord in the .cc).
  RuleWordIds rule_words_;
  // Per word id (index vocabulary_size(): kNoWord): bits of the word
  // classes the rules read as context, not as parts of a quantity:
  // kSpeechVerb, a finite speech verb of the cue lexicon ("said", "tells"),
  // and the topics of data/quantities.tsv's q_topic entries (k=money:
  // "cost", "paid"; k=business: "profit", "sales"; k=sport: "possession",
  // "scored"; k=mass: "weighs", "capacity"; k=report: "profits",
  // "results"; k=tender: "note", "coin", a piece of money the unit before
  // it names, "a 10-pound note"; k=superlative: "lowest", "first", before
  // "in 15 years", a span back from now, not a date ahead; k=maturity:
  // "due", "maturing", before a bond's date, which is no anchor of a month's
  // year; k=after_half: "were", "voted", "in", a word that may follow a bare
  // "half" of a group; k=over_before / k=over_after: "for", "well" before
  // "over" and "ago" after its time span, which make "over" a bound, "more
  // than", and not "during").
  enum WordClass : uint16_t {
    kSpeechVerb = 1,
    kMoneyTopic = 2,
    kSportTopic = 4,
    kMassTopic = 8,
    kBusinessTopic = 16,
    kReportTopic = 32,
    kTenderTopic = 64,
    kSuperlativeTopic = 128,
    kMaturityTopic = 256,
    kAfterHalf = 512,
    kOverBefore = 1024,
    kOverAfter = 2048,
  };
  std::vector<uint16_t> word_class_;
  absl::flat_hash_set<std::string> iso_other_;
  std::unique_ptr<re2::RE2> ordinal_, fraction_, iso_date_, slash_date_,
      decade_, phone_, code_num_, version_;
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_QUANTITIES_QUANTITY_PARSER_H_
