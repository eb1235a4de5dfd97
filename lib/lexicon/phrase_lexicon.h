// PhraseLexicon: every lexicon phrase, compiled once, matched in one pass.
//
// Phrases ("according to", "Dr.", "New York Times") are tokenized with the
// same Tokenizer as documents and stored as sequences of word ids in a trie
// keyed by (state, word id). Matching maps each token's case-folded form to
// a word id once, then walks the trie from every token; the walk is bounded
// by the longest phrase, so time is linear in tokens and independent of the
// number of entries. All stages read these matches instead of scanning text.
//
// Both look-ups are flat arrays built at Compile: words through a perfect
// hash (tokenize/word_index.h, which the tokenizer probes as it emits each
// token, so the pipeline makes no second pass for the word ids), trie steps
// through open addressing (one multiply per step, the root's transitions a
// plain array indexed by word id), and a bitmap of the phrases' first two
// words lets MatchPhrases skip almost every token with one bit test. No
// allocation and no pointer chasing per token.
//
// One-word entries are 99% of all matches (a function word like "the" sits
// in several lexicons), so a document's matches come in two parts that cost
// nothing per one-word entry: each token's word id, whose one-word entries
// SingleEntries() lists (stages precompute per-word tables from it at
// Create), and the phrase matches of two or more tokens (MatchPhrases). The
// full match list is never built; MatchNaive lists it for tests.
//
// Immutable after Compile; every method is const and thread-safe.
#ifndef CLAIMX_LIB_LEXICON_PHRASE_LEXICON_H_
#define CLAIMX_LIB_LEXICON_PHRASE_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "text/tsv.h"
#include "tokenize/tokenizer.h"
#include "tokenize/word_index.h"

namespace claimx::internal {

struct CompiledEntry {
  std::string phrase;  // as written in the lexicon
  uint32_t type = 0;   // index into PhraseLexicon::type_names()
  std::vector<std::pair<std::string, std::string>> attrs;
  std::string origin;   // "file:line"
  uint32_t length = 0;  // in tokens

  std::string_view attr(std::string_view key,
                        std::string_view fallback = {}) const;
};

struct LexiconMatch {
  uint32_t begin = 0;  // first token
  uint32_t end = 0;    // one past the last token
  uint32_t entry = 0;  // index into PhraseLexicon::entries()
};

class PhraseLexicon {
 public:
  // Compiles `entries` in order: a later entry with the same phrase (after
  // case folding) and type replaces an earlier one; type "-" removes every
  // earlier entry with that phrase.
  // `extra_words` (folded forms of one token each) join the vocabulary
  // after the phrases' words, those not in it already: words with no entry
  // and no phrase, which match nothing, so that a stage can test a token
  // for such a form by its word id (the attribution rules' marks, ":" ";"
  // "(": AttributionFinder::VocabularyMarks).
  // (`entries` by value: the compiled entries take their strings; a caller
  // done with its list moves it in.)
  static absl::StatusOr<PhraseLexicon> Compile(
      std::vector<LexiconEntry> entries, const Tokenizer& tokenizer,
      const std::vector<std::string_view>& extra_words = {});

  // Word id of each token (kNoWord if the form is in no phrase): what
  // Tokenizer::Tokenize writes to TokenStream::word_ids when given
  // word_index(), as the pipeline calls it. (Tests, benchmarks.)
  void MapTokens(const TokenStream& tokens, std::vector<uint32_t>* ids) const;

  // The folded form -> word id table, for Tokenizer::Tokenize.
  const WordIndex& word_index() const { return index_; }

  // Appends the matches of two or more tokens, ordered by begin then by
  // length (shortest first), then by entry.
  void MatchPhrases(const std::vector<uint32_t>& ids,
                    std::vector<LexiconMatch>* out) const;

  // The one-word entries of a word id (none for kNoWord), by entry.
  struct EntryList {
    const uint32_t* b = nullptr;
    const uint32_t* e = nullptr;
    const uint32_t* begin() const { return b; }
    const uint32_t* end() const { return e; }
    bool empty() const { return b == e; }
  };
  EntryList SingleEntries(uint32_t word) const {
    if (word == kNoWord) return {};
    const uint32_t state = root_[word];
    return {accept_.data() + accept_begin_[state],
            accept_.data() + accept_begin_[state + 1]};
  }
  // Word ids run from 0 to vocabulary_size() - 1.
  size_t vocabulary_size() const { return root_.size(); }
  // The words of the entries' phrases have ids below this; the extra words
  // Compile was given (those not in a phrase) the ids from it on.
  size_t phrase_vocabulary_size() const { return phrase_words_; }

  // Reference for differential tests: every match, one-word entries too,
  // ordered by begin, then end, then entry, found by comparing each entry's
  // folded token sequence at each position. O(tokens x entries).
  void MatchNaive(const TokenStream& tokens,
                  std::vector<LexiconMatch>* out) const;

  const std::vector<CompiledEntry>& entries() const { return entries_; }
  const std::vector<std::string>& type_names() const { return type_names_; }
  // Type id for a name, or kNoWord if no entry has that type.
  uint32_t type_id(std::string_view name) const;
  size_t max_phrase_tokens() const { return max_len_; }

 private:
  // (state, word) -> next state, for states other than the root.
  struct EdgeSlot {
    uint64_t key = ~uint64_t{0};  // state << 32 | word; all ones: empty
    uint32_t next = 0;
  };
  static uint64_t HashEdge(uint64_t key) { return key * 0x9E3779B97F4A7C15ull; }
  // Bit of the word pair (a, b) in pair_bits_: set for the first two words of
  // every phrase, so a clear bit rules a phrase start out.
  static constexpr uint64_t kPairMultiplier = 0xD6E8FEB86659FD93ull;
  size_t PairBit(uint32_t a, uint32_t b) const {
    return static_cast<size_t>((((uint64_t{a} << 32) | b) * kPairMultiplier) >>
                               pair_shift_);
  }
  // Appends the phrases that start at token i (ids[i] is a word).
  [[gnu::noinline]] void WalkFrom(const uint32_t* ids, size_t n, size_t i,
                                  std::vector<LexiconMatch>* out) const;
  uint32_t Transition(uint32_t state, uint32_t word) const {
    if (state == 0) return root_[word];
    const uint64_t key = (uint64_t{state} << 32) | word;
    for (size_t i = HashEdge(key) >> edge_shift_;;
         i = (i + 1) & (edges_.size() - 1)) {
      const EdgeSlot& e = edges_[i];
      if (e.key == key) return e.next;
      if (e.key == ~uint64_t{0}) return 0;
    }
  }
  void Freeze(const std::vector<std::string>& words,
              const std::vector<std::pair<uint64_t, uint32_t>>& edges);

  std::vector<CompiledEntry> entries_;
  std::vector<std::vector<std::string>> entry_norms_;  // for MatchNaive
  std::vector<std::string> type_names_;
  WordIndex index_;             // folded form -> word id
  std::vector<uint32_t> root_;  // word id -> state after it; 0 = none
  // Per state: 1 if a longer phrase continues from it (else the walk stops
  // without probing the edge table: most words start no phrase).
  std::vector<uint8_t> has_edges_;
  std::vector<EdgeSlot> edges_;         // size a power of two
  int edge_shift_ = 64;                 // 64 - log2(edges_.size())
  std::vector<uint64_t> pair_bits_;     // a power of two of bits
  int pair_shift_ = 64;                 // 64 - log2(bits)
  std::vector<uint32_t> accept_begin_;  // per state, into accept_
  std::vector<uint32_t> accept_;        // entry ids
  size_t max_len_ = 0;
  size_t phrase_words_ = 0;  // see phrase_vocabulary_size()
};

// The word ids of the words a stage's rules test by identity
// (`Is(k, Word::kTo)`: one id compare instead of a compare of bytes), looked
// up once at Create. A word the lexicon lacks (a user lexicon removed it)
// gets an id from vocabulary_size() on, which no token has; TokenIds then
// gives each document's word ids with those words' tokens carrying it, in a
// copy made only when some rule word is missing.
class RuleWordIds {
 public:
  RuleWordIds() = default;
  // `words`: the rule words' folded forms, indexed by the stage's word enum;
  // static storage (the view is kept).
  RuleWordIds(const PhraseLexicon& lexicon, const std::string_view* words,
              size_t n);

  // The id of each rule word, by the stage's word enum.
  const std::vector<uint32_t>& ids() const { return ids_; }
  // word_ids.data() when the lexicon has every rule word; else *own, a copy
  // of word_ids in which the tokens of the missing words have their ids.
  const uint32_t* TokenIds(const TokenStream& ts,
                           const std::vector<uint32_t>& word_ids,
                           std::vector<uint32_t>* own) const;

 private:
  const std::string_view* words_ = nullptr;
  std::vector<uint32_t> ids_;
  std::vector<uint32_t> missing_;  // indexes into words_
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_LEXICON_PHRASE_LEXICON_H_
