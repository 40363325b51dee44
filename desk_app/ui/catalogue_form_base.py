"""What the catalogue editor's forms share: each shows one part of the
catalogue's JSON (the whole catalogue, a category, an extra field), writes
every change straight into it and says so (``edited``); the page then checks
the whole document with the reader and puts its message beside the field it
names (``show_error``). Filling a form never counts as an edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from desk_app.ui import labels
from desk_app.ui.field_errors import FieldErrors

PRIORITY_LEVELS = (1, 2, 3, 4)


class CatalogueForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: dict[str, Any] = {}
        self.filling = False
        self.errors = FieldErrors(self)

    def row(self, form: QFormLayout, text: str, editor: QWidget, key: str) -> QLabel:
        """A captioned row (the caption is the editor's buddy) with its error line."""
        caption = QLabel(text, self)
        caption.setBuddy(editor)
        form.addRow(caption, editor)
        self.errors.add_row(form, key, editor)
        return caption

    def changed(self) -> None:
        if not self.filling:
            self.edited.emit()

    def show_error(self, key: str, text: str) -> None:
        self.errors.say(key, text)

    def clear_errors(self) -> None:
        self.errors.clear()


def name_edits(parent: QWidget, name: str) -> tuple[QLineEdit, QLineEdit]:
    """The English and the Arabic editor of a name, each running its own way."""
    english = QLineEdit(parent)
    english.setObjectName(f"{name}En")
    english.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    english.setMaxLength(400)
    arabic = QLineEdit(parent)
    arabic.setObjectName(f"{name}Ar")
    arabic.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    arabic.setMaxLength(400)
    return english, arabic


def fill_names(data: dict[str, Any], key: str, english: QLineEdit, arabic: QLineEdit) -> None:
    names = data.get(key)
    names = names if isinstance(names, dict) else {}
    english.setText(str(names.get("en", "")))
    arabic.setText(str(names.get("ar", "")))


def store_names(data: dict[str, Any], key: str, english: QLineEdit, arabic: QLineEdit) -> None:
    """Both names as typed; a third language the file has (Polish) is kept."""
    names = data.get(key)
    names = dict(names) if isinstance(names, dict) else {}
    names["en"] = english.text()
    names["ar"] = arabic.text()
    data[key] = names


def priority_combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    narrow(combo)
    for level in PRIORITY_LEVELS:
        combo.addItem(labels.priority_label(level), level)
    return combo


def set_text(data: dict[str, Any], key: str, text: str) -> None:
    """An optional text: left out when empty (the default applies)."""
    if text.strip():
        data[key] = text
    else:
        data.pop(key, None)


def name_in(names: object, language: str) -> str:
    """A JSON name in the UI language, the other one when it is missing."""
    if not isinstance(names, dict):
        return ""
    return str(names.get(language) or names.get("en") or names.get("ar") or "")


def narrow(combo: QComboBox) -> None:
    """A combo box as wide as its column lets it be, not as its longest
    entry: three in a row of the matrix fit beside the tree in Arabic too."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
