"""Adopting the server's ids for the branch and agent a desk created offline."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError as SQLDatabaseError

from desk_app.models import Branch, Customer, DeskGroup, OutboxOp, Ticket, TicketJournal, User
from desk_app.services.ids import new_id
from desk_app.sync.identity import adopt_server_identity, references_to, rekey
from desk_app.sync.protocol import BranchInfo, TokenResponse
from tests.sync.helpers import Desk, payload

SERVER_BRANCH = new_id()
OTHER_BRANCH = new_id()
SERVER_USER = new_id()


def tokens(username: str = "agent1", code: str = "HQ") -> TokenResponse:
    return TokenResponse(
        access_token="a" * 40,
        refresh_token="r" * 43,
        expires_in=900,
        device_id=new_id(),
        user_id=SERVER_USER,
        username=username,
        display_name="Agent One (server)",
        role="agent",
        branches=[
            BranchInfo(id=SERVER_BRANCH, code=code, name="Head office"),
            BranchInfo(id=OTHER_BRANCH, code="JED", name="Jeddah"),
        ],
    )


def test_references_are_found_from_the_metadata() -> None:
    found = {(r.table.name, r.column.name) for r in references_to("app_user")}
    assert found == {("ticket", "assignee_id"), ("ticket_journal", "author_id")}
    found = {(r.table.name, r.column.name) for r in references_to("branch")}
    assert found == {
        ("app_user", "branch_id"),
        ("desk_group", "branch_id"),
        ("customer", "branch_id"),
        ("ticket", "branch_id"),
    }


def test_sign_in_rekeys_branch_and_agent_everywhere(desk: Desk) -> None:
    local_branch, local_user = desk.ctx.branch_id, desk.ctx.actor.user_id
    assert local_user is not None
    created = desk.create(assignee_id=local_user)
    desk.change(created.id, priority=2)
    desk.note(created.id, "called back")

    with desk.db.writing() as session:
        adopted = adopt_server_identity(session, desk.ctx, tokens())

    assert adopted.branch_id == SERVER_BRANCH and adopted.user_id == SERVER_USER
    assert adopted.rekeyed == {
        "branch": {local_branch: SERVER_BRANCH},
        "app_user": {local_user: SERVER_USER},
    }
    assert desk.ctx.branch_id == SERVER_BRANCH
    assert desk.ctx.actor.user_id == SERVER_USER
    with desk.db.reading() as session:
        assert session.get(Branch, SERVER_BRANCH) is not None
        assert session.get(Branch, local_branch) is None
        user = session.get(User, SERVER_USER)
        assert user is not None and user.branch_id == SERVER_BRANCH
        ticket = session.execute(select(Ticket)).scalar_one()
        assert (ticket.branch_id, ticket.assignee_id) == (SERVER_BRANCH, SERVER_USER)
        customer = session.execute(select(Customer)).scalar_one()
        assert customer.branch_id == SERVER_BRANCH
        authors = set(session.execute(select(TicketJournal.author_id)).scalars())
        assert authors == {SERVER_USER}
        ops = session.execute(select(OutboxOp)).scalars().all()
        dumped = " ".join(op.payload + op.entity_id for op in ops)
        assert local_branch not in dumped and local_user not in dumped
        ticket_insert = next(o for o in ops if o.entity == "ticket" and o.kind == "insert")
        assert payload(ticket_insert)["branch_id"] == SERVER_BRANCH
        assert payload(ticket_insert)["assignee_id"] == SERVER_USER
    assert desk.foreign_key_problems() == []


def test_adoption_is_idempotent(desk: Desk) -> None:
    desk.create()
    with desk.db.writing() as session:
        adopt_server_identity(session, desk.ctx, tokens())
    before = [(op.client_seq, op.payload) for op in desk.outbox()]
    with desk.db.writing() as session:
        again = adopt_server_identity(session, desk.ctx, tokens())
    assert again.rekeyed == {}
    assert [(op.client_seq, op.payload) for op in desk.outbox()] == before


def test_journal_stays_append_only_after_rekeying(desk: Desk) -> None:
    desk.create()
    with desk.db.writing() as session:
        adopt_server_identity(session, desk.ctx, tokens())
    with pytest.raises(SQLDatabaseError, match="append-only"), desk.db.writing() as session:
        session.execute(text("UPDATE ticket_journal SET body = 'rewritten'"))


def test_assignment_history_follows_the_rekeyed_queue(desk: Desk) -> None:
    created = desk.create()
    with desk.db.reading() as session:
        group = session.execute(select(DeskGroup).order_by(DeskGroup.name)).scalars().first()
        assert group is not None
        old_group = group.id
    desk.change(created.id, group_id=old_group)
    server_group = new_id()
    with desk.db.writing() as session:
        assert rekey(session, "desk_group", old_group, server_group)
    with desk.db.reading() as session:
        values = (
            session.execute(
                select(TicketJournal.new_value).where(TicketJournal.field == "group_id")
            )
            .scalars()
            .all()
        )
    assert values == [server_group]
    op = desk.outbox()[-1]
    assert json.loads(op.payload)["group_id"]["new"] == server_group
    assert desk.foreign_key_problems() == []


def test_agent_with_another_local_name_becomes_the_server_user(desk: Desk) -> None:
    """The desk's own agent row (created offline under the OS login) is the
    person who signs in: it is re-keyed and renamed, not duplicated."""
    local_user = desk.ctx.actor.user_id
    desk.create()
    with desk.db.writing() as session:
        adopt_server_identity(session, desk.ctx, tokens(username="sara.k"))
    with desk.db.reading() as session:
        users = session.execute(select(User.id, User.username)).all()
        authors = set(session.execute(select(TicketJournal.author_id)).scalars())
    assert [tuple(u) for u in users] == [(SERVER_USER, "sara.k")]
    assert authors == {SERVER_USER}
    assert local_user != SERVER_USER


def test_unknown_branch_code_is_reported_not_guessed(make_desk: Callable[..., Desk]) -> None:
    desk = make_desk("riyadh", code="RYD")
    local_branch = desk.ctx.branch_id
    with desk.db.writing() as session:
        adopted = adopt_server_identity(session, desk.ctx, tokens())
    assert adopted.branch_id is None
    assert desk.ctx.branch_id == local_branch


def test_rekey_onto_an_existing_row_merges_the_two(desk: Desk) -> None:
    created = desk.create()
    with desk.db.reading() as session:
        groups = session.execute(select(DeskGroup.id).order_by(DeskGroup.name)).scalars().all()
    first, second = groups[0], groups[1]
    desk.change(created.id, group_id=first)
    with desk.db.writing() as session:
        assert rekey(session, "desk_group", first, second)
    assert desk.ticket(created.id).group_id == second
    with desk.db.reading() as session:
        assert session.get(DeskGroup, first) is None
    assert desk.foreign_key_problems() == []
