"""Resumable, verified downloads of model files from the Hugging Face Hub.

huggingface_hub gives the URL, the metadata (commit, LFS sha256, size) and its HTTP client;
the transfer itself is ours, because hf_hub_download can neither resume across restarts nor
be cancelled cleanly:

- bytes stream into `<models>/<file>.part`, with a sidecar `<file>.part.json` recording the
  URL, commit, etag, size and sha256 the bytes belong to;
- a dropped connection is retried with backoff, resuming with an HTTP Range request; so is an
  app restart, from the sidecar. A resume must be answered 206 with a matching Content-Range,
  or the download starts over cleanly;
- the sha256 is computed as bytes arrive, and the file is renamed into place only after its
  size and hash match. A mismatch deletes it.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import queue
import re
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx2
from huggingface_hub import get_hf_file_metadata, get_session, hf_hub_url
from huggingface_hub.errors import HfHubHTTPError

# public (listed in huggingface_hub.utils.__all__), but exported lazily, which mypy cannot see
from huggingface_hub.utils import build_hf_headers  # type: ignore[attr-defined]

from app.errors import UserError
from app.models.catalog import CatalogEntry
from app.models.verified import gb, write_marker

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
DISK_MARGIN = 256 * 1024 * 1024
SHA256 = re.compile(r"^[0-9a-f]{64}$")
RETRY_DELAYS_S = (0.5, 1, 2, 4, 8, 15, 30)


class DownloadStopped(Exception):
    """Paused or cancelled by the user; `cancelled` says which."""

    def __init__(self, cancelled: bool) -> None:
        super().__init__("cancelled" if cancelled else "paused")
        self.cancelled = cancelled


class GatedModelError(UserError):
    def __init__(self, repo_id: str, page: str, status: int) -> None:
        super().__init__(
            f"{repo_id} is gated ({status}): Hugging Face needs you to accept its license "
            f"and a token with access. Open {page}, accept the terms, then add your token in "
            "Settings."
        )
        self.page = page


@dataclass(frozen=True)
class DownloadSpec:
    repo_id: str
    filename: str
    revision: str = "main"
    sha256: str | None = None  # the catalog's; otherwise the Hub's LFS hash is used
    size: int | None = None  # the catalog's exact size, when it is known


def catalog_spec(entry: CatalogEntry) -> DownloadSpec:
    """A catalog entry's download, pinned to its revision, sha256 and size where known."""
    return DownloadSpec(entry.repo_id, entry.filename, entry.revision, entry.sha256,
                        entry.size_bytes if entry.size_exact else None)


@dataclass(frozen=True)
class Sidecar:
    url: str
    commit: str | None
    etag: str | None
    size: int
    sha256: str
    repo_id: str
    filename: str
    revision: str


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    bytes_per_s: float

    @property
    def eta_s(self) -> float | None:
        if self.bytes_per_s <= 0:
            return None
        return (self.total - self.done) / self.bytes_per_s


StopCheck = Callable[[], str | None]  # None to go on, "pause" or "cancel"
ProgressCallback = Callable[[Progress], None]


def partial_path(models_dir: Path, filename: str) -> Path:
    return models_dir / (Path(filename).name + ".part")


def sidecar_path(models_dir: Path, filename: str) -> Path:
    return models_dir / (Path(filename).name + ".part.json")


def read_sidecar(models_dir: Path, filename: str) -> Sidecar | None:
    try:
        raw = json.loads(sidecar_path(models_dir, filename).read_text(encoding="utf-8"))
        return Sidecar(**raw)
    except (OSError, ValueError, TypeError):
        return None


def pending_downloads(models_dir: Path) -> list[Sidecar]:
    """Downloads interrupted by a pause, a crash or a restart, ready to resume."""
    found = []
    for path in sorted(models_dir.glob("*.part.json")):
        sidecar = read_sidecar(models_dir, path.name.removesuffix(".part.json"))
        if sidecar is not None:
            found.append(sidecar)
    return found


def discard_partial(models_dir: Path, filename: str) -> None:
    partial_path(models_dir, filename).unlink(missing_ok=True)
    sidecar_path(models_dir, filename).unlink(missing_ok=True)


class Downloader:
    def __init__(
        self,
        models_dir: Path,
        token: Callable[[], str | None] = lambda: None,
        endpoint: str | None = None,
        free_space: Callable[[Path], int] = lambda p: shutil.disk_usage(p).free,
        retry_delays: tuple[float, ...] = RETRY_DELAYS_S,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._models_dir = models_dir
        self._token = token
        self._endpoint = endpoint or os.environ.get("HF_ENDPOINT") or None
        self._free_space = free_space
        self._retry_delays = retry_delays
        self._sleep = sleep

    def page_url(self, repo_id: str) -> str:
        return f"{(self._endpoint or 'https://huggingface.co').rstrip('/')}/{repo_id}"

    def resolve(self, spec: DownloadSpec) -> Sidecar:
        """Ask the Hub what the file is: its commit, size and sha256 (one HEAD request)."""
        url = hf_hub_url(spec.repo_id, spec.filename, revision=spec.revision,
                         endpoint=self._endpoint)
        try:
            meta = get_hf_file_metadata(url, token=self._token() or False,
                                        endpoint=self._endpoint, timeout=20)
        except HfHubHTTPError as exc:
            raise self._http_error(spec.repo_id, exc.response.status_code
                                   if exc.response is not None else 0) from exc
        except httpx2.TransportError as exc:
            raise UserError(f"Could not reach Hugging Face to download {spec.filename}: "
                            f"{_reason(exc)}. Check your connection and try again.") from exc
        hub_sha = (meta.etag or "").strip('"').lower()
        hub_sha = hub_sha if SHA256.match(hub_sha) else ""
        pinned = (spec.sha256 or "").lower()
        if pinned and hub_sha and pinned != hub_sha:
            raise UserError(f"Hugging Face now serves a different {spec.filename} than the "
                            f"catalog names: the catalog pins sha256 {pinned}, the Hub says "
                            f"{hub_sha}. Hearth will not download it.")
        if spec.size is not None and meta.size is not None and spec.size != meta.size:
            raise UserError(f"Hugging Face now serves a different {spec.filename} than the "
                            f"catalog names: the catalog says {spec.size:,} bytes, the Hub "
                            f"says {meta.size:,}. Hearth will not download it.")
        expected = pinned or hub_sha
        if not expected:
            raise UserError(f"Hugging Face gave no sha256 for {spec.filename}, so Hearth "
                            "cannot verify it. Only LFS-stored GGUF files can be downloaded.")
        if meta.size is None:
            raise UserError(f"Hugging Face did not say how large {spec.filename} is.")
        return Sidecar(url=url, commit=meta.commit_hash, etag=meta.etag, size=meta.size,
                       sha256=expected, repo_id=spec.repo_id, filename=spec.filename,
                       revision=spec.revision)

    def _http_error(self, repo_id: str, status: int) -> UserError:
        if status in (401, 403):
            return GatedModelError(repo_id, self.page_url(repo_id), status)
        if status == 404:
            return UserError(f"{repo_id} has no such file on Hugging Face (404).")
        return UserError(f"Hugging Face answered {status} for {repo_id}; try again later.")

    def download(
        self,
        spec: DownloadSpec,
        progress: ProgressCallback | None = None,
        should_stop: StopCheck = lambda: None,
    ) -> Path:
        """Download, resuming any partial file, verify, and move into place."""
        self._models_dir.mkdir(parents=True, exist_ok=True)
        target = self._models_dir / Path(spec.filename).name
        info = self.resolve(spec)
        part = partial_path(self._models_dir, spec.filename)
        sidecar = sidecar_path(self._models_dir, spec.filename)
        if read_sidecar(self._models_dir, spec.filename) != info:
            discard_partial(self._models_dir, spec.filename)  # other bytes: start over
        have = part.stat().st_size if part.exists() else 0
        if have > info.size:
            discard_partial(self._models_dir, spec.filename)
            have = 0
        free = self._free_space(self._models_dir)
        if free < info.size - have + DISK_MARGIN:
            raise UserError(f"Not enough disk space for {spec.filename}: need "
                            f"{gb(info.size - have + DISK_MARGIN)}, {gb(free)} free.")
        sidecar.write_text(json.dumps(asdict(info)), encoding="utf-8")

        digest = hashlib.sha256()
        if have:
            with part.open("rb") as existing:
                while block := existing.read(CHUNK * 4):
                    digest.update(block)
        failures = 0  # attempts in a row that added no bytes
        while True:
            before = have
            try:
                have = self._transfer(info, part, have, digest, progress, should_stop)
                break
            except DownloadStopped as stop:
                if stop.cancelled:
                    discard_partial(self._models_dir, spec.filename)
                raise
            except (httpx2.TransportError, _Restart) as exc:
                if isinstance(exc, _Restart):
                    have, digest = 0, hashlib.sha256()
                    part.unlink(missing_ok=True)
                    continue
                have = part.stat().st_size
                if have > before:
                    failures = 0  # the connection dropped, but this attempt got somewhere
                if failures >= len(self._retry_delays):
                    raise UserError(f"The download of {spec.filename} keeps failing "
                                    f"({_reason(exc)}). Its progress is kept; resume it "
                                    "later.") from exc
                log.info("Download interrupted (%s); retrying from %d", _reason(exc), have)
                self._back_off(self._retry_delays[failures], should_stop)
                failures += 1

        if have != info.size or digest.hexdigest() != info.sha256:
            discard_partial(self._models_dir, spec.filename)
            raise UserError(f"{spec.filename} arrived damaged (size or sha256 does not match "
                            "what Hugging Face published) and was deleted. Try again.")
        os.replace(part, target)
        sidecar.unlink(missing_ok=True)
        write_marker(target, info.sha256)
        return target

    def _back_off(self, delay: float, should_stop: StopCheck) -> None:
        """Wait before a retry, but answer pause, cancel and quit within 0.1 s."""
        deadline = time.monotonic() + delay
        while True:
            decision = should_stop()
            if decision:
                raise DownloadStopped(cancelled=decision == "cancel")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            self._sleep(min(remaining, 0.1))

    def _transfer(self, info: Sidecar, part: Path, have: int, digest: Any,
                  progress: ProgressCallback | None, should_stop: StopCheck) -> int:
        headers = build_hf_headers(token=self._token() or False)
        headers["Accept-Encoding"] = "identity"
        if have:
            headers["Range"] = f"bytes={have}-"
        session = get_session()
        started, started_at = time.monotonic(), have
        with session.stream("GET", info.url, headers=headers, follow_redirects=True,
                            timeout=httpx2.Timeout(30, read=60)) as response:
            if response.status_code in (401, 403, 404):
                raise self._http_error(info.repo_id, response.status_code)
            if have:
                expected_range = f"bytes {have}-{info.size - 1}/{info.size}"
                if (response.status_code != 206
                        or response.headers.get("Content-Range") != expected_range):
                    log.info("Server ignored the resume request (%s); starting over",
                             response.status_code)
                    raise _Restart()
            elif response.status_code != 200:
                raise UserError(f"Hugging Face answered {response.status_code} for "
                                f"{info.filename}; try again later.")
            try:
                with _Sink(part, digest) as sink:
                    # raw: the body is sent uncompressed (Accept-Encoding: identity), and
                    # skipping httpx's re-chunking saves a copy of every byte
                    for block in response.iter_raw():
                        decision = should_stop()
                        if decision:
                            raise DownloadStopped(cancelled=decision == "cancel")
                        if have + len(block) > info.size:
                            raise _Restart()
                        sink.put(block)
                        have += len(block)
                        if progress:
                            elapsed = max(time.monotonic() - started, 1e-6)
                            progress(Progress(have, info.size, (have - started_at) / elapsed))
            except OSError as exc:
                if exc.errno == errno.ENOSPC:
                    raise UserError(f"The disk filled up while downloading {info.filename}. "
                                    "Free some space; the download resumes where it "
                                    "stopped.") from exc
                raise
        if have < info.size:
            raise httpx2.RemoteProtocolError("the connection closed early")
        return have


class _Sink:
    """Hashes and writes received blocks on a second thread, so the network, the hash and
    the disk overlap (hashlib and file writes release the GIL). The queue is short, so
    memory stays flat however large the file."""

    def __init__(self, path: Path, digest: Any) -> None:
        self._file = path.open("ab", buffering=0)
        self._digest = digest
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=32)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._drain, name="download-sink", daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        while (block := self._queue.get()) is not None:
            if self._error is not None:
                continue
            try:
                self._digest.update(block)
                view = memoryview(block)
                while view:
                    view = view[self._file.write(view):]
            except BaseException as exc:  # surfaced to the receiving thread
                self._error = exc

    def put(self, block: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(block)

    def __enter__(self) -> _Sink:
        return self

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        self._queue.put(None)
        self._thread.join()
        try:
            if self._error is None and kind is None:
                os.fsync(self._file.fileno())
        finally:
            self._file.close()
        if self._error is not None and kind is None:
            raise self._error


class _Restart(Exception):
    """The server's answer cannot continue the partial file; start over."""


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
