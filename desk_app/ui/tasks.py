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


class JobPool(QObject):
    """A pool of threads whose jobs answer on the GUI thread; ``failed``
    carries errors nobody else handled."""

    failed = Signal(object)

    def __init__(self, threads: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        # No parent: a job still running when the pool goes can still answer.
        self._relay = _Relay()
        self._relay.done.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._waiting: dict[int, _Waiting] = {}
        self._numbers = itertools.count()

    @property
    def busy(self) -> int:
        return len(self._waiting)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``fn`` on the pool. If ``owner`` (the widget that asked) is gone
        by the time the result arrives, the result is dropped: a window closed
        while its query ran must not be touched. A write itself still commits."""
        number = next(self._numbers)
        self._waiting[number] = _Waiting(fn, on_done, on_failed, owner)
        self._pool.start(_Job(number, fn, self._relay))

    def _finished(self, number: int, result: Any) -> None:
        waiting = self._waiting.pop(number)
        if waiting.owner_alive():
            waiting.on_done(result)

    def _failed(self, number: int, error: Exception) -> None:
        waiting = self._waiting.pop(number)
        if waiting.on_failed is not None and waiting.owner_alive():
            waiting.on_failed(error)
        else:
            self.failed.emit(error)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


class TaskRunner(QObject):
    """The desk's database work: reads on two threads, writes on one (they
    never compete for SQLite's write lock); ``failed`` carries errors nobody
    else handled."""

    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = JobPool(2, self)
        self._writes = JobPool(1, self)
        for pool in (self._reads, self._writes):
            pool.failed.connect(self.failed.emit)

    @property
    def busy(self) -> int:
        return self._reads.busy + self._writes.busy

    def read(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        self._reads.run(fn, on_done, on_failed, owner)

    def write(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        self._writes.run(fn, on_done, on_failed, owner)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._reads.wait(msecs) and self._writes.wait(msecs)
