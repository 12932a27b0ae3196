"""Exercises the frozen bundle the way a double-click would, and checks what it reports.

    .venv/bin/python packaging/smoke_test.py [dist/Hearth]

- The self-test runs offscreen with stdin, stdout and stderr closed (as a Windows app
  without a console has them), its JSON going to a file; on Linux, inside a network
  namespace of its own, so any attempt to reach the network fails.
- Start-up to a painted window is timed for the frozen app and from source, same run.
Prints one JSON line; exits non-zero if a check fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def executable(bundle: Path) -> Path:
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / "Hearth"
    return bundle / ("Hearth.exe" if sys.platform == "win32" else "Hearth")


def isolated(command: list[str]) -> list[str]:
    """No network for the frozen app: a fresh network namespace where one can be made."""
    if sys.platform.startswith("linux") and shutil.which("unshare"):
        probe = subprocess.run(["unshare", "--net", "true"], capture_output=True)
        if probe.returncode == 0:
            return ["unshare", "--net", *command]
    return command


def run_closed_stdio(command: list[str], timeout: float) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform == "win32":
        return subprocess.run(command, env=env, timeout=timeout,
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode

    def close_stdio() -> None:
        for fd in (0, 1, 2):
            os.close(fd)

    return subprocess.run(command, env=env, timeout=timeout,
                          preexec_fn=close_stdio).returncode


def startup_seconds(command: list[str], data_dir: Path, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run([*command, "--startup-check", "--data-dir", str(data_dir)],
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2]


def main() -> int:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / (
        "Hearth.app" if sys.platform == "darwin" else "Hearth")
    app = executable(bundle).resolve()
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        data_dir, output = Path(tmp) / "data", Path(tmp) / "self-test.json"
        code = run_closed_stdio(isolated([str(app), "--self-test", "--data-dir", str(data_dir),
                                          "--self-test-output", str(output)]), timeout=300)
        report = json.loads(output.read_text()) if output.exists() else {}
        checks = {
            "exit code 0": code == 0,
            "self-test ok": report.get("ok") is True,
            "tokens generated": report.get("tokens", 0) > 0,
            "frozen": report.get("frozen") is True,
            "libllama inside the bundle":
                str(report.get("libllama", "")).startswith(str(bundle.resolve())),
            "FTS5 available": report.get("fts5") is True,
            "bundled model verified": report.get("bundled_model_verified") is True,
            "keyring backends packaged": bool(report.get("keyring_backends_known")),
            "CPU features reported": str(report.get("cpu_features", "")).startswith("CPU :"),
            "AMX guard on exactly when AMX is compiled in": report.get("amx_guard") is (
                "AMX_INT8 = 1" in str(report.get("cpu_features", ""))),
            "native top-k bundled": report.get("native_top_k") is True,
            "no provisioning needed": not (data_dir / "models").exists()
                or not any((data_dir / "models").iterdir()),
        }
        failures = [name for name, passed in checks.items() if not passed]
        frozen_start = startup_seconds([str(app)], Path(tmp) / "frozen-start")
        source_start = startup_seconds([sys.executable, "-m", "app"], Path(tmp) / "src-start")
    result = {
        "smoke_test": "frozen bundle",
        "passed": not failures,
        "failed_checks": failures,
        "report": report,
        "startup_to_window_s": {"frozen": round(frozen_start, 2),
                                "source": round(source_start, 2)},
    }
    print(json.dumps(result))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
