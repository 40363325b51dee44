"""Declarative base and the columns every synchronised table carries.

Rules (DESIGN.md §2): ids are UUIDv7 text generated on the client, every row has
a hybrid-logical-clock ``updated_at``, a ``version`` and the client that last
wrote it, and deletes are tombstones (``deleted_at``), never SQL DELETE.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# A naming convention makes Alembic batch migrations on SQLite reproducible.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID_LENGTH = 36  # canonical UUID text
# Column info of columns that never leave their database (a local key, values
# derived on each replica): sync, outbox payloads and the server skip them.
LOCAL_ONLY = {"local": True}
# An encoded HLC: 15-digit milliseconds, 5-digit counter, the node (a client id),
# so up to 58 characters; the protocol allows 60.
HLC_LENGTH = 60


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and gives them back aware.

    SQLite has no time zone type; keeping everything in UTC in the database and
    converting only for display is what lets branches in different zones agree.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncedMixin:
    """Columns that make a row mergeable across offline replicas."""

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    # Hybrid logical clock, encoded so that string order is causal order.
    updated_at: Mapped[str] = mapped_column(String(HLC_LENGTH), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    origin_client_id: Mapped[str] = mapped_column(String(ID_LENGTH), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
