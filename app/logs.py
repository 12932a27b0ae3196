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
