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
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S . -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "${python_args[@]}" "$@"
else
  cmake -S . -B "$build" "${python_args[@]}" "$@" >/dev/null
fi
cmake --build "$build" -j"$(nproc)"
