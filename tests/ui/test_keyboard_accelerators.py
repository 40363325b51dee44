"""No Alt letter used twice in one window or one menu, in Arabic, English and
Polish (translations compiled from the .ts sources of this checkout), and
every command reachable by a key that works in any keyboard layout."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desk_app import resources
from desk_app.app import apply_language
from desk_app.config import Settings
from desk_app.services.intake import IntakeForm
from desk_app.storage.db import open_database
from desk_app.ui.accelerators import duplicates, levels, mnemonic
from desk_app.ui.contact_dialog import ContactDialog
from desk_app.ui.desk import Desk
from desk_app.ui.intake_dialog import IntakeDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.shortcuts import layout_independent
from tests.ui.conftest import add_tickets
from tests.ui.walk import open_every_window

ROOT = Path(__file__).resolve().parents[2]


def test_mnemonic_reads_the_letter_after_the_ampersand() -> None:
    assert mnemonic("Sa&ve view") == "v"
    assert mnemonic("&Ticket") == "t"
    assert mnemonic("Fish && chips") is None
    assert mnemonic("R&&D &log") == "l"
    assert mnemonic("ال&مكلف") == "م"
    assert mnemonic("No accelerator") is None


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files built now from the .ts sources (what `make i18n` does),
    so the check sees the translations as they are in this checkout."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    for ts in sorted((ROOT / "i18n").glob("desk_app_*.ts")):
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder


@pytest.fixture(params=["ar", "en", "pl"])
def language(
    request: pytest.FixtureRequest,
    fonts: QApplication,
    compiled_translations: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[str]:
    monkeypatch.setattr(resources, "i18n_dir", lambda: compiled_translations)
    apply_language(fonts, request.param)
    yield request.param
    apply_language(fonts, "en")


@pytest.fixture
def any_window(language: str, settings: Settings, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    desk = Desk(open_database(settings.database_path), settings)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.list_panel.model.is_loading)
    form = IntakeForm(customer_name="Sara", phone="0501234567", subject="Printer jam")
    add_tickets(desk, [form])
    window.refresh()
    qtbot.waitUntil(lambda: window.detail.ticket is not None)
    yield window
    window.close()
    desk.tasks.wait()
    desk.close()


def test_no_window_or_menu_uses_an_alt_letter_twice(any_window, language, qtbot):  # type: ignore[no-untyped-def]
    if language != "en":  # the check is not vacuous: the translation is in use
        file_menu = QCoreApplication.translate("MainWindow", "&File")
        assert file_menu != "&File"
    problems: list[str] = []
    walked = 0
    for top in open_every_window(any_window, qtbot):
        walked += 1
        problems += duplicates(top)
        if isinstance(top, IntakeDialog):
            # Each category brings its own fields into the form.
            for index in range(top.category.count()):
                top.category.setCurrentIndex(index)
                problems += [f"{top.category.currentText()}: {p}" for p in duplicates(top)]
    assert walked >= 14
    assert problems == [], "\n".join(problems)


def test_the_check_sees_menus_and_buddies(any_window, language):  # type: ignore[no-untyped-def]
    found = levels(any_window)
    main_letters = [letter for letter, _text in found["mainWindow"]]
    # The menu bar's titles and the reading pane's captions share one level.
    assert mnemonic(QCoreApplication.translate("MainWindow", "&File")) in main_letters
    assert mnemonic(QCoreApplication.translate("TicketDetailPanel", "&Status")) in main_letters
    assert any("›" in name for name in found)  # each menu is a level of its own


def _commands(window: MainWindow) -> list[tuple[str, QMenu, object]]:
    """Every command in the menus (a submenu is a menu, not a command; the
    views and columns are lists the agent keeps, reached with Ctrl+0)."""
    lists = {window.go_menu, window.columns_menu}
    found = []
    pending = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while pending:
        menu = pending.pop()
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                if action.menu() not in lists:
                    pending.append(action.menu())
                continue
            found.append((action.text(), menu, action))
    return found


def test_every_menu_command_has_a_key_that_works_in_any_layout(window):  # type: ignore[no-untyped-def]
    commands = _commands(window)
    assert len(commands) >= 20
    missing = [text for text, _m, a in commands if not layout_independent(a.shortcut())]
    assert missing == []
    taken: dict[str, str] = {}
    for text, _menu, action in commands:
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in taken, f"{key} on {text} and {taken[key]}"
            taken[key] = text


def _press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    QTest.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def _open_dialog(window: MainWindow, name: str) -> QDialog | None:
    return window.findChild(QDialog, name)


CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize(
    ("key", "modifiers", "dialog"),
    [
        (Qt.Key.Key_N, CTRL, "intakeDialog"),
        (Qt.Key.Key_L, CTRL, "contactDialog"),
        (Qt.Key.Key_E, CTRL_SHIFT, "resolveDialog"),
        (Qt.Key.Key_E, CTRL, "escalationDialog"),
        (Qt.Key.Key_G, CTRL_SHIFT, "tierGlanceDialog"),
        (Qt.Key.Key_R, CTRL_SHIFT, "relatedDialog"),
        (Qt.Key.Key_T, CTRL_SHIFT, "bulkChangeDialog"),
        (Qt.Key.Key_M, CTRL_SHIFT, "myQueuesDialog"),
        (Qt.Key.Key_V, CTRL_SHIFT, "viewNameDialog"),
        (Qt.Key.Key_B, CTRL_SHIFT, "outboxDialog"),
        (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier, "keyboardHelpDialog"),
    ],
)
def test_commands_open_by_their_keys_in_either_language(window, qtbot, key, modifiers, dialog):  # type: ignore[no-untyped-def]
    """Ctrl + a Latin letter opens the command under the Arabic interface too
    (Qt matches the key, not the letter the layout would type)."""
    add_tickets(window.desk, [IntakeForm(customer_name="Sara", subject="Printer jam")])
    window.refresh()
    qtbot.waitUntil(lambda: window.detail.ticket is not None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = window.list_panel.table
    table.setFocus()
    _press(table, key, modifiers)
    qtbot.waitUntil(lambda: _open_dialog(window, dialog) is not None)
    opened = _open_dialog(window, dialog)
    assert opened is not None
    qtbot.waitExposed(opened)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    focused = QApplication.focusWidget() or opened
    _press(focused, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: not isValid(opened) or not opened.isVisible())


def test_search_and_refresh_keys(window, qtbot):  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = window.list_panel.table
    table.setFocus()
    _press(table, Qt.Key.Key_F, CTRL)
    assert window.list_panel.search.hasFocus()
    refreshed: list[bool] = []
    window.refresh_action.triggered.connect(lambda: refreshed.append(True))
    _press(window.list_panel.search, Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier)
    assert refreshed == [True]


@pytest.mark.parametrize("keys", ["Ctrl+S", "Ctrl+Return"])
def test_a_dialog_saves_with_ctrl_s_and_ctrl_enter(window, qtbot, keys):  # type: ignore[no-untyped-def]
    add_tickets(window.desk, [IntakeForm(customer_name="Sara", subject="Printer jam")])
    window.refresh()
    qtbot.waitUntil(lambda: window.detail.ticket is not None)
    dialog = ContactDialog(window.desk, window.detail.ticket.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.summary.setFocus()
    QTest.keyClicks(dialog.summary, "Called, no answer")
    combination = QKeySequence(keys)[0]
    with qtbot.waitSignal(dialog.logged, timeout=5000):
        _press(dialog.summary, combination.key(), combination.keyboardModifiers())
    assert "\n" not in dialog.summary.toPlainText()


def test_each_page_of_a_stack_is_a_level_of_its_own(qtbot):  # type: ignore[no-untyped-def]
    """Qt ignores the Alt letters of a hidden page (a label's buddy shortcut
    is not matched while the label is hidden), so two pages may both use
    Alt+N; a letter shared with the window's own parts is still a clash on
    every page."""
    window = QWidget()
    window.setObjectName("console")
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    stack = QStackedWidget(window)
    layout.addWidget(stack)
    for _ in range(2):
        page = QWidget()
        form = QFormLayout(page)
        edit = QLineEdit(page)
        label = QLabel("&Name", page)
        label.setBuddy(edit)
        form.addRow(label, edit)
        stack.addWidget(page)
    shared = QPushButton("&New", window)
    layout.addWidget(shared)
    problems = duplicates(window)
    assert len(problems) == 2 and all("Alt+n on &New / &Name" in p for p in problems)
    shared.setText("&Open")
    assert duplicates(window) == []
