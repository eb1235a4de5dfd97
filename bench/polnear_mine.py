#!/usr/bin/env python3
"""Mines PolNeAR for cue lexicon candidates: words and short phrases that annotators mark as
(part of) a cue far more often than claimx predicts one there.

usage: polnear_mine.py CLAIMX_CLI DATA.jsonl [--ngram N] [--min-docs D] [--min-rate R]
                       [--top K] [--form TEXT] [--sort missed|rate|uses] [--in-quotes]

Runs `claimx extract` over the articles (as polnear_eval.py does), then for every word n-gram
(n = 1..N, words joined by spaces only, lowercased) counts over its occurrences outside
quotation marks (all occurrences with --in-quotes):
  uses    occurrences              docs   articles with one
  cue     inside one gold cue span pred   inside one predicted cue span
  missed  inside a gold cue and touching no predicted cue
  rate    cue / uses               prate  pred / uses
  add_p   missed / (uses - pred): the precision a rule firing on every use we do not predict
          yet would have (adding predictions with precision above F1/2 raises F1)
and the most frequent gold cue spans (lowercased words) that contain it, so an entry can be
written with the edges annotators use. Only forms with --min-docs articles and a cue rate of
--min-rate are listed. --form TEXT prints one form's row whatever its counts.
Mine train; confirm on dev. Prints counts and short cue phrases only, never article text.
"""
import argparse
import json
import re
import sys
from collections import Counter, defaultdict

from polnear_eval import run_cli

WORD = re.compile(rb"[A-Za-z0-9_\x80-\xff]+(?:['\x27][A-Za-z]+)?")
QUOTES = ("\"", "\u201c", "\u201d")


def quoted_bytes(text):
    """Byte ranges inside double quotation marks, paired within each paragraph."""
    out = []
    pos = 0
    for para in text.split("\n"):
        open_at = None
        b = pos
        for ch in para:
            n = len(ch.encode("utf-8"))
            if ch in QUOTES:
                if ch == "\u201c" or (ch == "\"" and open_at is None):
                    open_at = b
                elif open_at is not None:
                    out.append((open_at, b + n))
                    open_at = None
            b += n
        pos += len(para.encode("utf-8")) + 1
    return out


def inside(spans, b, e):
    return any(sb <= b and e <= se for sb, se in spans)


def touches(spans, b, e):
    return any(sb < e and b < se for sb, se in spans)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("data")
    ap.add_argument("--ngram", type=int, default=3)
    ap.add_argument("--min-docs", type=int, default=8)
    ap.add_argument("--min-rate", type=float, default=0.4)
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--form", action="append", default=[])
    ap.add_argument("--sort", choices=("missed", "rate", "uses"), default="missed")
    ap.add_argument("--in-quotes", action="store_true")
    ap.add_argument("--edges", action="store_true",
                    help="instead: for predicted cues that overlap a gold cue, the word right "
                    "after (R) and right before (L) our cue, and how often the gold cue takes "
                    "it in (in) or not (out); with the cue lemma")
    args = ap.parse_args()

    arts = [json.loads(l) for l in open(args.data, encoding="utf-8") if l.strip()]
    docs = run_cli(args.cli, arts)
    if args.edges:
        return edges(args, arts, docs)
    c = defaultdict(Counter)
    docs_of = defaultdict(set)
    gold_texts = defaultdict(Counter)
    for a in arts:
        t = a["text"].encode("utf-8")
        gold = []  # (begin, end) of each gold cue piece run (first to last piece)
        for g in a["attributions"]:
            if g["cue"]:
                gold.append((min(b for b, _ in g["cue"]), max(e for _, e in g["cue"])))
        pred = [(x["cue"]["begin"], x["cue"]["end"])
                for x in docs.get(a["id"], {"claims": []})["claims"] if x.get("cue")]
        quotes = [] if args.in_quotes else quoted_bytes(a["text"])
        gold_words = {}
        for gb, ge in gold:
            gold_words[(gb, ge)] = " ".join(
                m.group().decode("utf-8", "replace").lower() for m in WORD.finditer(t, gb, ge))
        toks = [(m.start(), m.end(), m.group().decode("utf-8", "replace").lower())
                for m in WORD.finditer(t)]
        for i in range(len(toks)):
            for n in range(1, args.ngram + 1):
                if i + n > len(toks):
                    break
                # words separated by spaces only
                if n > 1 and t[toks[i + n - 2][1]:toks[i + n - 1][0]].strip(b" "):
                    break
                b, e = toks[i][0], toks[i + n - 1][1]
                if quotes and touches(quotes, b, e):
                    continue
                form = " ".join(w for _, _, w in toks[i:i + n])
                row = c[form]
                row["uses"] += 1
                docs_of[form].add(a["id"])
                in_gold = [g for g in gold if g[0] <= b and e <= g[1]]
                if in_gold:
                    row["cue"] += 1
                    gold_texts[form][gold_words[in_gold[0]]] += 1
                if inside(pred, b, e):
                    row["pred"] += 1
                if in_gold and not touches(pred, b, e):
                    row["missed"] += 1

    def line(form, row):
        uses = row["uses"]
        rate = row["cue"] / uses if uses else 0.0
        prate = row["pred"] / uses if uses else 0.0
        rest = uses - row["pred"]
        add_p = row["missed"] / rest if rest > 0 else 0.0
        top = ", ".join("%s (%d)" % (g[:40], k) for g, k in gold_texts[form].most_common(3))
        return "%-26s %6d %5d %6d %5.2f %6d %5.2f %6d %5.2f  %s" % (
            form[:26], uses, len(docs_of[form]), row["cue"], rate, row["pred"], prate,
            row["missed"], add_p, top)

    head = "%-26s %6s %5s %6s %5s %6s %5s %6s %5s  %s" % (
        "form", "uses", "docs", "cue", "rate", "pred", "prate", "missed", "add_p",
        "gold cue spans containing it")
    print(head)
    if args.form:
        for f in args.form:
            print(line(f.lower(), c[f.lower()]))
        return
    rows = [(f, r) for f, r in c.items()
            if len(docs_of[f]) >= args.min_docs and r["uses"] and
            r["cue"] / r["uses"] >= args.min_rate and r["missed"] > 0]
    key = {"missed": lambda fr: -fr[1]["missed"],
           "rate": lambda fr: -fr[1]["cue"] / fr[1]["uses"],
           "uses": lambda fr: -fr[1]["uses"]}[args.sort]
    rows.sort(key=key)
    for f, r in rows[:args.top]:
        print(line(f, r))


def edges(args, arts, docs):
    tab = defaultdict(Counter)
    for a in arts:
        t = a["text"].encode("utf-8")
        gold = [(min(b for b, _ in g["cue"]), max(e for _, e in g["cue"]))
                for g in a["attributions"] if g["cue"]]
        toks = [(m.start(), m.end(), m.group().decode("utf-8", "replace").lower())
                for m in WORD.finditer(t)]
        for x in docs.get(a["id"], {"claims": []})["claims"]:
            if not x.get("cue"):
                continue
            pb, pe = x["cue"]["begin"], x["cue"]["end"]
            lemma = x["cue"].get("lemma", "?")
            ov = [g for g in gold if g[0] < pe and pb < g[1]]
            if not ov:
                continue
            g = max(ov, key=lambda g: min(g[1], pe) - max(g[0], pb))
            nxt = [w for w in toks if w[0] >= pe][:1]
            prv = [w for w in toks if w[1] <= pb][-1:]
            if nxt and not t[pe:nxt[0][0]].strip(b" "):
                w = nxt[0]
                key = ("R", w[2], lemma)
                tab[key]["in" if g[1] >= w[1] else "out"] += 1
            if prv and not t[prv[0][1]:pb].strip(b" "):
                w = prv[0]
                key = ("L", w[2], lemma)
                tab[key]["in" if g[0] <= w[0] else "out"] += 1
            # our own edge words: does gold keep our last / first word?
            own = [w for w in toks if pb <= w[0] and w[1] <= pe]
            if len(own) > 1:
                tab[("ownR", own[-1][2], lemma)]["in" if g[1] >= own[-1][1] else "out"] += 1
                tab[("ownL", own[0][2], lemma)]["in" if g[0] <= own[0][0] else "out"] += 1
    by_word = defaultdict(Counter)
    for (side, w, lem), c in tab.items():
        by_word[(side, w)].update(c)
    print("%-5s %-16s %5s %5s %5s  %s" % ("side", "word", "in", "out", "in%", "by lemma (in/out)"))
    rows = sorted(by_word.items(), key=lambda kv: -min(kv[1]["in"], kv[1]["out"]) -
                  0.01 * (kv[1]["in"] + kv[1]["out"]))
    for (side, w), c in rows[:args.top]:
        n = c["in"] + c["out"]
        lems = sorted(((lem, cc) for (s2, w2, lem), cc in tab.items() if s2 == side and w2 == w),
                      key=lambda x: -(x[1]["in"] + x[1]["out"]))[:5]
        print("%-5s %-16s %5d %5d %5.2f  %s" % (side, w[:16], c["in"], c["out"], c["in"] / n,
                                             ", ".join("%s %d/%d" % (l, x["in"], x["out"])
                                                       for l, x in lems)))


if __name__ == "__main__":
    main()
