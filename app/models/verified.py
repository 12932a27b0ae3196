"""The record that a model file was verified, so it is not hashed again at every start."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

BLOCK = 4 * 1024 * 1024


def marker_path(target: Path) -> Path:
    return target.with_name(target.name + ".verified.json")


def _fingerprint(path: Path) -> dict[str, int]:
    stat = path.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def write_marker(target: Path, sha256: str) -> None:
    marker_path(target).write_text(
        json.dumps({"sha256": sha256, **_fingerprint(target)}), encoding="utf-8"
    )


def recorded_sha256(target: Path) -> str | None:
    """The verified hash, if the file is unchanged since it was verified."""
    try:
        recorded = json.loads(marker_path(target).read_text(encoding="utf-8"))
        if {k: recorded.get(k) for k in ("size", "mtime_ns")} == _fingerprint(target):
            sha = recorded.get("sha256")
            return sha if isinstance(sha, str) else None
    except (OSError, ValueError, AttributeError):
        pass
    return None


def marker_sha256(target: Path) -> str | None:
    """The hash recorded when the file was verified, even if the file changed since."""
    try:
        sha = json.loads(marker_path(target).read_text(encoding="utf-8")).get("sha256")
        return sha if isinstance(sha, str) else None
    except (OSError, ValueError, AttributeError):
        return None


def sha256_of(path: Path, progress: Callable[[int, int], None] | None = None) -> str:
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as stream:
        while block := stream.read(BLOCK):
            digest.update(block)
            done += len(block)
            if progress:
                progress(done, total)
    return digest.hexdigest()


class CopyCancelled(Exception):
    pass


def copy_files(sources: Sequence[Path], target: Path,
               progress: Callable[[int, int], None] | None = None,
               should_cancel: Callable[[], bool] | None = None,
               digest: Any = None) -> int:
    """Write the sources, one after another, into target and fsync it, hashing into digest
    on the way. Returns the bytes written; the caller cleans up target on failure."""
    total = sum(source.stat().st_size for source in sources)
    done = 0
    with target.open("wb") as out:
        for source in sources:
            with source.open("rb") as stream:
                while block := stream.read(BLOCK):
                    if should_cancel and should_cancel():
                        raise CopyCancelled()
                    out.write(block)
                    if digest is not None:
                        digest.update(block)
                    done += len(block)
                    if progress:
                        progress(done, total)
        out.flush()
        os.fsync(out.fileno())
    return done


def gb(size: float) -> str:
    return f"{size / 1e9:.1f} GB"


def human_size(size: float) -> str:
    """Sizes as people read them: 812 MB, 4.9 GB."""
    if size >= 1e9:
        return f"{size / 1e9:.1f} GB"
    if size >= 1e6:
        return f"{size / 1e6:.0f} MB"
    return f"{size / 1e3:.0f} kB"
