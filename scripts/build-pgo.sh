#!/usr/bin/env bash
# Profile-guided Release build (GCC): builds instrumented code, runs the
# corpus bench over a training corpus to record which branches and calls are
# hot, then rebuilds the same tree optimized from those profiles.
#   scripts/build-pgo.sh BUILD_DIR [TRAINING_PATH...] [-- extra cmake args...]
# TRAINING_PATH is anything corpus_bench reads (JSONL, a text file, a
# directory). Without one, the training run uses corpus_bench's synthetic
# corpus, built from the team's own sentences, so no outside data is needed.
# Output is identical to a plain Release build; only speed changes (README,
# Performance).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: scripts/build-pgo.sh BUILD_DIR [TRAINING_PATH...] [-- cmake args...]}
shift
training=() extra=()
while [[ $# -gt 0 ]]; do
  if [[ $1 == -- ]]; then shift; extra=("$@"); break; fi
  training+=("$1"); shift
done

echo "== PGO 1/3: instrumented build ($build)"
# Instrumented objects are compiled here, never taken from ccache: a cached one
# compiled in another tree (ccache with base_dir and no hash_dir, as on the
# team's machine) records other source-location checksums, and the
# -fprofile-use compile then fails with -Werror=coverage-mismatch.
CCACHE_DISABLE=1 bash scripts/build.sh "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMX_PGO=generate \
  "${extra[@]}" --target corpus_bench
find "$build" -name '*.gcda' -delete

echo "== PGO 2/3: training run"
if [[ ${#training[@]} -gt 0 ]]; then
  "$build/bench/corpus_bench" --repeat 1 --only extract "${training[@]}" | grep '^extract'
else
  "$build/bench/corpus_bench" --repeat 1 --only extract --synthetic-mb 8 | grep '^extract'
fi
# The embedded lexicon file is generated into the build tree and holds no
# branches worth profiling; its profile would only trip GCC's source check.
find "$build" -name '*embedded_data*.gcda' -delete
echo "   $(find "$build" -name '*.gcda' | wc -l) profiles written"

echo "== PGO 3/3: optimized build from the profiles"
bash scripts/build.sh "$build" -DCLAIMX_PGO=use "${extra[@]}"
