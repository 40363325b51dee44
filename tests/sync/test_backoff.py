"""Retry delays: doubling, capped, spread by jitter."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desk_app.sync.engine import BACKOFF_BASE_S, BACKOFF_CAP_S, backoff_delay


def test_no_failure_no_wait() -> None:
    assert backoff_delay(0) == 0.0


def test_doubles_then_caps() -> None:
    full = [backoff_delay(n, jitter=1.0) for n in range(1, 12)]
    assert full[:4] == [BACKOFF_BASE_S * 2**i for i in range(4)]
    assert full[-1] == BACKOFF_CAP_S
    assert full == sorted(full)


def test_jitter_spreads_between_half_and_full() -> None:
    assert backoff_delay(3, jitter=0.0) == backoff_delay(3, jitter=1.0) / 2


@given(st.integers(min_value=1, max_value=10_000), st.floats(min_value=0, max_value=1))
def test_always_within_bounds(failures: int, jitter: float) -> None:
    delay = backoff_delay(failures, jitter=jitter)
    assert BACKOFF_BASE_S / 2 <= delay <= BACKOFF_CAP_S


def test_random_jitter_stays_in_range() -> None:
    for _ in range(100):
        assert BACKOFF_CAP_S / 2 <= backoff_delay(50) <= BACKOFF_CAP_S
