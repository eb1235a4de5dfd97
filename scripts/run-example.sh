#!/usr/bin/env bash
# README command 1: install what is missing, build, and run the CLI on the
# bundled example article, printing its claims.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh build >/dev/null
./build/tools/claimx/claimx extract --format text --date 2026-03-12 examples/article.txt
