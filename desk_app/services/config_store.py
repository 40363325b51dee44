"""The desk's configuration documents: a branch's service levels, the
category catalogue, and whatever an administrator edits next.

Each document has a key ("service_levels/<branch id>", "catalogue"), a body
(plain JSON) and a version that counts its saves. With a server the server
owns the versions: an administrator's change goes there first, and the desk
keeps the server's copy after each sync (``keep_server_copy``). Without one
the desk saves locally (``save_local``), with the same check that the editor
started from the version in force, so two people editing at one desk cannot
overwrite each other unseen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import SyncState
from desk_app.services.audit import AuditKind, record
from desk_app.services.context import WriteContext

_PREFIX = "config:"
MAX_KEY = 64 - len(_PREFIX)


class StaleDocument(Exception):
    """The document was saved by someone else since the editor read it."""

    def __init__(self, key: str, version: int) -> None:
        super().__init__(f"{key} is at version {version}")
        self.key = key
        self.version = version


@dataclass(frozen=True)
class ConfigDocument:
    key: str
    version: int  # 0: never saved (the defaults are in force)
    body: dict[str, Any]


def load_document(session: Session, key: str) -> ConfigDocument | None:
    row = session.get(SyncState, _PREFIX + key)
    return None if row is None else _parse(key, row.value)


def load_documents(session: Session, keys: list[str]) -> dict[str, ConfigDocument]:
    """The stored documents among ``keys``, in one read."""
    rows = session.execute(
        select(SyncState.key, SyncState.value).where(
            SyncState.key.in_(sorted(_PREFIX + key for key in keys))
        )
    ).all()
    found = (_parse(key.removeprefix(_PREFIX), value) for key, value in rows)
    return {document.key: document for document in found if document is not None}


def documents(session: Session, prefix: str = "") -> list[ConfigDocument]:
    """Every stored document whose key starts with ``prefix``, by key."""
    rows = session.execute(
        select(SyncState.key, SyncState.value)
        .where(SyncState.key.startswith(_PREFIX + prefix, autoescape=True))
        .order_by(SyncState.key)
    ).all()
    found = (_parse(key.removeprefix(_PREFIX), value) for key, value in rows)
    return [document for document in found if document is not None]


def save_local(
    session: Session,
    ctx: WriteContext,
    key: str,
    body: dict[str, Any],
    *,
    base_version: int,
) -> ConfigDocument:
    """Keep ``body`` as the next version of ``key``, audited with before and
    after. The caller has validated ``body`` and checked the person's right."""
    _check_key(key)
    before = load_document(session, key)
    current = before.version if before is not None else 0
    if base_version != current:
        raise StaleDocument(key, current)
    saved = ConfigDocument(key, current + 1, body)
    _store(session, saved)
    record(
        session,
        ctx,
        AuditKind.CONFIG_CHANGED,
        subject=f"{key} v{saved.version}",
        detail={"before": before.body if before is not None else None, "after": body},
    )
    return saved


def keep_server_copy(session: Session, document: ConfigDocument) -> bool:
    """Keep the server's version of a document; True when it changed what the
    desk had (the caller then puts it into effect, e.g. recomputes clocks)."""
    _check_key(document.key)
    before = load_document(session, document.key)
    if before == document:
        return False
    _store(session, document)
    return True


def _store(session: Session, document: ConfigDocument) -> None:
    text = json.dumps(
        {"version": document.version, "body": document.body},
        ensure_ascii=False,
        sort_keys=True,
    )
    session.merge(SyncState(key=_PREFIX + document.key, value=text))


def _parse(key: str, text: str) -> ConfigDocument | None:
    try:
        data = json.loads(text)
        version, body = data["version"], data["body"]
    except (ValueError, TypeError, KeyError):
        return None  # a damaged copy: the defaults hold until a good one arrives
    if not isinstance(version, int) or not isinstance(body, dict):
        return None
    return ConfigDocument(key, version, body)


def _check_key(key: str) -> None:
    if not key or len(key) > MAX_KEY:
        raise ValueError(f"a configuration key has 1 to {MAX_KEY} characters: {key!r}")
