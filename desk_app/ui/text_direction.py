"""Which way text runs and where it sits, for every text a person types or reads.

The rules (docs/rtl-and-language.md says them for people):

- A paragraph someone typed (a description, a summary, a note) runs and aligns
  by its OWN first strong letter, in either UI language: an Arabic paragraph
  sits on the right and ends with its full stop on the left, an English one the
  other way round, in the same box. ``PlainTextBox`` is the multi-line editor
  that does this; QPlainTextEdit cannot (its layout aligns every paragraph to
  one absolute side), so no form uses QPlainTextEdit.
- A single-line free-text field (QLineEdit) already follows its own text in Qt.
- An identifier (phone, email, ticket number, account, serial, licence code,
  duration) is typed left to right in both languages and sits on the form's
  leading edge, like the other fields: ``identifier_field``.
- Read-only text from people (a subject, a name, a note in the timeline) keeps
  the UI's alignment but is isolated, each line on its own
  (``own_direction``), so its punctuation and a cut-off ellipsis stay at its own
  end; identifiers inside sentences go through ``formatting.ltr``.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTextEdit, QWidget

from desk_app.services.text import FSI, PDI

_RTL_CLASSES = frozenset({"R", "AL"})


def first_strong(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong letter (as the Unicode bidi algorithm
    picks a paragraph's direction), or None when there is none (digits only)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in _RTL_CLASSES:
            return Qt.LayoutDirection.RightToLeft
    return None


def own_direction(text: str) -> str:
    """Each line of ``text`` as a first-strong isolate (FSI … PDI): inside any
    paragraph it runs in its own direction, so "مرحبا." in an English line
    keeps its full stop at its end, and an ellipsis that cuts a Latin subject in
    an Arabic list lands after the Latin words. Empty lines stay empty."""
    return "\n".join(f"{FSI}{line}{PDI}" if line else line for line in text.split("\n"))


def cell_text(text: str, rtl: bool) -> str:
    """One line in a list cell whose paragraph runs in the UI's direction
    (``rtl``): isolated only when its own direction differs, the one case the
    isolate changes anything (an ellipsis or a full stop on the wrong side).
    Text in the UI's own direction is left plain, which keeps a painted page
    of a million-ticket list cheap (an isolate makes Qt lay the cell out in
    bidi runs)."""
    own = first_strong(text)
    if own is None or (own == Qt.LayoutDirection.RightToLeft) == rtl:
        return text
    return own_direction(text)


def leading_edge(widget: QWidget) -> Qt.AlignmentFlag:
    """The form's leading edge as an absolute side (right in Arabic)."""
    rtl = widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft


def identifier_field(edit: QLineEdit) -> QLineEdit:
    """Phones, emails, codes, numbers: typed left to right in every language,
    aligned to the form's leading edge (call before or after it is placed in
    the form; the edge is taken from the direction it inherits)."""
    edge = leading_edge(edit)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setAlignment(edge | Qt.AlignmentFlag.AlignVCenter)
    return edit


def ui_aligned(label: QLabel) -> QLabel:
    """A one-line read-only text (a ticket number, a subject as a heading) on
    the UI's leading edge whatever its own direction: QLabel would otherwise
    align plain text by its content, putting "HQ-2026-000123" on the left of
    an Arabic pane. Its text should be isolated (``own_direction``, ``ltr``)."""
    vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
    label.setAlignment(leading_edge(label) | Qt.AlignmentFlag.AlignAbsolute | vertical)
    return label


def follow_paragraphs(editor: QTextEdit) -> None:
    """Lay out and align each paragraph of ``editor`` by its own direction.
    An empty paragraph takes the keyboard's direction (Qt asks the input method),
    so the caret starts on the side the agent is about to type from."""
    document = editor.document()
    option = document.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    # No horizontal flag: QTextDocumentLayout then aligns each block to the
    # leading side of the block's own direction (AlignLeft == AlignLeading).
    option.setAlignment(Qt.AlignmentFlag.AlignLeading)
    document.setDefaultTextOption(option)


class PlainTextBox(QTextEdit):
    """A multi-line plain-text editor whose paragraphs each run and align by
    their own language; pasted formatting is dropped (plain text only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)
        follow_paragraphs(self)

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Only the text: a paste from a web page or a letter brings no fonts,
        # colours or tables along (acceptRichText covers drops, not every paste).
        if source.hasText():
            self.textCursor().insertText(source.text())
        else:
            super().insertFromMimeData(source)
