"""What every command-line verb (models, docs, import, serve, token) shares: the global
`--data-dir` option, and the folders it chooses."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.paths import AppPaths


def data_dir_option() -> argparse.ArgumentParser:
    """A parent parser with --data-dir. Given to the verb's parser and to each subcommand's,
    it is taken before the subcommand and after it; SUPPRESS keeps a subcommand's parser
    from resetting a value given before it."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="keep every file under DIR")
    return common


def chosen_paths(args: argparse.Namespace) -> AppPaths:
    """The folders under --data-dir, else the user's own; made where missing."""
    data_dir = getattr(args, "data_dir", None)
    paths = AppPaths.under(data_dir) if data_dir else AppPaths.for_user()
    paths.ensure()
    return paths
