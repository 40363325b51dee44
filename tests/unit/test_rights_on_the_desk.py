"""Every write of the desk's services checks the acting person's right first:
the six SFIA levels against every ticket write, on a real database. A refusal
writes nothing and is kept in the audit log; a permitted write is written."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk_app.models import DeskGroup, QueueMember, Role, Status, SyncState, Ticket, User
from desk_app.services import bulk, contacts, links, resolution, tickets
from desk_app.services.acting import acting_person
from desk_app.services.audit import AuditKind, entries
from desk_app.services.context import Actor, WriteContext
from desk_app.services.ids import new_id
from desk_app.services.intake import create_ticket, write_ticket
from desk_app.services.permissions import (
    LEVELS,
    SFIA_DEFAULTS,
    PermissionDenied,
    Right,
    RightsTable,
)
from desk_app.services.rights_store import save_rights
from desk_app.services.setup import SERVED_KEYS, BranchProfile, ensure_local_setup
from desk_app.services.tickets import write_changes
from desk_app.storage.db import Database
from desk_app.sync.engine import SERVER_KEY
from desk_app.sync.pull import CURSOR_KEY
from tests.unit.helpers import AGENT, AGENT_NAME, counts, form

REFUSED = frozenset({AuditKind.REFUSED.value})


@dataclass(frozen=True)
class Stage:
    """A person of one level with tickets around them: their own two, one of
    their queue's nobody has taken, one of another queue that is someone else's,
    and one of theirs that is resolved."""

    ctx: WriteContext
    user_id: str
    other_id: str
    other_queue: str
    own: str
    own_2: str
    queue: str
    others: str
    resolved: str


def _user(session: Session, ctx: WriteContext, username: str, role: Role) -> str:
    user = User(
        id=new_id(),
        username=username,
        display_name=username,
        role=role.value,
        branch_id=ctx.branch_id,
        updated_at=ctx.stamp(session),
        version=1,
        origin_client_id=ctx.client_id,
        created_at=ctx.now(),
    )
    session.add(user)
    session.flush()
    return user.id


def stage(db: Database, ctx: WriteContext, role: Role) -> Stage:
    with db.writing() as session:
        queues = {g.name: g.id for g in session.execute(select(DeskGroup)).scalars()}
        mine, theirs = queues["Service Desk"], queues["Technical Support"]
        person = _user(session, ctx, "person", role)
        other = _user(session, ctx, "colleague", Role.AGENT)
        session.add(
            QueueMember(
                id=new_id(),
                user_id=person,
                group_id=mine,
                updated_at=ctx.stamp(session),
                version=1,
                origin_client_id=ctx.client_id,
                created_at=ctx.now(),
            )
        )

        def ticket(group: str, assignee: str | None, subject: str = "Printer") -> str:
            made = write_ticket(session, ctx, form(subject=subject, group_id=group))
            if assignee is not None:
                write_changes(session, ctx, made.id, {"assignee_id": assignee})
            return made.id

        own, own_2 = ticket(mine, person), ticket(mine, person, "Scanner")
        queue, others = ticket(mine, None), ticket(theirs, other)
        resolved = ticket(mine, person)
        write_changes(
            session,
            ctx,
            resolved,
            {"status": Status.RESOLVED.value, "resolution_cause": "x", "solution": "y"},
        )
    acting = dataclasses.replace(ctx, actor=Actor(person, "person"))
    return Stage(acting, person, other, theirs, own, own_2, queue, others, resolved)


# What each write needs, and the write itself.
Write = Callable[[Session, Stage], Any]
WRITES: dict[str, tuple[tuple[Right, ...], Write]] = {
    "create ticket": ((Right.TAKE_CALLS,), lambda s, st: create_ticket(s, st.ctx, form())),
    "add note": (
        (Right.TAKE_CALLS,),
        lambda s, st: tickets.add_note(s, st.ctx, st.others, "Called back"),
    ),
    "log contact": (
        (Right.TAKE_CALLS,),
        lambda s, st: contacts.log_contact(s, st.ctx, st.own, contacts.ContactForm("Rang")),
    ),
    "edit own ticket": (
        (Right.EDIT_OWN,),
        lambda s, st: tickets.change_fields(s, st.ctx, st.own, {"subject": "Fax"}),
    ),
    "edit queue's ticket": (
        (Right.EDIT_QUEUE,),
        lambda s, st: tickets.change_fields(s, st.ctx, st.queue, {"subject": "Fax"}),
    ),
    "edit another's ticket": (
        (Right.EDIT_ANY,),
        lambda s, st: tickets.change_fields(s, st.ctx, st.others, {"subject": "Fax"}),
    ),
    "route": (
        (Right.EDIT_OWN, Right.ROUTE),
        lambda s, st: tickets.change_fields(s, st.ctx, st.own, {"group_id": st.other_queue}),
    ),
    "assign to another": (
        (Right.EDIT_OWN, Right.ASSIGN_OTHERS),
        lambda s, st: tickets.change_fields(s, st.ctx, st.own, {"assignee_id": st.other_id}),
    ),
    "intake for another": (
        (Right.TAKE_CALLS, Right.ASSIGN_OTHERS),
        lambda s, st: create_ticket(s, st.ctx, form(assignee_id=st.other_id)),
    ),
    "enterprise failure": (
        (Right.EDIT_OWN, Right.SET_PRIORITY_1),
        lambda s, st: tickets.change_fields(s, st.ctx, st.own, {"priority": 1}),
    ),
    "intake enterprise failure": (
        (Right.TAKE_CALLS, Right.SET_PRIORITY_1),
        lambda s, st: create_ticket(s, st.ctx, form(priority=1)),
    ),
    "bulk change": (
        (Right.BULK_CHANGE,),
        lambda s, st: bulk.change_many(s, st.ctx, [st.own, st.own_2], "priority", 2),
    ),
    "merge": (
        (Right.MERGE_SPLIT, Right.EDIT_OWN),
        lambda s, st: links.merge_tickets(s, st.ctx, st.own_2, st.own),
    ),
    "split": (
        (Right.MERGE_SPLIT, Right.EDIT_OWN),
        lambda s, st: links.split_ticket(s, st.ctx, st.own, "Second problem"),
    ),
    "link": ((Right.EDIT_OWN,), lambda s, st: links.link_tickets(s, st.ctx, st.own, st.own_2)),
    "resolve": (
        (Right.RESOLVE, Right.EDIT_OWN),
        lambda s, st: resolution.resolve_ticket(
            s, st.ctx, st.own, resolution.Resolution("Paper jam", "Cleared it")
        ),
    ),
    "reopen": (
        (Right.RESOLVE, Right.EDIT_OWN),
        lambda s, st: resolution.reopen_ticket(s, st.ctx, st.resolved),
    ),
}


def _ticket(session: Session, ticket_id: str) -> Ticket:
    return session.execute(select(Ticket).where(Ticket.id == ticket_id)).scalar_one()


def snapshot(db: Database) -> tuple[dict[str, int], list[tuple[Any, ...]]]:
    with db.reading() as session:
        rows = session.execute(
            select(
                Ticket.id,
                Ticket.subject,
                Ticket.priority,
                Ticket.status,
                Ticket.group_id,
                Ticket.assignee_id,
                Ticket.merged_into_id,
                Ticket.updated_at,
            ).order_by(Ticket.id)
        ).all()
        return counts(session), [tuple(r) for r in rows]


@pytest.mark.parametrize("write", list(WRITES))
@pytest.mark.parametrize(
    "role", LEVELS, ids=[f"level{i}-{r.value}" for i, r in enumerate(LEVELS, 1)]
)
def test_each_level_may_do_what_its_rights_say(
    db: Database, ctx: WriteContext, role: Role, write: str
) -> None:
    needs, do = WRITES[write]
    at_stage = stage(db, ctx, role)
    before = snapshot(db)
    allowed = set(needs) <= SFIA_DEFAULTS[role]
    if allowed:
        with db.writing() as session:
            do(session, at_stage)
        after = snapshot(db)
        assert after != before  # written
        with db.reading() as session:
            assert entries(session, kinds=REFUSED) == []
        return
    with pytest.raises(PermissionDenied) as refused, db.writing() as session:
        do(session, at_stage)
    denial = refused.value.denial
    # An edit refused names the narrowest edit right that would have done.
    assert denial.right in (*needs, Right.EDIT_QUEUE)
    assert denial.message and denial.right not in SFIA_DEFAULTS[role]
    assert snapshot(db) == before  # nothing written
    with db.reading() as session:
        (audited,) = entries(session, kinds=REFUSED)
    detail = json.loads(audited.detail)
    assert detail["right"] == denial.right.value
    assert audited.actor_id == at_stage.user_id
    if write not in (
        "create ticket",
        "intake for another",
        "intake enterprise failure",
        "bulk change",
    ):
        assert detail["ticket_id"] in vars(at_stage).values()


def test_a_bulk_change_changes_what_it_may_and_lists_the_rest(
    db: Database, ctx: WriteContext
) -> None:
    """A team lead may change many tickets at once, but not another queue's."""
    at_stage = stage(db, ctx, Role.TEAM_LEAD)
    with db.writing() as session:
        outcome = bulk.change_many(
            session, at_stage.ctx, [at_stage.own, at_stage.others], "priority", 2
        )
    assert outcome.changed == [at_stage.own]
    (refusal,) = outcome.refused
    assert refusal.denied and refusal.error.field == "priority"
    with db.reading() as session:
        assert _ticket(session, at_stage.others).priority != 2
        (audited,) = entries(session, kinds=REFUSED)
    assert json.loads(audited.detail)["ticket_id"] == at_stage.others


def test_an_organisations_table_is_the_one_enforced(db: Database, ctx: WriteContext) -> None:
    at_stage = stage(db, ctx, Role.AGENT)
    grants = dict(RightsTable.sfia().grants)
    grants[Role.AGENT] = grants[Role.AGENT] | {Right.MERGE_SPLIT}
    with db.writing() as session:
        save_rights(session, ctx, RightsTable(grants))
    with db.writing() as session:
        links.merge_tickets(session, at_stage.ctx, at_stage.own_2, at_stage.own)
    with db.reading() as session:
        assert _ticket(session, at_stage.own_2).merged_into_id == at_stage.own


def test_nobody_at_the_desk_may_do_nothing(db: Database, ctx: WriteContext) -> None:
    nobody = dataclasses.replace(ctx, actor=Actor(None, "?"))
    with pytest.raises(PermissionDenied), db.writing() as session:
        create_ticket(session, nobody, form())
    with db.reading() as session:
        assert counts(session)["ticket"] == 0
        assert len(entries(session, kinds=REFUSED)) == 1


def test_the_first_person_at_a_desk_administers_it(db: Database, ctx: WriteContext) -> None:
    with db.reading() as session:
        person = acting_person(session, ctx)
    assert person.role == Role.ADMIN.value


@pytest.mark.parametrize("key", SERVED_KEYS)
def test_a_desk_served_by_a_server_never_promotes_anyone(
    db: Database, ctx: WriteContext, key: str
) -> None:
    """Its people and roles come from the server: a restart must not make its
    person an administrator again (the soak saw that role diverge from the
    server's at every restart of a killed desk)."""
    with db.writing() as session:
        session.execute(
            update(User).where(User.id == ctx.actor.user_id).values(role=Role.SUPERVISOR.value)
        )
        session.merge(SyncState(key=key, value="x"))
    with db.writing() as session:
        ensure_local_setup(session, BranchProfile(), AGENT, AGENT_NAME)
    with db.reading() as session:
        assert acting_person(session, ctx).role == Role.SUPERVISOR.value


def test_the_served_keys_are_the_ones_sync_writes() -> None:
    assert SERVED_KEYS == (SERVER_KEY, CURSOR_KEY)
