#!/usr/bin/env python3
"""Scores claimx attributions on the team's inline-annotated news passages.

usage: claims_eval.py CLAIMX_CLI FILE.txt [polnear_eval.py options]

FILE holds passages after "### id" lines; roles are marked inline with braces:
{S1 source} {C1 cue} {Q1 content}, the number tying the roles of one
attribution within a passage. A role marked twice with the same label is a
discontinuous span (its pieces); marks nest ("{Q2 {S1 X} {C1 said} {Q1 ...}},
{C2 according to} {S2 Y}"). The markers are removed, the passages converted to
PolNeAR's JSONL (byte offsets) and scored by polnear_eval.py, so the figures
are the same measures as the PolNeAR rows.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import inline_marks

ROLE = {"S": "source", "C": "cue", "Q": "content"}
OPEN = re.compile(r"\{([SCQ])(\d+) ")


def parse(body, where):
    text, marks = inline_marks.strip_marks(body, where, OPEN)
    spans = {}  # num -> role -> [(b, e)]
    for m, b, e in marks:
        spans.setdefault(m.group(2), {}).setdefault(ROLE[m.group(1)], []).append((b, e))
    atts = []
    for num in sorted(spans, key=int):
        r = spans[num]
        if "cue" not in r:
            sys.exit(f"{where}: attribution {num} has no cue")
        atts.append({k: r.get(k, []) for k in ("source", "cue", "content")})
    return text, atts


def read(path):
    arts = []
    for pid, body in inline_marks.passages(path):
        text, atts = parse(body, f"{path}:{pid}")
        arts.append({"id": pid, "text": text, "attributions": atts})
    return arts


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    arts = read(sys.argv[2])
    n = sum(len(a["attributions"]) for a in arts)
    print(f"{len(arts)} passages, {n} attributions")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    try:
        here = os.path.dirname(os.path.abspath(__file__))
        sys.exit(subprocess.call([sys.executable, os.path.join(here, "polnear_eval.py"),
                                  sys.argv[1], f.name] + sys.argv[3:]))
    finally:
        os.unlink(f.name)


if __name__ == "__main__":
    main()
