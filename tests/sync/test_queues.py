"""Queues made by the administrator on the server, and a desk's own default
queues: a ticket routed to a queue the server does not know yet waits, and is
accepted once the administrator has created (or seeded) that queue."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.models import DeskGroup
from desk_app.server import directory
from desk_app.sync.conflicts import retry_rejected
from desk_app.sync.status import SyncState
from tests.sync.harness import Server, running_server
from tests.sync.helpers import Desk

MakeDesk = Callable[..., Desk]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with running_server(tmp_path, "postgresql") as running:
        running.add_user("agent1", ["HQ"])
        yield running


def local_queue(desk: Desk, name: str) -> str:
    with desk.db.reading() as session:
        return str(session.execute(select(DeskGroup.id).where(DeskGroup.name == name)).scalar())


def test_a_ticket_in_a_default_queue_goes_through_once_the_queues_are_seeded(
    server: Server, make_desk: MakeDesk
) -> None:
    desk = make_desk("a", station="1", username="agent1")
    engine = server.engine_for(desk, "agent1")
    mine = local_queue(desk, "Technical Support")
    created = desk.create("Screen flickers", group_id=mine)

    status = engine.sync_once()
    assert status.state is SyncState.SYNCED, status
    assert status.rejected > 0  # the server has no such queue yet; kept, visible

    seeded = server.admin(directory.seed_default_queues)
    assert "Technical Support" in seeded  # type: ignore[operator]
    assert server.admin(directory.seed_default_queues) == []  # idempotent

    engine.sync_once()  # learns the server's queues, adopts them by name
    with desk.db.writing() as session:
        retry_rejected(session)
    status = engine.sync_once()
    assert (status.state, status.pending, status.rejected) == (SyncState.SYNCED, 0, 0), status
    adopted = local_queue(desk, "Technical Support")
    assert adopted != mine  # the server's id now
    assert desk.ticket(created.id).group_id == adopted
    with desk.db.reading() as session:
        names = session.execute(select(DeskGroup.name)).scalars().all()
    assert sorted(names) == sorted(set(names))  # no duplicate queue


def test_a_queue_for_one_branch_reaches_only_that_branch(
    server: Server, make_desk: MakeDesk
) -> None:
    server.add_user("jeddah1", ["JED"])
    server.admin(directory.create_queue, "Jeddah Walk-ins", name_ar="مراجعو جدة", branch_code="JED")
    hq = make_desk("hq", station="1", username="agent1")
    jed = make_desk("jed", code="JED", station="1", username="jeddah1")
    for desk, user in ((hq, "agent1"), (jed, "jeddah1")):
        assert server.engine_for(desk, user).sync_once().state is SyncState.SYNCED
    assert local_queue(jed, "Jeddah Walk-ins") != "None"
    assert local_queue(hq, "Jeddah Walk-ins") == "None"


@pytest.mark.parametrize(
    ("name", "options", "words"),
    [
        ("  ", {}, "name"),
        ("x" * 201, {}, "200"),
        ("Night shift", {"tier": 7}, "tier"),
        ("Night shift", {"branch_code": "NOPE"}, "NOPE"),
        ("Service  Desk", {}, "exists"),  # the same name once spaces are tidied
    ],
)
def test_queue_mistakes_are_refused_with_a_reason(
    server: Server, name: str, options: dict[str, object], words: str
) -> None:
    server.admin(directory.create_queue, "Service Desk")
    with pytest.raises(directory.AdminError, match=words):
        server.admin(directory.create_queue, name, **options)
