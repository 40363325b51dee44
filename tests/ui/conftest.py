"""Fixtures for driving the real widgets: a temporary database, the desk, and
the application in the language under test (each UI test runs in ar and en)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.app import apply_language, register_fonts
from desk_app.config import Settings
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.storage.db import open_database
from desk_app.ui.desk import Desk
from desk_app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAKTAB_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MAKTAB_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MAKTAB_SITE_CONFIG", str(tmp_path / "site.json"))


@pytest.fixture(scope="session")
def fonts(qapp: QApplication) -> QApplication:
    register_fonts(qapp)
    return qapp


@pytest.fixture(params=["ar", "en"])
def lang(request: pytest.FixtureRequest, fonts: QApplication) -> Iterator[str]:
    apply_language(fonts, request.param)
    yield request.param
    apply_language(fonts, "en")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(database=str(tmp_path / "desk.sqlite3"), username="agent1")
    s.display_name = "Agent One"
    return s


@pytest.fixture
def desk(lang: str, settings: Settings) -> Iterator[Desk]:
    d = Desk(open_database(settings.database_path), settings)
    yield d
    d.close()


@pytest.fixture
def window(desk: Desk, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.list_panel.model.is_loading)
    yield w
    desk.tasks.wait()


def add_tickets(desk: Desk, forms: list[IntakeForm]) -> list[str]:
    """Tickets written straight through the services (setup for a UI test)."""
    with desk.db.writing() as session:
        return [create_ticket(session, desk.ctx, form).number for form in forms]


def expected_direction(lang: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
