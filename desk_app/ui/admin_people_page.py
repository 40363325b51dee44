"""The administration console's page of people: who may use this desk, their
role and PIN. Local people of a desk without a server (services.people); a
desk signed in to a server gets admin_people_server's page instead, and one
with a server but not signed in lists its people and says where they are managed.

Only a person with the right to manage people changes anything here (the
service checks it again); others see the list and why they may not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Branch
from desk_app.services import people
from desk_app.services.context import WriteContext
from desk_app.services.permissions import REASONS, PermissionDenied, Right
from desk_app.services.text import isolate
from desk_app.ui import labels
from desk_app.ui.admin_people_forms import NewPersonForm, people_table, role_combo
from desk_app.ui.desk import Desk
from desk_app.ui.field_errors import FieldErrors
from desk_app.ui.switch_user_dialog import pin_edit


@dataclass(frozen=True)
class _Loaded:
    rows: list[people.PersonRow]
    branches: list[tuple[str, str, str]]  # id, name, Arabic name
    may_manage: bool


def _load(desk: Desk) -> Callable[[Session], _Loaded]:
    def load(session: Session) -> _Loaded:
        branches = [
            (b.id, b.name, b.name_ar)
            for b in session.scalars(
                select(Branch).where(Branch.deleted_at.is_(None)).order_by(Branch.code)
            )
        ]
        return _Loaded(people.list_people(session), branches, people.may_manage(session, desk.ctx))

    return load


class PeoplePage(QWidget):
    changed = Signal()  # a person was added or changed

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self.desk = desk
        self.rows: list[people.PersonRow] = []
        self.branch_names: dict[str, str] = {}
        self.arabic = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        self.notice = QLabel(self)
        self.notice.setObjectName("peopleNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.table = people_table(
            self,
            "peopleTable",
            [self.tr("Name"), self.tr("User name"), self.tr("Role"), self.tr("State")],
        )
        self.table.itemSelectionChanged.connect(self._selected)

        # A new person.
        self.new_box = NewPersonForm(
            self,
            secret=pin_edit,
            secret_names=("pinEdit", "pinAgainEdit"),
            secret_labels=(self.tr("&PIN"), self.tr("T&ype the PIN again")),
            branch_field="branch",
        )
        self.new_box.setObjectName("newPersonBox")
        box = self.new_box
        self.display_name, self.username, self.role = box.display_name, box.username, box.role
        self.branch, self.pin, self.pin_again = box.branch, box.secret, box.secret_again
        self.add_button, self.new_errors = box.add_button, box.errors
        self.add_button.clicked.connect(self.add_person)

        # The person chosen in the list. The console's pages share one set of
        # Alt letters (admin_console): these rows are reached with Tab.
        self.edit_box = QGroupBox(self.tr("Chosen person"), self)
        self.edit_box.setObjectName("chosenPersonBox")
        self.chosen_role = role_combo(self.edit_box, "chosenRoleCombo")
        self.role_button = QPushButton(self.tr("Change role"), self.edit_box)
        self.role_button.setObjectName("changeRoleButton")
        self.role_button.clicked.connect(self.change_role)
        self.new_pin = pin_edit(self.edit_box, "newPinEdit")
        self.new_pin_again = pin_edit(self.edit_box, "newPinAgainEdit")
        self.pin_button = QPushButton(self.tr("Reset PIN"), self.edit_box)
        self.pin_button.setObjectName("resetPinButton")
        self.pin_button.clicked.connect(self.reset_pin)
        self.deactivate_button = QPushButton(self.tr("Deactivate"), self.edit_box)
        self.deactivate_button.setObjectName("deactivateButton")
        self.deactivate_button.clicked.connect(self.deactivate)
        self.edit_errors = FieldErrors(self.edit_box)
        edit = QFormLayout(self.edit_box)
        role_row = QHBoxLayout()
        role_row.addWidget(self.chosen_role, 1)
        role_row.addWidget(self.role_button)
        role_label = QLabel(self.tr("New role"), self.edit_box)
        role_label.setBuddy(self.chosen_role)
        edit.addRow(role_label, role_row)
        self.edit_errors.add_row(edit, "role", self.chosen_role)
        edit.addRow(self.tr("New PIN"), self.new_pin)
        self.edit_errors.add_row(edit, "pin", self.new_pin)
        edit.addRow(self.tr("Repeat the PIN"), self.new_pin_again)
        self.edit_errors.add_row(edit, "pin_again", self.new_pin_again)
        edit.addRow(self.edit_errors.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pin_button)
        buttons.addStretch(1)
        buttons.addWidget(self.deactivate_button)
        edit.addRow(buttons)

        side = QVBoxLayout()
        side.addWidget(self.new_box)
        side.addWidget(self.edit_box)
        side.addStretch(1)
        side_panel = QWidget(self)
        side_panel.setLayout(side)
        side_panel.setMaximumWidth(400)  # the list takes what is left
        side.setContentsMargins(0, 0, 0, 0)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(side_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)
        self.may_manage = False
        self._selected()
        self.reload()

    # -- loading -------------------------------------------------------------
    def reload(self) -> None:
        self.desk.read(_load(self.desk), self._show, owner=self)

    def _show(self, loaded: _Loaded) -> None:
        chosen = self.chosen_id()
        self.rows = loaded.rows
        self.may_manage = loaded.may_manage
        self.branch_names = {
            key: (name_ar or name) if self.arabic else (name or name_ar)
            for key, name, name_ar in loaded.branches
        }
        if self.branch.count() != len(loaded.branches):
            self.branch.clear()
            for key, _name, _name_ar in loaded.branches:
                self.branch.addItem(self.branch_names[key], key)
            self.branch.setCurrentIndex(max(0, self.branch.findData(self.desk.ctx.branch_id)))
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            state = self.tr("Active") if row.active else self.tr("Deactivated")
            if row.active and not row.has_pin:
                state = self.tr("Active, no PIN")
            cells = [row.display_name, row.username, labels.role_label(row.role), state]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(index, column, item)
            if row.id == chosen:
                self.table.selectRow(index)
        self._gate()

    def _gate(self) -> None:
        """Never allowed: the forms are hidden and the notice says why."""
        server = bool(self.desk.settings.server_url)
        if server:
            reason = self.tr(
                "This desk works with a server: sign in to it to manage its people here."
            )
        elif not self.may_manage:
            reason = QCoreApplication.translate("Permissions", REASONS[Right.MANAGE_USERS])
        else:
            reason = ""
        self.notice.setText(reason)
        self.notice.setVisible(bool(reason))
        editable = self.may_manage and not server
        self.new_box.setVisible(editable)
        self.edit_box.setVisible(editable)
        self._selected()

    def chosen_id(self) -> str | None:
        chosen = self.table.selectedItems()
        return chosen[0].data(Qt.ItemDataRole.UserRole) if chosen else None

    def chosen(self) -> people.PersonRow | None:
        key = self.chosen_id()
        return next((r for r in self.rows if r.id == key), None)

    def _selected(self) -> None:
        row = self.chosen()
        self.edit_errors.clear()
        self.edit_box.setEnabled(row is not None and row.active)
        if row is None:
            self.edit_box.setTitle(self.tr("Chosen person"))
            self.edit_box.setToolTip(self.tr("Choose a person in the list."))
            return
        self.edit_box.setToolTip("" if row.active else self.tr("This person is deactivated."))
        self.edit_box.setTitle(
            self.tr("Chosen person: {name}").format(name=isolate(row.display_name))
        )
        self.chosen_role.setCurrentIndex(max(0, self.chosen_role.findData(row.role)))
        me = row.id == self.desk.ctx.actor.user_id
        yourself = self.tr("You cannot do this to yourself: ask another administrator.")
        for button in (self.role_button, self.deactivate_button):
            button.setEnabled(not me)
            button.setToolTip(yourself if me else "")

    # -- writing -------------------------------------------------------------
    def _run(
        self,
        work: Callable[[Session, WriteContext], Any],
        errors: FieldErrors,
        done: Callable[[], None],
    ) -> None:
        errors.clear()

        def finished(_result: Any) -> None:
            done()
            self.changed.emit()
            self.reload()

        def failed(error: Exception) -> None:
            if isinstance(error, PermissionDenied):
                errors.message.setText(
                    QCoreApplication.translate("Permissions", error.denial.message)
                )
                errors.message.show()
                return
            errors.failed(error)

        self.desk.write(work, finished, failed, owner=self)

    def add_person(self) -> None:
        values = {
            "username": self.username.text(),
            "display_name": self.display_name.text(),
            "role": self.role.currentData() or "",
            "branch_id": self.branch.currentData(),
            "pin": self.pin.text(),
            "pin_again": self.pin_again.text(),
        }

        def work(session: Session, ctx: WriteContext) -> str:
            return people.create_person(session, ctx, **values)

        def done() -> None:
            for edit in (self.display_name, self.username, self.pin, self.pin_again):
                edit.clear()
            self.display_name.setFocus()

        self._run(work, self.new_errors, done)

    def change_role(self) -> None:
        row = self.chosen()
        if row is None:
            return
        role = self.chosen_role.currentData() or ""
        self._run(
            lambda session, ctx: people.set_role(session, ctx, row.id, role),
            self.edit_errors,
            lambda: None,
        )

    def reset_pin(self) -> None:
        row = self.chosen()
        if row is None:
            return
        pin, again = self.new_pin.text(), self.new_pin_again.text()

        def done() -> None:
            self.new_pin.clear()
            self.new_pin_again.clear()

        self._run(
            lambda session, ctx: people.reset_pin(session, ctx, row.id, pin, again),
            self.edit_errors,
            done,
        )

    def deactivate(self, *, confirm: bool = True) -> None:
        row = self.chosen()
        if row is None:
            return
        if confirm:
            asked = QMessageBox.question(
                self,
                self.tr("Deactivate"),
                self.tr("{name} will no longer be able to use the desk. Deactivate?").format(
                    name=isolate(row.display_name)
                ),
            )
            if asked != QMessageBox.StandardButton.Yes:
                return
        self._run(
            lambda session, ctx: people.deactivate(session, ctx, row.id),
            self.edit_errors,
            lambda: None,
        )
