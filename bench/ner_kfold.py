#!/usr/bin/env python3
"""Leave-one-set-out cross-validation of the trained entity tagger against the rules alone.

For each annotated file, trains `claimx train-entities` on all the others, then scores that
file (PER+ORG+LOC exact-span F1, as bench/ner_eval.py) with the rules alone and with the model;
prints per-file and pooled (micro) figures.

  python3 bench/ner_kfold.py --claimx build/tools/claimx/claimx tests/golden/entities/{dev,heldout*}.txt
"""
import argparse
import collections
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ner_eval  # noqa: E402

MAIN = ("PER", "ORG", "LOC")


def counts(binary, docs, extra):
    system = ner_eval.run_claimx(binary, docs, extra)
    c = collections.Counter()
    for doc_id, _, gold in docs:
        g = {(b, e, ner_eval.CONLL.get(t, t)) for b, e, t in gold}
        s = {(b, e, ner_eval.CONLL.get(t, t)) for b, e, t in system.get(doc_id, [])}
        g = {x for x in g if x[2] in MAIN}
        s = {x for x in s if x[2] in MAIN}
        c["tp"] += len(g & s)
        c["fp"] += len(s - g)
        c["fn"] += len(g - s)
    return c


def f1(c):
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+", help="inline golden files (the folds)")
    ap.add_argument("--claimx", default="build/tools/claimx/claimx")
    ap.add_argument("--epochs", default="10")
    args = ap.parse_args()
    total_rules, total_model = collections.Counter(), collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for held in args.files:
            model = os.path.join(tmp, "fold.model")
            train = [f for f in args.files if f != held]
            subprocess.run([args.claimx, "train-entities", "--quiet", "--epochs", args.epochs,
                            "--out", model, *train], check=True, capture_output=True)
            docs = ner_eval.read_inline(held)
            rules = counts(args.claimx, docs, [])
            tagged = counts(args.claimx, docs, ["--entity-model", model])
            total_rules.update(rules)
            total_model.update(tagged)
            print(f"{os.path.basename(held):16} rules {f1(rules):.3f}  model {f1(tagged):.3f}")
    print(f"{'pooled':16} rules {f1(total_rules):.3f}  model {f1(total_model):.3f}  "
          f"(tp/fp/fn {total_rules['tp']}/{total_rules['fp']}/{total_rules['fn']} -> "
          f"{total_model['tp']}/{total_model['fp']}/{total_model['fn']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
