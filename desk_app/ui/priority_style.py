"""How a priority looks in the list: quiet for the common case.

Regular service is most rows, so it is drawn in the normal text colour; only
the exceptional priorities are coloured, the urgent ones in bold as well, so
the colour is never the only cue and the list does not look like a page of
links. Each colour reads at 4.5:1 on the palette's rows (ui.contrast).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QBrush, QFont, QGuiApplication

from desk_app.ui import labels
from desk_app.ui.contrast import readable


@lru_cache(maxsize=1)
def _brushes() -> dict[int, QBrush]:
    return {level: QBrush(readable(colour)) for level, colour in labels.PRIORITY_COLOURS.items()}


@lru_cache(maxsize=1)
def _bold() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    return font


def priority_brush(level: int) -> QBrush | None:
    """None for regular service: the view's own text colour."""
    return _brushes().get(level)


def priority_font(level: int) -> QFont | None:
    return _bold() if level in labels.URGENT_PRIORITIES else None
