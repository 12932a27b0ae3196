"""Build and install llama-cpp-python with the flags Hearth needs, and prove they were built.

Native builds turn Intel AMX on when the build machine has it, and llama.cpp's AMX path
segfaults on Q4_K weights (ggml-org/llama.cpp#20824). So x86-64 builds keep everything else
native and add `-mno-amx-*`. pip's wheel cache is keyed on the sdist, not on CMAKE_ARGS, and
would silently reuse a wheel built with other flags, so this script never uses it: it builds
into a folder keyed by the version, the flags, the Python and the CPU, installs from there,
and then reads llama.cpp's own system-info line to check that AMX is not compiled in.

    python packaging/llama_build.py            # build (or reuse a keyed wheel) and install
    python packaging/llama_build.py --verify   # only check the installed build
Extra CMake arguments (CUDA, Metal) come from the CMAKE_ARGS environment variable.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NO_AMX = "-mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
AMX_FEATURE = re.compile(r"\bAMX_\w+\s*=\s*1")


def llama_requirement() -> str:
    """The exact `llama-cpp-python==X` that pyproject.toml pins."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for dependency in project["project"]["dependencies"]:
        if dependency.replace("_", "-").startswith("llama-cpp-python"):
            return str(dependency)
    raise SystemExit("pyproject.toml does not declare llama-cpp-python")


def is_x86() -> bool:
    return platform.machine().lower() in {"x86_64", "amd64", "i686", "x86"}


def cmake_args(extra: str) -> str:
    """CMake arguments: the caller's, plus AMX off for x86 compilers that are not MSVC.

    scikit-build-core splits CMAKE_ARGS with shlex, so a flag list with spaces is quoted.
    """
    args = shlex.split(extra)
    if is_x86() and os.name != "nt":
        args += [f"-DCMAKE_C_FLAGS={NO_AMX}", f"-DCMAKE_CXX_FLAGS={NO_AMX}"]
    return shlex.join(args)


def cpu_identity() -> str:
    """What a native build depends on: the CPU's feature flags (Linux) or its name."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("flags"):
                return line
    except OSError:
        pass
    return platform.processor() or platform.machine()


def build_key(requirement: str, args: str) -> str:
    identity = "\n".join(
        [requirement, args, sys.version, platform.platform(), cpu_identity()]
    )
    return hashlib.sha256(identity.encode()).hexdigest()[:20]


def wheel_dir(key: str) -> Path:
    base = os.environ.get("HEARTH_WHEEL_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "hearth-wheels"
    )
    return Path(base) / key


def pip(*args: str, env: dict[str, str] | None = None) -> None:
    subprocess.run([sys.executable, "-m", "pip", *args], check=True, env=env)


def build(requirement: str, args: str, target: Path) -> Path:
    existing = sorted(target.glob("llama_cpp_python-*.whl"))
    if existing and (target / "build.json").is_file():
        print(f"llama_build: reusing {existing[-1].name} built with the same flags ({target.name})")
        return existing[-1]
    target.mkdir(parents=True, exist_ok=True)
    print(f"llama_build: compiling {requirement} with CMAKE_ARGS={args}")
    env = {**os.environ, "CMAKE_ARGS": args}
    pip(
        "wheel", "--no-deps", "--no-cache-dir", "--no-binary", "llama-cpp-python",
        "--wheel-dir", str(target), requirement, env=env,
    )
    wheels = sorted(target.glob("llama_cpp_python-*.whl"))
    if not wheels:
        raise SystemExit(f"llama_build: pip built no wheel into {target}")
    (target / "build.json").write_text(
        json.dumps({"requirement": requirement, "cmake_args": args}, indent=1), encoding="utf-8"
    )
    return wheels[-1]


def system_info() -> str:
    probe = (
        "import llama_cpp, sys; "
        "sys.stdout.write(llama_cpp.llama_print_system_info().decode('utf-8', 'replace'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip()


def verify() -> str:
    info = system_info()
    print(f"llama_build: system info: {info}")
    if is_x86() and AMX_FEATURE.search(info):
        raise SystemExit(
            "llama_build: this llama.cpp was compiled with AMX, which crashes on Q4_K models. "
            "Rebuild with: python packaging/llama_build.py"
        )
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verify", action="store_true", help="only check the installed build")
    options = parser.parse_args(argv)
    if not options.verify:
        requirement = llama_requirement()
        args = cmake_args(os.environ.get("CMAKE_ARGS", ""))
        wheel = build(requirement, args, wheel_dir(build_key(requirement, args)))
        pip("install", "--no-deps", "--force-reinstall", "--no-cache-dir", str(wheel))
        pip("install", "--no-cache-dir", requirement)  # its pure-Python dependencies
    verify()
    return 0


if __name__ == "__main__":
    sys.exit(main())
