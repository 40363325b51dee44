"""Identifiers generated on the client: UUIDv7, time-ordered, never colliding."""

from __future__ import annotations

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())
