"""Builds claimx._claimx with CMake from the repository root (pyproject.toml has the metadata).

Environment:
  CLAIMX_SOURCE_DIR       the claimx source tree (default: two levels up), for
                          building from a copy of bindings/python.
  CLAIMX_CMAKE_BUILD_DIR  reuse this CMake build directory (configured with
                          -DCLAIMX_BUILD_PYTHON=ON for the same Python) instead
                          of configuring a fresh one; only `_claimx` is rebuilt.
  CLAIMX_CMAKE_ARGS       extra arguments for the CMake configure step.
  CMAKE_BUILD_PARALLEL_LEVEL  build jobs (CMake's own variable).
"""

import glob
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
# The CMake project root: this file lives in <root>/bindings/python.
ROOT = Path(os.environ.get("CLAIMX_SOURCE_DIR") or HERE.parent.parent).resolve()


def project_version() -> str:
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    m = re.search(r"project\(\s*claimx\s+VERSION\s+([0-9.]+)", text)
    return m.group(1) if m else "0.0.0"


class CMakeExtension(Extension):
    def __init__(self, name: str) -> None:
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext: Extension) -> None:
        if not (ROOT / "CMakeLists.txt").is_file():
            raise RuntimeError(f"claimx sources not found at {ROOT}")
        cmake = shutil.which("cmake") or "cmake"
        reuse = os.environ.get("CLAIMX_CMAKE_BUILD_DIR")
        if reuse:
            build_dir = Path(reuse).resolve()
            package_dir = build_dir / "python" / "claimx"
        else:
            build_dir = Path(self.build_temp).resolve() / "cmake"
            package_dir = build_dir / "python" / "claimx"
            build_dir.mkdir(parents=True, exist_ok=True)
            args = [
                cmake, "-S", str(ROOT), "-B", str(build_dir),
                "-DCMAKE_BUILD_TYPE=Release",
                "-DCLAIMX_BUILD_PYTHON=ON",
                "-DCLAIMX_BUILD_TESTS=OFF",
                "-DCLAIMX_BUILD_TOOLS=OFF",
                "-DCLAIMX_BUILD_BENCH=OFF",
                "-DCLAIMX_INSTALL=OFF",
                f"-DPython3_EXECUTABLE={sys.executable}",
                f"-DCLAIMX_PY_PACKAGE_DIR={package_dir}",
            ]
            if shutil.which("ninja"):
                args += ["-G", "Ninja"]
            try:
                import pybind11  # noqa: F401  (pip's pybind11 ships its CMake config)

                args.append(f"-Dpybind11_DIR={pybind11.get_cmake_dir()}")
            except (ImportError, AttributeError):
                pass
            args += shlex.split(os.environ.get("CLAIMX_CMAKE_ARGS", ""))
            subprocess.run(args, check=True)
        subprocess.run([cmake, "--build", str(build_dir), "--target", "_claimx"], check=True)
        suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
        built = package_dir / f"_claimx{suffix}"
        if not built.is_file():
            found = glob.glob(str(package_dir / "_claimx*"))
            raise RuntimeError(
                f"{built} was not built (found: {found}); is {build_dir} configured "
                f"for this Python ({sys.executable})?"
            )
        dest = Path(self.get_ext_fullpath(ext.name))
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built, dest)


setup(
    version=project_version(),
    ext_modules=[CMakeExtension("claimx._claimx")],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
