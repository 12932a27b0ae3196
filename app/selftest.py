"""`python -m app --self-test`: the real window, offscreen, chatting once with the model.

It does what a user does (types into the input, presses Enter), waits for the streamed
reply, checks the database on a fresh connection, and prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer, SignalInstance
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.diagnostics import StallProbe
from app.errors import UserError
from app.i18n import install_from_settings
from app.paths import AppPaths

log = logging.getLogger(__name__)


def wait_until(condition: Callable[[], bool], timeout_s: float, poll_ms: int = 5,
               wake: SignalInstance | None = None) -> bool:
    """Run the event loop until `condition` holds: checked every `poll_ms`, and at once
    whenever `wake` is emitted (then the poll is only a backstop, and can be slow)."""
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    if wake is not None:
        wake.connect(loop.quit)
    try:
        while not condition():
            if time.monotonic() > deadline:
                return False
            QTimer.singleShot(poll_ms, loop.quit)
            loop.exec()
        return True
    finally:
        if wake is not None:
            wake.disconnect(loop.quit)


def check_saved(db_path: Path, conversation_id: int, prompt: str, reply: str) -> str | None:
    """Read back through a separate connection, as a restarted app would."""
    conn = sqlite3.connect(str(db_path))
    try:
        rows = conn.execute(
            "SELECT role, content, status FROM messages WHERE conversation_id = ? ORDER BY id",
            (conversation_id,),
        ).fetchall()
    finally:
        conn.close()
    if len(rows) != 2:
        return f"expected 2 saved messages, found {len(rows)}"
    (user_role, user_text, _), (bot_role, bot_text, bot_status) = rows
    if (user_role, user_text) != ("user", prompt):
        return "the user's message was not saved as typed"
    if bot_role != "assistant" or bot_status != "complete" or bot_text != reply:
        return f"the reply was not saved (status {bot_status})"
    return None


def run_self_test(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.ui.style import apply_style
    from app.wiring import Overrides, build

    result: dict[str, Any] = {"ok": False, "model": None, "tokens": 0, "tokens_per_s": None,
                              "ttft_ms": None, "max_ui_stall_ms": None,
                              "db_path": str(paths.database)}
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    install_from_settings(paths.settings_file)
    apply_style(qt_app)
    probe = StallProbe(args.stall_probe_ms) if args.stall_probe_ms > 0 else None
    try:
        app = build(paths, Overrides(model=args.model, gpu_layers=args.gpu_layers,
                                     max_tokens=args.max_tokens,
                                     ignore_stop=args.ignore_stop))
    except UserError as exc:
        result["error"] = str(exc)
        if args.self_test_output:
            args.self_test_output.write_text(json.dumps(result) + "\n", encoding="utf-8")
        print(json.dumps(result), flush=True)
        return 1
    window = app.window
    engine = app.engine
    try:
        window.show()
        if probe is not None:
            probe.start()
        started = time.perf_counter()
        window.start_model()
        loaded = wait_until(lambda: engine.state in ("ready", "error")
                            or window.model_status.load_error is not None, args.timeout)
        result["load_ms"] = round((time.perf_counter() - started) * 1000, 1)
        if not loaded or engine.state != "ready":
            result["error"] = window.model_status.load_error or "the model did not load in time"
            return _finish(result, probe, window, args)
        info = engine.model_info
        result["model"] = getattr(info, "name", None)

        # The window's start-up work ends well before any user could type; so here too.
        wait_until(lambda: bool(window.warmed_up), 2)
        window.new_chat()
        conversation_id = window.chat.conversation_id
        assert conversation_id is not None
        finished: list[Any] = []
        first_text: list[float] = []
        session = window.session
        session.reply_finished.connect(lambda m, s: finished.append((m, s)))

        def on_text(*_: Any) -> None:
            if not first_text:
                first_text.append(time.perf_counter())

        session.reply_updated.connect(on_text)
        QTest.keyClicks(window.chat.prompt, args.prompt)
        entered = time.perf_counter()
        QTest.keyClick(window.chat.prompt, Qt.Key.Key_Return)
        # Woken by the reply's end, not by polling: the self-test's own wake-ups would take
        # the GUI thread, and the GIL, from the app under test.
        if not wait_until(lambda: bool(finished), args.timeout, poll_ms=500,
                          wake=session.reply_finished):
            result["error"] = "no reply within the time limit"
            return _finish(result, probe, window, args)
        message, stats = finished[0]
        if probe is not None:
            result["max_ui_stall_ms"] = round(probe.stop(), 1)
        if first_text:  # from Enter to the reply's first text in the window
            result["enter_to_text_ms"] = round((first_text[0] - entered) * 1000, 1)
        # Its length only: this JSON goes to the log (and a frozen app's stdout to
        # console.log), and logs never hold conversation text.
        result["reply_chars"] = len(message.content)
        if stats is None:
            result["error"] = message.error or "generation failed"
            return _finish(result, probe, window, args)
        result["tokens"] = stats.completion_tokens
        result["tokens_per_s"] = round(stats.tokens_per_s, 1) if stats.tokens_per_s else None
        result["ttft_ms"] = round(stats.ttft_ms, 1) if stats.ttft_ms is not None else None
        result.update(environment_report(info))
        problem = check_saved(paths.database, conversation_id, args.prompt, message.content)
        if problem:
            result["error"] = problem
        elif stats.completion_tokens < 1:
            result["error"] = "the model produced no tokens"
        else:
            result["ok"] = True
        return _finish(result, probe, window, args)
    finally:
        window.close()
        engine.shutdown()


def run_startup_check(args: argparse.Namespace, paths: AppPaths) -> int:
    """Exit as soon as the window is up and painted: the start-up time users feel."""
    from app.ui.style import apply_style
    from app.wiring import Overrides, build

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    install_from_settings(paths.settings_file)
    apply_style(qt_app)
    app = build(paths, Overrides(model=args.model))
    app.window.show()
    wait_until(lambda: app.window.isVisible(), 10)
    app.window.grab()  # forces a full paint, as the first frame on screen would
    QApplication.processEvents()
    line = json.dumps({"ok": True, "window_ready": True})
    if args.self_test_output:
        args.self_test_output.write_text(line + "\n", encoding="utf-8")
    print(line, flush=True)
    app.window.close()
    app.engine.shutdown()
    return 0


def environment_report(info: Any) -> dict[str, Any]:
    """What a packaged build needs to prove: the library, the GPU, the keyring, FTS5, and
    the bundled model's integrity."""
    from app.engine.native import (
        amx_guard_needed,
        library_path,
        supports_gpu_offload,
        system_info,
    )
    from app.engine.offload import layers_on_gpu
    from app.engine.sampler import NATIVE_TOP_K
    from app.frozen import bundle_dir, is_frozen
    from app.models.provision import default_bundled_model
    from app.models.verified import sha256_of
    from app.settings.secrets import TokenStore
    from app.store.db import fts5_available

    report: dict[str, Any] = {
        "frozen": is_frozen(),
        "bundle_dir": str(bundle_dir() or ""),
        "libllama": library_path(),
        "gpu_offload_supported": supports_gpu_offload(),
        "gpu_layers_in_use": info.gpu_offload if info is not None else False,
        "offload": info.offload_label if info is not None else "",
        "gpu_layers_offloaded": layers_on_gpu(info.offload_label) if info is not None else 0,
        "devices": device_report(),
        "cpu_features": system_info(),
        "amx_guard": bool(info.amx_guard) if info is not None else amx_guard_needed(),
        "native_top_k": NATIVE_TOP_K is not None,  # app/engine/_topk.c, built and bundled
        "keyring_backend": TokenStore().backend_name,
        "keyring_backends_known": TokenStore.known_backends(),
        "fts5": fts5_available(),
        "bundled_model_sha256": None,
    }
    try:
        bundled = default_bundled_model()
    except UserError:
        return report
    if info is not None and info.path.name == bundled.filename:
        actual = sha256_of(info.path)
        report["bundled_model_sha256"] = actual
        report["bundled_model_verified"] = actual == bundled.sha256
    return report


def device_report() -> list[dict[str, Any]] | str:
    """Every device llama.cpp sees, as it sees it; in words, why not, where it could not
    be asked."""
    from app.engine.native import devices

    try:
        return [{"name": d.name, "description": d.description, "type": d.kind,
                 "free_bytes": d.free_bytes, "total_bytes": d.total_bytes}
                for d in devices()]
    except (OSError, AttributeError) as exc:
        return f"could not ask llama.cpp: {exc}"


def _finish(result: dict[str, Any], probe: StallProbe | None, window: Any,
            args: argparse.Namespace) -> int:
    if result["max_ui_stall_ms"] is None and probe is not None:
        result["max_ui_stall_ms"] = round(probe.stop(), 1)
    if args.screenshot:
        QApplication.processEvents()
        args.screenshot.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.screenshot))
        result["screenshot"] = str(args.screenshot)
    log.info("Self-test result: %s", result)
    line = json.dumps(result)
    if args.self_test_output:
        args.self_test_output.parent.mkdir(parents=True, exist_ok=True)
        args.self_test_output.write_text(line + "\n", encoding="utf-8")
    print(line, flush=True)
    return 0 if result["ok"] else 1
