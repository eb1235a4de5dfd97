// NameTagger: an optional trained correction of the entity rules
// (Options::entity_model_file; issue #4). An averaged perceptron labels
// every token O, B-TYPE or I-TYPE over the seven entity types, greedily left
// to right with its own two previous labels as features. Its features are
// the token's words (lower-cased form, shape, affixes, neighbours within
// two), its case and position (sentence and line start, all-caps line), what
// the entity stage's lexicons say of it (EntityRecognizer's per-token bits,
// title kind, gazetteer and head types), and the rules' own label at the
// token: it is trained on the rules' output (stacking), so it learns their
// corrections and starts from them, not from zero.
//
// Feature ids are hashed into a fixed table of 2^kHashBits rows of kLabels
// weights. The model file ("CLAIMXNT", version 2) holds the non-zero rows and
// ends with an FNV-1a checksum of everything before it; Load rejects a file
// that is not one, truncated, of another version or corrupt, naming it.
//
// Training (TrainNameTagger, name_tagger_train.h) is deterministic: fixed
// epochs, documents shuffled by a fixed seed with a generator of our own.
#ifndef CLAIMX_LIB_ENTITIES_NAME_TAGGER_H_
#define CLAIMX_LIB_ENTITIES_NAME_TAGGER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "claimx/types.h"
#include "tokenize/tokenizer.h"

namespace claimx::internal {

// What the entity stage knows about one token, for the tagger.
struct TaggerToken {
  uint32_t bits = 0;      // EntityRecognizer's per-token bits (kB* in its .cc)
  uint8_t title = 0;      // title kind: 0 none, 1 head title, 2 honorific
  uint8_t gazetteer = 0;  // 1 + EntityType of its one-word entity entry, or 0
  uint8_t head = 0;       // 1 + EntityType of its entity_head entry, or 0
  uint8_t rule = 0;       // the rules' label (NameTagger::Label), 0 = O
  bool known = false;     // some lexicon knows the word
};

// An entity the tagger found: tokens [b, e).
struct TaggerSpan {
  uint32_t b = 0, e = 0;
  EntityType type = EntityType::kOrg;
};

class NameTagger {
 public:
  static constexpr int kTypes = 7;
  static constexpr int kLabels = 1 + 2 * kTypes;  // O, then B-/I- per type
  // Floats per row in memory (the file holds kLabels): label kLabels of
  // every row stays 0.
  static constexpr uint32_t kStride = 16;
  static constexpr uint32_t kHashBits = 18;
  static constexpr uint32_t kRows = 1u << kHashBits;
  static constexpr uint32_t kVersion = 2;  // 2: feature rows by Mix

  // Label numbers: 0 is O; B-type is 1 + 2 * type, I-type 2 + 2 * type.
  static uint8_t Begin(EntityType t) {
    return static_cast<uint8_t>(1 + 2 * static_cast<int>(t));
  }
  static uint8_t Inside(EntityType t) {
    return static_cast<uint8_t>(2 + 2 * static_cast<int>(t));
  }

  // One token's feature ids (rows of the table), without the features of
  // the previous labels, which Tag adds as it goes.
  using Features = std::vector<uint32_t>;

  // Reads a model file written by Save. NotFound for a missing file;
  // DataLoss / InvalidArgument, "PATH: reason", for a bad one.
  static absl::StatusOr<std::shared_ptr<const NameTagger>> Load(
      const std::string& path);
  // The same from the file's bytes (`name` names it in errors).
  static absl::StatusOr<std::shared_ptr<const NameTagger>> Parse(
      std::string_view bytes, std::string_view name);
  std::string Serialize() const;
  absl::Status Save(const std::string& path) const;

  // The static features of every token of a document; none (an empty
  // list: the token is O) for a token that is neither cased, with a digit,
  // labelled by the rules nor in a gazetteer, unless the token before is.
  static void ExtractFeatures(const TokenStream& tokens,
                              const std::vector<TaggerToken>& facts,
                              std::vector<Features>* out);

  // Labels every token (greedy, left to right; an I- label after a label of
  // another type starts a span) and returns the spans.
  void Tag(const TokenStream& tokens, const std::vector<TaggerToken>& facts,
           std::vector<TaggerSpan>* spans) const;

  // Training: what the entity stage hands over per document (tokens and
  // facts), instead of tagging, while a recorder is set. Not thread-safe:
  // training runs one document at a time.
  using Recorder =
      std::function<void(const TokenStream&, const std::vector<TaggerToken>&)>;
  static std::shared_ptr<const NameTagger> ForRecording(Recorder recorder);
  bool recording() const { return static_cast<bool>(recorder_); }
  void Record(const TokenStream& tokens,
              const std::vector<TaggerToken>& facts) const {
    recorder_(tokens, facts);
  }

  // A model with every weight 0 (TrainNameTagger's start).
  static std::shared_ptr<NameTagger> Empty();

  // Scores of the labels for a token with features `f` plus the previous
  // labels' features; best label. (Exposed for the trainer.)
  int Best(const Features& f, int prev, int prev2, uint8_t rule,
           uint32_t* prev_rows) const;
  // Label `label` may follow `prev` (an I- label only continues its type).
  static bool Allowed(int prev, int label);
  // Starts the model from the rules: the feature "the rules' label is L"
  // votes `weight` for L (TrainNameTagger's first step).
  void AddRulePrior(float weight);
  static void PrevFeatures(const Features& f, int prev, int prev2, uint8_t rule,
                           uint32_t* rows);
  static constexpr int kPrevFeatures = 4;

  std::vector<float>& weights() { return weights_; }

 private:
  std::vector<float> weights_;  // kRows * kStride, or empty (recording)
  Recorder recorder_;
};

// Turns a label sequence into spans (an I- label after O or another type
// opens a span, like a B-).
void LabelsToSpans(const std::vector<uint8_t>& labels,
                   std::vector<TaggerSpan>* spans);

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_ENTITIES_NAME_TAGGER_H_
