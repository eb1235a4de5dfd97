#!/usr/bin/env python3
"""claimx train-entities and --entity-model, end to end in a temporary directory.

usage: train_test.py CLAIMX_BINARY SOURCE_DIR
Text written for this test: a made-up convention where boats named after "aboard the"
are FAC, which the rules read as firms or people.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SHIPS = ["Coral Wren", "Northern Gannet", "Silver Marten", "Iron Petrel", "Granite Osprey",
         "Pale Kestrel", "Copper Lark", "Misty Plover", "Rose Calder", "Ivy Thornton",
         "Grace Whitley", "Daisy Fenwick"]
VERBS = ["slept", "worked", "dined", "waited", "stayed", "sang"]


def run(binary, *args, stdin=None):
    return subprocess.run([binary, *args], input=stdin, capture_output=True, timeout=300)


def main():
    binary = sys.argv[1]
    failures = []

    def check(cond, what):
        if not cond:
            failures.append(what)
            print("FAIL:", what)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        inline = tmp / "ships.txt"
        parts = ["# boats are FAC"]
        for i, ship in enumerate(SHIPS[:8]):
            parts.append(f"### p{i}\nTwo guests {VERBS[i % len(VERBS)]} aboard the [FAC {ship}] "
                         f"near [GPE Oslo] on Monday.\n")
        inline.write_text("\n".join(parts), encoding="utf-8")
        conll = tmp / "ships.conll"
        rows = ["-DOCSTART- -X- O O", ""]
        for ship in SHIPS[8:]:
            a, b = ship.split()
            rows += ["Cooks O", "ate O", "aboard O", "the O", f"{a} B-FAC", f"{b} I-FAC",
                     "in O", "Bergen I-LOC", ". O", ""]
        conll.write_text("\n".join(rows), encoding="utf-8")
        model = tmp / "ships.model"

        r = run(binary, "train-entities", "--out", str(model), "--epochs", "8", str(inline),
                str(conll))
        check(r.returncode == 0, f"train-entities exit {r.returncode}: {r.stderr!r}")
        check(b"trained on 9 documents, 24 entities" in r.stderr, f"train summary: {r.stderr!r}")
        check(model.read_bytes()[:8] == b"CLAIMXNT", "model file header")

        text = "Three sailors slept aboard the Velvet Heron on Tuesday.".encode()
        def fac(*extra):
            r = run(binary, "extract", "--format", "jsonl", *extra, "-", stdin=text)
            check(r.returncode == 0, f"extract {extra}: exit {r.returncode} {r.stderr!r}")
            d = json.loads(r.stdout)
            return [e["text"] for e in d["entities"] if e["type"] == "FAC"]
        check(fac() == [], "the rules alone find no FAC")
        check(fac("--entity-model", str(model)) == ["Velvet Heron"], "the model finds the boat")

        bad = tmp / "bad.model"
        bad.write_bytes(model.read_bytes()[:40])
        r = run(binary, "extract", "--entity-model", str(bad), "-", stdin=text)
        check(r.returncode == 2 and str(bad).encode() in r.stderr,
              f"truncated model: exit {r.returncode} {r.stderr!r}")
        r = run(binary, "train-entities", str(inline))
        check(r.returncode == 2 and b"--out" in r.stderr, f"no --out: {r.stderr!r}")
        r = run(binary, "train-entities", "--out", str(tmp / "x.model"), str(tmp / "none.txt"))
        check(r.returncode == 1 and b"none.txt" in r.stderr, f"missing input: {r.stderr!r}")
        r = run(binary, "extract", "--out", str(tmp / "y"), "-", stdin=text)
        check(r.returncode == 2, "--out outside train-entities is a usage error")

    print("train_test:", "FAILED" if failures else "ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
