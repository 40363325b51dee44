"""The demo data, an upgrade and ``desk-admin metrics rebuild`` all end with
the same, correct summaries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command

from desk_app.admin import cli
from desk_app.services.metrics import dashboard
from desk_app.services.metrics_types import Bucket, Dashboard, Period, Scope
from desk_app.storage import migrate
from desk_app.storage.db import open_database
from tests.unit.metrics_checks import assert_drills_match

NOW = datetime.now(UTC)


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAKTAB_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MAKTAB_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MAKTAB_SITE_CONFIG", str(tmp_path / "site.json"))
    monkeypatch.setenv("USER", "tester")


def _board(path: Path, check_drills: bool = False) -> Dashboard:
    period = Period(NOW - timedelta(days=120), NOW, Bucket.WEEK, "Asia/Riyadh")
    db = open_database(path)
    try:
        with db.reading() as session:
            board = dashboard(session, period, Scope(), NOW)
            if check_drills:
                assert assert_drills_match(session, board) > 100
    finally:
        db.close()
    return board


def test_demo_upgrade_and_rebuild_agree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    assert cli.main(["demo", "--tickets", "300", "--db", str(path), "--seed", "3"]) == 0
    made = _board(path, check_drills=True)
    assert sum(t.value or 0 for t in made.tiles if t.key == "opened") > 0
    assert cli.main(["metrics", "rebuild", "--db", str(path)]) == 0
    assert "rebuilt" in capsys.readouterr().out
    rebuilt = _board(path)
    assert (rebuilt.tiles, rebuilt.series, rebuilt.tables) == (made.tiles, made.series, made.tables)
    # A desk from before the figures existed: the upgrade derives them.
    db = open_database(path)
    config = migrate.alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0014")
    db.close()
    upgraded = _board(path)
    assert (upgraded.tiles, upgraded.tables) == (made.tiles, made.tables)
