"""Resident memory after opening a database and painting the first page.

Run in a fresh process per case (``python -m bench.memory MODE PATH``) so
nothing measured earlier in the benchmark run is counted. Prints JSON.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.report import Figure, verdict
from desk_app.services.ticket_list import TicketQuery

MEMORY_BUDGET_MB = 300.0


def _status_mb(key: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _measure(mode: str, path: Path) -> dict[str, Any]:
    from bench.qt_views import OurTable, QSqlBaseline, application

    application()
    what = mode
    if mode == "ours":
        try:
            OurTable(path).first_paint(_first_query())
            what = "TicketTableModel+QTableView"
        except ImportError:
            from desk_app.services.ticket_list import fetch_page
            from desk_app.storage.db import open_database

            db = open_database(path)
            with db.engine.connect() as conn:
                fetch_page(conn, _first_query())
            what = "fetch_page (no TicketTableModel)"
    elif mode == "baseline":
        QSqlBaseline(path).first_paint()
        what = "QSqlQueryModel+QTableView"
    return {"mode": what, "rss_mb": _status_mb("VmRSS"), "hwm_mb": _status_mb("VmHWM")}


def _first_query() -> TicketQuery:
    return TicketQuery()


def run_memory(path: Path, size: int) -> list[Figure]:
    results: dict[str, dict[str, Any]] = {}
    for mode in ("ours", "baseline"):
        output = subprocess.run(
            [sys.executable, "-m", "bench.memory", mode, str(path)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results[mode] = json.loads(output.strip().splitlines()[-1])
    ours, base = results["ours"], results["baseline"]
    rss = float(ours["rss_mb"])
    return [
        Figure(
            "memory",
            f"RSS after first page: {ours['mode']}",
            size,
            rss,
            unit="MB",
            stat="RSS",
            baseline=float(base["rss_mb"]),
            baseline_name=str(base["mode"]),
            budget="<300 MB",
            verdict=verdict(rss < MEMORY_BUDGET_MB),
            note=f"peak {float(ours['hwm_mb']):.0f} MB",
            details=results,
        )
    ]


if __name__ == "__main__":
    print(json.dumps(_measure(sys.argv[1], Path(sys.argv[2]))))
