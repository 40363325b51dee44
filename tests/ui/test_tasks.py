"""Background jobs: results reach the GUI thread, nothing of a finished job
stays behind (a desk runs thousands of reads a day), and what a job's
function holds is let go on the GUI thread (a QObject with timers destroyed on
a pool thread is an error Qt reports, then a crash)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

from desk_app.ui import tasks
from desk_app.ui.tasks import TaskRunner


class _Held:
    """Something a job's function holds; notes the thread that let it go."""

    released_on: ClassVar[list[str]] = []

    def __del__(self) -> None:
        _Held.released_on.append(threading.current_thread().name)


def _settle(runner: TaskRunner, qtbot: QtBot) -> None:
    assert runner.wait()
    qtbot.waitUntil(lambda: runner.busy == 0)
    QCoreApplication.processEvents()


def _holding_jobs() -> int:
    """Finished jobs still holding their function. PySide keeps the Python
    side of some finished runnables alive (a few in a hundred, never
    released); they must hold nothing of the caller's."""
    gc.collect()
    jobs = (o for o in gc.get_objects() if type(o) is tasks._Job)
    # A wrapper whose C++ side is gone may have lost its attributes too.
    return sum(1 for job in jobs if getattr(job, "_fn", None) is not None)


def test_finished_jobs_leave_nothing_behind(qtbot: QtBot) -> None:
    owner = QObject()
    runner = TaskRunner()
    results: list[int] = []
    errors: list[str] = []  # what a window keeps of a failure: its words
    for n in range(200):
        runner.read(lambda n=n: n, results.append, owner=owner)

    def boom() -> int:
        raise ValueError("refused")

    for _ in range(50):
        runner.write(boom, results.append, lambda e: errors.append(str(e)), owner=owner)
    _settle(runner, qtbot)
    assert sorted(results) == list(range(200))
    assert errors == ["refused"] * 50
    assert runner.busy == 0
    assert _holding_jobs() == 0


def test_what_a_job_holds_is_let_go_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    _Held.released_on.clear()

    def failing(held: _Held) -> Callable[[], None]:
        def fail() -> None:
            raise RuntimeError(str(id(held)))

        return fail

    def reading(held: _Held) -> Callable[[], int]:
        return lambda: id(held)

    for n in range(40):
        if n % 2:
            runner.read(reading(_Held()), lambda _r: None)
        else:
            runner.write(failing(_Held()), lambda _r: None, lambda _e: None)
    _settle(runner, qtbot)
    gc.collect()
    assert len(_Held.released_on) == 40
    assert set(_Held.released_on) == {threading.main_thread().name}


def test_a_result_for_a_closed_window_is_dropped_not_delivered(qtbot: QtBot) -> None:
    runner = TaskRunner()
    owner = QObject()
    delivered: list[int] = []
    unhandled: list[Exception] = []
    runner.failed.connect(unhandled.append)
    runner.read(lambda: 1, delivered.append, owner=owner)
    runner.write(lambda: 1 / 0, delivered.append, lambda e: delivered.append(-1), owner=owner)
    shiboken6.delete(owner)  # the window closed before the answers came
    _settle(runner, qtbot)
    assert delivered == []
    # A failure nobody can be told of is not lost: the runner reports it.
    assert len(unhandled) == 1 and isinstance(unhandled[0], ZeroDivisionError)
