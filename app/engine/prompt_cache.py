"""A prompt cache per conversation: the model's state after reading a conversation, kept so
that going back to it does not mean reading its whole history again.

llama.cpp holds one sequence's KV cache at a time. Before another conversation's reply,
the engine saves the current sequence here (its tokens and llama.cpp's bytes for it) and
restores the other conversation's, if it has one; llama-cpp-python then reads only the
new tokens after the longest common prefix. The entries live in an LRU within a memory
budget; the most recent few are written to disk, keyed by model, and read back after a
restart. No llama_cpp here: the engine does the copying.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import struct
from array import array
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAGIC = b"HPC1"
HEADER = struct.Struct("<4sII")  # magic, token count, state length
DISK_ENTRIES = 4
DISK_MODELS = 3  # models whose states stay on disk; a 7B model's can be 0.5 GB each


@dataclass(frozen=True)
class CachedPrefix:
    tokens: tuple[int, ...]  # what the state has read, in order
    state: bytes  # llama.cpp's sequence state after reading them

    @property
    def size(self) -> int:
        return len(self.state) + 4 * len(self.tokens)

    def common_prefix(self, tokens: list[int]) -> int:
        """How many leading tokens the cached state and this prompt share."""
        count = 0
        for cached, wanted in zip(self.tokens, tokens, strict=False):
            if cached != wanted:
                break
            count += 1
        return count


STATE_LAYOUT = "flash-attention-auto"
MODEL_KEY_LENGTH = 16


def model_key(path: Path) -> str:
    """A model file's identity for the disk cache: its name, size and modification time
    (a state read by one model means nothing to another), and the cache's layout: states
    written before flash attention went to Auto store their values transposed."""
    stat = path.stat()
    identity = f"{path.name}\n{stat.st_size}\n{stat.st_mtime_ns}\n{STATE_LAYOUT}"
    return hashlib.sha256(identity.encode()).hexdigest()[:MODEL_KEY_LENGTH]



def forget_other_models(root: Path, current: Path, keep: int = DISK_MODELS) -> list[Path]:
    """Remove the folders of all but the `keep` most recently written models (the current
    one always stays): states of a deleted model, or of an older cache layout, would
    otherwise stay on disk for good. Returns what was removed."""
    others = [folder for folder in root.iterdir()
              if folder != current and folder.is_dir() and _is_model_key(folder.name)]
    others.sort(key=lambda folder: folder.stat().st_mtime, reverse=True)
    removed = others[max(keep - 1, 0):]
    for folder in removed:
        shutil.rmtree(folder, ignore_errors=True)
    return removed


def _is_model_key(name: str) -> bool:
    """Only folders named as model_key() names them are ours to remove."""
    return len(name) == MODEL_KEY_LENGTH and all(c in "0123456789abcdef" for c in name)

class PromptCache:
    def __init__(self, budget_bytes: int, folder: Path | None = None,
                 disk_entries: int = DISK_ENTRIES) -> None:
        self.budget_bytes = budget_bytes
        self._folder = folder
        self._disk_entries = disk_entries
        self._entries: OrderedDict[str, CachedPrefix] = OrderedDict()

    @property
    def used_bytes(self) -> int:
        return sum(entry.size for entry in self._entries.values())

    def get(self, key: str) -> CachedPrefix | None:
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
            return entry
        entry = self._read(key)
        if entry is not None:
            self.put(key, entry)
        return entry

    def put(self, key: str, entry: CachedPrefix) -> None:
        if entry.size > self.budget_bytes:
            self._entries.pop(key, None)
            return
        self._entries[key] = entry
        self._entries.move_to_end(key)
        while self.used_bytes > self.budget_bytes:
            evicted, _ = self._entries.popitem(last=False)
            log.debug("Prompt cache: evicted %s", evicted)

    def drop(self, key: str) -> None:
        """The conversation changed above what was cached (an edit, another branch), or
        is gone: its state is of no more use."""
        self._entries.pop(key, None)
        path = self._file(key)
        if path is not None:
            path.unlink(missing_ok=True)

    def persist(self) -> int:
        """Write the most recent entries to disk (and forget older files); returns how
        many were written."""
        if self._folder is None:
            return 0
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            keep = list(self._entries.items())[-self._disk_entries:]
            wanted = {self._name(key) for key, _ in keep}
            for old in self._folder.glob("*.state"):
                if old.name not in wanted:
                    old.unlink(missing_ok=True)
            for key, entry in keep:
                self._write(key, entry)
            forget_other_models(self._folder.parent, self._folder)
        except OSError as exc:  # a cache: a full disk only costs speed
            log.warning("Could not save the prompt cache: %s", exc)
            return 0
        return len(keep)

    # disk

    @staticmethod
    def _name(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()[:24] + ".state"

    def _file(self, key: str) -> Path | None:
        return self._folder / self._name(key) if self._folder is not None else None

    def _write(self, key: str, entry: CachedPrefix) -> None:
        path = self._file(key)
        assert path is not None
        temporary = path.with_suffix(".tmp")
        with temporary.open("wb") as out:
            out.write(HEADER.pack(MAGIC, len(entry.tokens), len(entry.state)))
            out.write(array("i", entry.tokens).tobytes())
            out.write(entry.state)
        os.replace(temporary, path)

    def _read(self, key: str) -> CachedPrefix | None:
        path = self._file(key)
        if path is None or not path.is_file():
            return None
        try:
            data = path.read_bytes()
            magic, count, length = HEADER.unpack_from(data)
            start = HEADER.size
            if magic != MAGIC or len(data) != start + 4 * count + length:
                raise ValueError("not a prompt cache file")
            tokens = array("i")
            tokens.frombytes(data[start:start + 4 * count])
            return CachedPrefix(tuple(tokens), data[start + 4 * count:])
        except (OSError, ValueError, struct.error) as exc:
            log.warning("Ignoring a damaged prompt cache file %s: %s", path.name, exc)
            path.unlink(missing_ok=True)
            return None
