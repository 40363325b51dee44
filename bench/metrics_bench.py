"""The supervisor's dashboard: a full refresh (every tile, trend and table of
services.metrics.dashboard) for a month and for a year, beside the same
figures computed by plain GROUP BY queries over the raw ticket and journal
tables in the same run, with the numbers of both compared (a mismatch stops
the bench). The intake save with the summaries maintained is the "intake"
step's figure (bench/intake.py); ``--only metrics`` runs it too.

The plain queries cover every figure plain SQL can give: volume, resolved,
backlog, satisfaction, contacts, time to first response, reopen, first
contact and escalation rates, tier-0 resolutions and escalations per tier.
Service-level verdicts need the SLA engine's replay of each ticket's
journal over the branch calendar (no GROUP BY gives them), so they are not
in the comparison; they are checked by the oracle test.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from time import time_ns
from typing import Any
from zoneinfo import ZoneInfo

from bench.report import Figure, verdict
from bench.stats import Sample, measure
from desk_app.services.metrics import dashboard
from desk_app.services.metrics_types import AGE_BUCKETS, Bucket, Dashboard, Period, Scope
from desk_app.storage.db import Database

BUDGET_MS = 200.0
SPEEDUP = 10.0
BASELINE_RUNS = 3
BASELINE = "plain GROUP BY over ticket and journal"
_DONE = "('resolved', 'closed')"
_OPEN = "('new', 'open', 'waiting_customer', 'waiting_third_party')"
_LIVE = "t.deleted_at IS NULL AND t.merged_into_id IS NULL"
# A stored time in whole microseconds since the epoch, exactly.
# (strftime rounds a fraction to milliseconds: the whole seconds are read
# without it, the microseconds as written.)
_MICROS = (
    "(CAST(strftime('%s', substr({0}, 1, 19)) AS INTEGER) * 1000000"
    " + CAST(substr({0}, 21, 6) AS INTEGER))"
)
_DIMENSIONS = {
    "channel": "t.channel",
    "category": "t.category",
    "priority": "t.priority",
    "tier": "t.tier",
    "queue": "ifnull(t.group_id, '')",
    "branch": "t.branch_id",
    "agent": "ifnull(t.assignee_id, '')",
}
# The current resolution of each resolved ticket: the first entry into
# resolved or closed after its last entry into any other status.
_RESOLUTIONS = f"""
WITH last_open AS (
  SELECT ticket_id, max(at) AS at FROM ticket_journal
  WHERE kind = 'status_changed' AND new_value NOT IN {_DONE} GROUP BY ticket_id
), ever_done AS (
  SELECT ticket_id, min(at) AS at FROM ticket_journal
  WHERE kind = 'status_changed' AND new_value IN {_DONE} GROUP BY ticket_id
), done AS (
  SELECT j.ticket_id, min(j.at) AS at FROM ticket_journal j
  LEFT JOIN last_open o ON o.ticket_id = j.ticket_id
  WHERE j.kind = 'status_changed' AND j.new_value IN {_DONE} AND (o.at IS NULL OR j.at > o.at)
  GROUP BY j.ticket_id
), contacts AS (
  SELECT ticket_id, count(*) AS n, sum(duration_s) AS secs FROM ticket_journal
  WHERE kind = 'contact_logged' GROUP BY ticket_id
), escalated AS (
  SELECT DISTINCT ticket_id FROM ticket_journal WHERE kind = 'escalated'
), kb AS (
  SELECT DISTINCT ticket_id FROM ticket_journal WHERE kind = 'article_used'
), resolved AS (
  SELECT t.*, d.at AS done_at,
    (e.at IS NOT NULL AND o.at IS NOT NULL AND o.at > e.at) AS reopened,
    ifnull(c.n, 0) AS contacts, ifnull(c.secs, 0) AS contact_secs,
    x.ticket_id IS NOT NULL AS was_escalated, k.ticket_id IS NOT NULL AS tier0
  FROM ticket t JOIN done d ON d.ticket_id = t.id
  LEFT JOIN ever_done e ON e.ticket_id = t.id
  LEFT JOIN last_open o ON o.ticket_id = t.id
  LEFT JOIN contacts c ON c.ticket_id = t.id
  LEFT JOIN escalated x ON x.ticket_id = t.id
  LEFT JOIN kb k ON k.ticket_id = t.id
  WHERE t.status IN {_DONE} AND {_LIVE} AND d.at >= :lo AND d.at < :hi
)
"""


def run_metrics(db: Database, size: int, repeat: int) -> list[Figure]:
    with db.engine.connect() as conn:
        zone = conn.exec_driver_sql("SELECT time_zone FROM branch LIMIT 1").scalar_one()
        newest = conn.exec_driver_sql("SELECT max(created_at) FROM ticket").scalar_one()
    newest_day = _as_utc(newest).astimezone(ZoneInfo(zone)).date()
    # The last whole month and the twelve whole months before the newest ticket.
    month_end = newest_day.replace(day=1)
    month = (month_end - timedelta(days=1)).replace(day=1)
    year = month_end.replace(year=month_end.year - 1)
    now = datetime.combine(newest_day, time(12), tzinfo=ZoneInfo(zone)).astimezone(UTC)
    figures = []
    for name, first, bucket in (("month", month, Bucket.DAY), ("year", year, Bucket.MONTH)):
        period = Period(_midnight(first, zone), _midnight(month_end, zone), bucket, zone)
        with db.reading() as session:
            board = dashboard(session, period, Scope(), now)
        started = time_ns()
        with db.engine.connect() as conn:
            plain = _plain(conn, period, now)
        first_plain_ms = (time_ns() - started) / 1e6
        mismatches = _compare(board, plain)
        if mismatches:
            raise AssertionError(f"figures differ ({name}, {size:,}): {mismatches[:10]}")

        def ours(period: Period = period) -> None:
            with db.reading() as session:
                dashboard(session, period, Scope(), now)

        def baseline(period: Period = period) -> None:
            with db.engine.connect() as conn:
                _plain(conn, period, now)

        ours_sample = measure(ours, repeat=repeat)
        # The plain queries take seconds to minutes: the comparison's run
        # counts as one sample, beside a few more while they take under a
        # minute in all.
        runs = BASELINE_RUNS - 1 if first_plain_ms * BASELINE_RUNS < 60_000 else 0
        more = measure(baseline, repeat=runs, warmup=0).times_ms if runs else ()
        base_sample = Sample((first_plain_ms, *more))
        ok = ours_sample.median < BUDGET_MS and ours_sample.median * SPEEDUP <= base_sample.median
        figures.append(
            Figure(
                "supervisor's dashboard",
                f"full refresh, a {name} ({len(plain)} figures compared, identical)",
                size,
                ours_sample.median,
                baseline=base_sample.median,
                baseline_name=BASELINE,
                budget=f"<{BUDGET_MS:.0f} ms, ≥{SPEEDUP:.0f}× faster",
                verdict=verdict(ok),
                details={"ours": ours_sample.summary(), "baseline": base_sample.summary()},
            )
        )
    return figures


def _plain(conn: Any, period: Period, now: datetime) -> dict[str, float | int | None]:
    """The figures by plain queries: the period's opened and resolved
    tickets are each selected once (into a temporary table), then grouped
    once per breakdown."""
    lo, hi = _stored(period.start), _stored(period.end)
    found: dict[str, float | int | None] = {}
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.opened_in")
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.resolved_in")
    conn.exec_driver_sql(
        "CREATE TEMP TABLE opened_in AS SELECT t.*, EXISTS (SELECT 1 FROM ticket_journal j"
        " WHERE j.ticket_id = t.id AND j.kind = 'escalated') AS was_escalated"
        f" FROM ticket t WHERE {_LIVE} AND t.created_at >= :lo AND t.created_at < :hi",
        {"lo": lo, "hi": hi},
    )
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE resolved_in AS {_RESOLUTIONS} SELECT * FROM resolved",
        {"lo": lo, "hi": hi},
    )
    for dim, column in _DIMENSIONS.items():
        plain_column = column.replace("t.", "")
        sql = f"SELECT {plain_column}, count(*), sum(was_escalated) FROM opened_in GROUP BY 1"
        for value, opened, escalated in conn.exec_driver_sql(sql):
            found[f"by_{dim}/{value}/opened"] = opened
            found[f"by_{dim}/{value}/escalation_rate"] = _share(escalated, opened)
        sql = (
            f"SELECT {plain_column}, count(*), sum(reopened),"
            " sum(NOT reopened AND NOT was_escalated AND contacts = 0),"
            " sum(satisfaction), count(satisfaction) FROM resolved_in GROUP BY 1"
        )
        for value, n, reopened, fcr, score, rated in conn.exec_driver_sql(sql):
            found[f"by_{dim}/{value}/resolved"] = n
            found[f"by_{dim}/{value}/reopen_rate"] = _share(reopened, n)
            found[f"by_{dim}/{value}/fcr_rate"] = _share(fcr, n)
            found[f"by_{dim}/{value}/satisfaction"] = None if not rated else score / rated
    sql = (
        "SELECT ifnull(satisfaction, ''), count(*), sum(tier0), sum(contacts), sum(contact_secs)"
        " FROM resolved_in GROUP BY 1"
    )
    tier0 = 0
    for score, n, kb, _contacts, _secs in conn.exec_driver_sql(sql):
        found[f"satisfaction/{score}/resolved"] = n
        tier0 += kb
    found["tile/tier0"] = tier0
    _plain_backlog(conn, period, now, found)
    _plain_first_responses(conn, lo, hi, found)
    conn.exec_driver_sql("DROP TABLE temp.opened_in")
    conn.exec_driver_sql("DROP TABLE temp.resolved_in")
    return found


def _plain_backlog(conn: Any, period: Period, now: datetime, found: dict[str, Any]) -> None:
    zone = ZoneInfo(period.zone)
    today = now.astimezone(zone).date()
    cases = []
    for name, lower, upper in AGE_BUCKETS:
        # Created on or before the day ``lower`` days ago, after ``upper`` days ago.
        newest = _stored(_midnight(today - timedelta(days=lower - 1), period.zone))
        oldest = (
            None
            if upper is None
            else _stored(_midnight(today - timedelta(days=upper - 1), period.zone))
        )
        parts = [f"created_at < '{newest}'"] if lower else []
        if oldest is not None:
            parts.append(f"created_at >= '{oldest}'")
        cases.append(f"WHEN {' AND '.join(parts) or '1 = 1'} THEN '{name}'")
    sql = (
        f"SELECT CASE {' '.join(cases)} END, count(*) FROM ticket t"
        f" WHERE t.status IN {_OPEN} AND {_LIVE} GROUP BY 1"
    )
    for age, n in conn.exec_driver_sql(sql):
        found[f"backlog_by_age/{age}/backlog"] = n
    for dim in ("queue", "tier", "branch"):
        column = _DIMENSIONS[dim]
        sql = (
            f"SELECT {column}, count(*) FROM ticket t"
            f" WHERE t.status IN {_OPEN} AND {_LIVE} GROUP BY 1"
        )
        for value, n in conn.exec_driver_sql(sql):
            found[f"backlog_by_{dim}/{value}/backlog"] = n


def _plain_first_responses(conn: Any, lo: str, hi: str, found: dict[str, Any]) -> None:
    sql = (
        "SELECT ifnull(t.assignee_id, ''), count(*),"
        f" sum(max(0, ({_MICROS.format('r.at')} - {_MICROS.format('t.created_at')}) / 1000000))"
        " FROM (SELECT ticket_id, min(at) AS at FROM ticket_journal WHERE kind = 'contact_logged'"
        " AND (direction = 'outbound' OR channel IN ('phone', 'face_to_face', 'chat'))"
        " GROUP BY ticket_id) r JOIN ticket t ON t.id = r.ticket_id"
        f" WHERE {_LIVE} AND r.at >= :lo AND r.at < :hi GROUP BY 1"
    )
    for agent, n, seconds in conn.exec_driver_sql(sql, {"lo": lo, "hi": hi}):
        found[f"agents/{agent}/frt_avg"] = round(seconds / n, 3)


def _compare(board: Dashboard, plain: dict[str, Any]) -> list[str]:
    ours: dict[str, Any] = {f"tile/{t.key}": t.value for t in board.tiles}
    for table in board.tables:
        for value, cells in table.rows:
            for column, cell in zip(table.columns, cells, strict=True):
                if column == "frt_avg" and cell.value is not None:
                    ours[f"{table.key}/{value}/{column}"] = round(float(cell.value), 3)
                else:
                    ours[f"{table.key}/{value}/{column}"] = cell.value
    wrong = []
    for key, want in plain.items():
        got = ours.get(key, 0 if key.endswith(("opened", "resolved", "backlog")) else None)
        if _differs(got, want):
            wrong.append(f"{key}: ours {got!r}, plain {want!r}")
    return wrong


def _differs(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is None or b is None or abs(float(a) - float(b)) > 1e-6
    return bool(a != b)


def _share(part: int | None, whole: int) -> float | None:
    return None if not whole else 100.0 * (part or 0) / whole


def _midnight(day: date, zone: str) -> datetime:
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(zone)).astimezone(UTC)


def _stored(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _as_utc(value: Any) -> datetime:
    at = datetime.fromisoformat(value) if isinstance(value, str) else value
    return at if at.tzinfo else at.replace(tzinfo=UTC)
