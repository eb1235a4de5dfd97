#include "stages.h"

#include <cstdio>
#include <cstdlib>
#include <vector>

#include "embedded_data.h"
#include "text/tsv.h"

namespace claimx::bench {

absl::StatusOr<Stages> BuildStages() {
  std::vector<internal::LexiconEntry> entries;
  for (const internal::EmbeddedFile& f : internal::EmbeddedDataFiles()) {
    absl::StatusOr<std::vector<internal::LexiconEntry>> parsed =
        internal::ParseLexiconTsv(f.content, f.name);
    if (!parsed.ok()) return parsed.status();
    entries.insert(entries.end(), parsed->begin(), parsed->end());
  }
  absl::StatusOr<internal::Tokenizer> tokenizer =
      internal::Tokenizer::Create(entries);
  if (!tokenizer.ok()) return tokenizer.status();
  absl::StatusOr<internal::SentenceSplitter> splitter =
      internal::SentenceSplitter::Create(entries);
  if (!splitter.ok()) return splitter.status();
  absl::StatusOr<internal::PhraseLexicon> lexicon =
      internal::PhraseLexicon::Compile(entries, *tokenizer);
  if (!lexicon.ok()) return lexicon.status();
  return Stages{*std::move(tokenizer), *std::move(splitter),
                *std::move(lexicon)};
}

const Stages& DefaultStages() {
  static const Stages* stages = [] {
    absl::StatusOr<Stages> s = BuildStages();
    if (!s.ok()) {
      std::fprintf(stderr, "building the stages failed: %s\n",
                   s.status().ToString().c_str());
      std::exit(1);
    }
    return new Stages(*std::move(s));
  }();
  return *stages;
}

}  // namespace claimx::bench
