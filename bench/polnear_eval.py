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


AUX = set("has have had having was were is are be been being am 's ’s will would could should "
          "can may might must shall did do does not n't n’t never also has already just still "
          "even then later earlier once again repeatedly previously reportedly".split())


def cue_word(t, pieces):
    """The class key of a cue: its first word that is no auxiliary or adverb, lowercased."""
    ws = [t[b:e].decode("utf-8", "replace").lower()
          for b, e in pieces for b, e in [m.span() for m in WORD.finditer(t, b, e)]]
    if not ws:
        return "<punct>"
    rest = [w for w in ws if w not in AUX and not w.endswith("ly")]
    return rest[0] if rest else ws[-1]


def show(t, sp, limit=160):
    return " | ".join(t[b:e].decode("utf-8", "replace") for b, e in sp)[:limit].replace("\n", " / ")


class Analysis:
    """Miss classes by gold cue word; exact-span mismatch pairs; false positives by lemma."""

    def __init__(self):
        self.by_word = {}
        self.cue_pairs = Counter()
        self.src_pairs = Counter()
        self.fp = Counter()
        self.fp_kind = Counter()
        self.lemma_n = Counter()
        self.lemma_hit = Counter()
        self.lemma_nogold = Counter()
        self.lemma_cue = Counter()  # predicted cue span equals a gold cue span
        self.lemma_src = Counter()  # predicted source span equals a gold source span
        self.shape = Counter()
        self.ex = []

    def gold(self, t, g, hit, best, preds):
        w = cue_word(t, g["cue"])
        row = self.by_word.setdefault(w, Counter())
        row["n"] += 1
        if len(g["content"]) > 1:
            self.shape["content in pieces"] += 1
        if not g["source"]:
            self.shape["no source"] += 1
        if hit:
            row["hit"] += 1
            cls = "hit"
        elif best is None:
            row["nocue"] += 1
            cls = "nocue"
        else:
            fs, fc, _ = best
            cls = "both" if fs < .5 and fc < .5 else ("src" if fs < .5 else "con")
            row[cls] += 1
        if best is not None:
            p = preds[best[2]]
            gc, pc = norm_pieces(t, g["cue"]), norm_pieces(t, p["cue"])
            if gc != pc:
                self.cue_pairs[(show(t, gc, 40).lower(), show(t, pc, 40).lower())] += 1
            gs, ps = norm_pieces(t, g["source"]), norm_pieces(t, p["source"])
            if gs != ps and gs and ps:
                # where they differ: gold longer / shorter / disjoint
                gw, pw = words(t, gs), words(t, ps)
                kind = ("pred inside gold" if pw < gw else "gold inside pred" if gw < pw
                        else "overlap" if gw & pw else "disjoint")
                self.src_pairs[kind] += 1
            elif gs and not ps:
                self.src_pairs["pred has no source"] += 1
            elif ps and not gs:
                self.src_pairs["gold has no source"] += 1
        if cls != "hit":
            self.ex.append((cls, w, show(t, g["source"], 60), show(t, g["cue"], 40),
                            show(t, g["content"]),
                            "" if best is None else "PRED src[%s] cue[%s] con[%s]" % (
                                show(t, preds[best[2]]["source"], 60),
                                show(t, preds[best[2]]["cue"], 40),
                                show(t, preds[best[2]]["content"], 100))))

    def false_pos(self, t, golds, preds, used, doc):
        cues = [c for c in doc["claims"] if c.get("cue")]
        gold_cues = {norm_pieces(t, g["cue"]) for g in golds}
        gold_srcs = {norm_pieces(t, g["source"]) for g in golds if g["source"]}
        for k, p in enumerate(preds):
            lemma = cues[k]["cue"].get("lemma", "?") if k < len(cues) else "?"
            self.lemma_n[lemma] += 1
            self.lemma_cue[lemma] += norm_pieces(t, p["cue"]) in gold_cues
            self.lemma_src[lemma] += bool(p["source"]) and norm_pieces(t, p["source"]) in gold_srcs
            if k in used:
                self.lemma_hit[lemma] += 1
                continue
            overl = any(pb < ge and gb < pe for g in golds for gb, ge in g["cue"]
                        for pb, pe in p["cue"])
            self.fp[lemma] += 1
            self.ex.append(("fp", lemma, show(t, p["source"], 60), show(t, p["cue"], 40),
                            show(t, p["content"]), "gold cue overlaps" if overl else ""))
            if not overl:
                self.lemma_nogold[lemma] += 1
            self.fp_kind["cue matches a gold cue" if overl else "no gold cue there"] += 1

    def report(self, n, examples):
        rows = sorted(self.by_word.items(), key=lambda kv: -kv[1]["n"])
        print("\n%-22s %6s %6s %6s %6s %6s %6s" % ("gold cue word", "n", "hit", "nocue", "src",
                                                 "con", "both"))
        for w, r in rows[:n]:
            print("%-22s %6d %6d %6d %6d %6d %6d" % (w[:22], r["n"], r["hit"], r["nocue"],
                                                   r["src"], r["con"], r["both"]))
        tot = Counter()
        for _, r in rows:
            tot.update(r)
        print("%-22s %6d %6d %6d %6d %6d %6d" % ("TOTAL", tot["n"], tot["hit"], tot["nocue"],
                                               tot["src"], tot["con"], tot["both"]))
        print("\nshapes:", dict(self.shape))
        print("source mismatches (cue overlapping):", dict(self.src_pairs))
        print("\nexact cue mismatches (gold -> pred), most frequent:")
        for (g, p), c in self.cue_pairs.most_common(n):
            print("%5d  %-30s -> %s" % (c, g, p))
        print("\nfalse positives by predicted lemma:", dict(self.fp_kind))
        print("(exact cue / exact src: the predicted span equals some gold span of the article)")
        print("%5s %5s %5s %5s %5s %5s  %s" % ("pred", "hit", "fp", "nogold", "cue=", "src=",
                                             "lemma"))
        for lem, c in self.fp.most_common(n):
            print("%5d %5d %5d %5d %5d %5d  %s" % (self.lemma_n[lem], self.lemma_hit[lem], c,
                                                 self.lemma_nogold[lem], self.lemma_cue[lem],
                                                 self.lemma_src[lem], lem))
        if examples:
            cls, _, word = examples.rpartition(":")
            shown = 0
            for e in self.ex:
                if e[1] == word and (not cls or e[0] == cls):
                    print("\n[%s] SRC[%s] CUE[%s] CON[%s]\n      %s" % (e[0], e[2], e[3], e[4], e[5]))
                    shown += 1
                    if shown >= 40:
                        break


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("data")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="print N missed gold attributions")
    ap.add_argument("--analyze", type=int, default=0,
                    help="print the N most frequent gold cue words with their miss classes, "
                    "exact cue/source mismatch pairs and false positives by lemma")
    ap.add_argument("--examples", default="",
                    help="with --analyze: print misses whose gold cue word is this "
                    "(or CLASS:word, CLASS one of nocue, src, con, both; fp:LEMMA lists false positives)")
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
    an = Analysis() if args.analyze else None
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
        best_for = {}
        for g in golds:
            gcue = g["cue"]
            hit = False
            best = None
            for k, p in enumerate(preds):
                if k in used:
                    continue
                overlap = any(pb < ge and gb < pe for gb, ge in gcue for pb, pe in p["cue"])
                if not overlap:
                    continue
                fs = tok_f(words(t, p["source"]), words(t, g["source"]))
                fc = tok_f(words(t, p["content"]), words(t, g["content"]))
                if best is None or fs + fc > best[0] + best[1]:
                    best = (fs, fc, k)
                if fs >= 0.5 and fc >= 0.5:
                    used.add(k)
                    hit = True
                    break
            att["tp"] += hit
            if an:
                an.gold(t, g, hit, best, preds)
            if not hit and len(missed) < args.errors:
                show = lambda sp: " | ".join(t[b:e].decode("utf-8", "replace") for b, e in sp)
                missed.append("SRC[%s] CUE[%s] CON[%s]" % (show(g["source"]), show(g["cue"]),
                                                           show(g["content"])[:160]))
        att["g"] += len(golds)
        att["p"] += len(preds)
        if an:
            an.false_pos(t, golds, preds, used, docs.get(a["id"], {"claims": []}))

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
    if an:
        an.report(args.analyze, args.examples)


if __name__ == "__main__":
    main()
