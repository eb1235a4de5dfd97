"""examples/python/dask_corpus.py on a two-worker LocalCluster (loopback) equals the CLI."""

import json
import os
import subprocess
import sys

import pytest

from conftest import NEWS, SOURCE_DIR, cli_path
from test_offsets import TEXTS

pytest.importorskip("distributed")
pytest.importorskip("dask.bag")

SCRIPT = SOURCE_DIR / "examples" / "python" / "dask_corpus.py"


def cli_run(paths, *extra):
    r = subprocess.run([str(cli_path()), "extract", "--format", "jsonl", *extra, *map(str, paths)],
                       capture_output=True, timeout=600)
    names = set()
    for line in r.stderr.decode("utf-8", "replace").splitlines():
        assert line.startswith("claimx: ")
        names.add(line[len("claimx: "):].split(": ", 1)[0])
    return r.stdout.decode("utf-8"), names, r.returncode


def dask_run(out, paths, *extra):
    env = dict(os.environ)
    r = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out), "--workers", "2", *extra,
         *map(str, paths)],
        capture_output=True, text=True, timeout=900, env=env,
    )
    summary = json.loads((out / "summary.json").read_text()) if (out / "summary.json").exists() \
        else None
    parts = sorted(out.glob("part-*.jsonl"))
    output = "".join(p.read_text(encoding="utf-8") for p in parts)
    errors = [json.loads(l) for l in (out / "errors.jsonl").read_text().splitlines()] \
        if (out / "errors.jsonl").exists() else []
    return r, summary, output, errors, parts


def write_jsonl_corpus(tmp_path):
    a = tmp_path / "a.jsonl"
    b = tmp_path / "b.jsonl"
    lines_a = []
    for i in range(40):
        text = " ".join(NEWS[(i + k) % len(NEWS)] for k in range(1 + i % 5))
        rec = {"id": f"a{i}", "text": text}
        if i % 7 == 0:
            rec["date"] = "2025-02-%02d" % (1 + i % 28)
        lines_a.append(json.dumps(rec, ensure_ascii=i % 2 == 0).encode("utf-8"))
    lines_a.insert(5, b"")                                     # blank line
    lines_a.insert(11, b'{"id": "broken", "text": "no closing quote}')  # malformed
    lines_a.insert(20, b'{"id": 77, "text": "A numeric id."}')
    lines_a.insert(25, b'{"text": "No id at all; the name is file:line."}')
    lines_a.insert(30, b'{"id": "raw", "text": "bad byte \xff here"}')  # invalid UTF-8
    lines_a.insert(33, b'{"id": "toolong", "text": "' + b"w " * 3000 + b'"}')  # over --max-bytes
    a.write_bytes(b"\n".join(lines_a) + b"\n")
    b.write_bytes(b"\r\n".join(json.dumps({"id": f"b{i}", "text": t}).encode()
                               for i, t in enumerate(TEXTS)) + b"\r\n")
    return [a, b]


def test_jsonl_corpus_equals_cli(tmp_path):
    paths = write_jsonl_corpus(tmp_path)
    want, want_errors, rc = cli_run(paths, "--input", "jsonl", "--max-bytes", "5000")
    assert rc == 1
    assert len(want_errors) == 3
    out = tmp_path / "out"
    r, summary, output, errors, parts = dask_run(out, paths, "--blocksize", "1500",
                                                 "--max-bytes", "5000")
    assert r.returncode == 1, r.stderr
    assert len(parts) > 4  # several partitions per file
    assert output == want  # byte for byte, in input order
    assert {e["name"] for e in errors} == want_errors
    assert summary["errors"] == 3
    assert summary["documents"] == len(want.splitlines())
    assert summary["claims"] == sum(len(json.loads(l)["claims"]) for l in want.splitlines())
    assert summary["workers"] == 2
    raw = [e for e in errors if "(id raw)" in e["name"]]
    assert raw and raw[0]["error"] == "invalid UTF-8 at byte 9"
    assert "documents" in r.stdout and "MB/s" in r.stdout
    assert "[1/" in r.stderr  # progress


def test_text_corpus_equals_cli(tmp_path):
    d = tmp_path / "articles"
    (d / "sub").mkdir(parents=True)
    for i, t in enumerate(NEWS + TEXTS):
        (d / ("sub" if i % 3 == 0 else "") / f"doc{i:02d}.txt").write_text(t, encoding="utf-8")
    (d / "broken.txt").write_bytes(b"Invalid \xc3\x28 UTF-8.")
    want, want_errors, rc = cli_run([d], "--date", "2024-11-05")
    assert rc == 1 and len(want_errors) == 1
    out = tmp_path / "out"
    r, summary, output, errors, parts = dask_run(out, [d], "--blocksize", "300",
                                                 "--date", "2024-11-05")
    assert r.returncode == 1, r.stderr
    assert output == want
    assert [e["name"] for e in errors] == sorted(want_errors)
    assert "invalid UTF-8 at byte 8" in errors[0]["error"]
    assert summary["documents"] == len(NEWS + TEXTS)


def test_clean_corpus_exit_zero(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(NEWS)))
    r, summary, output, errors, _ = dask_run(tmp_path / "o", [p], "--quiet")
    assert r.returncode == 0, r.stderr
    assert errors == [] and summary["documents"] == len(NEWS)
    assert r.stderr == ""
