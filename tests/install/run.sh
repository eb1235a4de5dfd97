#!/usr/bin/env bash
# Installs claimx from an existing build tree into a scratch prefix, then
# builds examples/cpp against it with find_package (shared and static) and a
# pkg-config compile, and runs each on the bundled article.
#   run.sh SOURCE_DIR BUILD_DIR WORK_DIR
set -euo pipefail
src=$1 build=$2 work=$3
rm -rf "$work"
mkdir -p "$work"
prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null

for mode in shared static; do
  static=OFF
  [[ $mode == static ]] && static=ON
  cmake -S "$src/examples/cpp" -B "$work/example-$mode" -G Ninja \
    -DCMAKE_PREFIX_PATH="$prefix" -DCLAIMX_EXAMPLE_STATIC=$static >/dev/null
  cmake --build "$work/example-$mode" >/dev/null
  out=$(LD_LIBRARY_PATH="$prefix/lib" "$work/example-$mode/claimx_example" "$src/examples/article.txt")
  # First line only, without a pipe into head: with pipefail, a writer that
  # is still writing when head exits dies of SIGPIPE and fails the test.
  echo "$mode: ${out%%$'\n'*}"
  grep -q "sentences" <<<"$out"
done

# The shared library exports the API and hides internals.
libs=("$prefix"/lib*/libclaimx.so.*)
lib=${libs[0]}
syms=$(nm -DC --defined-only "$lib")
grep -q "claimx::Extractor::Create" <<<"$syms" || { echo "API not exported"; exit 1; }
if grep -E "^[0-9a-f]+ [A-Za-z] claimx::internal::" <<<"$syms"; then
  echo "internal symbols leak from $lib"; exit 1
fi

# pkg-config
export PKG_CONFIG_PATH="$(dirname "$(find "$prefix" -name claimx.pc)")"
c++ -std=c++17 "$src/examples/cpp/main.cc" -o "$work/example-pc" $(pkg-config --cflags --libs claimx)
out=$(LD_LIBRARY_PATH="$prefix/lib" "$work/example-pc" "$src/examples/article.txt")
echo "pkg-config: ${out%%$'\n'*}"
grep -q "sentences" <<<"$out"
echo "install consumer test passed"
