"""What the two people pages of the console share: the list of people, the
role chooser, and the "new person" form. A desk alone (admin_people_page)
gives a new person a PIN; a desk signed in to a server
(admin_people_server) gives them a password; the rest is one form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from desk_app.services.permissions import LEVELS
from desk_app.ui import formatting, labels
from desk_app.ui.field_errors import FieldErrors
from desk_app.ui.text_direction import identifier_field

# The longest a name or a user name may be on either side (the server's
# columns; the desk's own are as wide).
NAME_MAX = 200
USERNAME_MAX = 64


def people_table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    """A read-only list of people, one chosen at a time."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def role_combo(parent: QWidget, name: str) -> QComboBox:
    """The six levels in order, numbered; "agent" chosen."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for level, role in enumerate(LEVELS, start=1):
        text = QCoreApplication.translate("PeopleForms", "{level}. {role}").format(
            level=formatting.number(level), role=labels.role_label(role)
        )
        combo.addItem(text, role.value)
    combo.setCurrentIndex(combo.findData("agent"))
    return combo


class NewPersonForm(QGroupBox):
    """Name, user name, role, branch, and a secret typed twice. The caller
    says what the secret is (its two labels and how its box is made), what
    the branch field is called in the service's messages, and handles
    ``add_button``."""

    def __init__(
        self,
        parent: QWidget,
        *,
        secret: Callable[[QWidget, str], QLineEdit],
        secret_names: tuple[str, str],
        secret_labels: tuple[str, str],
        branch_field: str,
    ) -> None:
        super().__init__(self.tr("New person"), parent)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("displayNameEdit")
        self.display_name.setMaxLength(NAME_MAX)
        self.username = identifier_field(QLineEdit(self))
        self.username.setObjectName("usernameEdit")
        self.username.setMaxLength(USERNAME_MAX)
        self.role = role_combo(self, "roleCombo")
        self.branch = QComboBox(self)
        self.branch.setObjectName("branchCombo")
        first, again = (secret(self, name) for name in secret_names)
        self.secret, self.secret_again = first, again
        self.add_button = QPushButton(self.tr("A&dd person"), self)
        self.add_button.setObjectName("addPersonButton")
        self.errors = FieldErrors(self)
        form = QFormLayout(self)
        field_first, field_again = (name.removesuffix("Edit") for name in secret_names)
        for text, name, editor in (
            (self.tr("Na&me"), "display_name", self.display_name),
            (self.tr("&User name"), "username", self.username),
            (self.tr("Ro&le"), "role", self.role),
            (self.tr("Bran&ch"), branch_field, self.branch),
            (secret_labels[0], _snake(field_first), first),
            (secret_labels[1], _snake(field_again), again),
        ):
            form.addRow(text, editor)
            self.errors.add_row(form, name, editor)
        form.addRow(self.errors.message)
        form.addRow(self.add_button)

    def clear(self) -> None:
        for edit in (self.display_name, self.username, self.secret, self.secret_again):
            edit.clear()


def _snake(object_name: str) -> str:
    """ "pinAgain" -> "pin_again": the field a service's message names."""
    return "".join("_" + ch.lower() if ch.isupper() else ch for ch in object_name)
