#!/usr/bin/env python3
"""Token and sentence evaluation of the claimx CLI on a CoNLL-U treebank.

Rebuilds each document's raw text from a CoNLL-U file (the `# newdoc`,
`# newpar` and `# text` comments and the SpaceAfter=No flags; sentences are
joined by a space, paragraphs by a blank line), runs
`claimx extract --input jsonl --format jsonl --tokens` once over all of them,
and scores spans the way the CoNLL 2018 shared task does: a predicted token or
sentence counts when its begin and end offsets both equal a gold one.

Gold tokens are the treebank's syntactic words where they are substrings of
the text (a multiword token like "don't" -> "do" + "n't", the Penn Treebank
split claimx also makes); a multiword token whose words do not spell its
surface form ("gonna" -> "gon" + "na" does, "im" -> "i" + "m" does not when
normalized differently) stays one token. Sentence spans are trimmed of
surrounding whitespace.

    python3 bench/tokens_eval.py build/tools/claimx/claimx \
        ../shared/eval/tokens/en_ewt-ud-dev.conllu [--show-errors N]
        [--join-hyphens]

Prints precision, recall and F1 for tokens and for sentences, and with
--show-errors the first N token and sentence mismatches in context.
"""
import argparse
import json
import subprocess
import sys


def read_conllu(path):
    """Returns [(doc_id, text, gold_tokens, gold_sentences)] with spans in
    characters of text."""
    docs = []
    cur = None  # [id, parts(list of str), tokens, sentences, length]

    def flush():
        if cur is not None and cur[2]:
            docs.append((cur[0], "".join(cur[1]), cur[2], cur[3]))

    sent_rows = []
    new_par = False

    def add_sentence(rows, new_par):
        nonlocal cur
        if not rows:
            return
        if cur is None:
            cur = ["doc%d" % len(docs), [], [], [], 0]
        if cur[4] > 0:
            sep = "\n\n" if new_par else " "
            cur[1].append(sep)
            cur[4] += len(sep)
        start = cur[4]
        i = 0
        while i < len(rows):
            cols = rows[i]
            tid = cols[0]
            space = "SpaceAfter=No" not in cols[9]
            if "-" in tid:
                lo, hi = (int(x) for x in tid.split("-"))
                form = cols[1]
                words = [r[1] for r in rows[i + 1:i + 1 + hi - lo + 1]]
                b = cur[4]
                if "".join(words) == form:
                    off = b
                    for w in words:
                        cur[2].append((off, off + len(w)))
                        off += len(w)
                else:
                    cur[2].append((b, b + len(form)))
                cur[1].append(form)
                cur[4] += len(form)
                i += 1 + hi - lo + 1
            else:
                if "." in tid:  # empty node
                    i += 1
                    continue
                form = cols[1]
                cur[2].append((cur[4], cur[4] + len(form)))
                cur[1].append(form)
                cur[4] += len(form)
                i += 1
            if space and i < len(rows):
                cur[1].append(" ")
                cur[4] += 1
        cur[3].append((start, cur[4]))

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc"):
                add_sentence(sent_rows, new_par)
                sent_rows, new_par = [], False
                flush()
                ident = line.split("=", 1)[1].strip() if "=" in line else ""
                cur = [ident or "doc%d" % len(docs), [], [], [], 0]
            elif line.startswith("# newpar"):
                new_par = True
            elif line.startswith("#"):
                continue
            elif not line:
                add_sentence(sent_rows, new_par)
                sent_rows, new_par = [], False
            else:
                sent_rows.append(line.split("\t"))
    add_sentence(sent_rows, new_par)
    flush()
    return docs


def char_index(text):
    """Byte offset -> character offset table for text."""
    table = []
    for i, ch in enumerate(text):
        table.extend([i] * len(ch.encode("utf-8")))
    table.append(len(text))
    return table


def trim(text, span):
    b, e = span
    while b < e and text[b].isspace():
        b += 1
    while e > b and text[e - 1].isspace():
        e -= 1
    return (b, e)


def join_hyphens(text, tokens):
    """Merges runs "a" "-" "b" glued together (no spaces) into one span."""
    out = []
    i = 0
    while i < len(tokens):
        b, e = tokens[i]
        j = i
        while (j + 2 < len(tokens) and text[tokens[j + 1][0]:tokens[j + 1][1]]
               == "-" and tokens[j + 1][0] == e and tokens[j + 2][0] ==
               tokens[j + 1][1] and text[e - 1].isalnum() and
               text[tokens[j + 2][0]].isalnum()):
            e = tokens[j + 2][1]
            j += 2
        out.append((b, e))
        i = j + 1
    return out


def prf(tp, pred, gold):
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("conllu")
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--join-hyphens", action="store_true",
                    help="merge gold tokens joined by a hyphen with no space "
                    "(two-state, al-Qaida) into one, claimx's convention")
    args = ap.parse_args()

    docs = read_conllu(args.conllu)
    payload = "".join(
        json.dumps({"id": d[0], "text": d[1]}) + "\n" for d in docs)
    out = subprocess.run(
        [args.cli, "extract", "--input", "jsonl", "--format", "jsonl",
         "--tokens", "--quiet", "-"],
        input=payload.encode("utf-8"), capture_output=True, check=False)
    if out.returncode != 0:
        sys.stderr.write(out.stderr.decode("utf-8", "replace"))
        return 1
    results = {}
    for line in out.stdout.decode("utf-8").splitlines():
        d = json.loads(line)
        results[d["id"]] = d

    counts = {"tok": [0, 0, 0], "sent": [0, 0, 0]}
    errors = {"tok": [], "sent": []}
    for ident, text, gold_tok, gold_sent in docs:
        d = results.get(ident)
        if d is None:
            sys.stderr.write("no output for %s\n" % ident)
            return 1
        if args.join_hyphens:
            gold_tok = join_hyphens(text, gold_tok)
        idx = char_index(text)
        pred_tok = {(idx[t["begin"]], idx[t["end"]]) for t in d["tokens"]}
        pred_sent = {trim(text, (idx[s["begin"]], idx[s["end"]]))
                     for s in d["sentences"]}
        for key, pred, gold in (("tok", pred_tok, set(gold_tok)),
                                ("sent", pred_sent,
                                 {trim(text, s) for s in gold_sent})):
            c = counts[key]
            c[0] += len(pred & gold)
            c[1] += len(pred)
            c[2] += len(gold)
            if len(errors[key]) < args.show_errors:
                for b, e in sorted(gold - pred):
                    if len(errors[key]) >= args.show_errors:
                        break
                    ctx = text[max(0, b - 30):b] + "[" + text[b:e] + "]" + \
                        text[e:e + 30]
                    errors[key].append("missed %r in %r" % (text[b:e][:80],
                                                            ctx[:200]))

    print("%-10s %8s %8s %8s %7s %7s %7s" %
          ("level", "gold", "pred", "tp", "P", "R", "F1"))
    for key, name in (("tok", "tokens"), ("sent", "sentences")):
        tp, pred, gold = counts[key]
        p, r, f = prf(tp, pred, gold)
        print("%-10s %8d %8d %8d %7.3f %7.3f %7.3f" %
              (name, gold, pred, tp, p, r, f))
    for key in ("tok", "sent"):
        for e in errors[key]:
            print(key, e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
