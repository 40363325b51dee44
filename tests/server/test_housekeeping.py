"""The server purges old tombstones and login attempts on its own."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select

from desk_app.server.housekeeping import housekeeping_once, run_housekeeping
from desk_app.server.schema import login_attempt
from tests.server.helpers import Server


def attempts(server: Server) -> int:
    with server.db.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(login_attempt)).scalar_one())


def test_a_round_drops_login_attempts_outside_the_window(server: Server) -> None:
    now = datetime.now(UTC)
    with server.db.writing() as conn:
        conn.execute(
            insert(login_attempt),
            [
                {"username": "x", "address": "10.0.0.1", "at": now - timedelta(days=2)},
                {"username": "x", "address": "10.0.0.1", "at": now - timedelta(seconds=5)},
            ],
        )
    summary = housekeeping_once(server.db, server.settings, now)
    assert summary.total == 0
    assert attempts(server) == 1


def test_the_loop_runs_rounds_and_survives_a_failing_one(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    rounds: list[int] = []

    def flaky(*_args: object) -> None:
        rounds.append(1)
        if len(rounds) == 1:
            raise RuntimeError("database restarting")

    monkeypatch.setattr("desk_app.server.housekeeping.housekeeping_once", flaky)
    settings = server.settings.model_copy(update={"housekeeping_interval_seconds": 0})

    async def run() -> None:
        task = asyncio.create_task(run_housekeeping(server.db, settings, first_delay_s=0))
        while len(rounds) < 3:
            await asyncio.sleep(0.01)
        task.cancel()

    asyncio.run(run())
    assert len(rounds) >= 3
