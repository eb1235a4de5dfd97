// claimx train-entities: trains a NameTagger (lib/entities/name_tagger.h)
// on annotated files and writes the model file.
#ifndef CLAIMX_TOOLS_CLAIMX_TRAIN_H_
#define CLAIMX_TOOLS_CLAIMX_TRAIN_H_

#include "args.h"

namespace claimx::cli {

// Returns the exit status: 0 written, 1 an input could not be read or
// parsed, 2 the model could not be built or written.
int TrainEntities(const CliArgs& args);

}  // namespace claimx::cli

#endif  // CLAIMX_TOOLS_CLAIMX_TRAIN_H_
