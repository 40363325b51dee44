"""Figures beside their baselines: the table printed at the end and the JSON file."""

from __future__ import annotations

import json
import platform
import sqlite3
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Figure:
    """One measured figure. ``value`` and ``baseline`` share a unit (ms or MB)."""

    group: str
    name: str
    size: int
    value: float
    unit: str = "ms"
    stat: str = "median"
    baseline: float | None = None
    baseline_name: str = ""
    budget: str = ""
    verdict: str = ""  # PASS / OVER / "" (no budget applies)
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline


def verdict(ok: bool) -> str:
    return "PASS" if ok else "OVER"


def print_table(figures: list[Figure]) -> None:
    header = ("figure", "size", "ours", "baseline", "ratio", "budget", "")
    rows = [header]
    for f in figures:
        ours = f"{f.value:,.2f} {f.unit} {f.stat}"
        base = "" if f.baseline is None else f"{f.baseline:,.2f} {f.unit} ({f.baseline_name})"
        ratio = "" if f.ratio is None else f"{f.ratio:.2f}×"
        name = f"{f.group}: {f.name}" + (f" [{f.note}]" if f.note else "")
        rows.append((name, f"{f.size:,}", ours, base, ratio, f.budget, f.verdict))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for i, row in enumerate(rows):
        print("  ".join(cell.ljust(widths[j]) for j, cell in enumerate(row)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))


def write_json(figures: list[Figure], extra: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    document = {
        "when": stamp,
        "machine": {
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform(),
        },
        **extra,
        "figures": [{**asdict(f), "ratio": f.ratio} for f in figures],
    }
    path = RESULTS / f"bench-{stamp}.json"
    text = json.dumps(document, ensure_ascii=False, indent=2)
    path.write_text(text, "utf-8")
    (RESULTS / "latest.json").write_text(text, "utf-8")
    return path
