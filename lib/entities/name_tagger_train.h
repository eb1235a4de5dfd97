// Training data for NameTagger and its trainer (`claimx train-entities`).
//
// Two input formats, read as bench/ner_eval.py reads them:
//  - claimx's inline golden format (tests/golden/entities/*.txt): "### id"
//    opens a passage, "[TYPE text]" marks an entity (TYPE one of PERSON ORG
//    GPE LOC NORP FAC EVENT), lines before the first passage are comments;
//    a file with a line starting "### " is read this way.
//  - CoNLL columns: token first, tag last (IOB1 or IOB2), blank lines end
//    sentences, -DOCSTART- lines end documents. A document's text is its
//    tokens joined by spaces, one sentence a line. CoNLL's PER, LOC and MISC
//    are read as PERSON, GPE and NORP; the native type names are accepted.
#ifndef CLAIMX_LIB_ENTITIES_NAME_TAGGER_TRAIN_H_
#define CLAIMX_LIB_ENTITIES_NAME_TAGGER_TRAIN_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "claimx/options.h"
#include "claimx/types.h"
#include "entities/name_tagger.h"

namespace claimx::internal {

struct GoldSpan {
  uint32_t begin = 0, end = 0;  // UTF-8 byte offsets into the text
  EntityType type = EntityType::kOrg;
};

struct GoldDocument {
  std::string id;
  std::string text;
  std::vector<GoldSpan> spans;
};

// Parses one file's contents (`name` names it in errors, "name:line:
// reason") and appends its documents.
absl::Status ParseGold(std::string_view content, std::string_view name,
                       std::vector<GoldDocument>* out);
// Reads and parses a file.
absl::Status ReadGoldFile(const std::string& path,
                          std::vector<GoldDocument>* out);

struct TrainConfig {
  int epochs = 10;
  uint64_t seed = 20261201;
  // The start: the rules' label at a token votes this much for itself (a
  // perceptron update moves each of a token's ~40 features by 1).
  float rule_prior = 3.0f;
};

// Runs the rules (with `options`, its entity_model_file ignored) over every
// document and trains a tagger on their output and the gold spans.
// Deterministic for the same documents, options and config. `log` (may be
// null) gets one line per epoch.
absl::StatusOr<std::shared_ptr<const NameTagger>> TrainNameTagger(
    const Options& options, const std::vector<GoldDocument>& docs,
    const TrainConfig& config, std::string* log);

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_ENTITIES_NAME_TAGGER_TRAIN_H_
