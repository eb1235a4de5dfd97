"""The Python examples run."""

import subprocess
import sys

from conftest import SOURCE_DIR


def test_quickstart_runs():
    r = subprocess.run([sys.executable, str(SOURCE_DIR / "examples" / "python" / "quickstart.py")],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "sentences:" in r.stdout and "claims:" in r.stdout
    assert "error: invalid UTF-8 at byte 7" in r.stdout


def test_dask_corpus_help():
    r = subprocess.run([sys.executable, str(SOURCE_DIR / "examples" / "python" / "dask_corpus.py"),
                        "--help"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "--scheduler" in r.stdout


def test_dask_corpus_usage_error(tmp_path):
    r = subprocess.run([sys.executable, str(SOURCE_DIR / "examples" / "python" / "dask_corpus.py"),
                        "--out", str(tmp_path), "--date", "tomorrow", "x.jsonl"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr
