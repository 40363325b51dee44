"""A plain-text box with a length limit that a paste cannot get past."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QWidget

from desk_app.ui.text_direction import PlainTextBox


class BoundedTextEdit(PlainTextBox):
    """A text box that refuses a paste which would take it past its limit.

    A multi-megabyte paste (a whole log file) would freeze the text layout and
    could never be saved anyway; refusing it keeps the form responsive, keeps
    what was typed, and leaves the pasted text on the clipboard.
    """

    pasteRefused = Signal(int)  # the length the text would have had

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit

    def insertFromMimeData(self, source: QMimeData) -> None:
        incoming = len(source.text()) if source.hasText() else 0
        selected = len(self.textCursor().selectedText())
        total = len(self.toPlainText()) - selected + incoming
        if total > self.limit:
            self.pasteRefused.emit(total)
            return
        super().insertFromMimeData(source)
