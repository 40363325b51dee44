"""Running database work off the GUI thread.

A job is a plain function run on a pool thread; its result (plain data, never
ORM objects) comes back to the GUI thread through a queued signal. Writes go
through a one-thread pool so they never compete for SQLite's write lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        fn, relay = self._fn, self._relay
        # PySide may keep a finished runnable's Python side alive: it must not
        # keep the job's function and relay (and what they hold) with it.
        del self._fn, self._relay
        try:
            result = fn()
        except Exception as error:  # reported to the GUI thread, never lost
            relay.failed.emit(error)
        else:
            relay.done.emit(result)


class TaskRunner(QObject):
    """Owns the pools; ``failed`` carries errors nobody else handled."""

    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()
        self.busy = 0

    def read(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        self._start(self._reads, fn, on_done, on_failed, owner)

    def write(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        self._start(self._writes, fn, on_done, on_failed, owner)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None] | None,
        owner: QObject | None,
    ) -> None:
        """Run ``fn`` on ``pool``. If ``owner`` (the widget that asked) is gone
        by the time the result arrives, the result is dropped: a window closed
        while its query ran must not be touched. A write itself still commits."""
        relay = _Relay()
        self._relays.add(relay)
        self.busy += 1

        def alive() -> bool:
            return owner is None or shiboken6.isValid(owner)

        def settle() -> None:
            self._relays.discard(relay)
            self.busy -= 1
            # The relay's connections hold finish and fail, which hold the
            # relay: only deleting the QObject lets all three go. Kept, every
            # read of a long day stayed in memory (and in every collection).
            relay.deleteLater()

        def finish(result: Any) -> None:
            settle()
            if alive():
                on_done(result)

        def fail(error: Exception) -> None:
            settle()
            if on_failed is not None and alive():
                on_failed(error)
            else:
                self.failed.emit(error)

        relay.done.connect(finish)
        relay.failed.connect(fail)
        pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._reads.waitForDone(msecs) and self._writes.waitForDone(msecs)
