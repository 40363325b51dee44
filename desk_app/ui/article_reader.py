"""Reading one knowledge article: its title and body in one of its languages,
rendered simply (article_text), the text selectable for copying; and a small
read-only window for it (what the intake opens from a suggestion).

An article may exist in one language first: the reader shows the UI's
language when the article has it, otherwise the one it has, and offers the
other when both exist (an agent may answer an English-speaking customer from
an Arabic screen).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.knowledge import Article, ArticleStatus
from desk_app.ui import labels
from desk_app.ui.article_text import article_html, plain_passage
from desk_app.ui.screen_fit import fit_to_screen
from desk_app.ui.text_direction import ui_aligned

ARABIC, ENGLISH = "ar", "en"


def status_text(status: str) -> str:
    """An article's status in words."""
    table: dict[object, str] = {
        ArticleStatus.DRAFT: QCoreApplication.translate("Knowledge", "Draft"),
        ArticleStatus.PUBLISHED: QCoreApplication.translate("Knowledge", "Published"),
        ArticleStatus.RETIRED: QCoreApplication.translate("Knowledge", "Retired"),
    }
    return table.get(status, QCoreApplication.translate("Knowledge", "Draft"))


def languages_of(article: Article) -> list[str]:
    """The languages the article is written in, the UI's first."""
    have = [
        code
        for code, title, body in (
            (ARABIC, article.title_ar, article.body_ar),
            (ENGLISH, article.title_en, article.body_en),
        )
        if title.strip() or body.strip()
    ]
    first = ARABIC if labels.ui_language() == ARABIC else ENGLISH
    return sorted(have, key=lambda code: code != first)


def title_in(article: Article, language: str) -> str:
    """The title in ``language``, else in the other one."""
    own = article.title_ar if language == ARABIC else article.title_en
    return own.strip() or article.title_en.strip() or article.title_ar.strip()


def text_in(article: Article, language: str) -> tuple[str, str]:
    """(title, body) in ``language``."""
    if language == ARABIC:
        return article.title_ar, article.body_ar
    return article.title_en, article.body_en


def language_name(code: str) -> str:
    if code == ARABIC:
        return QCoreApplication.translate("Knowledge", "Arabic")
    return QCoreApplication.translate("Knowledge", "English")


class ArticleReader(QWidget):
    """The article as a page to read, with a choice of its languages."""

    languageChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleReader")
        self.article: Article | None = None
        self.facts = QLabel(self)
        self.facts.setObjectName("articleFacts")
        self.facts.setWordWrap(True)
        self.facts.setStyleSheet("color: #5f6368")
        ui_aligned(self.facts)
        self.language = QComboBox(self)
        self.language.setObjectName("articleLanguage")
        self.language_label = QLabel(self.tr("Lan&guage"), self)
        self.language_label.setBuddy(self.language)
        self.page = QTextBrowser(self)
        self.page.setObjectName("articlePage")
        self.page.setOpenExternalLinks(True)
        self.page.setTabChangesFocus(True)
        self.page.setPlaceholderText(self.tr("Choose an article to read it here."))
        top = QHBoxLayout()
        top.addWidget(self.facts, 1)
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.page, 1)
        self.language.currentIndexChanged.connect(self._render)
        self.show_article(None)

    def show_article(self, article: Article | None) -> None:
        self.article = article
        self.language.blockSignals(True)
        self.language.clear()
        if article is not None:
            for code in languages_of(article):
                self.language.addItem(language_name(code), code)
        self.language.blockSignals(False)
        several = self.language.count() > 1
        self.language.setVisible(several)
        self.language_label.setVisible(several)
        self.facts.setText(self._facts(article) if article is not None else "")
        self._render()

    def _facts(self, article: Article) -> str:
        parts = [status_text(article.status)]
        if article.category:
            parts.append(labels.category_label(article.category))
        if article.author_name:
            parts.append(self.tr("by {name}").format(name=article.author_name))
        if article.used:
            parts.append(self.tr("answered %Ln call(s)", "", article.used))
        return " · ".join(parts)

    def current_language(self) -> str:
        return str(self.language.currentData() or ARABIC)

    def _render(self) -> None:
        if self.article is None:
            self.page.clear()
            return
        title, body = text_in(self.article, self.current_language())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.page.setHtml(article_html(title, body, rtl))
        self.languageChanged.emit()

    def passage(self) -> str:
        """The selected text, or the whole article in the language shown."""
        selected = self.page.textCursor().selectedText()
        if selected.strip():
            # Qt marks paragraph ends in a selection with U+2029.
            return selected.replace("\u2029", "\n").replace("\u2028", "\n")
        if self.article is None:
            return ""
        return plain_passage(*text_in(self.article, self.current_language()))

    def copy_passage(self) -> str:
        text = self.passage()
        if text:
            QApplication.clipboard().setText(text)
        return text


class ArticleViewer(QDialog):
    """One article, read-only, in a window of its own."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleViewer")
        self.reader = ArticleReader(self)
        self.reader.show_article(article)
        self.setWindowTitle(title_in(article, self.reader.current_language()))
        buttons = QDialogButtonBox(self)
        self.copy_button = buttons.addButton(
            self.tr("&Copy passage"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyPassageButton")
        self.copy_button.setToolTip(self.tr("Copy the selected text, or the whole article"))
        self.copy_button.clicked.connect(self.reader.copy_passage)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reader, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(640, 520))
