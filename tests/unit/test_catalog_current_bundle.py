"""A build told to bundle another GGUF (the release's instruct Gemma 3 270M) checks it by
sha256 and size, and its manifest says whether it is an instruct model."""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from app.models import provision as provision_module

ROOT = Path(__file__).resolve().parents[2]


def build_script() -> ModuleType:
    sys.path.insert(0, str(ROOT / "packaging"))
    spec = importlib.util.spec_from_file_location("hearth_build", ROOT / "packaging/build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def options(**given: object) -> argparse.Namespace:
    values: dict[str, object] = {"bundle_model": None, "bundle_sha256": None,
                                 "bundle_size": None, "bundle_name": None,
                                 "bundle_instruct": False}
    values.update(given)
    return argparse.Namespace(**values)


def test_a_named_model_is_verified_and_its_manifest_says_instruct(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = build_script()
    monkeypatch.setattr(build, "BUILD", tmp_path / "build")
    gguf = tmp_path / "gemma-3-270m-it-Q4_K_M.gguf"
    gguf.write_bytes(b"GGUF" + b"\0" * 60)
    sha = hashlib.sha256(gguf.read_bytes()).hexdigest()
    with pytest.raises(SystemExit, match="sha256"):
        build.named_model(options(bundle_model=str(gguf), bundle_sha256="0" * 64,
                                  bundle_size=64))
    with pytest.raises(SystemExit, match="65 bytes"):
        build.named_model(options(bundle_model=str(gguf), bundle_sha256=sha, bundle_size=65))
    model = build.named_model(options(bundle_model=str(gguf), bundle_sha256=sha,
                                      bundle_size=64, bundle_name="Gemma 3 270M Instruct",
                                      bundle_instruct=True))
    path = build.prepare_model(model)
    assert path.read_bytes() == gguf.read_bytes()
    manifest = json.loads((path.parent / "bundled_model.json").read_text(encoding="utf-8"))
    assert manifest == {"filename": gguf.name, "sha256": sha, "instruct": True,
                        "display_name": "Gemma 3 270M Instruct (bundled)"}
    # and the frozen app reads it back so
    monkeypatch.setattr("app.frozen.bundle_dir", lambda: path.parent.parent)
    bundled = provision_module._prebuilt_model()
    assert bundled is not None and bundled.instruct is True and bundled.prebuilt == path


def test_without_a_named_model_the_base_model_is_bundled() -> None:
    assert build_script().named_model(options()) is None
