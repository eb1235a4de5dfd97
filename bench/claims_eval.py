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

ROLE = {"S": "source", "C": "cue", "Q": "content"}
OPEN = re.compile(r"\{([SCQ])(\d+) ")


def parse(body, where):
    out = bytearray()
    stack = []  # (role, num, begin)
    spans = {}  # num -> role -> [(b, e)]
    i = 0
    while i < len(body):
        m = OPEN.match(body, i)
        if m:
            stack.append((m.group(1), m.group(2), len(out)))
            i = m.end()
            continue
        ch = body[i]
        if ch == "}":
            if not stack:
                sys.exit(f"{where}: '}}' without an opening mark")
            role, num, b = stack.pop()
            spans.setdefault(num, {}).setdefault(ROLE[role], []).append((b, len(out)))
            i += 1
            continue
        if ch == "{":
            sys.exit(f"{where}: bad mark at {body[i:i + 20]!r}")
        out += ch.encode("utf-8")
        i += 1
    if stack:
        sys.exit(f"{where}: unclosed mark {stack[-1][:2]}")
    atts = []
    for num in sorted(spans, key=int):
        r = spans[num]
        if "cue" not in r:
            sys.exit(f"{where}: attribution {num} has no cue")
        atts.append({k: r.get(k, []) for k in ("source", "cue", "content")})
    return out.decode("utf-8"), atts


def read(path):
    arts, cur, lines = [], None, []

    def flush():
        if cur is not None:
            text, atts = parse("\n".join(lines).strip("\n"), f"{path}:{cur}")
            arts.append({"id": cur, "text": text, "attributions": atts})

    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("### "):
            flush()
            cur, lines = line[4:].strip(), []
        elif cur is not None:
            lines.append(line)
    flush()
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
