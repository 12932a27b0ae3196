"""`python -m app`: the command line, then the GUI, built by app/wiring.py.

One Hearth at a time per data folder: the GUI, the self-test and the start-up check hold
the folder's lock (paths.DataFolderLock) from before the database is opened until they
exit. A second launch asks the first to bring its window forward (and to import the .gguf
it was given), says that Hearth is already running, and exits with ALREADY_RUNNING."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_NAME, __version__
from app.diagnostics import PROBE_INTERVAL_MS
from app.errors import BUG_MESSAGE, UserError, storage_problem
from app.i18n import install_from_settings
from app.logs import install_excepthook, install_qt_message_handler, setup_logging
from app.paths import AppPaths, DataFolderLock
from app.qt_platform import xcb_problem
from app.settings import read_small_file
from app.ui.style import apply_style
from app.wiring import Overrides, build, migrate_with_progress

log = logging.getLogger("app.main")

ALREADY_RUNNING = 3  # the exit status of a launch that found Hearth running on its folder
# How long a second launch waits for the first to take its request to show the window
FORWARD_WAIT_S = 5.0


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hearth", description=f"{APP_NAME}: private chat")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", type=Path,
                        help="keep every file (database, models, settings, logs) under DIR")
    parser.add_argument("--model", type=Path, help="use this GGUF file instead of the default")
    parser.add_argument("--self-test", action="store_true",
                        help="run the real window offscreen, chat once, print a JSON line")
    parser.add_argument("--prompt", default="What is the capital of France?",
                        help="the message the self-test sends")
    parser.add_argument("--max-tokens", type=int, default=48,
                        help="reply length for the self-test")
    parser.add_argument("--ignore-stop", action="store_true",
                        help="self-test: generate exactly --max-tokens (stress and benchmarks)")
    parser.add_argument("--gpu-layers", type=int, default=None,
                        help="layers to offload to the GPU (-1 = all)")
    parser.add_argument("--startup-check", action="store_true",
                        help="open the window offscreen, wait until it has painted, exit")
    parser.add_argument("--self-test-output", type=Path,
                        help="self-test: also write the JSON line to this file")
    parser.add_argument("file", nargs="?", type=Path,
                        help="a .gguf file to import (Open with Hearth)")
    parser.add_argument("--screenshot", type=Path, help="self-test: save the window as PNG")
    parser.add_argument("--stall-probe-ms", type=int, default=PROBE_INTERVAL_MS,
                        help="self-test: how often to check that the window responds "
                             "(0: not at all, for speed benchmarks: the check itself costs "
                             "the GUI thread about 1.5%% of a core)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="self-test: seconds before giving up")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    paths = AppPaths.under(args.data_dir) if args.data_dir else AppPaths.for_user()
    headless = bool(args.self_test or args.startup_check)
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        paths.ensure()
        setup_logging(paths.log_file)
    except UserError as exc:  # a read-only or full disk, said in words
        return _fail_at_start(args, str(exc), 1)
    except OSError as exc:  # the log file cannot be opened
        problem = storage_problem(paths.logs, exc) or f"{paths.log_file}: {exc}."
        return _fail_at_start(args, f"{problem} Hearth cannot write its log there.", 1)
    install_qt_message_handler()
    log.info("%s %s starting; data in %s", APP_NAME, __version__, paths.data)

    platform_problem = xcb_problem()
    if platform_problem is not None:
        log.error("%s", platform_problem)
        print(platform_problem, file=sys.stderr)
        return 1
    if not headless:
        qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    lock = DataFolderLock(paths.lock_file)
    try:
        held = lock.acquire()
    except OSError as exc:
        lock_problem = storage_problem(paths.data, exc) or f"{paths.lock_file}: {exc}."
        return _fail_at_start(args, f"{lock_problem} Hearth cannot keep your conversations "
                                    "there.", 1)
    if not held:
        return _already_running(args, paths, lock)
    try:
        if headless:
            from app.selftest import run_self_test, run_startup_check

            if args.startup_check:
                return run_startup_check(args, paths)
            return run_self_test(args, paths)
        assert isinstance(qt_app, QApplication)
        return _run_gui(qt_app, args, paths)
    finally:
        lock.release()


def _run_gui(qt_app: QApplication, args: argparse.Namespace, paths: AppPaths) -> int:
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    install_from_settings(paths.settings_file)  # before any window: its words are read once
    apply_style(qt_app)
    listener = LaunchListener(paths)  # before the slow part, so launches meanwhile wait

    def notify_bug() -> None:
        QMessageBox.warning(None, APP_NAME, BUG_MESSAGE.format(log=paths.log_file))

    install_excepthook(notify_bug)
    try:
        migrate_with_progress(paths.database)
        app = build(paths, Overrides(model=args.model, gpu_layers=args.gpu_layers))
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    app.window.show()
    app.window.start_model()
    if args.file is not None and args.file.suffix.lower() == ".gguf":
        app.window.open_models().import_file(args.file)
    listener.attach(app.window, lambda file: app.window.open_models().import_file(file))
    log.info("The window is up; another launch on this data folder brings it forward")
    code = int(qt_app.exec())
    if not app.window.background_stopped:
        # A thread is stuck (a stalled network read, say). Everything the user wrote is
        # committed; exit now rather than abort on destroying a running QThread.
        log.warning("Quitting with a background thread still running")
        logging.shutdown()
        os._exit(code)
    return code


def _fail_at_start(args: argparse.Namespace, message: str, code: int) -> int:
    """Say why Hearth cannot start where the user will see it: a message box for the GUI
    (nobody reads the console of an app started from a menu), a JSON line for the
    self-test, and stderr for both."""
    log.error("Cannot start: %s", message)
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    if args.self_test:
        line = json.dumps({"ok": False, "error": message})
        if args.self_test_output:
            with contextlib.suppress(OSError):
                args.self_test_output.write_text(line + "\n", encoding="utf-8")
        print(line, flush=True)
    elif not args.startup_check and xcb_problem() is None:
        _ = QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, APP_NAME, message)
    return code


def _already_running(args: argparse.Namespace, paths: AppPaths, lock: DataFolderLock) -> int:
    holder = lock.holder()
    process = f" (process {holder})" if holder else ""
    if not (args.self_test or args.startup_check):
        file = args.file if args.file is not None and args.file.suffix.lower() == ".gguf" \
            else None
        if forward_to_running(paths, file):
            log.info("Hearth is already running on %s%s; its window was brought forward",
                     paths.data, process)
            print(f"{APP_NAME} is already running with the data folder {paths.data}"
                  f"{process}; its window was brought forward.", file=sys.stderr)
            return ALREADY_RUNNING
    return _fail_at_start(
        args, f"{APP_NAME} is already running with the data folder {paths.data}{process}. "
              "Switch to its window, or quit it before starting another.", ALREADY_RUNNING)


def forward_to_running(paths: AppPaths, file: Path | None,
                       wait_s: float = FORWARD_WAIT_S) -> bool:
    """Ask the Hearth running on this data folder to bring its window forward (and to
    import `file`): a request file it watches, which it deletes once taken. False when it
    was not taken in time (that Hearth is busy or has no window); the request is then
    withdrawn, so it cannot pop a window up later."""
    request = paths.data / REQUEST_FILE
    tmp = request.with_name(request.name + f".{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps({"file": str(file.resolve()) if file else None}),
                       encoding="utf-8")
        os.replace(tmp, request)
    except OSError as exc:
        log.warning("Could not ask the running Hearth to show its window: %s", exc)
        tmp.unlink(missing_ok=True)
        return False
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if not request.exists():
            return True
        time.sleep(0.05)
    request.unlink(missing_ok=True)
    return False


REQUEST_FILE = "show-window.request"


class LaunchListener(QObject):
    """Watches the data folder for a later launch's request (forward_to_running): brings
    the window forward and imports the file it names. A file in the folder and
    QFileSystemWatcher rather than a local socket, which would need QtNetwork in the
    bundle (left out for its size)."""

    def __init__(self, paths: AppPaths) -> None:
        super().__init__()
        self._request = paths.data / REQUEST_FILE
        self._request.unlink(missing_ok=True)  # a withdrawn one left by a crash
        self._window: QWidget | None = None
        self._import: Callable[[Path], object] | None = None
        self._pending: list[str | None] = []  # files asked for before the window existed
        self._watcher = QFileSystemWatcher([str(paths.data)], self)
        self._watcher.directoryChanged.connect(self._on_changed)

    def attach(self, window: QWidget, import_file: Callable[[Path], object]) -> None:
        """The window to bring forward; requests taken before it existed apply now."""
        self._window = window
        self._import = import_file
        pending, self._pending = self._pending, []
        for file in pending:
            self._take(file)
        self._on_changed("")

    @Slot(str)
    def _on_changed(self, _folder: str) -> None:
        if not self._request.exists():
            return
        try:
            raw = json.loads(read_small_file(self._request, 64 * 1024).decode("utf-8"))
        except (OSError, ValueError, RecursionError) as exc:
            log.warning("Ignoring a request from another launch: %s", exc)
            raw = {}
        self._request.unlink(missing_ok=True)  # taken: the other launch may exit now
        file = raw.get("file") if isinstance(raw, dict) else None
        file = file if isinstance(file, str) and file.lower().endswith(".gguf") else None
        log.info("Another launch asked for the window%s", " and an import" if file else "")
        if self._window is None:
            self._pending.append(file)
        else:
            self._take(file)

    def _take(self, file: str | None) -> None:
        window = self._window
        if window is None:
            return
        if window.isMinimized() or not window.isVisible():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if file is not None and self._import is not None:
            self._import(Path(file))
