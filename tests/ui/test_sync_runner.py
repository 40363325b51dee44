"""The sync runner: background, one sync at a time, timer, backoff, refresh."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import QElapsedTimer, QTimer

from desk_app.sync.status import SyncState, SyncStatus
from desk_app.ui.sync_runner import SyncRunner, default_backoff

SYNCED_AT = datetime(2026, 3, 1, 7, 42, tzinfo=UTC)


@dataclass
class FakeEngine:
    """Stands in for desk_app.sync.engine.SyncEngine: sleeps like a slow
    server, counts how many syncs overlap, answers with scripted states."""

    delay: float = 0.0
    states: list[SyncState] = field(default_factory=list)
    pending: int = 2
    conflicts: int = 0
    problem: str = ""
    calls: int = 0
    running: int = 0
    most_at_once: int = 0
    threads: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def sync_once(self) -> SyncStatus:
        with self.lock:
            self.calls += 1
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
            self.threads.add(threading.current_thread().name)
        try:
            time.sleep(self.delay)
            state = self.states.pop(0) if self.states else SyncState.SYNCED
            problem = self.problem if state in (SyncState.OFFLINE, SyncState.ERROR) else ""
            return SyncStatus(
                state,
                SYNCED_AT if state == SyncState.SYNCED else None,
                pending=self.pending,
                conflicts=self.conflicts,
                problem=problem,
            )
        finally:
            with self.lock:
                self.running -= 1

    def status(self) -> SyncStatus:
        return SyncStatus(
            SyncState.SYNCED, SYNCED_AT, pending=self.pending, conflicts=self.conflicts
        )


def test_sync_runs_off_the_gui_thread_and_never_twice_at_once(qtbot, qapp):  # type: ignore[no-untyped-def]
    engine = FakeEngine(delay=0.3)
    runner = SyncRunner(engine, interval_s=0.05)
    seen: list[SyncStatus] = []
    runner.statusChanged.connect(seen.append)

    clock = QElapsedTimer()
    clock.start()
    assert runner.sync_now() is True
    for _ in range(5):  # "Sync now" pressed again and again meanwhile
        assert runner.sync_now() is False
    assert clock.elapsed() < 100, "starting a sync must not wait for it"
    assert seen[-1].state == SyncState.SYNCING

    # The GUI keeps turning while the engine sleeps on its thread.
    ticks: list[int] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(10)
    qtbot.waitUntil(lambda: engine.calls >= 3, timeout=5_000)
    ticker.stop()
    runner.shutdown()
    assert len(ticks) >= 10, "the event loop was blocked during the sync"
    assert engine.most_at_once == 1
    assert threading.main_thread().name not in engine.threads
    assert any(s.state == SyncState.SYNCED and s.pending == 2 for s in seen)


def test_the_timer_syncs_on_its_own_and_a_press_during_a_sync_runs_once_after(qtbot, qapp):  # type: ignore[no-untyped-def]
    engine = FakeEngine(delay=0.2)
    runner = SyncRunner(engine, interval_s=60)
    runner.sync_now()
    runner.sync_now()  # coalesced into one more sync after this one
    qtbot.waitUntil(lambda: engine.calls == 2 and not runner.is_running, timeout=5_000)
    qtbot.wait(300)
    assert engine.calls == 2
    remaining = runner.next_sync_in_ms()
    assert 55_000 < remaining <= 63_000, "next sync is on the interval (coarse timer slack)"
    runner.shutdown()


def test_unreachable_server_backs_off_and_recovers(qtbot, qapp):  # type: ignore[no-untyped-def]
    engine = FakeEngine(
        states=[SyncState.OFFLINE, SyncState.OFFLINE, SyncState.SYNCED], problem="unreachable"
    )
    delays: list[tuple[int, float]] = []

    def backoff(failures: int, interval: float) -> float:
        delays.append((failures, interval))
        return 0.01

    runner = SyncRunner(engine, interval_s=30, backoff=backoff)
    runner.sync_now()
    qtbot.waitUntil(lambda: engine.calls == 3 and not runner.is_running, timeout=5_000)
    assert delays == [(1, 30), (2, 30)]
    assert runner.failures == 0
    assert runner.status.state == SyncState.SYNCED
    assert runner.next_sync_in_ms() > 25_000
    runner.shutdown()


def test_default_backoff_doubles_and_is_capped() -> None:
    assert 24 <= default_backoff(1, 30) <= 30
    assert 48 <= default_backoff(2, 30) <= 60
    assert default_backoff(50, 30) <= 15 * 60


def test_a_problem_only_a_person_can_fix_is_not_retried_on_a_timer(qtbot, qapp):  # type: ignore[no-untyped-def]
    engine = FakeEngine(states=[SyncState.ERROR], problem="protocol_too_old")
    runner = SyncRunner(engine, interval_s=0.01)
    with qtbot.waitSignal(runner.statusChanged, check_params_cb=lambda s: s.state == "error"):
        runner.sync_now()
    qtbot.wait(100)
    assert engine.calls == 1 and runner.next_sync_in_ms() == -1
    runner.shutdown()


def test_an_exception_from_the_engine_is_shown_as_offline(qtbot, qapp):  # type: ignore[no-untyped-def]
    class Broken(FakeEngine):
        def sync_once(self) -> SyncStatus:
            raise ConnectionError("network down")

    runner = SyncRunner(Broken(), backoff=lambda _n, _i: 60)
    with qtbot.waitSignal(runner.statusChanged, check_params_cb=lambda s: s.state == "offline"):
        runner.sync_now()
    assert runner.status.problem == "unreachable"
    assert runner.next_sync_in_ms() > 50_000
    runner.shutdown()


def test_a_pull_that_changed_tickets_is_announced(qtbot, qapp):  # type: ignore[no-untyped-def]
    engine = FakeEngine()
    runner = SyncRunner(engine, changed_tickets=lambda _engine, _status: ["t1", "t2"])
    with qtbot.waitSignal(runner.pulled) as pulled:
        runner.sync_now()
    assert pulled.args == [["t1", "t2"]]
    quiet = SyncRunner(FakeEngine(), changed_tickets=lambda _engine, _status: [])
    with qtbot.assertNotEmitted(quiet.pulled, wait=200):
        quiet.sync_now()
    runner.shutdown()
    quiet.shutdown()


def test_the_engine_is_built_on_the_worker_thread_once(qtbot, qapp):  # type: ignore[no-untyped-def]
    built: list[str] = []
    engine = FakeEngine(pending=7)

    def factory() -> FakeEngine:
        built.append(threading.current_thread().name)
        return engine

    runner = SyncRunner(engine_factory=factory)
    with qtbot.waitSignal(runner.statusChanged, check_params_cb=lambda s: s.pending == 7):
        runner.refresh_status()
    runner.sync_now()
    qtbot.waitUntil(lambda: engine.calls == 1 and not runner.is_running)
    assert len(built) == 1 and threading.main_thread().name not in built
    assert runner.engine is engine
    runner.shutdown()


def test_no_server_means_not_configured_and_no_timer(qtbot, qapp):  # type: ignore[no-untyped-def]
    runner = SyncRunner(engine_factory=lambda: None, interval_s=0.01)
    with qtbot.waitSignal(runner.statusChanged):
        runner.start()
        qtbot.wait(1_100)
    assert runner.status.state == SyncState.NOT_CONFIGURED
    assert runner.next_sync_in_ms() == -1
    assert runner.sync_now() is False
    runner.shutdown()


def test_a_local_write_is_sent_within_seconds_and_a_burst_makes_one_sync(qtbot, qapp):  # type: ignore[no-untyped-def]
    engine = FakeEngine()
    runner = SyncRunner(engine, interval_s=60)
    runner.sync_now()
    qtbot.waitUntil(lambda: engine.calls == 1 and not runner.is_running, timeout=5_000)
    assert runner.next_sync_in_ms() > 55_000

    for _ in range(5):  # five saves in a row
        runner.sync_soon(0.2)
    assert 0 <= runner.next_sync_in_ms() <= 300
    qtbot.waitUntil(lambda: engine.calls == 2 and not runner.is_running, timeout=5_000)
    qtbot.wait(400)
    assert engine.calls == 2
    assert runner.next_sync_in_ms() > 55_000  # back on the interval
    runner.shutdown()


def test_a_local_write_does_not_cut_the_backoff_short(qtbot, qapp):  # type: ignore[no-untyped-def]
    engine = FakeEngine(states=[SyncState.OFFLINE], problem="unreachable")
    runner = SyncRunner(engine, interval_s=60, backoff=lambda failures, interval: 120)
    runner.sync_now()
    qtbot.waitUntil(lambda: engine.calls == 1 and not runner.is_running, timeout=5_000)
    runner.sync_soon(0.1)
    assert runner.next_sync_in_ms() > 100_000
    runner.shutdown()
