"""Errors said under the field they are about, in a form layout; what does
not belong to a field (or is not a validation error) goes to one message
line at the bottom. What was typed is never touched.

As in the intake form: a field at fault is marked (a red border, its message
as the accessible description), the first one gets the focus, and its
message and mark go as soon as the agent changes the field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from desk_app.services.messages import FieldError, ValidationFailed
from desk_app.ui import labels
from desk_app.ui.errors import describe

ERROR_COLOUR = "#b3261e"
ERROR_STYLE = f"color: {ERROR_COLOUR}"
MARK_STYLE = f"border: 1px solid {ERROR_COLOUR}"


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _connect_changed(editor: QWidget, slot: object) -> None:
    """Call ``slot`` whenever the agent changes ``editor``."""
    if isinstance(editor, QLineEdit | QTextEdit):
        editor.textChanged.connect(slot)
    elif isinstance(editor, QComboBox):
        editor.currentIndexChanged.connect(slot)
    elif isinstance(editor, QCheckBox):
        editor.toggled.connect(slot)
    elif isinstance(editor, QDateTimeEdit):
        editor.dateTimeChanged.connect(slot)
    elif isinstance(editor, QSpinBox):
        editor.valueChanged.connect(slot)
    elif isinstance(editor, QAbstractSpinBox):
        editor.editingFinished.connect(slot)


def mark(editor: QWidget, text: str) -> None:
    """Show that ``editor`` holds a mistake (said by ``text``)."""
    if not isinstance(editor, QComboBox):
        # A style sheet on a combo box drops its native look; its message says enough.
        editor.setStyleSheet(MARK_STYLE)
    editor.setAccessibleDescription(text)


def unmark(editor: QWidget) -> None:
    if not isinstance(editor, QComboBox):
        editor.setStyleSheet("")
    editor.setAccessibleDescription("")


class FieldErrors:
    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.labels: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}
        self.message = _error_label(parent, "formMessage")

    def add_row(self, form: QFormLayout, name: str, editor: QWidget | None = None) -> None:
        """An (empty, hidden) error line under the row just added for ``name``;
        with its ``editor``, the field is marked while wrong and cleared when changed."""
        form.addRow("", self.place(name, editor))

    def place(self, name: str, editor: QWidget | None = None) -> QLabel:
        """The (empty, hidden) error line of field ``name``, for a caller that
        lays it out itself (a field that is not a row of a form)."""
        label = _error_label(self.parent, f"error_{name}")
        self.labels[name] = label
        if editor is not None:
            self.editors[name] = editor
            _connect_changed(editor, lambda *_a, n=name: self.clear_field(n))
        return label

    def clear_field(self, name: str) -> None:
        label = self.labels.get(name)
        if label is not None:
            label.clear()
            label.hide()
        editor = self.editors.get(name)
        if editor is not None:
            unmark(editor)

    def clear(self) -> None:
        for name in self.labels:
            self.clear_field(name)
        self.message.hide()

    def say(self, name: str, text: str) -> QWidget | None:
        """``text`` under field ``name`` (or on the message line); the field is
        marked. Returns the editor at fault, if the field has one."""
        label = self.labels.get(name, self.message)
        label.setText(text)
        label.show()
        editor = self.editors.get(name)
        if editor is not None:
            mark(editor, text)
        return editor

    def show(self, errors: list[FieldError]) -> None:
        first: QWidget | None = None
        for error in errors:
            editor = self.say(error.field, labels.error_text(error))
            first = first or editor
        if first is not None and first.isEnabled():
            first.setFocus()

    def failed(self, error: Exception) -> None:
        if isinstance(error, ValidationFailed):
            self.show(error.errors)
        else:
            self.message.setText(describe(error))
            self.message.show()

    def __getitem__(self, name: str) -> QLabel:
        return self.labels[name]
