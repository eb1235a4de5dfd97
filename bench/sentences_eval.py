#!/usr/bin/env python3
"""Sentence-boundary evaluation of the claimx CLI.

Runs `claimx extract --format jsonl --input jsonl` once over every case of a
JSON suite ([{"name", "input", "expected": [sentences]}], the
pragmatic_segmenter / Golden Rules layout) and prints the percentage of cases
whose sentence list matches the expected one exactly, after collapsing runs of
whitespace inside each sentence and dropping empty sentences.

    python3 bench/sentences_eval.py build/tools/claimx/claimx \
        ../shared/eval/sentences/pragmatic_segmenter_regressions_en.json [--verbose]

Options:
    --verbose     print every failing case: expected and actual sentences
    --only NAME   evaluate only cases whose name contains NAME
"""
import argparse
import json
import re
import subprocess
import sys

_SPACE = re.compile(r"\s+")


def normalize(sentence):
    return _SPACE.sub(" ", sentence).strip()


def run_cli(cli, cases):
    lines = []
    for k, case in enumerate(cases):
        lines.append(json.dumps({"id": str(k), "text": case["input"]}, ensure_ascii=False))
    proc = subprocess.run(
        [cli, "extract", "--format", "jsonl", "--input", "jsonl", "-"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if proc.stderr:
        sys.stderr.write(proc.stderr)
    results = {}
    for line in proc.stdout.splitlines():
        if line.strip():
            doc = json.loads(line)
            results[doc["id"]] = doc
    return results


def sentences_of(text, doc):
    data = text.encode("utf-8")
    out = []
    for s in doc.get("sentences", []):
        piece = normalize(data[s["begin"]:s["end"]].decode("utf-8", errors="replace"))
        if piece:
            out.append(piece)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cli", help="path to the claimx executable")
    parser.add_argument("suite", help="JSON file of cases")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--only", default="")
    args = parser.parse_args()

    with open(args.suite, encoding="utf-8") as f:
        cases = json.load(f)
    cases = [c for c in cases if args.only in c.get("name", "")]
    if not cases:
        print("no cases")
        return 1
    results = run_cli(args.cli, cases)

    passed = 0
    failures = []
    for k, case in enumerate(cases):
        expected = [normalize(s) for s in case["expected"] if normalize(s)]
        doc = results.get(str(k))
        actual = sentences_of(case["input"], doc) if doc else ["<no output>"]
        if actual == expected:
            passed += 1
        else:
            failures.append((case, expected, actual))

    if args.verbose:
        for case, expected, actual in failures:
            print("=" * 78)
            print("FAIL", case.get("name", ""))
            print("input:", json.dumps(case["input"], ensure_ascii=False))
            print("-- expected")
            for s in expected:
                print("  |", s)
            print("-- actual")
            for s in actual:
                print("  |", s)
        print("=" * 78)
    total = len(cases)
    print(f"sentences: {passed}/{total} cases exact = {100.0 * passed / total:.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
