"""Who takes the desk: a person and their PIN. The same form asks again when
the desk is locked (lock_screen.py), where it cannot be dismissed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.services import people
from desk_app.services.context import WriteContext
from desk_app.services.messages import REQUIRED, FieldError
from desk_app.services.text import isolate
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.field_errors import FieldErrors
from desk_app.ui.shortcuts import save_keys


def pin_edit(parent: QWidget, name: str) -> QLineEdit:
    """A PIN box: hidden as typed, digits of either script, left to right."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    edit.setMaxLength(people.PIN_MAX * 2)  # longer is refused with a message
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


class SwitchUserDialog(QDialog):
    """Pick a person, type their PIN; on success every later write names them."""

    switched = Signal(str, str)  # user id, display name

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, locked: bool = False) -> None:
        super().__init__(parent)
        self.desk = desk
        self.locked = locked
        self.setObjectName("lockScreen" if locked else "switchUserDialog")
        current = desk.ctx.actor.name
        if locked:
            self.setWindowTitle(self.tr("Maktab is locked"))
            text = self.tr("Locked. {name} was at the desk: type the PIN to go on.")
        else:
            self.setWindowTitle(self.tr("Switch user"))
            text = self.tr("{name} is at the desk now.")
        self.heading = QLabel(text.format(name=isolate(current)), self)
        self.heading.setObjectName("lockHeading" if locked else "switchHeading")
        self.heading.setWordWrap(True)
        self.person = QComboBox(self)
        self.person.setObjectName("personCombo")
        self.pin: QLineEdit = pin_edit(self, "pinEdit")
        self.person.currentIndexChanged.connect(lambda _i: self.pin.setFocus())
        self.errors = FieldErrors(self)
        form = QFormLayout(self)
        form.addRow(self.heading)
        form.addRow(self.tr("&Person"), self.person)
        self.errors.add_row(form, "person", self.person)
        form.addRow(self.tr("P&IN"), self.pin)
        self.errors.add_row(form, "pin", self.pin)
        form.addRow(self.errors.message)
        if locked:
            buttons = QDialogButtonBox(self)
            self.ok_button = buttons.addButton(
                self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
            )
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
            self.ok_button = buttons.addButton(
                self.tr("S&witch"), QDialogButtonBox.ButtonRole.AcceptRole
            )
        self.ok_button.setObjectName("takeDeskButton")
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.take_desk)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        save_keys(self, self.take_desk)
        self.resize(420, 180)
        self._busy = False
        server = bool(desk.settings.server_url)
        desk.read(
            lambda session: people.offered(session, desk.ctx, server=server),
            self._fill,
            owner=self,
        )

    def _fill(self, rows: list[people.PersonRow]) -> None:
        current = self.desk.ctx.actor.user_id
        self.person.blockSignals(True)
        for row in rows:
            self.person.addItem(
                f"{isolate(row.display_name)} — {labels.role_label(row.role)}", row.id
            )
        if self.locked or len(rows) < 2:
            self.person.setCurrentIndex(max(0, self.person.findData(current)))
        else:
            others = [i for i in range(self.person.count()) if self.person.itemData(i) != current]
            self.person.setCurrentIndex(others[0])
        self.person.blockSignals(False)
        self.pin.setFocus()

    def take_desk(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        user_id = self.person.currentData()
        if not user_id:
            self.errors.show([FieldError("person", REQUIRED)])
            return
        pin = self.pin.text()
        self._busy = True
        self.ok_button.setEnabled(False)

        def work(session: Session, ctx: WriteContext) -> people.SignInResult:
            return people.take_desk(session, ctx, user_id, pin)

        self.desk.write(work, self._answered, self._failed, owner=self)

    def _answered(self, result: people.SignInResult) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        if result.ok:
            actor = self.desk.ctx.actor
            self.switched.emit(actor.user_id or "", actor.name)
            self.pin.clear()
            self.accept()
            return
        self.pin.clear()
        if result.error is not None:
            self.errors.show([result.error])
        self.pin.setFocus()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        self.errors.failed(error)

    # A locked desk stays locked until a PIN opens it.
    def reject(self) -> None:
        if not self.locked:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked and event.spontaneous():
            event.ignore()  # the window's close button or Alt+F4
            return
        if self.locked and self.isVisible():
            self.done(QDialog.DialogCode.Rejected)  # closed by the program (it quits)
        super().closeEvent(event)
