"""Where the agent left the main window: its size and place, the splitters,
and where the reading pane sits. Kept in ``<config dir>/window.ini`` (beside
the settings and the saved views) and put back when the window opens again.

The first start has nothing to put back: the window opens maximised, the
reading pane below the list on a laptop and beside it on a wide screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from desk_app.config import config_dir

_remember = True


def remember_layout(on: bool) -> None:
    """Off for the screenshot mode: it draws the defaults and keeps nothing."""
    global _remember
    _remember = on


class WindowState:
    """Saves and restores one window's geometry and named splitters."""

    def __init__(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        self.window = window
        self.splitters = splitters
        self.restored = False
        self.enabled = _remember

    def _store(self) -> QSettings:
        path = config_dir() / "window.ini"
        return QSettings(str(path), QSettings.Format.IniFormat)

    def value(self, key: str, default: str = "") -> str:
        if not self.enabled:
            return default
        value = self._store().value(f"{self.window.objectName()}/{key}", default)
        return value if isinstance(value, str) else default

    def set_value(self, key: str, value: str) -> None:
        if self.enabled:
            self._store().setValue(f"{self.window.objectName()}/{key}", value)

    def restore(self) -> bool:
        """Put back what was saved; True when there was a saved geometry."""
        if not self.enabled:
            return False
        store = self._store()
        group = self.window.objectName()
        geometry = store.value(f"{group}/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restored = self.window.restoreGeometry(geometry)
        for name, splitter in self.splitters.items():
            state = store.value(f"{group}/{name}")
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
        return self.restored

    def save(self) -> None:
        if not self.enabled:
            return
        store = self._store()
        group = self.window.objectName()
        store.setValue(f"{group}/geometry", self.window.saveGeometry())
        for name, splitter in self.splitters.items():
            store.setValue(f"{group}/{name}", splitter.saveState())
        store.sync()

    def show(self) -> None:
        """Show the window: as it was left, or maximised the first time."""
        if self.restored:
            self.window.show()
        else:
            self.window.showMaximized()
