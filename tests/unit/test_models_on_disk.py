"""Other apps' models found where they are: an Ollama store and an LM Studio folder built in a
temporary home with real GGUF files, the broken cases, and what Hearth remembers."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import pytest

from app.models.catalog import Fit
from app.models.elsewhere import (
    FILE_NAME,
    ModelsElsewhere,
    ScanCancelled,
    find_models,
    model_folders,
)
from tests.tiny_models import write_tiny_model

GB = 10**9


def ollama_pull(store: Path, name: str, tag: str, model: Path | None,
                namespace: str = "library", host: str = "registry.ollama.ai",
                digest: str | None = None) -> Path:
    """What `ollama pull` leaves: the blob under its hash, and a manifest naming it."""
    blobs = store / "blobs"
    blobs.mkdir(parents=True, exist_ok=True)
    if model is not None:
        data = model.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        (blobs / f"sha256-{digest}").write_bytes(data)
    assert digest is not None
    manifest = store / "manifests" / host / namespace / name / tag
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(json.dumps({
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {"mediaType": "application/vnd.docker.container.image.v1+json",
                   "digest": "sha256:" + "0" * 64, "size": 10},
        "layers": [
            {"mediaType": "application/vnd.ollama.image.template",
             "digest": "sha256:" + "1" * 64, "size": 10},
            {"mediaType": "application/vnd.ollama.image.model",
             "digest": f"sha256:{digest}", "size": model.stat().st_size if model else 1},
        ]}))
    return blobs / f"sha256-{digest}"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("tiny")
    return {family: write_tiny_model(folder / f"{family}.gguf", family, seed=i)
            for i, family in enumerate(("llama", "qwen2", "gemma3", "phi3"))}


def snapshot(root: Path) -> dict[str, tuple[int, int, str]]:
    """Every file under root: size, time and hash; what Hearth must leave as it was."""
    files = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            stat = path.stat()
            files[str(path)] = (stat.st_size, stat.st_mtime_ns,
                                hashlib.sha256(path.read_bytes()).hexdigest())
    return files


@pytest.fixture
def home(tmp_path: Path, tiny: dict[str, Path]) -> Path:
    home = tmp_path / "home"
    ollama = home / ".ollama" / "models"
    ollama_pull(ollama, "tiny", "3b", tiny["llama"])
    ollama_pull(ollama, "tiny", "latest", tiny["llama"])  # two tags, one blob
    ollama_pull(ollama, "other", "q4", tiny["qwen2"], namespace="someone")
    lmstudio = home / ".lmstudio" / "models" / "lmstudio-community" / "Tiny-Gemma-GGUF"
    lmstudio.mkdir(parents=True)
    (lmstudio / "Tiny-Gemma-Q4_K_M.gguf").write_bytes(tiny["gemma3"].read_bytes())
    return home


def scanner(tmp_path: Path, home: Path, env: dict[str, str] | None = None,
            platform: str = "linux") -> ModelsElsewhere:
    return ModelsElsewhere(tmp_path / "hearth" / "models", home=home, env=env or {},
                           platform=platform)


def test_ollama_and_lmstudio_models_are_found_in_place_and_left_untouched(
        tmp_path: Path, home: Path, tiny: dict[str, Path]) -> None:
    before = snapshot(home)
    found = scanner(tmp_path, home).scan()
    assert snapshot(home) == before  # nothing written, moved or deleted in their folders

    by_source = {(m.source, m.name): m for m in found}
    assert set(by_source) == {("ollama", "tiny:3b, tiny:latest"),
                              ("ollama", "someone/other:q4"),
                              ("lmstudio", "Tiny-Gemma-Q4_K_M")}
    llama = by_source["ollama", "tiny:3b, tiny:latest"]
    digest = hashlib.sha256(tiny["llama"].read_bytes()).hexdigest()
    assert llama.path == home / ".ollama" / "models" / "blobs" / f"sha256-{digest}"
    assert llama.size_bytes == tiny["llama"].stat().st_size
    assert (llama.architecture, llama.context_length, llama.app) == ("llama", 256, "Ollama")
    assert llama.usable and not llama.missing and not llama.checked
    gemma = by_source["lmstudio", "Tiny-Gemma-Q4_K_M"]
    assert gemma.architecture == "gemma3" and gemma.app == "LM Studio"
    assert gemma.path.parent.name == "Tiny-Gemma-GGUF"
    assert gemma.fit(16 * GB) == Fit.FITS and gemma.fit(gemma.memory_bytes) == Fit.TOO_LARGE
    # remembered: listed again without a scan
    assert scanner(tmp_path, home).models() == found


def test_ollama_models_honours_its_environment_variable(
        tmp_path: Path, tiny: dict[str, Path]) -> None:
    home = tmp_path / "home"
    home.mkdir()
    elsewhere = tmp_path / "big-disk" / "ollama"
    ollama_pull(elsewhere, "moved", "latest", tiny["phi3"], host="hf.co",
                namespace="someone")
    found = scanner(tmp_path, home, env={"OLLAMA_MODELS": str(elsewhere)}).scan()
    assert [(m.name, m.architecture) for m in found] == [
        ("hf.co/someone/moved:latest", "phi3")]
    assert scanner(tmp_path, home).scan() == []  # without it: not there


def test_gpt4all_and_jan_folders(tmp_path: Path, tiny: dict[str, Path]) -> None:
    home = tmp_path / "home"
    gpt4all = home / ".local" / "share" / "nomic.ai" / "GPT4All"
    gpt4all.mkdir(parents=True)
    (gpt4all / "qwen2-1_5b-instruct-q4_0.gguf").write_bytes(tiny["qwen2"].read_bytes())
    (gpt4all / "localdocs_v3.db").write_bytes(b"not a model")
    jan = home / ".local" / "share" / "Jan" / "data" / "llamacpp" / "models" / "tiny-phi3"
    jan.mkdir(parents=True)
    (jan / "model.gguf").write_bytes(tiny["phi3"].read_bytes())
    (jan / "model.yml").write_text("model_path: model.gguf\n")
    old_jan = home / "jan" / "models" / "tiny-llama"
    old_jan.mkdir(parents=True)
    (old_jan / "tiny-llama.Q4_0.gguf").write_bytes(tiny["llama"].read_bytes())
    found = scanner(tmp_path, home).scan()
    assert sorted((m.source, m.name) for m in found) == [
        ("gpt4all", "qwen2-1_5b-instruct-q4_0"), ("jan", "tiny-llama.Q4_0"),
        ("jan", "tiny-phi3")]


def test_the_folders_on_each_system(tmp_path: Path) -> None:
    home = tmp_path / "u"
    mac = {(f.source, f.path) for f in model_folders(home, {}, "darwin")}
    assert ("gpt4all", home / "Library/Application Support/nomic.ai/GPT4All") in mac
    assert ("jan", home / "Library/Application Support/Jan/data/llamacpp/models") in mac
    assert ("ollama", home / ".ollama/models") in mac
    assert ("lmstudio", home / ".lmstudio/models") in mac
    assert ("lmstudio", home / ".cache/lm-studio/models") in mac
    local, roaming = tmp_path / "Local", tmp_path / "Roaming"
    windows = {(f.source, f.path) for f in model_folders(
        home, {"LOCALAPPDATA": str(local), "APPDATA": str(roaming)}, "win32")}
    assert ("gpt4all", local / "nomic.ai/GPT4All") in windows
    assert ("jan", roaming / "Jan/data/llamacpp/models") in windows
    assert ("ollama", home / ".ollama/models") in windows
    linux = {(f.source, f.path) for f in model_folders(home, {}, "linux")}
    assert ("gpt4all", home / ".local/share/nomic.ai/GPT4All") in linux
    assert ("jan", home / "jan/models") in linux


def test_folders_the_other_apps_were_told_to_use(tmp_path: Path) -> None:
    """LM Studio's home pointer and its downloads folder, GPT4All's model path and Jan's
    data folder, each read from the app's own settings file."""
    home = tmp_path / "u"
    moved, downloads = tmp_path / "lms-home", tmp_path / "D" / "models"
    moved.mkdir(parents=True)
    home.mkdir()
    (home / ".lmstudio-home-pointer").write_text(f"{moved}\n")
    (moved / "settings.json").write_text(json.dumps({"downloadsFolder": str(downloads)}))
    (home / ".config" / "nomic.ai").mkdir(parents=True)
    (home / ".config" / "nomic.ai" / "GPT4All.ini").write_text(
        f"[General]\nmodelPath={tmp_path / 'g4a'}/\n")
    (home / ".local" / "share" / "Jan").mkdir(parents=True)
    (home / ".local" / "share" / "Jan" / "settings.json").write_text(
        json.dumps({"data_folder": str(tmp_path / "jan-data")}))
    folders = {(f.source, f.path) for f in model_folders(home, {}, "linux")}
    assert ("lmstudio", moved / "models") in folders
    assert ("lmstudio", downloads) in folders
    assert ("gpt4all", tmp_path / "g4a") in folders
    assert ("jan", tmp_path / "jan-data" / "llamacpp" / "models") in folders


def test_broken_stores_are_skipped_or_named_never_a_crash(
        tmp_path: Path, home: Path, tiny: dict[str, Path]) -> None:
    ollama = home / ".ollama" / "models"
    ollama_pull(ollama, "gone", "latest", None, digest="a" * 64)  # its blob is missing
    bad = ollama / "manifests" / "registry.ollama.ai" / "library" / "garbage" / "latest"
    bad.parent.mkdir(parents=True)
    bad.write_text("{not json")
    (ollama / "manifests" / "registry.ollama.ai" / "library" / "huge").mkdir()
    (ollama / "manifests" / "registry.ollama.ai" / "library" / "huge" / "latest").write_bytes(
        b" " * (2 * 1024 * 1024))  # too big to be a manifest: not read
    folder = home / ".lmstudio" / "models" / "someone" / "broken"
    folder.mkdir(parents=True)
    (folder / "loop").symlink_to(folder.parent)  # a folder that contains itself
    (folder / "self.gguf").symlink_to(folder / "self.gguf")  # a link to itself
    (folder / "dangling.gguf").symlink_to(tmp_path / "nowhere.gguf")
    (folder / "notes.gguf").write_text("these are my notes, not a model")
    whole = tiny["llama"].read_bytes()
    (folder / "cut.gguf").write_bytes(whole[:len(whole) // 2])  # a download cut short
    os.mkfifo(folder / "pipe.gguf")  # reading it would block forever
    (home / ".cache" / "lm-studio").mkdir(parents=True)
    (home / ".cache" / "lm-studio" / "models").write_text("a file where a folder should be")

    started = time.monotonic()
    found = scanner(tmp_path, home).scan()
    assert time.monotonic() - started < 10
    names = {m.name: m for m in found}
    assert "gone:latest" not in names and "garbage:latest" not in names
    assert "tiny:3b, tiny:latest" in names and "Tiny-Gemma-Q4_K_M" in names
    assert not names["notes"].usable and "not a GGUF" in (names["notes"].error or "")
    assert not names["cut"].usable and "truncated" in (names["cut"].error or "")
    assert {"self", "dangling", "pipe", "loop"}.isdisjoint(names)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_a_folder_that_cannot_be_read_is_skipped(tmp_path: Path, home: Path) -> None:
    private = home / ".lmstudio" / "models" / "private"
    private.mkdir()
    private.chmod(0)
    try:
        names = {m.name for m in scanner(tmp_path, home).scan()}
    finally:
        private.chmod(0o700)
    assert "Tiny-Gemma-Q4_K_M" in names


def test_a_huge_folder_is_looked_through_within_a_budget(
        tmp_path: Path, tiny: dict[str, Path]) -> None:
    crowded = tmp_path / "crowded" / "a" / "b"
    crowded.mkdir(parents=True)
    for i in range(3000):
        (crowded / f"{i:05}.txt").touch()
    from app.models.elsewhere import Folder

    started = time.monotonic()
    found = find_models([Folder("lmstudio", tmp_path / "crowded", 3)], budget_entries=1000)
    assert found == [] and time.monotonic() - started < 5
    with pytest.raises(ScanCancelled):
        find_models([Folder("lmstudio", tmp_path / "crowded", 3)], cancel=lambda: True)


def test_split_models_are_one_model_of_all_their_parts(
        tmp_path: Path, tiny: dict[str, Path]) -> None:
    home = tmp_path / "home"
    repo = home / ".lmstudio" / "models" / "big" / "Big-GGUF"
    repo.mkdir(parents=True)
    (repo / "Big-Q8_0-00001-of-00002.gguf").write_bytes(tiny["llama"].read_bytes())
    (repo / "Big-Q8_0-00002-of-00002.gguf").write_bytes(b"\0" * 1000)
    found = scanner(tmp_path, home).scan()
    assert [(m.name, m.size_bytes) for m in found] == [
        ("Big-Q8_0", tiny["llama"].stat().st_size + 1000)]


def test_remove_forgets_the_reference_and_leaves_the_file(tmp_path: Path, home: Path) -> None:
    elsewhere = scanner(tmp_path, home)
    gemma = next(m for m in elsewhere.scan() if m.source == "lmstudio")
    assert elsewhere.forget(gemma.path)
    assert gemma.path.is_file()
    assert gemma.path not in {m.path for m in elsewhere.models()}
    assert gemma.path not in {m.path for m in elsewhere.scan()}  # a rescan keeps it forgotten
    assert not elsewhere.forget(gemma.path)


def test_a_model_the_other_app_deleted_is_shown_missing(tmp_path: Path, home: Path) -> None:
    elsewhere = scanner(tmp_path, home)
    model = next(m for m in elsewhere.scan() if m.name == "someone/other:q4")
    model.path.unlink()  # `ollama rm`
    assert elsewhere.find(model.path) is not None and elsewhere.find(model.path).missing
    again = {m.name: m for m in elsewhere.scan()}
    assert again["someone/other:q4"].missing and not again["someone/other:q4"].usable


def test_a_checked_model_is_not_probed_again_until_it_changes(
        tmp_path: Path, home: Path) -> None:
    elsewhere = scanner(tmp_path, home)
    model = elsewhere.scan()[0]
    elsewhere.mark_checked(model.path)
    assert elsewhere.find(model.path).checked  # type: ignore[union-attr]
    assert elsewhere.scan()[0].checked  # a rescan keeps it
    os.utime(model.path, ns=(time.time_ns(), time.time_ns() + 10**9))
    assert not elsewhere.find(model.path).checked  # type: ignore[union-attr]


def test_a_damaged_record_file_is_started_again(tmp_path: Path, home: Path) -> None:
    elsewhere = scanner(tmp_path, home)
    elsewhere.file.parent.mkdir(parents=True)
    elsewhere.file.write_text("{damaged")
    assert elsewhere.models() == []
    assert len(elsewhere.scan()) == 3
    assert json.loads((tmp_path / "hearth" / FILE_NAME).read_text())["version"] == 1
