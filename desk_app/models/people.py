"""Desk-local records about people: PINs of a desk with no server, and the
audit log. Neither is a synced row: a PIN never leaves the workstation, and
the audit log only travels upward (uploaded_at), never merged."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import ID_LENGTH, Base, UtcDateTime


class LocalSecret(Base):
    """A local person's PIN (argon2id hash) and the count of failed tries."""

    __tablename__ = "local_secret"

    user_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("app_user.id"), primary_key=True
    )
    pin_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class AuditEntry(Base):
    """One audited event: append-only (a trigger refuses UPDATE of its facts
    and every DELETE), uploaded to the server when there is one."""

    __tablename__ = "audit_log"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False, index=True)
    actor_id: Mapped[str | None] = mapped_column(String(ID_LENGTH), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    branch_id: Mapped[str | None] = mapped_column(String(ID_LENGTH), nullable=True)
    # What happened (services.audit.AuditKind) and to what (an id or a name).
    kind: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    subject: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # JSON: before and after of a change, the reason of a refusal …
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    uploaded_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
