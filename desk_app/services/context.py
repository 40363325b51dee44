"""Who is writing, from which replica, at what (hybrid) time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import SyncState
from desk_app.services.hlc import HybridLogicalClock, Timestamp
from desk_app.services.ids import new_id

CLIENT_ID_KEY = "client_id"
LAST_HLC_KEY = "last_hlc"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Actor:
    user_id: str | None
    name: str


@dataclass
class WriteContext:
    """Everything a write needs besides its data. One per open database."""

    client_id: str
    clock: HybridLogicalClock
    actor: Actor
    branch_id: str
    number_prefix: str
    phone_region: str = "SA"
    now: Callable[[], datetime] = field(default=utc_now)

    def stamp(self, session: Session) -> str:
        """Next HLC timestamp, persisted in the same transaction as the write so
        the clock never runs backwards across restarts, whatever the wall clock does."""
        encoded = self.clock.now().encode()
        session.merge(SyncState(key=LAST_HLC_KEY, value=encoded))
        return encoded

    def wall_ms(self) -> int:
        """This desk's wall time in milliseconds: the later of the clock's wall
        source and ``now`` (both come from the workstation's clock)."""
        return max(self.clock.wall_ms(), int(self.now().timestamp() * 1000))

    def rewind_clock(self, session: Session, floor: Timestamp) -> Timestamp:
        """Move the HLC back to the later of the wall clock and ``floor``, and
        persist it with the caller's transaction (see HybridLogicalClock.rewind:
        the caller answers for it being safe)."""
        last = self.clock.rewind(floor)
        session.merge(SyncState(key=LAST_HLC_KEY, value=last.encode()))
        return last


def load_replica_identity(session: Session) -> tuple[str, Timestamp | None]:
    """This database's client id (created on first use) and its last HLC."""
    values = {key: value for key, value in session.execute(select(SyncState.key, SyncState.value))}
    client_id = values.get(CLIENT_ID_KEY)
    if client_id is None:
        client_id = new_id()
        session.add(SyncState(key=CLIENT_ID_KEY, value=client_id))
    last = values.get(LAST_HLC_KEY)
    return client_id, Timestamp.decode(last) if last else None
