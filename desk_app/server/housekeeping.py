"""Periodic upkeep the server does on its own: purging tombstones (and the op
results remembered for replays) older than the retention window, and login
attempts older than the rate-limit window.

Runs in every worker process: the purge takes the change-log lock, so two
workers purging at once simply run one after the other, and the second finds
nothing left. An administrator can still run ``desk-admin server
purge-tombstones`` by hand."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete

from desk_app.server.database import ServerDatabase
from desk_app.server.retention import PurgeSummary, purge_tombstones
from desk_app.server.schema import login_attempt
from desk_app.server.settings import ServerSettings

log = logging.getLogger(__name__)
# The first round waits a little: a server that is starting (or a test) has
# more urgent things to do than upkeep.
FIRST_ROUND_DELAY_S = 60.0


def housekeeping_once(
    db: ServerDatabase, settings: ServerSettings, now: datetime | None = None
) -> PurgeSummary:
    now = now or datetime.now(UTC)
    with db.writing() as conn:
        summary = purge_tombstones(conn, settings.tombstone_retention_days, now)
    with db.writing() as conn:
        horizon = now - timedelta(seconds=settings.login_window_seconds)
        conn.execute(delete(login_attempt).where(login_attempt.c.at < horizon))
    if summary.total or summary.applied_ops:
        log.info(
            "housekeeping: purged %d tombstone(s) and %d remembered op result(s)",
            summary.total,
            summary.applied_ops,
        )
    return summary


async def run_housekeeping(
    db: ServerDatabase, settings: ServerSettings, first_delay_s: float = FIRST_ROUND_DELAY_S
) -> None:
    """Upkeep every ``housekeeping_interval_seconds`` until cancelled. A failed
    round (the database unreachable for a while) is logged and retried at the
    next one; it never stops the server."""
    await asyncio.sleep(first_delay_s)
    while True:
        try:
            await asyncio.to_thread(housekeeping_once, db, settings)
        except Exception:  # upkeep must never take the server down
            log.exception("housekeeping failed; trying again at the next round")
        await asyncio.sleep(settings.housekeeping_interval_seconds)
