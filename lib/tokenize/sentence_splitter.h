// SentenceSplitter: tokens -> sentences.
//
// Rules over the token stream, no second pass over the text:
//  - terminal punctuation (. ! ? … and their full-width forms) ends a
//    sentence together with the closing quotes and brackets that follow it,
//    unless the next word is lower case;
//  - abbreviations by class (data/abbreviations.tsv): a title never ends a
//    sentence before a name; an initialism, company suffix, month or a.m./p.m.
//    does when a typical sentence starter (data/sentence.tsv) follows;
//  - quotations and brackets closed on the same line are not split inside:
//    a sentence may end only where the closing mark follows the final mark
//    ("... great." She said) -- one quoted statement stays one sentence; a
//    bracketed aside after a quoted ! or ? stays in the sentence the
//    quotation is part of; a quotation broken off by a dash ("if--") ends
//    the sentence before a typical sentence starter;
//  - ellipses: "..." before a lower-case word continues the sentence;
//    elisions in brackets "[...]" and marks glued to a word ("Yahoo!") are
//    not terminal;
//  - line structure: blank lines, bullets, numbered and lettered items
//    ("1.", "2)", "a.", "b.)"), inline lists ("1) x 2) y"), headings (a short
//    line without final punctuation) and short "Label: figure" lines stand
//    alone; a line break before a lower-case word after a trailing space is
//    a wrapped line, not a break.
//
// Immutable after Create; Split is const and thread-safe.
#ifndef CLAIMX_LIB_TOKENIZE_SENTENCE_SPLITTER_H_
#define CLAIMX_LIB_TOKENIZE_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "claimx/types.h"
#include "text/tsv.h"
#include "tokenize/tokenizer.h"

namespace claimx::internal {

class SentenceSplitter {
 public:
  // Reads entries of type "starter" (words that typically open a sentence,
  // used after ambiguous abbreviations) and "time_follower" (EST, Monday:
  // keep "5 p.m. EST" together). Quotation marks and brackets are paired up
  // to `max_nesting_depth` levels per line (Options::max_nesting_depth): an
  // opener deeper than that and the closer that matches it are ignored, so
  // the text inside splits as if unquoted; 0 turns pairing off. Pairing
  // costs O(depth x line length), hence the bound.
  static absl::StatusOr<SentenceSplitter> Create(
      const std::vector<LexiconEntry>& entries,
      uint32_t max_nesting_depth = 16);

  // Appends sentences of `tokens` to *out and sets kSentenceInitial on the
  // first token of each. `tokens` comes from Tokenizer::Tokenize: the
  // splitter visits the tokens its marks list, not every token.
  void Split(std::string_view text, TokenStream* tokens,
             std::vector<Sentence>* out) const;

 private:
  struct Run;
  // What a sentence starter opens (`opens=` in the lexicon).
  enum class Opens : uint8_t { kStatement, kQuestion, kConjunction };
  // Sentence starters (lower-cased): "The", "Has" (a question), "And" (a
  // conjunction).
  absl::flat_hash_map<std::string, Opens> starters_;
  absl::flat_hash_set<std::string> time_followers_;
  // Abbreviations that end a firm's name ("inc.", "corp.": `ends=company`).
  absl::flat_hash_set<std::string> company_ends_;
  uint32_t max_nesting_depth_ = 16;
};

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_TOKENIZE_SENTENCE_SPLITTER_H_
