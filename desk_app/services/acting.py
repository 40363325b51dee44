"""Who is acting at the desk, and the check every desk write makes first.

The person is the write context's user: their role from their ``app_user``
row, their queues from their queue memberships, and the rights table in use
(``rights_store``). A context with no user, or a user who is missing,
inactive or removed, may do nothing.

A refusal raises ``PermissionDenied`` before anything is written, and is kept
in the audit log. The refused write is rolled back with its transaction, so
the audit entry is written on its own, in a transaction of its own, once the
caller's transaction has ended (committed or rolled back): the refusal stays
on record whatever becomes of the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NoReturn

from sqlalchemy import event, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, SessionTransaction

from desk_app.models import Ticket, User
from desk_app.services.audit import AuditKind, record
from desk_app.services.context import WriteContext
from desk_app.services.permissions import (
    Denial,
    PermissionDenied,
    Person,
    Right,
    RightsTable,
    TicketScope,
    check,
    check_change,
    check_edit,
)
from desk_app.services.rights_store import load_rights
from desk_app.services.teams import member_queues

log = logging.getLogger(__name__)

_PENDING = "maktab.refusals"  # Session.info key: refusals to audit after the transaction


def acting_person(session: Session, ctx: WriteContext) -> Person:
    """The person writing through ``ctx``, as the rights checks see them."""
    user_id = ctx.actor.user_id
    if user_id is None:
        return Person(None, "")
    row = session.execute(
        select(User.role, User.active, User.deleted_at).where(User.id == user_id)
    ).first()
    if row is None or not row.active or row.deleted_at is not None:
        return Person(user_id, "")
    return Person(user_id, row.role, member_queues(session, user_id))


@dataclass(frozen=True)
class Acting:
    """The acting person with the rights table their checks use."""

    person: Person
    table: RightsTable

    def holds(self, right: Right) -> bool:
        return self.table.allows(self.person.role, right)


def acting(session: Session, ctx: WriteContext) -> Acting:
    return Acting(acting_person(session, ctx), load_rights(session))


def scope_of(ticket: Ticket) -> TicketScope:
    return TicketScope(ticket.assignee_id, ticket.group_id, ticket.priority, ticket.status)


def require_right(
    session: Session,
    ctx: WriteContext,
    right: Right,
    *,
    action: str,
    ticket: Ticket | None = None,
    who: Acting | None = None,
) -> Acting:
    """The acting person, when they hold ``right``; else refused and audited."""
    who = who or acting(session, ctx)
    found = check(who.table, who.person, right)
    if found is not None:
        refuse(session, ctx, found, action=action, ticket=ticket)
    return who


def require_edit(
    session: Session,
    ctx: WriteContext,
    ticket: Ticket,
    *,
    action: str,
    who: Acting | None = None,
) -> Acting:
    """The acting person, when ``ticket`` is theirs to edit; else refused and audited."""
    who = who or acting(session, ctx)
    found = check_edit(who.table, who.person, scope_of(ticket))
    if found is not None:
        refuse(session, ctx, found, action=action, ticket=ticket)
    return who


def require_ticket_change(
    session: Session,
    ctx: WriteContext,
    ticket: Ticket,
    changes: Mapping[str, Any],
    *,
    action: str,
    who: Acting | None = None,
) -> Acting:
    """The acting person, when they may make ``changes`` to ``ticket``; else
    refused and audited."""
    who = who or acting(session, ctx)
    found = check_change(who.table, who.person, scope_of(ticket), changes)
    if found is not None:
        refuse(session, ctx, found, action=action, ticket=ticket, fields=sorted(changes))
    return who


def refuse(
    session: Session,
    ctx: WriteContext,
    denial: Denial,
    *,
    action: str,
    ticket: Ticket | None = None,
    fields: list[str] | None = None,
) -> NoReturn:
    note_refusal(session, ctx, denial, action=action, ticket=ticket, fields=fields)
    raise PermissionDenied(denial)


def note_refusal(
    session: Session,
    ctx: WriteContext,
    denial: Denial,
    *,
    action: str,
    ticket: Ticket | None = None,
    fields: list[str] | None = None,
) -> None:
    """Keep a refusal for the audit log; it is written when the session's
    transaction ends (see the module's notes)."""
    detail: dict[str, Any] = {"action": action, "right": denial.right.value}
    if ticket is not None:
        detail["ticket_id"] = ticket.id
    if fields:
        detail["fields"] = fields
    subject = ticket.number if ticket is not None else action
    pending: list[tuple[WriteContext, str, dict[str, Any]]] = session.info.setdefault(_PENDING, [])
    pending.append((ctx, subject, detail))


@event.listens_for(Session, "after_transaction_end")
def _audit_refusals(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is not None:
        return  # a savepoint or an inner transaction: the outer one still holds the lock
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    try:
        with Session(session.get_bind()) as audit, audit.begin():
            for ctx, subject, detail in pending:
                record(audit, ctx, AuditKind.REFUSED, subject, detail)
    except SQLAlchemyError:
        # The refusal itself stands (nothing was written); only its record is lost.
        log.exception("could not write %d refusal(s) to the audit log", len(pending))
