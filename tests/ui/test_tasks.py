"""Background jobs: results reach the GUI thread, and nothing of a finished
job stays behind (a desk runs thousands of reads a day)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from desk_app.ui import tasks
from desk_app.ui.tasks import TaskRunner


def _relays() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o) is tasks._Relay)


def _settle(runner: TaskRunner, qtbot: QtBot) -> None:
    assert runner.wait()
    qtbot.waitUntil(lambda: runner.busy == 0)
    # deleteLater runs when control is back in the event loop.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_finished_jobs_leave_nothing_behind(qtbot: QtBot) -> None:
    owner = QObject()
    runner = TaskRunner()
    results: list[int] = []
    errors: list[str] = []  # what a window keeps of a failure: its words
    before = _relays()
    for n in range(200):
        runner.read(lambda n=n: n, results.append, owner=owner)

    def boom() -> int:
        raise ValueError("refused")

    for _ in range(50):
        runner.write(boom, results.append, lambda e: errors.append(str(e)), owner=owner)
    _settle(runner, qtbot)
    assert sorted(results) == list(range(200))
    assert errors == ["refused"] * 50
    assert _relays() - before <= 2


def test_a_result_for_a_closed_window_is_dropped_not_delivered(qtbot: QtBot) -> None:
    runner = TaskRunner()
    owner = QObject()
    delivered: list[int] = []
    runner.read(lambda: 1, delivered.append, owner=owner)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _settle(runner, qtbot)
    assert delivered == []
