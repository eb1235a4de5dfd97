#!/usr/bin/env python3
"""Scores claimx entities against annotated text: per-type precision, recall, F1.

Inputs (given by path, any number):
  *.conll / *.txt / other  CoNLL-style columns: token first, NER tag last (IOB1 or IOB2,
                           e.g. CoNLL-2003 "EU NNP B-NP B-ORG"); -DOCSTART- lines and blank
                           lines separate documents and sentences.
  --inline FILE            claimx's golden format (tests/golden/entities/dev.txt):
                           "### id" passages with inline "[TYPE text]" annotations.

Each document is rebuilt as text (tokens joined by spaces, one sentence per line), run
through the claimx CLI (--claimx, default build/tools/claimx/claimx) and scored by exact
span match. --types conll (default) maps claimx types to PER/ORG/LOC/MISC (GPE, LOC,
FAC -> LOC; NORP, EVENT -> MISC); --types native keeps PERSON/ORG/GPE/... (inline only).

  python3 bench/ner_eval.py --inline tests/golden/entities/dev.txt
  python3 bench/ner_eval.py path/to/eng.testb --claimx build/tools/claimx/claimx
  python3 bench/ner_eval.py --inline heldout9.txt --claimx-arg=--entity-model=model.bin

--claimx-arg ARG (repeatable) passes ARG to `claimx extract`, e.g. a trained entity model
(`claimx train-entities`).
"""
import argparse
import collections
import json
import re
import subprocess
import sys

CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
         "NORP": "MISC", "EVENT": "MISC"}
ANNOT = re.compile(r"\[([A-Z]+) ([^\[\]]+)\]")


def read_inline(path):
    """Yields (id, text, [(begin, end, type)]) with UTF-8 byte offsets."""
    docs, cur_id, lines = [], None, []

    def flush():
        if cur_id is None:
            return
        raw = "\n".join(lines).strip("\n")
        text, spans, pos = b"", [], 0
        for m in ANNOT.finditer(raw):
            text += raw[pos:m.start()].encode()
            b = len(text)
            text += m.group(2).encode()
            spans.append((b, len(text), m.group(1)))
            pos = m.end()
        text += raw[pos:].encode()
        docs.append((cur_id, text.decode(), spans))

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("### "):
                flush()
                cur_id, lines = line[4:].strip(), []
            elif cur_id is not None:
                lines.append(line)
            # lines before the first passage are comments
    flush()
    return docs


def read_conll(path):
    """Yields (id, text, spans) per -DOCSTART- document (or per file)."""
    docs = []
    sents, sent = [], []

    def end_sent():
        nonlocal sent
        if sent:
            sents.append(sent)
        sent = []

    def end_doc():
        end_sent()
        if not sents:
            return
        text, spans = b"", []
        for s in sents:
            if text:
                text += b"\n"
            start, prev = None, "O"
            for tok, tag in s:
                if text and not text.endswith(b"\n"):
                    text += b" "
                b = len(text)
                text += tok.encode()
                kind = tag[2:] if len(tag) > 2 else None
                begins = tag.startswith("B-") or (tag.startswith("I-") and (
                    prev == "O" or prev[2:] != kind))
                if start is not None and (tag == "O" or begins):
                    spans.append(start)
                    start = None
                if tag != "O":
                    if start is None:
                        start = [b, len(text), kind]
                    else:
                        start[1] = len(text)
                prev = tag
            if start is not None:
                spans.append(start)
        docs.append((f"{path}#{len(docs)}", text.decode(), [tuple(x) for x in spans]))
        sents.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                end_doc()
                continue
            if not line.strip():
                end_sent()
                continue
            cols = line.split()
            sent.append((cols[0], cols[-1]))
    end_doc()
    return docs


def run_claimx(binary, docs, extra=()):
    payload = "".join(json.dumps({"id": d[0], "text": d[1]}) + "\n" for d in docs)
    out = subprocess.run([binary, "extract", "--input", "jsonl", "--format", "jsonl",
                          "--threads", "1", *extra, "-"],
                         input=payload.encode(), capture_output=True, check=True)
    results = {}
    for line in out.stdout.decode().splitlines():
        d = json.loads(line)
        results[d["id"]] = [(e["begin"], e["end"], e["type"]) for e in d["entities"]]
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", help="CoNLL-style files")
    ap.add_argument("--inline", action="append", default=[], help="golden inline file")
    ap.add_argument("--claimx", default="build/tools/claimx/claimx")
    ap.add_argument("--claimx-arg", action="append", default=[],
                    help="extra argument for claimx extract (repeatable)")
    ap.add_argument("--types", choices=["conll", "native"], default="conll")
    ap.add_argument("--errors", action="store_true", help="print misses and false alarms")
    args = ap.parse_args()
    docs = []
    for p in args.inline:
        docs += read_inline(p)
    for p in args.files:
        docs += read_conll(p)
    if not docs:
        ap.error("no documents: give CoNLL files or --inline FILE")
    system = run_claimx(args.claimx, docs, args.claimx_arg)
    mapping = (lambda t: CONLL.get(t, t)) if args.types == "conll" else (lambda t: t)
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    for doc_id, text, gold in docs:
        g = {(b, e, mapping(t)) for b, e, t in gold}
        s = {(b, e, mapping(t)) for b, e, t in system.get(doc_id, [])}
        if args.types == "conll":
            g = {x for x in g if x[2] in ("PER", "ORG", "LOC", "MISC")}
        raw = text.encode()
        for x in g & s:
            tp[x[2]] += 1
        for x in s - g:
            fp[x[2]] += 1
            if args.errors:
                print(f"FP {doc_id} {x[2]} {raw[x[0]:x[1]].decode()!r}")
        for x in g - s:
            fn[x[2]] += 1
            if args.errors:
                print(f"FN {doc_id} {x[2]} {raw[x[0]:x[1]].decode()!r}")

    def prf(t, p, n):
        pr = t / (t + p) if t + p else 0.0
        rc = t / (t + n) if t + n else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return pr, rc, f

    print(f"{len(docs)} documents")
    print(f"{'type':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'sys':>6}")
    types = sorted(set(tp) | set(fp) | set(fn))
    for t in types:
        p, r, f = prf(tp[t], fp[t], fn[t])
        print(f"{t:8} {p:6.3f} {r:6.3f} {f:6.3f} {tp[t] + fn[t]:6d} {tp[t] + fp[t]:6d}")
    main_types = [t for t in types if t in ("PER", "ORG", "LOC")] or types
    T = sum(tp[t] for t in types)
    p, r, f = prf(T, sum(fp[t] for t in types), sum(fn[t] for t in types))
    print(f"{'all':8} {p:6.3f} {r:6.3f} {f:6.3f}")
    if args.types == "conll":
        t3 = sum(tp[t] for t in main_types)
        p, r, f = prf(t3, sum(fp[t] for t in main_types), sum(fn[t] for t in main_types))
        print(f"{'PER+ORG+LOC':8} {p:6.3f} {r:6.3f} {f:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
