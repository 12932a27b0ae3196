"""What a killed import leaves behind: no orphaned probe (it ends with its parent), and a
`.importing` copy that the next start removes; and a truncated file named as such."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.models.installed import remove_stale_imports

ROOT = Path(__file__).resolve().parents[2]


def alive(pid: int) -> bool:
    """Running, and not a zombie waiting for a parent that will never reap it."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rpartition(")")[2].split()[0] != "Z"
    except FileNotFoundError:
        return False
    except OSError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_for(condition: object, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def start_parent(script: str, tmp_path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True,
                            env={**os.environ, "HEARTH_TEST_TMP": str(tmp_path)})


# The parent runs the real probe_in_child (its pipe and environment); the child runs the
# real end_with_parent, then stays busy far longer than the test waits, as llama.cpp
# reading a huge or hostile file would.
PROBING_PARENT = """
    import os, sys
    from pathlib import Path
    import app.models.installed as installed

    tmp = Path(os.environ["HEARTH_TEST_TMP"])
    child = (
        "import os, time, pathlib\\n"
        "from app.engine.probe import end_with_parent\\n"
        "end_with_parent(use_prctl={use_prctl})\\n"
        f"pathlib.Path({{str(tmp / 'child.pid')!r}}).write_text(str(os.getpid()))\\n"
        "time.sleep(60)\\n"
    )
    installed.probe_command = lambda path: [sys.executable, "-c", child]
    installed.probe_in_child(tmp / "model.gguf", timeout_s=120)
"""


@pytest.mark.skipif(os.name == "nt", reason="kill -9 and /proc")
@pytest.mark.parametrize("use_prctl", [True, False], ids=["prctl", "stdin-watchdog"])
def test_the_probe_ends_when_its_parent_is_killed(tmp_path: Path, use_prctl: bool) -> None:
    parent = start_parent(PROBING_PARENT.format(use_prctl=use_prctl), tmp_path)
    pid_file = tmp_path / "child.pid"
    try:
        assert wait_for(lambda: pid_file.exists() and pid_file.read_text(), 30)
        child = int(pid_file.read_text())
        assert alive(child)
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        started = time.monotonic()
        assert wait_for(lambda: not alive(child), 5), "the probe outlived its parent"
        print(f"probe ended {time.monotonic() - started:.2f} s after its parent")
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if pid_file.exists() and alive(int(pid_file.read_text())):
            os.kill(int(pid_file.read_text()), signal.SIGKILL)


def test_the_probe_started_by_hand_is_not_watched(tmp_path: Path) -> None:
    """Without the parent's pid (python -m app --probe-model FILE from a terminal), the
    probe does not read stdin or end early."""
    done = subprocess.run([sys.executable, "-c",
                           "from app.engine.probe import end_with_parent\n"
                           "end_with_parent()\nimport time; time.sleep(0.5); print('done')"],
                          cwd=ROOT, input="", capture_output=True, text=True, timeout=60,
                          env={k: v for k, v in os.environ.items()
                               if k != "HEARTH_PROBE_PARENT_PID"})
    assert done.returncode == 0 and done.stdout.strip() == "done"


@pytest.mark.real_model
def test_the_real_probe_still_answers_through_its_watched_pipe(bundled_model_path: Path) -> None:
    from app.models.installed import probe_in_child

    report = probe_in_child(bundled_model_path, timeout_s=120)
    assert report.n_vocab > 1000


# A real import of the bundled model (the real probe first), copying slowly, killed midway
IMPORTING_PARENT = """
    import os, sys, time
    from pathlib import Path
    from app.models.installed import import_model

    tmp = Path(os.environ["HEARTH_TEST_TMP"])

    def slowly(done, total):
        print("copying", done, flush=True)
        time.sleep(30)

    import_model(Path(sys.argv[1]), tmp / "models", progress=slowly)
"""


@pytest.mark.real_model
@pytest.mark.skipif(os.name == "nt", reason="kill -9")
def test_a_killed_imports_copy_is_removed_at_the_next_start(tmp_path: Path,
                                                            bundled_model_path: Path) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(IMPORTING_PARENT), str(bundled_model_path)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "HEARTH_TEST_TMP": str(tmp_path)})
    try:
        assert parent.stdout is not None
        assert parent.stdout.readline().startswith("copying")
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if parent.stdout is not None:
            parent.stdout.close()
    models = tmp_path / "models"
    partial = models / f"{bundled_model_path.name}.importing"
    assert partial.stat().st_size > 0  # what the kill left
    assert remove_stale_imports(models, min_age_s=0) == [partial]
    assert list(models.iterdir()) == []


def test_stale_imports_are_removed_and_nothing_else(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    stale = models / "a.gguf.importing"
    stale.write_bytes(b"\0" * 4096)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    live = models / "b.gguf.importing"  # written to a moment ago: another instance's
    live.write_bytes(b"\0" * 16)
    kept = [models / "c.gguf", models / "c.gguf.verified.json", models / "d.gguf.part"]
    for path in kept:
        path.write_bytes(b"x")
        os.utime(path, (old, old))
    assert remove_stale_imports(models) == [stale]
    assert sorted(models.iterdir()) == sorted([live, *kept])
    assert remove_stale_imports(tmp_path / "missing") == []


@pytest.mark.real_model
def test_importing_a_truncated_model_says_it_is_truncated(tmp_path: Path,
                                                          bundled_model_path: Path) -> None:
    cut = tmp_path / "gemma-cut.gguf"
    with bundled_model_path.open("rb") as source, cut.open("wb") as target:
        target.write(source.read(50_000_000))
    done = subprocess.run([sys.executable, "-m", "app", "models", "import", str(cut),
                           "--data-dir", str(tmp_path / "hearth")], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert "truncated: it ends at 50 MB; its header says 253 MB" in done.stderr
    assert "architecture" not in done.stderr and "Traceback" not in done.stderr


def test_the_probe_names_a_file_cut_inside_its_tensor_list(tmp_path: Path) -> None:
    from tests.tiny_models import write_tiny_model

    path = write_tiny_model(tmp_path / "tiny.gguf", "llama")
    data = path.read_bytes()
    path.write_bytes(data[:data.index(b"token_embd.weight") + 4])
    done = subprocess.run([sys.executable, "-m", "app", "--probe-model", str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert done.returncode == 1 and "truncated" in answer["error"]
    assert "architecture" not in answer["error"]
