"""How long quitting takes while work runs, in the real window with the real model.

Scenarios, each on a fresh app: idle (the baseline, same run), while the model loads,
while it generates, and with everything at once (a reply streaming, a download trickling
in from a local Hub server, an import being checked). Quitting must join every thread
within 3 s. Prints the median of a few rounds per scenario, and the longest seen.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from common import emit, median, qt_app, wait_until

from app.models.download import DownloadSpec
from app.models.provision import default_bundled_model, provision
from app.paths import AppPaths
from app.wiring import Overrides, build
from tests.hub_server import HubFile, HubState, running_hub
from tests.tiny_models import write_tiny_model

GOAL_S = 3.0


def quit_after(setup: str, model_path: Path, tmp: Path, endpoint: str) -> float:
    paths = AppPaths.under(tmp / f"{setup}-{time.monotonic_ns()}")
    paths.ensure()
    app = build(paths, Overrides(model=model_path, max_tokens=4000, ignore_stop=True))
    window = app.window
    window.show()
    window.start_model()
    if setup != "loading":
        wait_until(lambda: app.engine.state == "ready", 60)
    if setup in ("generating", "everything"):
        window.new_chat()
        window.chat.prompt.setPlainText("Tell me a very long story.")
        window.chat.send_button.click()
        wait_until(lambda: bool(app.session.active_reply and app.session.active_reply.text))
    if setup == "everything":
        manager = window.open_models()
        task = window.models.downloads.enqueue(DownloadSpec("bench/slow", "slow.gguf"), "slow")
        wait_until(lambda: task.done > 0)
        manager.import_file(write_tiny_model(tmp / f"import-{time.monotonic_ns()}.gguf",
                                             "llama"))
    started = time.perf_counter()
    window.close()
    took = time.perf_counter() - started
    assert window.background_stopped, "a thread was still running at the deadline"
    app.store.db.close()
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    qt_app()
    os.environ.pop("HF_TOKEN", None)
    model_path = provision(default_bundled_model(), Path.home() / ".cache" / "hearth-bench")
    state = HubState()
    state.files["bench/slow/slow.gguf"] = HubFile(os.urandom(16 * 1024 * 1024),
                                                  bytes_per_s=256 * 1024)
    results: dict[str, Any] = {}
    with running_hub(state) as (endpoint, _), TemporaryDirectory() as tmp:
        os.environ["HF_ENDPOINT"] = endpoint
        for setup in ("idle", "loading", "generating", "everything"):
            times = [quit_after(setup, model_path, Path(tmp), endpoint)
                     for _ in range(args.rounds)]
            results[setup] = {"median_ms": median([t * 1000 for t in times]),
                              "max_ms": round(max(times) * 1000, 1)}
    longest = max(r["max_ms"] for r in results.values())
    emit({"bench": "quit_time", "rounds": args.rounds, "scenarios": results,
          "baseline_idle_ms": results["idle"]["median_ms"], "longest_ms": longest,
          "goal_ms": GOAL_S * 1000, "ok": longest <= GOAL_S * 1000})


if __name__ == "__main__":
    main()
