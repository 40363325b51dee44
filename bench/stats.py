"""Timing helpers: repeat a call, keep every sample, summarise as median and tails."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Sample:
    """Wall times of one operation, in milliseconds."""

    times_ms: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.times_ms)

    def percentile(self, p: float) -> float:
        ordered = sorted(self.times_ms)
        if len(ordered) == 1:
            return ordered[0]
        # Nearest rank: with few samples the tail is the slowest few runs.
        rank = max(1, round(p / 100 * len(ordered)))
        return ordered[min(rank, len(ordered)) - 1]

    @property
    def p95(self) -> float:
        return self.percentile(95)

    @property
    def p99(self) -> float:
        return self.percentile(99)

    def summary(self) -> dict[str, Any]:
        return {
            "runs": len(self.times_ms),
            "median_ms": round(self.median, 3),
            "p95_ms": round(self.p95, 3),
            "p99_ms": round(self.p99, 3),
            "min_ms": round(min(self.times_ms), 3),
            "max_ms": round(max(self.times_ms), 3),
        }


def measure(fn: Callable[[], Any], *, repeat: int, warmup: int = 2) -> Sample:
    """Run ``fn`` warmup + repeat times; the collector is paused while timing so
    one unlucky collection does not land in a single sample."""
    for _ in range(warmup):
        fn()
    times = []
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            fn()
            times.append((time.perf_counter() - started) * 1000)
    finally:
        if enabled:
            gc.enable()
    return Sample(tuple(times))
