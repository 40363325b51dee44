"""The server's pass over the automatic escalation rules (server.escalation_upkeep)
on a throwaway PostgreSQL database holding N open tickets of one branch with
its service-levels document, none of them due yet:

- the first pass, which times every ticket once (their next look is unknown),
  beside a plain read of every open ticket's columns in the same run;
- a steady pass (nothing due, nothing changed since): it should read no
  ticket at all, and take a small fraction of that plain read;
- a pass after one ticket in a hundred changed (a desk's push makes it be
  timed again).

    python -m bench.server_rules_bench [--sizes 20000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, select

from bench.report import Figure, print_table
from bench.stats import Sample
from desk_app.models import Branch
from desk_app.server.database import ServerDatabase
from desk_app.server.escalation_schedule import reschedule
from desk_app.server.escalation_upkeep import RULES_SINCE_KEY, escalate_once
from desk_app.server.schema import config, server_state
from desk_app.services.branch_levels import BranchLevels, levels_key, to_body
from desk_app.services.escalation_policy import default_rules
from desk_app.services.ids import new_id
from desk_app.services.sla_settings import SlaSettings
from desk_app.sync.codec import synced_table, wire_to_columns
from tests.e2e.processes import prepare_directory
from tests.server.helpers import hlc, ticket_fields
from tests.sync.harness import throwaway_postgres

_CHUNK = 5_000
GROUP = "server rules"


def _seed(db: ServerDatabase, size: int) -> tuple[str, list[str]]:
    """``size`` open tickets of branch HQ taken in the last hour (no rule due
    for hours), and the branch's levels as a document; returns the branch
    and the tickets' ids."""
    table = synced_table("ticket")
    node = new_id()
    now = datetime.now(UTC)
    ids: list[str] = []
    with db.reading() as conn:
        branch_id = str(conn.execute(select(Branch.id).where(Branch.code == "HQ")).scalar())
    for start in range(0, size, _CHUNK):
        rows = []
        for i in range(start, min(size, start + _CHUNK)):
            ticket_id = new_id()
            ids.append(ticket_id)
            taken = (now - timedelta(seconds=i % 3600)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            wire = ticket_fields(
                branch_id,
                number=f"HQ-2026-{i + 1:07d}",
                priority=1 + i % 4,
                created_at=taken,
                last_activity_at=taken,
            )
            wire.update(id=ticket_id, version=1, updated_at=hlc(node), origin_client_id=node)
            rows.append(wire_to_columns(table, wire))
        with db.writing() as conn:
            conn.execute(insert(table), rows)
    site = SlaSettings()
    levels = BranchLevels(
        branch_id,
        site.periods,
        frozenset({5, 6}),
        (),
        dict(site.targets),
        escalation=default_rules(),
    )
    with db.writing() as conn:
        conn.execute(
            insert(config).values(
                key=levels_key(branch_id),
                version=1,
                body=json.dumps(to_body(levels)),
                changed_by=None,
                changed_at=now,
            )
        )
        since = (now - timedelta(days=1)).isoformat()
        conn.execute(insert(server_state).values(key=RULES_SINCE_KEY, value=since))
    return branch_id, ids


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def run(size: int, repeat: int) -> list[Figure]:
    with throwaway_postgres() as url:
        prepare_directory(url, [])
        db = ServerDatabase(url)
        try:
            _branch, ids = _seed(db, size)
            ticket = synced_table("ticket")

            def scan() -> None:
                with db.reading() as conn:
                    conn.execute(
                        select(
                            ticket.c.id,
                            ticket.c.branch_id,
                            ticket.c.channel,
                            ticket.c.created_at,
                            ticket.c.priority,
                            ticket.c.tier,
                            ticket.c.group_id,
                            ticket.c.assignee_id,
                        ).where(ticket.c.status.not_in(["resolved", "closed"]))
                    ).all()

            scans = Sample([_timed(scan) for _ in range(repeat)])
            first = _timed(lambda: escalate_once(db))
            steady = Sample([_timed(lambda: escalate_once(db)) for _ in range(repeat)])
            changed: list[float] = []
            for n in range(repeat):
                with db.writing() as conn:
                    reschedule(conn, ids[n::100])
                changed.append(_timed(lambda: escalate_once(db)))
        finally:
            db.dispose()
    base, name = scans.median, "plain read of the open tickets"
    return [
        Figure(GROUP, "first pass (every ticket timed)", size, first, stat="once",
               baseline=base, baseline_name=name),
        Figure(GROUP, "steady pass (nothing due or changed)", size, steady.median,
               baseline=base, baseline_name=name),
        Figure(GROUP, "pass after 1 % of the tickets changed", size, Sample(changed).median,
               baseline=base, baseline_name=name),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    figures: list[Figure] = []
    for size in (int(s) for s in args.sizes.split(",")):
        figures += run(size, args.repeat)
    print_table(figures)


if __name__ == "__main__":
    main()
