"""Both desks of a conflict see it: the one whose push collided (from the push
result) and the one whose value it collided with (from the conflict feed)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desk_app.sync.conflicts import list_conflicts
from desk_app.sync.engine import SyncEngine
from desk_app.sync.errors import ServerRefused
from desk_app.sync.status import SyncState
from tests.sync.harness import Server
from tests.sync.helpers import Desk

MakeDesk = Callable[..., Desk]


def conflicts_of(engine: SyncEngine) -> list:  # type: ignore[type-arg]
    with engine.db.reading() as session:
        return list(list_conflicts(session))


def test_the_other_desk_sees_the_conflict_too(server: Server, make_desk: MakeDesk) -> None:
    a = make_desk("a", station="1", username="agent1")
    b = make_desk("b", station="2", username="agent2")
    engine_a, engine_b = server.engine_for(a, "agent1"), server.engine_for(b, "agent2")
    created = a.create("Printer", description="first words")
    assert engine_a.sync_once().state is SyncState.SYNCED
    assert engine_b.sync_once().state is SyncState.SYNCED
    a.change(created.id, description="desk A's account")
    b.change(created.id, description="desk B's account")
    engine_a.sync_once()
    engine_b.sync_once()  # B's push collides with A's value
    engine_a.sync_once()  # A reads the feed

    (on_b,) = conflicts_of(engine_b)
    (on_a,) = conflicts_of(engine_a)
    assert on_a.field == on_b.field == "description"
    assert on_a.mine == on_b.theirs and on_a.theirs == on_b.mine
    assert {on_a.mine, on_b.mine} == {"desk A's account", "desk B's account"}
    # Exactly one side has its value on the ticket now.
    assert {on_a.kept, on_b.kept} == {"mine", "theirs"}
    # Reading the feed again records nothing twice.
    engine_a.sync_once()
    assert len(conflicts_of(engine_a)) == 1


@pytest.mark.parametrize(
    ("cursor", "code"),
    [
        ("nonsense", "bad_cursor"),
        ("2026-01-01T00:00:00+00:00|short", "bad_cursor"),
        ("2026-01-01T00:00:00|01a210a7-286b-7e37-b701-b9d080badde5", "bad_cursor"),
        ("x" * 201, "invalid_request"),
    ],
)
def test_a_bad_feed_cursor_is_refused_as_a_client_error(
    server: Server, make_desk: MakeDesk, cursor: str, code: str
) -> None:
    desk = make_desk("a", station="1", username="agent1")
    engine = server.engine_for(desk, "agent1")
    assert engine.sync_once().state is SyncState.SYNCED
    with pytest.raises(ServerRefused) as refused:
        engine.client.conflicts(cursor)
    assert refused.value.code == code
