#include "attribution/attribution_finder.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>
#include <unordered_set>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/inlined_vector.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "attribution/span_index.h"
#include "text/strings.h"
#include "text/utf8.h"

namespace claimx::internal {

namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

std::string Inflect(std::string_view w, char form) {
  std::string s(w);
  if (s.empty()) return s;
  const char last = s.back();
  const bool cons_y = last == 'y' && s.size() > 1 && !IsVowel(s[s.size() - 2]);
  switch (form) {
    case 's':
      if (cons_y) return s.substr(0, s.size() - 1) + "ies";
      if (EndsWith(s, "s") || EndsWith(s, "x") || EndsWith(s, "z") ||
          EndsWith(s, "ch") || EndsWith(s, "sh") || EndsWith(s, "o")) {
        return s + "es";
      }
      return s + "s";
    case 'd':
      if (cons_y) return s.substr(0, s.size() - 1) + "ied";
      if (last == 'e') return s + "d";
      return s + "ed";
    case 'g':
      if (EndsWith(s, "ie")) return s.substr(0, s.size() - 2) + "ying";
      if (last == 'e' && !EndsWith(s, "ee") && !EndsWith(s, "ye") &&
          !EndsWith(s, "oe") && s.size() > 2) {
        return s.substr(0, s.size() - 1) + "ing";
      }
      return s + "ing";
  }
  return s;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> CueInflections(
    const LexiconEntry& lemma) {
  std::string_view phrase = lemma.phrase;
  size_t sp = phrase.find(' ');
  std::string_view head = phrase.substr(0, sp);
  std::string rest =
      sp == std::string_view::npos ? "" : std::string(phrase.substr(sp));
  auto form = [&](std::string_view key, char rule) {
    std::string_view given = lemma.attr(key);
    if (!given.empty()) {
      // An override may be a whole phrase ("put it") or just the head word.
      if (given.find(' ') != std::string_view::npos) return std::string(given);
      return std::string(given) + rest;
    }
    return Inflect(head, rule) + rest;
  };
  std::vector<std::pair<std::string, std::string>> out;
  out.emplace_back("s", form("s", 's'));
  std::string past = form("past", 'd');
  out.emplace_back("past", past);
  std::string pp = lemma.attr("pp").empty() ? past : form("pp", 'd');
  if (pp != past) out.emplace_back("pp", pp);
  out.emplace_back("ing", form("ing", 'g'));
  return out;
}

void ExpandCueInflections(std::vector<LexiconEntry>* entries) {
  std::vector<LexiconEntry> out;
  out.reserve(entries->size() * 2);
  absl::flat_hash_map<std::string, std::vector<std::string>>
      forms_of;  // lemma -> forms
  for (LexiconEntry& e : *entries) {
    if (e.type == "-") {
      auto it = forms_of.find(Av(e.phrase));
      if (it != forms_of.end()) {
        for (const std::string& f : it->second) {
          LexiconEntry r = e;
          r.phrase = f;
          out.push_back(std::move(r));
        }
      }
      out.push_back(std::move(e));
      continue;
    }
    if (e.type != "cue_verb" && e.type != "cue_carrier") {
      out.push_back(std::move(e));
      continue;
    }
    // An adjective ("critical of") has no verb forms.
    std::vector<std::pair<std::string, std::string>> inflections;
    if (e.attr("adj") != "1") inflections = CueInflections(e);
    // forms=past,ing: only the listed forms are cues ("requested": the base
    // and -s forms are mostly nouns); "past" also admits "pp".
    const std::string_view only = e.attr("forms");
    auto listed = [only](std::string_view name) {
      if (only.empty()) return true;
      if (name == "pp") name = "past";
      for (size_t b = 0; b <= only.size();) {
        size_t c = only.find(',', b);
        if (c == std::string_view::npos) c = only.size();
        if (only.substr(b, c - b) == name) return true;
        b = c + 1;
      }
      return false;
    };
    LexiconEntry base = e;
    base.attrs.emplace_back("lemma", e.phrase);
    base.attrs.emplace_back("form", "base");
    std::vector<std::string>& forms = forms_of[e.phrase];
    for (auto& [name, text] : inflections) {
      if (text == e.phrase) continue;  // "forecast": base and past share a form
      if (!listed(name)) continue;
      LexiconEntry g = base;
      g.attrs.back().second = name;
      g.phrase = text;
      forms.push_back(text);
      out.push_back(std::move(g));
    }
    if (listed("base")) out.push_back(std::move(base));
  }
  *entries = std::move(out);
}

using Role = AttributionFinder::Role;
using Form = AttributionFinder::Form;
using EntryInfo = AttributionFinder::EntryInfo;

namespace {

// Roles whose tokens FindInSentence and ApplyChains act on.
inline bool IsCandidateRole(Role role) {
  return role == Role::kVerb || role == Role::kPrep || role == Role::kNoun ||
         role == Role::kAdverb || role == Role::kChain;
}

// The words and marks the rules test by identity ("to", "who", ","): a test
// is Run::Is(k, Word::kTo), one compare of token k's word id with the id the
// finder looked up at Create (AttributionFinder::rule_words_), instead of a
// compare of its folded bytes. Every word is in the default lexicon's
// vocabulary; the marks (":" ";" "(" ..., which no phrase needs) join it
// as extra words with no entry (VocabularyMarks, PhraseLexicon::Compile).
// A word or mark the lexicon lacks (a user lexicon left it out, or a
// lexicon compiled without the marks) gets an id past the vocabulary, which
// Find gives the tokens of that form in a copy of the word ids (Run::ids_)
// before the rules run.
// clang-format off
enum class Word : uint8_t {
  kA, kAbout, kAfter, kAll, kAlthough, kAmid, kAn, kAnd, kAnother, kAs, kAt,
  kBe, kBecause, kBeen, kBefore, kBeing, kBoth, kBut, kBy, kDespite, kDuring,
  kEach, kFewer, kFor, kFrom, kHer, kHim, kHow, kI, kIf, kIn, kIt, kLeast,
  kLess, kMany, kMe, kMore, kMost, kNews, kOf, kOn, kOnce, kOne, kOr, kOther,
  kOthers, kOver, kPercent, kReleased, kSome, kTaken, kThan, kThat, kThe, kThem,
  kThere, kThough, kTo, kUs, kWe, kWhat, kWhen, kWhere, kWhereas, kWhich,
  kWhile, kWhilst, kWho, kWhom, kWhose, kWhy, kWith, kYet, kYou, kAmpersand, kApostrophe,
  kApostropheS, kComma, kEmDash, kEnDash, kHyphen, kPercentSign, kPeriod,
  kSlash, kColon, kSemicolon, kOpenParen, kCloseParen, kQuestion, kExclamation,
  kBacktick, kDoubleHyphen, kHorizontalBar, kRightQuote, kRightQuoteS,
  kCount
};
// kWordText[w]: the folded form of Word w, in the same order.
constexpr std::string_view kWordText[] = {
  "a", "about", "after", "all", "although", "amid", "an", "and", "another",
  "as", "at", "be", "because", "been", "before", "being", "both", "but", "by",
  "despite", "during", "each", "fewer", "for", "from", "her", "him", "how", "i",
  "if", "in", "it", "least", "less", "many", "me", "more", "most", "news", "of",
  "on", "once", "one", "or", "other", "others", "over", "percent", "released",
  "some", "taken", "than", "that", "the", "them", "there", "though", "to", "us",
  "we", "what", "when", "where", "whereas", "which", "while", "whilst", "who", "whom",
  "whose", "why", "with", "yet", "you", "&", "'", "'s", ",", "\xE2\x80\x94",
  "\xE2\x80\x93", "-", "%", ".", "/", ":", ";", "(", ")", "?", "!", "`", "--",
  "\xE2\x80\x95", "\xE2\x80\x99", "\xE2\x80\x99s",
};
// clang-format on
static_assert(std::size(kWordText) == static_cast<size_t>(Word::kCount));

// The words and marks with kClipBit.
constexpr Word kClipWords[] = {Word::kSemicolon, Word::kWhile,  Word::kWhilst,
                               Word::kAlthough,  Word::kThough, Word::kWhereas,
                               Word::kWho};

// Words that open a contrast clause ("while", "although", "though",
// "whereas"): an open content ends before one after a comma (ClipOpenEnds),
// and one right after a parenthetical cue is a piece of the content unless
// it holds an attribution of its own (ContentTail).
constexpr Word kContrastWords[] = {Word::kWhile, Word::kWhilst, Word::kAlthough,
                                   Word::kThough, Word::kWhereas};

// Subordinators before a clause-initial object participle inside the
// sentence ("..., she said when asked whether ..."): the participle opens a
// sourceless attribution as it does at the start of a clause (VerbCue).
constexpr Word kParticipleSubordinators[] = {
    Word::kWhen,  Word::kAfter,  Word::kOnce, Word::kIf,
    Word::kWhile, Word::kWhilst, Word::kAs};

// Subordinators before an -ing cue that shares the clause's subject
// ("..., before clarifying that ...", "while saying"): sub_ing in VerbCue.
constexpr Word kIngSubordinators[] = {Word::kAfter, Word::kBefore, Word::kWhile,
                                      Word::kWhilst};

// Words that end the agent of a passive cue ("was reported by the agency
// while ..."): the agent scan stops before one (PassiveAgentClaim).
constexpr Word kAgentStopWords[] = {Word::kFor,    Word::kAs,      Word::kOver,
                                    Word::kAfter,  Word::kBecause, Word::kWhile,
                                    Word::kWhilst, Word::kWhen,    Word::kWho,
                                    Word::kWhich,  Word::kDuring};

// Prepositions after which a cue's -s form that is also a noun is that
// plural noun ("amid reports that ...", "hit by comments from"):
// Run::IsAnyOf(i - 1, kNounPrepositions) in VerbCue.
constexpr Word kNounPrepositions[] = {
    Word::kTo,   Word::kOn,    Word::kAmid, Word::kAbout, Word::kDespite,
    Word::kFrom, Word::kIn,    Word::kWith, Word::kBy,    Word::kOf,
    Word::kFor,  Word::kAfter, Word::kOver};

// A form of kWordText that is a mark, not a word: it starts with no letter.
constexpr bool IsMarkForm(std::string_view form) {
  return !(form[0] >= 'a' && form[0] <= 'z');
}

// Per-word flags (AttributionFinder::word_flags_). The four closed-class
// roles only ever mark single words, so their per-token table is the word's
// flags copied for every token: no per-match bookkeeping, nothing to reset.
constexpr uint8_t kBlockerBit = 1, kClauseBit = 2, kContentStartBit = 4,
                  kAdjunctBit = 8;
// An auxiliary or a source noun starts at the token: a one-word entry of the
// word (word_aux_, word_src_), or a phrase (Find sets the bit of its first
// token). Run::LazyHitColumn reads the entry only when the bit is set.
constexpr uint8_t kAuxBit = 16, kSrcBit = 64;
// Find visits the token: the word has entries in word_slot_ or word_scan_
// bits.
constexpr uint8_t kEntriesBit = 32;
// ";" or a word that opens a clause an open content ends before after a
// comma ("while", "although", "though", "whereas", "who"): the tokens
// ClipOpenEnds tests (Run::NextClipMark).
constexpr uint8_t kClipBit = 128;
constexpr uint64_t kClipBytes = 0x0101010101010101ull * kClipBit;
// word_scan_: a one-word cue candidate, a hedge, a comparison (Find lists
// where they start).
constexpr uint8_t kCandidateBit = 1, kHedgeBit = 2, kComparisonBit = 4;
// word_scan_: a one-word cue_chain entry ("citing"): most documents have
// none, and ApplyChains is skipped for them.
constexpr uint8_t kChainBit = 8;
// A one-word cue_venue entry: Find lists the token (Run::venues_).
constexpr uint8_t kVenueBit = 16;
// A one-word entry with its role, as word_slot_ and word_entries_ hold it:
// bits 0-4 the role, bit 5 kLastEntry (ends a run in word_entries_), bits
// 6-30 the entry. Bit 31 (kMultiSlot) marks a word_slot_ that indexes
// word_entries_ instead.
constexpr uint32_t kLastEntry = 1u << 5, kMultiSlot = 1u << 31;
constexpr uint32_t kMaxPackedEntry = (1u << 25) - 1;
static_assert(static_cast<int>(Role::kCarrier) < 32);
inline uint32_t PackWordEntry(uint32_t entry, Role role) {
  return entry << 6 | static_cast<uint32_t>(role);
}

// kEntriesBit in each byte of a word of 8 flag bytes.
constexpr uint64_t kEntriesBytes = 0x0101010101010101ull * kEntriesBit;
// 8 consecutive flag bytes, the first in the lowest byte (whatever the
// byte order), so that a set bit's position / 8 is its byte's offset.
inline uint64_t LoadFlagBytes(const uint8_t* p) {
  uint64_t x;
  std::memcpy(&x, p, sizeof x);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  x = __builtin_bswap64(x);
#endif
  return x;
}

// The rules that read a sentence_opener word (its in= values), as bits of
// AttributionFinder::word_opener_.
enum OpenerBit : uint8_t {
  kOpensAdjunct = 1,       // in=adjunct: both adjunct rules (OpensAdjunct)
  kOpensAdjunctAlone = 2,  // in=alone: OpeningAdjunctOnly
  kOpensQuoteAdjunct = 4,  // in=quote: DropOpeningAdjunct
  kJoinsQuote = 8,         // in=follow: FollowQuotes' connective
  kLeadsContent = 16,      // in=lead: no part of an "according to" content
  kOpensClause = 32,       // in=clause: ClipOpeningClause
  kConnectiveWord = 64,    // a one-word connective entry (ConnectiveEnd)
};

inline uint8_t OpenerBits(std::string_view in) {
  uint8_t bits = 0;
  for (absl::string_view n : absl::StrSplit(
           absl::string_view(in.data(), in.size()), '|', absl::SkipEmpty())) {
    bits |= n == "adjunct"  ? kOpensAdjunct
            : n == "alone"  ? kOpensAdjunctAlone
            : n == "quote"  ? kOpensQuoteAdjunct
            : n == "follow" ? kJoinsQuote
            : n == "lead"   ? kLeadsContent
            : n == "clause" ? kOpensClause
                            : 0;
  }
  return bits;
}

inline uint8_t FlagBit(Role role) {
  switch (role) {
    case Role::kBlocker:
      return kBlockerBit;
    case Role::kClause:
      return kClauseBit;
    case Role::kContentStart:
      return kContentStartBit;
    case Role::kAdjunct:
      return kAdjunctBit;
    default:
      return 0;
  }
}

}  // namespace

std::vector<std::string_view> AttributionFinder::VocabularyMarks() {
  std::vector<std::string_view> marks;
  for (const std::string_view form : kWordText)
    if (IsMarkForm(form)) marks.push_back(form);
  return marks;
}

absl::StatusOr<AttributionFinder> AttributionFinder::Create(
    const PhraseLexicon& lexicon) {
  static const std::pair<std::string_view, Role> kRoles[] = {
      {"cue_verb", Role::kVerb},
      {"cue_prep", Role::kPrep},
      {"cue_chain", Role::kChain},
      {"cue_adverb", Role::kAdverb},
      {"cue_noun", Role::kNoun},
      {"cue_aux", Role::kAux},
      {"cue_blocker", Role::kBlocker},
      {"clause_word", Role::kClause},
      {"content_start", Role::kContentStart},
      {"cue_adjunct", Role::kAdjunct},
      {"cue_object", Role::kObject},
      {"source_noun", Role::kSourceNoun},
      {"hedge", Role::kHedge},
      {"comparison", Role::kComparison},
      {"cue_exception", Role::kException},
      {"cue_manner", Role::kManner},
      {"cue_carrier", Role::kCarrier},
      {"sentence_opener", Role::kOpener},
      {"connective", Role::kConnective},
      {"cue_venue", Role::kVenue},
  };
  std::vector<Role> role_of_type(lexicon.type_names().size(), Role::kNone);
  for (size_t t = 0; t < lexicon.type_names().size(); ++t) {
    for (const auto& [name, role] : kRoles) {
      if (lexicon.type_names()[t] == name) role_of_type[t] = role;
    }
  }
  AttributionFinder f;
  f.info_.resize(lexicon.entries().size());
  f.roles_.assign(lexicon.entries().size(), Role::kNone);
  for (size_t i = 0; i < lexicon.entries().size(); ++i) {
    const CompiledEntry& e = lexicon.entries()[i];
    EntryInfo& info = f.info_[i];
    info.role = role_of_type[e.type];
    f.roles_[i] = info.role;
    if (info.role == Role::kNone) continue;
    std::string_view form = e.attr("form");
    info.form = form == "s"      ? Form::kS
                : form == "past" ? Form::kPast
                : form == "pp"   ? Form::kPp
                : form == "ing"  ? Form::kIng
                                 : Form::kBase;
    info.obj = e.attr("obj") == "1";
    info.hedge = e.attr("stance") == "hedge" || e.attr("hedge") == "1";
    info.deny = e.attr("stance") == "deny";
    info.be = e.attr("be") == "1";
    info.neg = e.attr("neg") == "1";
    info.title = e.attr("title") == "1";
    info.noun = e.attr("noun") == "1";
    info.strict = e.attr("strict") == "1";
    info.to = e.attr("to") == "1";
    info.raising = e.attr("raising") == "1";
    info.naming = e.attr("naming") == "1";
    info.invert = e.attr("invert") != "0" && e.attr("class") != "eval" &&
                  e.attr("class") != "stance";
    info.finite =
        e.attr("finite") == "1" || (info.be && e.attr("copula") != "1");
    info.deontic = e.attr("deontic") == "1";
    info.poll = e.attr("poll") == "1";
    info.gov = e.attr("gov") == "1";
    info.body = e.attr("body") == "1";
    info.refer = e.attr("refer") == "any"    ? EntryInfo::kReferAny
                 : e.attr("refer") == "name" ? EntryInfo::kReferName
                                             : 0;
    info.adj = e.attr("adj") == "1";
    info.label = e.attr("label") == "1";
    info.copula = e.attr("copula") == "1";
    info.eval = e.attr("class") == "eval";
    info.np = e.attr("np") == "1";
    auto word_list = [&e](std::string_view key, std::vector<std::string>* out) {
      const std::string_view list = e.attr(key);
      for (absl::string_view n :
           absl::StrSplit(absl::string_view(list.data(), list.size()), '|',
                          absl::SkipEmpty()))
        out->emplace_back(n);
    };
    word_list("display", &info.display);
    word_list("unless", &info.unless);
    const std::string_view cls = e.attr("class");
    info.nest = e.attr("nest") == "1" ||
                (e.attr("nest") != "0" && !info.raising && cls != "cognition" &&
                 cls != "stance" && cls != "document");
    info.inner =
        e.attr("inner") == "1" || (e.attr("inner") != "0" && cls != "document");
    info.inner_relay = e.attr("inner") == "relay";
    info.relay = e.attr("relay") == "1";
    std::string_view kind = e.attr("kind");
    info.kind = kind == "anonymous"      ? SourceType::kAnonymous
                : kind == "document"     ? SourceType::kDocument
                : kind == "government"   ? SourceType::kGovernment
                : kind == "organization" ? SourceType::kOrg
                : kind == "outlet"       ? SourceType::kOutlet
                : kind == "person"       ? SourceType::kPerson
                : kind == "pronoun"      ? SourceType::kPronoun
                                         : SourceType::kNone;
    std::string_view agree = e.attr("agree");
    info.agree = agree == "self" ? 's' : agree.empty() ? 0 : agree[0];
    std::string_view lemma = e.attr("lemma");
    info.lemma =
        std::string(lemma.empty() ? std::string_view(e.phrase) : lemma);
    for (char& c : info.lemma) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
  }
  if (lexicon.entries().size() > kMaxPackedEntry) {
    return absl::InvalidArgumentError(
        "the attribution stage supports at most 33554431 lexicon entries");
  }
  const size_t vocab = lexicon.vocabulary_size();
  // Find reads word_flags_ with a word id as a signed 32-bit index.
  if (vocab + std::size(kWordText) >
      static_cast<size_t>(std::numeric_limits<int32_t>::max())) {
    return absl::InvalidArgumentError(
        "the attribution stage supports at most 2^31 - 100 words");
  }
  f.rule_words_ = RuleWordIds(lexicon, kWordText, std::size(kWordText));
  f.word_slot_.assign(vocab + 1, 0);
  f.word_flags_.assign(vocab + 1, 0);
  f.word_aux_.assign(vocab, 0);
  f.word_src_.assign(vocab, 0);
  f.word_scan_.assign(vocab, 0);
  f.word_opener_.assign(vocab, 0);
  std::vector<uint32_t> packed;
  for (uint32_t w = 0; w < vocab; ++w) {
    uint8_t flags = 0, scan = 0;
    packed.clear();
    for (uint32_t entry : lexicon.SingleEntries(w)) {
      const Role role = f.roles_[entry];
      if (role == Role::kNone) continue;
      if (role == Role::kOpener) {
        f.word_opener_[w] |= OpenerBits(lexicon.entries()[entry].attr("in"));
        continue;
      }
      // A one-word connective is a bit of the opener table; phrases are
      // listed where they match (Run::connectives_).
      if (role == Role::kConnective) {
        f.word_opener_[w] |= kConnectiveWord;
        continue;
      }
      if (const uint8_t bit = FlagBit(role)) {
        flags |= bit;
        continue;
      }
      // A poll noun ("the latest poll") may hold an "in" cue (PollInCue).
      if (IsCandidateRole(role) ||
          (role == Role::kSourceNoun && f.info_[entry].poll)) {
        scan |= kCandidateBit;
        flags |= kEntriesBit;
      }
      // Auxiliaries and source nouns have no per-token cell: the rules read
      // the entry by word id. (The later entry wins, as in a table cell.)
      if (role == Role::kAux) {
        flags |= kAuxBit;
        f.word_aux_[w] = entry;
        continue;
      }
      if (role == Role::kSourceNoun) {
        flags |= kSrcBit;
        f.word_src_[w] = entry;
        continue;
      }
      flags |= kEntriesBit;
      // Hedges and comparisons are only listed where they start (Find reads
      // the word_scan_ bits): they have no per-token table to fill.
      if (role == Role::kHedge) {
        scan |= kHedgeBit;
      } else if (role == Role::kComparison) {
        scan |= kComparisonBit;
      } else if (role == Role::kVenue) {
        scan |= kVenueBit;
      } else {
        if (role == Role::kChain) scan |= kChainBit;
        packed.push_back(PackWordEntry(entry, role));
      }
    }
    f.word_flags_[w + 1] = flags;  // [0] is kNoWord's (no flags)
    f.word_scan_[w] = scan;
    f.max_word_entries_ =
        std::max(f.max_word_entries_, static_cast<uint32_t>(packed.size()));
    if (packed.size() == 1) {
      f.word_slot_[w] = packed[0];
    } else if (packed.size() > 1) {
      f.word_slot_[w] =
          kMultiSlot | static_cast<uint32_t>(f.word_entries_.size());
      packed.back() |= kLastEntry;
      f.word_entries_.insert(f.word_entries_.end(), packed.begin(),
                             packed.end());
    }
  }
  for (const Word w : kClipWords) {
    const uint32_t id = f.rule_words_.ids()[static_cast<size_t>(w)];
    if (id < vocab) {
      f.word_flags_[id + 1] |= kClipBit;
    } else {
      f.clip_flags_ = false;
    }
  }
  return f;
}

namespace {

constexpr int kNone = -1;

using Hit = AttributionFinder::Hit;

// A short list of token ranges (a draft's pieces or relays): up to N in the
// object, more on the heap. Drafts are moved often (into the draft list,
// and down it when an earlier one is erased): moving this one copies a
// fixed block and steals the heap pointer, where absl::InlinedVector moves
// element by element after testing where they live.
// Tokens [first, second): a pair of ints, trivially copyable (std::pair's
// assignment is not).
struct TokenRange {
  int first = 0, second = 0;
};

template <size_t N>
class RangeList {
 public:
  using value_type = TokenRange;
  using iterator = value_type*;
  using const_iterator = const value_type*;

  RangeList() = default;
  RangeList(const RangeList& o) { assign(o.begin(), o.end()); }
  RangeList(RangeList&& o) noexcept
      : size_(o.size_), cap_(o.cap_), heap_(o.heap_) {
    std::memcpy(inline_, o.inline_, sizeof inline_);
    o.size_ = 0;
    o.cap_ = N;
    o.heap_ = nullptr;
  }
  RangeList& operator=(const RangeList& o) {
    if (this != &o) assign(o.begin(), o.end());
    return *this;
  }
  RangeList& operator=(RangeList&& o) noexcept {
    if (this != &o) {
      delete[] heap_;
      size_ = o.size_;
      cap_ = o.cap_;
      heap_ = o.heap_;
      std::memcpy(inline_, o.inline_, sizeof inline_);
      o.size_ = 0;
      o.cap_ = N;
      o.heap_ = nullptr;
    }
    return *this;
  }
  ~RangeList() { delete[] heap_; }

  value_type* data() { return heap_ != nullptr ? heap_ : inline_; }
  const value_type* data() const { return heap_ != nullptr ? heap_ : inline_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  iterator begin() { return data(); }
  iterator end() { return data() + size_; }
  const_iterator begin() const { return data(); }
  const_iterator end() const { return data() + size_; }
  value_type& operator[](size_t i) { return data()[i]; }
  const value_type& operator[](size_t i) const { return data()[i]; }
  value_type& front() { return data()[0]; }
  const value_type& front() const { return data()[0]; }
  value_type& back() { return data()[size_ - 1]; }
  const value_type& back() const { return data()[size_ - 1]; }

  void clear() { size_ = 0; }
  void resize(size_t n) {
    Reserve(n);
    for (size_t i = size_; i < n; ++i) data()[i] = value_type{};
    size_ = static_cast<uint32_t>(n);
  }
  void push_back(const value_type& v) {
    if (size_ == cap_) Reserve(2 * cap_);
    data()[size_++] = v;
  }
  void assign(const value_type* first, const value_type* last) {
    const size_t n = static_cast<size_t>(last - first);
    size_ = 0;
    Reserve(n);
    std::copy(first, last, data());
    size_ = static_cast<uint32_t>(n);
  }
  // Inserts v before `pos` (an iterator into this list).
  void insert(const_iterator pos, const value_type& v) {
    const size_t at = static_cast<size_t>(pos - data());
    if (size_ == cap_) Reserve(2 * cap_);
    value_type* const d = data();
    std::copy_backward(d + at, d + size_, d + size_ + 1);
    d[at] = v;
    ++size_;
  }

 private:
  void Reserve(size_t n) {
    if (n <= cap_) return;
    value_type* const grown = new value_type[n];
    std::copy(begin(), end(), grown);
    delete[] heap_;
    heap_ = grown;
    cap_ = static_cast<uint32_t>(n);
  }

  uint32_t size_ = 0, cap_ = N;
  value_type* heap_ = nullptr;  // the elements when more than N
  value_type inline_[N];
};

// A claim under construction, in token indexes.
struct Draft {
  int cue_b = 0, cue_e = 0;
  int src_b = kNone, src_e = kNone;
  // Nearly every claim has one or two pieces and at most one via: kept
  // inline so that drafts (many of them discarded) do not allocate.
  RangeList<2> pieces;
  RangeList<1> via;
  ClaimKind kind = ClaimKind::kIndirect;
  // Into the finder's EntryInfo (immutable) or a literal: copied at Emit.
  std::string_view lemma;
  bool hedged = false;
  bool open_end = false;  // content runs to the clause end; may be clipped
  bool no_cue = false;    // unattributed
  bool colon_cue = false;
  bool genitive = false;  // a cue noun after a genitive (GenitiveCue)
  uint32_t sentence = 0;
  double score = 0.0;
  bool borrowed_source =
      false;                 // source shared with an earlier cue ("and added")
  bool nest = true;          // EntryInfo::nest of the cue verb
  bool inner = true;         // EntryInfo::inner of the cue verb
  bool inner_relay = false;  // EntryInfo::inner_relay of the cue verb
  bool relay = false;        // EntryInfo::relay of the cue verb
  bool np = false;           // EntryInfo::np of the cue verb
};

// A content piece of a draft, for DropNested.
struct NestPiece {
  int b, e, k;  // tokens [b, e) of draft k
};

// An earlier source, for pronoun and short-name resolution. Its name is a
// slice of DocState::names (one buffer per document, no string per source)
// and its words are its tokens (their folded forms, TokenStream::norm).
struct Known {
  uint32_t name_begin = 0, name_size = 0;  // into DocState::names
  int word_b = 0, word_e = 0;              // tokens [word_b, word_e)
  SourceType type = SourceType::kNone;
  char agree = 0;
};

}  // namespace

// Views point into the current document's text and tokens; Run's
// constructor clears every list before a document reads it.
struct AttributionFinder::Scratch::DocState {
  std::vector<Draft> drafts;
  std::vector<std::pair<int, uint32_t>> order;  // (cue_b, draft) to emit
  std::vector<Known> known;
  std::string names;                   // Known names, back to back
  std::vector<NestPiece> nest_pieces;  // DropNested's buffers
  std::vector<int> nest_order;
  SpanIndex entity_index, quantity_index;
  std::vector<uint32_t> inside;  // Emit's buffer
  std::vector<uint32_t> cands;   // cue candidate tokens, ascending
  std::vector<std::pair<int, int>> depth_steps;  // quotation depth changes
  std::vector<int> quote_tokens;                 // paired marks, ascending
  std::vector<int> quote_stack;                  // PairQuotes' open marks
  std::vector<uint32_t> late_cands;  // phrase and colon candidates, merged
  std::vector<uint32_t> dash_cands;  // see Run::dash_cands_
  std::vector<Hit*> hit_cells;       // see Run::hit_cells_
  std::vector<TokenStream::Mark> pair_marks;  // see Run::pair_marks_
  std::vector<uint32_t> hedges, comparisons;  // where such matches start
  std::vector<std::pair<uint32_t, uint32_t>> connectives;  // phrase matches
  std::vector<uint32_t> venues;                            // see Run::venues_
  std::vector<uint32_t> role_tokens;  // the constructor's buffer
  std::vector<uint32_t> rule_ids;  // Run::ids_, when the lexicon lacks a word
  std::vector<uint32_t> person_ends;     // PERSON entity ends, ascending
  std::vector<uint32_t> definite_heads;  // ResolveDefinite's buffer
  std::vector<uint32_t>
      person_best;  // max entity index among person_ends[0..i]
  absl::flat_hash_set<absl::string_view>
      person_last_words;  // of PERSON entities
  absl::flat_hash_set<absl::string_view>
      known_person_last;  // of multi-word person sources
};

void AttributionFinder::Scratch::DocStateDeleter::operator()(
    DocState* state) const {
  delete state;
}

namespace {

// How many earlier sources short-name resolution looks back over.
constexpr size_t kKnownWindow = 64;
// How many earlier entities "the company" (ResolveDefinite) looks back over.
constexpr size_t kDefiniteWindow = 400;

class Run {
 public:
  Run(const std::vector<EntryInfo>& info, const std::vector<Role>& roles,
      const std::vector<uint32_t>& word_slot,
      const std::vector<uint32_t>& word_entries,
      const std::vector<uint8_t>& word_flags, uint32_t max_word_entries,
      const std::vector<uint32_t>& word_aux,
      const std::vector<uint32_t>& word_src,
      const std::vector<uint8_t>& word_scan,
      const std::vector<uint8_t>& word_opener, bool clip_flags,
      const RuleWordIds& rule_words, std::string_view text,
      const TokenStream& ts, const std::vector<uint32_t>& word_ids,
      const std::vector<LexiconMatch>& phrases,
      AttributionFinder::Scratch* scratch, Document* doc)
      : entity_index_(scratch->doc_state->entity_index),
        quantity_index_(scratch->doc_state->quantity_index),
        inside_(scratch->doc_state->inside),
        cands_(scratch->doc_state->cands),
        hedges_(scratch->doc_state->hedges),
        comparisons_(scratch->doc_state->comparisons),
        connectives_(scratch->doc_state->connectives),
        venues_(scratch->doc_state->venues),
        person_ends_(scratch->doc_state->person_ends),
        definite_heads_(scratch->doc_state->definite_heads),
        person_best_(scratch->doc_state->person_best),
        person_last_words_(scratch->doc_state->person_last_words),
        known_person_last_(scratch->doc_state->known_person_last),
        info_(info.data()),
        toks_(ts.tokens.data()),
        ids_(word_ids.data()),
        text_(text),
        ts_(ts),
        doc_(doc),
        flags_(scratch->flags),
        role_tokens_(scratch->doc_state->role_tokens),
        covered_(scratch->covered),
        has_claim_(scratch->sentence_has_claim),
        touched_(scratch->touched),
        n_touched_(scratch->n_touched),
        hit_cells_(scratch->doc_state->hit_cells),
        quote_marks_(scratch->quote_marks),
        drafts_(scratch->doc_state->drafts),
        order_(scratch->doc_state->order),
        known_(scratch->doc_state->known),
        names_(scratch->doc_state->names),
        nest_pieces_(scratch->doc_state->nest_pieces),
        nest_order_(scratch->doc_state->nest_order),
        depth_steps_(scratch->doc_state->depth_steps),
        quote_tokens_(scratch->doc_state->quote_tokens),
        quote_stack_(scratch->doc_state->quote_stack),
        late_cands_(scratch->doc_state->late_cands),
        dash_cands_(scratch->doc_state->dash_cands),
        pair_marks_(scratch->doc_state->pair_marks) {
    std::copy(rule_words.ids().begin(), rule_words.ids().end(), rule_words_);
    ids_ = rule_words.TokenIds(ts, word_ids, &scratch->doc_state->rule_ids);
    drafts_.clear();
    known_.clear();
    names_.clear();
    known_person_last_.clear();
    n_touched_ = 0;
    quote_marks_.clear();
    // The per-token tables are all-default between documents (Reset clears
    // what a document wrote), so a document costs O(matches) here, not
    // O(tokens x tables).
    const size_t n = ts.size();
    // Each per-token table with the pointer the rules read it through (the
    // tables grow together, so one size test covers them all).
    const bool grow = scratch->verb.size() < n;
    const std::pair<std::vector<Hit>*, Hit**> hit_tables[] = {
        {&scratch->verb, &verb_},     {&scratch->prep, &prep_},
        {&scratch->chain, &chain_},   {&scratch->adverb, &adverb_},
        {&scratch->noun, &noun_},     {&scratch->aux, &aux_.phrases},
        {&scratch->object, &object_}, {&scratch->src, &src_.phrases},
        {&scratch->manner, &manner_}, {&scratch->carrier, &carrier_}};
    for (const auto& [table, data] : hit_tables) {
      if (grow) table->resize(n, Hit{});
      *data = table->data();
    }
    if (grow) {
      scratch->exception.resize(n, 0);
      scratch->qopen.resize(n, kNone);
      scratch->qclose.resize(n, kNone);
    }
    exception_ = scratch->exception.data();
    qopen_ = scratch->qopen.data();
    qclose_ = scratch->qclose.data();
    // Every token's flags are written below; the padding reads as no flags.
    if (flags_.size() < n + kFlagPadding) flags_.resize(n + kFlagPadding);
    std::fill(flags_.begin() + n, flags_.begin() + n + kFlagPadding, 0);
    uint8_t* const flags = flags_.data();
    // (The other roles keep their null entry: only these have a table.)
    for (const Role r : kTableRoles)
      hit_tables_[static_cast<int>(r)] = HitTableOf(r);
    blocker_.flags = clause_.flags = content_start_.flags = adjunct_.flags =
        flags;
    aux_.flags = src_.flags = flags;
    clip_flags_ = clip_flags;
    opener_ = word_opener.data();
    n_opener_ = word_opener.size();
    word_ids_ = word_ids.data();
    aux_.ids = src_.ids = word_ids.data();
    aux_.words = word_aux.data();
    src_.words = word_src.data();
    // One-word entries from the per-word table (two loads per token), then
    // the phrases. A table cell takes the longest match at its token, and a
    // token's one-word entries come before its phrases in Match() order, so
    // applying every one-word entry first gives the same tables.
    // Meanwhile the cue candidates are listed: the tokens where a cue verb,
    // preposition, noun, adverb or chain word begins, and every colon. The
    // sentence loops visit these instead of every token.
    const uint32_t* ids = word_ids.data();
    const uint32_t* slots = word_slot.data();
    const uint32_t* multi = word_entries.data();
    const uint8_t* const scan_bits = word_scan.data();
    // First every token's flags (one load per token), then the few tokens
    // with other roles, found 8 flag bytes at a time: a token with none
    // costs a share of one test instead of a list store and a count.
    // Entry w + 1 is word w's and entry 0 kNoWord's (no flags): no range
    // test per token. Read from entry 1 with the id as a signed index
    // (kNoWord is -1; Create checks that word ids fit), so each is one
    // sign-extending load instead of an add, a zero extension and a load.
    // Each flag stored as soon as it is read: read all four first and GCC
    // merges the four byte stores into one word built with shifts, which
    // costs more instructions than it saves.
    const uint8_t* const wflags1 = word_flags.data() + 1;
    auto flag_of = [wflags1](uint32_t id) {
      return wflags1[static_cast<int32_t>(id)];
    };
    {
      const uint32_t* id = ids;
      uint8_t* out = flags;
      // (Eight a step: the loop's own test and steps cost as much as two.)
      for (const uint32_t* const end8 = ids + (n & ~size_t{7}); id != end8;
           id += 8, out += 8) {
        out[0] = flag_of(id[0]);
        out[1] = flag_of(id[1]);
        out[2] = flag_of(id[2]);
        out[3] = flag_of(id[3]);
        out[4] = flag_of(id[4]);
        out[5] = flag_of(id[5]);
        out[6] = flag_of(id[6]);
        out[7] = flag_of(id[7]);
      }
      for (; id != ids + n; ++id, ++out) *out = flag_of(*id);
    }
    late_cands_.clear();
    hedges_.clear();
    comparisons_.clear();
    connectives_.clear();
    venues_.clear();
    // Written through plain pointers: a push_back per element would reload
    // the vectors' ends after every table store (they might alias). The
    // touched list grows when a token might overflow it; the candidates go
    // to a buffer of one slot per token (kept across documents).
    size_t touched_cap = std::min(touched_.size(), hit_cells_.size());
    AttributionFinder::Scratch::Touched* touched = touched_.data();
    size_t n_touched = 0;
    // The table cells the one-word entries write, for Reset: one pointer
    // each instead of a Touched record to decode.
    Hit** cells = hit_cells_.data();
    size_t n_cells = 0;
    if (role_tokens_.size() < n) role_tokens_.resize(n);
    uint32_t* const cands = role_tokens_.data();
    size_t n_cands = 0;
    uint8_t scan_any = 0;  // the word_scan_ bits of the tokens, or-ed
    // The tokens with kEntriesBit in a block of flag bytes from `base`, as
    // bits: 16 tokens a step (one bit each) with SSE2, else 8 (one byte
    // each); the padding after token n - 1 reads as no flags.
#if defined(__SSE2__)
    constexpr uint32_t kBlock = 16;
    constexpr int kPosShift = 0;  // bit j: token base + j
    static_assert(kEntriesBit == 32, "the shift by 2 moves it to bit 7");
    auto block_entries = [flags](uint32_t base) -> uint64_t {
      const __m128i v =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(flags + base));
      return static_cast<uint32_t>(_mm_movemask_epi8(_mm_slli_epi16(v, 2)));
    };
#else
    constexpr uint32_t kBlock = 8;
    constexpr int kPosShift = 3;  // byte j: token base + j
    auto block_entries = [flags](uint32_t base) -> uint64_t {
      return LoadFlagBytes(flags + base) & kEntriesBytes;
    };
#endif
    static_assert(kBlock <= kFlagPadding);
    for (uint32_t base = 0; base < n; base += kBlock) {
      uint64_t entries = block_entries(base);
      if (entries == 0) continue;
      // Room for the block's entries, checked once for them.
      // (Each entry goes to one of the two lists: their sum bounds both.)
      if (n_touched + n_cells + kBlock * max_word_entries > touched_cap) {
        touched_cap = std::max<size_t>(
            2 * touched_cap, n_touched + n_cells + kBlock * max_word_entries);
        touched_.resize(touched_cap);
        touched = touched_.data();
        hit_cells_.resize(touched_cap);
        cells = hit_cells_.data();
      }
      while (entries != 0) {
        const uint32_t i =
            base + static_cast<uint32_t>(__builtin_ctzll(entries) >> kPosShift);
        entries &= entries - 1;
        const uint32_t w = ids[i];  // a word: no-word ids have no entries
        // Apply for a one-word entry, before any phrase: the cell is default
        // or holds another one-word entry of the same role, so the later
        // entry wins (as Apply's "e >= h.end" gives) without reading it.
        auto apply = [&](uint32_t packed) {
          const uint8_t r = static_cast<uint8_t>(packed & 31);
          if (Hit* table = hit_tables_[r]) {
            table[i] = Hit{static_cast<int>(i) + 1, packed >> 6};
            cells[n_cells++] = table + i;
          } else if (r == static_cast<uint8_t>(Role::kException)) {
            exception_[i] = 1;
            touched[n_touched++] = {i, i + 1, r};
          }
        };
        const uint32_t slot = slots[w];
        if (!(slot & kMultiSlot)) {
          apply(slot);
        } else {
          for (const uint32_t* p = multi + (slot & ~kMultiSlot);; ++p) {
            apply(*p);
            if (*p & kLastEntry) break;
          }
        }
        const uint8_t f = scan_bits[w];
        scan_any |= f;
        if (f & (kHedgeBit | kComparisonBit | kVenueBit)) {
          if (f & kHedgeBit) hedges_.push_back(i);
          if (f & kComparisonBit) comparisons_.push_back(i);
          if (f & kVenueBit) venues_.push_back(i);
        }
        cands[n_cands] = i;
        n_cands += (f & kCandidateBit) != 0;
      }
    }
    cands_.assign(cands, cands + n_cands);
    has_chain_ = (scan_any & kChainBit) != 0;
    n_touched_ = n_touched;
    n_cells_ = n_cells;
    // Apply appends one record per phrase with a role.
    if (touched_.size() < n_touched + phrases.size())
      touched_.resize(n_touched + phrases.size());
    for (const LexiconMatch& m : phrases) {
      // Most phrases (gazetteers, units, ...) have no role here: a one-byte
      // look-up skips them without touching the larger EntryInfo.
      // The closed-class flags are one-word roles only.
      const Role role = roles[m.entry];
      if (role == Role::kNone || FlagBit(role) != 0) continue;
      Apply(role, m.begin, m.end, m.entry);
      if (role == Role::kChain) has_chain_ = true;
      if (role == Role::kAux) flags[m.begin] |= kAuxBit;
      if (role == Role::kSourceNoun) flags[m.begin] |= kSrcBit;
      if (IsCandidateRole(role)) late_cands_.push_back(m.begin);
    }
    // Colons, quotation marks and dashes are never words, numbers or commas:
    // TokenStream::marks lists all of them. DashCues reads the punctuation
    // marks right after a quotation mark (or one token later) only, and
    // PairQuotes the quotation marks, backticks and paragraph starts: listed
    // here, so that neither walks the marks again.
    dash_cands_.clear();
    pair_marks_.clear();
    // (A colon is punctuation, as the other marks IsBreak names: its test
    // and the dash candidates' go under one test of the kind.)
    // Every quotation mark is a mark: the last one seen tells whether one
    // of the two tokens before a punctuation mark is a quotation mark.
    int last_quote = -3;
    for (const TokenStream::Mark& mark : ts.marks) {
      const int k = static_cast<int>(mark.token);
      const TokenKind kind = Tok(k).kind;
      if (kind == TokenKind::kPunctuation) {
        if (Is(k, Word::kColon)) late_cands_.push_back(mark.token);
        if (last_quote >= k - 2) dash_cands_.push_back(mark.token);
        if (k > 0 && mark.newlines >= 2) pair_marks_.push_back(mark);
      } else if (kind == TokenKind::kQuote || kind == TokenKind::kSymbol ||
                 (k > 0 && mark.newlines >= 2)) {
        if (kind == TokenKind::kQuote) last_quote = k;
        pair_marks_.push_back(mark);
      }
    }
    // cands_ (one-word candidates, one per token) is ascending: the few
    // phrase and colon candidates are sorted on their own and merged in from
    // the back, each dropped when its token is there already. The list stays
    // ascending and unique without a pass over it.
    if (!late_cands_.empty()) {
      std::sort(late_cands_.begin(), late_cands_.end());
      late_cands_.erase(std::unique(late_cands_.begin(), late_cands_.end()),
                        late_cands_.end());
      size_t a = cands_.size(), b = late_cands_.size(), out = a + b;
      cands_.resize(out);
      uint32_t* const merged = cands_.data();
      const uint32_t* const late = late_cands_.data();
      while (b > 0) {
        if (a > 0 && merged[a - 1] == late[b - 1]) {
          --b;  // a one-word candidate's token
          continue;
        }
        merged[--out] =
            a > 0 && merged[a - 1] > late[b - 1] ? merged[--a] : late[--b];
      }
      // merged[a, out) is the room the dropped ones left.
      if (out > a) cands_.erase(cands_.begin() + a, cands_.begin() + out);
      late_cands_.clear();
    }
    for (std::vector<uint32_t>* list : {&hedges_, &comparisons_, &venues_}) {
      if (!std::is_sorted(list->begin(), list->end())) {
        std::sort(list->begin(), list->end());
      }
      list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    DropHedgesInDatesAndNames();
    cand_cur_ = 0;
    depth_steps_.clear();
    PairQuotes();
    // Quotation depth (QuoteDepth): a cue inside a quotation is the quoted
    // speaker's words, not a claim of the story (PolNeAR leaves them
    // unannotated; dropping them raised cue precision on train and dev
    // alike). Each pair [o, c] adds one for the tokens o+1 .. c-1: the steps
    // of that count, by token, instead of a count per token.
    quote_tokens_.assign(quote_marks_.begin(), quote_marks_.end());
    std::sort(quote_tokens_.begin(), quote_tokens_.end());
    quote_tokens_.erase(std::unique(quote_tokens_.begin(), quote_tokens_.end()),
                        quote_tokens_.end());
    for (int o : quote_marks_) {
      if (qclose_[o] == kNone || qclose_[o] <= o) continue;
      depth_steps_.push_back({o + 1, 1});
      depth_steps_.push_back({qclose_[o], -1});
    }
    std::sort(depth_steps_.begin(), depth_steps_.end(),
              [](const std::pair<int, int>& x, const std::pair<int, int>& y) {
                return x.first < y.first;
              });
    for (size_t k = 1; k < depth_steps_.size(); ++k)
      depth_steps_[k].second += depth_steps_[k - 1].second;
  }

  // How many quotations hold token t (0 without quotations). The questions
  // come by sentence: each search starts where the previous one ended
  // (LowerBoundNear), at the first step after t.
  int QuoteDepth(int t) const {
    const std::pair<int, int>* const steps = depth_steps_.data();
    const size_t i = depth_hint_ =
        LowerBoundNear(depth_steps_.size(), depth_hint_, t + 1,
                       [steps](size_t k) { return steps[k].first; });
    return i == 0 ? 0 : steps[i - 1].second;
  }

  // Returns the per-token tables to their defaults: only the cells this
  // document's matches and quotation marks wrote.
  void Reset() {
    // (Local counts and pointers: the table stores below might alias them.)
    Hit* const* const cells = hit_cells_.data();
    // (Four at a time: the loop's own test and step cost as much as a cell.)
    size_t c = 0;
    const size_t n_cells = n_cells_;
    for (; c + 4 <= n_cells; c += 4) {
      *cells[c] = Hit{};
      *cells[c + 1] = Hit{};
      *cells[c + 2] = Hit{};
      *cells[c + 3] = Hit{};
    }
    for (; c < n_cells; ++c) *cells[c] = Hit{};
    const AttributionFinder::Scratch::Touched* const touched = touched_.data();
    for (size_t k = 0, n = n_touched_; k < n; ++k) {
      const AttributionFinder::Scratch::Touched& t = touched[k];
      const Role role = static_cast<Role>(t.role);
      if (Hit* table = hit_tables_[t.role]) {
        table[t.begin] = Hit{};
      } else if (role == Role::kException) {
        for (uint32_t k = t.begin; k < t.end; ++k) exception_[k] = 0;
      }
    }
    for (int q : quote_marks_) qopen_[q] = qclose_[q] = kNone;
  }

  // The roles HitTableOf has a table for.
  static constexpr Role kTableRoles[] = {
      Role::kVerb,   Role::kPrep,   Role::kChain,  Role::kAdverb,
      Role::kNoun,   Role::kAux,    Role::kObject, Role::kSourceNoun,
      Role::kManner, Role::kCarrier};
  // The per-token table a role writes the longest match into, or null.
  Hit* HitTableOf(Role role) const {
    switch (role) {
      case Role::kVerb:
        return verb_;
      case Role::kPrep:
        return prep_;
      case Role::kChain:
        return chain_;
      case Role::kAdverb:
        return adverb_;
      case Role::kNoun:
        return noun_;
      case Role::kAux:
        return aux_.phrases;
      case Role::kObject:
        return object_;
      case Role::kSourceNoun:
        return src_.phrases;
      case Role::kManner:
        return manner_;
      case Role::kCarrier:
        return carrier_;
      default:
        return nullptr;
    }
  }
  // Records one match with a role (tokens [b, e)) in the per-token tables;
  // the closed-class flags are set per word instead, and hedges and
  // comparisons are only listed where they start.
  void Apply(Role role, uint32_t b, uint32_t e, uint32_t entry) {
    if (role == Role::kHedge) {
      hedges_.push_back(b);
      return;
    }
    if (role == Role::kComparison) {
      comparisons_.push_back(b);
      return;
    }
    if (role == Role::kConnective) {
      connectives_.emplace_back(b, e);
      return;
    }
    if (role == Role::kVenue) {
      venues_.push_back(e - 1);  // the head: "news conference"
      return;
    }
    const uint8_t r = static_cast<uint8_t>(role);
    if (Hit* table = hit_tables_[r]) {
      Hit& h = table[b];
      if (h.end == kNone || static_cast<int>(e) >= h.end) {
        h.end = static_cast<int>(e);
        h.entry = entry;
      }
    } else if (role == Role::kException) {
      for (uint32_t k = b; k < e; ++k) exception_[k] = 1;
    } else {
      return;
    }
    touched_[n_touched_++] = {b, e, r};  // sized for every phrase
  }

  void FindAll() {
    // (The list in locals: the rules' stores might alias the vector.)
    const Sentence* const sentences = doc_->sentences.data();
    const uint32_t n_sentences = static_cast<uint32_t>(doc_->sentences.size());
    for (uint32_t s = 0; s < n_sentences; ++s) FindInSentence(s, sentences[s]);
    if (!venues_.empty()) ClipVenues();
    DashCues();
    FollowQuotes();
    DropNested();
    ClipOpeningClauses();
    AddUnattributed();
    // Claims come out by cue position, ties in draft order. Sorting (cue,
    // draft index) pairs gives that order without moving whole drafts.
    order_.clear();
    for (size_t k = 0; k < drafts_.size(); ++k)
      order_.emplace_back(drafts_[k].cue_b, static_cast<uint32_t>(k));
    std::sort(order_.begin(), order_.end());
    // The earlier document's claims are refilled first, then new ones
    // appended; those left over go.
    reuse_ = doc_->claims.size();
    doc_->claims.reserve(drafts_.size());
    for (const auto& [cue, k] : order_) Emit(drafts_[k]);
    if (n_emitted_ < doc_->claims.size())
      doc_->claims.erase(doc_->claims.begin() + static_cast<long>(n_emitted_),
                         doc_->claims.end());
  }

 private:
  // ---- token predicates -------------------------------------------------
  // The small ones run per token from hundreds of call sites: always_inline
  // keeps GCC from calling them.
  [[gnu::always_inline]] std::string_view Norm(int i) const {
    return ts_.norm(static_cast<size_t>(i));
  }
  [[gnu::always_inline]] const Token& Tok(int i) const { return toks_[i]; }
  // Norm(i) is the literal `s`: a length test and a compare of known size.
  template <size_t N>
  [[gnu::always_inline]] bool Is(int i, const char (&s)[N]) const {
    const std::string_view n = Norm(i);
    return n.size() == N - 1 && std::memcmp(n.data(), s, N - 1) == 0;
  }
  // Norm(i) is the word or mark w: a compare of word ids (see Word).
  [[gnu::always_inline]] bool Is(int i, Word w) const {
    return ids_[static_cast<size_t>(i)] == rule_words_[static_cast<size_t>(w)];
  }
  // Norm(i) is one of the words `ws` (a list such as kNounPrepositions).
  template <size_t N>
  bool IsAnyOf(int i, const Word (&ws)[N]) const {
    const uint32_t id = ids_[static_cast<size_t>(i)];
    for (const Word w : ws) {
      if (id == rule_words_[static_cast<size_t>(w)]) return true;
    }
    return false;
  }
  // Commas, colons, semicolons, brackets, dashes and final stops are all
  // TokenKind::kPunctuation: testing the kind first spares the Norm of
  // every word these predicates are asked about.
  [[gnu::always_inline]] bool IsPunct(int i) const {
    return Tok(i).kind == TokenKind::kPunctuation;
  }
  [[gnu::always_inline]] bool IsComma(int i) const {
    return IsPunct(i) && Is(i, Word::kComma);
  }
  [[gnu::always_inline]] bool IsDash(int i) const {
    return Tok(i).kind == TokenKind::kPunctuation &&
           (Is(i, Word::kEmDash) || Is(i, Word::kEnDash) ||
            Is(i, Word::kDoubleHyphen) || Is(i, Word::kHorizontalBar));
  }
  // The clitic "'s" (either apostrophe): a possessive or a contracted "is".
  [[gnu::always_inline]] bool IsCliticS(int i) const {
    return Is(i, Word::kApostropheS) || Is(i, Word::kRightQuoteS);
  }
  // An apostrophe, straight or curly.
  [[gnu::always_inline]] bool IsApostrophe(int i) const {
    return Is(i, Word::kApostrophe) || Is(i, Word::kRightQuote);
  }
  // A content start (kContentStartBit) at one of tokens k .. k + 7
  // (0 <= k <= n: the flags are padded).
  [[gnu::always_inline]] bool ContentStartIn8(int k) const {
    return (LoadFlagBytes(flags_.data() + k) &
            (0x0101010101010101ull * kContentStartBit)) != 0;
  }
  // An auxiliary (a word or a phrase) starts at one of tokens k .. k + 3.
  [[gnu::always_inline]] bool AuxStartsIn4(int k) const {
    uint32_t x;
    std::memcpy(&x, flags_.data() + k, sizeof x);
    return (x & (0x01010101u * kAuxBit)) != 0;
  }
  // A personal pronoun ("he", "they"), not a relative one ("who").
  bool IsPronoun(int k) const {
    return src_[k].end == k + 1 && Info(src_[k]).kind == SourceType::kPronoun &&
           Info(src_[k]).agree != 'r';
  }
  // A dash, or a hyphen with spaces on both sides (" - "), as typewritten
  // text sets a dash.
  bool IsParenDash(int i) const {
    return IsDash(i) || (Is(i, Word::kHyphen) && Tok(i).has(kSpaceBefore) &&
                         i + 1 < static_cast<int>(ts_.tokens.size()) &&
                         Tok(i + 1).has(kSpaceBefore));
  }
  [[gnu::always_inline]] bool IsBreak(
      int i) const {  // ends a clause when read in either direction
    if (!IsPunct(i)) return false;
    return Is(i, Word::kComma) || Is(i, Word::kSemicolon) ||
           Is(i, Word::kColon) || Is(i, Word::kOpenParen) ||
           Is(i, Word::kCloseParen) || Is(i, Word::kEmDash) ||
           Is(i, Word::kEnDash) || Is(i, Word::kDoubleHyphen) ||
           Is(i, Word::kHorizontalBar);
  }
  bool RawQuote(int i) const { return Tok(i).kind == TokenKind::kQuote; }
  [[gnu::always_inline]] bool IsQuote(int i) const {
    return Tok(i).kind == TokenKind::kQuote && !IsPossessive(i);
  }
  // An unpaired apostrophe glued to the word before it ("the teachers' union").
  [[gnu::always_inline]] bool IsPossessive(int i) const {
    return Tok(i).kind == TokenKind::kQuote && qopen_[i] == kNone &&
           qclose_[i] == kNone && !Tok(i).has(kSpaceBefore) && i > 0 &&
           Tok(i - 1).kind == TokenKind::kWord && IsApostrophe(i);
  }
  [[gnu::always_inline]] bool IsOpenQuote(int i) const {
    return IsQuote(i) && qclose_[i] != kNone;
  }
  [[gnu::always_inline]] bool IsCloseQuote(int i) const {
    return IsQuote(i) && qopen_[i] != kNone;
  }
  [[gnu::always_inline]] bool IsWord(int i) const {
    TokenKind k = Tok(i).kind;
    return k == TokenKind::kWord || k == TokenKind::kNumber ||
           k == TokenKind::kHandle;
  }
  [[gnu::always_inline]] bool IsCap(int i) const {
    return IsWord(i) && Tok(i).has(kCapitalized);
  }
  [[gnu::always_inline]] bool IsFinalPunct(int i) const {
    return IsPunct(i) && (Is(i, Word::kPeriod) || Is(i, Word::kQuestion) ||
                          Is(i, Word::kExclamation));
  }
  const EntryInfo& Info(const Hit& h) const { return info_[h.entry]; }

  // Pairs quotation marks inside each paragraph. `''` and ``` `` ``` count as
  // one mark.
  void PairQuotes() {
    const int n = static_cast<int>(ts_.size());
    std::vector<int>& stack = quote_stack_;  // opening mark: first token
    stack.clear();
    // Quotation marks, backticks and paragraph starts are all marks
    // (TokenStream::marks): the constructor listed them (pair_marks_); the
    // other tokens change nothing here.
    int skip_to = -1;  // tokens up to here were read as one group
    // A quotation that runs on into the next paragraph has no closing mark
    // in its own ("“We will ... / “And then ...,” she said."): an opening
    // mark that starts a line and is still open when the paragraph ends
    // quotes the rest of its line (depth steps, as for a pair). Cues there
    // are the quoted speaker's words ("I said", "we think"), which PolNeAR
    // leaves unannotated as it does inside closed quotations.
    auto close_runs = [&](int end) {
      for (int o : stack) {
        if (o > 0 && ts_.newlines_before[o] == 0) continue;
        // Any closing mark later in the line ("the '60s,” she said") means
        // the marks were paired wrongly, not that the quotation runs on.
        int k = o + 1;
        bool closed = false;
        for (; k < end && ts_.newlines_before[k] == 0 && !closed; ++k)
          closed = RawQuote(k) && (Tok(k).has(kClosing) || Norm(k) == Norm(o));
        // A transcript's speaker label opens the line ("“LEE: We ..."): the
        // label and its colon are no part of the quoted words.
        int b = o + 1;
        while (b < k && b - o <= 3 && IsCap(b)) ++b;
        b = b > o + 1 && b < k && Is(b, Word::kColon) ? b + 1 : o + 1;
        if (!closed && k > b) {
          depth_steps_.push_back({b, 1});
          depth_steps_.push_back({k, -1});
        }
      }
      stack.clear();
    };
    for (const TokenStream::Mark& mark : pair_marks_) {
      int i = static_cast<int>(mark.token);
      if (i <= skip_to) continue;
      // (A paragraph start with no quotation open closes nothing.)
      if (i > 0 && mark.newlines >= 2 && !stack.empty())
        close_runs(i);  // newlines_before[i]
      bool q = RawQuote(i) ||
               (Tok(i).kind == TokenKind::kSymbol && Is(i, Word::kBacktick));
      if (!q) continue;
      int last = i;
      while (last + 1 < n && !Tok(last + 1).has(kSpaceBefore) &&
             (RawQuote(last + 1) || Is(last + 1, Word::kBacktick)) &&
             Norm(last + 1) == Norm(i)) {
        ++last;
      }
      const Token& t = Tok(i);
      bool opening = t.has(kOpening) || (!t.has(kClosing) && stack.empty());
      if (Is(i, Word::kBacktick)) opening = true;
      // An opening mark glued to the end of a clause and followed by a space
      // closes the open quotation: a typo for the closing mark ("here,“ said
      // Lee").
      if (opening && !stack.empty() && Norm(stack.back()) == Norm(i) &&
          last == i && !t.has(kSpaceBefore) && i > 0 &&
          (IsWord(i - 1) || IsPunct(i - 1)) &&
          (i + 1 == n || Tok(i + 1).has(kSpaceBefore))) {
        opening = false;
      }
      // A lone apostrophe glued to a word is a possessive ("teachers' union")
      // unless it closes an open single quote (not a `''` one).
      if (IsApostrophe(i) && last == i && !t.has(kSpaceBefore) && i > 0 &&
          IsWord(i - 1)) {
        const int o = stack.empty() ? -1 : stack.back();
        bool closes = o >= 0 && Norm(o) == Norm(i) &&
                      !(o + 1 < n && !Tok(o + 1).has(kSpaceBefore) &&
                        RawQuote(o + 1) && Norm(o + 1) == Norm(o));
        if (!closes) continue;
        opening = false;
      }
      if (opening) {
        stack.push_back(i);
      } else if (!stack.empty()) {
        int o = stack.back();
        stack.pop_back();
        qclose_[o] = last;
        qopen_[last] = o;
        quote_marks_.push_back(o);
        quote_marks_.push_back(last);
        // Every token of the opening group points at the close.
        for (int k = o + 1;
             k < n && k < last && (RawQuote(k) || Is(k, Word::kBacktick)) &&
             !Tok(k).has(kSpaceBefore);
             ++k) {
          qclose_[k] = last;
          quote_marks_.push_back(k);
        }
      }
      skip_to = last;
    }
    close_runs(n);
  }

  // ---- sentence analysis -------------------------------------------------
  struct SentenceView {
    int b = 0, e = 0;  // tokens
    int limit = 0;     // e minus final punctuation
  };

  // Inlined into FindAll's loop over the sentences: most of them stop at
  // the prefilter, before the large AnalyzeSentence and its entry and exit.
  [[gnu::always_inline]] void FindInSentence(uint32_t s, const Sentence& sent) {
    SentenceView v;
    v.b = static_cast<int>(sent.first_token);
    v.e = static_cast<int>(sent.end_token);
    v.limit = v.e;
    while (v.limit > v.b && IsFinalPunct(v.limit - 1)) --v.limit;
    v.b = SkipDateline(v);
    if (v.limit <= v.b) return;
    // The sentence's cue candidates: cands_[c0, c1). Sentences come in
    // order, so the cursor only moves forward.
    const uint32_t* cands = cands_.data();
    const size_t nc = cands_.size();
    size_t c0 = cand_cur_;
    while (c0 < nc && static_cast<int>(cands[c0]) < v.b) ++c0;
    size_t c1 = c0;
    while (c1 < nc && static_cast<int>(cands[c1]) < v.e) ++c1;
    cand_cur_ = c1;
    // Cheap prefilter: any cue at all?
    // DocumentInCue and ViewToCue open the sentence with "in" or "to".
    const bool to_open =
        Is(v.b, Word::kTo) ||
        (v.b + 1 < v.limit && Is(v.b + 1, Word::kTo) &&
         (Is(v.b, Word::kBut) || Is(v.b, Word::kAnd) || Is(v.b, Word::kYet)));
    bool any = to_open || Is(v.b, Word::kIn);
    for (size_t c = c0; c < c1 && !any; ++c) {
      const int i = static_cast<int>(cands[c]);
      any = verb_[i].end != kNone || prep_[i].end != kNone ||
            adverb_[i].end != kNone || noun_[i].end != kNone ||
            Is(i, Word::kColon) ||
            src_[i].end != kNone;  // a poll noun (PollInCue)
    }
    if (!any) return;
    AnalyzeSentence(s, v, c0, c1, to_open);
  }

  // The rules on sentence s (its view v, cue candidates cands_[c0, c1)),
  // which has passed FindInSentence's prefilter.
  [[gnu::noinline]] void AnalyzeSentence(uint32_t s, const SentenceView& v,
                                         size_t c0, size_t c1, bool to_open) {
    const uint32_t* const cands = cands_.data();
    const size_t first = drafts_.size();
    int consumed = v.b;  // tokens before this were part of an earlier cue
    for (size_t c = c0; c < c1; ++c) {
      const int i = static_cast<int>(cands[c]);
      if (i < consumed) continue;
      if (verb_[i].end != kNone) {
        if (VerbCue(s, v, i)) {
          // The object of "told" up to the content is no cue of its own
          // ("told BBC One's Sunday Politics show he ...").
          const Draft& d = drafts_.back();
          int e = d.cue_e;
          // Only names, nouns and the noun forms of cue verbs after a
          // capitalized word: "told Comdata it believes that ...", "asked
          // questions about Clinton's assertion that ..." keep their inner
          // cues.
          if (Info(verb_[i]).obj && !d.pieces.empty()) {
            const int content = d.pieces.front().first;
            while (e < content && (IsWord(e) || IsCliticS(e)) &&
                   aux_[e].end == kNone && !clause_[e] &&
                   noun_[e].end == kNone && chain_[e].end == kNone &&
                   !(src_[e].end != kNone &&
                     Info(src_[e]).kind == SourceType::kPronoun) &&
                   (verb_[e].end == kNone || TitleNoun(e)))
              ++e;
          }
          consumed = std::max(consumed, e);
        } else if (noun_[i].end != kNone) {
          // "the farmers' warning that ...": a form of a cue verb that is
          // also a cue noun, and no verb here, may be that noun.
          GenitiveCue(s, v, i, noun_[i]);
        } else if (const EntryInfo& vi = Info(verb_[i]);
                   vi.noun && (vi.form == Form::kBase || vi.form == Form::kS)) {
          // "the administration's hopes that ...": so may a noun=1 verb's
          // base or -s form (VerbCueAt takes none after a genitive).
          GenitiveCue(s, v, i, verb_[i]);
        }
      } else if (prep_[i].end != kNone) {
        if (PrepCue(s, v, i))
          consumed = std::max(consumed, drafts_.back().cue_e);
      } else if (noun_[i].end != kNone) {
        GenitiveCue(s, v, i, noun_[i]);
      } else if (i > v.b && i - v.b <= 12 && Is(i, Word::kColon)) {
        ColonCue(s, v, i);
      }
    }
    // "In the latest survey, 54 percent ...": a document names the source.
    // (Its first test here: most sentences open otherwise.)
    if (Is(v.b, Word::kIn)) DocumentInCue(s, v, drafts_.size() > first);
    // "Lee leads by nine points in the latest poll."
    if (drafts_.size() == first) {
      for (size_t c = c0; c < c1; ++c) {
        const int i = static_cast<int>(cands[c]);
        if (src_[i].end != kNone && Info(src_[i]).poll) {
          PollInCue(s, v, i);
          break;
        }
      }
    }
    if (to_open && drafts_.size() == first) ViewToCue(s, v);
    // "reportedly" with no other cue: a sourceless, hedged claim.
    if (drafts_.size() == first) {
      for (size_t c = c0; c < c1 && static_cast<int>(cands[c]) < v.limit; ++c) {
        const int i = static_cast<int>(cands[c]);
        if (adverb_[i].end == kNone) continue;
        Draft d;
        d.sentence = s;
        d.cue_b = i;
        d.cue_e = adverb_[i].end;
        d.lemma = Info(adverb_[i]).lemma;
        d.hedged = true;
        TokenRange parts[2];
        int n_parts = 0;
        if (i > v.b) parts[n_parts++] = {v.b, i};
        if (d.cue_e < v.limit) parts[n_parts++] = {d.cue_e, v.limit};
        d.pieces.assign(parts, parts + n_parts);
        TrimPieces(&d);
        if (d.pieces.empty()) continue;
        d.score = 0.6;
        drafts_.push_back(std::move(d));
        break;
      }
    }
    ClipOpenEnds(first);
    ApplyChains(s, v, first, c0, c1);
  }

  // "In a poll released Monday, 54 percent of voters backed the plan": a
  // sentence opened by "In" and a phrase headed by a document noun (poll,
  // survey, study, report) states what the document found. Only when no
  // other cue is in the sentence ("In a letter, the mayor said ..." is the
  // mayor's claim).
  // A poll's finding may itself hold a cue ("In a poll released Monday, 54
  // percent of voters opposed the plan", "..., 60 percent said ..."):
  // PolNeAR marks the "In" as well, so a poll frames the sentence whatever
  // other claims it has (`other`).
  void DocumentInCue(uint32_t s, const SentenceView& v, bool other) {
    if (!Is(v.b, Word::kIn)) return;
    int c = v.b + 1;
    bool document = false, poll = false;
    while (c < v.limit && c - v.b < 16 && !IsComma(c)) {
      if (!IsWord(c) && !Is(c, Word::kSlash) && !Is(c, Word::kHyphen) &&
          !IsCliticS(c))
        return;
      if (verb_[c].end != kNone && !IsCap(c)) return;
      if (src_[c].end != kNone && Info(src_[c]).kind == SourceType::kDocument)
        document = true;
      if (src_[c].end != kNone && Info(src_[c]).poll) poll = true;
      ++c;
    }
    if (!document || c >= v.limit || v.limit - c < 4) return;
    if (other && !poll) return;
    for (int k = c + 1; k < v.limit && !poll; ++k) {
      if ((verb_[k].end != kNone && !blocker_[k - 1]) || prep_[k].end != kNone)
        return;
    }
    AcceptFraming(s, v.b, "in", v.b + 1, c, c + 1, v.limit);
  }

  // A claim framed by a one-word cue ("In the report, ...", "To Lee, ...",
  // "... in the latest poll"): the cue token `cue`, the source tokens
  // [src_b, src_e), one content piece [piece_b, piece_e).
  bool AcceptFraming(uint32_t s, int cue, std::string_view lemma, int src_b,
                     int src_e, int piece_b, int piece_e) {
    Draft d;
    d.sentence = s;
    d.cue_b = cue;
    d.cue_e = cue + 1;
    d.lemma = lemma;
    d.kind = ClaimKind::kAccordingTo;
    d.src_b = src_b;
    d.src_e = src_e;
    d.pieces.push_back({piece_b, piece_e});
    d.score = 0.6;
    return Accept(std::move(d));
  }

  // "Lee leads by nine points in the latest poll", "Ruiz came second in
  // January surveys, although ...": a clause followed by "in" and a noun
  // phrase that names a poll or survey is that poll's finding. PolNeAR marks
  // "in" as the cue, the noun phrase as the source and the clause before it
  // (from the sentence start, a comma or a subordinator) as the content.
  // `q` is the sentence's first poll noun.
  void PollInCue(uint32_t s, const SentenceView& v, int q) {
    for (int p = std::max(v.b + 3, q - 15); p < q; ++p) {
      if (!Is(p, Word::kIn)) continue;
      int c = p + 1;
      bool poll = false;
      while (c < v.limit && c - p < 16 && !IsBreak(c) && !IsQuote(c) &&
             !content_start_[c] && !(clause_[c] && !Is(c, Word::kAnd))) {
        if (!IsWord(c) && !Is(c, Word::kSlash) && !Is(c, Word::kHyphen) &&
            !IsCliticS(c))
          break;
        if (verb_[c].end != kNone && !IsCap(c)) break;
        // After the poll noun only its own modifiers follow: names, numbers,
        // "of"/"in"/"from"/"by" phrases, "released"/"conducted"/"taken"
        // ("the polls ahead of ...", "the polls and is coping ..." end it).
        if (poll && !IsCap(c) && Tok(c).kind != TokenKind::kNumber &&
            !blocker_[c] && !Is(c, Word::kIn) && !Is(c, Word::kFrom) &&
            !Is(c, Word::kBy) && !Is(c, Word::kReleased) &&
            !Is(c, "conducted") && !Is(c, Word::kTaken) &&
            !Is(c, Word::kAfter) && !Is(c, Word::kSlash) &&
            !Is(c, Word::kHyphen) &&
            !(Is(c, Word::kAnd) && c + 1 < v.limit && IsCap(c + 1)))
          break;
        if (src_[c].end != kNone && Info(src_[c]).poll) poll = true;
        ++c;
      }
      if (!poll) continue;
      // "leads in the polls", "slid in polls": polling in general, not a
      // poll that found something (PolNeAR train: 4 of 26 such cues gold).
      if ((c == p + 2 || (c == p + 3 && Is(p + 1, Word::kThe))) &&
          EndsWith(Norm(c - 1), "s"))
        continue;
      int b = p;
      while (b > v.b && !IsBreak(b - 1) && !IsQuote(b - 1) &&
             !(clause_[b - 1] && !Is(b - 1, Word::kAnd) &&
               !Is(b - 1, Word::kThan)))
        --b;
      if (p - b < 3) continue;
      // The content opens like a clause: not with a preposition or a
      // participle ("with 6 percent in the poll", "Depending on ...").
      if (adjunct_[b] ||
          (Tok(b).kind == TokenKind::kWord && EndsWith(Norm(b), "ing")))
        continue;
      for (int k = b; k < p; ++k)
        if (verb_[k].end != kNone && !blocker_[k > b ? k - 1 : k]) return;
      AcceptFraming(s, p, "in", p + 1, c, b, p);
      return;
    }
  }

  // "To Ms. Lee, the vote was a warning", "But to others, he is a hero": a
  // sentence opened by "to" and a person (a name, an object pronoun, "many",
  // "others") before a comma states that person's view. PolNeAR marks "to"
  // as the cue and the person as the source (every such opening in train;
  // "For X," is mostly no attribution and stays out). Only when no other
  // cue is in the sentence.
  void ViewToCue(uint32_t s, const SentenceView& v) {
    int k = v.b;
    if (Is(k, Word::kBut) || Is(k, Word::kAnd) || Is(k, Word::kYet)) ++k;
    if (k + 1 >= v.limit || !Is(k, Word::kTo)) return;
    const int sb = k + 1;
    int c = sb;
    if (Is(sb, Word::kHim) || Is(sb, Word::kHer) || Is(sb, Word::kThem) ||
        Is(sb, Word::kMe) || Is(sb, Word::kUs) || Is(sb, Word::kMany) ||
        Is(sb, Word::kOthers) || Is(sb, Word::kSome) || Is(sb, Word::kMost)) {
      c = sb + 1;
    } else {
      // A name with its title: "Mr. Ruiz", "Florida consultant Ann Lee".
      while (c < v.limit && c - sb < 6 &&
             ((IsWord(c) && verb_[c].end == kNone && aux_[c].end == kNone &&
               !clause_[c] && !adjunct_[c] && !blocker_[c]) ||
              (Is(c, Word::kPeriod) && c > sb && !Tok(c).has(kSpaceBefore))))
        ++c;
      if (c == sb || !IsCap(sb) || !(IsCap(c - 1) || Is(c - 1, Word::kPeriod)))
        return;
    }
    if (c >= v.limit || !IsComma(c)) return;
    int src_e = c;
    if (Is(c + 1, Word::kWho)) {
      // "To Ann Lee, who has studied the rallies, the vote was ...": the
      // relative clause joins the source, as PolNeAR spans it.
      int r = c + 2;
      while (r < v.limit && r - c < 25 && !IsComma(r) && !IsBreak(r) &&
             !IsQuote(r))
        ++r;
      if (r >= v.limit || !IsComma(r)) return;
      src_e = r;
      c = r;
    }
    if (v.limit - (c + 1) < 3) return;
    AcceptFraming(s, k, "to", sb, src_e, c + 1, v.limit);
  }

  // A dateline opening a paragraph ("HAVENPORT, Maine —", "LONDON (AP) --")
  // is neither source nor content: the sentence starts after its dash.
  // Inlined: it runs for every sentence, and as a call it cost the claims
  // stage 0.5 % of its instructions once FindInSentence grew.
  [[gnu::always_inline]] int SkipDateline(const SentenceView& v) const {
    const int b = v.b;
    if (b > 0 && ts_.newlines_before[b] == 0) return b;
    int k = b;
    bool upper = false;
    while (k < v.limit && k - b < 12) {
      if (IsDash(k) || (Is(k, Word::kHyphen) && Tok(k).has(kSpaceBefore)))
        break;
      // A date after the place: "TOKYO, Nov. 5 (AP) --".
      if (Is(k, Word::kComma) || Is(k, Word::kPeriod) ||
          (Tok(k).kind == TokenKind::kNumber && k > b)) {
        ++k;
        continue;
      }
      if (Is(k, Word::kOpenParen)) {  // "(AP)", "(Reuters)"
        while (k < v.limit && !Is(k, Word::kCloseParen) && k - b < 12) ++k;
        ++k;
        continue;
      }
      if (!IsWord(k)) return b;
      // All capitals ("WASHINGTON"), or a capitalized state after a comma.
      std::string_view raw = SpanText(Tok(k).span);
      bool caps = raw.size() >= 2;
      for (size_t c = 0; caps && c < raw.size(); ++c)
        caps = !(raw[c] >= 'a' && raw[c] <= 'z');
      if (caps) {
        upper = true;
      } else if (!(IsCap(k) && k > b &&
                   (Is(k - 1, Word::kComma) || IsCap(k - 1)))) {
        return b;
      }
      ++k;
    }
    if (!upper || k >= v.limit || !(IsDash(k) || Is(k, Word::kHyphen)))
      return b;
    return k + 1;
  }

  // Left end of a noun phrase that ends at `end` (exclusive); stops at
  // clause words, punctuation, quotes and other cue verbs.
  int NounPhraseStart(int b, int end, int max_len = 10) const {
    int start = end;
    while (start - 1 >= b && end - (start - 1) <= max_len) {
      int k = start - 1;
      // (Words, numbers and handles are never ")" or the other marks below:
      // most tokens here are words, which skip those compares.)
      const bool word = IsWord(k);
      if (!word && Is(k, Word::kCloseParen) && k > b) {
        // A short parenthetical inside the name: "Rep. Ann Lee (D-Md.)".
        int o = k - 1;
        while (o > b && k - o < 6 && !Is(o, Word::kOpenParen) && !IsBreak(o))
          --o;
        if (Is(o, Word::kOpenParen) && o > b && IsWord(o - 1)) {
          start = o;
          continue;
        }
        break;
      }
      // A slash between two words joins them ("a CNN/ORC poll", "the
      // NBC/Wall Street Journal survey").
      // A hyphen joins words only between them, with no space on either
      // side: "- Pew said", "a rally - Ann Lee said" are dashes.
      if (!word && Is(k, Word::kHyphen) &&
          (k == b || start == end || Tok(k).has(kSpaceBefore) ||
           Tok(start).has(kSpaceBefore)))
        break;
      // "someone whom Ann Lee described as ...": the relative pronoun is
      // the object of the clause, no part of its subject ("many of whom"
      // is one).
      if (word && Is(k, Word::kWhom) && !(k > b && Is(k - 1, Word::kOf))) break;
      if (!word && !IsPossessive(k) && !Is(k, Word::kAmpersand) &&
          !Is(k, Word::kHyphen) && !Is(k, Word::kPercentSign) &&
          !IsCliticS(k) &&
          !(Is(k, Word::kSlash) && k > b && start < end &&
            !Tok(k).has(kSpaceBefore) && !Tok(start).has(kSpaceBefore) &&
            IsWord(k - 1))) {
        break;
      }
      if (clause_[k] || content_start_[k]) {
        // Noun phrases joined by "and" that open their clause ("the mayor
        // and the governor", "politicians and activists", "Ben Carson, Ted
        // Cruz and Rand Paul") are one subject.
        // Coordinated names ("Ann Lee and Tom Ruiz said") and "more than 6
        // in 10 voters" stay in the phrase.
        // Also with a pronoun: "he and Mr. Allen said", "she and another
        // reporter said".
        // ("her" before a noun is a determiner: "Lee's team and her allies
        // said".)
        if (Is(k, Word::kAnd) && start < end &&
            (!IsPronoun(start) || k == b + 1 ||
             (Is(start, Word::kHer) && start + 1 < end))) {
          const int l = ConjunctsStart(b, k);
          if (l != kNone && end - l <= max_len + 8) {
            start = l;
            break;
          }
        }
        if (Is(k, Word::kAnd) && k - 1 >= b && start < end &&
            (IsCap(k - 1) || IsPronoun(k - 1)) &&
            (IsCap(start) ||
             // "Mrs. Lee and her aides", "the union and 14 other groups".
             (IsCap(k - 1) && start < end &&
              (blocker_[start] || Is(start, Word::kOther) ||
               Tok(start).kind == TokenKind::kNumber)) ||
             (IsPronoun(k - 1) && (src_[start].end != kNone ||
                                   blocker_[start] || IsPronoun(start))))) {
          start = k;
          continue;
        }
        if (Is(k, Word::kThan) && k - 1 >= b && start < end &&
            Tok(start).kind == TokenKind::kNumber &&
            (Is(k - 1, Word::kMore) || Is(k - 1, Word::kFewer) ||
             Is(k - 1, Word::kLess))) {
          start = k - 1;
          continue;
        }
        break;
      }
      // A cue form ends it, unless an exception says it is no cue here
      // ("voters in both states said", "a think tank said"); an adjective
      // without its copula modifies the noun ("a group critical of the
      // plan said"), and so does a bare past participle, a reduced relative
      // ("a memo seen by the Herald shows", as VerbCueAt reads one).
      if (verb_[k].end != kNone && !Tok(k).has(kCapitalized) &&
          !blocker_[k > b ? k - 1 : k] && src_[k].end == kNone &&
          !exception_[k] && !Info(verb_[k]).adj &&
          !(Info(verb_[k]).form == Form::kPp && k > b &&
            aux_[k - 1].end == kNone && IsWord(k - 1))) {
        break;
      }
      // A finite auxiliary ends the subject: "voters are more likely to say".
      if (aux_[k].end != kNone && Info(aux_[k]).finite &&
          !Tok(k).has(kCapitalized) && !IsCliticS(k)) {
        break;
      }
      start = k;
    }
    if (start < end && Is(start, Word::kSlash)) ++start;  // "9/11 ..."
    // Leading time words and sentence adverbs are not part of the source,
    // but the modifiers of a figure are ("About 4 in 10 voters", "Only about
    // a third", "At least half of the tenants").
    while (start < end && (adjunct_[start] || aux_[start].end != kNone) &&
           src_[start].end == kNone && end - start > 1 &&
           !FigureStartsAt(start) &&
           // A genitive or a source noun after it makes it a modifier:
           // "Tuesday's results", "Early returns", "This group".
           !(adjunct_[start] &&
             (IsCliticS(start + 1) ||
              (src_[start + 1].end != kNone &&
               Info(src_[start + 1]).kind != SourceType::kPronoun))) &&
           !(aux_[start].end != kNone && start + 1 < end &&
             !IsComma(start + 1) && FigureStartsAt(start + 1)) &&
           !(Is(start, Word::kAt) && start + 1 < end &&
             (Is(start + 1, Word::kLeast) || Is(start + 1, Word::kMost))) &&
           // "AT&T", "BY&CO": a word before '&' opens a name.
           !Is(start + 1, Word::kAmpersand)) {
      ++start;
    }
    return start;
  }

  // A lowercase word that can end the first of two joined modifiers or
  // nouns: no verb, auxiliary, clause word, adverb, pronoun or participle.
  bool ModifierConjunct(int h) const {
    if (Tok(h).kind != TokenKind::kWord || IsCap(h) || clause_[h] ||
        content_start_[h] || adjunct_[h] || blocker_[h] ||
        verb_[h].end != kNone || aux_[h].end != kNone || IsPronoun(h))
      return false;
    const std::string_view w = Norm(h);
    return !EndsWith(w, "ed") && !EndsWith(w, "ing") && !EndsWith(w, "ly");
  }

  // The start of the noun phrases joined by "and" at `k` ("the mayor and",
  // "Her advisers and", "Ben Carson, Ted Cruz and"), when they open their
  // clause (the sentence start, a comma, a quotation mark, a clause word or
  // "that" before them); kNone otherwise ("Lee visited the plant and
  // workers said": "the plant" is an object). Each conjunct ends in a name,
  // a source noun or a lone pronoun; a list of names may run on over commas.
  int ConjunctsStart(int b, int k) const {
    int h = k - 1;
    // "A, B, and C" (of names: ", and" may also close an appositive).
    const bool serial = h > b && IsComma(h);
    if (serial) --h;
    int accepted = kNone;  // the start of the conjuncts read so far
    for (int n = 0; n < 6 && h >= b; ++n) {
      const bool list = accepted != kNone;  // a conjunct before a comma
      if (!IsWord(h) && !Is(h, Word::kCloseParen)) return accepted;
      int l = h;
      if (Is(h, Word::kCloseParen)) {  // "Rep. Ann Lee (D-Md.)"
        int o = h - 1;
        while (o > b && h - o < 6 && !Is(o, Word::kOpenParen) && !IsBreak(o))
          --o;
        if (!Is(o, Word::kOpenParen) || o <= b || !IsCap(o - 1))
          return accepted;
        l = h = o - 1;
      }
      // A name, a source noun or a plural ("members", "groups"); as the
      // last conjunct, also a modifier or singular noun that shares the
      // head after "and" ("current and former aides", "the pollster and
      // strategist Ann Lee").
      bool head = IsCap(h) || (!list && PluralNoun(h)) ||
                  (!list && !serial && k == h + 1 && ModifierConjunct(h));
      for (int x = std::max(b, h - 3); x <= h && !head; ++x) {
        head = src_[x].end == h + 1 &&
               (Info(src_[x]).kind != SourceType::kPronoun ||
                (x == h && !list && IsPronoun(h)));
      }
      if (!head || ((list || serial) && !IsCap(h))) return accepted;
      if (!IsPronoun(h)) {
        // Leftwards over modifiers up to a determiner: "the", "Her",
        // "many liberal", "Clinton's", "former Maryland Gov.".
        for (int x = h - 1; x >= b && h - x < 7; --x) {
          const bool poss = IsCliticS(x) || IsPossessive(x);
          if (!poss && (!IsWord(x) || clause_[x] || content_start_[x] ||
                        aux_[x].end != kNone || adjunct_[x] ||
                        (verb_[x].end != kNone && !IsCap(x) && !exception_[x])))
            break;
          if (!poss && !IsCap(x) && (IsPronoun(x) || EndsWith(Norm(x), "ed")))
            break;
          l = x;
          if (blocker_[x] && !poss) break;
        }
      }
      // "both the mayor and her aides": "both" opens the conjuncts.
      if (l - 1 >= b && Is(l - 1, Word::kBoth)) --l;
      const int p = l - 1;
      if (p < b || IsQuote(p) || Is(p, Word::kSemicolon) ||
          Is(p, Word::kColon) || Is(p, Word::kOpenParen) || IsParenDash(p) ||
          content_start_[p] ||
          (clause_[p] && !Is(p, Word::kAnd) && !Is(p, Word::kOr)))
        return l;
      if (!IsComma(p)) return accepted;
      // After a comma: a list of names runs on ("Ben Carson, Ted Cruz and
      // Rand Paul"); anything else ends it there.
      accepted = l;
      if (!IsCap(h) || !IsCap(l)) return accepted;
      h = p - 1;
    }
    return accepted;
  }

  // A lower-case plural noun: "members", "groups" (not "class", "bonus").
  bool PluralNoun(int k) const {
    if (Tok(k).kind != TokenKind::kWord || IsCap(k)) return false;
    const std::string_view w = Norm(k);
    return w.size() > 3 && w.back() == 's' && !EndsWith(w, "ss") &&
           !EndsWith(w, "us") && !EndsWith(w, "is") && !adjunct_[k] &&
           verb_[k].end == kNone && aux_[k].end == kNone && !clause_[k];
  }

  // A quantity other than a date begins at token `k`.
  bool FigureStartsAt(int k) const {
    if (doc_->quantities.empty()) return false;
    const uint32_t b = Tok(k).span.begin;
    bool found = false;
    quantity_index_.ForOverlapping(Span{b, b + 1}, [&](uint32_t q) {
      const Quantity& qt = doc_->quantities[q];
      found = found || (qt.span.begin == b && qt.type != QuantityType::kDate);
    });
    return found;
  }

  // A claim found so far has its cue in tokens [b, e).
  bool HasDraftCueIn(int b, int e) const {
    for (size_t k = drafts_.size(); k-- > 0;) {
      if (drafts_[k].cue_e <= b) break;
      if (drafts_[k].cue_b >= b && drafts_[k].cue_e <= e) return true;
    }
    return false;
  }

  // The comma that opens an appositive or relative clause closed by the
  // comma at `j` (over 40 tokens at most, and over any quotation inside it:
  // "Ann Lee, who called the plan a \"sham,\" said"); kNone if there is none.
  int AppositiveOpen(const SentenceView& v, int j) const {
    int k = j - 1;
    while (k > v.b && !IsComma(k) && !Is(k, Word::kSemicolon) && j - k < 40) {
      if (IsQuote(k)) {
        // A quotation inside the clause is passed over whole; the one that
        // holds the closing comma is opened here.
        if (IsCloseQuote(k) && qopen_[k] > v.b && qopen_[k] < k) {
          k = qopen_[k] - 1;
          continue;
        }
        if (!(IsOpenQuote(k) && qclose_[k] > j)) break;
      }
      --k;
    }
    return k > v.b && IsComma(k) ? k : kNone;
  }

  // American style puts the comma that closes an appositive or relative
  // clause inside the closing quotation mark ("Ann Lee, who called the plan
  // a \"sham,\" said ..."): that comma, when the quotation closing right
  // before `vb` opens in the middle of a clause (after a word); kNone
  // otherwise ("\"We won,\" said Lee" is a quotation and its cue).
  int QuoteComma(const SentenceView& v, int vb) const {
    return QuoteComma(v.b, vb);
  }
  int QuoteComma(int b, int vb) const {
    const int c = vb - 1;
    if (c <= b || !IsCloseQuote(c)) return kNone;
    const int o = qopen_[c];
    int first = c;  // a `''` closing mark is two tokens
    while (first - 1 > o && RawQuote(first - 1) &&
           !Tok(first).has(kSpaceBefore) && Norm(first - 1) == Norm(first))
      --first;
    if (first - 1 <= o || !IsComma(first - 1)) return kNone;
    if (o - 1 <= b || !IsWord(o - 1)) return kNone;
    return first - 1;
  }

  // "that" at `j`, right before a cue verb, is a relative pronoun on a
  // document noun ("polls that show", "a report that said"): the subject.
  // (On other nouns such cues are as often not annotated: "a shirt that
  // read", "a group that opposes".)
  bool DocumentThat(const SentenceView& v, int j) const {
    if (j <= v.b || !Is(j, Word::kThat)) return false;
    for (int x = std::max(v.b, j - 3); x < j; ++x) {
      if (src_[x].end == j && Info(src_[x]).kind == SourceType::kDocument)
        return true;
    }
    return false;
  }

  // The subject of a cue group starting at `vb`: a noun phrase, with an
  // appositive or relative clause between commas ("X, who ..., said").
  std::pair<int, int> Subject(const SentenceView& v, int vb) const {
    int j = vb - 1;
    if (j < v.b) return {kNone, kNone};
    if (IsCloseQuote(j) && QuoteComma(v, vb) != kNone) j = QuoteComma(v, vb);
    // "Sen. Ann Lee (D-Ore.), said": a comma after a name's short
    // parenthetical closes no appositive when no comma before opens one.
    if (IsComma(j) && j - 1 > v.b && Is(j - 1, Word::kCloseParen)) {
      const std::pair<int, int> name = Subject(v, j);
      const int k = AppositiveOpen(v, j);
      if (name.first != kNone && k == kNone) return {name.first, vb};
    }
    if (IsComma(j)) {
      // Appositive: find the comma that opens it. Appositives with a
      // relative clause run past 20 tokens ("Ann Lee, a lawyer who sat on
      // the board before ..., said"); 40 recovers them (PolNeAR train and
      // dev cue, source and content F1 all rise; 60 finds no more).
      const int k = AppositiveOpen(v, j);
      if (k == kNone) return {kNone, kNone};
      // So long, it must open like a noun phrase or a relative clause ("a
      // lawyer who ...", "which ..."), not be a clause of its own ("X,
      // stability and growth would be the themes when ..., said Y").
      if (j - k >= 20 && !(blocker_[k + 1] || Is(k + 1, Word::kWho) ||
                           Is(k + 1, Word::kWhich) || Is(k + 1, Word::kWhose)))
        return {kNone, kNone};
      int start = NounPhraseStart(v.b, k, 8);
      if (start == k) return {kNone, kNone};
      start = RelativeHead(v, start);
      // An age between commas: "Rita Gomez, 34, a nurse, said".
      if (k - start == 1 && Tok(start).kind == TokenKind::kNumber &&
          start - 1 > v.b && IsComma(start - 1)) {
        const int name = NounPhraseStart(v.b, start - 1, 8);
        if (name < start - 1) start = name;
      }
      // The appositive itself holds a comma ("Dean Ruiz, a grocer from
      // Sumter, South Carolina, said", "Ana Lee, head of Arcadia, a bank,
      // said"): the name that opens the sentence goes with it. Not a
      // connective or an opening adjunct ("However, Ana Lee, a nurse,
      // said", "For one thing, the mayor, ...": a sentence_opener first).
      // PolNeAR train: 13 more sources exact, 5 more contents (dev: no change).
      if (start - 1 > v.b && IsComma(start - 1) && k - start > 0) {
        const int name = NounPhraseStart(v.b, start - 1, 8);
        if (name < start - 1 && name == v.b + (IsQuote(v.b) ? 1 : 0) &&
            IsCap(name) && !Opener(name))
          start = name;
      }
      // A parenthetical adjunct is not part of the source: "The judge, in
      // her dissent, wrote ...".
      // So is one opened by "for" or "by" ("Ann Lee, for her part, said",
      // "The ministry, by contrast, said"; PolNeAR train: 15 sources become
      // exact, none stops being so).
      if ((adjunct_[k + 1] && !blocker_[k + 1] && !IsCap(k + 1)) ||
          ((Is(k + 1, Word::kFor) || Is(k + 1, Word::kBy)) && k + 2 < j &&
           !IsCap(k + 2)))
        return {start, k};
      // A relative clause that is an attribution of its own ("Ann Lee, who
      // endorsed Ruiz in May, said ..."): PolNeAR leaves it out of the
      // source (17 of 20 such subjects in train).
      if (Is(k + 1, Word::kWho) && HasDraftCueIn(k + 1, j)) return {start, k};
      // A participle clause describes what the speaker was doing, not who
      // it is: "Ann Lee, wearing a campaign hat, said", "The agency,
      // citing new figures, said" (PolNeAR train: 14 of 17 such sources
      // stop at the name). "including" opens a list that is the source's,
      // and some -ing words are titles ("Ana Ruiz, acting director of ...").
      if (ParticipleClauseAt(k + 1)) return {start, k};
      return {start, vb};
    }
    if (IsParenDash(j)) {
      // A parenthetical between dashes: "Ana Ruiz — a nurse from the county
      // — said", "Party leaders - and, above all, the chairman - insisted".
      // PolNeAR spans the source over it, closing dash included.
      int k = j - 1;
      while (k > v.b && !IsParenDash(k) && !IsQuote(k) &&
             !Is(k, Word::kSemicolon) && j - k < 40)
        --k;
      if (k <= v.b || k + 1 == j || !IsParenDash(k)) return {kNone, kNone};
      const int start = NounPhraseStart(v.b, k, 8);
      if (start == k) return {kNone, kNone};
      return {start, vb};
    }
    // A name may end in a short parenthetical: "Sen. Ann Lee (D-Ore.) said";
    // a share in a percent sign: "42% say".
    if (!IsWord(j) && !Is(j, Word::kCloseParen) && !Is(j, Word::kPercentSign))
      return {kNone, kNone};
    // A relative pronoun is the subject: "voters who said", "a law which
    // states", "polls that show".
    if ((src_[j].end == vb && Info(src_[j]).agree == 'r') || DocumentThat(v, j))
      return {j, vb};
    int start = NounPhraseStart(v.b, vb);
    if (start == vb) return {kNone, kNone};
    // A time phrase between commas and the verb is no subject: "Ann Lee,
    // the mayor, on Tuesday said", "Lee, who ran in 2010, last year said".
    // The subject ends at the comma before it.
    if (start - 1 > v.b && (IsComma(start - 1) || adjunct_[start - 1]) &&
        vb - start <= 3 && DateOnly(start, vb)) {
      int t = start;
      while (t - 1 > v.b && adjunct_[t - 1] && !IsCap(t - 1)) --t;
      if (t - 1 > v.b && IsComma(t - 1)) return Subject(v, t);
    }
    // A pronoun right before the cue is the whole subject: "an answer he
    // gave", "voters who said", "something she said".
    // Not an object pronoun, which closes a longer subject: "a source close
    // to her said", "an aide to him said".
    if (start < j && src_[j].end == vb &&
        Info(src_[j]).kind == SourceType::kPronoun && !Is(j, Word::kHer) &&
        !Is(j, Word::kHim) && !Is(j, Word::kThem) && !Is(j, Word::kUs) &&
        !Is(j, Word::kMe)) {
      start = j;
    }
    start = DropLeadingTime(v.b, RelativeHead(v, start), vb);
    start = DropLeadingPhrase(v.b, start, vb);
    // (Connectives are up to four words long: a later subject is past one.)
    if (start <= v.b + 6) start = DropConnective(v, start, vb);
    start = NameBeforeAppositive(v, start);
    return {start, DropTimeAdjunct(start, vb)};
  }

  // One past the connective (data/cues.tsv, type connective) that starts at
  // token b, or kNone.
  int ConnectiveEnd(int b) const {
    if (Opener(b) & kConnectiveWord) return b + 1;
    for (const auto& [cb, ce] : connectives_)
      if (static_cast<int>(cb) == b) return static_cast<int>(ce);
    return kNone;
  }

  // A connective that opens the sentence with no comma after it is no part
  // of the subject: "In contrast producers wanted", "Meanwhile analysts
  // said", "At the same time investors said" (PolNeAR spans no source over
  // one). The subject [start, vb) then starts right after it, when a word
  // is left. Returns the new start.
  int DropConnective(const SentenceView& v, int start, int vb) const {
    int b = v.b;
    if (b < vb && IsQuote(b)) ++b;
    // After a word that leads the sentence: "But meanwhile analysts said".
    if (b + 1 < vb && (Opener(b) & kLeadsContent) && ConnectiveEnd(b) == kNone)
      ++b;
    if (b >= vb) return start;
    const int e = ConnectiveEnd(b);
    if (e == kNone || e <= start || e >= vb) return start;
    return e;
  }

  // "\"...,\" Ann Lee, an analyst at Halden Bank told ...": an appositive
  // opened by "a"/"an" whose closing comma is missing follows the name of a
  // person that opens the clause (the sentence start or a quotation before
  // it). The source is the name and the appositive, as PolNeAR spans it
  // with the comma there. Returns the new start.
  int NameBeforeAppositive(const SentenceView& v, int start) const {
    if (start - 2 < v.b || !IsComma(start - 1) ||
        !(Is(start, Word::kA) || Is(start, Word::kAn)) || !IsCap(start - 2))
      return start;
    const int ent = EntityIn(ByteSpan(start - 2, start - 1));
    if (ent == kNone) return start;
    const Entity& en = doc_->entities[static_cast<size_t>(ent)];
    if (en.type != EntityType::kPerson ||
        en.span.end != Tok(start - 2).span.end)
      return start;
    int n = start - 2;
    while (n - 1 >= v.b && Tok(n - 1).span.begin >= en.span.begin) --n;
    if (Tok(n).span.begin != en.span.begin) return start;
    // The name opens the clause: the sentence starts with it, or a
    // quotation closes right before it (",\"" or "\",").
    if (n == v.b) return n;
    int p = n - 1;
    if (IsComma(p) && p > v.b) --p;
    return IsCloseQuote(p) ? n : start;
  }

  // A prepositional phrase that opens the sentence with no comma after it
  // is no part of the subject when a determiner opens a second noun
  // phrase: "In the end the board said", "By contrast the company said",
  // "In recent weeks the party said". The subject [b, e) starts right
  // after a preposition that opens the sentence (sentence_opener
  // in=adjunct or in=alone, no subordinator: "After campaign aides said"),
  // or at it; it then starts at the determiner ("of" and "for" go on the
  // noun, as does a determiner after a preposition: "At least half of
  // voters in each state"). Returns the new start.
  int DropLeadingPhrase(int sentence_begin, int b, int e) const {
    const int p = b > sentence_begin ? b - 1 : b;
    if (p != sentence_begin || !IsCap(p) ||
        !(Opener(p) & (kOpensAdjunct | kOpensAdjunctAlone)) ||
        (Opener(p) & kOpensClause) || Is(p, Word::kAs) || Is(p, Word::kWith))
      return b;
    for (int m = p + 2; m < e - 1; ++m) {
      if (!IsWord(m)) return b;
      if (blocker_[m] && !blocker_[m - 1] && !adjunct_[m - 1] &&
          !Is(m, Word::kOf) && !Is(m, Word::kFor))
        return m;
    }
    return b;
  }

  // A subject found after the verb of a relative clause ("Voters who have
  // read | the plan say", "Ann Lee, who runs | the clinic, said") is the
  // clause's object: the source is the noun the clause modifies, clause and
  // all, as PolNeAR spans it. Not when the clause reports a clause ("aides
  // who said | they", "Lee, who notes that | costs").
  // Returns the new start, or `start`.
  int RelativeHead(const SentenceView& v, int start) const {
    if (IsPronoun(start)) return start;
    int r = start - 1;
    while (r > v.b && start - r <= 5 && IsWord(r) && !Is(r, Word::kWho) &&
           !clause_[r] && !content_start_[r])
      --r;
    if (r <= v.b || r + 1 == start || !Is(r, Word::kWho)) return start;
    int e = r;
    if (IsComma(e - 1)) --e;  // "Ann Lee, who runs ..."
    if (e <= v.b) return start;
    const int h = NounPhraseStart(v.b, e, 8);
    return h < e ? h : start;
  }

  // Tokens [b, e) are all of one date ("Tuesday", "last month").
  bool DateOnly(int b, int e) const {
    if (doc_->quantities.empty() || e <= b) return false;
    const uint32_t first = Tok(b).span.begin, last = Tok(e - 1).span.end;
    bool all = false;
    quantity_index_.ForOverlapping(Span{first, first + 1}, [&](uint32_t q) {
      const Quantity& qt = doc_->quantities[q];
      all = all || (qt.type == QuantityType::kDate && qt.span.begin <= first &&
                    last <= qt.span.end);
    });
    return all;
  }

  // A time phrase opening the subject is no part of it: "Last month the
  // agency said", "This week officials said", "In May the court ruled".
  // Only where a new noun phrase follows the date: the date began before
  // the subject's first word (the subject took "month" of "Last month"),
  // or a determiner, a capitalized word or a pronoun comes after it.
  // "2020 polls show", "Monday's poll showed" and a name that begins with
  // a month ("June Carter Cash said") keep their date. And only a date
  // that opens the sentence, or follows its first word ("In May", "But
  // last week"): one inside a clause before a post-posed source ("assets
  // rose at March 31, 1986 the bank said") is the content's. Returns the
  // new start of the source phrase [b, e).
  int DropLeadingTime(int sentence_begin, int b, int e) const {
    if (doc_->quantities.empty() || e - b < 2) return b;
    const uint32_t first = Tok(b).span.begin;
    int cut = b;
    quantity_index_.ForOverlapping(Span{first, first + 1}, [&](uint32_t q) {
      const Quantity& qt = doc_->quantities[q];
      if (qt.type != QuantityType::kDate || qt.span.begin > first) return;
      int d = b;  // the date's first token
      while (d > sentence_begin && Tok(d - 1).span.begin >= qt.span.begin) --d;
      if (d > sentence_begin + 1) return;
      int k = b;
      while (k < e && Tok(k).span.begin < qt.span.end) ++k;
      if (k == b || k >= e || IsPossessive(k) || IsCliticS(k)) return;
      // A name that runs on past the date keeps it: "June Carter Cash".
      bool name_across = false;
      entity_index_.ForOverlapping(Span{first, first + 1}, [&](uint32_t n) {
        name_across = name_across || doc_->entities[n].span.end > qt.span.end;
      });
      if (name_across) return;
      if (qt.span.begin < first || Is(k, Word::kThe) || Is(k, Word::kA) ||
          Is(k, Word::kAn) || IsCap(k) || IsPronoun(k)) {
        cut = std::max(cut, k);
      }
    });
    return cut;
  }

  // A time phrase between a subject and its verb is no part of the source:
  // "Lee on Tuesday said", "the court this month rejected", "who in 2010
  // said". Returns the new end of the source phrase [b, e).
  int DropTimeAdjunct(int b, int e) const {
    if (doc_->quantities.empty() || e - b < 2) return e;
    const uint32_t last = Tok(e - 1).span.end;
    int cut = e;
    quantity_index_.ForOverlapping(Span{last - 1, last}, [&](uint32_t q) {
      const Quantity& qt = doc_->quantities[q];
      if (qt.type != QuantityType::kDate || qt.span.end != last) return;
      for (int k = b + 1; k < e; ++k) {
        if (Tok(k).span.begin >= qt.span.begin) {
          cut = std::min(cut, k);
          break;
        }
      }
    });
    while (cut > b + 1 && cut < e && adjunct_[cut - 1] && !IsCap(cut - 1))
      --cut;
    // A participle takes the date with it: "figures released on Monday".
    if (cut < e && Tok(cut - 1).kind == TokenKind::kWord && !IsCap(cut - 1) &&
        (EndsWith(Norm(cut - 1), "ed") || EndsWith(Norm(cut - 1), "en")))
      return e;
    return cut;
  }

  // The subject before `vb` ends in a relative clause between commas:
  // "Nordic Rail, which runs the line to the port, said".
  bool RelativeSubject(const SentenceView& v, int vb) const {
    int j = vb - 1;
    if (j > v.b && IsCloseQuote(j) && QuoteComma(v, vb) != kNone)
      j = QuoteComma(v, vb);
    if (j <= v.b || !IsComma(j)) return false;
    const int k = AppositiveOpen(v, j);
    if (k == kNone || k + 1 >= j) return false;
    if (!(Is(k + 1, Word::kWhich) || Is(k + 1, Word::kWho) ||
          Is(k + 1, Word::kWhose)))
      return false;
    return NounPhraseStart(v.b, k, 8) < k;
  }

  // The sentence opens with a subject and an appositive between commas right
  // before `vb`: "Ann Lee, a farmer from the valley, says the frost came
  // early" (what follows the cue is the content, not a post-posed source).
  bool AppositiveSubject(const SentenceView& v, int vb) const {
    if (vb - 1 <= v.b || !(IsComma(vb - 1) || (IsCloseQuote(vb - 1) &&
                                               QuoteComma(v, vb) != kNone)))
      return false;
    const int start = Subject(v, vb).first;
    const int open = v.b + (IsQuote(v.b) ? 1 : 0);
    if (start == kNone) return false;
    if (start <= open) return true;
    // After an opening connective or adjunct that Subject leaves out
    // ("However, Ann Lee, a farmer, says ...", "For one thing, ..."): no
    // other comma before it.
    if (!Opener(open) || !IsComma(start - 1)) return false;
    for (int k = open; k < start - 1; ++k) {
      if (IsComma(k)) return false;
    }
    return true;
  }

  // Extends a cue verb at [i, e) left over auxiliaries, negation and adverbs;
  // for an adjective (`adj`) also over a copula such as "remained".
  [[gnu::always_inline]] int CueGroupStart(const SentenceView& v, int i,
                                           bool ing, bool adj, bool* be,
                                           bool* hedge, bool* neg) const {
    const int b = v.b;
    int vb = i;
    // A capitalized auxiliary inside a sentence starts a name ("Will Ortiz
    // said"), except in a title-case headline ("Lee Just Revealed Her Pick").
    int title_case = -1;  // unknown
    for (;;) {
      bool moved = false;
      // Longest auxiliary first: "more likely to" before "likely to".
      // (Most cues have none in the four tokens before them: one test of
      // their four flag bytes answers that.)
      const int k0 =
          vb >= 4 && !AuxStartsIn4(vb - 4) ? vb : std::max(b, vb - 4);
      for (int k = k0; k < vb; ++k) {
        if (aux_[k].end == vb && (adj || !Info(aux_[k]).copula) &&
            !(Tok(k).has(kCapitalized) && !Tok(k).has(kSentenceInitial) &&
              !(title_case < 0 ? (title_case = TitleCase(v)) : title_case))) {
          const EntryInfo& a = Info(aux_[k]);
          *be = *be || a.be;
          *hedge = *hedge || a.hedge;
          *neg = *neg || a.neg;
          vb = k;
          moved = true;
          break;
        }
      }
      if (!moved && vb - 1 >= b && IsAdverb(vb - 1)) {
        // Any "-ly" adverb joins the group: "has also broadly agreed".
        vb = vb - 1;
        moved = true;
      }
      // A floating quantifier after an auxiliary joins it too: "have both
      // said", "had all endorsed" (PolNeAR train 16 of 17); without the
      // auxiliary it ends the subject ("They both said").
      // (The auxiliary first: its flag answers most groups.)
      if (!moved && vb - 2 >= b && aux_[vb - 2].end == vb - 1 &&
          (Is(vb - 1, Word::kBoth) || Is(vb - 1, Word::kAll) ||
           Is(vb - 1, Word::kEach))) {
        vb = vb - 1;
        moved = true;
      }
      if (!moved) break;
    }
    // A clitic "'s" after a pronoun is "is" or "has" ("he's not saying",
    // "it's reported"); after a name only before a participle in -ing
    // ("Lee's predicting"), since "Lee's claim" is a genitive.
    if (vb - 2 >= b && (IsCliticS(vb - 1)) && !Tok(vb - 1).has(kSpaceBefore)) {
      const int p = vb - 2;
      const bool pronoun =
          src_[p].end == vb - 1 && Info(src_[p]).kind == SourceType::kPronoun;
      if (pronoun || (ing && IsCap(p))) {
        *be = *be || Is(p, Word::kIt);
        vb = vb - 1;
      }
    }
    return vb;
  }

  // A lower-case word of six letters or more in -ly. (Inlined, the token's
  // kind and case first: most words asked about are not adverbs.)
  [[gnu::always_inline]] bool IsAdverb(int k) const {
    if (Tok(k).kind != TokenKind::kWord || Tok(k).has(kCapitalized))
      return false;
    const std::string_view w = Norm(k);
    // Nouns in -ly that can head a subject ("family", "ally") are source nouns.
    return w.size() > 5 && w[w.size() - 2] == 'l' && w[w.size() - 1] == 'y' &&
           src_[k].end == kNone && verb_[k].end == kNone && !adjunct_[k];
  }

  // "to" and a lower-case word that is no determiner: an infinitive ("to
  // resign"), not a prepositional phrase ("to the council", "to Lee").
  bool InfinitiveAt(const SentenceView& v, int k) const {
    return k + 1 < v.limit && Is(k, Word::kTo) && IsWord(k + 1) &&
           !IsCap(k + 1) && !blocker_[k + 1] &&
           Tok(k + 1).kind == TokenKind::kWord && src_[k + 1].end == kNone;
  }

  // Skips an adjunct ("on Monday", "in a statement", "late Tuesday") from
  // `k`; returns the token after it, or `k` if there is none.
  int SkipAdjunct(const SentenceView& v, int k) const {
    if (k >= v.limit || !adjunct_[k]) return k;
    if (const int d = DateAdjunctEnd(v, k); d != kNone) return d;
    int j = k;
    while (j < v.limit && j - k < 7 && !IsBreak(j) && !IsQuote(j) &&
           !content_start_[j])
      ++j;
    return j;
  }

  // A date adjunct at `k` ("on Monday", "last week", "in March") followed by
  // the subject of a clause ("told reporters on Monday the plan had failed",
  // "said last week he would resign"): the token after the date, or kNone.
  int DateAdjunctEnd(const SentenceView& v, int k) const {
    const int e = DateEnd(v, k);
    if (e == kNone) return kNone;
    const bool subject =
        blocker_[e] || Is(e, Word::kThere) || (IsCap(e) && !Opener(e)) ||
        (src_[e].end != kNone && Info(src_[e]).kind == SourceType::kPronoun);
    return subject ? e : kNone;
  }

  // A date at `k`, after a preposition or none ("on Friday", "last week",
  // "yesterday"), that ends inside the sentence within six tokens: the token
  // after it, or kNone.
  int DateEnd(const SentenceView& v, int k) const {
    if (doc_->quantities.empty()) return kNone;
    int e = kNone;
    for (int b = k; b <= k + 1 && b < v.limit && e == kNone; ++b) {
      if (b > k && !(adjunct_[k] && !IsCap(k))) break;
      const uint32_t first = Tok(b).span.begin;
      quantity_index_.ForOverlapping(Span{first, first + 1}, [&](uint32_t q) {
        const Quantity& qt = doc_->quantities[q];
        if (qt.type != QuantityType::kDate || qt.span.begin != first) return;
        int j = b;
        while (j < v.limit && Tok(j).span.begin < qt.span.end) ++j;
        e = j;
      });
    }
    if (e == kNone || e >= v.limit || e - k > 6) return kNone;
    return e;
  }

  // First word of its clause: sentence start, or after an opening quote or
  // colon.
  bool ClauseInitial(const SentenceView& v, int i) const {
    return i == v.b || Tok(i).has(kSentenceInitial) || IsOpenQuote(i - 1) ||
           Is(i - 1, Word::kColon) || Is(i - 1, Word::kOpenParen);
  }

  // A headline in title case: no lowercase word of four letters or more.
  bool TitleCase(const SentenceView& v) const {
    int caps = 0;
    for (int k = v.b; k < v.limit; ++k) {
      if (Tok(k).kind != TokenKind::kWord) continue;
      std::string_view w = Norm(k);
      if (IsCap(k)) {
        ++caps;
      } else if (w.size() >= 4 && w[0] >= 'a' && w[0] <= 'z') {
        return false;
      }
    }
    return caps >= 3;
  }

  // Verb evidence for a cue form that is also a noun: a pronoun, source noun
  // or name right before it, or a content marker right after it.
  bool LooksLikeVerb(const SentenceView& v, int i, int ce) const {
    if (ce < v.e &&
        (content_start_[ce] || IsOpenQuote(ce) || Is(ce, Word::kColon) ||
         object_[ce].end != kNone || Is(ce, Word::kIt))) {
      return true;
    }
    const int p = i - 1;
    // "polls that show", "a report that claims": after a relative "that" on
    // a document noun a form that is also a noun is the verb.
    if (DocumentThat(v, p)) return true;
    // The comma that closes an appositive after the sentence's subject:
    // "Ann Lee, a writer for the paper, calls the plan ...".
    if (p > v.b && IsComma(p) && AppositiveSubject(v, i)) return true;
    if (p < v.b || !IsWord(p) || IsCliticS(p)) return false;
    if (Tok(p).kind == TokenKind::kNumber) return false;
    for (int k = std::max(v.b, p - 3); k <= p; ++k) {
      if (src_[k].end == i) return true;  // "he", "polls", "the agency"
    }
    if (IsCap(p) && !ClauseInitial(v, p)) return true;  // a name
    // A plural noun subject: "farmers fear", "polls show" (not "swing states").
    std::string_view w = Norm(p);
    return w.size() > 3 && w.back() == 's' && !EndsWith(w, "ss") &&
           !EndsWith(w, "us") && !EndsWith(w, "is") && !EndsWith(w, "'s") &&
           !adjunct_[p];
  }

  // strict=1 cues ("continue", "know", "see") need the content right after
  // them (that, whether, a quotation, a colon) or stand post-posed ("..., he
  // continued.").
  bool StrictContext(const SentenceView& v, int vb, int ce) const {
    const int k = ce;
    if (k >= v.limit || IsComma(k)) return true;
    if (content_start_[k] || IsOpenQuote(k) || Is(k, Word::kColon)) return true;
    if (vb > v.b && (IsComma(vb - 1) || IsCloseQuote(vb - 1))) return true;
    // "sees the vote as a test": an object and its "as" complement.
    for (int j = k; j < v.limit && j - k < 12 && !IsBreak(j) && !IsQuote(j);
         ++j) {
      if (Is(j, Word::kAs) && j > k) return true;
    }
    // A personal pronoun subject: "we know they ...", "I know".
    const int p = vb - 1;
    return p >= v.b && src_[p].end == vb &&
           Info(src_[p]).kind == SourceType::kPronoun &&
           Info(src_[p]).agree != 'n' && !Is(p, Word::kYou);
  }

  // "The plan seems to work", "It appears that ...": no source; the content is
  // the subject and the complement.
  bool RaisingCue(uint32_t s, const SentenceView& v, int vb, int i,
                  bool hedge) {
    Draft d;
    d.sentence = s;
    d.cue_b = vb;
    d.cue_e = verb_[i].end;
    d.lemma = Info(verb_[i]).lemma;
    d.nest = Info(verb_[i]).nest;
    d.inner = Info(verb_[i]).inner;
    d.inner_relay = Info(verb_[i]).inner_relay;
    d.relay = Info(verb_[i]).relay;
    d.hedged = true;
    (void)hedge;
    std::pair<int, int> subj = Subject(v, vb);
    if (subj.first != kNone &&
        !(subj.second - subj.first == 1 && Is(subj.first, Word::kIt))) {
      d.pieces.push_back({subj.first, subj.second});
    }
    int k = d.cue_e;
    if (k < v.limit && IsComma(k)) return false;
    int e = k;
    while (e < v.limit && !Is(e, Word::kSemicolon) &&
           !(IsComma(e) && e + 1 < v.limit && clause_[e + 1]))
      ++e;
    if (e == k) return false;
    d.pieces.push_back({k, e});
    d.open_end = true;
    d.score = 0.6;
    return Accept(std::move(d));
  }

  // "Said Ann Lee, who grew up here, “We were proud.”", "Said Lee: ...": a
  // sentence opened by the cue verb, then the source and a comma or colon
  // before a quotation.
  bool InvertedOpening(uint32_t s, const SentenceView& v, int i) {
    const int sb = verb_[i].end;
    if (sb >= v.limit || !IsCap(sb)) return false;
    int c = sb;
    while (c < v.limit && c - sb < 6 &&
           (IsCap(c) || (Is(c, Word::kPeriod) && c > sb)))
      ++c;
    if (c >= v.limit) return false;
    int src_e = c;
    if (IsComma(c) && c + 1 < v.limit && Is(c + 1, Word::kWho)) {
      int r = c + 2;  // the relative clause joins the source
      while (r < v.limit && r - c < 25 && !IsComma(r) && !IsQuote(r)) ++r;
      if (r >= v.limit || !IsComma(r)) return false;
      src_e = r;
      c = r;
    }
    if (!(IsComma(c) || Is(c, Word::kColon)) || c + 1 >= v.limit ||
        !IsOpenQuote(c + 1))
      return false;
    Draft d;
    d.sentence = s;
    d.cue_b = i;
    d.cue_e = sb;
    d.lemma = Info(verb_[i]).lemma;
    d.nest = Info(verb_[i]).nest;
    d.inner = Info(verb_[i]).inner;
    d.inner_relay = Info(verb_[i]).inner_relay;
    d.relay = Info(verb_[i]).relay;
    d.src_b = sb;
    d.src_e = src_e;
    d.pieces.push_back({c + 1, std::min(qclose_[c + 1] + 1, v.e)});
    d.kind = ClaimKind::kDirectQuote;
    d.score = 0.8;
    return Accept(std::move(d));
  }

  bool VerbCue(uint32_t s, const SentenceView& v, int i) {
    const EntryInfo& cue = Info(verb_[i]);
    // "issued a statement Tuesday saying ...": the carrier verb, its
    // document and the participle are one cue with the carrier's form, the
    // participle's lemma and attributes.
    if (cue.form == Form::kIng && !cue.raising && !cue.adj) {
      const int c = CarrierBefore(v, i);
      if (c != kNone &&
          VerbCueAt(s, v, c, cue, Info(carrier_[c]).form, verb_[i].end))
        return true;
    }
    return VerbCueAt(s, v, i, cue, cue.form, verb_[i].end);
  }

  // "The mayor issued a statement Tuesday saying", "released a new radio ad
  // calling": the verb of a cue_carrier entry before a noun phrase opened by
  // "a"/"an" and headed by a document noun, an adjunct ("Tuesday", "on
  // Friday night", "to supporters") and a comma or not, then the participle
  // of a cue verb at `i`. Returns the carrier's first token, or kNone.
  // PolNeAR spans the whole phrase as the cue (train: 27 of 43 such
  // phrases exactly).
  int CarrierBefore(const SentenceView& v, int i) const {
    int k = i - 1;
    if (k > v.b && IsComma(k)) --k;
    // The adjunct after the document noun: at most five words.
    int noun = kNone;
    for (int x = k; x >= v.b && k - x < 6; --x) {
      if (src_[x].end != kNone && src_[x].end <= k + 1 &&
          Info(src_[x]).kind == SourceType::kDocument) {
        noun = x;
        break;
      }
      if (!IsWord(x) || verb_[x].end != kNone || aux_[x].end != kNone ||
          content_start_[x] || clause_[x])
        return kNone;
    }
    if (noun == kNone) return kNone;
    // Between the document's noun and a participle that is not next to it,
    // an adjunct: "issued a statement Tuesday saying" (not "a statement
    // Lee ... saying").
    if (src_[noun].end <= k && !adjunct_[src_[noun].end]) return kNone;
    // Modifiers between the determiner and the noun: "a new radio ad", "a
    // follow-up statement".
    int det = noun - 1;
    while (det >= v.b && noun - det <= 4 &&
           !(Is(det, Word::kA) || Is(det, Word::kAn))) {
      if (!(IsWord(det) || Is(det, Word::kHyphen)) || verb_[det].end != kNone ||
          blocker_[det] || IsCap(det))
        return kNone;
      --det;
    }
    if (det < v.b || !(Is(det, Word::kA) || Is(det, Word::kAn))) return kNone;
    for (int c = std::max(v.b, det - 2); c < det; ++c)
      if (carrier_[c].end == det) return c;
    return kNone;
  }

  // A cue verb whose entry is `cue` at token `i` (its first word; the cue's
  // words end at `ce0`) with the verb form `form`: the claim it makes, if
  // any (VerbCue: `i` may be a carrier verb before the cue's participle).
  bool VerbCueAt(uint32_t s, const SentenceView& v, int i, const EntryInfo& cue,
                 Form form, int ce0) {
    bool be = false, hedge = cue.hedge, neg = false;
    int vb =
        CueGroupStart(v, i, form == Form::kIng, cue.adj, &be, &hedge, &neg);
    // "has been critical of", "remain confident that": an adjective of
    // attitude states a view only after a copula ("a critical vote" is
    // none).
    // A finite group only: "the partner being supportive of her" and "to
    // be clear" are no statements.
    if (cue.adj) {
      if (!be) return false;
      int k = vb;
      while (k < i && aux_[k].end == kNone && !IsCliticS(k)) ++k;
      if (k == i || Is(k, Word::kBe) || Is(k, Word::kBeen) ||
          Is(k, Word::kBeing))
        return false;
      // "it is doubtful that ...": no one holds the view.
      if (vb > v.b && Is(vb - 1, Word::kIt)) return false;
    }
    // label=1 ("Lee is known for her candor", "a plan that became known as
    // the Lee rule"): a label for the subject that no one is said to give.
    // PolNeAR spans the subject (a relative pronoun standing for it) and the
    // complement as the content, with no source (train: 16 of 22 such
    // copula groups are gold cues exactly). Not after a free relative
    // ("what is known as ..."), whose complement ends at an unknown point.
    if (cue.label) {
      if (vb - 1 >= v.b && Is(vb - 1, Word::kWhat)) return false;
      const bool relative =
          vb - 1 >= v.b && (Is(vb - 1, Word::kWhich) ||
                            Is(vb - 1, Word::kThat) || Is(vb - 1, Word::kWho));
      const int sb = relative ? vb - 1 : NounPhraseStart(v.b, vb);
      if (sb >= vb || Is(sb, Word::kIt) || Is(sb, Word::kThere)) return false;
      Draft d;
      d.sentence = s;
      d.cue_b = vb;
      d.cue_e = ce0;
      d.lemma = cue.lemma;
      d.nest = cue.nest;
      d.inner = cue.inner;
      d.hedged = hedge;
      d.pieces.push_back({sb, vb});
      // "the towers he is known for,": the complement is a gap.
      if (ce0 >= v.limit || !IsWord(ce0)) return false;
      if (!ContentAfter(v, ce0, false, &d)) return false;
      d.score = 0.6;
      return Accept(std::move(d));
    }
    // "the report"; but "her" before a past form is an object pronoun that
    // ends the subject ("a source close to her said").
    if (vb == i && i > v.b && blocker_[i - 1] &&
        !(form == Form::kPast && Is(i - 1, Word::kHer) && i - 2 > v.b &&
          IsWord(i - 2) && !IsCap(i - 2)) &&
        !DocumentThat(v, i - 1))
      return false;
    if (i == v.b && form == Form::kPast && verb_[i].end != kNone &&
        InvertedOpening(s, v, i))
      return true;
    // "Lee's proposed ban", "the firm's reported losses": a participle
    // after a genitive is an adjective ("he's said" joined the group above).
    // Not after a brand whose name holds its 's ("Moody's said": the entity
    // stage puts the 's inside the organization's span).
    // So is a base or -s form shared with a noun ("despite the mayor's
    // claims that ...", "the farmers' warnings"): a genitive's "'s" is no
    // "is" or "has" before such a form.
    if (vb == i && i > v.b &&
        (form == Form::kPast || form == Form::kPp ||
         (cue.noun && (form == Form::kBase || form == Form::kS))) &&
        (IsCliticS(i - 1) || IsPossessive(i - 1)) && !BrandEndsAt(i - 1))
      return false;
    // unless=: "charged a $100 fee", "is seeking the nomination": a word of
    // the list among the six after the verb makes it a transaction or a run
    // for office, no statement.
    if (!cue.unless.empty()) {
      for (int k = ce0;
           k < v.limit && k - ce0 < 6 && !IsComma(k) && !IsQuote(k) &&
           !content_start_[k] && !clause_[k] && !Is(k, Word::kTo);
           ++k) {
        const std::string_view w = Norm(k);
        for (const std::string& u : cue.unless) {
          if (w == u) return false;
        }
      }
    }
    // "Ruiz's showing in the primary", "the Ledger's reporting": after a
    // name, "'s" and a gerund are a genitive and its noun, not "is" (PolNeAR
    // train: 2 of 14 such cues gold; "he's saying" stays).
    if (vb == i - 1 && IsCliticS(vb) && cue.form == Form::kIng &&
        vb - 1 >= v.b && IsCap(vb - 1) && !clause_[vb - 1] &&
        !blocker_[vb - 1] &&
        !(src_[vb - 1].end == vb &&
          Info(src_[vb - 1]).kind == SourceType::kPronoun))
      return false;
    // "a widely denounced tweet", "the hastily announced plan": adverbs
    // between a determiner and a participle make an adjective phrase.
    if (vb < i && vb > v.b && blocker_[vb - 1] && !Is(vb - 1, Word::kComma) &&
        !Is(vb - 1, Word::kThat)) {
      bool adverbs = true;
      for (int k = vb; k < i && adverbs; ++k) adverbs = IsAdverb(k);
      if (adverbs) return false;
    }
    if (exception_[i]) return false;  // "pledged delegates", "think tank"
    // "helped found the group", "will help write the bill": the bare
    // infinitive after "help" is what was helped, no statement (PolNeAR
    // train: 0 of 8).
    if (vb == i && i > v.b &&
        (Is(i - 1, "help") || Is(i - 1, "helps") || Is(i - 1, "helped") ||
         Is(i - 1, "helping")))
      return false;
    // "whether she agrees or disagrees", "has never sought or served": a
    // cue verb coordinated with "or" offers alternatives and asserts
    // neither (train: 0 of 7).
    if (ce0 < v.limit && Is(ce0, Word::kOr)) return false;
    // "criticized Lee for not condemning it", "for again proposing": a
    // gerund after "for" or "of" is the reason or object of another verb.
    if (form == Form::kIng && vb < i && vb > v.b &&
        (Is(vb - 1, Word::kFor) || Is(vb - 1, Word::kOf)))
      return false;
    // "the party should reiterate its support", "Lee should have thanked
    // me": what someone ought to say is no statement (PolNeAR train: 1 of
    // 17 such cues is gold). "I should add that ..." is the speaker's own
    // performative aside and stays.
    // (Only a group longer than its verb has an auxiliary to test.)
    if (vb < i &&
        !(vb > v.b && (Is(vb - 1, Word::kI) || Is(vb - 1, Word::kWe)))) {
      for (int k = vb; k < i; ++k) {
        if (aux_[k].end != kNone && Info(aux_[k]).deontic) return false;
      }
    }
    // A bare past participle is an adjective or a reduced relative ("known
    // as").
    if (vb == i && form == Form::kPp) return false;
    // "a small firm called Arcadia": after a noun phrase opened by "a" or
    // "an" and before a name or quotation, a naming verb's participle names
    // the noun; no one speaks ("a spokesman called Lee a liar" does).
    // The noun phrase may be longer ("a newly formed super PAC called
    // Future 45", "one called ...") and the name open with "the" ("a move
    // called the Boneless").
    if (vb == i && cue.naming && form == Form::kPast && i - 2 >= v.b &&
        ce0 < v.limit &&
        (IsCap(ce0) || IsOpenQuote(ce0) ||
         (Is(ce0, Word::kThe) && ce0 + 1 < v.limit && IsCap(ce0 + 1))) &&
        !(src_[i - 1].end == i &&
          (Info(src_[i - 1]).kind == SourceType::kAnonymous ||
           Info(src_[i - 1]).kind == SourceType::kPerson ||
           Info(src_[i - 1]).kind == SourceType::kPronoun))) {
      for (int k = i - 1; k >= v.b && i - k <= 5; --k) {
        if (Is(k, Word::kA) || Is(k, Word::kAn) ||
            ((Is(k, Word::kOne) || Is(k, Word::kAnother)) && k < i - 1))
          return false;
        if (!IsWord(k) || verb_[k].end != kNone || aux_[k].end != kNone ||
            clause_[k] || Is(k, Word::kThe))
          break;
      }
    }
    // A capitalized cue inside a sentence is part of a name ("the United
    // States", "The Washington Post"), except in a title-case headline.
    if (IsCap(i) && !ClauseInitial(v, i) && !TitleCase(v)) return false;
    // An infinitive ("wants to see", "declined to say") is not a cue of its
    // own.
    if (vb == i && form == Form::kBase && i > v.b && Is(i - 1, Word::kTo))
      return false;
    // ... also with adverbs or auxiliaries after "to" ("to openly criticize",
    // "to be urging", "to not believe"): none of 32 such cues is gold in
    // PolNeAR train.
    if (vb < i && vb > v.b && Is(vb - 1, Word::kTo)) return false;
    // "the swing states", "Obama's calls", "a talk show": forms shared with a
    // noun need the shape of a verb.
    const bool only_genitive = vb == i - 1 && (IsCliticS(vb));
    if (cue.noun && (form == Form::kBase || form == Form::kS) &&
        (vb == i || only_genitive) && !LooksLikeVerb(v, i, ce0)) {
      return false;
    }
    // "the caustic chant \"...\"", "a slide show that ...": after a
    // determiner and a singular word a base form shared with a noun is that
    // noun, whatever follows it (a verb there agrees in -s: "the ad claims";
    // "those surveyed say", "the women say" have a plural subject).
    if (cue.noun && form == Form::kBase && vb == i && i - 2 >= v.b &&
        blocker_[i - 2] && !IsComma(i - 2) &&
        Tok(i - 1).kind == TokenKind::kWord && !IsCap(i - 1) &&
        src_[i - 1].end == kNone && !PluralNoun(i - 1) &&
        verb_[i - 1].end == kNone && aux_[i - 1].end == kNone &&
        !adjunct_[i - 1] && !blocker_[i - 1] && !clause_[i - 1] &&
        !EndsWith(Norm(i - 1), "ed") && !EndsWith(Norm(i - 1), "men") &&
        !Is(i - 1, Word::kThat))
      return false;
    // "amid reports that ...", "referring to reports of", "hit by comments
    // from", "news reports": an -s form right after a preposition, or after
    // lower-case "news" ("CBS News reports" is an outlet's verb), is a
    // plural noun whatever follows it (a "that" clause is its complement).
    if (cue.noun && form == Form::kS && vb == i && i > v.b &&
        (IsAnyOf(i - 1, kNounPrepositions) ||
         (Is(i - 1, Word::kNews) && !IsCap(i - 1))))
      return false;
    // An adjective takes no object: a subject right after it opens its
    // clause ("is convinced the plan will fail", "am glad they came").
    const bool adj_clause =
        cue.adj && ce0 < v.limit && IsWord(ce0) && !IsCap(i) &&
        ((src_[ce0].end != kNone &&
          Info(src_[ce0]).kind == SourceType::kPronoun) ||
         (IsCap(ce0) && !adjunct_[ce0]) ||
         (blocker_[ce0] && !Is(ce0, Word::kOf) && !Is(ce0, Word::kFor)));
    if (cue.strict && !adj_clause && !StrictContext(v, vb, ce0)) return false;
    // "she became upset, shouting ...": a comma after a bare adjective
    // leaves it without a complement.
    if (cue.adj && ce0 < v.limit && IsComma(ce0)) return false;
    // to=1: "declined to comment", "plans to run": the infinitive is the
    // content; "to" before a figure or a noun phrase ("declined to $281
    // million", "decided to the surprise of many") is no infinitive. In a
    // title-case headline the verb after "to" is capitalized ("PLANS TO
    // LEAVE").
    // A date or an adverb may stand before the infinitive ("declined on
    // Friday to comment", "refused again to say"): `to_inf` is the "to".
    int to_inf = ce0;
    if (cue.to && !InfinitiveAt(v, ce0) && ce0 < v.limit) {
      if (const int d = DateEnd(v, ce0); d != kNone) {
        to_inf = d;
      } else if (IsAdverb(ce0) && !FigureStartsAt(ce0)) {
        to_inf = ce0 + 1;
      }
    }
    if (cue.to && !InfinitiveAt(v, to_inf) &&
        !(ce0 + 1 < v.limit && Is(ce0, Word::kTo) && IsCap(ce0 + 1) &&
          Tok(ce0 + 1).kind == TokenKind::kWord && !blocker_[ce0 + 1] &&
          TitleCase(v)))
      return false;
    // "Lee seemed to confirm that ...": before the infinitive of a cue verb
    // the raising verb is an auxiliary of that verb's group (cue_aux "seemed
    // to"), which is the claim, with the subject as its source.
    if (cue.raising && ce0 + 1 < v.limit && Is(ce0, Word::kTo) &&
        verb_[ce0 + 1].end != kNone &&
        Info(verb_[ce0 + 1]).form == Form::kBase && aux_[i].end == ce0 + 1)
      return false;
    if (cue.raising) return RaisingCue(s, v, vb, i, hedge);
    // "Asked whether he would run, she said ...": a clause-initial participle
    // with no source; its content runs to the comma. After a subordinator
    // ("..., he said when asked whether he would run") it may run to the end
    // of the sentence, and "by X" names the asker.
    // (Read only where the rule applies: a bare past form of an object
    // verb, the facts tested first.)
    const bool object_participle =
        vb == i && cue.obj && (form == Form::kPast || form == Form::kPp);
    const bool subordinate = object_participle && i > v.b && !IsCap(i) &&
                             IsAnyOf(i - 1, kParticipleSubordinators);
    if (object_participle && (ClauseInitial(v, i) || subordinate)) {
      Draft d;
      d.sentence = s;
      d.cue_b = vb;
      d.cue_e = ce0;
      d.lemma = cue.lemma;
      d.nest = cue.nest;
      d.inner = cue.inner;
      d.inner_relay = cue.inner_relay;
      d.relay = cue.relay;
      d.np = cue.np;
      d.hedged = hedge;
      int cb = ce0;
      // "Asked by Lee whether ...", "Asked by the host to respond, ...":
      // "by X" names the asker.
      if (cb < v.limit && Is(cb, Word::kBy)) {
        int j = cb + 1;
        while (j < v.limit && j - cb < 8 && !content_start_[j] && !clause_[j] &&
               !IsBreak(j) && !IsQuote(j) && !InfinitiveAt(v, j) &&
               !Is(j, Word::kAbout) &&
               !(src_[j].end != kNone && Info(src_[j]).agree == 'r'))
          ++j;
        if (j > cb + 1 && j < v.limit &&
            (content_start_[j] || clause_[j] || src_[j].end != kNone ||
             InfinitiveAt(v, j) || Is(j, Word::kAbout))) {
          d.src_b = cb + 1;
          d.src_e = j;
          cb = j;
        }
      }
      // ... or a question word or an infinitive ("when asked how it
      // happened", "when asked to leave"), also after an adjunct: "when
      // asked in May whether ..." (the content starts at "whether"), "when
      // asked last month about ..." (the cue runs to "about", as PolNeAR
      // spans it).
      auto question_at = [&](int q) {
        return content_start_[q] || Is(q, Word::kAbout) || InfinitiveAt(v, q) ||
               Is(q, Word::kWho) || Is(q, Word::kWhom) || Is(q, Word::kWhat) ||
               Is(q, Word::kHow) || Is(q, Word::kWhy) || Is(q, Word::kWhere);
      };
      if (subordinate && cb < v.limit && adjunct_[cb] && !question_at(cb)) {
        int j = cb + 1;
        while (j < v.limit && j - cb < 6 && IsWord(j) && !question_at(j) &&
               verb_[j].end == kNone)
          ++j;
        if (j < v.limit && question_at(j)) cb = j;
      }
      if (subordinate && cb < v.limit &&
          !(content_start_[cb] || clause_[cb] || Is(cb, Word::kAbout) ||
            IsOpenQuote(cb) || InfinitiveAt(v, cb) || Is(cb, Word::kWho) ||
            Is(cb, Word::kWhom) || Is(cb, Word::kWhat) || Is(cb, Word::kHow) ||
            Is(cb, Word::kWhy) || Is(cb, Word::kWhere) || Is(cb, Word::kWhen) ||
            (src_[cb].end != kNone && Info(src_[cb]).agree == 'r')))
        return false;
      int k = cb;
      while (k < v.limit && !IsComma(k) && !IsQuote(k)) ++k;
      if (k == cb || (k >= v.limit && !subordinate)) return false;
      // "Asked about the plan, ...": the preposition joins the cue.
      if (d.src_b == kNone && cb + 1 < k &&
          (Is(cb, Word::kAbout) || Is(cb, Word::kOf)))
        d.cue_e = ++cb;
      d.pieces.push_back({cb, k});
      d.score = 0.6;
      return Accept(std::move(d));
    }
    if (form == Form::kBase && vb == i) {
      // A bare base form needs a plural or pronoun subject right before it.
      if (i == v.b) return false;
      // ... or a subject with an appositive between commas ("Many voters,
      // a third of them, say"); "..., say, ..." is an aside.
      // ... or a share ("42% say").
      // ... or a source after it, after a quotation ("\"...,\" read the
      // email", "\"...,\" say analysts").
      if (!IsWord(i - 1) && !Is(i - 1, Word::kPercentSign) &&
          !(IsComma(i - 1) && ce0 < v.limit && !IsComma(ce0) &&
            Subject(v, i).first != kNone) &&
          !(IsCloseQuote(i - 1) && cue.invert && ce0 < v.limit &&
            (IsCap(ce0) || blocker_[ce0] || src_[ce0].end != kNone)))
        return false;
    }
    const bool passive = be && (form == Form::kPast || form == Form::kPp);
    Draft d;
    d.sentence = s;
    d.cue_b = vb;
    d.cue_e = ce0;
    d.lemma = cue.lemma;
    d.nest = cue.nest;
    d.inner = cue.inner;
    d.inner_relay = cue.inner_relay;
    d.relay = cue.relay;
    d.np = cue.np;
    d.hedged = hedge;
    int after = ce0;
    // "said in a statement", "said Thursday": PolNeAR-style cue spans.
    // Not before a genitive: "said Monday night's vote showed ...".
    if (after < v.limit && manner_[after].end != kNone &&
        !(manner_[after].end < v.limit && (IsCliticS(manner_[after].end)))) {
      after = manner_[after].end;
      d.cue_e = after;
    }
    // "said sarcastically", "complained bitterly about": a manner adverb in
    // -ly right after the verb joins the cue when nothing it could modify
    // follows (punctuation, a quotation, "that", "about"); not "said nearly
    // half", "tweeted shortly after".
    if (after < v.limit && IsAdverb(after) && !FigureStartsAt(after) &&
        (after + 1 >= v.limit || !IsWord(after + 1) ||
         content_start_[after + 1] || Is(after + 1, Word::kAbout))) {
      ++after;
      d.cue_e = after;
    }
    // "showed no sign of", "has shown little interest in": a display= noun
    // after up to three determiners and adjectives, and the preposition after
    // it, join the cue as PolNeAR spans them (train+dev: 12 of 19 exact).
    if (!cue.display.empty() && after == ce0) {
      int k = after;
      auto display_noun = [&](int t) {
        if (!IsWord(t) || IsCap(t)) return false;
        const std::string_view w = Norm(t);
        for (const std::string& n : cue.display) {
          if (w == n) return true;
        }
        return false;
      };
      auto prep = [&](int t) {
        return Is(t, Word::kOf) || Is(t, Word::kIn) || Is(t, Word::kFor) ||
               Is(t, Word::kTo);
      };
      while (k < v.limit && k - after < 3 && IsWord(k) && !IsCap(k) &&
             !display_noun(k) && !prep(k) && verb_[k].end == kNone &&
             !content_start_[k] && !clause_[k])
        ++k;
      if (k + 1 < v.limit && display_noun(k) && prep(k + 1)) {
        after = k + 2;
        d.cue_e = after;
      }
    }
    // "said of the plan": the preposition joins the cue; its object is skipped
    // like an adjunct when the clause ends after it.
    int about_end = kNone;
    // "talked about", "warned about": PolNeAR keeps "about" in the cue (154
    // of 179 times in train); "of" mostly stays out.
    // "said about half of the rise ...": "about" that opens a figure (the
    // quantities stage's approximate "about 300 people") is no preposition.
    const bool about = after + 1 < v.limit && Is(after, Word::kAbout) &&
                       !FigureStartsAt(after);
    if (about) d.cue_e = after + 1;
    if (after + 1 < v.limit && (Is(after, Word::kOf) || about)) {
      int j = after + 1;
      while (j < v.limit && !IsBreak(j) && !IsQuote(j) && !content_start_[j] &&
             j - after < 8) {
        ++j;
      }
      if (j >= v.limit || IsComma(j)) {
        // PolNeAR leaves the preposition out of the cue more often than not.
        about_end = j;
        after = after + 1;
      } else if (Is(j, Word::kColon)) {
        // "said of her rival: “...”": the content is what follows the noun
        // phrase (with no verb in it) and its colon; the colon stays out of
        // the cue.
        bool np = true;
        for (int m = after + 1; m < j && np; ++m)
          np = verb_[m].end == kNone && aux_[m].end == kNone && !clause_[m];
        if (np && j > after + 1) after = j + 1;
      }
    }
    if (after < v.e && Is(after, Word::kColon)) {
      d.cue_e = after + 1;
      after = after + 1;
    }
    // -ing after a comma continues the clause's subject ("..., saying").
    // "..., calling it a disgrace and asserting that ...": after "and" too,
    // when the sentence already has a claim whose source it shares.
    const bool and_ing = form == Form::kIng && vb == i && i > v.b + 1 &&
                         (Is(i - 1, Word::kAnd) || Is(i - 1, Word::kBut)) &&
                         !drafts_.empty() && drafts_.back().sentence == s &&
                         drafts_.back().src_b != kNone;
    // American style puts the comma inside the closing quotation mark:
    // "... the 'Republican party,' claiming that ...".
    // A `''` closing mark is two tokens: the comma is before the first.
    bool comma_quote = false;
    if (form == Form::kIng && i - 2 > v.b && IsCloseQuote(i - 1)) {
      int close_first = i - 1;
      while (close_first - 1 > v.b && RawQuote(close_first - 1) &&
             !Tok(close_first).has(kSpaceBefore) &&
             Norm(close_first - 1) == Norm(close_first))
        --close_first;
      comma_quote = close_first - 1 > v.b && IsComma(close_first - 1);
    }
    // "..., before clarifying that ...", "while saying": a participle after
    // a subordinator inside the sentence shares its subject.
    const bool sub_ing = form == Form::kIng && vb == i && i - 1 > v.b &&
                         !IsCap(i - 1) && IsAnyOf(i - 1, kIngSubordinators);
    // "Lee answered by saying that ...", "distanced herself from the plan
    // by arguing ...": a participle after "by" shares the clause's subject
    // too (the words before "by" are none), when a clause follows it.
    const bool by_ing = form == Form::kIng && vb == i && i - 1 > v.b &&
                        !IsCap(i - 1) && Is(i - 1, Word::kBy) &&
                        after < v.limit &&
                        (content_start_[after] || IsOpenQuote(after) ||
                         Is(after, Word::kColon) ||
                         (src_[after].end != kNone &&
                          Info(src_[after]).kind == SourceType::kPronoun));
    if (form == Form::kIng && vb == i && i > v.b &&
        (IsComma(i - 1) || comma_quote || and_ing || sub_ing || by_ing)) {
      // Not the genitive of a cue noun inside another claim's content ("Lee
      // rejected the union's claims that ..., saying ...": Lee's).
      auto nested = [&](size_t k) {
        if (!drafts_[k].genitive) return false;
        for (size_t j = k; j-- > 0 && drafts_[j].sentence == s;) {
          for (auto [pb, pe] : drafts_[j].pieces) {
            if (pb <= drafts_[k].cue_b && drafts_[k].cue_b < pe) return true;
          }
        }
        return false;
      };
      for (size_t k = drafts_.size(); k-- > 0;) {
        if (drafts_[k].sentence != s) break;
        if (drafts_[k].src_b != kNone && !nested(k)) {
          d.src_b = drafts_[k].src_b;
          d.src_e = drafts_[k].src_e;
          d.borrowed_source = true;
          break;
        }
      }
      if (d.src_b == kNone) {
        // The clause after a colon or semicolon has its own subject:
        // "Others were upbeat: Morgan Stanley raised its target, arguing
        // that ...".
        std::pair<int, int> subj = {kNone, kNone};
        for (int k = i - 1; k > v.b; --k) {
          if (IsQuote(k)) break;
          if (Is(k, Word::kColon) || Is(k, Word::kSemicolon)) {
            subj = SubjectAt(k + 1, i);
            break;
          }
        }
        if (subj.first == kNone) subj = SentenceSubject(v, i);
        if (subj.first == kNone)
          subj = Subject(v, NounPhraseEndAtClauseStart(v));
        d.src_b = subj.first;
        d.src_e = subj.second;
      }
      if (chain_[i].end != kNone) {
        // ", citing witnesses, ...": what is cited runs to the next break.
        int e = after;
        while (e < v.limit && !IsBreak(e) && !IsQuote(e) && !content_start_[e])
          ++e;
        if (e == after) return false;
        d.pieces.push_back({after, e});
        return Accept(std::move(d));
      }
      if (!ContentAfter(v, after, cue.obj, &d)) return false;
      return Accept(std::move(d));
    }
    if (form == Form::kIng && vb == i) {
      // A noun phrase and a participle with its own clause: "polls showing
      // that ...", "Lee saying he would run", "voters saying: '...'".
      if (i == v.b || !IsWord(i - 1) || Is(i - 1, Word::kTo) ||
          blocker_[i - 1] || clause_[i - 1] || after >= v.limit)
        return false;
      const bool clause_after =
          content_start_[after] || IsOpenQuote(after) ||
          Is(after, Word::kColon) ||
          (src_[after].end != kNone &&
           Info(src_[after]).kind == SourceType::kPronoun);
      std::pair<int, int> subj = Subject(v, vb);
      if (subj.first == kNone) return false;
      // "with Sen. Lee calling the plan a sham": a participle clause opened
      // by "with" has its subject (a name run read leftwards takes "with"
      // in; it is no part of the source), and an object right after the
      // participle is its content (not an adjunct: "with footage of Lee
      // saying during the debate ...").
      if (subj.first + 1 < subj.second && Is(subj.first, Word::kWith))
        ++subj.first;
      const bool with_ing = subj.first > v.b &&
                            Is(subj.first - 1, Word::kWith) && IsWord(after) &&
                            !adjunct_[after];
      if (!clause_after && !with_ing) return false;
      d.src_b = subj.first;
      d.src_e = subj.second;
      if (!ContentAfter(v, after, cue.obj, &d)) return false;
      d.score = 0.7;
      return Accept(std::move(d));
    }

    if (passive) {
      // "it was reported that", "X is said to", "... was reported by Y".
      int k = after;
      if (k < v.limit && Is(k, Word::kBy)) {
        int se = k + 1;
        while (se < v.limit && !IsBreak(se) && !content_start_[se] &&
               !IsQuote(se))
          ++se;
        if (se > k + 1) {
          d.src_b = k + 1;
          d.src_e = se;
          after = se;
        }
      }
      if (vb > v.b && Is(vb - 1, Word::kIt)) {
        // "it was reported that": the cue is the verb group; "it" is no part
        // of it (PolNeAR leaves it out).
        if (!ContentAfter(v, after, false, &d)) return false;
      } else if (after < v.limit && Is(after, Word::kTo)) {
        int sb = NounPhraseStart(v.b, vb);
        if (sb < vb) d.pieces.push_back({sb, vb});
        d.pieces.push_back({after, v.limit});
        d.open_end = true;
        d.hedged = true;
      } else if (after < v.limit &&
                 (content_start_[after] || IsOpenQuote(after))) {
        if (!ContentAfter(v, after, false, &d)) return false;
      } else if (cue.obj && d.src_b == kNone && after < v.limit &&
                 PassiveQuestionAt(v, after)) {
        // "Lee was asked, “...”", "was asked what happened", "was asked
        // about the plan": the question is the content and the unnamed
        // asker leaves no source (22 of 25 "was asked" are cues in PolNeAR
        // train).
        int k = after;
        if (Is(k, Word::kAbout)) ++k;
        if (!ContentAfter(v, k, false, &d)) return false;
        d.nest = false;  // inside another claim's content it is that claim's

      } else if (!PassiveAgentClaim(v, vb, k, &d)) {
        return false;
      }
      d.score = d.src_b == kNone ? 0.6 : 0.8;
      return Accept(std::move(d));
    }

    const int prev = vb - 1;
    int tail = after;
    if (cue.obj) tail = ObjectEnd(v, tail);
    // "had asked Lee to send it": an infinitive after the object is the
    // content, not an adjunct that closes the clause (which would make the
    // cue post-posed and take the sentence opening as its content). So is
    // the infinitive right after a to=1 cue ("declined to comment": not a
    // cue at the end of its sentence, which takes the quotation before it).
    if (cue.to && to_inf > tail && InfinitiveAt(v, to_inf)) {
      tail = after = to_inf;
    } else if (!((cue.obj || cue.to) && (tail > after || cue.to) &&
                 InfinitiveAt(v, tail))) {
      tail = SkipAdjunct(v, tail);
    }
    if (about_end != kNone) tail = std::max(tail, about_end);
    const bool tail_end = tail >= v.limit;
    const bool tail_comma = !tail_end && IsComma(tail);
    // Inversion: "..., said Professor Ian Bell." / "..., the agency said."
    // Not after a relative clause that closes the subject ("X, which runs
    // the line, estimated its losses at ..."): the object is no source.
    // (An object-taking cue may have taken the source for its object:
    // "\"...,\" warned Ana Ruiz.")
    // Nor after a finite auxiliary: "..., others have rejected any
    // extension" has its subject before the verb, however far ("others,
    // including Sen. Ann Lee, have rejected ..."); PolNeAR train has no
    // inverted source after a cue that opens with one, outside passives.
    // (Adverbs may: "..., first reported by the Globe".)
    bool finite_before = false;
    for (int k = vb; k < i && !finite_before; ++k)
      finite_before = aux_[k].end != kNone && Info(aux_[k]).finite;
    if (cue.invert && prev > v.b && !finite_before &&
        (IsComma(prev) || IsCloseQuote(prev) || IsDash(prev)) &&
        !(cue.obj ? after >= v.limit : tail_end) && !RelativeSubject(v, vb) &&
        !AppositiveSubject(v, vb) && !content_start_[after] &&
        !IsOpenQuote(after) && !IsComma(after) && !Is(after, Word::kColon) &&
        // "Ana Ruiz — a nurse — says ...": a dash that closes a
        // parenthetical after the subject.
        !(IsParenDash(prev) && Subject(v, vb).first != kNone)) {
      int se = after;
      bool named = false;
      // "said one commenter", "said another aide", "said two officials",
      // "tweeted another." (alone at the clause end).
      const bool counted = Is(after, Word::kOne) || Is(after, Word::kAnother) ||
                           Tok(after).kind == TokenKind::kNumber;
      // A described source keeps its "to" or "with" phrase: "said a source
      // close to the campaign", "said one person with knowledge of it".
      const bool described = blocker_[after] || counted;
      // "..., said a former official who was not authorized to speak": the
      // relative clause is checked on its own below, since its auxiliaries
      // and verbs are no part of the name.
      while (se < v.limit && !IsBreak(se) && !IsQuote(se) && se - after < 12 &&
             !content_start_[se] &&
             !(se > after + 1 && adjunct_[se] && !IsCap(se) &&
               !Is(se, Word::kOf) &&
               !(described && (Is(se, Word::kTo) || Is(se, Word::kWith)))) &&
             !(se > after && Is(se, Word::kWho))) {
        named = named || IsCap(se) || src_[se].end != kNone;
        ++se;
        // A short parenthetical after the name is part of it: "said Sen.
        // Ann Lee (D-Ore.)".
        if (se < v.limit && Is(se, Word::kOpenParen) && IsCap(se - 1)) {
          int c = se + 1;
          while (c < v.limit && c - se <= 6 && !IsBreak(c) && !IsQuote(c)) ++c;
          if (c < v.limit && c > se + 1 && Is(c, Word::kCloseParen)) se = c + 1;
        }
      }
      // "said Professor Ian Bell", "said the agency", "said former governor
      // Mike Lee".
      bool ok = se > after && se - after <= 10 && IsWord(after) &&
                (IsCap(after) || src_[after].end != kNone || blocker_[after] ||
                 named || (counted && (se > after + 1 || se >= v.limit)));
      for (int k = after; k < se && ok; ++k) {
        // A cue word inside a name or title is a noun: "said Ohio State
        // University professor Ann Lee", "said the secretary of state".
        const bool noun_verb = verb_[k].end != kNone && k > after &&
                               (IsCap(k) || Is(k - 1, Word::kOf));
        // A capitalized modal or cue word before another capitalized word is
        // a name or title: "said Will Ortiz", "said State Senator Ann Lee".
        const bool name_word = IsCap(k) && k + 1 < se && IsCap(k + 1);
        ok = name_word ||
             (aux_[k].end == kNone && (verb_[k].end == kNone || noun_verb)) ||
             src_[k].end != kNone;
      }
      // "Ann Lee, the mayor, said on Tuesday that ...": a date is no source.
      if (ok && (adjunct_[after] || IsCap(after))) {
        int t = after;
        while (t < se && adjunct_[t] && !IsCap(t)) ++t;
        if (DateOnly(t, se)) ok = false;
      }
      // A pronoun starts a clause, not an inverted source: "Rita Gomez, 34,
      // a nurse, said she turned out ..." ("..., said he." stays inverted).
      if (ok && src_[after].end != kNone &&
          Info(src_[after]).kind == SourceType::kPronoun &&
          se > src_[after].end) {
        ok = false;
      }
      if (ok) {
        d.src_b = after;
        d.src_e = se;
        if (se < v.limit && Is(se, Word::kWho)) {
          // PolNeAR spans the source over the relative clause, unless the
          // clause is an attribution of its own ("who asked not to be named").
          const int rel_end = RelativeClauseEnd(v, se);
          d.src_e = rel_end != kNone ? rel_end : se;
        }
        if (se < v.limit && IsComma(se)) {
          // Appositive after the name, or a second content piece.
          int rest = se + 1;
          // A relative clause after a post-posed name stays out of the
          // source ("..., said Ann Lee, who chairs the board.").
          const int app_end = NounPhraseTail(v, rest);
          // A relative clause after the name or its appositive belongs to
          // the source ("..., said Ann Lee, who chairs the board."), as
          // PolNeAR spans it.
          if (Is(rest, Word::kWho) || Is(rest, Word::kWhich)) {
            const int rel_end = RelativeClauseEnd(v, rest);
            if (rel_end != kNone) d.src_e = rel_end;
          } else if (app_end != kNone) {
            d.src_e = app_end;
            const int rel_end = app_end + 1 < v.limit && IsComma(app_end) &&
                                        (Is(app_end + 1, Word::kWho) ||
                                         Is(app_end + 1, Word::kWhich))
                                    ? RelativeClauseEnd(v, app_end + 1)
                                    : kNone;
            if (rel_end != kNone) d.src_e = rel_end;
          } else if (const int desc = SourceDescription(v, rest);
                     desc != kNone) {
            if (desc > rest) d.src_e = desc;
          } else {
            ContentTail(v, rest, QuotationEndsAt(v, prev), &d);
          }
        }
        if (!ContentBefore(v, prev, &d)) return false;
        d.score = 0.85;
        return Accept(std::move(d));
      }
    }
    std::pair<int, int> subj = Subject(v, vb);
    // "would let businesses write off ...", "let them know that ...": a base
    // form after "let" and its object is a bare infinitive, no statement.
    if (form == Form::kBase && vb == i && subj.first != kNone) {
      for (int k = std::max(v.b, subj.first - 1); k < subj.second; ++k) {
        // (Not "let's hope", nor a title-case headline's "Let".)
        if ((Is(k, "let") || Is(k, "lets") || Is(k, "letting")) && !IsCap(k) &&
            !(k + 1 < v.limit && IsCliticS(k + 1)))
          return false;
      }
    }
    if (subj.first == kNone && prev >= v.b &&
        (Is(prev, Word::kAnd) || Is(prev, Word::kBut))) {
      // "... and added": same source as the previous cue of the sentence.
      // Not that of a cue whose subject opens an earlier claim's content:
      // "Lee said the figures showed X, but admitted Y" is Lee admitting,
      // not the figures. A cue that opens with a finite auxiliary continues
      // the reported clause instead ("He said bankers were unaware of X and
      // were uncertain about Y"), unless the speaker's cue opens with the
      // same one ("Lee has said X and has expressed Y").
      for (size_t k = drafts_.size(); k-- > 0;) {
        if (drafts_[k].sentence != s) break;
        if (drafts_[k].src_b != kNone) {
          size_t from = k;
          for (size_t o = k; o-- > 0 && drafts_[o].sentence == s;) {
            const Draft& outer = drafts_[o];
            if (outer.src_b == kNone || outer.pieces.empty()) continue;
            if (finite_before && Norm(outer.cue_b) != Norm(vb)) continue;
            const int pb = outer.pieces.begin()->first;
            const int sb = drafts_[from].src_b;
            if (sb == pb || (sb == pb + 1 && Is(pb, Word::kThat))) from = o;
          }
          subj = {drafts_[from].src_b, drafts_[from].src_e};
          d.borrowed_source = true;
          break;
        }
      }
      // "The mayor toured the site and said ...": the sentence's subject.
      if (subj.first == kNone) {
        subj = SentenceSubject(v, prev);
        d.borrowed_source = subj.first != kNone;
      }
    }
    if (subj.first == kNone) {
      // "and added", "then said": take the subject of the clause start.
      return false;
    }
    // "what his aides describe as a shift", "what he saw as contempt": the
    // object is a free relative and the cue labels a noun phrase of the
    // writer's sentence; no one is quoted (PolNeAR train 2 of 14 gold).
    if (ce0 < v.limit && Is(ce0, Word::kAs) && subj.first > v.b &&
        Is(subj.first - 1, Word::kWhat))
      return false;
    d.src_b = subj.first;
    d.src_e = subj.second;
    const int before = subj.first - 1;
    // A lone lead-in word before the comma ("Meanwhile, the paper reported,
    // citing ..., that ...") is no content: the cue is not post-posed.
    const bool lead_in = before == v.b + 1 && IsComma(before) && IsWord(v.b);
    // A quotation right before the subject is the content whatever follows
    // the cue ("'...,' she said as she left the stage"), unless a content
    // clause or another quotation starts after it.
    const bool quote_before =
        QuotationEndsAt(v, before) != kNone &&
        !(after < v.limit && (content_start_[after] || IsOpenQuote(after) ||
                              Is(after, Word::kColon)));
    const bool post =
        !d.borrowed_source && before > v.b &&
        (IsComma(before) || IsCloseQuote(before) || IsDash(before)) &&
        !lead_in && (tail_end || tail_comma || quote_before) &&
        !Is(ce0 < v.e ? ce0 : v.e - 1, Word::kColon);
    if (post) {
      // "Through a spokeswoman, Lee declined to comment.": after an opening
      // adjunct the content follows the cue when it can.
      if (!tail_comma && OpeningAdjunctOnly(v, before)) {
        Draft after_cue = d;
        if (ContentAfter(v, after, cue.obj, &after_cue)) {
          after_cue.score = 0.9;
          return Accept(std::move(after_cue));
        }
      }
      if (!ContentBefore(v, before, &d)) return false;
      if (tail_comma && SourceDescription(v, tail + 1) == kNone)
        ContentTail(v, tail + 1, QuotationEndsAt(v, before), &d);
      DropOpeningAdjunct(&d);
      d.score = 0.85;
      return Accept(std::move(d));
    }
    if (tail_end && d.src_b <= v.b + (IsQuote(v.b) ? 1 : 0)) {
      // "Sanders said." between quotations: the quotation next to it.
      std::pair<int, int> q = AdjacentQuote(v);
      if (q.first != kNone) {
        d.pieces.push_back({q.first, q.second});
        d.kind = ClaimKind::kDirectQuote;
        d.score = 0.8;
        return Accept(std::move(d));
      }
    }
    if (!ContentAfter(v, after, cue.obj, &d)) return false;
    RelativeGap(v, subj.first, after, cue, &d);
    d.score = 0.9;
    return Accept(std::move(d));
  }

  // "a ban which critics said was rushed", "what officials called a hate
  // crime", "a bill that voters see as unfair": in a relative clause the
  // relative pronoun before the source stands for the content's gap, its
  // subject (a verb group opens the content) or an evaluation verb's object
  // (the content is what it is called). PolNeAR spans the pronoun as the
  // content's first piece. `sb`: the source's first token; the content
  // starts at `after`.
  void RelativeGap(const SentenceView& v, int sb, int after,
                   const EntryInfo& cue, Draft* d) const {
    const int r = sb - 1;
    if (r < v.b || d->pieces.size() != 1 || d->pieces[0].first != after ||
        !(Is(r, Word::kWhich) || Is(r, Word::kThat) || Is(r, Word::kWhat) ||
          Is(r, Word::kWho) || Is(r, Word::kWhom)))
      return;
    const bool subject_gap =
        IsWord(after) && !IsCap(after) &&
        (aux_[after].end != kNone || EndsWith(Norm(after), "ed"));
    if (!subject_gap && !cue.eval) return;
    d->pieces.insert(d->pieces.begin(), {r, r + 1});
  }

  // What follows a passive object-taking cue ("was asked") when it states
  // the question: a quotation after a comma or colon, a wh-word, "about" or
  // a determiner ("was asked a question about ...").
  bool PassiveQuestionAt(const SentenceView& v, int k) const {
    if ((IsComma(k) || Is(k, Word::kColon)) && k + 1 < v.limit)
      return IsOpenQuote(k + 1);
    return Is(k, Word::kAbout) || Is(k, Word::kWhat) || Is(k, Word::kHow) ||
           Is(k, Word::kWhy) || Is(k, Word::kWho) || Is(k, Word::kWhom) ||
           Is(k, Word::kWhen) || Is(k, Word::kWhere) || Is(k, Word::kA) ||
           Is(k, Word::kThe);
  }

  // A passive cue with an agent and no clause after it ("The plan was
  // rejected by 64 percent of voters", "The merger was first reported by the
  // Journal", "Lee has been criticized by rivals for ..."): the agent is the
  // source and the subject is the content, with a "for"/"as"/"of"
  // complement after the agent as a second piece. `by` is the token after
  // the verb group; `d` holds the cue. False (d unchanged) when the shape
  // does not fit.
  bool PassiveAgentClaim(const SentenceView& v, int vb, int by,
                         Draft* d) const {
    if (by + 1 >= v.limit || !Is(by, Word::kBy)) return false;
    const int a = by + 1;
    // The agent opens like a noun phrase: a name, a source noun, a
    // determiner, a bare plural ("by rivals") or a share ("64 percent of the
    // electorate"); not "by now", "by threatening ..." or "by 5-to-4 votes".
    const bool share = Tok(a).kind == TokenKind::kNumber && a + 1 < v.limit &&
                       (Is(a + 1, Word::kPercent) ||
                        Is(a + 1, Word::kPercentSign) || Is(a + 1, Word::kIn));
    const bool plural = Tok(a).kind == TokenKind::kWord && !IsCap(a) &&
                        Norm(a).size() > 3 && EndsWith(Norm(a), "s") &&
                        !EndsWith(Norm(a), "ss") && !IsAdverb(a);
    if (!IsWord(a) || adjunct_[a] ||
        !(IsCap(a) || src_[a].end != kNone || blocker_[a] || share || plural))
      return false;
    int ae = a;
    while (ae < v.limit && ae - a < 25 && !IsBreak(ae) && !IsQuote(ae) &&
           !content_start_[ae] && verb_[ae].end == kNone &&
           !(ae > a && IsAnyOf(ae, kAgentStopWords)))
      ++ae;
    if (ae < v.limit && verb_[ae].end != kNone) return false;
    // The subject: a relative pronoun ("which was first reported by ...")
    // or the noun phrase right before the verb group.
    int sb = vb;
    if (vb - 1 >= v.b && (Is(vb - 1, Word::kWhich) || Is(vb - 1, Word::kThat) ||
                          Is(vb - 1, Word::kWho))) {
      sb = vb - 1;
    } else {
      sb = NounPhraseStart(v.b, vb);
      if (sb >= vb || Is(sb, Word::kIt) || Is(sb, Word::kThere)) return false;
      // It opens the clause: the sentence, a comma or a clause word before;
      // not a "that" clause, which may close a longer subject ("The union's
      // claim that managers ignored warnings was rejected by ...").
      if (sb > v.b &&
          ((!IsBreak(sb - 1) && !clause_[sb - 1] && !IsQuote(sb - 1)) ||
           content_start_[sb - 1]))
        return false;
    }
    d->src_b = a;
    d->src_e = ae;
    d->pieces.clear();
    d->pieces.push_back({sb, vb});
    // "criticized by rivals for failing to ...", "seen by some as a
    // demotion": the complement is part of what is attributed.
    if (ae < v.limit && (Is(ae, Word::kFor) || Is(ae, Word::kAs))) {
      int ce = ae + 1;
      while (ce < v.limit && !IsBreak(ce) && !IsQuote(ce)) ++ce;
      if (ce > ae + 1) d->pieces.push_back({ae, ce});
    }
    return true;
  }

  // The quotation that ends right before the sentence, or else the one that
  // starts right after it, in the same paragraph.
  std::pair<int, int> AdjacentQuote(const SentenceView& v) const {
    const int n = static_cast<int>(ts_.size());
    int p = v.b - 1;
    if (p >= 0 && ts_.newlines_before[v.b] == 0 && IsCloseQuote(p))
      return {qopen_[p], p + 1};
    if (p >= 0 && IsFinalPunct(p) && p - 1 >= 0 &&
        ts_.newlines_before[v.b] == 0 && IsCloseQuote(p - 1)) {
      return {qopen_[p - 1], p};
    }
    int q = v.e;
    if (q < n && ts_.newlines_before[q] == 0 && IsOpenQuote(q))
      return {q, qclose_[q] + 1};
    return {kNone, kNone};
  }

  // The subject that opens the sentence, when it has a clear shape: a
  // personal pronoun, a determiner and a source noun ("The mayor"), or a run
  // of capitalized words with titles and a short parenthetical ("Sen. Ann
  // Lee (D-Ore.)"), followed by a lower-case word before `before`; kNone
  // otherwise.
  std::pair<int, int> SentenceSubject(const SentenceView& v, int before) const {
    std::pair<int, int> subj = SubjectAt(v.b, before);
    if (subj.first != kNone) return subj;
    // After an opening phrase: "In an interview on Monday, Lee toured ...",
    // "By the end of the day, Lee was forced ...", "Asked about it, Lee
    // shook her head and said ...".
    for (int k = v.b + 1; k < before && k - v.b < 12; ++k) {
      if (IsQuote(k) || Is(k, Word::kSemicolon) || IsDash(k)) break;
      if (IsComma(k)) return SubjectAt(k + 1, before);
    }
    return subj;
  }

  // The subject of a clause starting at `b`, with the shapes above.
  std::pair<int, int> SubjectAt(int b, int before) const {
    if (b >= before) return {kNone, kNone};
    int e = kNone;
    // A quantifier before a plural opens the phrase like a determiner:
    // "Some senators vented ... and said".
    const bool det =
        blocker_[b] ||
        (src_[b].end == b + 1 && Info(src_[b]).kind != SourceType::kPronoun &&
         b + 1 < before && PluralNoun(b + 1));
    if (src_[b].end != kNone && Info(src_[b]).kind == SourceType::kPronoun &&
        Info(src_[b]).agree != 'r' && Info(src_[b]).agree != 's') {
      e = src_[b].end;
    } else if (det && b + 1 < before && src_[b + 1].end != kNone &&
               Info(src_[b + 1]).kind != SourceType::kPronoun) {
      e = src_[b + 1].end;
    } else if (det) {
      // "The inspectors visited ...": a determiner and a few words up to a
      // verb in -ed.
      int k = b + 1;
      while (k < before && k - b < 5 && IsWord(k) && !clause_[k] &&
             !content_start_[k] && !adjunct_[k] && aux_[k].end == kNone &&
             verb_[k].end == kNone &&
             !(k > b + 1 && !IsCap(k) && EndsWith(Norm(k), "ed")))
        ++k;
      if (k > b + 1 && k < before && !IsCap(k) && EndsWith(Norm(k), "ed"))
        e = k;
    } else {
      int k = b;
      while (k < before && k - b < 6 && IsCap(k) && !clause_[k] &&
             !adjunct_[k] && !content_start_[k])
        ++k;
      // Lower-case title words between capitalized ones: "Democratic
      // presidential nominee Ann Lee".
      for (;;) {
        int j = k;
        // (A verb in -ed is no title word: "Lee praised Ruiz and said".)
        while (j < before && j - k < 3 && IsWord(j) && !IsCap(j) &&
               !clause_[j] && !content_start_[j] && !adjunct_[j] &&
               !blocker_[j] && verb_[j].end == kNone && aux_[j].end == kNone &&
               !EndsWith(Norm(j), "ed"))
          ++j;
        if (j == k || j >= before || !IsCap(j) || k == b) break;
        k = j;
        while (k < before && k - b < 10 && IsCap(k) && !clause_[k] &&
               !adjunct_[k] && !content_start_[k])
          ++k;
      }
      if (k > b && k < before && Is(k, Word::kOpenParen)) {
        int c = k + 1;
        while (c < before && c - k < 6 && !Is(c, Word::kCloseParen) &&
               !IsBreak(c))
          ++c;
        if (c < before && Is(c, Word::kCloseParen)) k = c + 1;
      }
      // A genitive and a source noun: "Lee's campaign", "Sanders' aides".
      if (k > b && k + 1 < before && (IsCliticS(k) || IsPossessive(k)) &&
          src_[k + 1].end != kNone && src_[k + 1].end < before &&
          Info(src_[k + 1]).kind != SourceType::kPronoun) {
        k = src_[k + 1].end;
      }
      if (k > b) e = k;
    }
    // "The court of appeals overruled and said ...": a prepositional phrase
    // after the noun, when a verb in -ed follows it.
    if (e != kNone && e + 1 < before &&
        (Is(e, Word::kOf) || Is(e, Word::kFor)) && IsWord(e + 1)) {
      int k = e + 1;
      while (k < before && k - e < 6 && IsWord(k) && !clause_[k] &&
             !content_start_[k] && !adjunct_[k] && verb_[k].end == kNone &&
             aux_[k].end == kNone && !EndsWith(Norm(k), "ed"))
        ++k;
      if (k > e + 1 && k < before && !IsCap(k) && EndsWith(Norm(k), "ed"))
        e = k;
    }
    // An appositive between commas after the name: "Ana Ruiz, a former
    // party chair, became a delegate and said ..."; PolNeAR spans the
    // source over it. A relative clause there ("Ana Ruiz, who has run the
    // shelter for years, toured it and said ...") may hold verbs.
    if (e != kNone && e < before && IsComma(e) && IsCap(b)) {
      int k = e + 1;
      if (k < before && (Is(k, Word::kWho) || Is(k, Word::kWhich))) {
        while (k < before && k - e < 25 && !IsComma(k) && !IsQuote(k) &&
               !Is(k, Word::kSemicolon) && !IsDash(k))
          ++k;
      } else {
        while (k < before && k - e < 10 && IsWord(k) && !clause_[k] &&
               !content_start_[k] && (verb_[k].end == kNone || exception_[k]) &&
               aux_[k].end == kNone)
          ++k;
      }
      if (k > e + 1 && k < before && IsComma(k)) e = k + 1;
    }
    if (e == kNone || e >= before || !IsWord(e) || IsCap(e) || clause_[e] ||
        content_start_[e] || adjunct_[e] || blocker_[e])
      return {kNone, kNone};
    return {b, e};
  }

  // End of the first noun phrase of the sentence (for "-ing" cues without
  // an earlier claim): the first verb-like token after the sentence start.
  int NounPhraseEndAtClauseStart(const SentenceView& v) const {
    int k = v.b;
    while (k < v.limit && IsWord(k) && k - v.b < 8 && verb_[k].end == kNone &&
           aux_[k].end == kNone) {
      ++k;
    }
    return k;
  }

  // End of an appositive noun phrase from `k` after a post-posed name
  // ("..., said Ann Lee, head of the Tidewater Institute."): words, commas,
  // possessives and parentheses, with no verb, auxiliary, content clause or
  // quotation, up to the clause end or a comma before a relative clause, a
  // participle or a chain ("..., a pollster, who ..."); kNone if there is
  // none. Closing quotation marks at its end are left out.
  bool EndsAppositive(const SentenceView& v, int j) const {
    if (!IsComma(j) || j + 1 >= v.limit) return false;
    const int n = j + 1;
    return Is(n, Word::kWho) || Is(n, Word::kWhich) || chain_[n].end != kNone ||
           verb_[n].end != kNone || IngWord(n);
  }
  // A lowercase -ing word that opens a participle clause ("wearing a hat",
  // "citing figures"): not a preposition or a premodifier of a title.
  bool ParticipleClauseAt(int k) const {
    if (!IngWord(k)) return false;
    static constexpr std::string_view kNot[] = {
        "including", "according", "acting",    "managing",
        "ranking",   "founding",  "presiding", "outgoing",
        "incoming",  "sitting",   "visiting",  "leading",
        "reigning",  "governing", "ruling",    "consulting"};
    const std::string_view w = Norm(k);
    // "car-making and steel industries": a compound modifier of a noun.
    if (w.find('-') != std::string_view::npos) return false;
    for (std::string_view x : kNot)
      if (w == x) return false;
    return true;
  }

  bool IngWord(int k) const {
    return Tok(k).kind == TokenKind::kWord && !IsCap(k) &&
           EndsWith(Norm(k), "ing") && Norm(k).size() > 4;
  }
  int NounPhraseTail(const SentenceView& v, int k) const {
    if (k >= v.limit || !IsWord(k) || chain_[k].end != kNone) return kNone;
    if (IngWord(k)) return kNone;
    if (Tok(k).kind == TokenKind::kWord && !IsCap(k) &&
        EndsWith(Norm(k), "ed") && !blocker_[k])
      return kNone;
    int j = k;
    for (; j < v.limit; ++j) {
      if (EndsAppositive(v, j)) break;
      // "a pollster who worked for Lee": the relative clause on the
      // appositive's noun belongs to it (up to one that is an attribution of
      // its own).
      if (j > k + 1 && (Is(j, Word::kWho) || Is(j, Word::kWhich)) &&
          IsWord(j - 1)) {
        const int rel_end = RelativeClauseEnd(v, j);
        return rel_end != kNone ? rel_end : j;
      }
      if (IsQuote(j) || content_start_[j] || Is(j, Word::kSemicolon) ||
          IsDash(j)) {
        // "a state senator who ran in 2008": a relative clause ends it.
        if (j > k + 1 && (Is(j, Word::kThat) || Is(j, Word::kWho)) &&
            IsWord(j - 1))
          return RelativeClauseEnd(v, j);
        return kNone;
      }
      if (clause_[j] && !Is(j, Word::kAnd)) {
        if (j > k + 1 && (Is(j, Word::kWho) || Is(j, Word::kWhich)) &&
            IsWord(j - 1))
          return RelativeClauseEnd(v, j);
        return kNone;
      }
      const bool poss = IsCliticS(j);
      if (aux_[j].end != kNone && !poss) return kNone;
      if (verb_[j].end != kNone && !IsCap(j) && !exception_[j] &&
          !(j > k && blocker_[j - 1]))
        return kNone;
    }
    while (j > k && (IsQuote(j - 1) || IsComma(j - 1))) --j;
    return j > k ? j : kNone;
  }

  // End of a relative clause that starts at `k` ("who chairs the board"):
  // the clause end, or a quotation, semicolon or dash.
  // kNone when the clause is an attribution of its own ("who added that").
  int RelativeClauseEnd(const SentenceView& v, int k) const {
    for (int j = k + 1; j < v.limit && j - k <= 3; ++j) {
      if (verb_[j].end != kNone) return kNone;
      if (aux_[j].end == kNone && !IsAdverb(j)) break;
    }
    int e = k + 1;
    while (e < v.limit && !IsQuote(e) && !Is(e, Word::kSemicolon) && !IsDash(e))
      ++e;
    while (e > k + 1 && IsComma(e - 1)) --e;
    return e;
  }

  // The opening mark of a quotation that closes at `k`, or at the token
  // before a comma at `k` (after the sentence's first token); kNone if none
  // does.
  int QuotationEndsAt(const SentenceView& v, int k) const {
    if (k <= v.b) return kNone;
    if (IsCloseQuote(k)) return qopen_[k];
    if (IsComma(k) && k - 1 > v.b && IsCloseQuote(k - 1)) return qopen_[k - 1];
    return kNone;
  }

  // Content before a post-posed source: the quotation that closes at
  // `boundary`, or the clause from the sentence start to `boundary`.
  bool ContentBefore(const SentenceView& v, int boundary, Draft* d) const {
    int c = boundary;
    if (IsComma(c) && c - 1 >= v.b && IsCloseQuote(c - 1)) c = c - 1;
    int start = v.b;
    // Skip a leading quote mark that opened in an earlier sentence.
    if (start < boundary && IsQuote(start) && qclose_[start] == kNone) ++start;
    if (IsCloseQuote(c)) {
      const int o = qopen_[c];
      // "Lee's plan is \"a fraud,\" he said": a quotation that opens inside
      // the clause is part of it, and the content runs from the clause
      // start, unless a colon, semicolon, bracket or dash sets the words
      // before it apart ("He listed his rules: \"...,\" he said"). PolNeAR
      // train: content exact F1 .540 -> .545.
      bool inside = false;
      for (int k = start; k < o && o > start; ++k) {
        if (Is(k, Word::kColon) || Is(k, Word::kSemicolon) ||
            Is(k, Word::kOpenParen) || IsDash(k)) {
          inside = false;
          break;
        }
        inside = inside || IsWord(k);
      }
      // ... and holds no other claim's cue ("Lee said she felt the plan
      // was \"a fraud,\" he said" keeps the quotation).
      for (size_t a = drafts_.size(); inside && a-- > 0;) {
        if (drafts_[a].sentence != d->sentence) break;
        inside = !(drafts_[a].cue_b >= start && drafts_[a].cue_b < o);
      }
      if (!inside) {
        d->pieces.insert(d->pieces.begin(), {o, c + 1});
        d->kind = ClaimKind::kDirectQuote;
        return true;
      }
      boundary = c + 1;
    }
    if (boundary <= start) return false;
    d->pieces.insert(d->pieces.begin(), {start, boundary});
    MarkMixed(d);
    return true;
  }

  // The rules that read token i's word as a sentence opener (OpenerBit;
  // data/cues.tsv, type sentence_opener).
  uint8_t Opener(int i) const {
    const uint32_t id = word_ids_[static_cast<size_t>(i)];
    return id < n_opener_ ? opener_[id] : 0;
  }

  // The prepositions that open a sentence-initial adjunct for both rules
  // below ("In a memo, ...", "Despite the ruling, ..."; in=adjunct); each
  // adds its own.
  bool OpensAdjunct(int i) const { return Opener(i) & kOpensAdjunct; }

  // "Through a spokeswoman, Lee declined to comment.", "In a memo on
  // Tuesday, she reminded her staff ...": the words before the subject are
  // an adjunct that opens the sentence (a preposition first, in=adjunct or
  // in=alone; no verb group, past form or quotation), no content before a
  // post-posed cue (a cue
  // between commas is parenthetical: "In any case, she said, the plan
  // fails" keeps it). PolNeAR train: of 38 such contents, 23 gold ones
  // follow the cue, 3 are the adjunct.
  bool OpeningAdjunctOnly(const SentenceView& v, int before) const {
    const int b = v.b;
    if (!(Opener(b) & (kOpensAdjunct | kOpensAdjunctAlone))) return false;
    for (int k = b; k < before; ++k) {
      if (IsQuote(k) || aux_[k].end != kNone || verb_[k].end != kNone ||
          (Tok(k).kind == TokenKind::kWord && EndsWith(Norm(k), "ed") &&
           Norm(k).size() > 4))
        return false;
    }
    return true;
  }

  // "In an interview, she said, \"We will win.\"", "Asked about it, he
  // said, \"...\"": before a cue between commas, an adjunct that opens the
  // sentence (a preposition or a subordinator first, in=adjunct or
  // in=quote, or a participle; no quotation) is no piece of a quotation
  // that follows as a sentence of its
  // own (a capital first); "In that case, she said, \"the vote fails\""
  // stays one clause. PolNeAR train: 43 contents become exact, 3 stop being
  // so.
  void DropOpeningAdjunct(Draft* d) const {
    if (d->pieces.size() != 2) return;
    const auto [b0, e0] = d->pieces[0];
    const auto [b1, e1] = d->pieces[1];
    if (!IsOpenQuote(b1) || qclose_[b1] != e1 - 1 || b1 + 1 >= e1) return;
    int w = b1 + 1;
    while (w < e1 && IsQuote(w)) ++w;
    if (w >= e1 || !IsCap(w)) return;
    if (!((Opener(b0) & (kOpensAdjunct | kOpensQuoteAdjunct)) ||
          (Tok(b0).kind == TokenKind::kWord && EndsWith(Norm(b0), "ing") &&
           Norm(b0).size() > 4)))
      return;
    for (int k = b0; k < e0; ++k) {
      if (IsQuote(k)) return;
    }
    d->pieces[0] = d->pieces[1];
    d->pieces.resize(1);
    d->kind = ClaimKind::kDirectQuote;
  }

  // "..., said Ann Lee, a nurse at the clinic", "according to the group,
  // which tracks ...", "..., Lee said, whose book ...": after the comma that
  // ends a source, a phrase opened by "a"/"an" or a relative pronoun
  // describes the source and is no piece of the content. Returns where the
  // source then ends: the sentence's end after "a", "an", "who" or "which"
  // (PolNeAR spans such an appositive or relative clause in the source),
  // `k` after "whose" or "where" (left out of both); kNone when no such
  // phrase starts at `k`. PolNeAR train: 16 contents become exact, none
  // stops being so; 6 sources become exact.
  int SourceDescription(const SentenceView& v, int k) const {
    if (k >= v.limit || QuoteDepth(k) != 0) return kNone;
    if (Is(k, Word::kWhose) || Is(k, Word::kWhere)) return k;
    // After a name: "..., said Ann Lee, one of the organizers" (not "It
    // was, he said, one of his worst days").
    if (Is(k, Word::kA) || Is(k, Word::kAn) || Is(k, Word::kWho) ||
        Is(k, Word::kWhich) ||
        (Is(k, Word::kOne) && k + 1 < v.limit && Is(k + 1, Word::kOf) &&
         k >= 2 && (IsCap(k - 2) || Is(k - 2, Word::kCloseParen))))
      return v.limit;
    return kNone;
  }

  // Second piece after a parenthetical cue: "A, he said, B". `quote_open`:
  // the opening mark of a quotation that ends the content before the cue
  // (QuotationEndsAt), or kNone.
  bool ContentTail(const SentenceView& v, int k, int quote_open,
                   Draft* d) const {
    if (k >= v.limit) return false;
    if (chain_[k].end != kNone)
      return false;  // ", citing Y": handled by ApplyChains
    if (IsOpenQuote(k)) {
      d->pieces.push_back({k, qclose_[k] + 1});
      return true;
    }
    // A contrast clause right after the cue ("A, the agency said, although
    // B") goes on what was said, as PolNeAR spans it, unless it is an
    // attribution of its own: "A, the agency said on Friday, although
    // residents reported B" (that claim is no piece of this one).
    if (QuoteDepth(k) == 0 && IsAnyOf(k, kContrastWords)) {
      for (int j = k + 2; j < v.limit; ++j)
        if (verb_[j].end != kNone && QuoteDepth(j) == 0) return false;
    }
    // "'...,' she said, referring to the mayor", "A, he said, adding that
    // B": a participle after the cue is the speaker's own clause, no piece
    // of what was said; after a clause that is not quoted, only a cue verb's
    // participle is sure to be one ("A is, he said, spending more" goes on).
    // After a quotation that opens the sentence, so are other words unless
    // they quote more or a verb group goes on with the quotation ("'...,'
    // he said as the crowd booed", "'...,' said Ann Lee, 54, a nurse"; not
    // "'Only you,' he wrote, would ..."). PolNeAR train: 181 contents
    // become exact, 4 stop being so.
    if (QuoteDepth(k) == 0) {
      if (IngWord(k) && !adjunct_[k] &&
          (quote_open != kNone || verb_[k].end != kNone))
        return false;
      if (quote_open == v.b && aux_[k].end == kNone &&
          !AnyQuoteIn(k, v.limit, [this](int i) { return IsOpenQuote(i); }))
        return false;
    }
    d->pieces.push_back({k, v.limit});
    d->open_end = true;
    return true;
  }

  // End of the object of an object-taking cue at `k` ("told reporters",
  // "told the Evening Ledger", "told a local radio station", "told the
  // paper's editorial board"), or `k` if there is none.
  int ObjectEnd(const SentenceView& v, int k) const {
    if (k >= v.limit) return k;
    if (object_[k].end != kNone) return object_[k].end;
    if (!blocker_[k] && !IsCap(k)) {
      // A bare noun phrase of one or two lower-case words closed by the
      // clause's end, a colon or "that" is the addressee: "..., Ann Lee
      // told analysts.", "told fellow workers: ...", "told investors that"
      // ("warned prices would rise" is no such object: a verb follows; nor
      // "urged students at the college to ...": a preposition may go on the
      // noun).
      int j = k;
      while (
          j < v.limit && j - k < 2 && IsWord(j) && !IsCap(j) &&
          !content_start_[j] && !clause_[j] && !adjunct_[j] &&
          verb_[j].end == kNone && aux_[j].end == kNone &&
          !(src_[j].end != kNone && Info(src_[j]).kind == SourceType::kPronoun))
        ++j;
      if (j > k && (j >= v.limit || IsBreak(j) || content_start_[j])) return j;
      // "told investors profits would rise", "told players the game was
      // off": a bare plural noun, then the subject of a clause (a
      // determiner or lower-case words) up to a finite auxiliary.
      if (PluralNoun(k) && k + 1 < v.limit && IsWord(k + 1) && !IsCap(k + 1) &&
          !content_start_[k + 1] && !clause_[k + 1] && !adjunct_[k + 1]) {
        for (int m = k + 1; m < v.limit && m - k <= 4; ++m) {
          if (aux_[m].end != kNone) {
            if (m > k + 1 && !blocker_[m - 1] && Info(aux_[m]).finite &&
                !IsCap(m) && !EndsWith(Norm(m), "ing"))
              return k + 1;
            break;
          }
          // (A cue form after a determiner is a noun: "the plan".)
          if (!IsWord(m) || IsCap(m) || clause_[m] || adjunct_[m] ||
              (verb_[m].end != kNone && !blocker_[m - 1]) ||
              content_start_[m] ||
              (blocker_[m] && m > k + 1 && !blocker_[m - 1]))
            break;
        }
      }
      return k;
    }
    int j = blocker_[k] ? k + 1 : k;
    const int first = j;
    bool owner = false;  // a possessive came before: a title follows
    while (j < v.limit && j - k < 7) {
      const bool poss = IsCliticS(j);
      owner = owner || poss;
      if (poss && j + 1 < v.limit && IsOpenQuote(j + 1) &&
          qclose_[j + 1] != kNone && qclose_[j + 1] - j <= 6) {
        j = qclose_[j + 1] +
            1;  // a quoted title: "the network's “Morning Show”"
        break;
      }
      if (!poss && !IsWord(j)) break;
      if (content_start_[j] || clause_[j] || verb_[j].end != kNone ||
          aux_[j].end != kNone)
        break;
      // "Sky's Evening with Morris programme": a lowercase word between
      // capitalized ones in a possessed title.
      const bool in_title =
          owner && IsCap(j - 1) && j + 1 < v.limit && IsCap(j + 1);
      if (adjunct_[j] && !IsCap(j) && j > first && !in_title) break;
      if (j > first && src_[j].end != kNone &&
          Info(src_[j]).kind == SourceType::kPronoun)
        break;
      ++j;
    }
    // Only a closed object: the clause, an adjunct, "that", a quote or a
    // pronoun subject follows ("warned the trade deal would fail" keeps
    // its subject in the content).
    if (j > first && (j >= v.limit || IsBreak(j) || IsQuote(j) ||
                      content_start_[j] || (adjunct_[j] && !IsCap(j)) ||
                      (src_[j].end != kNone &&
                       Info(src_[j]).kind == SourceType::kPronoun))) {
      return j;
    }
    j = blocker_[k] ? k + 1 : k;
    // A number goes on a name: "Radio 4", "BBC 1".
    while (j < v.limit && j - k < 5 &&
           (IsCap(j) ||
            (j > k && IsCap(j - 1) && Tok(j).kind == TokenKind::kNumber)))
      ++j;
    if (j > k && j + 1 < v.limit && IsCliticS(j) &&
        (IsCap(j - 1) || Tok(j - 1).kind == TokenKind::kNumber)) {
      // "told BBC Radio 4's Today programme the plan had failed", "told the
      // BBC's Newsnight he ...": the name's programme or paper is part of
      // the object, up to the noun phrase or pronoun that opens the clause.
      const int m = PossessedNounEnd(v, j + 1);
      if (m != kNone) return m;
    }
    if (j == k + 1 && blocker_[k]) {
      // "told the committee the plan ...": one noun, then a new noun phrase;
      // otherwise the noun phrase is the content's subject.
      return j + 1 < v.limit && blocker_[j + 1] ? j + 1 : k;
    }
    return j;
  }

  // A one-word cue verb form that is also a noun, after a capitalized word:
  // it ends a title ("Today show", "World Business Report").
  bool TitleNoun(int m) const {
    if (verb_[m].end != m + 1 || !IsCap(m - 1)) return false;
    const EntryInfo& info = Info(verb_[m]);
    return info.noun && (info.form == Form::kBase || info.form == Form::kS);
  }

  // After a name's possessive in an object ("the BBC's | Newsnight programme
  // the plan ..."): the end of the possessed noun (capitalized words, and
  // lowercase ones such as "programme"; "with" inside a title: "Breakfast
  // with Frost"), where a determiner, a pronoun, "there", "that", an adjunct,
  // a break or a new capitalized subject opens the clause; kNone if none
  // does within six words.
  int PossessedNounEnd(const SentenceView& v, int b) const {
    int m = b;
    while (m < v.limit && m - b < 6) {
      if (!IsWord(m)) break;
      // A title may open with an article ("World Service's The Music
      // Show", "Radio Four's the World at One").
      if (m == b && blocker_[m] && (IsCap(m) || Is(m, Word::kThe)) &&
          m + 1 < v.limit && IsCap(m + 1) && !blocker_[m + 1]) {
        ++m;
        continue;
      }
      const bool title_noun = m > b && TitleNoun(m);
      if (blocker_[m] || content_start_[m] || clause_[m] ||
          Is(m, Word::kThere) || aux_[m].end != kNone ||
          (verb_[m].end != kNone && !title_noun) ||
          (src_[m].end != kNone && Info(src_[m]).kind == SourceType::kPronoun))
        break;
      if (adjunct_[m] && !IsCap(m) &&
          !(m > b && IsCap(m - 1) && m + 1 < v.limit && IsCap(m + 1)))
        break;
      // "programme Labour" (but "the World", "World at One").
      if (m > b && IsCap(m) && !IsCap(m - 1) && !(m - 1 == b && blocker_[b]) &&
          !(adjunct_[m - 1] && m - 2 >= b && IsCap(m - 2)))
        break;
      // "Business Daily programme | demand was weak": a lowercase word after
      // the lowercase noun that ends a title opens the clause.
      if (m > b + 1 && !IsCap(m) && !IsCap(m - 1) && IsCap(m - 2)) break;
      ++m;
    }
    if (m == b) return kNone;
    // The title ends the sentence ("told the BBC's World Business Report."):
    // no content follows.
    if (m >= v.limit) return v.limit;
    const bool opens =
        blocker_[m] || content_start_[m] || Is(m, Word::kThere) || IsBreak(m) ||
        IsQuote(m) || (adjunct_[m] && !IsCap(m)) || IsCap(m) ||
        (m > b + 1 && !IsCap(m - 1) && IsCap(m - 2)) ||
        (src_[m].end != kNone && Info(src_[m]).kind == SourceType::kPronoun);
    return opens ? m : kNone;
  }

  // Content after the cue ("said (that) ...", "told reporters ...", "said:
  // '...'").
  bool ContentAfter(const SentenceView& v, int k, bool obj, Draft* d) const {
    if (k < v.limit && (IsComma(k) || Is(k, Word::kColon))) ++k;
    // "believes, for example, that ...", "added, however, \"...\"": a
    // connective between commas right after the cue is no part of the
    // content.
    if (k > v.b && k + 2 < v.limit && IsComma(k - 1) && IsWord(k) &&
        (adjunct_[k] || Is(k, Word::kFor)) && !IsCap(k)) {
      int j = k + 1;
      if (j < v.limit && !IsComma(j) && IsWord(j)) ++j;
      if (j + 1 < v.limit && IsComma(j)) k = j + 1;
    }
    // Adjunct or object before "that": "said on Monday that", "told reporters
    // that". (Only a content start in the eight tokens changes k: one test
    // of their flag bytes skips the walk for most cues.)
    if (ContentStartIn8(k)) {
      for (int j = k; j < v.limit && j - k < 8; ++j) {
        if (content_start_[j]) {
          bool clean = true;
          for (int m = k; m < j; ++m)
            clean = clean && !IsQuote(m) && !IsBreak(m);
          bool plausible = obj || adjunct_[k] || object_[k].end != kNone;
          if (clean && (plausible || j == k)) k = j;
          break;
        }
        if (IsBreak(j) || IsQuote(j)) break;
        // A pronoun and its verb open the clause before "that" ("told
        // Comdata it believes that ...", "told shareholders he thinks that
        // ..."): the content starts there.
        if (j > k && j + 1 < v.limit && src_[j].end == j + 1 && !clause_[j] &&
            Info(src_[j]).kind == SourceType::kPronoun &&
            (verb_[j + 1].end != kNone || aux_[j + 1].end != kNone)) {
          if (obj || adjunct_[k] || object_[k].end != kNone) k = j;
          break;
        }
      }
    }
    // "said on Monday the plan had failed": the date is no part of the
    // content.
    if (!obj && k < v.limit && adjunct_[k]) {
      if (const int d = DateAdjunctEnd(v, k); d != kNone) k = d;
    }
    if (obj && k < v.limit && !content_start_[k] && !IsOpenQuote(k)) {
      const int object = k;
      k = ObjectEnd(v, k);
      // "urged the council to approve it": the object and its infinitive are
      // the content ("told reporters at the scene" is an adjunct).
      if (k > object && InfinitiveAt(v, k)) {
        k = object;
      } else {
        k = SkipAdjunct(v, k);
        if (k < v.limit && (IsComma(k) || Is(k, Word::kColon))) ++k;
      }
    }
    if (k < v.limit && chain_[k].end != kNone) {
      // "reported, citing Y, that ...": Y is a relay, the content follows.
      int j = chain_[k].end;
      while (j < v.limit && !IsBreak(j) && !content_start_[j] && !IsQuote(j))
        ++j;
      if (j == chain_[k].end || j >= v.limit) return false;
      if (SourcePhrase(chain_[k].end, j)) d->via.push_back({chain_[k].end, j});
      k = j;
      if (k < v.limit && IsComma(k)) ++k;
    }
    if (k >= v.limit && k == v.e && k - 1 >= v.b && Is(k - 1, Word::kColon))
      return NextParagraph(v, d);
    if (k >= v.limit && !(k < v.e && IsOpenQuote(k))) return false;
    if (IsOpenQuote(k)) {
      int c = qclose_[k];
      d->pieces.push_back({k, c + 1});
      d->kind = ClaimKind::kDirectQuote;
      // Text after the quote in the same sentence ("...", he said, adding ...).
      return true;
    }
    d->pieces.push_back({k, v.limit});
    d->open_end = true;
    MarkMixed(d);
    return true;
  }

  // "The governor added:" closing its paragraph: the content is the next
  // paragraph, or the quotation that opens it.
  bool NextParagraph(const SentenceView& v, Draft* d) const {
    const int n = static_cast<int>(ts_.size());
    const int b = v.e;
    if (b >= n || ts_.newlines_before[b] == 0) return false;
    int e = b + 1;
    while (e < n && ts_.newlines_before[e] == 0) ++e;
    if (IsOpenQuote(b) && qclose_[b] < e) {
      d->pieces.push_back({b, qclose_[b] + 1});
      d->kind = ClaimKind::kDirectQuote;
      return true;
    }
    while (e > b + 1 && IsFinalPunct(e - 1)) --e;
    d->pieces.push_back({b, e});
    MarkMixed(d);
    return true;
  }

  // Calls f(i) for the paired quotation marks i in [b, e), ascending, until
  // f returns true; returns whether one did. Only paired marks (in
  // quote_tokens_) are open or close quotes, so the other tokens are skipped.
  // The questions come sentence by sentence: each search starts where the
  // previous one ended (LowerBoundNear).
  template <class F>
  bool AnyQuoteIn(int b, int e, F f) const {
    const size_t n = quote_tokens_.size();
    if (n == 0) return false;
    size_t i = quote_hint_ = LowerBoundNear(quote_tokens_, quote_hint_, b);
    for (const int* const q = quote_tokens_.data(); i < n && q[i] < e; ++i) {
      if (f(q[i])) return true;
    }
    return false;
  }

  void MarkMixed(Draft* d) const {
    if (d->kind == ClaimKind::kDirectQuote) return;
    for (auto [b, e] : d->pieces) {
      const bool mixed = AnyQuoteIn(b, e, [&, b = b, e = e](int i) {
        return IsOpenQuote(i) && qclose_[i] < e && qclose_[i] - i > 1 &&
               !(i == b && qclose_[i] == e - 1);
      });
      if (mixed) {
        d->kind = ClaimKind::kMixed;
        return;
      }
    }
  }

  bool PrepCue(uint32_t s, const SentenceView& v, int i) {
    const int pe = prep_[i].end;
    Draft d;
    d.sentence = s;
    d.cue_b = i;
    d.cue_e = pe;
    d.lemma = Info(prep_[i]).lemma;
    d.kind = ClaimKind::kAccordingTo;
    int se = pe;
    while (se < v.limit && !IsBreak(se) && !IsQuote(se) &&
           !content_start_[se] &&
           !(clause_[se] && se > pe + 1 && !Is(se, Word::kAnd))) {
      ++se;
    }
    if (se == pe) return false;
    // "Lee said that, according to the survey, costs rose": an "according
    // to" right after the "that" (a comma or dash between) that opens an
    // earlier claim's content names where that claim comes from. Its source
    // is a via of that claim, whose content runs on over it, and it is no
    // claim of its own (PolNeAR train+dev: both such contents span it, no
    // "according to" claim there).
    {
      int that = i - 1;
      if (that > v.b && (IsComma(that) || IsParenDash(that))) --that;
      // The source ends at the comma or dash that closes the aside.
      int ve = pe;
      while (ve < v.limit && !IsComma(ve) && !IsParenDash(ve) && !IsBreak(ve) &&
             !IsQuote(ve))
        ++ve;
      if (that > v.b && content_start_[that] && ve > pe && ve + 1 < v.limit &&
          (IsComma(ve) || IsParenDash(ve))) {
        for (size_t a = drafts_.size(); a-- > 0;) {
          Draft& o = drafts_[a];
          if (o.sentence != s) break;
          if (o.no_cue || o.pieces.empty() || o.pieces.back().first != that ||
              o.pieces.back().second <= ve + 1)
            continue;
          o.via.push_back({pe, ve});
          return false;
        }
      }
    }
    d.src_b = pe;
    d.src_e = se;
    int lead = v.b;
    while (lead < i &&
           (clause_[lead] || Is(lead, Word::kAnd) || Is(lead, Word::kBut)))
      ++lead;
    if (lead == i) {
      int k = se;
      if (k < v.limit && IsComma(k)) ++k;
      if (k >= v.limit) return false;
      d.pieces.push_back({k, v.limit});
      d.open_end = true;
    } else {
      int end = i;
      if (end - 1 > v.b && (IsComma(end - 1) || IsDash(end - 1))) --end;
      // "That's according to the latest filings.": the verb joins the cue
      // and the pronoun is the content, as PolNeAR spans them (train 4 of 4).
      if (i - 2 == v.b && IsCliticS(i - 1) &&
          (Is(v.b, Word::kThat) || Is(v.b, Word::kIt))) {
        d.cue_b = i - 1;
        end = i - 1;
      }
      // "But the fund lost money, according to its filings": a connective
      // that opens the sentence ties it to the one before and is no part of
      // what the source reports (in=lead); before a subordinate clause it
      // stays ("But after the vote, ..."). PolNeAR train: 7 contents become
      // exact, 1 stops being so (dev 2 and 0).
      int start = v.b;
      if (start + 1 < end && IsCap(start) && (Opener(start) & kLeadsContent) &&
          !clause_[start + 1]) {
        ++start;
        if (start + 1 < end && IsComma(start)) ++start;
      }
      d.pieces.push_back({start, end});
      if (se < v.limit && IsComma(se) && se + 1 < v.limit) {
        if (const int desc = SourceDescription(v, se + 1); desc != kNone) {
          if (desc > se + 1) d.src_e = desc;
        } else {
          d.pieces.push_back({se + 1, v.limit});
          d.open_end = true;
        }
      }
    }
    TrimPieces(&d);
    if (d.pieces.empty()) return false;
    MarkMixed(&d);
    if (d.kind == ClaimKind::kMixed) d.kind = ClaimKind::kAccordingTo;
    d.score = 0.9;
    return Accept(std::move(d));
  }

  // Where the content clause of a genitive cue noun at `ne` ("the mayor's
  // claim that ...") ends: before the verb of the clause around the noun
  // phrase ("... that the budget was balanced | was false"): a finite
  // auxiliary after a word, once the content clause has had its own, with no
  // "and", "or", "but", comma or relative word between; inside an opening
  // adjunct (`in_adjunct`: "Despite the mayor's claims that ..., the council
  // ...") at the first comma. v.limit if neither.
  int GenitiveContentEnd(const SentenceView& v, int ne, bool in_adjunct) const {
    bool own_verb = false;
    for (int k = ne + 1; k < v.limit; ++k) {
      if (IsOpenQuote(k) && qclose_[k] != kNone) {
        k = qclose_[k];
        continue;
      }
      if (IsComma(k)) return in_adjunct ? k : v.limit;
      if (IsBreak(k) || IsQuote(k) || Is(k, Word::kAnd) || Is(k, Word::kOr) ||
          Is(k, Word::kBut) || Is(k, Word::kWhich) || Is(k, Word::kWho) ||
          Is(k, Word::kThat) || clause_[k])
        return v.limit;
      if (aux_[k].end == kNone || !Info(aux_[k]).finite) continue;
      if (own_verb && IsWord(k - 1) && aux_[k - 1].end == kNone &&
          !IsAdverb(k - 1))
        return k;
      own_verb = true;
      k = std::max(k, aux_[k].end - 1);
    }
    return v.limit;
  }

  // "the union's claim that ..."
  // `h`: the cue noun's match at `i` (or a noun=1 verb form's).
  void GenitiveCue(uint32_t s, const SentenceView& v, int i, const Hit& h) {
    const int ne = h.end;
    if (i - 1 <= v.b || ne >= v.limit || !content_start_[ne]) return;
    // A plural's possessive is an apostrophe alone ("the judges' warning
    // that"; PolNeAR train+dev: 2 of 2 such nouns outside another claim's
    // content are cues).
    if (!(IsCliticS(i - 1) || IsPossessive(i - 1))) return;
    int sb = NounPhraseStart(v.b, i - 1, 6);
    // "Despite the mayor's claims that ...": the preposition that opens
    // the adjunct is no part of the source.
    const bool in_adjunct = sb == v.b && OpensAdjunct(sb);
    if (in_adjunct) ++sb;
    // So is one inside the phrase, and a participle before it ("a boost to
    // the administration's hopes", "belying budget hawks' warnings").
    for (int k = sb; k < i - 1; ++k) {
      if (IsAnyOf(k, kNounPrepositions) || IngWord(k)) sb = k + 1;
    }
    // "let's hope ...": "let us", no genitive.
    if (sb == i - 2 && Is(sb, "let")) return;
    if (sb >= i - 1) return;
    Draft d;
    d.sentence = s;
    d.cue_b = i;
    d.cue_e = ne;
    d.lemma = Info(h).lemma;
    d.nest = Info(h).nest;
    d.genitive = true;
    d.src_b = sb;
    // The possessive goes with the source, as PolNeAR spans it ("Trump's",
    // "the judges'": 4 of the 5 gold such sources).
    d.src_e = i;
    const int end = GenitiveContentEnd(v, ne, in_adjunct);
    d.pieces.push_back({ne, end});
    d.open_end = end == v.limit;
    d.score = 0.7;
    Accept(std::move(d));
  }

  // A quotation signed after a dash at the end of its paragraph, as in
  // vox pops and epigraphs: "“...” — Ana Ruiz". The dash is the cue, the
  // name the source, the whole quotation the content.
  void DashCues() {
    const int n = static_cast<int>(ts_.size());
    // Dashes are marks: the constructor listed the punctuation marks with a
    // quotation mark right before them (or one token before).
    for (const uint32_t mark : dash_cands_) {
      const int k = static_cast<int>(mark);
      if (k + 1 >= n) break;
      if (!IsDash(k) && !(Is(k, Word::kHyphen) && Tok(k).has(kSpaceBefore)))
        continue;
      int c = k - 1;
      if (IsFinalPunct(c) && c > 0 && RawQuote(c - 1)) --c;
      if (!RawQuote(c) || IsOpenQuote(c)) continue;
      // The name: one to five capitalized words (initials allowed) that end
      // the paragraph.
      int e = k + 1;
      while (e < n && e - k <= 6 && ts_.newlines_before[e] == 0 &&
             (IsCap(e) || (Is(e, Word::kPeriod) && e > k + 1 &&
                           Tok(e - 1).span.size() <= 2 && e + 1 < n &&
                           ts_.newlines_before[e + 1] == 0 && IsCap(e + 1)))) {
        ++e;
      }
      if (e == k + 1 || e - k > 6) continue;
      int end = e;
      while (end < n && ts_.newlines_before[end] == 0 && IsFinalPunct(end))
        ++end;
      if (end < n && ts_.newlines_before[end] == 0) continue;
      int o = IsCloseQuote(c) ? qopen_[c] : kNone;
      if (o == kNone) {  // an unpaired mark: the paragraph up to it
        o = c;
        while (o > 0 && ts_.newlines_before[o] == 0) --o;
      }
      if (o >= c) continue;
      Draft d;
      d.sentence = SentenceOf(k);
      d.cue_b = k;
      d.cue_e = k + 1;
      d.lemma = "\xE2\x80\x94";
      d.src_b = k + 1;
      d.src_e = e;
      d.pieces.push_back({o, c + 1});
      d.kind = ClaimKind::kDirectQuote;
      d.score = 0.7;
      bool taken = false;  // the quotation already has a cue
      for (const Draft& x : drafts_) {
        for (auto [b2, e2] : x.pieces) taken = taken || (b2 <= o && c < e2);
      }
      if (!taken) Accept(std::move(d));
    }
  }

  uint32_t SentenceOf(int token) const {
    const auto& ss = doc_->sentences;
    auto it = std::upper_bound(
        ss.begin(), ss.end(), static_cast<uint32_t>(token),
        [](uint32_t t, const Sentence& x) { return t < x.first_token; });
    return it == ss.begin() ? 0 : static_cast<uint32_t>(it - ss.begin() - 1);
  }

  // Headline or transcript style: "Holt: “...”", "EXCLUSIVE – Lee: ...",
  // "WALLACE: ..." (a transcript turn runs to the end of its paragraph).
  void ColonCue(uint32_t s, const SentenceView& v, int i) {
    if (i + 1 >= v.e) return;
    const bool quoted = IsOpenQuote(i + 1);
    // The speaker phrase starts after a stray opening mark and after the last
    // dash before the colon ("Pollsters agree - Carl Bialik: “...”").
    int pb = v.b;
    if (RawQuote(pb) && qclose_[pb] == kNone && pb + 1 < i) ++pb;
    for (int k = i - 1; k > pb; --k) {
      if (IsDash(k) || (Is(k, Word::kHyphen) && Tok(k).has(kSpaceBefore))) {
        pb = k + 1;
        break;
      }
    }
    if (i - pb > 5 || i <= pb) return;
    // "Q:" and "A:" label the turns of an interview transcript, whose
    // answers PolNeAR does not attribute (none of 20 "A:" in train).
    if (i - pb == 1 && IsWord(pb) && Tok(pb).span.size() == 1) return;
    const bool para_start = v.b == 0 || ts_.newlines_before[v.b] > 0;
    bool named = false;
    bool lower = false;  // a lowercase word that is no source noun
    bool caps = true;    // every word in capitals: a transcript speaker
    for (int k = pb; k < i; ++k) {
      if (IsWord(k)) {
        for (char ch : SpanText(Tok(k).span))
          caps = caps && !(ch >= 'a' && ch <= 'z');
      }
      if (!IsCap(k) && src_[k].end == kNone && !blocker_[k] &&
          !IsPossessive(k) && !IsCliticS(k)) {
        // "Republican pollster Ann Lee:", "Lee campaign:": lowercase nouns
        // and prepositions, but no verb or clause word.
        if (!IsWord(k) || aux_[k].end != kNone || clause_[k] ||
            content_start_[k] || !IsCap(pb))
          return;
        lower = true;
      }
      if (verb_[k].end != kNone || exception_[k]) return;
      named = named || src_[k].end != kNone;
    }
    // "WALLACE:", "Q:" at the start of a paragraph.
    const bool speaker = caps && para_start && i - pb <= 3 && !quoted;
    if ((lower || !quoted) && !speaker) {
      // A lowercase word needs a person or organization in the phrase.
      int ent = EntityIn(ByteSpan(pb, i));
      bool ent_named = false;
      if (ent != kNone) {
        EntityType t = doc_->entities[ent].type;
        ent_named = t == EntityType::kPerson || t == EntityType::kOrg;
      }
      if (lower && !ent_named && !named) return;
      named = named || ent_named;
    }
    int end = v.limit;
    if (!quoted) {
      // Headline style without quotation marks ("Holt: Budget Is Balanced"):
      // only at a paragraph start, for a name or a source noun, with a clause
      // after it.
      if (!para_start) return;
      if (v.limit - (i + 1) < 3 && !speaker) return;
      if (!named && !speaker) return;
      // The turn or statement runs to the end of the paragraph.
      const int n = static_cast<int>(ts_.size());
      int e = v.e;
      while (e < n && ts_.newlines_before[e] == 0) ++e;
      if (e > v.e) {
        end = e;
        while (end > v.e && IsFinalPunct(end - 1)) --end;
      }
    }
    Draft d;
    d.sentence = s;
    d.cue_b = i;
    d.cue_e = i + 1;
    d.lemma = ":";
    d.colon_cue = true;
    d.src_b = pb;
    d.src_e = i;
    if (quoted) {
      d.pieces.push_back({i + 1, qclose_[i + 1] + 1});
      d.kind = ClaimKind::kDirectQuote;
    } else {
      d.pieces.push_back({i + 1, end});
      MarkMixed(&d);
    }
    d.score = quoted ? 0.7 : 0.6;
    Accept(std::move(d));
  }

  // What TrimPieces drops at a piece's end: IsComma || IsDash || ";" || ":"
  // || "and" || "but"; at its start (`start`): IsComma || IsDash || ":".
  // One Norm and a switch on its size instead of six tests.
  [[gnu::always_inline]] bool Trimmed(int k, bool start) const {
    const std::string_view n = Norm(k);
    switch (n.size()) {
      case 1: {
        const char c = n[0];
        return c == ':' || (c == ';' && !start) || (c == ',' && IsPunct(k));
      }
      case 2:  // "--"
        return n[0] == '-' && n[1] == '-' && IsPunct(k);
      case 3:  // the other dashes are three bytes too
        if (!start && (n == "and" || n == "but")) return true;
        return static_cast<unsigned char>(n[0]) == 0xE2 && IsDash(k);
      default:
        return false;
    }
  }

  [[gnu::always_inline]] void TrimPieces(Draft* d) const {
    // Through a plain pointer: the list's accessors test where the elements
    // live at every step.
    TokenRange* const pieces = d->pieces.data();
    const size_t n = d->pieces.size();
    size_t kept = 0;  // compacted in place
    for (size_t k = 0; k < n; ++k) {
      auto [b, e] = pieces[k];
      while (e > b && Trimmed(e - 1, false)) --e;
      while (b < e && Trimmed(b, true)) ++b;
      if (e > b) pieces[kept++] = {b, e};
    }
    if (kept != n) d->pieces.resize(kept);
  }

  // Takes the draft (an rvalue: callers hand it over and drop it).
  bool Accept(Draft&& d) {
    if (!depth_steps_.empty() && QuoteDepth(d.cue_b) > 0) return false;
    // Generic "you" ("if you want to ...", "you see, ...") asserts nothing.
    if (d.src_b != kNone && d.src_e == d.src_b + 1 && Is(d.src_b, Word::kYou))
      return false;
    if (d.np && d.open_end) ClipObjectPhrase(&d);
    TrimPieces(&d);
    if (d.pieces.empty()) return false;
    // A content clause that opens a quotation running on past the sentence
    // ("said a deal was near: 'A. B.'", when the sentence splits inside
    // the quotation) takes it to its closing mark.
    if (d.open_end) {
      auto& [b, e] = d.pieces.back();
      int close = kNone;
      AnyQuoteIn(b, e, [&, b = b, e = e](int i) {
        if (IsOpenQuote(i) && qclose_[i] >= e && i > b) close = qclose_[i];
        return close != kNone;
      });
      if (close != kNone) {
        e = close + 1;
        MarkMixed(&d);
      }
    }
    // A content piece never cuts through a quotation ("I never saw it," he
    // said: "saw" is inside the quote and its clause ends at the closing mark).
    for (auto [b, e] : d.pieces) {
      const bool cut = AnyQuoteIn(b, e, [&, b = b, e = e](int i) {
        return (IsOpenQuote(i) && qclose_[i] >= e) ||
               (IsCloseQuote(i) && qopen_[i] < b);
      });
      if (cut) return false;
    }
    if (d.src_b != kNone && d.src_e <= d.src_b) d.src_b = d.src_e = kNone;
    drafts_.push_back(std::move(d));
    return true;
  }

  // cue_verb np=1 ("endorsed", "opposes"): the content is the object noun
  // phrase, which ends before a comma, dash, semicolon or colon, before
  // "and"/"but" and a verb ("endorsed Ruiz and campaigned with her"), before
  // a subordinator ("... when she ran") and before a date with its
  // preposition ("endorsed Ruiz on Thursday", "backed her last week"), as
  // PolNeAR spans it. An infinitive, a clause or a quotation is left whole.
  void ClipObjectPhrase(Draft* d) const {
    if (d->pieces.size() != 1) return;
    auto& [b, e] = d->pieces.back();
    if (e - b < 2 || !IsWord(b) || content_start_[b] || Is(b, Word::kTo))
      return;
    bool list = false;  // "bands including A, B and C": commas go on
    for (int k = b + 1; k < e; ++k) {
      if (IsOpenQuote(k) && qclose_[k] != kNone && qclose_[k] < e) {
        k = qclose_[k];  // a quoted name: "the “Fight for 15” campaign"
        continue;
      }
      list = list || Is(k, "including");
      bool stop = (Is(k, Word::kComma) && !list) || Is(k, Word::kSemicolon) ||
                  Is(k, Word::kColon) || IsDash(k) ||
                  (Is(k, Word::kHyphen) && Tok(k).has(kSpaceBefore)) ||
                  Is(k, Word::kWhen) || Is(k, Word::kAfter) ||
                  Is(k, Word::kBefore) || Is(k, Word::kBecause) ||
                  IsAnyOf(k, kContrastWords) || Is(k, Word::kDuring) ||
                  Is(k, Word::kDespite) || Is(k, "since") || Is(k, "until");
      if (!stop && (Is(k, Word::kAnd) || Is(k, Word::kBut)) && k + 1 < e &&
          IsWord(k + 1) && !IsCap(k + 1)) {
        // A second verb of the subject's: "and has appeared", "and praised".
        stop = aux_[k + 1].end != kNone || verb_[k + 1].end != kNone ||
               EndsWith(Norm(k + 1), "ed");
      }
      if (!stop && DateStartsAt(k)) {
        stop = true;
        if (k - 1 > b && adjunct_[k - 1] && !IsCap(k - 1)) --k;
      }
      if (stop) {
        e = k;
        return;
      }
    }
  }

  // A date (QuantityType::kDate) begins at token k.
  bool DateStartsAt(int k) const {
    if (doc_->quantities.empty()) return false;
    const uint32_t first = Tok(k).span.begin;
    bool starts = false;
    quantity_index_.ForOverlapping(Span{first, first + 1}, [&](uint32_t q) {
      const Quantity& qt = doc_->quantities[q];
      starts =
          starts || (qt.type == QuantityType::kDate && qt.span.begin == first);
    });
    return starts;
  }

  // Removes the drafts from `first` on that a rule emptied (their pieces
  // cleared), keeping the others in order.
  void EraseEmptyDrafts(size_t first) {
    drafts_.erase(std::remove_if(
                      drafts_.begin() + static_cast<long>(first), drafts_.end(),
                      [](const Draft& d) { return d.pieces.empty(); }),
                  drafts_.end());
  }

  // An open-ended content stops where the next attribution of the sentence
  // begins ("A said X and B said Y"; "Officials believe X, a paper reported").
  void ClipOpenEnds(size_t first) {
    bool emptied = false;  // drafts come in with pieces (Accept)
    for (size_t a = first; a < drafts_.size(); ++a) {
      Draft& d = drafts_[a];
      if (!d.open_end || d.pieces.empty()) continue;
      auto& last = d.pieces.back();
      // Accept trimmed the pieces (TrimPieces is idempotent): only a clip
      // below can leave something to trim.
      const int unclipped_end = last.second;
      for (size_t b = first; b < drafts_.size(); ++b) {
        if (b == a) continue;
        const Draft& o = drafts_[b];
        int start = o.src_b != kNone && !o.borrowed_source
                        ? std::min(o.src_b, o.cue_b)
                        : o.cue_b;
        // "Ann Lee, who endorsed Ruiz in May, said ...": the relative
        // clause's content ends at the comma before the main verb.
        // ("... who called the plan a \"sham,\" said": up to the closing
        // mark.)
        if (d.src_b != kNone && d.src_e == d.src_b + 1 && d.src_b > 0 &&
            IsComma(d.src_b - 1) &&
            (Is(d.src_b, Word::kWho) || Is(d.src_b, Word::kWhich)) &&
            o.cue_b - 1 > last.first && o.cue_b - 1 < last.second &&
            o.src_e <= d.src_b) {
          if (IsComma(o.cue_b - 1)) {
            last.second = o.cue_b - 1;
            continue;
          }
          if (QuoteComma(d.src_b, o.cue_b) != kNone) {
            last.second = o.cue_b;
            continue;
          }
        }
        // "Tom Reed, who called the plan a sham, said ...": the other
        // claim's source spans the relative clause, whose content ends with
        // that source.
        if (d.src_b != kNone && d.src_e == d.src_b + 1 &&
            (Is(d.src_b, Word::kWho) || Is(d.src_b, Word::kWhich)) &&
            o.src_b != kNone && !o.borrowed_source && o.src_b < d.src_b &&
            o.src_e > last.first && o.src_e < last.second &&
            o.cue_b >= o.src_e && o.cue_b < last.second) {
          last.second = o.src_e;
          while (last.second > last.first &&
                 (IsComma(last.second - 1) || IsParenDash(last.second - 1)))
            --last.second;
          continue;
        }
        if (start > last.first && start < last.second) {
          // A coordinated or post-posed attribution ends ours ("A said X and B
          // said Y", "X believe Y, a paper said"); one right after our cue is
          // nested inside our content ("A said officials believe Y") and stays.
          int before = start - 1;
          bool coordinated = IsComma(before) || IsDash(before) ||
                             Is(before, Word::kSemicolon) ||
                             Is(before, Word::kAnd) || Is(before, Word::kBut) ||
                             o.borrowed_source;
          // "X before adding Y": the subordinator goes with the participle.
          if (coordinated)
            last.second = o.borrowed_source && before > last.first &&
                                  clause_[before] && !IsComma(before)
                              ? before
                              : start;
        }
      }
      // An open content ends before a contrast clause (", while ...",
      // ", although ..."), a relative clause on a person (", who ...") or a
      // semicolon outside quotation marks.
      {
        auto& lp = d.pieces.back();
        // QuoteDepth(k) of each mark, by a cursor over the depth steps
        // (steps[st] is the first after k) instead of a search per mark.
        const int depth = QuoteDepth(lp.first);
        const std::pair<int, int>* const steps = depth_steps_.data();
        const size_t n_steps = depth_steps_.size();
        size_t st = depth_hint_;  // the first step after lp.first
        for (int k = NextClipMark(lp.first + 2, lp.second); k + 1 < lp.second;
             k = NextClipMark(k + 1, lp.second)) {
          if (!IsPunct(k)) continue;  // ";" and "," are punctuation
          if (n_steps != 0) {
            while (st < n_steps && steps[st].first <= k) ++st;
            if ((st == 0 ? 0 : steps[st - 1].second) > depth) continue;
          }
          // ", who ..." after the content's last noun describes that person
          // and is no part of what was said (PolNeAR leaves it out).
          if (Is(k, Word::kSemicolon) ||
              (Is(k, Word::kComma) &&
               (IsAnyOf(k + 1, kContrastWords) || Is(k + 1, Word::kWho)) &&
               !ShortAside(k + 1, lp.second) && !RelativeAside(k, lp.second))) {
            lp.second = k;
            break;
          }
        }
      }
      if (d.pieces.back().second == unclipped_end) continue;
      TrimPieces(&d);
      emptied = emptied || d.pieces.empty();
    }
    if (!emptied) return;
    EraseEmptyDrafts(first);
  }

  // "criticized the plan in a tweet", "praised her at a rally in Ohio on
  // Friday", "called it a mistake during an interview with the paper": a
  // preposition, at most four modifiers and a cue_venue noun inside the
  // content [b, e) say where or how the statement was made, and PolNeAR
  // ends the content before them. Returns that preposition, or kNone.
  // A lower-case noun needs a determiner or possessive among the modifiers
  // ("on offensive speech" is a topic) and must head its phrase ("via a
  // private email server"). Not in an infinitive or "will" content, whose
  // event the phrase may place ("to deliver a speech at a rally"), nor
  // after a participle ("the remarks he made in an interview"), nor when a
  // finite auxiliary follows the noun (a clause of its own goes on).
  // VenueStart on the open contents of the drafts.
  [[gnu::noinline]] void ClipVenues() {
    bool emptied = false;
    for (size_t a = 0; a < drafts_.size(); ++a) {
      Draft& d = drafts_[a];
      if (!d.open_end || d.pieces.empty()) continue;
      auto& lp = d.pieces.back();
      if (static_cast<int>(venues_.back()) <= lp.first + 1) continue;
      const int v = VenueStart(lp.first, lp.second);
      if (v == kNone) continue;
      lp.second = v;
      TrimPieces(&d);
      emptied = emptied || d.pieces.empty();
    }
    if (emptied) EraseEmptyDrafts(0);
  }

  int VenueStart(int b, int e) const {
    // The first head past b + 1 (venues_ is ascending).
    auto it = std::lower_bound(venues_.begin(), venues_.end(),
                               static_cast<uint32_t>(b + 2));
    if (it == venues_.end() || static_cast<int>(*it) >= e || Is(b, Word::kTo) ||
        (Is(b, "not") && Is(b + 1, Word::kTo)))
      return kNone;
    const int depth = QuoteDepth(b);
    for (; it != venues_.end(); ++it) {
      const int nb = static_cast<int>(*it), ne = nb + 1;
      if (ne > e) break;
      int p = nb - 1;
      while (p > b && nb - p <= 5 && !IsVenuePreposition(p)) {
        if (!(IsWord(p) || IsCliticS(p)) || aux_[p].end != kNone ||
            (adjunct_[p] && !IsCap(p)))
          break;
        // Another's document is no venue: "the claims in the firm's
        // letter" (a date owns one: "on Monday's broadcast").
        if (IsCliticS(p) && !DateStartsAt(p - 1)) break;
        --p;
      }
      if (p <= b + 1 || !IsVenuePreposition(p) || QuoteDepth(p) != depth)
        continue;
      // A determiner or a date's possessive right after the preposition,
      // or a capitalized noun: "in recommissioning the series" is no venue.
      if (!(IsCap(nb) && p == nb - 1) && !blocker_[p + 1] &&
          !(p + 2 < nb && IsCliticS(p + 2)))
        continue;
      if (Tok(p - 1).kind == TokenKind::kWord && !IsCap(p - 1) &&
          (EndsWith(Norm(p - 1), "ed") || EndsWith(Norm(p - 1), "en") ||
           Is(p - 1, "made")))
        continue;
      if (ne < e && IsWord(ne) && !IsCap(ne) &&
          (!adjunct_[ne] || Is(ne, Word::kOf)) && !EndsWith(Norm(ne), "ed") &&
          !EndsWith(Norm(ne), "ing") && !DateStartsAt(ne))
        continue;
      bool clause = false;
      for (int k = b; k < e && !clause; ++k)
        clause = (k >= ne && aux_[k].end != kNone && Info(aux_[k]).finite) ||
                 (k < p && Is(k, "will"));
      if (!clause) return p;
    }
    return kNone;
  }

  bool IsVenuePreposition(int k) const {
    return Is(k, Word::kIn) || Is(k, Word::kAt) || Is(k, Word::kOn) ||
           Is(k, Word::kDuring) || Is(k, "via") || Is(k, "through");
  }

  // "the scandal, while troublesome, was handled", "whether Lee, who is
  // Jewish, was ...": the clause opened at `k` closes with a comma after at
  // most three words and the content goes on (before `end`): an aside inside
  // the content, not where it ends.
  bool ShortAside(int k, int end) const {
    // "..., while her rival, Ann Lee, gained", "..., while liberal groups,
    // including unions, spent": a noun phrase after the subordinator is the
    // subject of a clause of its own.
    if (k + 1 >= end || blocker_[k + 1] || IsCap(k + 1)) return false;
    for (int j = k + 1; j < end && j <= k + 4; ++j) {
      if (IsComma(j))
        return j > k + 1 && j + 1 < end && IsWord(j + 1) && !PluralNoun(j - 1);
      if (!IsWord(j)) return false;
    }
    return false;
  }

  // "the mayor's sons, who are Canadian citizens, would not be affected":
  // a relative clause opened by the comma at `k` that closes with a comma
  // right before a finite auxiliary or copula (before `end`) sits between
  // the content's subject and its verb: an aside inside the content, not
  // where it ends. PolNeAR train: 3 more contents exact (dev 2).
  bool RelativeAside(int k, int end) const {
    if (!Is(k + 1, Word::kWho)) return false;
    const int depth = QuoteDepth(k);
    for (int j = k + 2; j + 1 < end && j <= k + 30; ++j) {
      if (IsComma(j) && QuoteDepth(j) == depth)
        return aux_[j + 1].end != kNone && Info(aux_[j + 1]).finite &&
               !IsCap(j + 1);
      if (IsBreak(j)) return false;
    }
    return false;
  }

  // "While Lee praised the plan, the council rejected it", "If he wins the
  // vote, ...": the content of a cue in a subordinate clause that opens the
  // sentence (a subordinator first, sentence_opener in=clause; no comma
  // before the cue or between the cue and its content) ends at the comma
  // that closes that clause; the main clause after it is no part of it.
  // After DropNested: a claim of the main clause that the longer content
  // held stays dropped (PolNeAR annotates few of them). PolNeAR train: 30
  // more contents exact, 24 more attributions found (dev 4 and 3).
  void ClipOpeningClauses() {
    const Sentence* const sentences = doc_->sentences.data();
    for (Draft& d : drafts_) {
      if (!d.open_end || d.pieces.empty()) continue;
      const Sentence& st = sentences[d.sentence];
      int b = static_cast<int>(st.first_token);
      const int e = static_cast<int>(st.end_token);
      while (b < e && IsQuote(b)) ++b;
      if (b >= e || d.cue_b <= b || !(Opener(b) & kOpensClause)) continue;
      auto& last = d.pieces.back();
      if (last.first < d.cue_e) continue;
      bool comma = false;
      for (int k = b + 1; k < last.first && !comma; ++k)
        comma = IsComma(k) && (k < d.cue_b || k >= d.cue_e);
      if (comma) continue;
      const int depth = QuoteDepth(last.first);
      for (int k = last.first + 1; k + 1 < last.second; ++k) {
        if (IsComma(k) && QuoteDepth(k) == depth) {
          last.second = k;
          TrimPieces(&d);
          break;
        }
      }
    }
  }

  // The first token at or after k, before end - 1, that may be where an
  // open content ends: ";" or the token before a kClipWords word (or end).
  // Found 8 flag bytes at a time; every token when the lexicon lacks one of
  // the words (clip_flags_ false).
  int NextClipMark(int k, int end) const {
    if (!clip_flags_) return k;
    const uint8_t* const flags = flags_.data();
    for (int j = k; j < end;) {
      // (j < end <= n: the 8 bytes end within the padding.)
      const uint64_t bits = LoadFlagBytes(flags + j) & kClipBytes;
      if (bits == 0) {
        j += 8;
        continue;
      }
      j += static_cast<int>(__builtin_ctzll(bits) >> 3);
      if (j >= end) break;
      const int mark = IsPunct(j) ? j : j - 1;  // ";", or the comma's place
      if (mark >= k) return mark;
      ++j;
    }
    return end;
  }

  // What "citing" names is a relay only when it can speak: a name, or a
  // source noun that is not a document or fact ("citing two officials", not
  // "citing safety inspections").
  bool SourcePhrase(int b, int e) const {
    for (int k = b; k < e; ++k) {
      if (IsCap(k)) return true;
      if (src_[k].end != kNone && src_[k].end <= e) {
        const SourceType t = Info(src_[k]).kind;
        if (t != SourceType::kDocument && t != SourceType::kNone) return true;
      }
    }
    return false;
  }

  // "X reported, citing Y" / "X, quoting Y": Y goes to via.
  // cands_[c0, c1) are the sentence's cue candidates, chain words among them.
  void ApplyChains(uint32_t s, const SentenceView& v, size_t first, size_t c0,
                   size_t c1) {
    if (!has_chain_) return;
    bool changed = false;  // only an owner's pieces can become empty
    for (size_t c = c0; c < c1 && static_cast<int>(cands_[c]) < v.limit; ++c) {
      const int i = static_cast<int>(cands_[c]);
      if (chain_[i].end == kNone) continue;
      int ve = chain_[i].end;
      int k = ve;
      while (k < v.limit && !IsBreak(k) && !content_start_[k] && !IsQuote(k) &&
             !(Is(k, Word::kAs) && k + 1 < v.e && verb_[k + 1].end != kNone)) {
        ++k;
      }
      if (k == ve) continue;
      // The nearest claim of the sentence with its cue before the chain.
      Draft* owner = nullptr;
      for (size_t a = first; a < drafts_.size(); ++a) {
        if (drafts_[a].cue_b < i) owner = &drafts_[a];
      }
      if (owner == nullptr) continue;
      bool known = false;
      for (auto [vb2, ve2] : owner->via) known = known || vb2 == ve;
      if (known) continue;
      changed = true;
      if (SourcePhrase(ve, k)) owner->via.push_back({ve, k});
      // Cut the chain out of the content.
      for (auto& p : owner->pieces) {
        if (p.first <= i && i < p.second) p.second = i;
      }
      // Content after the chain: "X reported, citing Y, that ..." / "as saying
      // ...".
      int after = k;
      if (after < v.limit && Is(after, Word::kAs) && after + 1 < v.limit)
        after += 2;
      Draft tmp;
      TrimPieces(owner);
      if (owner->pieces.empty() && after < v.limit) {
        tmp.kind = owner->kind;
        if (ContentAfter(v, after, false, &tmp)) {
          owner->pieces = tmp.pieces;
          owner->kind = tmp.kind;
          owner->open_end = tmp.open_end;
        }
      }
      (void)s;
    }
    if (!changed) return;
    EraseEmptyDrafts(first);
  }

  // Quotation-only sentences right after a direct quote continue it
  // ("'A,' she said. 'B.'" is one claim with two pieces), in its paragraph
  // and in the paragraphs after it, up to the next claim.
  void FollowQuotes() {
    const uint32_t ns = static_cast<uint32_t>(doc_->sentences.size());
    for (size_t a = 0; a < drafts_.size(); ++a) {
      Draft& d = drafts_[a];
      // A claim of a quotation, or a clause that ends in one ("Lee's plan is
      // \"a fraud,\" he said.").
      if (d.no_cue || d.pieces.empty() ||
          !(d.kind == ClaimKind::kDirectQuote ||
            (d.kind == ClaimKind::kMixed &&
             IsCloseQuote(d.pieces.back().second - 1))))
        continue;
      // Later claims of the sentence that borrow its source ("'...,' she
      // said, referring to the mayor."), a relative clause's on it ("...,
      // said Ann Lee, a nurse who backed Ruiz.") or claims without a source
      // ("..., she said when asked about it.") leave the next quotation hers.
      size_t next = a + 1;
      while (
          next < drafts_.size() && drafts_[next].sentence == d.sentence &&
          ((drafts_[next].borrowed_source && drafts_[next].src_b == d.src_b) ||
           (d.src_e != kNone && drafts_[next].src_b >= d.src_e &&
            drafts_[next].src_b <= d.src_e + 1 &&
            (Is(drafts_[next].src_b, Word::kWho) ||
             Is(drafts_[next].src_b, Word::kWhich))) ||
           drafts_[next].src_b == kNone))
        ++next;
      if (next < drafts_.size() && drafts_[next].sentence == d.sentence)
        continue;
      const uint32_t stop = next < drafts_.size() ? drafts_[next].sentence : ns;
      // Only a quoted remark, not a quoted word or two ("called it
      // \"outrageous\""), goes on in the paragraphs after it.
      const int last = d.pieces.back().second - 1;
      const bool remark = IsCloseQuote(last) && last - qopen_[last] > 5;
      int from = std::max(d.pieces.back().second, d.cue_e);
      for (uint32_t s = d.sentence + 1; s < stop; ++s) {
        const Sentence& st = doc_->sentences[s];
        const int b = static_cast<int>(st.first_token),
                  e = static_cast<int>(st.end_token);
        if (e <= from) continue;  // inside a quotation already taken
        if (b < from) break;
        const bool new_paragraph = ts_.newlines_before[b] > 0;
        // "But \"...\"", "Instead, \"...\"": a connective before the
        // quotation joins it (in=follow).
        int q = b;
        if (q + 1 < e && IsCap(q) && (Opener(q) & kJoinsQuote)) {
          ++q;
          if (q + 1 < e && IsComma(q)) ++q;
        }
        if (!IsOpenQuote(q)) break;
        int limit = e;
        while (limit > q && IsFinalPunct(limit - 1)) --limit;
        const int c = qclose_[q];
        if (c < limit - 1) break;  // the quotation must fill the sentence
        // A quoted paragraph goes on with the speaker of the one before it;
        // a question or an exclamation there is most often another voice's
        // reply ("\"... a week out,\" she wrote. / \"Too forced?\""), and a
        // paragraph in single marks a heading ("'A Long Road.'").
        if (new_paragraph &&
            (!remark ||
             (c > q + 1 &&
              (Is(c - 1, Word::kQuestion) || Is(c - 1, Word::kExclamation))) ||
             (Is(q, Word::kApostrophe) && !(Is(q + 1, Word::kApostrophe) &&
                                            !Tok(q + 1).has(kSpaceBefore)))))
          break;
        d.pieces.push_back({b, c + 1});
        from = c + 1;
      }
    }
  }

  // A claim of a cue whose EntryInfo::nest is false ("want", "believe",
  // "support") inside the content that follows another claim's cue is
  // dropped: "Lee said voters want change" is Lee's claim, and PolNeAR leaves
  // the inner one unannotated (about a tenth of such cues are gold in train
  // and dev, against half for "say" and four fifths for "add" or "according
  // to"). A whole attribution said after it stays two claims ("Officials
  // believe A, a local official said"); one reported after it is the
  // report's (EntryInfo::inner, DropInsideReports).
  void DropNested() {
    DropInsideReports();
    bool any = false;
    for (const Draft& d : drafts_) any = any || !d.nest;
    if (!any) return;
    // Content pieces after their cue, by start, with the furthest end
    // reached so far and the draft reaching it (and the best end of any other
    // draft, so that a claim's own pieces never count).
    auto& pieces = nest_pieces_;
    pieces.clear();
    for (size_t k = 0; k < drafts_.size(); ++k) {
      for (auto [b, e] : drafts_[k].pieces) {
        if (b >= drafts_[k].cue_e)
          pieces.push_back({b, e, static_cast<int>(k)});
      }
    }
    std::sort(pieces.begin(), pieces.end(),
              [](const NestPiece& x, const NestPiece& y) { return x.b < y.b; });
    auto& order = nest_order_;
    order.clear();
    for (size_t k = 0; k < drafts_.size(); ++k) {
      if (!drafts_[k].nest) order.push_back(static_cast<int>(k));
    }
    std::sort(order.begin(), order.end(), [&](int x, int y) {
      return drafts_[x].cue_b < drafts_[y].cue_b;
    });
    size_t p = 0;
    int best_e = kNone, best_k = kNone, other_e = kNone;
    bool dropped = false;
    for (int k : order) {
      Draft& d = drafts_[k];
      for (; p < pieces.size() && pieces[p].b <= d.cue_b; ++p) {
        const NestPiece& x = pieces[p];
        if (x.e > best_e) {
          if (x.k != best_k) other_e = best_e;
          best_e = x.e;
          best_k = x.k;
        } else if (x.k != best_k && x.e > other_e) {
          other_e = x.e;
        }
      }
      const int reach = best_k == k ? other_e : best_e;
      if (reach >= d.cue_e) {
        d.pieces.clear();
        dropped = true;
      }
    }
    // Every other draft has pieces (Accept, ClipOpenEnds and ApplyChains
    // drop the empty ones).
    if (!dropped) return;
    EraseEmptyDrafts(0);
  }

  // A claim whose cue lies in the content of an "according to" claim is
  // that claim's: "Lee said X, according to the paper", "According to the
  // survey, 51 percent said X" (PolNeAR train annotates the inner cue in 21
  // of 135 such places, dev in none of 5). So with a framing claim ("In the
  // latest poll, ...") and a cue whose EntryInfo::inner is false ("A poll
  // showed 60 percent said ...", "X said Y, the paper reported"). It stays
  // when the "according to" opens its complement clause ("The paper reported
  // that, according to its count, ...": 2 of 2).
  void DropInsideReports() {
    auto inside = [](int b, int e, const Draft& d) {
      for (auto [pb, pe] : d.pieces) {
        if (pb <= b && e <= pe) return true;
      }
      return false;
    };
    bool dropped = false;
    // Whether the drafts come by sentence, as FindInSentence adds them
    // (-1: not yet asked): then those of a sentence are a run around any
    // one of them, and only that run is searched.
    int by_sentence = -1;
    for (size_t a = 0; a < drafts_.size(); ++a) {
      const Draft& outer = drafts_[a];
      // "Lee said the mayor wants a new vote": what a report of speech
      // (inner=relay) reports, not quotes, holds no claim of its own unless
      // a relay=1 cue makes one ("Lee said the mayor had said ...").
      const bool relay_only = outer.inner_relay &&
                              outer.kind != ClaimKind::kDirectQuote &&
                              outer.kind != ClaimKind::kAccordingTo;
      if ((outer.kind != ClaimKind::kAccordingTo && outer.inner &&
           !relay_only) ||
          outer.pieces.empty())
        continue;
      // "that" (and a comma or dash) right before the "according to".
      int that = outer.cue_b - 1;
      if (that >= 0 && (IsComma(that) || IsDash(that))) --that;
      if (that >= 0 && !Is(that, Word::kThat)) that = kNone;
      if (by_sentence < 0) {
        by_sentence = std::is_sorted(drafts_.begin(), drafts_.end(),
                                     [](const Draft& x, const Draft& y) {
                                       return x.sentence < y.sentence;
                                     });
      }
      size_t lo = 0, hi = drafts_.size();
      if (by_sentence) {
        lo = a;
        while (lo > 0 && drafts_[lo - 1].sentence == outer.sentence) --lo;
        hi = a + 1;
        while (hi < drafts_.size() && drafts_[hi].sentence == outer.sentence)
          ++hi;
      }
      for (size_t k = lo; k < hi; ++k) {
        Draft& d = drafts_[k];
        if (k == a || d.sentence != outer.sentence || d.no_cue ||
            d.kind == ClaimKind::kAccordingTo || d.pieces.empty())
          continue;
        if (!inside(d.cue_b, d.cue_e, outer)) continue;
        if (relay_only && d.relay) continue;
        // Two such claims each in the other's content keep each other.
        if (!d.inner && inside(outer.cue_b, outer.cue_e, d)) continue;
        if (that >= 0 && d.cue_e <= that && that - d.cue_e <= 3) continue;
        d.pieces.clear();
        dropped = true;
      }
    }
    if (!dropped) return;
    EraseEmptyDrafts(0);
  }

  // Sentences with a figure or comparison and no claim: checkable statements.
  void AddUnattributed() {
    // covered: per sentence, whether a claim's content holds its first token.
    std::vector<uint8_t>& covered = covered_;
    std::vector<uint8_t>& has_claim = has_claim_;
    // (The lists in locals: the stores below might alias the vectors.)
    const Sentence* const ss = doc_->sentences.data();
    const size_t n_ss = doc_->sentences.size();
    covered.assign(n_ss, 0);
    has_claim.assign(n_ss, 0);
    uint8_t* const cov = covered.data();
    uint8_t* const has = has_claim.data();
    for (const Draft& d : drafts_) {
      has[d.sentence] = 1;
      for (auto [b, e] : d.pieces) {
        // The first sentence starting at or after token b: a piece lies in
        // or next to its cue's sentence, so the walk from there takes a
        // step or two where a binary search over the document takes more.
        size_t k = d.sentence;
        const uint32_t from = static_cast<uint32_t>(b);
        while (k > 0 && ss[k - 1].first_token >= from) --k;
        while (k < n_ss && ss[k].first_token < from) ++k;
        for (; k < n_ss && static_cast<int>(ss[k].first_token) < e; ++k)
          cov[k] = 1;
      }
    }
    size_t quantity_cursor = 0;  // sentences come by position
    const bool by_quantity = !doc_->quantities.empty();
    for (uint32_t s = 0; s < n_ss; ++s) {
      if (has[s]) continue;
      const Sentence& sent = ss[s];
      // The figures first: most sentences have none, and the cursor step
      // is cheaper than the tests below (all of which must pass anyway).
      int figures = 0, comparisons = 0;
      if (by_quantity) {
        quantity_index_.ForInsideAscending(
            sent.span, &quantity_cursor, [&](uint32_t k) {
              const Quantity& q = doc_->quantities[k];
              if (q.type != QuantityType::kDate &&
                  q.type != QuantityType::kOrdinal)
                ++figures;
            });
        if (figures == 0) continue;
      }
      int b = static_cast<int>(sent.first_token),
          e = static_cast<int>(sent.end_token);
      int limit = e;
      while (limit > b && IsFinalPunct(limit - 1)) --limit;
      if (limit - b < 3 || cov[s] || Is(e - 1, Word::kQuestion)) continue;
      if (IsQuote(b) || IsOpenQuote(b)) continue;
      if (!by_quantity) {
        for (int i = b; i < limit; ++i) {
          if (Tok(i).kind == TokenKind::kNumber && !IsYear(i)) ++figures;
        }
      }
      if (figures == 0) continue;
      comparisons = ComparisonsIn(b, limit);
      Draft d;
      d.sentence = s;
      d.no_cue = true;
      d.cue_b = b;
      d.cue_e = b;
      d.kind = ClaimKind::kUnattributed;
      d.pieces.push_back({b, limit});
      d.score = std::min(
          0.95, 0.4 + 0.15 * figures + 0.15 * std::min(comparisons, 2));
      d.hedged = HedgeIn(b, limit);
      drafts_.push_back(std::move(d));
    }
  }

  bool IsYear(int i) const {
    std::string_view t = Norm(i);
    return t.size() == 4 && (t[0] == '1' || t[0] == '2') &&
           t.find_first_not_of("0123456789") == std::string_view::npos;
  }

  // ---- output ---------------------------------------------------------------
  Span ByteSpan(int b, int e) const {
    return Span{Tok(b).span.begin, Tok(e - 1).span.end};
  }
  std::string_view SpanText(Span s) const {
    return text_.substr(s.begin, s.size());
  }
  // Names copied out of the text are valid UTF-8 even when the text is not
  // (checked by the caller: valid_utf8_).
  void AppendValidText(Span s, std::string* out) const {
    if (valid_utf8_) {
      out->append(SpanText(s));
    } else {
      AppendValidUtf8(SpanText(s), out);
    }
  }

  // An organization's name ends with token k's last byte: its 's is part of
  // the name ("McDonald's", "Moody's"), no genitive.
  bool BrandEndsAt(int k) const {
    const int ent = EntityIn(Tok(k).span);
    if (ent == kNone) return false;
    const Entity& en = doc_->entities[ent];
    return en.type == EntityType::kOrg && en.span.end == Tok(k).span.end &&
           en.span.begin < Tok(k).span.begin;
  }

  // Do "of" and a place fill tokens [b, e) from the first token at or after
  // byte `from`? ("Sen. Ann Lee of Ohio": the appositive names the person.)
  bool OfPlaceFills(uint32_t from, int b, int e) const {
    int k = b;
    while (k < e && Tok(k).span.begin < from) ++k;
    if (k + 1 >= e || !Is(k, Word::kOf)) return false;
    const int place = EntityIn(ByteSpan(k + 1, e));
    if (place == kNone) return false;
    const Entity& en = doc_->entities[place];
    return (en.type == EntityType::kGpe || en.type == EntityType::kLoc) &&
           en.span.begin == Tok(k + 1).span.begin &&
           en.span.end == Tok(e - 1).span.end;
  }

  // Entity whose span overlaps [b, e) the most, preferring persons.
  int EntityIn(Span s) const {
    int best = kNone;
    uint32_t best_overlap = 0;
    // Ties go to the lowest index, as a scan in index order would give.
    entity_index_.ForOverlappingNear(s, &overlap_hint_, [&](uint32_t k) {
      const Entity& en = doc_->entities[k];
      uint32_t lo = std::max(en.span.begin, s.begin),
               hi = std::min(en.span.end, s.end);
      uint32_t overlap = hi - lo + (en.type == EntityType::kPerson ? 1000 : 0);
      if (overlap > best_overlap || (overlap == best_overlap && best != kNone &&
                                     static_cast<int>(k) < best)) {
        best_overlap = overlap;
        best = static_cast<int>(k);
      }
    });
    return best;
  }

  // Sets *out to the entity's name: its chain's canonical name (its text
  // when Entity::canonical is empty). (Extract makes it valid UTF-8 in
  // replace mode, with the other names.)
  void SetCanonical(int entity, std::string* out) const {
    const Entity* en = &doc_->entities[entity];
    if (en->mention_of >= 0 &&
        static_cast<size_t>(en->mention_of) < doc_->entities.size()) {
      en = &doc_->entities[en->mention_of];
    }
    out->assign(CanonicalName(*en, text_));
  }
  std::string_view NameOf(const Known& kn) const {
    return std::string_view(names_).substr(kn.name_begin, kn.name_size);
  }

  // Does an entity hold token k with words on both sides of it?
  bool InsideName(int k) const {
    const Span t = Tok(k).span;
    bool inside = false;
    entity_index_.ForOverlapping(t, [&](uint32_t n) {
      const Span& s = doc_->entities[n].span;
      inside = inside || (s.begin < t.begin && s.end > t.end);
    });
    return inside;
  }

  // Fills `src` (a default Source, in place in its claim) for tokens [b, e).
  void MakeSource(int b, int e, Source* out) {
    Source& src = *out;
    src.span = ByteSpan(b, e);
    // Trailing commas of an appositive belong to PolNeAR-style spans but not to
    // names.
    int core_e = e;
    while (core_e > b && (IsComma(core_e - 1) || IsQuote(core_e - 1))) --core_e;
    const int phrase_e = core_e;  // with its appositive
    // The name ends at the comma before an appositive or relative clause
    // ("Ann Lee, who chairs the board"): the rest names no one else.
    for (int k = b + 1; k < core_e; ++k) {
      if (IsComma(k)) {
        core_e = k;
        break;
      }
    }
    src.span = ByteSpan(b, e);
    // A source noun before a preposition heads the phrase ("analysts at
    // Kestrel Research"): the name after it is a modifier, not the source.
    // Not inside a name that runs across the preposition ("the Bank of
    // Lisbon", "the Ministry of Water": the noun is part of the name).
    int head_e = core_e;
    for (int k = b + 1; k < core_e; ++k) {
      if (IsBreak(k) || clause_[k]) break;
      // A past participle and "by" may stand between them: "economists
      // polled by Reuters", "analysts surveyed by Bloomberg".
      const int pe = k - 1 > b && IsWord(k - 1) && !IsCap(k - 1) &&
                             EndsWith(Norm(k - 1), "ed")
                         ? k - 1
                         : k;
      if (!(adjunct_[k] || (Is(k, Word::kBy) && pe < k)) || IsCap(k) ||
          InsideName(k))
        continue;
      bool noun_head = false;
      for (int j = std::max(b, k - 3); j < k && !noun_head; ++j) {
        // (Not a capitalized title inside a name: "Chief of Staff Ann Lee".)
        if ((src_[j].end != k && src_[j].end != pe) ||
            (IsCap(j) && !Tok(j).has(kSentenceInitial)))
          continue;
        const EntryInfo& info = Info(src_[j]);
        noun_head = info.kind != SourceType::kPronoun && !info.title &&
                    info.kind != SourceType::kNone;
        // A person named before the noun is the source: "Ann Lee, general
        // manager of the bank", "Mr Bez, a former executive at Porsche".
        // (Not a possessive: "Lee's statement last week".)
        if (noun_head && j > b) {
          const int en = EntityIn(ByteSpan(b, j));
          if (en != kNone && doc_->entities[en].type == EntityType::kPerson) {
            int after = j;
            while (after > b &&
                   Tok(after - 1).span.begin >= doc_->entities[en].span.end)
              --after;
            noun_head = after < k && (IsPossessive(after) || IsCliticS(after));
          }
        }
      }
      if (noun_head) head_e = k;
      break;
    }
    int ent = head_e < core_e ? kNone : EntityIn(ByteSpan(b, core_e));
    // A place before a party's member modifies it: "the Illinois Democrat"
    // is the member, not Illinois.
    if (ent != kNone && core_e > b + 1) {
      const Entity& en = doc_->entities[ent];
      if ((en.type == EntityType::kGpe || en.type == EntityType::kLoc) &&
          en.span.end <= Tok(core_e - 1).span.begin) {
        const int last = EntityIn(ByteSpan(core_e - 1, core_e));
        if (last != kNone && doc_->entities[last].type == EntityType::kNorp &&
            doc_->entities[last].span.end == Tok(core_e - 1).span.end)
          ent = last;
      }
    }
    // A noun phrase with no name, then a person's name between commas:
    // the appositive names the source ("The firm's chief executive, Ann
    // Lee, said", "Its chairman, Ola Berg, told"). The name must fill the
    // appositive, but for its own title ("Its president, Dr Ola Berg,"):
    // "the mayor, a former judge, said" names no one.
    // A nationality or party before the noun ("Her Republican counterpart,
    // Sen. Ann Lee,") is a modifier, not the source.
    const bool modifier_only =
        ent != kNone && doc_->entities[ent].type == EntityType::kNorp &&
        doc_->entities[ent].span.end < Tok(core_e - 1).span.end;
    if ((ent == kNone || modifier_only) && head_e == core_e &&
        core_e + 1 < phrase_e && IsComma(core_e) &&
        !(IsPronoun(b) && core_e == b + 1)) {
      int a_e = core_e + 1;
      while (a_e < phrase_e && !IsComma(a_e)) ++a_e;
      const Span apposition = ByteSpan(core_e + 1, a_e);
      const int name = EntityIn(apposition);
      if (name != kNone) {
        const Entity& en = doc_->entities[name];
        // (The title as written fills the gap: "led by Governor Ola Berg"
        // is no appositive name.)
        const bool titled =
            !en.title.empty() && en.span.begin > apposition.begin &&
            absl::StripAsciiWhitespace(Av(text_.substr(
                apposition.begin, en.span.begin - apposition.begin))) ==
                Av(en.title);
        if (en.type == EntityType::kPerson &&
            (en.span.begin == apposition.begin || titled) &&
            (en.span.end == apposition.end ||
             OfPlaceFills(en.span.end, core_e + 1, a_e))) {
          ent = name;
        }
      }
    }
    char agree = 0;
    SourceType type = SourceType::kNone;
    if (ent != kNone) {
      const Entity& en = doc_->entities[ent];
      src.entity = ent;
      type = en.outlet                        ? SourceType::kOutlet
             : en.type == EntityType::kPerson ? SourceType::kPerson
             : en.type == EntityType::kGpe    ? SourceType::kGovernment
             : en.type == EntityType::kNorp   ? SourceType::kAnonymous
                                              : SourceType::kOrg;
      SetCanonical(ent, &src.resolved);
    }
    // Lexicon view of the phrase.
    SourceType noun_type = SourceType::kNone;
    const EntryInfo* head_info = nullptr;  // the head noun's entry
    int head_b = kNone, head_end = kNone;  // and its tokens
    bool title_name = false;
    int caps = 0;
    for (int k = b; k < head_e; ++k) {
      if (src_[k].end != kNone && src_[k].end <= head_e) {
        const EntryInfo& info = Info(src_[k]);
        if (info.kind == SourceType::kPronoun) {
          if (core_e - b == 1) {
            type = type == SourceType::kNone ? SourceType::kPronoun : type;
            agree = info.agree;
          }
        } else if (info.title) {
          if (src_[k].end < core_e && IsCap(src_[k].end)) title_name = true;
          if (info.agree) agree = info.agree;
          // A title that ends the phrase heads it: "the party leader",
          // "central bank governor" are people, not the party or bank.
          if (noun_type == SourceType::kNone || src_[k].end == head_e)
            noun_type = SourceType::kPerson;
        } else {
          noun_type = info.kind;  // the last noun is the head
          head_info = &info;
          head_b = k;
          head_end = src_[k].end;
        }
      }
      bool initial_only =
          Tok(k).has(kSentenceInitial) && !(k + 1 < head_e && IsCap(k + 1));
      if (IsCap(k) && !(k == b && blocker_[k]) && !initial_only) ++caps;
    }
    // A ministry or department by name is the government speaking ("the
    // Ministry of Finance", "the Interior Ministry").
    if (ent != kNone && type == SourceType::kOrg && head_info != nullptr &&
        head_info->gov && NounHeadsName(doc_->entities[ent], head_end)) {
      type = SourceType::kGovernment;
    }
    // "the" and an organization noun, no name of its own: a nationality or
    // place before the noun modifies it ("the German company", "the
    // Munich-based firm" are firms, not Germans or Munich).
    const bool definite = head_info != nullptr && head_info->refer != 0 &&
                          head_end == head_e && head_e == core_e &&
                          head_b - b <= 3 && Is(b, Word::kThe);
    if (definite && ent != kNone) {
      const Entity& en = doc_->entities[ent];
      if ((en.type == EntityType::kNorp || en.type == EntityType::kGpe ||
           en.type == EntityType::kLoc) &&
          en.span.end <= Tok(head_b).span.begin) {
        ent = kNone;
        src.entity = -1;
        src.resolved.clear();
        type = SourceType::kNone;
      }
    }
    if (type == SourceType::kNone) {
      if (title_name) {
        type = SourceType::kPerson;
      } else if (noun_type != SourceType::kNone &&
                 noun_type != SourceType::kPerson) {
        type = noun_type;
      } else if (caps >= 1) {
        type = caps >= 2 || noun_type == SourceType::kPerson ||
                       KnownPersonWord(b, core_e)
                   ? SourceType::kPerson
                   : SourceType::kOrg;
        if (caps == 1 && core_e - b == 1 && KnownPersonWord(b, core_e)) {
          type = SourceType::kPerson;
        }
      } else if (noun_type == SourceType::kPerson) {
        type = SourceType::kAnonymous;  // "the mayor" without a name
      } else {
        type = SourceType::kAnonymous;
      }
    }
    src.type = type;
    if (type == SourceType::kPronoun) {
      if (src.resolved.empty() && agree == 'r') {
        ResolveRelative(b, &src.resolved);
      } else if (src.resolved.empty()) {
        ResolvePronoun(agree, src.span.begin, &src.resolved);
      }
    } else if (src.resolved.empty() &&
               (caps == 1 || (blocker_[b] && core_e - b <= 3))) {
      ResolveShort(b, core_e, type, &src.resolved);
    }
    // Only the bare noun refers back: a modifier may pick another
    // organization ("the central bank", "the European company", "the new
    // company").
    if (definite && head_b - b <= 1 && ent == kNone && src.resolved.empty() &&
        type == head_info->kind) {
      ResolveDefinite(src.span.begin, *head_info, Norm(head_end - 1),
                      &src.resolved);
    }
    if (type != SourceType::kPronoun) {
      last_src_e_ = phrase_e;
      Known& kn = known_.emplace_back();
      kn.name_begin = static_cast<uint32_t>(names_.size());
      if (src.resolved.empty()) {
        AppendValidText(ByteSpan(b, core_e), &names_);
      } else {
        names_.append(src.resolved);
      }
      kn.name_size = static_cast<uint32_t>(names_.size() - kn.name_begin);
      kn.type = type;
      kn.agree = agree;
      kn.word_b = b;
      kn.word_e = std::max(b, core_e);
    }
  }

  bool KnownPersonWord(int b, int e) {
    (void)b;
    // Hash look-ups instead of scans over every earlier source and entity.
    // The last words of the multi-word person sources known so far: added
    // here, at a question (a few per document at most), not as each source
    // is made.
    for (; known_person_indexed_ < known_.size(); ++known_person_indexed_) {
      const Known& kn = known_[known_person_indexed_];
      if (kn.type == SourceType::kPerson && kn.word_e - kn.word_b > 1)
        known_person_last_.insert(Av(Norm(kn.word_e - 1)));
    }
    if (known_person_last_.contains(Av(Norm(e - 1)))) return true;
    BuildPersonWords();
    return person_last_words_.contains(Av(SpanText(Tok(e - 1).span)));
  }

  // The Resolve* functions set *out (empty on entry) to the name a pronoun,
  // relative pronoun or short name refers to, or leave it empty.
  void ResolvePronoun(char agree, uint32_t before, std::string* out) {
    if (agree == 's' || agree == 0) return;
    const size_t stop =
        known_.size() > kKnownWindow ? known_.size() - kKnownWindow : 0;
    // Nearest earlier person entity for he/she, when entities exist.
    if (agree == 'm' || agree == 'f') {
      for (size_t k = known_.size(); k-- > stop;) {
        const Known& kn = known_[k];
        if (kn.type == SourceType::kPerson &&
            (kn.agree == 0 || kn.agree == agree)) {
          out->assign(NameOf(kn));
          return;
        }
      }
      // The highest-index person entity ending at or before `before`.
      BuildPersonIndex();
      auto it =
          std::upper_bound(person_ends_.begin(), person_ends_.end(), before);
      if (it == person_ends_.begin()) return;
      SetCanonical(int(person_best_[it - person_ends_.begin() - 1]), out);
      return;
    }
    for (size_t k = known_.size(); k-- > stop;) {
      const Known& kn = known_[k];
      if (kn.type == SourceType::kPerson || kn.type == SourceType::kPronoun)
        continue;
      if (agree == 'n' && kn.type == SourceType::kAnonymous) continue;
      out->assign(NameOf(kn));
      return;
    }
  }

  // The noun phrase a relative pronoun at `b` refers to ("the senators,
  // who"): its entity's name, or its text.
  void ResolveRelative(int b, std::string* out) {
    int e = b;
    if (e > 0 && IsComma(e - 1)) --e;
    if (e <= 0 || !IsWord(e - 1)) return;
    // Right after the previous source ("said Ann Lee, a spokeswoman for the
    // board, who added"): the same speaker.
    if (e == last_src_e_ && !known_.empty()) {
      out->assign(NameOf(known_.back()));
      return;
    }
    int start = NounPhraseStart(std::max(0, e - 12), e, 8);
    if (start >= e) return;
    // The last determiner opens the phrase ("the callers were the farmers
    // who" -> "the farmers").
    for (int k = e - 1; k > start; --k) {
      if (blocker_[k] && IsWord(k)) {
        start = k;
        break;
      }
    }
    const int ent = EntityIn(ByteSpan(start, e));
    if (ent != kNone) {
      SetCanonical(ent, out);
    } else {
      AppendValidText(ByteSpan(start, e), out);
    }
  }

  // "the company said": the organization the story is about so far. Of the
  // organizations named before byte `before`, counted by mention chain: one
  // the noun names first, in its name ("the ministry" -> "Ministry of
  // Health") or right before a mention ("the publishing group Halden Media",
  // "budget airline Skyjet"), then the one named most often, then the one
  // named first. An outlet noun ("the paper") takes the nearest outlet named
  // so. With refer=name only an organization the noun names will do.
  void ResolveDefinite(uint32_t before, const EntryInfo& info,
                       std::string_view noun, std::string* out) {
    const std::vector<Entity>& ents = doc_->entities;
    const bool outlet = info.kind == SourceType::kOutlet;
    // Entities are in text order; a bounded look-back keeps a long document
    // linear.
    size_t k = static_cast<size_t>(
        std::partition_point(
            ents.begin(), ents.end(),
            [before](const Entity& en) { return en.span.begin < before; }) -
        ents.begin());
    // Chain heads, the top bit set when the noun stands right before that
    // mention (its name is checked once per head, below).
    constexpr uint32_t kNamed = 1u << 31;
    std::vector<uint32_t>& heads = definite_heads_;
    heads.clear();
    for (size_t seen = 0; k-- > 0 && seen < kDefiniteWindow; ++seen) {
      const Entity& en = ents[k];
      if (en.type != EntityType::kOrg || en.outlet != outlet ||
          en.span.end > before) {
        continue;
      }
      const bool chained =
          en.mention_of >= 0 && static_cast<size_t>(en.mention_of) < k;
      const uint32_t head = chained ? static_cast<uint32_t>(en.mention_of)
                                    : static_cast<uint32_t>(k);
      heads.push_back(head | (NounBefore(en.span.begin, noun) ? kNamed : 0));
    }
    if (heads.empty()) return;
    int best = kNone;
    bool best_named = false;
    if (outlet) {
      // The nearest, unless the noun names another.
      best = static_cast<int>(heads[0] & ~kNamed);
      for (uint32_t h : heads) {
        if ((h & kNamed) != 0 || NameHoldsNoun(ents[h & ~kNamed], noun)) {
          best = static_cast<int>(h & ~kNamed);
          best_named = true;
          break;
        }
      }
    } else {
      std::sort(heads.begin(), heads.end(), [](uint32_t a, uint32_t b) {
        return (a & ~kNamed) < (b & ~kNamed);
      });
      size_t best_count = 0;
      for (size_t i = 0; i < heads.size();) {
        const uint32_t head = heads[i] & ~kNamed;
        bool named = false;
        size_t j = i;
        for (; j < heads.size() && (heads[j] & ~kNamed) == head; ++j) {
          named = named || (heads[j] & kNamed) != 0;
        }
        named = named || NameHoldsNoun(ents[head], noun);
        // "The bank" is no "Cardiff Crown Court", "the company" no
        // "Commerce Department": a name headed by another body's noun.
        if (!named && HeadedByOtherBody(ents[head], noun)) {
          i = j;
          continue;
        }
        // Ascending heads: a tie keeps the earlier one.
        if ((named && !best_named) ||
            (named == best_named && j - i > best_count)) {
          best = static_cast<int>(head);
          best_count = j - i;
          best_named = named;
        }
        i = j;
      }
    }
    if (best == kNone || (info.refer == EntryInfo::kReferName && !best_named))
      return;
    SetCanonical(best, out);
  }

  // Does the entity's name end with a noun that names a body no firm is
  // named by (body=1: court, ministry, party, university ...) other than
  // `noun`?
  bool HeadedByOtherBody(const Entity& en, std::string_view noun) const {
    const auto& toks = ts_.tokens;
    const size_t t = static_cast<size_t>(
        std::partition_point(
            toks.begin(), toks.end(),
            [&en](const Token& tk) { return tk.span.end < en.span.end; }) -
        toks.begin());
    if (t >= toks.size() || toks[t].span.end != en.span.end) return false;
    const int k = static_cast<int>(t);
    return src_[k].end == k + 1 && Info(src_[k]).body &&
           !absl::EqualsIgnoreCase(Av(Norm(k)), Av(noun));
  }

  // Is the word right before byte `begin`, one space apart, the noun
  // (folded, ASCII) or its plural ("insurers Halvard and Lund")? Read in
  // the text: no token look-up per mention.
  bool NounBefore(uint32_t begin, std::string_view noun) const {
    if (begin < noun.size() + 2 || text_[begin - 1] != ' ') return false;
    size_t e = begin - 1;
    if (text_[e - 1] == 's' && noun.back() != 's') --e;  // plural
    if (e < noun.size()) return false;
    const size_t b = e - noun.size();
    if (b > 0 && absl::ascii_isalnum(static_cast<unsigned char>(text_[b - 1])))
      return false;
    return absl::EqualsIgnoreCase(Av(text_.substr(b, noun.size())), Av(noun));
  }

  // Does the entity's name hold `noun` (folded) as a word, or its plural
  // ("Airlines" for "airline")?
  bool NameHoldsNoun(const Entity& en, std::string_view noun) const {
    const std::string_view name = CanonicalName(en, text_);
    size_t p = 0;
    while (p < name.size()) {
      size_t q = name.find(' ', p);
      if (q == std::string_view::npos) q = name.size();
      std::string_view w = name.substr(p, q - p);
      if (w.size() == noun.size() + 1 && (w.back() == 's' || w.back() == 'S'))
        w.remove_suffix(1);
      if (absl::EqualsIgnoreCase(Av(w), Av(noun))) return true;
      p = q + 1;
    }
    return false;
  }

  // Does the noun ending at token `noun_e` head the entity's name: its last
  // word, or the word before its "of"/"for" ("the Ministry of Finance"; not
  // "May Department Stores")?
  bool NounHeadsName(const Entity& en, int noun_e) const {
    const uint32_t end = Tok(noun_e - 1).span.end;
    if (end == en.span.end) return true;
    return end < en.span.end &&
           (Is(noun_e, Word::kOf) || Is(noun_e, Word::kFor));
  }

  // A short name ("the Bank", "Lee") refers back to an earlier source with
  // that word; a body's never to a person ("The Bank" after "Bank of
  // England deputy governor Ann Lee").
  void ResolveShort(int b, int e, SourceType type, std::string* out) const {
    std::string_view last = Norm(e - 1);
    // The nearest earlier sources only: a bounded window keeps long
    // documents linear, and a short name refers back a few sources at most.
    const size_t stop =
        known_.size() > kKnownWindow ? known_.size() - kKnownWindow : 0;
    for (size_t k = known_.size(); k-- > stop;) {
      const Known& kn = known_[k];
      if (kn.word_e - kn.word_b <= e - b) continue;
      if (kn.type == SourceType::kPerson &&
          (type == SourceType::kOrg || type == SourceType::kGovernment ||
           type == SourceType::kOutlet)) {
        continue;
      }
      for (int w = kn.word_b; w < kn.word_e; ++w) {
        if (Norm(w) == last) {
          out->assign(NameOf(kn));
          return;
        }
      }
    }
  }

  // The next claim of doc_->claims, every field at its default: an earlier
  // document's claim refilled in place (its lists and strings keep their
  // capacity; its source and cue stay engaged for Emit to fill), or a new
  // one appended (FindAll reserved room: no claim moves while Emit holds
  // one).
  Claim& NewClaim() {
    if (n_emitted_ >= reuse_) {
      ++n_emitted_;
      return doc_->claims.emplace_back();
    }
    Claim& c = doc_->claims[n_emitted_++];
    c.span = Span{};
    // (erase, not clear: InlinedVector::clear frees a heap list, erase
    // keeps its capacity for the next document's claim.)
    c.pieces.erase(c.pieces.begin(), c.pieces.end());
    c.sentence = 0;
    c.kind = ClaimKind::kIndirect;
    if (c.source) ResetSource(&*c.source);
    if (c.cue) {
      c.cue->span = Span{};
      c.cue->lemma.clear();
    }
    c.via.clear();
    c.hedged = false;
    c.quantities.erase(c.quantities.begin(), c.quantities.end());
    c.entities.erase(c.entities.begin(), c.entities.end());
    c.score = 0.0;
    return c;
  }
  static void ResetSource(Source* s) {
    s->span = Span{};
    s->type = SourceType::kNone;
    s->resolved.clear();
    s->entity = -1;
  }
  // The engaged value of a recycled optional, or a new default one.
  template <class T>
  static T& Engage(std::optional<T>* o) {
    return o->has_value() ? **o : o->emplace();
  }

  void Emit(const Draft& d) {
    Claim& c = NewClaim();
    c.pieces.resize(d.pieces.size());  // inline up to two: no allocation
    for (size_t k = 0; k < d.pieces.size(); ++k)
      c.pieces[k] = ByteSpan(d.pieces[k].first, d.pieces[k].second);
    c.span = Span{c.pieces.front().begin, c.pieces.back().end};
    c.sentence = d.sentence;
    c.kind = d.kind;
    c.hedged = d.hedged;
    if (d.no_cue) {
      c.cue.reset();
      c.source.reset();
    } else {
      // A new claim's lemma is constructed from the view (an inline copy
      // for a short one); assign, for a refilled claim's, takes
      // std::string's general replace path.
      if (c.cue) {
        c.cue->lemma.assign(d.lemma);
      } else {
        c.cue.emplace(Cue{Span{}, std::string(d.lemma)});
      }
      Cue& cue = *c.cue;
      cue.span = ByteSpan(d.cue_b, d.cue_e);
      if (d.src_b != kNone) {
        MakeSource(d.src_b, d.src_e, &Engage(&c.source));
      } else {
        Source& none = Engage(&c.source);
        none.span = Span{cue.span.begin, cue.span.begin};
        none.type = SourceType::kNone;
      }
      c.via.reserve(d.via.size());
      for (auto [b, e] : d.via) MakeSource(b, e, &c.via.emplace_back());
    }
    if (!c.hedged && !hedges_.empty()) {
      for (auto [b, e] : d.pieces) {
        if (HedgeIn(b, e)) {
          c.hedged = true;
          break;
        }
      }
    }
    ListInside(quantity_index_, c.pieces, &quantity_hint_, &c.quantities);
    ListInside(entity_index_, c.pieces, &entity_hint_, &c.entities);
    c.score = d.score;
    if (c.source && c.source->type == SourceType::kPronoun &&
        c.source->resolved.empty()) {
      c.score -= 0.1;
    }
  }

  // Sets *out (an erased list) to the items of `index` inside any of the
  // pieces, ascending. Claims come by cue, their pieces near it: each search
  // starts where the previous claim's did. (Forced inline: as a call, its
  // entry and exit cost as much as a claim's usual search.)
  [[gnu::always_inline]] void ListInside(const SpanIndex& index,
                                         const SpanList& pieces, size_t* hint,
                                         IndexList* out) {
    if (index.empty()) return;
    // One piece of a list in position order comes out sorted and unique:
    // straight into the claim's list.
    if (pieces.size() == 1 && index.in_order()) {
      index.ForInsideNear(pieces.front(), hint,
                          [out](uint32_t k) { out->push_back(k); });
      return;
    }
    // Otherwise gathered in one buffer reused across claims, sorted, then
    // copied once: a list of up to four stays inside the Claim, a longer one
    // is allocated once instead of once per doubling.
    std::vector<uint32_t>& ids = inside_;
    ids.clear();
    for (const Span& p : pieces)
      index.ForInsideNear(p, hint, [&](uint32_t k) { ids.push_back(k); });
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (!ids.empty()) out->assign(ids.begin(), ids.end());
  }

  // A hedge word inside a date is the month, not the modal ("May 3"): the
  // quantities stage found the date, so it is no hedge. Nor is one inside a
  // name the entity stage found, after its first word, or right after a
  // person's name ("Theresa May said"), nor one written with
  // a capital right after a lower-case word, which running text does only
  // for a name or a month ("endorsed her in May"; a title-case headline has
  // no lower-case word before it). One cursor over each ascending list.
  void DropHedgesInDatesAndNames() {
    const std::vector<Quantity>& qs = doc_->quantities;
    const std::vector<Entity>& es = doc_->entities;
    if (hedges_.empty()) return;
    size_t q = 0, en = 0, kept = 0;
    for (const uint32_t h : hedges_) {
      const uint32_t at = ts_.tokens[h].span.begin;
      while (q < qs.size() && qs[q].span.end <= at) ++q;
      while (en < es.size() && es[en].span.end <= at) ++en;
      const bool in_date = q < qs.size() && qs[q].span.begin <= at &&
                           qs[q].type == QuantityType::kDate;
      // (Not a name's first word: "Could I" at a sentence start may be a
      // misread name, "Theresa May" is not.)
      const bool in_name = en < es.size() && es[en].span.begin < at;
      const Token& t = ts_.tokens[h];
      const bool capital = h > 0 && t.has(kCapitalized) && !t.has(kAllCaps);
      const bool capital_mid_sentence =
          capital && ts_.tokens[h - 1].kind == TokenKind::kWord &&
          !ts_.tokens[h - 1].has(kCapitalized);
      // Right after a person's name the entity stage ended before it: a
      // surname ("Theresa May would ...").
      const bool surname = capital && en > 0 &&
                           es[en - 1].type == EntityType::kPerson &&
                           es[en - 1].span.end == ts_.tokens[h - 1].span.end;
      hedges_[kept] = h;
      kept += !(in_date || in_name || capital_mid_sentence || surname);
    }
    hedges_.resize(kept);
  }

  // A hedge match starts at a token in [b, e): hedges_ is ascending. The
  // questions come by sentence, then by cue: each search starts where the
  // previous one ended (LowerBoundNear).
  bool HedgeIn(int b, int e) const {
    const size_t n = hedges_.size();
    if (n == 0) return false;
    const size_t i = hedge_hint_ =
        LowerBoundNear(hedges_, hedge_hint_, static_cast<uint32_t>(b));
    return i < n && static_cast<int>(hedges_[i]) < e;
  }
  // The number of comparison matches starting at tokens in [b, e).
  int ComparisonsIn(int b, int e) const {
    auto lo = std::lower_bound(comparisons_.begin(), comparisons_.end(),
                               static_cast<uint32_t>(b));
    auto hi =
        std::lower_bound(lo, comparisons_.end(), static_cast<uint32_t>(e));
    return static_cast<int>(hi - lo);
  }

  // Look-ups into the document's entities and quantities, built once per
  // document so that per-claim queries do not scan whole lists.
 public:
  void BuildIndexes() {
    entity_index_.Build(doc_->entities);
    quantity_index_.Build(doc_->quantities);
  }
  // The PERSON entity look-ups, built at the first question: most documents
  // never ask (no capitalized single-word or pronoun source).
  // The last words of the PERSON entities, built at the first question
  // (KnownPersonWord's; pronoun resolution needs only BuildPersonIndex).
  void BuildPersonWords() {
    if (person_words_built_) return;
    person_words_built_ = true;
    person_last_words_.clear();
    for (const Entity& en : doc_->entities) {
      if (en.type != EntityType::kPerson) continue;
      std::string_view name = SpanText(en.span);
      size_t space = name.find_last_of(' ');
      person_last_words_.insert(
          Av(space == std::string_view::npos ? name : name.substr(space + 1)));
    }
  }
  void BuildPersonIndex() {
    if (persons_built_) return;
    persons_built_ = true;
    std::vector<std::pair<uint32_t, uint32_t>> persons;  // (end, index)
    for (size_t k = 0; k < doc_->entities.size(); ++k) {
      if (doc_->entities[k].type == EntityType::kPerson) {
        persons.emplace_back(doc_->entities[k].span.end,
                             static_cast<uint32_t>(k));
      }
    }
    std::sort(persons.begin(), persons.end());
    person_ends_.clear();
    person_best_.clear();
    for (const auto& [end, k] : persons) {
      person_ends_.push_back(end);
      person_best_.push_back(
          person_best_.empty() ? k : std::max(person_best_.back(), k));
    }
  }
  SpanIndex &entity_index_, &quantity_index_;
  std::vector<uint32_t>& inside_;
  std::vector<uint32_t>& cands_;  // see the constructor
  // Tokens where a hedge or comparison match starts, ascending (the
  // constructor): per-claim questions cost a binary search, not a scan.
  std::vector<uint32_t>&hedges_, &comparisons_;
  // Connective phrases (type connective, two words or more) as token
  // ranges, in match order; one-word ones are kConnectiveWord openers.
  std::vector<std::pair<uint32_t, uint32_t>>& connectives_;
  // The last token of each cue_venue match, ascending (VenueStart).
  std::vector<uint32_t>& venues_;
  size_t cand_cur_ = 0;  // first candidate of the current sentence
  // Where Emit's and EntityIn's last searches started (SpanIndex::*Near).
  size_t quantity_hint_ = 0, entity_hint_ = 0;
  mutable size_t overlap_hint_ = 0;  // EntityIn is const
  // Where AnyQuoteIn's and HedgeIn's last searches ended.
  mutable size_t quote_hint_ = 0, hedge_hint_ = 0;
  mutable size_t depth_hint_ = 0;    // QuoteDepth's
  bool persons_built_ = false;       // BuildPersonIndex ran
  bool person_words_built_ = false;  // BuildPersonWords ran
  bool valid_utf8_ = false;          // see AttributionFinder::Find
  std::vector<uint32_t>& person_ends_;
  std::vector<uint32_t>& definite_heads_;
  std::vector<uint32_t>& person_best_;
  absl::flat_hash_set<absl::string_view>& person_last_words_;
  absl::flat_hash_set<absl::string_view>& known_person_last_;
  size_t known_person_indexed_ = 0;  // known_[0, this) are in it

 private:
  // The per-document tables and lists below are read through plain pointers
  // (set by the constructor, after any resize), not through references to
  // their vectors: one load per read instead of two, in the rules' hot
  // paths.
  const EntryInfo* info_;
  const Token* toks_;  // ts_.tokens
  // Word id per token (TokenStream::word_ids), or a copy that also has
  // the ids of the rule words the lexicon lacks (see Word).
  const uint32_t* ids_;
  // The finder's rule_words_, copied: one load per Is at a fixed offset.
  uint32_t rule_words_[static_cast<size_t>(Word::kCount)];
  std::string_view text_;
  const TokenStream& ts_;
  Document* doc_;
  // Per role, per token: the longest match of that role starting there (the
  // Scratch tables).
  Hit *verb_, *prep_, *chain_, *adverb_, *noun_, *object_, *manner_, *carrier_;
  // One bit of the per-token flags, read like a table of bools (the bit a
  // constant of the type: a test of the byte, no load of the bit).
  template <uint8_t kBit>
  struct FlagColumn {
    const uint8_t* flags = nullptr;
    [[gnu::always_inline]] bool operator[](int k) const {
      return (flags[k] & kBit) != 0;
    }
  };
  // Tokens past the end read as no flags (the padding is written per call).
  static constexpr size_t kFlagPadding = 16;
  std::vector<uint8_t>& flags_;
  bool clip_flags_ = true;  // AttributionFinder::clip_flags_
  bool has_chain_ = false;  // the document has a cue_chain match
  FlagColumn<kBlockerBit> blocker_;
  FlagColumn<kClauseBit> clause_;
  FlagColumn<kContentStartBit> content_start_;
  FlagColumn<kAdjunctBit> adjunct_;
  // The auxiliary and source-noun tables hold the phrases (two words or
  // more) only; a one-word entry is read by the token's word id (the
  // finder's word_aux_, word_src_). The token's flag bit says whether
  // either starts there: most questions are answered by one byte, as a
  // table of bools would, and a document writes no cell for the many
  // tokens of "is", "has", "he" or "officials". A phrase is the longer
  // match, so it wins, as in one table of both.
  template <uint8_t kBit>
  struct LazyHitColumn {
    const uint8_t* flags = nullptr;
    Hit* phrases = nullptr;           // the Scratch table
    const uint32_t* words = nullptr;  // by word id
    const uint32_t* ids = nullptr;    // the caller's word ids
    [[gnu::always_inline]] Hit operator[](int k) const {
      if (!(flags[k] & kBit)) return Hit{};
      const Hit h = phrases[k];
      if (h.end != kNone) return h;
      return Hit{k + 1, words[ids[k]]};
    }
  };
  LazyHitColumn<kAuxBit> aux_;
  LazyHitColumn<kSrcBit> src_;
  // Hit table data by Role (null for roles without one), for Apply/Reset;
  // indexed by a role's value or by the 5 role bits of a packed word entry
  // (every value below kRoles: Touched::role is only ever such a value).
  static constexpr int kRoles = 32;
  static_assert(static_cast<int>(Role::kVenue) < kRoles);
  Hit* hit_tables_[kRoles] = {};
  // AttributionFinder::word_opener_ (by word id, read through the lexicon's
  // own ids: word_ids_, not ids_) and its size.
  const uint8_t* opener_ = nullptr;
  size_t n_opener_ = 0;
  const uint32_t* word_ids_ = nullptr;
  std::vector<uint32_t>& role_tokens_;  // the constructor's candidate buffer
  uint8_t* exception_;                  // Scratch::exception
  std::vector<uint8_t>&covered_, &has_claim_;
  // Scratch::qopen, qclose: the paired mark of each quotation mark.
  int *qopen_, *qclose_;
  std::vector<AttributionFinder::Scratch::Touched>& touched_;
  size_t& n_touched_;              // touched_[0, n_touched_) were written
  std::vector<Hit*>& hit_cells_;   // cells one-word entries wrote
  size_t n_cells_ = 0;             // hit_cells_[0, n_cells_) were written
  std::vector<int>& quote_marks_;  // tokens whose qopen_/qclose_ were set
  std::vector<Draft>& drafts_;
  // doc_->claims[0, reuse_) are a reused Document's earlier claims, which
  // Emit refills in place; n_emitted_ claims are this document's so far.
  size_t reuse_ = 0, n_emitted_ = 0;
  std::vector<std::pair<int, uint32_t>>& order_;
  std::vector<Known>& known_;
  std::string& names_;  // the names of known_, back to back
  std::vector<NestPiece>& nest_pieces_;
  std::vector<int>& nest_order_;
  int last_src_e_ = kNone;  // end token of the last named source
  // (token, quotation depth from it on), ascending; see QuoteDepth.
  std::vector<std::pair<int, int>>& depth_steps_;
  std::vector<int>& quote_tokens_;     // quote_marks_ sorted, for AnyQuoteIn
  std::vector<int>& quote_stack_;      // PairQuotes' buffer
  std::vector<uint32_t>& late_cands_;  // the constructor's buffer
  std::vector<uint32_t>& dash_cands_;  // DashCues' marks, ascending
  std::vector<TokenStream::Mark>& pair_marks_;  // PairQuotes' marks
};

}  // namespace

void AttributionFinder::Find(std::string_view text, const TokenStream& tokens,
                             const std::vector<uint32_t>& word_ids,
                             const std::vector<LexiconMatch>& phrases,
                             Scratch* scratch, Document* doc,
                             bool valid_utf8) const {
  if (tokens.size() == 0) {
    doc->claims.clear();  // no claims: an earlier document's go
    return;
  }
  if (!scratch->doc_state) scratch->doc_state.reset(new Scratch::DocState);
  Run run(info_, roles_, word_slot_, word_entries_, word_flags_,
          max_word_entries_, word_aux_, word_src_, word_scan_, word_opener_,
          clip_flags_, rule_words_, text, tokens, word_ids, phrases, scratch,
          doc);
  run.valid_utf8_ = valid_utf8;
  run.BuildIndexes();
  run.FindAll();
  run.Reset();
}

}  // namespace claimx::internal
