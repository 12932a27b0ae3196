"""Decoding speed against native llama.cpp, in the same run: `llama-bench` (built once
from the llama.cpp that llama-cpp-python vendors, with the app's flags: native, AMX off)
against the app's self-test (the real window, `--ignore-stop --max-tokens 128`),
interleaved five times, with the bundled model on 2 threads.

Goal: the app at >= 0.95 of native tokens/s for tg128, and its time to first token
within 20 ms of native prompt processing plus one token.

    python bench/native_generation.py      # first run: downloads the sdist and compiles
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

import llama_build  # noqa: E402
from common import emit  # noqa: E402

from app.models.provision import default_bundled_model, provision  # noqa: E402

CACHE = Path.home() / ".cache" / "hearth-bench"
THREADS = 2
ROUNDS = 10


def llama_bench() -> Path:
    """llama-bench from the vendored source of the pinned llama-cpp-python, built once."""
    requirement = llama_build.llama_requirement()
    version = requirement.split("==")[1]
    home = CACHE / f"llama-bench-{version}"
    binary = home / "llama.cpp" / "build" / "bin" / "llama-bench"
    if binary.is_file():
        return binary
    home.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary",
                        ":all:", "-d", tmp, requirement], check=True)
        archive = next(Path(tmp).glob("llama_cpp_python-*.tar.gz"))
        with tarfile.open(archive) as sdist:
            sdist.extractall(tmp, filter="data")
        vendored = next(Path(tmp).glob("llama_cpp_python-*/vendor/llama.cpp"))
        shutil.copytree(vendored, home / "llama.cpp", dirs_exist_ok=True)
    flags = llama_build.NO_AMX if llama_build.is_x86() else ""
    source = home / "llama.cpp"
    subprocess.run(["cmake", "-S", str(source), "-B", str(source / "build"),
                    "-DCMAKE_BUILD_TYPE=Release", "-DGGML_NATIVE=ON", "-DLLAMA_CURL=OFF",
                    "-DLLAMA_BUILD_TESTS=OFF", "-DLLAMA_BUILD_EXAMPLES=OFF",
                    "-DLLAMA_BUILD_SERVER=OFF", f"-DCMAKE_C_FLAGS={flags}",
                    f"-DCMAKE_CXX_FLAGS={flags}"], check=True)
    subprocess.run(["cmake", "--build", str(source / "build"), "--target", "llama-bench",
                    "-j", str(os.cpu_count() or 2)], check=True)
    return binary


def native(binary: Path, model: Path) -> tuple[float, float]:
    """(tg128 tokens/s, pp32 tokens/s)."""
    done = subprocess.run([str(binary), "-m", str(model), "-t", str(THREADS), "-p", "32",
                           "-n", "128", "-r", "1", "-o", "json"], capture_output=True,
                          text=True, check=True)
    rows = json.loads(done.stdout)
    tg = next(r["avg_ts"] for r in rows if r["n_gen"] == 128)
    pp = next(r["avg_ts"] for r in rows if r["n_prompt"] == 32)
    return float(tg), float(pp)


def app(model: Path) -> tuple[float, float, float]:
    """(tokens/s, time to first token in ms, Enter to the first text in the window in ms)
    from the real window. Without the self-test's stall probe: a 10 ms timer on the GUI
    thread is not part of the app, and costs it about 1.5% of a core (bench/ui_latency.py
    measures stalls)."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [sys.executable, "-m", "app", "--self-test", "--data-dir", tmp, "--model",
             str(model), "--ignore-stop", "--max-tokens", "128", "--stall-probe-ms", "0"],
            capture_output=True, text=True, cwd=ROOT, timeout=300,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        report = json.loads(done.stdout.strip().splitlines()[-1])
    return (float(report["tokens_per_s"]), float(report["ttft_ms"]),
            float(report["enter_to_text_ms"]))


def main() -> None:
    model = provision(default_bundled_model(), CACHE)
    binary = llama_bench()
    natives, pps, apps, ttfts, enters = [], [], [], [], []
    for _ in range(ROUNDS):  # interleaved, so drift in the machine hits both alike
        tg, pp = native(binary, model)
        natives.append(tg)
        pps.append(pp)
        speed, ttft, enter = app(model)
        apps.append(speed)
        ttfts.append(ttft)
        enters.append(enter)
    native_tg, native_pp = statistics.median(natives), statistics.median(pps)
    app_tg, app_ttft = statistics.median(apps), statistics.median(ttfts)
    # the self-test's prompt is about 20 tokens; native: reading them, then one token
    native_ttft = 20 / native_pp * 1000 + 1000 / native_tg
    # Each app run against the native run just before it: the machine drifts by several
    # percent within a minute, and a pair sees the same drift.
    pair_ratios = sorted(a / n for a, n in zip(apps, natives, strict=True))
    emit({"bench": "native_generation", "threads": THREADS, "rounds": ROUNDS,
          "native_tg128_tokens_per_s": round(native_tg, 1),
          "app_tokens_per_s": round(app_tg, 1), "ratio": round(app_tg / native_tg, 3),
          "pair_ratio_median": round(statistics.median(pair_ratios), 3),
          "pair_ratio_range": [round(pair_ratios[0], 3), round(pair_ratios[-1], 3)],
          "native_pp32_tokens_per_s": round(native_pp, 1),
          "app_ttft_ms": round(app_ttft, 1), "native_ttft_ms": round(native_ttft, 1),
          "ttft_overhead_ms": round(app_ttft - native_ttft, 1),
          # what the user sees: from Enter to the reply's first text on screen
          "app_enter_to_text_ms": round(statistics.median(enters), 1),
          "enter_to_text_overhead_ms": round(statistics.median(enters) - native_ttft, 1),
          "goal": "ratio >= 0.95 and ttft_overhead_ms <= 20"})


if __name__ == "__main__":
    main()
