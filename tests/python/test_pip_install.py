"""`pip install --no-build-isolation .` works in a venv over Debian's python3 packages.

By default the install reuses the CMake build directory under test
(CLAIMX_CMAKE_BUILD_DIR, so only `_claimx` is relinked); set
CLAIMX_PIP_FRESH=1 to let pip configure and compile everything from scratch.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BUILD_DIR, SOURCE_DIR


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    if BUILD_DIR is None:
        pytest.skip("CLAIMX_BUILD_DIR not set")
    base = tmp_path_factory.mktemp("pip")
    # Build from a copy so the source tree stays clean (setuptools builds in-tree).
    pkg = base / "python-src"
    shutil.copytree(SOURCE_DIR / "bindings" / "python", pkg,
                    ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    env_dir = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(env_dir)],
                   check=True, timeout=300)
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["CLAIMX_SOURCE_DIR"] = str(SOURCE_DIR)
    if os.environ.get("CLAIMX_PIP_FRESH") != "1":
        env["CLAIMX_CMAKE_BUILD_DIR"] = str(BUILD_DIR)
    r = subprocess.run(
        [str(env_dir / "bin" / "pip"), "install", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", str(pkg)],
        env=env, capture_output=True, text=True, timeout=3600,
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    return env_dir, env


def run_in_venv(venv, code):
    env_dir, env = venv
    r = subprocess.run([str(env_dir / "bin" / "python"), "-c", code], env=env,
                       cwd=str(env_dir), capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_installed_module_imports_from_the_venv(venv):
    env_dir, _ = venv
    out = run_in_venv(venv, "import claimx, os; print(os.path.realpath(claimx.__file__))")
    assert out.strip().startswith(str(Path(env_dir).resolve()))


def test_installed_module_extracts(venv):
    code = (
        "import claimx, json\n"
        "ex = claimx.Extractor()\n"
        "d = ex.extract('The council said the library would open in May. Then it rained.', id='v')\n"
        "print(json.dumps([d.id, len(d.sentences), sorted(d.to_dict())]))\n"
    )
    out = run_in_venv(venv, code)
    assert '"v", 2' in out and '"claims"' in out


def test_installed_package_has_stubs_and_metadata(venv):
    code = (
        "import claimx, os, importlib.metadata as m\n"
        "d = os.path.dirname(claimx.__file__)\n"
        "print(m.version('claimx'), claimx.__version__,"
        " os.path.exists(os.path.join(d, 'py.typed')),"
        " os.path.exists(os.path.join(d, '__init__.pyi')))\n"
    )
    version, lib_version, typed, stubs = run_in_venv(venv, code).split()
    assert version == lib_version and typed == "True" and stubs == "True"
