"""Who works where: branches (offices), people and their queues."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import ID_LENGTH, Base, SyncedMixin


class Branch(SyncedMixin, Base):
    """An office. Its code prefixes every ticket number it issues."""

    __tablename__ = "branch"

    code: Mapped[str] = mapped_column(String(8), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_ar: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    time_zone: Mapped[str] = mapped_column(String(64), nullable=False, default="UTC")
    # ISO weekday numbers (Mon=1 … Sun=7), comma separated: "5,6" is Fri/Sat.
    weekend_days: Mapped[str] = mapped_column(String(20), nullable=False, default="5,6")


class User(SyncedMixin, Base):
    __tablename__ = "app_user"

    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    branch_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("branch.id"), nullable=True
    )
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class DeskGroup(SyncedMixin, Base):
    """A queue / support centre; it belongs to one tier."""

    __tablename__ = "desk_group"

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_ar: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    tier: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    branch_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("branch.id"), nullable=True
    )


class QueueMember(SyncedMixin, Base):
    """A person's membership of a queue: the queue's team. Synced, so every desk
    of the branch knows who may pick the queue's tickets. Its id is derived from
    the pair (services.teams), so two desks that add the same membership offline
    write one row, not two."""

    __tablename__ = "queue_member"

    user_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("app_user.id"), nullable=False, index=True
    )
    group_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("desk_group.id"), nullable=False, index=True
    )
