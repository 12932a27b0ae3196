"""A small pure-Python GGUF header reader, for clear errors before llama.cpp sees a file.

It reads the magic, version, counts, the metadata key/value pairs and the tensor list (each
tensor's shape, type and offset, never its data), which tells the size the file must have:
a truncated file is named as truncated. Every length read from the file is checked against
caps and against the file's size, so a hostile header costs bounded time and memory.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.models.verified import human_size

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
# ggml's tensor types: (elements per block, bytes per block), as gguf-py's GGML_QUANT_SIZES
TENSOR_TYPES: dict[int, tuple[int, int]] = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34),
    9: (32, 36), 10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176),
    14: (256, 210), 15: (256, 292), 16: (256, 66), 17: (256, 74), 18: (256, 98),
    19: (256, 50), 20: (32, 18), 21: (256, 110), 22: (256, 82), 23: (256, 136),
    24: (1, 1), 25: (1, 2), 26: (1, 4), 27: (1, 8), 28: (1, 8), 29: (256, 56), 30: (1, 2),
    34: (256, 54), 35: (256, 66), 39: (32, 17), 40: (64, 36), 41: (128, 18), 42: (64, 18),
}
MAX_DIMS = 4  # GGML_MAX_DIMS
DEFAULT_ALIGNMENT = 32  # GGUF_DEFAULT_ALIGNMENT, unless general.alignment says otherwise


class GGUFError(UserError):
    """The file is not a usable GGUF model; the message says why."""


@dataclass
class GGUFHeader:
    version: int
    tensor_count: int
    metadata: dict[str, Any] = field(default_factory=dict)
    # The size the header's tensor list implies: where the tensor data starts plus the end
    # of the last tensor. None where it cannot be told (an unknown tensor type, or the
    # list itself runs past the end of the file: then tensor_list_cut is set).
    expected_size: int | None = None
    tensor_list_cut: bool = False

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
        self.ran_out = False

    def _need(self, count: int) -> None:
        if count > self._size - self.pos:
            self.ran_out = True
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

    def scalars(self, fmt: str) -> tuple[Any, ...]:
        size = struct.calcsize(fmt)
        self._need(size)
        values = struct.unpack_from(fmt, self._data, self.pos)
        self.pos += size
        return values

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
                self.ran_out = True
                raise GGUFError("The file is truncated: its header runs past the end of the "
                                "file.")
            (length,) = unpack_from("<Q", data, pos)
            if length > MAX_STRING_BYTES:
                raise GGUFError(f"The file's header is damaged or hostile: a {length}-byte "
                                "string.")
            pos += 8 + length
        if pos > size:
            self.ran_out = True
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
    try:
        header.expected_size = _data_end(reader, header)
    except _Unknown:
        pass
    except GGUFError:  # the tensor list runs past the end, or is damaged
        header.tensor_list_cut = reader.ran_out
    if header.expected_size is not None and header.expected_size > size:
        ends, says = _sizes(size, header.expected_size)
        raise GGUFError(f"The file is truncated: it ends at {ends}; its header says {says}. "
                        "Download or copy it again.")
    return header


class _Unknown(Exception):
    """The file's size cannot be told from its header (a tensor type this reader does
    not know); llama.cpp judges it."""


def _data_end(reader: _Reader, header: GGUFHeader) -> int:
    """The tensor list (name, dimensions, type, offset from the data's start), which
    follows the metadata; the data starts at the next multiple of the alignment.
    llama.cpp refuses a file shorter than the data's start plus the last tensor's end."""
    end = 0
    # one tight loop over the buffer: a hostile file may list a million tensors
    unpack_from, data, size, types = struct.unpack_from, reader._data, reader._size, TENSOR_TYPES
    pos = reader.pos
    for _ in range(header.tensor_count):
        if pos + 12 > size:
            reader.ran_out = True
            raise GGUFError("The file is truncated: it ends inside its list of tensors.")
        (name_length,) = unpack_from("<Q", data, pos)
        pos += 8 + name_length
        if name_length > MAX_STRING_BYTES or pos + 4 > size:
            reader.ran_out = pos + 4 > size
            raise GGUFError("The file's tensor list is damaged or truncated.")
        (dims,) = unpack_from("<I", data, pos)
        if dims > MAX_DIMS:
            raise GGUFError(f"The file's header is damaged or hostile: a tensor with {dims} "
                            "dimensions.")
        pos += 4
        if pos + 8 * dims + 12 > size:
            reader.ran_out = True
            raise GGUFError("The file is truncated: it ends inside its list of tensors.")
        elements = 1
        for extent in unpack_from(f"<{dims}Q", data, pos):
            elements *= extent
        kind, offset = unpack_from("<IQ", data, pos + 8 * dims)
        pos += 8 * dims + 12
        if kind not in types:
            raise _Unknown(kind)
        block, block_bytes = types[kind]
        end = max(end, offset + -(-elements // block) * block_bytes)
    reader.pos = pos
    if header.tensor_count == 0:  # a vocabulary-only file: no data, no padding before it
        return pos
    alignment = header.metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or isinstance(alignment, bool) or alignment <= 0:
        alignment = DEFAULT_ALIGNMENT
    data_start = -(-reader.pos // alignment) * alignment
    return data_start + end


def _sizes(actual: int, expected: int) -> tuple[str, str]:
    """Two file sizes as people read them (253 MB); in bytes where rounding would make
    them look the same (a file a few bytes short)."""
    shown = human_size(actual), human_size(expected)
    return shown if shown[0] != shown[1] else (f"{actual:,} bytes", f"{expected:,} bytes")


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
