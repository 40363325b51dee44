"""Local bookkeeping for synchronisation: the outbox and small key/value state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import HLC_LENGTH, ID_LENGTH, Base, UtcDateTime


class OutboxOp(Base):
    """One local change waiting to be pushed, written in the same transaction
    as the change itself. ``client_seq`` is the push order."""

    __tablename__ = "outbox_op"
    # AUTOINCREMENT: sequence numbers are never reused after pushed ops are
    # deleted, so client_seq stays monotonic for the life of the replica.
    __table_args__ = (
        Index("ix_outbox_op_state_seq", "state", "client_seq"),
        {"sqlite_autoincrement": True},
    )

    client_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(ID_LENGTH), unique=True, nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(ID_LENGTH), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    # JSON: {"field": {"old": …, "new": …}, …} plus the base version it was made on.
    payload: Mapped[str] = mapped_column(Text, nullable=False)
    base_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    hlc: Mapped[str] = mapped_column(String(HLC_LENGTH), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default="pending")
    error: Mapped[str] = mapped_column(Text, nullable=False, default="")


class SyncState(Base):
    """Small durable facts: this client's id, the last HLC issued, pull cursors."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class SyncConflict(Base):
    """A field changed here and elsewhere since the version this desk's edit was
    based on. The server chose one value (the later writer by HLC); the other is
    kept here until a person has looked at it and chosen."""

    __tablename__ = "sync_conflict"
    __table_args__ = (
        Index("ix_sync_conflict_resolved_created", "resolved_at", "created_at"),
        Index("ix_sync_conflict_entity_id", "entity_id"),
    )

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    op_id: Mapped[str] = mapped_column(String(ID_LENGTH), nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(ID_LENGTH), nullable=False)
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    # Both values as JSON scalars, exactly as they travelled.
    mine: Mapped[str] = mapped_column(Text, nullable=False)
    theirs: Mapped[str] = mapped_column(Text, nullable=False)
    mine_hlc: Mapped[str] = mapped_column(String(HLC_LENGTH), nullable=False, default="")
    theirs_hlc: Mapped[str] = mapped_column(String(HLC_LENGTH), nullable=False, default="")
    kept: Mapped[str] = mapped_column(String(10), nullable=False)  # "mine" / "theirs"
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    resolution: Mapped[str] = mapped_column(String(10), nullable=False, default="")


class ParkedChange(Base):
    """A pulled row whose referenced rows (its customer, queue …) have not
    arrived yet: pages follow the server's change order, not reference order.
    Kept with the page that brought it and applied as soon as they are here."""

    __tablename__ = "sync_parked_change"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    change: Mapped[str] = mapped_column(Text, nullable=False)  # the protocol Change, as JSON
    waiting_for: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ResyncSeen(Base):
    """Rows a full re-download has brought so far. A resync starts when the
    server has purged tombstones this desk never saw; whatever the complete
    download did not bring is gone on the server and is tombstoned here. Kept
    in the database (not in memory) so a resync interrupted by a crash resumes
    with what its committed pages brought."""

    __tablename__ = "sync_resync_seen"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
