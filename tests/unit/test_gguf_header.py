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


def test_the_header_tells_the_size_the_file_must_have(bundled_model_path: Path) -> None:
    parsed = read_header(bundled_model_path)
    size = bundled_model_path.stat().st_size
    assert parsed.expected_size is not None and not parsed.tensor_list_cut
    assert 0 <= size - parsed.expected_size < 32  # at most the last tensor's padding


@pytest.mark.parametrize(("keep", "says"), [
    (50_000_000, "it ends at 50 MB; its header says 253 MB"),
    (253_113_024 - 1_000, "it ends at 253,112,024 bytes; its header says 253,113,024 bytes"),
])
def test_a_real_model_cut_short_is_named_as_truncated(bundled_model_path: Path,
                                                      tmp_path: Path, keep: int,
                                                      says: str) -> None:
    cut = tmp_path / "cut.gguf"
    with bundled_model_path.open("rb") as source, cut.open("wb") as target:
        target.write(source.read(keep))
    with pytest.raises(GGUFError) as refused:
        read_header(cut)
    assert f"The file is truncated: {says}." in str(refused.value)
    assert "architecture" not in str(refused.value)


def test_a_tiny_model_written_by_gguf_py_has_the_size_its_header_says(tmp_path: Path) -> None:
    from tests.tiny_models import write_tiny_model

    path = write_tiny_model(tmp_path / "tiny.gguf", "llama")
    parsed = read_header(path)
    assert parsed.expected_size is not None
    assert 0 <= path.stat().st_size - parsed.expected_size < 32
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(GGUFError, match="truncated"):
        read_header(path)


def test_a_header_cut_inside_its_tensor_list_is_left_to_llama_cpp(tmp_path: Path) -> None:
    parsed = read_header(write(tmp_path, llama_header(tensors=3) + b"\0" * 10))
    assert parsed.tensor_list_cut and parsed.expected_size is None


def test_an_unknown_tensor_type_leaves_the_size_untold(tmp_path: Path) -> None:
    tensor = gguf_string("w") + struct.pack("<I", 1) + struct.pack("<Q", 4)
    tensor += struct.pack("<IQ", 999, 0)
    parsed = read_header(write(tmp_path, llama_header(tensors=1) + tensor))
    assert parsed.expected_size is None and not parsed.tensor_list_cut


def test_a_vocabulary_only_file_needs_no_data_after_its_header(tmp_path: Path) -> None:
    parsed = read_header(write(tmp_path, llama_header(tensors=0)))
    assert parsed.tensor_count == 0 and parsed.expected_size is not None
