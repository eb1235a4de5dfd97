#!/usr/bin/env python3
"""Scores claimx attributions against PolNeAR (source / cue / content spans).

usage: polnear_eval.py CLAIMX_CLI DATA.jsonl [--limit N] [--errors N]

Runs `claimx extract --input jsonl --format jsonl` over the articles and prints,
per role (source, cue, content):
  token  P/R/F1  - over the bytes of word tokens covered by each role, pooled
  exact  P/R/F1  - a predicted role span (its pieces joined) equals a gold one
and attribution-level P/R/F1: a gold attribution is found when a predicted
claim's cue overlaps its cue and both source and content reach token F >= 0.5.
Unattributed claims (no cue) are not scored. Spans are UTF-8 byte offsets.
Dev data only for measurement: never copy its text into tests.
"""
import argparse
import json
import re
import subprocess
import sys
from collections import Counter

WORD = re.compile(rb"[A-Za-z0-9_\x80-\xff]+")


def words(text_bytes, pieces):
    """Set of (begin, end) of word tokens inside the pieces."""
    out = set()
    for b, e in pieces:
        for m in WORD.finditer(text_bytes, b, e):
            out.add((m.start(), m.end()))
    return out


def norm_pieces(text_bytes, pieces):
    """Pieces as a tuple, trimmed of spaces and edge punctuation that annotators vary on."""
    out = []
    for b, e in pieces:
        while b < e and text_bytes[b:b + 1] in b" \n\t,;:.":
            b += 1
        while e > b and text_bytes[e - 1:e] in b" \n\t,;:.":
            e -= 1
        if e > b:
            out.append((b, e))
    return tuple(out)


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def tok_f(a, b):
    if not a and not b:
        return 1.0
    tp = len(a & b)
    p = tp / len(a) if a else 0.0
    r = tp / len(b) if b else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("data")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="print N missed gold attributions")
    ap.add_argument("--exact-raw", action="store_true",
                    help="exact match without trimming edge punctuation")
    args = ap.parse_args()

    arts = [json.loads(l) for l in open(args.data, encoding="utf-8") if l.strip()]
    if args.limit:
        arts = arts[:args.limit]
    inp = "".join(json.dumps({"id": a["id"], "text": a["text"], "date": a.get("date")}) + "\n"
                  for a in arts)
    res = subprocess.run([args.cli, "extract", "--input", "jsonl", "--format", "jsonl", "-"],
                         input=inp.encode(), capture_output=True, check=False)
    if res.returncode not in (0, 1):
        sys.exit(res.stderr.decode())
    docs = {}
    for line in res.stdout.decode().splitlines():
        d = json.loads(line)
        docs[d["id"]] = d

    roles = ("source", "cue", "content")
    tok = {r: Counter() for r in roles}
    exact = {r: Counter() for r in roles}
    att = Counter()
    missed = []
    for a in arts:
        t = a["text"].encode("utf-8")
        doc = docs.get(a["id"], {"claims": []})
        preds = []
        for c in doc["claims"]:
            if not c.get("cue"):
                continue
            src = c.get("source")
            p = {
                "source": [(src["begin"], src["end"])] if src and src["end"] > src["begin"] else [],
                "cue": [(c["cue"]["begin"], c["cue"]["end"])],
                "content": [(x["begin"], x["end"]) for x in c["pieces"]],
            }
            preds.append(p)
        golds = [{r: [tuple(x) for x in g[r]] for r in roles} for g in a["attributions"]]
        for r in roles:
            gw, pw = set(), set()
            for g in golds:
                gw |= words(t, g[r])
            for p in preds:
                pw |= words(t, p[r])
            tok[r]["tp"] += len(gw & pw)
            tok[r]["p"] += len(pw)
            tok[r]["g"] += len(gw)
            key = (lambda x: tuple(x)) if args.exact_raw else (lambda x: norm_pieces(t, x))
            gs = Counter(key(g[r]) for g in golds if g[r])
            ps = Counter(key(p[r]) for p in preds if p[r])
            exact[r]["tp"] += sum((gs & ps).values())
            exact[r]["p"] += sum(ps.values())
            exact[r]["g"] += sum(gs.values())
        used = set()
        for g in golds:
            gcue = g["cue"]
            hit = False
            for k, p in enumerate(preds):
                if k in used:
                    continue
                overlap = any(pb < ge and gb < pe for gb, ge in gcue for pb, pe in p["cue"])
                if not overlap:
                    continue
                if (tok_f(words(t, p["source"]), words(t, g["source"])) >= 0.5 and
                        tok_f(words(t, p["content"]), words(t, g["content"])) >= 0.5):
                    used.add(k)
                    hit = True
                    break
            att["tp"] += hit
            if not hit and len(missed) < args.errors:
                show = lambda sp: " | ".join(t[b:e].decode("utf-8", "replace") for b, e in sp)
                missed.append("SRC[%s] CUE[%s] CON[%s]" % (show(g["source"]), show(g["cue"]),
                                                           show(g["content"])[:160]))
        att["g"] += len(golds)
        att["p"] += len(preds)

    print("PolNeAR %s: %d articles, %d gold attributions, %d predicted claims with a cue" %
          (args.data, len(arts), att["g"], att["p"]))
    print("%-8s %-6s %6s %6s %6s" % ("role", "match", "P", "R", "F1"))
    for r in roles:
        for name, c in (("token", tok[r]), ("exact", exact[r])):
            p, rr, f = prf(c["tp"], c["p"], c["g"])
            print("%-8s %-6s %6.3f %6.3f %6.3f" % (r, name, p, rr, f))
    p, rr, f = prf(att["tp"], att["p"], att["g"])
    print("%-8s %-6s %6.3f %6.3f %6.3f" % ("attrib", "F>=.5", p, rr, f))
    for m in missed:
        print("MISSED", m)


if __name__ == "__main__":
    main()
