"""Errors said under the field they are about, in a form layout; what does
not belong to a field (or is not a validation error) goes to one message
line at the bottom. What was typed is never touched."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desk_app.services.messages import FieldError, ValidationFailed
from desk_app.ui import labels
from desk_app.ui.errors import describe

ERROR_STYLE = "color: #b3261e"


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.labels: dict[str, QLabel] = {}
        self.message = _error_label(parent, "formMessage")

    def add_row(self, form: QFormLayout, name: str) -> None:
        """An (empty, hidden) error line under the row just added for ``name``."""
        label = _error_label(self.parent, f"error_{name}")
        form.addRow("", label)
        self.labels[name] = label

    def clear(self) -> None:
        for label in (*self.labels.values(), self.message):
            label.hide()

    def show(self, errors: list[FieldError]) -> None:
        for error in errors:
            label = self.labels.get(error.field, self.message)
            label.setText(labels.error_text(error))
            label.show()

    def failed(self, error: Exception) -> None:
        if isinstance(error, ValidationFailed):
            self.show(error.errors)
        else:
            self.message.setText(describe(error))
            self.message.show()

    def __getitem__(self, name: str) -> QLabel:
        return self.labels[name]
