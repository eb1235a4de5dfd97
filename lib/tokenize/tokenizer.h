// Tokenizer: UTF-8 text -> tokens with byte spans, kinds, shape flags and a
// case-folded form for lexicon look-up.
//
// One left-to-right pass over the caller's bytes; ASCII goes through a byte
// table, other code points through ICU character properties, and runs of
// scripts written without spaces (Han, Kana, Thai, Lao, Khmer, Myanmar)
// through ICU's word BreakIterator over a UText on the UTF-8 buffer, so every
// offset is a byte offset into the original text.
//
// A Tokenizer is immutable after Create and may be shared by threads; each
// call writes into a caller-owned TokenStream that is meant to be reused.
#ifndef CLAIMX_LIB_TOKENIZE_TOKENIZER_H_
#define CLAIMX_LIB_TOKENIZE_TOKENIZER_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "claimx/types.h"
#include "text/tsv.h"
#include "tokenize/word_index.h"

namespace claimx::internal {

// What an abbreviation with a period is, for the sentence splitter.
enum class AbbrevClass : uint8_t {
  kNone,        // not an abbreviation
  kTitle,       // Dr. Mr. Gen. Sen. St. -- never ends a sentence before a name
  kMonth,       // Jan. Feb. -- rarely ends a sentence
  kDay,         // Mon. Tue.
  kSuffix,      // Inc. Ltd. Corp. Jr. -- may end a sentence
  kTime,        // a.m. p.m.
  kNumber,      // No. Nos. Art. -- only before a number
  kInitialism,  // U.S. U.K. e.g. -- letters and periods
  kInitial,     // a single capital letter with a period: J.
  kOther,       // etc. approx. vs. -- may end a sentence
};

// An allocator whose value-initialization leaves trivial elements unset, so
// that vector::resize does not write them one at a time (for an enum it is a
// byte loop, not memset); the owner fills the new elements itself.
template <typename T>
struct DefaultInitAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = DefaultInitAllocator<U>;
  };
  DefaultInitAllocator() = default;
  template <typename U>
  DefaultInitAllocator(const DefaultInitAllocator<U>&) noexcept {}
  template <typename U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

// Storage for trivially copyable objects, left uninitialized: the tokenizer
// constructs each element in place by index and copies the filled prefix
// out, so that its hot loop writes a token without a vector's size and
// capacity bookkeeping. A copy starts empty (scratch space only).
template <typename T>
class RawBuffer {
  static_assert(std::is_trivially_copyable_v<T> &&
                std::is_trivially_destructible_v<T>);

 public:
  RawBuffer() = default;
  RawBuffer(const RawBuffer&) {}
  RawBuffer& operator=(const RawBuffer&) { return *this; }
  RawBuffer(RawBuffer&& o) noexcept
      : data_(std::exchange(o.data_, nullptr)),
        capacity_(std::exchange(o.capacity_, 0)) {}
  RawBuffer& operator=(RawBuffer&& o) noexcept {
    std::swap(data_, o.data_);
    std::swap(capacity_, o.capacity_);
    return *this;
  }
  ~RawBuffer() {
    if (data_ != nullptr) std::allocator<T>().deallocate(data_, capacity_);
  }
  T* data() const { return data_; }
  size_t capacity() const { return capacity_; }
  // Room for at least n elements; the first `keep` are kept.
  void Grow(size_t n, size_t keep) {
    if (n <= capacity_) return;
    T* fresh = std::allocator<T>().allocate(n);
    if (keep != 0) std::memcpy(fresh, data_, keep * sizeof(T));
    if (data_ != nullptr) std::allocator<T>().deallocate(data_, capacity_);
    data_ = fresh;
    capacity_ = n;
  }

 private:
  T* data_ = nullptr;
  size_t capacity_ = 0;
};

struct TokenizerConfig {
  uint32_t max_token_bytes = 4096;
  bool replace_invalid = false;  // invalid bytes become kOther tokens
  // Every token through the general path, none through the ASCII fast
  // paths: the reference the differential test compares them with.
  bool general_only = false;
};

// Tokens of one document plus per-token data the later stages need.
// Reused across documents: Clear() keeps the capacity.
//
// norm(i) is a view: into the tokenized text when the folded form equals the
// token's own bytes (lower-case ASCII words, digits, most punctuation: the
// common case, no copy), else into norm_text. Either way it is valid while
// the stream and the text passed to Tokenize live and the stream is not
// re-filled.
struct TokenStream {
  std::vector<Token> tokens;
  std::vector<uint8_t>
      newlines_before;  // line breaks between token i-1 and i (capped)
  std::vector<AbbrevClass, DefaultInitAllocator<AbbrevClass>> abbrev;
  std::string_view text;  // what was tokenized

  // Folded forms that differ from the token's bytes.
  struct Folded {
    // Fields left unset: the tokenizer appends a record and sets each one
    // (no zeroing first).
    Folded() {}
    uint32_t token;
    uint32_t begin, end;  // in norm_text
    // The top 32 bits of the form's FormHash, kept from the word-index
    // look-up when Tokenize had a WordIndex, else 0: "not kept", and
    // FormHash32 computes it (a kept hash that is 0 is computed again, to
    // the same value).
    uint32_t hash;
  };
  // 0: the token's text; k: folded[k - 1]. (Its allocator leaves new
  // elements unset: Tokenize zeroes them with one memset.)
  std::vector<uint32_t, DefaultInitAllocator<uint32_t>> norm_ref;
  std::vector<Folded> folded;
  std::string norm_text;

  // Line breaks and abbreviations are rare: the tokenizer records them here
  // and fills the per-token vectors once at the end. Marks list, in token
  // order, every token that starts a line, is an abbreviation, or is neither
  // a word, a number nor a comma: the only tokens the sentence splitter acts
  // on by themselves, so it visits these instead of every token.
  struct Mark {
    uint32_t token;
    uint8_t newlines;
    AbbrevClass abbrev;
  };
  std::vector<Mark> marks;
  // The marks the sentence splitter acts on in mid-line, by token index:
  // every mark but quotes, words and numbers, and ASCII punctuation and
  // symbols other than . ! ? and - (SentenceSplitter visits these; the
  // others are inert unless they start a line or are an abbreviation).
  std::vector<uint32_t> stops;

  // Each token's word id, when Tokenize was given a WordIndex (else empty):
  // the id of norm(i), kNoWord for a form that is no word.
  std::vector<uint32_t> word_ids;
  // The seed of the WordIndex that Tokenize was given (0 without one):
  // FormHash's.
  uint64_t hash_seed = 0;

  // Tokenize's buffers for tokens and word_ids, written by token index
  // (their capacity kept across documents; see RawBuffer).
  RawBuffer<Token> token_scratch;
  RawBuffer<uint32_t> id_scratch;

  // The numeric tokens, in token order: every number (kNumber, ASCII
  // digits or not: "12,500", "½") and every other token with a digit
  // (kHasDigit: "G7", "#2020"). Collected as the tokens are emitted, so that
  // a stage that looks for numbers (the quantities) visits these instead of
  // every token's kind and flags.
  std::vector<uint32_t> numeric;
  RawBuffer<uint32_t> numeric_scratch;  // Tokenize's buffer for numeric

  void Clear() {
    tokens.clear();
    newlines_before.clear();
    abbrev.clear();
    text = {};
    norm_ref.clear();
    folded.clear();
    norm_text.clear();
    marks.clear();
    stops.clear();
    word_ids.clear();
    numeric.clear();
  }
  size_t size() const { return tokens.size(); }
  // A hash of norm(i) that a later stage can key words by, known or not:
  // equal forms, equal hashes. Kept by the tokenizer for the folded forms
  // (the capitalized and the non-ASCII words: names), which it hashed to
  // look them up, so that only the other tokens' forms are hashed again
  // (out of line). It is the top half of WordIndex::HashForm(hash_seed,
  // norm(i)).
  [[gnu::always_inline]] uint32_t FormHash32(size_t i) const {
    const uint32_t r = norm_ref[i];
    if (r != 0 && folded[r - 1].hash != 0) return folded[r - 1].hash;
    return FormHash32Slow(i);
  }
  [[gnu::noinline]] uint32_t FormHash32Slow(size_t i) const {
    const std::string_view form = norm(i);
    return static_cast<uint32_t>(
        WordIndex::HashForm(hash_seed, form.data(), form.size()) >> 32);
  }
  // always_inline: stages compare tokens with words from hundreds of call
  // sites, and GCC would otherwise call it.
  [[gnu::always_inline]] std::string_view norm(size_t i) const {
    uint32_t r = norm_ref[i];
    if (r == 0) {
      const Span& s = tokens[i].span;
      return std::string_view(text.data() + s.begin, s.end - s.begin);
    }
    const Folded& f = folded[r - 1];
    return std::string_view(norm_text.data() + f.begin, f.end - f.begin);
  }
};

class Tokenizer {
 public:
  // Builds the abbreviation table from entries of type "abbrev"
  // (attribute class=title|month|day|suffix|time|number|initialism|other).
  static absl::StatusOr<Tokenizer> Create(
      const std::vector<LexiconEntry>& entries);

  // Tokenizes `text`, which must be valid UTF-8 unless
  // config.replace_invalid is set. Overwrites *out. With `words`, also
  // looks each token's folded form up in it as the token is emitted
  // (out->word_ids; PhraseLexicon::word_index() gives the lexicon's): no
  // second pass over the tokens.
  void Tokenize(std::string_view text, const TokenizerConfig& config,
                TokenStream* out, const WordIndex* words = nullptr) const;

  // Convenience for tests and tools: one call, fresh stream.
  TokenStream Tokenize(std::string_view text,
                       const TokenizerConfig& config = {},
                       const WordIndex* words = nullptr) const;

 private:
  struct AbbrevInfo {
    AbbrevClass cls = AbbrevClass::kNone;
    bool capitalized = false;  // entry written with a capital: text must match
  };
  // The abbreviations by folded form without the final '.' (a key): its id
  // in abbrev_words_ indexes abbrev_info_. A word before a period is told
  // from every key by one probe, without a std::string and a hash map: in
  // ScanWord, and in the hot loop with the word's bytes lower-cased in a
  // register (TokenizerRun::RunFast).
  WordIndex abbrev_words_;
  std::vector<AbbrevInfo> abbrev_info_;
  const AbbrevInfo* FindAbbrev(std::string_view key) const {
    const uint32_t id = abbrev_words_.Find(key);
    return id == kNoWord ? nullptr : &abbrev_info_[id];
  }
  friend class TokenizerRun;
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_TOKENIZE_TOKENIZER_H_
