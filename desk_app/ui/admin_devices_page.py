"""The devices signed in to the server, on the console's people page of a
desk with a server: who, which computer, when last seen, and Revoke (after a
question), which ends the device's tokens at once; the person signs in again
on another device. The server decides who may (MANAGE_DEVICES)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.text import isolate
from desk_app.sync.admin_messages import DeviceInfo, DeviceList
from desk_app.sync.client import SyncClient
from desk_app.ui.desk import Desk
from desk_app.ui.field_errors import ERROR_STYLE
from desk_app.ui.formatting import local_time
from desk_app.ui.server_words import refusal
from desk_app.ui.text_direction import cell_text


class DevicesPanel(QWidget):
    def __init__(self, desk: Desk, client: SyncClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicesPanel")
        self.desk, self.client = desk, client
        self.rows: list[DeviceInfo] = []
        self.zone = desk.settings.branch.time_zone
        self.arabic = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("devicesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Device"), self.tr("Person"), self.tr("Last seen"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        heading = QLabel(self.tr("Si&gned-in devices"), self)
        heading.setBuddy(self.table)
        self.message = QLabel(self)
        self.message.setObjectName("devicesMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.revoke_button = QPushButton(self.tr("Revo&ke"), self)
        self.revoke_button.setObjectName("revokeDeviceButton")
        self.revoke_button.setToolTip(
            self.tr("Sign the device out for good: its person must sign in again elsewhere.")
        )
        self.revoke_button.clicked.connect(lambda: self.revoke())
        self.refresh_button = QPushButton(self.tr("Reload"), self)
        self.refresh_button.setObjectName("reloadDevicesButton")
        self.refresh_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selected()
        self.reload()

    def reload(self) -> None:
        self.desk.tasks.read(self.client.devices, self._show, self._failed, owner=self)

    def _show(self, loaded: DeviceList) -> None:
        chosen = self.chosen()
        self.rows = loaded.devices
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            person = self.tr("{name} ({username})").format(
                name=cell_text(row.display_name, self.arabic), username=isolate(row.username)
            )
            cells = [
                cell_text(row.name, self.arabic),
                person,
                local_time(row.last_seen_at, self.zone),
                self.tr("Revoked") if row.revoked else self.tr("Signed in"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(index, column, item)
            if chosen is not None and row.id == chosen.id:
                self.table.selectRow(index)
        self._selected()

    def chosen(self) -> DeviceInfo | None:
        items = self.table.selectedItems()
        key = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return next((r for r in self.rows if r.id == key), None)

    def _selected(self) -> None:
        row = self.chosen()
        self.revoke_button.setEnabled(row is not None and not row.revoked)

    def revoke(self, *, confirm: bool = True) -> None:
        row = self.chosen()
        if row is None or row.revoked:
            return
        if confirm:
            asked = QMessageBox.question(
                self,
                self.tr("Revoke"),
                self.tr("{device} of {name} will be signed out for good. Revoke it?").format(
                    device=isolate(row.name), name=isolate(row.display_name)
                ),
            )
            if asked != QMessageBox.StandardButton.Yes:
                return
        self._say("")

        def done(loaded: DeviceList) -> None:
            self._show(loaded)
            self._say(self.tr("The device was signed out."))

        work = lambda: self.client.revoke_device(row.id)  # noqa: E731
        self.desk.tasks.read(work, done, self._failed, owner=self)

    def _failed(self, error: Exception) -> None:
        self._say(refusal(error)[1], error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))
