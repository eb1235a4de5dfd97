#!/usr/bin/env python3
"""Python throughput: claimx.Extractor.extract_many against the C++ corpus bench, same run.

    python3 bench/python_bench.py --build-dir build [--threads 1] [--repeat 3] [--dask] \\
        ../shared/corpus/bbc.jsonl [more.jsonl ...]

Needs a build directory configured with -DCLAIMX_BUILD_PYTHON=ON (and, for the
C++ figures, the corpus_bench and claimx targets built). Rows:

  C++ corpus_bench extract   bench/corpus_bench --only extract (ExtractBatch, no JSON)
  C++ CLI --format jsonl     claimx extract --input jsonl --format jsonl > /dev/null
  py extract_many            extract_many over the documents, results touched (counts)
  py extract_many+to_json    ... and each result serialized (byte offsets: the CLI's JSON)
  py extract_many+to_dict    ... and each result as dicts with str offsets (the default)
  dask 2-worker LocalCluster examples/python/dask_corpus.py (with --dask)

MB/s is 10^6 bytes of UTF-8 text per second; "cpu" is the process's CPU time
(all threads; corpus_bench reports its extracting thread's), which is the
figure to compare on a shared machine, "wall" the elapsed time. The ratio
line compares extract_many with corpus_bench's extract row.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_jsonl(paths, limit_bytes):
    docs = []
    total = 0
    for p in paths:
        with open(p, "rb") as f:
            for line in f:
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    continue
                docs.append({"id": str(obj.get("id", "")), "text": obj["text"]})
                total += len(obj["text"].encode("utf-8"))
                if limit_bytes and total >= limit_bytes:
                    return docs, total
    return docs, total


def timed(fn, repeat):
    walls, cpus = [], []
    result = None
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        result = fn()
        cpus.append(time.process_time() - c0)
        walls.append(time.perf_counter() - w0)
    return statistics.median(walls), statistics.median(cpus), result


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_corpus_bench(binary, paths, threads, repeat):
    cmd = [str(binary), "--repeat", str(repeat), "--threads", str(threads), "--only", "extract",
           "--input", "jsonl", *map(str, paths)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    if r.returncode != 0:
        return None, f"corpus_bench failed: {r.stderr.strip()[-300:]}"
    m = re.search(r"^extract \(end to end\)\s+([\d.]+)\s+([\d.]+)", r.stdout, re.M)
    if not m:
        return None, "corpus_bench: no extract row in its output"
    return (float(m.group(1)), float(m.group(2))), None


def run_cli(binary, paths, threads, repeat, mb):
    walls, cpus = [], []
    for _ in range(repeat):
        c0, w0 = children_cpu(), time.perf_counter()
        r = subprocess.run([str(binary), "extract", "--input", "jsonl", "--format", "jsonl",
                            "--threads", str(threads), *map(str, paths)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=3600)
        walls.append(time.perf_counter() - w0)
        cpus.append(children_cpu() - c0)
        if r.returncode not in (0, 1):
            return None
    return mb / statistics.median(cpus), mb / statistics.median(walls)


def run_dask(paths, workers, threads, build_dir):
    with tempfile.TemporaryDirectory(prefix="claimx-dask-bench-") as out:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(build_dir / "python") + (
            os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        r = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "python" / "dask_corpus.py"), "--quiet",
             "--out", out, "--workers", str(workers), "--threads", str(threads),
             *map(str, paths)],
            capture_output=True, text=True, timeout=3600, env=env)
        summary_path = Path(out) / "summary.json"
        if not summary_path.exists():
            return None, r.stderr.strip()[-300:]
        return json.loads(summary_path.read_text()), None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", help="JSONL corpus files ({\"id\",\"text\"} per line)")
    ap.add_argument("--build-dir", default=str(ROOT / "build"),
                    help="CMake build dir with the Python module (default: build)")
    ap.add_argument("--threads", type=int, default=1, help="extraction threads (default 1)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per row, median (default 3)")
    ap.add_argument("--batch-size", type=int, default=256, help="extract_many batch_size")
    ap.add_argument("--limit-mb", type=float, default=0, help="use only the first N MB")
    ap.add_argument("--dask", action="store_true", help="also run dask_corpus.py on a "
                                                        "2-worker LocalCluster")
    ap.add_argument("--dask-workers", type=int, default=2)
    args = ap.parse_args()

    build = Path(args.build_dir).resolve()
    sys.path.insert(0, str(build / "python"))
    import claimx

    docs, nbytes = load_jsonl(args.paths, int(args.limit_mb * 1e6))
    mb = nbytes / 1e6
    if not docs:
        sys.exit("python_bench: no documents")
    paths = args.paths
    if args.limit_mb:
        tmp = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
        for d in docs:
            tmp.write(json.dumps(d, ensure_ascii=False) + "\n")
        tmp.close()
        paths = [tmp.name]

    print(f"corpus: {len(docs)} documents, {mb:.2f} MB of text; threads {args.threads}; "
          f"repeat {args.repeat} (medians); claimx {claimx.__version__}; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    rows = []

    cpp = None
    bench_bin = build / "bench" / "corpus_bench"
    if bench_bin.exists():
        cpp, err = run_corpus_bench(bench_bin, paths, args.threads, args.repeat)
        if cpp:
            rows.append(("C++ corpus_bench extract", cpp[0], cpp[1]))
        else:
            print(err)
    else:
        print(f"(no {bench_bin}: build the corpus_bench target for the C++ row)")
    cli_bin = build / "tools" / "claimx" / "claimx"
    if cli_bin.exists():
        cli = run_cli(cli_bin, paths, args.threads, args.repeat, mb)
        if cli:
            rows.append(("C++ CLI --format jsonl", cli[0], cli[1]))

    ex_bytes = claimx.Extractor(offsets="bytes")
    ex_str = claimx.Extractor()

    def consume():
        n = 0
        for d in ex_bytes.extract_many(docs, args.threads, batch_size=args.batch_size):
            n += d.counts["claims"]
        return n

    def with_json():
        return sum(len(d.to_json()) for d in
                   ex_bytes.extract_many(docs, args.threads, batch_size=args.batch_size))

    def with_dict():
        return sum(len(d.to_dict()["claims"]) for d in
                   ex_str.extract_many(docs, args.threads, batch_size=args.batch_size))

    consume()  # warm up (page in the module, lexicons)
    for name, fn in (("py extract_many", consume), ("py extract_many+to_json", with_json),
                     ("py extract_many+to_dict", with_dict)):
        wall, cpu, _ = timed(fn, args.repeat)
        rows.append((name, mb / cpu, mb / wall))

    if args.dask:
        summary, err = run_dask(paths, args.dask_workers, 1, build)
        if summary:
            rows.append((f"dask {summary['workers']}-worker LocalCluster", None,
                         summary["mb_per_s"]))
        else:
            print(f"dask run failed: {err}")

    print(f"{'':28s} {'MB/s cpu':>10s} {'MB/s wall':>10s}")
    for name, cpu, wall in rows:
        cpu_s = f"{cpu:10.2f}" if cpu is not None else f"{'-':>10s}"
        print(f"{name:28s} {cpu_s} {wall:10.2f}")
    if cpp:
        py = next(r for r in rows if r[0] == "py extract_many")
        cpu_ratio = py[1] / cpp[0] if args.threads == 1 else float("nan")
        print(f"extract_many / corpus_bench extract: {100 * cpu_ratio:.0f}% (cpu, 1 thread only), "
              f"{100 * py[2] / cpp[1]:.0f}% (wall)")


if __name__ == "__main__":
    main()
