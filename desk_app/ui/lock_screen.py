"""Who is at the desk, from the main window: File → Switch user…, File → Lock
(Ctrl+Shift+L), and a lock after the minutes of idleness the settings name
(0: never).

A lock closes nothing. Every open window — the main window, an intake being
typed, a dialog half filled — is covered where it is and waits under the
lock; the lock asks for a PIN in an application-modal window above them all,
so no key reaches what is underneath. Unlocking takes the covers away and
gives the focus back to where it was: nothing typed is lost.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from desk_app.services.audit import AuditKind, record
from desk_app.services.context import WriteContext
from desk_app.ui.desk import Desk
from desk_app.ui.switch_user_dialog import SwitchUserDialog

IDLE_CHECK_MS = 15_000
# What counts as someone at the desk.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class Cover(QWidget):
    """A plain panel over one window while the desk is locked: what the window
    holds stays in it, unseen."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)
        label = QLabel(self.tr("Locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        label.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class DeskLock(QObject):
    """The actions, the idle watch and the lock of one main window."""

    personChanged = Signal(str, str)  # user id, display name
    lockedChanged = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        desk: Desk,
        open_sign_in: Callable[[], QWidget | None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self._open_sign_in = open_sign_in
        self.screen: SwitchUserDialog | None = None
        self._covers: list[Cover] = []
        self._focus: QWidget | None = None
        self.switch_user_action = QAction(self.tr("S&witch user…"), window)
        self.switch_user_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.switch_user_action.triggered.connect(self.switch_user)
        self.lock_action = QAction(self.tr("&Lock Maktab"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.lock_action.triggered.connect(lambda: self.lock("asked"))
        self.monotonic: Callable[[], float] = time.monotonic
        self.last_input = self.monotonic()
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_CHECK_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- who -------------------------------------------------------------------
    @property
    def server(self) -> bool:
        return bool(self.desk.settings.server_url)

    def switch_user(self) -> QWidget | None:
        """With a server, the person is whoever signs in; without one, a
        local person and their PIN."""
        if self.server and self._open_sign_in is not None:
            return self._open_sign_in()
        dialog = SwitchUserDialog(self.desk, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.switched.connect(self.personChanged)
        dialog.open()
        return dialog

    # -- idle --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = self.monotonic()
        return False

    def check_idle(self) -> None:
        minutes = self.desk.settings.lock_after_minutes
        if minutes <= 0 or self.is_locked:
            return
        if self.monotonic() - self.last_input >= minutes * 60:
            self.lock("idle")

    # -- the lock ----------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.screen is not None and shiboken6.isValid(self.screen)

    def lock(self, why: str = "asked") -> SwitchUserDialog:
        if self.is_locked:
            assert self.screen is not None
            self.screen.raise_()
            self.screen.activateWindow()
            return self.screen
        self._focus = QApplication.focusWidget()
        for top in QApplication.topLevelWidgets():
            kind = top.windowType()
            if top.isVisible() and kind in (Qt.WindowType.Window, Qt.WindowType.Dialog):
                self._covers.append(Cover(top))
        screen = SwitchUserDialog(self.desk, self.window, locked=True)
        screen.setWindowModality(Qt.WindowModality.ApplicationModal)
        screen.switched.connect(self.personChanged)
        screen.finished.connect(self._unlocked)
        self.screen = screen
        self.desk.write(self._audit_lock(why), lambda _r: None)
        screen.show()  # not open(): that would make it modal to the main window only
        screen.raise_()
        screen.activateWindow()
        self.lockedChanged.emit(True)
        return screen

    @staticmethod
    def _audit_lock(why: str) -> Callable[[Session, WriteContext], None]:
        def work(session: Session, ctx: WriteContext) -> None:
            record(session, ctx, AuditKind.LOCKED, subject=ctx.actor.name, detail={"why": why})

        return work

    def _unlocked(self, _result: int = 0) -> None:
        for cover in self._covers:
            if shiboken6.isValid(cover):
                cover.deleteLater()
        self._covers = []
        if self.screen is not None and shiboken6.isValid(self.screen):
            self.screen.deleteLater()
        self.screen = None
        self.last_input = self.monotonic()
        focus = self._focus
        self._focus = None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.lockedChanged.emit(False)
