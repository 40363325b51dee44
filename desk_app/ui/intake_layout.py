"""How the intake form's sections are laid out on the screen it opens on.

On a screen at least :data:`TWO_COLUMNS_FROM` pixels wide (a 1366×768
laptop and up) the four sections stand in two columns — customer and
problem at the start, equipment and routing at the end — and the form
usually needs no scrolling at all; a narrower screen gets one column. Either
way the sections sit in a scroll area and the buttons below it, so Save and
Cancel are always in sight.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from desk_app.ui.screen_fit import client_room

TWO_COLUMNS_FROM = 1300  # room a window may use, in pixels
ONE_COLUMN = QSize(760, 820)
TWO_COLUMNS = QSize(1220, 720)


def section_columns(window: QWidget, sections: list[QGroupBox]) -> QHBoxLayout:
    """The sections in one or two columns (a layout with one box per column)."""
    count = 2 if client_room(window).width() >= TWO_COLUMNS_FROM and len(sections) > 1 else 1
    row = QHBoxLayout()
    per_column = -(-len(sections) // count)  # ceiling
    for start in range(0, len(sections), per_column):
        column = QVBoxLayout()
        for section in sections[start : start + per_column]:
            column.addWidget(section)
        column.addStretch(1)
        row.addLayout(column, 1)
    return row


def intake_size(window: QWidget, columns: int) -> QSize:
    """The size the intake would like (fit_to_screen bounds it by the screen)."""
    return TWO_COLUMNS if columns > 1 else ONE_COLUMN
