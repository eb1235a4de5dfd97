#!/usr/bin/env python3
"""Scores claimx attributions against PolNeAR (source / cue / content spans).

usage: polnear_eval.py CLAIMX_CLI DATA.jsonl [--limit N] [--errors N] [--analyze N]
                       [--cue-errors N] [--examples KEY]

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
        self.lemma_con = Counter()  # predicted content equals a gold content
        self.lemma_srcn = Counter()  # predicted claims with a source
        self.shape = Counter()
        self.ex = []
        self.by_lemma = 0

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
        gold_cons = {norm_pieces(t, g["content"]) for g in golds if g["content"]}
        for k, p in enumerate(preds):
            lemma = cues[k]["cue"].get("lemma", "?") if k < len(cues) else "?"
            self.lemma_n[lemma] += 1
            self.lemma_cue[lemma] += norm_pieces(t, p["cue"]) in gold_cues
            self.lemma_src[lemma] += bool(p["source"]) and norm_pieces(t, p["source"]) in gold_srcs
            self.lemma_srcn[lemma] += bool(p["source"])
            self.lemma_con[lemma] += bool(p["content"]) and norm_pieces(t, p["content"]) in gold_cons
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
        if self.by_lemma:
            print("\nper predicted lemma (exact spans equal to a gold span of the article; "
                  "src= among claims with a source): precision of each role")
            print("%5s %5s %5s %5s %5s %5s  %s" % ("pred", "attr", "cue=", "src=", "con=",
                                                 "fp", "lemma"))
            for lem, k in self.lemma_n.most_common(self.by_lemma):
                print("%5d %5.2f %5.2f %5.2f %5.2f %5d  %s" % (
                    k, self.lemma_hit[lem] / k, self.lemma_cue[lem] / k,
                    self.lemma_src[lem] / self.lemma_srcn[lem] if self.lemma_srcn[lem] else 0,
                    self.lemma_con[lem] / k, self.fp[lem], lem))
        if examples:
            cls, _, word = examples.rpartition(":")
            shown = 0
            for e in self.ex:
                if e[1] == word and (not cls or e[0] == cls):
                    print("\n[%s] SRC[%s] CUE[%s] CON[%s]\n      %s" % (e[0], e[2], e[3], e[4], e[5]))
                    shown += 1
                    if shown >= 40:
                        break


# Word classes for --cue-errors: which kind of word a cue edge differs by.
CLASS_WORDS = {
    "AUX": AUX - {"not", "n't", "n’t", "never", "also", "already", "just", "still", "even", "then",
                  "later", "earlier", "once", "again", "repeatedly", "previously", "reportedly"},
    "NEG": {"not", "n't", "n’t", "never", "no"},
    "THAT": {"that", "whether", "if", "what", "how", "why", "who", "when"},
    "TO": {"to"},
    "AS": {"as", "like"},
    "PREP": set("of about for on in at by with from into against over after before during "
                "toward towards upon".split()),
    "PART": set("up out off down back away forward ahead".split()),
    "TIME": set("today yesterday tonight tomorrow now monday tuesday wednesday thursday friday "
                "saturday sunday morning afternoon evening night week month year last this "
                "recently".split()),
    "DET": set("a an the his her their its our my your this that these those".split()),
    "PRON": set("he she it they we i you him them us me".split()),
}
CLASS_ORDER = ("NEG", "AUX", "THAT", "TO", "AS", "PART", "PREP", "TIME", "DET", "PRON")


def word_class(w):
    for c in CLASS_ORDER:
        if w in CLASS_WORDS[c]:
            return c
    if w.endswith("ly"):
        return "ADV"
    if w in ("also", "already", "just", "still", "even", "then", "later", "earlier", "once",
             "again", "repeatedly", "previously", "reportedly", "often", "long", "publicly"):
        return "ADV"
    if w == "statement" or w in ("interview", "letter", "post", "tweet", "release", "speech",
                                 "email", "report", "memo"):
        return "DOC"
    return "W"


def cue_words(t, pieces):
    """[(begin, end, lowercased word)] of the word tokens in the pieces."""
    return [(m.start(), m.end(), m.group().decode("utf-8", "replace").lower())
            for b, e in pieces for m in WORD.finditer(t, b, e)]


def cue_pattern(ws):
    """'AUX say' style key: closed-class words as classes, other words as themselves."""
    out = []
    for _, _, w in ws:
        c = word_class(w)
        out.append(w if c in ("W", "DOC") else c)
    return " ".join(out) if out else "<punct>"


class CueErrors:
    """Exact cue errors, grouped: unmatched gold (FN), unmatched predicted (FP) and overlapping
    pairs with the wrong edges (each such pair is one FP and one FN; fixing the edge makes a TP).

    Per article, exact matches (as in the exact score, a multiset of trimmed spans) are taken
    first; the remaining gold and predicted cues are paired one to one by largest overlap."""

    def __init__(self):
        self.n = Counter()
        self.fn_text, self.fn_first, self.fn_pat = Counter(), Counter(), Counter()
        self.fn_head = Counter()  # first word that is no auxiliary or adverb
        self.fp_text, self.fp_lemma, self.fp_ctx = Counter(), Counter(), Counter()
        self.edge_cls, self.edge_words, self.edge_pair = Counter(), Counter(), Counter()
        self.edge_cls_words = {}
        self.pred_first = Counter()  # first word of every predicted cue (was it ever predicted?)
        self.gold_first = Counter()
        self.ex = {}
        self.max_examples = 6

    def _ctx(self, t, b, e):
        before = [w for _, _, w in cue_words(t, [(max(0, b - 60), b)])]
        after = [w for _, _, w in cue_words(t, [(e, min(len(t), e + 60))])]
        prev = before[-1] if before else "^"
        nxt = after[0] if after else "$"
        # punctuation right before / after matters (", said X" vs "X said")
        pb = t[max(0, b - 2):b].strip()
        pa = t[e:e + 2].strip()
        pc = ("," if pb.endswith(b",") else '"' if pb[-1:] in (b'"', b"\x9d", b"\x9c") else "")
        ac = ("," if pa.startswith(b",") else "." if pa.startswith(b".") else
              ":" if pa.startswith(b":") else "")
        wc = lambda w: w if word_class(w) not in ("W", "DOC") else "w"
        return "%s%s _ %s%s" % (wc(prev), pc, ac, wc(nxt))

    def _example(self, key, t, b, e, note=""):
        lst = self.ex.setdefault(key, [])
        if len(lst) < self.max_examples:
            lst.append((t[max(0, b - 70):b].decode("utf-8", "replace") + "[[" +
                        t[b:e].decode("utf-8", "replace") + "]]" +
                        t[e:e + 50].decode("utf-8", "replace")).replace("\n", " / ") + note)

    def add(self, t, golds, preds, lemmas):
        g = [norm_pieces(t, x["cue"]) for x in golds]
        g = [x for x in g if x]
        p = [(norm_pieces(t, x["cue"]), lemmas[k] if k < len(lemmas) else "?")
             for k, x in enumerate(preds)]
        p = [x for x in p if x[0]]
        self.n["gold"] += len(g)
        self.n["pred"] += len(p)
        for pc, _ in p:
            ws = cue_words(t, pc)
            if ws:
                self.pred_first[ws[0][2]] += 1
        # exact matches first
        left_p = list(p)
        left_g = []
        for gc in g:
            ws = cue_words(t, gc)
            if ws:
                self.gold_first[ws[0][2]] += 1
            for i, (pc, _) in enumerate(left_p):
                if pc == gc:
                    del left_p[i]
                    self.n["exact"] += 1
                    break
            else:
                left_g.append(gc)
        span = lambda x: (x[0][0], x[-1][1])
        pairs = []
        for gi, gc in enumerate(left_g):
            gb, ge = span(gc)
            for pi, (pc, _) in enumerate(left_p):
                pb, pe = span(pc)
                ov = min(ge, pe) - max(gb, pb)
                if ov > 0:
                    pairs.append((-ov, gi, pi))
        pairs.sort()
        g_used, p_used = {}, {}
        for _, gi, pi in pairs:
            if gi in g_used or pi in p_used:
                continue
            g_used[gi] = pi
            p_used[pi] = gi
        for gi, gc in enumerate(left_g):
            gws = cue_words(t, gc)
            gb, ge = span(gc)
            if gi in g_used:
                pc, lemma = left_p[g_used[gi]]
                self._edge(t, gc, pc, gws, cue_words(t, pc))
                continue
            self.n["fn"] += 1
            text = " ".join(w for _, _, w in gws) or "<punct>"
            first = gws[0][2] if gws else "<punct>"
            self.fn_text[text] += 1
            self.fn_first[first] += 1
            self.fn_pat[cue_pattern(gws)] += 1
            head = cue_word(t, gc)
            self.fn_head[head] += 1
            if head != first:
                self._example("fn:" + head, t, gb, ge)
            # an exactly matched prediction overlapping this gold: two gold cues share a span
            if any(min(ge, span(pc)[1]) > max(gb, span(pc)[0]) for pc, _ in p):
                self.n["fn sharing a predicted cue"] += 1
            self._example("fn:" + first, t, gb, ge)
        for pi, (pc, lemma) in enumerate(left_p):
            if pi in p_used:
                continue
            self.n["fp"] += 1
            pws = cue_words(t, pc)
            pb, pe = span(pc)
            self.fp_text[" ".join(w for _, _, w in pws) or "<punct>"] += 1
            self.fp_lemma[lemma] += 1
            ctx = self._ctx(t, pb, pe)
            self.fp_ctx[ctx] += 1
            self._example("fp:" + lemma, t, pb, pe)
            self._example("fpctx:" + ctx, t, pb, pe)

    def _edge(self, t, gc, pc, gws, pws):
        self.n["edge"] += 1
        gb, ge = gc[0][0], gc[-1][1]
        pb, pe = pc[0][0], pc[-1][1]
        gset = {(b, e) for b, e, _ in gws}
        pset = {(b, e) for b, e, _ in pws}
        parts = []
        for who, ws, other, ob, oe in (("gold", gws, pset, pb, pe), ("pred", pws, gset, gb, ge)):
            extra_l = [w for b, e, w in ws if (b, e) not in other and e <= ob]
            extra_r = [w for b, e, w in ws if (b, e) not in other and b >= oe]
            extra_in = [w for b, e, w in ws if (b, e) not in other and b < oe and e > ob]
            for side, ex in (("L", extra_l), ("R", extra_r), ("in", extra_in)):
                if ex:
                    parts.append(("%s+%s" % (who, side), ex))
        if not parts:
            parts = [("same words", ["(punctuation/pieces)"])]
        cls = "; ".join("%s:%s" % (k, " ".join(word_class(w) for w in ex)) for k, ex in parts)
        wds = "; ".join("%s:%s" % (k, " ".join(ex)) for k, ex in parts)
        self.edge_cls[cls] += 1
        self.edge_words[wds] += 1
        self.edge_cls_words.setdefault(cls, Counter())[wds] += 1
        self.edge_pair[(" ".join(w for _, _, w in gws), " ".join(w for _, _, w in pws))] += 1
        self._example("edge:" + cls, t, min(gb, pb), max(ge, pe),
                      "   gold=%r pred=%r" % (t[gb:ge].decode("utf-8", "replace"),
                                              t[pb:pe].decode("utf-8", "replace")))

    def report(self, n, examples):
        c = self.n
        print("\ncue errors: %d gold, %d predicted, %d exact; %d edge pairs (overlap, wrong edges: "
              "each one FP + one FN); %d FN with no overlapping prediction (%d of them overlap a "
              "prediction already matched exactly); %d FP with no overlapping gold" % (
                  c["gold"], c["pred"], c["exact"], c["edge"], c["fn"],
                  c["fn sharing a predicted cue"], c["fp"]))

        def table(title, counter, extra=None):
            print("\n" + title)
            for k, v in counter.most_common(n):
                print("%6d  %s%s" % (v, k, extra(k) if extra else ""))

        table("EDGE errors by side and word class (gold+L: gold has words left of ours we leave "
              "out; pred+R: we include words right of gold's end), with top word strings:",
              self.edge_cls,
              lambda k: "   e.g. " + ", ".join("%s (%d)" % (w, m)
                                              for w, m in self.edge_cls_words[k].most_common(3)))
        table("EDGE errors by words:", self.edge_words)
        print("\nEDGE errors by pair (gold -> pred):")
        for (g, p), v in self.edge_pair.most_common(n):
            print("%6d  %-32s -> %s" % (v, g, p))
        table("FN (gold cue, no overlapping prediction) by first word [we predict it as a first "
              "word N times / gold has it first M times]:", self.fn_first,
              lambda k: "   [%d/%d]" % (self.pred_first[k], self.gold_first[k]))
        unseen = sum(v for k, v in self.fn_first.items() if not self.pred_first[k])
        print("  FN whose first word we never predict: %d (%d distinct words)" % (
            unseen, sum(1 for k in self.fn_first if not self.pred_first[k])))
        table("FN by head word (first word that is no auxiliary or adverb):", self.fn_head)
        table("FN by text:", self.fn_text)
        table("FN by pattern:", self.fn_pat)
        table("FP (predicted cue, no overlapping gold) by lemma:", self.fp_lemma)
        table("FP by text:", self.fp_text)
        table("FP by context (previous word, cue, next word; w = open-class word):", self.fp_ctx)
        if examples:
            for key, lst in self.ex.items():
                if key == examples or (examples.endswith("*") and key.startswith(examples[:-1])):
                    print("\n" + key)
                    for x in lst:
                        print("    " + x)


def run_cli(cli, arts, lexicons=()):
    """The CLI's JSONL output for the articles, by document id (also used by
    polnear_mine.py)."""
    inp = "".join(json.dumps({k: a[k] for k in ("id", "text", "date") if a.get(k) is not None}) + "\n"
                  for a in arts)
    lex = [x for f in lexicons for x in ("--lexicon", f)]
    res = subprocess.run([cli, "extract", "--input", "jsonl", "--format", "jsonl"] + lex + ["-"],
                         input=inp.encode(), capture_output=True, check=False)
    if res.returncode not in (0, 1):
        sys.exit(res.stderr.decode())
    docs = {}
    for line in res.stdout.decode().splitlines():
        d = json.loads(line)
        docs[d["id"]] = d
    return docs


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
    ap.add_argument("--cue-errors", type=int, default=0,
                    help="print the N largest groups of exact cue errors: edge errors (overlap, "
                    "wrong edges) by side and word class, unmatched gold cues (FN) and unmatched "
                    "predicted cues (FP) by text, first word, pattern, lemma and context; "
                    "--examples KEY shows cases (edge:CLASS, fn:WORD, fp:LEMMA, fpctx:CTX, a "
                    "trailing * matches a prefix)")
    ap.add_argument("--max-examples", type=int, default=0,
                    help="with --cue-errors: examples kept per key (default 6)")
    ap.add_argument("--by-lemma", type=int, default=0,
                    help="with --analyze: per predicted lemma (the N most frequent), the share "
                    "of its claims that find a gold attribution and whose cue, source and "
                    "content spans equal a gold one")
    ap.add_argument("--lexicon", action="append", default=[],
                    help="extra lexicon TSV passed to the CLI (repeatable): try entries "
                    "without rebuilding")
    ap.add_argument("--exact-raw", action="store_true",
                    help="exact match without trimming edge punctuation")
    args = ap.parse_args()

    arts = [json.loads(l) for l in open(args.data, encoding="utf-8") if l.strip()]
    if args.limit:
        arts = arts[:args.limit]
    docs = run_cli(args.cli, arts, args.lexicon)

    roles = ("source", "cue", "content")
    tok = {r: Counter() for r in roles}
    exact = {r: Counter() for r in roles}
    att = Counter()
    missed = []
    an = Analysis() if args.analyze else None
    if an:
        an.by_lemma = args.by_lemma
    ce = CueErrors() if args.cue_errors else None
    if ce and args.max_examples:
        ce.max_examples = args.max_examples
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
        if ce:
            ce.add(t, golds, preds, [c["cue"].get("lemma", "?") for c in doc["claims"]
                                     if c.get("cue")])
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
    if ce:
        ce.report(args.cue_errors, args.examples)


if __name__ == "__main__":
    main()
