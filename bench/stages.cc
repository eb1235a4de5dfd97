#include "stages.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "claimx/options.h"
#include "model.h"

namespace claimx::bench {

absl::StatusOr<Stages> BuildStages() {
  // The same model Extractor::Create builds (ICU region names, embedded
  // lexicons, generated cue inflections), so stage timings match Extract.
  absl::StatusOr<std::shared_ptr<internal::Model>> model =
      internal::BuildModel(Options{});
  if (!model.ok()) return model.status();
  return Stages{*model, (*model)->tokenizer, (*model)->splitter,
                (*model)->lexicon};
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
