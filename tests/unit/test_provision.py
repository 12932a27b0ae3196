from __future__ import annotations

import hashlib
import os
import shutil
from collections import namedtuple
from pathlib import Path

import pytest

from app.errors import UserError
from app.models import provision as provision_module
from app.models.provision import (
    BundledModel,
    ProvisionCancelled,
    default_bundled_model,
    is_provisioned,
    provision,
)


def chunked_model(tmp_path: Path, parts: list[bytes], sha: str | None = None) -> BundledModel:
    chunk_dir = tmp_path / "package"
    chunk_dir.mkdir()
    chunks = []
    for i, part in enumerate(parts):
        chunk = chunk_dir / f"model.gguf.part{i:02d}"
        chunk.write_bytes(part)
        chunks.append(chunk)
    digest = sha or hashlib.sha256(b"".join(parts)).hexdigest()
    return BundledModel("model.gguf", digest, tuple(chunks), "Test model")


def test_chunks_are_joined_verified_and_recorded(tmp_path: Path) -> None:
    parts = [b"GGUF" + b"a" * 5000, b"b" * 7000, b"c" * 3]
    model = chunked_model(tmp_path, parts)
    seen: list[tuple[int, int]] = []
    target = provision(model, tmp_path / "models", progress=lambda d, t: seen.append((d, t)))
    assert target.read_bytes() == b"".join(parts)
    assert seen[-1] == (12007, 12007)
    assert is_provisioned(model, tmp_path / "models")
    assert list((tmp_path / "models").glob("*.part")) == []


def test_later_launches_skip_hashing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = chunked_model(tmp_path, [b"x" * 100])
    provision(model, tmp_path / "models")

    def no_hashing(*_: object, **__: object) -> str:
        raise AssertionError("hashed again")

    monkeypatch.setattr(provision_module, "sha256_of", no_hashing)
    assert provision(model, tmp_path / "models").exists()


def test_a_changed_file_is_rebuilt(tmp_path: Path) -> None:
    model = chunked_model(tmp_path, [b"x" * 100])
    target = provision(model, tmp_path / "models")
    target.write_bytes(b"tampered")
    assert not is_provisioned(model, tmp_path / "models")
    provision(model, tmp_path / "models")
    assert target.read_bytes() == b"x" * 100


def test_a_bad_hash_leaves_nothing(tmp_path: Path) -> None:
    model = chunked_model(tmp_path, [b"x" * 100], sha="0" * 64)
    with pytest.raises(UserError, match="failed verification"):
        provision(model, tmp_path / "models")
    assert list((tmp_path / "models").iterdir()) == []


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    model = chunked_model(tmp_path, [b"x" * 100])
    with pytest.raises(ProvisionCancelled):
        provision(model, tmp_path / "models", should_cancel=lambda: True)
    assert list((tmp_path / "models").iterdir()) == []


def test_low_disk_is_refused_up_front(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = chunked_model(tmp_path, [b"x" * 100])
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _: usage(10**9, 10**9, 1000))
    with pytest.raises(UserError, match=r"need 0\.1 GB, 0\.0 GB free"):
        provision(model, tmp_path / "models")


def test_missing_chunk_is_a_clear_error(tmp_path: Path) -> None:
    model = chunked_model(tmp_path, [b"x"])
    model.chunks[0].unlink()
    with pytest.raises(UserError, match="incomplete"):
        provision(model, tmp_path / "models")


def test_the_real_package_describes_the_bundled_model() -> None:
    model = default_bundled_model()
    assert model.filename == "gemma-3-270m-q4_k_m.gguf"
    assert model.sha256.startswith("a5fd3b62") and model.sha256.endswith("6818")
    assert model.size == 253_113_024


def test_the_real_model_was_provisioned_and_verified(bundled_model_path: Path) -> None:
    assert bundled_model_path.stat().st_size == 253_113_024
    assert is_provisioned(default_bundled_model(), bundled_model_path.parent)


def test_a_cancelled_import_leaves_no_partial_file(tmp_path: Path) -> None:
    from app.jobs import CancelToken
    from app.models.installed import ImportCancelled, ProbeReport, import_model
    from tests.ggufbytes import llama_header

    source = tmp_path / "big.gguf"
    source.write_bytes(llama_header(tensors=1) + os.urandom(12 * 1024 * 1024))
    models = tmp_path / "models"
    cancel = CancelToken()

    def cancel_after_the_first_block(done: int, _total: int) -> None:
        cancel.cancel()

    with pytest.raises(ImportCancelled):
        import_model(source, models, progress=cancel_after_the_first_block,
                     probe=lambda _path, _cancel: ProbeReport(8, ""), cancel=cancel)
    assert list(models.iterdir()) == []


def test_an_import_reports_why_its_template_will_not_be_used(tmp_path: Path) -> None:
    from app.models.installed import ProbeReport, import_model
    from app.models.verified import recorded_sha256
    from tests.ggufbytes import llama_header

    source = tmp_path / "m.gguf"
    source.write_bytes(llama_header(tensors=1))
    result = import_model(source, tmp_path / "models",
                          probe=lambda _path, _cancel: ProbeReport(8, "it loops"))
    assert result.template_note == "it loops"
    assert result.path.read_bytes() == source.read_bytes()
    assert recorded_sha256(result.path) == hashlib.sha256(source.read_bytes()).hexdigest()
