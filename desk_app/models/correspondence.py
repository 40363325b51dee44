"""The letter register and the files attached to tickets and letters (issue 15).

Every letter, fax and e-mail that comes in or goes out, and every internal
memo, is one ``register_entry``: a synced row of its branch, written on any
desk and carried by the outbox like a ticket. Its reference
(``RYD-2026-L000123``) is allocated on the desk from the station's own series,
so two offline desks never hand out the same one.

A reply is a row too: an outgoing entry names the incoming one it answers in
``in_reply_to_id``. Whether an incoming item is still waiting is derived from
the existence of such a reply, never kept as a flag on the incoming row, so
two desks that reply offline do not overwrite each other and the register
merges by union, like the journal.

An attachment row is the metadata of a file (its sha256, size, type, name);
the bytes live outside the database, content-addressed under the desk's data
directory, and travel on demand (services.attachments).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import ID_LENGTH, LOCAL_ONLY, Base, SyncedMixin, UtcDateTime

REFERENCE_MAX = 40
SUBJECT_MAX = 300
LETTER_BODY_MAX = 64_000
ADDRESSEE_MAX = 300
THEIR_REFERENCE_MAX = 100
FILE_NAME_MAX = 255
MEDIA_TYPE_MAX = 100
SHA256_LENGTH = 64


class RegisterEntry(SyncedMixin, Base):
    __tablename__ = "register_entry"
    __table_args__ = (
        Index("ix_register_entry_branch_at", "branch_id", "at"),
        Index("ix_register_entry_ticket", "ticket_id"),
        Index("ix_register_entry_customer", "customer_id"),
        Index("ix_register_entry_reference", "reference"),
        Index("ix_register_entry_in_reply_to", "in_reply_to_id"),
        # "Replies due" walks the incoming items that wait, by due time.
        Index(
            "ix_register_entry_awaiting",
            "reply_due_at",
            sqlite_where=text("awaiting_reply = 1"),
        ),
    )

    reference: Mapped[str] = mapped_column(String(REFERENCE_MAX), nullable=False)
    branch_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("branch.id"), nullable=False
    )
    # services.register.RegisterDirection: incoming / outgoing / internal.
    direction: Mapped[str] = mapped_column(String(10), nullable=False)
    # services.register.RegisterChannel: letter / fax / email / memo.
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    # When the item was received, sent or written.
    at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    customer_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("customer.id"), nullable=True
    )
    ticket_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("ticket.id"), nullable=True
    )
    subject: Mapped[str] = mapped_column(String(SUBJECT_MAX), nullable=False, default="")
    # The text as sent (outgoing, memos) or a summary of what came in.
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    language: Mapped[str] = mapped_column(String(2), nullable=False, default="")
    # The template's key in the library (services.letter_templates), '' if none.
    template_id: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    handler_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("app_user.id"), nullable=True
    )
    handler_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # Whom it went to or came from as written on it: a postal address, an
    # e-mail address, a fax number; for a memo the person, queue or department.
    addressee: Mapped[str] = mapped_column(String(ADDRESSEE_MAX), nullable=False, default="")
    # The sender's own reference on an incoming letter, as typed.
    their_reference: Mapped[str] = mapped_column(
        String(THEIR_REFERENCE_MAX), nullable=False, default=""
    )
    in_reply_to_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("register_entry.id"), nullable=True
    )
    # An incoming written item's reply due time (48 hours, services.sla);
    # None for what needs no reply.
    reply_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Derived on each replica by triggers (migration 0016), never synced: the
    # item has a due time, is live, and no live entry answers it. "Replies
    # due" then reads the few items waiting, not every letter ever received.
    awaiting_reply: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=text("0"), info=LOCAL_ONLY
    )


class Attachment(SyncedMixin, Base):
    __tablename__ = "attachment"
    __table_args__ = (
        Index("ix_attachment_ticket", "ticket_id"),
        Index("ix_attachment_entry", "entry_id"),
        Index("ix_attachment_sha256", "sha256"),
    )

    branch_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("branch.id"), nullable=False
    )
    ticket_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("ticket.id"), nullable=True
    )
    entry_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("register_entry.id"), nullable=True
    )
    sha256: Mapped[str] = mapped_column(String(SHA256_LENGTH), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    media_type: Mapped[str] = mapped_column(String(MEDIA_TYPE_MAX), nullable=False)
    file_name: Mapped[str] = mapped_column(String(FILE_NAME_MAX), nullable=False, default="")
    author_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("app_user.id"), nullable=True
    )
    author_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
