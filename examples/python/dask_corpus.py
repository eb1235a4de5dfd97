#!/usr/bin/env python3
"""Extract claims from a large corpus with claimx on a Dask cluster.

    python3 dask_corpus.py --out results/ corpus/*.jsonl          # LocalCluster, 2 workers
    python3 dask_corpus.py --scheduler tcp://10.0.0.5:8786 --out /shared/out /shared/corpus
    python3 dask_corpus.py --input text --out out/ articles/       # one document per file

Inputs are JSONL files (one {"id", "text", "date"?} object per line, the CLI's
--input jsonl) or text files (one document per file; directories are walked
recursively in sorted order), exactly as `claimx extract` reads them.

How it runs: the inputs are cut into blocks of about --blocksize bytes (JSONL
files at line boundaries, text files grouped), the blocks become a dask.bag
with one block per partition, and each partition is processed on a worker:
parse, extract with the worker's own claimx.Extractor (one per worker process,
installed by a WorkerPlugin from the pickled Extractor), write
<out>/part-NNNNN.jsonl (one line per document, the CLI's --format jsonl), and
return counts. Progress goes to stderr as partitions finish; the summary
(documents, claims, errors, MB/s) is printed at the end and written to
<out>/summary.json, bad documents to <out>/errors.jsonl. A bad document (a
malformed line, invalid UTF-8, a document over the size limit) is reported
with its name ("file:line") and never stops the others.

On a real cluster the workers must import claimx (pip install it there) and
read the input and output paths (a shared file system).

Exit status: 0 when every document was processed, 1 when some failed, 2 on
usage errors.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from typing import Any, Dict, List, Optional, Tuple

DATE = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\Z")

# A block: (kind, path, start, end) for a byte range of a JSONL file, or
# ("text", [paths...], 0, 0) for a group of one-document files.
Block = Tuple[str, Any, int, int]


# ---------------------------------------------------------------------------
# Planning (driver)
# ---------------------------------------------------------------------------


def expand_paths(paths: List[str]) -> List[str]:
    """Files and recursively walked directories, in the CLI's order."""
    files: List[str] = []
    for p in paths:
        if os.path.isdir(p):
            found = []
            for root, _dirs, names in os.walk(p):
                for n in names:
                    found.append(os.path.join(root, n))
            files.extend(sorted(found))
        else:
            files.append(p)
    return files


def plan_blocks(files: List[str], kind: str, blocksize: int) -> List[Block]:
    blocks: List[Block] = []
    if kind == "jsonl":
        for f in files:
            size = os.path.getsize(f)
            start = 0
            while True:
                end = min(size, start + blocksize)
                blocks.append(("jsonl", f, start, end))
                if end >= size:
                    break
                start = end
        return blocks
    group: List[str] = []
    group_bytes = 0
    for f in files:
        group.append(f)
        group_bytes += os.path.getsize(f)
        if group_bytes >= blocksize:
            blocks.append(("text", group, 0, 0))
            group, group_bytes = [], 0
    if group:
        blocks.append(("text", group, 0, 0))
    return blocks


# ---------------------------------------------------------------------------
# Work (workers)
# ---------------------------------------------------------------------------


class _Number(str):
    """A JSON number kept as its literal text (ids may be numbers)."""


def parse_jsonl_line(line: bytes, default_date: str) -> Dict[str, Any]:
    """One JSONL record the way the CLI reads it; raises ValueError."""
    obj = json.loads(
        line.decode("utf-8", "surrogateescape"),
        parse_int=_Number, parse_float=_Number, parse_constant=_Number,
    )
    if not isinstance(obj, dict):
        raise ValueError("a JSONL line must be an object")
    text = obj.get("text")
    if type(text) is not str:
        raise ValueError('missing or non-string "text"')
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:  # raw invalid bytes: let the library name the offset, as the CLI does
            text = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            pass  # an escaped lone surrogate: reported by extract
    rec = {"text": text}
    if "id" in obj and isinstance(obj["id"], str):  # a string or a number literal
        rec["id"] = str(obj["id"])
    date = obj.get("date")
    if isinstance(date, str) and date and not isinstance(date, _Number):
        if not DATE.match(date):
            raise ValueError(f"bad \"date\" '{date}' (expected YYYY-MM-DD)")
        rec["date"] = date
    elif default_date:
        rec["date"] = default_date
    return rec


def read_jsonl_block(path: str, start: int, end: int, default_date: str):
    """Yields (name, record or None, error or None) for the lines starting in [start, end)."""
    with open(path, "rb") as f:
        if start > 0:
            f.seek(start - 1)
            f.readline()  # a line belongs to the block where it starts
        first = f.tell()
        # Line numbers as the CLI prints them: count the newlines before us.
        line_no = 0
        with open(path, "rb") as g:
            left = first
            while left > 0:
                chunk = g.read(min(left, 1 << 22))
                if not chunk:
                    break
                line_no += chunk.count(b"\n")
                left -= len(chunk)
        pos = first
        while pos < end:
            line = f.readline()
            if not line:
                break
            line_offset = pos
            pos += len(line)
            line_no += 1
            line = line.rstrip(b"\n")
            if line.endswith(b"\r"):
                line = line[:-1]
            if not line.strip(b" \t"):
                continue
            name = f"{path}:{line_no}"
            try:
                rec = parse_jsonl_line(line, default_date)
            except ValueError as e:
                yield name, None, f"{e} (file byte {line_offset})"
                continue
            if "id" in rec:
                name = f"{name} (id {rec['id']})"
            else:
                rec["id"] = f"{path}:{line_no}"
            yield name, rec, None


def read_text_block(paths: List[str], default_date: str):
    for p in paths:
        try:
            with open(p, "rb") as f:
                data = f.read()
        except OSError as e:
            yield p, None, f"cannot open: {e.strerror}"
            continue
        rec: Dict[str, Any] = {"text": data, "id": p}
        if default_date:
            rec["date"] = default_date
        yield p, rec, None


_LOCAL_EXTRACTORS: Dict[str, Any] = {}


def worker_extractor(options: Dict[str, Any]):
    """The Extractor the WorkerPlugin installed on this worker (one per worker).

    Without one (no plugin, or no distributed worker at all) the Extractor is
    built once per process from `options` and cached."""
    try:
        from distributed import get_worker

        ex = getattr(get_worker(), "claimx_extractor", None)
        if ex is not None:
            return ex
    except (ImportError, ValueError):
        pass
    key = json.dumps(options, sort_keys=True)
    if key not in _LOCAL_EXTRACTORS:
        import claimx

        _LOCAL_EXTRACTORS[key] = claimx.Extractor(**options)
    return _LOCAL_EXTRACTORS[key]


def process_block(item, out_dir: str, default_date: str, threads: int, options: Dict[str, Any]):
    """Runs one partition: returns its counts and errors."""
    index, (kind, where, start, end) = item
    t0 = time.perf_counter()
    ex = worker_extractor(options)
    if kind == "jsonl":
        entries = list(read_jsonl_block(where, start, end, default_date))
    else:
        entries = list(read_text_block(where, default_date))
    errors: List[Dict[str, Any]] = []
    names: List[str] = []
    records: List[Dict[str, Any]] = []
    for name, rec, err in entries:
        if err is not None:
            errors.append({"name": name, "error": err})
        else:
            names.append(name)
            records.append(rec)
    docs = claims = 0
    text_bytes = sum(len(r["text"]) if isinstance(r["text"], bytes)
                     else len(r["text"].encode("utf-8", "surrogatepass")) for r in records)
    out_path = os.path.join(out_dir, f"part-{index:05d}.jsonl")
    tmp_path = out_path + ".tmp"
    with open(tmp_path, "w", encoding="utf-8", newline="\n") as out:
        results = ex.extract_many(records, threads, offsets="bytes", errors="yield")
        for name, res in zip(names, results):
            if isinstance(res, ValueError):
                errors.append({"name": name, "error": res.message})
                continue
            out.write(res.to_json())
            out.write("\n")
            docs += 1
            claims += res.counts["claims"]
    os.replace(tmp_path, out_path)
    return [{
        "partition": index,
        "output": out_path,
        "documents": docs,
        "claims": claims,
        "errors": errors,
        "bytes": text_bytes,
        "seconds": time.perf_counter() - t0,
    }]


class ClaimxPlugin:
    """A distributed WorkerPlugin that gives every worker its own Extractor.

    It carries the Extractor pickled (that is, its options); unpickling on the
    worker recompiles the lexicons once per worker process."""

    name = "claimx"

    def __init__(self, extractor) -> None:
        self.extractor = extractor

    def setup(self, worker) -> None:
        worker.claimx_extractor = self.extractor

    def teardown(self, worker) -> None:
        if hasattr(worker, "claimx_extractor"):
            del worker.claimx_extractor


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", help="JSONL or text files, or directories")
    ap.add_argument("--out", required=True, help="output directory (created)")
    ap.add_argument("--input", choices=["auto", "jsonl", "text"], default="auto",
                    help="jsonl: one document per line; text: one per file; "
                         "auto: jsonl when every file ends in .jsonl (default)")
    ap.add_argument("--scheduler", help="address of an existing scheduler, tcp://HOST:PORT "
                                        "(default: start a LocalCluster)")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (2)")
    ap.add_argument("--threads", type=int, default=1,
                    help="extraction threads per worker (C++ pool, default 1)")
    ap.add_argument("--blocksize", type=int, default=4 << 20,
                    help="bytes of input per partition (default 4 MiB)")
    ap.add_argument("--date", default="", help="reference date YYYY-MM-DD for all documents")
    ap.add_argument("--max-bytes", type=int, default=64 << 20,
                    help="reject documents larger than this (default 64 MiB)")
    ap.add_argument("--lexicon", action="append", default=[], help="extra lexicon TSV")
    ap.add_argument("--quiet", action="store_true", help="no progress lines")
    args = ap.parse_args(argv)

    if args.date and not DATE.match(args.date):
        ap.error("--date must be YYYY-MM-DD")
    if args.blocksize < 1 or args.workers < 1 or args.threads < 0:
        ap.error("--blocksize and --workers must be >= 1, --threads >= 0")

    import claimx
    import dask.bag as db
    from distributed import Client, LocalCluster, as_completed

    files = expand_paths(args.paths)
    missing = [f for f in files if not os.path.isfile(f)]
    if missing:
        print(f"dask_corpus: no such file: {missing[0]}", file=sys.stderr)
        return 2
    kind = args.input
    if kind == "auto":
        kind = "jsonl" if files and all(f.endswith(".jsonl") for f in files) else "text"
    blocks = plan_blocks(files, kind, args.blocksize)
    os.makedirs(args.out, exist_ok=True)
    out_dir = os.path.abspath(args.out)
    for stale in os.listdir(out_dir):
        if re.fullmatch(r"part-\d{5}\.jsonl", stale):
            os.remove(os.path.join(out_dir, stale))

    options = {"max_document_bytes": args.max_bytes, "lexicon_files": args.lexicon,
               "threads": args.threads, "offsets": "bytes"}
    try:
        extractor = claimx.Extractor(**options)  # a bad lexicon fails here, early
    except ValueError as e:
        print(f"dask_corpus: {e}", file=sys.stderr)
        return 2
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    log = (lambda *a: None) if args.quiet else (lambda *a: print(*a, file=sys.stderr,
                                                                 flush=True))
    try:
        client.register_worker_plugin(ClaimxPlugin(extractor), name="claimx")
        nworkers = len(client.scheduler_info()["workers"])
        log(f"dask_corpus: {len(files)} file(s), {len(blocks)} partition(s), "
            f"{nworkers} worker(s) at {client.scheduler.address}")
        t0 = time.perf_counter()
        bag = db.from_sequence(list(enumerate(blocks)), npartitions=max(1, len(blocks)))
        parts = bag.map_partitions(
            lambda items: [r for it in items
                           for r in process_block(it, out_dir, args.date, args.threads,
                                                  options)])
        futures = client.compute(parts.to_delayed())
        stats: List[Dict[str, Any]] = []
        done_bytes = 0
        for fut in as_completed(futures):
            for s in fut.result():
                stats.append(s)
                done_bytes += s["bytes"]
                el = time.perf_counter() - t0
                log(f"[{len(stats)}/{len(blocks)}] part-{s['partition']:05d}: "
                    f"{s['documents']} docs, {len(s['errors'])} errors, "
                    f"{s['bytes'] / 1e6:.1f} MB in {s['seconds']:.1f}s; "
                    f"overall {done_bytes / 1e6 / max(el, 1e-9):.2f} MB/s")
        elapsed = time.perf_counter() - t0
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    stats.sort(key=lambda s: s["partition"])
    errors = [e for s in stats for e in s["errors"]]
    with open(os.path.join(out_dir, "errors.jsonl"), "w", encoding="utf-8") as f:
        for e in errors:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    total_bytes = sum(s["bytes"] for s in stats)
    summary = {
        "documents": sum(s["documents"] for s in stats),
        "claims": sum(s["claims"] for s in stats),
        "errors": len(errors),
        "partitions": len(stats),
        "workers": nworkers,
        "bytes": total_bytes,
        "seconds": round(elapsed, 3),
        "mb_per_s": round(total_bytes / 1e6 / max(elapsed, 1e-9), 3),
        "outputs": [os.path.basename(s["output"]) for s in stats],
    }
    with open(os.path.join(out_dir, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2)
        f.write("\n")
    for e in errors[:20]:
        print(f"dask_corpus: {e['name']}: {e['error']}", file=sys.stderr)
    if len(errors) > 20:
        print(f"dask_corpus: ... {len(errors) - 20} more in errors.jsonl", file=sys.stderr)
    print(f"documents {summary['documents']}  claims {summary['claims']}  "
          f"errors {summary['errors']}  {total_bytes / 1e6:.1f} MB in {elapsed:.2f}s  "
          f"{summary['mb_per_s']:.2f} MB/s  ({nworkers} workers, {len(stats)} partitions)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
