#!/usr/bin/env bash
# README command 2: install what is missing, build, and run every test:
#   1. Release build: all C++ tests (GoogleTest under ctest, each program in one process:
#      CLAIMX_TEST_PER_BINARY), the CLI tests, the install/consumer test, the Python tests;
#   2. profile-guided build (scripts/build-pgo.sh): the same digest as the Release build;
#   3. ASan+UBSan build (with float-cast-overflow, which GCC's `undefined` leaves out): the C++ and
#      CLI tests again, each GoogleTest program in one process (CLAIMX_TEST_PER_BINARY).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
bash scripts/install-deps.sh

echo "== release build"
# (Each GoogleTest program as one ctest test, as for the sanitizers below: one process per TEST,
# each loading the lexicons, took 359 s of the 2-core machine's CI for 1,592 TESTs.)
bash scripts/build.sh build -DCLAIMX_TEST_PER_BINARY=ON
echo "== C++ tests (release; one process per test program)"
ctest --test-dir build -j"$(nproc)" --output-on-failure

if [[ -x tests/python/run.sh || -f tests/python/run.sh ]]; then
  echo "== Python tests"
  bash tests/python/run.sh build
fi

echo "== profile-guided build (scripts/build-pgo.sh): same output as the Release build"
bash scripts/build-pgo.sh build-pgo -- -DCLAIMX_BUILD_TESTS=OFF -DCLAIMX_BUILD_PYTHON=OFF \
  -DCLAIMX_BUILD_TOOLS=OFF
release_digest=$(build/bench/corpus_bench --digest --synthetic-mb 2 | tail -1)
pgo_digest=$(build-pgo/bench/corpus_bench --digest --synthetic-mb 2 | tail -1)
echo "   release: $release_digest"
echo "   pgo:     $pgo_digest"
[[ -n $release_digest && $release_digest == "$pgo_digest" ]] || { echo "PGO build output differs" >&2; exit 1; }

echo "== ASan+UBSan build"
bash scripts/build.sh build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMX_SANITIZE=address,undefined,float-cast-overflow \
  -DCLAIMX_BUILD_BENCH=OFF -DCLAIMX_BUILD_PYTHON=OFF -DCLAIMX_TEST_PER_BINARY=ON
echo "== C++ tests (ASan+UBSan; one process per test program)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan -j"$(nproc)" --output-on-failure -E install_consumer_test

echo "== TSan: many threads sharing one Extractor, and the batch API"
bash scripts/build.sh build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMX_SANITIZE=thread \
  -DCLAIMX_BUILD_BENCH=OFF -DCLAIMX_BUILD_PYTHON=OFF -DCLAIMX_BUILD_TOOLS=OFF --target extractor_test
TSAN_OPTIONS=halt_on_error=1 ./build-tsan/tests/extractor_test --gtest_brief=1

echo "== all tests passed in $((SECONDS - start)) s"
