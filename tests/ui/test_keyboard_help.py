"""Help → Keyboard shortcuts (F1): every action with a key, from the actions
themselves, grouped by menu, right to left in Arabic with the keys kept
left to right."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from desk_app.services.text import LRI, PDI
from desk_app.ui.accelerators import plain_text
from desk_app.ui.keyboard_help import KeyboardHelpDialog
from desk_app.ui.main_window import MainWindow
from tests.ui.conftest import expected_direction


def _menu_actions_with_keys(window: MainWindow) -> dict[str, list[str]]:
    """Menu title → the words of its actions that have a key."""
    found: dict[str, list[str]] = {}
    pending = [a.menu() for a in window.menuBar().actions()]
    while pending:
        menu = pending.pop(0)
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if action.menu() is not None:
                pending.append(action.menu())
            elif action.isVisible() and not action.shortcut().isEmpty():
                found.setdefault(plain_text(menu.title()), []).append(plain_text(action.text()))
    return found


def open_help(window: MainWindow, qtbot) -> KeyboardHelpDialog:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.list_panel.table, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(KeyboardHelpDialog) is not None)
    dialog = window.findChild(KeyboardHelpDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_f1_lists_every_action_with_its_key_grouped_by_menu(window, lang, qtbot):  # type: ignore[no-untyped-def]
    dialog = open_help(window, qtbot)
    assert dialog.windowTitle() == QCoreApplication.translate(
        "KeyboardHelpDialog", "Keyboard shortcuts"
    )
    expected = _menu_actions_with_keys(window)
    shown = {g.menu: [s.command for s in g.shortcuts] for g in dialog.groups}
    assert shown == expected
    # The menus' own order, a submenu right after its menu.
    titles = [plain_text(a.text()) for a in window.menuBar().actions()]
    go_to = plain_text(window.go_menu.title())
    order = [g.menu for g in dialog.groups]
    assert order.index(go_to) == order.index(titles[1]) + 1  # View, then Go to view
    submenus = {
        plain_text(a.menu().title())
        for top in window.menuBar().actions()
        for a in top.menu().actions()
        if a.menu() is not None
    }
    tops = [m for m in order if m not in submenus]
    assert tops == sorted(tops, key=titles.index)

    rows = dict(dialog.rows())
    new_ticket = plain_text(window.new_action.text())
    native = QKeySequence.SequenceFormat.NativeText
    assert rows[new_ticket] == f"{LRI}{QKeySequence('Ctrl+N').toString(native)}{PDI}"
    help_words = plain_text(window.keys_action.text())
    assert rows[help_words] == f"{LRI}{QKeySequence('F1').toString(native)}{PDI}"
    for command, keys in dialog.rows():
        assert "&" not in command
        if keys:
            assert keys.startswith(LRI) and keys.endswith(PDI)  # left to right in Arabic
    # Ctrl+1 … Ctrl+9 for the saved views are listed too.
    views = next(g for g in dialog.groups if g.menu == go_to)
    assert len(views.shortcuts) == 9


def test_help_reads_in_the_language_direction(window, lang, qtbot):  # type: ignore[no-untyped-def]
    dialog = open_help(window, qtbot)
    assert dialog.layoutDirection() == expected_direction(lang)
    assert dialog.tree.layoutDirection() == expected_direction(lang)
    # The command column is on the start side: right in Arabic, left in English.
    tree = dialog.tree
    first = tree.topLevelItem(0).child(0)
    command = tree.visualItemRect(first)
    header = tree.header()
    keys_x = header.sectionViewportPosition(1)
    command_x = header.sectionViewportPosition(0)
    assert (command_x > keys_x) == (lang == "ar")
    assert command.isValid()
    target = os.environ.get("MAKTAB_SCREENSHOT_DIR")
    if target:  # docs: MAKTAB_SCREENSHOT_DIR=docs/screenshots pytest -k help_reads
        dialog.resize(560, 640)
        QApplication.processEvents()
        dialog.grab().save(str(Path(target) / f"keyboard-help-{lang}.png"))


def test_escape_closes_the_help(window, qtbot):  # type: ignore[no-untyped-def]
    dialog = open_help(window, qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog.tree, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(KeyboardHelpDialog) is None)
