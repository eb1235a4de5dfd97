// Options for building a claimx::Extractor. A plain struct: set fields, pass
// it to Extractor::Create. Every field has a documented default.
#ifndef CLAIMX_OPTIONS_H_
#define CLAIMX_OPTIONS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace claimx {

// What to do with bytes that are not valid UTF-8.
enum class InvalidUtf8 : uint8_t {
  kReject,   // Extract returns InvalidArgument naming the first bad byte offset
  kReplace,  // treat each maximal invalid sequence as U+FFFD (offsets
             // unchanged)
};

// The largest Options::max_nesting_depth Extractor::Create accepts.
inline constexpr uint32_t kMaxNestingDepthLimit = 256;

struct Options {
  // Stages to run. Tokens and sentences always run; later stages read them.
  bool entities = true;
  bool quantities = true;
  bool claims = true;

  // Documents larger than this many bytes are rejected with OutOfRange.
  // Default 64 MiB. Offsets are 32-bit, so the hard ceiling is 4 GiB - 1.
  uint64_t max_document_bytes = 64ull << 20;

  // Tokens longer than this many bytes are cut into pieces of at most this
  // size (on UTF-8 character boundaries). Default 4 KiB. At least 4 (one
  // UTF-8 character): Extractor::Create rejects smaller values with
  // InvalidArgument.
  uint32_t max_token_bytes = 4096;

  // Quotation marks and brackets are paired per line up to this nesting
  // depth; the sentence splitter does not break inside a pair closed on the
  // same line. At the limit, an opener deeper than this and its closer are
  // ignored (the text inside splits as if it were not quoted): never an
  // error. 0 turns pairing off. Time grows with depth x line length, so
  // Extractor::Create rejects values over kMaxNestingDepthLimit (256) with
  // InvalidArgument. Default 16.
  uint32_t max_nesting_depth = 16;

  // Invalid UTF-8 policy. Default: reject the document.
  InvalidUtf8 invalid_utf8 = InvalidUtf8::kReject;

  // Extra lexicon files in the TSV format documented in data/README.md
  // ("phrase<TAB>type[<TAB>key=value;...]"). Loaded after the built-in
  // lexicons; an entry with the same phrase and type replaces the built-in
  // one, and type "-" removes every built-in entry for the phrase.
  std::vector<std::string> lexicon_files;

  // Same format as lexicon_files, given as text (one entry per line).
  // Errors name the pseudo file "<options.lexicon_text>".
  std::string lexicon_text;

  // Worker threads for ExtractBatch when its `threads` argument is 0.
  // 0 = std::thread::hardware_concurrency().
  int threads = 0;

  // Optional trained entity tagger (issue #4): a model file written by
  // `claimx train-entities --out FILE` (an averaged perceptron trained on
  // the rules' own output and annotated text; README, Evaluation). When set,
  // its spans replace the rules' entity candidates; mention chains,
  // canonical names, outlets and titles are then computed on them as
  // usual. Empty (the default): the rules alone, no model file needed. A
  // missing, truncated, corrupt or wrong-version file fails
  // Extractor::Create with NotFound / DataLoss / InvalidArgument naming the
  // file.
  std::string entity_model_file;
};

// Per-document information.
struct DocumentInfo {
  std::string id;    // copied to Document::id
  std::string date;  // YYYY-MM-DD; resolves relative dates. Empty: unknown
};

}  // namespace claimx

#endif  // CLAIMX_OPTIONS_H_
