#include "entities/entity_recognizer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "entities/candidate_sort.h"
#include "entities/name_shape.h"
#include "entities/token_search.h"
#include "text/strings.h"
#include "text/utf8.h"

namespace claimx::internal {
namespace {

using Role = EntityRecognizer::Role;
using namespace std::string_view_literals;  // ("on"sv: no strlen at run time)
using EntryInfo = EntityRecognizer::EntryInfo;
using EntryBrief = EntityRecognizer::EntryBrief;

constexpr uint32_t kNone = 0xFFFFFFFFu;

// Per-token bits.
enum : uint32_t {
  kBGiven = 1 << 0,
  kBParticle = 1 << 1,
  kBConnector = 1 << 2,
  kBNotName = 1 << 3,
  kBMod = 1 << 4,
  kBPersonAfter = 1 << 5,
  kBPlaceBefore = 1 << 6,
  kBOrgBefore = 1 << 7,
  kBInDate = 1 << 8,
  kBWeakLine = 1 << 9,   // heading or all-caps line: case is no evidence
  kBInitial = 1 << 10,   // first word of a sentence or line
  kBShouting = 1 << 11,  // all-caps line
  kBDateWord = 1 << 12,  // not_name with date=1 (Monday, March): ends a name
  kBModifier = 1 << 13,  // not_name with modifier=1 (Eastern): dropped before a
                         // known place
  kBNameWord =
      1 << 14,  // capitalized word that can be part of a name (see Run::Mark)
  kBTeam = 1 << 15,       // name in a results or standings row: a team
  kBDateline = 1 << 16,   // place name opening a dateline ("NAIROBI, May 3 -")
  kBMinor = 1 << 17,      // lower-case function word of title-case headings
  kBOrgNoun = 1 << 18,    // "operator", "company": an ORG next to it
  kBDashLower = 1 << 19,  // capitalized word with a lower-case part after its
                          // last hyphen ("Mersin-based"): never a name word
  kBTeamVerb = 1 << 20,   // "beat", "drew with", "lost to": a result verb
  kBScoreWord = 1 << 21,  // "goalless": a result without digits
  // not_name with noun=1 (Traders, Students): starts no name, but continues
  // one after a connector ("Society of Motor Manufacturers and Traders").
  // (Above kBCap and kBTitlePhraseEnd, beside WordMarks' its marks.)
  kBNoun = 1 << 26,
  kBWorkBefore = 1 << 27,  // "film", "novel": a title follows, no entity
  kBTeamTitle = 1 << 28,   // "coach", "striker": a city right before is a club
};
// WordMarks keeps its title kind and head flag above the per-token bits.
static_assert(kBScoreWord <= EntityRecognizer::kTokenBits / 2 + 1,
              "per-token bits must stay below WordMarks' flags");

// The per-token bit a role sets (0: the role stores an entry or a span
// instead, or none). Shared by the per-word table built at Create and the
// per-document pass over phrase matches, which differ only in which tokens
// they mark.
constexpr uint32_t RoleBit(Role role) {
  switch (role) {
    case Role::kTitleMod:
      return kBMod;
    case Role::kGivenName:
      return kBGiven;
    case Role::kConnector:
      return kBConnector;
    case Role::kParticle:
      return kBParticle;
    case Role::kNotName:
      return kBNotName;
    case Role::kPersonAfter:
      return kBPersonAfter;
    case Role::kPlaceBefore:
      return kBPlaceBefore;
    case Role::kOrgBefore:
      return kBOrgBefore;
    case Role::kMinor:
      return kBMinor;
    case Role::kOrgNoun:
      return kBOrgNoun;
    case Role::kTeamVerb:
      return kBTeamVerb;
    case Role::kScoreWord:
      return kBScoreWord;
    case Role::kWorkBefore:
      return kBWorkBefore;
    case Role::kTeamTitle:
      return kBTeamTitle;
    case Role::kNone:
    case Role::kEntity:
    case Role::kTitleHonorific:
    case Role::kTitleHead:
    case Role::kHead:
    case Role::kNoEntity:
      return 0;
  }
  return 0;
}

// The bits a one-word entry sets: its role's bit, plus a not_name entry's
// extra bits (date=1, modifier=1).
constexpr uint32_t EntryBits(const EntryInfo& e) {
  return RoleBit(e.role) | (e.role == Role::kNotName ? e.extra : 0);
}

bool ParseType(std::string_view s, EntityType* t) {
  static constexpr std::pair<std::string_view, EntityType> kTypes[] = {
      {"PERSON", EntityType::kPerson}, {"ORG", EntityType::kOrg},
      {"GPE", EntityType::kGpe},       {"LOC", EntityType::kLoc},
      {"NORP", EntityType::kNorp},     {"FAC", EntityType::kFac},
      {"EVENT", EntityType::kEvent},
  };
  for (const auto& [name, type] : kTypes) {
    if (name == s) {
      *t = type;
      return true;
    }
  }
  return false;
}

// A 64-bit hash of a byte string (folded words, initials): eight bytes at
// a time, multiply and shift. Keys only select candidates to compare; the
// comparisons themselves read the words.
inline uint64_t HashBytes(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xFF51AFD7ED558CCDull);
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    h = (h ^ x) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 29;
  }
  // The last 0-7 bytes without a byte loop (its exits mispredict): the
  // string's last eight bytes when it has eight (overlapping the chunks
  // above), else two overlapping 32-bit loads, else three single bytes. The
  // length is already in h, so equal strings hash equal.
  uint64_t x = 0;
  if (n != 0) {
    if (s.size() >= 8) {
      std::memcpy(&x, s.data() + s.size() - 8, 8);
    } else if (n >= 4) {
      uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      x = lo | (uint64_t{hi} << 32);
    } else {
      x = uint64_t{static_cast<unsigned char>(p[0])} |
          uint64_t{static_cast<unsigned char>(p[n >> 1])} << 8 |
          uint64_t{static_cast<unsigned char>(p[n - 1])} << 16;
    }
  }
  h = (h ^ x) * 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 32);
}

// One of 64 bits chosen by a word key (Run::NormKey): a set of keys as a
// filter with no false negatives.
inline uint64_t KeyBit(uint64_t key) {
  return uint64_t{1} << ((key * 0x9E3779B97F4A7C15ull) >> 58);
}

// The key of an ORG's initials (Candidate::initials: at most 7 letters,
// zero-padded to 8 bytes), or of an acronym's form padded alike: the eight
// bytes themselves (forms hold no NUL byte), not a hash of them.
inline uint64_t InitialsKey(const char (&initials)[8]) {
  uint64_t key;
  std::memcpy(&key, initials, sizeof(key));
  return key;
}

// A possible entity, in token indexes.
// Candidate::said_org: an ORG by default as "X said", for want of any
// evidence, or so by OneUnknownWord, which leaves the evidence for
// LinkSaidToPersons to check (DefaultOrg) when a person matches.
constexpr uint8_t kSaidOrg = 1, kDefaultOrg = 2, kDefaultOrgUnchecked = 3;
struct Candidate {
  uint32_t b = 0, e = 0;
  EntityType type = EntityType::kOrg;
  bool outlet = false;
  uint8_t strength = 1;     // 2 lexicon/strong, 1 guess, 0 kept only if chained
  uint32_t entry = kNone;   // lexicon entry that named it
  uint32_t tb = 0, te = 0;  // title tokens, te == tb if none
  bool alias = false;       // "(WHO)" right after its expansion
  bool initials_only = false;  // a heading's acronym: links by initials only
  uint32_t head = kNone;       // chain head (candidate index)
  bool keep = false;
  uint8_t prefix_len = 0;  // Chain: named by its first words (kept ones)
  uint8_t cut = 0;  // bytes left out at the end ("Mersin" of "Mersin-based")
  uint8_t said_org = 0;    // ORG by default (kSaidOrg ...; LinkSaidToPersons)
  bool bare_head = false;  // a head alone in the body ("Police"): links back
  uint64_t last_hash = 0;  // Chain: NormKey of the last token (kept ones)
  uint32_t last_node = kNone;  // Chain: its node in by_last, if added
  char initials[8] = {};       // ORG: first letters of its capitalized words
  // Emit: the entity index of the first mention (in text order) of the
  // chain this candidate heads, -1 until one is out. Set to -1 by Chain for
  // every candidate (Emit always follows Chain), so that neither Add nor
  // Emit spends a pass on it. (In the struct's padding: 64 bytes still.)
  int32_t first = -1;
};

// A place for want of evidence: the type a bare preposition gave a name no
// entry knows (PlacePrepBefore), kept like a firm's by default.
inline bool PlaceByDefault(const Candidate& c) {
  return c.type == EntityType::kGpe &&
         (c.said_org == kDefaultOrg || c.said_org == kDefaultOrgUnchecked);
}
static_assert(sizeof(Candidate) == 64, "Candidate: one cache line");

// One document's candidates: storage that only grows (kept across
// documents, like the rest of Scratch) and a count. Push hands out the next
// slot without a vector's per-element bookkeeping (std::vector's
// emplace_back was an outlined call per candidate); the caller assigns the
// whole candidate.
class CandidateList {
 public:
  using value_type = Candidate;
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Candidate* data() { return slots_.data(); }
  Candidate* begin() { return slots_.data(); }
  Candidate* end() { return slots_.data() + size_; }
  Candidate& operator[](size_t i) { return slots_[i]; }
  Candidate& back() { return slots_[size_ - 1]; }
  void clear() { size_ = 0; }
  // Keeps the first n candidates.
  void Truncate(size_t n) { size_ = n; }
  // Removes candidates [from, to), keeping the order of the others.
  void Erase(size_t from, size_t to) {
    std::move(slots_.begin() + to, slots_.begin() + size_,
              slots_.begin() + from);
    size_ -= to - from;
  }
  [[gnu::always_inline]] Candidate& Push() {
    if (size_ == capacity_) Grow();
    return slots_[size_++];
  }

 private:
  [[gnu::noinline]] void Grow() {
    slots_.resize(2 * slots_.size() + 64);
    capacity_ = slots_.size();
  }
  std::vector<Candidate> slots_;  // the first size_ are this document's
  size_t size_ = 0;
  size_t capacity_ = 0;  // slots_.size(), compared as size_ is
};

// Candidate indexes by a 64-bit key, each key's indexes in the order added
// (callers add in increasing index order): a hash table of per-key lists,
// reused across documents (no nodes to allocate per document). A lookup is
// a probe or two, not a binary search over all keys.
class KeyIndex {
 public:
  static constexpr uint32_t kEnd = 0xFFFFFFFFu;
  struct Node {
    uint64_t key;
    uint32_t value;
    uint32_t next;  // next node with the same key, or kEnd
  };
  // The values of one key, in order.
  struct Range {
    const Node* nodes = nullptr;
    uint32_t at = kEnd;
    bool empty() const { return at == kEnd; }
    uint32_t value() const { return nodes[at].value; }
    void Next() { at = nodes[at].next; }
  };
  void Clear() { count_ = 0; }
  uint32_t size() const { return count_; }
  // A few inlined stores: the vector only grows (rarely; it is reused).
  // Returns the node's index (for List).
  uint32_t Add(uint64_t key, uint32_t value) {
    if (count_ == capacity_) Grow();
    nodes_[count_] = {key, value, kEnd};
    return count_++;
  }
  // Every slot empty (kEnd is all ones), a power of two at least twice
  // `nodes` and at least 16.
  void SizeSlots(size_t nodes) {
    size_t size = 16;
    while (size < 2 * nodes) size *= 2;
    shift_ = 64 - __builtin_ctzll(size);
    if (slots_.size() < size) slots_.resize(size);
    std::memset(static_cast<void*>(slots_.data()), 0xFF, size * sizeof(Slot));
    mask_ = size - 1;
  }
  // Node i into its key's slot: a new list, or the tail of its key's.
  // Returns whether it is its key's first node.
  [[gnu::always_inline]] bool Place(uint32_t i) {
    const uint64_t key = nodes_[i].key;
    for (size_t at = Home(key);; at = (at + 1) & mask_) {
      Slot& slot = slots_[at];
      if (slot.head == kEnd) {
        slot.head = slot.tail = i;
        first_[i] = i;
        return true;
      }
      if (nodes_[slot.head].key == key) {
        nodes_[slot.tail].next = i;
        slot.tail = i;
        first_[i] = slot.head;
        return false;
      }
    }
  }
  // Out of line, like Find: one copy of the code for the six indexes (the
  // stage's code does not stay in the instruction cache between documents).
  [[gnu::noinline]] void Build() {
    if (count_ == 0) return;  // Find answers without slots
    SizeSlots(count_);
    for (uint32_t i = 0; i < count_; ++i) Place(i);
  }
  // Add and Build in one, for an index whose nodes are added in one loop
  // (Chain's by_last): Start sizes the table for at most `max` nodes, each
  // Insert puts its node in its slot at once (no second pass over the
  // nodes to read each key again).
  [[gnu::noinline]] void Start(size_t max) {
    count_ = 0;
    if (max == 0) return;  // Find answers without slots
    if (capacity_ < max) {
      nodes_.resize(max);
      first_.resize(max);
      capacity_ = static_cast<uint32_t>(max);
    }
    SizeSlots(max);
  }
  // After Start(max), at most max times. Returns the node's index.
  // *first: the node is its key's first (First(i)).
  [[gnu::always_inline]] uint32_t Insert(uint64_t key, uint32_t value,
                                         bool* first) {
    const uint32_t i = count_++;
    nodes_[i] = {key, value, kEnd};
    *first = Place(i);
    return i;
  }
  // The values of the key of node `node` (an Add of this document): Find
  // without the hash look-up, after Build.
  Range List(uint32_t node) const { return {nodes_.data(), first_[node]}; }
  // Node `node` is the first of its key (after Build).
  bool First(uint32_t node) const { return first_[node] == node; }
  [[gnu::noinline]] Range Find(uint64_t key) const {
    if (count_ == 0) return {};
    for (size_t at = Home(key);; at = (at + 1) & mask_) {
      const uint32_t head = slots_[at].head;
      if (head == kEnd) return {};
      if (nodes_[head].key == key) return {nodes_.data(), head};
    }
  }

 private:
  struct Slot {
    uint32_t head = kEnd, tail = kEnd;
  };
  size_t Home(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  // Room for more nodes (out of line: rare).
  [[gnu::noinline]] void Grow() {
    nodes_.resize(2 * size_t{count_} + 16);
    first_.resize(nodes_.size());
    capacity_ = static_cast<uint32_t>(nodes_.size());
  }
  std::vector<Node> nodes_;      // the first count_ are this document's
  std::vector<uint32_t> first_;  // per node: its key's first node (Build)
  std::vector<Slot> slots_;      // the first mask_ + 1 are in use
  uint32_t count_ = 0;
  uint32_t capacity_ = 0;  // nodes_.size(), compared as count_ is
  size_t mask_ = 15;
  int shift_ = 60;
};

// A line of the document that holds a capitalized word (Run::Mark counts
// them as it goes). Other lines hold no name, heading or results row, so
// they get no record.
struct Line {
  uint32_t begin = 0, end = 0;   // tokens
  uint32_t caps = 0, upper = 0;  // words of 2+ bytes: capitalized, all caps
};

// What the phrase matches starting at a token say, overriding the token's
// one-word entries (a longer name or title).
struct Override {
  uint32_t ent_end = 0;  // 0: no entity phrase starts here
  uint32_t ent_entry = kNone;
  uint32_t title_end = 0;  // 0: no title phrase starts here
  bool title_honorific = false;
  bool head_set = false;  // `head` replaces the word's entity_head entry
  uint32_t head = kNone;
};

// A token's first word is capitalized (or a particle before a capital:
// "al-Assad"): Run::Cap. Kept in Scratch::bits only, never in WordMarks.
constexpr uint32_t kBCap = 1u << 22;
static_assert(kBCap <= EntityRecognizer::kTokenBits,
              "kBCap must stay a per-token bit");
// WordMarks keeps kNoStart in the place of kBCap, which is never a word's.
static_assert(EntityRecognizer::kNoStart == kBCap,
              "kNoStart takes kBCap's place in WordMarks");
// A title phrase (an Override's title_end) ends right before this token:
// TitleBefore scans the tokens before it only then. Scratch::state only.
constexpr uint32_t kBTitlePhraseEnd = 1u << 23;
static_assert(kBTitlePhraseEnd <= EntityRecognizer::kTokenBits,
              "kBTitlePhraseEnd must stay a per-token bit");
// WordMarks keeps kNoEntityWord in the place of kBTitlePhraseEnd, never a
// word's.
static_assert(EntityRecognizer::kNoEntityWord == kBTitlePhraseEnd,
              "kNoEntityWord takes kBTitlePhraseEnd's place in WordMarks");

// What the rules ask of one token, gathered once from its state, its
// override and its per-word table entry (Run::MakeFact): FindRuns fills one
// per token of a run (and the tokens either side), and the run's rules read
// them instead of looking the same three places up again for every question.
// (16 bytes: a fact is copied whole into FindRuns' window.)
struct Fact {
  uint32_t bits = 0;       // Bits(i), and kFactHead
  uint32_t ent_end = 0;    // EntEnd(i)
  uint32_t ent_entry = 0;  // EntEntry(i)
  uint32_t title_end = 0;  // TitleEnd(i)
};
// Fact::bits: the token has an entity_head entry (HeadEntry(i) != kNone).
// Most rules ask only whether there is one; the entry itself is looked up
// (HeadEntry) for the one head that types a name. WordMarks' own flag, in
// its place: above every per-token bit.
constexpr uint32_t kFactHead = EntityRecognizer::kHasHead;
static_assert(kFactHead > EntityRecognizer::kTokenBits &&
                  kBTeamTitle <= EntityRecognizer::kTokenBits &&
                  kBNoun <= EntityRecognizer::kTokenBits,
              "kFactHead must not meet the per-token bits");

// The bits the per-word table can set (EntryBits of its entries); the
// others live in Scratch::bits alone.
constexpr uint32_t kTableBits =
    kBGiven | kBParticle | kBConnector | kBNotName | kBMod | kBPersonAfter |
    kBPlaceBefore | kBOrgBefore | kBDateWord | kBModifier | kBMinor |
    kBOrgNoun | kBTeamVerb | kBScoreWord | kBNoun | kBWorkBefore | kBTeamTitle;
// ItsAfter's marks live in WordMarks alone, apart from every per-token bit.
static_assert(((EntityRecognizer::kItsWord | EntityRecognizer::kItsStop) &
               (kTableBits | kBCap | kBTitlePhraseEnd)) == 0 &&
                  EntityRecognizer::kItsStop <= EntityRecognizer::kTokenBits,
              "ItsAfter's marks must not meet the per-token bits");

struct Scratch {
  // Per token, zeroed by Reset for each document (one memset of 8 bytes a
  // token, in order: it also brings the array into cache before Mark's
  // scattered writes, where zeroing just the tokens a document wrote --
  // a list of them and a loop over the capitalized words -- cost more and
  // left it cold). A document writes only the tokens where something is
  // (capitalized words, phrase matches, dates, headings); most tokens are
  // lower-case words nothing is written for, and what the per-word table
  // says about them is read when asked (Run::Bits). A token's two words
  // side by side: the rules read both.
  struct TokenState {
    uint32_t bits = 0;  // per-token bits not from the word table
    uint32_t over = 0;  // index into `overrides` (0: the empty one)
  };
  std::vector<TokenState> state;
  // Entry 0 overrides nothing, so that a look-up needs no test for "none".
  std::vector<Override> overrides;
  std::vector<uint32_t> line_starts;  // Run::Mark's, reused
  std::vector<Line> lines;
  std::vector<std::pair<uint32_t, uint32_t>> weak;   // heading lines, in order
  std::vector<std::pair<uint32_t, uint32_t>> lists;  // lists of names, in order
  // The first name_count: tokens with kBNameWord, in order, then
  // kNameWordsPad entries of 0xFFFFFFFF that FindRuns reads past the last
  // one. (The vector only grows: resized per document, it called
  // _M_default_append, out of line and out of the instruction cache, which
  // zero-filled every slot again.)
  std::vector<uint32_t> name_words;
  size_t name_count = 0;
  std::vector<uint32_t> dash_lower;  // tokens with kBDashLower, in order
  // Capitalized URL tokens ("Booking.com"; Mark), in order: FindRuns reads
  // the ones shaped as a firm's domain.
  std::vector<uint32_t> domains;
  // Name words with a hyphen and no lower-case part after it ("German-US"),
  // in order (NationCompounds).
  std::vector<uint32_t> dash_upper;
  // Titles FindRuns read as works ("the film Vera Drake"), [begin, end)
  // tokens, in order: Chain drops their other mentions.
  struct Work {
    uint32_t b, e;
    uint64_t last;  // NormKey(e - 1)
  };
  std::vector<Work> works;
  // Multi-word no_entity phrases in the text, [begin, end) tokens
  // (Run::Mark, in match order): DropNoEntity drops the candidates inside.
  std::vector<std::pair<uint32_t, uint32_t>> no_entity;
  // FindRuns' window of one run's facts, by token index (one slot per
  // token: the window needs no offset, and no capacity test as it grows).
  std::vector<Fact> facts;
  CandidateList cands;
  std::vector<Candidate> merging;  // SortByBegin's, reused
  // Chain's indexes; MatchHeadings, done before Chain starts, borrows the
  // first two (fewer buffers to bring into cache per document).
  KeyIndex by_last, by_initials, by_alias, by_prefix;
  KeyIndex by_person_word;   // LinkSaidToPersons' (rare)
  KeyIndex by_person_first;  // so (given names)
  // Chain's: the kept candidates its link loop must visit, in order.
  std::vector<uint32_t> linking;
  std::vector<int32_t> index;  // Emit's: each candidate's entity index

  void Reset(size_t n) {
    // (In blocks of eight tokens, 64 bytes: a few inlined stores each,
    // not a call that may pick `rep stosb`.)
    const size_t blocks = (n + 7) / 8;
    if (state.size() < 8 * blocks) state.resize(8 * blocks);
    char* const zero = reinterpret_cast<char*>(state.data());
    for (size_t k = 0; k < blocks; ++k) std::memset(zero + 64 * k, 0, 64);
    if (facts.size() < n) facts.resize(n);
    overrides.resize(1);
    overrides[0] = {};
    lines.clear();
    weak.clear();
    lists.clear();
    name_count = 0;
    dash_lower.clear();
    domains.clear();
    dash_upper.clear();
    works.clear();
    no_entity.clear();
    cands.clear();
  }
};

// The reporting verbs ItAfter looks for after a name.
constexpr std::array<std::string_view, 4> kItSaid = {"said", "says", "added",
                                                     "announced"};

// The rare rules that read an entity_word entry (its in= values), as bits of
// ItWords::cues.
enum WordBit : uint32_t {
  kWArticle = 1,           // in=article: ArticleFirst (El, La, Los)
  kWSiteAfter = 2,         // in=site_after: FacilityAfter (mine, smelter)
  kWSaidVerb = 4,          // in=said_verb: SaidAfter's verbs (said, says)
  kWSaidPerson = 8,        // in=said_person: a person after it (he, his)
  kWPartyPossessive = 16,  // in=party_possessive: "his Social Democrats"
  kWBrandVerb = 32,        // in=brand_verb: "McDonald's said"
  kWEllipticBefore = 64,   // in=elliptic_before: "cheaper than Verizon's"
  kWReportsNext = 128,     // in=reports_next: "Sainsbury's reports results"
  kWItAdverb = 256,        // in=it_adverb: "said it now owns"
  kWItVerb = 512,          // in=it_verb: "said it would"
  kWPlaceAfter = 1024,     // in=place_after: "Larnaca airport" (GPE)
  kWLocAfter = 2048,       // in=loc_after: "the Solimoes river" (LOC)
  kWRoadWord = 4096,       // in=road_word: RoadCode (motorway, northbound)
  // in=irregular_plural: IrregularPluralPossessive (Women's, Children's)
  kWIrregularPlural = 1u << 16,
  kWCompass = 1u << 17,    // in=compass: CompassWord (North Wales)
  kWRoadAfter = 1u << 18,  // in=road_after: RoadCode ("the A38 near Bodmin")
  // in=resident_after: after "a" and an unknown word, a person the place
  // names ("a Leicester builder", "a Swindon man"): the word is a place
  kWResidentAfter = 1u << 19,
  // in=premises_after: after "its" or "their" and an unknown word, a firm's
  // site ("its Rotherham plant"): the word is a place
  kWPremisesAfter = 1u << 20,
  // in=home_before: the article before such a town ("a", "an")
  kWHomeBefore = 1u << 21,
  // in=premises_before: the possessive before such a town ("its", "their")
  kWPremisesBefore = 1u << 22,
  // in=person_of: PersonOfBefore's "of" ("Ann Lee of Orvik Freight")
  kWPersonOf = 1u << 23,
  // in=member_before: the article before "a Texas Democrat" ("a", "an", "the")
  kWMemberBefore = 1u << 24,
  // in=price_verb: a share price's move before a number ("Zeta Werke fell
  // 4.50 marks"): the name before it is a firm's (PriceMoveAfter)
  kWPriceVerb = 1u << 25,
  // in=index_after: a market index's noun ("the Hang Seng index", "the
  // Nikkei average"): the unknown name before it is no entity
  kWIndexAfter = 1u << 26,
  // in=club_verb: a plural verb ("have", "are") after a singular name
  // opening a sentence: British usage for a club or a team ("Benfica have
  // signed"); a person takes "has"
  kWClubVerb = 1u << 27,
  // in=person_noun: a person's government, kin or years after the name
  // ("the Reagan administration", "the Harlow family"): the name is the
  // person's
  kWPersonNoun = 1u << 28,
  // in=portfolio_title: a minister's or a secretary's title, whose "of" or
  // "for" names the portfolio ("Minister of Trade and Industry")
  kWPortfolioTitle = 1u << 29,
  // in=portfolio_of: that "of" or "for" (PortfolioTitleStart)
  kWPortfolioOf = 1u << 30,
  // in=portfolio_word: a word of a portfolio's name that is no title
  // modifier ("Affairs", "Fisheries"): after a minister's "of", the name
  // of the person holding it starts after such words
  kWPortfolioWord = 1u << 31,
  // in=product_after: a product's or a commodity's common noun ("Tim Tam
  // biscuits", "its Felicia model", "Brent crude"): the unknown name right
  // before it is a brand or a grade, no entity. (Bit 14: the hyphen lists'
  // bits, never stored in a word's cues, are past bit 31.)
  kWProductAfter = 1u << 14,
  // in=site_modifier: a resource's word between a name and a site's noun
  // ("the Mae Moh power plant", "the Las Cristinas gold mine"): the name is
  // the site's
  kWSiteModifier = 1u << 15,
};
// The word is in the lexicon only through entity_word entries: to the
// rules that ask whether any lexicon knows a word (Run::Unknown), it is
// unknown still.
constexpr uint32_t kWCueOnly = 1u << 13;
// (The hyphen lists' bits are read only while the lexicon loads, never
// stored in a word's cues: past the 32 bits the cues hold.)
constexpr uint64_t kWHyphenSuffix = uint64_t{1} << 32;  // in=hyphen_suffix
constexpr uint64_t kWHyphenPrefix = uint64_t{1} << 33;  // in=hyphen_prefix
// in=place_suffix: the part after a compound's last hyphen that makes the
// part before it a place ("Mersin-based", "London-listed").
constexpr uint64_t kWPlaceSuffix = uint64_t{1} << 34;
// in=org_adjective: an adjective that opens bodies' and firms' names, never a
// person's (National, Royal, Consolidated): a name of unknown words opening
// with one is an ORG by default ("National Lottery"), not a PERSON. (Kept
// as a list of word ids, ItWords::org_adjectives.)
constexpr uint64_t kWOrgAdjective = uint64_t{1} << 35;
// in=state_body: a word of a body every state has (Ministry, Guard, Chiefs):
// a nationality before a name holding one is the state's, kept apart ("the
// Russian Defence Ministry", "the Greek Coast Guard"). (Kept as a list of
// word ids, ItWords::state_bodies.)
constexpr uint64_t kWStateBody = uint64_t{1} << 36;
// in=goal_noun: a goal's or a scoring move's noun (goal, header, penalty,
// equaliser): a one-word name after it and "from" or "by", or before it
// and an 's, is a player's ("a header by Kovac", "Totti's equaliser"), not a
// club's. (Kept as a list of word ids, ItWords::goal_nouns.)
constexpr uint64_t kWGoalNoun = uint64_t{1} << 37;
// in=headline_break: a headline's verb or preposition ("BUYS", "SEES",
// "OF", "UNIT"): a firm's name before a ticker in angle brackets starts
// after it ("INVESTOR HAS 5.1 PCT OF SIERRA HEALTH <SIE>"). (Kept as a list
// of word ids, ItWords::headline_breaks.)
constexpr uint64_t kWHeadlineBreak = uint64_t{1} << 38;
// in=person_possession: a noun that only a person's 's comes before: kin
// (wife, widow, son), a life's events (funeral, arrest, resignation), aides.
// The one-word name before the 's is a person's ("Okonedo's widow"), not a
// firm or a club by default. (Kept as a list of word ids,
// ItWords::person_possessions.)
constexpr uint64_t kWPersonPossession = uint64_t{1} << 39;
// in=rating_cue: a word of a credit rating's sentence (rated, downgraded,
// Moody, Fitch): a grade's letters in one ("cut to BB from BBB") name no
// firm (Run::RatingGrade). (Kept as a list of word ids,
// ItWords::rating_cues.)
constexpr uint64_t kWRatingCue = uint64_t{1} << 40;
// in=date_before: a date's preposition or determiner before a day's or a
// month's word (on, last, next, since, every): a known name opening with
// the day after one is a date and a name after it ("on Sunday Times
// Square"), not "the Sunday Times". (ItWords::date_befores.)
constexpr uint64_t kWDateBefore = uint64_t{1} << 41;
// in=paper_cue: a word after "the" and a paper's one title word that cites
// the paper (newspaper, reported, that, on): "the Guardian newspaper", "the
// Times reported"; not a noun it would qualify ("the Independent
// candidate"). (ItWords::paper_cues.)
constexpr uint64_t kWPaperCue = uint64_t{1} << 42;
// in=auxiliary: an auxiliary verb (had, was, would): right after "told
// <outlet> <Name>" the name opens the clause told, and ends the outlet's
// ("told Reuters Sandoz had"); after a body's adjective alone it makes the
// adjective a body's short name ("Central was", AdjectiveAlone).
// (ItWords::auxiliaries.)
constexpr uint64_t kWAuxiliary = uint64_t{1} << 43;
// in=told_on: a word that carries on the telling (that, on, about, the):
// after "told <outlet> <Name>" the name is the outlet's longer one ("told
// BBC Wales that"). (ItWords::told_ons.)
constexpr uint64_t kWToldOn = uint64_t{1} << 44;
// in=listed_at: a preposition (at, in, near, outside) before a place
// listed with its country: "at Punta del Este, Uruguay" names a place.
// (ItWords::listed_ats.)
constexpr uint64_t kWListedAt = uint64_t{1} << 45;
// in=place_noun: a settlement's or an area's noun (town, village, port,
// district, capital) in an appositive after an unknown name: ", a village
// near the border", ", the provincial capital" make the name a place.
// (ItWords::place_nouns.)
constexpr uint64_t kWPlaceNoun = uint64_t{1} << 46;
// in=place_noun_next: a word that may follow that noun in the appositive
// (of, in, near, where, north): after any other the noun qualifies one
// (", a village elder"). (ItWords::place_noun_nexts.)
constexpr uint64_t kWPlaceNounNext = uint64_t{1} << 47;
// in=legislator: a legislator's title (Sen., Rep., congressman, MP): "of"
// and an unknown name after the titled person name the place the member
// is from ("state Sen. Ann Roe of Valdosta"), no firm. (ItWords::
// legislators.)
constexpr uint64_t kWLegislator = uint64_t{1} << 48;
// in=venue_word: before a head marked venue=1 (Centre, Center) that ends
// the name, the word makes it a site, FAC: "Kennedy Space Center", "Barbican
// Arts Centre", "Harborview Medical Center" ("Pew Research Center" stays
// an ORG). (ItWords::venue_words.)
constexpr uint64_t kWVenueWord = uint64_t{1} << 49;
// in=place_prep: a bare preposition (at, from, between) before a name no
// entry knows makes it a place by default, not a firm: "ships at Tema",
// "trams from Altrincham" (a phrase context on the preposition decides
// first: "analyst at", "figures from" are org_noun). (ItWords::
// place_preps; PlacePrepBefore.)
constexpr uint64_t kWPlacePrep = uint64_t{1} << 50;
// in=place_opener: a word that opens places' names, not persons' (San, Santa,
// São, Puerto, Jalan, Jebel, Bukit, Kafr): a name of unknown words it opens is
// a place by default ("from San Pedro", "on Jalan Salemba"). (ItWords::
// openers.)
constexpr uint64_t kWPlaceOpener = uint64_t{1} << 51;
// in=site_opener, in=land_opener: so for a site's names (Plaza, Piazza,
// Palazzo, Rue, Avenida, Estadio: "the Plaza de Mayo", FAC) and a natural
// feature's (Cerro, Salar, Lago, Loch, Wadi: "on Cerro Armazones", LOC).
// (ItWords::openers, opener_types.)
constexpr uint64_t kWSiteOpener = uint64_t{1} << 52;
constexpr uint64_t kWLandOpener = uint64_t{1} << 53;
// in=branch_word: a word that numbers a body's branch after its name, the
// number part of the name ("Teamsters Local 727", "Elks Lodge 1432",
// "American Legion Post 21"). (ItWords::branch_words.)
constexpr uint64_t kWBranchWord = uint64_t{1} << 54;
// in=ship_prefix: a vessel's prefix in capitals (HMS, USS, MV): a name it
// opens is a ship's, no entity of these types ("the destroyer HMS
// Dauntless", "USS John F. Kennedy", no person). (ItWords::ship_prefixes.)
constexpr uint64_t kWShipPrefix = uint64_t{1} << 55;
// in=eponym_noun: a disease's or a condition's noun after a name's 's
// (disease, syndrome, palsy): the name is the eponym's, no entity
// ("Huntington's disease", "Asperger's syndrome"). (ItWords::eponym_nouns.)
constexpr uint64_t kWEponymNoun = uint64_t{1} << 56;
// in=town: a town's or a city's name no other entry holds (the generated
// data/gazetteer_towns.tsv: Kettering, Horncastle): a one-word name of it no
// rule finds evidence for is a place by default, as a town's shape makes it
// (DefaultType), not a firm. (ItWords::town_bits.)
constexpr uint64_t kWTown = uint64_t{1} << 57;
// in=person_in: a word of trust or of a role before "in" (faith,
// confidence, starred): the one word after "in" is a person or a work,
// no town named like a given name ("faith in Anil", "starred in Ray").
// (ItWords::person_in_words.)
constexpr uint64_t kWPersonIn = uint64_t{1} << 58;
// in=the_place_prep: a preposition (to, on, into, through, along, off,
// onto) that before "the" and one word no lexicon holds makes it a place by
// default, as a place_prep or a place's context word does: "on the Pamba"
// (ItWords::the_place_preps; ThePlacePrep).
constexpr uint64_t kWThePlacePrep = uint64_t{1} << 59;
// in=club_before: a word (fans, supporters, played, signed) that before
// "of" or "for" and a town's name makes the town its club: "fans of
// Porto", "played for Parramatta" (ItWords::club_befores; ClubWordBefore).
constexpr uint64_t kWClubBefore = uint64_t{1} << 60;
// in=foreign_connector: a foreign "and" or "for" (und, et, e, pour, fuer)
// that joins a body's name words on its own: "Moet et Chandon"
// (ItWords::foreign_connectors; FindRuns).
constexpr uint64_t kWForeignConnector = uint64_t{1} << 61;
// in=vote_word: a word of a vote's or a court's split (ruling, voted,
// decision) right before or after a number pair, "ruling 6-3", "a 5-4
// decision": no score (TeamScore; ItWords::vote_words).
constexpr uint64_t kWVoteWord = uint64_t{1} << 62;
// in=river_cue: a word of a river's story (flooding, downstream, tributary,
// erosion): in its sentence, one word no lexicon holds after "the" names a
// river, "erosion by the Padma", "the Aa burst its banks"
// (ItWords::river_cues; RiverAfterThe).
constexpr uint64_t kWRiverCue = uint64_t{1} << 63;
constexpr uint64_t kWPartLists =
    kWHyphenSuffix | kWHyphenPrefix | kWPlaceSuffix;

// A word, lower case after its first letter (capitalized, or in lower case
// when `lower`), at least `min` bytes, ending in one of `suffixes` with two
// letters or more before it.
bool ShapedWithSuffix(std::string_view w, size_t min,
                      std::initializer_list<std::string_view> suffixes,
                      bool lower) {
  if (w.size() < min) return false;
  const char first_lo = lower ? 'a' : 'A', first_hi = lower ? 'z' : 'Z';
  if (w[0] < first_lo || w[0] > first_hi) return false;
  for (size_t i = 1; i < w.size(); ++i) {
    if (w[i] < 'a' || w[i] > 'z') return false;
  }
  for (std::string_view suf : suffixes) {
    if (w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf)
      return true;
  }
  return false;
}
bool CapitalizedWithSuffix(std::string_view w, size_t min,
                           std::initializer_list<std::string_view> suffixes) {
  return ShapedWithSuffix(w, min, suffixes, /*lower=*/false);
}

// A word shaped as an agent's noun or its plural ("Producer", "Investor",
// "Musician", "Businessman", "Defenders", "Contestants", "Trustee"), or
// "New": read as a common word before a person's name. (Given names with
// such endings -- Peter, Victor, Norman -- are in the given-name list.)
const std::initializer_list<std::string_view> kRoleSuffixes = {
    "er",  "or",  "ian",  "man",  "ant", "ent", "ers", "ors",
    "nts", "ist", "ists", "ians", "men", "ee",  "ate"};
bool RoleNounShape(std::string_view w) {
  if (w == "New") return true;
  if (w.substr(0, 2) == "Mc" || w.substr(0, 3) == "Mac") return false;
  return CapitalizedWithSuffix(w, 5, kRoleSuffixes);
}

// The same shape in lower case, after a hyphen's prefix or not ("member",
// "planner", "co-leader", "spokeswoman").
bool LowerRoleNounShape(std::string_view w) {
  if (const size_t dash = w.rfind('-'); dash != std::string_view::npos)
    w.remove_prefix(dash + 1);
  return ShapedWithSuffix(w, 5, kRoleSuffixes, /*lower=*/true);
}

// A plural naming people by what they do ("publishers", "growers",
// "doctors", "journalists"): -ers, -ors, -ists.
bool PeoplePlural(std::string_view w) {
  auto ends = [&](std::string_view suf) {
    return w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf;
  };
  return ends("ers") || ends("ors") || ends("ists");
}

// A lower-case word shaped as a verb's past tense ("waited", "showed"),
// five letters or more: a clause's verb, not a noun a name qualifies.
bool PastTenseShape(std::string_view w) {
  return w.size() >= 5 && w[w.size() - 2] == 'e' && w.back() == 'd' &&
         w[w.size() - 3] != 'e';
}

// A one-word name shaped as a town's: a toponym's ending that persons' and
// firms' names seldom have ("Bahadurabad", "Sirajganj", "Zelenograd",
// "Zanesville"; South India's "Chaitanyapuri", "Kanchipuram",
// "Tiruchirappalli", "Pudukkottai").
// (Not the English "-bury", "-chester", "-minster", "-borough": brands and
// bodies take them, "Winchester" drives, "Pillsbury", "Westminster" the
// parliament.)
bool TownShape(std::string_view w) {
  return CapitalizedWithSuffix(
      w, 6,
      {"abad", "pur", "nagar", "ganj", "garh", "grad", "gorod", "stan", "ville",
       "puri", "puram", "palli", "halli", "pettai", "kottai"});
}

// A Gaelic or Welsh place name's first element, four lower-case letters or
// more after it: "Ballygunner", "Liscannor", "Clonakilty", "Carrickmacross",
// "Knocklyon", "Tullyhogue", "Inverurie", "Strathaven", "Llanberis" (Irish
// baile, lios, cluain, carraig, cnoc, tulach; Scottish inbhir, srath; Welsh
// llan; Scottish loch; not cill, "Kil-": "Killers", "Kilbane").
bool CelticTownShape(std::string_view w) {
  // (The first letter first: most words open with none of these.)
  if (w.size() < 7) return false;
  switch (w[0]) {
    case 'B':
    case 'L':
    case 'C':
    case 'K':
    case 'T':
    case 'I':
    case 'S':
      break;
    default:
      return false;
  }
  bool prefix = false;
  for (std::string_view pre : {"Bally", "Lis", "Clon", "Carrick", "Knock",
                               "Tully", "Inver", "Strath", "Llan"}) {
    prefix |= w.size() >= pre.size() + 4 && w.substr(0, pre.size()) == pre;
  }
  // (Scottish loch, five letters or more after it: "Lochboisdale",
  // "Lochmaddy", "Lochgilphead"; not the surnames "Lochhead", "Lochner".)
  prefix |= w.size() >= 9 && w.substr(0, 4) == "Loch";
  if (!prefix) return false;
  for (size_t i = 1; i < w.size(); ++i) {
    if (w[i] < 'a' || w[i] > 'z') return false;
  }
  return true;
}

// A hyphened one-word name with a French place-name particle inside, each
// part capitalized but the particle: "Saint-Blaise-sur-Richelieu",
// "Villeneuve-lès-Avignon", "Châlons-en-Champagne", "Pas-de-Calais" (not
// "Moët-et-Chandon", a firm's "and").
bool FrenchTownShape(std::string_view w) {
  // (A loop, not memchr: the words are short.)
  bool hyphen = false;
  for (size_t i = 2; i + 4 < w.size() && !hyphen; ++i) hyphen = w[i] == '-';
  if (!hyphen) return false;
  static constexpr std::string_view kParticles[] = {
      "-sur-", "-sous-", "-l\xc3\xa8s-", "-lez-", "-en-", "-aux-",
      "-le-",  "-la-",   "-les-",        "-de-",  "-du-", "-des-"};
  for (std::string_view p : kParticles) {
    const size_t at = w.find(p);
    if (at != std::string_view::npos && at > 0 && at + p.size() < w.size() &&
        w[at + p.size()] >= 'A' && w[at + p.size()] <= 'Z')
      return w[0] >= 'A' && w[0] <= 'Z';
  }
  return false;
}

// The last two letters of a TownShape, VenueShape or LandShape ending, six
// letters or more: the quick test before theirs.
bool ShapeTail(std::string_view w) {
  if (w.size() < 6) return false;
  const char a = w[w.size() - 2];
  switch (w.back()) {
    case 'd':
      // abad, grad, gorod, fjord
      return a == 'a' || a == 'o' || (a == 'r' && w[w.size() - 3] == 'o');
    case 'r':
      return a == 'u' || a == 'a';  // pur, nagar
    case 'j':
      return a == 'n';  // ganj
    case 'h':
      return a == 'r';  // garh
    case 'n':
      // stan, stadion, plein, fjorden
      return a == 'a' || a == 'o' || a == 'i' ||
             (a == 'e' && w[w.size() - 3] == 'd');
    case 'e':
      // ville, halle, strasse, allee, kirche, bruecke
      return a == 'l' || a == 's' || a == 'e' || a == 'h' || a == 'k';
    case 'f':
      return a == 'o';  // bahnhof
    case 'm':
      return a == 'u' || a == 'm' || a == 'a';  // stadium, damm, puram
    case 'i':
      return a == 'r' || a == 'l' || a == 'a';  // puri, palli, kottai
    case 'z':
      return a == 't';  // platz
    case 't':
      return a == 'a' || a == 'h';  // straat, gracht
    default:
      return false;
  }
}

// A one-word name shaped as a venue's or a street's compound
// ("Volksparkstadion", "Olympiahalle", "Paradeplatz", "Museumstraat",
// "Keizersgracht", "Hauptstrasse", "Hauptbahnhof", "Frauenkirche"; not
// "-haus": firms take it, "Spamhaus").
bool VenueShape(std::string_view w) {
  return CapitalizedWithSuffix(
      w, 8,
      {"stadion", "stadium", "halle", "strasse", "gasse", "platz", "allee",
       "straat", "plein", "gracht", "damm", "bahnhof", "kirche", "bruecke"});
}

// A one-word name shaped as a fjord's ("Trondheimsfjord", "Boknafjorden"):
// a natural feature, LOC.
bool LandShape(std::string_view w) {
  return CapitalizedWithSuffix(w, 7, {"fjord", "fjorden"});
}

// A capitalized common word's shape: an ending of abstract nouns and
// adjectives that names seldom have ("General", "Licensing", "Construction",
// "Development", "Insurance"; not "-ity": "Fidelity", "Equity", "Unity").
bool CommonWordShape(std::string_view w) {
  return CapitalizedWithSuffix(
      w, 6,
      {"ing", "tion", "sion", "al", "ment", "ance", "ence", "ics", "ure"});
}

// A word shaped as an adverb ("Initially", "Separately", "Previously",
// "Reportedly"): six letters or more, with an adverb's ending that names
// seldom have (not "Kelly", "Connolly", "Beverly").
bool AdverbShape(std::string_view w) {
  return CapitalizedWithSuffix(w, 6,
                               {"ally", "tely", "ily", "ously", "ntly", "edly",
                                "ively", "ably", "ibly", "ingly", "ularly"});
}

// The word has an ASCII lower-case letter.
bool HasLower(std::string_view w) {
  for (char c : w)
    if (c >= 'a' && c <= 'z') return true;
  return false;
}

// The in= values of an entity_word entry as bits; false for an unknown one.
bool WordBits(std::string_view in, uint64_t* bits) {
  *bits = 0;
  for (absl::string_view n : absl::StrSplit(
           absl::string_view(in.data(), in.size()), '|', absl::SkipEmpty())) {
    const uint32_t cue = n == "article"            ? kWArticle
                         : n == "site_after"       ? kWSiteAfter
                         : n == "said_verb"        ? kWSaidVerb
                         : n == "said_person"      ? kWSaidPerson
                         : n == "party_possessive" ? kWPartyPossessive
                         : n == "brand_verb"       ? kWBrandVerb
                         : n == "elliptic_before"  ? kWEllipticBefore
                         : n == "reports_next"     ? kWReportsNext
                         : n == "it_adverb"        ? kWItAdverb
                         : n == "it_verb"          ? kWItVerb
                         : n == "place_after"      ? kWPlaceAfter
                         : n == "loc_after"        ? kWLocAfter
                         : n == "road_word"        ? kWRoadWord
                         : n == "irregular_plural" ? kWIrregularPlural
                         : n == "compass"          ? kWCompass
                         : n == "road_after"       ? kWRoadAfter
                         : n == "resident_after"   ? kWResidentAfter
                         : n == "premises_after"   ? kWPremisesAfter
                         : n == "home_before"      ? kWHomeBefore
                         : n == "premises_before"  ? kWPremisesBefore
                         : n == "person_of"        ? kWPersonOf
                         : n == "member_before"    ? kWMemberBefore
                         : n == "price_verb"       ? kWPriceVerb
                         : n == "index_after"      ? kWIndexAfter
                         : n == "club_verb"        ? kWClubVerb
                         : n == "person_noun"      ? kWPersonNoun
                         : n == "portfolio_title"  ? kWPortfolioTitle
                         : n == "portfolio_of"     ? kWPortfolioOf
                         : n == "portfolio_word"   ? kWPortfolioWord
                         : n == "product_after"    ? kWProductAfter
                         : n == "site_modifier"    ? kWSiteModifier
                                                   : WordBit{0};
    const uint64_t bit = cue != 0                   ? uint64_t{cue}
                         : n == "hyphen_suffix"     ? kWHyphenSuffix
                         : n == "hyphen_prefix"     ? kWHyphenPrefix
                         : n == "place_suffix"      ? kWPlaceSuffix
                         : n == "org_adjective"     ? kWOrgAdjective
                         : n == "state_body"        ? kWStateBody
                         : n == "goal_noun"         ? kWGoalNoun
                         : n == "headline_break"    ? kWHeadlineBreak
                         : n == "person_possession" ? kWPersonPossession
                         : n == "rating_cue"        ? kWRatingCue
                         : n == "date_before"       ? kWDateBefore
                         : n == "paper_cue"         ? kWPaperCue
                         : n == "auxiliary"         ? kWAuxiliary
                         : n == "told_on"           ? kWToldOn
                         : n == "listed_at"         ? kWListedAt
                         : n == "legislator"        ? kWLegislator
                         : n == "venue_word"        ? kWVenueWord
                         : n == "place_prep"        ? kWPlacePrep
                         : n == "place_opener"      ? kWPlaceOpener
                         : n == "site_opener"       ? kWSiteOpener
                         : n == "land_opener"       ? kWLandOpener
                         : n == "branch_word"       ? kWBranchWord
                         : n == "ship_prefix"       ? kWShipPrefix
                         : n == "eponym_noun"       ? kWEponymNoun
                         : n == "town"              ? kWTown
                         : n == "person_in"         ? kWPersonIn
                         : n == "the_place_prep"    ? kWThePlacePrep
                         : n == "club_before"       ? kWClubBefore
                         : n == "foreign_connector" ? kWForeignConnector
                         : n == "vote_word"         ? kWVoteWord
                         : n == "river_cue"         ? kWRiverCue
                         : n == "place_noun"        ? kWPlaceNoun
                         : n == "place_noun_next"   ? kWPlaceNounNext
                                                    : 0;
    if (bit == 0) return false;
    *bits |= bit;
  }
  return *bits != 0;
}

// The word lists of the rare rules below, constants in read-only data. (As
// initializer lists in the loops, GCC built each list's string_views on the
// stack at the top of the calling function, inlined into Run::Mark: some 230
// instructions over 22 cache lines of code, run for every document, and out
// of the instruction cache by then: cachegrind counted 22 I1 misses each.)
// Credit ratings' grades that read as acronyms or names (RatingGrade):
// Standard & Poor's and Fitch's in capitals, Moody's without the digit
// (with one they are not_name entries, "Baa2", but for A1-B3, whose
// shapes are roads' and products' too).
constexpr std::string_view kRatingGrades[] = {
    "AAA", "AA",  "BBB", "BB", "CCC", "CC", "Aaa", "Aa", "Baa",
    "Ba",  "Caa", "Ca",  "A1", "A2",  "A3", "B1",  "B2", "B3"};
// Words around a grade in a rating's story that names the grade without a
// rating's word in the same sentence: before it ("Cut were its senior debt
// to AA-minus from AA", "(middle BBB)", "affirmed at BB") and after it
// ("carries BB senior debt", "Caa debentures").
constexpr std::string_view kGradeBefore[] = {
    "to", "from", "at", "low", "middle", "high", "within", "into"};
constexpr std::string_view kGradeAfter[] = {
    "senior",    "subordinated", "debt",      "debentures",
    "preferred", "commercial",   "long-term", "short-term",
    "first",     "notes",        "bonds",     "paper",
    "from",      "to",           "-",         "/"};
// Lower-case particles that open a surname named without the given name:
// "van Schaik", "de Villiers", "bin Laden" (not "al", "el", "la": "al
// Qaeda"; not "y", "do").
constexpr std::string_view kSurnameParticles[] = {
    "van", "von",   "de",  "der", "den", "ter", "du",   "da",   "di",
    "del", "della", "bin", "ibn", "dos", "das", "dela", "delos"};
// Units and words after a share price's move ("fell 4.50 marks to 781").
constexpr std::string_view kPriceUnits[] = {
    "marks",  "pence",   "p",        "cents",    "francs",   "yen",
    "points", "pct",     "percent",  "%",        "to",       "at",
    "dlrs",   "dollars", "pounds",   "euros",    "lire",     "guilders",
    "crowns", "kronor",  "rand",     "pesos",    "rupees",   "baht",
    "won",    "ringgit", "pfennigs", "centimes", "centavos", "paise",
    "kobo",   "sen"};
// Words before a month that make it a date: "in May Britain".
constexpr std::string_view kDatePreps[] = {
    "in",     "on",    "since", "by",      "until", "till", "from", "of",
    "during", "last",  "next",  "early",   "late",  "mid",  "this", "through",
    "before", "after", "to",    "between", "and",   "or",   "for"};
// Days written as words after a month: "Pay April one".
constexpr std::string_view kDayWords[] = {"one",  "two", "three", "four",
                                          "five", "six", "seven", "eight",
                                          "nine", "ten"};
// (The lists of the rarest rules -- articles, site nouns, the words around
// "said", brand verbs, hyphen parts -- are data: lexicon type entity_word,
// read at Create into ItWords::cues as WordBit bits.)
// Short prefixes of a person's inner capital: MacArthur, VanDyke.
constexpr std::string_view kCamelNamePrefixes[] = {
    "Mac", "Van", "Von", "Fitz", "Des", "Del", "Dal", "Der", "Den", "Dos",
    "Das", "San", "Los", "Las",  "Rae", "Mae", "Lou", "Ann", "Kay", "Joy",
    "Lee", "Ray", "Jon", "Jan",  "Ben", "Abu", "Ibn", "Bin", "Kwa"};

// The words that end ItsAfter's window.
constexpr std::array<std::string_view, 15> kItsStops = {
    "as",   "to",     "of",   "for",  "in",  "on", "at", "by",
    "with", "within", "from", "into", "and", "or", "but"};

class Run {
 public:
  Run(std::string_view text, const TokenStream& ts,
      const std::vector<uint32_t>& word_ids, const std::vector<EntryInfo>& info,
      const std::vector<uint8_t>& roles, const EntryBrief* brief,
      const EntityRecognizer::WordMarks* word_marks, const uint32_t* word_heads,
      uint32_t marks_stride, const EntityRecognizer::ItsWords* its_words,
      const EntityRecognizer::ItWords* it_words, bool fast_paths, Scratch* s)
      : text_(text),
        ts_(ts),
        ids_(word_ids.data()),
        info_(info),
        roles_(roles),
        brief_(brief),
        word_marks_(word_marks),
        word_heads_(word_heads),
        its_words_(its_words),
        it_words_(it_words),
        s_(*s),
        fast_paths_(fast_paths),
        toks_(ts.tokens.data()),
        state_(s->state.data()),
        overrides_(s->overrides.data()),
        n_(static_cast<uint32_t>(ts.size())),
        facts_(s->facts.data()),
        cues_(it_words->cues.data()) {
    for (uint32_t c = 0; c < 4; ++c)
      planes_[c] = word_marks + c * size_t{marks_stride};
  }

  void Mark(const std::vector<LexiconMatch>& phrases,
            const std::vector<Quantity>& quantities);
  void MarkLines();  // after Mark: headings, all-caps lines, rows, datelines
  // [a, lead) are the name words that open line [a, b).
  bool MarkRow(uint32_t a, uint32_t b, uint32_t lead);
  // (at_venue: the line opens with "At <venue> :", lead at the colon.)
  [[gnu::noinline]] bool MarkFixture(uint32_t a, uint32_t b, uint32_t lead,
                                     bool at_venue);
  // The end of the name words from k, before line end b, a known name read
  // whole ("Gimnasia y Esgrima"): a results row's or scorers' line's side.
  uint32_t NameRunEnd(uint32_t k, uint32_t b) const {
    while (k < b && NameWord(k)) {
      const uint32_t known = EntEnd(k);
      k = known > k + 1 && known <= b ? known : k + 1;
    }
    return k;
  }
  // A scorers' line: a label and a colon, then sides each before a dash
  // and the players who scored with their minutes (MarkLines).
  [[gnu::noinline]] bool MarkScorers(uint32_t a, uint32_t b);
  uint32_t ScorerBracket(uint32_t k, uint32_t b) const;
  uint32_t InningsBracket(uint32_t k, uint32_t b) const;
  // Lists the innings brackets of line [a, b) (MarkLines; out of line).
  [[gnu::noinline]] void MarkInnings(uint32_t a, uint32_t b);
  // [a, e): the first (up to four) name words of the line; all_upper: all
  // caps.
  void MarkDateline(uint32_t a, uint32_t b, uint32_t e, bool all_upper);
  // The token after a wire's credit in brackets opening at token k, one to
  // three capitalized words before the line's end b ("(AAP)", "(Cook
  // Islands News)"); k if none opens there.
  uint32_t AfterWireCredit(uint32_t k, uint32_t b) const {
    if (k >= b || text_[tok(k).span.begin] != '(') return k;
    uint32_t x = k + 1;
    while (x < b && x < k + 4 && tok(x).kind == TokenKind::kWord &&
           tok(x).has(kCapitalized))
      ++x;
    return x > k + 1 && x < b && text_[tok(x).span.begin] == ')' ? x + 1 : k;
  }
  void FindRuns();
  // Firms named by their domains, s_.domains (FindRuns).
  [[gnu::cold, gnu::noinline]] void AddDomainFirms();
  void FindAcronyms();
  // The first token of the words before token e whose initials spell the
  // acronym at token acr ("Campaign for Nuclear Disarmament" before
  // "(CND)"), skipping lower-case function words; kNone if none do.
  uint32_t ExpansionStart(uint32_t e, uint32_t acr) const;
  // The acronym at acr's letters, in order, open capitalized words of
  // [b, e), the first at the first such word ("NICE" of "National Institute
  // for Health and Care Excellence").
  bool SpellsLoosely(uint32_t b, uint32_t e, uint32_t acr) const;
  void MatchHeadings();
  // Drops the candidates a no_entity entry names: a one-word candidate that
  // is such a word in its case ("the PC", "Windows"), and any inside a
  // phrase's match ("Federal" of "Federal funds").
  [[gnu::noinline]] void DropNoEntity();
  // Token b has a credit rating grade's shape ("BBB", "Aaa": kRatingGrades),
  // and is one in a sentence with a rating's word (in=rating_cue).
  // Else one beside a debt's word or a grade's preposition in a document
  // with a rating's word.
  bool RatingGradeShape(uint32_t b) const;
  bool RatingGrade(uint32_t b);
  // The word at b spells the document's first dateline's town of one word.
  [[gnu::cold, gnu::noinline]] bool DatelineTown(uint32_t b);
  // A cheap first test of RatingGradeShape for the one-word rules (two or
  // three bytes, A-C then A-C, a or a digit): sets maybe_grade_.
  [[gnu::always_inline]] void GradeHint(uint32_t b) {
    const Token& t = tok(b);
    const uint32_t c0 = static_cast<unsigned char>(text_[t.span.begin]);
    const uint32_t c1 = static_cast<unsigned char>(text_[t.span.begin + 1]);
    maybe_grade_ |= t.span.size() - 2u <= 1u && c0 - 'A' <= 2u &&
                    (c1 - 'A' <= 2u || c1 == 'a' || c1 - '1' <= 2u);
  }
  bool maybe_grade_ = false;
  // Token b is a lawmaker's party and state after a bracket or a comma:
  // "(D-Ill.)", ", R-Texas,".
  bool PartyStateTag(uint32_t b) const;
  // Tokens i (a known place ending at "and", token j) and j + 1 (a second
  // known place of the same rank) open a body's name: an organization head
  // follows the second place within three name words ("England and Wales
  // Cricket Board").
  [[gnu::cold, gnu::noinline]] bool PlaceAndPlaceBody(uint32_t i,
                                                      uint32_t j) const;
  // After "the", tokens [i, j) a known place (no country) or a listed town,
  // after a compass word or not, "and" at j, and a name of up to six words
  // ending in a body's heads, whose other words are places, towns, compass
  // words, words no entry knows or a body's acronym: one body ("the Torbay
  // and South Devon NHS Foundation Trust", "the Shrewsbury and Telford
  // Hospital NHS Trust"). Its end, or 0.
  [[gnu::cold, gnu::noinline]] uint32_t ThePlaceAndBody(uint32_t i,
                                                        uint32_t j) const;
  int8_t rating_document_ = -1;  // RatingGrade: a rating's word anywhere
  // DatelineTown: the first token of the document's first dateline, n_ if
  // none (kNone: not looked for yet).
  uint32_t dateline_tok_ = kNone;
  // std::stable_sort of s_.cands by begin, mostly by SortByBegin.
  void StableSortByBegin();
  // (Templates only so that the tagger's path (Tagged) has copies of its
  // own, kPass 1: the rules' path keeps the one call of each, kPass 0,
  // which GCC inlines into Recognize.)
  template <int kPass = 0>
  void Chain();
  template <int kPass = 0>
  void Emit(std::vector<Entity>* out);
  // Chain and Emit with a trained tagger (Options::entity_model_file): the
  // rules' entities and the tokens' lexicon facts go to the tagger, whose
  // spans replace the rules' candidates before Chain and Emit run again on
  // them. While the tagger only records (training), the rules' entities are
  // the output.
  [[gnu::noinline]] void Tagged(const NameTagger& tagger,
                                std::vector<Entity>* out);

 private:
  [[gnu::always_inline]] const Token& tok(uint32_t i) const { return toks_[i]; }
  // The bytes of a span of text_ (no bounds check: spans lie in the text,
  // unlike substr, which tests and may throw).
  [[gnu::always_inline]] std::string_view Bytes(const Span& s) const {
    return std::string_view(text_.data() + s.begin, s.end - s.begin);
  }
  // The per-word table entry of token i: its word id in its case class
  // (Token::flags & 3); unknown words read each plane's last entry, which
  // marks nothing.
  // (Entry w + 1 of its plane; kNoWord + 1 wraps to entry 0, which marks
  // nothing.)
  // Token i's entity_word bits (WordBit; none for an unknown word).
  uint32_t Cue(uint32_t i) const { return cues_[ids_[i] + 1]; }
  // No lexicon knows token i's form (an entity_word entry aside: kWCueOnly).
  bool Unknown(uint32_t i) const {
    return ids_[i] == kNoWord || (Cue(i) & kWCueOnly) != 0;
  }
  // No one-word entity entry, head, title or per-word role marks the word
  // (it may sit inside a longer lexicon name: "Warner" of "Time Warner").
  bool NoEntityWord(uint32_t i) const {
    const EntityRecognizer::WordMarks& m = Marks(i);
    constexpr uint32_t kRoles = kTableBits | EntityRecognizer::kHasHead |
                                (3u << EntityRecognizer::kTitleShift);
    return (m.bits & kRoles) == 0 && m.entity == kNone;
  }
  [[gnu::always_inline]] const EntityRecognizer::WordMarks& Marks(
      uint32_t i) const {
    return planes_[tok(i).flags & 3u][uint32_t{ids_[i] + 1}];
  }
  [[gnu::always_inline]] uint32_t TableBits(uint32_t i) const {
    return Marks(i).bits & kTableBits;
  }
  [[gnu::always_inline]] uint32_t Bits(uint32_t i) const {
    return state_[i].bits | TableBits(i);
  }
  // kBInitial is asked through Initial().
  // (No short cut between the two words: which one holds the bit is
  // unpredictable, and a mispredicted branch costs more than the load.)
  [[gnu::always_inline]] bool Has(uint32_t i, uint32_t b) const {
    if ((b & kTableBits) == 0) return (state_[i].bits & b) != 0;
    return ((state_[i].bits | (Marks(i).bits & kTableBits)) & b) != 0;
  }
  // (Inline: the common answers -- a marked start, or a word right before
  // -- without a call; InitialWalk walks back over non-words.)
  [[gnu::always_inline]] bool Initial(uint32_t i) const {
    if ((state_[i].bits & kBInitial) != 0) return true;
    if (i == 0 || (tok(i).flags & (kSentenceInitial | kLineStart)) != 0)
      return true;
    if (tok(i - 1).kind == TokenKind::kWord) return false;  // not a colon
    return InitialWalk(i);
  }
  bool InitialWalk(uint32_t i) const;
  void Set(uint32_t i, uint32_t b) { state_[i].bits |= b; }
  Override& Over(uint32_t i) {
    if (state_[i].over == 0) {
      state_[i].over = static_cast<uint32_t>(s_.overrides.size());
      s_.overrides.emplace_back();
      overrides_ = s_.overrides.data();
    }
    return s_.overrides[state_[i].over];
  }
  // Token i's override, the empty one (entry 0) if it has none.
  [[gnu::always_inline]] const Override& FindOver(uint32_t i) const {
    return overrides_[state_[i].over];
  }
  // The longest entity name starting at token i: its end (0 if none) and
  // its entry. (Both sources read, then one select: whether a token has an
  // override is unpredictable.)
  [[gnu::always_inline]] uint32_t EntEnd(uint32_t i) const {
    const Override& o = FindOver(i);
    const uint32_t word = Marks(i).entity != kNone ? i + 1 : 0;
    return o.ent_end != 0 ? o.ent_end : word;
  }
  [[gnu::always_inline]] uint32_t EntEntry(uint32_t i) const {
    const Override& o = FindOver(i);
    const uint32_t word = Marks(i).entity;
    return o.ent_end != 0 ? o.ent_entry : word;
  }
  // The longest title (head or honorific) starting at token i.
  [[gnu::always_inline]] uint32_t TitleEnd(uint32_t i) const {
    const Override& o = FindOver(i);
    const uint32_t word =
        (Marks(i).bits >> EntityRecognizer::kTitleShift) != 0 ? i + 1 : 0;
    return o.title_end != 0 ? o.title_end : word;
  }
  [[gnu::always_inline]] bool TitleHonorific(uint32_t i) const {
    const Override& o = FindOver(i);
    const bool word = (Marks(i).bits >> EntityRecognizer::kTitleShift) == 2;
    return o.title_end != 0 ? o.title_honorific : word;
  }
  // The entity_head entry of token i, or kNone.
  [[gnu::always_inline]] uint32_t HeadEntry(uint32_t i) const {
    const Override& o = FindOver(i);
    if (o.head_set) return o.head;
    const EntityRecognizer::WordMarks& m = Marks(i);
    return (m.bits & EntityRecognizer::kHasHead) != 0
               ? word_heads_[&m - word_marks_]
               : kNone;
  }
  // A plural common noun (not_name noun=1) at b opens the body's name
  // [b, e), which ends in an ORG's head: "Farmers Export Co.", "Workers
  // Party". (FindRuns takes the noun into a run; ClassifyRules keeps it.)
  [[gnu::noinline]] bool NounOpensBody(uint32_t b, uint32_t e) const {
    return b + 1 < e && Has(b, kBNoun) && HasHead(e - 1) &&
           brief_[HeadEntry(e - 1)].type == EntityType::kOrg;
  }
  // The one word at b is a body's adjective (in=org_adjective) before a
  // lower-case word: "the Federal highway program", "Industrial production"
  // name a body only as a mention of one the text names in full ("Allied
  // Stores Corp ... Allied shareholders"). (Before a reporting verb or an
  // auxiliary or a past tense it is a body's short name, "the National
  // said", "Central was", "Amalgamated merged"; before "and", "or" or "of"
  // it may open a list or a name: "Global and Flumar".)
  // (Inline, the test most words fail: a word no lexicon knows has the
  // highest id, past the list's range.)
  [[gnu::always_inline]] bool AdjectiveAlone(uint32_t b) const {
    const std::vector<uint32_t>& adj = it_words_->org_adjectives;
    return !adj.empty() && ids_[b] >= adj.front() && ids_[b] <= adj.back() &&
           AdjectiveAloneAt(b);
  }
  [[gnu::noinline]] bool AdjectiveAloneAt(uint32_t b) const {
    if (!Listed(it_words_->org_adjectives, b)) return false;
    const uint32_t e = b + 1;
    return e < n_ && tok(e).kind == TokenKind::kWord &&
           !tok(e).has(kCapitalized) &&
           (Cue(e) & (kWSaidVerb | kWBrandVerb | kWItVerb)) == 0 &&
           !IsAndOr(e) && ts_.norm(e) != "of"sv && !PastTense(e) &&
           !Listed(it_words_->auxiliaries, e);
  }
  // Token k is a lower-case word ending in "ed" ("merged", "furnished"):
  // most such words after a name are its verb.
  bool PastTense(uint32_t k) const {
    const std::string_view w = ts_.norm(k);
    return w.size() > 4 && w.substr(w.size() - 2) == "ed"sv;
  }
  // A token of [b, e) after the first starts a line.
  bool LineInside(uint32_t b, uint32_t e) const {
    for (uint32_t k = b + 1; k < e; ++k)
      if (tok(k).has(kLineStart)) return true;
    return false;
  }
  // Token i starts a sentence or a line: no name runs on into it. (A line
  // start is the tokenizer's kLineStart, set exactly when line breaks
  // precede the token: TokenStream::newlines_before, not read here.)
  [[gnu::always_inline]] bool Breaks(uint32_t i) const {
    return (tok(i).flags & (kSentenceInitial | kLineStart)) != 0;
  }
  [[gnu::always_inline]] bool Cap(uint32_t i) const {
    return (state_[i].bits & kBCap) != 0;
  }
  // The accessors above in one: each source read once. The word's table
  // entry fills every field; an override (a phrase starts at the token)
  // replaces some after one branch. (Selecting each field from both sources
  // cost more instructions and, over a run's tokens, more mispredictions:
  // cachegrind's branch simulation, 1,000 BBC documents.)
  // HeadEntry(i) != kNone, without the entry: the table entry's flag,
  // unless a head phrase starts at i (whose entry is never kNone). The
  // override is read only when there is one.
  [[gnu::always_inline]] bool HasHead(uint32_t i) const {
    const Scratch::TokenState st = state_[i];
    if (__builtin_expect(st.over != 0, 0) && overrides_[st.over].head_set)
      return true;
    return (Marks(i).bits & EntityRecognizer::kHasHead) != 0;
  }
  [[gnu::always_inline]] Fact MakeFact(uint32_t i) const {
    const Scratch::TokenState st = state_[i];
    const EntityRecognizer::WordMarks& m = Marks(i);
    Fact f;
    f.bits = st.bits | (m.bits & (kTableBits | kFactHead));
    f.ent_end = m.entity != kNone ? i + 1 : 0;
    f.ent_entry = m.entity;
    f.title_end = (m.bits >> EntityRecognizer::kTitleShift) != 0 ? i + 1 : 0;
    if (__builtin_expect(st.over != 0, 0)) {
      const Override& o = overrides_[st.over];
      if (o.ent_end != 0) {
        f.ent_end = o.ent_end;
        f.ent_entry = o.ent_entry;
      }
      if (o.title_end != 0) f.title_end = o.title_end;
      if (o.head_set) f.bits |= kFactHead;  // (a head entry is never kNone)
    }
    return f;
  }
  // The window of facts: tokens [k, *end) for the k it was opened at, each
  // in its token's slot of facts_. (Its end is FindRuns' local: as a member
  // of Run it cost 0.1 M instructions more over 1,000 BBC documents, the
  // member loaded and stored around the facts written.) Opens a window at
  // token k (whose fact is `f`).
  [[gnu::always_inline]] void OpenFacts(uint32_t k, const Fact& f,
                                        uint32_t* end) const {
    facts_[k] = f;
    *end = k + 1;
  }
  // Extends the window up to token k (k < n_).
  [[gnu::always_inline]] void FactsTo(uint32_t k, uint32_t* end) const {
    uint32_t at = *end;
    for (; at <= k; ++at) facts_[at] = MakeFact(at);
    *end = at;
  }
  // Token k's fact; k lies in the window.
  [[gnu::always_inline]] const Fact& F(uint32_t k) const { return facts_[k]; }
  // A key of token i's folded form: its word id when the lexicon knows the
  // form (one id per form, no hashing), else its hash (TokenStream::
  // FormHash32: the tokenizer's, kept for capitalized words) with the top
  // bit set, so the two kinds of keys never meet. Equal forms, equal keys.
  [[gnu::always_inline]] uint64_t NormKey(uint32_t i) const {
    const uint32_t w = ids_[i];
    if (w != kNoWord) return w;
    return ts_.FormHash32(i) | (uint64_t{1} << 63);
  }

  // Token i is the symbol '&' ("Procter & Gamble", "AT&T").
  bool IsAmpersand(uint32_t i) const {
    const Token& t = tok(i);
    return t.kind == TokenKind::kSymbol && t.span.size() == 1 &&
           text_[t.span.begin] == '&';
  }
  // Tokens [b, e) are written with nothing between them.
  bool Glued(uint32_t b, uint32_t e) const {
    for (uint32_t k = b + 1; k < e; ++k)
      if (tok(k).span.begin != tok(k - 1).span.end) return false;
    return true;
  }
  // Token i is a symbol inside a glued head phrase ("A/S"), between two
  // words of it (Mark gives the head to each of its tokens).
  bool SymbolInHead(uint32_t i) const {
    return tok(i).kind == TokenKind::kSymbol && i + 1 < n_ && i > 0 &&
           HasHead(i) && NameWord(i - 1) && NameWord(i + 1) &&
           HeadEntry(i + 1) == HeadEntry(i);
  }
  // Tokens k, k + 1, k + 2 are a number, '-' and a number, glued: a score
  // or a range ("24-17"); with `short_numbers`, of three bytes each at most.
  bool NumberDashNumber(uint32_t k, bool short_numbers) const {
    return k + 2 < n_ && tok(k).kind == TokenKind::kNumber &&
           tok(k + 2).kind == TokenKind::kNumber &&
           (!short_numbers ||
            (tok(k).span.size() <= 3 && tok(k + 2).span.size() <= 3)) &&
           tok(k + 1).span.begin == tok(k).span.end &&
           tok(k + 2).span.begin == tok(k + 1).span.end &&
           text_[tok(k + 1).span.begin] == '-';
  }
  // The end of up to four name words from k that no sentence or line start
  // breaks (k itself if there are none): FindRuns asks whether the last is
  // a head's, a second name of its own.
  uint32_t NameWordsEnd(uint32_t k) const {
    uint32_t h = k;
    while (h < n_ && h < k + 4 && NameWord(h) && !Breaks(h)) ++h;
    return h;
  }
  // One to four name words from k, the last a head's: "Tarvik Wharf".
  bool HeadedNameAt(uint32_t k) const {
    const uint32_t h = NameWordsEnd(k);
    return h > k && HasHead(h - 1);
  }
  // The number token k is a fraction or opens one: "3/4" in a price,
  // "35-3/4" (no score).
  bool FractionAt(uint32_t k) const {
    return Bytes(tok(k).span).find('/') != std::string_view::npos ||
           (k + 1 < n_ && tok(k + 1).span.begin == tok(k).span.end &&
            text_[tok(k + 1).span.begin] == '/');
  }
  // Tokens from k are a bowler's analysis, four numbers joined by '-'
  // ("12-3-31-0": overs, maidens, runs, wickets): never a score. (No
  // fraction, and nothing glued after: not a grain price's range,
  // "526-3/4-527-3/4".)
  bool BowlingFigures(uint32_t k) const {
    if (!(NumberDashNumber(k, true) && NumberDashNumber(k + 2, true) &&
          NumberDashNumber(k + 4, true)))
      return false;
    for (uint32_t j = k; j <= k + 6; j += 2) {
      if (Bytes(tok(j).span).find('/') != std::string_view::npos) return false;
    }
    return k + 7 >= n_ || tok(k + 7).span.begin != tok(k + 6).span.end ||
           IsComma(k + 7);
  }
  // The number token i - 1 runs on, glued, into '-' and another number: a
  // score or a range ("24-17"), of which it is only half.
  bool NumberRunsOn(uint32_t i) const { return NumberDashNumber(i - 1, false); }
  // ", which" after token e - 1: a firm's relative clause (a person takes
  // "who").
  bool WhichAfter(uint32_t e) const {
    return e + 1 < n_ && IsComma(e) && ts_.norm(e + 1) == "which";
  }
  // "Hylke van der Meulen, who runs a cafe": a firm would take "which".
  bool WhoAfter(uint32_t e) const {
    return e + 1 < n_ && IsComma(e) && ts_.norm(e + 1) == "who";
  }
  // Token i is glued to an '&' glued to the next word: "AT&T", "P&O":
  // a common word ("AT", "OR") opens such a name like any other.
  bool AmpersandGlued(uint32_t i) const {
    return i + 2 < n_ && IsAmpersand(i + 1) &&
           tok(i + 1).span.begin == tok(i).span.end &&
           tok(i + 2).span.begin == tok(i + 1).span.end;
  }
  [[gnu::always_inline]] bool NameWord(uint32_t i) const {
    return (state_[i].bits & kBNameWord) != 0;
  }
  bool CaseOk(const EntryInfo& e, uint32_t begin, uint32_t len) const;
  // Adds the candidates of run [b, e), in text order and apart (FindAcronyms
  // takes the runs' candidates as sorted without looking). The commonest
  // shape first, inline at the call: one capitalized word no entry touches
  // (OneUnknownWord); else the general rules, ClassifyRules. (So the fast
  // path's runs, a third of all, never enter ClassifyRules, whose frame --
  // six saved registers, a large stack frame -- costs some 25 instructions
  // a call.)
  // Then a given name and one unknown word ("Grace Okafor": GivenAndSurname).
  // The next commonest, a lexicon name that is the whole run ("Reuters",
  // "European Union"), not in a results row, goes to LexiconName at once:
  // every rule ClassifyRules asks before that one is about a run that no
  // name starts at, or about a row's team.
  [[gnu::always_inline]] void Classify(uint32_t b, uint32_t e, bool weak) {
    const Fact& fb = facts_[b];
    if (e == b + 1 && UnknownWordFact(fb) && !weak && fast_paths_ &&
        OneUnknownWord(b))
      return;
    if (e == b + 2 && GivenNameFact(fb) && UnknownWordFact(facts_[b + 1]) &&
        !weak && fast_paths_ && GivenAndSurname(b))
      return;
    if (fb.ent_end == e && (fb.bits & kBTeam) == 0 && fast_paths_) {
      LexiconName(b, e, fb.ent_entry);
      return;
    }
    ClassifyRules(b, e, weak);
  }
  void ClassifyRules(uint32_t b, uint32_t e, bool weak);
  // Adds run [b, e), the lexicon's name `entry` exactly: its type, or an
  // ORG for a city as a club or a party's members as the party.
  [[gnu::noinline]] void LexiconName(uint32_t b, uint32_t e, uint32_t entry);
  // Classify(b, b + 1, false) for the commonest run, when its answer can be
  // proved from the word's fact and a few tests of its neighbours: one
  // capitalized word no entry, phrase or mark touches ("Okafor",
  // "Vingroup"), between words that hold nothing the unknown-name rules
  // look for. Then every rule before the one-word cascade says no, and so
  // do the cascade's person and place answers; its other answers agree:
  // opening a sentence, a name kept only if the text names it again
  // (PERSON), else an ORG guess; an acronym ("ZRV") the cascade's first
  // answer, an ORG. Returns false, having added nothing, when
  // some rule may apply (Classify decides).
  // (Classify asks UnknownWordFact first, inline.)
  [[gnu::noinline]] bool OneUnknownWord(uint32_t b);
  // The bits of a fact the fast paths' shapes fix: the word's own marks.
  static constexpr uint32_t kOwnMarks = kTableBits | kFactHead | kBTeam |
                                        kBDateline | kBTitlePhraseEnd |
                                        kBWeakLine | kBShouting | kBCap;
  // Fact f is a capitalized word's with no entry, title or head of its
  // own, no phrase starting or ending at it, no row, dateline or heading
  // mark.
  static bool UnknownWordFact(const Fact& f) {
    return ((f.bits & kOwnMarks) == kBCap) & ((f.ent_end | f.title_end) == 0);
  }
  // The same, but a given name the lexicon marks as nothing else.
  static bool GivenNameFact(const Fact& f) {
    return ((f.bits & kOwnMarks) == (kBCap | kBGiven)) &
           ((f.ent_end | f.title_end) == 0);
  }
  // Classify(b, b + 2, false) for the next commonest run: a given name
  // (GivenNameFact) and one unknown word (UnknownWordFact), "Grace Okafor".
  // Every rule of ClassifyRules before its unknown-name cascade says no to
  // that shape but those about its neighbours, and the cascade's answer is
  // a person (the given name) unless one of them applies: tested here, as
  // loosely as is cheap. Returns false, having added nothing, when some
  // rule may apply (ClassifyRules decides).
  [[gnu::noinline]] bool GivenAndSurname(uint32_t b);
  // Token k is the word "and" or "or" (by its bytes: lower case).
  [[gnu::always_inline]] bool IsAndOr(uint32_t k) const {
    const std::string_view w = Bytes(tok(k).span);
    return (w.size() == 3 || w.size() == 2) && (w == "and" || w == "or");
  }
  // The last candidate is a place ending right before token k
  // (PlaceConjunct: "Lincolnshire and Norfolk").
  // The candidate added last is a person's name ending at k.
  bool PersonEndsBefore(uint32_t k) const {
    const size_t n = s_.cands.size();
    return n != 0 && s_.cands.data()[n - 1].e == k &&
           s_.cands.data()[n - 1].type == EntityType::kPerson;
  }
  // "fast bowler Hamish Reid of Canterbury", "winger Dean Hurst of St
  // George": "of" before token b follows a person whose title ends in a
  // sports role (entity_context role=team_title): the name after it is the
  // player's club or side.
  bool PlayerOfBefore(uint32_t b) const {
    if (b < 2 || ids_[b - 1] != it_words_->of_word || !PersonEndsBefore(b - 1))
      return false;
    const Candidate& c = s_.cands.data()[s_.cands.size() - 1];
    return c.te > c.tb && Has(c.te - 1, kBTeamTitle);
  }
  // "fans of Porto", "played rugby league for Parramatta": a word of
  // in=club_before before "of" or "for" right before token b (up to two
  // lower-case words between: a sport's name). ("plays Paris" is a concert.)
  bool ClubWordBefore(uint32_t b) const {
    if (b < 2 ||
        ((ids_[b - 1] != it_words_->of_word || it_words_->of_word == kNoWord) &&
         (ids_[b - 1] != it_words_->for_word ||
          it_words_->for_word == kNoWord)))
      return false;
    for (uint32_t k = b - 2; k + 5 > b; --k) {
      if (Listed(it_words_->club_befores, k)) return true;
      if (k == 0 || tok(k).kind != TokenKind::kWord || tok(k).has(kCapitalized))
        return false;
    }
    return false;
  }
  // "in Ipswich and" before token b: the last candidate, a place, ends at
  // "and" or "or" right before b and follows a place's context word.
  bool PlaceInContextBefore(uint32_t b) const {
    if (b < 2 || !IsAndOr(b - 1) || !PlaceEndsBefore(b - 1)) return false;
    const Candidate& c = s_.cands.data()[s_.cands.size() - 1];
    // (Or a bare preposition of place: "bookings from Cork and Shannon".)
    return c.b > 0 && (Has(c.b - 1, kBPlaceBefore) ||
                       Listed(it_words_->place_preps, c.b - 1));
  }
  bool PlaceEndsBefore(uint32_t k) const {
    const size_t n = s_.cands.size();
    if (n == 0) return false;
    const Candidate& c = s_.cands.data()[n - 1];
    return c.e == k &&
           (c.type == EntityType::kGpe || c.type == EntityType::kLoc);
  }
  // `before_title_end` is TitleEnd(b - 1) (0 when b == 0).
  // (Inline: with no title phrase ending at b, only a title at b - 1 can,
  // which before_title_end tells; else TitleBeforeScan.)
  [[gnu::always_inline]] uint32_t TitleBefore(uint32_t b,
                                              uint32_t before_title_end,
                                              uint32_t* tb) const {
    if ((state_[b].bits & kBTitlePhraseEnd) == 0 && before_title_end != b)
      return 0;
    return TitleBeforeScan(b, before_title_end, tb);
  }
  uint32_t TitleBeforeScan(uint32_t b, uint32_t before_title_end,
                           uint32_t* tb) const;
  // ", a Mersin-based company": the comma tested here, inline (most names
  // are followed by none), the appositive in OrgAppositiveAt.
  // (`b`: the name's first token; a place's word before it, "near", makes
  // ", the company said" a reporting clause, no appositive.)
  [[gnu::always_inline]] bool OrgAppositive(uint32_t b, uint32_t e) const {
    return e + 2 < n_ && OpensWithComma(e) && OrgAppositiveAt(b, e);
  }
  bool OrgAppositiveAt(uint32_t b, uint32_t e) const;
  bool PlaceAppositiveAt(uint32_t e) const;
  // [b, e) is two words or more ending in a capitalized, not all-caps "Act"
  // or "Tax" (a law's or a tax's name: "Corporation Tax", "Council Tax"),
  // or "Bill" after no given name (a bill's: "the Gambling Bill"; not
  // "Buffalo Bill"... a nickname after a given name, "Wild Bill").
  bool LawName(uint32_t b, uint32_t e) const {
    const size_t size = tok(e - 1).span.size();
    if (e < b + 2 || (size != 3 && size != 4 && size != 5) ||
        tok(e - 1).has(kAllCaps))
      return false;
    const std::string_view w = ts_.norm(e - 1);
    // (So does a market's or a price index's: "the Hang Seng Index", "the
    // Korea Composite Stock Price Index".)
    if (size == 5) return w == "index"sv;
    if (size == 4) return w == "bill"sv && !Has(e - 2, kBGiven);
    return w == "act"sv || w == "tax"sv;
  }
  // `at_e` is token e's fact (e < n_).
  // (Inline: no title or title modifier at e, the usual case, is no
  // affiliation; else AffiliationTitle.)
  [[gnu::always_inline]] bool AffiliationBefore(uint32_t e,
                                                const Fact& at_e) const {
    if (e >= n_ || ((at_e.bits & kBMod) == 0 && at_e.title_end == 0))
      return false;
    return AffiliationTitle(e, at_e);
  }
  bool AffiliationTitle(uint32_t e, const Fact& at_e) const;
  // (Inline: no result verb either side, the usual case; else TeamScore.)
  // (Or ", who" and a result verb after it: "Monaco, who beat Lens 3-1,".)
  [[gnu::always_inline]] bool TeamContext(uint32_t b, uint32_t e) const {
    if (!((b > 0 && Has(b - 1, kBTeamVerb)) ||
          (e < n_ && (Has(e, kBTeamVerb) || WhoThenTeamVerb(e)))))
      return false;
    return TeamScore(b, e);
  }
  bool WhoThenTeamVerb(uint32_t e) const {
    return e + 2 < n_ && IsComma(e) && ts_.norm(e + 1) == "who" &&
           Has(e + 2, kBTeamVerb);
  }
  bool TeamScore(uint32_t b, uint32_t e) const;
  [[gnu::noinline]] bool ClubMatch(uint32_t b, uint32_t e) const;
  bool SetScores(uint32_t b, uint32_t e);
  void SentenceAround(uint32_t b, uint32_t e, uint32_t* lo, uint32_t* hi) const;
  // Tokens [b, e), one or two capitalized words before "State": no entry,
  // title or head marks them, or a place's name (no country's) spans them.
  bool StateName(uint32_t b, uint32_t e) const;
  // A cricket scorecard's fielder and bowler: "c Stewart b Cork", "st Rao".
  // (Inline: Classify asks of most names, and most follow a capitalized
  // word, punctuation or a line break.)
  [[gnu::always_inline]] bool ScorecardPlayer(uint32_t b) const {
    if (b == 0 || tok(b - 1).kind != TokenKind::kWord ||
        tok(b - 1).has(kCapitalized) || ts_.newlines_before[b] != 0)
      return false;
    const std::string_view w = Bytes(tok(b - 1).span);
    return w == "b" || w == "c" || w == "st";
  }
  bool GluedInBrackets(uint32_t b, uint32_t e, std::string_view open,
                       std::string_view close, std::string_view* in) const;
  bool BracketTicker(uint32_t b, uint32_t e) const;
  // (Glued to what is before it, as few names are: the bracket or the
  // symbol's stop; AngleTickerGlued tests the rest.)
  [[gnu::always_inline]] bool AngleTicker(uint32_t b, uint32_t e) const {
    return b != 0 && !tok(b).has(kSpaceBefore) && AngleTickerGlued(b, e);
  }
  bool AngleTickerGlued(uint32_t b, uint32_t e) const;
  bool ExchangeTicker(uint32_t b, uint32_t e) const;
  // A plural verb (entity_word in=club_verb) right after a one-word name
  // that is no plural itself (no final 's': "Protesters have"; no listed
  // irregular plural: "Data are"; no participle of an inverted passive:
  // "Affirmed were its senior debt", "Raised were ...").
  bool ClubVerbAfter(uint32_t b, uint32_t e) const {
    if (!ClubVerbAt(e)) return false;
    const std::string_view w = ts_.norm(b);
    return w.back() != 's' && (Cue(b) & kWIrregularPlural) == 0 &&
           !(w.size() >= 5 && w.substr(w.size() - 2) == "ed");
  }
  bool ClubVerbAt(uint32_t e) const {
    return e < n_ && tok(e).kind == TokenKind::kWord &&
           !tok(e).has(kCapitalized) && (Cue(e) & kWClubVerb) != 0;
  }
  // Token j is an 's after a title, before an organization's head.
  bool TitlePossessive(uint32_t j) const {
    const std::string_view w = ts_.norm(j);
    if (w != "'s" && w != "\xe2\x80\x99s") return false;
    const uint32_t h = HeadEntry(j + 1);
    return h != kNone && brief_[h].type == EntityType::kOrg &&
           tok(j + 1).has(kCapitalized);
  }
  // Town c (a lexicon town, no country, not after a place's context word:
  // "fans in Leeds") and h a club of one word more whose first words are
  // c's (Chain checked that) and whose last is a club's head: "Leeds" for
  // "Leeds United", "Boston" for "Boston Celtics".
  bool TownOfClub(const Candidate& c, const Candidate& h) const {
    const uint32_t cl = c.e - c.b;
    if (cl + 1 != h.e - h.b || c.entry == kNone) return false;
    const EntryBrief& town = brief_[c.entry];
    const uint32_t head = HeadEntry(h.b + cl);
    return town.type == EntityType::kGpe && !town.country && head != kNone &&
           brief_[head].club && !(c.b > 0 && Has(c.b - 1, kBPlaceBefore));
  }
  // A town's lexicon mention typed by the words beside it: a place after
  // "in", "near" (GPE), a club before a sports role (ORG).
  bool OwnClubEvidence(const Candidate& c) const {
    if (c.type == EntityType::kGpe)
      return c.b > 0 && Has(c.b - 1, kBPlaceBefore) &&
             (!tok(c.b - 1).has(kCapitalized) ||
              tok(c.b - 1).has(kSentenceInitial));  // ("In Sion, ...")
    return c.type == EntityType::kOrg && c.e < n_ && Has(c.e, kBTeamTitle) &&
           !tok(c.e).has(kCapitalized);
  }
  // A town and the club named after it (the chain's head h): a mention its
  // own context types ("Police in Liverpool" after "Liverpool manager",
  // "Surrey seamer" after "in Surrey") keeps that type and heads a chain of
  // its own. (The club's mention may be a results row's, no entry's:
  // "Cagliari 0 Juventus 1"; not before an 's, "in Cardiff's defeat".) So
  // does a town no entry names in a sports story ("Oviedo 1 Barcelona 4"
  // ... "the stadium in Oviedo."; not before an 's or a lower-case word).
  [[gnu::noinline]] bool OwnTownOrClub(const Candidate& cand,
                                       const Candidate& h) {
    if (!OwnClubEvidence(cand)) return false;
    const bool possessive = cand.e < n_ && PossessiveS(cand.e);
    if (cand.entry != kNone)
      return brief_[cand.entry].club &&
             (cand.entry == h.entry ||
              (h.entry == kNone && h.type == EntityType::kOrg && !possessive));
    return h.entry == kNone && cand.type == EntityType::kGpe &&
           h.type == EntityType::kOrg && cand.e == cand.b + 1 &&
           h.e == h.b + 1 && !possessive &&
           !(cand.e < n_ && tok(cand.e).kind == TokenKind::kWord &&
             !tok(cand.e).has(kCapitalized)) &&
           SportDocument();
  }
  // "People's Bank of China": a common plural (not_name) with its glued 's
  // opens a name that goes on to a head.
  // (Mark's test, before heads are known: the 's glued to a listed plural.)
  bool PluralPossessiveGlued(uint32_t i) const {
    if (i + 1 >= n_ || tok(i + 1).has(kSpaceBefore)) return false;
    const char c = text_[tok(i + 1).span.begin];
    return (c == '\'' || c == '\xe2') && IrregularPluralPossessive(i + 1);
  }
  // Token j is the apostrophe of a plural before it and a head follows
  // ("Farmers' Union", "Bankers' Association"): FindRuns' joiner's test.
  [[gnu::cold, gnu::noinline]] bool PluralApostropheAt(uint32_t j) const {
    if (j + 1 >= n_ || tok(j).kind != TokenKind::kQuote ||
        ts_.norm(j - 1).empty() || ts_.norm(j - 1).back() != 's')
      return false;
    const std::string_view q = Bytes(tok(j).span);
    return (q == "'" || q == "\xe2\x80\x99") && HeadAhead(j + 1);
  }
  bool PluralPossessiveOpens(uint32_t i) const {
    return i + 2 < n_ && !tok(i + 1).has(kSpaceBefore) &&
           IrregularPluralPossessive(i + 1) && HeadAhead(i + 2);
  }
  bool AgeAfter(uint32_t e) const;
  bool PlaceAfterComma(uint32_t e) const;
  bool PriceMoveAfter(uint32_t e) const;
  // The end of "in" and a known place after a name from token i whose head
  // at j - 1 is a mission's or a force's, j being "in" ("United Nations
  // Interim Force in Lebanon"), when the name opens with a known body; 0 if
  // not.
  [[gnu::cold, gnu::noinline]] uint32_t MissionPlaceEnd(uint32_t i,
                                                        uint32_t j) const;
  // Token k is "from" or "by" (the bytes read only for a word of their
  // length and first letter: most names have neither before them).
  [[gnu::always_inline]] bool FromOrBy(uint32_t k) const {
    const Span p = tok(k).span;
    const char c0 = text_[p.begin];
    return ((p.size() == 4 && c0 == 'f') || (p.size() == 2 && c0 == 'b')) &&
           (Bytes(p) == "from" || Bytes(p) == "by");
  }
  // "UNITED NATIONS 1996-12-13", "UNITED NATIONS, Dec 13 -": a body's
  // lexicon name [b, e) in capitals opening a dateline names the place the
  // story was filed from (asked by LexiconName and by FindRuns for lines in
  // capitals).
  bool DatelineBody(uint32_t b, uint32_t e, const EntryBrief& inf) const {
    return inf.type == EntityType::kOrg && !inf.outlet && Has(b, kBDateline) &&
           tok(b).has(kAllCaps) && tok(b).has(kLineStart) && e < n_ &&
           (IsComma(e) || IsDash(e) || Has(e, kBInDate));
  }
  // The one-word name [b, e) is a scorer's: a goal's noun and "from" or
  // "by" before it ("goals from Vidinha", "a header by Kovac"), or an 's
  // and a goal's noun after it ("Totti's equaliser").
  bool ScorerName(uint32_t b, uint32_t e) const {
    auto is_goal = [&](uint32_t k) { return Listed(it_words_->goal_nouns, k); };
    if (b >= 2 && FromOrBy(b - 1) && is_goal(b - 2)) return true;
    if (e + 1 >= n_) return false;
    const char c = text_[tok(e).span.begin];
    return (c == '\'' || c == '\xe2') && PossessiveS(e) && is_goal(e + 1) &&
           !IrregularPluralPossessive(e);
  }
  // The one-word name [b, e) is a person's by what it owns: an 's after it
  // and a noun that only a person has ("Okonedo's widow", "Brannigan's
  // funeral"; entity_word in=person_possession) or a party's members.
  bool PersonPossessor(uint32_t b, uint32_t e) const {
    if (e != b + 1 || e + 1 >= n_ || !GluedPossessiveAt(e)) return false;
    if (IrregularPluralPossessive(e)) return false;
    const std::vector<uint32_t>& own = it_words_->person_possessions;
    if (Listed(own, e + 1)) return true;
    // "Kohl's Christian Democrats": a party's members (a NORP entry with
    // party=1) are a leader's.
    const Fact f = MakeFact(e + 1);
    return f.ent_end != 0 && brief_[f.ent_entry].party &&
           brief_[f.ent_entry].type == EntityType::kNorp;
  }
  // An 's glued to the word before it at token e (e > 0).
  bool GluedPossessiveAt(uint32_t e) const {
    const char c = text_[tok(e).span.begin];
    return (c == '\'' || c == '\xe2') && PossessiveS(e) &&
           tok(e).span.begin == tok(e - 1).span.end;
  }
  // The one-word name before e names a disease's eponym: an 's at e and a
  // disease's noun after it ("Huntington's disease"; entity_word
  // in=eponym_noun): no entity.
  bool EponymPossessor(uint32_t e) const {
    return e + 1 < n_ && GluedPossessiveAt(e) &&
           Listed(it_words_->eponym_nouns, e + 1);
  }
  // "Hospital Corp of America", "State Grid Corp of China": "Corp" at j - 1
  // and "of" at j before a country's name that ends the run make one name
  // when the name is America's or the words from b before "Corp" are common
  // words or heads (a firm's own name before it is a firm of that country:
  // "Mitsubishi Corp of Japan"). The name's end, or 0.
  [[gnu::cold, gnu::noinline]] uint32_t CorpOfCountry(uint32_t b,
                                                      uint32_t j) const {
    if (j + 1 >= n_ || ts_.norm(j) != "of" || Breaks(j + 1)) return 0;
    const std::string_view corp = ts_.norm(j - 1);
    if (corp != "corp" && corp != "corp.") return 0;
    const uint32_t pe = EntEnd(j + 1);
    if (pe <= j + 1 || !brief_[EntEntry(j + 1)].country) return 0;
    if (pe < n_ && NameWord(pe) && !Breaks(pe)) return 0;
    if (ts_.norm(j + 1) != "america") {
      for (uint32_t k = b; k + 1 < j; ++k) {
        if (!Has(k, kBNotName) && !HasHead(k)) return 0;
      }
    }
    return pe;
  }
  // Token k is peoples' or countries' names joined by hyphens, each a
  // one-word NORP or country entry or a compound's prefix ("Sino", "Anglo":
  // in=hyphen_prefix) but the last: "German-US", "Sino-US".
  [[gnu::cold, gnu::noinline]] bool NationCompound(uint32_t k) const {
    const std::string_view w = ts_.norm(k);
    if (w.find('-') == std::string_view::npos) return false;
    const std::vector<std::string>& nations = it_words_->nation_words;
    const std::vector<std::string>& prefixes = it_words_->hyphen_prefixes;
    size_t parts = 0, at = 0;
    while (at <= w.size()) {
      size_t dash = w.find('-', at);
      if (dash == std::string_view::npos) dash = w.size();
      const std::string_view part = w.substr(at, dash - at);
      const bool last = dash == w.size();
      if (part.empty() ||
          !(std::binary_search(nations.begin(), nations.end(), part) ||
            (!last &&
             std::binary_search(prefixes.begin(), prefixes.end(), part))))
        return false;
      ++parts;
      at = dash + 1;
    }
    return parts >= 2;
  }
  void NationCompounds() {
    size_t c = 0;
    const size_t count = run_candidates_;
    for (uint32_t k : s_.dash_upper) {
      while (c < count && s_.cands[c].b < k) ++c;
      if (c == count) break;
      Candidate& cand = s_.cands[c];
      if (cand.b != k || cand.e != k + 1 || cand.entry != kNone ||
          cand.te != cand.tb || !NationCompound(k))
        continue;
      cand.type = EntityType::kNorp;
      cand.strength = std::max<uint8_t>(cand.strength, 1);
      cand.said_org = 0;
    }
  }
  // A word of tokens [b, e) is a state body's (entity_word in=state_body).
  bool StateBody(uint32_t b, uint32_t e) const {
    for (uint32_t k = b; k < e; ++k) {
      if (Listed(it_words_->state_bodies, k)) return true;
    }
    return false;
  }
  uint32_t SurnameParticlesBefore(uint32_t b) const;
  bool SportDocument();
  // ts_.norm(k) == "on": by word id when the lexicon knows the word (one
  // id per form), else by bytes. (Asked after every unknown name: an id
  // compare, not a folded form's look-up and a string compare.)
  [[gnu::always_inline]] bool IsOn(uint32_t k) const {
    const uint32_t on = it_words_->on;
    return on != kNoWord ? ids_[k] == on : ts_.norm(k) == "on";
  }
  // Token k is a site's or a natural feature's head (FAC, LOC).
  bool SiteHeadAt(uint32_t k) const {
    if (!HasHead(k)) return false;
    const EntityType t = brief_[HeadEntry(k)].type;
    return t == EntityType::kFac || t == EntityType::kLoc;
  }
  // ts_.norm(k) == "and", by word id as IsOn (the name loops' "and"
  // joins and splits ask it).
  [[gnu::always_inline]] bool IsAnd(uint32_t k) const {
    const uint32_t w = it_words_->and_word;
    return w != kNoWord ? ids_[k] == w : ts_.norm(k) == "and";
  }
  // Punctuation whose first byte is a comma (IsComma: the comma alone).
  [[gnu::always_inline]] bool OpensWithComma(uint32_t k) const {
    return tok(k).kind == TokenKind::kPunctuation &&
           text_[tok(k).span.begin] == ',';
  }
  [[gnu::always_inline]] bool IsComma(uint32_t k) const {
    return tok(k).kind == TokenKind::kPunctuation && tok(k).span.size() == 1 &&
           text_[tok(k).span.begin] == ',';
  }
  // Token k is a dash: '-', "--", an em or en dash.
  bool IsDash(uint32_t k) const {
    if (tok(k).kind != TokenKind::kPunctuation) return false;
    const std::string_view w = Bytes(tok(k).span);
    return w == "-" || w == "--" || w == "\xe2\x80\x94" || w == "\xe2\x80\x93";
  }
  // Token e is an 's glued to the word before, and a given name and another
  // capitalized word follow it on its line ("Ferrari's Michael Schumacher").
  bool PersonAfterPossessive(uint32_t e) const {
    return e > 0 && e + 2 < n_ && PossessiveS(e) &&
           tok(e).span.begin == tok(e - 1).span.end &&
           tok(e + 1).has(kCapitalized) && Has(e + 1, kBGiven) &&
           tok(e + 2).has(kCapitalized) && ts_.newlines_before[e + 1] == 0 &&
           ts_.newlines_before[e + 2] == 0;
  }
  // Token k is "St", "St.", "Saint" or "Ste." (capitalized).
  bool SaintWord(uint32_t k) const {
    if (!tok(k).has(kCapitalized)) return false;
    const std::string_view w = ts_.norm(k);
    return w == "st" || w == "st." || w == "saint" || w == "ste.";
  }
  // Token k is the possessive 's (straight or curly apostrophe).
  // A legal form at token k, or after another head there ("Wendy's
  // International Inc", "Claire's Stores Inc"; not a subsidiary's name:
  // "GKN's Uni-Cardan AG", "Dupont's Conoco Inc").
  bool LegalAhead(uint32_t k) const {
    for (uint32_t h = k; h < k + 2 && h < n_ && tok(h).has(kCapitalized); ++h) {
      const uint32_t entry = HeadEntry(h);
      if (entry == kNone) break;
      // (Nor a legal form that opens a name: "Pharmacia's AB Leo".)
      if (brief_[entry].legal)
        return !(h + 1 < n_ && NameWord(h + 1) && HeadEntry(h + 1) == kNone &&
                 !tok(h + 1).has(kLineStart));
    }
    return false;
  }
  // Token k is a capitalized head (no legal form, club or nickname) that
  // ends a name: "Hospital" of "Addenbrooke's Hospital".
  [[gnu::cold, gnu::noinline]] bool OneHeadAfterPossessive(uint32_t k) const {
    if (!tok(k).has(kCapitalized) || tok(k).has(kAllCaps) ||
        ts_.newlines_before[k] != 0)
      return false;
    const uint32_t h = HeadEntry(k);
    // (Or a natural feature's: "Voisey's Bay", "Lythgoe's Creek".)
    if (h == kNone || brief_[h].legal || brief_[h].club ||
        (brief_[h].type != EntityType::kFac &&
         brief_[h].type != EntityType::kOrg &&
         brief_[h].type != EntityType::kLoc))
      return false;
    // (Not before "of": "Tamura's Ministry of International Trade".)
    return k + 1 >= n_ || Breaks(k + 1) ||
           (!NameWord(k + 1) && !Has(k + 1, kBConnector));
  }
  // The title modifier at m is a body the lexicon knows (an ORG: "Labour")
  // before the title at t that is no minister's or secretary's (a member's:
  // "MP", "MSP"; "Labour Minister" is a portfolio): the body is named, no
  // part of the title ("Labour MP Ann Cole").
  bool PartyBeforeTitle(uint32_t m, uint32_t t) const {
    return EntEnd(m) == m + 1 && brief_[EntEntry(m)].type == EntityType::kOrg &&
           (Cue(t) & kWPortfolioTitle) == 0;
  }
  bool PossessiveS(uint32_t k) const {
    const std::string_view w = ts_.norm(k);
    return w == "'s" || w == "\xe2\x80\x99s";
  }
  bool IsSemicolon(uint32_t k) const {
    return tok(k).kind == TokenKind::kPunctuation && tok(k).span.size() == 1 &&
           text_[tok(k).span.begin] == ';';
  }
  // Token k is on a line that lists names (MarkLines).
  bool InListLine(uint32_t k) const {
    if (!any_list_) return false;
    for (const auto& [a, b] : s_.lists) {
      if (k < a) return false;
      if (k < b) return true;
    }
    return false;
  }
  bool EndsSentence(uint32_t k) const {
    if (tok(k).kind != TokenKind::kPunctuation || tok(k).span.size() != 1)
      return false;
    char c = text_[tok(k).span.begin];
    return c == '.' || c == '?' || c == '!';
  }
  // "(53)", "(Kezman 74)", "(Paulo Ferreira 46)": at k an opening bracket,
  // up to `words` capitalized words (a substitute) and a minute (up to
  // three digits, no decimals) before the closing bracket, which it
  // returns (else k); before line end b.
  uint32_t MinuteBracket(uint32_t k, uint32_t b, uint32_t words) const {
    if (tok(k).kind != TokenKind::kPunctuation ||
        text_[tok(k).span.begin] != '(')
      return k;
    uint32_t h = k + 1;
    while (h < b && h < k + 1 + words && tok(h).kind == TokenKind::kWord &&
           tok(h).has(kCapitalized))
      ++h;
    if (h + 1 >= b || tok(h).kind != TokenKind::kNumber ||
        tok(h).span.size() > 3 ||
        Bytes(tok(h).span).find('.') != std::string_view::npos ||
        text_[tok(h + 1).span.begin] != ')')
      return k;
    return h + 1;
  }
  // Token k is an ordinal in figures: "3rd", "9th", "21st".
  bool OrdinalFigure(uint32_t k) const {
    const std::string_view w = ts_.norm(k);
    if (w.size() < 3 || !absl::ascii_isdigit(static_cast<unsigned char>(w[0])))
      return false;
    const std::string_view s = w.substr(w.size() - 2);
    return s == "st" || s == "nd" || s == "rd" || s == "th";
  }
  bool IsColon(uint32_t k) const {
    return tok(k).kind == TokenKind::kPunctuation && tok(k).span.size() == 1 &&
           text_[tok(k).span.begin] == ':';
  }
  // Token k follows "of" or "of the" (k >= 1).
  // (So after "for", and after a compass word: "District Court for the
  // Southern District of X".)
  // "Bank of the Philippine Islands", "University of the Highlands and
  // Islands": a place's head k after a body's head h and an "of" between
  // them is the complement's, like the head right after the "of".
  bool PlaceInOfComplement(uint32_t h, uint32_t k) const {
    const EntityType th = brief_[HeadEntry(h)].type;
    const EntityType tk = brief_[HeadEntry(k)].type;
    if (th != EntityType::kOrg ||
        (tk != EntityType::kGpe && tk != EntityType::kLoc))
      return false;
    for (uint32_t i = h + 1; i < k; ++i) {
      if (ts_.norm(i) == "of"sv) return true;
    }
    return false;
  }
  // Token k's word is a listed town (entity_word in=town): its bit.
  bool TownListed(uint32_t k) const {
    const uint32_t w = ids_[k];
    const std::vector<uint64_t>& bits = it_words_->town_bits;
    return w != kNoWord && w / 64 < bits.size() &&
           ((bits[w / 64] >> (w % 64)) & 1);
  }
  // Token k's word is on `list` (a sorted list of word ids, ItWords).
  bool Listed(const std::vector<uint32_t>& list, uint32_t k) const {
    return std::binary_search(list.begin(), list.end(), ids_[k]);
  }
  // The type of the names token k's word opens (entity_word
  // in=place_opener GPE, site_opener FAC, land_opener LOC); PERSON when the
  // word opens none.
  EntityType OpenerType(uint32_t k) const {
    const std::vector<uint32_t>& list = it_words_->openers;
    const auto it = std::lower_bound(list.begin(), list.end(), ids_[k]);
    if (it == list.end() || *it != ids_[k]) return EntityType::kPerson;
    return it_words_->opener_types[static_cast<size_t>(it - list.begin())];
  }
  // The name words [k, h) after "on" name a natural feature or a site: a
  // known one, one a natural feature's head opens ("Mount Tarvik") or a
  // feature's or a site's head ends ("Tarvik Island"), or one a site's or
  // a land's opener opens ("Cerro Velmo").
  [[gnu::cold, gnu::noinline]] bool OnFeature(uint32_t k, uint32_t h) const {
    auto feature = [](EntityType t) {
      return t == EntityType::kLoc || t == EntityType::kFac;
    };
    if (EntEnd(k) > k && feature(brief_[EntEntry(k)].type)) return true;
    // (A site's head opening it is no site's name: "Commission on Jail
    // Standards".)
    if ((HasHead(k) && brief_[HeadEntry(k)].type == EntityType::kLoc) ||
        (HasHead(h - 1) && feature(brief_[HeadEntry(h - 1)].type)))
      return true;
    return h > k + 1 && feature(OpenerType(k));
  }
  // Every word of [b, e) is a title's modifier or a portfolio's word
  // (entity_word in=portfolio_word), and none opens a known name.
  [[gnu::cold, gnu::noinline]] bool PortfolioWords(uint32_t b,
                                                   uint32_t e) const {
    for (uint32_t k = b; k < e; ++k)
      if (EntEnd(k) != 0 || !(Has(k, kBMod) || (Cue(k) & kWPortfolioWord) != 0))
        return false;
    return true;
  }
  // OpenerType out of line, for the rarer caller (a particle after the
  // opener and a known name after it), so that the common one keeps it
  // inline.
  [[gnu::noinline, gnu::cold]] EntityType OpenerTypeCold(uint32_t k) const {
    return OpenerType(k);
  }
  // A known name of two words or more opens at token i, a day's or a
  // month's word ("the Sunday Times"), and no date's word (in=date_before)
  // comes before it ("on Sunday Times Square was empty"). (Asked of a token
  // with an override.)
  [[gnu::noinline]] bool DayOpensName(uint32_t i) const {
    if (overrides_[state_[i].over].ent_end <= i + 1) return false;
    if (i == 0 || tok(i - 1).kind != TokenKind::kWord) return true;
    return !Listed(it_words_->date_befores, i - 1);
  }
  // The one word [b, e) after "the": followed by punctuation, its 's, a
  // reporting verb or a word citing a paper (in=paper_cue: "newspaper",
  // "that"), not by a noun it would qualify ("the Independent candidate").
  [[gnu::noinline]] bool PaperCitedAt(uint32_t b, uint32_t e) const {
    if (b == 0 || ts_.norm(b - 1) != "the"sv) return false;
    if (e >= n_ || tok(e).kind != TokenKind::kWord || PossessiveS(e))
      return true;
    return (Cue(e) & kWSaidVerb) != 0 || Listed(it_words_->paper_cues, e);
  }
  // Run words [m, e) after an outlet that was told something open the
  // clause told, not the outlet's longer name ("told BBC Sport", "told BBC
  // News Online"): a known name, a given name or an acronym starts them
  // ("told Reuters Taiwan", "told the BBC Tony Blair ..."), or an
  // auxiliary (in=auxiliary) follows them ("told Reuters Sandoz had").
  [[gnu::noinline]] bool ToldClauseAfter(uint32_t m, uint32_t e) const {
    if (e >= n_ || tok(e).kind != TokenKind::kWord || tok(e).has(kCapitalized))
      return false;
    if (Listed(it_words_->auxiliaries, e)) return true;
    // (Not before a word that goes on the telling, in=told_on: "told BBC
    // Wales that ...", "told ITV Wales on Monday".)
    if (Listed(it_words_->told_ons, e)) return false;
    return F(m).ent_end != 0 || (F(m).bits & kBGiven) != 0 ||
           tok(m).has(kAllCaps);
  }
  // Run [b, e) after a preposition of place (in=listed_at: at, in, near,
  // outside) and before a comma and a place's name the lexicon knows (a
  // country's too).
  [[gnu::noinline]] bool PlaceListedAt(uint32_t b, uint32_t e) const {
    if (b == 0 || e + 1 >= n_ || !IsComma(e)) return false;
    if (!Listed(it_words_->listed_ats, b - 1)) return false;
    const Fact f = MakeFact(e + 1);
    return f.ent_end != 0 && brief_[f.ent_entry].type == EntityType::kGpe;
  }
  // Tokens [i, j) hold a title followed by name words no head is among,
  // up to j ("Police Col. Efren Lualhati" before "of the ..."); not a
  // title right before j ("Office of the President of ...").
  [[gnu::cold, gnu::noinline]] bool TitledNameBefore(uint32_t i,
                                                     uint32_t j) const {
    for (uint32_t x = i; x + 1 < j; ++x) {
      const uint32_t t = TitleEnd(x);
      if (t <= x || t >= j) continue;
      uint32_t y = t;
      while (y < j && tok(y).has(kCapitalized) && !HasHead(y)) ++y;
      if (y == j) return true;
    }
    return false;
  }
  // After "and" in a name holding an "of" or "for" complement, name words
  // [k, h) open a second name: a word no lexicon knows (no title modifier,
  // no head, not shaped as a common word) and a head ending them ("the
  // University of Toronto and Velmo University" are two; "Department of
  // Health and Human Services", "Energy and Climate Change", "Natural and
  // Cultural Resources" go on).
  bool SecondNameAfterAnd(uint32_t k, uint32_t h) const {
    return h > k + 1 && HasHead(h - 1) && Unknown(k) && !HasHead(k) &&
           !Has(k, kBMod) && !CommonWordShape(Bytes(tok(k).span));
  }
  // The one word at b, a body's head, is the common noun that names a
  // title's body, before the title or a role's noun and a name ("Council
  // member Ana Ruiz", "Board general secretary"): no short form of the body
  // the text named before ("the Velmo District Council"). A club's head or
  // nickname ("United", "Celtics"), a paper's head ("Post") and a place's
  // head a club's name ends in ("Forest" of "Nottingham Forest") are the
  // name's own words. (Out of line: Chain asks it of few pairs.)
  [[gnu::cold, gnu::noinline]] bool HeadBeforeTitle(uint32_t b) const {
    const uint32_t head = HeadEntry(b);
    if (head == kNone || brief_[head].type != EntityType::kOrg ||
        brief_[head].nickname || brief_[head].club || brief_[head].paper ||
        brief_[head].outlet)
      return false;
    if (TitleEnd(b) > b + 1) return true;  // "Council Member"
    uint32_t k = b + 1;
    while (k < n_ && k < b + 3 && Has(k, kBMod) && TitleEnd(k) == 0) ++k;
    if (k < n_ && TitleEnd(k) != 0) return true;
    // ("Council planner Ana Ruiz": a word shaped as a role's noun before a
    // name; "the Fund prior to" is no role.)
    return k + 1 < n_ && LowerRoleNounShape(Bytes(tok(k).span)) &&
           tok(k + 1).has(kCapitalized);
  }
  // Name [b, e), ending a sentence with a stop, ends in "I.", "V." or "X."
  // (a regnal or war numeral after another word) or in a day's
  // abbreviation ("the Sun."): the stop is the sentence's.
  [[gnu::noinline]] bool SentenceStopInName(uint32_t b, uint32_t e) const {
    const uint32_t k = e - 1;
    if (ts_.abbrev[k] == AbbrevClass::kDay) return true;
    const char* p = text_.data() + tok(k).span.begin;
    return e - b >= 2 && tok(k).span.size() == 2 &&
           (p[0] == 'I' || p[0] == 'V' || p[0] == 'X');
  }
  bool OfComplementHead(uint32_t k) const {
    auto of = [&](uint32_t i) {
      return ts_.norm(i) == "of" || ts_.norm(i) == "for";
    };
    // (A compass modifier or a people's adjective may come between:
    // "University of the West Indies", "Organisation of the Islamic
    // Conference".)
    if (k >= 2 && (Has(k - 1, kBModifier) ||
                   (F(k - 1).ent_end == k &&
                    brief_[F(k - 1).ent_entry].type == EntityType::kNorp)))
      --k;
    if (of(k - 1)) return true;
    return k >= 2 && ts_.norm(k - 1) == "the" && of(k - 2);
  }
  // Name word i opens a quoted title after a lower-case word for a work:
  // an opening quotation mark (straight or curly: not a bracket) right
  // before it, or before "The" or "A" right before it (i >= 1).
  [[gnu::cold, gnu::noinline]] bool QuotedWork(uint32_t i) const {
    uint32_t q = i - 1;
    if (!tok(q).has(kOpening)) {
      if (q == 0 || !tok(q - 1).has(kOpening) ||
          (ts_.norm(q) != "the" && ts_.norm(q) != "a"))
        return false;
      --q;
    }
    const char c = text_[tok(q).span.begin];
    return (c == '"' || c == '\'' || c == '\xe2') && q > 0 &&
           !tok(q - 1).has(kCapitalized) && Has(q - 1, kBWorkBefore);
  }
  // (Cold, out of line: Mark asks them of few words -- a compound with a
  // lower-case part, a month that is also a given name -- and inlined they
  // spread Mark's loop over more of the instruction cache.)
  // Token i, a lower-case word with a capital after a hyphen, opens with a
  // prefix (hyphen_prefix: "pre-Budget", "anti-EU"), no particle of a name
  // ("al-Assad").
  [[gnu::cold, gnu::noinline]] bool HyphenPrefixed(uint32_t i) const;
  [[gnu::cold, gnu::noinline]] bool HyphenGivenName(uint32_t i,
                                                    std::string_view w) const;
  [[gnu::cold, gnu::noinline]] bool MonthNameInName(uint32_t i) const;
  // Token k of s_.dash_lower, before which run candidate s_.cands[before -
  // 1] (if any) ends: KnownCompound's test and its candidate.
  [[gnu::cold, gnu::noinline]] bool KnownCompound(uint32_t k, size_t before);
  // "X said its ...". The first word is tested here, inline: a name is
  // mostly followed by punctuation or a capitalized word, which ends
  // ItsWithin's window at once. So is the usual answer after a lower-case
  // word, when the lexicon knows ItsAfter's words: no "its" among the
  // window's next three words and no date after them (which would widen
  // the window) is no "its" in reach.
  [[gnu::always_inline]] bool ItsAfter(uint32_t e) const {
    if (e >= n_ || tok(e).kind == TokenKind::kPunctuation || Cap(e))
      return false;
    if (its_words_->known && e + 4 < n_) {
      const uint32_t its = its_words_->its;
      const bool no_its =
          (ids_[e + 1] != its) & (ids_[e + 2] != its) & (ids_[e + 3] != its);
      const uint32_t dates =
          state_[e + 2].bits | state_[e + 3].bits | state_[e + 4].bits;
      if (no_its & ((dates & kBInDate) == 0)) return false;
    }
    return ItsWithin(e);
  }
  bool ItsWithin(uint32_t e) const;
  // "X said (on Friday) (that) it would ...". The first word is tested
  // here, inline (most names are followed by no reporting verb), by word
  // id when the lexicon knows ItAfter's words; the rest in ItAfterSaid.
  [[gnu::always_inline]] bool ItAfter(uint32_t e) const {
    if (e >= n_) return false;
    const EntityRecognizer::ItWords& w = *it_words_;
    if (w.known) {
      const uint32_t verb = ids_[e];
      if ((verb != w.said[0]) & (verb != w.said[1]) & (verb != w.said[2]) &
          (verb != w.said[3])) {
        return false;
      }
    }
    return ItAfterSaid(e);
  }
  // An unknown one-word subject before "said" or "says", not followed by
  // "he" or "she" (Classify).
  bool SaidAfter(uint32_t e) const;
  bool ItAfterSaid(uint32_t e) const;
  bool AtBefore(uint32_t b, uint32_t e) const;
  bool PlacePrepBefore(uint32_t b, uint32_t e);
  // "the" at b - 1 follows a preposition of place before the one unknown
  // word at b (PlacePrepBefore's "in the Goldfields").
  [[gnu::noinline]] bool ThePrepBefore(uint32_t b, uint32_t e) const;
  // "erosion by the Padma", "The Surma was above the danger mark": one
  // word no lexicon holds after "the", in a sentence with a river's word
  // (entity_word in=river_cue), every mention of it after "the".
  [[gnu::noinline]] bool RiverAfterThe(uint32_t b, uint32_t e) const;
  // Token k is a preposition of place before "the" (ThePrepBefore).
  bool ThePlacePrep(uint32_t k) const;
  bool AlwaysAfterThe(uint32_t b) const;
  bool NameGoesOn(uint32_t e) const;
  EntityType DefaultType(uint32_t b, uint32_t e);
  bool RoadCode(uint32_t b) const;
  // A road's word (entity_word in=road_word) within eight tokens either
  // side of token b, in its sentence.
  bool RoadWordNear(uint32_t b) const {
    return WordNear(b, b + 1, 8, [&](uint32_t k) {
      return tok(k).kind == TokenKind::kWord && (Cue(k) & kWRoadWord) != 0;
    });
  }
  // Whether `cue` holds for a token within `window` tokens before b or
  // after e, in the sentence of [b, e) (RoadWordNear, RiverAfterThe).
  template <typename Pred>
  bool WordNear(uint32_t b, uint32_t e, uint32_t window, Pred cue) const {
    if (!tok(b).has(kSentenceInitial)) {
      for (uint32_t k = b; k-- > 0 && k + window >= b;) {
        if (cue(k)) return true;
        if (tok(k).has(kSentenceInitial)) break;
      }
    }
    for (uint32_t k = e;
         k < n_ && k < e + window && !tok(k).has(kSentenceInitial); ++k)
      if (cue(k)) return true;
    return false;
  }
  // Token b follows a number with no space between ("40GB").
  bool GluedToNumber(uint32_t b) const;
  // Token i is North, South, East or West (any case).
  // (entity_word in=compass: north, south, east, west.)
  bool CompassWord(uint32_t i) const { return (Cue(i) & kWCompass) != 0; }
  // A road's word or a number's label (q_label): "Route 66", "Gate 12";
  // also an abbreviation only a number follows ("No. 1", "Art. 5", whose
  // word with its stop the lexicon has no id for).
  bool LabelWord(uint32_t i) const {
    return (Cue(i) & kWRoadWord) != 0 || Listed(it_words_->labels, i) ||
           ts_.abbrev[i] == AbbrevClass::kNumber;
  }
  bool ArticleFirst(uint32_t b) const;
  bool PersonOfBefore(uint32_t b) const;
  bool PersonHomeBefore(uint32_t b);
  [[gnu::noinline]] bool LegislatorOf(uint32_t b) const;
  uint32_t PortfolioTitleStart(uint32_t b, uint32_t e) const;
  // Token k may join a portfolio's words to the title before them or to
  // each other (PortfolioTitleStart's first test): "of" or "for" (the
  // lexicon's portfolio_of), "and", "&" or a comma. (By word id and first
  // byte: "the", the commonest word before a name, walks nowhere.)
  [[gnu::always_inline]] bool PortfolioJoin(uint32_t k) const {
    const uint32_t id = ids_[k];
    const char c = text_[tok(k).span.begin];
    return (id == it_words_->and_word) | (id == it_words_->portfolio_of[0]) |
           (id == it_words_->portfolio_of[1]) | (c == ',') | (c == '&');
  }
  // ... or "the" after a portfolio's "for" ("Minister for the
  // Environment"; after "of" the body is named: "Secretary of the
  // Treasury").
  // (By word id: asked of every name after "the".)
  bool PortfolioJoinThe(uint32_t k) const {
    return ids_[k] == it_words_->the_word && k >= 2 &&
           ids_[k - 1] == it_words_->for_word && ids_[k] != kNoWord &&
           !tok(k).has(kCapitalized) && (Cue(k - 1) & kWPortfolioOf) != 0;
  }
  [[gnu::cold, gnu::noinline]] bool IsWorkTitle(uint32_t b, uint32_t e,
                                                uint64_t last) const;
  bool HomeBefore(uint32_t b, uint32_t noun) const;
  [[gnu::always_inline]] uint32_t FacilityAfter(uint32_t e) const;
  bool SubdivisionAfter(uint32_t b, uint32_t e) const;
  bool IrregularPluralPossessive(uint32_t j) const;
  bool HeadAhead(uint32_t k) const;
  void LinkSaidToPersons();
  void LinkEarlySurnames();
  [[gnu::noinline]] void ParticlesBeforeSurnames();
  bool DefaultOrg(uint32_t b, bool which = true) const;
  bool CamelCase(uint32_t i) const;
  // Token i is a word of two parts joined by a hyphen, the second in lower
  // case ("Chi-cheng", "Ka-shing"): an East Asian given name.
  bool HyphenLowerSecond(uint32_t i) const {
    const std::string_view w = Bytes(tok(i).span);
    const size_t dash = w.find('-');
    return dash != std::string_view::npos && dash > 0 && dash + 2 < w.size() &&
           w[dash + 1] >= 'a' && w[dash + 1] <= 'z' &&
           w.find('-', dash + 1) == std::string_view::npos;
  }
  // Tokens i and i + 1 are capitalized words (not in capitals) that no
  // entry, head or particle marks, the first not shaped as a common word's
  // ("Hendra Kusuma", not "Loving Care" or "de Vries"): a name of a person
  // the lexicon does not know.
  [[gnu::cold, gnu::noinline]] bool UnknownNamePair(uint32_t i) const {
    for (uint32_t k = i; k < i + 2; ++k) {
      if (!tok(k).has(kCapitalized) || tok(k).has(kAllCaps) || HasHead(k) ||
          EntEnd(k) != 0 || Has(k, kBParticle) || Has(k, kBNotName) ||
          tok(k).span.size() < 3)
        return false;
    }
    return !CommonWordShape(Bytes(tok(i).span));
  }
  // Name [b, open) holds a party's head (entity_head party=1) and the
  // bracket at `open` holds one to three capitalized words, not in capitals,
  // one a NORP's (a faction's: "Maoist", "Unified Marxist-Leninist"): the
  // token after the closing bracket, else 0.
  [[gnu::cold, gnu::noinline]] uint32_t PartyFactionEnd(uint32_t b,
                                                        uint32_t open) const {
    bool party = false;
    for (uint32_t k = b; k < open && !party; ++k)
      party = HeadEntry(k) != kNone && brief_[HeadEntry(k)].party;
    if (!party) return 0;
    uint32_t k = open + 1;
    // (A people's or a doctrine's word among them, a NORP's: not a place's
    // name, "the Liberal Party (Canada)", nor the name in the party's own
    // language, "the Liberal Party (Venstre)", "the Welfare Party
    // (Refah)".)
    bool faction = false;
    while (k < n_ && k < open + 4 && tok(k).kind == TokenKind::kWord &&
           tok(k).has(kCapitalized) && !tok(k).has(kAllCaps)) {
      if (EntEnd(k) != 0) {
        const EntityType t = brief_[EntEntry(k)].type;
        if (t == EntityType::kGpe || t == EntityType::kLoc) return 0;
        faction |= t == EntityType::kNorp;
      }
      ++k;
    }
    if (!faction || k >= n_ || !tok(k).has(kClosing) ||
        text_[tok(k).span.begin] != ')')
      return 0;
    return k + 1;
  }
  // The bracket opening at `open` holds one word, an organization's head
  // that is no club's, nickname's or legal form's: "(Holdings)", not a
  // line-up's "(Lions)" or "(SA)". (open + 2 < n_.)
  bool BodyHeadInBrackets(uint32_t open) const {
    const uint32_t h = HeadEntry(open + 1);
    return Bytes(tok(open).span) == "(" && tok(open + 2).has(kClosing) &&
           h != kNone && brief_[h].type == EntityType::kOrg &&
           !brief_[h].nickname && !brief_[h].club && !brief_[h].legal;
  }
  // The bracket at `open` holds one to three capitalized words, a legal
  // form or "Co" right after it ("Cheung Kong (Holdings) Ltd", "Tarvik
  // Engineers (Malaysia) Bhd", "Velmo Securities (Europe) SA"), or a body's
  // head alone ("Jardine Matheson (Holdings)"; not a club's or a legal
  // form's: "J Fourie (Lions)", "J Fourie (SA)" in a line-up; not a body's
  // name, "Majlis (Parliament)", nor inside a longer name, "Strategic
  // (Petroleum) Reserve"): the token after the legal forms or the bracket,
  // else 0.
  [[gnu::cold, gnu::noinline]] uint32_t BracketLegalEnd(uint32_t open) const {
    uint32_t k = open + 1;
    while (k < n_ && k < open + 4 && tok(k).kind == TokenKind::kWord &&
           tok(k).has(kCapitalized))
      ++k;
    if (k == open + 1 || k >= n_ || !tok(k).has(kClosing) ||
        text_[tok(k).span.begin] != ')' || LineInside(open, k + 1))
      return 0;
    if (k + 1 >= n_ || !LegalOrCo(k + 1) || LineInside(k, k + 2)) {
      return k == open + 2 && !tok(open + 1).has(kAllCaps) &&
                     EntEnd(open + 1) == 0 &&
                     !(k + 1 < n_ && tok(k + 1).has(kCapitalized)) &&
                     BodyHeadInBrackets(open)
                 ? k + 1
                 : 0;
    }
    k += 2;
    while (k < n_ && LegalOrCo(k) && !LineInside(k - 1, k + 1)) ++k;
    return k;
  }
  // Token b, a place's head before "of", is a municipality's (City, Shire,
  // Municipality), and no place's context word comes before it or before
  // the "the" before it.
  [[gnu::cold, gnu::noinline]] bool MunicipalityOf(uint32_t b) const {
    const std::string_view w = ts_.norm(b);
    if (w != "city" && w != "shire" && w != "municipality" && w != "township")
      return false;
    if (b == 0) return true;
    uint32_t k = b - 1;
    if (ids_[k] == it_words_->the_word && k > 0) --k;
    return !Has(k, kBPlaceBefore) && !AtBefore(k + 1, k + 2);
  }
  // Token i, a capitalized plural ("Films"), is written in lower case
  // elsewhere in the document ("films"): LowerElsewhere, for rare callers
  // only.
  bool PluralLowerElsewhere(uint32_t i) const;
  // The capitalized word at i is written in lower case elsewhere in the
  // text ("Project manager ..." where "the project" is named): a common
  // noun's evidence. (A walk over the text: asked of rare shapes.)
  [[gnu::cold]] bool LowerElsewhere(uint32_t i) const;
  // (Inline, the first test: most names are followed by no 's -- their
  // next token's first byte, ' or the first of U+2019, says so -- and
  // Classify asks every one.)
  [[gnu::always_inline]] bool BrandPossessive(uint32_t b, uint32_t e) const {
    if (e + 1 >= n_ || e == 0) return false;
    const char quote = text_[tok(e).span.begin];
    if (quote != '\'' && quote != '\xe2') return false;
    return BrandPossessiveAfterQuote(b, e);
  }
  bool BrandPossessiveAfterQuote(uint32_t b, uint32_t e) const;
  bool PlaceConjunct(uint32_t b, uint32_t e) const;
  // Token b follows a place's context word (entity_context
  // role=place_before: in, near, "mayor of") after a word, not "a"/"an"
  // and a noun before "in" ("an article in Izvestia said" cites the
  // paper).
  bool PlacePrepObject(uint32_t b) const;
  // Token b follows "in" after a word of trust or a role's, entity_word
  // in=person_in ("faith in Anil", "confidence in Andy", "starred in Ray"):
  // a person or a work.
  bool PersonInBefore(uint32_t b) const;
  bool PlaceListComma(uint32_t b, uint32_t e) const;
  uint32_t ConjunctNounAfter(uint32_t e) const;
  // The comma at e may open a list's next item: a capitalized word or "and"
  // / "or" after it (ConjunctNounAfter's first test, inline).
  bool ListAfterComma(uint32_t e) const {
    return e + 2 < n_ && (tok(e + 1).has(kCapitalized) || IsAndOr(e + 1));
  }
  // Tokens [t, e) are a place's head and "Council" ("City Council",
  // "Borough Council"). (Out of line: Chain's prefix test stays small.)
  [[gnu::noinline]] bool CouncilOfPlace(uint32_t t, uint32_t e) const {
    if (ts_.norm(e - 1) != "council") return false;
    const uint32_t place = HeadEntry(t);
    return place != kNone && brief_[place].type == EntityType::kGpe;
  }
  bool IndexNounAfter(uint32_t e) const;
  // "share" or "stock" at e before an index's noun ("the Nikkei share
  // average"; IndexNounAfter), or "industrial" ("the Dow Jones industrial
  // average"). (Its length asked first: most words fail.)
  [[gnu::always_inline]] bool ShareIndexAfter(uint32_t e) const {
    if (e + 1 >= n_ || (tok(e).span.size() != 5 && tok(e).span.size() != 10))
      return false;
    const std::string_view w = Bytes(tok(e).span);
    return (w == "share" || w == "stock" || w == "industrial") &&
           (FacilityAfter(e + 1) & kWIndexAfter) != 0;
  }
  // A firm named at the start of heading line [a, b): the name words
  // opening it right before a ticker in angle brackets ("PLANTERS CORP
  // <PNBT> 1ST QTR NET", "US WEST <USW> UNIT NAMES PRESIDENT"), or the
  // words in angle brackets opening it (a firm with no listing: "<THORATEC
  // LABORATORIES CORP> YEAR LOSS"). Returns its end and sets *begin, or 0.
  uint32_t TickerFirm(uint32_t a, uint32_t b, uint32_t* begin) const;
  // TickerFirm's last resort, before the ticker opening at token k of a
  // heading line opening at token a, with no legal form and no body
  // naming the firm ("SOMERSET SAVINGS BANK <SOSA> 4TH QTR NET", "INVESTOR
  // HAS 5.1 PCT OF SIERRA HEALTH <SIE>"): the firm is up to five
  // capitalized words (glued marks inside: "BAUSCH/LOMB") back from the
  // ticker to the line's start, a mark or a headline's verb or preposition
  // (entity_word in=headline_break: "OF", "BUYS", "UNIT"). Returns k and
  // sets *begin, or 0.
  [[gnu::cold, gnu::noinline]] uint32_t TickerWords(uint32_t a, uint32_t k,
                                                    uint32_t* begin) const;
  // ClassifyRules' rule above (run [b, e) of three words or more after
  // "of"): adds the candidates and returns true if it applies.
  [[gnu::noinline]] bool BodyThenHolder(uint32_t b, uint32_t e, const Fact& fb);
  // The known name [b, e) of a river too (entity feature=1) names the river
  // here: after "the" (and a nationality), before no lower-case noun.
  bool FeatureAfterThe(uint32_t b, uint32_t e, const EntryBrief& inf) const;
  // Chain's prefix_length: the words from token k ("of", not a head) to e
  // are "of", a place and legal forms, after heads from t ("Ford Motor Co
  // of Canada Ltd"), or after none but with a legal form at the end
  // ("Alcoa of Australia Ltd").
  [[gnu::cold, gnu::noinline]] bool OfPlaceTail(uint32_t k, uint32_t t,
                                                uint32_t e) const {
    if (ts_.norm(k) != "of") return false;
    uint32_t m = k + 1;
    while (m < e && EntEnd(m) > m &&
           (brief_[EntEntry(m)].type == EntityType::kGpe ||
            brief_[EntEntry(m)].type == EntityType::kLoc))
      m = EntEnd(m);
    const uint32_t place_end = m;
    while (m < e && HeadEntry(m) != kNone && brief_[HeadEntry(m)].legal) ++m;
    return m == e && place_end != k + 1 && !(k == t && m == place_end);
  }
  // A one-word nationality the lexicon knows right before b, no article
  // before it ("Brazilian Caio Venancio de Freitas").
  bool NationalityBefore(uint32_t b) const {
    return NorpWordBefore(b) && (b < 2 || (ids_[b - 2] != it_words_->the_word &&
                                           !Has(b - 2, kBOrgBefore)));
  }
  // Token b - 1 is a one-word nationality the lexicon knows ("Brazilian").
  bool NorpWordBefore(uint32_t b) const {
    if (b == 0 || tok(b - 1).kind != TokenKind::kWord) return false;
    const Fact f = MakeFact(b - 1);
    return f.ent_end == b && brief_[f.ent_entry].type == EntityType::kNorp;
  }
  // "farmers from Tregaron": "from" before b after people a place is home
  // to (entity_word in=resident_after), whose place b names.
  [[gnu::always_inline]] bool ResidentsFrom(uint32_t b) const {
    return b >= 2 && ids_[b - 1] == it_words_->from_word &&
           it_words_->from_word != kNoWord &&
           (Cue(b - 2) & kWResidentAfter) != 0;
  }
  // The end of up to `most` name words from a that no lexicon name starts
  // at, none opening a sentence or line: an item of a list inside a name
  // ("Department for Environment, Food and Rural Affairs").
  uint32_t UnknownNameWordsEnd(uint32_t a, uint32_t most) const {
    uint32_t h = a;
    while (h < n_ && h < a + most && NameWord(h) && EntEnd(h) == 0 &&
           !Breaks(h))
      ++h;
    return h;
  }
  // Token t is a legal form or "Co", "Cos".
  [[gnu::cold, gnu::noinline]] bool LegalOrCo(uint32_t t) const {
    const uint32_t h = HeadEntry(t);
    if (h != kNone && brief_[h].legal) return true;
    const std::string_view w = ts_.norm(t);
    return w == "co" || w == "cos" || w == "co.";
  }
  // The head at token i (HasHead(i)) gives a place's type, GPE or LOC
  // (City, County, Village, River).
  bool PlaceHeadAt(uint32_t i) const {
    const EntityType t = brief_[HeadEntry(i)].type;
    return t == EntityType::kGpe || t == EntityType::kLoc;
  }
  // The known name starting at token k (EntEnd(k) > k) is a place's: GPE
  // or LOC.
  bool PlaceEntryAt(uint32_t k) const {
    const EntityType t = brief_[EntEntry(k)].type;
    return t == EntityType::kGpe || t == EntityType::kLoc;
  }
  // Token e is a contest's head (contest=1: "Open", "Cup") on the line
  // ending before `b`.
  bool ContestHeadAt(uint32_t e, uint32_t b) const {
    if (e >= b || !tok(e).has(kCapitalized) || ts_.newlines_before[e] > 0)
      return false;
    const uint32_t head = HeadEntry(e);
    return head != kNone && brief_[head].contest;
  }
  // Token e is a club's head of type ORG (club=1 or nickname=1: "United",
  // "Bulls"; not "City", a place's head too).
  bool ClubHeadAt(uint32_t e) const {
    const uint32_t head = HeadEntry(e);
    return head != kNone && brief_[head].club &&
           brief_[head].type == EntityType::kOrg;
  }
  // "SK Hynix", "BNP Paribas": an all-caps word of two or more letters, no
  // abbreviation, opening a name whose next word is not all caps.
  bool AcronymFirst(uint32_t b) const {
    return tok(b).kind == TokenKind::kWord && tok(b).has(kAllCaps) &&
           tok(b).span.size() >= 2 && ts_.abbrev[b] == AbbrevClass::kNone &&
           b + 1 < n_ && !tok(b + 1).has(kAllCaps);
  }
  // ", the chief executive": the comma tested here, inline, the title in
  // PostTitleAt.
  [[gnu::always_inline]] bool PostTitle(uint32_t e, uint32_t* tb,
                                        uint32_t* te) const {
    return e + 1 < n_ && OpensWithComma(e) && PostTitleAt(e, tb, te);
  }
  bool PostTitleAt(uint32_t e, uint32_t* tb, uint32_t* te) const;
  // A person's name [b, e) holding a lexicon name ("Michael Jordan", "Gavin
  // Newsom"), with its title before or after it as an unknown name's
  // ("Governor Gavin Newsom", "Gavin Newsom, the governor,").
  [[gnu::cold, gnu::noinline]] void AddTitledPerson(uint32_t b, uint32_t e,
                                                    uint8_t strength) {
    uint32_t tb = 0, te = 0;
    if (b > 0) te = TitleBefore(b, MakeFact(b - 1).title_end, &tb);
    if (te == 0 && !PostTitle(e, &tb, &te)) tb = te = 0;
    Add(b, e, EntityType::kPerson, strength, false, kNone, tb, te);
  }
  // (Inline: one candidate is a few stores; called once per run.)
  [[gnu::always_inline]] void Add(uint32_t b, uint32_t e, EntityType type,
                                  uint8_t strength, bool outlet = false,
                                  uint32_t entry = kNone, uint32_t tb = 0,
                                  uint32_t te = 0) {
    // Every field stored once (a recycled slot; no temporary to copy).
    Candidate& c = s_.cands.Push();
    c.b = b;
    c.e = e;
    c.type = type;
    c.outlet = outlet;
    c.strength = strength;
    c.entry = entry;
    c.tb = tb;
    c.te = te;
    c.alias = false;
    c.initials_only = false;
    c.head = kNone;
    c.keep = false;
    c.prefix_len = 0;
    c.cut = 0;
    c.said_org = 0;
    c.bare_head = false;
    c.last_hash = 0;
    c.last_node = kNone;
    std::memset(c.initials, 0, sizeof(c.initials));
  }
  bool SameNorms(uint32_t b1, uint32_t e1, uint32_t b2) const;
  // A person found before token k, a given name and more words, ends in
  // k's word.
  [[gnu::cold, gnu::noinline]] bool PersonEndedIn(uint32_t k) const {
    for (size_t c = 0; c < s_.cands.size(); ++c) {
      const Candidate& p = s_.cands[c];
      if (p.type == EntityType::kPerson && p.e - p.b >= 2 && p.e <= k &&
          Has(p.b, kBGiven) && SameNorm(p.e - 1, k))
        return true;
    }
    return false;
  }
  // SameNorms(b1, e1, b2) for two names whose last words (e1 - 1 and the
  // one facing it) have the same NormKey `key`: a word id (top bit clear)
  // says they are the same form, so only the words before are compared,
  // none for a one-word name (most of Chain's links: "Okafor" after "Grace
  // Okafor"); a hash may collide, so the last words are compared too.
  [[gnu::always_inline]] bool SameNormsLastAlike(uint32_t b1, uint32_t e1,
                                                 uint32_t b2,
                                                 uint64_t key) const {
    const uint32_t e = (key >> 63) != 0 ? e1 : e1 - 1;
    if (e == b1) return true;
    // (One word, the commonest compare -- an unknown surname, whose key is
    // a hash -- inline: SameNorms' call and loop cost more than the compare.)
    if (e == b1 + 1) return b2 < n_ && SameNorm(b1, b2);
    return SameNorms(b1, e, b2);
  }
  // ts_.norm(i) == ts_.norm(j), by word ids when the lexicon knows either
  // form (one id per form: equal forms, equal ids; a known form never
  // equals an unknown one), by the bytes only when neither is known.
  bool SameNorm(uint32_t i, uint32_t j) const {
    const uint32_t a = ids_[i], b = ids_[j];
    if ((a & b) != kNoWord) return a == b;
    return SameBytes(ts_.norm(i), ts_.norm(j));
  }
  // The gaps between tokens [b, e) are each one ' ' or nothing: their
  // text is their name as it stands. (Inline: most names are one or two
  // words, one gap or none; longer ones in PlainGapsLoop.)
  [[gnu::always_inline]] bool PlainGaps(uint32_t b, uint32_t e) const {
    if (e - b <= 2) return e - b < 2 || PlainGap(b + 1);
    return PlainGapsLoop(b, e);
  }
  // The gap before token k (k > 0) is one ' ' or nothing. (A byte after
  // token k - 1 always exists: token k's.)
  [[gnu::always_inline]] bool PlainGap(uint32_t k) const {
    const uint32_t gap = tok(k).span.begin - tok(k - 1).span.end;
    const bool space = tok(k).has(kSpaceBefore);
    return (gap == uint32_t{space}) &
           (!space | (text_[tok(k - 1).span.end] == ' '));
  }
  bool PlainGapsLoop(uint32_t b, uint32_t e) const;
  // Tokens [b, e) joined by one space where the text has any gap.
  void JoinTokens(uint32_t b, uint32_t e, std::string* out) const;
  // *out = tokens [b, e) joined (their bytes when PlainGaps).
  void SpanText(uint32_t b, uint32_t e, std::string* out) const;
  // ent->canonical (empty) = name, left empty when name is ent's own text.
  // (Inline: Emit's few calls are a compare and, mostly, an append.)
  // (append: the string is a fresh entity's, empty; libstdc++'s append
  // copies into the room it has, assign goes through the general replace.)
  [[gnu::always_inline]] void SetName(std::string_view name,
                                      Entity* ent) const {
    if (!SameBytes(name, Bytes(ent->span))) ent->canonical.append(name);
  }
  // ent->canonical = the name of c (its entry's canonical, else its
  // tokens' text), through SetName.
  void Canonical(const Candidate& c, Entity* ent) const;

  std::string_view text_;
  const TokenStream& ts_;
  const uint32_t* ids_;  // word id per token
  const std::vector<EntryInfo>& info_;
  const std::vector<uint8_t>& roles_;  // 1 if the entry matters to this stage
  const EntryBrief* brief_;            // per entry: what the rules read
  const EntityRecognizer::WordMarks* word_marks_;
  const uint32_t* word_heads_;                    // same index as word_marks_
  const EntityRecognizer::WordMarks* planes_[4];  // per case class
  const EntityRecognizer::ItsWords* its_words_;
  const EntityRecognizer::ItWords* it_words_;
  Scratch& s_;
  const bool fast_paths_;  // EntityRecognizer::SetFastPathsForTesting
  // Data of ts_.tokens and s_.state (sized before the run, never
  // resized during it): one load per look-up instead of two.
  const Token* toks_;
  Scratch::TokenState* state_;
  const Override* overrides_;  // s_.overrides.data(), kept current by Over()
  uint32_t n_;
  bool any_weak_ = false;  // a heading or all-caps line (MarkLines)
  bool any_list_ = false;  // a line that lists names (MarkLines)
  size_t numeric_at_ = 0;  // MarkLines' place in ts_.numeric
  // A candidate typed ORG as an unknown subject of "said" (Classify).
  bool any_said_org_ = false;
  // A run took in a lower-case particle ("Mario de la Calzada"):
  // ParticlesBeforeSurnames may widen its later mentions.
  bool any_inner_particle_ = false;
  bool any_default_org_ = false;  // a kDefaultOrg candidate
  // A one-word person's lexicon name (gazetteer_people.tsv): "Putin".
  bool any_person_entry_ = false;
  int8_t sport_ = -1;  // SportDocument's answer, once asked (-1: not yet)
  int8_t sets_ = -1;   // any set scores ("6-3 6-2") in the text (-1: not yet)
  uint32_t rows_ = 0;  // results rows MarkLines found (MarkRow)
  // The first token of the last run FindRuns joined over "und" or "et".
  uint32_t foreign_and_run_ = kNone;
  bool possessive_entry_ = false;  // Mark saw a name ending in 's
  // SportDocument found no score in the whole text: then TeamScore finds
  // none either, unless a phrase marked a score's word (any_score_phrase_).
  bool no_score_ = false;
  bool any_score_phrase_ = false;  // Mark set kBScoreWord from a phrase
  // An all-caps word of two or more bytes (MarkLines, from the lines'
  // counts): without one, no acronym can spell an ORG's initials.
  bool any_all_caps_ = false;
  // A run ends right before an opening bracket or quote (FindRuns): only
  // then can FindAcronyms find "World Health Organization (WHO)".
  bool any_open_after_run_ = false;
  // Mark: a name word's table entry has kNoEntityWord (DropNoEntity).
  bool any_no_entity_ = false;
  // The candidates of FindRuns' runs, the first ones (in text order).
  size_t run_candidates_ = 0;
  Fact* facts_ = nullptr;  // s_.facts.data(), one slot per token
  // it_words_->cues.data(), read once: through it_words_, each Cue() loaded
  // the vector's data pointer first.
  const uint32_t* cues_;
};

// A sentence or line start, after an opening quote, bracket or bullet, or
// after a colon ("Note: Figures are ..."), or the word after a dateline.
bool Run::InitialWalk(uint32_t i) const {
  // Token i starts a clause if i - 1 is a colon, or a non-word that itself
  // starts one: walk back over the non-words.
  for (;;) {
    if (i == 0 || (tok(i).flags & (kSentenceInitial | kLineStart)) != 0)
      return true;
    if (IsColon(i - 1)) return true;
    if (tok(i - 1).kind == TokenKind::kWord) return false;
    // A full stop, question or exclamation mark, then a space: a sentence
    // the splitter kept inside a quotation ("'Thanks. Things went well'")
    // opens here like any other.
    if (EndsSentence(i - 1) && tok(i).span.begin > tok(i - 1).span.end)
      return true;
    --i;
  }
}

bool Run::CaseOk(const EntryInfo& e, uint32_t begin, uint32_t len) const {
  for (uint32_t k = 0; k < len && k < 32; ++k) {
    const Token& t = tok(begin + k);
    if (((e.cap_mask >> k) & 1) && !t.has(kCapitalized)) return false;
    if (((e.upper_mask >> k) & 1) && !t.has(kAllCaps)) return false;
  }
  return true;
}

constexpr size_t kPrefetchAhead = 8;
constexpr size_t kNameWordsPad = 4;

// A hyphenated given name after a capitalized name word ("Lee Jae-myung",
// "Tsai Ing-wen", "Koo Yun-cheol"): two short syllables joined by one
// hyphen, right after the previous name word, and not a compound
// adjective's suffix ("Saudi-led", "Kenya-born").
// A month that is also a given name (May, June, April) inside a person's
// name: right after a name word ("Theresa May", "Anna May Wong") or right
// before a capitalized word ("June Okafor said"), on the same line, and not
// a date ("May 5", "in June Parliament voted"). Called by Mark in token
// order: the name words before token i are marked.
bool Run::MonthNameInName(uint32_t i) const {
  const Token& t = tok(i);
  if (i + 1 < n_ && tok(i + 1).kind == TokenKind::kNumber) return false;
  // "in May Britain", "Since June Okafor has": a date, however written.
  if (i > 0 && tok(i - 1).kind == TokenKind::kWord) {
    if ((TableBits(i - 1) & kBNotName) != 0) return false;
    std::string_view w = ts_.norm(i - 1);
    for (std::string_view prep : kDatePreps) {
      if (w == prep) return false;
    }
  }
  // "Pay April one", "Record May three" (dividend tables): a day written
  // as a word after the month.
  if (i + 1 < n_) {
    std::string_view w = ts_.norm(i + 1);
    for (std::string_view day : kDayWords) {
      if (w == day) return false;
    }
  }
  // "Theresa May", "Anna May Wong"; not after a known name ("U.S. August
  // trade data").
  if ((t.flags & (kSentenceInitial | kLineStart)) == 0 && i > 0 &&
      tok(i - 1).span.end + 1 == t.span.begin &&
      (state_[i - 1].bits & kBNameWord) != 0) {
    return Marks(i - 1).entity == kNone;
  }
  // "May told the committee": only a person says or tells.
  if (i + 1 < n_ && (TableBits(i + 1) & kBPersonAfter) != 0 &&
      !tok(i + 1).has(kCapitalized)) {
    return true;
  }
  if (i + 2 >= n_ || tok(i + 1).has(kLineStart)) return false;
  const Token& next = tok(i + 1);
  return next.kind == TokenKind::kWord && next.has(kCapitalized) &&
         next.span.size() >= 2 && next.span.begin == t.span.end + 1 &&
         (TableBits(i + 1) & (kBDateWord | kBNotName)) == 0 &&
         Marks(i + 1).entity == kNone &&  // "May Britain", "June London"
         tok(i + 2).kind != TokenKind::kNumber;
}

bool Run::HyphenPrefixed(uint32_t i) const {
  const std::string_view w = ts_.norm(i);
  const size_t dash = w.find('-');
  if (dash == std::string_view::npos) return false;
  const EntityRecognizer::ItWords& words = *it_words_;
  return std::binary_search(words.hyphen_prefixes.begin(),
                            words.hyphen_prefixes.end(), w.substr(0, dash));
}

bool Run::HyphenGivenName(uint32_t i, std::string_view w) const {
  if (i == 0 || (state_[i - 1].bits & kBNameWord) == 0 ||
      tok(i - 1).span.end + 1 != tok(i).span.begin) {
    return false;
  }
  // (Syllables of two to five letters, "Teng-hui", "Dae-jung", or six of a
  // romanized Chinese syllable's shape, an initial "hs", "ch", "sh" or "zh"
  // and a final "ng": "Pin-hsiung", "Kuo-chiang"; not "States-flag",
  // "House-passed", "So-called".)
  size_t dash = w.find('-');
  // (The first letter in lower case: the part before the hyphen opens the
  // word with a capital.)
  auto syllable = [](std::string_view p) {
    if (p.size() >= 2 && p.size() <= 5) return true;
    if (p.size() != 6 || p.substr(4) != "ng") return false;
    const char c = static_cast<char>(p[0] | 0x20);
    return (c == 'h' && p[1] == 's') ||
           ((c == 'c' || c == 's' || c == 'z') && p[1] == 'h');
  };
  if (dash == std::string_view::npos || !syllable(w.substr(0, dash)) ||
      !syllable(w.substr(dash + 1))) {
    return false;
  }
  for (size_t k = 0; k < w.size(); ++k) {
    char c = w[k];
    bool letter = (c >= 'a' && c <= 'z') || (k == 0 && c >= 'A' && c <= 'Z');
    if (k != dash && !letter) return false;
  }
  const EntityRecognizer::ItWords& words = *it_words_;
  const std::string_view suffix = w.substr(dash + 1);
  if (std::binary_search(words.hyphen_suffixes.begin(),
                         words.hyphen_suffixes.end(), suffix))
    return false;
  const std::string_view prefix = ts_.norm(i).substr(0, dash);
  return !std::binary_search(words.hyphen_prefixes.begin(),
                             words.hyphen_prefixes.end(), prefix);
}

// "the NATO-led force", "an Iran-backed militia", "the Fianna Fail-led
// coalition": a known name (any entity entry of up to three words) before a
// compound's last hyphen and a suffix that makes an adjective of it
// (in=hyphen_suffix: led, backed, owned, made) is that name, typed as the
// lexicon types it, the suffix cut off. Its first words may be the run that
// ends right before the compound's word, one space before it ("Fianna").
bool Run::KnownCompound(uint32_t k, size_t before) {
  const std::string_view norm = ts_.norm(k);
  const size_t dash = norm.rfind('-');
  if (dash == 0 || dash == std::string_view::npos) return false;
  const EntityRecognizer::ItWords& words = *it_words_;
  if (!std::binary_search(words.hyphen_suffixes.begin(),
                          words.hyphen_suffixes.end(), norm.substr(dash + 1)))
    return false;
  const std::string_view bytes = Bytes(tok(k).span);
  const size_t cut = bytes.size() - bytes.rfind('-');
  const std::string_view part = bytes.substr(0, bytes.size() - cut);
  Candidate* run = nullptr;
  if (before > 0) {
    Candidate& c = s_.cands[before - 1];
    if (c.e == k && k - c.b <= 2 && c.te == c.tb && c.cut == 0 &&
        PlainGaps(c.b, k + 1))
      run = &c;
  }
  const auto& names = words.compound_names;
  std::string key, plain;
  // The longer name first: the run's words and the part, then the part.
  for (int with_run = run != nullptr; with_run >= 0; --with_run) {
    key.clear();
    if (with_run) {
      for (uint32_t w = run->b; w < k; ++w) {
        key += ts_.norm(w);
        key += ' ';
      }
    }
    key += norm.substr(0, dash);
    const std::string_view want = PlainForm(key, &plain);
    const auto it = names.find(absl::string_view(want.data(), want.size()));
    if (it == names.end()) continue;
    // ("a New Albury-based miner": an unknown run right before a place's
    // compound is the place's first words, the place-suffix rule's case.)
    if (!with_run && run != nullptr && run->entry == kNone &&
        std::binary_search(words.place_suffixes.begin(),
                           words.place_suffixes.end(), norm.substr(dash + 1)))
      return false;
    const EntryInfo& e = info_[it->second];
    // The part written as the entry's last word must be: all capitals
    // ("NATO"), or capitalized.
    const uint32_t last = with_run ? k - run->b : 0;
    if (((e.upper_mask >> last) & 1) &&
        std::any_of(part.begin(), part.end(),
                    [](char ch) { return ch >= 'a' && ch <= 'z'; }))
      continue;
    if (with_run) {
      run->e = k + 1;
      run->type = e.type;
      run->outlet = e.outlet;
      run->strength = 2;
      run->said_org = 0;
      run->cut = static_cast<uint8_t>(cut);
    } else {
      Add(k, k + 1, e.type, 2, e.outlet);
      s_.cands.back().cut = static_cast<uint8_t>(cut);
    }
    return true;
  }
  return false;
}

// "Vingroup said its ...", "Novo Nordisk cut its forecast": "its" within
// three words after the name, with no punctuation between, refers to it (a
// person's would be "his" or "her"), so the name is an organization.
bool Run::ItsWithin(uint32_t e) const {
  // Only lower-case words between (a capitalized one may be what "its"
  // refers to: "Jude Law film Closer made its debut"), and no preposition
  // or conjunction ("named Ann Lee as its chief", "Crucial to its
  // survival", "Tory MPs and its own backbenchers"). By the per-word table's
  // marks when the lexicon knows all these words (an unknown word is none
  // of them).
  const EntityRecognizer::ItsWords& words = *its_words_;
  uint32_t end = e + 4;
  for (uint32_t k = e; k < end && k < n_; ++k) {
    // "Tesco said on Wednesday its sales ...": a date after "on" is passed
    // over (its words do not count toward the window).
    if (k > e && k + 1 < n_ && (state_[k + 1].bits & kBInDate) != 0 &&
        ts_.norm(k) == "on") {
      uint32_t d = k + 1;
      while (d < n_ && (state_[d].bits & kBInDate) != 0) ++d;
      end += d - k;
      k = d - 1;
      continue;
    }
    if (tok(k).kind == TokenKind::kPunctuation || Cap(k)) return false;
    if (words.known) {
      const uint32_t bits = Marks(k).bits;
      if ((bits & EntityRecognizer::kItsWord) != 0) return k > e;
      if ((bits & EntityRecognizer::kItsStop) != 0) return false;
      continue;
    }
    std::string_view w = ts_.norm(k);
    if (w == "its") return k > e;
    for (std::string_view stop : kItsStops) {
      if (w == stop) return false;
    }
  }
  return false;
}

// "Corvane said on Friday it would close ...", "Brightwell says it has
// agreed ...": "it" as the subject of what a name said refers to the name (a
// person would be "he" or "she"), so the name is an organization. Not "it
// was", nor "it would be" or "it has been" (an empty subject: "Lee said it
// was time", "Lee said it would be hard").
bool Run::SaidAfter(uint32_t e) const {
  if ((Cue(e) & kWSaidVerb) == 0) return false;
  // Not before "he" or "she" ("Okafor said on Monday he would stay"): the
  // subject is a person. (A date and "that" between are passed over.)
  uint32_t k = e + 1;
  if (k + 1 < n_ && ts_.norm(k) == "on" &&
      (state_[k + 1].bits & kBInDate) != 0) {
    ++k;
  }
  while (k < n_ && (state_[k].bits & kBInDate) != 0) ++k;
  if (k < n_ && ts_.norm(k) == "that") ++k;
  return k >= n_ || (Cue(k) & kWSaidPerson) == 0;
}

// A capitalized Romance definite article ("El", "La", "Los", "Las", "Il";
// not "Le" or "Lo", which open surnames: Le Pen, Lo Cicero; nor "Les", a
// given name).
bool Run::ArticleFirst(uint32_t b) const {
  return tok(b).has(kCapitalized) && (Cue(b) & kWArticle) != 0;
}

// A model's code: a hyphen before a digit ("F-35", "MD-11", "Cox-2"), a
// digit before a lower-case letter ("A321neo"), or one capital and three or
// more digits ("A350", "B747").
bool ModelCode(std::string_view w) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t k = 0; k + 1 < w.size(); ++k) {
    if (w[k] == '-' && digit(w[k + 1])) return true;
    if (digit(w[k]) && w[k + 1] >= 'a' && w[k + 1] <= 'z') return true;
  }
  if (w.size() < 4 || w[0] < 'A' || w[0] > 'Z') return false;
  for (size_t k = 1; k < w.size(); ++k)
    if (!digit(w[k])) return false;
  return true;
}

// A plural acronym ("PCs", "TVs", "HDTVs"): two or more capitals and a
// final lower-case s, a common noun's plural.
bool PluralAcronym(std::string_view w) {
  if (w.size() < 3 || w.back() != 's') return false;
  for (size_t k = 0; k + 1 < w.size(); ++k)
    if (w[k] < 'A' || w[k] > 'Z') return false;
  return true;
}

// Token b follows a number with no space between: a unit's symbol ("40GB",
// "12MW"), no name.
bool Run::GluedToNumber(uint32_t b) const {
  return b > 0 && !tok(b).has(kSpaceBefore) &&
         tok(b - 1).kind == TokenKind::kNumber;
}

// A road's number ("the M62", "the A494", "the B4520"; Ireland's and South
// Africa's national roads, "the N17", "the N3"; Ireland's regional ones,
// "the R336"; Europe's, "the E39"): M and one to three digits, A and one to
// four, B and three or four, N and E and one or two, R and three, with a road
// word (entity_word in=road_word: motorway, northbound, lorry) in the
// sentence within eight words either side, or "the" before and "near" or
// "between" after ("on the M6 near Preston"), or "the" before a code no
// model or money aggregate has and before no noun (in=place_noun_next,
// auxiliary, place_prep: "the A47 at Acle", "the N6 was", "the B3212."). Not a
// model's code ("the A350 jet") nor a money aggregate ("the M3 rose"),
// which have neither.
bool Run::RoadCode(uint32_t b) const {
  const std::string_view w = Bytes(tok(b).span);
  if (w.size() < 2) return false;
  // "the BR-163 highway", "the A-52 motorway", "I-90 traffic": one to three
  // capitals, a hyphen and one to four digits, with a road's word near (a
  // model's code has none: "F-35", "MD-11").
  if (const size_t dash = w.find('-'); dash != std::string_view::npos) {
    if (dash == 0 || dash > 3 || w.size() - dash - 1 < 1 ||
        w.size() - dash - 1 > 4)
      return false;
    for (size_t k = 0; k < w.size(); ++k) {
      const char c = w[k];
      if (k < dash ? (c < 'A' || c > 'Z') : k > dash && (c < '0' || c > '9'))
        return false;
    }
    // (Right before a road's word, or after "the" or a way's preposition,
    // entity_word in=the_place_prep, with one near: "the unit's A-3 senior
    // debt", "two new EMB-120 aircraft ... traffic" are no roads.)
    if (b + 1 < n_ && tok(b + 1).kind == TokenKind::kWord &&
        (Cue(b + 1) & kWRoadWord) != 0)
      return true;
    return b > 0 &&
           (ts_.norm(b - 1) == "the"sv ||
            Listed(it_words_->the_place_preps, b - 1)) &&
           RoadWordNear(b);
  }
  // (A code no model's or money aggregate's number shares: no M and one
  // digit below 5, "M3"; no A and three digits from 200 to 399, "A320",
  // "A350"; no B and three, "B747"; no E and three, "E190".)
  bool plain = true;
  switch (w[0]) {
    case 'M':
      if (w.size() > 4) return false;
      plain = w.size() > 2 || w[1] >= '5';
      break;
    case 'A':
      if (w.size() > 5) return false;
      plain = w.size() != 4 || (w[1] != '2' && w[1] != '3');
      break;
    case 'B':
      if (w.size() < 4 || w.size() > 5) return false;
      plain = w.size() == 5;
      break;
    case 'N':
      if (w.size() > 3) return false;
      break;
    case 'E':
      // (Europe's E roads: "the E39", "along E10".)
      if (w.size() > 3) return false;
      break;
    case 'R':
      if (w.size() != 4) return false;
      break;
    default:
      return false;
  }
  for (size_t k = 1; k < w.size(); ++k)
    if (w[k] < '0' || w[k] > '9') return false;
  if (b > 0 && ts_.norm(b - 1) == "the" && b + 1 < n_ &&
      tok(b + 1).kind == TokenKind::kWord && (Cue(b + 1) & kWRoadAfter) != 0)
    return true;
  // (A plain code's next word is no noun: "the M23 rebels", "the E3 show".)
  if (plain && b > 0 && ts_.norm(b - 1) == "the" &&
      (b + 1 >= n_ || tok(b + 1).kind == TokenKind::kPunctuation ||
       (tok(b + 1).kind == TokenKind::kWord && !tok(b + 1).has(kCapitalized) &&
        // (Or a way's preposition, entity_word in=the_place_prep: "the A44
        // through Rhayader", "divert the M25 into a tunnel".)
        (IsAndOr(b + 1) || Listed(it_words_->the_place_preps, b + 1) ||
         Listed(it_words_->place_noun_nexts, b + 1) ||
         Listed(it_words_->auxiliaries, b + 1) ||
         Listed(it_words_->place_preps, b + 1)))))
    return true;
  // "the A75 and A77": a road's code coordinated with one.
  if (b >= 2 && IsAndOr(b - 1) && tok(b - 2).has(kHasDigit) && RoadCode(b - 2))
    return true;
  return RoadWordNear(b);
}

// Among the name words from k (at most three, on k's line, none opening a
// sentence) is a name head.
bool Run::HeadAhead(uint32_t k) const {
  bool head = false;
  for (uint32_t h = k;
       h < n_ && h < k + 3 && NameWord(h) && ts_.newlines_before[h] == 0 &&
       !tok(h).has(kSentenceInitial);
       ++h)
    head |= HeadEntry(h) != kNone;
  return head;
}

// Token j is the 's of a capitalized irregular plural (entity_word
// in=irregular_plural: Women, Children, Men, People).
bool Run::IrregularPluralPossessive(uint32_t j) const {
  const std::string_view w = ts_.norm(j);
  if (w != "'s" && w != "\xe2\x80\x99s") return false;
  return tok(j - 1).has(kCapitalized) && (Cue(j - 1) & kWIrregularPlural) != 0;
}

// Token e is "state", "province", "district", "county", "governorate" or
// "prefecture" (singular: "Member states") after the word b no lexicon knows
// ("Bayelsa state officials", not "Federal state aid": "Federal" is known).
bool Run::SubdivisionAfter(uint32_t b, uint32_t e) const {
  if (!Unknown(b) || tok(b).has(kAllCaps)) return false;
  const std::string_view w = ts_.norm(e);
  if (w == "state") {
    // "state" also makes compounds ("Welfare state spending", "Swing state
    // voters"): only before punctuation or a word of its offices.
    if (e + 1 >= n_ || tok(e + 1).kind != TokenKind::kWord) return true;
    const std::string_view x = ts_.norm(e + 1);
    return x == "police" || x == "government" || x == "governor" ||
           x == "officials" || x == "capital" || x == "assembly" ||
           x == "lawmakers" || x == "legislature" || x == "commissioner" ||
           x == "command" || x == "authorities" || x == "house" || x == "and" ||
           x == "in" || x == "on" || x == "of" || x == "is" || x == "has" ||
           x == "was";
  }
  return w == "province" || w == "district" || w == "county" ||
         w == "governorate" || w == "prefecture";
}

// A site's or place's common noun right after a name, in lower case
// (entity_word in=site_after: mine, field; place_after: airport, coast;
// loc_after: river): those of its WordBit bits.
inline uint32_t Run::FacilityAfter(uint32_t e) const {
  if (e >= n_ || tok(e).kind != TokenKind::kWord || tok(e).has(kCapitalized))
    return 0;
  return Cue(e) & (kWSiteAfter | kWPlaceAfter | kWLocAfter | kWResidentAfter |
                   kWPremisesAfter | kWIndexAfter | kWPersonNoun |
                   kWProductAfter | kWSiteModifier);
}

// "an analyst at Corvane Capital", "a 2-1 win at Stowe Park": a name of
// several words (no given name) right after a lower-case "at" is where
// someone works or something happens, more often an organization than a
// person (whom "at" rarely takes; "at Ann Lee's home" keeps the person).
// "Jasper Vermeulen of Lotto Dstny", "Ann Lee of Orvik Freight": a name
// right after a person's name and a lower-case "of" is where the person
// works or comes from, not a second person (the person is the candidate
// added last, ending right before the "of").
// Token b follows "of" (in=person_of) after a person whose title's last
// word is a legislator's (in=legislator): "Sen. Ann Roe of Valdosta".
bool Run::LegislatorOf(uint32_t b) const {
  if (!PersonOfBefore(b)) return false;
  const Candidate& c = s_.cands.data()[s_.cands.size() - 1];
  return c.te > c.tb && Listed(it_words_->legislators, c.te - 1);
}

// "farmer Ann Roe of Tarvik", "a grower, Ann Roe from Tarvik": one word
// no entry knows after a person and "of" or "from" is the place the person
// is from (a firm's name has its own evidence: a head, a lexicon entry, an
// inner capital). Not a sports report's rider or driver, with a sports
// role's title or a nationality before the name ("Dane Ann Roe of
// Festina"): the team; nor after a capitalized word alone, a guess
// ("Shares of Tarvik"). (ClassifyRules asks before a reporting verb, whose
// subject the word had been read as.)
bool Run::PersonHomeBefore(uint32_t b) {
  if (b < 2 || !PersonEndsBefore(b - 1) ||
      (ts_.norm(b - 1) != "from"sv && !PersonOfBefore(b)))
    return false;
  const size_t n = s_.cands.size();
  const Candidate& c = s_.cands.data()[n - 1];
  if (c.strength == 0 || (c.te > c.tb && Has(c.te - 1, kBTeamTitle)))
    return false;
  const uint32_t start = c.te > c.tb ? std::min(c.b, c.tb) : c.b;
  if (start >= 1 && F(start - 1).ent_end == start &&
      brief_[F(start - 1).ent_entry].type == EntityType::kNorp)
    return false;
  // Nor before "in" and a capital: "said Ann Roe of Tarvik in Lyon" (the
  // firm's office).
  if (b + 2 < n_ && ts_.norm(b + 1) == "in"sv && tok(b + 2).has(kCapitalized))
    return false;
  return !SportDocument();
}

bool Run::PersonOfBefore(uint32_t b) const {
  return b >= 2 && (Cue(b - 1) & kWPersonOf) != 0 &&
         tok(b - 1).kind == TokenKind::kWord && !tok(b - 1).has(kCapitalized) &&
         PersonEndsBefore(b - 1);
}

// "Minister of Trade and Industry Alan Lee", "Secretary of State for
// Health", "Minister of Agriculture, Livestock and Fisheries": the run [b,
// e) is (an item of) the portfolio after a minister's or a secretary's title
// and "of" or "for", which the title keeps. Returns the title's first token
// (its modifiers too: "Deputy Minister"), else kNone. (The items before b:
// one to three capitalized words each, after a comma, "and" or "&"; an item
// after a comma has one after it: "Culture, Media and Sport", not "Trade,
// Hajime Tamura, said". A capitalized title: "secretary of Unison" is a
// union's officer.)
uint32_t Run::PortfolioTitleStart(uint32_t b, uint32_t e) const {
  if (b < 2 || (IsComma(b - 1) && !(e < n_ && (IsAnd(e) || IsAmpersand(e)))))
    return kNone;
  uint32_t k = b;
  for (int items = 0; k >= 2 && items < 4; ++items) {
    uint32_t p = k - 1;
    // "Minister for the Environment": an article after the "for".
    if (p >= 3 && PortfolioJoinThe(p)) --p;
    if ((Cue(p) & kWPortfolioOf) != 0 && !tok(p).has(kCapitalized)) {
      uint32_t t = p - 1;
      // "Secretary of State for", "Minister of State for"
      if (t >= 2 && ts_.norm(t) == "state" && (Cue(t - 1) & kWPortfolioOf) != 0)
        t -= 2;
      if ((Cue(t) & kWPortfolioTitle) == 0 || !tok(t).has(kCapitalized))
        return kNone;
      while (t > 0 && Has(t - 1, kBMod)) --t;
      return t;
    }
    if (!(IsAnd(p) || IsComma(p) || IsAmpersand(p))) return kNone;
    uint32_t q = p;
    while (q > 0 && q + 3 > p && tok(q - 1).kind == TokenKind::kWord &&
           tok(q - 1).has(kCapitalized) && !Has(q - 1, kBGiven)) {
      --q;
    }
    if (q == p) return kNone;
    k = q;
  }
  return kNone;
}

// Tokens [b, e), whose last word's key is `last`, spell a title FindRuns
// read as a work's (s_.works), in any case ("VERA DRAKE" in a heading).
bool Run::IsWorkTitle(uint32_t b, uint32_t e, uint64_t last) const {
  for (const Scratch::Work& w : s_.works) {
    if (w.last == last && w.e - w.b == e - b && SameNorms(b, e, w.b))
      return true;
  }
  return false;
}

// The words before a town that a home's or a site's noun follows (noun:
// its FacilityAfter bits): "a" or "an" before a person it is the home of,
// also with an age between ("a 52-year-old Caboolture man"); "its" or
// "their" before a firm's site ("its Rotherham plant").
bool Run::HomeBefore(uint32_t b, uint32_t noun) const {
  if (b == 0 || tok(b - 1).kind != TokenKind::kWord) return false;
  // (The words' entity_word bits: in=premises_before, in=home_before.)
  uint32_t d = Cue(b - 1);
  if ((noun & kWPremisesAfter) != 0 && (d & kWPremisesBefore) != 0) return true;
  if ((noun & kWResidentAfter) == 0) return false;
  // "52-year-old" is three tokens: the number, "-", "year-old".
  if ((d & kWHomeBefore) == 0 && b >= 4 &&
      tok(b - 3).kind == TokenKind::kNumber &&
      tok(b - 4).kind == TokenKind::kWord) {
    const std::string_view age = ts_.norm(b - 1);
    if (age.size() > 4 && age.substr(age.size() - 4) == "-old") d = Cue(b - 4);
  }
  return (d & kWHomeBefore) != 0;
}

bool Run::AtBefore(uint32_t b, uint32_t e) const {
  if (b == 0 || tok(b - 1).kind != TokenKind::kWord ||
      Bytes(tok(b - 1).span) != "at")
    return false;
  const std::string_view next = e < n_ ? ts_.norm(e) : std::string_view();
  return next != "'s" && next != "\xe2\x80\x99s";
}

// A one-word name [b, e), no given name, after a bare preposition of place
// (entity_word in=place_prep: at, from, between) that no phrase context marks
// (kBOrgNoun: "analyst at", "figures from"; kBPlaceBefore decides before this
// is asked), not before an 's ("at Tesco's"); not in a sports report, where a
// name after "at" or "from" is as often a club ("a draw at Corinthians",
// "signed from Santos").
bool Run::PlacePrepBefore(uint32_t b, uint32_t e) {
  // (The word before first: most names follow none of these. Not a given
  // name: "replaced at Chelsea", "a call from Jordan".)
  if (b == 0) return false;
  // "the Andes of Apurimac", "the Atacama desert of Chile": "of" right
  // after a place's name (the last candidate) opens a place.
  if (b >= 2 && ids_[b - 1] == it_words_->of_word &&
      it_words_->of_word != kNoWord && PlaceEndsBefore(b - 1) &&
      !Has(b, kBGiven))
    return DefaultOrg(b) && !SportDocument();
  // "in the Goldfields", "at the Greenyards", "on the Pamba", "to the
  // Zocalo": "the" after a preposition of place (place_prep, a place's
  // context word, or in=the_place_prep: to, on, into, through) before one
  // word no lexicon holds names a region, a river or a site.
  // (A word some lexicon phrase holds is left out: "in the House", "the
  // Commons", "the Treasury" name bodies.)
  // (Nor a work's title, "in The Aviator", nor a name going on: "the
  // Phantom of the Opera", "the Program for Appropriate Technology", "the
  // MacNeil/Lehrer News Hour".)
  // (Asked last, of the few names after "the": ThePrepBefore.)
  const bool to =
      ids_[b - 1] == it_words_->to_word && it_words_->to_word != kNoWord;
  // "Uig on Skye", "Marsh Harbour on Abaco": "on" right after a place's
  // name opens the island (or the shore) the place is on.
  const bool on_place = b >= 2 && IsOn(b - 1) && PlaceEndsBefore(b - 1);
  bool the_prep = false, river = false;
  if (tok(b - 1).kind != TokenKind::kWord || Has(b, kBGiven)) return false;
  if (!to && !on_place && !Listed(it_words_->place_preps, b - 1)) {
    if (!(b >= 3 && ts_.norm(b - 1) == "the"sv && ThePrepBefore(b, e))) {
      // "Erosion by the Padma", "the Aa burst its banks": a river's word
      // in the sentence (its "its" is the river's, no firm's).
      // (Its sentence is read after the word after it: RiverAfterThe.)
      if (ts_.norm(b - 1) != "the"sv) return false;
      river = true;
    }
    the_prep = true;
  }
  const uint32_t prep = river ? b - 1 : the_prep ? b - 2 : b - 1;
  if (to) {
    // "from Altrincham to Rochdale": "to" after "from" and a name no entry
    // knows, or a place's.
    if (b < 4) return false;
    uint32_t k = b - 2;
    while (k > 0 && k + 5 > b && tok(k).has(kCapitalized)) --k;
    if (k + 2 >= b || ts_.norm(k) != "from") return false;
    const uint32_t end = EntEnd(k + 1);
    const EntityType t =
        end != 0 ? brief_[EntEntry(k + 1)].type : EntityType::kGpe;
    if (end != 0 &&
        (end != b - 1 || (t != EntityType::kGpe && t != EntityType::kLoc)))
      return false;
  } else if ((MakeFact(prep).bits & kBOrgNoun) != 0 || tok(b).span.size() < 3) {
    return false;
  } else if (prep >= 1 && ts_.norm(prep) == "at") {
    // (A title right before "at": "vice president at Refco", the employer;
    // "a party leader from Jhapa" is from a place.)
    uint32_t tb;
    if (TitleBefore(prep, MakeFact(prep - 1).title_end, &tb) != 0) return false;
  }
  if (e < n_ && tok(e).kind == TokenKind::kWord && !tok(e).has(kCapitalized)) {
    // A lower-case word after it that may follow a place (entity_word
    // in=place_noun_next, date_before, auxiliary: "near", "on", "had";
    // "and", "to", "for", "after", "when"; an article, "dumping at Kiteezi
    // a year after"); any other makes the name a modifier, more often a
    // body's ("Holyrood officials", "Bonhams auction house").
    const std::string_view next = ts_.norm(e);
    if (!IsAndOr(e) && next != "to" && next != "for" && next != "after" &&
        next != "a" && next != "an" && next != "during" && next != "when" &&
        next != "while" && !Listed(it_words_->place_noun_nexts, e) &&
        !Listed(it_words_->date_befores, e) &&
        !Listed(it_words_->auxiliaries, e) && !PastTenseShape(next) &&
        !(river && Listed(it_words_->river_cues, e)))  // "the Tano burst"
      return false;
  } else if (e < n_) {
    const std::string_view next = Bytes(tok(e).span);
    if (next == "'s" || next == "\xe2\x80\x99s" || next == "'" ||
        next == "\xe2\x80\x99")
      return false;
  }
  if (river && !RiverAfterThe(b, e)) return false;
  if (e + 1 < n_ && (IsComma(e) || IsAndOr(e))) {
    // (Nor one opening a list whose next name is a body's: "parts from
    // Tarvik, Brandt & Pike and Stellar Motors", "at Brevik and Norway Rail
    // Corp".)
    for (uint32_t k = e + 1; k < n_ && k < e + 6; ++k) {
      if (Bytes(tok(k).span) == "&") return false;
      if (!tok(k).has(kCapitalized)) break;
      if (HasHead(k) && !PlaceHeadAt(k)) return false;
      if (EntEnd(k) != 0 && brief_[EntEntry(k)].type == EntityType::kOrg)
        return false;
    }
  }
  // (Nor where ClassifyRules' general rules find a firm: DefaultOrg. A
  // town takes "which" as a firm does: "from Sarobi, which fell". A river
  // takes "its": DefaultOrg's other tests.)
  if (river)
    return !CamelCase(b) && (MakeFact(e).bits & kBOrgNoun) == 0 &&
           !SportDocument();
  return DefaultOrg(b, /*which=*/false) && !SportDocument();
}

// Every other mention of the word at b in the text follows "the" too: a
// region's or a river's name takes its article ("the Fens"), a body's or a
// brand's goes bare somewhere ("Bundespost said", "like Kazaa").
bool Run::AlwaysAfterThe(uint32_t b) const {
  // (The name words only, Mark's list, by their kept hashes first.)
  const uint32_t h = ts_.FormHash32(b);
  const std::string_view w = ts_.norm(b);
  const uint32_t* const words = s_.name_words.data();
  for (size_t x = 0; x < s_.name_count; ++x) {
    const uint32_t k = words[x];
    if (k != b && k > 0 && ts_.FormHash32(k) == h && ts_.norm(k) == w &&
        ts_.norm(k - 1) != "the"sv)
      return false;
  }
  return true;
}

// After the name ending at e comes "of", "for" and a capital, or a glued
// slash or hyphen: a longer name's.
bool Run::NameGoesOn(uint32_t e) const {
  if (e >= n_) return false;
  const std::string_view w = ts_.norm(e);
  if (w == "of"sv) return true;
  if (w == "for"sv) return e + 1 < n_ && tok(e + 1).has(kCapitalized);
  return !tok(e).has(kSpaceBefore) && (w == "/"sv || w == "-"sv);
}

bool Run::RiverAfterThe(uint32_t b, uint32_t e) const {
  if (e != b + 1 || b == 0 || it_words_->river_cues.empty() ||
      ts_.norm(b - 1) != "the"sv || !Unknown(b) || tok(b).has(kAllCaps) ||
      NameGoesOn(e))
    return false;
  // (Within a dozen tokens either side in its sentence.)
  const uint64_t* const bloom = it_words_->river_bloom;
  return WordNear(b, e, 12,
                  [&](uint32_t k) {
                    const uint32_t id = ids_[k];
                    return ((bloom[(id >> 6) & 3] >> (id & 63)) & 1) != 0 &&
                           tok(k).kind == TokenKind::kWord &&
                           Listed(it_words_->river_cues, k);
                  }) &&
         AlwaysAfterThe(b);
}

bool Run::ThePrepBefore(uint32_t b, uint32_t e) const {
  return Unknown(b) && !tok(b - 1).has(kCapitalized) &&
         tok(b - 2).kind == TokenKind::kWord && !tok(b - 2).has(kCapitalized) &&
         !NameGoesOn(e) && ThePlacePrep(b - 2) && AlwaysAfterThe(b);
}

bool Run::ThePlacePrep(uint32_t k) const {
  return Listed(it_words_->place_preps, k) ||
         Listed(it_words_->the_place_preps, k) ||
         (MakeFact(k).bits & kBPlaceBefore) != 0;
}

// The type of the one-word name at b no rule types, no given name: a
// place after a bare preposition of place (PlacePrepBefore) or shaped as a
// town's (TownShape), a site shaped as a venue's (VenueShape), else a firm.
EntityType Run::DefaultType(uint32_t b, uint32_t e) {
  const std::string_view w = Bytes(tok(b).span);
  // (The endings' last two letters first: most words end otherwise.)
  bool town = false, venue = false;
  if (ShapeTail(w)) {
    town = TownShape(w);
    venue = !town && VenueShape(w);
    if (!town && !venue && LandShape(w) && !Has(b, kBGiven))
      return EntityType::kLoc;
  }
  // (Or a town the generated list names, entity_word in=town: Horncastle.)
  // (A bit per word id: a binary search here cost 0.65 M instructions
  // over 1,000 BBC documents.)
  town |= e == b + 1 && !venue && TownListed(b);
  // (Or a French compound's shape: "Saint-Blaise-sur-Richelieu"; asked
  // last, of a long word.)
  town |= !town && !venue && e == b + 1 && w.size() >= 8 && FrenchTownShape(w);
  // (Or a Gaelic or Welsh one's: "Ballygunner", "Llanberis".)
  town |= !town && !venue && e == b + 1 && CelticTownShape(w);
  // (A town's shape in a sports story may be its club's, a venue's stays a
  // site: "at the Westfalenstadion".)
  if ((town || venue) && !Has(b, kBGiven) && DefaultOrg(b) &&
      (venue || !SportDocument()))
    return town ? EntityType::kGpe : EntityType::kFac;
  if (PlacePrepBefore(b, e)) return EntityType::kGpe;
  // "at Odsal in Bradford", "at the Bruegglifeld in Aarau": in a sports
  // story a name after "at" (and "the") before "in" and a capital (no
  // date's: "sacked at Spurs in September") is the ground, no club.
  if (e + 1 < n_ && b >= 1 && tok(e + 1).has(kCapitalized) &&
      (state_[e + 1].bits & kBInDate) == 0 && ts_.norm(e) == "in") {
    const uint32_t at = b >= 2 && ts_.norm(b - 1) == "the" ? b - 2 : b - 1;
    if (ts_.norm(at) == "at" && SportDocument()) return EntityType::kFac;
  }
  return EntityType::kOrg;
}

bool Run::ItAfterSaid(uint32_t e) const {
  // (By word ids when the lexicon knows those words -- one id per folded
  // form: equal ids, equal forms -- else by bytes; what follows "it" by
  // bytes: rare, and some of those verbs are no lexicon word.)
  const EntityRecognizer::ItWords& w = *it_words_;
  uint32_t k = e + 1;
  if (w.known) {
    // (ItAfter has tested the verb.)
    // A date between: "said on Friday", "said Tuesday"; then "that".
    if (k + 1 < n_ && ids_[k] == w.on && (state_[k + 1].bits & kBInDate) != 0)
      ++k;
    while (k < n_ && (state_[k].bits & kBInDate) != 0) ++k;
    if (k < n_ && ids_[k] == w.that) ++k;
    if (k + 2 >= n_ || ids_[k] != w.it || tok(k).has(kCapitalized))
      return false;
  } else {
    const std::string_view verb = ts_.norm(e);
    if (std::find(kItSaid.begin(), kItSaid.end(), verb) == kItSaid.end())
      return false;
    if (k + 1 < n_ && ts_.norm(k) == "on" &&
        (state_[k + 1].bits & kBInDate) != 0) {
      ++k;
    }
    while (k < n_ && (state_[k].bits & kBInDate) != 0) ++k;
    if (k < n_ && ts_.norm(k) == "that") ++k;
    if (k + 2 >= n_ || ts_.norm(k) != "it" || tok(k).has(kCapitalized))
      return false;
  }
  ++k;
  // "it now owns", "it also plans"
  if ((Cue(k) & kWItAdverb) != 0 && k + 2 < n_) ++k;
  if ((Cue(k) & kWItVerb) == 0) return false;
  const std::string_view next = ts_.norm(k + 1);
  return next != "be" && next != "been";
}

// "McDonald's said", "Sainsbury's reports next week", "a meal at Wendy's.":
// the 's right after name [b, e) is followed by a verb or ends the clause,
// which a possessive never does (its noun follows it), so the 's belongs to
// a brand's name.
bool Run::BrandPossessiveAfterQuote(uint32_t b, uint32_t e) const {
  const std::string_view p = ts_.norm(e);
  if (p != "'s" && p != "\xe2\x80\x99s") return false;
  if (b > 0 && (Cue(b - 1) & kWEllipticBefore) != 0) return false;
  if (tok(e).span.begin != tok(e - 1).span.end ||
      ts_.newlines_before[e + 1] > 0)
    return false;
  const Token& next = tok(e + 1);
  if (next.kind == TokenKind::kPunctuation) {
    const std::string_view w = Bytes(next.span);
    return w == "." || w == "," || w == ";";
  }
  if (next.has(kCapitalized)) return false;
  if ((Cue(e + 1) & kWBrandVerb) != 0) return true;
  if (ts_.norm(e + 1) != "reports" || e + 2 >= n_) return false;
  if ((Cue(e + 2) & kWReportsNext) != 0) return true;
  return ts_.norm(e + 2) == "on" && e + 3 < n_ && Has(e + 3, kBDateWord);
}

// "Lincolnshire and Norfolk", "Tarvel or Benin": a one-word name [b, e)
// joined by "and" or "or" to a place is a place too (coordinated names are
// of one kind): right after a name just classified a place, or right
// before a place the lexicon knows (a city only when no result makes it a
// club: "Millwall and Leeds drew 1-1"), before a name a place noun
// follows ("the Tarsk and Vorny regions") or one a place's head ends
// ("Tuscarawas and Harrison County").
bool Run::PlacePrepObject(uint32_t b) const {
  if (!Has(b - 1, kBPlaceBefore) || tok(b - 2).kind != TokenKind::kWord)
    return false;
  return !(ts_.norm(b - 1) == "in"sv && b >= 3 &&
           (ts_.norm(b - 3) == "a"sv || ts_.norm(b - 3) == "an"sv));
}

bool Run::PersonInBefore(uint32_t b) const {
  return b >= 2 && ts_.norm(b - 1) == "in"sv &&
         Listed(it_words_->person_in_words, b - 2);
}

bool Run::PlaceConjunct(uint32_t b, uint32_t e) const {
  // "from Hunstanton and Downham Market", "towns such as Mucum and Roca
  // Sales": two words no entry, head or given name holds after "and" or
  // "or" and a place named after a place's context word or a bare
  // preposition of place are the list's next place.
  if (e == b + 2 && b >= 3 && IsAndOr(b - 1) && PlaceEndsBefore(b - 1)) {
    const Candidate& c = s_.cands.data()[s_.cands.size() - 1];
    if (c.b == 0 || !(Has(c.b - 1, kBPlaceBefore) ||
                      Listed(it_words_->place_preps, c.b - 1)))
      return false;
    // (Nor an acronym or an abbreviation: "Mexico and GTE Sprint",
    // "Berger and Montague P.C.")
    for (uint32_t k = b; k < e; ++k)
      if (Has(k, kBGiven) || EntEnd(k) != 0 || HasHead(k) ||
          tok(k).has(kAllCaps) || ts_.abbrev[k] != AbbrevClass::kNone)
        return false;
    return true;
  }
  if (e != b + 1) return false;  // longer unknown names are mostly people
  if (b >= 2 && IsAndOr(b - 1) && PlaceEndsBefore(b - 1)) return true;
  if (PlaceListComma(b, e)) return true;
  if (e + 1 < n_ && IsAndOr(e) && ts_.newlines_before[e + 1] == 0) {
    const uint32_t end = EntEnd(e + 1);
    // "the Tarsk and Vorny regions", "the Ashanti and Western North
    // regions": a place noun after the second name (up to three words)
    // names both.
    uint32_t k = e + 1;
    while (k < n_ && k < e + 4 && tok(k).kind == TokenKind::kWord &&
           tok(k).has(kCapitalized) && ts_.newlines_before[k] == 0)
      ++k;
    if (k > e + 1 && (FacilityAfter(k) & kWPlaceAfter) != 0) return true;
    // "Tuscarawas and Harrison County", "Cooper and Eromanga Basin": so
    // does a place's head ending the second name, one no entry names
    // ("Nottingham Forest": a club), not a club's town ("Brentford and
    // Stoke City drew").
    if (k > e + 2 && end == 0 && HasHead(k - 1) && PlaceHeadAt(k - 1) &&
        !TeamContext(e + 1, k))
      return true;
    if (end == 0 || (end < n_ && NameWord(end))) return false;
    const EntryBrief& inf = brief_[EntEntry(e + 1)];
    return inf.type == EntityType::kLoc || inf.country ||
           (inf.type == EntityType::kGpe && !TeamContext(e + 1, end));
  }
  return false;
}

// "in Nellore, Guntur and Ongole": one word [b, e) after a list's comma
// that follows a place, itself after a place's context word or a bare
// preposition of place ("crews from Tarvik, Velmora and Dunkarra";
// entity_word in=place_prep) inside the sentence (not a sentence-opening "In
// Paris, Smith and Jones said"), and before another comma or "and"/"or" and a
// capital, is the list's next place (PlaceConjunct then takes the one after
// "and").
bool Run::PlaceListComma(uint32_t b, uint32_t e) const {
  if (b < 2 || e + 1 >= n_ || !PlaceEndsBefore(b - 1) || !IsComma(b - 1))
    return false;
  const Candidate& c = s_.cands.data()[s_.cands.size() - 1];
  if (c.b == 0 ||
      !(Has(c.b - 1, kBPlaceBefore) ||
        Listed(it_words_->place_preps, c.b - 1)) ||
      tok(c.b - 1).has(kSentenceInitial))
    return false;
  // The list goes on, over commas and capitalized words on the line, to
  // "and" or "or" and a capital (not a firm's partners: "Brown, Baldwin,
  // Nisker Ltd").
  uint32_t k = e;
  for (int items = 0;
       k + 1 < n_ && items < 12 && IsComma(k) &&
       ts_.newlines_before[k + 1] == 0 && tok(k + 1).has(kCapitalized);
       ++items) {
    k += 2;
    while (k < n_ && tok(k).kind == TokenKind::kWord &&
           tok(k).has(kCapitalized) && ts_.newlines_before[k] == 0)
      ++k;
  }
  if (k + 1 >= n_ || !IsAndOr(k) || ts_.newlines_before[k + 1] != 0)
    return false;
  if (tok(k + 1).has(kCapitalized)) return true;
  // ... or to "and the" and a capital: "from Yarrabah, Mossman and the
  // Torres Strait".
  if (k + 2 < n_ && ids_[k + 1] == it_words_->the_word &&
      ids_[k + 1] != kNoWord && tok(k + 2).has(kCapitalized) &&
      ts_.newlines_before[k + 2] == 0)
    return true;
  // ... or to "and" and a count of places: "in Nis, Kragujevac and 12
  // other towns" (a place noun within three lower-case words or numbers).
  for (uint32_t j = k + 1; j < n_ && j < k + 4 && !tok(j).has(kCapitalized) &&
                           tok(j).kind != TokenKind::kPunctuation;
       ++j) {
    if ((FacilityAfter(j) & kWPlaceAfter) != 0) return true;
  }
  return false;
}

// A market index's noun (entity_word in=index_after: index, average) at e,
// or at e + 1 after "share" or "stock" ("the Nikkei share average").
bool Run::IndexNounAfter(uint32_t e) const {
  return (FacilityAfter(e) & kWIndexAfter) != 0 || ShareIndexAfter(e);
}

// "its Kestrel and Osprey models", "Brevo and Lusta shampoo", "the Nkana
// and Nchanga mines", "the Magdalena and Cauca rivers": "and" or "or" at e,
// then one to three capitalized words and a product's, site's or place's
// noun (entity_word in=product_after, site_after, place_after, loc_after),
// which names both coordinated names' kind: those of its bits.
uint32_t Run::ConjunctNounAfter(uint32_t e) const {
  if (e + 2 >= n_) return 0;
  bool head = false;  // (a body's head: "and Conservation Service county")
  uint32_t list = 0;  // (the first item after a comma, if any)
  auto item_end = [&](uint32_t a) {
    uint32_t k = a;
    while (k < n_ && k < a + 3 && tok(k).kind == TokenKind::kWord &&
           tok(k).has(kCapitalized) && ts_.newlines_before[k] == 0)
      ++k;
    return k;
  };
  if (IsComma(e)) {
    // "Biak Numfor, Keerom and Sarmi regencies": items of one to three
    // capitalized words after commas, up to "and" or "or" (a serial comma
    // before it too); the noun must then be a plural, naming them all.
    // (A serial comma right after the name: "Tarvik, and Dunkarra
    // regions".)
    list = e + 1;
    for (int items = 0; items < 8 && e < n_ && IsComma(e); ++items) {
      if (IsAndOr(e + 1)) {
        ++e;
        break;
      }
      const uint32_t k = item_end(e + 1);
      if (k == e + 1 || k + 2 >= n_) return 0;
      e = k;
    }
  }
  if (!IsAndOr(e) || ts_.newlines_before[e + 1] != 0) return 0;
  const uint32_t k = item_end(e + 1);
  if (k == e + 1) return 0;
  // (The heads last: most lists end in no such noun.)
  if (list != 0 && (FacilityAfter(k) | FacilityAfter(k + 1)) == 0) return 0;
  for (uint32_t h = list != 0 ? list : e + 1; h < k && !head; ++h)
    head = tok(h).kind == TokenKind::kWord && tok(h).has(kCapitalized) &&
           HasHead(h) && !PlaceHeadAt(h);
  if (list != 0 && head) return 0;
  // (A site's or place's noun in the plural, or before one, names both
  // names' kind: "the Huai and Yangtze rivers", "the Daning and Yuzixi river
  // basins"; a singular one the second name's only: "Koehler and West
  // Berlin state bank", "Tate and Lyles refinery".)
  auto plural = [&](uint32_t x) {
    if (x >= n_ || tok(x).kind != TokenKind::kWord || tok(x).has(kCapitalized))
      return false;
    const std::string_view w = ts_.norm(x);
    return w.size() > 3 && w.back() == 's';
  };
  const bool both = !head && (plural(k) || plural(k + 1));
  if (list != 0 && !both) return 0;
  return FacilityAfter(k) &
         (kWProductAfter |
          (both ? uint32_t{kWSiteAfter | kWPlaceAfter | kWLocAfter} : 0u));
}

// "MeteoSwiss", "PayPal", "KeyCorp": a capital after three or more lower-case
// letters inside an ASCII word names a brand, not a person (whose inner
// capitals follow a short prefix: McCarthy, DeSantis, LeBron; or Mac, Van,
// Von, Fitz, Des: MacArthur, VanDyke).
bool Run::LowerElsewhere(uint32_t i) const {
  // (By word id when the lexicon knows the word: one id for every case;
  // else by the folded bytes.)
  const uint32_t id = ids_[i];
  if (id != kNoWord) {
    for (uint32_t k = 0; k < n_; ++k)
      if (ids_[k] == id && k != i && !tok(k).has(kCapitalized)) return true;
    return false;
  }
  const std::string_view w = ts_.norm(i);
  for (uint32_t k = 0; k < n_; ++k) {
    const Token& t = tok(k);
    if (t.kind == TokenKind::kWord && t.span.size() == w.size() &&
        !t.has(kCapitalized) && Bytes(t.span) == w)
      return true;
  }
  return false;
}

bool Run::PluralLowerElsewhere(uint32_t i) const {
  const std::string_view w = Bytes(tok(i).span);
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' &&
         w[w.size() - 2] != 'w' && HasLower(w) && LowerElsewhere(i);
}

bool Run::CamelCase(uint32_t i) const {
  const std::string_view w = Bytes(tok(i).span);
  // The lower-case run after the first letter ends in a capital after two
  // or more letters ("OneWeb", "PayPal"; not "McCain", "LeBron", nor a
  // name's prefix: "MacArthur", "DelBene").
  const size_t k = FirstNonLower(w, text_.data() + text_.size());
  if (k < 3 || k >= w.size() || w[k] < 'A' || w[k] > 'Z') return false;
  const std::string_view prefix = w.substr(0, k);
  for (std::string_view p : kCamelNamePrefixes)
    if (prefix == p) return false;
  return true;
}

void Run::Mark(const std::vector<LexiconMatch>& phrases,
               const std::vector<Quantity>& quantities) {
  // Names are made of capitalized words (or a particle before a capital),
  // and every such word has a folded form unlike its own bytes (the
  // tokenizer records one for each word with a capital letter and for every
  // non-ASCII word): ts_.folded lists them in token order, so only those
  // tokens are visited here, not every token. The lines they are on come
  // from the tokenizer's records (ts_.marks, in order): first the tokens
  // that start a line, in one pass with no branch (most records are
  // punctuation), then n_ after them, so that the walk below stops without
  // a bounds test and moves only when a line changes.
  // Phrases override the one-word entries (Match() order: shortest first).
  // First, so that the walk below knows which tokens a phrase starts at.
  // (Neither pass reads what the other writes: these read the word table
  // and the overrides, that one the table and its own name-word bits.)
  const size_t entries = roles_.size();
  for (const LexiconMatch& m : phrases) {
    if (m.entry >= entries || roles_[m.entry] == 0) continue;
    const EntryInfo& e = info_[m.entry];
    uint32_t len = m.end - m.begin;
    switch (e.role) {
      case Role::kEntity:
        // Not a name ending in a number that is half of a score: "beat
        // France 24-17" is no "France 24".
        // Nor one running over a line's end ("TEHRAN RADIO\n\nTehran
        // radio" holds no "Radio Tehran"): no name does (Breaks).
        if (m.end > EntEnd(m.begin) && CaseOk(e, m.begin, len) &&
            !NumberRunsOn(m.end) && !LineInside(m.begin, m.end)) {
          Override& o = Over(m.begin);
          o.ent_end = m.end;
          o.ent_entry = m.entry;
          // (A name written with its 's, "McDonald's": Emit trims it off
          // a person's name that took it in.)
          possessive_entry_ |= text_[tok(m.end - 1).span.begin] == '\'' ||
                               text_[tok(m.end - 1).span.begin] == '\xe2';
        }
        break;
      case Role::kTitleHonorific:
      case Role::kTitleHead:
        if (m.end > TitleEnd(m.begin) && CaseOk(e, m.begin, len)) {
          Override& o = Over(m.begin);
          o.title_end = m.end;
          if (m.end < n_) Set(m.end, kBTitlePhraseEnd);
          o.title_honorific = e.role == Role::kTitleHonorific;
        }
        break;
      case Role::kHead:
        if (len == 1 && CaseOk(e, m.begin, len)) {
          Override& o = Over(m.begin);
          o.head_set = true;
          o.head = m.entry;
        } else if (len > 1 && m.begin > 0 &&
                   tok(m.begin - 1).kind == TokenKind::kWord &&
                   tok(m.begin - 1).has(kCapitalized) &&
                   CaseOk(e, m.begin, len) && Glued(m.begin, m.end)) {
          // A head written with a symbol inside, all glued ("A/S", a
          // Nordic legal form), after a capitalized word: each of its
          // tokens carries it, and FindRuns takes the symbol into the
          // name (SymbolInHead).
          for (uint32_t k = m.begin; k < m.end; ++k) {
            Override& o = Over(k);
            o.head_set = true;
            o.head = m.entry;
          }
        }
        break;
      // Context phrases mark their first or last token ("mayor of" marks
      // "of").
      case Role::kPersonAfter:
        Set(m.begin, kBPersonAfter);
        break;
      case Role::kPlaceBefore:
        Set(m.end - 1, kBPlaceBefore);
        break;
      case Role::kOrgNoun:  // "shares of" marks "of"
        if (len > 1 || !tok(m.begin).has(kCapitalized))
          Set(m.end - 1, kBOrgNoun);
        break;
      case Role::kTeamVerb:  // "drew with" marks "drew" and "with"
        Set(m.begin, kBTeamVerb);
        Set(m.end - 1, kBTeamVerb);
        break;
      case Role::kScoreWord:  // "bowled out" marks "bowled" (TeamScore)
        Set(m.begin, kBScoreWord);
        any_score_phrase_ = true;
        break;
      case Role::kNoEntity:  // "Federal funds"
        if (CaseOk(e, m.begin, len)) s_.no_entity.push_back({m.begin, m.end});
        break;
      default:  // the other flag roles count for one-word entries only
        if (len == 1) Set(m.begin, EntryBits(e));
        break;
    }
  }
  const std::vector<TokenStream::Mark>& breaks = ts_.marks;
  std::vector<uint32_t>& starts = s_.line_starts;
  if (starts.size() < breaks.size() + 1) starts.resize(breaks.size() + 1);
  uint32_t* const start = starts.data();
  size_t count = 0;
  for (const TokenStream::Mark& m : breaks) {
    start[count] = m.token;
    count += m.newlines != 0;
  }
  start[count] = n_;
  size_t next_start = 0;  // first line start after the current token
  // The current line's end (the next line's first token; 0 before the
  // first line, so that the first word opens one) and its counts, in
  // registers until the line ends: a word on the same line costs one
  // comparison.
  uint32_t line_end = 0, caps = 0, upper = 0;
  const TokenStream::Folded* const folded = ts_.folded.data();
  const size_t folded_count = ts_.folded.size();
  // Name words that can start a run are written through a pointer into a
  // list sized for every folded word plus the padding (no capacity test
  // per word).
  if (s_.name_words.size() < folded_count + kNameWordsPad)
    s_.name_words.resize(folded_count + kNameWordsPad);
  uint32_t* const name_words = s_.name_words.data();
  size_t names = 0;
  uint32_t no_entity_words = 0;  // the name words' table bits, or-ed
  // The per-word table entries of capitalized words are scattered and
  // often out of cache (the stages before this one evict them): fetch a
  // few words ahead, for this loop and the rules that read them next. The
  // entry found for the prefetch is kept for the word's own turn, so each
  // word's entry is located once. (The last entry again near the end: no
  // branch.)
  const EntityRecognizer::WordMarks* ahead[kPrefetchAhead];
  static_assert((kPrefetchAhead & (kPrefetchAhead - 1)) == 0,
                "the ring of entries ahead is indexed by a mask");
  if (folded_count != 0) {
    for (size_t k = 0; k < kPrefetchAhead; ++k)
      ahead[k] = &Marks(folded[std::min(k, folded_count - 1)].token);
  }
  for (size_t fi = 0; fi < folded_count; ++fi) {
    const uint32_t i = folded[fi].token;
    const EntityRecognizer::WordMarks& marks = *ahead[fi % kPrefetchAhead];
    ahead[fi % kPrefetchAhead] =
        &Marks(folded[std::min(fi + kPrefetchAhead, folded_count - 1)].token);
    __builtin_prefetch(ahead[fi % kPrefetchAhead]);
    const Token& t = tok(i);
    if (t.kind != TokenKind::kWord) {
      if (__builtin_expect(t.kind == TokenKind::kUrl, 0))
        s_.domains.push_back(i);
      continue;
    }
    if (i >= line_end) {
      if (!s_.lines.empty()) {
        s_.lines.back().caps = caps;
        s_.lines.back().upper = upper;
      }
      while (start[next_start] <= i) ++next_start;  // start[count] > i
      const uint32_t line_begin = next_start != 0 ? start[next_start - 1] : 0;
      line_end = start[next_start];
      s_.lines.push_back(Line{line_begin, line_end, 0, 0});
      caps = upper = 0;
    }
    const uint32_t flags = t.flags;
    const uint32_t size = t.span.size();
    const bool capitalized = (flags & kCapitalized) != 0;
    const bool counted = size >= 2;
    upper += counted & ((flags & kAllCaps) != 0);
    caps += counted & capitalized;
    // Cap(): a capital, or a particle before one ("al-Assad").
    // (Not a prefix before one: "pre-Budget", "pro-Iraq", HyphenPrefixed.)
    // (A word with a capital after a lower-case first letter that the
    // lexicon names as it is written, "eBay", "easyJet", "iHeartMedia", is
    // a name's too; an unknown one, "iPod", "mRNA", is not.)
    if ((flags & kNoSpaceScript) != 0 ||
        !(capitalized ||
          (ParticleCapital(text_.data() + t.span.begin, size) &&
           !HyphenPrefixed(i)) ||
          marks.entity != kNone)) {
      continue;
    }
    uint32_t bits = kBCap;
    // "Arlington-based", "Kenya-born": a name inside a compound adjective.
    // (Searched in every word, one vector compare: a table flag for lexicon
    // words without a hyphen saved the search but not its branch, whose way
    // -- known word or not -- is the stage's most mispredicted, by perf
    // samples of entity_stage_bench --mode alone against --mode copy.)
    std::string_view wv = Bytes(t.span);
    size_t dash = LastDash(wv, text_.data() + text_.size());
    // (Not a body's adjective written with a hyphen, entity_word
    // in=org_adjective: "Co-operative".)
    if (dash != std::string_view::npos && dash + 1 < wv.size() &&
        wv[dash + 1] >= 'a' && wv[dash + 1] <= 'z' && !HyphenGivenName(i, wv) &&
        !Listed(it_words_->org_adjectives, i)) {
      if (capitalized) {
        bits |= kBDashLower;
        s_.dash_lower.push_back(i);
      }
    } else {
      // ("German-US": a capital after the hyphen; NationCompounds.)
      if (dash != std::string_view::npos) s_.dash_upper.push_back(i);
      const uint32_t word = marks.bits;
      no_entity_words |= word;
      const uint32_t table = word & kTableBits;
      const Scratch::TokenState st = state_[i];
      // (A day's name opening a known name is the name's: "the Sunday
      // Times".)
      const bool name = (table & kBDateWord) == 0 ||
                        ((table & kBGiven) != 0 && MonthNameInName(i)) ||
                        (st.over != 0 && DayOpensName(i));
      bits |= name ? kBNameWord : 0u;
      // A name word that cannot start a run (a common word, "However",
      // "The": not_name and no given name, with no name or title starting
      // at it; FindRuns would pass over it) stays out of the list; it
      // still continues a run.
      // (A plural before its glued apostrophe may open a body's name:
      // "the Farmers' Union"; FindRuns asks for the head.)
      const bool starts =
          (word & EntityRecognizer::kNoStart) == 0 || st.over != 0 ||
          (st.bits & kBGiven) != 0 || AmpersandGlued(i) ||
          PluralPossessiveGlued(i) ||
          (i + 1 < n_ && tok(i + 1).kind == TokenKind::kQuote &&
           !tok(i + 1).has(kSpaceBefore) && ts_.norm(i).back() == 's');
      name_words[names] = i;
      names += name & starts;
    }
    state_[i].bits |= bits;
  }
  any_no_entity_ = (no_entity_words & EntityRecognizer::kNoEntityWord) != 0;
  if (!s_.lines.empty()) {
    s_.lines.back().caps = caps;
    s_.lines.back().upper = upper;
  }
  std::fill_n(name_words + names, kNameWordsPad, kNone);
  s_.name_count = names;
  // Tokens of dates and durations ("March", "Monday") are never names, nor
  // are those of a range of dates ("Jan-Dec", "October-September": a range
  // with an ISO interval and no numeric bounds).
  // (The first token is found from the byte offset, searching from the
  // previous date's: no walk over the text before it.)
  const Token* const tokens = ts_.tokens.data();
  const uint64_t per_byte = TokensPerByte(n_, text_.size());
  uint32_t i = 0;
  for (const Quantity& q : quantities) {
    if (q.type != QuantityType::kDate && q.type != QuantityType::kDuration &&
        !(q.type == QuantityType::kRange && !q.low.has_value() &&
          !q.value_text.empty()))
      continue;
    // The first token ending after the quantity begins.
    i = static_cast<uint32_t>(
        FirstEndingAfter(tokens, n_, i, q.span.begin, per_byte));
    // A month in a name ("April Delgado"), read as a date by itself.
    if (i + 1 < n_ && tok(i + 1).span.begin >= q.span.end &&
        (state_[i].bits & kBNameWord) != 0 &&
        (TableBits(i) & (kBDateWord | kBGiven)) == (kBDateWord | kBGiven)) {
      continue;
    }
    // A known name opening with the date's words and running past it
    // ("the Sunday Times").
    if (state_[i].over != 0 && DayOpensName(i) &&
        tok(overrides_[state_[i].over].ent_end - 1).span.end > q.span.end)
      continue;
    for (uint32_t k = i; k < n_ && tok(k).span.begin < q.span.end; ++k)
      state_[k].bits = (state_[k].bits | kBInDate) & ~kBNameWord;
  }
}

void Run::MarkLines() {
  // Whether the line before was an item of a list a colon opens, and where
  // it ended.
  bool colon_item = false;
  uint32_t item_end = 0;
  for (const Line& line : s_.lines) {
    const uint32_t a = line.begin, b = line.end;
    // An item of a list a colon opens ("... named its medal winners:" /
    // "Copley Medal - Ann Roe, University of Leeds" / "Darwin Medal - ..."),
    // the first after the colon or one right under another (no blank line
    // between): text, not a title-case headline.
    const bool item =
        a > 0 && (IsColon(a - 1) ||
                  (colon_item && item_end == a && ts_.newlines_before[a] == 1));
    colon_item = item;
    item_end = b;
    any_all_caps_ |= line.upper != 0;
    // The name words opening the line, read once for rows and datelines,
    // as far as those look: five (a row's first name has at most four
    // words, a dateline's place is read from the first four).
    uint32_t lead = a;
    bool upper = true;  // the first four all caps
    while (lead < b && lead < a + 5 && NameWord(lead)) {
      // (A possessive's "'S" in capitals too: "ST. JOHN'S".)
      upper = upper &&
              ((lead - a >= 4) || tok(lead).has(kAllCaps) ||
               (PossessiveS(lead) && text_[tok(lead).span.end - 1] == 'S'));
      // ("Gimnasia y Esgrima 1 River Plate 3": a known name holding a
      // lower-case word is read whole.)
      const uint32_t known = EntEnd(lead);
      if (known > lead + 1 && known <= b) {
        for (uint32_t k = lead + 1; k < known; ++k)
          upper &= (k - a >= 4) | tok(k).has(kAllCaps);
        lead = known;
      } else {
        ++lead;
      }
    }
    // "At Taunton: Somerset beat Surrey", "In Wellington : Wellington 28
    // Otago 31": a results line opening with "At" or "In" and a name
    // before a colon names the venue, a place.
    const bool at_venue = lead >= a + 2 && lead < b && IsColon(lead) &&
                          tok(a).span.size() == 2 &&
                          (ts_.norm(a) == "at" || ts_.norm(a) == "in");
    if (at_venue) Set(a, kBPlaceBefore);
    // (A fixture's first side ends before a score, "v" or, after "At
    // <venue>", a colon: MarkFixture. A result may follow the colon.)
    bool result_row = MarkRow(a, b, lead);
    if (at_venue && !result_row)
      result_row = MarkRow(lead + 1, b, NameRunEnd(lead + 1, b));
    rows_ += result_row;  // (SportDocument)
    const bool row =
        result_row ||
        (lead + 1 < b &&
         (tok(lead).kind == TokenKind::kNumber || tok(lead).span.size() <= 2) &&
         MarkFixture(a, b, lead, at_venue)) ||
        // ("Scorers:" opens it: its label is the line's lead.)
        (lead == a + 1 && lead + 5 < b && IsColon(lead) &&
         MarkScorers(a, b));  // neither heading nor shouting
    // All caps: at least 70% of the words of 2+ bytes (counted only when
    // there are two all-caps ones, and only as far as it can hold; not at
    // all when it holds even if every token were such a word).
    bool shouting = false;
    // A table's column heads ("P W D L F A Pts", "W L PCT GB"): three
    // words or more, all capitalized, of at most three letters, two of
    // them single letters, and nothing else on the line. Read as a
    // shouting line: lexicon names only.
    if (!row && b - a >= 3 && tok(a).has(kCapitalized)) {
      uint32_t letters = 0;
      bool columns = true;
      for (uint32_t k = a; k < b && columns; ++k) {
        const Token& t = tok(k);
        columns = t.kind == TokenKind::kWord && t.has(kCapitalized) &&
                  t.span.size() <= 3;
        letters += t.span.size() == 1;
      }
      shouting = columns && letters >= 2;
    }
    if (!row && !shouting && line.upper >= 2) {
      shouting = line.upper * 10 >= (b - a) * 7;
      if (!shouting) {
        uint32_t words = 0;
        shouting = true;
        for (uint32_t k = a; k < b && shouting; ++k) {
          words += tok(k).kind == TokenKind::kWord && tok(k).span.size() >= 2;
          shouting = line.upper * 10 >= words * 7;
        }
      }
    }
    // Title case: three capitalized words, no lower-case content word
    // ("beat", "lbw"; not "of", "with", "into"), not ending in a number
    // (rows of tables and results end in a number; headlines rarely do).
    // (Not asked of a shouting line: it is weak either way.)
    // Nor opening with one: a score before its players ("66 Ludvig Aberg
    // (Sweden), Matt Fitzpatrick").
    // A line that lists names ("Murphy, Horgan, O'Driscoll, Hickie";
    // "Forwards: Ana Mas, Yann Roux, ..."): three commas or semicolons or
    // more, at most four tokens before each. No heading, though its words
    // are capitalized: its names are read as in text, and a one-word name
    // is a player's surname, not a firm (ClassifyRules).
    bool list = false;
    if (!row && !shouting && line.caps >= 3) {
      uint32_t separators = 0, item = 0;
      list = true;
      // (A substitution's "for" and a bracketed minute -- up to three
      // digits, no decimals -- are no item words:
      // "Replacements: Everitt for Mapletoft (53), Reid for Murphy (47),
      // ...".)
      for (uint32_t k = a; k < b && list; ++k) {
        const Token& t = tok(k);
        if (IsComma(k) || IsSemicolon(k)) {
          ++separators;
          item = 0;
        } else if (const uint32_t close = MinuteBracket(k, b, item > 0 ? 2 : 0);
                   close > k) {
          // (So is a substitute with his minute after a player: "Gallas
          // (Kezman 74)".)
          k = close;
        } else if (t.kind == TokenKind::kWord && !t.has(kCapitalized) &&
                   ts_.norm(k) == "for") {
          continue;
        } else {
          list = ++item <= 4;
        }
      }
      list &= separators >= 3;
      // A list of clubs or firms ("AC Milan, Bayer Leverkusen, Juventus")
      // is no list of players: an organization's entry or head after the
      // first separator (a head that is a whole item is a surname:
      // "Terry, Bridge, Mills, Lampard").
      bool players = list;
      bool past_first = false;
      for (uint32_t k = a; k < b && players; ++k) {
        past_first |= IsComma(k) || IsSemicolon(k);
        if (!past_first) continue;
        const uint32_t e = EntEnd(k);
        const bool alone = k > a && (IsComma(k - 1) || IsSemicolon(k - 1)) &&
                           (k + 1 == b || IsComma(k + 1) ||
                            IsSemicolon(k + 1) || EndsSentence(k + 1));
        players = (!HasHead(k) || alone) &&
                  (e == 0 || brief_[EntEntry(k)].type != EntityType::kOrg);
      }
      if (players) {
        any_list_ = true;
        s_.lists.emplace_back(a, b);
        // "Redmarsh: Cole; Amis, Pryor, ...": a name of up to three words
        // before a colon opening a team sheet -- a semicolon after the
        // goalkeeper, between the lines of the side -- is the side's (a
        // country stays a place); not a label ("Substitutes:").
        if (lead > a && lead - a <= 3 && IsColon(lead)) {
          bool side = false;
          for (uint32_t k = lead + 1; k < b && !side; ++k)
            side = IsSemicolon(k);
          for (uint32_t k = a; k < lead && side; ++k)
            side = (TableBits(k) & (kBNotName | kBNoun)) == 0 && !HasHead(k);
          for (uint32_t k = a; k < lead && side; ++k) Set(k, kBTeam);
        }
      }
    }
    // "Kent 266-7 in 50 overs (Ashby 87, Greer 54; Pollard 3-44)": an
    // innings' batsmen and bowlers in brackets after a score are players,
    // a list's names. (Read from the line's numbers, ts_.numeric, not its
    // every token: a bracket right after one, or after its "overs", "all
    // out", "declared".)
    if (!list && !row && line.caps >= 3 && numeric_at_ < ts_.numeric.size())
      MarkInnings(a, b);
    bool heading = !list && !row && !shouting && !item && line.caps >= 3 &&
                   tok(b - 1).kind != TokenKind::kNumber &&
                   tok(a).kind != TokenKind::kNumber;
    for (uint32_t k = a; k < b && heading; ++k) {
      const Token& t = tok(k);
      heading = !(t.kind == TokenKind::kWord && t.span.size() > 2 &&
                  !t.has(kCapitalized) &&
                  (TableBits(k) & (kBConnector | kBParticle | kBMinor)) == 0);
    }
    // (The two tests below after the cheap one above: a paragraph of text
    // fails that at its first lower-case word.)
    // Nor a line a source label opens: "Source: Fife Council", "Sources:
    // Election Commission of India, ..." credit a body, in text.
    if (heading && a + 2 < b && IsColon(a + 1) &&
        (ts_.norm(a) == "source" || ts_.norm(a) == "sources"))
      heading = false;
    // Nor a line of names each with a club, a county or a party in brackets
    // ("Squad: Sam Byrne (Leinster), Rob Corrigan (Ulster).", "J. Smith
    // (Essex) and K. Patel (Kent)"): an item list, read as text. (Two such
    // brackets at least: "Corn (Mln Tonnes)" heads a table.)
    for (uint32_t k = a + 1, pairs = 0; k + 2 < b && heading; ++k) {
      if (text_[tok(k).span.begin] != '(' || !NameWord(k - 1)) continue;
      uint32_t c = k + 1;
      while (c < b && c < k + 4 && NameWord(c) && tok(c).has(kCapitalized)) ++c;
      pairs += c > k + 1 && c < b && text_[tok(c).span.begin] == ')';
      heading = pairs < 2;
    }
    // Nor a line that ends in a full stop and holds a score or a count
    // next to a bracket: an innings ("Essex 412 (Nasser Hussain 138).") or
    // a candidate's votes ("Moira Hay (Conservative) 3,902."), text, not a
    // headline.
    if (heading && EndsSentence(b - 1) && text_[tok(b - 1).span.begin] == '.')
      for (uint32_t k = a + 1; k + 1 < b && heading; ++k)
        heading = !(tok(k).kind == TokenKind::kNumber &&
                    ((NameWord(k - 1) && text_[tok(k + 1).span.begin] == '(') ||
                     text_[tok(k - 1).span.begin] == ')'));
    // "BODELWYDDAN — Inspectors from ...": one to four all-caps words
    // before a spaced em dash opening a line of text are a dateline's town
    // without a date, no slug (a wire's slug takes a hyphen: "GOLF - Erik
    // ..."). (With a wire's credit between: MarkDateline.)
    if (!row && upper && lead > a && lead - a <= 4 && lead + 1 < b &&
        Bytes(tok(lead).span) == "\xe2\x80\x94"sv &&
        tok(lead).has(kSpaceBefore) && tok(lead + 1).has(kCapitalized) &&
        !tok(lead + 1).has(kAllCaps)) {
      for (uint32_t k = a; k < lead; ++k) Set(k, kBDateline);
      Set(lead + 1, kBInitial);
      continue;
    }
    if (shouting || heading) {
      any_weak_ = true;
      s_.weak.emplace_back(a, b);
      const uint32_t bits = kBWeakLine | (shouting ? kBShouting : 0u);
      for (uint32_t k = a; k < b; ++k) state_[k].bits |= bits;
    } else if (!row && upper && lead > a && lead - a <= 3 && lead + 1 < b &&
               IsDash(lead)) {
      // "GOLF - Erik Lindqvist shot a 67", "ECONOMIC SPOTLIGHT - Japan
      // ...": one to three all-caps words and a dash opening a line of
      // text are the wire's slug (a sport, a section, a place), read as a
      // heading is: lexicon names only, others matched from the body. The
      // word after the dash opens a sentence.
      any_weak_ = true;
      s_.weak.emplace_back(a, lead);
      for (uint32_t k = a; k < lead; ++k) state_[k].bits |= kBWeakLine;
      Set(lead + 1, kBInitial);
    }
    MarkDateline(a, b, std::min(lead, a + 4), upper);
  }
}
// Results and standings rows: "Port Vale 2 Bradford 2", "Ajax 6 4 1 1 12 5
// 13". Their names are teams (ORG; a country stays a place).
bool Run::MarkRow(uint32_t a, uint32_t b, uint32_t lead) {
  auto is_num = [&](uint32_t k) {
    return k < b && tok(k).kind == TokenKind::kNumber;
  };
  const uint32_t e1 = lead;
  if (e1 == a || e1 - a > 4 || !is_num(e1)) return false;
  bool row = false;
  uint32_t k = e1;
  // (A percentage written from its point, ".571", is two tokens.)
  auto point_num = [&](uint32_t k) {
    return k + 1 < b && tok(k).kind == TokenKind::kPunctuation &&
           text_[tok(k).span.begin] == '.' && tok(k).span.size() == 1 &&
           is_num(k + 1) && tok(k + 1).span.begin == tok(k).span.end;
  };
  while (is_num(k) || point_num(k)) k += is_num(k) ? 1 : 2;
  // (The leader's "games behind" is a dash: "Boston 61 44 .581 -".)
  if (k + 1 == b && k - e1 >= 3 && IsDash(k)) ++k;
  if (k == b && k - e1 >= 3) {
    row = true;  // standings
  } else if (k == e1 + 1) {
    // "Barcelona 3 (Ronaldo 12, 67, Pizzi 80) Valencia 2 (Romario 40)": a
    // team's score may have its scorers in brackets, names with their
    // minutes; their one-word names are players' surnames (read as a list
    // of names, InListLine).
    const uint32_t close1 = ScorerBracket(k, b);
    if (close1 > k) {
      k = close1 + 1;
    } else if (k + 3 < b && tok(k).has(kOpening) && is_num(k + 1) &&
               tok(k + 2).has(kClosing)) {
      // "North Melbourne 17.14 (116) Collingwood 12.9 (81)": Australian
      // football's goals and behinds, then the total in brackets (the
      // second side's bracket ends the line, as scorers' do).
      k += 3;
    }
    uint32_t e2 = NameRunEnd(k, b);
    // (A full stop may end the result: "Sevilla 0 Espanyol 0. Attendance
    // 30,000"; so may a dash before a note naming a side again: "Boston 4
    // TAMPA 3 - Boston lead series 2-1".)
    if (e2 > k && e2 - k <= 4 && is_num(e2) &&
        (e2 + 1 == b || tok(e2 + 1).has(kOpening) ||
         (e2 + 2 < b && IsDash(e2 + 1) && ids_[e2 + 2] != kNoWord &&
          (ids_[e2 + 2] == ids_[a] || ids_[e2 + 2] == ids_[k])) ||
         (close1 > e1 && EndsSentence(e2 + 1)))) {
      row = true;  // a result
      for (uint32_t t = k; t < e2; ++t) Set(t, kBTeam);
      const uint32_t close2 = e2 + 1 < b ? ScorerBracket(e2 + 1, b) : 0;
      if (close1 > e1) {
        any_list_ = true;
        s_.lists.emplace_back(e1 + 2, close1);
      }
      if (close2 > e2 + 1) {
        any_list_ = true;
        s_.lists.emplace_back(e2 + 2, close2);
      }
    }
  }
  if (!row) return false;
  for (uint32_t t = a; t < e1; ++t) Set(t, kBTeam);
  return true;
}

// "Scorers: Barcelona - Ana Ruiz (23rd, 71st), Roe (80); Espanyol - Tarvik
// (40th). Attendance: 104,000.": after a label's colon, each side of up to
// four name words before a dash is a team (ORG; a country stays a place),
// and the names after the dash, to a semicolon or a full stop, are its
// scorers, read as a list of names (InListLine: a one-word name is a
// player's surname), when a number or an ordinal -- a minute, a count of
// goals -- follows them. A side not so shaped ends the line's reading
// ("Attendance: 104,000").
bool Run::MarkScorers(uint32_t a, uint32_t b) {
  bool any = false;
  uint32_t k = a + 2;
  while (k < b) {
    const uint32_t d = NameRunEnd(k, b);
    if (d == k || d - k > 4 || d + 1 >= b || !IsDash(d)) break;
    uint32_t end = d + 1;
    bool minute = false;
    while (end < b && !IsSemicolon(end) && !EndsSentence(end)) {
      minute |= tok(end).kind == TokenKind::kNumber || OrdinalFigure(end);
      ++end;
    }
    if (!minute || !NameWord(d + 1)) break;
    for (uint32_t t = k; t < d; ++t) Set(t, kBTeam);
    any_list_ = true;
    s_.lists.emplace_back(d + 1, end);
    any = true;
    k = end + 1;
  }
  return any;
}

// Fixtures and scorecards with "v" between the sides: "Burnley v Leeds",
// "Essex 312 ( Roe 104 ) v Kent 45 for two", after "At <venue> :" too.
// The side opening the line ends before "v" or a number; the side after
// "v" (or a semicolon after a score) before a number or the line's end. Both
// must hold ("Roe v Wade was overturned" is no fixture), in a sports story.
// Their names are teams, as in rows.
bool Run::MarkFixture(uint32_t a, uint32_t b, uint32_t lead, bool at_venue) {
  uint32_t s = a, e1 = lead;
  if (at_venue) {
    s = lead + 1;  // ("At Adelaide : South Australia 312 ...")
    e1 = s;
    while (e1 < b && e1 < s + 4 && NameWord(e1)) ++e1;
  }
  if (e1 == s || e1 - s > 4 || e1 + 1 >= b) return false;
  auto is_v = [&](uint32_t k) {
    if (tok(k).kind != TokenKind::kWord || tok(k).has(kCapitalized))
      return false;
    const std::string_view w = ts_.norm(k);
    return w == "v"sv || w == "vs"sv;
  };
  // (A side's score goes on with its scorers or its innings: "312 (",
  // "45 for two", "287 and 12", "201 all out"; prose rarely.)
  const bool number1 =
      tok(e1).kind == TokenKind::kNumber &&
      (tok(e1 + 1).has(kOpening) || ts_.norm(e1 + 1) == "for"sv ||
       ts_.norm(e1 + 1) == "and"sv || ts_.norm(e1 + 1) == "all"sv ||
       is_v(e1 + 1));
  if (!number1 && !is_v(e1)) return false;
  // (The separator outside brackets; a semicolon too after a score:
  // "Kent 287 ( Roe 92 ) ; Essex 201 ( Lee 66 )".)
  // (Within the first sentence: a full stop outside brackets ends the
  // search.)
  uint32_t v = e1;
  int depth = 0;
  for (; v < b; ++v) {
    const Token& t = tok(v);
    if (t.span.size() > 2) continue;  // ("v", "vs", "(", ")", ";", ".")
    if (t.kind == TokenKind::kPunctuation) {
      const char c = text_[t.span.begin];
      depth += (c == '(') - (c == ')');
      if (depth == 0 && ((c == ';' && number1) || c == '.')) break;
    } else if (depth == 0 && is_v(v)) {
      break;
    }
  }
  if (v + 1 >= b || (v > e1 && !number1) || text_[tok(v).span.begin] == '.')
    return false;
  uint32_t e2 = v + 1;
  while (e2 < b && e2 < v + 5 && NameWord(e2)) ++e2;
  if (e2 == v + 1 || e2 - v > 4) return false;
  if (e2 < b ? tok(e2).kind != TokenKind::kNumber : !is_v(v)) return false;
  // (In a sports story only: "Roe v Wade" on a line of its own is a case.)
  if (!SportDocument()) return false;
  for (uint32_t t = s; t < e1; ++t) Set(t, kBTeam);
  for (uint32_t t = v + 1; t < e2; ++t) Set(t, kBTeam);
  return true;
}

// "(Ronaldo 12, 67, Pizzi 80)", "(Bebeto 22 pen)": at k an opening bracket
// of scorers -- capitalized names, each with one minute or more (up to
// three digits), commas between, short lower-case notes ("pen", "og"), any
// lower-case ones after a minute ("55 penalty", "80 own goal") --
// before line end b: returns the closing bracket, else k.
uint32_t Run::ScorerBracket(uint32_t k, uint32_t b) const {
  // (k may be the line's end: "Ajax 2" ending the text.)
  if (k >= b || tok(k).kind != TokenKind::kPunctuation ||
      text_[tok(k).span.begin] != '(')
    return k;
  bool name = false, minute = false;
  for (uint32_t h = k + 1; h < b && h < k + 40; ++h) {
    const Token& t = tok(h);
    if (t.kind == TokenKind::kPunctuation && text_[t.span.begin] == ')')
      return name && minute ? h : k;
    if (t.kind == TokenKind::kNumber) {
      if (!name || t.span.size() > 3 || !t.has(kHasDigit) ||
          Bytes(t.span).find_first_not_of("0123456789") !=
              std::string_view::npos)
        return k;
      minute = true;
    } else if (t.kind == TokenKind::kWord && t.has(kCapitalized)) {
      name = true;
    } else if (!IsComma(h) && !(t.kind == TokenKind::kWord &&
                                (t.span.size() <= 3 || minute) && name)) {
      return k;
    }
  }
  return k;
}

void Run::MarkInnings(uint32_t a, uint32_t b) {
  const std::vector<uint32_t>& nums = ts_.numeric;
  while (numeric_at_ < nums.size() && nums[numeric_at_] < a) ++numeric_at_;
  for (; numeric_at_ < nums.size() && nums[numeric_at_] + 2 < b;
       ++numeric_at_) {
    // (Read cheaply: most numbers go on to a word of other length.)
    const uint32_t q = nums[numeric_at_];
    uint32_t k = q + 1;
    auto innings_word = [&](uint32_t w) {
      const size_t size = tok(w).span.size();
      if (tok(w).kind != TokenKind::kWord ||
          (size != 3 && size != 5 && size != 8))
        return false;
      const std::string_view n = ts_.norm(w);
      return n == "overs"sv || n == "all"sv || n == "out"sv ||
             n == "declared"sv;
    };
    while (k < b && k < q + 4 && innings_word(k)) ++k;
    if (k + 3 >= b || tok(k).kind != TokenKind::kPunctuation ||
        text_[tok(k).span.begin] != '(')
      continue;
    const uint32_t close = InningsBracket(k, b);
    if (close > k) {
      any_list_ = true;
      s_.lists.emplace_back(k + 1, close);
      while (numeric_at_ + 1 < nums.size() && nums[numeric_at_ + 1] < close)
        ++numeric_at_;
    }
  }
}

// "(Ashby 87, Greer 54 not out; Pollard 3-44)": at k an opening bracket of
// an innings' players -- one to three capitalized words, each with a score
// or a bowler's figures ("3-44", "not out" after them), commas or
// semicolons between, two players at least -- before line end b: returns
// the closing bracket, else k.
uint32_t Run::InningsBracket(uint32_t k, uint32_t b) const {
  if (tok(k).kind != TokenKind::kPunctuation || text_[tok(k).span.begin] != '(')
    return k;
  uint32_t items = 0, words = 0;
  bool score = false;
  for (uint32_t h = k + 1; h < b && h < k + 60; ++h) {
    const Token& t = tok(h);
    if (t.kind == TokenKind::kNumber) {
      if (words == 0) return k;
      score = true;
    } else if (t.kind == TokenKind::kWord && t.has(kCapitalized)) {
      if (score || ++words > 3) return k;
    } else if (score && (IsDash(h) || (t.kind == TokenKind::kWord &&
                                       (ts_.norm(h) == "not"sv ||
                                        ts_.norm(h) == "out"sv)))) {
      continue;
    } else if (IsComma(h) || IsSemicolon(h) ||
               (t.kind == TokenKind::kPunctuation &&
                text_[t.span.begin] == ')')) {
      if (!score) return k;
      ++items;
      words = 0;
      score = false;
      if (text_[t.span.begin] == ')') return items >= 2 ? h : k;
    } else {
      return k;
    }
  }
  return k;
}

// "NAIROBI, March 3 (Reuters) - ..." and the "LONDON 1996-08-30" line: the
// place opening it is a GPE and the word after the dash starts a sentence.
void Run::MarkDateline(uint32_t a, uint32_t b, uint32_t e, bool all_upper) {
  if (e == a || e >= b) return;
  if (all_upper && e + 1 == b && tok(e).has(kHasDigit)) {
    for (uint32_t t = a; t < e; ++t) Set(t, kBDateline);
    return;
  }
  // "PERTH (AAP) - ", "NEW YORK (Reuters) - ": all-caps words, a wire's
  // credit of one to three words in brackets and a spaced dash; the word
  // after the dash opens a sentence, as after a dateline's date ("Iron ore
  // miner Fortescue"). Before a line of text the words are the dateline's
  // town, one no lexicon knows too ("PAIHIA (RNZ) — More than").
  if (all_upper && e + 4 < b && text_[tok(e).span.begin] == '(') {
    const uint32_t d = AfterWireCredit(e, b);
    if (d > e && d + 1 < b && IsDash(d) && tok(d).has(kSpaceBefore)) {
      if (tok(d + 1).has(kCapitalized) && !tok(d + 1).has(kAllCaps))
        for (uint32_t t = a; t < e; ++t) Set(t, kBDateline);
      Set(d + 1, kBInitial);
    }
    return;
  }
  if (tok(e).kind != TokenKind::kPunctuation ||
      text_[tok(e).span.begin] != ',') {
    return;
  }
  // "RIETI, Italy 1996-09-01", "BATTLE CREEK, Mich. 1996-10-24": an
  // all-caps place, a comma, its country or state (one to three
  // capitalized words, an abbreviation's point) and the date ending the
  // line.
  if (all_upper && e + 2 < b && e + 5 >= b && tok(b - 1).has(kHasDigit)) {
    bool place = tok(e + 1).has(kCapitalized);
    for (uint32_t k = e + 1; k + 1 < b && place; ++k)
      place = tok(k).has(kCapitalized) ||
              (tok(k).kind == TokenKind::kPunctuation &&
               text_[tok(k).span.begin] == '.' && k > e + 1);
    if (place) {
      for (uint32_t t = a; t < e; ++t) Set(t, kBDateline);
      return;
    }
  }
  bool date = false;
  // "CANNES, France - ", "BURBANK, California (Reuters) - ": an all-caps
  // place and a known state or country before the dash (or the wire's
  // bracket) open a dateline without a date.
  uint32_t place_end = 0;
  if (all_upper && e + 1 < b && tok(e + 1).has(kCapitalized)) {
    const Fact f = MakeFact(e + 1);
    if (f.ent_end > e + 1 && f.ent_end < b &&
        brief_[f.ent_entry].type == EntityType::kGpe &&
        (IsDash(f.ent_end) || text_[tok(f.ent_end).span.begin] == '('))
      place_end = f.ent_end;
  }
  // "CASTLEBAY, Barra — Shops ran short", "TAREE, NSW (AAP) — The river":
  // so with one or two capitalized words the lexicon does not name a place
  // (a region, an island), before a spaced dash (or the wire's bracket)
  // and a line of text (no all-caps word after the dash: "RESULTS,
  // Division One - ARSENAL ..." is a heading). They are the region's.
  uint32_t region_end = 0;
  // (A state's short form in capitals too: "NSW", "WA".)
  auto region_word = [&](uint32_t k) {
    return tok(k).kind == TokenKind::kWord && tok(k).has(kCapitalized) &&
           (!tok(k).has(kAllCaps) || tok(k).span.size() <= 3);
  };
  if (all_upper && place_end == 0 && e + 2 < b && region_word(e + 1) &&
      !Has(e + 1, kBGiven)) {
    uint32_t k = e + 1;
    while (k < b && k < e + 3 && region_word(k)) ++k;
    // (A state's abbreviation the lexicon does not list: "BRANDON, Man. —".)
    if (k < b && k == e + 2 && tok(k).span.size() == 1 &&
        text_[tok(k).span.begin] == '.' &&
        tok(k).span.begin == tok(k - 1).span.end)
      ++k;
    const uint32_t d = AfterWireCredit(k, b);  // the dash
    if (d + 1 < b && IsDash(d) && tok(d).has(kSpaceBefore) &&
        tok(d + 1).has(kCapitalized) && !tok(d + 1).has(kAllCaps)) {
      place_end = k;
      region_end = k;
    }
  }
  for (uint32_t k = e + 1; k < b && k < e + 10; ++k) {
    const Token& t = tok(k);
    date |= Has(k, kBInDate | kBDateWord) || t.has(kHasDigit) || k == place_end;
    // (A spaced dash: the hyphen of "52-week" or "6-3" opens nothing.)
    if (IsDash(k) && (t.has(kSpaceBefore) || t.span.size() > 1)) {
      if (!date) return;
      for (uint32_t x = a; x < e; ++x) Set(x, kBDateline);
      for (uint32_t x = e + 1; x < region_end; ++x) Set(x, kBDateline);
      if (k + 1 < n_) Set(k + 1, kBInitial);
      return;
    }
  }
}

// A title ending right before token b ("foreign minister Tomas Berg",
// "Dr. Okafor"): returns its first token in *tb and its end, or 0.
uint32_t Run::TitleBeforeScan(uint32_t b, uint32_t before_title_end,
                              uint32_t* tb) const {
  // A title ending a line (a headline's last word: "... fame star") marks
  // no name on the next line.
  if (ts_.newlines_before[b] != 0) return 0;
  // The first k in [b - 5, b) with TitleEnd(k) == b. Before b - 1 only a
  // phrase can end at b (a one-word title at k ends at k + 1): those tokens
  // need no look-up unless a phrase starts there.
  uint32_t k = b >= 5 ? b - 5 : 0;
  if ((state_[b].bits & kBTitlePhraseEnd) == 0) {
    if (b == 0) return 0;
    k = b - 1;  // no phrase ends at b: only a title at b - 1 can
  }
  for (; k + 1 < b; ++k) {
    if (FindOver(k).title_end == b) break;
  }
  if (k + 1 == b && before_title_end != b) return 0;
  if (k >= b) return 0;
  // Modifiers written like the title: "foreign minister", "Foreign
  // Minister", but not the company in "Halden Energy chief executive".
  while (k > 0 && Has(k - 1, kBMod) &&
         tok(k - 1).has(kCapitalized) == tok(k).has(kCapitalized) &&
         !PartyBeforeTitle(k - 1, k)) {
    --k;
  }
  *tb = k;
  return b;
}

// ", Texas", ", Ill.", ", Bavaria" right after a name: a town and its
// state, province or region ("Midland, Texas"; "a Gurnee, Ill., firm"). Not
// a country ("Okafor, Nigeria ..."), a possessive ("Ruiz, Texas's
// governor") or a town that names a club ("Hull, Leeds and Wigan"). (An
// all-caps name is left to the other rules: "WJTC-TV, Pensacola".)
bool Run::PlaceAfterComma(uint32_t e) const {
  if (e + 1 >= n_ || !IsComma(e)) return false;
  const Fact f = MakeFact(e + 1);
  if (f.ent_end == 0) return false;
  const EntryBrief& inf = brief_[f.ent_entry];
  if (inf.type != EntityType::kGpe || inf.country || inf.club) return false;
  // (Nor a given name that opens another name: "Pam Ferris, Victoria
  // Hamilton".)
  const uint32_t k = f.ent_end;
  return k >= n_ || (!tok(k).has(kCapitalized) && !PossessiveS(k));
}

uint32_t Run::MissionPlaceEnd(uint32_t i, uint32_t j) const {
  if (j + 1 >= n_ || ts_.norm(j) != "in" ||
      (ts_.norm(j - 1) != "mission" && ts_.norm(j - 1) != "force") ||
      EntEnd(i) <= i || brief_[EntEntry(i)].type != EntityType::kOrg)
    return 0;
  const uint32_t pe = EntEnd(j + 1);
  if (pe <= j + 1 || (pe < n_ && NameWord(pe))) return 0;
  const EntityType pt = brief_[EntEntry(j + 1)].type;
  return pt == EntityType::kGpe || pt == EntityType::kLoc ? pe : 0;
}

// A share price's move right after a name: "Zeta Werke fell 4.50 marks",
// "Orvik Data rose 12 cents to 3.40" (a verb of entity_word in=price_verb
// and a number).
bool Run::PriceMoveAfter(uint32_t e) const {
  if (e + 2 >= n_ || tok(e).kind != TokenKind::kWord ||
      (Cue(e) & kWPriceVerb) == 0 || tok(e + 1).kind != TokenKind::kNumber)
    return false;
  // A price in decimals ("firmed 2.50"), or a price's unit or "to"/"at"
  // after the number (not a score, "lost 6-3", nor a ranking, "climbed 12
  // places").
  if (Bytes(tok(e + 1).span).find('.') != std::string_view::npos &&
      !NumberDashNumber(e + 1, false))
    return true;
  const std::string_view unit = ts_.norm(e + 2);
  // ("added" only with money: "Pippen added 12 points" is a player's.)
  if ((unit == "points" || unit == "pct" || unit == "percent" || unit == "%") &&
      ts_.norm(e) == "added")
    return false;
  for (std::string_view u : kPriceUnits) {
    if (unit == u) return true;
  }
  return false;
}

// "said van Schaik", "backed by de Villiers", "van der Walt": the start of
// a surname's lower-case particles right before name token b (b itself if
// none). Not inside a foreign name's phrase ("Union de Garantie et de
// Placement": a capitalized word or "et", "und", "y", "e" before them).
uint32_t Run::SurnameParticlesBefore(uint32_t b) const {
  auto particle = [&](uint32_t p, uint32_t next) {
    const Token& t = tok(p);
    if (t.kind != TokenKind::kWord || t.has(kCapitalized) ||
        tok(next).span.begin != t.span.end + 1 ||
        (TableBits(p) & kBParticle) == 0)
      return false;
    const std::string_view w = Bytes(t.span);
    for (std::string_view x : kSurnameParticles) {
      if (w == x) return true;
    }
    return false;
  };
  if (b == 0 || ts_.newlines_before[b] != 0 || !particle(b - 1, b)) return b;
  uint32_t start = b - 1;
  if (start >= 1 && particle(start - 1, start)) --start;
  if (start >= 1) {
    const Token& q = tok(start - 1);
    const std::string_view v = Bytes(q.span);
    if ((q.kind == TokenKind::kWord && q.has(kCapitalized)) || v == "et" ||
        v == "und" || v == "y" || v == "e")
      return b;
  }
  return start;
}

// Tokens [b, e) inside a bracket pair, every token from the opening to the
// closing bracket glued (at most four more on either side): true, with the
// bytes between the brackets in *in.
bool Run::GluedInBrackets(uint32_t b, uint32_t e, std::string_view open,
                          std::string_view close, std::string_view* in) const {
  uint32_t lo = b;
  while (lo > 0 && b - lo < 4 && !tok(lo).has(kSpaceBefore) &&
         Bytes(tok(lo - 1).span) != open)
    --lo;
  if (lo == 0 || tok(lo).has(kSpaceBefore) || Bytes(tok(lo - 1).span) != open)
    return false;
  for (uint32_t k = b + 1; k < e; ++k) {
    if (tok(k).has(kSpaceBefore)) return false;
  }
  uint32_t hi = e;
  while (hi < n_ && hi - e < 4 && !tok(hi).has(kSpaceBefore) &&
         Bytes(tok(hi).span) != close)
    ++hi;
  if (hi >= n_ || tok(hi).has(kSpaceBefore) || Bytes(tok(hi).span) != close)
    return false;
  *in = std::string_view(text_.data() + tok(lo).span.begin,
                         tok(hi).span.begin - tok(lo).span.begin);
  return true;
}

// An exchange ticker in round brackets, every token glued: a symbol, one
// stop and a market code of capitals ("(VNT.L)", "(005930.KS)"); not
// "(U.S.)", whose stops are two.
bool Run::BracketTicker(uint32_t b, uint32_t e) const {
  std::string_view in;
  if (!GluedInBrackets(b, e, "(", ")", &in)) return false;
  const size_t stop = in.find('.');
  if (stop == std::string_view::npos || stop < 1 || stop + 1 == in.size() ||
      in.size() - stop > 3 || in.find('.', stop + 1) != std::string_view::npos)
    return false;
  for (char c : in) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'))
      return false;
  }
  return true;
}

// A wire's ticker in angle brackets, every token glued, capitals, digits,
// stops and "=" only: "<DART>", "<KPHI.O>", "<WBC.AX>", "<0005.HK>", the
// symbol and the market code alike.
bool Run::AngleTickerGlued(uint32_t b, uint32_t e) const {
  std::string_view in;
  if (!GluedInBrackets(b, e, "<", ">", &in) || in.empty()) return false;
  for (char c : in) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
          c == '='))
      return false;
  }
  return true;
}

// A ticker after its exchange and a colon in round brackets, in capitals
// ("(NASDAQ: KRVX)", "(Nasdaq: KRVX)", "(TSX: ABX)"): the exchange is a
// name written in capitals or a known firm's, the ticker one word before the
// closing bracket; not "(Photo: AP)".
bool Run::ExchangeTicker(uint32_t b, uint32_t e) const {
  if (b < 3 || e != b + 1 || e >= n_ || !tok(b).has(kAllCaps) ||
      Bytes(tok(b - 1).span) != ":" || Bytes(tok(b - 3).span) != "(" ||
      Bytes(tok(e).span) != ")" || tok(e).has(kSpaceBefore))
    return false;
  const uint32_t x = b - 2;
  if (tok(x).kind != TokenKind::kWord || !tok(x).has(kCapitalized))
    return false;
  if (tok(x).has(kAllCaps) && tok(x).span.size() >= 2) return true;
  return EntEnd(x) == x + 1 && brief_[EntEntry(x)].type == EntityType::kOrg;
}

// ", 31," after the name: a person's age in apposition ("Ferris, 31, has
// been ruled out").
bool Run::StateName(uint32_t b, uint32_t e) const {
  const Fact& fb = F(b);
  if (fb.ent_end == e) {
    const EntryBrief& inf = brief_[fb.ent_entry];
    return inf.type == EntityType::kGpe && !inf.country;
  }
  for (uint32_t k = b; k < e; ++k) {
    if (tok(k).kind != TokenKind::kWord || !tok(k).has(kCapitalized) ||
        tok(k).has(kAllCaps) || !UnknownWordFact(F(k)) || !Unknown(k))
      return false;
  }
  return true;
}

bool Run::AgeAfter(uint32_t e) const {
  return e + 2 < n_ && IsComma(e) && tok(e + 1).kind == TokenKind::kNumber &&
         tok(e + 1).span.size() <= 2 && IsComma(e + 2) &&
         text_[tok(e + 1).span.begin] != '0';
}

void Run::SentenceAround(uint32_t b, uint32_t e, uint32_t* lo,
                         uint32_t* hi) const {
  // (TeamScore's and SetScores' window: the sentence of [b, e), at most 40
  // tokens either way.)
  uint32_t l = b;
  while (l > 0 && b - l < 40 && !tok(l).has(kSentenceInitial)) --l;
  uint32_t h = e;
  while (h < n_ && h - e < 40 && !tok(h).has(kSentenceInitial)) ++h;
  *lo = l;
  *hi = h;
}

bool Run::SetScores(uint32_t b, uint32_t e) {
  // Two set scores in a row ("6-3 6-2", "7-6 4-6"), each of one-digit
  // numbers, in the same sentence (at most 40 tokens either way). (The
  // text's numbers looked at once: most texts have no such scores.)
  auto set_at = [&](uint32_t k) {
    return k + 2 < n_ && tok(k).span.size() == 1 &&
           tok(k + 2).span.size() == 1 && NumberDashNumber(k, true);
  };
  if (sets_ < 0) {
    sets_ = 0;
    for (uint32_t k : ts_.numeric)
      if (set_at(k) && set_at(k + 3)) {
        sets_ = 1;
        break;
      }
  }
  if (sets_ == 0) return false;
  uint32_t lo, hi;
  SentenceAround(b, e, &lo, &hi);
  for (uint32_t k = lo; k + 5 < hi; ++k)
    if (set_at(k) && set_at(k + 3)) return true;
  return false;
}

// "Norwich played Ipswich", "Leicester play Coventry at the King Power
// Stadium", "Ba drew with Suva": the name [b, e) and a club's town (club=1)
// or a body the lexicon knows on the other side of a match verb (a result
// verb, entity_context role=team_verb; or play, face) are two clubs, also
// with no score in the sentence. ("Leicester and Coventry would share the
// cost" has no such verb.)
bool Run::ClubMatch(uint32_t b, uint32_t e) const {
  auto play = [&](uint32_t k) {
    const std::string_view w = ts_.norm(k);
    if (w.size() < 4 || (w[0] != 'p' && w[0] != 'f')) return false;
    return w == "play"sv || w == "plays"sv || w == "played"sv ||
           w == "face"sv || w == "faces"sv || w == "faced"sv;
  };
  auto club = [&](uint32_t entry) {
    const EntryBrief& o = brief_[entry];
    return (o.type == EntityType::kGpe && o.club && !o.country) ||
           (o.type == EntityType::kOrg && !o.outlet);
  };
  auto verb = [&](uint32_t k) {
    return tok(k).kind == TokenKind::kWord && !tok(k).has(kCapitalized) &&
           (Has(k, kBTeamVerb) || play(k));
  };
  // After: "Norwich played Ipswich", "drew with Suva" (a phrase's first and
  // last words are marked).
  if (e + 1 < n_ && verb(e)) {
    uint32_t k = e + 1;
    if (k + 1 < n_ && verb(k)) ++k;
    if (EntEnd(k) != 0 && club(EntEntry(k))) return true;
  }
  // Before: "before Norwich played Ipswich" read from Ipswich.
  if (b >= 2 && verb(b - 1)) {
    uint32_t v = b - 1;
    if (v >= 2 && verb(v - 1)) --v;
    for (uint32_t s = v >= 3 ? v - 3 : 0; s < v; ++s)
      if (EntEnd(s) == v && club(EntEntry(s))) return true;
  }
  return false;
}

bool Run::TeamScore(uint32_t b, uint32_t e) const {
  // A score in the same sentence ("2-0", "38-11") or a goalless result,
  // looked for at most 40 tokens either way. (None in a text with none:
  // LexiconName asks of every club's town in a story that is no sport's,
  // once SportDocument has counted them.)
  if (no_score_ && !any_score_phrase_) return false;
  uint32_t lo, hi;
  SentenceAround(b, e, &lo, &hi);
  // (Not a vote's split: "ruling 6-3", "a 5-4 decision".)
  for (uint32_t k = lo; k + 2 < hi; ++k) {
    if (NumberDashNumber(k, true) &&
        !(k > 0 && Listed(it_words_->vote_words, k - 1)) &&
        !(k + 3 < n_ && Listed(it_words_->vote_words, k + 3)))
      return true;
  }
  for (uint32_t k = lo; k < hi; ++k)
    if (Has(k, kBScoreWord)) return true;
  return false;
}

// A sports story: two scores ("2-1", "goalless", "312-7" and "3-61" in a
// cricket report; not a price's fraction, "35-3/4"), or one and at least
// three result verbs or team titles ("beat", "striker"), or two results
// rows ("Oviedo 1 Barcelona 4"). Awards stories and politics use "won", "beat",
// "manager" and "boss" without a score.
// Read once per document, when a town that names a club (club=1) asks.
bool Run::SportDocument() {
  if (sport_ >= 0) return sport_ != 0;
  // The answer holds once it holds: counted over the whole text, in any
  // order. Scores in figures start at a number (ts_.numeric lists them);
  // the words are found through their filter (sport_filter), whose clear
  // bit answers for most tokens without their table entry.
  constexpr uint32_t kWords = kBScoreWord | kBTeamVerb | kBTeamTitle;
  uint32_t scores = 0, signals = 0;
  bool figures = false;  // a score in figures, whatever its word's marks
  for (uint32_t k : ts_.numeric) {
    if (!NumberDashNumber(k, true) || FractionAt(k + 2)) continue;
    figures = true;
    scores += (TableBits(k) & kWords) == 0;
  }
  const uint64_t* const filter = it_words_->sport_filter.data();
  constexpr uint32_t kFilterBits = EntityRecognizer::ItWords::kWorkFilterBits;
  for (uint32_t k = 0; k < n_; ++k) {
    const uint32_t at = (ids_[k] + 1) % kFilterBits;
    if (((filter[at / 64] >> (at % 64)) & 1) == 0) continue;
    const uint32_t bits = TableBits(k);
    scores += (bits & kBScoreWord) != 0;
    signals += (bits & kWords) != 0 && (bits & kBScoreWord) == 0;
  }
  sport_ = scores >= 2 || (scores >= 1 && scores + signals >= 4) ||
           signals >= 5 || rows_ >= 2;
  // (No score at all: TeamScore finds none either, but for a phrase's.)
  no_score_ = scores == 0 && !figures;
  return sport_ != 0;
}

bool Run::AffiliationTitle(uint32_t e, const Fact& at_e) const {
  // The title is in the name's sentence: not "Film to star Tom Hanks" on a
  // line of its own before "Actor Tom Hanks said".
  if (ts_.newlines_before[e] > 0 || tok(e).has(kSentenceInitial)) return false;
  uint32_t k = e;
  uint32_t end = at_e.title_end;
  if ((at_e.bits & kBMod) != 0 && end == 0) {
    ++k;
    while (k < n_ && k < e + 3 && Has(k, kBMod) && TitleEnd(k) == 0) ++k;
    end = k < n_ ? TitleEnd(k) : 0;
  }
  return end > k && end < n_ && !TitleHonorific(k) && NameWord(end) &&
         !Has(end, kBNotName);
}

// ", a Mersin-based freight company", ", the parent of": the name before the
// comma is an organization.
bool Run::OrgAppositiveAt(uint32_t b, uint32_t e) const {
  // "In Egremont, the nuclear operator ... is hiring": a place's word
  // opening the sentence makes the name a fronted place, the phrase after
  // its comma the clause's subject.
  if (b >= 1 && tok(b - 1).has(kSentenceInitial) &&
      (MakeFact(b - 1).bits & kBPlaceBefore) != 0)
    return false;
  std::string_view det = ts_.norm(e + 1);
  uint32_t from = e + 2;
  // (", another charity": the same kind as one named before.)
  if (det != "a" && det != "an" && det != "the" && det != "another") {
    // ", Italy's telecoms holding company,": a place's 's opens it too.
    const uint32_t pe = EntEnd(e + 1);
    if (pe <= e + 1 || pe + 1 >= n_ || !PossessiveS(pe) ||
        brief_[EntEntry(e + 1)].type != EntityType::kGpe)
      return false;
    from = pe + 1;
  }
  for (uint32_t k = from; k < n_ && k < from + 6; ++k) {
    const Token& t = tok(k);
    if (t.kind == TokenKind::kPunctuation || t.has(kCapitalized) ||
        t.has(kLineStart)) {
      if (t.kind == TokenKind::kPunctuation || t.has(kLineStart)) return false;
      continue;  // "a Mersin-based company", "an Oslo shipping firm"
    }
    // ", a former partner at ...", ", an analyst from ...": the
    // appositive's noun comes before "at" or "from" (which "partner at",
    // "analyst from" mark, for the name after it), and before "of": ", a
    // board member of the industry association" is a person.
    // (So "for": ", a regional officer for the union".)
    if (ts_.norm(k) == "at" || ts_.norm(k) == "from" || ts_.norm(k) == "of" ||
        ts_.norm(k) == "for")
      return false;
    if (Has(k, kBOrgNoun)) {
      // ", the company chairman", ", the miners' federation top leader":
      // a title in the lower-case words after the noun heads the
      // appositive, a person's.
      // (Up to a connector or a preposition: ", the food group at the
      // centre of", where "centre" is a player's position.)
      for (uint32_t j = k + 1;
           j < n_ && j < k + 4 && tok(j).kind == TokenKind::kWord &&
           !tok(j).has(kCapitalized) && !Has(j, kBConnector | kBPlaceBefore) &&
           ts_.norm(j) != "at";
           ++j) {
        if (TitleEnd(j) != 0) return false;
      }
      // (After a place's 's, closed by a comma: "Abroad, Japan's largest
      // carmaker said" is a sentence's subject.)
      if (from != e + 2) return k + 1 < n_ && IsComma(k + 1);
      // "the company's chairman" is a person's title. After a place's word,
      // ", the company said" is a reporting clause whose subject is no
      // appositive ("a smelter near Limay, the group said": the name is
      // where, not who; "Zeta Section, the company said" stays a body), and
      // so is ", the newspaper Al-Ahram reported", the noun's own name
      // between it and the verb.
      if (k + 1 < n_ && PossessiveS(k + 1)) return false;
      if (b == 0 || (MakeFact(b - 1).bits & kBPlaceBefore) == 0) return true;
      uint32_t v = k + 1;
      while (v < n_ && v < k + 5 && tok(v).kind == TokenKind::kWord &&
             tok(v).has(kCapitalized))
        ++v;
      return !(v < n_ && (Cue(v) & kWSaidVerb) != 0);
    }
  }
  return false;
}

// ", a village near the border", ", the provincial capital", ", 30 km
// south of the capital": the name before the comma at e is a place. A
// determiner, up to three words and a place's noun (in=place_noun) that
// ends the phrase or goes on with a word of in=place_noun_next (not ", a
// village elder", ", the town's mayor"); or a distance and a compass point
// before "of".
bool Run::PlaceAppositiveAt(uint32_t e) const {
  uint32_t k = e + 1;
  // A compass point before "of" at token c: "south of", "north-west of".
  auto compass_of = [&](uint32_t c) {
    if (c + 1 >= n_ || ts_.norm(c + 1) != "of"sv) return false;
    const std::string_view w = ts_.norm(c);
    return w.substr(0, 5) == "north"sv || w.substr(0, 5) == "south"sv ||
           w == "east"sv || w == "west"sv;
  };
  if (k >= n_ || tok(k).kind != TokenKind::kWord) {
    // ", 30 km south of", ", 120 miles north-west of"
    if (k + 3 >= n_ || tok(k).kind != TokenKind::kNumber ||
        tok(k + 1).kind != TokenKind::kWord || tok(k + 1).has(kCapitalized))
      return false;
    return compass_of(k + 2);
  }
  // ", east of Grozny", ", just north of the capital"
  if (!tok(k).has(kCapitalized) &&
      (compass_of(k) || (ts_.norm(k) == "just"sv && compass_of(k + 1))))
    return true;
  const std::string_view det = ts_.norm(k);
  if (det != "a"sv && det != "an"sv && det != "the"sv) return false;
  for (k = e + 2; k < n_ && k < e + 6; ++k) {
    const Token& t = tok(k);
    if (t.kind != TokenKind::kWord || t.has(kLineStart)) return false;
    if (!Listed(it_words_->place_nouns, k)) {
      // (The phrase's noun came: ", an official of Fengbing county".)
      if (Listed(it_words_->place_noun_nexts, k)) return false;
      continue;
    }
    if (k + 1 >= n_ || tok(k + 1).kind == TokenKind::kPunctuation)
      return !(k + 1 < n_ && PossessiveS(k + 1));
    return Listed(it_words_->place_noun_nexts, k + 1);
  }
  return false;
}

// ", the chief executive", ", the company's chairman", ", its founder": a
// title after the name. Returns its tokens in [*tb, *te).
bool Run::PostTitleAt(uint32_t e, uint32_t* tb, uint32_t* te) const {
  uint32_t k = e + 1;
  std::string_view det = ts_.norm(k);
  if (det == "the" || det == "a" || det == "an" || det == "its" ||
      det == "his" || det == "her" || det == "their") {
    ++k;
  }
  // "the company's", "the party's"
  if (k + 1 < n_ && !tok(k).has(kCapitalized) && PossessiveS(k + 1)) {
    k += 2;
  }
  uint32_t start = k;
  while (k < n_ && k < start + 3 && Has(k, kBMod) && TitleEnd(k) == 0) ++k;
  if (k >= n_ || TitleEnd(k) == 0) return false;
  uint32_t end = TitleEnd(k);
  // The title ends the appositive: ", the chairman," / "." / " of X".
  if (end < n_) {
    const Token& t = tok(end);
    std::string_view w = ts_.norm(end);
    if (t.kind != TokenKind::kPunctuation && w != "of" && w != "at" &&
        w != "for" && w != "and") {
      return false;
    }
  }
  *tb = start;
  *te = end;
  return true;
}

void Run::AddDomainFirms() {
  bool added = false;
  for (uint32_t k : s_.domains) {
    const std::string_view w = Bytes(tok(k).span);
    if (w.size() < 5 || w[0] < 'A' || w[0] > 'Z') continue;
    const size_t dot = w.find('.');
    if (dot == std::string_view::npos || dot < 2) continue;
    // (The name before the first dot: letters, digits, hyphens; a suffix
    // of lower-case letters and dots after it, "com", "co.uk".)
    bool shape = true;
    for (size_t i = 0; i < dot && shape; ++i)
      shape = (w[i] >= 'A' && w[i] <= 'Z') || (w[i] >= 'a' && w[i] <= 'z') ||
              (w[i] >= '0' && w[i] <= '9') || w[i] == '-';
    for (size_t i = dot + 1; i < w.size() && shape; ++i)
      shape = (w[i] >= 'a' && w[i] <= 'z') || (w[i] == '.' && i + 1 < w.size());
    if (!shape || w.size() - dot < 3) continue;
    const std::string_view name = w.substr(0, dot);
    if (name == "Www" || name == "WWW") continue;
    // (Opening a longer name, "Crypto.com Arena", "Amazon.com Inc.": the
    // name the words after it make takes it in; a legal form alone makes
    // none, so the firm's name ends with it.)
    if (k + 1 < n_ && tok(k + 1).span.begin == tok(k).span.end + 1 &&
        NameWord(k + 1) && !Breaks(k + 1)) {
      // (The runs' candidates are in text order: a binary search, not a
      // walk per domain, which a page of links would make quadratic.)
      Candidate* after = std::lower_bound(
          s_.cands.begin(), s_.cands.end(), k + 1,
          [](const Candidate& c, uint32_t b) { return c.b < b; });
      if (after == s_.cands.end() || after->b != k + 1) after = nullptr;
      if (after != nullptr) {
        after->b = k;
        after->strength = std::max<uint8_t>(after->strength, 1);
        after->bare_head = false;
        continue;
      }
      if (LegalOrCo(k + 1)) {
        Add(k, k + 2, EntityType::kOrg, Has(k, kBWeakLine) ? 0 : 2);
        added = true;
        continue;
      }
    }
    Add(k, k + 1, EntityType::kOrg, Has(k, kBWeakLine) ? 0 : 2);
    added = true;
  }
  if (added) StableSortByBegin();
}

void Run::FindRuns() {
  // (The token count in a local: n_, a member, is read again after every
  // store the loop makes -- facts, candidates -- that might alias it.)
  const uint32_t n = n_;
  // Runs start at name words only: visit those (Mark listed them) instead
  // of testing every token.
  const uint32_t* name_words = s_.name_words.data();
  const size_t names = s_.name_count;
  size_t next = 0;
  uint32_t open_after_run = 0;  // kOpening: see any_open_after_run_
  uint32_t facts_end = 0;       // the fact window's end (OpenFacts)
  // Heading and all-caps lines (MarkLines' `weak`, in order) start no run:
  // the name words on one are passed over together, before any fact is
  // made for them (all-caps headlines are whole lines of name words). The
  // next such line's first token, or kNone: one comparison per run start.
  const std::pair<uint32_t, uint32_t>* weak = s_.weak.data();
  const std::pair<uint32_t, uint32_t>* const weak_end = weak + s_.weak.size();
  uint32_t weak_begin = weak != weak_end ? weak->first : kNone;
  while (next < names) {
    uint32_t i = name_words[next];
    if (__builtin_expect(i >= weak_begin, 0)) {
      while (weak != weak_end && weak->second <= i) ++weak;
      if (weak != weak_end && weak->first <= i) {
        const uint32_t line_end = weak->second;
        while (next < names && name_words[next] < line_end) ++next;
        ++weak;
      }
      weak_begin = weak != weak_end ? weak->first : kNone;
      continue;
    }
    // CanStart(i), from i's fact (kept: it opens the run's window).
    const Fact fi = MakeFact(i);
    // (A not_name word that is also a given name is a name word only in a
    // name: "April Delgado".)
    // (A direction word may start one before a name word: "West Midlands
    // Police"; Classify drops it before a known place: "North London".)
    // (The usual word -- a name word, no common word -- starts a run: one
    // test, then the whole one for the others.)
    const bool usual = (fi.bits & (kBNameWord | kBNotName)) == kBNameWord;
    // "the film Gone With the Wind", "the novel Pride and Prejudice": the
    // title of a work after a word for one names no person, organization
    // or place. Its capitalized words, and the connectors between them
    // (of, and, the: title case writes "With"), are passed over.
    // (A lexicon name is never passed over: asked first, before the table.)
    // (Its tests in one branch, rarely taken; i - 1 read as i at 0.)
    // Quoted too, 'the film "Salt Road"', also when an article opens it:
    // 'the novel "The Quiet Ledger"' (the quote's flag asked first: most
    // names follow none; QuotedWork is out of line).
    const uint32_t before_i = i - (i != 0);
    if (!usual && (((fi.bits & kBNameWord) == 0) |
                   (((fi.bits & (kBNotName | kBGiven)) == kBNotName) &
                        (fi.ent_end == 0) & (fi.title_end == 0) &
                        !((fi.bits & kBModifier) != 0 && i + 1 < n &&
                          NameWord(i + 1) && !Breaks(i + 1)) &&
                    !AmpersandGlued(i) && !PluralPossessiveOpens(i) &&
                    // "the Farmers' Union of Wales": a plural's apostrophe
                    // before a head.
                    !(i + 2 < n && tok(i + 1).kind == TokenKind::kQuote &&
                      PluralApostropheAt(i + 1))))) {
      ++next;  // the list is strictly increasing: the next one is past i
      continue;
    }
    // (A capitalized word or a quote before: no work noun right before.)
    const uint16_t before_flags = tok(before_i).flags;
    bool work;
    if (__builtin_expect((before_flags & (kCapitalized | kOpening)) == 0, 1)) {
      // (The table entry only when the word's filter bit is set: the
      // per-token bits are beside i's, the word id beside i's.)
      const uint32_t at =
          (ids_[before_i] + 1) % EntityRecognizer::ItWords::kWorkFilterBits;
      const uint64_t maybe =
          ((it_words_->work_filter[at / 64] >> (at % 64)) & 1) |
          (state_[before_i].bits & kBWorkBefore);
      // (Not a name opening the next line: a heading's "... film" over
      // "Michael Moore's documentary".)
      work = __builtin_expect(maybe != 0, 0) && fi.ent_end == 0 && i != 0 &&
             Has(before_i, kBWorkBefore) && !tok(i).has(kLineStart);
    } else {
      work = fi.ent_end == 0 &&
             ((before_flags & kOpening) != 0 ||
              (i >= 2 && tok(i - 2).has(kOpening))) &&
             QuotedWork(i);
    }
    if (work) {
      uint32_t j = i + 1;
      while (j < n && !Breaks(j)) {
        if (NameWord(j)) {
          ++j;
        } else if (j + 1 < n && !tok(j).has(kCapitalized) &&
                   Has(j, kBConnector) && NameWord(j + 1) &&
                   !Has(j + 1, kBGiven) &&  // "Titanic and Kate Winslet"
                   !Breaks(j + 1)) {
          j += 2;
        } else {
          break;
        }
      }
      // (Its other mentions name the work too: Chain drops them. Not one
      // given name, "the film Ray" and Ray Charles, or acronym: "a movie
      // NEC is showing".)
      if (j > i + 1 || ((fi.bits & kBGiven) == 0 && !tok(i).has(kAllCaps)))
        s_.works.push_back({i, j, NormKey(j - 1)});
      while (next < names && name_words[next] < j) ++next;
      continue;
    }
    OpenFacts(i, fi, &facts_end);
    uint32_t j = i + 1;
    uint32_t must = fi.ent_end;
    bool has_head = (fi.bits & kFactHead) != 0;
    bool has_of = false, has_for = false;
    while (j < n) {
      if (j < must) {
        FactsTo(j, &facts_end);
        has_head |= (F(j).bits & kFactHead) != 0;
        ++j;
        continue;
      }
      // A title spans lower-case words too: "Secretary of State".
      FactsTo(j - 1, &facts_end);
      const Fact& before = F(j - 1);
      if (before.title_end > j && (before.bits & kBNameWord) != 0) {
        must = before.title_end;
        continue;
      }
      const Token& t = tok(j);
      if ((t.flags & (kSentenceInitial | kLineStart)) != 0) break;
      if (NameWord(j)) {
        // "Airbus A350", "Airbus A321neo": a code of letters and digits
        // after a known firm's name is a product, no part of the name.
        if (t.has(kHasDigit) && must == j && EntEnd(i) == j &&
            brief_[EntEntry(i)].type == EntityType::kOrg)
          break;
        // "Volvo B shares", "Ericsson B shares": a share class, one
        // capital letter before "shares", is no part of the name.
        if (t.span.size() == 1 && must <= j && j + 1 < n &&
            (ts_.norm(j + 1) == "shares" || ts_.norm(j + 1) == "share"))
          break;
        FactsTo(j, &facts_end);
        const Fact& fj = F(j);
        // "Standard and Poor's Corp. PaineWebber Inc co-managed", "MCI Inc.
        // Former WorldCom": a legal form written with a stop ends the name;
        // a word after it that is no head opens another. (Not after a given
        // name: "William K.K. Wong"; not one without a stop, which may open
        // or sit inside a name: "Forvaltnings AB Providentia".)
        if ((F(j - 1).bits & kFactHead) != 0 && (fj.bits & kFactHead) == 0 &&
            j - 1 > i && must <= j && (fi.bits & kBGiven) == 0 &&
            text_[tok(j - 1).span.end - 1] == '.' &&
            brief_[HeadEntry(j - 1)].legal)
          break;
        // "Labour MPs", "Tory MEPs": a plural noun for people right after a
        // known name, ending the run, is no part of it (after a connector it
        // may be: "Society of Motor Manufacturers and Traders").
        // (Nor one whose apostrophe goes on to a head: "Nova Scotia
        // Nurses' Union".)
        // (Nor after a people's adjective after a connector in the run:
        // "Federation of Turkish Workers", "Congress of Argentine Teachers".)
        if (__builtin_expect((fj.bits & kBNoun) != 0, 0) && must == j &&
            fj.ent_end == 0 && (j + 1 >= n || !NameWord(j + 1)) &&
            !PluralApostropheAt(j + 1) &&
            !(j >= i + 3 && F(j - 1).ent_end == j &&
              brief_[F(j - 1).ent_entry].type == EntityType::kNorp &&
              Has(j - 2, kBConnector))) {
          break;
        }

        has_head |= (fj.bits & kFactHead) != 0;
        must = std::max(must, fj.ent_end);
        ++j;
        continue;
      }
      // Token j's bits, read once: the joiners below ask for its connector
      // and particle bits (each Has() read the state and the table again).
      const uint32_t jbits = Bits(j);
      // The usual end of a run, in one test: a word after a space, or a mark
      // other than a comma (no quote, no symbol), that is no connector,
      // particle or head. Every joiner below needs one of those.
      if ((jbits & (kBConnector | kBParticle)) == 0 &&
          ((t.kind == TokenKind::kWord && t.has(kSpaceBefore)) ||
           (t.kind == TokenKind::kPunctuation && text_[t.span.begin] != ',')) &&
          !HasHead(j)) {
        // "United Nations Interim Force in Lebanon", "African Union Mission
        // in Somalia": a known body's mission or force abroad takes "in" and
        // the place it serves (not "the Indian Air Force in Kashmir", whose
        // name opens with no body).
        if (__builtin_expect(
                (before.bits & kFactHead) != 0 && t.span.size() == 2, 0)) {
          if (const uint32_t pe = MissionPlaceEnd(i, j); pe != 0) {
            j = pe;
            has_head = true;
          }
        }
        break;
      }
      // "Rolls-Royce Holdings plc": a head the lexicon writes in lower case
      // (a legal form) ends the name it follows.
      if (!t.has(kCapitalized) && t.kind == TokenKind::kWord && HasHead(j)) {
        ++j;
        break;
      }
      // "National Farmers' Union", "British Bankers' Association": a
      // plural's apostrophe inside a name that goes on to a head; not the
      // possessive of a firm or place ("General Motors' Hughes Aircraft
      // Co", "Buenos Aires' City Council").
      if (t.kind == TokenKind::kQuote && must != j &&
          HeadEntry(j - 1) == kNone && PluralApostropheAt(j)) {
        j += 1;
        continue;
      }
      // "Scottish Women's Aid", "People's Bank of China": the 's of an
      // irregular plural inside a name that goes on to a head.
      // (Glued to the word before: no space, the token's own flag.)
      if ((t.flags & kSpaceBefore) == 0 && t.kind == TokenKind::kWord &&
          must != j && j + 1 < n && IrregularPluralPossessive(j) &&
          HeadAhead(j + 1)) {
        j += 1;
        continue;
      }
      // "St James's Park", "St George's Hospital": the 's of a saint's
      // name opening a name that goes on to a head.
      if ((t.flags & kSpaceBefore) == 0 && t.kind == TokenKind::kWord &&
          j == i + 2 && j + 1 < n && PossessiveS(j) && SaintWord(i) &&
          HeadAhead(j + 1)) {
        j += 1;
        continue;
      }
      // "McDonald's Corp", "Wendy's International Inc": the 's of a
      // firm's one-word name right before a legal form (a place's or a
      // people's 's goes on to no legal form: "Britain's Court of Appeal").
      if ((t.flags & kSpaceBefore) == 0 && t.kind == TokenKind::kWord &&
          j == i + 1 && j + 1 < n && PossessiveS(j) &&
          (fi.ent_end == 0 || brief_[fi.ent_entry].type == EntityType::kOrg) &&
          LegalAhead(j + 1)) {
        j += 1;
        continue;
      }
      // "Addenbrooke's Hospital", "Lythgoe's Boatyard": the 's of a
      // one-word name no lexicon knows (no given name, title or acronym) right
      // before one site's or body's head that ends the name (a known
      // place's or person's 's goes on to no head: "Kenya's Parliament").
      // (A given name's goes on to a site's or natural feature's head:
      // "Joseph's Tomb", "Rachel's Tomb"; not a body's, "Ann's Bank".)
      if ((t.flags & kSpaceBefore) == 0 && t.kind == TokenKind::kWord &&
          j == i + 1 && j + 2 < n && fi.ent_end == 0 && fi.title_end == 0 &&
          !tok(i).has(kAllCaps) && PossessiveS(j) &&
          OneHeadAfterPossessive(j + 1) &&
          ((fi.bits & kBGiven) == 0 ||
           brief_[HeadEntry(j + 1)].type != EntityType::kOrg)) {
        j += 1;
        continue;
      }
      // "U.S. Attorney's Office", "the Prime Minister's Office": the 's of
      // a title right before an organization's head.
      if ((t.flags & kSpaceBefore) == 0 && t.kind == TokenKind::kWord &&
          j + 1 < n &&
          (before.title_end == j || (before.bits & kBMod) != 0 ||
           Has(j, kBTitlePhraseEnd)) &&
          TitlePossessive(j)) {
        j += 1;
        continue;
      }
      // "Carlsberg A/S": a head written with a symbol (Mark).
      if (SymbolInHead(j)) {
        j += 2;
        has_head = true;
        break;
      }
      // Procter & Gamble, AT&T
      if (IsAmpersand(j) && j + 1 < n && NameWord(j + 1) &&
          !tok(j + 1).has(kLineStart)) {
        j += 1;
        continue;
      }
      // "Leger and Leger", "Marsh and Marsh": a one-word name, "and" and the
      // same word again are one firm (a family's; a list names no word twice).
      // Heads may follow ("Saatchi and Saatchi Co Plc"). (Not a given name:
      // "Anna and Anna" may be two people; nor a work and its sequel,
      // "Robocop and Robocop 2".)
      if (j == i + 1 && (jbits & kBConnector) != 0 && j + 1 < n && IsAnd(j) &&
          NameWord(j + 1) && !Breaks(j + 1) && EntEnd(i) == 0 &&
          (fi.bits & kBGiven) == 0 && ts_.norm(j + 1) == ts_.norm(i) &&
          (j + 2 >= n || tok(j + 2).kind != TokenKind::kNumber)) {
        j += 2;
        continue;
      }
      // "Clayton, Dubilier & Rice", "Skadden, Arps, Slate, Meagher & Flom":
      // one-word names after a one-word name, each after a comma, the last
      // after "&", are one firm (a list of people or places takes "and").
      // So are they when "and Co" ends them ("Sears, Roebuck and Co",
      // "Kidder, Peabody and Co"), also after a known firm: the legal form
      // tells a firm's name from a list.
      if (j == i + 1 && IsComma(j) &&
          (EntEnd(i) == 0 || brief_[EntEntry(i)].type == EntityType::kOrg)) {
        uint32_t k = j;
        int items = 0;
        // (A public figure's surname the lexicon lists may be a partner's:
        // "Paul, Weiss, Rifkind, Wharton & Garrison".)
        while (items < 5 && k + 2 < n && IsComma(k) && NameWord(k + 1) &&
               (EntEnd(k + 1) == 0 ||
                (EntEnd(k + 1) == k + 2 &&
                 brief_[EntEntry(k + 1)].type == EntityType::kPerson)) &&
               !Breaks(k + 1)) {
          k += 2;
          ++items;
        }
        const bool and_co =
            items > 0 && k + 1 < n && IsAnd(k) &&
            (ts_.norm(k + 1) == "co" || ts_.norm(k + 1) == "co." ||
             ts_.norm(k + 1) == "company");
        // (A legal form may end it: "Cravath, Swaine & Moore LLP".)
        uint32_t last = k + 2;
        if (last < n && !Breaks(last) && HeadEntry(last) != kNone &&
            brief_[HeadEntry(last)].legal)
          ++last;
        // (Not a list of firms going on after it: "Rolls-Royce, Pratt &
        // Whitney and General Electric".)
        if (items > 0 && k + 1 < n &&
            (and_co || (IsAmpersand(k) && EntEnd(i) == 0)) && NameWord(k + 1) &&
            !Breaks(k + 1) && (last >= n || !NameWord(last) || Breaks(last)) &&
            !(last + 1 < n && (IsComma(last) || IsAndOr(last)) &&
              NameWord(last + 1) && !Breaks(last + 1))) {
          j = last;
          break;
        }
      }
      // "Trade and Industry Minister Ana Ruiz": two title modifiers joined by
      // "and" before a title (the titles loop of ClassifyRules keeps them
      // out of the name).
      if ((jbits & kBConnector) != 0 && (before.bits & kBMod) != 0 &&
          j + 2 < n && Has(j + 1, kBMod) && IsAnd(j)) {
        uint32_t k = j + 1;
        while (k < n && k < j + 4 && Has(k, kBMod) && TitleEnd(k) == 0) ++k;
        if (k < n && TitleEnd(k) > k) {
          j += 1;
          continue;
        }
      }
      // "England and Wales Cricket Board", "Avon and Somerset Police": a
      // known place, "and", a second known place and, within two more name
      // words, a body's head name one body (two places alone stay two:
      // "Britain and France agreed").
      if ((jbits & kBConnector) != 0 && !has_head && EntEnd(i) == j &&
          j + 2 < n && IsAnd(j) && PlaceAndPlaceBody(i, j)) {
        j = EntEnd(j + 1);
        continue;
      }
      if ((jbits & kBConnector) != 0 && !has_head && j + 2 < n && i > 0 &&
          ids_[i - 1] == it_words_->the_word &&
          it_words_->the_word != kNoWord && IsAnd(j)) {
        if (const uint32_t be = ThePlaceAndBody(i, j); be != 0) {
          j = be;
          has_head = true;
          continue;
        }
      }
      // "Kestrel Oil and Gas Corp", "Shell Transport and Trading Co": after
      // a head that is no legal form, "and" and up to three more heads
      // ("Gas", "Telegraph Co", "Trust Co") make one firm (a second firm's
      // name opens with a name of its own: "Kestrel Oil and Acme Corp").
      if (has_head && IsAnd(j) && j + 2 < n && HeadEntry(j - 1) != kNone &&
          !brief_[HeadEntry(j - 1)].legal && EntEnd(j + 1) == 0) {
        uint32_t h = j + 1;
        while (h < n && h < j + 4 && NameWord(h) && !Breaks(h) && HasHead(h))
          ++h;
        // Not a club's nickname ("Saints and Lions" are two); a last word
        // that is no legal form or "Co" joins only one head, and not before
        // "of" ("China Construction Bank and Bank of China"), or two when
        // the first can open an outlet's name ("United Bank and Standard
        // Trust" are two).
        // Nor two sites' heads ("Bloor Street and University Avenue" are
        // two streets; "Mersey Docks and Harbour Board" is one body).
        bool firm = h > j + 1 && (h == n || !NameWord(h) || Breaks(h)) &&
                    !brief_[HeadEntry(j - 1)].club &&
                    !(brief_[HeadEntry(j - 1)].type == EntityType::kFac &&
                      brief_[HeadEntry(h - 1)].type == EntityType::kFac);
        for (uint32_t x = j + 1; x < h && firm; ++x)
          firm = !brief_[HeadEntry(x)].club;
        if (firm && !LegalOrCo(h - 1) && ts_.norm(h - 1) != "company") {
          firm = (h == n || (ts_.norm(h) != "of" && ts_.norm(h) != "for")) &&
                 (h == j + 2 || !brief_[HeadEntry(j + 1)].outlet);
        }
        if (firm) {
          j = h;
          continue;
        }
        // "Irish Transport and General Workers Union", "Malaysian Rubber
        // Exchange and Licensing Board": after "and", a capitalized common
        // word no entry knows (CommonWordShape: General, Licensing,
        // Construction) and up to three more name words ending in a body's
        // head go on with the one body (a second body's name opens with a
        // name of its own: "Tarvik Bank and Dunkarra Bank"). Not two bodies
        // of one kind ("Barclays Bank and National Westminster Bank",
        // "Commerce Department and Defence Department"), nor a state body
        // after another ("Democratic Party and Finance Ministry"), nor after
        // "Co" ("Power Systems Co and Combustion Power Co Inc"), nor before
        // "National" ("Electoral Commission and National Union of Students").
        const std::string_view common = Bytes(tok(j + 1).span);
        // (So a body's adjective in "-ed": "South African Transport and
        // Allied Workers Union", "Amalgamated", "Associated".)
        if (!Has(j + 1, kBGiven) && !LegalOrCo(j - 1) &&
            (CommonWordShape(common) ||
             (common.back() == 'd' &&
              Listed(it_words_->org_adjectives, j + 1))) &&
            common != "National" && common != "International") {
          uint32_t x = j + 1;
          while (x < n && x < j + 5 && NameWord(x) && !Breaks(x)) ++x;
          if (x > j + 2 && (x == n || !NameWord(x) || Breaks(x)) &&
              HasHead(x - 1) &&
              brief_[HeadEntry(x - 1)].type == EntityType::kOrg &&
              ts_.norm(x - 1) != ts_.norm(j - 1) &&
              !Listed(it_words_->state_bodies, x - 1)) {
            j = x;
            continue;
          }
        }
      }
      // "Trinkaus und Burkhardt", "IG Bergbau und Energie", "Moet et
      // Chandon", "Cassa Depositi e Prestiti", "Bank fuer Gemeinwirtschaft":
      // a foreign "and" or "for" (und, et, e, fuer, pour: connectors no
      // English sentence writes between names) joins the name words either
      // side, also over a particle ("Caisse de Stabilisation et de Soutien
      // des Prix", "Compagnie Malienne pour le Developpement des Textiles").
      if ((jbits & kBConnector) != 0 && !t.has(kCapitalized) && j + 2 < n &&
          t.span.size() <= 4 &&
          ((NameWord(j + 1) && !Breaks(j + 1)) ||
           (Has(j + 1, kBParticle) && !tok(j + 1).has(kCapitalized) &&
            NameWord(j + 2) && !Breaks(j + 2))) &&
          Listed(it_words_->foreign_connectors, j)) {
        foreign_and_run_ = i;  // (ClassifyRules: a firm's)
        ++j;
        continue;
      }
      // "Bear Stearns and Co Inc", "Savings and Loan Association": "and"
      // before at most three name words that end in an organization head
      // joins the names into one, unless the first is a known name by
      // itself ("Britain and Atlas Corp").
      // (So after a head that does not end the name: "National Oil Spill
      // Detection and Response Agency".)
      // ("Merrill Lynch and Co": a known name takes "and Co" all the same.)
      // (Not after a person's full name before a word that is no head:
      // "Kate Bush and Joy Division"; "Bill and Melinda Gates Foundation",
      // "Samuel Montagu and Co Ltd" go on.)
      // (So after a plural head naming people, right after "the" and at
      // most one word: "the German Publishers and Booksellers
      // Association", an association of both; "the Velmo Holdings and
      // Tarvik Bank" are two.)
      if ((jbits & kBConnector) != 0 && !t.has(kCapitalized) &&
          (!has_head || HeadEntry(j - 1) == kNone ||
           (j <= i + 2 && i > 0 && ids_[i - 1] == it_words_->the_word &&
            !brief_[HeadEntry(j - 1)].legal && PeoplePlural(ts_.norm(j - 1)) &&
            EntEnd(i) != j)) &&
          IsAnd(j) &&
          !((fi.bits & kBGiven) != 0 && j >= i + 2 && j + 1 < n &&
            !HasHead(j + 1)) &&
          (EntEnd(i) != j || (j + 1 < n && (ts_.norm(j + 1) == "co" ||
                                            ts_.norm(j + 1) == "co.")))) {
        uint32_t k = j + 1, h = k;
        while (h < n && h < k + 3 && NameWord(h) && !Breaks(h)) {
          ++h;
        }
        // A known name right after "and" starts a name of its own:
        // "Emirates and Qatar Airways"; so does an acronym opening a
        // longer one: "Pertamina and ACWA Power".
        // Nor after a firm joined by '&' already: "Pratt & Whitney and
        // General Electric" are two.
        bool amp = false;
        for (uint32_t a = i + 1; a < j && !amp; ++a) amp = IsAmpersand(a);
        // Nor after a club's name, a club's head (club=1) and its town:
        // "Athletic Bilbao and Real Sociedad drew" are two ("United Savings
        // and Loan Association" is one).
        if (!amp && j >= i + 2 && HeadEntry(j - 2) != kNone &&
            brief_[HeadEntry(j - 2)].club && EntEnd(j - 1) == j &&
            brief_[EntEntry(j - 1)].type == EntityType::kGpe)
          amp = true;
        // After a head that does not end the name, at most two words that
        // end it ("Banque du Caire and Bank of Alexandria", "Seafood
        // Processors and First Choice Foods" are two).
        const bool tail_ok =
            !has_head || (h <= k + 2 && (h == n || !Has(h, kBConnector)));
        // (Nor a place's head: "Aurora and Commerce City", "Englewood and
        // Little Village" are two places.)
        // (Nor a club's nickname: "Celtic and Rangers", "Kano Pillars and
        // Remo Stars" are two.)
        // (Nor a second name after an "of" or "for" complement:
        // SecondNameAfterAnd.)
        if (h > k && HasHead(h - 1) && EntEnd(k) == 0 && !amp && tail_ok &&
            !((has_of || has_for) && SecondNameAfterAnd(k, h)) &&
            !PlaceHeadAt(h - 1) && !(h > k + 1 && AcronymFirst(k)) &&
            !brief_[HeadEntry(h - 1)].nickname &&
            (h == n || !NameWord(h) || Breaks(h))) {
          has_head = true;
          j = h;
          continue;
        }
      }
      // Ministry of Foreign Affairs, Department of Health and Human Services
      if ((jbits & kBConnector) != 0 && !t.has(kCapitalized)) {
        // (Not after a given name and a head that is also a surname, which
        // name a person: "Amy Hall of South Yorkshire Police", "Ann Lake
        // of the Tarrow Institute".)
        if (j >= i + 2 && ts_.norm(j) == "of" && HasHead(j - 1) &&
            brief_[HeadEntry(j - 1)].surname && Has(j - 2, kBGiven))
          break;
        // Nor a club's nickname alone, a common noun there: "Rangers of
        // the National Park Service".
        if (j == i + 1 && ts_.norm(j) == "of" && HasHead(i) &&
            brief_[HeadEntry(i)].nickname)
          break;
        // Nor a club's head before "for" and a place: "a bid from Rangers
        // for Scotland captain Roe".
        if (j + 1 < n && ts_.norm(j) == "for" && HasHead(j - 1) &&
            brief_[HeadEntry(j - 1)].club && EntEnd(j + 1) > j + 1 &&
            brief_[EntEntry(j + 1)].type == EntityType::kGpe)
          break;
        // "Alcoa of Australia Ltd", "Ford Motor Co of Canada Ltd": a place
        // after "of" and a legal form right after it make one firm's name.
        if (j + 2 < n && !Breaks(j + 1) && ts_.norm(j) == "of") {
          const uint32_t pe = EntEnd(j + 1);
          if (pe > j + 1 && pe < n && !Breaks(pe)) {
            const EntityType pt = brief_[EntEntry(j + 1)].type;
            const uint32_t h = HeadEntry(pe);
            if ((pt == EntityType::kGpe || pt == EntityType::kLoc) &&
                h != kNone && brief_[h].legal) {
              j = pe + 1;
              has_head = true;
              break;
            }
          }
        }
        // A legal form ends the name: "Veldman Holding BV of the
        // Netherlands", "Kestrel Mining Ltd of Perth" (entity_head legal=1);
        // so does a contest's head before "for": "won the Hungarian Grand
        // Prix for Ferrari", a contest's (contest=1); a prize's before a
        // word no entry knows goes on to its field: "Women's Prize for
        // Fiction", "Nobel Prize for Literature". So does a place's head
        // (LOC, GPE) before "for": "sailed from Velmora Cay for Tarvik";
        // a site's (FAC) before "for" and a name ending in a head of its
        // own: "Velmora Pier for Tarvik Wharf" ("Hospital for Sick
        // Children" goes on).
        if (const uint32_t h = HeadEntry(j - 1);
            h != kNone &&
            (brief_[h].legal ||
             ((brief_[h].type == EntityType::kLoc ||
               brief_[h].type == EntityType::kGpe ||
               (brief_[h].type == EntityType::kFac && HeadedNameAt(j + 1))) &&
              ts_.norm(j) == "for") ||
             (brief_[h].type == EntityType::kEvent && ts_.norm(j) == "for" &&
              (brief_[h].contest ||
               !(j + 1 < n && NameWord(j + 1) && EntEnd(j + 1) == 0 &&
                 !Has(j + 1, kBGiven) && !HasHead(j + 1)))))) {
          // (But "Hospital Corp of America", "State Grid Corp of China":
          // CorpOfCountry.)
          if (const uint32_t ce = CorpOfCountry(i, j); ce != 0) j = ce;
          break;
        }
        uint32_t k = j + 1;
        // ("of the"; "Movement for a Democratic Slovakia": "for a".)
        if (k < n && !tok(k).has(kCapitalized) &&
            (Has(k, kBConnector) || (has_head && Bytes(tok(k).span) == "a"sv &&
                                     ts_.norm(j) == "for"sv)))
          ++k;
        // Only after a head: "Bank of", not "Britain and France".
        if (has_head && IsAnd(j)) {
          // "the University of Leeds and the Karolinska Institute": after
          // "and the", a name that ends in a head of its own is a second
          // name ("Commission for Latin America and the Caribbean", "School
          // for the Deaf and the Blind" stay one).
          if (k == j + 2 && HeadedNameAt(k)) break;
          // "the Department of Energy and Exxon Mobil", "the University of
          // Cambridge and Oxford Nanopore": a known firm's name right after
          // "and", or a place's name before another name word, opens a
          // second name ("Department of Health and Human Services" goes
          // on).
          if (k == j + 1 && k < n) {
            // "the University of Leeds and University of York": a head
            // right after "and", before "of" or "for", opens a second.
            if (k + 1 < n && HasHead(k) && Has(k + 1, kBConnector) &&
                (ts_.norm(k + 1) == "of"sv || ts_.norm(k + 1) == "for"sv))
              break;
            const uint32_t ke = EntEnd(k);
            if (ke > k && ke <= n) {
              const EntityType kt = brief_[EntEntry(k)].type;
              if (kt == EntityType::kOrg ||
                  ((kt == EntityType::kGpe || kt == EntityType::kLoc) &&
                   ke < n && NameWord(ke) && !Breaks(ke) && !HasHead(ke)))
                break;
            }
          }
          // "Securities and Exchange Commission", "Department of Health and
          // Human Services", but not "the Ministry and Quillon Holdings".
          // (So after "for": "Office for Product Safety and Standards".)
          // (Not a club's nickname: "Wolves and Leeds Rhinos" are two.)
          bool joins =
              j == i + 1 && HasHead(i) && !brief_[HeadEntry(i)].nickname;
          if (!joins && (has_of || has_for)) {
            uint32_t h = k;
            while (h < n && NameWord(h) && !tok(h).has(kLineStart)) ++h;
            joins = h - k <= 2 && !SecondNameAfterAnd(k, h);
          }
          if (!joins) break;
        }
        // "the National Democratic Party of President Hosni Mubarak": a
        // title and a name after "of" name a person, no part of this name
        // ("Office of the President" goes on, and so does a name that goes
        // on to a head: "Transport and General Workers' Union").
        // (So after a party's head and title modifiers: "the True Path
        // Party of Foreign Minister Tansu Ciller"; a body's "of" may hold a
        // portfolio: "Department of Energy Secretary John Herrington".)
        if (k < n && ts_.norm(j) == "of") {
          uint32_t m = k;
          if (HeadEntry(j - 1) != kNone && brief_[HeadEntry(j - 1)].party) {
            while (m + 1 < n && m < k + 2 && Has(m, kBMod) && TitleEnd(m) == 0)
              ++m;
          }
          // (Titles after it, over their modifiers, are one title: "Office
          // of the Chief Coroner", "of the Chief Medical Examiner".)
          uint32_t te = TitleEnd(m);
          while (k == j + 2 && te > m && te < n && !Breaks(te)) {
            uint32_t x = te;
            while (x < n && x < te + 2 && Has(x, kBMod) && TitleEnd(x) == 0)
              ++x;
            if (x >= n || TitleEnd(x) <= x || Breaks(x)) break;
            te = TitleEnd(x);
          }
          if (te > m && te < n && NameWord(te) && !HeadAhead(te)) break;
        }
        // "Copper on the London Metal Exchange", "Trading on the Tokyo
        // Stock Exchange": after "on the", a name that ends in a head of
        // its own is a market, no part of this name ("Council on Foreign
        // Relations" goes on).
        // (So does a road's or a route's code: "Fort William on the
        // B8007".)
        if (k == j + 2 && ts_.norm(j) == "on") {
          const uint32_t h = NameWordsEnd(k);
          if ((h > k + 1 && HasHead(h - 1)) || tok(k).has(kHasDigit)) break;
        }
        // "the Kariba Dam on the Zambezi", "Tower Bridge on the Thames",
        // "Mount Yasur on Tanna": after a site's or a natural feature's
        // head, ending the name or opening it, "on" says where it is (a
        // body's head goes on: "Council on the Status of Women").
        if (IsOn(j) && (SiteHeadAt(j - 1) || (i + 1 < j && SiteHeadAt(i))))
          break;
        // "Ferries on the Velmafjorden", "Mines on the Rand": a plural head
        // alone opening a sentence is a common noun ("Council on Foreign
        // Relations" goes on).
        // So before "for" and a known name: "Unions for Deutsche Boerse
        // staff" ("Lawyers for Human Rights" goes on).
        if (i + 1 == j && tok(i).has(kSentenceInitial) &&
            ts_.norm(i).back() == 's' &&
            (IsOn(j) || (k < n && EntEnd(k) > k && ts_.norm(j) == "for")))
          break;
        // "Pearce Hardware on Molesworth Street", "a bakery on Mill Road":
        // after "on", a name that ends in a site's head (a street, a road)
        // says where the first is ("Council on Foreign Relations" goes on).
        // So does a natural feature's name, known, opened by its head or
        // an opener, or ending in its head: "the Velmo Observatory on Cerro
        // Pachón", "a lighthouse on Mount Tarvik" ("Institute on Aging"
        // goes on).
        if (k == j + 1 && IsOn(j)) {
          const uint32_t h = NameWordsEnd(k);
          if (h > k && HasHead(h - 1) &&
              brief_[HeadEntry(h - 1)].type == EntityType::kFac)
            break;
          if (h > k && OnFeature(k, h)) break;
        }
        // "U.S. Court of Appeals for the 5th Circuit": after "of the" or
        // "for the", an ordinal in figures before a name word.
        if (__builtin_expect(k == j + 2 && k + 1 < n && has_head &&
                                 tok(k).has(kHasDigit) && OrdinalFigure(k),
                             0) &&
            NameWord(k + 1) && !Breaks(k + 1) &&
            (ids_[j] == it_words_->of_word || ids_[j] == it_words_->for_word) &&
            ids_[j] != kNoWord) {
          has_of |= ids_[j] == it_words_->of_word;
          has_for |= ids_[j] == it_words_->for_word;
          j = k + 1;
          continue;
        }
        // (Nor "of the" after a title and a person's name: "Police Col. Efren
        // Lualhati of the Velmora Police Office" is the officer and the
        // office; a peer's "Lord Roberts of Conwy" goes on.)
        // (Not after a minister's or a secretary's title opening the name,
        // whose "for" names the portfolio: "Cabinet Secretary for Health
        // John Morgan"; "Office of the Secretary of Defense" goes on.)
        if (has_head && k < n && NameWord(k) &&
            (has_of || has_for || (Cue(j - 1) & kWPortfolioTitle) == 0 ||
             HasHead(j - 1)) &&
            !(k == j + 2 && TitledNameBefore(i, j)) &&
            (!Has(k, kBNotName) || Has(k, kBNoun) ||
             // "Community of West African States", not "Ministry of
             // Health and North Korea"
             (Has(k, kBModifier) && ts_.norm(j) != "and")) &&
            !Breaks(k)) {
          has_of |= ts_.norm(j) == "of";
          // (A committee's "on" joins as "for" does: "Committee on Economic
          // and Monetary Affairs".)
          has_for |= ts_.norm(j) == "for" || IsOn(j);
          j = k;
          continue;
        }
      }
      // "the Rail, Tram and Bus Union": after "the", one or two unknown
      // words, a comma, more such items and "and" before a last item that
      // ends in an organization's head (no legal form) make one name (no
      // known name in it: "Britain, France and the Trade Union Congress"
      // are three).
      // (After a town's name too: "the New York Coffee, Sugar and Cocoa
      // Exchange".)
      // (Or a people's: "the Philippine Atmospheric, Geophysical and
      // Astronomical Services Administration". An item of one word may be a
      // head: "the Construction, Forestry, Mining and Energy Union".)
      const uint32_t place_end =
          IsComma(j) && EntEnd(i) > i && EntEnd(i) < j &&
                  (brief_[EntEntry(i)].type == EntityType::kGpe ||
                   brief_[EntEntry(i)].type == EntityType::kNorp)
              ? EntEnd(i)
              : i;
      if ((!has_head || j == place_end + 1) && IsComma(j) &&
          j <= place_end + 2 && must <= place_end + 1 && i > 0 &&
          ts_.norm(i - 1) == "the" && (EntEnd(i) == 0 || place_end > i) &&
          (fi.bits & kBGiven) == 0) {
        uint32_t k = j, end = 0;
        for (int items = 0; items < 4 && k < n && IsComma(k); ++items) {
          const uint32_t h = UnknownNameWordsEnd(k + 1, 2);
          if (h == k + 1 || h >= n || (HasHead(h - 1) && h > k + 2)) break;
          if (ts_.norm(h) == "and" && !tok(h).has(kCapitalized)) {
            const uint32_t m = UnknownNameWordsEnd(h + 1, 3);
            if (m > h + 2 && HasHead(m - 1) &&
                brief_[HeadEntry(m - 1)].type == EntityType::kOrg &&
                !brief_[HeadEntry(m - 1)].legal && (m >= n || !NameWord(m)))
              end = m;
            break;
          }
          k = h;
        }
        if (end != 0) {
          has_head = true;
          j = end;
          continue;
        }
      }
      // "Department for Environment, Food and Rural Affairs": after a head
      // and "of" or "for", a list of capitalized items (up to three words
      // each) that ends in "and" and a last item is part of the name, when
      // no word in it is a known name ("the Ministry of Health, Britain and
      // France" are three).
      if ((has_of || has_for) && has_head && IsComma(j)) {
        // An item's end, or its start when it is none (no name word, a
        // known name, or two or more words ending in a head: "Lloyds Bank
        // Plc" is an organization of its own).
        // (A portfolio's words -- title modifiers and portfolio words,
        // "Local Government", "Urban Development", "Heritage" -- make an
        // item whatever else the lexicon knows them as.)
        auto item_end = [&](uint32_t a) {
          uint32_t p = a;
          while (p < n && p < a + 3 && NameWord(p) && !Breaks(p) &&
                 (Has(p, kBMod) || (Cue(p) & kWPortfolioWord) != 0))
            ++p;
          // (And a head after them: "Local Government".)
          if (p > a && p < n && p < a + 3 && NameWord(p) && !Breaks(p) &&
              HasHead(p))
            ++p;
          if (p > a && (p >= n || !NameWord(p))) return p;
          const uint32_t h = UnknownNameWordsEnd(a, 3);
          if (h - a >= 2 && HasHead(h - 1)) return a;
          return h;
        };
        uint32_t k = j, end = 0;
        for (int items = 0; items < 4 && k < n && IsComma(k); ++items) {
          // (A comma before "and" too: "Committee on Banking, Housing, and
          // Urban Affairs".)
          const bool serial = items > 0 && k + 1 < n && IsAnd(k + 1);
          const uint32_t h = serial ? k + 1 : item_end(k + 1);
          if (h == k + 1 && !serial) break;
          if (h >= n) break;
          if (ts_.norm(h) == "and" && !tok(h).has(kCapitalized)) {
            // (The last item may take "the": "Agriculture, Food and the
            // Marine".)
            const uint32_t a = h + 2 < n &&
                                       ids_[h + 1] == it_words_->the_word &&
                                       !tok(h + 1).has(kCapitalized)
                                   ? h + 2
                                   : h + 1;
            const uint32_t m = item_end(a);
            if (m > a && (m >= n || !NameWord(m))) end = m;
            break;
          }
          k = h;
        }
        if (end != 0) {
          j = end;
          continue;
        }
      }
      // Charles de Gaulle, Ursula von der Leyen
      if ((jbits & kBParticle) != 0 && !t.has(kCapitalized)) {
        uint32_t k = j + 1;
        if (k < n && Has(k, kBParticle) && !tok(k).has(kCapitalized)) ++k;
        if (k < n && NameWord(k) && !Breaks(k)) {
          j = k;
          any_inner_particle_ = true;
          continue;
        }
      }
      break;
    }
    // "Farmers Export Co.", "Workers Party": a plural common noun (not_name
    // noun=1) right before a name that ends in a body's head opens it, inside
    // a sentence.
    // (The word before's flags first: most runs follow no capital.)
    if (__builtin_expect((before_flags & kCapitalized) != 0, 0) && i > 0 &&
        NounOpensBody(i - 1, j) && !Breaks(i) &&
        !Breaks(i - 1) &&  // (opening a sentence: "Rivals General Mills")
        (s_.cands.empty() || s_.cands.back().e < i)) {
      --i;
      facts_[i] = MakeFact(i);  // (the window opened at the next token)
    }
    FactsTo(j - 1, &facts_end);
    const size_t before_run = s_.cands.size();
    Classify(i, j, false);
    // "the 3rd U.S. Circuit Court of Appeals", "the 9th Circuit", "the
    // 45th Armoured Brigade": an ordinal in figures before a circuit's
    // court or a body ending in its head (a unit's: Brigade, Division,
    // Battalion) is part of its name (not before a legal form's: "the 3rd
    // Tarvik Corp plant" names the firm alone).
    // (The word before read first, from its flags: an ordinal in figures
    // has a digit, and most runs follow none.)
    if (i > 0 && (before_flags & kHasDigit) != 0 &&
        s_.cands.size() > before_run && s_.cands.back().b == i &&
        s_.cands.back().type == EntityType::kOrg && OrdinalFigure(i - 1)) {
      Candidate& c = s_.cands.back();
      const uint32_t h = HeadEntry(c.e - 1);
      if (h != kNone && brief_[h].type == EntityType::kOrg &&
          !brief_[h].legal) {
        c.b = i - 1;
      } else {
        for (uint32_t k = i; k < c.e; ++k) {
          if (ts_.norm(k) != "circuit") continue;
          c.b = i - 1;
          break;
        }
      }
    }
    // "Communist Party of Nepal (Maoist)", "Communist Party of India
    // (Marxist)": a party's name goes on over a faction's word or two in
    // brackets right after it (an acronym there is the name's short form:
    // "Communist Party of India (CPI)").
    if (__builtin_expect(j + 2 < n && tok(j).has(kOpening), 0) &&
        text_[tok(j).span.begin] == '(' && s_.cands.size() > before_run &&
        s_.cands.back().e == j && s_.cands.back().type == EntityType::kOrg) {
      if (const uint32_t close = PartyFactionEnd(s_.cands.back().b, j);
          close != 0) {
        s_.cands.back().e = close;
        j = close;
      }
    }
    // "the University of Texas at El Paso", "University of Illinois at
    // Chicago": a university's name goes on over "at" and its campus's
    // town, one to three capitalized words.
    // (The word after the run first, by id: most runs end before another.)
    if (__builtin_expect(j + 1 < n && ids_[j] == it_words_->at_word, 0) &&
        ids_[j] != kNoWord && s_.cands.size() > before_run &&
        s_.cands.back().e == j && s_.cands.back().type == EntityType::kOrg &&
        ts_.norm(s_.cands.back().b) == "university"sv && NameWord(j + 1) &&
        !Breaks(j + 1) && !LineInside(j, j + 2)) {
      uint32_t k = j + 1;
      // (A place's head may end the town, "Chapel Hill"; no body's.)
      while (k < n && k < j + 4 && NameWord(k) && tok(k).has(kCapitalized) &&
             !Breaks(k) &&
             (HeadEntry(k) == kNone ||
              brief_[HeadEntry(k)].type != EntityType::kOrg))
        ++k;
      if (k > j + 1) {
        s_.cands.back().e = k;
        j = k;
      }
    }
    // "Cheung Kong (Holdings) Ltd", "Info Edge (India) Ltd": a name goes on
    // over a word or three in brackets before a legal form, which makes it a
    // firm's.
    if (__builtin_expect(j + 3 < n && tok(j).has(kOpening), 0) &&
        text_[tok(j).span.begin] == '(' && s_.cands.size() > before_run &&
        s_.cands.back().e == j) {
      if (const uint32_t end = BracketLegalEnd(j); end != 0) {
        Candidate& c = s_.cands.back();
        c.e = end;
        c.type = EntityType::kOrg;
        c.te = c.tb;
        c.strength = std::max<uint8_t>(c.strength, 1);
        c.said_org = 0;
        j = end;
      }
    }
    // (Candidates of this run end at j or inside it, where no token opens
    // anything: the run's last words are names, connectors or '&'. A run
    // at the text's end has no token after it, and FindAcronyms needs two.)
    if (__builtin_expect(j < n, 1)) open_after_run |= tok(j).flags;
    // The next run starts at the first name word at or after j: one of the
    // next few (a run holds few), found by counting without a branch per
    // word (the list increases; its padding is never below j).
    size_t k = next + 1;
    for (;;) {
      const uint32_t* w = name_words + k;
      const size_t below = size_t{w[0] < j} + size_t{w[1] < j} +
                           size_t{w[2] < j} + size_t{w[3] < j};
      k += below;
      if (below < 4) break;
    }
    next = k;
  }
  any_open_after_run_ = (open_after_run & kOpening) != 0;
  // "Booking.com", "Amazon.com": a capitalized domain with no scheme, path
  // or "www." is the firm it names (the tokenizer keeps it one URL token).
  if (__builtin_expect(!s_.domains.empty(), 0)) AddDomainFirms();
  run_candidates_ = s_.cands.size();
  // "a Mersin-based company": the place inside a compound adjective (Mark
  // flagged the capitalized words with a lower-case part after a hyphen).
  // "a New York-based firm": the run before it, one or two words no entry
  // names ("New", "Hong", "Los"), is the place's first words: its
  // candidate takes the compound's word (FindRuns ended the run there).
  // (Runs' candidates are in text order, as are the compounds.)
  size_t before = 0;
  for (uint32_t k : s_.dash_lower) {
    const Token& t = tok(k);
    if (Has(k, kBWeakLine)) continue;
    while (before < run_candidates_ && s_.cands[before].e <= k) ++before;
    if (KnownCompound(k, before)) continue;
    std::string_view w = Bytes(t.span);
    // (One hyphen, ASCII: the part after it, lower case, is a place
    // suffix's whole word.)
    const size_t dash = w.find('-');
    if (dash < 3 || dash == std::string_view::npos ||
        w.find('-', dash + 1) != std::string_view::npos)
      continue;
    const std::vector<std::string>& places = it_words_->place_suffixes;
    {
      const std::string_view suffix = w.substr(dash);
      if (std::binary_search(places.begin(), places.end(), suffix.substr(1))) {
        if (before > 0 && t.has(kSpaceBefore) && ts_.newlines_before[k] == 0) {
          Candidate& c = s_.cands[before - 1];
          if (c.e == k && c.e - c.b <= 2 && c.entry == kNone && c.te == c.tb &&
              c.cut == 0) {
            c.e = k + 1;
            c.type = EntityType::kGpe;
            c.strength = std::max<uint8_t>(c.strength, 1);
            c.said_org = 0;
            c.cut = static_cast<uint8_t>(suffix.size());
            continue;
          }
        }
        // (An acronym names a body: "NYSE-listed", "ASX-listed".)
        const bool acronym =
            std::all_of(w.begin(), w.begin() + dash,
                        [](char ch) { return ch >= 'A' && ch <= 'Z'; });
        Add(k, k + 1, acronym ? EntityType::kOrg : EntityType::kGpe, 1);
        s_.cands.back().cut = static_cast<uint8_t>(suffix.size());
      }
    }
  }
  // "German-US", "Israeli-Palestinian", "Sino-US": peoples and countries
  // joined by hyphens name a relation between them (NORP), not the firm or
  // the place an unknown word would be by default.
  if (!s_.dash_upper.empty()) NationCompounds();
  // Heading and all-caps lines: lexicon names only; other names come from
  // the body (Chain matches them later).
  // (The lines' tokens in order; a name may run past its line's end.)
  uint32_t k = 0;
  for (const auto& [a, b] : s_.weak) {
    // (A firm before a ticker, from its first word fb to fe.)
    uint32_t fb = kNone, fe = 0;
    if (k <= a) fe = TickerFirm(a, b, &fb);
    for (k = std::max(k, a); k < b; ++k) {
      if (k == fb) {
        Add(fb, fe, EntityType::kOrg, 2);
        k = fe - 1;
        continue;
      }
      const uint32_t e = EntEnd(k);
      if (e == 0) continue;
      const uint32_t entry = EntEntry(k);
      const EntryBrief& inf = brief_[entry];
      // "RESULTS AT KENYA OPEN", "ASIAN CUP": a place or people right
      // before a contest's head names the event.
      if ((inf.type == EntityType::kGpe || inf.type == EntityType::kNorp ||
           inf.type == EntityType::kLoc) &&
          ContestHeadAt(e, b)) {
        Add(k, e + 1, EntityType::kEvent, 2);
        k = e;
        continue;
      }
      // "SIEMENS AG", "TOYOTA MOTOR CORP": a legal form right after an
      // organization's name on the line is part of it (not any head:
      // "WORLD BANK TEAM", "OPEC ACCORD").
      uint32_t end = e;
      if (inf.type == EntityType::kOrg) {
        while (end < b && end < e + 2 && NameWord(end)) {
          const uint32_t h = HeadEntry(end);
          if (h == kNone || !brief_[h].legal) break;
          ++end;
        }
      }
      // "GLASGOW RANGERS BEAT ...", "CHICAGO BULLS SIGN ...": in a sports
      // story a town right before a club's head (United, Rovers) or plural
      // nickname (Bulls, Knicks) on the line is the club, whether or not the
      // body spells it so ("Rangers won"). (Not a country: "ISRAEL JETS".)
      if (inf.type == EntityType::kGpe && !inf.country && end < b &&
          tok(end).has(kCapitalized) && ts_.newlines_before[end] == 0 &&
          ClubHeadAt(end) && SportDocument()) {
        const uint32_t club_end = std::max(end + 1, EntEnd(end));
        Add(k, club_end, EntityType::kOrg, 2);
        k = club_end - 1;
        continue;
      }
      // "HULL KR THRASH CASTLEFORD" over "Castleford Tigers": a town that
      // names a club is typed by the body's mention (town or club), which
      // only a weak candidate may link forward to.
      // (Not a dateline, "LIVERPOOL -" or "HULL,", nor after a place's
      // word: "WINS IN MADRID".)
      const bool club_town = inf.type == EntityType::kGpe && inf.club &&
                             !inf.country && !Has(k, kBDateline) &&
                             !(k > 0 && Has(k - 1, kBPlaceBefore)) &&
                             !(end < n_ && (IsDash(end) || IsComma(end)));
      const EntityType type =
          DatelineBody(k, end, inf) ? EntityType::kGpe : inf.type;
      Add(k, end, type, club_town ? 0 : 2, inf.outlet,
          end == e ? entry : kNone);
      k = end - 1;
    }
  }
}

uint32_t Run::TickerFirm(uint32_t a, uint32_t b, uint32_t* begin) const {
  auto is = [&](uint32_t k, char c) {
    return tok(k).span.size() == 1 && text_[tok(k).span.begin] == c;
  };
  // The '>' closing a bracket opened at token k, within a few tokens and
  // with capitalized words or glued marks inside; 0 if none.
  auto close = [&](uint32_t k, uint32_t most) -> uint32_t {
    for (uint32_t c = k + 1; c < b && c <= k + most; ++c) {
      if (is(c, '>')) return c > k + 1 ? c : 0;
      const Token& t = tok(c);
      if (t.kind == TokenKind::kWord ? !t.has(kCapitalized) && !Cap(c)
                                     : t.has(kSpaceBefore) || is(c, '<'))
        return 0;
    }
    return 0;
  };
  if (b - a < 3) return 0;
  if (is(a, '<')) {
    const uint32_t c = close(a, 9);
    if (c == 0 || tok(a + 1).kind != TokenKind::kWord) return 0;
    *begin = a + 1;
    return c;
  }
  // The line's first ticker of one glued piece ("<BRK.A>") after a word.
  uint32_t k = a + 1;
  while (k < b && k < a + 16 && !is(k, '<')) ++k;
  if (k >= b || k >= a + 16 || tok(k - 1).kind != TokenKind::kWord) return 0;
  const uint32_t c = close(k, 4);
  if (c == 0 || !Glued(k, c + 1)) return 0;
  // Up to six words opening the line (glued marks inside: "AT&T",
  // "BROWN-FORMAN") before it: a legal form or "Co" ends the name
  // ("PLANTERS CORP", "PRICE CO"), or the words spell the first words of a
  // firm the body names ("AMERICAN EXPLORATION" for "American Exploration
  // Co").
  // (The body's firm may start after the headline's first words: "S/P
  // UPGRADES WILLIAMS COS" over "the Williams Cos".)
  // (A legal form or "Co" ending the words need not be the body's: "COS"
  // for "Cos.".)
  bool opening = k < a + 8;
  for (uint32_t j = a; j < k && opening; ++j) {
    const Token& t = tok(j);
    opening = t.kind == TokenKind::kWord ? Cap(j)
                                         : !(t.has(kSpaceBefore) || j == a ||
                                             is(j, ',') || is(j, ':'));
  }
  if (opening) {
    const bool legal = LegalOrCo(k - 1);
    const uint32_t words_end = k - (legal && k - 1 > a);
    for (uint32_t from = a; from < words_end; ++from) {
      const uint32_t len = words_end - from;
      for (size_t o = 0; o < run_candidates_; ++o) {
        const Candidate& body = s_.cands[o];
        // (Not after the headline's first word when the body's firm
        // follows a capital: "AM International Inc" read without "AM".)
        if (body.type == EntityType::kOrg && body.strength > 0 &&
            body.e - body.b >= len && !Has(body.b, kBWeakLine) &&
            SameNorms(body.b, body.b + len, from) &&
            (from == a || body.b == 0 || !tok(body.b - 1).has(kCapitalized) ||
             Breaks(body.b))) {
          *begin = from;
          return k;
        }
      }
    }
    if (legal) {
      *begin = a;
      return k;
    }
  }
  return TickerWords(a, k, begin);
}

uint32_t Run::TickerWords(uint32_t a, uint32_t k, uint32_t* begin) const {
  auto is_break = [&](uint32_t j) {
    return Listed(it_words_->headline_breaks, j);
  };
  // Not a parent's 's before its unit's ticker ("TEXAS AIR'S <TEX>").
  if (PossessiveS(k - 1)) return 0;
  uint32_t from = k, words = 0;
  while (from > a) {
    const uint32_t j = from - 1;
    const Token& t = tok(j);
    if (t.kind == TokenKind::kWord) {
      if (!Cap(j)) break;
      // "of" and "for" (the lexicon's portfolio_of words) after a body's
      // head stay inside ("SAVINGS BANK OF MERIDEN", "BANK FOR SAVINGS").
      const std::array<uint32_t, 2>& of = it_words_->portfolio_of;
      if (is_break(j) && !(words != 0 && j > a && HasHead(j - 1) &&
                           (ids_[j] == of[0] || ids_[j] == of[1])))
        break;
      if (++words > 5) return 0;
    } else if (t.has(kSpaceBefore) ||
               !(t.span.size() == 1 &&
                 (text_[t.span.begin] == '/' || text_[t.span.begin] == '&' ||
                  text_[t.span.begin] == '-' || text_[t.span.begin] == '\''))) {
      break;
    }
    --from;
  }
  while (from < k && tok(from).kind != TokenKind::kWord) ++from;
  if (words == 0 || from >= k) return 0;
  // A number glued to the first word is the name's ("3M <MMM>").
  if (from > a && tok(from - 1).kind == TokenKind::kNumber &&
      !tok(from).has(kSpaceBefore))
    --from;
  *begin = from;
  return k;
}

bool Run::OneUnknownWord(uint32_t b) {
  // (The word's fact: UnknownWordFact.) No digit, no lone letter.
  const Token& t = tok(b);
  if (t.has(kHasDigit) || t.span.size() < 2 || InListLine(b)) return false;
  GradeHint(b);  // (DropNoEntity)
  // A unit glued to a number ("40GB") or a plural acronym ("PCs"): no name
  // (ClassifyRules' rule).
  if (GluedToNumber(b) || PluralAcronym(Bytes(t.span))) return true;
  if (AdjectiveAlone(b)) return false;  // (ClassifyRules decides)
  const bool initial = Initial(b);
  const uint32_t e = b + 1;
  // An acronym ("ZRV"): the cascade's first answer, an ORG, once the rules
  // before it say no; not a ticker in angle brackets ("<DART>").
  const bool acronym = t.has(kAllCaps);
  if (acronym && b > 0 && Bytes(tok(b - 1).span) == "<") return false;
  // (Nor one in round brackets with a stop: "(VNT.L)", BracketTicker.)
  if (acronym && !t.has(kSpaceBefore) && b > 0 &&
      (text_[t.span.begin - 1] == '(' || text_[t.span.begin - 1] == '.'))
    return false;
  // (Nor one after its exchange's colon: "(NASDAQ: KRVX)", ExchangeTicker.)
  if (acronym && b > 0 && Bytes(tok(b - 1).span) == ":") return false;
  // An acronym qualifying a currency's noun in the plural or "franc"
  // ("CFA francs", "HK dlrs"): no entity ("MTV won", "LIFFE yen bond"
  // name the bodies).
  if (acronym && e < n_ && tok(e).kind == TokenKind::kWord &&
      !tok(e).has(kCapitalized) &&
      (ts_.norm(e).back() == 's' || ts_.norm(e) == "franc") &&
      Listed(it_words_->currencies, e))
    return true;
  // The rules that may apply, the common ones tested without a branch (all
  // say no for most names), as loosely as is cheap: a yes leaves the run
  // to Classify.
  bool may = false;
  bool portfolio_may = false;  // "of", "for", "and", "&" or "," before it
  bool team_verb_before = false;
  char next = 0;  // the first byte after the word, if any
  if (e < n_) {
    const Fact after = MakeFact(e);
    next = text_[tok(e).span.begin];
    // "Initially, the bank ...", "Separately, ...": an adverb opening a
    // sentence before a comma names nothing.
    if (initial && next == ',' && AdverbShape(Bytes(t.span))) return true;
    // A person's context word, a title or title modifier (a post title,
    // an affiliation), a result verb; "on" ("on the Red Sea"), a facility
    // ("mine"); after a sentence's start, a comma (an appositive, "which");
    // a bracket (a head in it: "Cheung Kong (Holdings)").
    may =
        (((after.bits & (kBPersonAfter | kBMod | kBTeamVerb)) |
          after.title_end) != 0) |
        IsOn(e) | (FacilityAfter(e) != 0) | (initial & (next == ',')) |
        (IsAndOr(e) && ConjunctNounAfter(e) != 0) | ShareIndexAfter(e) |
        (next == '(') | (initial && (Cue(e) & kWClubVerb) != 0) |
        (tok(e).kind == TokenKind::kNumber &&
         (LabelWord(b) || BowlingFigures(e) ||  // "Gate 12", "Roe 9-1-40-2"
          (FacilityAfter(e + 1) & kWProductAfter) != 0));  // "Ariane 6 rocket"
  }
  if (b > 0) {
    const Fact before = MakeFact(b - 1);
    const Token& p = tok(b - 1);
    const std::string_view w = Bytes(p.span);
    // A place's context word, a title ending here; after a sentence's
    // start an organization noun or a result verb (else they only pick
    // among the cascade's ORG answers); a bracket (a results row's
    // country), a scorecard's "b", "c" or "st", ", of" or ", from" (a
    // place after an age).
    const uint32_t context =
        kBPlaceBefore | (initial ? kBOrgNoun | kBTeamVerb : 0u);
    may |= ((before.bits & context) != 0) | (before.title_end == b) |
           ResidentsFrom(b) | (w[0] == ')') |
           (w[0] == '(' && PersonEndsBefore(b - 1)) |
           (p.kind == TokenKind::kWord && (w == "b" || w == "c" || w == "st")) |
           // (a surname's particle: "van Schaik")
           ((before.bits & kBParticle) != 0 && !p.has(kCapitalized)) |
           (b >= 4 && IsComma(b - 2)) |
           (ids_[b - 1] == it_words_->of_word && LegislatorOf(b));
    portfolio_may = PortfolioJoin(b - 1) || PortfolioJoinThe(b - 1);
    team_verb_before = (before.bits & kBTeamVerb) != 0;
  }
  if (may) return false;
  // A minister's portfolio ("Minister of Agriculture, Livestock and
  // Fisheries"), after "of", "for", "and", "&" or a comma.
  if (portfolio_may && PortfolioTitleStart(b, e) != kNone)
    return false;  // (ClassifyRules decides)
  // A home's or a site's noun a word later ("a Derby engineering firm").
  if (e + 1 < n_) {
    const uint32_t noun =
        FacilityAfter(e + 1) & (kWResidentAfter | kWPremisesAfter);
    if (noun != 0 && tok(e).kind == TokenKind::kWord &&
        !tok(e).has(kCapitalized) && HomeBefore(b, noun))
      return false;
  }
  // The rarer rules, each behind its first test: an 's (a brand), a
  // comma (a post title), "and" or "or" (a place conjunct); opening a
  // sentence, "said it" after or an inner capital (an ORG guess).
  if ((next == '\'' || next == '\xe2') &&
      (BrandPossessive(b, e) || (initial && PersonAfterPossessive(e)) ||
       ScorerName(b, e) || PersonPossessor(b, e) || EponymPossessor(e)))
    return false;
  if (next == ',' && e + 1 < n_) {
    uint32_t tb, te;
    if (PostTitle(e, &tb, &te) ||
        (tok(e + 1).has(kCapitalized) && PlaceAfterComma(e)) ||
        (ListAfterComma(e) && ConjunctNounAfter(e) != 0) ||
        PlaceAppositiveAt(e))
      return false;
  }
  if ((((b >= 2 && IsAndOr(b - 1)) || (e < n_ && IsAndOr(e))) &&
       PlaceConjunct(b, e)) ||
      (b >= 2 && IsComma(b - 1) && PlaceListComma(b, e)))
    return false;
  if (initial && (ItAfter(e) || CamelCase(b) || ClubMatch(b, e))) return false;
  if (acronym) {
    // (A line-opening label, "NOTE:", is kept only for chaining.)
    Add(b, e, EntityType::kOrg, initial && e < n_ && IsColon(e) ? 0 : 1);
    return true;
  }
  // (A tennis player's name after a result verb in a sentence with set
  // scores, a scorer's after a goal's noun and "from" or "by":
  // ClassifyRules. A result verb after it is a "may" above.)
  if (team_verb_before && SetScores(b, e)) return false;
  if (b >= 2 && FromOrBy(b - 1) && ScorerName(b, e)) return false;
  // (ClassifyRules' default, DefaultType's place, site or firm, where no
  // organization noun or appositive says otherwise: checked by DefaultOrg
  // only when a person matches.)
  Add(b, e, initial ? EntityType::kPerson : DefaultType(b, e), initial ? 0 : 1);
  if (!initial) {
    s_.cands.back().said_org = kDefaultOrgUnchecked;
    any_default_org_ = true;
  }
  return true;
}

bool Run::GivenAndSurname(uint32_t b) {
  const uint32_t e = b + 2;
  // ClassifyRules' rules in its order, each where it may apply: a particle
  // before ("van"), a bracketed head after, '<' (a Reuters firm) or ')'
  // (a results row) before, a number glued before, an all-caps word (a
  // ticker), a brand's 's, a facility's noun (a product's also after "and"
  // and a second name), a title before or after, an affiliation (a title
  // after).
  if (b > 0) {
    const Token& p = tok(b - 1);
    const char c = text_[p.span.begin];
    if (c == '<' || c == ')') return false;
    if (p.kind == TokenKind::kWord && !p.has(kCapitalized) &&
        SurnameParticlesBefore(b) < b)
      return false;
  }
  if (e < n_ && tok(e).has(kOpening)) return false;
  if (LawName(b, e)) return false;
  if (GluedToNumber(b) || tok(b).has(kAllCaps) || BrandPossessive(b, e) ||
      FacilityAfter(e) != 0 ||
      (e < n_ && IsAndOr(e) && (ConjunctNounAfter(e) & kWProductAfter) != 0))
    return false;
  const Fact before = b > 0 ? MakeFact(b - 1) : Fact{};
  const Fact after = e < n_ ? MakeFact(e) : Fact{};
  uint32_t tb = 0, te = 0;
  if (TitleBefore(b, before.title_end, &tb) != 0 || PostTitle(e, &tb, &te) ||
      AffiliationBefore(e, after))
    return false;
  Add(b, e, EntityType::kPerson, 1);  // "Sofia Andersson"
  return true;
}

void Run::LexiconName(uint32_t b, uint32_t e, uint32_t entry) {
  // "BP (BP.L)": a known firm's ticker in brackets names nothing again.
  if (b > 0 && tok(b).has(kAllCaps) && !tok(b).has(kSpaceBefore) &&
      text_[tok(b - 1).span.begin] == '(' && BracketTicker(b, e))
    return;
  // "(NYSE: GE)": so is one after its exchange; "<BP.L>", "<WBC.AX>": so
  // is a wire's ticker in angle brackets, the market code too.
  if (ExchangeTicker(b, e) || (tok(b).has(kAllCaps) && AngleTicker(b, e)))
    return;
  const EntryBrief& inf = brief_[entry];
  // "in 300 B.C. by": a state's or province's abbreviation with its stop
  // follows a town, not a number and a lower-case word or the end (there
  // it is an era's; a table's row may name the state: "2.49 Ill. Track").
  if (e == b + 1 && b > 0 && tok(b - 1).kind == TokenKind::kNumber &&
      inf.type == EntityType::kGpe && !inf.country &&
      text_[tok(b).span.end - 1] == '.' &&
      (e >= n_ || !tok(e).has(kCapitalized)))
    return;
  EntityType type = inf.type;
  if (DatelineBody(b, e, inf)) type = EntityType::kGpe;
  if (type == EntityType::kGpe && !inf.country &&
      !(b > 0 && Has(b - 1, kBPlaceBefore)) && TeamContext(b, e))
    type = EntityType::kOrg;
  // "beat Wimbledon 4-1": an event's name that is also a club's, after a
  // result verb and before the score ("won Wimbledon" is the event).
  if (type == EntityType::kEvent && b > 0 && Has(b - 1, kBTeamVerb) &&
      NumberDashNumber(e, true))
    type = EntityType::kOrg;
  // "Liverpool" in a match report: a town whose club goes by its name
  // (club=1) is the club in a sports story, but after a place's context
  // word ("moved to a flat in Liverpool") and in a dateline.
  // So in a sentence with a score or a score's word, in a story too short
  // to tell ("Yorkshire were bowled out for 164 ... against Essex").
  // (Nor in a place's appositive after a town and a comma: "the 21-year-old
  // from Wagga Wagga, New South Wales".)
  if (type == EntityType::kGpe && inf.club && !inf.country &&
      !(b > 0 && Has(b - 1, kBPlaceBefore)) && !Has(b, kBDateline) &&
      (SportDocument() || TeamScore(b, e)) &&
      !(b >= 2 && IsComma(b - 1) && PlaceEndsBefore(b - 1)))
    type = EntityType::kOrg;
  // "Norwich played Ipswich": so on either side of a match verb facing a
  // club's town or a known body, in any story.
  if (type == EntityType::kGpe && inf.club && !inf.country &&
      !(b > 0 && Has(b - 1, kBPlaceBefore)) && !Has(b, kBDateline) &&
      ClubMatch(b, e))
    type = EntityType::kOrg;
  // "Sevilla have signed": a club town opening a sentence before a plural
  // verb is the club.
  if (type == EntityType::kGpe && inf.club && !inf.country && e == b + 1 &&
      Initial(b) && ClubVerbAt(e))
    type = EntityType::kOrg;
  // "bowler Hamish Reid of Canterbury": a player's side (a country stays a
  // place: "batsman Ian Hay of England").
  if (type == EntityType::kGpe && !inf.country && PlayerOfBefore(b))
    type = EntityType::kOrg;
  // "fans of Porto", "once played for Parramatta": a town after a club's
  // word is its club, in any story (a country stays a place: "played for
  // England").
  if (type == EntityType::kGpe && !inf.country && ClubWordBefore(b))
    type = EntityType::kOrg;
  // "Miami coach Erik Spoelstra", "Toulouse striker": a city right before
  // a sports role is its club (a country stays a place: "Portugal coach").
  if (type == EntityType::kGpe && !inf.country && e < n_ &&
      Has(e, kBTeamTitle) && !tok(e).has(kCapitalized))
    type = EntityType::kOrg;
  // "the Amazon river", "the Mekong delta": a firm's name right before a
  // natural feature's lower-case noun (loc_after) names the feature.
  if (type == EntityType::kOrg && (FacilityAfter(e) & kWLocAfter) != 0)
    type = EntityType::kLoc;
  // "across the Amazon", "the Mississippi rose": a name a river also goes
  // by (entity feature=1) after "the", before no lower-case noun.
  if (FeatureAfterThe(b, e, inf)) type = EntityType::kLoc;
  // "the Nikkei average", "the Hang Seng index": an outlet's name that
  // names its market index is no entity there.
  if (inf.outlet && IndexNounAfter(e)) return;
  // A cricket scorecard's bowler named like a place: "b Cork".
  if (e == b + 1 && ScorecardPlayer(b)) type = EntityType::kPerson;
  // "the Conservatives", "the Democrats": the party; without "the", its
  // members ("Democrats were more likely to agree").
  // So after a possessive: "his Social Democrats won".
  // So before a lower-case title and a name: "Greens councillor Ann Roe",
  // "Tories leader ..." (a member's word names the party a title serves).
  if (inf.party && ((b > 0 && (Has(b - 1, kBOrgBefore) ||
                               (Cue(b - 1) & kWPartyPossessive) != 0)) ||
                    (e < n_ && !tok(e).has(kCapitalized) && TitleEnd(e) > e &&
                     TitleEnd(e) < n_ && tok(TitleEnd(e)).has(kCapitalized))))
    type = EntityType::kOrg;
  // "Rhys Fraser (Conservative) 4,210": a candidate's party on a result
  // row, in brackets between a name and the votes, is the party.
  if (type == EntityType::kNorp && b >= 2 && e + 1 < n_ &&
      tok(b - 1).kind == TokenKind::kPunctuation &&
      text_[tok(b - 1).span.begin] == '(' &&
      tok(e).kind == TokenKind::kPunctuation &&
      text_[tok(e).span.begin] == ')' && tok(b - 2).has(kCapitalized) &&
      tok(e + 1).kind == TokenKind::kNumber && !tok(e + 1).has(kLineStart))
    type = EntityType::kOrg;
  // "Newsom, the governor,": a known person's post title after a comma is
  // kept as the unknown names' is (ClassifyRules).
  // "a plant in Clinton, Tenn.": a person's surname that is also a town,
  // before a comma and a state's or a region's name (no country's), is the
  // town.
  if (type == EntityType::kPerson && e == b + 1 && PlaceAfterComma(e))
    type = EntityType::kGpe;
  uint32_t tb = 0, te = 0;
  if (type == EntityType::kPerson) {
    if (!PostTitle(e, &tb, &te)) tb = te = 0;
    any_person_entry_ |= e == b + 1;  // (LinkEarlySurnames)
  }
  Add(b, e, type, 2, inf.outlet, entry, tb, te);
}

bool Run::FeatureAfterThe(uint32_t b, uint32_t e, const EntryBrief& inf) const {
  if (!inf.feature || b == 0) return false;
  // "the Amazon", "the Brazilian Amazon" (a nationality the lexicon knows
  // at b - 1).
  if (ids_[b - 1] != it_words_->the_word &&
      !(b >= 2 && NorpWordBefore(b) && ids_[b - 2] == it_words_->the_word))
    return false;
  // Not before a lower-case noun: a lower-case word after it is a verb, a
  // preposition, a pronoun or a place's next word ("the Amazon fell", "the
  // Amazon with", "the Mississippi above"), or the name ends there.
  if (e >= n_ || tok(e).kind != TokenKind::kWord || tok(e).has(kCapitalized))
    return true;
  if (IsAndOr(e)) return false;
  return (Cue(e) & (kWSaidVerb | kWPriceVerb)) != 0 ||
         PastTenseShape(ts_.norm(e)) || Listed(it_words_->auxiliaries, e) ||
         Listed(it_words_->told_ons, e) ||
         Listed(it_words_->the_place_preps, e) ||
         Listed(it_words_->place_noun_nexts, e);
}

bool Run::BodyThenHolder(uint32_t b, uint32_t e, const Fact& fb) {
  auto is_of = [&](uint32_t k) { return ts_.norm(k) == "of"; };
  if (is_of(b - 1) || (ts_.norm(b - 1) == "the" && is_of(b - 2))) {
    const uint32_t of = is_of(b - 1) ? b - 1 : b - 2;
    uint32_t k = b;
    if (fb.ent_end > b && brief_[fb.ent_entry].type == EntityType::kOrg) {
      k = fb.ent_end;
    } else {
      while (k < e && (facts_[k].bits & (kBMod | kFactHead)) != 0 &&
             (facts_[k].bits & kBGiven) == 0)
        ++k;
      // "Chairman of the Environmental Audit Committee Peter Ainsworth":
      // capitalized words up to an organization's head, then a given name,
      // are a body named by its head and the person holding the title.
      if (k == b && (facts_[b].bits & kBGiven) == 0) {
        uint32_t h = b + 1;
        while (h + 2 < e && (facts_[h].bits & kFactHead) == 0 &&
               (facts_[h].bits & kBGiven) == 0 && facts_[h].ent_end == 0)
          ++h;
        const uint32_t head = HeadEntry(h);
        if (h + 2 < e && head != kNone &&
            brief_[head].type == EntityType::kOrg && !brief_[head].club &&
            !brief_[head].nickname && (facts_[h + 1].bits & kBGiven) != 0 &&
            (facts_[h + 1].bits & kFactHead) == 0) {
          uint32_t tb = 0;
          if (TitleBefore(of, MakeFact(of - 1).title_end, &tb) != 0) {
            Add(b, h + 1, EntityType::kOrg, 2);
            Add(h + 1, e, EntityType::kPerson, 2, false, kNone, tb, h + 1);
            return true;
          }
        }
      }
    }
    uint32_t tb = 0;
    if (k > b && k + 2 <= e && (facts_[k].bits & kBGiven) != 0 &&
        facts_[k].ent_end == 0 &&
        TitleBefore(of, MakeFact(of - 1).title_end, &tb) != 0) {
      if (k == fb.ent_end) Add(b, k, EntityType::kOrg, 2, false, fb.ent_entry);
      Add(k, e, EntityType::kPerson, 2, false, kNone, tb, k);
      return true;
    }
  }
  return false;
}

void Run::ClassifyRules(uint32_t b, uint32_t e, bool weak) {
  // Every token of [b, e) has its fact in the window (FindRuns): the rules
  // below read those, and the ones about the tokens around the run
  // (TitleBefore, PostTitle, ItsAfter, the context words) read the sources.
  // (The window in locals: the candidate stores below would make the
  // compiler reload the members.) Classify tried the fast path first.
  const Fact* const facts = facts_;
  auto fact = [facts](uint32_t k) -> const Fact& { return facts[k]; };
  auto has = [&](uint32_t k, uint32_t bit) {
    return (fact(k).bits & bit) != 0;
  };
  // "HMS Dauntless", "USS John F. Kennedy": a vessel's name (entity_word
  // in=ship_prefix), no entity; not one a body's head ends, a firm's ("USS
  // Chemicals", US Steel's).
  if (e >= b + 2 && tok(b).has(kAllCaps) &&
      Listed(it_words_->ship_prefixes, b) &&
      !(HasHead(e - 1) && brief_[HeadEntry(e - 1)].type == EntityType::kOrg))
    return;
  // "batsman Craig Velt of Northern Districts": a player's side
  // (PlayerOfBefore), unless the lexicon names a country.
  if (PlayerOfBefore(b) &&
      !(fact(b).ent_end == e && brief_[fact(b).ent_entry].country)) {
    Add(b, e, EntityType::kOrg, weak ? 0 : 1);
    return;
  }
  // "Bilfinger und Berger", "Duffour et Igon": names joined by a foreign
  // "and" (FindRuns) are a firm's or a body's, never one person's.
  if (foreign_and_run_ == b && fact(b).ent_end != e) {
    Add(b, e, EntityType::kOrg, weak ? 0 : 1);
    return;
  }
  // "the Digital Markets Act", "the Sherman Act": a name of two words or
  // more that ends in a capitalized "Act" is a law's, no entity here (an
  // all-caps "ACT" is a party or a territory). So one that ends in "Tax".
  // A country's or a people's name opening it stays ("U.K. Corporation
  // Tax", "the U.S. Tax code").
  if (LawName(b, e)) {
    const uint32_t me = fact(b).ent_end;
    if (me > b && me < e - 1) {
      const EntryBrief& inf = brief_[fact(b).ent_entry];
      if (inf.country || inf.type == EntityType::kNorp)
        Add(b, me, inf.type, 2, false, fact(b).ent_entry);
    }
    return;
  }
  // "Leeds North", "Ealing North West": a town's name (no country's) and
  // one or two compass nouns (not_name modifier=1, no adjective in -ern:
  // "Norfolk Southern", "Texas Eastern" are firms) ending the run name a
  // district or a constituency, no firm.
  auto compass_noun = [&](uint32_t k) {
    const std::string_view w = ts_.norm(k);
    return has(k, kBModifier) && fact(k).ent_end == 0 &&
           (w.size() < 3 || w.substr(w.size() - 3) != "ern"sv);
  };
  if (const uint32_t me = fact(b).ent_end;
      me > b && me < e && e - me <= 2 && has(me, kBModifier) &&
      has(e - 1, kBModifier) &&
      brief_[fact(b).ent_entry].type == EntityType::kGpe &&
      !brief_[fact(b).ent_entry].country && compass_noun(me) &&
      compass_noun(e - 1)) {
    Add(b, e, EntityType::kGpe, weak ? 0 : 1);
    return;
  }
  // "results from Mbeere North", "at Parramatta, Burwood North and
  // Pyrmont": one word no entry knows (no given name) and a compass noun,
  // in a place's context (a context word, a bare preposition of place, a
  // list or a conjunct of places), name a district ("Gary West" has a
  // given name).
  if (e == b + 2 && b > 0 && compass_noun(b + 1) &&
      (fact(b).ent_end | fact(b).title_end) == 0 &&
      (fact(b).bits & (kBGiven | kFactHead | kBMod | kBNotName)) == 0 &&
      (has(b - 1, kBPlaceBefore) || Listed(it_words_->place_preps, b - 1) ||
       (IsComma(b - 1) && PlaceListComma(b, e)) ||
       (IsAndOr(b - 1) && PlaceEndsBefore(b - 1)))) {
    Add(b, e, EntityType::kGpe, weak ? 0 : 1);
    return;
  }
  // "said van Schaik", "de Villiers agreed": a surname of one or two words
  // no entry or title names, after a lower-case particle, is a person's,
  // the particle included.
  if (b > 0 && e - b <= 2 && tok(b - 1).kind == TokenKind::kWord &&
      !tok(b - 1).has(kCapitalized) &&
      (fact(b).ent_end | fact(b).title_end | fact(e - 1).ent_end |
       fact(e - 1).title_end) == 0) {
    const uint32_t start = SurnameParticlesBefore(b);
    if (start < b) {
      Add(start, e, EntityType::kPerson, weak ? 0 : 1);
      return;
    }
  }
  // "Route 66", "Highway 101", "State Highway 2": a name ending in a road's
  // word (entity_word in=road_word) before a number names the road, the
  // number included. Another word that labels the number after it (q_label
  // of the quantities lexicon: "Gate 12", "Flight 370", "Terminal 5") names
  // nothing alone, and after a name it ends the name: "Trans World Airlines
  // Flight 800" is the airline's flight. (Not after a given name alone, a
  // person's as GivenAndSurname reads it: "Grace Gate".)
  if (e < n_ && tok(e).kind == TokenKind::kNumber && tok(e).has(kSpaceBefore) &&
      ts_.newlines_before[e] == 0 &&
      (fact(e - 1).ent_end | fact(e - 1).title_end) == 0 &&
      (LabelWord(e - 1) || Listed(it_words_->branch_words, e - 1))) {
    if ((Cue(e - 1) & kWRoadWord) != 0) {
      Add(b, e + 1, EntityType::kFac, weak ? 0 : 1);
      return;
    }
    // (A body's branch: "UAW Local 600", entity_word in=branch_word.)
    if (e >= b + 2 && Listed(it_words_->branch_words, e - 1)) {
      Add(b, e + 1, EntityType::kOrg, weak ? 0 : 1);
      return;
    }
    if (e == b + 1) return;
    if (!(e == b + 2 && has(b, kBGiven))) {
      Classify(b, e - 1, weak);
      return;
    }
  }
  // "the U.S. Dollar", "the Australian Dollars": a currency's word right
  // after a place's or a people's known name ends the name; the place alone
  // is named ("Dollar General" is a firm: the currency opens it).
  if (e >= b + 2 && fact(b).ent_end == e - 1) {
    const EntityType place = brief_[fact(b).ent_entry].type;
    if ((place == EntityType::kGpe || place == EntityType::kNorp ||
         place == EntityType::kLoc) &&
        Listed(it_words_->currencies, e - 1)) {
      LexiconName(b, e - 1, fact(b).ent_entry);
      return;
    }
  }
  // "Kano State", "Sao Paulo State", "Washington State": a capitalized
  // "State" ending a run after one or two words that no entry names, or a
  // place's name no country's, is the state (a federation's subdivision),
  // not the firm or person the rules below would guess; in a sports story
  // it is a university's team ("Ohio State beat Iowa State"), left to them.
  // (A known word other than a place's keeps the rules: "Garden State",
  // "Home State Savings".)
  if (e >= b + 2 && e - b <= 3 && tok(e - 1).span.size() == 5 &&
      Bytes(tok(e - 1).span) == "State" && StateName(b, e - 1) &&
      !TeamContext(b, e) && !SportDocument()) {
    Add(b, e, EntityType::kGpe, weak ? 0 : 1);
    return;
  }
  // "Minister of Trade and Industry Alan Lee": the portfolio's words after
  // a minister's title are the title's; a given name after them opens the
  // person's name, and a run of portfolio words alone names no one ("the
  // Minister for Foreign Affairs said"). (Not a known name in it: "Minister
  // for Europe".)
  if (!weak && b >= 2 && (PortfolioJoin(b - 1) || PortfolioJoinThe(b - 1))) {
    const uint32_t tb = PortfolioTitleStart(b, e);
    if (tb != kNone) {
      uint32_t g = b;
      while (g < e && g < b + 4 && !has(g, kBGiven) && fact(g).ent_end == 0)
        ++g;
      // (A given name last after a word of no portfolio is the surname of a
      // given name no list holds: "Minister for Health Elfed Morgan".)
      if (g + 1 == e && g > b && has(g, kBGiven) &&
          tok(g - 1).has(kCapitalized) && fact(g - 1).ent_end == 0 &&
          !has(g - 1, kBMod | kFactHead) && (Cue(g - 1) & kWPortfolioWord) == 0)
        --g;
      // (With no given name, the portfolio's own words: "Energy Alick
      // Buchanan-Smith"; a first word of no portfolio is left to the rules
      // below: "Secretary of Commerce and Greenspan".)
      if (g == e || !has(g, kBGiven)) {
        g = b;
        // (Its lower-case words too: "Energy and Mines".)
        while (g < e && fact(g).ent_end == 0 &&
               (has(g, kBMod | kFactHead) || (Cue(g) & kWPortfolioWord) != 0 ||
                !tok(g).has(kCapitalized)))
          ++g;
        // (One word after them before a comma is the portfolio's last:
        // "Minister for Defence Procurement, said".)
        if (g == b || (g < e && fact(g).ent_end != 0) ||
            (g + 1 == e && e < n_ && IsComma(e)))
          g = kNone;
      }
      if (g == e) return;
      if (g != kNone && g > b) {
        Add(g, e, EntityType::kPerson, 1, false, kNone, tb, g);
        return;
      }
    }
  }
  // "Cheung Kong (Holdings) Ltd", "Jardine Matheson (Holdings)": an
  // organization's head in brackets right after the name makes it a firm
  // (not a club's or a legal form: "J Fourie (Lions)", "J Fourie (SA)" in a
  // line-up).
  if (e + 2 < n_ && tok(e).has(kOpening) && fact(b).ent_end != e &&
      BodyHeadInBrackets(e)) {
    Add(b, e, EntityType::kOrg, weak ? 0 : 2);
    return;
  }
  // '"Somehow I doubt it"', '"Icahn I think ..."': the pronoun before a
  // lower-case word, after a sentence's first word that no entry, title or
  // given name marks, is no regnal numeral ("Henry I", "World War I", "Pope
  // Pius I"): the first word is read alone.
  if (e - b == 2 && e < n_ && Bytes(tok(b + 1).span) == "I" &&
      tok(e).kind == TokenKind::kWord && !tok(e).has(kCapitalized) &&
      (fact(b).ent_end | fact(b).title_end) == 0 &&
      (fact(b).bits & (kBGiven | kFactHead)) == 0 && Initial(b))
    e = b + 1;
  // "in England I would", "the best Liverpool I have seen", "for Nicolas
  // Anelka I will": so before an auxiliary or a past tense, after any name
  // whose last word no given name, head or title marks (a king's, a pope's
  // or a war's numeral follows one; "a Phase I contract", "Series I at").
  if (e - b >= 2 && e < n_ && Bytes(tok(e - 1).span) == "I" &&
      !tok(e).has(kCapitalized) &&
      (Listed(it_words_->auxiliaries, e) ||
       (tok(e).kind == TokenKind::kWord && PastTenseShape(ts_.norm(e)))) &&
      (fact(e - 2).bits & (kBGiven | kFactHead)) == 0 &&
      fact(e - 2).title_end == 0)
    e = e - 1;
  // "Senior Japanese officials", "Top Chinese leaders": title modifiers
  // before a nationality ending the run are adjectives of the noun after
  // it, no part of a name (only the nationality is).
  if (has(b, kBMod) && fact(b).ent_end == 0) {
    uint32_t k = b + 1;
    while (k + 1 < e && has(k, kBMod) && fact(k).ent_end == 0) ++k;
    if (fact(k).ent_end == e &&
        brief_[fact(k).ent_entry].type == EntityType::kNorp) {
      LexiconName(k, e, fact(k).ent_entry);
      return;
    }
    // "Senior MPs", "Top Traders": title modifiers before a plural common
    // noun ending the run name a group, no one.
    if (k + 1 == e && Has(k, kBNoun) && fact(k).ent_end == 0) return;
    // "Principal Etienne Tarvik said", "Deputy Grace Okafor": title
    // modifiers before a given name and more words are a post's (a
    // school's principal, a deputy), no part of the person's name.
    if (k + 1 < e && has(k, kBGiven) &&
        (fact(k).ent_end | fact(k).title_end) == 0) {
      Classify(k, e, weak);
      return;
    }
    // So are title adjectives (adjective=1: Deputy, Senior, Acting) before
    // two or three words no lexicon knows and a reporting verb: "Deputy
    // Lubomir Zatko said" ("First Nationwide Savings as", "Prime Medusa
    // Revision 4.0" keep theirs).
    if (k + 2 <= e && e <= k + 3 && e < n_ && Has(e, kBPersonAfter) &&
        Unknown(k) && Unknown(k + 1) && (k + 2 == e || Unknown(k + 2))) {
      bool adjectives = true;
      for (uint32_t a = b; a < k && adjectives; ++a)
        adjectives = Listed(it_words_->title_adjectives, a);
      if (adjectives) {
        Classify(k, e, weak);
        return;
      }
    }
    // "Interim coach Tony Lester", "New manager ...": title modifiers alone
    // before a lower-case title are the title's adjectives, no club or firm.
    // (Adjectives only, entity_title adjective=1: "Treasury secretary James
    // Baker" names the Treasury.)
    if ((k == e || (k + 1 == e && has(k, kBMod) && fact(k).ent_end == 0)) &&
        e < n_ && tok(e).kind == TokenKind::kWord &&
        !tok(e).has(kCapitalized) &&
        (TitleEnd(e) != 0 || Has(e, kBTeamTitle))) {
      bool adjectives = true;
      for (uint32_t a = b; a < e && adjectives; ++a)
        adjectives = Listed(it_words_->title_adjectives, a);
      if (adjectives) return;
    }
  }
  // "North Wales", "South Yorkshire", "East Timor": a capitalized compass
  // word right before a known place is part of its name (an adjective is
  // not, and the loop below drops it: "Eastern Ukraine", "northern Norway").
  if (has(b, kBModifier) && b + 2 == e && fact(b + 1).ent_end == e &&
      fact(b).ent_end == 0 && CompassWord(b)) {
    const EntityType type = brief_[fact(b + 1).ent_entry].type;
    if (type == EntityType::kGpe || type == EntityType::kLoc) {
      // (A side in a results row is its club: "North Melbourne 17.14
      // (116) Collingwood 12.9 (81)".)
      Add(b, e, (fact(b).bits & kBTeam) != 0 ? EntityType::kOrg : type,
          weak ? 0 : 2);
      return;
    }
  }
  // Leading common words with no name starting at them ("However Nordic
  // Rail", "Eastern Ukraine", "The ..."), but one glued to an '&' ("AT&T").
  // (The usual word, capitalized and none of the others, in one test.)
  while (b < e && (fact(b).ent_end | fact(b).title_end) == 0 &&
         (fact(b).bits & (kBNotName | kBModifier | kBCap | kBConnector)) !=
             kBCap &&
         ((has(b, kBNotName) && !has(b, kBModifier) &&
           !(has(b, kBGiven) && has(b, kBNameWord))) ||
          !has(b, kBCap) || has(b, kBConnector) ||
          (has(b, kBModifier) && b + 1 < e && fact(b + 1).ent_end == e)) &&
         !AmpersandGlued(b) && !(b + 1 < e && PluralPossessiveOpens(b)) &&
         !NounOpensBody(b, e) &&
         // ("Farmers' Union of Wales": a plural's apostrophe before a head.)
         !(b + 2 < e && tok(b + 1).kind == TokenKind::kQuote &&
           PluralApostropheAt(b + 1))) {
    // (Not a plural common noun opening a body's name: FindRuns took it
    // in.)
    ++b;
  }
  // A common word that is also a given name or surname, not a date ("He":
  // "He Lifeng"), is a name only with another name word after it.
  if (b + 1 == e &&
      (fact(b).bits & (kBNotName | kBGiven | kBDateWord)) ==
          (kBNotName | kBGiven) &&
      fact(b).ent_end == 0)
    return;
  // A sentence-initial verb or adverb form before a name ("Asked ...").
  if (b + 1 < e && fact(b).ent_end == 0 && fact(b).title_end == 0 &&
      !has(b, kBGiven) && Initial(b)) {
    std::string_view w = Bytes(tok(b).span);
    auto ends = [&](std::string_view suf) {
      return w.size() > suf.size() + 2 &&
             w.substr(w.size() - suf.size()) == suf;
    };
    // (Not when heads alone would be left: "Kettering Holdings",
    // "Reading Council" name a firm and an office.)
    bool heads = true;
    for (uint32_t k = b + 1; k < e && heads; ++k)
      heads = (fact(k).bits & kFactHead) != 0;
    // (Nor a body's adjective: "Consolidated Papers Inc", "Applied
    // Signal Corp".)
    // (Nor a noun joined to the next by "and": "Mining and Energy Union",
    // "Farming and Fisheries Council" name one body.)
    if (!heads &&
        (ends("ing") || (ends("ed") && w.substr(w.size() - 3) != "eed") ||
         ends("ly")) &&
        !Listed(it_words_->org_adjectives, b) && !IsAnd(b + 1)) {
      ++b;
    } else if (e - b >= 3 &&
               (has(b + 1, kBGiven) ||
                (e - b == 3 && tok(b).span.size() >= 6 && Unknown(b) &&
                 UnknownNamePair(b + 1))) &&
               (fact(b).bits & (kFactHead | kBParticle | kBConnector)) == 0 &&
               (fact(b + 1).bits & kFactHead) == 0 &&
               fact(b + 1).ent_end != e && !has(b + 2, kBParticle) &&
               RoleNounShape(w)) {
      // "Producer Ana Ruiz said", "Investors Tom Lusk and ...": a word no
      // lexicon knows, shaped as an agent's or a group's noun, opening a
      // sentence before a given name and more, describes the person. So
      // a word of six letters or more no lexicon entry holds before two
      // words no entry or head knows ("Dealer Hendra Kusuma"; "Aitor
      // Etxaniz Larrea" is a name, "Silver Kettle Run" a firm).
      ++b;
    }
  }
  if (b >= e) return;
  uint8_t guess = weak ? 0 : 1;
  // "told Reuters Sandoz had ...": a news outlet told something ends the
  // name there; the words after it open the clause it was told.
  if (fact(b).ent_end > b && fact(b).ent_end < e && b > 0 &&
      brief_[fact(b).ent_entry].outlet && !HasHead(fact(b).ent_end) &&
      (ts_.norm(b - 1) == "told"sv ||
       (b > 1 && ts_.norm(b - 1) == "the"sv && ts_.norm(b - 2) == "told"sv)) &&
      ToldClauseAfter(fact(b).ent_end, e)) {
    const uint32_t m = fact(b).ent_end;
    LexiconName(b, m, fact(b).ent_entry);
    Classify(m, e, weak);
    return;
  }

  // Teams in results rows, the place of a dateline.
  const Fact& fb = fact(b);
  if ((fb.bits & kBTeam) != 0) {
    bool country = fb.ent_end == e && brief_[fb.ent_entry].country;
    Add(b, e, country ? EntityType::kGpe : EntityType::kOrg, 2, false,
        country ? fb.ent_entry : kNone);
    return;
  }
  if ((fb.bits & kBDateline) != 0 && fb.ent_end != e) {
    // (With the abbreviation's point MarkDateline took in: "Man.")
    const bool point = e < n_ && Has(e, kBDateline) &&
                       text_[tok(e).span.begin] == '.' &&
                       tok(e).span.size() == 1;
    Add(b, e + point, EntityType::kGpe, 2);
    return;
  }

  // "President of the European Commission Jacques Delors": after a title
  // word and "of" ("of the"), a known organization and a person's name in
  // one run are two names: the body, and the person holding the title.
  // After title modifiers or heads, the portfolio ("Secretary of the
  // Treasury James Baker", "of the Navy"), only the person is named, the
  // title keeping the portfolio (as after "of" alone, below).
  if (e - b >= 3 && b >= 3 && !weak && fb.ent_end != e &&
      BodyThenHolder(b, e, fb))
    return;
  // "Bowling: Nayar 12-3-31-0, Cork 9-1-40-2": a name of up to three words
  // and no heads before a bowler's analysis is the bowler's (a surname
  // that is also a town's too).
  if (e - b <= 3 && e + 6 < n_ && BowlingFigures(e)) {
    bool heads = false;
    for (uint32_t k = b; k < e; ++k) heads |= has(k, kFactHead);
    if (!heads) {
      Add(b, e, EntityType::kPerson, std::max<uint8_t>(guess, 1));
      return;
    }
  }
  // Exact lexicon name. A city next to a result verb in a sentence with a
  // score is its club ("Leeds beat Arsenal 2-0"); a country stays a place.
  if (fb.ent_end == e) {
    LexiconName(b, e, fb.ent_entry);
    return;
  }
  // "<Grand Products>": Reuters writes an unlisted company's name in angle
  // brackets (a known name keeps its type, above).
  // (Not a ticker, in capitals: "<SMBS ST>", "<F>".)
  if (b > 0 && e < n_ && text_[tok(b - 1).span.begin] == '<' &&
      text_[tok(e).span.begin] == '>' && tok(b - 1).span.size() == 1 &&
      HasLower(Bytes(tok(b).span))) {
    Add(b, e, EntityType::kOrg, weak ? 0 : 2);
    return;
  }
  // "Midland, Texas", "Grand Prairie, Texas": a name of unknown words
  // (no entry, title, head or given name) before a state's. So one given
  // name alone: "Warren, Michigan", "Tyler, Texas" (a person's name before
  // a place has a surname: "Ann Kerr, Texas", "Rep. Ann O'B. Kerr, N.Y.").
  if (e - b <= 3 && e + 1 < n_ && IsComma(e) && tok(e + 1).has(kCapitalized) &&
      !tok(b).has(kAllCaps) && PlaceAfterComma(e)) {
    const uint32_t given =
        e == b + 1 && !(b > 0 && (tok(b - 1).has(kCapitalized) ||
                                  text_[tok(b - 1).span.begin] == '.'))
            ? 0u
            : kBGiven;
    bool unknown = true;
    for (uint32_t k = b; k < e && unknown; ++k) {
      unknown = (fact(k).ent_end | fact(k).title_end) == 0 &&
                (fact(k).bits & (kFactHead | given | kBNotName)) == 0;
    }
    if (unknown) {
      Add(b, e, EntityType::kGpe, guess);
      return;
    }
  }

  // One pass over the run for the three loops below (titles, heads,
  // lexicon names inside it): the first and the last run only when it saw
  // what they look for, the second is this pass. (One loop end to predict
  // instead of three.)
  bool any_title = false, any_name = false;
  uint32_t last_head = kNone;
  bool only_heads = true;  // no capitalized word but heads
  for (uint32_t k = b; k < e; ++k) {
    const Fact& f = fact(k);
    any_title |= f.title_end != 0;
    any_name |= f.ent_end != 0;
    const bool head = (f.bits & kFactHead) != 0;
    // "Central Bank of the Republic of Turkey", "Museum of the City of
    // York": a head right after "of" (or "of the") heads the complement;
    // the one before the "of" types the name. (Asked only of a second head.)
    last_head =
        head && !(last_head != kNone &&
                  (OfComplementHead(k) || PlaceInOfComplement(last_head, k)))
            ? k
            : last_head;
    only_heads &= head || (f.bits & kBCap) == 0;
  }
  // "St Louis", "St Etienne", "Nicholas St Aubyn": a saint's "St" opening
  // a name (no other head after it, no 's: "St Mary's" is a ground, a
  // church, a school) is no street's head. A name it opens is a place's.
  if (last_head != kNone && last_head + 1 < e && SaintWord(last_head) &&
      (last_head == b || has(last_head - 1, kBGiven)) &&
      !(e < n_ && PossessiveS(e))) {
    if (last_head == b && e - b == 2 && !weak) {
      Add(b, e, EntityType::kGpe, guess);
      return;
    }
    last_head = kNone;
  }
  // So "St." and "Ste." (a title's abbreviation, no head) before one word
  // and no other head: "St. Norbert", "Ste. Agathe" name towns, no saint.
  // (Spaced: not a ticker, "<STE.TO>".)
  if (last_head == kNone && e - b == 2 && !weak && SaintWord(b) &&
      ts_.abbrev[b] != AbbrevClass::kNone &&
      tok(b + 1).span.begin > tok(b).span.end && !(e < n_ && PossessiveS(e))) {
    Add(b, e, EntityType::kGpe, guess);
    return;
  }

  // Titles inside the run: "Kenyan President William Ruto", "Nordic Rail
  // Chief Executive Lars Holm", "Dr. Grace Okafor".
  for (uint32_t k = any_title ? b : e; k < e; ++k) {
    if (fact(k).title_end == 0 || fact(k).title_end > e) continue;
    if (fact(k).ent_end > fact(k).title_end) continue;  // "General Assembly"
    uint32_t ts = k;
    // (Two title modifiers joined by "and" too: "Energy and Mines Minister",
    // "Trade and Industry Secretary".)
    while (ts > b &&
           (has(ts - 1, kBMod) || (ts >= b + 2 && ts < k && has(ts, kBMod) &&
                                   has(ts - 2, kBMod) && IsAnd(ts - 1))) &&
           !(ts == k && PartyBeforeTitle(ts - 1, k)))
      --ts;
    // (Not a body's complement after its "of": the portfolio's words end
    // the body's name, "Department of Energy Secretary", "Ministry of
    // Agriculture Deputy Secretary"; an adjective still opens the title.)
    if (ts < k && ts >= b + 2 && ts_.norm(ts - 1) == "of"sv) {
      while (ts < k && !Listed(it_words_->title_adjectives, ts)) ++ts;
    }
    // (A title after it continues it, over its modifiers too: "Assistant
    // Treasury Secretary David Mulford".)
    // (Not a title word ending the run right after an honorific: the
    // surname of "Mr King", "Dr Judge".)
    // (So over one or two capitalized words no entry, head or given name
    // marks between a rank and a title, words the lexicons know in lower
    // case: "Chief Scientific Officer", "General Sales Manager"; not a
    // name's, "Minister Bunu Sheriff Musa".)
    uint32_t te = fact(k).title_end;
    for (;;) {
      uint32_t m = te;
      while (m < e && m < te + 3 && has(m, kBMod) && fact(m).title_end == 0)
        ++m;
      if (m == te && m + 1 < e && fact(m).title_end == 0) {
        uint32_t x = m;
        while (x < e && x < m + 2 && fact(x).title_end == 0 &&
               fact(x).ent_end == 0 && ids_[x] != kNoWord &&
               (fact(x).bits & (kBCap | kBGiven | kFactHead | kBNotName |
                                kBConnector)) == kBCap)
          ++x;
        if (x > m && x < e && fact(x).title_end != 0 && fact(x).title_end < e)
          m = x;
      }
      if (m >= e || fact(m).title_end == 0 || fact(m).title_end > e) break;
      if (m == te && fact(m).title_end == e && TitleHonorific(te - 1)) break;
      te = fact(m).title_end;
    }
    // (A head after a connector heads a complement, no name the title
    // opens: "Energy Minister Ann Cole of the Social Democratic Party".)
    bool head_after = false;
    for (uint32_t h = te;
         h < e && !(has(h, kBConnector) && ts_.norm(h) == "of"sv); ++h)
      head_after |= has(h, kFactHead);
    // (A title written with a lower-case word other than a connector is
    // no part of a name: "Chief financial officer Park Ji-won".)
    bool lower = false;
    for (uint32_t h = k; h < te; ++h)
      lower |= !has(h, kBCap) && !has(h, kBConnector);
    // (Not an honorific or a rank before one head that is also a surname
    // (surname=1): "Mr Hall", "Ms Lake", "Dr Field", "Lieutenant-General
    // Park" are persons; "Cardinal Technologies" is a firm. A one-word
    // title that also opens bodies' names, "General" (in=org_adjective),
    // keeps the head's reading: "General Park". Any title before the
    // surname and a hyphenated given name of Korean shape, the run's last
    // word, is the person's: "President Park Ji-won", "General Park Jung-ho".)
    if (te < e && (head_after || has(te, kBConnector)) && !lower) {
      const bool surname_head =
          HeadEntry(te) != kNone && brief_[HeadEntry(te)].surname;
      const bool korean = surname_head && e == te + 2 &&
                          HyphenGivenName(te + 1, Bytes(tok(te + 1).span));
      // (Nor before a given name and such a head ending the run: "Senator
      // Mary Lake", "Mayor Grace Park".)
      const bool given_surname = e == te + 2 && has(te, kBGiven) &&
                                 HeadEntry(te + 1) != kNone &&
                                 brief_[HeadEntry(te + 1)].surname;
      if (!(surname_head && (e == te + 1 || korean) &&
            (te > k + 1 || korean || TitleHonorific(k) ||
             !Listed(it_words_->org_adjectives, k))) &&
          !given_surname)
        continue;  // "General Motors"
    }
    // "Ministry of Justice", "Department of Justice", "Office of the Deputy
    // Prime Minister": a title (with its modifiers) that ends the run after
    // a lower-case connector names no one.
    if (te == e && ts > b + 1 && has(ts - 1, kBConnector) &&
        !has(ts - 1, kBCap))
      continue;
    // So after "of the" and capitalized words no given name opens: a
    // known place, an unknown modifier ("Office of the U.S. Trade
    // Representative", "Office of the High Commissioner", "Office of the
    // Auditor General"), when a head before the "of" makes it a body's.
    if (te == e && ts > b + 3) {
      uint32_t c = ts;
      while (c > b + 3 && has(c - 1, kBCap) &&
             !has(c - 1, kBGiven | kBConnector))
        --c;
      bool head = false;
      for (uint32_t h = b; h + 2 < c && !head; ++h) head = has(h, kFactHead);
      if (c < ts && head && Bytes(tok(c - 1).span) == "the"sv &&
          Bytes(tok(c - 2).span) == "of"sv)
        continue;
    }
    // "Mike Judge", "Peter Singer": a title word that ends a run of a given
    // name and one more word is the person's surname; after a longer name
    // an all-caps one is a title after it ("Ann Lee Kerr MP").
    // (Also after a middle name: "Martin Luther King".)
    if (te == e && k > b && has(b, kBGiven) && fact(b).title_end == 0) {
      if (tok(k).has(kAllCaps) && k > b + 1) {
        Add(b, k, EntityType::kPerson, guess);
        return;
      }
      if (k <= b + 2) {
        Add(b, e, EntityType::kPerson, guess);
        return;
      }
    }
    // "Major said" after "John Major": a title word alone is a person's
    // surname when it refers to one the text names (a weak candidate: no
    // name unless Chain links it).
    if (te == e && k == b && e == b + 1) {
      Add(b, e, EntityType::kPerson, 0);
      return;
    }
    // Words before the title that name nothing known are part of it
    // ("Religious Affairs Minister"); a known name is not ("Nordic Rail").
    // (So is an acronym, no title's word: "OAU Secretary-General Salim
    // Kombo" names the body; not on an all-caps line, nor a not_name word,
    // "HRH". Words after it are the title's: "EC Farm Commissioner".)
    bool known_left = false;
    uint32_t acronym_end = 0;
    for (uint32_t h = b; h < ts; ++h) {
      known_left |= fact(h).ent_end > 0 || has(h, kFactHead);
      if (tok(h).has(kAllCaps) && tok(h).span.size() >= 2 &&
          ts_.abbrev[h] == AbbrevClass::kNone && !has(h, kBNotName) &&
          !Has(h, kBShouting))
        acronym_end = h + 1;
    }
    // (Before a title and a person's name only, no honorific: "HMS Prince
    // of Wales" is a ship.)
    if (!known_left && acronym_end != 0 && !TitleHonorific(k) && te < e &&
        fact(te).ent_end == 0) {
      known_left = true;
      ts = acronym_end;
    }
    // "Erie County Executive", "Kent County Judge": a title opening with a
    // place's head (entity_head type=GPE) after words that name nothing
    // known and are no titles shares the head with the place they name
    // ("[Erie County] Executive"; "U.S. District Judge" keeps its known place
    // apart, above; "Senior District Judge", "Chief District Judge" are all
    // title).
    if (!known_left && te > b + 2) {
      uint32_t h = b + 1;
      while (h < te && !has(h, kFactHead)) ++h;
      bool plain = h + 1 < te && h >= k && fact(h).title_end != 0 &&
                   HeadEntry(h) != kNone &&
                   brief_[HeadEntry(h)].type == EntityType::kGpe;
      for (uint32_t g = b; g < h && plain; ++g)
        plain = !has(g, kBMod) && has(g, kBCap) && fact(g).title_end == 0;
      if (plain) {
        Add(b, h + 1, EntityType::kGpe, guess);
        if (te < e) {
          Add(te, e, EntityType::kPerson, std::max<uint8_t>(guess, 1), false,
              kNone, h + 1, te);
        }
        return;
      }
    }
    // "Premier Zhou Lin and Colonel Hall": a title right after "and"
    // opens a second titled name; the words before the "and" are a name of
    // their own (a title's modifiers joined by "and" were taken above).
    if (ts >= b + 2 && IsAnd(ts - 1) && te < e) {
      Classify(b, ts - 1, weak);
      Add(te, e, EntityType::kPerson, std::max<uint8_t>(guess, 1), false, kNone,
          ts, te);
      return;
    }
    if (!known_left) ts = b;
    // ("Local Labour MP", "Veteran Labour MP": words before the party a
    // member's title left out that name nothing known, title modifiers or
    // other, are no part of the party's name; "Scottish Labour MSP" is.)
    uint32_t lb = b;
    if (ts > b + 1 && ts == k && PartyBeforeTitle(ts - 1, k)) {
      while (lb + 1 < ts && fact(lb).ent_end == 0 &&
             (fact(lb).bits & (kFactHead | kBGiven)) == 0)
        ++lb;
    }
    if (ts > lb) Classify(lb, ts, weak);
    if (te < e) {
      // "Major U.K. banks", "General British firms": a rank word opening a
      // sentence, an adjective there, before a country's or a people's
      // name, which names no one.
      // (Not after an honorific or elsewhere: "Mr Irish", "Dr French".)
      if (ts == b && te == b + 1 && Initial(b) && !TitleHonorific(b) &&
          fact(te).ent_end == e &&
          (brief_[fact(te).ent_entry].country ||
           brief_[fact(te).ent_entry].type == EntityType::kNorp)) {
        Classify(te, e, weak);
        return;
      }
      // "Energy Minister Ann Cole of the Social Democratic Party", "Finance
      // Minister Ann Cole and Bank of Kenya Governor ...": the person's name
      // ends at an "of" or an "and"; the name after it is one of its own.
      // (Not after an honorific: "Lord Roberts of Conwy" is the peer's.)
      uint32_t pe = TitleHonorific(k) || TitleHonorific(te - 1) ? e : te + 1;
      while (pe < e &&
             !(has(pe, kBConnector) && (ts_.norm(pe) == "of"sv || IsAnd(pe))))
        ++pe;
      uint32_t ob = pe + 1;
      if (ob < e && !IsAnd(pe) && ts_.norm(ob) == "the"sv) ++ob;
      if (ob >= e) pe = e;
      Add(te, pe, EntityType::kPerson, std::max<uint8_t>(guess, 1), false,
          kNone, ts, te);
      if (pe < e) Classify(ob, e, weak);
    }
    return;
  }

  uint32_t len = e - b;
  bool given = has(b, kBGiven) && fb.ent_end < e;  // "Sofia Andersson"

  // "the U.S. State Department", "the U.S. Commerce Department": a
  // country before a department named by its portfolio is a place and the
  // department ("U.S. Department of Agriculture" stays one name).
  if (fb.ent_end > b && fb.ent_end < e && e - fb.ent_end <= 3 &&
      last_head == e - 1 && ts_.norm(e - 1) == "department" &&
      brief_[fb.ent_entry].type == EntityType::kGpe &&
      brief_[fb.ent_entry].country) {
    const uint32_t me = fb.ent_end;
    // (A force or a service keeps the country: "Kenya Police Department";
    // so does a department named by an adjective, not a portfolio's noun:
    // "India Meteorological Department", "Nepal Electoral Department".)
    bool plain = ts_.norm(e - 2) != "police" && ts_.norm(e - 2) != "fire";
    for (uint32_t h = me; h < e && plain; ++h)
      plain = tok(h).kind == TokenKind::kWord && tok(h).has(kCapitalized) &&
              !(ts_.norm(h).size() > 4 &&
                ts_.norm(h).substr(ts_.norm(h).size() - 2) == "al");
    if (plain) {
      Add(b, me, EntityType::kGpe, 2, false, fb.ent_entry);
      Add(me, e, EntityType::kOrg, 2, false,
          fact(me).ent_end == e ? fact(me).ent_entry : kNone);
      return;
    }
  }
  // "Kansas Republican Congressman Pat Roberts", "Ohio Democrat Sherrod
  // Brown": a known place and a known group's word (NORP: a party's member,
  // a people) before a person's title or name (a given name, or two words
  // no head ends) are the place and the group, no body ("Japan Socialist
  // Party" goes on to its head; "London Irish" alone is a club).
  if (fb.ent_end > b && fb.ent_end < e &&
      brief_[fb.ent_entry].type == EntityType::kGpe) {
    const uint32_t me = fb.ent_end;
    const uint32_t ne = fact(me).ent_end;
    if (ne > me && brief_[fact(me).ent_entry].type == EntityType::kNorp &&
        ((ne == e && e < n_ && MakeFact(e).title_end != 0 &&
          !Has(e, kBTeamTitle)) ||  // (a club's: "London Irish coach")
         (has(ne, kBGiven) && ne + 1 < e) ||
         (ne + 2 == e && !HasHead(ne) && !HasHead(ne + 1)))) {
      Add(b, me, EntityType::kGpe, 2, false, fb.ent_entry);
      Add(me, ne, EntityType::kNorp, 2, false, fact(me).ent_entry);
      if (ne < e) Classify(ne, e, weak);
      return;
    }
  }
  // "the Russian Defence Ministry", "the Indian Ministry of External
  // Affairs", "the Greek Coast Guard": a nationality before a body every
  // state has (a word of it entity_word in=state_body), or a descriptor
  // before any body (apart=1: "the Islamist Welfare Party"), is the people's,
  // and the rest the body ("Philippine Ports Authority", "Indian Oil" are names
  // of their own; so is a body's adjective's, in=org_adjective: "Islamic
  // Revolutionary Guard Corps").
  if (fb.ent_end > b && fb.ent_end + 2 <= e &&
      brief_[fb.ent_entry].type == EntityType::kNorp &&
      (brief_[fb.ent_entry].apart || StateBody(fb.ent_end, e)) &&
      !Listed(it_words_->org_adjectives, b)) {
    const uint32_t me = fb.ent_end;
    Add(b, me, EntityType::kNorp, 2, false, fb.ent_entry);
    Add(me, e, EntityType::kOrg, 2, false,
        fact(me).ent_end == e ? fact(me).ent_entry : kNone);
    return;
  }
  // "the Ghana Premier League", "CAF Champions League", "the Tarvik
  // Premier League": a place's or a body's acronym the lexicon knows, or
  // words no entry or given name holds, before a known league or
  // tournament that ends the run name the competition.
  if (last_head == e - 1 && e - b >= 3) {
    uint32_t ev = b + 1;
    while (ev < e && fact(ev).ent_end != e) ++ev;
    if (ev < e && brief_[fact(ev).ent_entry].type == EntityType::kEvent) {
      // (A place no club goes by, "Barcelona Champions League hopes"; a
      // body's acronym, not a club's name, "Manchester United Champions
      // League".)
      // (The lexicon name at b, when it ends where the competition starts.)
      const EntryBrief* pre =
          fb.ent_end == ev ? &brief_[fb.ent_entry] : nullptr;
      // (Or a people's adjective: "the Kenyan Premier League".)
      bool named =
          pre != nullptr && ((pre->type == EntityType::kGpe && !pre->club) ||
                             (pre->type == EntityType::kNorp && !pre->person) ||
                             (pre->type == EntityType::kOrg && ev == b + 1 &&
                              tok(b).has(kAllCaps) && !has(b, kBWeakLine)));
      if (!named && fb.ent_end == 0) {
        named = true;
        for (uint32_t k = b; k < ev && named; ++k)
          named = fact(k).ent_end == 0 && !has(k, kBGiven);
      }
      if (named) {
        Add(b, e, EntityType::kEvent, 2);
        return;
      }
      // A club's name there is the club's, and the competition its own:
      // "Barcelona Champions League hopes".
      if (pre != nullptr &&
          (pre->type == EntityType::kGpe || pre->type == EntityType::kOrg)) {
        LexiconName(b, ev, fb.ent_entry);
        Add(ev, e, EntityType::kEvent, 2, false, fact(ev).ent_entry);
        return;
      }
    }
  }
  // Name heads: "Ministry of Health", "Kenya Airways", "Tana River". (A
  // club's nickname alone is read as an unknown name: "Wolves beat Leeds".)
  // "Centre Harry Whitcombe scored": a head alone opening a sentence before
  // a given name and a surname is a role's common noun ("Centre", "Wing").
  if (last_head == b && e - b >= 3 && has(b + 1, kBGiven) &&
      fact(b).ent_end == 0 && Initial(b)) {
    Add(b + 1, e, EntityType::kPerson, guess);
    return;
  }
  if (last_head != kNone &&
      !(len == 1 && brief_[HeadEntry(last_head)].nickname)) {
    const EntryBrief& inf = brief_[HeadEntry(last_head)];
    // "Water Resources Minister Ann Roe", "Human Resources Secretary":
    // portfolio words (or title modifiers) ending in a head, right before a
    // minister's, a secretary's or a commissioner's title, are the title's
    // portfolio, no body.
    if (last_head == e - 1 && e < n_ && tok(e).has(kCapitalized) &&
        (Cue(e) & kWPortfolioTitle) != 0 && PortfolioWords(b, e))
      return;
    if (only_heads && e - b == 1) {
      // "Party leader Ana Ruiz", "Police spokeswoman ...": a head opening a
      // sentence before a person's title is the common noun.
      if (Initial(b) && e < n_ && !tok(e).has(kCapitalized)) {
        const Fact at_e = MakeFact(e);
        if (at_e.title_end != 0 || (at_e.bits & kBMod) != 0) return;
        // "Films with small budgets ...", "Restaurants in the city ...": a
        // plural head opening a sentence before a lower-case word is the
        // common noun when the text writes it in lower case too (not
        // "Police", "News": no plural's -s; not "Mills could", a surname).
        if (!inf.outlet && tok(e).kind == TokenKind::kWord &&
            PluralLowerElsewhere(b))
          return;
      }
      // "Police", "the Post": a name only if it refers back to one; a
      // paper's title word after "the" where a paper is cited ("told the
      // Guardian", "the Times reported") names the paper.
      Add(b, e, inf.type, inf.paper && PaperCitedAt(b, e) ? 1 : 0, inf.outlet);
      // (Events and outlets may still name one spelled out later: "the
      // Games", "the Telegraph".)
      s_.cands.back().bare_head =
          !has(b, kBWeakLine) && inf.type != EntityType::kEvent && !inf.outlet;
      return;
    }
    // "PT Indonesia Morowali Industrial Park": a legal form in capitals
    // opening the name (Indonesia's PT, Sweden's AB) makes a firm of it,
    // whatever site's or place's head ends it (not an event's: "SA Rugby
    // Community Cup", South Africa's).
    if (last_head != b && inf.type != EntityType::kOrg &&
        inf.type != EntityType::kEvent && HeadEntry(b) != kNone &&
        brief_[HeadEntry(b)].legal && tok(b).has(kAllCaps)) {
      Add(b, e, EntityType::kOrg, guess);
      return;
    }
    // (Not after "the": "the Bruce Highway", "the Victoria Embankment".
    // Nor a given name and a surname before a site's or a place's head that
    // ends the run: the person it is named after, "Oliver Plunkett Street",
    // "Jomo Kenyatta International Airport"; a given name before the word
    // ahead of the head keeps the person, "Mary Anne Hall".)
    // (Only a head that is also a surname, surname=1: "Grace Park", "Ricki
    // Lake"; a given name before another names the place, "Marion County",
    // "Victoria Falls", "George Street". A middle initial before the head
    // keeps the person: "James C. Hall".)
    // (Nor after a place's context word or "at", not before an 's: "a
    // stadium in Victoria Park", "at Albert Park"; "a call from Grace Park"
    // keeps the person.)
    // (So does an initial alone before it: "V. Wells".)
    if ((given || (e == b + 2 && ts_.abbrev[b] == AbbrevClass::kInitial)) &&
        inf.surname && inf.type != EntityType::kOrg &&
        inf.type != EntityType::kEvent && !(b > 0 && Has(b - 1, kBOrgBefore)) &&
        !(b > 0 && (Has(b - 1, kBPlaceBefore) || AtBefore(b, e)) &&
          !(e < n_ && PossessiveS(e))) &&
        !(e - b >= 3 && last_head == e - 1 && !has(e - 2, kBGiven) &&
          ts_.abbrev[e - 2] != AbbrevClass::kInitial)) {
      Add(b, e, EntityType::kPerson, guess);  // "Grace Park"
      return;
    }
    // "analyst Anne Mills", "singer Charlotte Church, 38,": a firm's head
    // that is also a surname (surname=1), after a given name and a title
    // before or after, is the person's.
    if (given && inf.surname && inf.type == EntityType::kOrg &&
        last_head == e - 1 && e - b <= 3 && fact(b).ent_end == 0) {
      uint32_t tb = 0, te = 0;
      if (b > 0) te = TitleBefore(b, MakeFact(b - 1).title_end, &tb);
      if (te != 0 || PostTitle(e, &tb, &te)) {
        Add(b, e, EntityType::kPerson, std::max<uint8_t>(guess, 1), false,
            kNone, tb, te);
        return;
      }
    }
    // "Marine Le Pen": a given name that is also a head, opening a name
    // whose next word is a particle and whose other words are no heads.
    if (given && last_head == b && b + 2 < e && has(b + 1, kBParticle)) {
      Add(b, e, EntityType::kPerson, guess);
      return;
    }
    // "Manchester City beat Arsenal 2-1", "Stoke City drew 0-0 with ...":
    // a place name by its head, next to a result verb in a sentence with a
    // score, is a club (as an exact city name is above; neither after "in":
    // "prices in Mexico City beat forecasts").
    // (Before a sports role, not a country's name: "Republic of Ireland
    // manager".)
    auto no_country = [&] {
      for (uint32_t k = b; k < e; ++k) {
        if (fact(k).ent_end != 0 && brief_[fact(k).ent_entry].country)
          return false;
      }
      return true;
    };
    // (So is one by a club's head, club=1, anywhere in a sports report
    // but after a place's context word: "Polokwane City chairman ...",
    // "drew 0-0 with Polokwane City".)
    const bool place_before = b > 0 && Has(b - 1, kBPlaceBefore);
    EntityType type =
        inf.type == EntityType::kGpe &&
                ((!place_before && TeamContext(b, e)) ||
                 (e < n_ && Has(e, kBTeamTitle) && !tok(e).has(kCapitalized) &&
                  no_country()) ||
                 (inf.club && last_head == e - 1 && !place_before &&
                  !AtBefore(b, e) && SportDocument() && no_country()))
            ? EntityType::kOrg
            : inf.type;
    // "Kennedy Space Center", "Leisure Centre", "the Yellow Line": a venue's
    // word before a venue head (venue=1) that ends the name makes it a site;
    // so does a place's head ("Conwy Valley Line", "Island Line").
    if (inf.venue && last_head == e - 1 && last_head > b &&
        (Listed(it_words_->venue_words, last_head - 1) ||
         (HasHead(last_head - 1) && PlaceHeadAt(last_head - 1))))
      type = EntityType::kFac;
    // "St Botolph's Church": a church named after its saint is the
    // building ("the Methodist Church" is a body).
    if (last_head == e - 1 && e >= b + 4 && SaintWord(b) &&
        PossessiveS(e - 2) && ts_.norm(e - 1) == "church"sv)
      type = EntityType::kFac;
    // "City of Monash mayor", "the Shire of Velmo voted", "the Township of
    // Lake of Bays voted": a municipality's head opening "<head> of <name>"
    // names its council; after a place's context word it is the place ("a
    // station in the City of London").
    if (type == EntityType::kGpe && last_head == b && e - b >= 3 &&
        ids_[b + 1] == it_words_->of_word && MunicipalityOf(b))
      type = EntityType::kOrg;
    // "Place de la Nation", "Palais des Nations": an opener (place_opener,
    // site_opener, land_opener) before a particle names its kind of place
    // whatever head ends the name.
    if (last_head > b + 1 && has(b + 1, kBParticle)) {
      if (const EntityType opener = OpenerTypeCold(b);
          opener != EntityType::kPerson)
        type = opener;
    }
    Add(b, e, type, weak ? 0 : 2, inf.outlet && type == EntityType::kOrg);
    return;
  }

  // "Deputy Minister of Trade Lucia Ferreyra": after a title and "of", the
  // portfolio's one or two words, then a given name opening the person's
  // (the title keeps the portfolio). So after "for", and "the" may open
  // the portfolio: "Minister for the Environment Lucia Ferreyra".
  const uint32_t of_at =
      b >= 3 && ids_[b - 1] == it_words_->the_word ? b - 2 : b - 1;
  if (e - b >= 3 && b >= 2 &&
      ((Cue(of_at) & kWPersonOf) != 0 || ids_[of_at] == it_words_->for_word) &&
      !tok(of_at).has(kCapitalized) && !has(b, kBGiven)) {
    uint32_t tb = 0;
    if (TitleBefore(of_at, MakeFact(of_at - 1).title_end, &tb) != 0) {
      for (uint32_t g = b + 1; g + 1 < e && g < b + 3; ++g) {
        if (!has(g, kBGiven)) continue;
        // (A portfolio that is a known name or an acronym is named too:
        // "Chairman of the FCA Frank Naylor", "director for Africa Paul
        // Acquah".)
        if (fact(b).ent_end == g) {
          const EntryBrief& inf = brief_[fact(b).ent_entry];
          Add(b, g, inf.type, 2, inf.outlet, fact(b).ent_entry);
        } else if (g == b + 1 && tok(b).has(kAllCaps) &&
                   tok(b).span.size() >= 2) {
          Add(b, g, EntityType::kOrg, guess);
        }
        Add(g, e, EntityType::kPerson, std::max<uint8_t>(guess, 1), false,
            kNone, tb, g);
        return;
      }
      // So after a known place and two or three words no entry, head or
      // capitals mark: "Lord Mayor of Dublin Emer Dunne".
      const uint32_t pe = fact(b).ent_end;
      if (pe > b && pe + 2 <= e && e - pe <= 3) {
        const EntryBrief& inf = brief_[fact(b).ent_entry];
        bool plain =
            inf.type == EntityType::kGpe || inf.type == EntityType::kLoc;
        for (uint32_t k = pe; k < e && plain; ++k)
          plain = fact(k).ent_end == 0 && !HasHead(k) && !tok(k).has(kAllCaps);
        if (plain) {
          Add(b, pe, inf.type, 2, false, fact(b).ent_entry);
          Add(pe, e, EntityType::kPerson, std::max<uint8_t>(guess, 1), false,
              kNone, tb, pe);
          return;
        }
      }
    }
  }

  // A lexicon name inside a longer run.
  for (uint32_t k = any_name ? b : e; k < e; ++k) {
    if (fact(k).ent_end == 0) continue;
    // "Finn Jarkko Virtanen", "Dane Christian Holm": a demonym naming one
    // person (entity person=1) that is also a given name, before a given
    // name (or a word no lexicon knows) and a surname, is the person's
    // nationality.
    if (given && k == b && fact(b).ent_end == b + 1 && e >= b + 3 &&
        brief_[fact(b).ent_entry].type == EntityType::kNorp &&
        brief_[fact(b).ent_entry].person &&
        (has(b + 1, kBGiven) || Unknown(b + 1))) {
      Add(b, b + 1, EntityType::kNorp, 2, false, fact(b).ent_entry);
      Classify(b + 1, e, weak);
      return;
    }
    // "the Victoria Nile", "the Albert Nile": after "the", a given name
    // before a natural feature the lexicon knows that ends the run names
    // a stretch of the feature (news writes no article before a person).
    if (given && b > 0 && ids_[b - 1] == it_words_->the_word &&
        fact(e - 1).ent_end == e && e - 1 > b &&
        brief_[fact(e - 1).ent_entry].type == EntityType::kLoc) {
      Add(b, e, EntityType::kLoc, guess);
      return;
    }
    // (Not a given name in capitals before words that are not: "IDA
    // Ireland", an agency's acronym.)
    if (given && !AcronymFirst(b)) {
      AddTitledPerson(b, e, guess);  // "Michael Jordan"
      return;
    }
    const EntryBrief& inf = brief_[fact(k).ent_entry];
    uint32_t me = std::min(fact(k).ent_end, e);
    // "Stockbrokers James Capel said", "New IMF managing director": a
    // common word opening a sentence (not_name, a title modifier, a plural
    // the lexicon lists as an anonymous source) that no entry, given name or
    // head holds, before a known body that ends the run, describes the body
    // (the two as one name would be an entry of their own; a surname or a
    // brand before one may be its name's: "Walt Disney", "Rank Xerox").
    if (k == b + 1 && me == e && inf.type == EntityType::kOrg && Initial(b) &&
        fact(b).ent_end == 0 && !has(b, kBGiven) && !HasHead(b) &&
        !tok(b).has(kAllCaps) &&
        (has(b, kBNotName) || has(b, kBMod) ||
         Listed(it_words_->plural_sources, b))) {
      LexiconName(k, e, fact(k).ent_entry);
      return;
    }
    // "Hanns Christian Schroeder": a group's name that is also a given name
    // (Christian), inside a name of no heads, is a middle name.
    if (k > b && me < e && inf.type == EntityType::kNorp && has(k, kBGiven) &&
        last_head == kNone) {
      Add(b, e, EntityType::kPerson, guess);
      return;
    }
    if (k == b &&
        (inf.type == EntityType::kGpe || inf.type == EntityType::kNorp ||
         inf.type == EntityType::kLoc) &&
        me < e && has(me, kBGiven)) {
      Add(b, me, inf.type, 2, false, fb.ent_entry);  // "Kenyan Grace Okafor"
      Add(me, e, EntityType::kPerson, guess);
      return;
    }
    // "in the U.K. And West Germany" (a capital after an abbreviation's
    // period): two known places joined by a capitalized "And" or "Or".
    if (k == b &&
        (inf.type == EntityType::kGpe || inf.type == EntityType::kLoc) &&
        me + 1 < e && fact(me + 1).ent_end == e &&
        (ts_.norm(me) == "and" || ts_.norm(me) == "or")) {
      const EntryBrief& next = brief_[fact(me + 1).ent_entry];
      if (next.type == EntityType::kGpe || next.type == EntityType::kLoc) {
        Add(b, me, inf.type, 2, false, fb.ent_entry);
        Add(me + 1, e, next.type, 2, false, fact(me + 1).ent_entry);
        return;
      }
    }
    // "a Qantas Boeing 747", "the Lufthansa Airbus A340": two firms the
    // lexicon knows before a model's code are the operator and the maker.
    if (k == b && inf.type == EntityType::kOrg && me < e &&
        fact(me).ent_end == e &&
        brief_[fact(me).ent_entry].type == EntityType::kOrg && e < n_ &&
        tok(e).has(kHasDigit)) {
      Add(b, me, EntityType::kOrg, 2, inf.outlet, fb.ent_entry);
      Add(me, e, EntityType::kOrg, 2, brief_[fact(me).ent_entry].outlet,
          fact(me).ent_entry);
      return;
    }
    // "Chinese American", "British Pakistani": two groups in one name.
    if (k == b && inf.type == EntityType::kNorp && me < e &&
        fact(me).ent_end == e &&
        brief_[fact(me).ent_entry].type == EntityType::kNorp) {
      // "the Welsh Conservatives", "the Scottish Greens": a nation's branch
      // of a party after "the" is the party (as "the Conservatives" is).
      const bool party =
          brief_[fact(me).ent_entry].party && b > 0 && Has(b - 1, kBOrgBefore);
      Add(b, e, party ? EntityType::kOrg : EntityType::kNorp, 2);
      return;
    }
    // "a Texas Democrat", "the West Virginia Republican": after an article,
    // a place before a party's member (a group) that ends the run, not a
    // firm ("Glasgow Green" is no member).
    if (k == b && inf.type == EntityType::kGpe && me < e &&
        fact(me).ent_end == e && b > 0 && (Cue(b - 1) & kWMemberBefore) != 0 &&
        brief_[fact(me).ent_entry].type == EntityType::kNorp) {
      Add(b, me, inf.type, 2, false, fb.ent_entry);
      Add(me, e, EntityType::kNorp, 2, false, fact(me).ent_entry);
      return;
    }
    // "Italian Serie A", "English Premier League": a nationality before a
    // known league or tournament, not a firm. So before a known body or a
    // natural feature that ends the run, "the Norwegian Statoil", "the
    // Russian Black Sea coast", but a body with national branches
    // (entity branches=1): "the Philippine Red Cross", "Scottish Labour".
    // (Not a direction's word, "the Western Pacific".)
    if (k == b && inf.type == EntityType::kNorp && me < e &&
        fact(me).ent_end == e && !(me == b + 1 && has(b, kBModifier)) &&
        (brief_[fact(me).ent_entry].type == EntityType::kEvent ||
         brief_[fact(me).ent_entry].type == EntityType::kLoc ||
         (brief_[fact(me).ent_entry].type == EntityType::kOrg &&
          !brief_[fact(me).ent_entry].branches))) {
      Add(b, me, inf.type, 2, false, fb.ent_entry);
      if (brief_[fact(me).ent_entry].type == EntityType::kEvent)
        Add(me, e, EntityType::kEvent, 2, false, fact(me).ent_entry);
      else
        LexiconName(me, e, fact(me).ent_entry);  // "the Peruvian Amazon"
      return;
    }
    // "Indian IT firms", "Chinese AI start-ups": a nationality before one
    // common word the lexicon lists (not_name) is the nationality alone.
    if (k == b && inf.type == EntityType::kNorp && me + 1 == e &&
        fact(me).ent_end == 0 && has(me, kBNotName) && !has(me, kBGiven) &&
        tok(me).has(kAllCaps)) {
      Add(b, me, inf.type, 2, false, fb.ent_entry);
      return;
    }
    if (k == b && inf.type == EntityType::kNorp && me + 2 <= e &&
        fact(me).ent_end == 0) {
      Add(b, me, inf.type, 2, false, fb.ent_entry);  // "Spaniard Ignacio"
      Classify(me, e, weak);
      return;
    }
    // "Frenchman Lacombe-Ferrand", "Kenyan Kiprotich" in a sports story: a
    // demonym naming one person (entity person=1), or in a sports report a
    // nationality, before one capitalized word no entry or head names is
    // the nationality and the person's surname. (Elsewhere the word after
    // a nationality is as often a firm's: "Swedish Match"; in sports too
    // when the lexicon knows the word or it has a common noun's ending,
    // "British Printing", or after "the": "the Fijian Drua", a side.)
    // So is a surname a person named before ended in ("Sigurd Haugland",
    // later "Norwegian Haugland").
    if (k == b && inf.type == EntityType::kNorp && me + 1 == e &&
        fact(me).ent_end == 0 && last_head == kNone && !has(me, kBNotName) &&
        !tok(me).has(kAllCaps) &&
        (inf.person ||
         (ids_[me] == kNoWord && !CommonWordShape(Bytes(tok(me).span)) &&
          (b == 0 || ids_[b - 1] != it_words_->the_word) &&
          (SportDocument() || PersonEndedIn(me))))) {
      Add(b, me, inf.type, 2, false, fb.ent_entry);
      Add(me, e, EntityType::kPerson, std::max<uint8_t>(guess, 1));
      return;
    }
    if (inf.type == EntityType::kPerson) {
      AddTitledPerson(b, e, guess);
      return;
    }
    // "senator Paloma Valencia", "bank chief Santiago Bausili": after a
    // title, a name holding a place's name is a person's (a given name the
    // gazetteer does not know, a surname that is also a town).
    if (b > 0) {
      uint32_t tb = 0;
      const uint32_t te = TitleBefore(b, MakeFact(b - 1).title_end, &tb);
      if (te != 0) {
        Add(b, e, EntityType::kPerson, std::max<uint8_t>(guess, 1), false,
            kNone, tb, te);
        return;
      }
    }
    // "D. Cork 4-58", "J. Chelmsford": an initial and a stop before the
    // place name a person (a surname that is also a town).
    if (k == b + 1 && me == e && tok(b).span.size() == 2 &&
        text_[tok(b).span.begin + 1] == '.' &&
        absl::ascii_isupper(
            static_cast<unsigned char>(text_[tok(b).span.begin]))) {
      Add(b, e, EntityType::kPerson, std::max<uint8_t>(guess, 1));
      return;
    }
    // "San Juan de Lurigancho", "Santa Cruz de Tenerife": a place's name,
    // a particle and more words, no heads among them, is a place.
    if (k == b && me < e && last_head == kNone && has(me, kBParticle) &&
        (inf.type == EntityType::kGpe || inf.type == EntityType::kLoc)) {
      Add(b, e, EntityType::kGpe, guess);
      return;
    }
    // "Lao Cai province", "the Rio Verde area": a place's or a people's
    // name opening an unknown one before a place's noun is the place's.
    if ((inf.type == EntityType::kGpe || inf.type == EntityType::kNorp ||
         inf.type == EntityType::kLoc) &&
        (FacilityAfter(e) & kWPlaceAfter) != 0) {
      Add(b, e, EntityType::kGpe, guess);
      return;
    }
    // "near New Albany", "in Little Rome": after a place's context word, a
    // name ending in a place's name is a place (not a club's town's: "from
    // Real Madrid's stadium").
    if (me == e && b > 0 && Has(b - 1, kBPlaceBefore) && !inf.club &&
        (inf.type == EntityType::kGpe || inf.type == EntityType::kLoc)) {
      Add(b, e, EntityType::kGpe, guess);
      return;
    }
    // "the Gare de Lyon", "Col de la Madeleine": an opener (entity_word
    // in=place_opener, site_opener, land_opener) before a particle and the
    // known name is the opener's type; so right before it: "Ysbyty
    // Gwynedd" (a hospital), "Rue Bordeaux", "Cerro Chile".
    if (k > b && (k == b + 1 || has(b + 1, kBParticle)) &&
        fact(b).ent_end == 0) {
      if (const EntityType opener = OpenerTypeCold(b);
          opener != EntityType::kPerson) {
        Add(b, e, opener, guess);
        return;
      }
    }
    Add(b, e, EntityType::kOrg, guess,
        inf.outlet);  // "Bayern Munich", "Kenya Power"
    return;
  }

  // Unknown name. A lone letter ("Class B", "S and P", a ticker "<F>") is
  // not a name by itself.
  if (len == 1 && tok(b).span.size() == 1) return;
  // A body's adjective alone before a lower-case word: only as a mention.
  if (len == 1 && AdjectiveAlone(b)) {
    Add(b, e, EntityType::kOrg, 0);
    return;
  }
  // Nor a unit glued to a number ("a 40GB drive", "12MW of power") nor a
  // plural acronym ("two PCs", "flat-screen TVs"): common nouns.
  if (GluedToNumber(b) || (len == 1 && PluralAcronym(Bytes(tok(b).span))))
    return;
  // "Sequoia SUVs", "Aquos TVs": unknown words before a plural acronym name
  // a model, as before a product's noun ("Tundra pickups"): no entity. (A
  // party's acronym before its members is the party: "LDP MPs".)
  if (len >= 2 && PluralAcronym(Bytes(tok(e - 1).span))) {
    if (len == 2 && tok(b).has(kAllCaps) && tok(b).span.size() >= 3)
      Classify(b, b + 1, weak);
    return;
  }
  if (len == 1 && tok(b).has(kHasDigit)) {
    // A road ("the A494 near Mold", "the M62 motorway").
    if (RoadCode(b)) {
      Add(b, e, EntityType::kFac, guess);
      return;
    }
    // Nor a model's code no lexicon knows ("A350", "F-35", "MD-11",
    // "A321neo"; not a band's or a group's name: "U2", "G8", "M23").
    if (ModelCode(Bytes(tok(b).span))) return;
  }
  // Nor an exchange ticker: "<KPHI.O>", "<DART>"; "<AL.N>" is two tokens
  // (the symbol an abbreviation with its stop, the code glued to it).
  // (And the market code after it: "<WBC.AX>", "<0005.HK>".)
  if (AngleTicker(b, e)) return;
  // So in round brackets: "(VNT.L)", "(005930.KS)", "(ORBT.TA)".
  if ((tok(b).has(kAllCaps) || tok(b).span.size() <= 2) && BracketTicker(b, e))
    return;  // (a one-letter ticker too: "(O.N)")
  // And after its exchange: "(NASDAQ: KRVX)".
  if (ExchangeTicker(b, e)) return;
  // "McDonald's said": a brand with its 's.
  if (BrandPossessive(b, e)) {
    Add(b, e + 1, EntityType::kOrg, guess);
    return;
  }
  // "its Kestrel and Osprey models"; "the Vestra share index", "the Kolto
  // stock average" (a market index; the index's noun right after the name
  // is FacilityAfter's, below).
  // (Not a person's full name: "Claus Koehler and West Berlin state bank".)
  const uint32_t conjunct_noun =
      e < n_ && (IsAndOr(e) || (IsComma(e) && ListAfterComma(e)))
          ? ConjunctNounAfter(e) &
                (e == b + 1 || !Has(b, kBGiven) ? ~0u
                                                : uint32_t{kWProductAfter})
          : 0;
  if ((conjunct_noun & kWProductAfter) != 0 || (e < n_ && ShareIndexAfter(e)))
    return;
  // "the Ariane 6 rocket", "a Falcon 9 rocket": a model's number between
  // the name and the product's noun.
  if (e + 1 < n_ && tok(e).kind == TokenKind::kNumber &&
      ts_.newlines_before[e + 1] == 0 &&
      (FacilityAfter(e + 1) & kWProductAfter) != 0)
    return;
  // "its El Teniente mine", "the Ekofisk field": a site, not the firm that
  // works it ("a Glencore mine").
  // "the Solimoes river", "Larnaca airport", "the Tigray region": a place.
  // (So before "and", a second name and the noun: "the Nkana and Nchanga
  // mines", ConjunctNounAfter.)
  if (const uint32_t noun = FacilityAfter(e) | conjunct_noun; noun != 0) {
    // "the Hang Seng index", "Colgate toothpaste", "Brent crude"
    if ((noun & (kWIndexAfter | kWProductAfter)) != 0) return;
    if ((noun & kWPersonNoun) != 0) {  // "the Reagan administration"
      Add(b, e, EntityType::kPerson, guess);
      return;
    }
    // (A premises noun, plant or depot, after "its" and one word: the word
    // is a town's, "its Rotherham plant", below; after a comma, a brand's or
    // a division's, "its Toledo, Ohio, Jeep plant".)
    if ((noun & kWSiteAfter) != 0 &&
        !((noun & kWPremisesAfter) != 0 &&
          ((e == b + 1 && HomeBefore(b, noun)) || (b > 0 && IsComma(b - 1))))) {
      // (Not after "a", nor one word opening a sentence: "Petrol station
      // prices rose".)
      if (!(b > 0 && ts_.norm(b - 1) == "a") && !(e == b + 1 && Initial(b))) {
        Add(b, e, EntityType::kFac, guess);
        return;
      }
    } else if ((noun & (kWPlaceAfter | kWLocAfter)) == 0) {
      // "A Leicester builder", "its Rotherham plant": one unknown word
      // between "a" and a person it is the home of, or between "its" and a
      // firm's site, is a town (a firm would take "a Tesco store", "the
      // Nissan plant").
      if (e == b + 1 && HomeBefore(b, noun)) {
        Add(b, e, EntityType::kGpe, guess);
        return;
      }
    } else if (!(e == b + 1 && Initial(b)) || SubdivisionAfter(b, e)) {
      // (Not one word opening a sentence: "Total area planted",
      // "Container port operator"; but an unknown one before "state" or
      // "province" is its name: "Ondo state police said".)
      Add(b, e, (noun & kWLocAfter) != 0 ? EntityType::kLoc : EntityType::kGpe,
          guess);
      return;
    }
  }
  // "the Las Cristinas gold mine", "the Mae Moh power plant": so with a
  // resource's word between the name and a site's or a plant's noun (not
  // after "a": "a Glencore copper mine").
  if (e + 1 < n_ && (Cue(e) & kWSiteModifier) != 0 &&
      tok(e).kind == TokenKind::kWord && !tok(e).has(kCapitalized) &&
      (FacilityAfter(e + 1) & (kWSiteAfter | kWPremisesAfter)) != 0 &&
      !(b > 0 && ts_.norm(b - 1) == "a")) {
    Add(b, e, EntityType::kFac, guess);
    return;
  }
  // "A Derby engineering firm", "a Wexford dairy farmer": so with a
  // lower-case word between the town and the noun.
  if (e == b + 1 && e + 1 < n_ && tok(e).kind == TokenKind::kWord &&
      !tok(e).has(kCapitalized)) {
    const uint32_t noun = FacilityAfter(e + 1);
    if ((noun & (kWResidentAfter | kWPremisesAfter)) != 0 &&
        HomeBefore(b, noun)) {
      Add(b, e, EntityType::kGpe, guess);
      return;
    }
  }
  // The words either side, asked about below by several rules: their facts
  // (a run's own are in the window; these are gathered only here, where
  // an unknown name needs its context).
  const Fact before = b > 0 ? MakeFact(b - 1) : Fact{};
  const Fact after = e < n_ ? MakeFact(e) : Fact{};
  uint32_t tb = 0;
  uint32_t te = TitleBefore(b, before.title_end, &tb);
  if (te != 0) {
    Add(b, e, EntityType::kPerson, std::max<uint8_t>(guess, 1), false, kNone,
        tb, te);
    return;
  }
  if (PostTitle(e, &tb, &te)) {  // "Keith Marlow, the company's chairman"
    Add(b, e, EntityType::kPerson, std::max<uint8_t>(guess, 1), false, kNone,
        tb, te);
    return;
  }
  // (A missing neighbour's fact has no bits.)
  bool person_after = (after.bits & kBPersonAfter) != 0;
  bool org_before = (before.bits & kBOrgBefore) != 0;
  // "Darren Pike, 41, of Wolverhampton, was jailed" (or "from"): the place
  // someone is from, after the age.
  // "Ain Sokhna on the Red Sea": a town on a sea, river or coast the
  // lexicon knows.
  bool place_before =
      (before.bits & kBPlaceBefore) != 0 ||
      (b >= 4 && IsComma(b - 2) &&
       (ts_.norm(b - 1) == "of" || ts_.norm(b - 1) == "from") &&
       tok(b - 3).kind == TokenKind::kNumber && tok(b - 3).span.size() <= 3 &&
       IsComma(b - 4)) ||
      (e + 2 < n_ && IsOn(e) && ts_.norm(e + 1) == "the" &&
       EntEnd(e + 2) != 0 &&
       brief_[EntEntry(e + 2)].type == EntityType::kLoc) ||
      (b >= 2 && ids_[b - 1] == it_words_->of_word && LegislatorOf(b));
  // "the town of Byram", "Allied Corp of Morristown": what "its" or "it"
  // after the name refers to is the phrase before "of".
  const bool of_place = (before.bits & kBPlaceBefore) != 0 && b >= 2 &&
                        ids_[b - 1] == it_words_->of_word &&
                        it_words_->of_word != kNoWord;
  // "operator Safaricom", "shares of Orvelle", "Orvelle shares", "Tarsus
  // Logistics, a freight company"
  bool org_noun = (before.bits & kBOrgNoun) != 0 ||
                  ((after.bits & kBOrgNoun) != 0 && !Initial(b)) ||
                  OrgAppositive(b, e);
  // "Chelsea manager Ruud Gullit", "Orvik Rail chief executive Ida Berg":
  // a name right before a person's title is the person's organization. One
  // word opening a sentence may be a common noun ("Opposition leader X",
  // "Rebel commander Y"): kept only if the text names it again.
  // (Not a title's modifier or a common word: "Federal and provincial",
  // "Federal and Alberta government aid".)
  // (A given name too after a place's context word: "people from Kemi
  // and Tornio", "in Jordan and Syria"; or after a place that follows one:
  // "in Ipswich and Logan".)
  if (((!given || place_before || PlaceInContextBefore(b)) &&
       !Has(b, kBMod | kBNotName) && PlaceConjunct(b, e)) ||
      (!given && e + 2 < n_ && IsComma(e) && PlaceAppositiveAt(e))) {
    Add(b, e, EntityType::kGpe, guess);
    return;
  }
  // Results rows: "Erik Zabel (Germany) Telekom 4:32:10", "Max Verstappen
  // (Netherlands) Red Bull": the name after a rider's or driver's
  // bracketed country is the team.
  if (b >= 3 && ts_.newlines_before[b] == 0 && Bytes(tok(b - 1).span) == ")" &&
      EntEnd(b - 2) == b - 1 && brief_[EntEntry(b - 2)].country &&
      Bytes(tok(b - 3).span) == "(" && e < n_ &&
      tok(e).kind == TokenKind::kNumber && ts_.newlines_before[e] == 0) {
    Add(b, e, EntityType::kOrg, guess);
    return;
  }
  // "Players who have played ...", "Fans who travelled ...": a plural
  // opening a sentence before a restrictive "who" (no comma between, which
  // a name would take) is the common noun when the text writes it in lower
  // case too (not "Jones who").
  if (e == b + 1 && Initial(b) && !given && e < n_ && ts_.norm(e) == "who" &&
      tok(b).span.size() > 3 && !tok(b).has(kAllCaps)) {
    const std::string_view w = ts_.norm(b);
    if (w.back() == 's' && w[w.size() - 2] != 's') {
      for (uint32_t k = 0; k < n_; ++k) {
        if (k != b && tok(k).kind == TokenKind::kWord &&
            !tok(k).has(kCapitalized) && Bytes(tok(k).span) == w)
          return;
      }
    }
  }
  // "Foxconn, which runs the plant": a person would take "who".
  const bool which_after = WhichAfter(e);
  // "Lucy Bronze (Chelsea)", "Ann Reid (Harbour Party)": an unknown name
  // alone in brackets right after a person's is the person's club, party
  // or firm (a country or town the lexicon knows stays a place; a given
  // name opens another person's: "(Eddie Cochran)").
  if (!given && b >= 2 && tok(b - 1).has(kOpening) && e < n_ &&
      tok(e).has(kClosing) && text_[tok(b - 1).span.begin] == '(' &&
      PersonEndsBefore(b - 1)) {
    Add(b, e, EntityType::kOrg, guess);
    return;
  }
  if (ScorecardPlayer(b)) {
    Add(b, e, EntityType::kPerson, guess);
    return;
  }
  if (AffiliationBefore(e, after)) {
    // (An acronym is no common noun: "UNRWA chief Philippe Lazzarini".)
    // (A sports role is no common noun's: "Rangers manager Stuart Moyes",
    // "Feyenoord striker Jan Mol" name the club.)
    // (But a common word's shape, "Opening batsman", "Leading scorer", or
    // a word the text writes in lower case too, "Project manager" where the
    // project is named; a word no town's or plural's shape before a sports
    // role that is also an office's, team_title office=1, outside a sports
    // report: "Plant manager", "Barangay captain", not "Chelsea manager",
    // "Wallabies captain".)
    bool opener =
        len == 1 && Initial(b) && !tok(b).has(kAllCaps) &&
        !((after.bits & kBTeamTitle) != 0 && !tok(e).has(kCapitalized) &&
          !CommonWordShape(Bytes(tok(b).span)) && !LowerElsewhere(b) &&
          !(Listed(it_words_->office_team_titles, e) && !TownListed(b) &&
            ts_.norm(b).back() != 's' && !SportDocument()));
    Add(b, e, EntityType::kOrg, opener ? 0 : std::max<uint8_t>(guess, 1));
    return;
  }
  if (len >= 2) {
    bool particle = false, initials = false, all_upper = true, amp = false;
    for (uint32_t k = b; k < e; ++k) {
      // (A capital letter alone is an initial or "I", no particle: "i" is
      // Catalan's "and", "Núria Vilaseca i Bonet".)
      particle |= has(k, kBParticle) &&
                  !(tok(k).span.size() == 1 && tok(k).has(kCapitalized));
      initials |= ts_.abbrev[k] == AbbrevClass::kInitial;
      all_upper &= tok(k).has(kAllCaps);
      // "H&M", "Dunmore & Pike": no person's name holds an ampersand.
      amp |= IsAmpersand(k);
    }
    // (Nor one word, "and" and the word again: "Leger and Leger", FindRuns.)
    amp |= e - b == 3 && IsAnd(b + 1) && ts_.norm(b) == ts_.norm(b + 2);
    if (amp) {
      // (Not the common nouns "R&D", "M&A", "Q&A", "P&L".)
      if (e - b == 3 && tok(b).span.size() == 1 &&
          tok(b + 2).span.size() == 1) {
        const std::string_view pair(text_.data() + tok(b).span.begin, 3);
        if (pair == "R&D" || pair == "M&A" || pair == "Q&A" || pair == "P&L")
          return;
      }
      Add(b, e, EntityType::kOrg, guess);
    } else if (given || initials) {
      Add(b, e, EntityType::kPerson, guess);
    } else if (const EntityType opener =
                   org_noun || all_upper ? EntityType::kPerson : OpenerType(b);
               opener != EntityType::kPerson && !ItsAfter(e) && !ItAfter(e)) {
      // "San Pedro", "Jalan Salemba", "San Juan de Lurigancho" (entity_word
      // in=place_opener); "the Plaza de la Constitucion", "Rue Tarvik"
      // (in=site_opener); "Cerro Armazones", "the Salar de Atacama"
      // (in=land_opener): the opener's type, at any length.
      Add(b, e, opener, guess);
    } else if (org_noun || all_upper ||
               // (Not a long name holding a particle after a place's word:
               // "in Ciudad Bolivar de la Sierra", "near Villa de Leyva";
               // nor after a nationality with no article: "Brazilian Caio
               // Venancio de Freitas was second".)
               // (Nor one ending in a particle and one word before a
               // person's context word, with no place's before it: "Hylke
               // van der Meulen said", "Marjolein Op de Beeck, who", "the
               // prosecutor, Anke van der Brugge, said"; not "Camera
               // Nazionale della Moda Italiana said".)
               (len > 3 && !(particle && place_before && !person_after) &&
                !(particle && NationalityBefore(b)) &&
                !(has(e - 2, kBParticle) &&
                  (person_after || WhoAfter(e) ||
                   (e + 1 < n_ && IsComma(e) && Has(e + 1, kBPersonAfter))) &&
                  !place_before)) ||
               AcronymFirst(b) || ItsAfter(e) || ItAfter(e)) {
      Add(b, e, EntityType::kOrg, guess);
    } else if ((place_before &&
                (!person_after || particle ||
                 (len == 2 && (before.bits & kBPlaceBefore) != 0))) ||
               has(b, kBModifier)) {
      // "in Wad Madani", "to La Paz"; "the East Midlands", "West Ham".
      // (A particle in a name no given name opens, after a place's word,
      // names a place also before "said": "fishermen in Vilanova de
      // Arousa said"; so do two words, "police in Shepton Mallet said".)
      Add(b, e, EntityType::kGpe, guess);
    } else if (which_after || ArticleFirst(b)) {
      // "La Fenice", "El Peruano", "Il Giornale": a name opening with a
      // Romance article names no person (only a surname holds one: "Le
      // Pen", and a surname after the full name chains to it).
      Add(b, e, EntityType::kOrg, guess);
    } else if (particle && PlaceListedAt(b, e)) {
      // "at Punta del Este, Uruguay": after "at" and before a comma and a
      // place, a name holding a particle is a place, no person.
      Add(b, e, EntityType::kGpe, guess);
    } else if (particle) {
      Add(b, e, EntityType::kPerson, guess);
    } else if (org_before || AtBefore(b, e) || PersonOfBefore(b) ||
               PriceMoveAfter(e)) {
      Add(b, e, EntityType::kOrg, guess);
    } else if ((Marks(b).bits & EntityRecognizer::kNoEntityWord) == 0) {
      // (Not one opening with a body's adjective: "National Lottery",
      // "Consolidated Mining", entity_word in=org_adjective.)
      if (Listed(it_words_->org_adjectives, b)) {
        Add(b, e, EntityType::kOrg, guess);
      } else if (!(!tok(b).has(kAllCaps) && tok(e - 1).has(kAllCaps) &&
                   tok(e - 1).span.size() <= 3 && !tok(e - 1).has(kHasDigit) &&
                   NoEntityWord(e - 1))) {
        Add(b, e, EntityType::kPerson, guess);
      }
      // (Else words no entry knows ending in a short code in capitals no
      // lexicon knows either: a product's, "Mario Kart DS", "Doom III".)
    }
    // (Else no person: a name opening with a product's or a format's word
    // that names nothing alone, no_entity, is a product's: "Windows XP",
    // "Mac Mini", "Internet Explorer".)
    return;
  }
  const Token& t = tok(b);
  if (t.span.size() >= 2) GradeHint(b);  // (DropNoEntity)
  // A line-opening label ("NOTE:", "UPDATE:") is a name only when the
  // document names it again (strength 0 keeps it for chaining alone).
  const bool initial = Initial(b);
  bool label = initial && e < n_ && IsColon(e);
  // A one-word name in a list of names: a player's surname ("Murphy,
  // Horgan, Hickie"), not a firm by default.
  if (!t.has(kAllCaps) && !label && !org_noun && !which_after &&
      !place_before && InListLine(b)) {
    Add(b, e, EntityType::kPerson, std::max<uint8_t>(guess, 1));
    return;
  }
  // "Huntington's disease": a disease's eponym (entity_word
  // in=eponym_noun), no entity.
  if (EponymPossessor(e)) return;
  // "goals from Vidinha", "a header by Kovac", "Totti's equaliser": a
  // scorer's one-word name (entity_word in=goal_noun) is a player's;
  // "Okonedo's widow", "Brannigan's funeral": an owner of what only a
  // person has (in=person_possession) is a person.
  if (!t.has(kAllCaps) && !label && !org_noun && !which_after &&
      !place_before && !given && (ScorerName(b, e) || PersonPossessor(b, e))) {
    Add(b, e, EntityType::kPerson, guess);
    return;
  }
  // "Graf beat Seles 6-3 6-2": next to a result verb in a sentence with a
  // tennis match's set scores, a one-word name no entry knows is a
  // player's, not a club's.
  if (!t.has(kAllCaps) && !label && !org_noun && !which_after &&
      !place_before && !given &&
      ((b > 0 && Has(b - 1, kBTeamVerb)) || (e < n_ && Has(e, kBTeamVerb))) &&
      SetScores(b, e)) {
    Add(b, e, EntityType::kPerson, guess);
    return;
  }
  if (t.has(kAllCaps) && !has(b, kBShouting)) {
    Add(b, e, EntityType::kOrg, label ? 0 : guess);  // an acronym
  } else if (!given && place_before && b >= 2 && ts_.norm(b - 1) == "of" &&
             person_after && (SaidAfter(e) || ItAfter(e))) {
    // "the mayor of Kalgoorlie said", "Allied Corp of Morristown said it":
    // the reporting verb's subject is the phrase before "of"; the word
    // after a place's "of" (entity_context role=place_before) is the place.
    Add(b, e, EntityType::kGpe, guess);
  } else if (!given && !org_noun && !of_place &&
             (((!initial || (person_after && ts_.norm(b).back() != 's')) &&
               ItsAfter(e) && !RiverAfterThe(b, e)) ||
              ItAfter(e))) {
    // "Vingroup said its unit ..." (not "the town of Byram would get its
    // own", where "its" is the town's: of_place).
    Add(b, e, EntityType::kOrg, guess);
  } else if (!given && (CamelCase(b) ||
                        (initial && (TeamContext(b, e) || ClubMatch(b, e))))) {
    // "MeteoSwiss", "PayPal"; "Leinster beat Toulouse 24-19"; "Newcastle
    // play Arsenal" (ClubMatch).
    Add(b, e, EntityType::kOrg, guess);
  } else if (initial && !given && !org_noun && ClubVerbAfter(b, e)) {
    // "Benfica have signed", "Ajax are top": a singular name before a
    // plural verb is a club's (British usage); a person takes "has".
    Add(b, e, EntityType::kOrg, guess);
  } else if (initial && !given && !org_noun && PersonAfterPossessive(e)) {
    // "Ferrari's Michael Schumacher": a word opening a sentence whose 's
    // comes before a person's full name is the person's team or firm.
    Add(b, e, EntityType::kOrg, guess);
  } else if (initial && !given && !person_after && !org_noun) {
    // "Okafor" or a common word ("Inflation, which rose": an organization
    // only if the text names it again); with an age after it, a person
    // ("Ferris, 31, was booked").
    Add(b, e, which_after ? EntityType::kOrg : EntityType::kPerson,
        !which_after && AgeAfter(e) ? 1 : 0);
  } else if (org_noun || (which_after && !given && !place_before &&
                          !PlacePrepBefore(b, e))) {
    Add(b, e, EntityType::kOrg, guess);
  } else if (!given && person_after && PersonHomeBefore(b)) {
    // "farmer Ann Roe of Tarvik said he": the reporting verb's subject is
    // the person (without one, a firm by default: "Ann Roe of Tarvik won").
    Add(b, e, EntityType::kGpe, guess);
  } else if (!given && b >= 2 &&
             ((place_before && ts_.norm(b - 1) == "in"sv &&
               Listed(it_words_->plural_sources, b - 2)) ||
              ResidentsFrom(b))) {
    // "growers in Guaxupe said", "residents in Kemi told": people in it, as
    // a source, make it a place ("an article in Izvestia said" is the
    // paper's). So do people it is home to from it (entity_word
    // in=resident_after: "farmers from Tregaron said"; "analysts from
    // Nomura said" name the employer).
    Add(b, e, EntityType::kGpe, guess);
  } else if (!given && place_before && person_after && b >= 2 &&
             tok(b - 2).has(kCapitalized) && ts_.norm(b - 1) == "in"sv &&
             SaidAfter(e)) {
    // "magistrate Luc Roe in Arlon said", "Police in Kemi said": after a
    // name and "in", the reporting verb's subject is the name; the word
    // after "in" is the place, not a firm that said.
    Add(b, e, EntityType::kGpe, guess);
  } else if (!given && place_before && person_after && b >= 2 &&
             PlacePrepObject(b)) {
    // So after a noun: "engineers at the university in Ames told",
    // "Farmers near Velmora said": the noun is the verb's subject.
    Add(b, e, EntityType::kGpe, guess);
  } else if (!given && person_after && SaidAfter(e)) {
    // "Underwriters said": a plural the lexicon lists as an anonymous
    // source, opening the sentence, is no name (it may open a firm's:
    // "Underwriters Laboratories", a longer run).
    if (initial && Listed(it_words_->plural_sources, b)) return;
    // "Greggs said", "Epiroc says": an unknown one-word subject of a
    // reporting verb is more often a firm than a person, whom news names in
    // full (a surname after the full name chains to the person and takes
    // its type; LinkSaidToPersons finds the others).
    Add(b, e, EntityType::kOrg, guess);
    s_.cands.back().said_org = kSaidOrg;
    any_said_org_ = true;
  } else if (!given && person_after && org_before && !initial) {
    // "The Sandiganbayan said he ...": news writes no article before a
    // person's name, so "the" and a reporting verb make a body speak.
    Add(b, e, EntityType::kOrg, guess);
  } else if (given && place_before && !initial && !t.has(kAllCaps) &&
             (!person_after || (b >= 2 && PlacePrepObject(b))) &&
             !PersonInBefore(b) && !(e < n_ && Has(e, kBParticle))) {
    // "Police in Brandon arrested", "farms near Regina": a given name
    // alone after a place's context word is a town named so (news names
    // a person by the surname); not "faith in Anil", "starred in Ray", nor
    // before a surname's particle ("drafted in David dal Maso").
    Add(b, e, EntityType::kGpe, guess);
  } else if (given && !t.has(kAllCaps) && DatelineTown(b) && !SportDocument()) {
    // "trams ran to Dudley", "Salvador braces for Carnival" in a story
    // datelined "DUDLEY -", "SALVADOR, Brazil -": a given name alone that
    // spells the dateline's one-word town is the town.
    Add(b, e, EntityType::kGpe, guess);
  } else if (given || person_after) {
    Add(b, e, EntityType::kPerson, guess);
  } else if (place_before) {
    Add(b, e, EntityType::kGpe, guess);
  } else {
    // An organization noun before it, or no evidence either way ("as Okoye
    // double seals"): a firm by default, a place after a bare "at", "from"
    // or "between" ("ships at Tema", "trams from Altrincham") or shaped as a
    // town's, a site shaped as a venue's (DefaultType), but the person the
    // text names with that word last if it names one (LinkSaidToPersons).
    Add(b, e, given ? EntityType::kOrg : DefaultType(b, e), guess);
    s_.cands.back().said_org = kDefaultOrg;
    any_default_org_ = true;
  }
}

bool Run::DatelineTown(uint32_t b) {
  if (dateline_tok_ == kNone) {
    dateline_tok_ = n_;
    for (const Line& l : s_.lines) {
      if (l.begin < n_ && Has(l.begin, kBDateline)) {
        dateline_tok_ = l.begin;
        break;
      }
    }
  }
  const uint32_t d = dateline_tok_;
  if (d >= n_ || d == b) return false;
  // (A town of one word: "DUDLEY -", "DUDLEY, England -".)
  if (d + 1 < n_ && tok(d + 1).kind == TokenKind::kWord &&
      Has(d + 1, kBDateline))
    return false;
  return SameNorm(d, b);
}

bool Run::RatingGradeShape(uint32_t b) const {
  const Token& t = tok(b);
  const char c = text_[t.span.begin];
  if (t.span.size() < 2 || t.span.size() > 3 || c < 'A' || c > 'C')
    return false;
  const std::string_view w = Bytes(t.span);
  for (std::string_view g : kRatingGrades)
    if (w == g) return true;
  return false;
}

bool Run::RatingGrade(uint32_t b) {
  if (!RatingGradeShape(b)) return false;
  auto cue = [&](uint32_t k) { return Listed(it_words_->rating_cues, k); };
  uint32_t lo, hi;
  SentenceAround(b, b + 1, &lo, &hi);
  for (uint32_t k = lo; k < hi; ++k)
    if (cue(k)) return true;
  // Else a grade's neighbour, in a document with a rating's word (the
  // later sentences of a rating agency's story: "Cut were ...").
  bool near = false;
  if (b > 0)
    for (std::string_view w : kGradeBefore) near |= ts_.norm(b - 1) == w;
  if (b + 1 < n_)
    for (std::string_view w : kGradeAfter) near |= ts_.norm(b + 1) == w;
  if (!near) return false;
  if (rating_document_ < 0) {
    rating_document_ = 0;
    for (uint32_t k = 0; k < n_ && rating_document_ == 0; ++k)
      rating_document_ = cue(k) ? 1 : 0;
  }
  return rating_document_ == 1;
}

bool Run::PlaceAndPlaceBody(uint32_t i, uint32_t j) const {
  const uint32_t k = j + 1;
  const uint32_t pe = EntEnd(k);
  if (!PlaceEntryAt(i) || pe <= k || pe >= n_ || !PlaceEntryAt(k) || Breaks(k))
    return false;
  // (Places of one rank, two countries or two regions: a country and a city
  // are a partner and a firm named by its town, "Kenya and Shenzhen
  // Electronics Group".)
  if (brief_[EntEntry(i)].country != brief_[EntEntry(k)].country) return false;
  for (uint32_t h = pe; h < n_ && h < pe + 3 && NameWord(h) && !Breaks(h);
       ++h) {
    if (EntEnd(h) != 0) return false;
    const uint32_t he = HeadEntry(h);
    if (he != kNone && brief_[he].type == EntityType::kOrg) return true;
  }
  return false;
}

uint32_t Run::ThePlaceAndBody(uint32_t i, uint32_t j) const {
  // (The place may follow a compass word: "the East Suffolk and North
  // Essex NHS Foundation Trust".)
  const uint32_t p = j == i + 2 && CompassWord(i) ? i + 1 : i;
  // (No country: "the Netherlands and Sages Group" are two.)
  if (!((EntEnd(p) == j && PlaceEntryAt(p) && !brief_[EntEntry(p)].country) ||
        (j == p + 1 && EntEnd(p) == 0 && TownListed(p))))
    return 0;
  const uint32_t k = j + 1;
  uint32_t h = k, end = 0;
  while (h < n_ && h < k + 6 && NameWord(h) && !Breaks(h)) {
    if (HasHead(h)) {
      const EntityRecognizer::EntryBrief& hb = brief_[HeadEntry(h)];
      if (hb.legal || hb.club) return 0;
      if (hb.type == EntityType::kOrg) end = h + 1;
      ++h;
      continue;
    }
    if (end != 0) break;  // (a word after the heads ends the name)
    const uint32_t ee = EntEnd(h);
    if (ee > h) {
      // A place, or a body's acronym: "NHS".
      if (ee >= n_ ||
          !(PlaceEntryAt(h) || (ee == h + 1 && tok(h).has(kAllCaps) &&
                                brief_[EntEntry(h)].type == EntityType::kOrg)))
        return 0;
      h = ee;
      continue;
    }
    if (Has(h, kBGiven)) return 0;  // a person's name
    ++h;
  }
  // (Not a name known as a whole: "the Netherlands and European Union".)
  if (end <= k + 1 || EntEnd(k) == end) return 0;
  return end;
}

bool Run::PartyStateTag(uint32_t b) const {
  const Token& t = tok(b);
  const std::string_view w = Bytes(t.span);
  if (w.size() < 4 || w[1] != '-' ||
      (w[0] != 'D' && w[0] != 'R' && w[0] != 'I'))
    return false;
  if (w[2] < 'A' || w[2] > 'Z') return false;
  for (size_t k = 3; k < w.size(); ++k)
    if (!((w[k] >= 'a' && w[k] <= 'z') || (w[k] >= 'A' && w[k] <= 'Z')))
      return false;
  if (b == 0) return false;
  const std::string_view p = Bytes(tok(b - 1).span);
  return p == "(" || p == ",";
}

void Run::DropNoEntity() {
  // A credit rating's grade ("rated AAA by ...", "cut to BB from BBB"):
  // one word of a grade's shape, looked for among the one-word candidates
  // (few pass the shape's first byte), in a rating's sentence. A
  // lawmaker's party and state ("Sen. Ann Roe (D-Ill.)", ", R-Texas,").
  // (Looked for only where the one-word rules saw a short word of a
  // grade's first letters, GradeHint, or Mark a capital after a hyphen.)
  bool party = false;
  for (uint32_t k : s_.dash_upper) party |= PartyStateTag(k);
  const bool grades =
      party || (maybe_grade_ && !it_words_->rating_cues.empty());
  if (!any_no_entity_ && s_.no_entity.empty() && !grades) return;
  const bool spans = !s_.no_entity.empty();
  auto none = [&](const Candidate& c) {
    // (The word's table entry in its case class: the entry's case fits.)
    if (c.e == c.b + 1 &&
        (Marks(c.b).bits & EntityRecognizer::kNoEntityWord) != 0)
      return true;
    if (grades && c.e == c.b + 1 && !c.alias &&
        (RatingGrade(c.b) || PartyStateTag(c.b)))
      return true;
    if (spans)
      for (const auto& [b, e] : s_.no_entity)
        if (b <= c.b && c.e <= e) return true;
    return false;
  };
  // (The first pass only tests: most candidates stay where they are.)
  Candidate* const cands = s_.cands.data();
  const size_t count = s_.cands.size();
  size_t c = 0;
  while (c < count && !none(cands[c])) ++c;
  if (c == count) return;
  size_t kept = c;
  for (++c; c < count; ++c)
    if (!none(cands[c])) cands[kept++] = cands[c];
  s_.cands.Truncate(kept);
}

// Heading and all-caps lines: the names the body spells out, matched by
// their folded forms (a person also by the surname).
void Run::MatchHeadings() {
  if (!any_weak_) return;
  size_t count = s_.cands.size();
  // Linear time (hardening, issue 9): a heading word can only match a
  // candidate that starts with it, or a person whose surname it is, so the
  // candidates are indexed by those folded words instead of all being tried
  // for every heading word (quadratic: all-caps text is all headings). The
  // result is the same: best_e is the maximum over the matches.
  KeyIndex& by_first = s_.by_last;
  KeyIndex& by_surname = s_.by_initials;
  by_first.Clear();
  by_surname.Clear();
  for (size_t c = 0; c < count; ++c) {
    const Candidate& h = s_.cands[c];
    if (h.strength == 0 || Has(h.b, kBWeakLine)) continue;
    by_first.Add(NormKey(h.b), static_cast<uint32_t>(c));
    // (And a firm's last word when it is no head, or a club's nickname:
    // "Celtics" of "Boston Celtics", "Volvo" of "AB Volvo"; see below.)
    if ((h.type == EntityType::kPerson ||
         (h.type == EntityType::kOrg &&
          (HeadEntry(h.e - 1) == kNone ||
           brief_[HeadEntry(h.e - 1)].nickname) &&
          tok(h.e - 1).has(kCapitalized))) &&
        h.e - h.b >= 2) {
      by_surname.Add(NormKey(h.e - 1), static_cast<uint32_t>(c));
    }
  }
  by_first.Build();
  by_surname.Build();
  // The end of the words of h that heading token k and those after it on the
  // line spell ("NISSAN MOTOR" of "Nissan Motor Co Ltd").
  auto spelled = [&](const Candidate& h, uint32_t k, uint32_t line_e) {
    uint32_t m = k;
    while (m < line_e && m - k < h.e - h.b &&
           SameNorms(h.b + (m - k), h.b + (m - k) + 1, m))
      ++m;
    return m;
  };
  // The heading lines' tokens in order (a jump may pass a line's end).
  uint32_t k = 0;
  for (const auto& [line_b, line_e] : s_.weak)
    for (k = std::max(k, line_b); k < line_e; ++k) {
      if (const uint32_t e = EntEnd(k); e > 0) {
        // "NISSAN MOTOR", "PHILIPS ELECTRONICS" for the body's "Nissan Motor
        // Co Ltd", "Philips Electronics NV": a firm the lexicon knows by its
        // first word, spelled further in the heading as in the body. (Its
        // candidate, from FindRuns, takes the longer span.)
        // (So a town's name the body spells further as a club's or a
        // firm's: "MANCHESTER UNITED" for the body's "Manchester United";
        // the heading's name takes the body's type.)
        // (Also a country, a people or a name the lexicon knows before
        // another, when the heading spells the body's whole name but its
        // legal form: "CHINA LIGHT AND POWER" for "China Light and Power Co
        // Ltd", "AJAX AMSTERDAM", "BOSTON CELTICS", "ITALIAN GRAND PRIX" for
        // the body's event: a name the body spells only in part there is
        // more likely two, "CHINA TRADE", "PARIS NATO".)
        uint32_t longer = e;
        EntityType longer_type = EntityType::kOrg;
        const EntryBrief& kb = brief_[EntEntry(k)];
        if (e < line_e && Cap(e) && kb.type != EntityType::kPerson &&
            kb.type != EntityType::kEvent) {
          const bool whole = EntEnd(e) != 0 || kb.type == EntityType::kNorp ||
                             kb.type == EntityType::kFac ||
                             (kb.type == EntityType::kGpe && kb.country);
          for (KeyIndex::Range list = by_first.Find(NormKey(k)); !list.empty();
               list.Next()) {
            const Candidate& h = s_.cands[list.value()];
            // (A people's word opens a contest's name only: "EUROPEAN
            // INDOOR" over a body's "European Indoor" read as a firm.)
            if (h.strength == 0 ||
                (h.type != EntityType::kOrg &&
                 (h.type != EntityType::kEvent || !whole)) ||
                (kb.type == EntityType::kNorp &&
                 h.type != EntityType::kEvent) ||
                Has(h.b, kBWeakLine))
              continue;
            const uint32_t m = spelled(h, k, line_e);
            if (m <= longer) continue;
            if (whole) {
              // (And the body's words after the lexicon's name hold a head
              // or end in a legal form, or the name is a firm's or a club's
              // before another name, "AJAX AMSTERDAM": else the body's
              // name may be a misreading the heading should not copy,
              // "U.S. Soybeans".)
              const uint32_t spelled_end = h.b + (m - k);
              uint32_t rest = spelled_end;
              while (rest < h.e && LegalOrCo(rest)) ++rest;
              if (rest < h.e || m - k < 2) continue;
              bool evidence = rest > spelled_end ||
                              (EntEnd(e) != 0 && kb.type == EntityType::kOrg);
              for (uint32_t t = h.b + (e - k); t < spelled_end && !evidence;
                   ++t)
                evidence = HeadEntry(t) != kNone;
              // (After a country, a legal form or three words: "JAPAN
              // LINE" for "Japan Line Ltd", "U.K. INTERVENTION BOARD", not
              // "U.K. RETAIL" for the body's "U.K. Retail sales".)
              if (kb.type == EntityType::kGpe && kb.country &&
                  rest == spelled_end && m - k < 3)
                evidence = false;
              if (!evidence) continue;
            }
            longer = m;
            longer_type = h.type;
          }
        }
        if (longer > e) {
          for (size_t c = 0; c < count; ++c) {  // (rare: a linear search)
            Candidate& own = s_.cands[c];
            if (own.b == k && own.e == e) {
              own.e = longer;
              own.entry = kNone;
              own.type = longer_type;
              own.outlet = false;
              break;
            }
          }
        }
        k = longer - 1;
        continue;
      }
      if (!Cap(k)) continue;
      uint32_t best_e = 0;
      const uint64_t key = NormKey(k);
      // The word opens the heading or follows a mark ("SOCCER - SIEMENS"),
      // not a word of a longer name ("COMFED SAVINGS").
      // So after a place's 's: "BRAZIL'S VALEMAR RAISES TARGET".
      const bool opens =
          k == line_b || tok(k - 1).kind != TokenKind::kWord ||
          (k >= line_b + 2 && PossessiveS(k - 1) && EntEnd(k - 2) == k - 1 &&
           brief_[EntEntry(k - 2)].type == EntityType::kGpe);
      for (KeyIndex::Range list : {by_first.Find(key), by_surname.Find(key)})
        for (; !list.empty(); list.Next()) {
          const Candidate& h = s_.cands[list.value()];
          if (h.strength == 0 || Has(h.b, kBWeakLine)) continue;
          uint32_t len = h.e - h.b;
          if (k + len <= n_ && k + len > best_e &&
              Has(k + len - 1, kBWeakLine) && SameNorms(h.b, h.e, k)) {
            best_e = k + len;
          }
          if (h.type == EntityType::kPerson && len >= 2 && k + 1 > best_e &&
              SameNorms(h.e - 1, h.e, k)) {
            best_e = k + 1;
          }
          // "CELTICS BEAT KNICKS" for the body's "Boston Celtics", "VOLVO
          // CUTS OUTPUT" for "AB Volvo": the last word of a firm named by
          // cities or heads and that word (a club by its city, a firm by its
          // legal form), when no lexicon knows the word.
          // (Not after the word before it: "OHIO MATTRESS" spells more of
          // "Ohio Mattress Co" than its last word.)
          // (Or a club's plural nickname, a head the lexicon knows only
          // after its town: "HORNETS" for the body's "Charlotte Hornets".)
          if (h.type == EntityType::kOrg && len >= 2 && k + 1 > best_e &&
              (Unknown(k) || (HasHead(k) && brief_[HeadEntry(k)].nickname)) &&
              SameNorms(h.e - 1, h.e, k) &&
              !(k > line_b && SameNorms(h.e - 2, h.e - 1, k - 1))) {
            uint32_t t = h.b;
            while (t < h.e - 1) {
              const uint32_t ee = EntEnd(t);
              // (A city, not a country: "U.S. Banks" is no firm's name.)
              if (ee > t && ee < h.e &&
                  brief_[EntEntry(t)].type == EntityType::kGpe &&
                  !brief_[EntEntry(t)].country) {
                t = ee;
              } else if (HeadEntry(t) != kNone && tok(t).has(kAllCaps)) {
                ++t;  // a legal form: "AB", "PT" (not "Senate Budget")
              } else {
                break;
              }
            }
            if (t == h.e - 1) best_e = k + 1;
          }
          // "SIEMENS WINS ORDER" for the body's "Siemens AG": a firm named
          // by a first word no lexicon knows (no common word: "FIRST" for
          // "First Boston Corp") and heads or legal forms only, opening the
          // heading (Chain links the word to it: see prefix_length).
          // (A word known only inside a longer lexicon name counts as
          // unknown: "WARNER COMMUNICATIONS" for "Warner Communications Inc",
          // though "Time Warner" is an entry.)
          // (Or a known word when the heading spells two words of the name:
          // "GENERAL MOTORS CUTS JOBS" for "General Motors Corp".)
          if (h.type == EntityType::kOrg && len >= 2 && k + 1 > best_e &&
              HeadEntry(h.b) == kNone && SameNorms(h.b, h.b + 1, k) &&
              ((opens && (Unknown(k) || NoEntityWord(k))) ||
               spelled(h, k, line_e) >= k + 2)) {
            bool heads = true;
            for (uint32_t t = h.b + 1; t < h.e && heads; ++t)
              heads = HeadEntry(t) != kNone;
            // (Or any words ending in a legal form: "VESTAS" for "Vestas
            // Wind Systems A/S".)
            const uint32_t last = HeadEntry(h.e - 1);
            heads |= last != kNone && brief_[last].legal;
            if (heads) {  // "BCI HOLDINGS" for "BCI Holdings Corp"
              best_e = spelled(h, k, line_e);
            }
          }
        }
      if (best_e > k) {
        Add(k, best_e, EntityType::kOrg, 0);
        k = best_e - 1;
      } else if (tok(k).has(kAllCaps) && tok(k).span.size() <= 5 &&
                 Unknown(k)) {
        // "REEVES DEFENDS TAX RISE AS CBI WARNS": an acronym no lexicon
        // knows, kept only if it spells the initials of a name in the body
        // (Chain: "Confederation of British Industry").
        Add(k, k + 1, EntityType::kOrg, 0);
        s_.cands.back().initials_only = true;
      }
    }
  if (s_.cands.size() > count) {  // else they are still sorted
    StableSortByBegin();
  }
}

// "World Health Organization (WHO)": the acronym joins the name's chain.
void Run::FindAcronyms() {
  CandidateList& cands = s_.cands;
  // Usually in order already (FindRuns adds them left to right): then the
  // sort is skipped. Only strictly increasing starts make that the same
  // order std::sort would leave (it may swap equal ones). The runs' own
  // candidates always are (runs are apart, and a run's candidates follow
  // each other): only the ones added after them ("-based" places, names
  // on heading lines) need the test.
  // Otherwise a merge of its sorted runs is std::sort's order when no two
  // begin together; std::sort itself orders ties.
  if (cands.size() != run_candidates_ &&
      std::adjacent_find(cands.begin(), cands.end(),
                         [](const Candidate& a, const Candidate& b) {
                           return a.b >= b.b;
                         }) != cands.end()) {
    if (!SortByBegin(&cands, &s_.merging, /*no_ties=*/true)) {
      std::sort(
          cands.begin(), cands.end(),
          [](const Candidate& a, const Candidate& b) { return a.b < b.b; });
    }
  }
  // No name is followed by a bracket (most documents): no acronym to find.
  // (Candidates come from FindRuns' runs and, on heading lines, from the
  // lexicon alone: those are checked whenever the document has a heading.)
  if (!any_open_after_run_ && !any_weak_) return;
  size_t count = cands.size();
  // Acronyms the document defines that are common words' elsewhere
  // (not_name: "the Pensions Policy Institute (PPI)", not the price index):
  // their later mentions name the body too.
  uint32_t defined[4];
  size_t n_defined = 0;
  for (size_t c = 0; c < count; ++c) {
    const uint32_t e = cands[c].e;
    // One test, almost always false, instead of four unpredictable ones: a
    // name of two or more words (not a weak one) before an opening bracket
    // with two tokens after it. (e < n_ whenever e + 2 < n_; the clamp only
    // keeps the read inside the tokens when it is not.)
    const bool may = (cands[c].strength != 0) & (e + 2 < n_) &
                     ((tok(std::min(e, n_ - 1)).flags & kOpening) != 0);
    if (!may) continue;
    const Token& open = tok(e);
    const Token& acr = tok(e + 1);
    const Token& close = tok(e + 2);
    if (!open.has(kOpening) || !close.has(kClosing) ||
        acr.kind != TokenKind::kWord || !acr.has(kAllCaps)) {
      continue;
    }
    // "The British Phonographic Industry (BPI)", "the Campaign for Nuclear
    // Disarmament (CND)": the words whose initials spell the acronym name
    // one body, whatever pieces the runs made of them (a nationality, a
    // "person"). (Not a titled person's: "President Ann Reid (AR)".)
    const uint32_t s = ExpansionStart(e, e + 1);
    if (s != kNone &&
        (s < cands[c].b || cands[c].type == EntityType::kPerson) &&
        cands[c].tb == cands[c].te) {
      size_t first = c;
      while (first > 0 && cands[first - 1].b >= s) --first;
      if (first == 0 || cands[first - 1].e <= s) {
        // "Gross Domestic Product (GDP)": a concept's acronym (not_name)
        // names nothing, nor do the words it abbreviates.
        if (Has(e + 1, kBNotName)) {
          cands.Erase(first, c + 1);
          count -= c + 1 - first;
          c = first - 1;  // (the loop's ++c: the next candidate)
          continue;
        }
        Candidate& m = cands[c];
        m.type = EntityType::kOrg;
        m.b = s;
        m.entry = kNone;
        m.strength = 2;
        m.said_org = 0;
        if (first < c) {
          cands.Erase(first, c);
          count -= c - first;
          c = first;
        }
      }
    }
    // A person has no acronym: "Ann Reid (SNP)", "Tom Lusk (RSA)" name
    // the person's party, club or country.
    if (e - cands[c].b < 2 || cands[c].type == EntityType::kPerson) continue;
    bool found = false;
    for (size_t d = c + 1; d < count && cands[d].b <= e + 1; ++d) {
      if (cands[d].b == e + 1 && cands[d].e == e + 2) {
        // A known name of another type is no alias: a player's country
        // ("Andy Lusk (US)"), but for one whose letters, in order, open the
        // name's capitalized words, the first its first: "the National
        // Institute for Health and Care Excellence (NICE)" is no city.
        if (cands[d].entry != kNone &&
            brief_[cands[d].entry].type != cands[c].type &&
            !(cands[c].type == EntityType::kOrg &&
              SpellsLoosely(cands[c].b, e, e + 1))) {
          found = true;
          break;
        }
        cands[d].alias = true;
        cands[d].strength = 2;
        found = true;
      }
    }
    if (!found) {
      Candidate a = cands[c];
      a.b = e + 1;
      a.e = e + 2;
      a.entry = kNone;
      a.tb = a.te = 0;
      a.alias = true;
      a.strength = 2;
      cands.Push() = a;
      if (Has(e + 1, kBNotName) && n_defined < std::size(defined) &&
          cands[c].type == EntityType::kOrg && cands[c].tb == cands[c].te)
        defined[n_defined++] = e + 1;
    }
  }
  for (size_t d = 0; d < n_defined; ++d) {
    const uint32_t acr = defined[d];
    // (Candidates are in order up to count; the bracketed acronyms pushed
    // after them cover no later mention.)
    size_t c = 0;
    for (uint32_t k = acr + 1; k < n_; ++k) {
      if (ids_[k] != ids_[acr] || !tok(k).has(kAllCaps)) continue;
      while (c < count && cands[c].e <= k) ++c;
      if (c < count && cands[c].b <= k) continue;  // inside a name
      Candidate a;
      a.b = k;
      a.e = k + 1;
      a.type = EntityType::kOrg;
      a.strength = 2;
      cands.Push() = a;
    }
  }
  // (A stable sort of sorted candidates changes nothing.)
  if (cands.size() > count) StableSortByBegin();
}

bool Run::SpellsLoosely(uint32_t b, uint32_t e, uint32_t acr) const {
  const std::string_view a = ts_.norm(acr);
  if (a.size() < 3) return false;
  size_t i = 0;
  for (uint32_t t = b; t < e && i < a.size(); ++t) {
    if (!tok(t).has(kCapitalized)) continue;
    if (ts_.norm(t)[0] == a[i]) {
      ++i;
    } else if (i == 0) {
      return false;
    }
  }
  return i == a.size();
}

uint32_t Run::ExpansionStart(uint32_t e, uint32_t acr) const {
  const std::string_view a = Bytes(tok(acr).span);
  if (a.size() < 2 || a.size() > 7) return kNone;
  for (char ch : a) {
    if (ch < 'A' || ch > 'Z') return kNone;
  }
  size_t i = a.size();
  uint32_t k = e, s = kNone;
  while (i > 0 && k > 0) {
    --k;
    const Token& t = tok(k);
    if (t.kind != TokenKind::kWord) return kNone;
    const std::string_view w = Bytes(t.span);
    if (t.has(kCapitalized)) {
      // "Inter-Services Public Relations (ISPR)": a compound's parts after
      // a hyphen give their capitals too, when the acronym spells them
      // (else the word's first letter alone: "Coca-Cola Amatil (CCA)").
      size_t parts = 0;
      bool spelled = true;
      for (size_t x = w.size(); x-- > 1;) {
        if (w[x - 1] != '-' || w[x] < 'A' || w[x] > 'Z') continue;
        spelled &= parts < i - 1 && a[i - 1 - parts] == w[x];
        ++parts;
      }
      if (parts != 0 && spelled) i -= parts;
      if (w[0] != a[i - 1]) return kNone;
      --i;
      s = k;
    } else if (s == kNone || !Has(k, kBConnector)) {
      return kNone;  // (a name's lower-case connector: of, for, the, and)
    }
  }
  return i == 0 && e - s >= 2 ? s : kNone;
}

void Run::StableSortByBegin() {
  // (A stable merge: ties keep their order.)
  if (!SortByBegin(&s_.cands, &s_.merging, /*no_ties=*/false)) {
    std::stable_sort(
        s_.cands.begin(), s_.cands.end(),
        [](const Candidate& a, const Candidate& b) { return a.b < b.b; });
  }
}

bool Run::SameNorms(uint32_t b1, uint32_t e1, uint32_t b2) const {
  for (uint32_t k = 0; k < e1 - b1; ++k) {
    if (b2 + k >= n_ || !SameNorm(b1 + k, b2 + k)) return false;
  }
  return true;
}

template <int kPass>
void Run::Chain() {
  CandidateList& cands = s_.cands;
  auto initials_match = [&](const Candidate& h, uint32_t k) {
    // acronym token k vs the capitalized words of h ("World Health
    // Organization" -> WHO)
    std::string_view a = ts_.norm(k);
    return a.size() >= 2 && a == std::string_view(h.initials);
  };
  // "Kestrel" for "Kestrel Mining": an organization named by a word and
  // heads (or suffixes) only; "High Voltage" for "High Voltage Engineering
  // Corp": by two or three capitalized words before its heads, none a given
  // name ("Ana Ruiz Associates" is no "Ana Ruiz"). The number of words that
  // name it, 0 if none. (Asked of an ORG of two words or more.)
  auto prefix_length = [&](const Candidate& h) -> uint8_t {
    if (h.cut != 0 || HeadEntry(h.b) != kNone || !tok(h.b).has(kCapitalized)) {
      return 0;
    }
    // "Vestas" for "Vestas Wind Systems A/S": a first word no lexicon knows
    // names a firm whose name ends in a legal form.
    // (So a word the lexicon knows only inside a longer name: "Jardine" of
    // "Jardine Fleming" for "Jardine Matheson Holdings Ltd".)
    if (h.type == EntityType::kOrg && h.e - h.b >= 3 &&
        (Unknown(h.b) || NoEntityWord(h.b))) {
      const uint32_t last = HeadEntry(h.e - 1);
      if (last != kNone && brief_[last].legal) return 1;
    }
    uint32_t t = h.b + 1;
    while (t < h.e && t < h.b + 3 && HeadEntry(t) == kNone &&
           tok(t).has(kCapitalized) && tok(t).kind == TokenKind::kWord) {
      ++t;
    }
    if (t == h.e) return 0;  // no head after the words
    // "Lismore City Council", "Ketterby Borough Council": the words before
    // a place's head and "Council" name the place, not the council
    // ("Lismore has 40,000 people"); before other heads they may name the
    // firm ("First City" for "First City Bancorp").
    if (t + 2 == h.e && h.type == EntityType::kOrg && CouncilOfPlace(t, h.e))
      return 0;
    for (uint32_t k = t; k < h.e; ++k) {
      if (HeadEntry(k) != kNone) continue;
      if (!OfPlaceTail(k, t, h.e)) return 0;
      break;
    }
    // (A legal form or "Co" right after the words names the firm whatever
    // they are: "Bear Stearns Cos Inc", "Dean Witter Reynolds Inc".)
    if (t > h.b + 1) {
      bool given = false;
      for (uint32_t k = h.b; k < t; ++k) given |= (TableBits(k) & kBGiven) != 0;
      if (given && !LegalOrCo(t)) return 0;
    }
    return static_cast<uint8_t>(t - h.b);
  };
  auto links_to = [&](const Candidate& c, const Candidate& h)
      __attribute__((always_inline)) {
    if (&c == &h || h.strength == 0) return false;
    // "Mr Harrowgate" after a headline's "Harrowgate" typed a firm by
    // default: the person, whom LinkSaidToPersons gives that one.
    // (OneUnknownWord's unchecked default asks DefaultOrg here, as
    // ClassifyRules would have: "analyst at MeteoSwiss" is an ORG on
    // evidence, which "Dr. MeteoSwiss" links to.)
    if (h.said_org != 0 && c.te > c.tb && c.type == EntityType::kPerson &&
        (h.said_org != kDefaultOrgUnchecked || DefaultOrg(h.b)))
      return false;
    // A dateline's place is no club the body names after it ("TOULOUSE,
    // France - Toulouse came back to win").
    // (But a firm only for want of evidence is the dateline's town outside
    // sport: "Velmo said", "Velmo's water" after "VELMO, Texas".)
    if (c.type != h.type && c.strength != 0 && Has(h.b, kBDateline) &&
        !Has(c.b, kBDateline) &&
        !(c.type == EntityType::kOrg && c.said_org != 0 && c.entry == kNone &&
          !SportDocument()))
      return false;
    // Nor a name a heading spelled out before it: the dateline's town
    // names the town, not the heading's club or firm ("GLASGOW RANGERS
    // WIN", "HONG KONG TELECOM SETS UP VENTURE" over "GLASGOW 1996-08-14",
    // "HONG KONG 1996-10-02"), which keeps its own type.
    // Nor any other name of another type: the dateline names the town
    // ("PORTHCAWL, Wales" after "Royal Porthcawl", a golf club).
    if (c.type != h.type && Has(c.b, kBDateline) && !Has(h.b, kBDateline))
      return false;
    uint32_t cl = c.e - c.b, hl = h.e - h.b;
    if (c.initials_only) {
      return h.type == EntityType::kOrg && hl >= 2 && initials_match(h, c.b);
    }
    // "Kestrel", "BCI HOLDINGS" for "Kestrel Mining", "BCI Holdings Corp";
    // "Leeds" for the club "Leeds United", "Kansas City" for "Kansas City
    // Chiefs" (a town the lexicon knows, not a country; not after a place's
    // context word: "fans in Leeds").
    if (cl < hl && h.prefix_len != 0 && cl >= h.prefix_len &&
        SameNorms(c.b, c.e, h.b)) {
      if (c.entry == kNone || brief_[c.entry].type == h.type) return true;
      if (TownOfClub(c, h)) return true;
    }
    if (c.last_hash != h.last_hash) {
      return h.type == EntityType::kOrg && cl == 1 && hl >= 2 &&
             tok(c.b).has(kAllCaps) && initials_match(h, c.b);
    }
    // (Here c.last_hash == h.last_hash.)
    // A town the lexicon knows after a place's context word names the town,
    // not the club the same entry named before ("played for Parramatta ...
    // his home in Parramatta"; a heading's capitals, "FINANCIAL/SANTA
    // BARBARA", or an acronym may be a weaker guess the town corrects, but
    // in a sports story; "in Cardiff's defeat" names the club).
    if (cl == hl && c.type != h.type && h.type == EntityType::kOrg &&
        c.type == EntityType::kGpe && c.entry != kNone && c.b > 0 &&
        Has(c.b - 1, kBPlaceBefore) && !(c.e < n_ && PossessiveS(c.e)) &&
        ((h.entry == c.entry && !tok(h.b).has(kAllCaps)) || SportDocument()))
      return false;
    // A name a river also goes by (entity feature=1) names the firm or the
    // state where its own context did not make it the river: "the Amazon"
    // and "Amazon workers" are two ("the Mississippi rose ... the
    // Mississippi legislature"; a heading's capitals may be a weaker
    // guess the text corrects, "AMAZON OIL FIND").
    if (cl == hl && c.type != h.type && c.entry != kNone &&
        c.entry == h.entry && brief_[c.entry].feature &&
        !tok(h.b).has(kAllCaps) && !tok(c.b).has(kAllCaps))
      return false;
    if (cl == hl && SameNormsLastAlike(c.b, c.e, h.b, c.last_hash)) return true;
    if (cl >= hl) return false;
    // A body's head alone before a title is no short form of the body
    // the text named before: HeadBeforeTitle.
    if (cl == 1 && c.entry == kNone && h.type == EntityType::kOrg && c.e < n_ &&
        HeadBeforeTitle(c.b))
      return false;
    bool c_lexical = c.entry != kNone && c.type != h.type;
    // "Osaka" after "Naomi Osaka", "Jordan" after "Michael Jordan": a
    // one-word place named like a person the text named before, outside a
    // place's context ("in Osaka"), is that person.
    if (c_lexical &&
        !(cl == 1 && h.type == EntityType::kPerson &&
          (c.type == EntityType::kGpe || c.type == EntityType::kLoc) &&
          h.b < c.b && !(c.b > 0 && Has(c.b - 1, kBPlaceBefore))))
      return false;
    if (h.type == EntityType::kPerson || h.type == EntityType::kOrg ||
        h.type == EntityType::kFac || h.type == EntityType::kEvent) {
      // "Okafor", "the Post"
      if (SameNormsLastAlike(c.b, c.e, h.e - cl, c.last_hash)) return true;
    }
    if (h.type == EntityType::kOrg && cl == 1 && tok(c.b).has(kAllCaps) &&
        initials_match(h, c.b)) {
      return true;
    }
    return false;
  };
  // Linear time (hardening, issue 9): comparing every candidate with every
  // other one was quadratic in the document (seconds on a 4 MB text).
  // links_to(c, h) can only hold when h ends with c's words (the same name,
  // or c a suffix of it: then h's last word is c's), when c is an acronym of
  // h's initials or names h by its first word; the "(WHO)" rule needs the
  // same words. So candidates are indexed by those keys and each one looks
  // only at its buckets, in index order: the same first match as the full
  // scan. The last word alone keys the first kind (one entry per name, not
  // one per suffix): a name that shares only the last word is one more
  // candidate that links_to then rejects, as it rejects hash collisions.
  auto mix = [](uint64_t k, uint64_t v) {
    k ^= v + 0x9E3779B97F4A7C15ull + (k << 6) + (k >> 2);
    return k;
  };
  // The key of a whole name: its words' keys folded from the last.
  auto seq_key = [&](const Candidate& h) {
    uint64_t k = mix(0, h.last_hash);
    for (uint32_t t = h.e - 1; t > h.b;) k = mix(k, NormKey(--t));
    return mix(k, h.e - h.b);
  };
  KeyIndex& by_last = s_.by_last;
  KeyIndex& by_initials = s_.by_initials;
  KeyIndex& by_alias = s_.by_alias;
  KeyIndex& by_prefix = s_.by_prefix;
  // (by_last is filled by Insert as the loop below goes: no Build.)
  by_last.Start(cands.size());
  by_initials.Clear();
  by_alias.Clear();
  by_prefix.Clear();
  // The first words of the names in by_prefix, one bit per word key
  // (KeyBit): a one-word name whose bit is clear names none of them, so it
  // needs no look-up there (most do not, in a document with any such name).
  uint64_t prefix_words = 0;
  bool club_prefix = false;  // a club in by_prefix ("Boston Celtics")
  // (cands keeps its size here: its size read once, not divided out of
  // the vector's pointers per step.)
  const size_t count = cands.size();
  // Every candidate starts at a word, which MarkLines counted if all caps
  // (two letters or more), except a lexicon name on a heading line.
  const bool initials_wanted = any_all_caps_ || any_weak_;
  // The kept candidates that may link, in index order, for the link loop
  // below (written without a branch: the slot after the last is
  // overwritten). A weak one (in no index: it looks its last word up, and
  // may refer forward); a name with strength, which refers back only, when
  // an earlier name is in one of its buckets: not the first of its last
  // word, an alias before it (or itself one), an earlier name its first
  // word names, an earlier ORG's initials for one all-caps word. Most
  // names are none of these (the first mention of each name): the loop
  // would find nothing for them.
  std::vector<uint32_t>& linking = s_.linking;
  if (linking.size() < count + 1) linking.resize(count + 1);
  uint32_t* const visit = linking.data();
  size_t visits = 0;
  bool alias_seen = false;  // an alias kept so far
  // Drop overlaps: keep the earlier (runs never overlap; heading matches
  // may), in the same pass that indexes the kept ones.
  uint32_t last_end = 0;
  // The titles of works (FindRuns): a name spelled as one is that work
  // again, no entity ("Vera Drake" after "the film Vera Drake").
  // (One bit per last word's key, KeyBit: most names end in no work's
  // last word.)
  uint64_t work_words = 0;
  for (const Scratch::Work& w : s_.works) work_words |= KeyBit(w.last);
  for (uint32_t d = 0; d < count; ++d) {
    Candidate& h = cands[d];
    h.first = -1;  // for Emit
    h.keep = h.b >= last_end;
    if (!h.keep) continue;
    h.last_hash = NormKey(h.e - 1);
    if ((work_words & KeyBit(h.last_hash)) != 0 &&
        IsWorkTitle(h.b, h.e, h.last_hash)) {
      h.keep = false;
      continue;
    }
    last_end = h.e;
    visit[visits] = d;
    if (h.alias) {
      by_alias.Add(seq_key(h), d);
      alias_seen = true;
    }
    if (h.strength == 0) {  // never a link target
      ++visits;
      continue;
    }
    bool first;  // the first name of its last word
    h.last_node = by_last.Insert(h.last_hash, d, &first);
    // A name with strength refers back only (see the loop below): what it
    // may link to through an index is in that index already.
    bool links = !first | alias_seen;
    if (prefix_words != 0) {
      const uint64_t key = h.e - h.b == 1 ? h.last_hash : NormKey(h.b);
      links |= (prefix_words & KeyBit(key)) != 0;
    }
    if (by_initials.size() != 0)
      links |= (h.e - h.b == 1) & tok(h.b).has(kAllCaps);
    visits += links;
    // Only an ORG of two words or more has initials or is named by its
    // first word (links_to reads both, once, from link targets): one test.
    if (h.type != EntityType::kOrg || h.e - h.b < 2) {
      h.prefix_len = 0;
      continue;
    }
    // Its initials (for an all-caps mention: none without an all-caps
    // word).
    if (initials_wanted) {
      size_t pos = 0;
      for (uint32_t t = h.b; t < h.e && pos + 1 < sizeof(h.initials); ++t) {
        if (tok(t).has(kCapitalized) && tok(t).kind == TokenKind::kWord) {
          h.initials[pos++] = ts_.norm(t)[0];
        }
      }
      if (h.initials[0] != 0) by_initials.Add(InitialsKey(h.initials), d);
    }
    h.prefix_len = prefix_length(h);
    if (h.prefix_len != 0) {
      const uint64_t first = NormKey(h.b);
      by_prefix.Add(mix(mix(0, first), 1), d);
      prefix_words |= KeyBit(first);
      const uint32_t head = HeadEntry(h.b + h.prefix_len);
      club_prefix |= head != kNone && brief_[head].club;
    }
  }
  by_initials.Build();
  by_alias.Build();
  by_prefix.Build();
  const bool any_alias = by_alias.size() != 0;
  // A mention takes its head's type (and outlet) as it links: the head's
  // own, or the type its head gave it when it linked first (a head before
  // its mention has been through this loop).
  // A heading's name read by the body another way ("BARCELONA HELD BY
  // GETAFE" over "Barcelona were held to a 1-1 draw": the club, where the
  // heading knew only the town) takes the body's type, with the same
  // evidence or more.
  bool retyped = false;  // a head took a later mention's type (link)
  auto link = [&](Candidate& cand, uint32_t head) {
    Candidate& h = cands[head];
    // A town's mention its own context types against its club's chain
    // (OwnTownOrClub).
    if (cand.type != h.type && OwnTownOrClub(cand, h)) return;
    if (h.type != cand.type && cand.strength >= h.strength &&
        Has(h.b, kBWeakLine) && !Has(cand.b, kBWeakLine)) {
      h.type = cand.type;
      h.outlet = cand.outlet;
    }
    // A chain its first mention named a person by a guess ("Drink Or Die"
    // for want of evidence) is the body or the place a later mention's own
    // evidence names ("Drink Or Die (DOD)": the body an acronym
    // abbreviates), in every mention (the earlier ones after the loop
    // below). (Not a
    // lexicon's name either side: "Jordan" the country after "Michael
    // Jordan" is the person; nor a place read from its context: "Pollard,"
    // before a place is no town.)
    if (h.type == EntityType::kPerson && cand.strength > h.strength &&
        (cand.type == EntityType::kOrg || cand.type == EntityType::kFac) &&
        h.entry == kNone && cand.entry == kNone) {
      h.type = cand.type;
      h.outlet = cand.outlet;
      h.strength = cand.strength;
      retyped = true;
    }
    // So is a chain its first mention named a place only for a bare
    // preposition before it ("figures came from Tarvik", PlacePrepBefore)
    // when a later one is an ORG on its own evidence ("Tarvik said it").
    if (PlaceByDefault(h) && cand.type == EntityType::kOrg &&
        cand.strength >= h.strength && cand.said_org != kDefaultOrg &&
        cand.said_org != kDefaultOrgUnchecked) {
      h.type = cand.type;
      h.outlet = cand.outlet;
      retyped = true;
    }
    cand.head = head;
    cand.type = h.type;
    cand.outlet = h.outlet;
  };
  for (size_t v = 0; v < visits; ++v) {
    const size_t c = visit[v];
    Candidate& cand = cands[c];
    if (cand.alias) {
      // The expansion ends right before the "(".
      for (size_t d = c; d-- > 0;) {
        if (cands[d].keep && cands[d].e + 1 == cand.b) {
          link(cand, cands[d].head != kNone ? cands[d].head
                                            : static_cast<uint32_t>(d));
          break;
        }
      }
      if (cand.head != kNone) continue;
    }
    // A name whose last word no other name ends with (most names in a
    // document), and which no acronym or first-word index could match:
    // nothing to link.
    // (A name's first word may name a firm named by that word and heads:
    // "BCI HOLDINGS" for "BCI Holdings Corp". For one word, its key is the
    // last word's.)
    // (The first word's key only when some name is in by_prefix: most
    // documents have none, and a name's first word is a look-up or a hash.)
    const bool one_word = cand.e - cand.b == 1;
    uint64_t first_key = 0;
    bool prefix_hit = false;
    if (prefix_words != 0) {
      first_key = one_word ? cand.last_hash : NormKey(cand.b);
      prefix_hit = (prefix_words & KeyBit(first_key)) != 0;
    }
    // When no other index may hold this one's match, only an earlier name
    // ending with the same word can be its head: a candidate in by_last has
    // strength, so it refers back only (below). None when it is the first
    // name of its last word (most names in a document, and the first
    // mention of each repeated one).
    if (cand.last_node != kNone && !any_alias && !prefix_hit &&
        by_last.First(cand.last_node) &&
        (!one_word ||
         (by_initials.size() == 0 || !tok(cand.b).has(kAllCaps)))) {
      continue;
    }
    // Earlier mentions first; weak candidates (headings, bare heads) may
    // also refer forward to a name the body spells out.
    // (Only the candidates sharing a key can link: see `by_last` above.)
    // The non-empty ones of: candidates ending with the same word, and for
    // one word, those whose initials it spells and those it names by their
    // first word.
    KeyIndex::Range heads[3];
    int lists = 0;
    heads[lists] = cand.last_node != kNone ? by_last.List(cand.last_node)
                                           : by_last.Find(cand.last_hash);
    lists += !heads[lists].empty();
    // (An empty index is not asked: most documents have no name its
    // first word alone names, and few acronyms.)
    if (cand.e - cand.b == 1) {
      if (by_initials.size() != 0 && tok(cand.b).has(kAllCaps)) {
        // (A form of 8 bytes or more spells no initials: at most 7.)
        const std::string_view acronym = ts_.norm(cand.b);
        if (acronym.size() < sizeof(cand.initials)) {
          char spelled[sizeof(cand.initials)] = {};
          // (Byte by byte: a memcpy of a variable size is a call.)
          for (size_t k = 0; k < acronym.size(); ++k) spelled[k] = acronym[k];
          heads[lists] = by_initials.Find(InitialsKey(spelled));
          lists += !heads[lists].empty();
        }
      }
    }
    if (prefix_hit) {
      heads[lists] = by_prefix.Find(mix(mix(0, first_key), 1));
      lists += !heads[lists].empty();
    }
    // The lists merged lazily in index order (each is sorted by index): the
    // loop below usually stops at the first earlier mention, so copying
    // every candidate that shares the key would make repeated names
    // quadratic. Usually there is one list, read straight.
    uint32_t last = kNone;
    for (;;) {
      KeyIndex::Range* next = nullptr;
      if (lists == 1) {
        if (heads[0].empty()) break;
        next = &heads[0];
      } else {
        for (int l = 0; l < lists; ++l) {
          if (!heads[l].empty() &&
              (next == nullptr || heads[l].value() < next->value()))
            next = &heads[l];
        }
        if (next == nullptr) break;
      }
      const uint32_t d = next->value();
      next->Next();
      if (d == last) continue;  // in two lists
      last = d;
      const Candidate& h = cands[d];
      if ((d == c) | !h.keep | (h.head != kNone)) continue;  // one branch
      // (A bare head in the body refers back only: "Police in Leeds said"
      // names no force the text spells out later.)
      if (d > c && (cand.strength > 0 || cand.bare_head)) break;
      if (links_to(cand, cands[d])) {
        link(cand, d);
        break;
      }
    }
    if (cand.head == kNone && any_alias) {
      // An acronym seen earlier in parentheses: "(WHO)" ... "WHO".
      for (KeyIndex::Range a = by_alias.Find(seq_key(cand));
           !a.empty() && a.value() < c; a.Next()) {
        const size_t d = a.value();
        const Candidate& h = cands[d];
        if (h.keep && h.alias && h.head != kNone &&
            h.e - h.b == cand.e - cand.b && SameNorms(cand.b, cand.e, h.b)) {
          link(cand, h.head);
          break;
        }
      }
    }
  }
  // A town's mention linked to an earlier mention of the town itself (a
  // dateline's "BOSTON (AP)", "Boston fans") names the club named by the
  // town before it, if any ("Boston coach X" after "the Boston Celtics").
  if (__builtin_expect(club_prefix, 0)) {
    for (size_t c = 0; c < count; ++c) {
      Candidate& cand = cands[c];
      if (!cand.keep || cand.head == kNone || cand.entry == kNone ||
          cands[cand.head].entry != cand.entry ||
          cands[cand.head].type != EntityType::kGpe)
        continue;
      const uint64_t first =
          cand.e - cand.b == 1 ? cand.last_hash : NormKey(cand.b);
      if ((prefix_words & KeyBit(first)) == 0) continue;
      // (links_to's town-and-club test, not links_to itself: a third call
      // of links_to or link costs their inlining in the loop above.)
      const uint32_t cl = cand.e - cand.b;
      for (KeyIndex::Range r = by_prefix.Find(mix(mix(0, first), 1));
           !r.empty() && r.value() < c; r.Next()) {
        const Candidate& h = cands[r.value()];
        if (!h.keep || h.head != kNone || h.prefix_len == 0 ||
            h.prefix_len > cl || !SameNorms(cand.b, cand.e, h.b) ||
            !TownOfClub(cand, h))
          continue;
        cand.head = r.value();
        cand.type = h.type;
        cand.outlet = h.outlet;
        break;
      }
    }
  }
  if (retyped) {
    // The mentions linked before their head's type changed take it too.
    for (size_t c = 0; c < count; ++c) {
      Candidate& cand = cands[c];
      if (!cand.keep || cand.head == kNone) continue;
      const Candidate& h = cands[cand.head];
      if (h.type != cand.type &&
          ((h.strength > cand.strength && cand.type == EntityType::kPerson) ||
           (h.type == EntityType::kOrg && PlaceByDefault(cand)))) {
        cand.type = h.type;
        cand.outlet = h.outlet;
      }
    }
  }
  if (any_person_entry_) LinkEarlySurnames();
  if (any_said_org_ | any_default_org_) LinkSaidToPersons();
  if (any_inner_particle_) ParticlesBeforeSurnames();
}

// "Oberlin meets de la Calzada" after "Mario de la Calzada": a person's
// later mention takes in the lower-case particles right before it that its
// first mention has before the same words (de, da, van der, von ...).
// (SurnameParticlesBefore takes them in for a surname no lexicon names and
// from a short list; this follows the first mention, which also covers a
// known word, "de Albuquerque", and any particle the run took in, "de la".)
void Run::ParticlesBeforeSurnames() {
  CandidateList& cands = s_.cands;
  const size_t count = cands.size();
  for (size_t c = 0; c < count; ++c) {
    Candidate& cand = cands[c];
    if (cand.head == kNone || cand.type != EntityType::kPerson || !cand.keep ||
        cand.b == 0 || !Has(cand.b - 1, kBParticle))
      continue;
    const Candidate& h = cands[cand.head];
    const uint32_t len = cand.e - cand.b;
    if (h.e - h.b <= len + 1) continue;
    uint32_t hk = h.e - len;  // where the mention's words sit in the name
    if (!SameNorms(cand.b, cand.e, hk)) continue;
    uint32_t b = cand.b;
    // (The name keeps a word before its particles: "Mario de la Calzada".)
    while (hk > h.b + 1 && b > 0 && ts_.newlines_before[b] == 0 &&
           Has(b - 1, kBParticle) && Has(hk - 1, kBParticle) &&
           !tok(b - 1).has(kCapitalized) &&
           ts_.norm(b - 1) == ts_.norm(hk - 1)) {
      --b;
      --hk;
    }
    if (b == cand.b) continue;
    // (Not into a kept name before it; candidates are in text order.)
    bool free = true;
    for (size_t p = c; p-- > 0 && cands[p].e > b;) free &= !cands[p].keep;
    if (free) cand.b = b;
  }
}

// "Wenger signs new deal ... Arsene Wenger has signed": a person's surname
// the lexicon knows (strength 2, so it refers back only) before the
// person's full name links forward to the full name, as an unknown surname
// (strength 0) would, and so do the mentions that linked to it: one
// person, whose canonical name is the full one.
void Run::LinkEarlySurnames() {
  CandidateList& cands = s_.cands;
  const size_t count = cands.size();
  for (size_t c = 0; c < count; ++c) {
    Candidate& s = cands[c];
    if (!s.keep || s.head != kNone || s.e != s.b + 1 ||
        s.type != EntityType::kPerson || s.entry == kNone ||
        brief_[s.entry].type != EntityType::kPerson)
      continue;
    for (size_t d = c + 1; d < count; ++d) {
      Candidate& h = cands[d];
      if (!h.keep || h.head != kNone || h.type != EntityType::kPerson ||
          h.e - h.b < 2 || !SameNorms(s.b, s.e, h.e - 1))
        continue;
      const uint32_t full = static_cast<uint32_t>(d);
      for (size_t k = c + 1; k < count; ++k) {
        if (cands[k].head == c) cands[k].head = full;
      }
      s.head = full;
      break;
    }
  }
}

// An unknown one-word subject of "said" that Classify typed ORG ("Greggs
// said") is a person when the text names one with that word anywhere in a
// longer name: before or after it ("Blair said" in a heading over "Tony
// Blair"), after its first word ("Nogales" of "Javier Nogales Iturri"), or
// first after a title ("Rha" of "Trade Minister Rha Woong Bae"). Chain's
// last-word links reach only earlier names that end with it. The nearest such
// person before the mention, else the first after it, is its head. So for a
// word typed ORG for want of any evidence, by the person's last word (see
// below). (Only for documents with such a name.)
void Run::LinkSaidToPersons() {
  // (After Chain's loop: a name it linked, to an earlier mention or to a
  // firm "Salomon Brothers Inc" before "Salomon said", keeps that link.)
  CandidateList& cands = s_.cands;
  KeyIndex& words = s_.by_person_word;
  words.Clear();
  const uint32_t count = static_cast<uint32_t>(cands.size());
  for (uint32_t d = 0; any_said_org_ && d < count; ++d) {
    const Candidate& h = cands[d];
    // (One word only after a title: "Mr Harrowgate".)
    // (The type first: most candidates are no person.)
    if (h.type != EntityType::kPerson || !h.keep || h.strength == 0 ||
        (h.e - h.b < 2 && h.te <= h.tb))
      continue;
    // (A first word only after a title: a firm's name typed PERSON by
    // default, "Baker International", would take "Baker said".)
    for (uint32_t t = h.te > h.tb ? h.b : h.b + 1; t < h.e; ++t) {
      if (tok(t).has(kCapitalized)) words.Add(NormKey(t), d);
    }
  }
  words.Build();
  // The given names of the persons of two words, for a firm by default
  // that is one ("Arsene has signed" after "Arsene Wenger"; no
  // initial, no acronym). Only a person the text also names by the surname
  // alone ("Wenger said"): a brand or a title typed PERSON ("Sky One",
  // "Dead Man Walking") is not.
  KeyIndex& firsts = s_.by_person_first;
  firsts.Clear();
  for (uint32_t c = 0; any_default_org_ && c < count; ++c) {
    const Candidate& o = cands[c];
    // (The type first: most candidates are no person.)
    if (o.type != EntityType::kPerson || !o.keep) continue;
    // "Chang" after "Chang Chi-cheng", "Li" after "Li Ka-shing": a name
    // written family name first (a hyphenated given name with a lower-case
    // second part last) is named later by its first word.
    if (o.e == o.b + 2) {
      if (o.head == kNone && HyphenLowerSecond(o.b + 1))
        firsts.Add(NormKey(o.b), c);
      continue;
    }
    if (o.e != o.b + 1 || o.head == kNone || tok(o.b).has(kAllCaps)) continue;
    const Candidate& h = cands[o.head];
    if (h.type != EntityType::kPerson || h.e - h.b != 2 ||
        !SameNorms(o.b, o.e, h.e - 1))
      continue;
    const Token& t = tok(h.b);
    if (t.has(kCapitalized) && !t.has(kAllCaps) && t.span.size() > 2 &&
        t.kind == TokenKind::kWord)
      firsts.Add(NormKey(h.b), o.head);
  }
  firsts.Build();
  bool linked = false;
  for (uint32_t c = 0; c < count; ++c) {
    Candidate& cand = cands[c];
    // (said_org first: most candidates have none.)
    if (!cand.said_org || !cand.keep || cand.head != kNone) continue;
    uint32_t best = kNone;
    if (cand.said_org == kSaidOrg) {
      for (KeyIndex::Range r = words.Find(NormKey(cand.b)); !r.empty();
           r.Next()) {
        const uint32_t d = r.value();
        const Candidate& h = cands[d];
        bool same = false;
        for (uint32_t t = h.te > h.tb ? h.b : h.b + 1; t < h.e && !same; ++t) {
          same = SameNorms(cand.b, cand.e, t);
        }
        if (!same) continue;
        if (d < c || best == kNone) best = d;
        if (d > c) break;
      }
    } else {
      // A firm for want of evidence ("as Okoye double seals"): the person
      // whose last word it is ("Ghosn", "Okoye"; Chain's index of last
      // words), of two words or after a title. One named after it needs
      // evidence of its own, a given name or a title: "Fake DVDs" opening
      // a sentence is a person by default too.
      // (Its own list when it has one: no hash look-up.)
      for (KeyIndex::Range r = cand.last_node != kNone
                                   ? s_.by_last.List(cand.last_node)
                                   : s_.by_last.Find(cand.last_hash);
           !r.empty(); r.Next()) {
        const uint32_t d = r.value();
        const Candidate& h = cands[d];
        const bool titled = h.te > h.tb;
        if (d == c || !h.keep || h.type != EntityType::kPerson ||
            (h.e - h.b < 2 && !titled) || !SameNorms(cand.b, cand.e, h.e - 1))
          continue;
        if (d > c && !titled && !Has(h.b, kBGiven)) continue;
        if (d < c || best == kNone) best = h.head != kNone ? h.head : d;
        if (d > c) break;
      }

      // Else a one-word name that is the given name of a person named
      // before it: the nearest such.
      if (best == kNone && cand.e == cand.b + 1) {
        for (KeyIndex::Range r = firsts.Find(NormKey(cand.b)); !r.empty();
             r.Next()) {
          // (Not in order: the nearest before it.)
          const uint32_t d = r.value();
          if (d < c && (best == kNone || d > best) &&
              SameNorms(cand.b, cand.e, cands[d].b))
            best = d;
        }
      }
      if (best != kNone && cand.said_org == kDefaultOrgUnchecked &&
          !DefaultOrg(cand.b))
        best = kNone;
    }
    if (best != kNone) {
      cand.head = best;
      cand.type = EntityType::kPerson;
      linked = true;
    }
  }
  if (!linked) return;
  // The later mentions Chain linked to a name linked here follow it.
  for (uint32_t c = 0; c < count; ++c) {
    Candidate& cand = cands[c];
    if (!cand.keep || cand.head == kNone) continue;
    const Candidate& h = cands[cand.head];
    if (h.said_org && h.head != kNone && h.type == EntityType::kPerson) {
      cand.head = h.head;
      cand.type = EntityType::kPerson;
    }
  }
}

// Whether ClassifyRules' general rules would take the unknown word at b,
// which OneUnknownWord typed ORG, for a firm by default: no inner capital,
// no organization noun either side ("Brakka shares", "shares of Brakka"),
// no "its" or "it" ahead ("Brakka cut its forecast"), no organization as
// its appositive, no "which" after it (unless `which` is false: after a
// place's preposition, PlacePrepBefore).
bool Run::DefaultOrg(uint32_t b, bool which) const {
  const uint32_t e = b + 1;
  if (CamelCase(b) || (b > 0 && (MakeFact(b - 1).bits & kBOrgNoun) != 0))
    return false;
  if (e >= n_) return true;
  if ((MakeFact(e).bits & kBOrgNoun) != 0 || ItsAfter(e) || ItAfter(e))
    return false;
  return !(IsComma(e) && OrgAppositive(b, e)) && !(which && WhichAfter(e));
}

bool Run::PlainGapsLoop(uint32_t b, uint32_t e) const {
  // (Every gap tested, without a branch: names are a few tokens.)
  bool plain = true;
  for (uint32_t k = b + 1; k < e; ++k) plain &= PlainGap(k);
  return plain;
}

void Run::JoinTokens(uint32_t b, uint32_t e, std::string* out) const {
  out->clear();
  // At most the bytes it spans (gaps become one space): one allocation.
  out->reserve(tok(e - 1).span.end - tok(b).span.begin);
  for (uint32_t k = b; k < e; ++k) {
    if (k > b && tok(k).has(kSpaceBefore)) out->push_back(' ');
    out->append(Bytes(tok(k).span));
  }
}

void Run::SpanText(uint32_t b, uint32_t e, std::string* out) const {
  // The tokens joined by one space where the text has any: when every gap
  // is already that (one ' ', or none), the text itself, in one copy.
  if (PlainGaps(b, e)) {
    out->clear();
    out->append(text_.data() + tok(b).span.begin,
                tok(e - 1).span.end - tok(b).span.begin);
  } else {
    JoinTokens(b, e, out);
  }
}

void Run::Canonical(const Candidate& c, Entity* ent) const {
  if (c.entry != kNone && brief_[c.entry].has_canonical) {
    SetName(info_[c.entry].canonical, ent);
  } else if (PlainGaps(c.b, c.e)) {
    // (The whole tokens: a head cut short names itself in full.)
    SetName(Bytes({tok(c.b).span.begin, tok(c.e - 1).span.end}), ent);
  } else {
    JoinTokens(c.b, c.e, &ent->canonical);
  }
}

// An Entity's first fields, built in its place by emplace_back through the
// conversion (the result initializes the vector's slot directly: C++17's
// guaranteed elision, and the named result's). `emplace_back()` itself
// value-initializes: for Entity, whose default constructor is not
// user-provided, that zeroes all 96 bytes first (GCC: `rep stosq`, 12
// steps, before the strings' own initialization).
struct NewEntity {
  Span span;
  EntityType type;
  bool outlet;
  operator Entity() const {
    Entity ent;  // default-initialized: the member initializers only
    ent.span = span;
    ent.type = type;
    ent.outlet = outlet;
    return ent;
  }
};

template <int kPass>
void Run::Emit(std::vector<Entity>* out) {
  // The candidates through a local pointer (none is added here): through
  // the CandidateList, each cands[c] read the vector's data pointer again
  // after every store into an entity's strings, which may alias it.
  Candidate* const cands = s_.cands.data();
  const size_t count = s_.cands.size();
  // Each candidate's entity index (-1: dropped), written as the loop below
  // reaches it: a mention reads its head's only when the head is earlier
  // (written already), the forward loop after every one is.
  if (s_.index.size() < count) s_.index.resize(count);
  int32_t* const index = s_.index.data();
  const size_t base = out->size();
  // (Room for every candidate, not just the kept ones: counting those first
  // was a pass of its own over the candidates.)
  out->reserve(base + count);
  // This document's entities so far, through a local pointer (the room
  // reserved above is never outgrown: no reallocation moves them; through
  // *out, each read reloaded the vector's data pointer).
  const Entity* const emitted = out->data() + base;
  const bool trim_possessive = possessive_entry_;
  int32_t kept = 0;
  bool forward = false;  // a mention before its head (see below)
  for (size_t c = 0; c < count; ++c) {
    // Chain's last step, here in the same pass: a weak candidate nobody's
    // mention is dropped (only kept candidates have heads). (Chain gave
    // each mention its head's type.)
    Candidate& cand = cands[c];
    const bool chained = cand.head != kNone;
    const bool keep = cand.keep & (chained | (cand.strength != 0));
    cand.keep = keep;
    index[c] = keep ? kept : -1;
    if (!keep) continue;
    // "Sir Trevor McDonald's programme": a person's name that took in a
    // brand the lexicon writes with its 's ("McDonald's") ends before it.
    uint32_t last = cand.e - 1;
    if (__builtin_expect(trim_possessive, 0) &&
        cand.type == EntityType::kPerson && last > cand.b && PossessiveS(last))
      --last;
    // "World War I.", "told the Sun." ending a sentence: the stop is the
    // sentence's, no initial's or day's abbreviation's. (Here, not in Add:
    // there it grew the rules' hot path.)
    uint32_t cut = cand.cut;
    if (cut == 0 && text_[tok(last).span.end - 1] == '.' &&
        last + 1 == cand.e && (cand.e >= n_ || Breaks(cand.e)) &&
        SentenceStopInName(cand.b, cand.e))
      cut = 1;
    Entity& ent = out->emplace_back(
        NewEntity{{tok(cand.b).span.begin, tok(last).span.end - cut},
                  cand.type,
                  cand.outlet});
    if (cand.te > cand.tb) SpanText(cand.tb, cand.te, &ent.title);
    // mention_of is the chain's first mention in text order (a heading may
    // name someone before the body's full name, the chain's head): the
    // first mention of a chain sets its head's `first`, the later ones
    // point to it.
    int32_t& first = cands[chained ? cand.head : c].first;
    if (first < 0) {
      first = kept;
    } else {
      ent.mention_of = first;
    }
    ++kept;
    if (!chained) {
      // Its own name: the entry's canonical, else its text, left empty
      // (Entity::canonical's contract) when the text is the span's own
      // bytes: one token (also one cut short: "Mersin" of "Mersin-based"),
      // or words one space apart.
      if (cand.cut == 0 && cand.entry != kNone &&
          brief_[cand.entry].has_canonical) {
        SetName(info_[cand.entry].canonical, &ent);
      } else if (cand.e - cand.b != 1 && !PlainGaps(cand.b, cand.e)) {
        JoinTokens(cand.b, cand.e, &ent.canonical);
      }
    } else if (cand.head < c) {
      // A later mention takes its head's canonical name (the head is
      // already out, being earlier, when it was emitted as itself: kept,
      // not chained, not cut), left empty when it is the mention's text.
      const Candidate& head = cands[cand.head];
      if (index[cand.head] >= 0 && head.head == kNone && head.cut == 0) {
        // (CanonicalName without its bounds test: the head's span is one
        // of this text's.)
        const Entity& named = emitted[index[cand.head]];
        SetName(named.canonical.empty() ? Bytes(named.span)
                                        : std::string_view(named.canonical),
                &ent);
      } else {
        Canonical(head, &ent);
      }
    } else {
      forward = true;
    }
  }
  if (!forward) return;
  // Mentions before their heads (a heading's weak candidate), once every
  // head's own name is out.
  for (size_t c = 0; c < count; ++c) {
    const Candidate& cand = cands[c];
    if (!cand.keep || cand.head == kNone || cand.head < c) continue;
    const Candidate& head = cands[cand.head];
    Entity* ent = &(*out)[base + index[c]];
    if (index[cand.head] >= 0 && head.head == kNone && head.cut == 0) {
      SetName(CanonicalName((*out)[base + index[cand.head]], text_), ent);
    } else {
      Canonical(head, ent);
    }
  }
}

// Tagging's buffers, per thread (only a tagger's documents use them).
struct TaggingScratch {
  std::vector<Candidate> saved;  // the rules' candidates before Chain
  std::vector<Entity> rules;     // the rules' entities
  std::vector<TaggerToken> facts;
  std::vector<TaggerSpan> spans;
};
thread_local TaggingScratch tagging;

void Run::Tagged(const NameTagger& tagger, std::vector<Entity>* out) {
  std::vector<Candidate>& saved = tagging.saved;
  std::vector<Entity>& rules = tagging.rules;
  std::vector<TaggerToken>& facts = tagging.facts;
  std::vector<TaggerSpan>& spans = tagging.spans;
  saved.assign(s_.cands.begin(), s_.cands.end());
  rules.clear();
  Chain<1>();
  Emit<1>(&rules);
  facts.assign(n_, TaggerToken{});
  for (uint32_t i = 0; i < n_; ++i) {
    TaggerToken& f = facts[i];
    const EntityRecognizer::WordMarks& m = Marks(i);
    f.bits = Bits(i) & EntityRecognizer::kTokenBits;
    f.title = static_cast<uint8_t>(m.bits >> EntityRecognizer::kTitleShift);
    if (m.entity != kNone)
      f.gazetteer =
          static_cast<uint8_t>(1 + static_cast<int>(brief_[m.entity].type));
    const uint32_t head = HeadEntry(i);
    if (head != kNone)
      f.head = static_cast<uint8_t>(1 + static_cast<int>(info_[head].type));
    f.known = !Unknown(i);
  }
  // The rules' labels: a token starting inside an entity is in it.
  uint32_t t = 0;
  for (const Entity& e : rules) {
    while (t < n_ && tok(t).span.begin < e.span.begin) ++t;
    for (uint32_t k = t; k < n_ && tok(k).span.begin < e.span.end; ++k) {
      facts[k].rule =
          k == t ? NameTagger::Begin(e.type) : NameTagger::Inside(e.type);
    }
  }
  if (tagger.recording()) {
    tagger.Record(ts_, facts);
    for (Entity& e : rules) out->push_back(std::move(e));
    return;
  }
  tagger.Tag(ts_, facts, &spans);
  // The tagger's spans as candidates: a rule candidate of the same tokens
  // keeps what the rules knew of it (title, lexicon entry, cut), with the
  // tagger's type; any other span is a new strong candidate.
  std::sort(saved.begin(), saved.end(),
            [](const Candidate& a, const Candidate& b) {
              return a.b != b.b ? a.b < b.b : a.e < b.e;
            });
  s_.cands.clear();
  size_t k = 0;
  for (const TaggerSpan& sp : spans) {
    while (k < saved.size() &&
           (saved[k].b < sp.b || (saved[k].b == sp.b && saved[k].e < sp.e)))
      ++k;
    if (k < saved.size() && saved[k].b == sp.b && saved[k].e == sp.e) {
      Candidate& c = s_.cands.Push();
      c = saved[k];
      if (c.type != sp.type) {
        c.type = sp.type;
        if (c.entry != kNone && brief_[c.entry].type != sp.type)
          c.entry = kNone;
        c.outlet = c.outlet && sp.type == EntityType::kOrg;
        c.said_org = 0;
      }
      if (c.strength == 0) c.strength = 1;
      c.head = kNone;
      c.keep = false;
      c.prefix_len = 0;
      c.last_hash = 0;
      c.last_node = kNone;
      std::memset(c.initials, 0, sizeof(c.initials));
    } else {
      Add(sp.b, sp.e, sp.type, 2);
    }
  }
  Chain<1>();
  Emit<1>(out);
}

}  // namespace

absl::StatusOr<EntityRecognizer> EntityRecognizer::Create(
    const PhraseLexicon& lexicon, const Tokenizer& tokenizer) {
  EntityRecognizer r;
  const std::vector<CompiledEntry>& entries = lexicon.entries();
  const std::vector<std::string>& types = lexicon.type_names();
  r.info_.resize(entries.size());
  TokenStream ts;
  for (size_t i = 0; i < entries.size(); ++i) {
    const CompiledEntry& ce = entries[i];
    std::string_view type = types[ce.type];
    EntryInfo& inf = r.info_[i];
    bool cased = false;
    if (type == "entity") {
      inf.role = Role::kEntity;
      if (!ParseType(ce.attr("type"), &inf.type)) {
        return absl::InvalidArgumentError(absl::StrCat(
            ce.origin,
            ": entity needs type=PERSON|ORG|GPE|LOC|NORP|FAC|EVENT, got '",
            Av(ce.attr("type")), "'"));
      }
      inf.outlet = ce.attr("outlet") == "1" || ce.attr("outlet") == "true";
      inf.canonical = std::string(ce.attr("canonical"));
      // An entry without canonical= names itself as written: a mention in
      // another case ("BRUSSELS" in a dateline, "Bank Of England" in a
      // title-case heading) takes the lexicon's form.
      if (inf.canonical.empty()) inf.canonical = ce.phrase;
      inf.country = !ce.attr("region").empty() || ce.attr("country") == "1";
      inf.club = ce.attr("club") == "1";
      inf.party = ce.attr("party") == "1";
      inf.apart = ce.attr("apart") == "1";
      inf.person = ce.attr("person") == "1";
      inf.branches = ce.attr("branches") == "1";
      inf.feature = ce.attr("feature") == "1";
      // case=mixed: a one-word name not in capitals, a common noun on an
      // all-caps heading ("Parliament voted"; "GERMAN PARLIAMENT PASSES").
      inf.not_upper = ce.attr("case") == "mixed";
      if (ce.length <= 3) {
        tokenizer.Tokenize(ce.phrase, TokenizerConfig{}, &ts);
        std::string key, plain;
        for (size_t k = 0; k < ts.size(); ++k) {
          if (k != 0) key += ' ';
          key += ts.norm(k);
        }
        r.it_words_.compound_names[std::string(PlainForm(key, &plain))] =
            static_cast<uint32_t>(i);
      }
      if (ce.length == 1 && (inf.type == EntityType::kNorp ||
                             (inf.type == EntityType::kGpe && inf.country)))
        r.it_words_.nation_words.push_back(
            absl::AsciiStrToLower(Av(ce.phrase)));
      cased = true;
    } else if (type == "no_entity") {
      inf.role = Role::kNoEntity;
      cased = true;
    } else if (type == "entity_title") {
      std::string_view kind = ce.attr("kind", "head");
      if (kind == "honorific") {
        inf.role = Role::kTitleHonorific;
      } else if (kind == "head") {
        inf.role = Role::kTitleHead;
        inf.lower_only = ce.attr("case") == "exact";
      } else if (kind == "mod") {
        inf.role = Role::kTitleMod;
      } else {
        return absl::InvalidArgumentError(absl::StrCat(
            ce.origin, ": entity_title needs kind=honorific|head|mod, got '",
            Av(kind), "'"));
      }
      cased = true;
    } else if (type == "entity_head") {
      inf.role = Role::kHead;
      if (!ParseType(ce.attr("type"), &inf.type)) {
        return absl::InvalidArgumentError(absl::StrCat(
            ce.origin,
            ": entity_head needs type=ORG|GPE|LOC|FAC|EVENT|..., got '",
            Av(ce.attr("type")), "'"));
      }
      inf.outlet = ce.attr("outlet") == "1" || ce.attr("outlet") == "true";
      inf.contest = ce.attr("contest") == "1";
      inf.nickname = ce.attr("nickname") == "1";
      inf.legal = ce.attr("legal") == "1";
      inf.party = ce.attr("party") == "1";
      inf.club = ce.attr("club") == "1" || inf.nickname;
      inf.surname = ce.attr("surname") == "1";
      inf.paper = ce.attr("paper") == "1";
      inf.venue = ce.attr("venue") == "1";
      cased = true;
    } else if (type == "given_name") {
      inf.role = Role::kGivenName;
    } else if (type == "name_connector") {
      inf.role = Role::kConnector;
      // case=exact: lower case only ("e" joins "Cassa Depositi e Prestiti";
      // the initial "E" of "E Miller" is none).
      inf.lower_only = ce.attr("case") == "exact";
    } else if (type == "name_particle") {
      inf.role = Role::kParticle;
      inf.lower_only = ce.attr("case") == "exact";
    } else if (type == "heading_minor") {
      inf.role = Role::kMinor;
    } else if (type == "not_name") {
      inf.role = Role::kNotName;
      // case=exact: only as written ("AI", not the "Ai" of "Ai Sugiyama").
      cased = ce.attr("case") == "exact";
      // ends=1 (post-nominal honours: "MBE") ends a name as a date word does.
      if (ce.attr("date") == "1" || ce.attr("ends") == "1") {
        inf.extra |= kBDateWord;
      }
      if (ce.attr("modifier") == "1") inf.extra |= kBModifier;
      if (ce.attr("noun") == "1") inf.extra |= kBNoun;
    } else if (type == "entity_word") {
      uint64_t bits = 0;
      if (!WordBits(ce.attr("in"), &bits)) {
        return absl::InvalidArgumentError(absl::StrCat(
            ce.origin,
            ": entity_word needs in=article|site_after|place_after|loc_after|"
            "said_verb|said_person|party_possessive|brand_verb|"
            "elliptic_before|reports_next|it_adverb|it_verb|hyphen_suffix|"
            "hyphen_prefix|road_word|irregular_plural|compass|road_after|"
            "resident_after|premises_after|home_before|premises_before|"
            "person_of|member_before|price_verb|index_after|club_verb|"
            "person_noun|portfolio_title|portfolio_of|portfolio_word|"
            "product_after|site_modifier|place_suffix|org_adjective|state_body|"
            "goal_noun|headline_break|person_possession|rating_cue|"
            "date_before|paper_cue|auxiliary|told_on|listed_at|place_noun|"
            "place_noun_next|legislator|venue_word|place_prep|place_opener|"
            "site_opener|land_opener|branch_word|ship_prefix|eponym_noun|"
            "town|person_in|the_place_prep|club_before|foreign_connector|"
            "vote_word|river_cue, "
            "got '",
            Av(ce.attr("in")), "'"));
      }
      if ((bits & ~kWPartLists) != 0 && ce.length != 1) {
        return absl::InvalidArgumentError(absl::StrCat(
            ce.origin, ": entity_word '", Av(ce.phrase),
            "' must be one word (or only in=hyphen_suffix|hyphen_prefix)"));
      }
      const std::string part = absl::AsciiStrToLower(Av(ce.phrase));
      if (bits & kWHyphenSuffix) r.it_words_.hyphen_suffixes.push_back(part);
      if (bits & kWHyphenPrefix) r.it_words_.hyphen_prefixes.push_back(part);
      if (bits & kWPlaceSuffix) r.it_words_.place_suffixes.push_back(part);
    } else if (type == "entity_context") {
      std::string_view role = ce.attr("role");
      if (role == "person_after") {
        inf.role = Role::kPersonAfter;
      } else if (role == "place_before") {
        inf.role = Role::kPlaceBefore;
      } else if (role == "org_before") {
        inf.role = Role::kOrgBefore;
      } else if (role == "org_noun") {
        inf.role = Role::kOrgNoun;
      } else if (role == "team_verb") {
        inf.role = Role::kTeamVerb;
      } else if (role == "score_word") {
        inf.role = Role::kScoreWord;
      } else if (role == "work_before") {
        inf.role = Role::kWorkBefore;
      } else if (role == "team_title") {
        inf.role = Role::kTeamTitle;
      } else {
        return absl::InvalidArgumentError(
            absl::StrCat(ce.origin,
                         ": entity_context needs "
                         "role=person_after|place_before|org_before|org_noun|"
                         "team_verb|score_word|work_before|team_title, "
                         "got '",
                         Av(role), "'"));
      }
    }
    if (cased) {
      // Case constraints from the phrase as written: "UN" needs capitals,
      // "Nairobi" a capital letter, "euro zone" nothing.
      tokenizer.Tokenize(ce.phrase, TokenizerConfig{}, &ts);
      for (size_t k = 0; k < ts.size() && k < 32; ++k) {
        const Token& t = ts.tokens[k];
        if (t.kind != TokenKind::kWord) continue;
        if (t.has(kCapitalized)) inf.cap_mask |= 1u << k;
        if (t.has(kAllCaps)) inf.upper_mask |= 1u << k;
      }
    }
  }
  r.roles_.resize(r.info_.size());
  r.brief_.resize(r.info_.size());
  for (size_t i = 0; i < r.info_.size(); ++i) {
    const EntryInfo& e = r.info_[i];
    r.roles_[i] = e.role != Role::kNone;
    r.brief_[i] = {e.type,  e.outlet,  e.country,  !e.canonical.empty(),
                   e.party, e.contest, e.nickname, e.legal,
                   e.club,  e.surname, e.paper,    e.apart,
                   e.venue, e.person,  e.branches, e.feature};
  }
  // What Run::Mark's match loop does with one-word matches, per word and
  // case class, in match order (the first entity or title that fits the
  // case wins, the last head): Mark then reads one table entry per token.
  struct Marks {
    uint32_t bits = 0;
    uint32_t entity = kNone;
    uint32_t head = kNone;
    uint8_t title = 0;  // 0 none, 1 head title, 2 honorific
  };
  const uint32_t vocab = static_cast<uint32_t>(lexicon.vocabulary_size());
  r.marks_stride_ = vocab + 1;  // first: kNoWord
  r.it_words_.cues.assign(size_t{vocab} + 1, 0);
  // The words of other entries' phrases of two or more words: a word of
  // an entity_word entry that is in none and has no other one-word entry
  // is kWCueOnly.
  std::vector<bool> in_phrase(vocab, false);
  if (lexicon.type_id("entity_word") != kNoWord) {
    const uint32_t cue_type = lexicon.type_id("entity_word");
    for (const CompiledEntry& ce : entries) {
      if (ce.type == cue_type || ce.length < 2) continue;
      tokenizer.Tokenize(ce.phrase, TokenizerConfig{}, &ts,
                         &lexicon.word_index());
      for (size_t k = 0; k < ts.size(); ++k)
        if (ts.word_ids[k] < vocab) in_phrase[ts.word_ids[k]] = true;
    }
  }
  for (std::vector<std::string>* parts :
       {&r.it_words_.hyphen_suffixes, &r.it_words_.hyphen_prefixes,
        &r.it_words_.nation_words, &r.it_words_.place_suffixes}) {
    std::sort(parts->begin(), parts->end());
    parts->erase(std::unique(parts->begin(), parts->end()), parts->end());
  }
  r.word_marks_.assign(4 * size_t{r.marks_stride_}, WordMarks{});
  r.word_heads_.assign(4 * size_t{r.marks_stride_}, kNone);
  for (uint32_t w = 0; w < vocab; ++w) {
    Marks marks[4];
    bool any = false;
    bool cue_only = false, other = false;
    // The word lists by id (ItWords): w once in each, in increasing order
    // (w's entries may name it twice).
    auto list_word = [w](std::vector<uint32_t>* list) {
      if (list->empty() || list->back() != w) list->push_back(w);
    };
    for (uint32_t entry : lexicon.SingleEntries(w)) {
      const EntryInfo& e = r.info_[entry];
      if (e.role == Role::kNone) {
        const CompiledEntry& ce = entries[entry];
        if (types[ce.type] == "entity_word") {
          uint64_t bits = 0;
          WordBits(ce.attr("in"), &bits);
          r.it_words_.cues[w + 1] |= static_cast<uint32_t>(bits & ~kWPartLists);
          if ((bits & kWOrgAdjective) != 0)
            list_word(&r.it_words_.org_adjectives);
          if ((bits & kWStateBody) != 0) list_word(&r.it_words_.state_bodies);
          if ((bits & kWGoalNoun) != 0) list_word(&r.it_words_.goal_nouns);
          if ((bits & kWHeadlineBreak) != 0)
            list_word(&r.it_words_.headline_breaks);
          if ((bits & kWPersonPossession) != 0)
            list_word(&r.it_words_.person_possessions);
          if ((bits & kWRatingCue) != 0) list_word(&r.it_words_.rating_cues);
          if ((bits & kWDateBefore) != 0) list_word(&r.it_words_.date_befores);
          if ((bits & kWPaperCue) != 0) list_word(&r.it_words_.paper_cues);
          if ((bits & kWAuxiliary) != 0) list_word(&r.it_words_.auxiliaries);
          if ((bits & kWToldOn) != 0) list_word(&r.it_words_.told_ons);
          if ((bits & kWListedAt) != 0) list_word(&r.it_words_.listed_ats);
          if ((bits & kWLegislator) != 0) list_word(&r.it_words_.legislators);
          if ((bits & kWVenueWord) != 0) list_word(&r.it_words_.venue_words);
          if ((bits & kWPlacePrep) != 0) list_word(&r.it_words_.place_preps);
          if ((bits & kWTown) != 0) {
            std::vector<uint64_t>& town_bits = r.it_words_.town_bits;
            if (town_bits.size() <= w / 64) town_bits.resize(w / 64 + 1, 0);
            town_bits[w / 64] |= uint64_t{1} << (w % 64);
          }
          if ((bits & (kWPlaceOpener | kWSiteOpener | kWLandOpener)) != 0 &&
              (r.it_words_.openers.empty() ||
               r.it_words_.openers.back() != w)) {
            r.it_words_.openers.push_back(w);
            r.it_words_.opener_types.push_back(
                (bits & kWSiteOpener) != 0   ? EntityType::kFac
                : (bits & kWLandOpener) != 0 ? EntityType::kLoc
                                             : EntityType::kGpe);
          }
          if ((bits & kWBranchWord) != 0) list_word(&r.it_words_.branch_words);
          if ((bits & kWShipPrefix) != 0) list_word(&r.it_words_.ship_prefixes);
          if ((bits & kWEponymNoun) != 0) list_word(&r.it_words_.eponym_nouns);
          if ((bits & kWPersonIn) != 0) list_word(&r.it_words_.person_in_words);
          if ((bits & kWThePlacePrep) != 0)
            list_word(&r.it_words_.the_place_preps);
          if ((bits & kWClubBefore) != 0) list_word(&r.it_words_.club_befores);
          if ((bits & kWForeignConnector) != 0)
            list_word(&r.it_words_.foreign_connectors);
          if ((bits & kWVoteWord) != 0) list_word(&r.it_words_.vote_words);
          if ((bits & kWRiverCue) != 0) {
            list_word(&r.it_words_.river_cues);
            r.it_words_.river_bloom[(w >> 6) & 3] |= uint64_t{1} << (w & 63);
          }
          if ((bits & kWPlaceNoun) != 0) list_word(&r.it_words_.place_nouns);
          if ((bits & kWPlaceNounNext) != 0)
            list_word(&r.it_words_.place_noun_nexts);
          if ((bits & kWPortfolioOf) != 0) {
            std::array<uint32_t, 2>& of = r.it_words_.portfolio_of;
            if (of[0] == kNoWord) {
              of[0] = w;
            } else if (of[1] == kNoWord && of[0] != w) {
              of[1] = w;
            }
          }
          cue_only = true;
          continue;
        }
        other = true;
        if (types[ce.type] == "source_noun" && ce.attr("kind") == "anonymous" &&
            !ce.phrase.empty() && ce.phrase.back() == 's')
          list_word(&r.it_words_.plural_sources);
        if (types[ce.type] == "q_cur") list_word(&r.it_words_.currencies);
        if (types[ce.type] == "q_label") list_word(&r.it_words_.labels);
        continue;
      }
      any = true;
      if (e.role == Role::kTitleMod && entries[entry].attr("adjective") == "1")
        list_word(&r.it_words_.title_adjectives);
      if (e.role == Role::kTeamTitle && entries[entry].attr("office") == "1")
        list_word(&r.it_words_.office_team_titles);
      for (uint32_t c = 0; c < 4; ++c) {
        const bool cap = (c & kCapitalized) != 0;
        const bool case_ok = (!(e.cap_mask & 1) || cap) &&
                             (!(e.upper_mask & 1) || (c & kAllCaps) != 0);
        Marks& m = marks[c];
        switch (e.role) {
          case Role::kEntity:
            if (m.entity == kNone && case_ok &&
                !(e.not_upper && (c & kAllCaps) != 0))
              m.entity = entry;
            break;
          case Role::kTitleHonorific:
          case Role::kTitleHead:
            if (m.title == 0 && case_ok && !(e.lower_only && cap))
              m.title = e.role == Role::kTitleHonorific ? 2 : 1;
            break;
          case Role::kHead:
            if (case_ok) m.head = entry;
            break;
          case Role::kOrgNoun:
            if (!cap) m.bits |= kBOrgNoun;
            break;
          case Role::kNotName:  // (case=exact: the case as written)
            if (case_ok) m.bits |= EntryBits(e);
            break;
          case Role::kNoEntity:
            if (case_ok) m.bits |= kNoEntityWord;
            break;
          case Role::kConnector:
          case Role::kParticle:
            if (!(e.lower_only && cap)) m.bits |= EntryBits(e);
            break;
          default:
            m.bits |= EntryBits(e);
            break;
        }
      }
    }
    if (cue_only && !other && !any && !in_phrase[w])
      r.it_words_.cues[w + 1] |= kWCueOnly;
    if (!any) continue;
    for (uint32_t c = 0; c < 4; ++c) {
      const size_t at = c * size_t{r.marks_stride_} + w + 1;
      WordMarks& out = r.word_marks_[at];
      out.bits = marks[c].bits | (uint32_t{marks[c].title} << kTitleShift);
      out.entity = marks[c].entity;
      if (marks[c].head != kNone) {
        out.bits |= kHasHead;
        r.word_heads_[at] = marks[c].head;
      }
    }
  }
  // Words that never start a run by themselves (FindRuns' test, as far as
  // the word's own entries decide it): not_name, not a given name, no
  // entity or title entry, no direction word (which starts one before a
  // name word).
  for (WordMarks& m : r.word_marks_) {
    const uint32_t kind = m.bits & (kBNotName | kBGiven);
    if (kind == kBNotName && (m.bits & kBModifier) == 0 && m.entity == kNone &&
        (m.bits >> kTitleShift) == 0)
      m.bits |= kNoStart;
  }
  // FindRuns' filter of the words for a work (kBWorkBefore), any case;
  // SportDocument's of the words it counts.
  for (uint32_t c = 0; c < 4; ++c) {
    const WordMarks* plane = r.word_marks_.data() + c * size_t{r.marks_stride_};
    for (uint32_t at = 0; at < r.marks_stride_; ++at) {
      const uint32_t bit = at % ItWords::kWorkFilterBits;
      if ((plane[at].bits & (kBScoreWord | kBTeamVerb | kBTeamTitle)) != 0)
        r.it_words_.sport_filter[bit / 64] |= uint64_t{1} << (bit % 64);
      if ((plane[at].bits & kBWorkBefore) == 0) continue;
      r.it_words_.work_filter[bit / 64] |= uint64_t{1} << (bit % 64);
    }
  }
  // ItsAfter's words by id, if the lexicon knows them all.
  {
    const WordIndex& index = lexicon.word_index();
    ItsWords& w = r.its_words_;
    w.its = index.Find("its");
    w.known = w.its != kNoWord;
    for (size_t k = 0; k < kItsStops.size(); ++k) {
      w.stops[k] = index.Find(kItsStops[k]);
      w.known = w.known && w.stops[k] != kNoWord;
    }
    if (w.known) {
      for (uint32_t c = 0; c < 4; ++c) {
        WordMarks* plane = r.word_marks_.data() + c * size_t{r.marks_stride_};
        plane[w.its + 1].bits |= kItsWord;
        for (uint32_t stop : w.stops) plane[stop + 1].bits |= kItsStop;
      }
    }
  }
  // ItAfter's words by id, if the lexicon knows them all.
  {
    const WordIndex& index = lexicon.word_index();
    ItWords& w = r.it_words_;
    for (size_t k = 0; k < kItSaid.size(); ++k)
      w.said[k] = index.Find(kItSaid[k]);
    w.on = index.Find("on");
    w.and_word = index.Find("and");
    w.the_word = index.Find("the");
    w.for_word = index.Find("for");
    w.of_word = index.Find("of");
    w.to_word = index.Find("to");
    w.from_word = index.Find("from");
    w.at_word = index.Find("at");
    w.that = index.Find("that");
    w.it = index.Find("it");
    w.known = w.on != kNoWord && w.that != kNoWord && w.it != kNoWord &&
              std::find(w.said.begin(), w.said.end(), kNoWord) == w.said.end();
  }
  return r;
}

void EntityRecognizer::Recognize(std::string_view text,
                                 const TokenStream& tokens,
                                 const std::vector<uint32_t>& word_ids,
                                 const std::vector<LexiconMatch>& phrases,
                                 const std::vector<Quantity>& quantities,
                                 std::vector<Entity>* out) const {
  if (tokens.size() == 0) return;
  thread_local Scratch scratch;
  scratch.Reset(tokens.size());
  Run run(text, tokens, word_ids, info_, roles_, brief_.data(),
          word_marks_.data(), word_heads_.data(), marks_stride_, &its_words_,
          &it_words_, fast_paths_, &scratch);
  run.Mark(phrases, quantities);
  run.MarkLines();
  run.FindRuns();
  run.FindAcronyms();
  run.MatchHeadings();
  run.DropNoEntity();
  if (tagger_ != nullptr) return run.Tagged(*tagger_, out);
  run.Chain();
  run.Emit(out);
}

}  // namespace claimx::internal
