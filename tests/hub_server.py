"""A small stand-in for the Hugging Face Hub, on 127.0.0.1 only, with fault modes.

It answers HEAD and GET on `/{repo}/resolve/{revision}/{filename}` with the Hub's headers
(X-Repo-Commit, ETag / X-Linked-Etag, X-Linked-Size, Content-Length) and honours Range.
Fault modes, set per file or for the whole server:
  drop_after  close the connection after N bytes of a GET, for `drops` GETs (default 1)
  ignore_range  answer a Range request with 200 and the whole file
  wrong_bytes  serve bytes that do not match the advertised sha256
  slow        sleep between chunks (bytes per second)
  gated       401 without the right token, 403 with a wrong one
  redirect    302 from the resolve URL to a CDN-style URL, as the Hub does for LFS
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

from tests.loopback import serving

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class HubFile:
    data: bytes
    sha256: str = ""
    drop_after: int | None = None
    drops: int = 1
    ignore_range: bool = False
    wrong_bytes: bool = False
    bytes_per_s: int | None = None
    gated_token: str | None = None
    redirect: bool = False

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = hashlib.sha256(self.data).hexdigest()


@dataclass
class HubState:
    files: dict[str, HubFile] = field(default_factory=dict)  # "repo/filename" -> file
    requests: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    server: _HubServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *_: object) -> None:  # keep test output quiet
        pass

    def _lookup(self) -> tuple[HubFile | None, bool]:
        path = unquote(self.path.split("?")[0]).lstrip("/")
        cdn = path.startswith("cdn/")
        if cdn:
            path = path[4:]
        parts = path.split("/")
        if cdn:
            key = path
        elif len(parts) >= 5 and parts[2] == "resolve":
            key = "/".join(parts[:2] + parts[4:])
        else:
            return None, cdn
        return self.server.state.files.get(key), cdn

    def _auth_failure(self, hub_file: HubFile) -> int | None:
        if hub_file.gated_token is None:
            return None
        header = self.headers.get("Authorization")
        if header is None:
            return 401
        return None if header == f"Bearer {hub_file.gated_token}" else 403

    def _common(self, send_body: bool) -> None:
        hub_file, cdn = self._lookup()
        self.server.state.requests.append(
            (self.command, self.path, self.headers.get("Range"), self.headers.get("Authorization")))
        if hub_file is None:
            self._empty(404)
            return
        failure = self._auth_failure(hub_file)
        if failure:
            self._empty(failure, {"X-Error-Code": "GatedRepo",
                                  "X-Error-Message": "Access to this model is restricted."})
            return
        size = len(hub_file.data)
        meta = {
            "X-Repo-Commit": COMMIT,
            "ETag": f'"{hub_file.sha256}"',
            "X-Linked-Etag": f'"{hub_file.sha256}"',
            "X-Linked-Size": str(size),
            "Accept-Ranges": "bytes",
        }
        if hub_file.redirect and not cdn:
            key = self.path.split("/resolve/")[0].lstrip("/") + "/" + \
                "/".join(self.path.split("/resolve/")[1].split("/")[1:])
            self._empty(302, {**meta, "Location": f"http://{self.headers['Host']}/cdn/{key}"})
            return
        body = hub_file.data
        if hub_file.wrong_bytes:
            body = bytes((b + 1) % 256 for b in body[:64]) + body[64:]
        start = 0
        status = 200
        range_header = self.headers.get("Range")
        if range_header and not hub_file.ignore_range:
            start = int(range_header.removeprefix("bytes=").split("-")[0])
            status = 206
            meta["Content-Range"] = f"bytes {start}-{size - 1}/{size}"
        chunk = body[start:]
        self.send_response(status)
        for key, value in meta.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(chunk)))
        self.end_headers()
        if not send_body:
            return
        self._send(hub_file, chunk)

    def _send(self, hub_file: HubFile, chunk: bytes) -> None:
        limit = hub_file.drop_after
        step = 64 * 1024
        sent = 0
        for offset in range(0, len(chunk), step):
            piece = chunk[offset:offset + step]
            if limit is not None and sent + len(piece) > limit:
                self.wfile.write(piece[: max(0, limit - sent)])
                self.wfile.flush()
                hub_file.drops -= 1
                if hub_file.drops <= 0:
                    hub_file.drop_after = None  # the next attempt goes through
                self.close_connection = True
                return
            try:
                self.wfile.write(piece)
            except (BrokenPipeError, ConnectionResetError):
                return
            sent += len(piece)
            if hub_file.bytes_per_s:
                time.sleep(len(piece) / hub_file.bytes_per_s)

    def _empty(self, status: int, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:
        self._common(send_body=False)

    def do_GET(self) -> None:
        self._common(send_body=True)


class _HubServer(ThreadingHTTPServer):
    daemon_threads = True
    state: HubState


@contextmanager
def running_hub(state: HubState | None = None) -> Iterator[tuple[str, HubState]]:
    """Start the server on a free loopback port; yields (endpoint URL, state)."""
    server = _HubServer(("127.0.0.1", 0), _Handler)
    server.state = state or HubState()
    with serving(server) as url:
        yield url, server.state


if __name__ == "__main__":  # for bench/download.py and manual runs: serve one big file
    import argparse
    import os

    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=500)
    parser.add_argument("--bytes-per-s", type=int, default=0, help="0: as fast as possible")
    args = parser.parse_args()
    state = HubState()
    state.files["bench/model/big.gguf"] = HubFile(os.urandom(args.megabytes * 1024 * 1024),
                                                  bytes_per_s=args.bytes_per_s or None)
    with running_hub(state) as (url, _):
        print(url, flush=True)
        threading.Event().wait()
