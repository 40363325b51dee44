"""Fitting windows to the screen they open on.

Every dialog and window asks here how much room the screen gives it, so a
form taller than a 1366×768 laptop's screen scrolls inside and keeps its
buttons in sight instead of running off the bottom. The screenshot mode
(``--size WxH``) and the tests pretend a screen of a given size through
:func:`pretend_screen`; otherwise the real screen's available geometry is used.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a desktop keeps for itself on a pretended screen (a task bar), and what
# a window manager adds around a window (title bar and borders).
TASK_BAR = 40
FRAME = QSize(8, 34)

_pretended: QSize | None = None


def pretend_screen(size: QSize | None) -> None:
    """Lay windows out as on a screen of this size (None: the real one)."""
    global _pretended
    _pretended = QSize(size) if size is not None else None


def pretended_screen() -> QSize | None:
    return QSize(_pretended) if _pretended is not None else None


def parse_size(text: str) -> QSize:
    """ "1366x768" → QSize(1366, 768); ValueError when it is not a size."""
    width, sep, height = text.lower().replace("×", "x").partition("x")
    if not sep or not width.strip().isdigit() or not height.strip().isdigit():
        raise ValueError(f"not a size (WIDTHxHEIGHT): {text!r}")
    size = QSize(int(width), int(height))
    if size.width() < 320 or size.height() < 240:
        raise ValueError(f"too small a screen: {text!r}")
    return size


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window may use (without the task bar)."""
    if _pretended is not None:
        return QRect(QPoint(0, 0), QSize(_pretended.width(), _pretended.height() - TASK_BAR))
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def client_room(widget: QWidget | None = None) -> QSize:
    """The largest inside of a window on that screen (its frame taken off)."""
    area = available_area(widget).size()
    return QSize(area.width() - FRAME.width(), area.height() - FRAME.height())


def fit_to_screen(widget: QWidget, preferred: QSize) -> QSize:
    """Size a window as preferred, but never larger than the screen allows;
    its layout must let the long part scroll (the buttons stay outside it).
    Returns the size given."""
    room = client_room(widget)
    widget.setMaximumSize(room.expandedTo(widget.minimumSizeHint()))
    size = preferred.boundedTo(room)
    widget.resize(size)
    return size
