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
