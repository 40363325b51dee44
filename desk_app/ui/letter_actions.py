"""Letters in the main window: Ticket → Write letter… (Ctrl+Shift+W) for the
ticket in the reading pane, and the snippets offered after ``::`` in the
pane's note box as in every letter box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from desk_app.ui.letter_dialog import LetterDialog
from desk_app.ui.letter_source import library_in_force
from desk_app.ui.shortcuts import WRITE_LETTER_KEYS
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
        window.addAction(self.write_action)  # the key works with the menus closed
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
