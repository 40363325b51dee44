"""Beside the intake form: published articles that may answer the call, found
while the agent types the subject or the description.

The search runs off the GUI thread a quarter of a second after the last
keystroke, and an answer that arrives after the agent typed on is dropped
(a newer one follows), so typing never waits for it. Each suggestion shows
its title and a snippet, each in its own direction. Enter or a double click
reads the article; "Solved by this article" saves the call as a ticket
resolved at first contact at tier 0 with the article linked, after the
form's own checks (a missing customer is said beside its field, and nothing
typed is lost), and closes the intake as a save does.

The panel takes no room while it has nothing to offer, so the form keeps the
whole width of a laptop's screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)
from sqlalchemy.orm import Session

from desk_app.services.context import WriteContext
from desk_app.services.knowledge import Article, Suggestion, get_article, solved_by_article, suggest
from desk_app.services.messages import ValidationFailed
from desk_app.services.tickets import live_ticket
from desk_app.ui import labels
from desk_app.ui.article_reader import ArticleViewer
from desk_app.ui.errors import describe
from desk_app.ui.suggestion_delegate import SNIPPET_ROLE, TITLE_ROLE, SuggestionDelegate
from desk_app.ui.text_direction import first_strong, own_direction

if TYPE_CHECKING:
    from desk_app.ui.intake_dialog import IntakeDialog

DEBOUNCE_MS = 250
LIMIT = 5
PANEL_WIDTH = 300
ARTICLE = "article"  # the field of a refusal about the article, not the form


def typed_language(text: str) -> str:
    """The language the agent types in ("ar" or "en"), else the UI's."""
    found = first_strong(text)
    if found is None:
        return "ar" if labels.ui_language() == "ar" else "en"
    return "ar" if found == Qt.LayoutDirection.RightToLeft else "en"


class IntakeSuggestions(QFrame):
    """The suggestions of one intake dialog (it builds one and places it
    with ``beside``)."""

    shown = Signal(int)  # how many suggestions are on screen (tests wait on it)

    def __init__(self, dialog: IntakeDialog) -> None:
        super().__init__(dialog)
        self.setObjectName("suggestionPanel")
        self.dialog = dialog
        self.desk = dialog.desk
        self.suggestions: list[Suggestion] = []
        self._asked = 0  # the latest search; older answers are dropped
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#suggestionPanel { background: #eef5fb; border: 1px solid #8ab4d8; }")
        self.setFixedWidth(PANEL_WIDTH)
        self.title = QLabel(self.tr("Articles that may answer this call"), self)
        self.title.setObjectName("suggestionTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("suggestionList")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setItemDelegate(SuggestionDelegate(self.list))
        self.list.setToolTip(self.tr("Enter or a double click opens the article"))
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.open_button = QPushButton(self.tr("Read it"), self)
        self.open_button.setObjectName("readArticleButton")
        self.open_button.clicked.connect(self.open_current)
        self.solved_button = QPushButton(self.tr("Solved by this article"), self)
        self.solved_button.setObjectName("solvedByArticleButton")
        self.solved_button.setToolTip(
            self.tr("Save the call as a ticket resolved now at tier 0, with this article linked")
        )
        self.solved_button.clicked.connect(self.solved)
        self.error = QLabel(self)
        self.error.setObjectName("suggestionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.open_button)
        layout.addWidget(self.solved_button)
        self.hide()

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.look_up)
        dialog.subject.textChanged.connect(self._timer.start)
        dialog.description.textChanged.connect(self._timer.start)

    def beside(self, form: QScrollArea) -> QHBoxLayout:
        """The form with the panel on its end side (mirrored in Arabic)."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(form, 1)
        row.addWidget(self)
        return row

    def typed(self) -> str:
        return f"{self.dialog.subject.text()}\n{self.dialog.description.toPlainText()}".strip()

    # -- searching -----------------------------------------------------------
    def look_up(self) -> None:
        text = self.typed()
        self._asked += 1
        asked = self._asked
        if not text:
            self.show_suggestions([])
            return
        language = typed_language(text)

        def done(found: list[Suggestion]) -> None:
            if asked == self._asked:
                self.show_suggestions(found)

        def failed(_error: Exception) -> None:
            # A search that fails (the database busy) costs the agent nothing:
            # the next keystroke asks again.
            if asked == self._asked:
                self.show_suggestions([])

        self.desk.read(lambda s: suggest(s, text, language, LIMIT), done, failed, owner=self)

    def show_suggestions(self, found: list[Suggestion]) -> None:
        self.suggestions = found
        current = self.current_article_id()
        self.list.clear()
        self.error.hide()
        for suggestion in found:
            item = QListWidgetItem(self._item_text(suggestion))
            item.setData(Qt.ItemDataRole.UserRole, suggestion.id)
            item.setData(TITLE_ROLE, suggestion.title.strip())
            item.setData(SNIPPET_ROLE, suggestion.snippet.strip())
            item.setToolTip(suggestion.snippet)
            item.setTextAlignment(self._alignment(suggestion.title))
            self.list.addItem(item)
            if suggestion.id == current:
                self.list.setCurrentItem(item)
        if found and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.setVisible(bool(found))
        self.shown.emit(len(found))

    @staticmethod
    def _item_text(suggestion: Suggestion) -> str:
        lines = [suggestion.title.strip()]
        if suggestion.snippet.strip():
            lines.append(suggestion.snippet.strip())
        return own_direction("\n".join(lines))

    @staticmethod
    def _alignment(text: str) -> Qt.AlignmentFlag:
        """Each suggestion on the side its own language starts from."""
        rtl = first_strong(text) == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

    def current_article_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    # -- reading -------------------------------------------------------------
    def open_current(self) -> None:
        article_id = self.current_article_id()
        if article_id is None:
            return

        def done(article: Article) -> None:
            viewer = ArticleViewer(article, self.dialog)
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.viewer = viewer
            viewer.open()

        self.desk.read(lambda s: get_article(s, article_id), done, self._failed, owner=self)

    def _failed(self, error: Exception) -> None:
        self.error.setText(describe(error))
        self.error.show()

    # -- solving ---------------------------------------------------------------
    def solved(self) -> None:
        """Save the call as answered by the chosen article (the intake's own
        checks first: what they refuse is said beside the form's fields)."""
        article_id = self.current_article_id()
        dialog = self.dialog
        if article_id is None or dialog.saving:
            return
        form, catalogue = dialog.form(), dialog.catalogue

        def work(session: Session, ctx: WriteContext) -> tuple[str, str]:
            ticket_id = solved_by_article(session, ctx, form, article_id, catalogue=catalogue)
            return ticket_id, live_ticket(session, ticket_id).number

        dialog.start_saving()
        self.solved_button.setEnabled(False)
        self.desk.write(
            work,
            self._saved,
            self._save_failed,
            changed=lambda saved: [saved[0]],
            owner=dialog,
        )

    def _saved(self, saved: tuple[str, str]) -> None:
        ticket_id, number = saved
        dialog = self.dialog
        dialog.finish_saving()
        self.solved_button.setEnabled(True)
        dialog.release_draft()
        dialog.ticketCreated.emit(ticket_id, number)
        dialog.accept()

    def _save_failed(self, error: Exception) -> None:
        self.solved_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            # The article itself (retired meanwhile) is said here; the form's
            # own mistakes beside its fields.
            about_article = [e for e in error.errors if e.field == ARTICLE]
            if about_article:
                self.error.setText(" ".join(labels.error_text(e) for e in about_article))
                self.error.show()
            rest = [e for e in error.errors if e.field != ARTICLE]
            if not rest:
                self.dialog.finish_saving()
                return
            error = ValidationFailed(rest)
        self.dialog.save_failed(error)
