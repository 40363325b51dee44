"""Allocation's loads: each agent's open and breaching tickets, each queue's
unassigned ones, equal to the ticket list's counts of the same tickets after
creating, assigning, resolving and reassigning."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import update

from desk_app.models import DeskGroup, Role, Ticket, User
from desk_app.services import ticket_list
from desk_app.services.bulk import change_many
from desk_app.services.context import WriteContext
from desk_app.services.resolution import Resolution, resolve_ticket
from desk_app.services.ticket_list import TicketFilter
from desk_app.services.views import OPEN_STATUSES
from desk_app.services.workload import (
    breaching_by,
    breaching_filter,
    read_workload,
    unassigned_filter,
)
from desk_app.storage.db import Database
from tests.unit.helpers import create


def list_counts(db: Database, agents: list[str], queues: list[str], team: frozenset[str], now):  # type: ignore[no-untyped-def]
    due = breaching_by(now)
    with db.reading() as session:
        conn = session.connection()
        by_agent = []
        for agent in agents:
            mine = TicketFilter(
                statuses=OPEN_STATUSES, group_ids=team, assignee_ids=frozenset({agent})
            )
            by_agent.append(
                (
                    agent,
                    ticket_list.count(conn, mine),
                    ticket_list.count(conn, replace(mine, sla_due_by=due)),
                )
            )
        by_queue = []
        for queue in queues:
            waiting = unassigned_filter(frozenset({queue}))
            by_queue.append(
                (
                    queue,
                    ticket_list.count(conn, waiting),
                    ticket_list.count(conn, replace(waiting, sla_due_by=due)),
                )
            )
    return by_agent, by_queue


def test_loads_are_the_lists_counts(
    db: Database, ctx: WriteContext, groups: dict[str, DeskGroup], agent: User
) -> None:  # type: ignore[no-untyped-def]
    with db.writing() as session:
        session.execute(update(User).where(User.id == agent.id).values(role=Role.SUPERVISOR.value))
    tech, desk = groups["Technical Support"].id, groups["Service Desk"].id
    made = [create(db, ctx, group_id=tech if i % 2 else desk) for i in range(8)]
    made.append(create(db, ctx))  # in no queue
    ids = [m.id for m in made]
    now = ctx.now()
    with db.writing() as session:
        change_many(session, ctx, ids[:5], "assignee_id", agent.id)
        resolve_ticket(session, ctx, ids[0], Resolution("cause", "solution"))
        change_many(session, ctx, [ids[1]], "assignee_id", None)
    with db.writing() as session:  # after the writes above have kept their clocks
        # Two past due, one due in half an hour, one tomorrow.
        for ticket_id, due in zip(
            ids[3:7],
            (
                now - timedelta(hours=3),
                now - timedelta(minutes=1),
                now + timedelta(minutes=30),
                now + timedelta(days=1),
            ),
            strict=True,
        ):
            session.execute(update(Ticket).where(Ticket.id == ticket_id).values(sla_due_at=due))
    agents, queues = [agent.id], [tech, desk]
    for team in (frozenset(), frozenset({tech})):
        with db.reading() as session:
            load = read_workload(session, agents, queues, team, now)
        by_agent, by_queue = list_counts(db, agents, queues, team, now)
        assert [(a.key, a.open, a.breaching) for a in load.agents] == by_agent
        assert [(q.key, q.open, q.breaching) for q in load.queues] == by_queue
    with db.reading() as session:
        everything = read_workload(session, agents, queues, frozenset(), now)
    assert everything.agents[0].open == 3  # five assigned, one resolved, one given back
    assert everything.agents[0].breaching == 2
    assert breaching_filter(frozenset(), now).sla_due_by == breaching_by(now)
