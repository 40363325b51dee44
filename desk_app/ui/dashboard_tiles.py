"""The dashboard's tiles: one headline figure each (its value large, its name
below). A tile is a button: Tab or the arrow keys reach it, Enter, Space or a
click lists its tickets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.metrics_types import Figure
from desk_app.ui.dashboard_words import metric_name, value_text

COLUMNS = 7  # two rows of seven: the charts keep most of a 768 px screen


class FigureTile(QPushButton):
    drilled = Signal(object)  # the Figure

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.setObjectName(f"tile_{figure.key}")
        self.setCheckable(False)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        name = metric_name(figure.key)
        value = value_text(figure)
        self.setAccessibleName(f"{name}: {value}")
        # Two labels on the button: the name wraps onto a second line in a
        # language with long words instead of being cut.
        self.value_label = QLabel(value, self)
        self.value_label.setObjectName("tileValue")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.value_label.setFont(font)
        self.name_label = QLabel(name, self)
        self.name_label.setObjectName("tileName")
        self.name_label.setWordWrap(True)
        for label in (self.value_label, self.name_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inside = QVBoxLayout(self)
        inside.setContentsMargins(4, 4, 4, 4)
        inside.setSpacing(0)
        inside.addWidget(self.value_label)
        inside.addWidget(self.name_label)
        lines = self.fontMetrics().height()
        self.setMinimumHeight(QFontMetrics(font).height() + lines * 2 + 12)
        drillable = figure.drill is not None
        self.setEnabled(True)
        self.setProperty("drillable", drillable)
        if drillable:
            self.setToolTip(self.tr("Enter or a click lists these tickets"))
        self.clicked.connect(self._drill)

    def _drill(self) -> None:
        if self.figure.drill is not None:
            self.drilled.emit(self.figure)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._drill()
            return
        super().keyPressEvent(event)


class TileGrid(QWidget):
    """The tiles in rows; the arrow keys move between them the way the row
    reads (Left in Arabic goes to the next tile)."""

    drilled = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTiles")
        self.tiles: list[FigureTile] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)

    def show_figures(self, figures: tuple[Figure, ...]) -> None:
        focused = next((i for i, t in enumerate(self.tiles) if t is self.focusWidget()), None)
        for tile in self.tiles:
            self._grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        for i, figure in enumerate(figures):
            tile = FigureTile(figure, self)
            tile.drilled.connect(self.drilled.emit)
            tile.installEventFilter(self)
            self._grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
            tile.show()  # at once, not at the layout's next turn: Tab may come first
            self.tiles.append(tile)
        if focused is not None and self.tiles:
            self.tiles[min(focused, len(self.tiles) - 1)].setFocus()

    def _move(self, tile: FigureTile, event: QKeyEvent) -> bool:
        if tile not in self.tiles:
            return False
        current = self.tiles.index(tile)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        forward, back = (
            (Qt.Key.Key_Left, Qt.Key.Key_Right)
            if rtl
            else (
                Qt.Key.Key_Right,
                Qt.Key.Key_Left,
            )
        )
        step = {
            forward: 1,
            back: -1,
            Qt.Key.Key_Down: COLUMNS,
            Qt.Key.Key_Up: -COLUMNS,
        }.get(Qt.Key(event.key()))
        if step is None:
            return False
        target = current + step
        if 0 <= target < len(self.tiles):
            self.tiles[target].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, FigureTile)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            return self._move(watched, event)
        return False
