"""A spin box that says its count in words with the right plural ("every 2
days" is "كل يومين" in Arabic: the dual has no digit), where a suffix such as
" day(s)" cannot. Typing digits (Latin or Arabic-Indic) still works."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from desk_app.services.validation import ascii_digits


class CountSpinBox(QSpinBox):
    """``words(n)`` gives the whole text for ``n``, e.g. ``tr("%Ln day(s)", "", n)``."""

    def __init__(self, words: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words

    def textFromValue(self, value: int) -> str:
        return self._words(value)

    def valueFromText(self, text: str) -> int:
        digits = "".join(c for c in ascii_digits(text) if c.isdigit())
        return int(digits) if digits else self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if text == self.specialValueText() or text == self.textFromValue(self.value()):
            return QValidator.State.Acceptable, text, pos
        digits = "".join(c for c in ascii_digits(text) if c.isdigit())
        if not digits:
            return QValidator.State.Intermediate, text, pos
        inside = self.minimum() <= int(digits) <= self.maximum()
        state = QValidator.State.Acceptable if inside else QValidator.State.Intermediate
        return state, text, pos

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.valueFromText(text))
