"""Text a person typed (or a program sent) on its way into the server's
database or onto an administrator's terminal.

Control characters (Unicode category Cc: NUL, ESC, the C1 set …) have no
place in a name: PostgreSQL refuses NUL outright, and an escape sequence in a
device name would be obeyed by the terminal of whoever lists devices.
"""

from __future__ import annotations

import unicodedata


def is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc"


def has_control_characters(text: str) -> bool:
    return any(is_control(char) for char in text)


def without_control_characters(text: str) -> str:
    """``text`` with each run of control characters and spaces made one space."""
    cleaned = "".join(" " if is_control(char) else char for char in text)
    return " ".join(cleaned.split())


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: control characters and bidi
    overrides (category Cf: they reorder what follows them) are shown as
    escapes, e.g. ``\\x1b``, ``\\u202e``; everything else is kept as it is."""
    return "".join(
        char.encode("unicode_escape").decode("ascii")
        if unicodedata.category(char) in ("Cc", "Cf")
        else char
        for char in text
    )
