"""Snippets: short texts an agent inserts into any note or letter by typing
``::`` and the snippet's name ("::thanks"), then choosing it from the list
that opens under the cursor (Enter or a click inserts it, Esc leaves the
typed text alone).

The snippets are kept with the letter templates (the "snippets" list of the
"letter_templates" document), so they are versioned, synced and edited by
whoever may change templates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QTextEdit

from desk_app.services.messages import QT_TRANSLATE_NOOP, REQUIRED, TOO_LONG, FieldError

NAME_PATTERN = re.compile(r"^[\w-]{1,40}$")
TEXT_MAX = 4000
SNIPPETS_MAX = 200
TRIGGER = "::"
BAD_NAME = QT_TRANSLATE_NOOP(
    "Validation", "A snippet's name is one word of letters, digits, - and _."
)
NAME_TWICE = QT_TRANSLATE_NOOP("Validation", "Two snippets are called {name}.")


@dataclass(frozen=True)
class Snippet:
    name: str
    text: str


def parse_snippets(raw: Any) -> tuple[Snippet, ...]:
    """The usable snippets of a document's list (a damaged entry is skipped)."""
    if not isinstance(raw, list):
        return ()
    found: dict[str, Snippet] = {}
    for item in raw[:SNIPPETS_MAX]:
        if not isinstance(item, dict):
            continue
        name, text = item.get("name"), item.get("text")
        if isinstance(name, str) and isinstance(text, str) and NAME_PATTERN.match(name) and text:
            found.setdefault(name, Snippet(name, text[:TEXT_MAX]))
    return tuple(found.values())


def snippet_problems(snippets: Sequence[Snippet]) -> list[FieldError]:
    """What is wrong with a list being edited, by place ("snippets.2.name");
    the messages are translated like the services' (labels.error_text)."""
    problems: list[FieldError] = []
    seen: set[str] = set()
    for index, snippet in enumerate(snippets):
        place = f"snippets.{index}"
        if not NAME_PATTERN.match(snippet.name):
            problems.append(FieldError(f"{place}.name", BAD_NAME))
        elif snippet.name in seen:
            problems.append(FieldError(f"{place}.name", NAME_TWICE, {"name": snippet.name}))
        seen.add(snippet.name)
        if not snippet.text.strip():
            problems.append(FieldError(f"{place}.text", REQUIRED))
        elif len(snippet.text) > TEXT_MAX:
            problems.append(
                FieldError(
                    f"{place}.text", TOO_LONG, {"length": len(snippet.text), "limit": TEXT_MAX}
                )
            )
    return problems


def snippets_body(snippets: Sequence[Snippet]) -> list[dict[str, str]]:
    return [{"name": s.name, "text": s.text} for s in snippets]


def typed_name(editor: QTextEdit) -> str | None:
    """The name typed after ``::`` just before the cursor, or None."""
    cursor = editor.textCursor()
    block = cursor.block().text()[: cursor.positionInBlock()]
    start = block.rfind(TRIGGER)
    if start < 0:
        return None
    name = block[start + len(TRIGGER) :]
    if name and not re.fullmatch(r"[\w-]*", name):
        return None
    return name


class SnippetCompleter(QObject):
    """Offers the snippets in ``editor`` after ``::``; ``snippets()`` is asked
    each time, so a library saved meanwhile is used at once."""

    def __init__(self, editor: QTextEdit, snippets: Callable[[], Sequence[Snippet]]) -> None:
        super().__init__(editor)
        self.editor = editor
        self.snippets = snippets
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(editor)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self.insert)
        editor.textChanged.connect(self._typed)

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a completer always has its list
        return popup

    def _typed(self) -> None:
        name = typed_name(self.editor)
        known = [s.name for s in self.snippets()]
        if name is None or not known:
            self._popup().hide()
            return
        self.model.setStringList(sorted(known, key=str.casefold))
        self.completer.setCompletionPrefix(name)
        if self.completer.completionCount() == 0:
            self._popup().hide()
            return
        rect = self.editor.cursorRect()
        rect.setWidth(max(200, self._popup().sizeHintForColumn(0) + 24))
        self.completer.complete(rect)
        self._popup().setCurrentIndex(self.completer.completionModel().index(0, 0))

    def insert(self, name: str) -> bool:
        """Put snippet ``name`` in place of the ``::name`` being typed."""
        chosen = next((s for s in self.snippets() if s.name == name), None)
        typed = typed_name(self.editor)
        if chosen is None or typed is None:
            return False
        cursor = self.editor.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.Left,
            QTextCursor.MoveMode.KeepAnchor,
            len(TRIGGER) + len(typed),
        )
        cursor.insertText(chosen.text)
        self.editor.setTextCursor(cursor)
        self._popup().hide()
        return True
