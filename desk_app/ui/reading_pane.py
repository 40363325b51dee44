"""Where the reading pane sits: below the list, beside it, or hidden.

View → Reading pane. Below suits a laptop (the list keeps its full width for
its columns); beside suits a wide screen (the list keeps its full height);
hidden gives the list every row. The choice is remembered with the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QSplitter, QWidget

from desk_app.ui.screen_fit import client_room
from desk_app.ui.window_state import WindowState

BELOW, BESIDE, HIDDEN = "below", "beside", "hidden"
MODES = (BELOW, BESIDE, HIDDEN)
# From this width on (room a window may use) the pane starts beside the list.
BESIDE_FROM = 1700


def default_mode(widget: QWidget) -> str:
    return BESIDE if client_room(widget).width() >= BESIDE_FROM else BELOW


class ReadingPane(QObject):
    """Moves the pane inside its splitter (list first, pane second)."""

    def __init__(
        self, splitter: QSplitter, pane: QWidget, state: WindowState, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.splitter, self.pane, self.state = splitter, pane, state
        self.menu = QMenu(QCoreApplication.translate("ReadingPane", "Reading &pane"))
        self.menu.setObjectName("readingPaneMenu")
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        # Three adjacent function keys: they mean the same in every keyboard
        # layout, where an Alt letter of the Arabic menu does not.
        for mode, text, key in (
            (BELOW, QCoreApplication.translate("ReadingPane", "&Below the list"), "F6"),
            (BESIDE, QCoreApplication.translate("ReadingPane", "Be&side the list"), "F7"),
            (HIDDEN, QCoreApplication.translate("ReadingPane", "&Hidden"), "F8"),
        ):
            action = QAction(text, self.menu)
            action.setShortcut(QKeySequence(key))
            action.setObjectName(f"readingPane_{mode}")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, m=mode: self.set_mode(m))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[mode] = action
        saved = state.value("readingPane")
        self.mode = ""
        self.set_mode(saved if saved in MODES else default_mode(pane), remember=False)

    def set_mode(self, mode: str, remember: bool = True) -> None:
        if mode == self.mode:
            return
        was_hidden = self.mode == HIDDEN
        self.mode = mode
        self.actions[mode].setChecked(True)
        if mode == HIDDEN:
            self.pane.hide()
        else:
            horizontal = mode == BESIDE
            orientation = Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical
            if self.splitter.orientation() != orientation or was_hidden:
                self.splitter.setOrientation(orientation)
                whole = (self.splitter.width() if horizontal else self.splitter.height()) or 1000
                share = 0.55 if horizontal else 0.62  # the list's part
                self.splitter.setSizes([int(whole * share), whole - int(whole * share)])
            self.pane.show()
        if remember:
            self.state.set_value("readingPane", mode)
