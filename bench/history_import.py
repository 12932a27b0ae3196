"""Importing a large ChatGPT export: a generated 5,000-conversation conversations.json
(about 200 MB) imported by `python -m app import` in a subprocess. Reports the time, the
import's peak memory (the child's max RSS) and its growth over the same command with an
empty export (Python, the app's imports and SQLite: the floor every import pays). The goal
is a growth of 200 MB or less, whatever the file's size: the export is read one
conversation at a time. Prints one JSON line last."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.history_export import write_export  # noqa: E402

GOAL_GROWTH_MB = 200


def run_child(data_dir: Path, export: Path) -> tuple[float, float, dict[str, object]]:
    """Seconds, peak RSS in MB and the --json summary of one import in a fresh process."""
    code = (
        "import json, resource, sys\n"
        "from app.entry import run\n"
        "rc = run(sys.argv[1:])\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(json.dumps({'peak_kb': peak}), file=sys.stderr)\n"
        "sys.exit(rc)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data_dir), "import", str(export),
         "--json"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"import failed: {done.stderr}")
    peak_kb = json.loads(done.stderr.strip().splitlines()[-1])["peak_kb"]
    return seconds, peak_kb / 1024, json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conversations", type=int, default=5000)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--chars", type=int, default=1500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hearth-import-bench-") as folder:
        work = Path(folder)
        export = work / "conversations.json"
        size = write_export(export, args.conversations, args.turns, args.chars)
        empty = work / "empty.json"
        write_export(empty, 1, 1, 10)
        _, floor_mb, _ = run_child(work / "floor", empty)
        seconds, peak_mb, summary = run_child(work / "hearth", export)
        db_mb = (work / "hearth" / "data" / "hearth.db").stat().st_size / 1e6
        again_s, _, again = run_child(work / "hearth", export)
    growth = peak_mb - floor_mb
    result = {
        "bench": "history_import",
        "conversations": summary["conversations"],
        "messages": summary["messages"],
        "versions": summary["versions"],
        "export_mb": round(size / 1e6, 1),
        "database_mb": round(db_mb, 1),
        "seconds": round(seconds, 1),
        "conversations_per_s": round(args.conversations / seconds, 1),
        "peak_rss_mb": round(peak_mb, 1),
        "baseline_rss_mb": round(floor_mb, 1),
        "peak_growth_mb": round(growth, 1),
        "goal_growth_mb": GOAL_GROWTH_MB,
        "within_goal": growth <= GOAL_GROWTH_MB,
        "reimport_seconds": round(again_s, 1),
        "reimport_unchanged": again["unchanged"],
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
