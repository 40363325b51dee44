"""Help → Keyboard shortcuts (F1): every command of the main window that has
a key, grouped by menu, read from the actions themselves, so the list is
never out of date and is in the user's language. Keys are shown as the
platform writes them, kept left to right inside Arabic."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.text import isolate
from desk_app.ui.accelerators import plain_text


@dataclass(frozen=True)
class Shortcut:
    command: str  # the action's words, without the accelerator mark
    keys: str  # each key sequence in the platform's words, isolated left to right


@dataclass(frozen=True)
class ShortcutGroup:
    menu: str  # the menu's title ("View"; a submenu's own, "Go to view", after it)
    shortcuts: tuple[Shortcut, ...]


def keys_text(sequences: list[QKeySequence]) -> str:
    """ "Ctrl+N", or "F5 / Ctrl+R" for an action with two keys; each kept left
    to right (a key combination does not turn around in Arabic)."""
    native = QKeySequence.SequenceFormat.NativeText
    words = [s.toString(native) for s in sequences if not s.isEmpty()]
    return " / ".join(isolate(w) for w in words if w)


def _walk(menu: QMenu, path: list[str], groups: list[ShortcutGroup]) -> None:
    """A menu's own commands, then each of its submenus' (in menu order)."""
    rows = []
    submenus = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            submenus.append(sub)
        elif not action.isSeparator() and action.isVisible():
            keys = keys_text(action.shortcuts())
            if keys:
                rows.append(Shortcut(plain_text(action.text()), keys))
    if rows:
        groups.append(ShortcutGroup(path[-1], tuple(rows)))
    for sub in submenus:
        # No "View › Go to view": an arrow between words turns with the
        # language; the submenu's group simply follows its menu's.
        _walk(sub, [*path, plain_text(sub.title())], groups)


def shortcut_groups(window: QMainWindow) -> list[ShortcutGroup]:
    """Every menu's actions that have a key, in menu order."""
    groups: list[ShortcutGroup] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            _walk(menu, [plain_text(menu.title())], groups)
    return groups


class KeyboardHelpDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboardHelpDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(
            self.tr(
                "These keys work in any keyboard layout. Alt with an underlined letter"
                " works in the keyboard layout of the menus' language."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setAlternatingRowColors(True)
        self.groups = shortcut_groups(window)
        self._items: list[QTreeWidgetItem] = []
        for group in self.groups:
            head = QTreeWidgetItem(self.tree, [group.menu])
            font = QFont(head.font(0))
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            self._items.append(head)
            for shortcut in group.shortcuts:
                self._items.append(QTreeWidgetItem(head, [shortcut.command, shortcut.keys]))
        self.tree.expandAll()
        if len(self._items) > 1:
            self.tree.setCurrentItem(self._items[1])  # the first command
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.tree.setFocus()
        self.resize(560, 640)

    def rows(self) -> list[tuple[str, str]]:
        """What the dialog shows, row by row: (group, "") or (command, keys)."""
        return [(item.text(0), item.text(1)) for item in self._items]
