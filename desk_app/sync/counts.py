"""The counts the status bar shows, read from the local database.

Kept apart from the engine: a desk with no server still shows how many
changes wait, and reading that must not load the HTTP client and the
protocol models while the window is starting."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.models import OutboxOp, OutboxState, SyncConflict
from desk_app.models import SyncState as StateRow
from desk_app.sync.status import SyncState, SyncStatus

LAST_SYNC_KEY = "sync_last_synced_at"


def read_status(session: Session, state: SyncState, problem: str = "") -> SyncStatus:
    rows = session.execute(select(OutboxOp.state, func.count()).group_by(OutboxOp.state))
    counts = {state: int(count) for state, count in rows}
    conflicts = session.execute(
        select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
    ).scalar_one()
    return SyncStatus(
        state=state,
        last_synced_at=last_synced_at(session),
        pending=int(counts.get(OutboxState.PENDING.value, 0)),
        rejected=int(counts.get(OutboxState.REJECTED.value, 0)),
        conflicts=int(conflicts),
        problem=problem,
    )


def last_synced_at(session: Session) -> datetime | None:
    value = session.execute(select(StateRow.value).where(StateRow.key == LAST_SYNC_KEY)).scalar()
    return datetime.fromisoformat(value) if value else None
