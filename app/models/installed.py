"""Models on disk: listing, importing (checked first), verifying and removing."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.models.catalog import Catalog, CatalogEntry
from app.models.gguf_header import GGUFError, GGUFHeader, read_header
from app.models.verified import (
    copy_files,
    gb,
    marker_path,
    marker_sha256,
    sha256_of,
    write_marker,
)

log = logging.getLogger(__name__)

PROBE_TIMEOUT_S = 120
KV_OVERHEAD_BYTES = 300 * 1024 * 1024  # runtime buffers beyond weights and KV cache
DISK_MARGIN_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class InstalledModel:
    path: Path
    name: str
    size_bytes: int
    architecture: str
    quant: str
    context_length: int | None
    kv_bytes_per_token: int | None
    catalog_id: str | None
    error: str | None = None  # a file that is there but not readable as a model

    @property
    def id(self) -> str:
        return self.catalog_id or self.path.name

    def memory_at(self, context: int) -> int:
        return self.size_bytes + (self.kv_bytes_per_token or 0) * context + KV_OVERHEAD_BYTES


def describe(path: Path, catalog: Catalog | None = None) -> InstalledModel:
    entry = catalog.by_filename(path.name) if catalog else None
    size = path.stat().st_size
    try:
        header = read_header(path)
    except GGUFError as exc:
        return InstalledModel(path, entry.name if entry else path.stem, size, "unknown", "?",
                              None, None, entry.id if entry else None, str(exc))
    return InstalledModel(
        path=path,
        name=entry.name if entry else (header.name or path.stem),
        size_bytes=size,
        architecture=header.architecture,
        quant=header.quant,
        context_length=header.context_length,
        kv_bytes_per_token=header.kv_bytes_per_token(),
        catalog_id=entry.id if entry else None,
    )


DescribeCache = dict[tuple[Path, int, int], InstalledModel]


def list_installed(models_dir: Path, catalog: Catalog | None = None,
                   cache: DescribeCache | None = None) -> list[InstalledModel]:
    """The .gguf files in the models folder. With a cache, an unchanged file's header is
    not read again (the GUI refreshes this list often)."""
    if not models_dir.is_dir():
        return []
    found = []
    for path in sorted(models_dir.glob("*.gguf")):
        if not path.is_file():
            continue
        stat = path.stat()
        key = (path, stat.st_size, stat.st_mtime_ns)
        model = cache.get(key) if cache is not None else None
        if model is None:
            model = describe(path, catalog)
            if cache is not None:
                cache[key] = model
        found.append(model)
    return found


def check_header(path: Path) -> GGUFHeader:
    """The pure-Python checks; raises UserError naming what is wrong."""
    header = read_header(path)
    if header.tensor_count == 0:
        raise GGUFError("This GGUF file holds only a vocabulary, no weights, so it cannot chat.")
    if header.architecture == "unknown":
        raise GGUFError("This GGUF file does not say which model architecture it is.")
    return header


def probe_command(path: Path) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "--probe-model", str(path)]
    return [sys.executable, "-m", "app", "--probe-model", str(path)]


def probe_in_child(path: Path, timeout_s: float = PROBE_TIMEOUT_S) -> None:
    """Ask llama.cpp, in a separate process, whether it can read the file."""
    try:
        done = subprocess.run(probe_command(path), capture_output=True, text=True,
                              timeout=timeout_s, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise UserError(f"Checking {path.name} took too long; the file may be damaged.") from exc
    if done.returncode < 0:
        raise UserError(f"llama.cpp crashed while reading {path.name} (signal "
                        f"{-done.returncode}); the file is damaged or hostile.")
    lines = done.stdout.strip().splitlines()
    try:
        answer = json.loads(lines[-1]) if lines else {}
    except ValueError:
        answer = {}
    if done.returncode != 0 or not answer.get("ok"):
        reason = answer.get("error") or "llama.cpp could not read it"
        raise UserError(f"{path.name} cannot be used: {reason}.")


def run_probe(path: Path) -> int:
    """The child side of probe_in_child: prints one JSON line, exits 0 or 1."""
    try:
        check_header(path)
        from app.engine.llama import probe_vocab

        vocab = probe_vocab(path)
    except UserError as exc:
        print(json.dumps({"ok": False, "error": str(exc)}), flush=True)
        return 1
    except Exception as exc:  # llama.cpp's refusal: unknown architecture, bad tensors…
        message = str(exc) or type(exc).__name__
        print(json.dumps({"ok": False, "error": f"llama.cpp refused it ({message}); it may be "
                          "an unsupported model architecture"}), flush=True)
        return 1
    print(json.dumps({"ok": True, "n_vocab": vocab}), flush=True)
    return 0


def import_model(source: Path, models_dir: Path,
                 progress: Callable[[int, int], None] | None = None,
                 probe: Callable[[Path], None] = probe_in_child) -> Path:
    """Check a local .gguf (header, then a vocab-only load in a child), then copy it in."""
    if source.suffix.lower() != ".gguf":
        raise UserError(f"{source.name} is not a .gguf file.")
    try:
        check_header(source)
        probe(source)
    except UserError as exc:
        raise UserError(f"{source.name} was not imported. {exc}") from exc
    models_dir.mkdir(parents=True, exist_ok=True)
    target = models_dir / source.name
    if target.exists():
        raise UserError(f"A model named {source.name} is already installed.")
    size = source.stat().st_size
    free = shutil.disk_usage(models_dir).free
    if free < size + DISK_MARGIN_BYTES:
        raise UserError(f"Not enough disk space to import {source.name}: need "
                        f"{gb(size)}, {gb(free)} free.")
    partial = target.with_name(target.name + ".importing")
    try:
        copy_files([source], partial, progress)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    write_marker(target, sha256_of(target))
    return target


def remove_model(path: Path) -> None:
    path.unlink(missing_ok=True)
    marker_path(path).unlink(missing_ok=True)


def verify_model(path: Path, entry: CatalogEntry | None = None,
                 progress: Callable[[int, int], None] | None = None) -> str | None:
    """Re-hash a model; returns a problem in words, or None if it is intact."""
    expected = (entry.sha256 if entry else None) or marker_sha256(path)
    actual = sha256_of(path, progress)
    if expected is None:
        write_marker(path, actual)
        return None
    if actual != expected:
        return f"sha256 {actual[:12]}… does not match the expected {expected[:12]}…"
    return None
