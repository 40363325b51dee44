"""The hybrid logical clock orders every change made on this machine and every
change received from others, whatever the wall clock does."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.services.hlc import MAX_COUNTER, HybridLogicalClock, Timestamp
from desk_app.storage.db import Database

NODE = "node-a"
DAY_MS = 24 * 3600 * 1000
NOW_MS = 1_790_000_000_000  # late 2026


class FakeWall:
    """A wall clock the test moves by hand."""

    def __init__(self, ms: int = NOW_MS) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def scripted(readings: list[int]) -> Callable[[], int]:
    it = iter(readings)
    return lambda: next(it)


def test_follows_the_wall_clock_when_it_moves_forward() -> None:
    wall = FakeWall()
    clock = HybridLogicalClock(NODE, wall=wall)
    first = clock.now()
    wall.ms += 5
    second = clock.now()
    assert first == Timestamp(NOW_MS, 0, NODE)
    assert second == Timestamp(NOW_MS + 5, 0, NODE)


def test_stalled_wall_clock_counts_up() -> None:
    clock = HybridLogicalClock(NODE, wall=FakeWall())
    stamps = [clock.now() for _ in range(50)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 50
    assert stamps[-1] == Timestamp(NOW_MS, 49, NODE)


def test_wall_clock_going_back_never_takes_the_clock_back() -> None:
    wall = FakeWall()
    clock = HybridLogicalClock(NODE, wall=wall)
    before = clock.now()
    wall.ms -= DAY_MS  # someone corrects the system clock by a day
    after = [clock.now() for _ in range(3)]
    assert all(before < t for t in after)
    assert after == sorted(after)
    assert all(t.wall_ms == NOW_MS for t in after)  # stays near real time, no jump


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**13), min_size=1, max_size=60))
def test_now_is_strictly_increasing_for_any_wall_clock(readings: list[int]) -> None:
    clock = HybridLogicalClock(NODE, wall=scripted(readings))
    stamps = [clock.now() for _ in readings]
    assert all(a < b for a, b in itertools.pairwise(stamps))
    encoded = [t.encode() for t in stamps]
    assert encoded == sorted(encoded)
    # never behind the wall clock it was given
    assert all(t.wall_ms >= w for t, w in zip(stamps, readings, strict=True))


@pytest.mark.parametrize("skew_ms", [DAY_MS, -DAY_MS, 1, -1, 0])
def test_observe_lands_after_the_remote_and_the_local_clock(skew_ms: int) -> None:
    wall = FakeWall()
    clock = HybridLogicalClock(NODE, wall=wall)
    local = clock.now()
    remote = Timestamp(NOW_MS + skew_ms, 7, "node-b")
    merged = clock.observe(remote)
    assert merged > local
    assert (merged.wall_ms, merged.counter) > (remote.wall_ms, remote.counter)
    assert merged.node == NODE
    following = clock.now()
    assert following > merged


def test_remote_clock_a_day_ahead_is_followed_not_rejected() -> None:
    wall = FakeWall()
    clock = HybridLogicalClock(NODE, wall=wall)
    remote = Timestamp(NOW_MS + DAY_MS, 0, "node-b")
    clock.observe(remote)
    wall.ms += 10
    later = clock.now()
    assert later.wall_ms == NOW_MS + DAY_MS
    assert later.counter == 2  # observe took 1, now takes 2


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.booleans(),
            st.integers(min_value=-DAY_MS, max_value=DAY_MS),
            st.integers(min_value=0, max_value=MAX_COUNTER),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_mixed_local_and_remote_events_stay_ordered(events: list[tuple[bool, int, int]]) -> None:
    wall = FakeWall()
    clock = HybridLogicalClock(NODE, wall=wall)
    last = clock.now()
    for is_remote, delta, counter in events:
        wall.ms += delta // 1000  # the local clock wanders a little, both ways
        if is_remote:
            remote = Timestamp(wall.ms + delta, counter, "other")
            stamp = clock.observe(remote)
            assert (stamp.wall_ms, stamp.counter) > (remote.wall_ms, remote.counter)
        else:
            stamp = clock.now()
        assert stamp > last
        last = stamp


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**15 - 1),
    st.integers(min_value=0, max_value=MAX_COUNTER),
    st.text(min_size=1, max_size=40),
)
def test_encode_decode_round_trip(wall_ms: int, counter: int, node: str) -> None:
    stamp = Timestamp(wall_ms, counter, node)
    assert Timestamp.decode(stamp.encode()) == stamp


_STAMPS = st.builds(
    Timestamp,
    st.integers(min_value=0, max_value=10**15 - 1),
    st.integers(min_value=0, max_value=MAX_COUNTER),
    st.sampled_from(["0191c3a0-aaaa", "0191c3a0-bbbb", "z", "A-b-c"]),
)


@settings(max_examples=500, deadline=None)
@given(_STAMPS, _STAMPS)
def test_text_order_is_timestamp_order(a: Timestamp, b: Timestamp) -> None:
    assert (a.encode() < b.encode()) == (a < b)
    assert (a.encode() == b.encode()) == (a == b)


@pytest.mark.parametrize("text", ["", "garbage", "12-x-node", "x-1-node"])
def test_decode_rejects_garbage(text: str) -> None:
    with pytest.raises(ValueError, match="not an HLC timestamp"):
        Timestamp.decode(text)


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    clock = HybridLogicalClock(NODE, Timestamp(NOW_MS, MAX_COUNTER - 1, NODE), wall=FakeWall())
    assert clock.now() == Timestamp(NOW_MS, MAX_COUNTER, NODE)
    overflowed = clock.now()
    assert overflowed == Timestamp(NOW_MS + 1, 0, NODE)
    assert overflowed.encode() > Timestamp(NOW_MS, MAX_COUNTER, NODE).encode()


def test_observe_with_a_full_remote_counter_borrows_too() -> None:
    clock = HybridLogicalClock(NODE, wall=FakeWall(NOW_MS - 5))
    merged = clock.observe(Timestamp(NOW_MS, MAX_COUNTER, "other"))
    assert merged == Timestamp(NOW_MS + 1, 0, NODE)


def test_clock_survives_restart_with_the_wall_clock_behind(db: Database) -> None:
    """The last HLC is stored with each write: after a restart on a machine whose
    clock was put back, new changes still sort after the old ones."""
    from sqlalchemy import select

    from desk_app.models import SyncState
    from desk_app.services.context import LAST_HLC_KEY
    from desk_app.services.setup import BranchProfile, ensure_local_setup

    future = Timestamp(NOW_MS + 365 * DAY_MS, 3, "x").encode()
    with db.writing() as session:
        first = ensure_local_setup(session, BranchProfile(), "a", "A")
        session.merge(SyncState(key=LAST_HLC_KEY, value=future))
    with db.writing() as session:
        again = ensure_local_setup(session, BranchProfile(), "a", "A")
        stamp = again.stamp(session)
    assert again.client_id == first.client_id
    assert stamp > future
    with db.reading() as session:
        stored = session.execute(
            select(SyncState.value).where(SyncState.key == LAST_HLC_KEY)
        ).scalar_one()
    assert stored == stamp
