"""Cold start: from launching the app to its first page of tickets painted.

Each run is a fresh process: ``python -m desk_app --screenshot`` opens the
database, builds the main window, waits for the first page of the list and the
reading pane, renders the window to a PNG and exits. The baseline, in the
same run, is the least any PySide6 desk could do: a fresh process that imports
QtWidgets, shows a main window with an empty table, renders it and exits.
Both include the interpreter's own start and exit, so the ratio shows what
the app adds on top of Qt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import Figure, verdict
from bench.stats import Sample

COLD_START_BUDGET_MS = 1_500.0
RUNS = 7

_BASELINE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1400, 820)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
"""


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return (time.perf_counter() - started) * 1000


def run_cold_start(path: Path, size: int) -> list[Figure]:
    work = Path(tempfile.mkdtemp(prefix="maktab-cold-"))
    try:
        copy = work / "desk.sqlite3"
        shutil.copy(path, copy)  # the app may write (settings, a draft folder)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "MAKTAB_DATA_DIR": str(work / "data"),
            "MAKTAB_CONFIG_DIR": str(work / "config"),
            "MAKTAB_SITE_CONFIG": str(work / "site.json"),
        }
        ours_cmd = [sys.executable, "-m", "desk_app", "--screenshot", str(work / "app.png"),
                    "--lang", "ar", "--db", str(copy)]  # fmt: skip
        base_cmd = [sys.executable, "-c", _BASELINE, str(work / "baseline.png")]
        _timed(ours_cmd, env)  # warm the page cache and Python's bytecode cache
        _timed(base_cmd, env)
        ours, base = [], []
        for _ in range(RUNS):
            ours.append(_timed(ours_cmd, env))
            base.append(_timed(base_cmd, env))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    mine, baseline = Sample(tuple(ours)), Sample(tuple(base))
    return [
        Figure(
            "start",
            "cold start to the first page painted (Arabic, new process)",
            size,
            mine.median,
            baseline=baseline.median,
            baseline_name="PySide6 window with an empty table, new process",
            budget=f"< {COLD_START_BUDGET_MS:.0f} ms",
            verdict=verdict(mine.median < COLD_START_BUDGET_MS),
            details={"ours": mine.summary(), "baseline": baseline.summary()},
        )
    ]
