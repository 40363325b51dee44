"""Desks and the real server, in-process: offline work on two desks meets in
one picture, in either order; conflicts and refusals reach the person; a crash
in the middle of a pull loses and repeats nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from desk_app.models import DeskGroup, ParkedChange, Ticket
from desk_app.server import directory
from desk_app.services.ids import new_id
from desk_app.sync import pull
from desk_app.sync.account import restore_session, sign_out
from desk_app.sync.client import SyncClient
from desk_app.sync.conflicts import list_conflicts, list_outbox, resolve_conflict, retry_rejected
from desk_app.sync.credentials import CredentialStore, MemoryKeyring
from desk_app.sync.engine import SyncEngine
from desk_app.sync.status import OutboxEntry, SyncState
from tests.sync.harness import SERVER_URL, Server
from tests.sync.helpers import Desk

MakeDesk = Callable[..., Desk]
NOW_TEXT = "2026-11-25T09:30:00.000000Z"


def two_desks(server: Server, make_desk: MakeDesk) -> tuple[Desk, SyncEngine, Desk, SyncEngine]:
    a = make_desk("a", station="1", username="agent1")
    b = make_desk("b", station="2", username="agent2")
    return a, server.engine_for(a, "agent1"), b, server.engine_for(b, "agent2")


def synced(engine: SyncEngine) -> None:
    status = engine.sync_once()
    assert status.state is SyncState.SYNCED, status
    assert (status.pending, status.rejected) == (0, 0), list_outbox_of(engine)


def list_outbox_of(engine: SyncEngine) -> list[OutboxEntry]:
    with engine.db.reading() as session:
        return list(list_outbox(session))


def work_offline(a: Desk, b: Desk) -> None:
    one = a.create("Printer does not print", priority=2)
    a.change(one.id, status="open")
    a.note(one.id, "asked for the model number")
    a.create("الطابعة لا تطبع", description="منذ الصباح")
    three = b.create("Scanner jams", customer_name="Huda", phone="0501234567")
    b.note(three.id, "sent a technician")
    b.change(three.id, priority=1)


def test_first_sync_of_a_desk(server: Server, make_desk: MakeDesk) -> None:
    desk = make_desk("a", station="1", username="agent1")
    created = desk.create("Printer does not print")
    desk.note(created.id, "asked for the model number")
    engine = server.engine_for(desk, "agent1")
    status = engine.sync_once()
    assert status.state is SyncState.SYNCED, status
    assert (status.pending, status.rejected, status.conflicts) == (0, 0, 0)
    assert status.last_synced_at is not None
    assert desk.outbox() == []
    assert desk.foreign_key_problems() == []


@pytest.mark.parametrize("order", ["ab", "ba"])
def test_two_offline_desks_converge_in_either_order(
    server: Server, make_desk: MakeDesk, order: str
) -> None:
    a, engine_a, b, engine_b = two_desks(server, make_desk)
    work_offline(a, b)
    engines = {"a": engine_a, "b": engine_b}
    for name in order + order:  # the first of the pair learns the other's work next time
        synced(engines[name])
    assert len(a.tickets()) == 3
    assert a.tickets() == b.tickets()
    assert a.journal() == b.journal()
    assert len(a.journal()) == 7  # 3 created, 2 notes, a status and a priority change
    assert a.foreign_key_problems() == b.foreign_key_problems() == []
    # Pulled tickets are searchable on the other desk.
    with b.db.reading() as session:
        arabic = session.execute(select(Ticket).where(Ticket.subject == "الطابعة لا تطبع")).scalar()
    assert arabic is not None


def test_concurrent_edit_of_one_field_is_listed_for_review(
    server: Server, make_desk: MakeDesk
) -> None:
    a, engine_a, b, engine_b = two_desks(server, make_desk)
    created = a.create("Printer does not print", priority=3)
    synced(engine_a)
    synced(engine_b)
    a.change(created.id, priority=1)
    b.change(created.id, priority=2)  # later, so it wins by HLC
    synced(engine_a)
    status = engine_b.sync_once()
    assert status.state is SyncState.SYNCED and status.conflicts == 1
    with b.db.reading() as session:
        [entry] = list_conflicts(session)
    assert (entry.field, entry.mine, entry.theirs, entry.kept) == ("priority", "2", "1", "mine")
    assert entry.label.startswith(created.number)
    synced(engine_a)
    assert a.ticket(created.id).priority == b.ticket(created.id).priority == 2

    # The person on desk b decides the other desk was right after all.
    with b.db.writing() as session:
        resolve_conflict(session, b.ctx, entry.id, "theirs")
    assert b.ticket(created.id).priority == 1
    assert engine_b.status().conflicts == 0
    synced(engine_b)
    synced(engine_a)
    assert a.ticket(created.id).priority == 1
    assert a.journal() == b.journal()


def test_a_refused_op_is_kept_with_its_reason(server: Server, make_desk: MakeDesk) -> None:
    """A desk set up for a branch its account may not write: the server refuses
    its tickets, and they stay in the outbox, visible, sync after sync."""
    desk = make_desk("j", code="JED", station="1", username="agent1")
    desk.create("Nobody here may write this")
    engine = server.engine_for(desk, "agent1")
    assert engine.identity is not None and engine.identity.branch_id is None
    status = engine.sync_once()
    assert status.state is SyncState.SYNCED
    assert status.rejected >= 1 and status.pending == 0
    entries = list_outbox_of(engine)
    assert all(e.state == "rejected" for e in entries)
    assert {e.error for e in entries} == {"branch_not_allowed"}
    again = engine.sync_once()
    assert again.rejected == status.rejected


def test_a_crash_between_pull_pages_repeats_and_loses_nothing(
    server: Server, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, engine_a, b, _ = two_desks(server, make_desk)
    for i in range(6):
        created = a.create(f"Ticket {i}")
        a.note(created.id, f"note {i}")
    synced(engine_a)
    engine_b = server.engine_for(b, "agent2", pull_limit=4)

    real_apply = pull.apply_page
    pages: list[int] = []

    def crash_on_second_page(*args: object, **kwargs: object) -> object:
        pages.append(1)
        if len(pages) == 2:
            real_apply(*args, **kwargs)  # type: ignore[arg-type]
            raise RuntimeError("power cut before commit")
        return real_apply(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pull, "apply_page", crash_on_second_page)
    with pytest.raises(RuntimeError):
        engine_b.sync_once()
    with b.db.reading() as session:
        cursor_after_crash = pull.read_cursor(session)
    assert cursor_after_crash  # the first page and its cursor were committed
    assert len(b.tickets()) <= 4

    assert len(pages) == 2
    monkeypatch.setattr(pull, "apply_page", real_apply)
    synced(engine_b)
    resumed = engine_b.last_report.pulled
    assert b.tickets() == a.tickets() and len(b.tickets()) == 6
    assert b.journal() == a.journal()
    with b.db.reading() as session:
        assert session.execute(select(ParkedChange)).first() is None
    # A fresh desk that never crashed pulled exactly as many rows in total.
    fresh = make_desk("fresh", station="3", username="agent2")
    engine_fresh = server.engine_for(fresh, "agent2", pull_limit=4)
    synced(engine_fresh)
    assert fresh.tickets() == a.tickets()
    assert resumed + 4 == engine_fresh.last_report.pulled  # page one was not pulled again


def test_granting_a_branch_makes_the_desk_download_everything_again(
    server: Server, make_desk: MakeDesk
) -> None:
    a, engine_a, b, engine_b = two_desks(server, make_desk)
    a.create("Before the grant")
    synced(engine_a)
    synced(engine_b)
    b.create("Pending while the scope changes")
    server.admin(directory.grant_branch, "agent2", "JED")
    engine_b.client.refresh()  # as when the access token expires: the new scope comes with it
    synced(engine_b)
    assert engine_b.last_report.resynced
    synced(engine_a)
    assert a.tickets() == b.tickets() and len(a.tickets()) == 2


def test_sessions_survive_a_restart_through_the_keyring(
    server: Server, make_desk: MakeDesk, memory_keyring: MemoryKeyring
) -> None:
    desk = make_desk("a", station="1", username="agent1")
    engine = server.engine_for(desk, "agent1")
    synced(engine)
    stored = CredentialStore().load(SERVER_URL, "agent1")
    assert stored and stored == engine.client.refresh_token

    # The app starts again: a new client, the token from the keyring.
    client = SyncClient(SERVER_URL, server.http)
    assert restore_session(client, CredentialStore(), username="agent1")
    restarted = SyncEngine(desk.db, desk.ctx, client)
    desk.create("After the restart")
    synced(restarted)
    rotated = CredentialStore().load(SERVER_URL, "agent1")
    assert rotated and rotated != stored  # refresh tokens rotate; the new one was kept

    sign_out(client, CredentialStore(), username="agent1")
    assert CredentialStore().load(SERVER_URL, "agent1") is None
    assert restarted.sync_once().state is SyncState.SIGNED_OUT


def test_a_revoked_device_is_signed_out(server: Server, make_desk: MakeDesk) -> None:
    desk = make_desk("a", station="1", username="agent1")
    engine = server.engine_for(desk, "agent1")
    synced(engine)
    server.admin(directory.set_active, "agent1", False)
    desk.create("Written after the account was disabled")
    status = engine.sync_once()
    assert status.state is SyncState.SIGNED_OUT
    assert status.problem == "user_inactive"
    assert status.pending > 0  # kept for later


def test_an_unreachable_server_means_offline_with_backoff(make_desk: MakeDesk) -> None:
    desk = make_desk("a")
    client = SyncClient("http://127.0.0.1:9")
    client.restore("x" * 43)
    engine = SyncEngine(desk.db, desk.ctx, client)
    desk.create("Written offline")
    first = engine.sync_once()
    assert (first.state, first.problem) == (SyncState.OFFLINE, "unreachable")
    assert first.pending > 0
    engine.sync_once()
    assert engine.failures == 2
    assert engine.next_retry_in(jitter=1.0) == 10.0
    client.close()


def test_not_signed_in(make_desk: MakeDesk) -> None:
    desk = make_desk("a")
    engine = SyncEngine(desk.db, desk.ctx, SyncClient(SERVER_URL))
    assert engine.status().state is SyncState.SIGNED_OUT
    assert engine.sync_once().state is SyncState.SIGNED_OUT


def test_an_unsupported_protocol_is_an_error_to_show(
    server: Server, make_desk: MakeDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = make_desk("a", station="1", username="agent1")
    engine = server.engine_for(desk, "agent1")
    monkeypatch.setattr("desk_app.sync.client.PROTOCOL_VERSION", 99)
    status = engine.sync_once()
    assert (status.state, status.problem) == (SyncState.ERROR, "protocol_too_new")


def test_editing_one_field_twice_offline_is_no_conflict_with_oneself(
    server: Server, make_desk: MakeDesk
) -> None:
    """Two edits of one field on this desk, while another desk changed another
    field: both sides of the server's "conflict" are this desk's writes."""
    a, engine_a, b, engine_b = two_desks(server, make_desk)
    created = a.create("Printer", priority=3)
    synced(engine_a)
    synced(engine_b)
    b.change(created.id, subject="Printer on floor 2")
    synced(engine_b)
    a.change(created.id, priority=2)
    a.change(created.id, priority=1)
    status = engine_a.sync_once()
    assert status.conflicts == 0
    assert a.ticket(created.id).priority == 1
    assert a.ticket(created.id).subject == "Printer on floor 2"


def test_last_activity_follows_the_journal_on_every_desk(
    server: Server, make_desk: MakeDesk
) -> None:
    a, engine_a, b, engine_b = two_desks(server, make_desk)
    created = a.create("Printer")
    synced(engine_a)
    synced(engine_b)
    b.note(created.id, "called the customer")
    noted = b.ticket(created.id).last_activity_at
    synced(engine_b)
    assert b.ticket(created.id).last_activity_at == noted  # not reverted by the pull
    synced(engine_a)
    assert a.ticket(created.id).last_activity_at == noted


def test_a_ticket_in_a_queue_the_server_lacks_waits_until_the_queue_exists(
    server: Server, make_desk: MakeDesk
) -> None:
    """Desks create their default queues offline; the server only knows queues
    an administrator made. A ticket routed to a queue the server lacks is
    refused (kept, visible); once the queue exists, the desk adopts it by name
    at the next pull, and a retry goes through."""
    desk = make_desk("a", station="1", username="agent1")
    with desk.db.reading() as session:
        local_queue = session.execute(
            select(DeskGroup.id).where(DeskGroup.name == "Technical Support")
        ).scalar_one()
    created = desk.create("Router down", group_id=local_queue)
    engine = server.engine_for(desk, "agent1")
    status = engine.sync_once()
    assert status.rejected >= 1
    assert {e.error for e in list_outbox_of(engine)} == {"invalid_value", "branch_not_allowed"}

    server_queue = new_id()
    server.admin(
        directory.write_row,
        "desk_group",
        server_queue,
        {"name": "Technical Support", "name_ar": "", "tier": 2, "created_at": NOW_TEXT},
    )
    synced_or_rejected = engine.sync_once()  # pulls the queue: the local one is re-keyed
    assert synced_or_rejected.state is SyncState.SYNCED
    assert desk.ticket(created.id).group_id == server_queue
    with desk.db.writing() as session:
        retry_rejected(session)
    synced(engine)
    assert desk.outbox() == []


def test_links_and_merges_made_on_two_offline_desks_all_arrive(
    server: Server, make_desk: MakeDesk
) -> None:
    from desk_app.services import links

    a, engine_a, b, engine_b = two_desks(server, make_desk)
    printer, scanner, email = (a.create(s).id for s in ("Printer", "Scanner", "Email"))
    synced(engine_a)
    synced(engine_b)
    # Offline: a links printer-scanner, b links printer-email and merges email
    # into scanner.
    with a.db.writing() as session:
        links.link_tickets(session, a.ctx, printer, scanner)
    with b.db.writing() as session:
        links.link_tickets(session, b.ctx, printer, email)
        links.merge_tickets(session, b.ctx, email, scanner)
    for engine in (engine_a, engine_b, engine_a):
        synced(engine)
    for desk in (a, b):
        with desk.db.reading() as session:
            assert {t.id for t in links.linked_tickets(session, printer)} == {scanner, email}
            assert links.merged_history(session, scanner) == [email]
        assert desk.ticket(email).status == "closed"
