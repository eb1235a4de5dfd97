"""Shared fixtures for the claimx Python tests.

Run through tests/python/run.sh <build-dir>, which puts <build-dir>/python on
PYTHONPATH and sets CLAIMX_BUILD_DIR (for the CLI) and CLAIMX_SOURCE_DIR.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

import claimx

SOURCE_DIR = Path(os.environ.get("CLAIMX_SOURCE_DIR") or Path(__file__).parents[2]).resolve()
BUILD_DIR = Path(os.environ["CLAIMX_BUILD_DIR"]).resolve() if os.environ.get("CLAIMX_BUILD_DIR") else None

# Test text written for these tests (no outside sentences).
NEWS = [
    "The harbour authority said on Tuesday that 120 ferries would resume service by June.",
    "\u201cWe are not finished,\u201d the mayor told reporters. Work on the bridge continues.",
    "According to the water board, usage fell 7% in March compared with a year earlier.",
    "Crédit agricole économistes ont déclaré que la croissance ralentirait à 1,2 %.",
    "Ms. Okonkwo, a spokeswoman for the ministry, said the plan cost $4.5 million.",
    "東京の当局者は、来週の会議で予算を発表すると述べた。",
    "The festival drew 30,000 visitors 🎉🎶 and organisers called it a record.",
    "Residents of Zürich and Malmö reported delays; officials blamed the snow.",
]


def cli_path() -> Path:
    if BUILD_DIR is None:
        pytest.skip("CLAIMX_BUILD_DIR not set: no CLI to compare with")
    p = BUILD_DIR / "tools" / "claimx" / "claimx"
    if not p.exists():
        pytest.skip(f"CLI not built at {p}")
    return p


def run_cli_jsonl(path: Path, *extra: str):
    """Runs `claimx extract --input jsonl --format jsonl` on a file.

    Returns (list of parsed output objects, stderr, exit code)."""
    r = subprocess.run(
        [str(cli_path()), "extract", "--input", "jsonl", "--format", "jsonl", *extra, str(path)],
        capture_output=True,
        timeout=300,
    )
    out = [json.loads(line) for line in r.stdout.decode("utf-8").splitlines() if line.strip()]
    return out, r.stderr.decode("utf-8", "replace"), r.returncode


@pytest.fixture(scope="session")
def extractor():
    return claimx.Extractor()


@pytest.fixture(scope="session")
def byte_extractor():
    return claimx.Extractor(offsets="bytes")
