#!/usr/bin/env bash
# Instructions per pipeline stage under callgrind (deterministic, unlike wall
# time on a shared machine): inclusive Ir of each stage's entry point, counted
# inside claimx::internal::ExtractGroup only (start-up and output excluded).
#
#   bench/cgstages.sh CLAIMX INPUT.jsonl [OUT_PREFIX]
#
# CLAIMX is a Release build of the CLI; INPUT one {"id","text"} object a line
# (for example `head -1000 ../shared/corpus/bbc.jsonl > /tmp/bbc1k.jsonl`).
# Prints the stages in millions of instructions and the entity stage over the
# tokenizer (issue #4's target: at most 1/3). OUT_PREFIX.cg keeps the profile
# for callgrind_annotate. Needs valgrind (apt-get install valgrind).
set -euo pipefail
cx=$1
in=$2
out=${3:-/tmp/cgstages}
valgrind --tool=callgrind --callgrind-out-file="$out.cg" \
  --toggle-collect='claimx::internal::ExtractGroup*' \
  "$cx" extract --format jsonl --threads 1 --input jsonl "$in" >/dev/null 2>"$out.log" ||
  { tail "$out.log" >&2; exit 1; }
callgrind_annotate --inclusive=yes "$out.cg" 2>/dev/null >"$out.txt"
python3 - "$out.txt" <<'PY'
import re
import sys
stages = {'whole': 'ExtractGroup', 'tokenize': 'Tokenizer::Tokenize',
          'split': 'SentenceSplitter::Split', 'match': 'PhraseLexicon::MatchPhrases',
          'quantities': 'QuantityParser::Parse', 'entities': 'EntityRecognizer::Recognize',
          'claims': 'AttributionFinder::Find'}
got = {}
for line in open(sys.argv[1]):
    m = re.match(r'\s*([\d,]+)\s+\(.*?\)\s+(\S.*)', line)
    if not m:
        continue
    n = int(m.group(1).replace(',', ''))
    for k, p in stages.items():
        # (The function itself, not a [clone .cold] part: callgrind may
        # give a clone a cycle's inclusive cost.)
        if p + '(' in m.group(2) and '[clone' not in m.group(2) and k not in got:
            got[k] = n
print(' '.join(f'{k} {got.get(k, 0) / 1e6:.2f}' for k in stages))
if got.get('tokenize'):
    print('entities/tokenize %.3f' % (got.get('entities', 0) / got['tokenize']))
PY
