"""Synchronisation in the background: on a timer, on demand, never two at once.

The engine's ``sync_once`` talks to the network and writes the database, so it
runs on a thread of the runner's own (one thread: two syncs can never overlap,
and the desk's own database jobs never wait behind a slow server). The GUI
thread only starts a sync and shows what it reported.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.sync.status import SyncState, SyncStatus
from desk_app.ui.sync_texts import (
    NEEDS_A_PERSON,
    SERVER_FAULT,
    TIMEOUT,
    UNREACHABLE,
    problem_code,
)
from desk_app.ui.tasks import JobPool

DEFAULT_INTERVAL_S = 30
# After a local write: soon enough that another desk sees it within seconds,
# late enough that a burst of edits travels in one push.
SOON_S = 2.0
MAX_BACKOFF_S = 15 * 60


class SyncEngineLike(Protocol):
    """What the runner needs of the engine (desk_app.sync.engine.SyncEngine)."""

    def sync_once(self) -> SyncStatus: ...

    def status(self) -> SyncStatus: ...


def default_backoff(failures: int, interval_s: float) -> float:
    """Seconds before the next try after ``failures`` unreachable tries in a
    row: doubling from the normal interval, capped, with jitter so a branch
    whose link comes back does not have every desk knock at the same second."""
    delay = min(interval_s * 2 ** max(0, failures - 1), MAX_BACKOFF_S)
    return float(delay * random.uniform(0.8, 1.0))


class Background(JobPool):
    """A pool of its own for network work (sign-in, sync): a slow server never
    holds up the desk's database reads."""

    def __init__(self, parent: QObject | None = None, threads: int = 1) -> None:
        super().__init__(threads, parent)


class SyncRunner(QObject):
    """Runs the engine; announces every status it reports.

    ``statusChanged`` carries a SyncStatus. ``pulled`` carries the ids of the
    tickets a sync brought in from other desks (an empty list: rows changed
    but which ones is not known, so every view should reload).
    """

    statusChanged = Signal(object)
    pulled = Signal(list)

    def __init__(
        self,
        engine: SyncEngineLike | None = None,
        *,
        engine_factory: Callable[[], SyncEngineLike | None] | None = None,
        idle_status: Callable[[], SyncStatus] | None = None,
        interval_s: float = DEFAULT_INTERVAL_S,
        backoff: Callable[[int, float], float] = default_backoff,
        changed_tickets: Callable[[SyncEngineLike, SyncStatus], list[str] | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        # Building the engine may read the keyring: done on the worker thread,
        # at the first sync, and again after a failure (a keyring unlocked since).
        self._factory = engine_factory
        self._factory_done = engine is not None
        # With no engine (no server set up): the counts, read on the worker.
        self._idle_status = idle_status
        self._generation = 0  # bumped by set_engine; older results are stale
        self.interval_s = interval_s
        self._backoff = backoff
        self._changed_tickets = changed_tickets
        self._background = Background(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._running = False
        self._again = False
        self._closed = False
        self.failures = 0  # unreachable tries in a row
        self._status = SyncStatus(SyncState.NOT_CONFIGURED)

    # -- what it knows -------------------------------------------------------
    @property
    def engine(self) -> SyncEngineLike | None:
        return self._engine

    @property
    def status(self) -> SyncStatus:
        return self._status

    @property
    def is_running(self) -> bool:
        return self._running

    def next_sync_in_ms(self) -> int:
        """-1 when no sync is scheduled."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    # -- control -------------------------------------------------------------
    def set_engine(self, engine: SyncEngineLike | None) -> None:
        """A new engine (after signing in): reported on, then synced at once."""
        self._engine = engine
        self._factory_done = True
        self._generation += 1
        self.failures = 0
        if engine is None:
            self._timer.stop()
            self._show(SyncStatus(SyncState.NOT_CONFIGURED))
            return
        self.refresh_status()
        self.sync_now()

    def _job(self, call: Callable[[SyncEngineLike], SyncStatus]) -> Callable[[], Any]:
        """The work for the worker thread: (engine, generation, status)."""
        engine, generation = self._engine, self._generation
        factory = None if self._factory_done else self._factory
        idle = self._idle_status

        def job() -> tuple[SyncEngineLike | None, int, SyncStatus]:
            built = engine if engine is not None or factory is None else factory()
            if built is None:
                status = idle() if idle else SyncStatus(SyncState.NOT_CONFIGURED)
                return None, generation, status
            return built, generation, call(built)

        return job

    def _adopt(self, result: tuple[SyncEngineLike | None, int, SyncStatus]) -> SyncStatus | None:
        """The engine a job built becomes the runner's; None if stale."""
        engine, generation, status = result
        if generation != self._generation:
            return None
        if self._engine is None:
            self._engine = engine
            self._factory_done = True
        return status

    def start(self) -> None:
        """Show the current status, then sync soon and on the interval."""
        self.refresh_status()
        self._schedule(1.0)

    def sync_now(self) -> bool:
        """Start a sync unless one is running (then one more follows it).
        Returns whether a sync was started now."""
        if self._closed or not self._can_run():
            return False
        if self._running:
            self._again = True
            return False
        self._running = True
        self._timer.stop()
        self._show(replace(self._status, state=SyncState.SYNCING, problem=""))
        self._background.run(
            self._job(lambda engine: engine.sync_once()),
            self._synced,
            self._sync_failed,
            owner=self,
        )
        return True

    def sync_soon(self, delay_s: float = SOON_S) -> None:
        """Something was written here: send it within a few seconds rather
        than at the next tick, so other desks see it quickly. Several writes
        in a row make one sync. Not while the server is unreachable (the
        backoff decides then) or someone must act first."""
        if self._closed or not self._can_run():
            return
        if self._status.state not in (SyncState.SYNCED, SyncState.SYNCING):
            return
        if self._running:
            self._again = True
            return
        remaining = self._timer.remainingTime()
        if not self._timer.isActive() or remaining < 0 or remaining > delay_s * 1000:
            self._schedule(delay_s)

    def refresh_status(self) -> None:
        """Counts changed here (a conflict settled, an op discarded): ask the
        engine for its status, on the runner's thread, behind any sync."""
        if self._closed or not self._can_report():
            return
        self._background.run(
            self._job(lambda engine: engine.status()),
            self._status_read,
            self._status_failed,
            owner=self,
        )

    def _can_run(self) -> bool:
        return self._engine is not None or (self._factory is not None and not self._factory_done)

    def _can_report(self) -> bool:
        return self._can_run() or self._idle_status is not None

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Stop scheduling and wait for a sync in progress (the database is
        closed after this)."""
        self._closed = True
        self._timer.stop()
        return self._background.wait(msecs)

    # -- results -------------------------------------------------------------
    def _status_read(self, result: tuple[SyncEngineLike | None, int, SyncStatus]) -> None:
        status = self._adopt(result)
        if status is None:
            return
        if self._running:
            # A sync started after this was asked: keep showing it as running.
            status = replace(status, state=SyncState.SYNCING, problem="")
        self._show(status)

    def _status_failed(self, error: Exception) -> None:
        """Building the engine failed (no keyring …): say so; syncing will try
        again to build it."""
        if not self._running:
            self._show(SyncStatus(SyncState.ERROR, problem=problem_code(error) or UNREACHABLE))

    def _synced(self, result: tuple[SyncEngineLike | None, int, SyncStatus]) -> None:
        self._running = False
        status = self._adopt(result)
        if status is None:
            self._next()
            return
        self._show(status)
        if status.state == SyncState.SYNCED and self._engine is not None:
            self.failures = 0
            hook = self._changed_tickets
            changed = hook(self._engine, status) if hook else None
            if changed is None or changed:
                self.pulled.emit(list(changed or []))
        self._next()

    def _sync_failed(self, error: Exception) -> None:
        """The engine reports problems as a status; an exception that escaped
        it (or building the engine: no keyring) is shown the same way."""
        self._running = False
        code = problem_code(error)
        transient = code in ("", UNREACHABLE, TIMEOUT, SERVER_FAULT)
        state = SyncState.OFFLINE if transient else SyncState.ERROR
        self._show(replace(self._status, state=state, problem=code or UNREACHABLE))
        self._next()

    def _next(self) -> None:
        if self._closed:
            return
        if self._again:
            self._again = False
            self.sync_now()
            return
        state = self._status.state
        if self._status.problem in NEEDS_A_PERSON:
            return  # retrying changes nothing until someone signs in or updates
        if state in (SyncState.OFFLINE, SyncState.ERROR):
            self.failures += 1
            self._schedule(self._retry_in())
        elif state in (SyncState.SYNCED, SyncState.SYNCING):
            self._schedule(self.interval_s)
        # NOT_CONFIGURED / SIGNED_OUT: nothing to do until someone signs in.

    def _retry_in(self) -> float:
        """The engine's own backoff when it has one (SyncEngine.next_retry_in
        knows what failed), the runner's otherwise."""
        engine_says = getattr(self._engine, "next_retry_in", None)
        if callable(engine_says):
            return max(1.0, float(engine_says()))
        return self._backoff(self.failures, self.interval_s)

    def _schedule(self, seconds: float) -> None:
        if not self._closed:
            self._timer.start(max(0, round(seconds * 1000)))

    def _show(self, status: SyncStatus) -> None:
        self._status = status
        self.statusChanged.emit(status)
