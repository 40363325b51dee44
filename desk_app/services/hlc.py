"""Hybrid logical clock.

An HLC timestamp is (wall milliseconds, counter, node). It never goes
backwards on one node even if the wall clock does, and after receiving a remote
timestamp it is ahead of it, so ordering by HLC respects causality while staying
close to real time. Encoded as fixed-width text, string order is HLC order.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock

_MS_WIDTH = 15
_COUNTER_WIDTH = 5
MAX_COUNTER = 10**_COUNTER_WIDTH - 1


@dataclass(frozen=True, order=True, slots=True)
class Timestamp:
    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{_MS_WIDTH}d}-{self.counter:0{_COUNTER_WIDTH}d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        try:
            wall, counter, node = text.split("-", 2)
            return cls(int(wall), int(counter), node)
        except ValueError as exc:
            raise ValueError(f"not an HLC timestamp: {text!r}") from exc


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """Thread-safe HLC for one node (one client database)."""

    def __init__(
        self, node: str, last: Timestamp | None = None, wall: Callable[[], int] = _wall_ms
    ) -> None:
        self._node = node
        self._wall = wall
        self._last = last or Timestamp(0, 0, node)
        self._lock = Lock()

    @property
    def last(self) -> Timestamp:
        return self._last

    def wall_ms(self) -> int:
        """What this node's wall clock says now (milliseconds since the epoch)."""
        return self._wall()

    def rewind(self, floor: Timestamp) -> Timestamp:
        """Set the clock back to the later of the wall clock and ``floor``.

        The one way an HLC may go backwards, for a node whose wall clock was
        wrong and has been corrected: every timestamp it issues afterwards is
        still after ``floor`` and after the wall clock. Whether going back is
        safe is the caller's to know (it must know that nobody else has
        observed anything this node stamped beyond that point)."""
        with self._lock:
            wall = Timestamp(self._wall(), 0, self._node)
            self._last = max(wall, Timestamp(floor.wall_ms, floor.counter, self._node))
            return self._last

    def now(self) -> Timestamp:
        """A timestamp for a local event."""
        with self._lock:
            wall = self._wall()
            if wall > self._last.wall_ms:
                self._last = Timestamp(wall, 0, self._node)
            else:
                self._last = self._bump(self._last.wall_ms, self._last.counter)
            return self._last

    def observe(self, remote: Timestamp) -> Timestamp:
        """Advance past a timestamp received from another node."""
        with self._lock:
            wall = self._wall()
            top = max(wall, self._last.wall_ms, remote.wall_ms)
            if top == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter)
                self._last = self._bump(top, counter)
            elif top == self._last.wall_ms:
                self._last = self._bump(top, self._last.counter)
            elif top == remote.wall_ms:
                self._last = self._bump(top, remote.counter)
            else:
                self._last = Timestamp(top, 0, self._node)
            return self._last

    def _bump(self, wall_ms: int, counter: int) -> Timestamp:
        if counter >= MAX_COUNTER:
            # Counter exhausted within one millisecond: borrow the next one.
            return Timestamp(wall_ms + 1, 0, self._node)
        return Timestamp(wall_ms, counter + 1, self._node)
