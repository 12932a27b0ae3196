from __future__ import annotations

import struct
from pathlib import Path

import pytest

from app.models.gguf_header import GGUFError, read_header
from tests.ggufbytes import gguf_string, header, kv_string, llama_header


def write(tmp_path: Path, data: bytes, name: str = "m.gguf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_reads_metadata_without_tensors(tmp_path: Path) -> None:
    parsed = read_header(write(tmp_path, llama_header(tensors=3) + b"\0" * 64))
    assert (parsed.version, parsed.tensor_count) == (3, 3)
    assert parsed.architecture == "llama" and parsed.name == "Tiny"
    assert parsed.context_length == 2048
    assert parsed.chat_template == "{{ messages }}"
    assert parsed.metadata["tokenizer.ggml.tokens"].count == 3


def test_real_bundled_model_header(bundled_model_path: Path) -> None:
    parsed = read_header(bundled_model_path)
    assert parsed.architecture == "gemma3"
    assert parsed.context_length == 32768
    assert parsed.chat_template is None  # the base model: plain transcript format
    assert parsed.tensor_count > 0


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"GG", "not a GGUF"),
    (b"Hello, I am a text file pretending to be a model.\n", "not a GGUF"),
    (b"GGUF" + struct.pack("<I", 99) + b"\0" * 16, "version 99"),
    (b"GGUF" + struct.pack("<IQQ", 3, 2**40, 1), "hostile"),
    (b"GGUF" + struct.pack("<IQQ", 3, 1, 2**40), "hostile"),
    (llama_header()[:60], "truncated"),
    (b"GGUF" + struct.pack("<IQQ", 3, 1, 1) + struct.pack("<Q", 2**62), "hostile"),
    (header([gguf_string("k") + struct.pack("<I", 77)]), "unknown type"),
    (header([gguf_string("k") + struct.pack("<IIQ", 9, 8, 2**40)]), "hostile"),
    (header([kv_string("general.architecture", "x")])[:-3], "truncated"),
])
def test_bad_files_are_refused_with_the_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(GGUFError, match=reason):
        read_header(write(tmp_path, data))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(GGUFError, match="missing"):
        read_header(tmp_path / "nope.gguf")
    with pytest.raises(GGUFError, match="folder"):
        read_header(tmp_path)
