"""Hand-made GGUF headers, good and hostile, for tests."""

from __future__ import annotations

import struct


def gguf_string(text: str) -> bytes:
    data = text.encode()
    return struct.pack("<Q", len(data)) + data


def kv_string(key: str, value: str) -> bytes:
    return gguf_string(key) + struct.pack("<I", 8) + gguf_string(value)


def kv_u32(key: str, value: int) -> bytes:
    return gguf_string(key) + struct.pack("<I", 4) + struct.pack("<I", value)


def kv_string_array(key: str, values: list[str]) -> bytes:
    body = b"".join(gguf_string(v) for v in values)
    return gguf_string(key) + struct.pack("<IIQ", 9, 8, len(values)) + body


def header(kvs: list[bytes], tensors: int = 1, version: int = 3) -> bytes:
    return b"GGUF" + struct.pack("<IQQ", version, tensors, len(kvs)) + b"".join(kvs)


def llama_header(tensors: int = 1) -> bytes:
    return header([
        kv_string("general.architecture", "llama"),
        kv_string("general.name", "Tiny"),
        kv_u32("llama.context_length", 2048),
        kv_string_array("tokenizer.ggml.tokens", ["a", "b", "c"]),
        kv_string("tokenizer.chat_template", "{{ messages }}"),
    ], tensors=tensors)
