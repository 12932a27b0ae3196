"""`python -m app models …` as a user runs it: real processes, a local Hub, real files."""

from __future__ import annotations

import hashlib
import os
import signal
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.models.download import partial_path
from tests.ggufbytes import llama_header
from tests.hub_server import HubFile, HubState, running_hub

REPO = "hearth-test/big-model"
NAME = "big.Q4_K_M.gguf"


def cli(data_dir: Path, *args: str, env: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "models", *args, "--data-dir",
                           str(data_dir)], capture_output=True, text=True, timeout=timeout,
                          env=env or dict(os.environ), stdin=subprocess.DEVNULL)


@pytest.fixture
def hub() -> Iterator[tuple[str, HubState]]:
    state = HubState()
    with running_hub(state) as served:
        yield served


def test_kill_mid_download_then_resume_without_starting_over(
        tmp_path: Path, hub: tuple[str, HubState]) -> None:
    endpoint, state = hub
    data = os.urandom(6 * 1024 * 1024)
    state.files[f"{REPO}/{NAME}"] = HubFile(data, bytes_per_s=2 * 1024 * 1024)
    env = {**os.environ, "HF_ENDPOINT": endpoint}
    data_dir = tmp_path / "hearth"
    part = partial_path(data_dir / "models", NAME)
    child = subprocess.Popen([sys.executable, "-m", "app", "models", "download", REPO, NAME,
                              "--data-dir", str(data_dir)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if part.exists() and part.stat().st_size >= 2 * 1024 * 1024:
                break
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    kept = part.stat().st_size
    assert 2 * 1024 * 1024 <= kept < len(data)

    state.files[f"{REPO}/{NAME}"].bytes_per_s = None
    done = cli(data_dir, "download", REPO, NAME, env=env)
    assert done.returncode == 0, done.stderr
    target = data_dir / "models" / NAME
    assert hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(data).digest()
    resumed = [r[2] for r in state.requests if r[0] == "GET"][-1]
    assert resumed is not None and int(resumed.removeprefix("bytes=").rstrip("-")) >= kept - 1
    assert not part.exists()


def test_download_failure_exits_non_zero_with_a_message(tmp_path: Path,
                                                        hub: tuple[str, HubState]) -> None:
    endpoint, _ = hub
    done = cli(tmp_path, "download", REPO, "missing.gguf",
               env={**os.environ, "HF_ENDPOINT": endpoint})
    assert done.returncode == 1
    assert "404" in done.stderr and "Traceback" not in done.stderr
    assert cli(tmp_path, "download", "no-such-id").returncode == 1


def gguf_file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.gguf", b"", "empty"),
    ("magic.gguf", b"GGML" + b"\0" * 100, "not a GGUF"),
    ("version.gguf", b"GGUF" + struct.pack("<IQQ", 99, 1, 0), "version 99"),
    ("huge.gguf", b"GGUF" + struct.pack("<IQQ", 3, 2**50, 2**50), "hostile"),
    ("truncated.gguf", llama_header()[:50], "truncated"),
    ("vocab.gguf", llama_header(tensors=0), "only a vocabulary"),
    ("text.gguf", b"I am a text file\n" * 20, "not a GGUF"),
])
def test_bad_imports_are_refused_with_the_reason(tmp_path: Path, name: str, data: bytes,
                                                 reason: str) -> None:
    done = cli(tmp_path / "hearth", "import", str(gguf_file(tmp_path, name, data)))
    assert done.returncode == 1
    assert reason in done.stderr and "Traceback" not in done.stderr
    assert list((tmp_path / "hearth" / "models").iterdir()) == []


def test_an_unsupported_architecture_is_refused_by_the_child_probe(tmp_path: Path) -> None:
    from tests.tiny_models import write_tiny_model

    path = write_tiny_model(tmp_path / "alien.gguf", "llama", override_arch="alien9000")
    done = cli(tmp_path / "hearth", "import", str(path))
    assert done.returncode == 1, done.stdout
    assert "unsupported" in done.stderr or "alien9000" in done.stderr
    assert list((tmp_path / "hearth" / "models").iterdir()) == []


def test_import_list_verify_remove(tmp_path: Path, bundled_model_path: Path) -> None:
    data_dir = tmp_path / "hearth"
    source = tmp_path / "my-gemma.gguf"
    source.write_bytes(bundled_model_path.read_bytes())
    done = cli(data_dir, "import", str(source))
    assert done.returncode == 0, done.stderr
    listed = cli(data_dir, "list")
    assert "my-gemma.gguf" in listed.stdout and "gemma3" in listed.stdout
    assert "Fits" in listed.stdout
    verified = cli(data_dir, "verify")
    assert verified.returncode == 0 and "my-gemma.gguf: ok" in verified.stdout
    with (data_dir / "models" / "my-gemma.gguf").open("r+b") as damaged:
        damaged.seek(10_000_000)
        damaged.write(b"\xff" * 16)
    assert cli(data_dir, "verify").returncode == 1
    removed = cli(data_dir, "remove", "my-gemma.gguf")
    assert removed.returncode == 0
    assert list((data_dir / "models").iterdir()) == []


@pytest.mark.parametrize("form", ["before", "before=", "after"])
def test_global_options_work_before_the_command_as_in_git(tmp_path: Path, form: str) -> None:
    from tests.tiny_models import write_tiny_model

    data_dir = tmp_path / "hearth"
    source = write_tiny_model(tmp_path / "tiny-llama.gguf", "llama")
    where = {"before": ["--data-dir", str(data_dir), "models"],
             "before=": [f"--data-dir={data_dir}", "models"],
             "after": ["models"]}[form]
    tail = ["--data-dir", str(data_dir)] if form == "after" else []
    for args in (["import", str(source)], ["list"]):
        done = subprocess.run([sys.executable, "-m", "app", *where, *args, *tail],
                              capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)
        assert done.returncode == 0, done.stderr
    assert (data_dir / "models" / "tiny-llama.gguf").is_file()
    assert "tiny-llama.gguf" in done.stdout


def test_an_import_tries_the_template_once_and_says_why_it_is_not_used(
        tmp_path: Path) -> None:
    from tests.tiny_models import write_tiny_model

    loop = ("{% set r = range(100000) %}{% for i in r %}{% for j in r %}{% endfor %}"
            "{% endfor %}")
    source = write_tiny_model(tmp_path / "looping.gguf", "llama", chat_template=loop)
    started = time.monotonic()
    done = cli(tmp_path / "hearth", "import", str(source))
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < 30
    assert "note: The model's chat template did not finish within 1 s" in done.stdout
    assert (tmp_path / "hearth" / "models" / "looping.gguf").is_file()
