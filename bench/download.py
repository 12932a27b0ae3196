"""Download throughput: the app's downloader (with sha256 hashing) against plain curl.

A local Hub server (tests/hub_server.py, its own process) serves a 500 MB file on
127.0.0.1. Rounds alternate: the app's Downloader (resolve, stream, sha256, fsync, verify,
rename) and `curl -o`. On unthrottled loopback (~1 GB/s) the per-byte work curl does not do
(hashing, fsync) shows; a second run at 50 MB/s, a fast home connection, shows what users
see. Peak memory growth is read after a 50 MB and after the 500 MB downloads, to show it
does not grow with the file. Goal: ratio >= 0.9, memory flat.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory

from common import emit, median

from app.models.download import Downloader, DownloadSpec

ROOT = Path(__file__).resolve().parent.parent


def serve(megabytes: int, bytes_per_s: int = 0) -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen([sys.executable, "-m", "tests.hub_server",
                               "--megabytes", str(megabytes), "--bytes-per-s",
                               str(bytes_per_s)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert server.stdout is not None
    return server, server.stdout.readline().strip()




def app_download(endpoint: str, models: Path) -> float:
    """Seconds for Downloader.download(): resolve, stream, hash, verify, rename."""
    shutil.rmtree(models, ignore_errors=True)
    downloader = Downloader(models, endpoint=endpoint)
    started = time.perf_counter()
    downloader.download(DownloadSpec("bench/model", "big.gguf"))
    return time.perf_counter() - started


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def curl_download(endpoint: str, target: Path) -> float:
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run(["curl", "-sSfL", "-o", str(target),
                    f"{endpoint}/bench/model/resolve/main/big.gguf"], check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("curl") is None:
        raise SystemExit("curl is needed for the baseline")
    size = args.megabytes * 1024 * 1024
    with TemporaryDirectory() as tmp:
        small_server, small_url = serve(50)
        try:
            before = peak_rss_mb()
            app_download(small_url, Path(tmp) / "small")
            after_small = peak_rss_mb()
        finally:
            small_server.terminate()
        server, endpoint = serve(args.megabytes)
        app_rates, curl_rates = [], []
        try:
            for _ in range(args.rounds):
                app_rates.append(size / app_download(endpoint, Path(tmp) / "app") / 1e6)
                curl_rates.append(size / curl_download(endpoint, Path(tmp) / "curl.gguf")
                                  / 1e6)
            after_large = peak_rss_mb()
        finally:
            server.terminate()
        # a fast home connection (50 MB/s, 400 Mbit/s): what users see
        link = 50 * 1000 * 1000
        server, endpoint = serve(args.megabytes // 2, link)
        try:
            half = size // 2
            link_app = half / app_download(endpoint, Path(tmp) / "app") / 1e6
            link_curl = half / curl_download(endpoint, Path(tmp) / "curl.gguf") / 1e6
        finally:
            server.terminate()
    app_rate, curl_rate = median(app_rates), median(curl_rates)
    emit({
        "bench": "download",
        "megabytes": args.megabytes,
        "app_mb_per_s": app_rate,
        "curl_mb_per_s": curl_rate,
        "ratio": round(app_rate / curl_rate, 3),
        "at_50mb_s_link_app_mb_per_s": round(link_app, 1),
        "at_50mb_s_link_curl_mb_per_s": round(link_curl, 1),
        "at_50mb_s_link_ratio": round(link_app / link_curl, 3),
        "peak_rss_growth_mb_50mb_file": round(after_small - before, 1),
        "peak_rss_growth_mb_after_500mb_files": round(after_large - after_small, 1),
        "goal": "ratio >= 0.9 with hashing included; peak memory flat in file size",
    })


if __name__ == "__main__":
    main()
