"""Models other apps downloaded (LM Studio, Ollama, GPT4All, Jan), found where they are and
used in place: a model of several gigabytes is never copied.

Hearth only reads these folders. It never writes, moves or deletes another app's files:
what it found is remembered in a small JSON beside its own models folder
(models-elsewhere.json: the folder itself holds only model files and their records), and
"Remove" forgets a reference there (a later scan does not bring it back). A model the other
app has deleted since is listed as missing, so a conversation that used it can say so.

Every walk is bounded: a depth per app, a count of folder entries, a time budget and a
cancel token, and each folder is entered once, so a symlink loop, a folder of 100,000
files or a folder that cannot be read ends the walk early or is skipped, never hangs it.
Each file's header is read with Hearth's own bounded reader (gguf_header.py).
"""

from __future__ import annotations

import configparser
import json
import logging
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.models.catalog import DEFAULT_CONTEXT, Catalog, Fit, fit
from app.models.installed import KV_OVERHEAD_BYTES, describe

log = logging.getLogger(__name__)

FILE_NAME = "models-elsewhere.json"
SOURCES = {"lmstudio": "LM Studio", "ollama": "Ollama", "gpt4all": "GPT4All", "jan": "Jan"}
OLLAMA_MODEL_LAYER = "application/vnd.ollama.image.model"
MAX_ENTRIES = 50_000  # folder entries looked at in one scan, all apps together
MAX_MODELS = 2_000
SCAN_SECONDS = 20.0
MAX_SMALL_FILE = 1024 * 1024  # a manifest or a settings file; anything bigger is not one
_DIGEST = re.compile(r"^sha256[:-]([0-9a-f]{64})$")
_SHARD = re.compile(r"^(?P<stem>.+)-(?P<part>\d{5})-of-(?P<count>\d{5})\.gguf$", re.IGNORECASE)
# Not chat models: a vision model's projector, kept beside its model by LM Studio and Jan
_NOT_CHAT = frozenset({"clip"})


class ScanCancelled(Exception):
    """The scan was cancelled (the app is quitting); nothing was written."""


@dataclass(frozen=True)
class Folder:
    """Where one app keeps models: `depth` folder levels below `path` are looked in."""

    source: str
    path: Path
    depth: int
    ollama: bool = False  # an Ollama store: manifests/ and blobs/, not .gguf files


@dataclass(frozen=True)
class ModelElsewhere:
    path: Path
    name: str  # as the other app shows it ("llama3.2:3b") or the file's name
    source: str  # a key of SOURCES
    size_bytes: int
    architecture: str = "unknown"
    quant: str = "?"
    context_length: int | None = None
    kv_bytes_per_token: int | None = None
    error: str | None = None  # there, but not readable as a model: why
    missing: bool = False  # the other app deleted or moved it since it was found
    checked: bool = False  # llama.cpp read this very file (size and time unchanged)

    @property
    def app(self) -> str:
        return SOURCES.get(self.source, self.source)

    @property
    def usable(self) -> bool:
        return not self.missing and self.error is None

    @property
    def memory_bytes(self) -> int:
        """What it needs at the context a chat starts with: weights, KV cache, buffers."""
        context = min(self.context_length or DEFAULT_CONTEXT, DEFAULT_CONTEXT)
        return self.size_bytes + (self.kv_bytes_per_token or 0) * context + KV_OVERHEAD_BYTES

    def fit(self, memory: int) -> Fit:
        return fit(self.memory_bytes, memory)


# where each app keeps its models, on each system


def model_folders(home: Path, env: Mapping[str, str], platform: str) -> list[Folder]:
    folders: list[Folder] = []
    for lmstudio in _lmstudio_homes(home, env, platform):
        folders.append(Folder("lmstudio", lmstudio / "models", 3))
        chosen = _json_str(lmstudio / "settings.json", "downloadsFolder")
        if chosen:
            folders.append(Folder("lmstudio", Path(chosen), 3))
    if platform == "win32":  # LM Studio 0.2 kept its settings in the roaming profile
        chosen = _json_str(_appdata(home, env) / "LM Studio" / "settings.json", "downloadsFolder")
        if chosen:
            folders.append(Folder("lmstudio", Path(chosen), 3))

    ollama = env.get("OLLAMA_MODELS", "").strip()
    if ollama:
        folders.append(Folder("ollama", Path(ollama).expanduser(), 4, ollama=True))
    folders.append(Folder("ollama", home / ".ollama" / "models", 4, ollama=True))
    if platform.startswith("linux"):  # the system service that install.sh sets up
        folders.append(Folder("ollama", Path("/usr/share/ollama/.ollama/models"), 4,
                              ollama=True))

    if platform == "darwin":
        gpt4all = home / "Library" / "Application Support" / "nomic.ai" / "GPT4All"
    elif platform == "win32":
        gpt4all = _localappdata(home, env) / "nomic.ai" / "GPT4All"
    else:
        gpt4all = _xdg(env, "XDG_DATA_HOME", home / ".local" / "share") / "nomic.ai" / "GPT4All"
    folders.append(Folder("gpt4all", gpt4all, 1))
    if not platform.startswith(("win32", "darwin")):  # QSettings writes an .ini here only
        ini = _xdg(env, "XDG_CONFIG_HOME", home / ".config") / "nomic.ai" / "GPT4All.ini"
        chosen = _ini_str(ini, "General", "modelPath")
        if chosen:
            folders.append(Folder("gpt4all", Path(chosen), 1))
    folders.append(Folder("gpt4all", home / ".cache" / "gpt4all", 1))  # its Python package

    data = _data_dir(home, env, platform)
    jan_data = [data / "Jan" / "data"]
    for settings in (data / "Jan" / "settings.json", data / "jan.ai.app" / "settings.json"):
        chosen = _json_str(settings, "data_folder")
        if chosen:
            jan_data.insert(0, Path(chosen))
    for jan in jan_data:
        folders.append(Folder("jan", jan / "llamacpp" / "models", 2))
        folders.append(Folder("jan", jan / "models", 3))  # Jan 0.5's data folder
    folders.append(Folder("jan", home / "jan" / "models", 2))  # Jan before 0.5

    unique: list[Folder] = []
    for folder in folders:
        if folder.path.is_absolute() and all(f.path != folder.path for f in unique):
            unique.append(folder)
    return unique


def _lmstudio_homes(home: Path, env: Mapping[str, str], platform: str) -> list[Path]:
    homes = [home / ".lmstudio", home / ".cache" / "lm-studio"]
    # LM Studio (and its lms tool) write where its home is to this file when it moved
    pointer = _small_text(home / ".lmstudio-home-pointer")
    if pointer and pointer.strip():
        pointed = Path(pointer.strip().splitlines()[0].strip()).expanduser()
        if pointed.is_absolute() and pointed not in homes:
            homes.insert(0, pointed)
    return homes


def _xdg(env: Mapping[str, str], name: str, default: Path) -> Path:
    value = env.get(name, "")
    return Path(value) if value and Path(value).is_absolute() else default


def _appdata(home: Path, env: Mapping[str, str]) -> Path:
    return _xdg(env, "APPDATA", home / "AppData" / "Roaming")


def _localappdata(home: Path, env: Mapping[str, str]) -> Path:
    return _xdg(env, "LOCALAPPDATA", home / "AppData" / "Local")


def _data_dir(home: Path, env: Mapping[str, str], platform: str) -> Path:
    """The user's data folder as Rust's `dirs::data_dir` (Jan's) tells it."""
    if platform == "darwin":
        return home / "Library" / "Application Support"
    if platform == "win32":
        return _appdata(home, env)
    return _xdg(env, "XDG_DATA_HOME", home / ".local" / "share")


def _small_text(path: Path) -> str | None:
    """A small text file's contents; None when it is missing, unreadable or too big to be
    a settings file (a FIFO or a device never blocks this: only regular files are read)."""
    try:
        if not path.is_file():
            return None
        with path.open("rb") as stream:
            data = stream.read(MAX_SMALL_FILE + 1)
    except OSError:
        return None
    if len(data) > MAX_SMALL_FILE:
        return None
    return data.decode("utf-8", errors="replace")


def _small_json(path: Path) -> Any:
    text = _small_text(path)
    if text is None:
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _json_str(path: Path, key: str) -> str | None:
    data = _small_json(path)
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, str) and value.strip() else None


def _ini_str(path: Path, section: str, key: str) -> str | None:
    text = _small_text(path)
    if text is None:
        return None
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # Qt keys keep case
    try:
        parser.read_string(text)
        value = parser.get(section, key, fallback=None)
    except configparser.Error:
        return None
    return value.strip().strip('"') if value else None


# walking, bounded


class _Budget:
    def __init__(self, cancel: Callable[[], bool] | None, entries: int = MAX_ENTRIES,
                 seconds: float = SCAN_SECONDS) -> None:
        self._cancel = cancel
        self._entries = entries
        self._deadline = time.monotonic() + seconds
        self.exhausted = False

    def spend(self) -> bool:
        """One more folder entry; False once the scan has looked at enough."""
        if self._cancel is not None and self._cancel():
            raise ScanCancelled()
        self._entries -= 1
        if self._entries < 0 or time.monotonic() > self._deadline:
            if not self.exhausted:
                log.warning("Stopped looking for other apps' models: too many files")
            self.exhausted = True
        return not self.exhausted


def _walk(root: Path, depth: int, budget: _Budget,
          seen: set[tuple[int, int]]) -> Iterator[tuple[Path, tuple[str, ...]]]:
    """Regular files up to `depth` folders below root, with their folder names. Linked
    folders are followed (people link model folders in) but each folder is entered once."""
    stack: list[tuple[Path, tuple[str, ...]]] = [(root, ())]
    while stack and not budget.exhausted:
        folder, parts = stack.pop()
        try:
            stat = folder.stat()
            key = (stat.st_dev, stat.st_ino)
            if key in seen:
                continue
            seen.add(key)
            with os.scandir(folder) as entries:
                for entry in entries:
                    if not budget.spend():
                        return
                    try:
                        if entry.is_dir():
                            if len(parts) < depth:
                                stack.append((Path(entry.path), (*parts, entry.name)))
                        elif entry.is_file():
                            yield Path(entry.path), parts
                    except OSError:  # a link to nowhere, a loop: is_dir says no or raises
                        continue
        except OSError:  # missing, not a folder, or not ours to read
            continue


@dataclass(frozen=True)
class _Found:
    source: str
    name: str
    path: Path


def _gguf_files(folder: Folder, budget: _Budget,
                seen: set[tuple[int, int]]) -> Iterator[_Found]:
    for path, parts in _walk(folder.path, folder.depth, budget, seen):
        if not path.name.lower().endswith(".gguf"):
            continue
        shard = _SHARD.match(path.name)
        if shard and int(shard["part"]) != 1:
            continue  # llama.cpp opens a split model by its first part
        yield _Found(folder.source, _file_label(path, parts), path)


def _file_label(path: Path, parts: tuple[str, ...]) -> str:
    shard = _SHARD.match(path.name)
    stem = shard["stem"] if shard else path.stem
    if stem.lower() == "model" and parts:  # Jan names every file model.gguf, by folder
        return parts[-1]
    return stem


def _ollama_models(folder: Folder, budget: _Budget,
                   seen: set[tuple[int, int]]) -> Iterator[_Found]:
    """manifests/<host>/<namespace>/<model>/<tag>: JSON whose model layer names the blob."""
    blobs = folder.path / "blobs"
    for manifest, parts in _walk(folder.path / "manifests", folder.depth - 1, budget, seen):
        if len(parts) != 3:
            continue
        data = _small_json(manifest)
        layers = data.get("layers") if isinstance(data, dict) else None
        digest = next((layer.get("digest") for layer in layers or []
                       if isinstance(layer, dict)
                       and layer.get("mediaType") == OLLAMA_MODEL_LAYER), None)
        match = _DIGEST.match(digest) if isinstance(digest, str) else None
        if match is None:
            continue
        name = _ollama_name(parts, manifest.name)
        # "sha256-<hex>" since Ollama 0.1.3x; "sha256:<hex>" before it, where ':' may be used
        for blob in (blobs / f"sha256-{match[1]}", blobs / f"sha256:{match[1]}"):
            if blob.is_file():
                yield _Found(folder.source, name, blob)
                break
        else:
            log.info("Ollama's %s names a model file that is not there", name)


def _ollama_name(parts: tuple[str, ...], tag: str) -> str:
    """As `ollama list` shows it: the default registry and `library` left out."""
    host, namespace, model = parts
    if host != "registry.ollama.ai":
        return f"{host}/{namespace}/{model}:{tag}"
    if namespace != "library":
        return f"{namespace}/{model}:{tag}"
    return f"{model}:{tag}"


def find_models(folders: list[Folder], catalog: Catalog | None = None,
                cancel: Callable[[], bool] | None = None,
                budget_entries: int = MAX_ENTRIES,
                budget_seconds: float = SCAN_SECONDS) -> list[ModelElsewhere]:
    """Every model file in the folders, its header read; one record per file, whichever
    names it (Ollama's tags of one blob, a link to a file another app keeps)."""
    budget = _Budget(cancel, budget_entries, budget_seconds)
    seen_dirs: set[tuple[int, int]] = set()
    by_file: dict[tuple[int, int], tuple[_Found, list[str]]] = {}
    for folder in folders:
        walker = _ollama_models if folder.ollama else _gguf_files
        for found in walker(folder, budget, seen_dirs):
            try:
                stat = found.path.stat()
            except OSError:
                continue
            key = (stat.st_dev, stat.st_ino)
            if key in by_file:
                by_file[key][1].append(found.name)
                continue
            if len(by_file) >= MAX_MODELS:
                break
            by_file[key] = (found, [found.name])
    models = []
    for found, names in by_file.values():
        if cancel is not None and cancel():
            raise ScanCancelled()
        model = _describe(found, sorted(set(names)), catalog)
        if model is not None:
            models.append(model)
    return sorted(models, key=lambda m: (m.source, m.name.lower()))


def _describe(found: _Found, names: list[str], catalog: Catalog | None) -> ModelElsewhere | None:
    try:
        described = describe(found.path, catalog)
        size = _total_size(found.path)
    except OSError:
        return None
    if described.architecture in _NOT_CHAT:
        return None
    name = ", ".join(names)
    if described.catalog_id is not None and found.source != "ollama":
        name = described.name  # the catalog's name for a file it knows
    return ModelElsewhere(found.path, name, found.source, size, described.architecture,
                          described.quant, described.context_length,
                          described.kv_bytes_per_token, described.error)


def _total_size(path: Path) -> int:
    """A split model's size is all its parts'."""
    size = path.stat().st_size
    shard = _SHARD.match(path.name)
    if shard is None:
        return size
    count = int(shard["count"])
    for part in range(2, count + 1):
        sibling = path.with_name(f"{shard['stem']}-{part:05d}-of-{shard['count']}.gguf")
        try:
            size += sibling.stat().st_size
        except OSError:
            continue
    return size


# what Hearth remembers


class ModelsElsewhere:
    """The references to other apps' models, kept in models-elsewhere.json beside Hearth's
    models folder (in its data folder). scan() may run on a worker thread while the GUI
    thread forgets one: every change reads the file again and writes it whole
    (os.replace) under one lock."""

    def __init__(self, models_dir: Path, catalog: Catalog | None = None,
                 home: Path | None = None, env: Mapping[str, str] | None = None,
                 platform: str | None = None) -> None:
        self.file = models_dir.parent / FILE_NAME
        self._catalog = catalog
        self._home = home
        self._env = env
        self._platform = platform or sys.platform
        self._lock = threading.Lock()

    def folders(self) -> list[Folder]:
        home = self._home or Path.home()
        return model_folders(home, os.environ if self._env is None else self._env,
                             self._platform)

    @property
    def scanned(self) -> bool:
        return self.file.is_file()

    def scan(self, cancel: Callable[[], bool] | None = None) -> list[ModelElsewhere]:
        """Look through every app's folders again; returns what is remembered now."""
        found = find_models(self.folders(), self._catalog, cancel)
        with self._lock:
            state = self._read()
            forgotten = set(state["forgotten"])
            old = {record["path"]: record for record in state["models"]}
            records = []
            for model in found:
                key = str(model.path)
                if key in forgotten:
                    continue
                record = _record(model)
                before = old.pop(key, None)
                if before is not None and before.get("checked") and \
                        _same_file(before, record):
                    record["checked"] = True
                records.append(record)
            # what another app deleted since stays, shown as missing, until it is forgotten
            records += [record for record in old.values()
                        if not Path(record["path"]).is_file()]
            state["models"] = records
            state["scanned_at"] = time.time()
            self._write(state)
        return self.models()

    def models(self) -> list[ModelElsewhere]:
        """What is remembered, each checked against the disk now (a stat, no header)."""
        with self._lock:
            records = self._read()["models"]
        return [_model(record) for record in records]

    def find(self, path: Path | str) -> ModelElsewhere | None:
        key = str(path)
        return next((m for m in self.models() if str(m.path) == key), None)

    def forget(self, path: Path | str) -> bool:
        """Hearth stops offering it; the file itself is left as it is."""
        key = str(path)
        with self._lock:
            state = self._read()
            kept = [record for record in state["models"] if record["path"] != key]
            if len(kept) == len(state["models"]):
                return False
            state["models"] = kept
            if key not in state["forgotten"]:
                state["forgotten"].append(key)
            self._write(state)
        return True

    def mark_checked(self, path: Path | str) -> None:
        """llama.cpp read the file (the probe): it is offered in the model selector, and
        not probed again until it changes."""
        key = str(path)
        with self._lock:
            state = self._read()
            for record in state["models"]:
                if record["path"] == key:
                    try:
                        stat = Path(key).stat()
                    except OSError:
                        return
                    record.update(checked=True, mtime_ns=stat.st_mtime_ns,
                                  file_size=stat.st_size)
                    self._write(state)
                    return

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):  # none yet, or damaged: scan again
            data = None
        state: dict[str, Any] = {"version": 1, "models": [], "forgotten": []}
        if isinstance(data, dict):
            models = data.get("models")
            forgotten = data.get("forgotten")
            state["models"] = [r for r in models if _valid(r)] if isinstance(models, list) \
                else []
            state["forgotten"] = [p for p in forgotten if isinstance(p, str)] \
                if isinstance(forgotten, list) else []
            if isinstance(data.get("scanned_at"), int | float):
                state["scanned_at"] = data["scanned_at"]
        return state

    def _write(self, state: dict[str, Any]) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        partial = self.file.with_name(f"{self.file.name}.{os.getpid()}.tmp")
        partial.write_text(json.dumps(state, indent=1), encoding="utf-8")
        os.replace(partial, self.file)


def _record(model: ModelElsewhere) -> dict[str, Any]:
    try:
        stat = model.path.stat()
        mtime, file_size = stat.st_mtime_ns, stat.st_size
    except OSError:
        mtime, file_size = 0, 0
    return {"path": str(model.path), "name": model.name, "source": model.source,
            "size_bytes": model.size_bytes, "file_size": file_size, "mtime_ns": mtime,
            "architecture": model.architecture, "quant": model.quant,
            "context_length": model.context_length,
            "kv_bytes_per_token": model.kv_bytes_per_token, "error": model.error,
            "checked": False}


def _same_file(before: dict[str, Any], now: dict[str, Any]) -> bool:
    return bool(before.get("mtime_ns") == now["mtime_ns"]
                and before.get("file_size") == now["file_size"])


def _valid(record: object) -> bool:
    return (isinstance(record, dict) and isinstance(record.get("path"), str)
            and isinstance(record.get("name"), str) and record.get("source") in SOURCES
            and isinstance(record.get("size_bytes"), int))


def _optional_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _model(record: dict[str, Any]) -> ModelElsewhere:
    path = Path(record["path"])
    model = ModelElsewhere(
        path=path, name=record["name"], source=record["source"],
        size_bytes=record["size_bytes"],
        architecture=str(record.get("architecture") or "unknown"),
        quant=str(record.get("quant") or "?"),
        context_length=_optional_int(record.get("context_length")),
        kv_bytes_per_token=_optional_int(record.get("kv_bytes_per_token")),
        error=record["error"] if isinstance(record.get("error"), str) else None)
    try:
        stat = path.stat()
    except OSError:
        return replace(model, missing=True)
    if not path.is_file():
        return replace(model, missing=True)
    same = record.get("mtime_ns") == stat.st_mtime_ns and record.get("file_size") == stat.st_size
    return replace(model, checked=bool(record.get("checked")) and same)
