"""People this desk made for itself before it had a server, who the server
does not know (by username): listed on the server people page, so they are
not forgotten, with a way to fill the new-person form from one of them. Once
the server has a person of that username, the desk's next sync adopts the
local row as theirs (sync.pull, by natural key): tickets and history stay."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import people
from desk_app.services.text import isolate
from desk_app.ui.desk import Desk


class LocalOnlyBox(QGroupBox):
    offered = Signal(object)  # the PersonRow to fill the new-person form with

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("localOnlyBox")
        self.setTitle(self.tr("Only on this desk, not on the server"))
        self.desk = desk
        self.rows: list[people.PersonRow] = []
        self.list = QListWidget(self)
        self.list.setObjectName("localOnlyList")
        self.list.setMaximumHeight(80)
        self.list.itemSelectionChanged.connect(self._selected)
        self.offer_button = QPushButton(self.tr("&Fill in the new person"), self)
        self.offer_button.setObjectName("fillFromLocalButton")
        self.offer_button.setToolTip(
            self.tr("Copies the name, user name and role; type a password and add them.")
        )
        self.offer_button.clicked.connect(self.offer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.offer_button)
        self.hide()

    def compare(self, server_usernames: set[str]) -> None:
        """List the active local people the server does not have."""

        def show(rows: list[people.PersonRow]) -> None:
            self.rows = [r for r in rows if r.active and r.username not in server_usernames]
            self.list.clear()
            for row in self.rows:
                text = self.tr("{name} ({username})").format(
                    name=isolate(row.display_name), username=isolate(row.username)
                )
                item = QListWidgetItem(text, self.list)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.setVisible(bool(self.rows))
            self._selected()

        self.desk.read(people.list_people, show, owner=self)

    def chosen(self) -> people.PersonRow | None:
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((r for r in self.rows if r.id == key), None)

    def _selected(self) -> None:
        self.offer_button.setEnabled(self.chosen() is not None)

    def offer(self) -> None:
        row = self.chosen()
        if row is not None:
            self.offered.emit(row)
