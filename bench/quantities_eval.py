#!/usr/bin/env python3
"""Scores claimx quantities on the team's inline-annotated news passages.

usage: quantities_eval.py CLAIMX_CLI FILE.txt [--errors]

FILE holds passages after "### id" lines; each quantity is marked inline as
{TYPE|value|unit text}: TYPE one of claimx's quantity types, value a number or
an ISO 8601 string ("*": not scored), unit optional (the counted noun, ISO
currency code or unit symbol). Prints span+type P/R/F1 (a predicted
quantity counts when its byte span and type equal a gold one), span-only F1,
and over the exact matches the share whose value agrees (numbers within
0.1 %) and whose unit agrees where the gold gives one.
"""
import json
import re
import subprocess
import sys

import inline_marks

MARK = re.compile(r"\{([A-Z]+)((?:\|[^ |{}]*)*) ")


def parse(body, where):
    text, marks = inline_marks.strip_marks(body, where, MARK)
    golds = []
    for m, b, e in marks:
        fields = m.group(2).split("|")[1:] + ["", ""]
        golds.append({"begin": b, "end": e, "type": m.group(1), "value": fields[0],
                      "unit": fields[1]})
    return text, golds


def read(path):
    docs = []
    for pid, body in inline_marks.passages(path):
        text, golds = parse(body, f"{path}:{pid}")
        docs.append({"id": pid, "text": text, "golds": golds})
    return docs


def value_ok(gold, pred):
    if gold in ("", "*"):
        return None
    if isinstance(pred, str) or isinstance(pred, bool) or pred is None:
        return str(pred) == gold  # ISO dates: "2025" is a year, not a number
    try:
        g = float(gold)
    except ValueError:
        return False
    return abs(pred - g) <= 1e-3 * max(1.0, abs(g))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    docs = read(sys.argv[2])
    inp = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    res = subprocess.run([sys.argv[1], "extract", "--input", "jsonl", "--format", "jsonl", "-"],
                         input=inp.encode(), capture_output=True, check=False)
    if res.returncode not in (0, 1):
        sys.exit(res.stderr.decode())
    out = {}
    for line in res.stdout.decode().splitlines():
        d = json.loads(line)
        out[d["id"]] = d.get("quantities", [])
    show = "--errors" in sys.argv
    tp = tp_span = npred = ngold = 0
    vals = [0, 0]
    units = [0, 0]
    for d in docs:
        t = d["text"].encode("utf-8")
        preds = out.get(d["id"], [])
        npred += len(preds)
        ngold += len(d["golds"])
        by_span = {(p["begin"], p["end"]): p for p in preds}
        gold_spans = {(g["begin"], g["end"]) for g in d["golds"]}
        for g in d["golds"]:
            p = by_span.get((g["begin"], g["end"]))
            text = t[g["begin"]:g["end"]].decode()
            if p is None:
                if show:
                    print(f"MISSED {d['id']} {g['type']} [{text}]")
                continue
            tp_span += 1
            if p["type"] != g["type"]:
                if show:
                    print(f"TYPE   {d['id']} [{text}] gold {g['type']} got {p['type']}")
                continue
            tp += 1
            ok = value_ok(g["value"], p.get("value"))
            if ok is not None:
                vals[0] += ok
                vals[1] += 1
                if not ok and show:
                    print(f"VALUE  {d['id']} [{text}] gold {g['value']} got {p.get('value')}")
            if g["unit"]:
                good = str(p.get("unit")) == g["unit"]
                units[0] += good
                units[1] += 1
                if not good and show:
                    print(f"UNIT   {d['id']} [{text}] gold {g['unit']} got {p.get('unit')}")
        if show:
            for p in preds:
                if (p["begin"], p["end"]) not in gold_spans:
                    print(f"EXTRA  {d['id']} {p['type']} [{p['text']}]")

    def prf(tp_):
        p = tp_ / npred if npred else 0.0
        r = tp_ / ngold if ngold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    print(f"{len(docs)} passages, {ngold} gold quantities, {npred} predicted")
    print("span+type  P %.3f  R %.3f  F1 %.3f" % prf(tp))
    print("span       P %.3f  R %.3f  F1 %.3f" % prf(tp_span))
    if vals[1]:
        print(f"value      {vals[0]}/{vals[1]} = {vals[0] / vals[1]:.3f} of scored exact matches")
    if units[1]:
        print(f"unit       {units[0]}/{units[1]} = {units[0] / units[1]:.3f} of exact matches with a gold unit")


if __name__ == "__main__":
    main()
