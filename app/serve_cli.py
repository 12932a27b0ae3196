"""`python -m app serve` and `python -m app token`: the local API without a window.

    serve [--model ID|PATH] [--port P] [--host 127.0.0.1]
    token                                  print the API's bearer token (made if none yet)

The server, its queue, its token and its errors are the window's (app/wiring.py builds
both). `serve` opens no database and takes no data-folder lock: the API reads and writes no
conversation, so the window can run on the same data folder at the same time. The one
thing both could write, the bundled model's first set-up, is serialised by its own lock
(models/provision.py). Only one of them can listen on a port: the second is refused.
"""

from __future__ import annotations

import argparse
import errno
import logging
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from app import APP_NAME
from app.command_line import chosen_paths, data_dir_option
from app.errors import UserError
from app.paths import AppPaths

log = logging.getLogger("app.serve")

LOCAL = "127.0.0.1"
WAKE_MS = 200  # Python's signal handlers run only when the interpreter has the thread
IN_USE = 2  # the exit status when the port is taken


@dataclass(frozen=True)
class ServeOptions:
    paths: AppPaths
    model: str | None
    port: int | None
    host: str


def parse_serve(argv: Sequence[str]) -> ServeOptions:
    parser = argparse.ArgumentParser(
        prog="hearth serve", parents=[data_dir_option()],
        description="Run Hearth's local OpenAI-compatible API without a window.")
    parser.add_argument("--model", help="a catalog id, an installed model's file name, or "
                                        "the path of a .gguf file (default: the model "
                                        "chosen in Settings, else the bundled one)")
    parser.add_argument("--port", type=int, help="default: the port chosen in Settings")
    parser.add_argument("--host", default=LOCAL,
                        help="the address to listen on (default 127.0.0.1: this computer "
                             "only; 0.0.0.0 opens it to the network)")
    args = parser.parse_args(list(argv))
    if args.port is not None and not 1 <= args.port <= 65535:
        parser.error("--port must be between 1 and 65535")
    return ServeOptions(chosen_paths(args), args.model, args.port, args.host)


def token_command(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="hearth token", parents=[data_dir_option()],
        description="Print the local API's bearer token (made now if there is none).")
    args = parser.parse_args(list(argv))
    from app.wiring import api_token_store

    try:
        store = api_token_store(chosen_paths(args))
        print(store.get_or_create())
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def resolve_model(spec: str | None, paths: AppPaths, settings_model: str) -> Path | None:
    """The file to serve: a path, a catalog id or an installed file's name in the models
    folder; without one, the model chosen in Settings; None for the bundled model."""
    from app.models.catalog import load_catalog

    if spec is None:
        if settings_model and Path(settings_model).is_file():
            return Path(settings_model)
        return None
    given = Path(spec).expanduser()
    if given.suffix.lower() == ".gguf" and given.is_file():
        return given.resolve()
    if (paths.models / spec).is_file():
        return paths.models / spec
    catalog = load_catalog()
    try:
        entry = catalog.get(spec)
    except UserError:
        raise UserError(f"There is no model file or catalog model called {spec!r}. "
                        "`python -m app models list` shows the ids.") from None
    if entry.embedding is not None:
        raise UserError(f"{entry.name} turns documents into vectors; it cannot chat.")
    path = paths.models / entry.filename
    if not path.is_file():
        raise UserError(f"{entry.name} is not downloaded. Download it first: "
                        f"python -m app models download {entry.id}")
    return path


def serve_command(argv: Sequence[str]) -> int:
    options = parse_serve(argv)
    _log_to_console()
    try:
        return _serve(options)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _log_to_console() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s",
                                           "%H:%M:%S"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _serve(options: ServeOptions) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    from app.engine.base import LoadOptions, ModelInfo
    from app.models.provision import default_bundled_model, provision
    from app.settings import Settings, load_json_dataclass
    from app.wiring import build_headless_server

    paths = options.paths
    settings = load_json_dataclass(Settings, paths.settings_file)
    port = options.port if options.port is not None else settings.api_port
    model = resolve_model(options.model, paths, settings.model_path)
    qt_app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    qt_app.setApplicationName(APP_NAME)
    server = build_headless_server(paths)
    # the port first: a second `serve` (or the window's API) is refused at once, before
    # it spends seconds loading a model
    problem = server.api.apply(True, port, host=options.host)
    if problem is not None:
        server.stop()
        error = server.api.listen_error
        if error is not None and error.errno == errno.EADDRINUSE:
            print(f"error: port {port} on {options.host} is already in use: another "
                  f"`{APP_NAME.lower()} serve`, Hearth's window with its local API on, or "
                  "another program is listening there. Stop it, or choose another port "
                  "with --port.", file=sys.stderr)
            return IN_USE
        print(f"error: {problem}", file=sys.stderr)
        return 1
    address = server.api.address
    if model is None:
        bundled = default_bundled_model()
        log.info("Setting up the bundled model %s", bundled.filename)
        model = provision(bundled, paths.models)
    outcome: list[int] = []

    def loaded(info: ModelInfo) -> None:
        log.info("Serving %s (model %r, or \"hearth\") at %s/v1", info.path.name, info.name,
                 address)

    def failed(message: str) -> None:
        print(f"error: the model could not be loaded: {message}", file=sys.stderr)
        outcome.append(1)
        qt_app.quit()

    server.engine.loaded.connect(loaded)
    server.engine.load_failed.connect(failed)
    server.engine.load_model(model, LoadOptions(context_length=settings.context_length,
                                                gpu_layers=settings.gpu_layers,
                                                threads=settings.threads))
    print(f"{APP_NAME} local API: {address}/v1 (OpenAI-compatible; loading {model.name})")
    print(f"The bearer token: run `python -m app token"
          f"{_data_dir_hint(paths)}` to print it.", flush=True)

    def stop(signum: int, _frame: FrameType | None) -> None:
        log.info("%s: stopping", signal.Signals(signum).name)
        qt_app.quit()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(WAKE_MS)
    try:
        qt_app.exec()
    finally:
        wake.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        stopped = server.stop()
        log.info("Stopped%s", "" if stopped else " (the engine thread did not finish)")
    return outcome[0] if outcome else 0


def _data_dir_hint(paths: AppPaths) -> str:
    """The --data-dir to repeat, when this is not the user's own data folder."""
    if paths == AppPaths.for_user():
        return ""
    return f" --data-dir {paths.config.parent}"
