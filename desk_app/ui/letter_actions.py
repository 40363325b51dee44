"""Letters in the main window: Ticket → Write letter… (Ctrl+Shift+W) and
New memo… (Ctrl+Shift+N) for the ticket in the reading pane, View → Letter
register… (Ctrl+Shift+F), and the snippets offered after ``::`` in the
pane's note box as in every letter box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from desk_app.ui.letter_dialog import LetterDialog
from desk_app.ui.letter_source import library_in_force
from desk_app.ui.memo_dialog import MemoDialog
from desk_app.ui.register_window import RegisterWindow
from desk_app.ui.shortcuts import LETTER_REGISTER_KEYS, NEW_MEMO_KEYS, WRITE_LETTER_KEYS
from desk_app.ui.snippets import Snippet, SnippetCompleter

if TYPE_CHECKING:
    from desk_app.ui.main_window import MainWindow


class LetterActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.snippets: tuple[Snippet, ...] = ()
        self.write_action = QAction(self.tr("Wr&ite letter…"), window)
        self.write_action.setObjectName("writeLetterAction")
        self.write_action.setShortcut(QKeySequence(WRITE_LETTER_KEYS))
        self.write_action.triggered.connect(self.write_letter)
        self.memo_action = QAction(self.tr("New &memo…"), window)
        self.memo_action.setObjectName("newMemoAction")
        self.memo_action.setShortcut(QKeySequence(NEW_MEMO_KEYS))
        self.memo_action.triggered.connect(self.write_memo)
        self.register_action = QAction(self.tr("Letter regist&er…"), window)
        self.register_action.setObjectName("letterRegisterAction")
        self.register_action.setShortcut(QKeySequence(LETTER_REGISTER_KEYS))
        self.register_action.triggered.connect(self.open_register)
        self.register: RegisterWindow | None = None
        # The keys work with the menus closed.
        for action in (self.write_action, self.memo_action, self.register_action):
            window.addAction(action)
        self.note_snippets = SnippetCompleter(window.detail.note, lambda: self.snippets)
        window.desk.referenceChanged.connect(self.load_snippets)
        self.load_snippets()

    def load_snippets(self) -> None:
        self.window.desk.read(
            lambda s: library_in_force(s)[1],
            self._snippets_loaded,
            lambda _error: None,
            owner=self,
        )

    def _snippets_loaded(self, snippets: tuple[Snippet, ...]) -> None:
        self.snippets = snippets

    def write_letter(self) -> LetterDialog | None:
        ticket_id = self.window.list_panel.current_ticket_id()
        if ticket_id is None:
            self.window.statusBar().showMessage(self.tr("Select a ticket first."), 4000)
            return None
        dialog = LetterDialog(self.window.desk, ticket_id, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def write_memo(self) -> MemoDialog | None:
        ticket_id = self.window.list_panel.current_ticket_id()
        if ticket_id is None:
            self.window.statusBar().showMessage(self.tr("Select a ticket first."), 4000)
            return None
        dialog = MemoDialog(self.window.desk, ticket_id, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_register(self) -> RegisterWindow:
        """One register window, brought forward when it is already open."""
        if self.register is None:
            self.register = RegisterWindow(self.window.desk, self.window)
            self.register.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.register.finished.connect(self._register_closed)
        self.register.show()
        self.register.raise_()
        self.register.activateWindow()
        return self.register

    def _register_closed(self) -> None:
        self.register = None
