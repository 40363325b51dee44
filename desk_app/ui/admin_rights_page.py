"""The console's rights page: every right against the six SFIA levels, a box
each, saved as the next version of the table (audited), with a way back to
the SFIA defaults. The administrator's right to change rights stays checked:
without it nobody could undo a change.

On a desk signed in to a server the table is the server's: Save sends it
there with the version the editor started from (someone else's save in
between is refused, said, and their table shown), and the desk keeps the
server's answer as its table in force. Without a server it is saved here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.models import Role
from desk_app.services.acting import require_right
from desk_app.services.context import WriteContext
from desk_app.services.permissions import (
    LEVELS,
    PermissionDenied,
    Right,
    RightsTable,
    RightsTableError,
)
from desk_app.services.rights_store import load_rights, save_rights
from desk_app.sync.client import SyncClient
from desk_app.sync.errors import SyncError
from desk_app.sync.law import store_server_rights
from desk_app.sync.law_messages import RightsDocument
from desk_app.ui import labels
from desk_app.ui.admin_words import denial_text, right_label
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.field_errors import ERROR_STYLE
from desk_app.ui.formatting import number
from desk_app.ui.server_words import refusal

RIGHTS = tuple(Right)
LOCKED_CELL = (RIGHTS.index(Right.EDIT_RIGHTS), LEVELS.index(Role.ADMIN))


def _save(session: Session, ctx: WriteContext, table: RightsTable) -> RightsTable:
    require_right(session, ctx, Right.EDIT_RIGHTS, action="save_rights")
    return save_rights(session, ctx, table)


def _save_on_server(desk: Desk, client: SyncClient, table: RightsTable) -> RightsTable:
    """PUT the table (its version is the one the editor started from) and keep
    the server's answer as the desk's table in force. Runs on a background job."""
    document = RightsDocument.model_validate_json(table.to_json())
    saved = client.put_rights(document)
    with desk.db.writing() as session:
        kept = store_server_rights(session, saved)
    return kept if kept is not None else RightsTable.from_json(saved.model_dump_json())


def _fetch_from_server(desk: Desk, client: SyncClient) -> RightsTable:
    document = client.rights()
    with desk.db.writing() as session:
        kept = store_server_rights(session, document)
    return kept if kept is not None else RightsTable.from_json(document.model_dump_json())


class RightsPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.version = 0
        heading = QLabel(
            self.tr("Who may do what, by level. A level's rights apply to everyone with its role."),
            self,
        )
        heading.setWordWrap(True)
        self.table = QTableWidget(len(RIGHTS), len(LEVELS), self)
        self.table.setObjectName("rightsTable")
        self.table.setAccessibleName(self.tr("Rights by level"))
        self.table.setHorizontalHeaderLabels([labels.role_label(r) for r in LEVELS])
        self.table.setVerticalHeaderLabels([right_label(r) for r in RIGHTS])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row in range(len(RIGHTS)):
            for column in range(len(LEVELS)):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)
        locked = self._cell(*LOCKED_CELL)
        locked.setToolTip(self.locked_message())
        self.table.itemChanged.connect(self._changed)

        self.version_label = QLabel(self)
        self.version_label.setObjectName("rightsVersion")
        self.message = QLabel(self)
        self.message.setObjectName("rightsMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save ri&ghts"), self)
        self.save_button.setObjectName("saveRights")
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("&Reset to SFIA defaults"), self)
        self.reset_button.setObjectName("resetRights")
        self.reset_button.setToolTip(
            self.tr("Fill the table with the SFIA levels' defaults; Save keeps them.")
        )
        self.reset_button.clicked.connect(self.reset_to_defaults)

        buttons = QHBoxLayout()
        buttons.addWidget(self.version_label, 1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is made in __init__
        return item

    def locked_message(self) -> str:
        return self.tr(
            "The administrator always keeps the right to change rights: "
            "without it nobody could change them back."
        )

    # -- the table -------------------------------------------------------------
    def reload(self) -> None:
        self.desk.read(load_rights, self.show_table, self._failed, owner=self)

    def show_table(self, table: RightsTable) -> None:
        self.version = table.version
        self.fill(table)
        self._say_version()
        self._say("")

    def fill(self, table: RightsTable) -> None:
        self.table.blockSignals(True)
        for row, right in enumerate(RIGHTS):
            for column, role in enumerate(LEVELS):
                state = (
                    Qt.CheckState.Checked if table.allows(role, right) else Qt.CheckState.Unchecked
                )
                self._cell(row, column).setCheckState(state)
        self.table.blockSignals(False)

    def current(self) -> RightsTable:
        grants = {
            role: frozenset(
                right
                for row, right in enumerate(RIGHTS)
                if self._cell(row, column).checkState() == Qt.CheckState.Checked
            )
            for column, role in enumerate(LEVELS)
        }
        return RightsTable(grants, self.version)

    def is_checked(self, right: Right, role: Role) -> bool:
        item = self._cell(RIGHTS.index(right), LEVELS.index(role))
        return item.checkState() == Qt.CheckState.Checked

    def set_checked(self, right: Right, role: Role, checked: bool) -> None:
        item = self._cell(RIGHTS.index(right), LEVELS.index(role))
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _changed(self, item: QTableWidgetItem) -> None:
        if (item.row(), item.column()) == LOCKED_CELL and (
            item.checkState() != Qt.CheckState.Checked
        ):
            self.table.blockSignals(True)
            item.setCheckState(Qt.CheckState.Checked)
            self.table.blockSignals(False)
            self._say(self.locked_message(), error=True)
            return
        self._say(self.tr("Changed, not saved yet."))

    def reset_to_defaults(self) -> None:
        self.fill(RightsTable.sfia())
        self._say(self.tr("The SFIA defaults are filled in. Save keeps them."))

    # -- saving ----------------------------------------------------------------
    def save(self) -> None:
        table = self.current()
        try:
            table.validate()
        except RightsTableError:
            self._say(self.locked_message(), error=True)
            return
        self.save_button.setEnabled(False)
        client = self.server()
        if client is None:
            self.desk.write(lambda s, c: _save(s, c, table), self._saved, self._failed, owner=self)
            return
        work = lambda: _save_on_server(self.desk, client, table)  # noqa: E731
        self.desk.tasks.read(work, self._saved, self._failed, owner=self)

    def server(self) -> SyncClient | None:
        client = self.desk.server_client
        return client if client is not None and client.signed_in else None

    def _stale(self, client: SyncClient, said: str) -> None:
        """Someone saved meanwhile: their table, fetched now, and why."""

        def show(table: RightsTable) -> None:
            self.show_table(table)
            self._say(said, error=True)

        work = lambda: _fetch_from_server(self.desk, client)  # noqa: E731
        self.desk.tasks.read(work, show, self._failed, owner=self)

    def _saved(self, saved: RightsTable) -> None:
        self.save_button.setEnabled(True)
        self.version = saved.version
        self.fill(saved)
        self._say_version()
        self._say(self.tr("Saved as version {version}.").format(version=number(saved.version)))

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        client = self.server()
        if isinstance(error, SyncError) and error.code == "stale_rights" and client is not None:
            self._stale(client, refusal(error)[1])
        elif isinstance(error, SyncError):
            self._say(refusal(error)[1], error=True)
        elif isinstance(error, PermissionDenied):
            self._say(denial_text(error.denial.message), error=True)
        elif isinstance(error, RightsTableError):
            self._say(self.locked_message(), error=True)
        else:
            self._say(describe(error), error=True)

    def _say_version(self) -> None:
        if self.version == 0:
            self.version_label.setText(self.tr("In use: the SFIA defaults, never changed."))
        else:
            self.version_label.setText(
                self.tr("In use: version {version}.").format(version=number(self.version))
            )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))
