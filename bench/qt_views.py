"""First paint of a ticket table: the QSqlQueryModel baseline and our model.

"First paint" is the time from asking for the rows to a rendered viewport:
the query, the model filling, and QTableView painting the visible rows
(``grab()`` renders the widget, offscreen as on screen).

The baseline runs in a process of its own (``baseline_paints``): Qt's QSQLITE
driver carries its own SQLite library, and two SQLite libraries in one
process do not see each other's POSIX locks. When Qt's connection closed it
could checkpoint and delete the WAL under the benchmark's live Python
connection ("disk I/O error"). In its own process, read-only, it is one more
reader like any other.

    python -m bench.qt_views baseline PATH REPEAT   (WHERE clauses as a JSON list on stdin)
    python -m bench.qt_views serve PATH             (one JSON [where, repeat] per line)

``BaselineProcess`` keeps one such child for a whole step, so the baseline can
be measured right beside each of our figures: a ratio against a baseline
measured minutes earlier also measured whatever else the machine did since.
"""

from __future__ import annotations

import ctypes
import itertools
import json
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtSql import QSqlDatabase, QSqlQueryModel
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from bench.stats import Sample, measure
from desk_app.services.ticket_list import TicketQuery

VIEW_SIZE = (1280, 720)
ROW_HEIGHT = 24
BASELINE_COLUMNS = (
    "number, priority, subject, customer_name, status, group_id, assignee_id,"
    " last_activity_at, created_at"
)
_names = itertools.count()

# PySide6 6.12.0's Signal.emit() releases a reference to True that it never
# took (and a failed Signal.disconnect() one to False). Every load of the
# ticket model emits twice, so a long benchmark drives True's reference count
# to zero and the interpreter aborts ("bool_dealloc"). The benchmarks take
# permanent references up front so they can finish, and report how many were
# lost: the same leak would end a desk session that runs long enough.
_PINNED = 2_000_000


def _pin_booleans() -> None:
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    for _ in range(_PINNED):
        incref(True)
        incref(False)


class _Probe(QObject):
    fired = Signal()


def emit_reference_leak(calls: int = 1000) -> int:
    """References to True released but never taken by ``calls`` Signal.emit()
    calls: 0 on a sound PySide6, ``calls`` on 6.12.0."""
    application()
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(calls):
        probe.fired.emit()
    return before - sys.getrefcount(True)


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    _pin_booleans()
    app = QApplication(["bench"])
    try:  # the bundled Arabic fonts, so both tables paint the same glyphs
        from desk_app.app import register_fonts

        register_fonts(app)
    except Exception as error:  # the UI package is optional to the benchmarks
        print(f"note: fonts not registered ({error})")
    return app


def table_view() -> QTableView:
    view = QTableView()
    view.resize(*VIEW_SIZE)
    header = view.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(ROW_HEIGHT)
    # Not shown: grab() renders it all the same, and an unshown view paints
    # only when grabbed, so both contestants paint exactly once per run.
    return view


class QSqlBaseline:
    """The naive Qt way: QSqlQueryModel on an SQL string, in a QTableView."""

    def __init__(self, path: Path) -> None:
        application()
        self.name = f"bench-{next(_names)}"
        self.db = QSqlDatabase.addDatabase("QSQLITE", self.name)
        self.db.setDatabaseName(str(path))
        # A reader that never writes, so it never checkpoints the WAL either.
        self.db.setConnectOptions("QSQLITE_OPEN_READONLY")
        if not self.db.open():
            raise RuntimeError(self.db.lastError().text())
        self.view = table_view()
        self._model: QSqlQueryModel | None = None

    def sql(self, where: str = "") -> str:
        return f"SELECT {BASELINE_COLUMNS} FROM ticket {where} ORDER BY last_activity_at DESC"

    def first_paint(self, where: str = "") -> int:
        model = QSqlQueryModel()
        model.setQuery(self.sql(where), self.db)
        if model.lastError().isValid():
            raise RuntimeError(model.lastError().text())
        self.view.setModel(model)
        self.view.grab()
        self._model = model
        return model.rowCount()

    def close(self) -> None:
        self.view.setModel(None)
        self._model = None
        self.view.close()
        self.db.close()
        del self.db
        QSqlDatabase.removeDatabase(self.name)


class OurTable:
    """desk_app.ui.ticket_model.TicketTableModel in a QTableView, as the desk shows it."""

    def __init__(self, path: Path) -> None:
        application()
        from desk_app.config import Settings
        from desk_app.storage.db import open_database
        from desk_app.ui.desk import Desk
        from desk_app.ui.ticket_model import TicketTableModel

        self.db = open_database(path)
        self.desk = Desk(self.db, Settings(username="bench", display_name="Bench"))
        # Paint is measured on a quiet desk: no maintenance tick (search index
        # merges, automatic escalation passes) and no start-up work running
        # beside it on the other core.
        self.desk._maintenance.stop()
        self.desk.tasks.wait(600_000)
        self.model = TicketTableModel(self.desk)
        self.view = table_view()
        self.view.setModel(self.model)
        # The columns a new agent sees (the others wait in the column chooser),
        # as the baseline shows its nine.
        from desk_app.services.views import DEFAULT_COLUMNS
        from desk_app.ui.ticket_model import COLUMNS

        for i, column in enumerate(COLUMNS):
            self.view.setColumnHidden(i, column not in DEFAULT_COLUMNS)
        self._error: Any = None
        self._loop: QEventLoop | None = None
        # Connected once for the object's life: PySide6 6.12's Signal.disconnect
        # drops a reference to False whenever it fails, and enough of those
        # abort the interpreter ("bool_dealloc"), so nothing here disconnects.
        self.model.loaded.connect(self._settled)
        self.model.loadFailed.connect(self._failed)

    def _settled(self) -> None:
        if self._loop is not None:
            self._loop.quit()

    def _failed(self, error: Any) -> None:
        self._error = error
        self._settled()

    def first_paint(self, query: TicketQuery) -> int:
        self._loop = QEventLoop()
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(self._loop.quit)
        guard.start(30_000)
        try:
            self.model.set_query(query)
            self._loop.exec()
        finally:
            guard.stop()
            self._loop = None
        if self._error is not None:
            raise RuntimeError(f"the model failed to load: {self._error}")
        self.view.grab()
        return self.model.rowCount()

    def close(self) -> None:
        self.view.close()
        self.desk.close()


def baseline_paints(path: Path, wheres: list[str], repeat: int) -> list[Sample]:
    """The baseline's first paint for each WHERE clause, measured in a child
    process (see the module's docstring); one Sample per clause."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.qt_views", "baseline", str(path), str(repeat)],
        input=json.dumps(wheres),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the QSqlQueryModel baseline failed:\n{done.stderr[-3000:]}")
    times: list[list[float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return [Sample(tuple(t)) for t in times]


class BaselineProcess:
    """The baseline in a child process that stays up for a step, asked for a
    sample whenever one of our figures is about to be measured."""

    def __init__(self, path: Path) -> None:
        self._child = subprocess.Popen(
            [sys.executable, "-m", "bench.qt_views", "serve", str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def sample(self, where: str, repeat: int, warmup: int = 2) -> Sample:
        assert self._child.stdin is not None and self._child.stdout is not None
        self._child.stdin.write(json.dumps([where, repeat, warmup]) + "\n")
        self._child.stdin.flush()
        line = self._child.stdout.readline()
        if not line:
            raise RuntimeError("the QSqlQueryModel baseline process ended")
        return Sample(tuple(json.loads(line)))

    def paired(self, ours: Callable[[], object], where: str, repeat: int) -> tuple[Sample, Sample]:
        """Our first paint and the baseline's, one run of each in turn: on a
        machine whose speed drifts from second to second (a virtual machine's
        neighbours), both see the same moments, and their ratio holds."""
        for _ in range(2):
            ours()
        self.sample(where, 0, warmup=2)
        mine: list[float] = []
        theirs: list[float] = []
        for _ in range(repeat):
            theirs.extend(self.sample(where, 1, warmup=0).times_ms)
            mine.extend(measure(ours, repeat=1, warmup=0).times_ms)
        return Sample(tuple(mine)), Sample(tuple(theirs))

    def close(self) -> None:
        if self._child.stdin is not None:
            self._child.stdin.close()
        self._child.wait(timeout=30)

    def __enter__(self) -> BaselineProcess:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _serve(path: Path) -> None:
    baseline = QSqlBaseline(path)
    try:
        for line in sys.stdin:
            where, repeat, warmup = json.loads(line)
            paint = partial(baseline.first_paint, where)
            times = measure(paint, repeat=repeat, warmup=warmup).times_ms if repeat else ()
            print(json.dumps(list(times)), flush=True)
    finally:
        baseline.close()


def _measure_baseline(path: Path, repeat: int, wheres: list[str]) -> list[list[float]]:
    baseline = QSqlBaseline(path)
    try:
        return [
            list(measure(partial(baseline.first_paint, where), repeat=repeat).times_ms)
            for where in wheres
        ]
    finally:
        baseline.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"] and len(sys.argv) == 3:
        _serve(Path(sys.argv[2]))
        sys.exit(0)
    if sys.argv[1:2] != ["baseline"] or len(sys.argv) != 4:
        sys.exit(__doc__)
    wheres = json.loads(sys.stdin.read())
    print(json.dumps(_measure_baseline(Path(sys.argv[2]), int(sys.argv[3]), wheres)))
