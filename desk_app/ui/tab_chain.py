"""Where Tab goes.

Qt's default Tab order is the order the widgets were created in, and a text
box keeps Tab for itself (it types a tab character). On the desk every text
box holds one thing (a note, a summary, a description), so Tab leaves it,
and the main window's parts are chained in reading order, from one list
here: a new part of the window is added in ``main_window_parts`` and nowhere
else.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

if TYPE_CHECKING:
    from desk_app.ui.main_window import MainWindow

TextBox = QPlainTextEdit | QTextEdit


def tab_moves_focus(*boxes: TextBox) -> None:
    """Tab and Shift+Tab leave these text boxes instead of typing a tab."""
    for box in boxes:
        box.setTabChangesFocus(True)


def text_boxes_tab_out(root: QWidget) -> None:
    """Every multi-line text box under ``root`` gives Tab back to the form."""
    tab_moves_focus(*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit))


def chain(widgets: Iterable[QWidget | None]) -> list[QWidget]:
    """Tab visits ``widgets`` in this order and Shift+Tab goes back; a None
    (a part a screen does not have) is skipped. Widgets left out keep their
    places after the ones before them. Returns the chain."""
    parts = [w for w in widgets if w is not None]
    for first, second in pairwise(parts):
        QWidget.setTabOrder(first, second)
    return parts


def main_window_parts(window: MainWindow) -> list[QWidget | None]:
    """The main window in reading order: the search and its filters, the saved
    views, the list, then the reading pane (its fields, the history, the note
    and its button), and the status bar's sync state. After the last, Tab comes
    back to the first."""
    panel, detail = window.list_panel, window.detail
    return [
        panel.search,
        panel.status_filter,
        panel.priority_filter,
        panel.queue_filter,
        panel.assignee_filter,
        window.navigator,
        panel.table,
        detail.status,
        detail.priority,
        detail.queue,
        detail.assignee,
        detail.complaint,
        detail.facts,  # the customer and the description: a scroll area of their own
        detail.timeline,
        detail.note,
        detail.add_note_button,
        window.sync.indicator,  # the status bar: sync state, opens the outbox
    ]


def chain_main_window(window: MainWindow) -> list[QWidget]:
    text_boxes_tab_out(window)
    return chain(main_window_parts(window))
