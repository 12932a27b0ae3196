"""`python -m app`: the command line, then the GUI, built by app/wiring.py."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.diagnostics import PROBE_INTERVAL_MS
from app.errors import BUG_MESSAGE, UserError
from app.logs import install_excepthook, install_qt_message_handler, setup_logging
from app.paths import AppPaths
from app.qt_platform import xcb_problem
from app.ui.style import apply_style
from app.wiring import Overrides, build, migrate_with_progress

log = logging.getLogger("app.main")


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
    paths.ensure()

    setup_logging(paths.log_file)
    install_qt_message_handler()
    log.info("%s %s starting; data in %s", APP_NAME, __version__, paths.data)

    if args.self_test or args.startup_check:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = xcb_problem()
    if problem is not None:
        log.error("%s", problem)
        print(problem, file=sys.stderr)
        return 1
    if args.self_test or args.startup_check:
        from app.selftest import run_self_test, run_startup_check

        if args.startup_check:
            return run_startup_check(args, paths)
        return run_self_test(args, paths)

    qt_app = QApplication(sys.argv[:1])
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    apply_style(qt_app)

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
    code = int(qt_app.exec())
    if not app.window.background_stopped:
        # A thread is stuck (a stalled network read, say). Everything the user wrote is
        # committed; exit now rather than abort on destroying a running QThread.
        log.warning("Quitting with a background thread still running")
        logging.shutdown()
        os._exit(code)
    return code
