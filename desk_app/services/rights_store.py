"""Where the desk keeps the rights table in use: the server's copy when it
sent one, else the organisation's local change, else the SFIA defaults."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from desk_app.models import SyncState
from desk_app.services.audit import AuditKind, record
from desk_app.services.context import WriteContext
from desk_app.services.permissions import RightsTable, RightsTableError

RIGHTS_KEY = "rights_table"


def load_rights(session: Session) -> RightsTable:
    stored = session.get(SyncState, RIGHTS_KEY)
    if stored is None:
        return RightsTable.sfia()
    try:
        return RightsTable.from_json(stored.value)
    except RightsTableError:
        # A damaged copy must not lock the desk: the defaults hold until the
        # server (or an administrator) writes a good one.
        return RightsTable.sfia()


def save_rights(session: Session, ctx: WriteContext, table: RightsTable) -> RightsTable:
    """Keep ``table`` as the next version, audited with before and after.
    The caller checks the person may edit rights."""
    table.validate()
    before = load_rights(session)
    saved = RightsTable(table.grants, before.version + 1)
    session.merge(SyncState(key=RIGHTS_KEY, value=saved.to_json()))
    record(
        session,
        ctx,
        AuditKind.RIGHTS_CHANGED,
        subject=f"v{saved.version}",
        detail={"before": json.loads(before.to_json()), "after": json.loads(saved.to_json())},
    )
    return saved
