"""Adopting the server's ids for the branch and agent a desk created offline."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Boolean, Column, DateTime, Integer, String, Table, select, text
from sqlalchemy.exc import DatabaseError as SQLDatabaseError

from desk_app.models import (
    Base,
    Branch,
    Customer,
    DeskGroup,
    OutboxOp,
    QueueMember,
    Ticket,
    TicketJournal,
    User,
)
from desk_app.models.base import ID_LENGTH, UtcDateTime
from desk_app.services.ids import new_id
from desk_app.services.teams import membership_id, remove_member, write_member
from desk_app.services.views import ListPreferences, View, load_preferences, save_preferences
from desk_app.storage.drafts import DraftStore
from desk_app.sync import identity
from desk_app.sync.identity import (
    ID_ALIASES_KEY,
    adopt_server_identity,
    follow_aliases,
    follow_aliases_in_files,
    read_aliases,
    references_to,
    rekey,
    text_columns,
)
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
    # A person's memberships (synced) and PIN (local) follow them when re-keyed.
    assert found == {
        ("ticket", "assignee_id"),
        ("ticket_journal", "author_id"),
        ("queue_member", "user_id"),
        ("local_secret", "user_id"),
        ("kb_article", "author_id"),
        ("kb_article", "reviewer_id"),
        ("register_entry", "handler_id"),
        ("attachment", "author_id"),
    }
    found = {(r.table.name, r.column.name) for r in references_to("branch")}
    assert found == {
        ("app_user", "branch_id"),
        ("desk_group", "branch_id"),
        ("customer", "branch_id"),
        ("ticket", "branch_id"),
        ("register_entry", "branch_id"),
        ("attachment", "branch_id"),
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


# -- every place an id can live ----------------------------------------------

SHAPES = ("whole", "json", "json in json")
NOW_SQL = "2026-01-01 00:00:00.000000"


def planted_value(
    table: Table, column: Column[Any], shape: int, old_id: str, ids: dict[str, list[str]]
) -> Any:
    """A value for ``column`` that holds ``old_id`` (a branch's id) wherever the
    column has room for one: whole, inside JSON, inside JSON kept in JSON. A
    foreign key to another table names a row planted there before."""
    kind = column.type
    for fk in column.foreign_keys:
        target = fk.column.table.name
        if target == table.name:  # another row of its own table: the first planted
            return ids[target][0] if ids.get(target) else None
        return old_id if target == "branch" and shape == 0 else ids[target][shape]
    if isinstance(kind, String):
        room = kind.length or 10**6
        if column.primary_key and column.name == "id":
            return new_id()
        if room >= ID_LENGTH + 2:
            return [
                old_id,
                json.dumps({"queue": old_id, "n": shape}),
                json.dumps({"fields": json.dumps({"assignee_id": {"old": None, "new": old_id}})}),
            ][shape]
        if room >= ID_LENGTH:
            return old_id if shape == 0 else new_id()
        return f"{table.name[:4]}{shape}"[:room]
    if isinstance(kind, Boolean):
        return 0
    if isinstance(kind, Integer):
        return shape
    if isinstance(kind, DateTime | UtcDateTime):
        return NOW_SQL
    raise AssertionError(
        f"{table.name}.{column.name} is a {kind!r} column: can it hold an id? Teach"
        " identity.text_columns to walk it (and this test to fill it)."
    )


def plant_everywhere(desk: Desk, old_id: str) -> int:
    """Rows in every table of the schema with ``old_id`` in every column that
    can hold it, written around the models' rules (but their foreign keys)."""
    planted = 0
    ids: dict[str, list[str]] = {}
    # The app's own connection: the search index's functions are registered on it.
    conn = desk.db.engine.raw_connection()
    try:
        conn.execute("BEGIN")
        for table in Base.metadata.sorted_tables:
            for shape in range(len(SHAPES)):
                values = {
                    c.name: planted_value(table, c, shape, old_id, ids)
                    for c in table.columns
                    if not (
                        c.primary_key and c.autoincrement is True and isinstance(c.type, Integer)
                    )
                }
                names = ", ".join(f'"{n}"' for n in values)
                marks = ", ".join("?" for _ in values)
                conn.execute(
                    f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})',
                    list(values.values()),
                )
                if "id" in values:
                    ids.setdefault(table.name, []).append(values["id"])
                planted += 1
        conn.execute("COMMIT")
    finally:
        conn.close()
    return planted


def test_every_table_of_the_schema_is_walked(desk: Desk) -> None:
    """Re-keying walks the models' tables; a table made outside them (but the
    search index's own) would be missed."""
    with desk.db.engine.connect() as conn:
        tables = set(
            conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'ticket%fts%'"
                # The articles' word index follows its rows by trigger (an id
                # change included): migration 0014.
                " AND name NOT LIKE 'kb_article_fts%'"
                # So does the letter register's, by its key table (migration 0016).
                " AND name NOT LIKE 'register_fts%'"
                " AND name != 'alembic_version'"
            ).scalars()
        )
    assert tables == set(Base.metadata.tables)


def test_every_foreign_key_column_is_walked() -> None:
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            assert fk.parent in text_columns(table), f"{table.name}.{fk.parent.name}"


def test_an_id_is_rewritten_in_every_column_of_every_table(desk: Desk) -> None:
    """Whatever table or column is added later, an id in it (whole, in JSON,
    in JSON inside JSON) follows the re-keyed row."""
    old_branch = desk.ctx.branch_id
    planted = plant_everywhere(desk, old_branch)
    assert planted == len(SHAPES) * len(Base.metadata.tables)
    new_branch = new_id()
    with desk.db.writing() as session:
        assert rekey(session, "branch", old_branch, new_branch)
    dump = dump_without_aliases(desk)
    assert old_branch not in dump
    assert desk.foreign_key_problems() == []
    # Every planted shape now names the new id, in the same form.
    assert json.dumps({"queue": new_branch, "n": 1}) in dump.replace("''", "'")
    nested = json.dumps({"fields": json.dumps({"assignee_id": {"old": None, "new": new_branch}})})
    assert nested in dump.replace("''", "'")


def dump_without_aliases(desk: Desk) -> str:
    with closing(sqlite3.connect(desk.db.path)) as conn:
        return "\n".join(
            line
            for line in conn.iterdump()
            if not (ID_ALIASES_KEY in line and "sync_state" in line)
        )


def test_words_that_mention_an_id_are_left_as_typed(desk: Desk) -> None:
    created = desk.create()
    old_user = desk.ctx.actor.user_id
    assert old_user is not None
    said = f'ask {old_user} (or "{old_user}") about it'
    desk.note(created.id, said)
    with desk.db.writing() as session:
        adopt_server_identity(session, desk.ctx, tokens())
    with desk.db.reading() as session:
        bodies = set(session.execute(select(TicketJournal.body)).scalars())
    assert said in bodies


def test_a_crash_in_the_middle_of_adoption_leaves_everything_as_it_was(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = desk.create(assignee_id=desk.ctx.actor.user_id)
    desk.change(created.id, priority=2)
    before = dump_without_aliases(desk)
    ctx_before = (desk.ctx.branch_id, desk.ctx.actor)

    def crash(*_args: object) -> None:
        raise OSError("power cut")

    # After every row has been rewritten, before the mapping is recorded.
    monkeypatch.setattr(identity, "_remember_aliases", crash)
    with pytest.raises(OSError, match="power cut"), desk.db.writing() as session:
        adopt_server_identity(session, desk.ctx, tokens())
    assert dump_without_aliases(desk) == before
    # The journal's guard is back (its removal was rolled back with the rest).
    with pytest.raises(SQLDatabaseError, match="append-only"), desk.db.writing() as session:
        session.execute(text("UPDATE ticket_journal SET body = 'rewritten'"))

    monkeypatch.undo()
    desk.ctx.branch_id, desk.ctx.actor = ctx_before
    with desk.db.writing() as session:
        adopted = adopt_server_identity(session, desk.ctx, tokens())
    assert adopted.rekeyed["app_user"] == {ctx_before[1].user_id: SERVER_USER}
    after = dump_without_aliases(desk)
    assert ctx_before[0] not in after and str(ctx_before[1].user_id) not in after
    with desk.db.writing() as session:
        assert adopt_server_identity(session, desk.ctx, tokens()).rekeyed == {}
    assert dump_without_aliases(desk) == after
    assert desk.foreign_key_problems() == []


def test_the_mapping_is_kept_for_files_outside_the_database(desk: Desk, tmp_path: Path) -> None:
    """Saved views and drafts live in files: they follow the kept mapping."""
    old_user = desk.ctx.actor.user_id
    assert old_user is not None
    with desk.db.reading() as session:
        old_queue = session.execute(select(DeskGroup.id).order_by(DeskGroup.name)).scalars().first()
    assert old_queue is not None
    prefs = ListPreferences(my_queues=frozenset({old_queue}))
    prefs.save_view(
        "Mine in the queue", View("x", queues=(old_queue,), assignees=(old_user, "@me"))
    )
    draft = {"subject": f"{old_queue} typed", "group_id": old_queue, "assignee_id": old_user}

    server_queue = new_id()
    with desk.db.writing() as session:
        adopt_server_identity(session, desk.ctx, tokens())
        rekey(session, "desk_group", old_queue, server_queue)
    with desk.db.reading() as session:
        aliases = read_aliases(session)
    assert aliases[old_queue] == server_queue and aliases[old_user] == SERVER_USER

    moved = ListPreferences.from_json(follow_aliases(prefs.to_json(), aliases))
    assert moved.my_queues == frozenset({server_queue})
    assert moved.own_views[0].queues == (server_queue,)
    assert moved.own_views[0].assignees == (SERVER_USER, "@me")
    assert follow_aliases(draft, aliases) == {
        "subject": f"{old_queue} typed",  # words, not a reference
        "group_id": server_queue,
        "assignee_id": SERVER_USER,
    }

    # The files themselves, as the desk keeps them.
    views_file, draft_file = tmp_path / "views.json", tmp_path / "drafts" / "draft-intake.json"
    save_preferences(views_file, prefs)
    DraftStore(draft_file.parent).save("intake", draft)
    untouched = tmp_path / "other.json"
    untouched.write_text("not json", "utf-8")
    files = [views_file, draft_file, untouched, tmp_path / "missing.json"]
    assert follow_aliases_in_files(files, aliases) == [views_file, draft_file]
    assert load_preferences(views_file).my_queues == frozenset({server_queue})
    assert DraftStore(draft_file.parent).load("intake") == follow_aliases(draft, aliases)
    assert follow_aliases_in_files(files, aliases) == []  # idempotent


def test_a_row_re_keyed_twice_keeps_one_alias_to_its_latest_id(desk: Desk) -> None:
    with desk.db.reading() as session:
        first = session.execute(select(DeskGroup.id).order_by(DeskGroup.name)).scalars().first()
    assert first is not None
    second, third = new_id(), new_id()
    with desk.db.writing() as session:
        rekey(session, "desk_group", first, second)
        rekey(session, "desk_group", second, third)
        aliases = read_aliases(session)
    assert aliases == {first: third, second: third}


def test_memberships_take_the_ids_other_desks_derive_for_the_server_person(desk: Desk) -> None:
    local_user = desk.ctx.actor.user_id
    assert local_user is not None
    with desk.db.writing() as session:
        group = session.execute(select(DeskGroup.id)).scalars().first()
        assert group is not None
        write_member(session, desk.ctx, local_user, group)
        remove_member(session, desk.ctx, local_user, group)
        write_member(session, desk.ctx, local_user, group)
    with desk.db.writing() as session:
        adopted = adopt_server_identity(session, desk.ctx, tokens())
    first, again = membership_id(SERVER_USER, group), membership_id(SERVER_USER, group, 1)
    assert set(adopted.rekeyed["queue_member"].values()) == {first, again}
    with desk.db.reading() as session:
        rows = session.execute(
            select(QueueMember.id, QueueMember.deleted_at).order_by(QueueMember.created_at)
        ).all()
        assert [(r.id, r.deleted_at is None) for r in rows] == [(first, False), (again, True)]
        sent = {op.entity_id for op in desk.outbox() if op.entity == "queue_member"}
        assert sent == {first, again}
    assert desk.foreign_key_problems() == []
