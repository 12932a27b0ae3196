"""Where every launch starts: `python -m app`, the `hearth` script and the frozen app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Options that apply to every command, and so may come before the command's name, as in
# git and pip: `hearth --data-dir D models list`.
GLOBAL_OPTIONS_WITH_VALUE = ("--data-dir",)


def split_global_options(args: list[str]) -> tuple[list[str], list[str]]:
    """The leading global options, and the rest (the command and its arguments)."""
    index = 0
    while index < len(args):
        arg = args[index]
        if arg in GLOBAL_OPTIONS_WITH_VALUE:
            index += 2
        elif arg.startswith(tuple(f"{option}=" for option in GLOBAL_OPTIONS_WITH_VALUE)):
            index += 1
        else:
            break
    return args[:index], args[index:]


def run(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from app.frozen import prepare_stdio

    prepare_stdio()
    global_options, command = split_global_options(args)
    # The command-line tools skip the GUI imports: they start faster, and work without Qt.
    if command[:1] == ["models"]:
        from app.cli import models_command

        return models_command(global_options + command[1:])
    if command[:1] == ["docs"]:
        from app.docs_cli import docs_command

        return docs_command(global_options + command[1:])
    if command[:1] == ["import"]:
        from app.import_cli import import_command

        return import_command(global_options + command[1:])
    if command[:1] in (["serve"], ["token"]):
        from app.serve_cli import serve_command, token_command

        verb = serve_command if command[0] == "serve" else token_command
        return verb(global_options + command[1:])
    if args[:1] == ["--index-worker"] and len(args) == 2:
        from app.documents.worker import run_worker

        return run_worker(args[1])
    if args[:1] == ["--probe-model"] and len(args) == 2:
        from pathlib import Path

        from app.engine.probe import run_probe

        return run_probe(Path(args[1]))
    from app.main import main

    return main(args)
