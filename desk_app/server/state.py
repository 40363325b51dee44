"""The server's durable facts and its clock. Nothing here is kept in the
process: every request reads what it needs from the database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select, update

from desk_app.server.schema import (
    DATABASE_ID,
    PURGED_THROUGH_SEQ,
    RETENTION_EPOCH,
    server_state,
)
from desk_app.services.hlc import HybridLogicalClock, Timestamp


@dataclass(frozen=True)
class ServerState:
    database_id: str  # also the server's HLC node id
    retention_epoch: int  # bumped by every purge of old tombstones
    purged_through_seq: int  # the highest change-log seq a purge removed


def read_state(conn: Connection) -> ServerState:
    rows = {
        key: value for key, value in conn.execute(select(server_state.c.key, server_state.c.value))
    }
    return ServerState(
        database_id=rows[DATABASE_ID],
        retention_epoch=int(rows[RETENTION_EPOCH]),
        purged_through_seq=int(rows[PURGED_THROUGH_SEQ]),
    )


def write_state(conn: Connection, key: str, value: str) -> None:
    conn.execute(update(server_state).where(server_state.c.key == key).values(value=value))


def clock_after(node: str, seen: Iterable[str]) -> HybridLogicalClock:
    """A clock for this request: the wall clock, moved past every HLC the
    request carries. Workers share no clock; they need not, because clients
    also observe the HLC of every row they pull."""
    clock = HybridLogicalClock(node)
    latest = max(seen, default=None)
    if latest is not None:
        clock.observe(Timestamp.decode(latest))
    return clock
