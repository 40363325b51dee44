"""The audit log only grows; the rights table in use survives a bad copy."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, update
from sqlalchemy.exc import DatabaseError

from desk_app.models import AuditEntry, Role, SyncState
from desk_app.services.audit import AuditKind, entries, record
from desk_app.services.context import WriteContext
from desk_app.services.permissions import Right, RightsTable, RightsTableError
from desk_app.services.rights_store import RIGHTS_KEY, load_rights, save_rights
from desk_app.storage.db import Database


def test_the_audit_log_refuses_to_forget_or_rewrite(db: Database, ctx: WriteContext) -> None:
    with db.writing() as session:
        entry_id = record(session, ctx, AuditKind.SIGN_IN, "agent", {"how": "pin"})
    with db.writing() as session:
        session.execute(update(AuditEntry).values(uploaded_at=ctx.now()))  # allowed
    for change in (
        delete(AuditEntry),
        update(AuditEntry).values(kind="sign_out"),
        update(AuditEntry).values(detail="{}"),
    ):
        with pytest.raises(DatabaseError, match="append-only"), db.writing() as session:
            session.execute(change)
    with db.reading() as session:
        (kept,) = entries(session)
        assert kept.id == entry_id and kept.kind == "sign_in" and kept.uploaded_at is not None
        assert entries(session, kinds=frozenset({"refused"})) == []


def test_rights_saved_are_versioned_and_audited(db: Database, ctx: WriteContext) -> None:
    with db.reading() as session:
        assert load_rights(session) == RightsTable.sfia()
    narrower = dict(RightsTable.sfia().grants)
    narrower[Role.AGENT] = frozenset({Right.TAKE_CALLS})
    with db.writing() as session:
        saved = save_rights(session, ctx, RightsTable(narrower))
    with db.reading() as session:
        assert load_rights(session) == saved and saved.version == 1
        (audited,) = entries(session, kinds=frozenset({AuditKind.RIGHTS_CHANGED.value}))
        detail = json.loads(audited.detail)
        assert (detail["before"]["version"], detail["after"]["version"]) == (0, 1)
    with db.writing() as session, pytest.raises(RightsTableError):
        save_rights(session, ctx, RightsTable({Role.ADMIN: frozenset()}))
    with db.writing() as session:
        session.merge(SyncState(key=RIGHTS_KEY, value="not json"))
    with db.reading() as session:
        assert load_rights(session) == RightsTable.sfia()
