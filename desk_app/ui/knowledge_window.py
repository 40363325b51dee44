"""The knowledge window (Ctrl+K): search the articles, browse them by
category, read one, copy a passage to the clipboard or into the note of the
ticket in the reading pane; write, publish and retire them as the person's
rights allow (rights_gate.gate_knowledge).

The search uses the same normalisation as intake suggestions (the service
does it), runs off the GUI thread after a short pause in typing, and drops an
answer overtaken by newer typing. People who may write articles also see
drafts and retired articles, each with its status in words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.services.context import WriteContext
from desk_app.services.knowledge import (
    Article,
    ArticleStatus,
    publish,
    retire,
    search_articles,
)
from desk_app.ui import labels
from desk_app.ui.article_editor import ArticleEditor
from desk_app.ui.article_reader import ArticleReader, status_text, title_in
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.rights_gate import gate_knowledge
from desk_app.ui.screen_fit import fit_to_screen
from desk_app.ui.text_direction import first_strong, own_direction, ui_aligned

SEARCH_DELAY_MS = 200
ALL_STATUSES = frozenset(ArticleStatus)
PUBLISHED_ONLY = frozenset({ArticleStatus.PUBLISHED})

NoteTarget = Callable[[], QTextEdit | None]


class KnowledgeWindow(QDialog):
    """Non-modal: the agent keeps it open beside the ticket they work on."""

    searched = Signal(int)  # how many articles the list shows (tests wait on it)

    def __init__(
        self, desk: Desk, note_target: NoteTarget | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeWindow")
        self.setWindowTitle(self.tr("Knowledge base"))
        self.desk = desk
        self.note_target = note_target
        self.articles: list[Article] = []
        self.editor: ArticleEditor | None = None
        self.may_write = False
        self.may_publish = False
        self._asked = 0
        self._select_after: str | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("knowledgeSearch")
        self.search.setPlaceholderText(self.tr("Words of the problem, in Arabic or English"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search"), self)
        search_label.setBuddy(self.search)
        self.category = QComboBox(self)
        self.category.setObjectName("knowledgeCategory")
        self.category.addItem(self.tr("All categories"), None)
        language = labels.ui_language()
        for entry in desk.catalogue().catalogue.categories:
            self.category.addItem(entry.label(language), entry.code)
        category_label = QLabel(self.tr("Ca&tegory"), self)
        category_label.setBuddy(self.category)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 2)
        top.addWidget(category_label)
        top.addWidget(self.category, 1)

        self.list = QListWidget(self)
        self.list.setObjectName("articleList")
        self.list.setUniformItemSizes(True)
        self.count = QLabel(self)
        self.count.setObjectName("articleCount")
        self.count.setStyleSheet("color: #5f6368")
        ui_aligned(self.count)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)
        self.reader = ArticleReader(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 620])

        self.message = QLabel(self)
        self.message.setObjectName("knowledgeMessage")
        self.message.setWordWrap(True)

        self.copy_button = self._button("copyPassageButton", self.tr("&Copy passage"))
        self.copy_button.setToolTip(self.tr("Copy the selected text, or the whole article"))
        self.insert_button = self._button("insertIntoNoteButton", self.tr("&Insert into note"))
        self.insert_button.setToolTip(
            self.tr("Put the selected text, or the whole article, into the ticket's note box")
        )
        self.insert_button.setVisible(note_target is not None)
        self.new_button = self._button("newArticleButton", self.tr("&New article…"))
        self.edit_button = self._button("editArticleButton", self.tr("&Edit…"))
        self.publish_button = self._button("publishArticleButton", self.tr("&Publish"))
        self.retire_button = self._button("retireArticleButton", self.tr("&Retire"))
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.insert_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.new_button, self.edit_button, self.publish_button, self.retire_button):
            buttons.addWidget(button)
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close_box.rejected.connect(self.reject)
        buttons.addWidget(close_box)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(1100, 680))

        self.copy_button.clicked.connect(self.copy_passage)
        self.insert_button.clicked.connect(self.insert_into_note)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self.current_article()))
        self.publish_button.clicked.connect(lambda: self._change(publish))
        self.retire_button.clicked.connect(lambda: self._change(retire))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        self.category.currentIndexChanged.connect(self.run_search)
        self.list.currentRowChanged.connect(self._article_chosen)

        gate_knowledge(self)
        self._update_buttons()
        self.search.setFocus()
        self.run_search()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    # -- searching -------------------------------------------------------------
    def statuses(self) -> frozenset[ArticleStatus]:
        return ALL_STATUSES if self.may_write or self.may_publish else PUBLISHED_ONLY

    def run_search(self) -> None:
        self._timer.stop()
        text = self.search.text()
        category = self.category.currentData()
        statuses = self.statuses()
        self._asked += 1
        asked = self._asked

        def done(found: list[Article]) -> None:
            if asked == self._asked:
                self.show_articles(found)

        self.desk.read(
            lambda s: search_articles(s, text, category, statuses), done, self._failed, owner=self
        )

    def show_articles(self, found: list[Article]) -> None:
        keep = self._select_after or self._current_id()
        self._select_after = None
        self.articles = found
        self.list.blockSignals(True)
        self.list.clear()
        language = self.reader.current_language() if self.reader.article else labels.ui_language()
        row_to_select = 0 if found else -1
        for row, article in enumerate(found):
            title = title_in(article, language)
            text = own_direction(title)
            if article.status != ArticleStatus.PUBLISHED:
                text = f"{text} · {status_text(article.status)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, article.id)
            rtl = first_strong(title) == Qt.LayoutDirection.RightToLeft
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            item.setTextAlignment(
                side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )
            self.list.addItem(item)
            if article.id == keep:
                row_to_select = row
        self.list.blockSignals(False)
        self.list.setCurrentRow(row_to_select)
        self._article_chosen(row_to_select)
        self.count.setText(self.tr("%Ln article(s)", "", len(found)))
        self.searched.emit(len(found))

    def _current_id(self) -> str | None:
        article = self.current_article()
        return article.id if article is not None else None

    def current_article(self) -> Article | None:
        row = self.list.currentRow()
        return self.articles[row] if 0 <= row < len(self.articles) else None

    def _article_chosen(self, _row: int) -> None:
        self.reader.show_article(self.current_article())
        self._update_buttons()

    def _update_buttons(self) -> None:
        article = self.current_article()
        self.copy_button.setEnabled(article is not None)
        self.insert_button.setEnabled(article is not None)
        self.edit_button.setEnabled(article is not None)
        if self.may_publish:
            status = article.status if article is not None else None
            self.publish_button.setEnabled(status in (ArticleStatus.DRAFT, ArticleStatus.RETIRED))
            self.retire_button.setEnabled(status == ArticleStatus.PUBLISHED)

    # -- using a passage -----------------------------------------------------
    def copy_passage(self) -> None:
        if self.reader.copy_passage():
            self._say(self.tr("Copied to the clipboard."))

    def insert_into_note(self) -> None:
        box = self.note_target() if self.note_target is not None else None
        text = self.reader.passage()
        if box is None:
            self._say(self.tr("Choose a ticket in the list first; its note box takes the text."))
            return
        if not text:
            return
        # After what the note already says, on a line of its own.
        cursor = box.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if box.toPlainText().strip():
            text = "\n" + text
        cursor.insertText(text)
        box.setTextCursor(cursor)
        self._say(self.tr("Put into the note box of the ticket; add the note there when ready."))

    # -- writing -------------------------------------------------------------
    def open_editor(self, article: Article | None) -> ArticleEditor:
        editor = ArticleEditor(self.desk, article, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        self.editor = editor
        editor.open()
        return editor

    def _saved(self, article: Article) -> None:
        self._select_after = article.id
        self._say(self.tr("Article saved."))
        self.run_search()

    def _change(self, change: Callable[[Session, WriteContext, str], Article]) -> None:
        article = self.current_article()
        if article is None:
            return
        article_id = article.id
        self.publish_button.setEnabled(False)
        self.retire_button.setEnabled(False)

        def done(changed: Article) -> None:
            self._select_after = changed.id
            self._say(
                self.tr("The article is now: {status}.").format(status=status_text(changed.status))
            )
            self.run_search()

        def failed(error: Exception) -> None:
            self._update_buttons()
            self._failed(error)

        self.desk.write(lambda s, ctx: change(s, ctx, article_id), done, failed, owner=self)

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("color: #1e7b34")
        self.message.setText(text)

    def _failed(self, error: Exception) -> None:
        self.message.setStyleSheet("color: #b3261e")
        self.message.setText(describe(error))
