"""The console's form for one letter template: its code and kind, then its
name, subject and text in Arabic and English side by side (each box in its
language's direction), and a placeholder inserted from a list named in
words into the subject or text the cursor was last in.

The form edits the template's JSON in place and says ``edited``; the page
checks the whole library with the domain's parser and hands each message
back to ``show_error`` with the field it is about ("ar.body", "id")."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.letter_templates import (
    LANGUAGES,
    NAME_MAX,
    SUBJECT_MAX,
    LetterKind,
    Placeholder,
)
from desk_app.ui.field_errors import FieldErrors
from desk_app.ui.letter_words import kind_name, language_name, placeholder_name
from desk_app.ui.tab_chain import tab_moves_focus
from desk_app.ui.text_direction import PlainTextBox, identifier_field

DIRECTIONS = {"ar": Qt.LayoutDirection.RightToLeft, "en": Qt.LayoutDirection.LeftToRight}


def in_words(text: str) -> str:
    """A template's text as the form shows it: each known placeholder by
    its name in the reader's words ("{{Customer's name}}"), never its key."""
    return _PLACEHOLDER.sub(
        lambda m: (
            "{{" + _WORDS.get(m.group(1), m.group(1)) + "}}" if m.group(1) in _WORDS else m.group(0)
        ),
        text,
    )


def in_keys(text: str) -> str:
    """The text as it is kept: a placeholder written in words (as shown, or
    typed in the window's language) back to its key; a key typed as it is
    stays; anything else as typed, so an unknown name is refused by the
    library's check."""
    keys = {word.casefold(): key for key, word in _WORDS.items()}

    def key_of(match: re.Match[str]) -> str:
        name = match.group(1)
        found = keys.get(name.casefold())
        return "{{" + found + "}}" if found else match.group(0)

    return _PLACEHOLDER.sub(key_of, text)


_PLACEHOLDER = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
_WORDS: dict[str, str] = {}


def _load_words() -> None:
    """The placeholders' names in the language the window speaks now."""
    _WORDS.clear()
    _WORDS.update({p.value: placeholder_name(p) for p in Placeholder})


class TemplateForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _load_words()
        self.item: dict[str, Any] = {}
        self._filling = False
        self.errors = FieldErrors(self)
        self.code = identifier_field(QLineEdit(self))
        self.code.setObjectName("templateCode")
        self.kind = QComboBox(self)
        self.kind.setObjectName("templateKind")
        for kind in LetterKind:
            self.kind.addItem(kind_name(kind), kind.value)
        top = QFormLayout()
        top.addRow(self._label(self.tr("&Code:"), self.code), self.code)
        self.errors.add_row(top, "id", self.code)
        top.addRow(self._label(self.tr("&Kind:"), self.kind), self.kind)
        self.errors.add_row(top, "kind", self.kind)

        self.names: dict[str, QLineEdit] = {}
        self.subjects: dict[str, QLineEdit] = {}
        self.bodies: dict[str, PlainTextBox] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Name:"), self), 1, 0)
        grid.addWidget(QLabel(self.tr("Subject:"), self), 3, 0)
        grid.addWidget(QLabel(self.tr("Text:"), self), 5, 0, Qt.AlignmentFlag.AlignTop)
        for column, language in enumerate(LANGUAGES, start=1):
            heading = QLabel(language_name(language), self)
            heading.setStyleSheet("font-weight: bold;")
            grid.addWidget(heading, 0, column)
            name, subject, body = QLineEdit(self), QLineEdit(self), PlainTextBox(self)
            name.setMaxLength(NAME_MAX)
            subject.setMaxLength(SUBJECT_MAX)
            boxes: tuple[tuple[QWidget, str], ...] = (
                (name, "name"),
                (subject, "subject"),
                (body, "body"),
            )
            for editor, part in boxes:
                editor.setObjectName(f"template_{language}_{part}")
                # Each box in its language's direction, whatever the window's.
                editor.setLayoutDirection(DIRECTIONS[language])
            body.setMinimumHeight(220)
            self.names[language], self.subjects[language], self.bodies[language] = (
                name,
                subject,
                body,
            )
            for row, (editor, part) in enumerate(boxes):
                grid.addWidget(editor, 1 + 2 * row, column)
                grid.addWidget(self.errors.place(f"{language}.{part}", editor), 2 + 2 * row, column)
        grid.setRowStretch(5, 1)

        self.placeholder = QComboBox(self)
        self.placeholder.setObjectName("placeholderChoice")
        for placeholder in Placeholder:
            self.placeholder.addItem(placeholder_name(placeholder), placeholder.value)
        self.insert_button = QPushButton(self.tr("&Insert placeholder"), self)
        self.insert_button.setObjectName("insertPlaceholder")
        self.insert_button.setToolTip(
            self.tr("Put the chosen placeholder where the cursor is in a subject or text")
        )
        insert = QHBoxLayout()
        insert.addWidget(self._label(self.tr("&Placeholder:"), self.placeholder))
        insert.addWidget(self.placeholder, 1)
        insert.addWidget(self.insert_button)

        tab_moves_focus(*self.bodies.values())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(insert)
        layout.addLayout(grid, 1)
        self.last_text: QWidget = self.bodies[LANGUAGES[0]]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.insert_button.clicked.connect(self.insert_placeholder)
        self.code.textEdited.connect(lambda _t: self._changed())
        self.kind.currentIndexChanged.connect(lambda _i: self._changed())
        for language in LANGUAGES:
            self.names[language].textEdited.connect(lambda _t: self._changed())
            self.subjects[language].textEdited.connect(lambda _t: self._changed())
            self.bodies[language].textChanged.connect(self._changed)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and (new in self.subjects.values() or new in self.bodies.values()):
            self.last_text = new

    def insert_placeholder(self) -> None:
        text = "{{" + placeholder_name(Placeholder(self.placeholder.currentData())) + "}}"
        target = self.last_text
        if isinstance(target, QLineEdit):
            target.insert(text)
            self._changed()
        elif isinstance(target, QTextEdit):
            target.textCursor().insertText(text)
        target.setFocus()

    def fill(self, item: dict[str, Any]) -> None:
        self._filling = True
        self.item = item
        self.errors.clear()
        self.code.setText(str(item.get("id", "")))
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.get("kind"))))
        names = item.get("name") if isinstance(item.get("name"), dict) else {}
        for language in LANGUAGES:
            text = item.get(language) if isinstance(item.get(language), dict) else {}
            self.names[language].setText(str((names or {}).get(language, "")))
            self.subjects[language].setText(in_words(str((text or {}).get("subject", ""))))
            self.bodies[language].setPlainText(in_words(str((text or {}).get("body", ""))))
        self._filling = False

    def _changed(self) -> None:
        if self._filling:
            return
        item = self.item
        item["id"] = self.code.text().strip()
        item["kind"] = self.kind.currentData()
        item["name"] = {
            lang: self.names[lang].text() for lang in LANGUAGES if self.names[lang].text()
        }
        for language in LANGUAGES:
            subject = in_keys(self.subjects[language].text())
            body = in_keys(self.bodies[language].toPlainText())
            if subject.strip() or body.strip():
                item[language] = {"subject": subject, "body": body}
            else:
                item.pop(language, None)  # a language left empty is not offered
        self.edited.emit()

    def show_error(self, field: str, text: str) -> None:
        self.errors.say(field, text)
