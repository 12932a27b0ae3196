import sys


def _run() -> int:
    # The command-line tools skip the GUI imports: they start faster, and work without Qt.
    argv = sys.argv[1:]
    if argv[:1] == ["models"]:
        from app.cli import models_command

        return models_command(argv[1:])
    if argv[:1] == ["--probe-model"] and len(argv) == 2:
        from pathlib import Path

        from app.models.installed import run_probe

        return run_probe(Path(argv[1]))
    from app.main import main

    return main()


sys.exit(_run())
