"""Writing a knowledge article: title and text in Arabic and in English (one
language may come first), its category from the catalogue, keywords, and the
day it should be reviewed. "Save draft" keeps it as a draft; publishing is a
reviewer's step in the knowledge window.

Opened from a resolved ticket ("Write an article"), it starts from the
ticket's problem and its solution (the service prepares the draft). A save
the service refuses marks the fields at fault and keeps everything typed.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.knowledge import ARTICLE_BODY_MAX, ARTICLE_TITLE_MAX
from desk_app.services import messages as m
from desk_app.services.knowledge import Article, ArticleDraft, draft_from_ticket, save_article
from desk_app.services.messages import FieldError, ValidationFailed
from desk_app.ui import labels
from desk_app.ui.bounded_text import BoundedTextEdit
from desk_app.ui.desk import Desk
from desk_app.ui.field_errors import FieldErrors, mark, unmark
from desk_app.ui.levels_editors import DayEdit
from desk_app.ui.screen_fit import fit_to_screen
from desk_app.ui.shortcuts import save_keys
from desk_app.ui.text_direction import PlainTextBox

REVIEW_AFTER_DAYS = 180  # a new article's first review, half a year on


def keywords_text(keywords: object) -> str:
    """Keywords as the agent edits them: separated by commas."""
    if isinstance(keywords, str):
        return keywords
    if isinstance(keywords, list | tuple | set | frozenset):
        return ", ".join(str(k) for k in keywords)
    return ""


class ArticleEditor(QDialog):
    saved = Signal(object)  # the Article as saved

    def __init__(
        self, desk: Desk, article: Article | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("articleEditor")
        self.desk = desk
        self.article_id: str | None = article.id if article is not None else None
        self.setWindowTitle(self.tr("Edit article") if article else self.tr("New article"))
        self.errors = FieldErrors(self)

        arabic = QGroupBox(self.tr("Arabic"), self)
        arabic_form = QFormLayout(arabic)
        self.title_ar = self._line("titleAr")
        self.title_ar.setMaxLength(ARTICLE_TITLE_MAX)
        self.body_ar = self._body("bodyAr")
        self._row(arabic_form, self.tr("Arabic &title"), self.title_ar)
        self._row(arabic_form, self.tr("&Arabic text"), self.body_ar)
        english = QGroupBox(self.tr("English"), self)
        english_form = QFormLayout(english)
        self.title_en = self._line("titleEn")
        self.title_en.setMaxLength(ARTICLE_TITLE_MAX)
        self.body_en = self._body("bodyEn")
        self._row(english_form, self.tr("English t&itle"), self.title_en)
        self._row(english_form, self.tr("&English text"), self.body_en)
        texts = QHBoxLayout()
        texts.addWidget(arabic, 1)
        texts.addWidget(english, 1)
        self.hint = QLabel(
            self.tr(
                "Write in one language or both. Leave a blank line between paragraphs; "
                "start a list item with “- ”; links are written out in full."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368")

        details = QFormLayout()
        self.category = QComboBox(self)
        self.category.setObjectName("articleCategory")
        self.category.addItem(self.tr("Choose a category"), "")
        language = labels.ui_language()
        for entry in desk.catalogue().catalogue.categories:
            self.category.addItem(entry.label(language), entry.code)
        self._row(details, self.tr("&Category"), self.category)
        self.errors.add_row(details, "category", self.category)
        self.keywords = QLineEdit(self)
        self.keywords.setObjectName("articleKeywords")
        self.keywords.setPlaceholderText(
            self.tr("Other words people use for this problem, separated by commas")
        )
        self._row(details, self.tr("&Keywords"), self.keywords)
        self.errors.add_row(details, "keywords", self.keywords)
        self.review = QCheckBox(self.tr("Re&view on"), self)
        self.review.setObjectName("articleReviewWanted")
        self.review_on = DayEdit(self)
        self.review_on.setObjectName("articleReviewOn")
        today = desk.ctx.now().date()
        self.review_on.set_value(today + timedelta(days=REVIEW_AFTER_DAYS))
        self.review.setChecked(True)
        self.review.toggled.connect(self.review_on.setEnabled)
        details.addRow(self.review, self.review_on)
        self.errors.add_row(details, "review_on", self.review_on)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save draft"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveArticleButton")
        self.save_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(texts, 1)
        layout.addWidget(self.errors.place("title"))
        layout.addWidget(self.errors.place("body"))
        layout.addLayout(details)
        layout.addWidget(self.errors.message)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1000, 640))
        save_keys(self, self.save)
        # A title or a text in either language clears what was said about it.
        for name, editors in self._pairs().items():
            for editor in editors:
                editor.textChanged.connect(lambda *_a, n=name: self._clear_pair(n))
        if article is not None:
            self.fill(
                ArticleDraft(
                    id=article.id,
                    title_ar=article.title_ar,
                    title_en=article.title_en,
                    body_ar=article.body_ar,
                    body_en=article.body_en,
                    category=article.category,
                    keywords=article.keywords,
                    review_on=article.review_on,
                )
            )
        self.title_ar.setFocus()

    # -- building ------------------------------------------------------------
    def _line(self, name: str) -> QLineEdit:
        editor = QLineEdit(self)
        editor.setObjectName(name)
        return editor

    def _body(self, name: str) -> PlainTextBox:
        # A paste past the limit (a whole log file) is refused at once, with
        # the reason, instead of freezing the box and failing at the save.
        editor = BoundedTextEdit(ARTICLE_BODY_MAX, self)
        editor.pasteRefused.connect(self._paste_refused)
        editor.setObjectName(name)
        editor.setTabChangesFocus(True)
        editor.setMinimumHeight(120)
        return editor

    def _row(self, form: QFormLayout, text: str, editor: QWidget) -> None:
        caption = QLabel(text, self)
        caption.setBuddy(editor)
        form.addRow(caption, editor)

    def _paste_refused(self, length: int) -> None:
        error = FieldError("body", m.TOO_LONG, {"length": length, "limit": ARTICLE_BODY_MAX})
        self.errors.show([error])
        self._mark_pairs([error])

    def _pairs(self) -> dict[str, tuple[QLineEdit | PlainTextBox, ...]]:
        return {"title": (self.title_ar, self.title_en), "body": (self.body_ar, self.body_en)}

    # -- the article's data ----------------------------------------------------
    def fill(self, draft: ArticleDraft) -> None:
        self.article_id = draft.id or self.article_id
        self.title_ar.setText(draft.title_ar)
        self.title_en.setText(draft.title_en)
        self.body_ar.setPlainText(draft.body_ar)
        self.body_en.setPlainText(draft.body_en)
        index = self.category.findData(draft.category or "")
        if index < 0 and draft.category:
            # A category the catalogue no longer offers stays the article's own.
            self.category.addItem(labels.category_label(draft.category), draft.category)
            index = self.category.count() - 1
        self.category.setCurrentIndex(max(0, index))
        self.keywords.setText(keywords_text(draft.keywords))
        self.review.setChecked(draft.review_on is not None)
        if draft.review_on is not None:
            self.review_on.set_value(draft.review_on)

    def draft(self) -> ArticleDraft:
        review: date | None = self.review_on.value() if self.review.isChecked() else None
        return ArticleDraft(
            id=self.article_id,
            title_ar=self.title_ar.text(),
            title_en=self.title_en.text(),
            body_ar=self.body_ar.toPlainText(),
            body_en=self.body_en.toPlainText(),
            category=str(self.category.currentData() or ""),
            keywords=self.keywords.text(),
            review_on=review,
        )

    def load_from_ticket(self, ticket_id: str) -> None:
        """Start from a resolved ticket's problem and solution."""
        self.desk.read(
            lambda s: draft_from_ticket(s, ticket_id), self.fill, self.errors.failed, owner=self
        )

    # -- saving --------------------------------------------------------------
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        draft = self.draft()
        self.errors.clear()
        self.save_button.setEnabled(False)
        self.desk.write(
            lambda s, ctx: save_article(s, ctx, draft), self._saved, self._failed, owner=self
        )

    def _saved(self, article: Article) -> None:
        self.save_button.setEnabled(True)
        self.article_id = article.id
        self.saved.emit(article)
        self.accept()

    def _failed(self, error: Exception) -> None:
        """Nothing was saved; the fields at fault are marked, the text stays."""
        self.save_button.setEnabled(True)
        self.errors.failed(error)
        if isinstance(error, ValidationFailed):
            self._mark_pairs(error.errors)

    def _mark_pairs(self, errors: list[FieldError]) -> None:
        first: QWidget | None = None
        for error in errors:
            for editor in self._pairs().get(error.field, ()):
                mark(editor, labels.error_text(error))
                first = first or editor
        if first is not None:
            first.setFocus()

    def _clear_pair(self, name: str) -> None:
        self.errors.clear_field(name)
        for editor in self._pairs()[name]:
            unmark(editor)
