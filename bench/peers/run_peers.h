// corpus_bench --peers: runs the JavaScript peers in this folder (node, one
// script per peer) on the documents corpus_bench loaded, times claimx on the
// same documents in the same process, and prints MB/s and the ratios.
//
// The peers are optional: node_modules is installed with `npm ci` on first
// use; without Node.js (>= 18) and npm the run says what to install and
// fails. CLAIMX_PEERS_DIR overrides the folder, NODE the node binary.
#ifndef CLAIMX_BENCH_PEERS_RUN_PEERS_H_
#define CLAIMX_BENCH_PEERS_RUN_PEERS_H_

#include <string>
#include <vector>

#include "claimx/extractor.h"

namespace claimx::bench {

struct PeerOptions {
  int repeat = 3;            // passes per peer; figures are medians
  double wink_mb = 0;        // wink-nlp: first N MB of the documents; 0 = all
  double compromise_mb = 1;  // compromise (~0.1 MB/s): first N MB; 0 = all
  // The JSONL files the documents came from, in order, when every input was
  // a JSONL file: the peers read them directly. Empty: the documents are
  // written to a temporary JSONL file for them.
  std::vector<std::string> jsonl_paths;
};

// Prints the peers' table on stdout. Returns false (with a message on
// stderr) when node, npm or a peer fails.
bool RunPeers(const Extractor& ex, const std::vector<std::string>& texts,
              const PeerOptions& options);

}  // namespace claimx::bench

#endif  // CLAIMX_BENCH_PEERS_RUN_PEERS_H_
