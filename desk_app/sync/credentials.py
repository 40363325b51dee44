"""The device's refresh token, kept in the operating system's keyring.

Service "maktab", key "<server url>|<username>" (docs/sync-protocol.md). With
no usable keyring the desk says so and stays offline: there is deliberately no
plain-text file fallback, since a refresh token on disk is a standing sign-in
for anyone who copies the file.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from desk_app.sync.errors import CredentialsUnavailable

SERVICE = "maktab"


def credential_key(server_url: str, username: str) -> str:
    return f"{server_url.rstrip('/')}|{username}"


class CredentialStore:
    """Reads and writes refresh tokens through whichever keyring backend the
    ``keyring`` package has chosen (or a test has installed)."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def save(self, server_url: str, username: str, refresh_token: str) -> None:
        try:
            keyring.set_password(self.service, credential_key(server_url, username), refresh_token)
        except keyring.errors.KeyringError as error:  # NoKeyringError is one of these
            raise CredentialsUnavailable("no_keyring", str(error)) from error

    def load(self, server_url: str, username: str) -> str | None:
        try:
            return keyring.get_password(self.service, credential_key(server_url, username))
        except keyring.errors.KeyringError as error:
            raise CredentialsUnavailable("no_keyring", str(error)) from error

    def delete(self, server_url: str, username: str) -> None:
        """Forget the token; forgetting one that is not there is not an error."""
        try:
            keyring.delete_password(self.service, credential_key(server_url, username))
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as error:
            raise CredentialsUnavailable("no_keyring", str(error)) from error


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only, for tests
    (``keyring.set_keyring(MemoryKeyring())``). Its negative priority keeps
    keyring's own detection from ever choosing it for the app."""

    priority = -1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")
