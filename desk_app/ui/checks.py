"""--self-test and --screenshot: the app checking itself, as a person would use it."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.config import Settings
from desk_app.storage.db import open_database
from desk_app.ui.admin_console import AdminConsole
from desk_app.ui.desk import Desk
from desk_app.ui.intake_dialog import IntakeDialog
from desk_app.ui.knowledge_window import KnowledgeWindow
from desk_app.ui.main_window import MainWindow
from desk_app.ui.screen_fit import client_room, pretend_screen


class SelfTestFailed(Exception):
    pass


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailed(f"timed out waiting for {what}")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def type_text(widget: QWidget, text: str) -> None:
    """Type text key by key, as a person would. QTest.keyClicks only knows ASCII
    keys, so each character goes as a key event carrying that text (how an
    Arabic keyboard layout delivers it)."""
    for char in text:
        if char.isascii() and char.isprintable():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def self_test(settings: Settings) -> str:
    """Open the main window on a temporary database, take a call through the
    real intake dialog, find the ticket in the list, open its detail.
    Returns a one-line summary; raises SelfTestFailed with the reason."""
    with tempfile.TemporaryDirectory(prefix="maktab-self-test-") as tmp:
        settings.database = str(Path(tmp) / "self-test.sqlite3")
        db = open_database(settings.database_path)
        desk = Desk(db, settings)
        window = MainWindow(desk)
        try:
            window.show()
            model = window.list_panel.model
            wait_until(lambda: not model.is_loading, "the ticket list")
            dialog = window.new_ticket()
            wait_until(dialog.isVisible, "the intake dialog")
            created: list[str] = []
            dialog.ticketCreated.connect(lambda ticket_id, number: created.append(number))
            type_text(dialog.customer_name, "سارة العتيبي")
            type_text(dialog.phone, "0501234567")
            type_text(dialog.subject, "الطابعة في قسم المحاسبة لا تطبع")
            type_text(dialog.description, "Printer on floor 2 shows a paper jam error.")
            QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            wait_until(lambda: bool(created), "the ticket to be saved")
            number = created[0]
            table = window.list_panel.table

            def numbers() -> list[str]:
                return [model.row_at(r).number for r in range(model.rowCount())]

            wait_until(lambda: number in numbers(), f"ticket {number} in the list")
            row = numbers().index(number)
            table.setFocus()
            table.setCurrentIndex(model.index(row, 0))
            QTest.keyClick(table, Qt.Key.Key_Return)
            detail = window.detail
            wait_until(
                lambda: detail.ticket is not None and detail.ticket.number == number,
                "the ticket's detail",
            )
            if detail.timeline.count() < 1:
                raise SelfTestFailed("the ticket's history is empty")
            return f"self-test passed: created {number}, listed, opened with history"
        finally:
            window.close()
            desk.close()


DIALOGS = ("intake", "contact", "resolve", "escalate")


def _type_a_printer_problem(opened: QWidget) -> None:
    """The intake's subject or the knowledge window's search box, with a
    printer problem in the UI's language, and the articles it finds."""
    arabic = opened.layoutDirection() == Qt.LayoutDirection.RightToLeft
    words = "الطابعة لا تطبع" if arabic else "the printer does not print"
    if isinstance(opened, IntakeDialog):
        type_text(opened.subject, words)
        panel = opened.suggestions
        wait_until(lambda: panel.list.count() > 0, "articles beside the intake (none published?)")
    elif isinstance(opened, KnowledgeWindow):
        type_text(opened.search, "الطابعة" if arabic else "printer")
        opened.run_search()
        wait_until(lambda: opened.reader.article is not None, "an article to read")


def _dashboard_page(window: MainWindow, dashboard: QWidget, name: str) -> QWidget:
    """The dashboard's breakdowns or allocation page, or the tickets of its
    first tile."""
    from desk_app.ui.dashboard_window import DashboardWindow

    assert isinstance(dashboard, DashboardWindow)
    wait_until(lambda: dashboard.dashboard is not None, "the dashboard's figures")
    if name in ("breakdowns", "allocation"):
        dashboard.tabs.setCurrentIndex(2 if name == "allocation" else 1)
        wait_until(lambda: window.desk.tasks.busy == 0, "the workload")
        return dashboard
    tiles = [t for t in dashboard.tiles.tiles if t.figure.drill is not None]
    if not tiles:
        raise SelfTestFailed("no figure on the dashboard to list the tickets of")
    drilled = dashboard.drill(tiles[0].figure)
    assert drilled is not None
    return drilled


def _save_report_dialog(window: MainWindow) -> QWidget:
    from desk_app.ui.report_actions import ReportActions

    return ReportActions(window, lambda: None, window.desk).save_report()


def screenshot(
    window: MainWindow, path: Path, size: QSize | None = None, dialog: str | None = None
) -> None:
    """Render the main window with its data to a PNG, or one of its dialogs
    (``dialog``: intake, contact, resolve or escalate on the list's first ticket, the
    administration console, ``admin:PAGE`` on one of its pages (``admin:levels:rules``
    with the escalation rules forward), or the
    keyboard help).
    ``size`` is the screen's: the window is drawn as maximised on it."""
    pretend_screen(size)
    if size is not None:
        window.resize(client_room(window))
    else:
        window.resize(1400, 820)
    window.show()
    model = window.list_panel.model
    wait_until(lambda: not model.is_loading, "the ticket list")
    wait_until(lambda: window.detail.ticket is not None or model.rowCount() == 0, "detail")
    window.update_counts()
    wait_until(lambda: window.desk.tasks.busy == 0, "background work")
    QApplication.processEvents()
    shown: QWidget = window
    if dialog == "report":
        from desk_app.ui.report_preview import render_report

        render_report(window.desk, path)
        return
    if dialog in ("letter-pdf-ar", "letter-pdf-en"):
        from desk_app.ui.letter_sample import render_letter_page

        render_letter_page(window.desk, path, dialog.removeprefix("letter-pdf-"))
        return
    if dialog is not None:
        name, _, page = dialog.partition(":")
        openers: dict[str, Callable[[], QWidget | None]] = {
            "intake": window.new_ticket,
            "contact": window.log_contact,
            "resolve": window.resolve_ticket,
            "escalate": window.escalate_ticket,
            "admin": window.open_admin_console,
            "keys": window.open_keyboard_help,
            "suggestions": window.new_ticket,
            "knowledge": window.knowledge.open_knowledge,
            "dashboard": window.open_dashboard,
            "breakdowns": window.open_dashboard,
            "allocation": window.open_dashboard,
            "drill": window.open_dashboard,
            "report-save": lambda: _save_report_dialog(window),
            "write-letter": window.letters.write_letter,
            "letter-register": window.letters.open_register,
        }
        opened = openers[name]()
        if opened is None:
            raise SelfTestFailed(f"no ticket to open the {dialog} dialog on")
        if page:
            page, _, part = page.partition(":")
            if not isinstance(opened, AdminConsole) or page not in opened.page_keys():
                raise SelfTestFailed(f"no console page {page!r} for the person at the desk")
            shown_page = opened.show_page(page)
            # admin:PAGE:PART brings a part of the page forward (admin:levels:rules).
            show_part = getattr(shown_page, "show_part", None)
            if part and (show_part is None or not show_part(part)):
                raise SelfTestFailed(f"no part {part!r} on the console page {page!r}")
        if name in ("suggestions", "knowledge"):
            _type_a_printer_problem(opened)
        dashboard_page = name in ("breakdowns", "allocation", "drill")
        shown = _dashboard_page(window, opened, name) if dashboard_page else opened
        wait_until(shown.isVisible, f"the {dialog} dialog")
        wait_until(lambda: window.desk.tasks.busy == 0, "the dialog's data")
        # A part brought forward (a tab) is laid out over a few rounds of
        # events: pictured after one, its rows were still being sized.
        for _round in range(3):
            QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not shown.grab().save(str(path)):
        raise OSError(f"could not write {path}")
