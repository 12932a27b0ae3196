"""Logging to a rotating file, and the hook that turns an uncaught bug into a calm message."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

log = logging.getLogger("app")

MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 3


def setup_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return handler


# Harmless on the headless platform used by tests and the self-test; it would flood the log.
IGNORED_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def install_qt_message_handler() -> None:
    """Qt's warnings go to the log file instead of a console."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if message not in IGNORED_QT_MESSAGES:
            qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def install_excepthook(notify: Callable[[], None]) -> None:
    """Log a bug with its traceback, then tell the user without showing the traceback."""

    def hook(kind: type[BaseException], value: BaseException,
             traceback: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, traceback)
            return
        log.error("Unhandled error", exc_info=(kind, value, traceback))
        try:
            notify()
        except Exception:  # never let the reporter itself crash the app
            log.exception("Could not show the error notice")

    sys.excepthook = hook
