#!/usr/bin/env bash
# Installs everything claimx needs to build, test and run, from Debian's
# packages. Idempotent: quick (no apt-get at all) when everything is there.
# Run as root on Debian 12 (uses sudo when not root and sudo exists).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libre2-dev libabsl-dev libicu-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  pybind11-dev python3-dev python3-pybind11 python3-pytest python3-distributed
  python3-setuptools python3-venv python3-pip
  chromium  # tests/browser: the HTML view in headless Chromium
)
if [[ "${CLAIMX_DEPS_EXTRA:-}" != "" ]]; then
  read -r -a extra <<<"${CLAIMX_DEPS_EXTRA}"
  packages+=("${extra[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "install-deps: need root to install: ${missing[*]}" >&2; exit 1
  fi
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
