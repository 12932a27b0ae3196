"""A small pure-Python GGUF header reader, for clear errors before llama.cpp sees a file.

It reads the magic, version, counts and the metadata key/value pairs, never tensors. Every
length read from the file is checked against caps and against the file's size, so a hostile
header costs bounded time and memory.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import UserError

MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
MAX_TENSORS = 1_000_000
MAX_KEYS = 100_000
MAX_STRING_BYTES = 16 * 1024 * 1024
MAX_ARRAY_ITEMS = 10_000_000

_SCALARS: dict[int, str] = {
    0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
    10: "<Q", 11: "<q", 12: "<d",
}
FILE_TYPES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K",
    11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
    17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS",
    23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S",
    29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16",
}
_STRING = 8
_ARRAY = 9


class GGUFError(UserError):
    """The file is not a usable GGUF model; the message says why."""


@dataclass
class GGUFHeader:
    version: int
    tensor_count: int
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    @property
    def name(self) -> str | None:
        value = self.metadata.get("general.name")
        return str(value) if value is not None else None

    @property
    def context_length(self) -> int | None:
        value = self.metadata.get(f"{self.architecture}.context_length")
        return int(value) if isinstance(value, int) else None

    @property
    def quant(self) -> str:
        return FILE_TYPES.get(self.metadata.get("general.file_type", -1), "unknown")

    def _arch_int(self, key: str) -> int | None:
        value = self.metadata.get(f"{self.architecture}.{key}")
        return int(value) if isinstance(value, int) and not isinstance(value, bool) else None

    def kv_bytes_per_token(self) -> int | None:
        """f16 K and V for every layer: what one token of context costs in memory."""
        layers = self._arch_int("block_count")
        embedding = self._arch_int("embedding_length")
        heads = self._arch_int("attention.head_count")
        kv_heads = self._arch_int("attention.head_count_kv") or heads
        if not (layers and embedding and heads and kv_heads):
            return None
        key_length = self._arch_int("attention.key_length") or embedding // heads
        value_length = self._arch_int("attention.value_length") or embedding // heads
        return layers * kv_heads * (key_length + value_length) * 2

    @property
    def chat_template(self) -> str | None:
        value = self.metadata.get("tokenizer.chat_template")
        return value if isinstance(value, str) and value.strip() else None


class _Reader:
    """Reads from a memory map: a vocabulary of 260,000 strings is walked in milliseconds,
    and nothing past the header is ever touched."""

    def __init__(self, data: mmap.mmap | bytes, size: int) -> None:
        self._data = data
        self._size = size
        self.pos = 0

    def _need(self, count: int) -> None:
        if count > self._size - self.pos:
            raise GGUFError("The file is truncated: its header runs past the end of the file.")

    def take(self, count: int) -> bytes:
        self._need(count)
        chunk = self._data[self.pos:self.pos + count]
        self.pos += count
        return bytes(chunk)

    def skip(self, count: int) -> None:
        self._need(count)
        self.pos += count

    def scalar(self, fmt: str) -> Any:
        size = struct.calcsize(fmt)
        self._need(size)
        value = struct.unpack_from(fmt, self._data, self.pos)[0]
        self.pos += size
        return value

    def string(self, skip: bool = False) -> str:
        length = self.scalar("<Q")
        if length > MAX_STRING_BYTES:
            raise GGUFError(f"The file's header is damaged or hostile: a {length}-byte string.")
        if skip:
            self.skip(length)
            return ""
        return self.take(length).decode("utf-8", errors="replace")

    def skip_strings(self, count: int) -> None:
        unpack_from, data, size = struct.unpack_from, self._data, self._size
        pos = self.pos
        for _ in range(count):
            if pos + 8 > size:
                raise GGUFError("The file is truncated: its header runs past the end of the "
                                "file.")
            (length,) = unpack_from("<Q", data, pos)
            if length > MAX_STRING_BYTES:
                raise GGUFError(f"The file's header is damaged or hostile: a {length}-byte "
                                "string.")
            pos += 8 + length
        if pos > size:
            raise GGUFError("The file is truncated: its header runs past the end of the file.")
        self.pos = pos


def read_header(path: Path) -> GGUFHeader:
    try:
        size = path.stat().st_size
        if size == 0:
            return _read(_Reader(b"", 0), 0)
        with path.open("rb") as stream, mmap.mmap(stream.fileno(), 0,
                                                  access=mmap.ACCESS_READ) as data:
            return _read(_Reader(data, size), size)
    except FileNotFoundError as exc:
        raise GGUFError(f"The model file is missing: {path}") from exc
    except IsADirectoryError as exc:
        raise GGUFError(f"{path} is a folder, not a model file.") from exc
    except PermissionError as exc:
        raise GGUFError(f"Hearth may not read the model file {path}.") from exc


def _read(reader: _Reader, size: int) -> GGUFHeader:
    if size == 0:
        raise GGUFError("The model file is empty (0 bytes).")
    if size < 4 or reader.take(4) != MAGIC:
        raise GGUFError("This is not a GGUF model file (it does not start with 'GGUF').")
    version = reader.scalar("<I")
    if version not in SUPPORTED_VERSIONS:
        raise GGUFError(f"Unsupported GGUF version {version}; Hearth reads versions 2 and 3.")
    tensor_count = reader.scalar("<Q")
    key_count = reader.scalar("<Q")
    if tensor_count > MAX_TENSORS or key_count > MAX_KEYS:
        raise GGUFError(
            f"The file's header is damaged or hostile: it claims {tensor_count} tensors "
            f"and {key_count} metadata keys."
        )
    header = GGUFHeader(version=version, tensor_count=tensor_count)
    for _ in range(key_count):
        key = reader.string()
        header.metadata[key] = _value(reader, reader.scalar("<I"))
    return header


def _value(reader: _Reader, kind: int) -> Any:
    if kind in _SCALARS:
        return reader.scalar(_SCALARS[kind])
    if kind == _STRING:
        return reader.string()
    if kind == _ARRAY:
        item_kind = reader.scalar("<I")
        count = reader.scalar("<Q")
        if count > MAX_ARRAY_ITEMS:
            raise GGUFError(f"The file's header is damaged or hostile: a {count}-item array.")
        if item_kind in _SCALARS:
            reader.skip(count * struct.calcsize(_SCALARS[item_kind]))
        elif item_kind == _STRING:
            reader.skip_strings(count)
        else:
            raise GGUFError(f"The file's header has an array of unknown type {item_kind}.")
        return ArrayInfo(item_kind, count)
    raise GGUFError(f"The file's header has a value of unknown type {kind}.")


@dataclass(frozen=True)
class ArrayInfo:
    item_kind: int
    count: int
