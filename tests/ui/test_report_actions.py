"""Print report…, Export… and Saved reports, driven as a supervisor would:
files written on a background job, the folder remembered, an unwritable
place explained in words and another offered with the report kept, a report
saved by name and run again from the menu. Run in Arabic and English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget

from desk_app.services.metrics_types import Dashboard, Period, Scope
from desk_app.services.saved_reports import PeriodKind, load_saved_reports
from desk_app.ui import report_actions
from desk_app.ui.desk import Desk
from desk_app.ui.report_actions import (
    ReportActions,
    ReportProblems,
    add_report_actions,
)
from desk_app.ui.report_save_dialog import SaveReportDialog
from tests.report_sample import sample_dashboard


class Chooser:
    """Stands in for the file dialog: hands out the paths given, in turn."""

    def __init__(self, *paths: Path) -> None:
        self.paths = list(paths)
        self.suggested: list[str] = []

    def __call__(
        self, parent: QWidget, title: str, suggested: str, filters: list[str]
    ) -> tuple[str, str]:
        self.suggested.append(suggested)
        return (str(self.paths.pop(0)), filters[0]) if self.paths else ("", "")


@pytest.fixture
def host(desk: Desk, qtbot) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    desk.tasks.wait()


def written(qtbot, actions: ReportActions, trigger) -> list[Path]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(actions.written, timeout=20_000) as blocker:
        trigger()
    return list(blocker.args[0])


def test_print_writes_a_pdf_and_remembers_the_folder(
    host: QWidget, desk: Desk, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    menu = QMenu(host)
    actions = add_report_actions(host, menu, sample_dashboard, desk)
    assert [a.shortcut().toString() for a in menu.actions()] == [
        "Ctrl+P",
        "Ctrl+Shift+X",
        "Ctrl+Shift+J",
    ]
    chooser = Chooser(tmp_path / "out" / "december")
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(report_actions, "choose_path", chooser)
    paths = written(qtbot, actions, actions.print_action.trigger)
    assert paths == [tmp_path / "out" / "december.pdf"]
    assert paths[0].read_bytes().startswith(b"%PDF")
    assert load_saved_reports(actions.reports_path).folder == str(tmp_path / "out")
    # The next file is offered in the same folder.
    chooser2 = Chooser()
    monkeypatch.setattr(report_actions, "choose_path", chooser2)
    actions.export_action.trigger()
    assert Path(chooser2.suggested[0]).parent == tmp_path / "out"


def test_export_to_xlsx_and_csv(
    host: QWidget, desk: Desk, lang: str, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = ReportActions(host, sample_dashboard, desk)
    monkeypatch.setattr(report_actions, "choose_path", Chooser(tmp_path / "figures.xlsx"))
    [book_path] = written(qtbot, actions, actions.export)
    book = load_workbook(book_path)
    assert all(ws.sheet_view.rightToLeft is (lang == "ar") for ws in book.worksheets)
    assert len(book.worksheets) == 1 + 1 + 3  # the tiles, the trend, three breakdowns
    monkeypatch.setattr(report_actions, "choose_path", Chooser(tmp_path / "figures.csv"))
    files = written(qtbot, actions, actions.export)
    assert len(files) == 5
    assert all(f.read_bytes().startswith(b"\xef\xbb\xbf") for f in files)


def test_an_unwritable_place_is_explained_and_another_offered(
    host: QWidget, desk: Desk, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = ReportActions(host, sample_dashboard, desk)
    gone = tmp_path / "gone" / "report.pdf"
    monkeypatch.setattr(report_actions, "choose_path", Chooser(gone, tmp_path / "here.pdf"))
    told: list[str] = []

    def offer(parent: QWidget, title: str, text: str) -> bool:
        told.append(text)
        return True

    monkeypatch.setattr(report_actions, "offer_another_place", offer)
    paths = written(qtbot, actions, actions.print_report)
    assert told == [ReportProblems().folder_gone(str(gone.parent))]
    assert paths == [tmp_path / "here.pdf"] and paths[0].stat().st_size > 1000
    assert not gone.parent.exists()


def test_nothing_to_print_yet_is_said(host: QWidget, desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    actions = ReportActions(host, lambda: None, desk)
    with qtbot.waitSignal(actions.said) as blocker:
        actions.print_report()
    assert blocker.args[0]


def test_a_saved_report_runs_again_from_the_menu(
    host: QWidget, desk: Desk, lang: str, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[Period, Scope]] = []

    def compute(session: object, period: Period, scope: Scope, now: datetime) -> Dashboard:
        asked.append((period, scope))
        return sample_dashboard()

    actions = ReportActions(host, sample_dashboard, desk, compute=compute)
    dialog = actions.save_report()
    qtbot.waitUntil(dialog.isVisible)
    assert isinstance(dialog, SaveReportDialog)
    # No name: refused at the field, nothing saved.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["name"].isVisible() and not actions.reports.reports
    dialog.name.setText("تقرير الشهر الماضي" if lang == "ar" else "Last month")
    dialog.period.setCurrentIndex(dialog.period.findData(PeriodKind.LAST_MONTH.value))
    assert not dialog.first_day.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [saved] = load_saved_reports(actions.reports_path).reports
    assert saved.period is PeriodKind.LAST_MONTH and saved.language == "en"

    run = next(a for a in actions.saved_menu.actions() if a.objectName() == f"run:{saved.key}")
    assert run.text() == saved.name
    monkeypatch.setattr(report_actions, "choose_path", Chooser(tmp_path / "again.pdf"))
    [pdf] = written(qtbot, actions, run.trigger)
    assert pdf.read_bytes().startswith(b"%PDF")
    period, _scope = asked[0]
    now = desk.ctx.now().astimezone(UTC)
    assert period.end <= now and (now - period.start).days <= 62


def test_custom_days_backwards_are_refused_at_the_field(host: QWidget, desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    actions = ReportActions(host, sample_dashboard, desk)
    dialog = actions.save_report()
    qtbot.waitUntil(dialog.isVisible)
    dialog.name.setText("Backwards")
    dialog.period.setCurrentIndex(dialog.period.findData(PeriodKind.CUSTOM.value))
    assert dialog.first_day.isVisible()
    dialog.first_day.set_value(datetime(2026, 12, 5).date())
    dialog.last_day.set_value(datetime(2026, 12, 1).date())
    dialog.save()
    assert dialog.isVisible() and dialog.errors["last_day"].isVisible()
    assert dialog.name.text() == "Backwards", "nothing typed is lost"
    assert not actions.reports.reports
