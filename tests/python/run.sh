#!/usr/bin/env bash
# Runs the claimx Python test suite against the module built in a CMake build
# directory (configured with -DCLAIMX_BUILD_PYTHON=ON).
#
#   tests/python/run.sh <build-dir> [pytest args...]
#
# Uses Debian's /usr/bin/python3 (which sees python3-pytest, python3-distributed
# and pybind11) unless CLAIMX_PYTHON names another interpreter. Builds the
# `_claimx` target first (a no-op when up to date). The pip-install test creates
# its own temporary venv.
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 <build-dir> [pytest args...]" >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
build_dir="$(cd "$1" && pwd)"
shift
python="${CLAIMX_PYTHON:-/usr/bin/python3}"

if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
  echo "run.sh: $build_dir is not a CMake build directory" >&2
  exit 2
fi
if ! grep -q '^CLAIMX_BUILD_PYTHON:BOOL=ON' "$build_dir/CMakeCache.txt"; then
  echo "run.sh: $build_dir was not configured with -DCLAIMX_BUILD_PYTHON=ON" >&2
  exit 2
fi
targets=(_claimx)
# The CLI is what the round-trip tests compare with (they skip without it).
if grep -q '^CLAIMX_BUILD_TOOLS:BOOL=ON' "$build_dir/CMakeCache.txt"; then targets+=(claimx); fi
cmake --build "$build_dir" --target "${targets[@]}"

export CLAIMX_BUILD_DIR="$build_dir"
export CLAIMX_SOURCE_DIR="$source_dir"
export PYTHONPATH="$build_dir/python${PYTHONPATH:+:$PYTHONPATH}"
export PYTHONDONTWRITEBYTECODE=1
cd "$here"
exec "$python" -m pytest -p no:cacheprovider -q "$@" "$here"
