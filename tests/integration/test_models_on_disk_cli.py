"""Other apps' models as a user meets them: `python -m app models list / scan / forget` run
as processes with HOME set to a home that holds an Ollama store and an LM Studio folder,
and the real probe reading a model where Ollama keeps it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import UserError
from app.models.elsewhere import ModelsElsewhere
from app.models.installed import check_in_place
from tests.tiny_models import write_tiny_model
from tests.unit.test_models_on_disk import ollama_pull, snapshot


def cli(home: Path, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home)}
    for name in ("OLLAMA_MODELS", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "app", "models", *args, "--data-dir",
                           str(data_dir)], capture_output=True, text=True, timeout=120,
                          env=env, stdin=subprocess.DEVNULL)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    models = tmp_path / "made"
    models.mkdir()
    llama = write_tiny_model(models / "llama.gguf", "llama")
    qwen = write_tiny_model(models / "qwen2.gguf", "qwen2", seed=1)
    ollama_pull(home / ".ollama" / "models", "tiny-llama", "latest", llama)
    repo = home / ".lmstudio" / "models" / "lmstudio-community" / "Tiny-Qwen2-GGUF"
    repo.mkdir(parents=True)
    (repo / "Tiny-Qwen2-Q8_0.gguf").write_bytes(qwen.read_bytes())
    return home


def test_models_list_shows_ollama_and_lmstudio_models_with_their_source(
        tmp_path: Path, home: Path) -> None:
    before = snapshot(home)
    data_dir = tmp_path / "hearth"
    listed = cli(home, data_dir, "list")
    assert listed.returncode == 0, listed.stderr
    print(listed.stdout)  # the closing note quotes it
    section = listed.stdout.split("On this computer")[1].splitlines()[1:]
    rows = {line.split()[0]: line.split() for line in section if line.strip()}
    assert rows["tiny-llama:latest"][1] == "ollama"
    assert rows["tiny-llama:latest"][-1].startswith(str(home / ".ollama" / "models" / "blobs"))
    assert rows["Tiny-Qwen2-Q8_0"][1] == "lmstudio"
    assert "Fits" in rows["Tiny-Qwen2-Q8_0"]
    assert snapshot(home) == before
    assert not any((data_dir / "models").glob("*.gguf"))  # nothing copied in

    forgot = cli(home, data_dir, "forget", "tiny-llama:latest")
    assert forgot.returncode == 0, forgot.stderr
    rescanned = cli(home, data_dir, "scan")
    assert rescanned.returncode == 0, rescanned.stderr
    assert "1 model found" in rescanned.stdout
    assert "tiny-llama" not in rescanned.stdout and "Tiny-Qwen2-Q8_0" in rescanned.stdout
    refused = cli(home, data_dir, "remove", "Tiny-Qwen2-Q8_0")
    assert refused.returncode == 1 and "never deletes" in refused.stderr
    assert snapshot(home) == before


def test_a_deleted_model_is_listed_as_missing(tmp_path: Path, home: Path) -> None:
    data_dir = tmp_path / "hearth"
    assert cli(home, data_dir, "scan").returncode == 0
    for blob in (home / ".ollama" / "models" / "blobs").iterdir():
        blob.unlink()  # `ollama rm`
    listed = cli(home, data_dir, "list")
    assert listed.returncode == 0, listed.stderr
    line = next(x for x in listed.stdout.splitlines() if x.startswith("tiny-llama:latest"))
    assert "missing" in line.split()


def test_the_probe_reads_a_model_where_ollama_keeps_it(tmp_path: Path, home: Path) -> None:
    """The real --probe-model child, on the blob itself: nothing is copied."""
    elsewhere = ModelsElsewhere(tmp_path / "hearth" / "models", home=home, env={},
                                platform="linux")
    model = next(m for m in elsewhere.scan() if m.source == "ollama")
    result = check_in_place(model.path, model.name)
    assert result.path == model.path
    damaged = tmp_path / "damaged"
    damaged.write_bytes(model.path.read_bytes()[:5000])
    with pytest.raises(UserError, match="tiny-llama:latest cannot be used"):
        check_in_place(damaged, "tiny-llama:latest")
