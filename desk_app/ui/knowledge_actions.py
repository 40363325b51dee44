"""The knowledge base in the main window: Help → Knowledge base… (Ctrl+K),
and Ticket → Write an article… (Ctrl+Shift+K) for a resolved ticket in the
reading pane, shown to those who may write articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTextEdit

from desk_app.models import Status
from desk_app.services.permissions import TicketScope
from desk_app.ui.article_editor import ArticleEditor
from desk_app.ui.knowledge_window import KnowledgeWindow
from desk_app.ui.rights_gate import RightsGate, gate_knowledge_actions
from desk_app.ui.shortcuts import KNOWLEDGE_KEYS, WRITE_ARTICLE_KEYS

if TYPE_CHECKING:
    from desk_app.ui.main_window import MainWindow

DONE = (Status.RESOLVED.value, Status.CLOSED.value)


class KnowledgeActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.knowledge: KnowledgeWindow | None = None
        self.open_action = QAction(self.tr("Knowledge &base…"), window)
        self.open_action.setObjectName("knowledgeAction")
        self.open_action.setShortcut(QKeySequence(KNOWLEDGE_KEYS))
        self.open_action.triggered.connect(self.open_knowledge)
        self.write_action = QAction(self.tr("&Write an article…"), window)
        self.write_action.setObjectName("writeArticleAction")
        self.write_action.setShortcut(QKeySequence(WRITE_ARTICLE_KEYS))
        self.write_action.triggered.connect(self.write_article)
        window.addAction(self.open_action)  # the keys work with the menus closed
        window.addAction(self.write_action)
        RightsGate.of(window.desk).ticketShown.connect(self._by_ticket)
        gate_knowledge_actions(self)
        self._by_ticket(None)

    def _resolved_ticket(self) -> str | None:
        ticket = self.window.detail.ticket
        if ticket is None or ticket.status not in DONE:
            return None
        return str(ticket.id)

    def _by_ticket(self, scope: TicketScope | None) -> None:
        """Only a resolved ticket has a solution to start an article from."""
        done = scope is not None and scope.status in DONE
        self.write_action.setEnabled(done)
        tip = (
            self.tr("Start an article from the problem and the solution of this resolved ticket")
            if done
            else self.tr("Resolve the ticket first: an article starts from its solution.")
        )
        self.write_action.setToolTip(tip)
        self.write_action.setStatusTip(tip)

    def note_box(self) -> QTextEdit | None:
        """The note box of the ticket in the reading pane, if one is shown."""
        detail = self.window.detail
        return detail.note if detail.ticket is not None else None

    def open_knowledge(self) -> KnowledgeWindow:
        """One knowledge window, brought forward when it is already open."""
        if self.knowledge is None:
            self.knowledge = KnowledgeWindow(self.window.desk, self.note_box, self.window)
            self.knowledge.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            # Closed is gone: it is deleted later, and must not be reused meanwhile.
            self.knowledge.finished.connect(self._knowledge_closed)
        self.knowledge.show()
        self.knowledge.raise_()
        self.knowledge.activateWindow()
        return self.knowledge

    def _knowledge_closed(self) -> None:
        self.knowledge = None

    def write_article(self) -> ArticleEditor | None:
        ticket_id = self._resolved_ticket()
        if ticket_id is None:
            self.window.statusBar().showMessage(
                self.tr("Select a resolved ticket to write an article from it."), 4000
            )
            return None
        editor = ArticleEditor(self.window.desk, None, self.window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(
            lambda _article: self.window.statusBar().showMessage(
                self.tr("Article saved as a draft."), 6000
            )
        )
        editor.load_from_ticket(ticket_id)
        editor.open()
        return editor
