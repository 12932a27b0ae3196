"""Models on disk: listing, importing (checked first), verifying and removing."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.jobs import CancelToken
from app.models.catalog import Catalog, CatalogEntry
from app.models.gguf_header import GGUFError, GGUFHeader, read_header
from app.models.verified import (
    CopyCancelled,
    copy_files,
    gb,
    human_size,
    marker_path,
    marker_sha256,
    sha256_of,
    write_marker,
)

log = logging.getLogger(__name__)

PROBE_TIMEOUT_S = 120
PARENT_PID_ENV = "HEARTH_PROBE_PARENT_PID"  # set for the probe child: whose death ends it
PARTIAL_SUFFIX = ".importing"
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
    entry = (catalog.by_filename(path.name) or catalog.embedder_by_filename(path.name)) \
        if catalog else None
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


# Encoder-only architectures: their GGUFs embed text, they cannot chat
EMBEDDING_ARCHITECTURES = frozenset({"bert", "nomic-bert", "nomic-bert-moe", "jina-bert-v2",
                                     "jina-bert-v3", "t5encoder", "modern-bert", "neo-bert"})


def is_embedder(model: InstalledModel, catalog: Catalog | None) -> bool:
    """A model that embeds text for documents (the catalog's, or an encoder-only one)."""
    return model.architecture in EMBEDDING_ARCHITECTURES or (
        catalog is not None and catalog.embedder_by_filename(model.path.name) is not None)


def list_installed(models_dir: Path, catalog: Catalog | None = None,
                   cache: DescribeCache | None = None,
                   embedders: bool = False) -> list[InstalledModel]:
    """The chat models among the .gguf files in the models folder; with `embedders`, the
    embedding models instead (downloaded for documents). With a cache, an unchanged file's
    header is not read again (the GUI refreshes this list often)."""
    return [m for m in _every_gguf(models_dir, catalog, cache)
            if is_embedder(m, catalog) == embedders]


def _every_gguf(models_dir: Path, catalog: Catalog | None,
                cache: DescribeCache | None) -> list[InstalledModel]:
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


class ImportCancelled(Exception):
    """The import was cancelled (the app is quitting); nothing was left behind."""


@dataclass(frozen=True)
class ProbeReport:
    n_vocab: int
    template_note: str  # why the model's chat template will not be used; "" if it will


@dataclass(frozen=True)
class ImportResult:
    path: Path
    template_note: str


def probe_in_child(path: Path, timeout_s: float = PROBE_TIMEOUT_S,
                   cancel: CancelToken | None = None) -> ProbeReport:
    """Ask llama.cpp, in a separate process, whether it can read the file, and try the
    file's chat template once. A cancel kills the child at once."""
    # stdin: a pipe never written to, which the child watches to end with this process
    # (app/engine/probe.py end_with_parent). Linux's death signal follows the thread that
    # started the child, and this one waits for it to the end.
    child = subprocess.Popen(probe_command(path), stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, stdin=subprocess.PIPE, text=True,
                             env={**os.environ, PARENT_PID_ENV: str(os.getpid())})
    deadline = time.monotonic() + timeout_s
    try:
        while child.poll() is None:
            if cancel is not None and cancel.cancelled:
                raise ImportCancelled()
            if time.monotonic() > deadline:
                raise UserError(f"Checking {path.name} took too long; the file may be "
                                "damaged.")
            if cancel is not None:
                cancel.wait(0.05)
            else:
                time.sleep(0.05)
        output = child.stdout.read() if child.stdout else ""
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stdin):
            if stream:
                stream.close()
    if child.returncode < 0:
        raise UserError(f"llama.cpp crashed while reading {path.name} (signal "
                        f"{-child.returncode}); the file is damaged or hostile.")
    lines = output.strip().splitlines()
    try:
        answer = json.loads(lines[-1]) if lines else {}
    except ValueError:
        answer = {}
    if child.returncode != 0 or not answer.get("ok"):
        reason = answer.get("error") or "llama.cpp could not read it"
        raise UserError(f"{path.name} cannot be used: {reason}.")
    return ProbeReport(int(answer.get("n_vocab", 0)), str(answer.get("template_note") or ""))


def import_model(source: Path, models_dir: Path,
                 progress: Callable[[int, int], None] | None = None,
                 probe: Callable[[Path, CancelToken | None], ProbeReport] | None = None,
                 cancel: CancelToken | None = None) -> ImportResult:
    """Check a local .gguf (header, then a vocab-only load and a try of its chat template
    in a child), then copy it in. A cancel leaves no partial file behind."""
    if source.suffix.lower() != ".gguf":
        raise UserError(f"{source.name} is not a .gguf file.")
    try:
        check_header(source)
        report = (probe or _probe)(source, cancel)
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
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    digest = hashlib.sha256()
    try:
        copy_files([source], partial, progress,
                   (lambda: cancel.cancelled) if cancel is not None else None, digest)
    except CopyCancelled:
        partial.unlink(missing_ok=True)
        raise ImportCancelled() from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    write_marker(target, digest.hexdigest())
    return ImportResult(target, report.template_note)


def check_in_place(path: Path, name: str | None = None,
                   probe: Callable[[Path, CancelToken | None], ProbeReport] | None = None,
                   cancel: CancelToken | None = None) -> ImportResult:
    """Check a model another app keeps as an import is checked (header, then llama.cpp in a
    child), without copying it: it is used where it is. `name` is how the user knows it
    (an Ollama file is named by its hash)."""
    label = name or path.name
    try:
        if not path.is_file():
            raise UserError("The file is no longer there; the app that kept it may have "
                            "deleted it.")
        check_header(path)
        report = (probe or _probe)(path, cancel)
    except UserError as exc:
        raise UserError(f"{label} cannot be used. {exc}") from exc
    return ImportResult(path, report.template_note)


def _probe(path: Path, cancel: CancelToken | None) -> ProbeReport:
    return probe_in_child(path, cancel=cancel)


def remove_stale_imports(models_dir: Path, min_age_s: float = 10.0) -> list[Path]:
    """Delete what imports killed midway left behind: model-sized `.importing` copies.
    Call it at start-up, once this instance holds the data folder; a copy written to in
    the last `min_age_s` seconds is spared all the same, as another instance's live
    import. Returns what was removed."""
    removed: list[Path] = []
    if not models_dir.is_dir():
        return removed
    now = time.time()
    for path in models_dir.glob(f"*{PARTIAL_SUFFIX}"):
        try:
            if not path.is_file() or now - path.stat().st_mtime < min_age_s:
                continue
            size = path.stat().st_size
            path.unlink()
        except OSError as exc:
            log.warning("Could not remove the unfinished import %s: %s", path.name, exc)
            continue
        log.info("Removed %s (%s), left by an import that did not finish", path.name,
                 human_size(size))
        removed.append(path)
    return removed


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
