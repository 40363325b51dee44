"""Automatic escalation: the service levels' rules (services.escalation_policy)
applied to the tickets whose next rule has fallen due.

Each ticket row keeps when its next rule falls due (``escalation_due_at``,
computed with its clocks from its journal, services.escalation_state), so a
pass reads only the tickets at a threshold, from that column's index, never
every open ticket. A rule's firing is an escalation entry whose id derives
from the ticket and the rule (escalation_state.firing_id), and the history
entries of the move it makes derive theirs from that id: two desks that fire
the same rule offline write the same rows, and after a sync there is one
escalation. A waiting ticket's clock is paused and no rule of it falls due.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import case, or_, select
from sqlalchemy.orm import Session

from desk_app.models import DeskGroup, Priority, QueueMember, Status, Ticket, TicketJournal, User
from desk_app.services import sla_clock
from desk_app.services.context import Actor, WriteContext
from desk_app.services.escalation import (
    LEAD_ROLES,
    EscalationKind,
    EscalationRequest,
    Reason,
    write_escalation,
)
from desk_app.services.escalation_policy import EscalationRule, RuleAction
from desk_app.services.escalation_state import firing_id, rules_since

# A rule raises the priority at most to critical: declaring an enterprise
# failure (priority 1) is a person's decision, never a timer's.
HIGHEST_AUTOMATIC_PRIORITY = int(Priority.CRITICAL)
# Tickets fired in one transaction: a firing is an ordinary ticket write
# (about 25 ms with the search index), and the desk's own saves wait while a
# pass holds the database, so a backlog is worked through in short passes.
PASS_LIMIT = 25


@dataclass(frozen=True)
class Firing:
    ticket_id: str
    entry_id: str
    rule: str
    kind: EscalationKind


def evaluate_due(
    session: Session, ctx: WriteContext, now: datetime | None = None, limit: int = PASS_LIMIT
) -> list[Firing]:
    """Fire every rule that has fallen due on up to ``limit`` tickets, in the
    caller's transaction; returns what fired."""
    now = now or datetime.now(UTC)
    due = session.execute(
        select(Ticket.id)
        .where(
            Ticket.escalation_due_at.is_not(None),
            Ticket.escalation_due_at <= now,
            Ticket.deleted_at.is_(None),
        )
        .order_by(Ticket.escalation_due_at)
        .limit(limit)
    ).scalars()
    fired: list[Firing] = []
    for ticket_id in list(due):
        fired += fire_due_rules(session, ctx, ticket_id, now)
    return fired


def fire_due_rules(
    session: Session, ctx: WriteContext, ticket_id: str, now: datetime
) -> list[Firing]:
    """The ticket's rules due by ``now`` and not fired yet, fired in order.
    A ticket whose stored due time was stale is recomputed instead."""
    ticket = session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()
    # Recomputed before the commit in every case: what fires moves the next
    # due time on; a stale one (closed since, a new rule set) is corrected.
    sla_clock.mark(session, [ticket_id])
    if ticket.deleted_at is not None:
        ticket.escalation_due_at = None  # a tombstone's clocks are not kept
        return []
    if not Status(ticket.status).is_open:
        return []
    points = sla_clock.rule_points(session, ticket_id, now)
    since = rules_since(session)
    fired: list[Firing] = []
    for rule, when in sorted(points, key=lambda p: (p[0].at, p[0].action.value)):
        entry_id = firing_id(ticket_id, rule)
        if when is None or when > now or _exists(session, entry_id):
            continue
        if since is not None and when < since:
            continue  # fell due before the rules came into force
        fired.append(_fire(session, _as_the_rule(ctx, when), ticket, rule, entry_id))
    return fired


def _as_the_rule(ctx: WriteContext, when: datetime) -> WriteContext:
    """A firing is written by nobody, at the moment the rule fell due: two
    desks that fire it write the same rows, whoever was signed in and however
    late each noticed."""
    return dataclasses.replace(ctx, actor=Actor(None, ""), now=lambda: when)


def _fire(
    session: Session, ctx: WriteContext, ticket: Ticket, rule: EscalationRule, entry_id: str
) -> Firing:
    priority = ticket.priority
    if rule.raise_priority and priority > HIGHEST_AUTOMATIC_PRIORITY:
        priority -= 1
    queue = _next_tier_queue(session, ticket) if rule.action is RuleAction.ESCALATE_UP else None
    if queue is not None:
        kind = EscalationKind.UP
        request = EscalationRequest(
            ticket.id, kind, Reason.TIME_EXCEEDED, "", to_queue_id=queue, new_priority=priority
        )
        changes = {"group_id": queue, "assignee_id": None, "priority": priority}
    else:
        # Asking the lead; also what a breach does with no higher tier to go to.
        kind = EscalationKind.HIERARCHICAL
        lead = _lead_of(session, ticket)
        request = EscalationRequest(
            ticket.id, kind, Reason.TIME_EXCEEDED, "", to_user_id=lead, new_priority=priority
        )
        changes = {"priority": priority}
    changes = {k: v for k, v in changes.items() if getattr(ticket, k) != v}
    active = ticket.last_activity_at
    write_escalation(session, ctx, ticket, request, changes, rule=rule.key, entry_id=entry_id)
    # Written at the rule's moment, which may be before the last activity.
    ticket.last_activity_at = max(active, ticket.last_activity_at)
    return Firing(ticket.id, entry_id, rule.key, kind)


def _exists(session: Session, entry_id: str) -> bool:
    found = session.execute(select(TicketJournal.id).where(TicketJournal.id == entry_id)).first()
    return found is not None


def _next_tier_queue(session: Session, ticket: Ticket) -> str | None:
    """The first queue (by name, then id: the same on every desk) of the
    lowest tier above the ticket's, among the branch's and the shared ones."""
    row = session.execute(
        select(DeskGroup.id)
        .where(
            DeskGroup.deleted_at.is_(None),
            DeskGroup.tier > ticket.tier,
            or_(DeskGroup.branch_id.is_(None), DeskGroup.branch_id == ticket.branch_id),
        )
        .order_by(DeskGroup.tier, DeskGroup.name, DeskGroup.id)
        .limit(1)
    ).first()
    return None if row is None else str(row.id)


def _lead_of(session: Session, ticket: Ticket) -> str | None:
    """The team lead of the ticket's queue (a member with a lead's role),
    else the branch's first lead; chosen alike on every desk."""
    leads = (
        select(User.id)
        .where(
            User.deleted_at.is_(None),
            User.active.is_(True),
            User.role.in_(LEAD_ROLES),
            or_(User.branch_id.is_(None), User.branch_id == ticket.branch_id),
        )
        # A team lead before a supervisor: the nearest person to ask.
        .order_by(case((User.role == LEAD_ROLES[0], 0), else_=1), User.display_name, User.id)
    )
    if ticket.group_id is not None:
        members = leads.where(
            User.id.in_(
                select(QueueMember.user_id).where(
                    QueueMember.group_id == ticket.group_id, QueueMember.deleted_at.is_(None)
                )
            )
        )
        found = session.execute(members.limit(1)).scalar()
        if found is not None:
            return str(found)
    first = session.execute(leads.limit(1)).scalar()
    return None if first is None else str(first)
