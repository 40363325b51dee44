"""Running database work off the GUI thread.

A job is a plain function run on a pool thread; its result (plain data, never
ORM objects) comes back to the GUI thread through a queued signal. Writes go
through a one-thread pool so they never compete for SQLite's write lock.

One relay carries every job's answer, tagged with the job's number; what the
caller gave (the function and the callbacks) is kept here, on the GUI thread,
until the answer arrives. So nothing is made or deleted per job, and what a
job's function holds (a window, the desk) is let go on the GUI thread: let go
on a pool thread, a QObject with timers would be destroyed there, which Qt
does not allow.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, NamedTuple

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, number: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._fn: Callable[[], Any] | None = fn
        self._relay = relay

    def run(self) -> None:
        fn, self._fn = self._fn, None
        assert fn is not None  # a runnable runs once
        try:
            result = fn()
        except Exception as error:  # reported to the GUI thread, never lost
            # Let go of the function before answering: the GUI thread's copy
            # must be the last (see the module's docstring).
            del fn
            self._relay.failed.emit(self._number, error)
        else:
            del fn
            self._relay.done.emit(self._number, result)


class _Waiting(NamedTuple):
    fn: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_failed: Callable[[Exception], None] | None
    owner: QObject | None

    def owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)


class TaskRunner(QObject):
    """Owns the pools; ``failed`` carries errors nobody else handled."""

    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        # No parent: a job still running when the runner goes can still answer.
        self._relay = _Relay()
        self._relay.done.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._waiting: dict[int, _Waiting] = {}
        self._numbers = itertools.count()
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
        number = next(self._numbers)
        self._waiting[number] = _Waiting(fn, on_done, on_failed, owner)
        self.busy += 1
        pool.start(_Job(number, fn, self._relay))

    def _finished(self, number: int, result: Any) -> None:
        waiting = self._waiting.pop(number)
        self.busy -= 1
        if waiting.owner_alive():
            waiting.on_done(result)

    def _failed(self, number: int, error: Exception) -> None:
        waiting = self._waiting.pop(number)
        self.busy -= 1
        if waiting.on_failed is not None and waiting.owner_alive():
            waiting.on_failed(error)
        else:
            self.failed.emit(error)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._reads.waitForDone(msecs) and self._writes.waitForDone(msecs)
