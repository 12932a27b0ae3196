from __future__ import annotations

from keyring.backends.fail import Keyring as FailKeyring

from app.settings.secrets import ACCOUNT, SERVICE, TokenStore
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
