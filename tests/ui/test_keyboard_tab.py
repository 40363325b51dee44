"""Tab walks every part of the main window and comes back; Tab never types a
tab character into a text box, in the main window or in any dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QWidget

from desk_app.services.intake import IntakeForm
from desk_app.ui.main_window import MainWindow
from desk_app.ui.tab_chain import main_window_parts
from tests.ui.conftest import add_tickets
from tests.ui.walk import open_every_window


def _with_ticket(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = IntakeForm(customer_name="Sara", phone="0501234567", subject="Printer jam")
    add_tickets(window.desk, [form])
    window.refresh()
    qtbot.waitUntil(lambda: window.detail.ticket is not None and window.detail.isEnabled())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _press(key: Qt.Key, shift: bool = False) -> QWidget:
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key, modifier)
    now = QApplication.focusWidget()
    assert now is not None
    return now


def test_tab_cycles_through_every_part_of_the_main_window(window, qtbot):  # type: ignore[no-untyped-def]
    _with_ticket(window, qtbot)
    parts = [w for w in main_window_parts(window) if w is not None]
    named = {
        window.list_panel.search,
        window.list_panel.status_filter,
        window.navigator,
        window.list_panel.table,
        window.detail.status,
        window.detail.assignee,
        window.detail.timeline,
        window.detail.note,
        window.detail.add_note_button,
    }
    assert named <= set(parts)
    table = window.list_panel.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    start = parts.index(table)
    expected = parts[start + 1 :] + parts[: start + 1]

    visited = [_press(Qt.Key.Key_Tab) for _ in expected]
    assert visited == expected  # every part once, and back to the list
    assert "\t" not in window.detail.note.toPlainText()

    # Shift+Tab walks the same way back.
    back = [_press(Qt.Key.Key_Backtab, shift=True) for _ in expected]
    assert back == list(reversed(parts[:start])) + list(reversed(parts[start:]))


def test_tab_leaves_the_note_with_what_was_typed(window, qtbot):  # type: ignore[no-untyped-def]
    _with_ticket(window, qtbot)
    note = window.detail.note
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    QTest.keyClicks(note, "call back")
    after = _press(Qt.Key.Key_Tab)
    assert after is window.detail.add_note_button
    assert note.toPlainText() == "call back"


def test_no_text_box_anywhere_takes_a_tab(window, qtbot):  # type: ignore[no-untyped-def]
    """Every editable multi-line box of every dialog gives Tab back to the form."""
    _with_ticket(window, qtbot)
    seen = 0
    for top in open_every_window(window, qtbot):
        top.activateWindow()
        qtbot.waitUntil(top.isActiveWindow)
        boxes = [*top.findChildren(QPlainTextEdit), *top.findChildren(QTextEdit)]
        for box in boxes:
            assert box.tabChangesFocus(), f"{top.objectName()}: {box.objectName()}"
            if box.isReadOnly() or not box.isVisibleTo(top) or not box.isEnabled():
                continue
            box.setFocus()
            qtbot.waitUntil(box.hasFocus)
            QTest.keyClick(box, Qt.Key.Key_Tab)
            assert "\t" not in box.toPlainText(), f"{top.objectName()}: {box.objectName()}"
            assert not box.hasFocus()
            seen += 1
    assert seen >= 4  # the note, the description, the contact summary, the solution
