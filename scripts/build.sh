#!/usr/bin/env bash
# Configures and builds claimx into a build directory.
#   scripts/build.sh BUILD_DIR [extra cmake args...]
# Uses Debian's /usr/bin/python3 for the Python module (it sees Debian's
# pytest, pybind11 and Dask; a pyenv python3 on PATH does not).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
python_args=()
if [[ -f bindings/python/CMakeLists.txt ]]; then
  python_args=(-DCLAIMX_BUILD_PYTHON=ON -DPython3_EXECUTABLE=/usr/bin/python3
               -DPYTHON_EXECUTABLE=/usr/bin/python3)
fi
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
# Arguments after the build dir go to cmake's configure step, except
# "--target NAME", which limits the build.
configure=() targets=()
while [[ $# -gt 0 ]]; do
  if [[ $1 == --target ]]; then targets+=(--target "$2"); shift 2; else configure+=("$1"); shift; fi
done
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S . -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "${python_args[@]}" "${configure[@]}"
else
  cmake -S . -B "$build" "${python_args[@]}" "${configure[@]}" >/dev/null
fi
cmake --build "$build" -j"$(nproc)" "${targets[@]}"
