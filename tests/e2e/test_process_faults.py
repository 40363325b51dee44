"""Three desks and desk-server as separate OS processes, under kill -9 of
desks and of the server, partitions, lost replies and tiny pull pages, each
desk making several offline edits of the same fields between syncs. Once
everything heals and syncs to quiescence: no op lost or doubled, every
replica equal to the server on every row and column, every field on its
latest write by HLC, every concurrent edit of one field a conflict record
both desks received, and closed_at/tier agreeing with status/queue.

The same run, longer and with figures, is `make soak` (tests/e2e/soak.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.e2e.soak import SoakConfig, run_soak

# Fixed seeds: the scripts and the fault schedule repeat; how the processes
# interleave does not, which is the point of running them for real.
SEEDS = {"postgresql": 3, "sqlite": 5}


@pytest.mark.timeout(420)
@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_desks_and_server_under_kills_partitions_and_lost_replies_converge(
    backend: str, tmp_path: Path
) -> None:
    seed = int(os.environ.get("MAKTAB_E2E_SEED", SEEDS[backend]))
    config = SoakConfig(backend=backend, desks=3, ops=30, seed=seed, fault_mean_s=1.2)
    report = run_soak(config, tmp_path)
    summary = report.summary()
    # The run did what it is for: faults of each kind met desks that edited
    # the same fields concurrently.
    assert report.faults["desk_kill"] and report.faults["partition"], summary
    assert report.findings.ops > 100 and report.findings.concurrent_pairs > 0, summary
    assert report.clean, summary
