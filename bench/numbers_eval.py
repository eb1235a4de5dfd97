#!/usr/bin/env python3
"""Scores claimx quantities on Microsoft Recognizers-Text model specs.

usage: numbers_eval.py CLAIMX_CLI SPEC_DIR [--show-errors N] [--strict] [--only NAME]

SPEC_DIR holds *Model.json files: [{"Input", "Context"?, "Results": [{"Text",
"TypeName", "Resolution", "Start", "End"}]}]. Every Input goes through
`claimx extract --input jsonl --format jsonl` (with the spec's reference date
when it has one). Per file, predictions are the quantities whose type the
file's model covers (below). A prediction matches an expected result when the
texts are equal ignoring case and, for numeric types, the values are equal
(relative tolerance 1e-6; for NumberRange the interval bounds; for Age the
number of the ISO duration of a DURATION with unit "age"). Spans are not
compared (spec offsets count characters, ours UTF-8 bytes). Three documented
differences of convention are undone before the text test: our CARDINAL and
RANGE spans include the counted noun ("40 detainees", unit "detainees"), which
is dropped, as is a time zone that ends a DATE or RANGE span ("1pm GMT"); and our spans include a leading modifier ("about $5", modifier
about), which is dropped too unless --strict. Each expected result matches at
most one prediction. Prints P/R/F1 per file, the micro average, and how many
cases that expect nothing got a prediction (empty-hit). --only NAME scores
the files whose name contains NAME.
"""
import json
import math
import os
import re
import subprocess
import sys

# file -> (our types that count as predictions, numeric?)
MODELS = {
    "NumberModel.json": ({"CARDINAL"}, True),
    "OrdinalModel.json": ({"ORDINAL"}, True),
    "PercentModel.json": ({"PERCENT"}, True),
    "NumberRangeModel.json": ({"RANGE", "CARDINAL*"}, True),
    "CurrencyModel.json": ({"MONEY"}, True),
    "DimensionModel.json": ({"QUANTITY"}, True),
    "TemperatureModel.json": ({"QUANTITY"}, True),
    "AgeModel.json": ({"DURATION"}, True),
    "DateTimeModel.json": ({"DATE", "DURATION", "RANGE"}, False),
}
COMPARATIVE = {"more_than", "at_least", "up_to", "less_than", "exactly"}
TEMPERATURE_UNITS = {"°C", "°F", "°"}


def num(s):
    try:
        return float(str(s).rstrip("%").replace(",", ""))
    except ValueError:
        return None


def close(a, b):
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def expected_value(r):
    res = r.get("Resolution") or {}
    v = res.get("value")
    if v is None:
        return None
    if isinstance(v, str) and (v.startswith("[") or v.startswith("(")):
        lo, _, hi = v[1:-1].partition(",")
        return (num(lo) if lo else None, num(hi) if hi else None)
    return num(v)


def predicted_value(q):
    if q["type"] == "DURATION" and q.get("unit") == "age":
        return age_value(q)
    if q["type"] == "RANGE":
        return (q.get("low"), q.get("high"))
    if q["type"] == "CARDINAL" and q.get("modifier") in COMPARATIVE:
        v = q.get("value")
        m = q["modifier"]
        if m in ("more_than", "at_least"):
            return (v, None)
        if m in ("up_to", "less_than"):
            return (None, v)
        return (v, v)
    v = q.get("value")
    return v if isinstance(v, (int, float)) else None


def values_equal(exp, pred):
    if exp is None and pred is None:
        return True  # no value on either side ("the % of increase")
    if isinstance(exp, tuple) or isinstance(pred, tuple):
        if not (isinstance(exp, tuple) and isinstance(pred, tuple)):
            return False
        return all((a is None and b is None) or close(a, b) for a, b in zip(exp, pred))
    return close(exp, pred)


def strip_noun(q, text):
    """Our CARDINAL and RANGE spans cover the counted noun ("340 containers", unit
    "containers", the schema of DESIGN.md); the specs stop at the number."""
    unit = (q.get("unit") or "").lower()
    if q["type"] in ("CARDINAL", "RANGE") and unit and text.endswith(" " + unit):
        return text[: -len(unit) - 1].rstrip()
    return text


# Time zones and 24-hour marks (data/quantities.tsv, q_clock k=zone) and the
# common place times.
ZONES = ("gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet",
         "bst", "jst", "aest", "aedt", "local time", "hrs.")


PLACE_TIME = re.compile(r"(?: [A-Z][A-Za-z]*)+ [Tt]ime$")  # "Beijing time"


def strip_zone(q, text):
    """Our clock times' spans cover a time zone after them ("1pm GMT", "9 London
    time", README's schema); Recognizers' default (no time zone option) stops
    before it. `text` is q's text in lower case."""
    if q["type"] in ("DATE", "RANGE"):
        for z in ZONES:
            if text.endswith(" " + z):
                return text[: -len(z) - 1]
        m = PLACE_TIME.search(q["text"])
        if m:
            return text[: m.start()]
    return text


def text_matches(q, expected, strict=False):
    """Equal ignoring case, after dropping a counted noun (see strip_noun) and a
    closing time zone (strip_zone). Our spans also cover a leading modifier
    ("about $5", modifier about); unless strict, a span equal to modifier words +
    " " + expected counts too."""
    exp = expected.lower()
    ours = strip_zone(q, strip_noun(q, q["text"].lower()))
    if ours == exp:
        return True
    if strict:
        return False
    return bool(q.get("modifier")) and ours.endswith(" " + exp) and q["type"] != "RANGE"


AGE_UNITS = {"Y": "Year", "M": "Month", "W": "Week", "D": "Day"}


def age_value(q):
    """An age is a DURATION with unit "age": value_text "P5Y" -> 5."""
    v = q.get("value")
    if not isinstance(v, str) or not v.startswith("P") or v.startswith("PT"):
        return None
    return num(v[1:-1])


def run_cli(cli, docs):
    inp = "".join(json.dumps(d) + "\n" for d in docs)
    out = subprocess.run([cli, "extract", "--input", "jsonl", "--format", "jsonl", "-"],
                         input=inp.encode(), capture_output=True, check=False)
    res = {}
    for line in out.stdout.decode().splitlines():
        d = json.loads(line)
        res[d["id"]] = d
    return res


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    cli, spec_dir = sys.argv[1], sys.argv[2]
    show = int(sys.argv[sys.argv.index("--show-errors") + 1]) if "--show-errors" in sys.argv else 0
    strict = "--strict" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    total = [0, 0, 0]
    print(f"{'file':<24}{'cases':>6}{'exp':>6}{'pred':>6}{'tp':>6}{'P':>7}{'R':>7}{'F1':>7}{'empty-hit':>10}")
    for name in sorted(MODELS):
        path = os.path.join(spec_dir, name)
        if not os.path.exists(path) or (only and only not in name):
            continue
        types, numeric = MODELS[name]
        cases = json.load(open(path, encoding="utf-8"))
        docs = []
        for i, c in enumerate(cases):
            d = {"id": str(i), "text": c["Input"]}
            ref = (c.get("Context") or {}).get("ReferenceDateTime")
            if ref:
                d["date"] = ref[:10]
            docs.append(d)
        out = run_cli(cli, docs)
        tp = n_exp = n_pred = empty_hit = 0
        errors = []
        for i, c in enumerate(cases):
            qs = out.get(str(i), {}).get("quantities", [])
            preds = []
            for q in qs:
                t = q["type"]
                ok = t in types or (t == "CARDINAL" and "CARDINAL*" in types
                                    and q.get("modifier") in COMPARATIVE)
                if name == "TemperatureModel.json" and q.get("unit") not in TEMPERATURE_UNITS:
                    ok = False
                if name == "DimensionModel.json" and q.get("unit") in TEMPERATURE_UNITS - {"°"}:
                    ok = False
                if name == "AgeModel.json" and q.get("unit") != "age":
                    ok = False
                if (name == "DateTimeModel.json" and t == "RANGE"
                        and not isinstance(q.get("value"), str)):
                    ok = False  # a number range ("two to four people"), not a date span
                if ok:
                    preds.append(q)
            exp = c["Results"]
            if not exp and preds:
                empty_hit += 1
            n_exp += len(exp)
            n_pred += len(preds)
            used = [False] * len(preds)
            for r in exp:
                ev = expected_value(r) if numeric else None
                for k, q in enumerate(preds):
                    if used[k] or not text_matches(q, r["Text"], strict):
                        continue
                    if numeric and not values_equal(ev, predicted_value(q)):
                        continue
                    used[k] = True
                    tp += 1
                    break
                else:
                    errors.append(("FN", c["Input"], r["Text"], r.get("Resolution")))
            for k, q in enumerate(preds):
                if not used[k]:
                    errors.append(("FP", c["Input"], q["text"], predicted_value(q)))
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_exp if n_exp else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        total[0] += tp
        total[1] += n_exp
        total[2] += n_pred
        print(f"{name:<24}{len(cases):>6}{n_exp:>6}{n_pred:>6}{tp:>6}{p:>7.3f}{r:>7.3f}{f:>7.3f}{empty_hit:>10}")
        for e in errors[:show]:
            print("   ", e[0], repr(e[1][:90]), "->", repr(e[2]), e[3])
    tp, n_exp, n_pred = total
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_exp if n_exp else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{'micro (all files)':<24}{'':>6}{n_exp:>6}{n_pred:>6}{tp:>6}{p:>7.3f}{r:>7.3f}{f:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
