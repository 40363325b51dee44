"""The server's rules for a person's username and password, known to the desk
too, so a form says what is wrong before anything is sent (the server checks
them again: server.directory uses these)."""

from __future__ import annotations

import re

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,63}$")
MIN_PASSWORD_LENGTH = 8


def clean_username(username: str) -> str:
    """As the server keeps it: trimmed, case folded."""
    return username.strip().casefold()


def username_ok(username: str) -> bool:
    return bool(USERNAME.match(clean_username(username)))
