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
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, case, or_, select
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
    for rule, when, entry_id in due_firings(ticket_id, points, now, since):
        if _exists(session, entry_id):
            continue
        fired.append(_fire(session, _as_the_rule(ctx, when), ticket, rule, entry_id))
    return fired


def due_firings(
    ticket_id: str,
    points: Iterable[tuple[EscalationRule, datetime | None]],
    now: datetime,
    since: datetime | None,
) -> list[tuple[EscalationRule, datetime, str]]:
    """The ticket's rules due by ``now``, in order, each with its moment and
    its firing's id; none that fell due before the rules came into force
    (``since``). Whether one has fired already is the caller's to ask (a
    desk and the server keep their journals apart)."""
    due: list[tuple[EscalationRule, datetime, str]] = []
    for rule, when in sorted(points, key=lambda p: (p[0].at, p[0].action.value)):
        if when is None or when > now:
            continue
        if since is not None and when < since:
            continue  # fell due before the rules came into force
        due.append((rule, when, firing_id(ticket_id, rule)))
    return due


@dataclass(frozen=True)
class Move:
    """What a firing does to its ticket: the kind of escalation, where it
    goes or whom it asks, and the ticket's fields that change."""

    kind: EscalationKind
    to_queue: str | None
    to_user: str | None
    priority: int
    changes: dict[str, Any]


def plan_move(
    rule: EscalationRule,
    ticket: Any,
    executor: Session | Connection,
) -> Move:
    """The move a rule makes on ``ticket`` (anything with priority, tier,
    branch_id, group_id and assignee_id), chosen alike on every desk and on
    the server (``executor`` reads the queues and people of either)."""
    priority = int(ticket.priority)
    if rule.raise_priority and priority > HIGHEST_AUTOMATIC_PRIORITY:
        priority -= 1
    queue = None
    if rule.action is RuleAction.ESCALATE_UP:
        queue = next_tier_queue(executor, int(ticket.tier), str(ticket.branch_id))
    if queue is not None:
        kind, lead = EscalationKind.UP, None
        changes: dict[str, Any] = {"group_id": queue, "assignee_id": None, "priority": priority}
    else:
        # Asking the lead; also what a breach does with no higher tier to go to.
        kind = EscalationKind.HIERARCHICAL
        lead = lead_of(executor, str(ticket.branch_id), ticket.group_id)
        changes = {"priority": priority}
    changes = {k: v for k, v in changes.items() if getattr(ticket, k) != v}
    return Move(kind, queue, lead, priority, changes)


def _as_the_rule(ctx: WriteContext, when: datetime) -> WriteContext:
    """A firing is written by nobody, at the moment the rule fell due: two
    desks that fire it write the same rows, whoever was signed in and however
    late each noticed."""
    return dataclasses.replace(ctx, actor=Actor(None, ""), now=lambda: when)


def _fire(
    session: Session, ctx: WriteContext, ticket: Ticket, rule: EscalationRule, entry_id: str
) -> Firing:
    move = plan_move(rule, ticket, session)
    request = EscalationRequest(
        ticket.id,
        move.kind,
        Reason.TIME_EXCEEDED,
        "",
        to_queue_id=move.to_queue,
        to_user_id=move.to_user,
        new_priority=move.priority,
    )
    active = ticket.last_activity_at
    write_escalation(session, ctx, ticket, request, move.changes, rule=rule.key, entry_id=entry_id)
    # Written at the rule's moment, which may be before the last activity.
    ticket.last_activity_at = max(active, ticket.last_activity_at)
    return Firing(ticket.id, entry_id, rule.key, move.kind)


def _exists(session: Session, entry_id: str) -> bool:
    found = session.execute(select(TicketJournal.id).where(TicketJournal.id == entry_id)).first()
    return found is not None


def next_tier_queue(executor: Session | Connection, tier: int, branch_id: str) -> str | None:
    """The first queue (by name, then id: the same on every desk) of the
    lowest tier above ``tier``, among the branch's and the shared ones."""
    row = executor.execute(
        select(DeskGroup.id)
        .where(
            DeskGroup.deleted_at.is_(None),
            DeskGroup.tier > tier,
            or_(DeskGroup.branch_id.is_(None), DeskGroup.branch_id == branch_id),
        )
        .order_by(DeskGroup.tier, DeskGroup.name, DeskGroup.id)
        .limit(1)
    ).first()
    return None if row is None else str(row.id)


def lead_of(executor: Session | Connection, branch_id: str, group_id: str | None) -> str | None:
    """The team lead of the ticket's queue (a member with a lead's role),
    else the branch's first lead; chosen alike on every desk."""
    leads = (
        select(User.id)
        .where(
            User.deleted_at.is_(None),
            User.active.is_(True),
            User.role.in_(LEAD_ROLES),
            or_(User.branch_id.is_(None), User.branch_id == branch_id),
        )
        # A team lead before a supervisor: the nearest person to ask.
        .order_by(case((User.role == LEAD_ROLES[0], 0), else_=1), User.display_name, User.id)
    )
    if group_id is not None:
        members = leads.where(
            User.id.in_(
                select(QueueMember.user_id).where(
                    QueueMember.group_id == group_id, QueueMember.deleted_at.is_(None)
                )
            )
        )
        found = executor.execute(members.limit(1)).scalar()
        if found is not None:
            return str(found)
    first = executor.execute(leads.limit(1)).scalar()
    return None if first is None else str(first)
