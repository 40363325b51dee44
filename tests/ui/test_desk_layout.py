"""The main window on a laptop's screen, the empty states, and the dialogs'
ticket header, in ar and en."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QTableView

from desk_app.services.intake import IntakeForm
from desk_app.services.text import isolate
from desk_app.ui.checks import type_text
from desk_app.ui.contact_dialog import ContactDialog
from desk_app.ui.desk import Desk
from desk_app.ui.empty_state import FIRST_START, NO_MATCH, no_match_text
from desk_app.ui.intake_dialog import IntakeDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.reading_pane import BELOW, BESIDE, HIDDEN
from desk_app.ui.resolve_dialog import ResolveDialog
from desk_app.ui.screen_fit import client_room, pretend_screen
from tests.ui.conftest import add_tickets


@pytest.fixture
def laptop() -> Iterator[QSize]:
    size = QSize(1366, 768)
    pretend_screen(size)
    yield size
    pretend_screen(None)


def visible_rows(table: QTableView) -> int:
    """Rows drawn whole in the list's viewport."""
    model, height = table.model(), table.viewport().height()
    count = 0
    for row in range(model.rowCount()):
        rect = table.visualRect(model.index(row, 0))
        if rect.height() > 0 and rect.top() >= 0 and rect.bottom() <= height:
            count += 1
    return count


def open_window(desk: Desk, qtbot, size: QSize | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(desk)
    qtbot.addWidget(w)
    if size is not None:
        w.resize(size)
    w.show()
    qtbot.waitUntil(lambda: not w.list_panel.model.is_loading)
    return w


def many_tickets(desk: Desk, n: int = 40) -> list[str]:
    forms = [
        IntakeForm(
            subject=f"الطابعة رقم {i} لا تطبع",
            customer_name="سارة العتيبي",
            phone="0501234567",
            email="sara.alotaibi.accounts@example-company.com.sa",
        )
        for i in range(n)
    ]
    return add_tickets(desk, forms)


def test_denser_list_shows_more_rows_at_1366x768(desk, qtbot, lang, laptop):  # type: ignore[no-untyped-def]
    many_tickets(desk)
    window = open_window(desk, qtbot, client_room())
    table = window.list_panel.table
    qtbot.waitUntil(lambda: window.detail.ticket is not None)
    shown = visible_rows(table)
    # Measured before this change: 7 rows in Arabic, 9 in English.
    assert shown >= 12, f"only {shown} rows in sight"
    # Hiding the reading pane gives the list every row.
    window.reading_pane.set_mode(HIDDEN)
    qtbot.waitUntil(lambda: visible_rows(table) > shown)
    assert not window.detail.isVisible()


def test_geometry_splitters_and_pane_are_remembered(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    # (The test screen is 800×800: a restored geometry is kept on it.)
    window = open_window(desk, qtbot, QSize(790, 700))
    window.splitter.setSizes([120, 670])
    window.work_area.setSizes([420, 200])
    sizes, pane_sizes = window.splitter.sizes(), window.work_area.sizes()
    window.close()  # saved on close
    again = open_window(desk, qtbot)
    assert again.window_state.restored
    assert again.size() == QSize(790, 700)
    assert again.splitter.sizes() == sizes
    assert again.work_area.sizes() == pane_sizes
    # Where the pane sits is remembered too: beside the list, or hidden.
    for mode, shown in ((BESIDE, True), (HIDDEN, False)):
        again.reading_pane.set_mode(mode)
        again.close()
        again = open_window(desk, qtbot)
        assert again.reading_pane.mode == mode
        assert again.detail.isVisible() == shown
        beside = again.work_area.orientation() == Qt.Orientation.Horizontal
        assert beside == (mode == BESIDE) or not shown


def test_first_start_opens_maximised_with_the_pane_below_on_a_laptop(  # type: ignore[no-untyped-def]
    desk, qtbot, lang, laptop
):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert not window.window_state.restored
    assert window.reading_pane.mode == BELOW
    window.window_state.show()
    qtbot.waitUntil(window.isVisible)
    assert window.isMaximized()


def test_search_with_no_match_says_so_and_clears(window, qtbot, lang):  # type: ignore[no-untyped-def]
    (number,) = add_tickets(window.desk, [IntakeForm(subject="Printer jam", customer_name="Ali")])
    panel, detail = window.list_panel, window.detail
    panel.refresh()
    qtbot.waitUntil(lambda: detail.ticket is not None and detail.ticket.number == number)
    assert detail.isEnabled()
    empty = window.empty_state
    assert not empty.isVisible()
    type_text(panel.search, "zzqx")
    qtbot.waitUntil(lambda: empty.kind == NO_MATCH and empty.isVisible(), timeout=5_000)
    assert empty.title.text() == no_match_text("zzqx")
    assert "zzqx" in empty.title.text()
    assert empty.clear_button.isVisible()
    # The pane no longer shows, let alone edits, the ticket that left the list.
    assert detail.ticket is None
    assert not detail.isEnabled()
    assert detail.pages.currentWidget() is detail.pages.placeholder
    assert not detail.status.isVisible() and not detail.note.isVisible()
    QTest.mouseClick(empty.clear_button, Qt.MouseButton.LeftButton)
    assert panel.search.text() == ""
    qtbot.waitUntil(lambda: not empty.isVisible() and panel.model.rowCount() == 1)
    qtbot.waitUntil(lambda: detail.ticket is not None and detail.ticket.number == number)
    assert detail.isEnabled() and detail.status.isVisible()


def test_selection_cleared_empties_the_pane(window, qtbot, lang):  # type: ignore[no-untyped-def]
    add_tickets(window.desk, [IntakeForm(subject="Printer jam", customer_name="Ali")])
    window.list_panel.refresh()
    detail = window.detail
    qtbot.waitUntil(lambda: detail.ticket is not None)
    window.list_panel.table.setCurrentIndex(window.list_panel.model.index(-1, -1))
    qtbot.waitUntil(lambda: detail.ticket is None)
    assert not detail.isEnabled()
    assert detail.facts.text() == ""


def test_first_start_says_what_to_do_and_the_pane_makes_nothing_up(window, qtbot, lang):  # type: ignore[no-untyped-def]
    empty, detail = window.empty_state, window.detail
    qtbot.waitUntil(lambda: empty.kind == FIRST_START and empty.isVisible(), timeout=5_000)
    assert empty.new_button.isVisible() and empty.sign_in_button.isVisible()
    keys = window.new_action.shortcut().toString()
    assert keys and keys in empty.new_button.text()
    assert not empty.clear_button.isVisible()
    # The reading pane holds a placeholder, not a status or a priority.
    assert detail.pages.currentWidget() is detail.pages.placeholder
    assert detail.pages.placeholder.isVisible()
    for combo in detail.findChildren(QComboBox):
        assert not combo.isVisible()
    # The button takes the first call.
    QTest.mouseClick(empty.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(IntakeDialog)))
    for dialog in window.findChildren(IntakeDialog):
        dialog.reject()


@pytest.mark.parametrize("kind", [ContactDialog, ResolveDialog])
def test_contact_and_resolve_say_which_ticket(window, qtbot, lang, kind):  # type: ignore[no-untyped-def]
    (number,) = add_tickets(
        window.desk,
        [IntakeForm(subject="الطابعة لا تطبع", customer_name="سارة العتيبي", phone="0501234567")],
    )
    window.list_panel.refresh()
    qtbot.waitUntil(lambda: window.detail.ticket is not None)
    dialog = window.log_contact() if kind is ContactDialog else window.resolve_ticket()
    assert isinstance(dialog, kind)
    header = dialog.header
    qtbot.waitUntil(lambda: header.ticket is not None)
    assert number in header.number.text()
    assert header.subject.text() == "الطابعة لا تطبع"
    assert header.customer.text() == "سارة العتيبي"
    assert "501234567" in header.phone.text()
    if lang == "ar":  # Latin identifiers isolated inside Arabic
        assert header.number.text() == isolate(number)
        assert header.phone.text().startswith(isolate("x")[0])
    # The header is at the top of the dialog.
    assert header.isVisible()
    top = header.mapTo(dialog, header.rect().topLeft()).y()
    first_field = dialog.channel if kind is ContactDialog else dialog.cause
    assert top < first_field.mapTo(dialog, first_field.rect().topLeft()).y()
    dialog.reject()


def test_branch_named_in_english_only_shows_in_arabic_too(  # type: ignore[no-untyped-def]
    tmp_path, qtbot, lang, settings
):
    import json

    from desk_app.config import load_settings

    site = tmp_path / "site.json"
    site.write_text(json.dumps({"branch": {"code": "RUH", "name": "Riyadh"}}), "utf-8")
    loaded = load_settings()
    loaded.database = settings.database
    loaded.username = settings.username
    from desk_app.storage.db import open_database

    desk = Desk(open_database(loaded.database_path), loaded)
    try:
        window = open_window(desk, qtbot)
        assert "Riyadh" in window.branch_label.text()
        window.close()
    finally:
        desk.close()
