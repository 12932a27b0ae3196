"""Where every launch starts: `python -m app`, the `hearth` script and the frozen app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from app.frozen import prepare_stdio

    prepare_stdio()
    # The command-line tools skip the GUI imports: they start faster, and work without Qt.
    if args[:1] == ["models"]:
        from app.cli import models_command

        return models_command(args[1:])
    if args[:1] == ["--probe-model"] and len(args) == 2:
        from pathlib import Path

        from app.models.installed import run_probe

        return run_probe(Path(args[1]))
    from app.main import main

    return main(args)
