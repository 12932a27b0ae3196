"""The longest event-loop stall while the real app loads the model and while it generates.

A 10 ms QTimer probe runs on the GUI thread of the real main window. The baseline is the
same probe over an idle window for the same length of time, in the same run, so the figure
shows what loading and generating add. Goal: <= 50 ms in each phase.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from tempfile import TemporaryDirectory

from common import emit, qt_app, wait_until

from app.diagnostics import StallProbe
from app.models.provision import default_bundled_model, provision
from app.paths import AppPaths
from app.wiring import Overrides, build


def idle_stall(seconds: float) -> float:
    probe = StallProbe()
    probe.start()
    deadline = time.monotonic() + seconds
    wait_until(lambda: time.monotonic() > deadline)
    return probe.stop()


def pause(seconds: float, done: list[object]) -> None:
    deadline = time.monotonic() + seconds
    wait_until(lambda: time.monotonic() > deadline or bool(done))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tokens", type=int, default=200)
    args = parser.parse_args()
    qt_app()
    model_path = provision(default_bundled_model(), Path.home() / ".cache" / "hearth-bench")
    with TemporaryDirectory() as tmp:
        paths = AppPaths.under(Path(tmp))
        paths.ensure()
        app = build(paths, Overrides(model=model_path, max_tokens=args.tokens,
                                     ignore_stop=True))
        window = app.window
        window.show()
        baseline = idle_stall(1.0)

        probe = StallProbe()
        probe.start()
        started = time.perf_counter()
        window.start_model()
        wait_until(lambda: app.engine.state == "ready")
        load_s = time.perf_counter() - started
        load_stall = probe.stop()

        done: list[object] = []
        app.session.reply_finished.connect(lambda m, s: done.append(s))
        probe.start()
        started = time.perf_counter()
        window.chat.prompt.setPlainText("Tell me a long story about the sea.")
        window.chat.send_button.click()
        wait_until(lambda: bool(done))
        generate_s = time.perf_counter() - started
        generate_stall = probe.stop()

        # while generating, the user also resizes and scrolls
        done.clear()
        probe.start()
        window.chat.prompt.setPlainText("And another one, about mountains.")
        window.chat.send_button.click()
        sizes = [(900, 600), (1000, 700), (800, 500)]
        index = 0
        while not done:
            window.resize(*sizes[index % len(sizes)])
            bar = window.chat.scroll_area.verticalScrollBar()
            bar.setValue(bar.maximum() // 2 if index % 2 else bar.maximum())
            index += 1
            pause(0.1, done)
        interact_stall = probe.stop()
        window.close()
        app.engine.shutdown()
        app.store.db.close()
    emit({
        "bench": "ui_latency",
        "idle_baseline_max_stall_ms": round(baseline, 1),
        "load_s": round(load_s, 2),
        "load_max_stall_ms": round(load_stall, 1),
        "generate_s": round(generate_s, 2),
        "generate_max_stall_ms": round(generate_stall, 1),
        "generate_with_resizing_max_stall_ms": round(interact_stall, 1),
        "goal": "max stall <= 50 ms in each phase",
    })


if __name__ == "__main__":
    main()
