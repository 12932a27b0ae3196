from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring

from app.settings.secrets import ACCOUNT, API_ACCOUNT, API_TOKEN_FILE, SERVICE, TokenStore
from tests.fakes import MemoryKeyring


def test_token_goes_to_the_keyring() -> None:
    backend = MemoryKeyring()
    store = TokenStore(backend)
    assert store.persistent and "keyring" in store.notice
    store.set("  hf_abc  ")
    assert backend.secrets[(SERVICE, ACCOUNT)] == "hf_abc"
    assert TokenStore(backend).get() == "hf_abc"  # a later session finds it
    store.clear()
    assert store.get() is None and backend.secrets == {}
    store.clear()  # clearing twice is fine


def test_without_a_keyring_the_token_stays_in_memory() -> None:
    store = TokenStore(FailKeyring())
    assert not store.persistent
    assert "memory only" in store.notice
    store.set("hf_abc")
    assert store.get() == "hf_abc"
    assert TokenStore(FailKeyring()).get() is None  # gone with the session
    assert "fail" in store.backend_name


def test_a_keyring_that_breaks_later_falls_back() -> None:
    from keyring.errors import KeyringError

    class Broken(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise KeyringError("locked")

    store = TokenStore(Broken())
    store.set("hf_abc")
    assert not store.persistent and store.get() == "hf_abc"


def test_reads_from_another_thread_never_overlap_a_write() -> None:
    import threading
    import time

    class Watched(MemoryKeyring):
        inside = 0
        overlaps = 0

        def _enter(self) -> None:
            Watched.inside += 1
            Watched.overlaps += Watched.inside > 1
            time.sleep(0.0005)
            Watched.inside -= 1

        def get_password(self, service: str, username: str) -> str | None:
            self._enter()
            return super().get_password(service, username)

        def set_password(self, service: str, username: str, password: str) -> None:
            self._enter()
            super().set_password(service, username, password)

    store = TokenStore(Watched())
    seen: set[str | None] = set()

    def read() -> None:  # as the download thread does
        for _ in range(200):
            seen.add(store.get())

    reader = threading.Thread(target=read)
    reader.start()
    for i in range(200):  # as Settings does
        store.set(f"hf_{i % 2}")
    reader.join()
    assert Watched.overlaps == 0
    assert seen <= {None, "hf_0", "hf_1"}


# the local API's token without a keyring: a private file in the config folder

def api_store(folder: Path, backend: KeyringBackend | None = None) -> TokenStore:
    return TokenStore(backend or FailKeyring(), account=API_ACCOUNT,
                      fallback_file=folder / "config" / API_TOKEN_FILE)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_without_a_keyring_the_api_token_survives_a_restart_in_a_private_file(
        tmp_path: Path) -> None:
    store = api_store(tmp_path)
    assert store.where == "file" and store.persistent
    old_umask = os.umask(0)  # even a umask that lets everyone read new files
    try:
        token = store.get_or_create()
    finally:
        os.umask(old_umask)
    path = tmp_path / "config" / API_TOKEN_FILE
    assert store.file == path and str(path) in store.notice
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text(encoding="utf-8").strip() == token
    assert not list(path.parent.glob("*.tmp"))
    assert api_store(tmp_path).get_or_create() == token  # the next start: the same token


def test_a_keyring_that_works_keeps_the_api_token_and_no_file_is_written(
        tmp_path: Path) -> None:
    backend = MemoryKeyring()
    token = api_store(tmp_path, backend).get_or_create()
    assert backend.secrets == {(SERVICE, API_ACCOUNT): token}
    assert not (tmp_path / "config").exists()
    assert api_store(tmp_path, backend).where == "keyring"


def test_a_keyring_that_fails_with_any_error_falls_back_to_the_file(tmp_path: Path) -> None:
    class Dbus(MemoryKeyring):  # Secret Service raises D-Bus errors, not KeyringError
        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    store = api_store(tmp_path, Dbus())
    token = store.get_or_create()
    assert store.where == "file" and store.get() == token
    assert api_store(tmp_path, Dbus()).get() == token


def test_a_token_file_once_written_stays_in_use_when_a_keyring_appears(
        tmp_path: Path) -> None:
    token = api_store(tmp_path).get_or_create()
    later = api_store(tmp_path, MemoryKeyring())
    assert later.where == "file" and later.get_or_create() == token
    later.clear()  # forgetting it removes the file; a new one goes to the keyring
    assert not (tmp_path / "config" / API_TOKEN_FILE).exists() and later.where == "keyring"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_a_token_file_readable_by_others_is_made_private(tmp_path: Path) -> None:
    token = api_store(tmp_path).get_or_create()
    path = tmp_path / "config" / API_TOKEN_FILE
    path.chmod(0o644)
    assert api_store(tmp_path).get() == token
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="symbolic links and /dev/zero")
def test_a_token_file_that_is_a_link_is_never_followed(tmp_path: Path) -> None:
    path = tmp_path / "config" / API_TOKEN_FILE
    path.parent.mkdir()
    path.symlink_to("/dev/zero")
    store = api_store(tmp_path)
    assert store.get() is None  # not read until memory runs out
    token = store.get_or_create()  # the link is replaced by a private file
    assert not path.is_symlink() and path.read_text(encoding="utf-8").strip() == token


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="a read-only folder binds everyone but root")
def test_a_read_only_config_folder_keeps_the_token_in_memory(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config").chmod(0o500)
    try:
        store = api_store(tmp_path)
        token = store.get_or_create()
        assert store.where == "memory" and store.get() == token
    finally:
        (tmp_path / "config").chmod(0o700)


def test_the_hugging_face_token_never_crashes_without_a_keyring() -> None:
    class Hopeless(KeyringBackend):
        @property
        def priority(self) -> float:  # type: ignore[override]
            raise RuntimeError("no D-Bus session")

        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("no D-Bus session")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise RuntimeError("no D-Bus session")

        def delete_password(self, service: str, username: str) -> None:
            raise RuntimeError("no D-Bus session")

    store = TokenStore(Hopeless())
    assert store.where == "memory" and "memory only" in store.notice
    store.set("hf_abc")
    assert store.get() == "hf_abc"
    store.clear()
    assert store.get() is None


def test_a_keyring_that_cannot_be_chosen_is_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    def broken() -> KeyringBackend:
        raise RuntimeError("bad keyringrc.cfg")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    store = TokenStore()
    assert store.where == "memory"
    store.set("hf_abc")
    assert store.get() == "hf_abc"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_token_file_that_is_a_pipe_never_hangs(tmp_path: Path) -> None:
    path = tmp_path / "config" / API_TOKEN_FILE
    path.parent.mkdir()
    os.mkfifo(path)
    store = api_store(tmp_path)
    assert store.get() is None  # opened without O_NONBLOCK, it would wait for a writer forever
    token = store.get_or_create()
    assert stat.S_ISREG(path.stat().st_mode) and api_store(tmp_path).get() == token
