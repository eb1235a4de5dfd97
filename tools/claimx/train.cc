#include "train.h"

#include <cstdio>
#include <string>
#include <vector>

#include "claimx/options.h"
#include "entities/name_tagger_train.h"

namespace claimx::cli {

int TrainEntities(const CliArgs& args) {
  std::vector<internal::GoldDocument> docs;
  for (const std::string& path : args.paths) {
    if (absl::Status st = internal::ReadGoldFile(path, &docs); !st.ok()) {
      std::fprintf(stderr, "claimx: %s\n", std::string(st.message()).c_str());
      return 1;
    }
  }
  size_t spans = 0;
  for (const internal::GoldDocument& d : docs) spans += d.spans.size();
  Options options;
  options.lexicon_files = args.lexicons;
  options.max_document_bytes = args.max_bytes;
  options.max_token_bytes = args.max_token_bytes;
  options.max_nesting_depth = args.max_nesting_depth;
  options.invalid_utf8 =
      args.replace_invalid ? InvalidUtf8::kReplace : InvalidUtf8::kReject;
  internal::TrainConfig config;
  config.epochs = args.epochs;
  std::string log;
  absl::StatusOr<std::shared_ptr<const internal::NameTagger>> tagger =
      internal::TrainNameTagger(options, docs, config, &log);
  if (!tagger.ok()) {
    std::fprintf(stderr, "claimx: %s\n",
                 std::string(tagger.status().message()).c_str());
    return 2;
  }
  if (absl::Status st = (*tagger)->Save(args.out); !st.ok()) {
    std::fprintf(stderr, "claimx: %s\n", std::string(st.message()).c_str());
    return 2;
  }
  if (args.progress != 0) std::fputs(log.c_str(), stderr);
  std::fprintf(stderr, "claimx: trained on %zu documents, %zu entities: %s\n",
               docs.size(), spans, args.out.c_str());
  return 0;
}

}  // namespace claimx::cli
