"""Reading the letter register: one entry, a page of the register, a search
in Arabic or English, and the incoming items that wait for a reply.

Entries come back as plain data (``RegisterItem``), never ORM rows, so the
UI can carry them across threads. Search folds text as ticket search does
(maktab_index at write time, services.text at query time) and walks the
newest entries first (register_fts's rowid is the local key, which grows as
entries arrive), so a common word costs a LIMIT, not a sort of every match.

An incoming item waits for its reply while it has a due time and no live
outgoing entry names it; it is overdue once the due time has passed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select, text
from sqlalchemy.orm import Session, aliased

from desk_app.models import Attachment, Customer, RegisterEntry, Ticket
from desk_app.services.text import fts_match_expression

PAGE = 100


class ReplyState(StrEnum):
    NONE = ""  # nothing to answer (outgoing, a memo, an item needing no reply)
    WAITING = "waiting"  # due, not yet overdue
    OVERDUE = "overdue"
    REPLIED = "replied"


@dataclass(frozen=True)
class RegisterItem:
    id: str
    reference: str
    direction: str
    channel: str
    at: datetime
    subject: str
    body: str
    language: str
    template_id: str
    handler_name: str
    addressee: str
    their_reference: str
    customer_id: str | None
    customer_name: str
    ticket_id: str | None
    ticket_number: str
    in_reply_to_id: str | None
    reply_due_at: datetime | None
    # The first reply that answers this item (incoming ones).
    reply_id: str | None
    reply_reference: str
    replied_at: datetime | None
    attachments: int
    reply_state: ReplyState


@dataclass(frozen=True)
class ReplyCounts:
    waiting: int  # due and not overdue
    overdue: int

    @property
    def due(self) -> int:
        """Every item still to answer, overdue or not."""
        return self.waiting + self.overdue


_reply = aliased(RegisterEntry)


def _waiting_filter() -> list[ColumnElement[bool]]:
    # awaiting_reply is kept by triggers (migration 0016): the partial index
    # holds only the items that wait, however many were ever received.
    # Written "= 1" (not "IS 1"): SQLite uses a partial index only for the
    # very term of its WHERE.
    return [RegisterEntry.awaiting_reply == True]  # noqa: E712


def entry(session: Session, entry_id: str, now: datetime) -> RegisterItem | None:
    rows = _items(session, select(RegisterEntry).where(RegisterEntry.id == entry_id), now)
    return rows[0] if rows else None


def entries(
    session: Session,
    now: datetime,
    *,
    direction: str | None = None,
    channel: str | None = None,
    ticket_id: str | None = None,
    customer_id: str | None = None,
    before: tuple[datetime, str] | None = None,
    limit: int = PAGE,
) -> list[RegisterItem]:
    """A page of the register, newest first; ``before``: the (at, id) of the
    last entry of the previous page."""
    query = select(RegisterEntry).where(RegisterEntry.deleted_at.is_(None))
    if direction:
        query = query.where(RegisterEntry.direction == direction)
    if channel:
        query = query.where(RegisterEntry.channel == channel)
    if ticket_id:
        query = query.where(RegisterEntry.ticket_id == ticket_id)
    if customer_id:
        query = query.where(RegisterEntry.customer_id == customer_id)
    if before is not None:
        at, entry_id = before
        query = query.where(
            (RegisterEntry.at < at) | (and_(RegisterEntry.at == at, RegisterEntry.id < entry_id))
        )
    query = query.order_by(RegisterEntry.at.desc(), RegisterEntry.id.desc()).limit(limit)
    return _items(session, query, now)


def search(
    session: Session, query_text: str, now: datetime, *, limit: int = PAGE
) -> list[RegisterItem]:
    """Entries whose reference, subject, text, addressee or sender's
    reference hold every word typed (the last as a prefix), newest first."""
    match = fts_match_expression(query_text)
    if match is None:
        return []
    keys = session.execute(
        text(
            "SELECT k.entry_id FROM register_fts f JOIN register_fts_key k ON k.row_no = f.rowid"
            " WHERE register_fts MATCH :match ORDER BY f.rowid DESC LIMIT :limit"
        ),
        {"match": match, "limit": limit},
    ).scalars()
    ids = list(keys)
    if not ids:
        return []
    found = {
        i.id: i
        for i in _items(
            session,
            select(RegisterEntry).where(
                RegisterEntry.id.in_(ids), RegisterEntry.deleted_at.is_(None)
            ),
            now,
        )
    }
    return [found[i] for i in ids if i in found]


def replies_due(session: Session, now: datetime, *, limit: int = PAGE) -> list[RegisterItem]:
    """Incoming items waiting for a reply whose due time has not passed,
    the nearest first."""
    query = (
        select(RegisterEntry)
        .where(*_waiting_filter(), RegisterEntry.reply_due_at >= now)
        .order_by(RegisterEntry.reply_due_at, RegisterEntry.id)
        .limit(limit)
    )
    return _items(session, query, now)


def overdue_replies(session: Session, now: datetime, *, limit: int = PAGE) -> list[RegisterItem]:
    """Incoming items past their reply due time with no reply, the oldest first."""
    query = (
        select(RegisterEntry)
        .where(*_waiting_filter(), RegisterEntry.reply_due_at < now)
        .order_by(RegisterEntry.reply_due_at, RegisterEntry.id)
        .limit(limit)
    )
    return _items(session, query, now)


def reply_counts(session: Session, now: datetime) -> ReplyCounts:
    due = RegisterEntry.reply_due_at
    row = session.execute(
        select(
            func.count().filter(due >= now),
            func.count().filter(due < now),
        ).where(*_waiting_filter())
    ).one()
    return ReplyCounts(waiting=int(row[0]), overdue=int(row[1]))


def _items(session: Session, query: Select[Any], now: datetime) -> list[RegisterItem]:
    rows = list(session.execute(query).scalars())
    if not rows:
        return []
    ids = [r.id for r in rows]
    customers = _names(session, Customer, Customer.name, {r.customer_id for r in rows})
    tickets = _names(session, Ticket, Ticket.number, {r.ticket_id for r in rows})
    replies: dict[str, tuple[str, str, datetime]] = {}
    for reply_id, reference, at, answered in session.execute(
        select(_reply.id, _reply.reference, _reply.at, _reply.in_reply_to_id)
        .where(_reply.in_reply_to_id.in_(ids), _reply.deleted_at.is_(None))
        .order_by(_reply.at.desc())
    ):
        if answered is not None:
            replies[answered] = (reply_id, reference, at)  # the earliest wins (last written)
    counts: dict[str, int] = {
        str(entry_id): int(count)
        for entry_id, count in session.execute(
            select(Attachment.entry_id, func.count())
            .where(Attachment.entry_id.in_(ids), Attachment.deleted_at.is_(None))
            .group_by(Attachment.entry_id)
        )
    }
    return [_item(r, customers, tickets, replies.get(r.id), counts.get(r.id, 0), now) for r in rows]


def _names(
    session: Session, model: type[Customer] | type[Ticket], column: object, ids: set[str | None]
) -> dict[str, str]:
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    query = select(model.id, column).where(model.id.in_(wanted))  # type: ignore[call-overload]
    return {str(key): str(value) for key, value in session.execute(query)}


def _item(
    row: RegisterEntry,
    customers: dict[str, str],
    tickets: dict[str, str],
    reply: tuple[str, str, datetime] | None,
    attachments: int,
    now: datetime,
) -> RegisterItem:
    if reply is not None:
        state = ReplyState.REPLIED
    elif row.reply_due_at is None:
        state = ReplyState.NONE
    else:
        state = ReplyState.OVERDUE if row.reply_due_at < now else ReplyState.WAITING
    return RegisterItem(
        id=row.id,
        reference=row.reference,
        direction=row.direction,
        channel=row.channel,
        at=row.at,
        subject=row.subject,
        body=row.body,
        language=row.language,
        template_id=row.template_id,
        handler_name=row.handler_name,
        addressee=row.addressee,
        their_reference=row.their_reference,
        customer_id=row.customer_id,
        customer_name=customers.get(row.customer_id or "", ""),
        ticket_id=row.ticket_id,
        ticket_number=tickets.get(row.ticket_id or "", ""),
        in_reply_to_id=row.in_reply_to_id,
        reply_due_at=row.reply_due_at,
        reply_id=reply[0] if reply else None,
        reply_reference=reply[1] if reply else "",
        replied_at=reply[2] if reply else None,
        attachments=attachments,
        reply_state=state,
    )


def ids_of(items: Sequence[RegisterItem]) -> list[str]:
    return [i.id for i in items]
