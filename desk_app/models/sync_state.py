"""Local bookkeeping for synchronisation: the outbox and small key/value state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import ID_LENGTH, Base, UtcDateTime


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
    hlc: Mapped[str] = mapped_column(String(40), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default="pending")
    error: Mapped[str] = mapped_column(Text, nullable=False, default="")


class SyncState(Base):
    """Small durable facts: this client's id, the last HLC issued, pull cursors."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
