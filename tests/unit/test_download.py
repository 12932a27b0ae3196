"""The downloader against a local Hub server: real HTTP on loopback."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import UserError
from app.models.download import (
    Downloader,
    DownloadSpec,
    DownloadStopped,
    GatedModelError,
    partial_path,
    pending_downloads,
    read_sidecar,
    sidecar_path,
)
from app.models.verified import recorded_sha256
from tests.hub_server import HubFile, HubState, running_hub

REPO = "hearth-test/tiny-model"
NAME = "tiny.Q4_K_M.gguf"
DATA = os.urandom(3 * 1024 * 1024 + 123)
SPEC = DownloadSpec(REPO, NAME)


@pytest.fixture
def hub() -> Iterator[tuple[str, HubState]]:
    state = HubState()
    state.files[f"{REPO}/{NAME}"] = HubFile(DATA)
    with running_hub(state) as served:
        yield served


def downloader(models: Path, endpoint: str, **kwargs: object) -> Downloader:
    return Downloader(models, endpoint=endpoint, retry_delays=(0, 0, 0),  # type: ignore[arg-type]
                      **kwargs)


def test_full_download_is_verified_and_recorded(tmp_path: Path,
                                                hub: tuple[str, HubState]) -> None:
    endpoint, _ = hub
    seen: list[int] = []
    target = downloader(tmp_path, endpoint).download(SPEC, progress=lambda p: seen.append(p.done))
    assert target == tmp_path / NAME and target.read_bytes() == DATA
    assert seen[-1] == len(DATA) and seen == sorted(seen)
    assert recorded_sha256(target) == hashlib.sha256(DATA).hexdigest()
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME, NAME + ".verified.json"]


def test_a_dropped_connection_resumes_with_range(tmp_path: Path,
                                                 hub: tuple[str, HubState]) -> None:
    endpoint, state = hub
    state.files[f"{REPO}/{NAME}"].drop_after = 1024 * 1024
    target = downloader(tmp_path, endpoint).download(SPEC)
    assert target.read_bytes() == DATA
    ranges = [r[2] for r in state.requests if r[0] == "GET"]
    assert ranges[0] is None and ranges[1] is not None and ranges[1].startswith("bytes=")
    assert int(ranges[1].removeprefix("bytes=").rstrip("-")) >= 1024 * 1024 - 64 * 1024


def test_pause_keeps_progress_and_resume_continues(tmp_path: Path,
                                                   hub: tuple[str, HubState]) -> None:
    endpoint, state = hub
    received = [0]

    def pause_after_a_megabyte() -> str | None:
        return "pause" if received[0] >= 1024 * 1024 else None

    with pytest.raises(DownloadStopped) as stopped:
        downloader(tmp_path, endpoint).download(
            SPEC, progress=lambda p: received.__setitem__(0, p.done),
            should_stop=pause_after_a_megabyte)
    assert not stopped.value.cancelled
    kept = partial_path(tmp_path, NAME).stat().st_size
    assert kept >= 1024 * 1024
    assert [s.filename for s in pending_downloads(tmp_path)] == [NAME]
    target = downloader(tmp_path, endpoint).download(SPEC)
    assert target.read_bytes() == DATA
    assert state.requests[-1][2] == f"bytes={kept}-"


def test_a_server_that_ignores_range_makes_a_clean_restart(tmp_path: Path,
                                                           hub: tuple[str, HubState]) -> None:
    endpoint, state = hub
    with pytest.raises(DownloadStopped):
        downloader(tmp_path, endpoint).download(SPEC, should_stop=lambda: "pause")
    partial_path(tmp_path, NAME).write_bytes(DATA[:500_000])
    state.files[f"{REPO}/{NAME}"].ignore_range = True
    target = downloader(tmp_path, endpoint).download(SPEC)
    assert target.read_bytes() == DATA


def test_corruption_is_detected_and_the_file_removed(tmp_path: Path,
                                                     hub: tuple[str, HubState]) -> None:
    endpoint, state = hub
    state.files[f"{REPO}/{NAME}"].wrong_bytes = True
    with pytest.raises(UserError, match="damaged"):
        downloader(tmp_path, endpoint).download(SPEC)
    assert list(tmp_path.iterdir()) == []


def test_a_catalog_hash_that_differs_from_the_hub_is_refused_naming_both(
        tmp_path: Path, hub: tuple[str, HubState]) -> None:
    endpoint, _ = hub
    hub_sha = hashlib.sha256(DATA).hexdigest()
    with pytest.raises(UserError) as refused:
        downloader(tmp_path, endpoint).download(DownloadSpec(REPO, NAME, sha256="ab" * 32))
    assert "ab" * 32 in str(refused.value) and hub_sha in str(refused.value)
    assert [r[0] for r in hub[1].requests] == ["HEAD"]  # refused before any byte came
    assert list(tmp_path.iterdir()) == []


def test_a_catalog_size_that_differs_from_the_hub_is_refused_naming_both(
        tmp_path: Path, hub: tuple[str, HubState]) -> None:
    endpoint, _ = hub
    with pytest.raises(UserError) as refused:
        downloader(tmp_path, endpoint).download(DownloadSpec(REPO, NAME, size=len(DATA) + 1))
    assert f"{len(DATA) + 1:,}" in str(refused.value) and f"{len(DATA):,}" in str(refused.value)


def test_a_pinned_catalog_download_passes_its_revision_hash_and_size(
        tmp_path: Path, hub: tuple[str, HubState]) -> None:
    endpoint, _ = hub
    spec = DownloadSpec(REPO, NAME, sha256=hashlib.sha256(DATA).hexdigest(), size=len(DATA))
    assert downloader(tmp_path, endpoint).download(spec).read_bytes() == DATA


def test_a_server_that_drops_twenty_times_in_one_file_still_completes(
        tmp_path: Path, hub: tuple[str, HubState]) -> None:
    endpoint, state = hub
    hub_file = state.files[f"{REPO}/{NAME}"]
    hub_file.drop_after, hub_file.drops = len(DATA) // 25, 20
    waits: list[float] = []
    target = Downloader(tmp_path, endpoint=endpoint, retry_delays=(0.01, 0.02, 0.04),
                        sleep=waits.append).download(SPEC)
    assert target.read_bytes() == DATA
    gets = [r for r in state.requests if r[0] == "GET"]
    assert len(gets) == 21 and hub_file.drops == 0
    assert max(waits) <= 0.01  # every resume made progress, so the backoff never grew


def test_a_server_that_sends_nothing_gives_up_after_the_retries(
        tmp_path: Path, hub: tuple[str, HubState]) -> None:
    endpoint, state = hub
    hub_file = state.files[f"{REPO}/{NAME}"]
    hub_file.drop_after, hub_file.drops = 0, 100
    with pytest.raises(UserError, match="keeps failing"):
        Downloader(tmp_path, endpoint=endpoint, retry_delays=(0, 0, 0),
                   sleep=lambda _s: None).download(SPEC)
    assert len([r for r in state.requests if r[0] == "GET"]) == 4  # 1 + 3 retries


def test_stopping_during_a_backoff_answers_at_once(tmp_path: Path,
                                                   hub: tuple[str, HubState]) -> None:
    endpoint, state = hub
    hub_file = state.files[f"{REPO}/{NAME}"]
    hub_file.drop_after, hub_file.drops = 0, 100
    started = time.monotonic()
    with pytest.raises(DownloadStopped):
        Downloader(tmp_path, endpoint=endpoint, retry_delays=(30,)).download(
            SPEC, should_stop=lambda: "pause" if time.monotonic() - started > 0.3 else None)
    assert time.monotonic() - started < 2


def test_cancel_leaves_nothing_behind(tmp_path: Path, hub: tuple[str, HubState]) -> None:
    endpoint, _ = hub
    calls = [0]

    def cancel_soon() -> str | None:
        calls[0] += 1
        return "cancel" if calls[0] > 1 else None

    with pytest.raises(DownloadStopped) as stopped:
        downloader(tmp_path, endpoint).download(SPEC, should_stop=cancel_soon)
    assert stopped.value.cancelled
    assert list(tmp_path.iterdir()) == []


def test_low_disk_space_is_refused_before_starting(tmp_path: Path,
                                                   hub: tuple[str, HubState]) -> None:
    endpoint, state = hub
    with pytest.raises(UserError, match=r"need 0\.3 GB, 0\.0 GB free"):
        downloader(tmp_path, endpoint, free_space=lambda _: 1000).download(SPEC)
    assert [r[0] for r in state.requests] == ["HEAD"]
    assert list(tmp_path.iterdir()) == []


def test_gated_model_needs_a_token(tmp_path: Path, hub: tuple[str, HubState]) -> None:
    endpoint, state = hub
    state.files[f"{REPO}/{NAME}"].gated_token = "hf_secret_token_123"
    with pytest.raises(GatedModelError) as refused:
        downloader(tmp_path, endpoint).download(SPEC)
    assert f"{endpoint}/{REPO}" in str(refused.value)
    with pytest.raises(GatedModelError, match="403"):
        downloader(tmp_path, endpoint, token=lambda: "hf_wrong").download(SPEC)
    target = downloader(tmp_path, endpoint, token=lambda: "hf_secret_token_123").download(SPEC)
    assert target.read_bytes() == DATA
    for path in tmp_path.rglob("*"):
        assert b"hf_secret_token_123" not in path.read_bytes()


def test_redirect_to_a_cdn_is_followed(tmp_path: Path, hub: tuple[str, HubState]) -> None:
    endpoint, state = hub
    state.files[f"{REPO}/{NAME}"].redirect = True
    state.files[f"{REPO}/{NAME}"].drop_after = 500_000
    target = downloader(tmp_path, endpoint).download(SPEC)
    assert target.read_bytes() == DATA
    assert any("/cdn/" in r[1] for r in state.requests)


def test_missing_file_is_a_clear_error(tmp_path: Path, hub: tuple[str, HubState]) -> None:
    endpoint, _ = hub
    with pytest.raises(UserError, match="404"):
        downloader(tmp_path, endpoint).download(DownloadSpec(REPO, "nope.gguf"))


def test_unreachable_hub_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Could not reach"):
        downloader(tmp_path, "http://127.0.0.1:9").download(SPEC)


def test_the_sidecar_records_what_the_bytes_belong_to(tmp_path: Path,
                                                      hub: tuple[str, HubState]) -> None:
    endpoint, _ = hub
    with pytest.raises(DownloadStopped):
        downloader(tmp_path, endpoint).download(SPEC, should_stop=lambda: "pause")
    sidecar = read_sidecar(tmp_path, NAME)
    assert sidecar is not None
    assert (sidecar.size, sidecar.sha256, sidecar.repo_id) == (
        len(DATA), hashlib.sha256(DATA).hexdigest(), REPO)
    assert json.loads(sidecar_path(tmp_path, NAME).read_text())["commit"]
