"""The app's own entry points and its behaviour when things go wrong."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from desk_app.storage import db as db_module
from desk_app.storage.db import DatabaseProblem
from desk_app.ui import crash
from desk_app.ui.checks import type_text
from desk_app.ui.errors import problem_text
from desk_app.ui.intake_dialog import DRAFT
from desk_app.ui.startup import open_desk, set_aside

ROOT = Path(__file__).resolve().parents[2]


def run_app(
    *args: str, env: dict[str, str], timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def app_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["MAKTAB_DATA_DIR"] = str(tmp_path / "data")
    env["MAKTAB_CONFIG_DIR"] = str(tmp_path / "config")
    env["MAKTAB_SITE_CONFIG"] = str(tmp_path / "site.json")
    env.pop("QT_QPA_PLATFORM", None)
    return env


def test_self_test_passes(app_env: dict[str, str]) -> None:
    result = run_app("--self-test", env=app_env)
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_screenshot_renders_the_window(app_env: dict[str, str], tmp_path: Path, lang: str) -> None:
    png = tmp_path / f"main-{lang}.png"
    result = run_app(
        "--screenshot", str(png), "--lang", lang, "--db", str(tmp_path / "s.db"), env=app_env
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert image.width() >= 1000 and image.height() >= 600


def test_without_a_display_it_says_what_to_do(app_env: dict[str, str]) -> None:
    if sys.platform != "linux":
        pytest.skip("display detection is for X11/Wayland")
    result = run_app(env=app_env, timeout=30)
    assert result.returncode == 2
    assert "xvfb-run" in result.stderr and "Traceback" not in result.stderr


def test_crash_writes_a_report(tmp_path: Path) -> None:
    hook = crash.install(tmp_path / "reports", show_dialog=False)
    try:
        raise ValueError("boom")
    except ValueError as error:
        hook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = sys.__excepthook__
    (report,) = (tmp_path / "reports").glob("crash-*.txt")
    text = report.read_text("utf-8")
    assert "ValueError: boom" in text and "Maktab" in text


def test_damaged_database_is_reported_and_can_be_set_aside(settings, capsys, qapp):  # type: ignore[no-untyped-def]
    path = settings.database_path
    path.write_bytes(b"this is not a database" * 100)
    assert open_desk(settings, interactive=False) is None
    assert "damaged" in capsys.readouterr().err
    kept = set_aside(path)
    assert kept.exists() and not path.exists()
    desk = open_desk(settings, interactive=False)
    assert desk is not None
    desk.close()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)


def test_locked_database_keeps_the_intake(short_busy_timeout, window, qtbot, lang):  # type: ignore[no-untyped-def]
    """Another program holds the write lock: the save fails with a clear
    message, the form keeps everything, and saving again later works."""
    from tests.ui.test_intake_dialog import open_intake, ticket_count

    dialog = open_intake(window, qtbot)
    type_text(dialog.customer_name, "Lina")
    type_text(dialog.subject, "Badge reader rejects my card")
    blocker = sqlite3.connect(window.desk.db.path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.form_error.isVisible, timeout=15_000)
    finally:
        blocker.rollback()
        blocker.close()
    assert dialog.form_error.text() == problem_text(DatabaseProblem.LOCKED)
    assert dialog.subject.text() == "Badge reader rejects my card"
    assert window.desk.drafts.load(DRAFT)["subject"] == "Badge reader rejects my card"
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ticket_count(window) == 1
