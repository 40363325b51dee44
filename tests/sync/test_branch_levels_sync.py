"""Service levels per branch end to end, on the real server over PostgreSQL:
an administrator changes a branch's holidays at one desk, another desk syncs
and its clocks for that branch's tickets move; a lower level is refused."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desk_app.models import Branch, Ticket
from desk_app.server.database import ServerDatabase
from desk_app.server.schema import audit, config
from desk_app.services import branch_clocks, config_store
from desk_app.services.branch_levels import (
    Holiday,
    levels_key,
    load_branch_levels,
    to_body,
)
from desk_app.services.config_store import StaleDocument
from desk_app.services.permissions import PermissionDenied, Right
from desk_app.sync import config_sync
from desk_app.sync.engine import SyncEngine
from desk_app.sync.status import SyncState
from tests.sync.harness import Server, running_server
from tests.sync.helpers import Desk

MakeDesk = Callable[..., Desk]


@pytest.fixture
def pg(tmp_path: Path) -> Iterator[Server]:
    with running_server(tmp_path, "postgresql") as running:
        running.add_user("root", ["HQ"], role="admin")
        running.add_user("agent", ["HQ"], role="agent")
        yield running


def synced(engine: SyncEngine) -> None:
    status = engine.sync_once()
    assert status.state is SyncState.SYNCED, status


def due_at(desk: Desk, ticket_id: str) -> datetime:
    with desk.db.reading() as session:
        found = session.execute(select(Ticket.sla_due_at).where(Ticket.id == ticket_id)).scalar()
    assert found is not None
    return found.replace(tzinfo=UTC) if found.tzinfo is None else found


def test_holidays_published_at_one_desk_move_the_clocks_at_another(
    pg: Server, make_desk: MakeDesk
) -> None:
    a = make_desk("a", station="1", username="root")
    b = make_desk("b", station="2", username="agent")
    holidays_move_the_clocks(a, pg.engine_for(a, "root"), b, pg.engine_for(b, "agent"))


def holidays_move_the_clocks(a: Desk, engine_a: SyncEngine, b: Desk, engine_b: SyncEngine) -> None:
    """Desk ``a`` (an administrator's) publishes three weeks off for the
    branch of a ticket it created; desk ``b`` syncs and that ticket's due
    time moves past them."""
    ticket = a.create("Printer does not print").id
    synced(engine_a)
    synced(engine_b)
    before = due_at(b, ticket)
    with b.db.reading() as session:
        branch = session.get(Branch, b.ticket(ticket).branch_id)
        assert branch is not None
        branch_id, zone = branch.id, ZoneInfo(branch.time_zone)

    # The administrator gives the branch the next three weeks off.
    with a.db.reading() as session:
        start = load_branch_levels(session, branch_id)
    today = datetime.now(zone).date()
    days_off = tuple(Holiday(today + timedelta(days=n), "إجازة") for n in range(21))
    changed = replace(start, holidays=days_off)
    saved = config_sync.publish(engine_a.client, levels_key(branch_id), 0, to_body(changed))
    assert saved.version == 1
    with pytest.raises(StaleDocument) as stale:
        config_sync.publish(engine_a.client, levels_key(branch_id), 0, to_body(changed))
    assert stale.value.version == 1

    synced(engine_b)
    assert engine_b.last_report.configured == 1
    with b.db.reading() as session:
        kept = config_store.load_document(session, levels_key(branch_id))
        assert kept is not None and kept.version == 1
        assert load_branch_levels(session, branch_id).holidays == days_off
        assert not branch_clocks.branches_due(session)
    after = due_at(b, ticket)
    assert after - before >= timedelta(days=14), (before, after)

    # Nothing changed since: the next round keeps and recomputes nothing.
    synced(engine_b)
    assert engine_b.last_report.configured == 0
    assert due_at(b, ticket) == after


def test_a_level_2_desk_may_not_publish_and_is_audited(pg: Server, make_desk: MakeDesk) -> None:
    b = make_desk("b", station="2", username="agent")
    level_2_is_refused(b, pg.engine_for(b, "agent"), pg.app.state.db)


def level_2_is_refused(b: Desk, engine: SyncEngine, server_db: ServerDatabase) -> None:
    """An agent's desk publishing service levels: refused, nothing kept,
    the refusal in the server's audit log."""
    synced(engine)
    with b.db.reading() as session:
        levels = load_branch_levels(session, b.ctx.branch_id)
    body = to_body(replace(levels, holidays=(Holiday(datetime.now(UTC).date(), ""),)))
    with pytest.raises(PermissionDenied) as refused:
        config_sync.publish(engine.client, levels_key(b.ctx.branch_id), 0, body)
    assert refused.value.denial.right is Right.CONFIGURE_SLA
    with server_db.reading() as conn:
        assert conn.execute(select(config)).first() is None
        kinds = conn.execute(select(audit.c.kind, audit.c.subject)).all()
    assert ("refused", levels_key(b.ctx.branch_id)) in [tuple(k) for k in kinds]


def test_a_document_the_desk_cannot_read_is_not_kept(desk: Desk) -> None:
    bad = config_store.ConfigDocument(levels_key(desk.ctx.branch_id), 3, {"hours": []})
    good = config_store.ConfigDocument(levels_key(desk.ctx.branch_id), 4, {"weekend": [5]})
    with desk.db.writing() as session:
        assert not config_sync.keep(session, bad)
        assert config_store.load_document(session, bad.key) is None
        assert config_sync.keep(session, good)
        assert not config_sync.keep(session, good)
        assert branch_clocks.branches_due(session)


def test_a_key_too_long_to_keep_is_left(desk: Desk) -> None:
    document = config_store.ConfigDocument("x" * 200, 1, {})
    with desk.db.writing() as session:
        assert not config_sync.keep(session, document)
