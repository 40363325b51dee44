"""The console's people page on a desk signed in to a server: the server's
people, changed on the server (sync.client's administration calls), and the
devices signed in to it (admin_devices_page). The server decides who may do
what from its own rights table; its refusals are said here in words. Every
call runs on a background job, never on the UI thread.

A desk without a server keeps the page of local people (admin_people_page).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.people import PersonRow
from desk_app.services.text import isolate
from desk_app.sync.admin_messages import BranchChoice, NewPerson, PeopleList, PersonInfo
from desk_app.sync.client import SyncClient
from desk_app.sync.people_rules import MIN_PASSWORD_LENGTH, clean_username, username_ok
from desk_app.ui import labels
from desk_app.ui.admin_devices_page import DevicesPanel
from desk_app.ui.admin_people_forms import NewPersonForm, people_table, role_combo
from desk_app.ui.admin_people_local_only import LocalOnlyBox
from desk_app.ui.admin_people_page import PeoplePage
from desk_app.ui.desk import Desk
from desk_app.ui.field_errors import FieldErrors
from desk_app.ui.server_words import answer, refusal
from desk_app.ui.text_direction import cell_text, identifier_field


def people_page(desk: Desk, parent: QWidget | None = None) -> QWidget:
    """The console's people page: the server's people when the desk is signed
    in to one, this desk's own people otherwise."""
    client = desk.server_client
    if client is not None and client.signed_in:
        return ServerPeoplePage(desk, client, parent)
    return PeoplePage(desk, parent)


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
    edit.setMaxLength(256)
    return identifier_field(edit)


class ServerPeoplePage(QWidget):
    changed = Signal()  # a person was added or changed on the server

    def __init__(self, desk: Desk, client: SyncClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverPeoplePage")
        self.desk, self.client = desk, client
        self.rows: list[PersonInfo] = []
        self.branches: list[BranchChoice] = []
        self.arabic = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        self.notice = QLabel(
            self.tr("People and devices of the server this desk is signed in to."), self
        )
        self.notice.setObjectName("serverPeopleNotice")
        self.notice.setWordWrap(True)
        self.table = people_table(
            self,
            "serverPeopleTable",
            [
                self.tr("Name"),
                self.tr("User name"),
                self.tr("Role"),
                self.tr("Branches"),
                self.tr("Queues"),
                self.tr("State"),
            ],
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.list_message = FieldErrors(self).message
        self.list_message.setObjectName("serverPeopleMessage")
        self.status = QLabel(self)
        self.status.setObjectName("serverPeopleStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        self.new_box = NewPersonForm(
            self,
            secret=_password_edit,
            secret_names=("passwordEdit", "passwordAgainEdit"),
            secret_labels=(self.tr("Pass&word"), self.tr("T&ype it again")),
            branch_field="branches",
        )
        self.new_box.setObjectName("newServerPersonBox")
        box = self.new_box
        self.display_name, self.username, self.role = box.display_name, box.username, box.role
        self.branch, self.password, self.password_again = box.branch, box.secret, box.secret_again
        self.add_button, self.new_errors = box.add_button, box.errors
        self.add_button.clicked.connect(self.add_person)

        self.edit_box = QGroupBox(self.tr("Chosen person"), self)
        self.edit_box.setObjectName("chosenServerPersonBox")
        self.chosen_role = role_combo(self.edit_box, "chosenRoleCombo")
        self.role_button = QPushButton(self.tr("Change role"), self.edit_box)
        self.role_button.setObjectName("changeRoleButton")
        self.role_button.clicked.connect(self.change_role)
        self.chosen_branches = QListWidget(self.edit_box)
        self.chosen_branches.setObjectName("chosenBranchesList")
        self.chosen_branches.setMaximumHeight(90)
        self.branches_button = QPushButton(self.tr("Save branches"), self.edit_box)
        self.branches_button.setObjectName("saveBranchesButton")
        self.branches_button.clicked.connect(self.change_branches)
        self.new_password = _password_edit(self.edit_box, "newPasswordEdit")
        self.new_password_again = _password_edit(self.edit_box, "newPasswordAgainEdit")
        self.password_button = QPushButton(self.tr("Reset password"), self.edit_box)
        self.password_button.setObjectName("resetPasswordButton")
        self.password_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("Deactivate"), self.edit_box)
        self.active_button.setObjectName("activeButton")
        self.active_button.clicked.connect(lambda: self.set_active())
        self.edit_errors = FieldErrors(self.edit_box)
        edit = QFormLayout(self.edit_box)
        rows: tuple[tuple[str, str, QWidget, QPushButton], ...] = (
            (self.tr("New r&ole"), "role", self.chosen_role, self.role_button),
            (self.tr("&Branches"), "branches", self.chosen_branches, self.branches_button),
        )
        for text, name, field, button in rows:
            line = QHBoxLayout()
            line.addWidget(field, 1)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            label = QLabel(text, self.edit_box)
            label.setBuddy(field)
            edit.addRow(label, line)
            self.edit_errors.add_row(edit, name, field)
        edit.addRow(self.tr("&New password"), self.new_password)
        self.edit_errors.add_row(edit, "password", self.new_password)
        edit.addRow(self.tr("R&epeat it"), self.new_password_again)
        self.edit_errors.add_row(edit, "password_again", self.new_password_again)
        edit.addRow(self.edit_errors.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.password_button)
        buttons.addStretch(1)
        buttons.addWidget(self.active_button)
        edit.addRow(buttons)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.new_box)
        side.addWidget(self.edit_box)
        self.local_only = LocalOnlyBox(desk, self)
        self.local_only.offered.connect(self.fill_from_local)
        side.addWidget(self.local_only)
        side.addStretch(1)
        side_panel = QWidget(self)
        side_panel.setLayout(side)
        # The forms scroll rather than stretch the console past a small screen.
        side_scroll = QScrollArea(self)
        side_scroll.setObjectName("serverPeopleForms")
        side_scroll.setWidget(side_panel)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setFixedWidth(440)
        listing = QVBoxLayout()
        listing.addWidget(self.table, 1)
        listing.addWidget(self.list_message)
        listing.addWidget(self.status)
        body = QHBoxLayout()
        body.addLayout(listing, 1)
        body.addWidget(side_scroll)
        people_tab = QWidget(self)
        people_tab.setLayout(body)
        self.devices = DevicesPanel(desk, client, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("serverPeopleTabs")
        self.tabs.addTab(people_tab, self.tr("&People"))
        self.tabs.addTab(self.devices, self.tr("De&vices"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self._selected()
        self.reload()

    def _branch_name(self, code: str) -> str:
        for branch in self.branches:
            if branch.code == code:
                return (branch.name_ar or branch.name) if self.arabic else branch.name
        return code

    # -- the server ------------------------------------------------------------
    def _call(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        errors: FieldErrors | None,
    ) -> None:
        """``work`` on a background job; its refusal in words next to the
        field it is about (the forms name their fields as the server does)."""

        def failed(error: Exception) -> None:
            field, text = refusal(error)
            if errors is None:
                self.list_message.setText(text)
                self.list_message.show()
                return
            errors.say(field if field in errors.labels else "", text)
            if field is None and getattr(error, "code", "") == "not_found":
                self.reload()

        self.desk.tasks.read(work, done, failed, owner=self)

    def reload(self) -> None:
        self.list_message.hide()
        self._call(self.client.people, self._show, None)

    def _show(self, loaded: PeopleList) -> None:
        chosen = self.chosen_id()
        self.rows, self.branches = loaded.people, loaded.branches
        self.branch.clear()
        for branch in self.branches:
            self.branch.addItem(self._branch_name(branch.code), branch.code)
        self.table.setRowCount(len(self.rows))
        separator = self.tr(", ")
        for index, row in enumerate(self.rows):
            cells = [
                cell_text(row.display_name, self.arabic),
                row.username,
                labels.role_label(row.role),
                separator.join(self._branch_name(c) for c in row.branches),
                separator.join(cell_text(q.name, self.arabic) for q in row.queues),
                self.tr("Active") if row.active else self.tr("Deactivated"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(index, column, item)
            if row.id == chosen:
                self.table.setCurrentCell(index, 0)
        self._selected()
        self.local_only.compare({row.username for row in self.rows})

    def fill_from_local(self, row: PersonRow) -> None:
        """The new-person form from a person only this desk knows; the
        administrator gives the password and adds them."""
        self.new_errors.clear()
        self.display_name.setText(row.display_name)
        self.username.setText(row.username)
        self.role.setCurrentIndex(max(0, self.role.findData(row.role)))
        self.password.setFocus()

    def chosen_id(self) -> str | None:
        chosen = self.table.selectedItems()
        return chosen[0].data(Qt.ItemDataRole.UserRole) if chosen else None

    def chosen(self) -> PersonInfo | None:
        key = self.chosen_id()
        return next((r for r in self.rows if r.id == key), None)

    def _selected(self) -> None:
        row = self.chosen()
        self.edit_errors.clear()
        self.edit_box.setEnabled(row is not None)
        if row is None:
            self.edit_box.setTitle(self.tr("Chosen person"))
            self.chosen_branches.clear()
            return
        self.edit_box.setTitle(
            self.tr("Chosen person: {name}").format(name=isolate(row.display_name))
        )
        self.chosen_role.setCurrentIndex(max(0, self.chosen_role.findData(row.role)))
        self.chosen_branches.clear()
        for branch in self.branches:
            item = QListWidgetItem(self._branch_name(branch.code), self.chosen_branches)
            item.setData(Qt.ItemDataRole.UserRole, branch.code)
            held = branch.code in row.branches
            item.setCheckState(Qt.CheckState.Checked if held else Qt.CheckState.Unchecked)
        self.active_button.setText(self.tr("Deactivate") if row.active else self.tr("Reactivate"))
        session = self.client.session
        me = session is not None and row.id == session.user_id
        for widget in (self.role_button, self.active_button):
            widget.setEnabled(not me)
            widget.setToolTip(
                self.tr("You cannot do this to yourself: ask another administrator.") if me else ""
            )

    def _changed(self, _person: PersonInfo) -> None:
        self._say(self.tr("Saved on the server."))
        self.changed.emit()
        self.reload()

    # -- changes ---------------------------------------------------------------
    def _password_problems(self, errors: FieldErrors, first: str, again: str) -> bool:
        if len(first) < MIN_PASSWORD_LENGTH:
            errors.say("password", answer("weak_password")[1])
            return True
        if first != again:
            errors.say("password_again", answer("passwords_differ")[1])
            return True
        return False

    def add_person(self) -> None:
        errors = self.new_errors
        errors.clear()
        name, username = self.display_name.text(), self.username.text()
        problems = [
            code
            for code, wrong in (
                ("invalid_display_name", not name.strip()),
                ("invalid_username", not username_ok(username)),
                ("invalid_branch", self.branch.currentData() is None),
            )
            if wrong
        ]
        for code in problems:
            field, text = answer(code)
            errors.say(field or "", text)
        password = self.password.text()
        if self._password_problems(errors, password, self.password_again.text()) or problems:
            return
        person = NewPerson(
            username=clean_username(username),
            display_name=name,
            role=self.role.currentData() or "",
            branches=[self.branch.currentData()],
            password=password,
        )

        def done(made: PersonInfo) -> None:
            for edit in (self.display_name, self.username, self.password, self.password_again):
                edit.clear()
            self.display_name.setFocus()
            self._changed(made)

        self._call(lambda: self.client.create_person(person), done, errors)

    def change_role(self) -> None:
        row = self.chosen()
        if row is None:
            return
        self.edit_errors.clear()
        role = self.chosen_role.currentData() or ""
        self._call(lambda: self.client.change_role(row.id, role), self._changed, self.edit_errors)

    def change_branches(self) -> None:
        row = self.chosen()
        if row is None:
            return
        self.edit_errors.clear()
        codes = [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.chosen_branches.item(i) for i in range(self.chosen_branches.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]
        if not codes:
            self.edit_errors.say("branches", answer("invalid_branch")[1])
            return
        work = lambda: self.client.change_branches(row.id, codes)  # noqa: E731
        self._call(work, self._changed, self.edit_errors)

    def reset_password(self) -> None:
        row = self.chosen()
        if row is None:
            return
        self.edit_errors.clear()
        first, again = self.new_password.text(), self.new_password_again.text()
        if self._password_problems(self.edit_errors, first, again):
            return

        def done(person: PersonInfo) -> None:
            self.new_password.clear()
            self.new_password_again.clear()
            self._changed(person)
            done_text = self.tr("The password of {name} was changed.")
            self._say(done_text.format(name=isolate(person.display_name)))

        self._call(lambda: self.client.reset_password(row.id, first), done, self.edit_errors)

    def set_active(self, *, confirm: bool = True) -> None:
        row = self.chosen()
        if row is None:
            return
        self.edit_errors.clear()
        active = not row.active
        if not active and confirm:
            asked = QMessageBox.question(
                self,
                self.tr("Deactivate"),
                self.tr(
                    "{name} will no longer be able to sign in, on any desk. Deactivate?"
                ).format(name=isolate(row.display_name)),
            )
            if asked != QMessageBox.StandardButton.Yes:
                return
        work = lambda: self.client.set_active(row.id, active)  # noqa: E731
        self._call(work, self._changed, self.edit_errors)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
