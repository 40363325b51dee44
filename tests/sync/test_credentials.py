"""Refresh tokens in the keyring, and a clear refusal when there is none."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from desk_app.sync.credentials import SERVICE, CredentialStore, MemoryKeyring, credential_key
from desk_app.sync.errors import CredentialsUnavailable


def test_tokens_are_kept_per_server_and_user(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    store.save("https://desk.example.org/", "sara", "token-1")
    store.save("https://other.example.org", "sara", "token-2")
    assert store.load("https://desk.example.org", "sara") == "token-1"
    assert store.load("https://other.example.org", "sara") == "token-2"
    assert (SERVICE, "https://desk.example.org|sara") in memory_keyring.secrets
    store.delete("https://desk.example.org", "sara")
    store.delete("https://desk.example.org", "sara")  # again: not an error
    assert store.load("https://desk.example.org", "sara") is None


def test_key_format() -> None:
    assert credential_key("https://desk.example.org/", "sara") == "https://desk.example.org|sara"


def test_no_keyring_is_a_typed_problem_and_never_a_file() -> None:
    keyring.set_keyring(fail.Keyring())
    store = CredentialStore()
    for call in (
        lambda: store.save("https://desk.example.org", "sara", "t"),
        lambda: store.load("https://desk.example.org", "sara"),
        lambda: store.delete("https://desk.example.org", "sara"),
    ):
        with pytest.raises(CredentialsUnavailable) as caught:
            call()
        assert caught.value.code == "no_keyring"


def test_the_memory_keyring_is_never_chosen_by_detection() -> None:
    assert MemoryKeyring.priority < fail.Keyring.priority
