"""`python -m app models …`: the model manager for scripts, on the GUI's code paths.

    models list                       the catalog and what is installed, with "will it fit"
    models download ID                a catalog model
    models download REPO_ID FILENAME  any GGUF on the Hub (verified by its LFS sha256)
    models import FILE                check and copy in a local .gguf
    models remove ID|FILENAME         delete an installed model
    models verify                     re-hash every installed model
    models scan                       look again for other apps' models (LM Studio, Ollama,
                                      GPT4All, Jan), used where they are, never copied
    models forget NAME|PATH           stop offering another app's model (its file stays)
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from app.command_line import chosen_paths, data_dir_option
from app.errors import UserError
from app.models.catalog import fit, load_catalog
from app.models.download import Downloader, DownloadSpec, DownloadStopped, Progress, catalog_spec
from app.models.elsewhere import ModelElsewhere, ModelsElsewhere
from app.models.installed import import_model, list_installed, remove_model, verify_model
from app.models.system import available_memory_bytes
from app.models.verified import gb, human_size
from app.paths import AppPaths
from app.settings.secrets import TokenStore


class TextProgress:
    """A one-line progress bar on stderr, redrawn at most ten times a second."""

    def __init__(self, label: str, stream: TextIO = sys.stderr) -> None:
        self._label = label
        self._stream = stream
        self._last = 0.0

    def bytes(self, done: int, total: int, rate: float | None = None) -> None:
        now = time.monotonic()
        if now - self._last < 0.1 and done < total:
            return
        self._last = now
        share = done / total if total else 1.0
        bar = "#" * int(share * 30)
        speed = f" {rate / 1e6:6.1f} MB/s" if rate else ""
        eta = f" ETA {int((total - done) / rate)} s" if rate and done < total else ""
        self._stream.write(f"\r{self._label} [{bar:<30}] {share * 100:5.1f}% "
                           f"{gb(done)}/{gb(total)}{speed}{eta}   ")
        if done >= total:
            self._stream.write("\n")
        self._stream.flush()

    def download(self, progress: Progress) -> None:
        self.bytes(progress.done, progress.total, progress.bytes_per_s)


def models_command(argv: Sequence[str]) -> int:
    common = data_dir_option()
    parser = argparse.ArgumentParser(prog="hearth models", description="Manage local models",
                                     parents=[common])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", parents=[common])
    download = sub.add_parser("download", parents=[common])
    download.add_argument("what", nargs="+", metavar="ID | REPO_ID FILENAME")
    download.add_argument("--revision", default="main")
    imported = sub.add_parser("import", parents=[common])
    imported.add_argument("file", type=Path)
    removed = sub.add_parser("remove", parents=[common])
    removed.add_argument("id")
    sub.add_parser("verify", parents=[common])
    sub.add_parser("scan", parents=[common])
    forgotten = sub.add_parser("forget", parents=[common])
    forgotten.add_argument("name")
    args = parser.parse_args(list(argv))
    paths = chosen_paths(args)
    try:
        return _run(args, paths)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except DownloadStopped:
        print("\nstopped; run the same command again to resume", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("\ninterrupted; run the same command again to resume", file=sys.stderr)
        return 130


def _print_elsewhere(models: list[ModelElsewhere], memory: int) -> None:
    if not models:
        return
    print("\nOn this computer, in other apps' folders (used in place, never copied):")
    for model in models:
        if model.missing:
            state = "missing"
        elif model.error is not None:
            state = "unusable"
        else:
            state = model.fit(memory).value
        print(f"{model.name:32} {model.source:>9} {model.quant:>10} "
              f"{human_size(model.size_bytes):>8} {state:10} {model.path}")
        if model.error is not None and not model.missing:
            print(f"{'':32} {model.error}")


def _run(args: argparse.Namespace, paths: AppPaths) -> int:
    catalog = load_catalog()
    if args.command == "list":
        memory = available_memory_bytes()
        installed = {m.path.name for m in list_installed(paths.models, catalog)}
        print(f"This machine: {gb(memory)} of memory free. Recommended first.")
        for entry in catalog.recommended(memory):
            state = "installed" if entry.filename in installed else ""
            label = fit(entry.memory_bytes, memory).value
            if not entry.supported:
                label = "unsupported"
            print(f"{entry.id:32} {entry.parameters:>18} {entry.quant:>10} "
                  f"{gb(entry.size_bytes):>8} needs {gb(entry.memory_bytes):>8}  "
                  f"{label:10} {state}")
        extra = [m for m in list_installed(paths.models, catalog) if m.catalog_id is None]
        for model in extra:
            print(f"{model.path.name:32} {model.architecture:>18} {model.quant:>10} "
                  f"{gb(model.size_bytes):>8} (imported)")
        elsewhere = ModelsElsewhere(paths.models, catalog)
        # the first list looks for them; later ones show what was found (`scan` looks again)
        found = elsewhere.models() if elsewhere.scanned else elsewhere.scan()
        _print_elsewhere(found, memory)
        return 0
    if args.command == "scan":
        elsewhere = ModelsElsewhere(paths.models, catalog)
        folders = [f for f in elsewhere.folders() if f.path.is_dir()]
        found = elsewhere.scan()
        print(f"Looked in {len(folders)} folder{'s' if len(folders) != 1 else ''} of other "
              f"apps; {len(found)} model{'s' if len(found) != 1 else ''} found.")
        _print_elsewhere(found, available_memory_bytes())
        return 0
    if args.command == "forget":
        elsewhere = ModelsElsewhere(paths.models, catalog)
        for other in elsewhere.models():
            if args.name in (other.name, str(other.path), *other.name.split(", ")):
                elsewhere.forget(other.path)
                print(f"forgotten: {other.name} ({other.source}); the file stays in "
                      f"{other.path.parent}")
                return 0
        raise UserError(f"No model from another app is called {args.name}.")
    if args.command == "download":
        if len(args.what) == 1:
            entry = catalog.get(args.what[0])
            spec = catalog_spec(entry)
        elif len(args.what) == 2:
            spec = DownloadSpec(args.what[0], args.what[1], args.revision)
        else:
            raise UserError("download takes a catalog ID, or REPO_ID FILENAME")
        if not spec.filename.endswith(".gguf"):
            raise UserError("Only .gguf files can be downloaded.")
        tokens = TokenStore()
        downloader = Downloader(paths.models, token=tokens.get)
        target = downloader.download(spec, progress=TextProgress(spec.filename).download)
        print(f"downloaded and verified: {target}")
        return 0
    if args.command == "import":
        result = import_model(args.file, paths.models,
                              progress=TextProgress(f"copying {args.file.name}").bytes)
        print(f"imported: {result.path}")
        if result.template_note:
            print(f"note: {result.template_note}")
        return 0
    if args.command == "remove":
        for model in list_installed(paths.models, catalog):
            if args.id in (model.id, model.path.name):
                remove_model(model.path)
                print(f"removed: {model.path}")
                return 0
        for other in ModelsElsewhere(paths.models, catalog).models():
            if args.id in (str(other.path), *other.name.split(", ")):
                raise UserError(f"{args.id} is {other.app}'s, and Hearth never deletes "
                                "another app's files. `models forget` stops offering it.")
        raise UserError(f"No installed model is called {args.id}.")
    if args.command == "verify":
        problems = 0
        for model in list_installed(paths.models, catalog):
            problem = verify_model(model.path, catalog.by_filename(model.path.name),
                                   TextProgress(f"verifying {model.path.name}").bytes)
            print(f"{model.path.name}: {problem or 'ok'}")
            problems += problem is not None
        return 1 if problems else 0
    raise UserError(f"unknown command {args.command}")
