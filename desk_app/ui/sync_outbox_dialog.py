"""The outbox: changes made on this desk that the server has not taken yet.

Pending changes wait their turn; a change the server refused stays here, in
red, with the reason in words, until the agent retries or discards it. Nothing
is ever dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.services.context import WriteContext
from desk_app.services.ticket_detail import ReferenceData
from desk_app.sync.status import OutboxEntry
from desk_app.ui.describe import UUID, Describer
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.formatting import ltr
from desk_app.ui.sync_texts import (
    entity_label,
    mixed_label,
    moment_text,
    op_kind_label,
    op_state_label,
    reject_reason_text,
)

ListOutbox = Callable[[Session], list[OutboxEntry]]
# (session, context, client_seq of the refused op)
OutboxAction = Callable[[Session, WriteContext, int], Any]

REJECTED = "rejected"
REJECTED_BACKGROUND = QColor("#fde7e6")
REJECTED_FOREGROUND = QColor("#8c1d18")
Index = QModelIndex | QPersistentModelIndex


def column_titles() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("OutboxDialog", "When"),
        QCoreApplication.translate("OutboxDialog", "What"),
        QCoreApplication.translate("OutboxDialog", "Change"),
        QCoreApplication.translate("OutboxDialog", "State"),
        QCoreApplication.translate("OutboxDialog", "Reason"),
    )


class OutboxModel(QAbstractTableModel):
    def __init__(
        self,
        zone: str,
        rtl: bool,
        parent: QWidget | None = None,
        reference: ReferenceData | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = zone
        self.rtl = rtl
        self.reference = reference
        self.entries: list[OutboxEntry] = []
        self._titles = column_titles()

    def set_entries(self, entries: list[OutboxEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        rejected = entry.state == REJECTED
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4 and rejected:
            return self.text(entry, 4)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            # The whole change, one field a line: the column is often too narrow.
            return self.change_text(entry, "\n")
        if role == Qt.ItemDataRole.BackgroundRole and rejected:
            return REJECTED_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and rejected:
            return REJECTED_FOREGROUND
        return None

    def text(self, entry: OutboxEntry, column: int) -> str:
        if column == 0:
            return moment_text(entry.created_at, self.zone)
        if column == 1:
            return QCoreApplication.translate("OutboxDialog", "{entity} ({kind})").format(
                entity=entity_label(entry.entity), kind=op_kind_label(entry.kind)
            )
        if column == 2:
            return self.change_text(entry)
        if column == 3:
            return op_state_label(entry.state)
        return reject_reason_text(entry.error) if entry.state == REJECTED else ""

    def change_text(self, entry: OutboxEntry, separator: str = "") -> str:
        """What the change is, in words: the ticket's number, then each field
        before and after (or the history entry it adds)."""
        structured = entry.number or entry.changes or entry.history is not None
        if self.reference is None or not structured:
            # Only a summary (a name the engine took from the record): kept in
            # its own direction inside Arabic.
            if UUID.fullmatch(entry.summary):
                return ""
            return mixed_label(entry.summary, self.rtl)
        words = Describer(self.reference, self.zone, self.rtl, entry.ticket_numbers.get)
        parts: list[str] = []
        if entry.history is not None:
            parts.append(words.entry(entry.history))
        if entry.changes:
            changes = [(c.field, c.old, c.new) for c in entry.changes]
            if separator:
                parts.extend(words.change(*c) for c in changes)
            else:
                parts.append(words.changes(changes))
        if not parts and entry.kind != "update" and not entry.number:
            parts.append("" if UUID.fullmatch(entry.summary) else entry.summary)
        number = ltr(entry.number, self.rtl) if entry.number else ""
        if separator:
            return separator.join(p for p in (number, *parts) if p)
        if number and parts:
            return f"{number} — {parts[0]}"
        return number or (parts[0] if parts else "")


class OutboxDialog(QDialog):
    outboxChanged = Signal(str)  # "retry" or "discard", after it was done

    def __init__(
        self,
        desk: Desk,
        list_outbox: ListOutbox,
        retry: OutboxAction,
        discard: OutboxAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Outbox — changes not yet on the server"))
        self.desk = desk
        self._list = list_outbox
        self._retry = retry
        self._discard = discard
        self.loading = False
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        self.summary = QLabel(self)
        self.summary.setObjectName("outboxSummary")
        self.summary.setWordWrap(True)
        self.model = OutboxModel(desk.settings.branch.time_zone, rtl, self, desk.reference)
        self.table = QTableView(self)
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 150, 440, 150)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.reason = QLabel(self)
        self.reason.setObjectName("outboxReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {REJECTED_FOREGROUND.name()}")
        self.reason.hide()
        self.message = QLabel(self)
        self.message.setObjectName("outboxMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.retry_button = QPushButton(self.tr("&Retry"), self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setToolTip(self.tr("Send the refused change again with the next sync."))
        self.discard_button = QPushButton(self.tr("&Discard…"), self)
        self.discard_button.setObjectName("discardButton")
        self.retry_button.clicked.connect(self.retry_selected)
        self.discard_button.clicked.connect(self.ask_discard)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(900, 480)
        self._update_buttons()
        self.reload()

    # -- data ----------------------------------------------------------------
    def reload(self) -> None:
        self.loading = True
        self.desk.read(self._list, self._loaded, self._failed, owner=self)

    def _loaded(self, entries: list[OutboxEntry]) -> None:
        self.loading = False
        selected = self.selected()
        self.model.set_entries(entries)
        pending = sum(1 for e in entries if e.state != REJECTED)
        rejected = len(entries) - pending
        if not entries:
            self.summary.setText(self.tr("The outbox is empty: every change has been sent."))
        else:
            parts = [self.tr("%Ln change(s) waiting to be sent.", "", pending)]
            if rejected:
                parts.append(
                    self.tr("%Ln refused by the server: retry or discard them.", "", rejected)
                )
            self.summary.setText(" ".join(parts))
        row = next(
            (i for i, e in enumerate(entries) if selected and e.client_seq == selected.client_seq),
            next((i for i, e in enumerate(entries) if e.state == REJECTED), -1),
        )
        if row >= 0:
            # Not selectRow(): in RTL, before the header is laid out, it finds
            # no column at the start edge and clears the current row.
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self._say(describe(error), error=True)
        self._update_buttons()

    def selected(self) -> OutboxEntry | None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.entries):
            return self.model.entries[row]
        return None

    def _update_buttons(self, *_args: Any) -> None:
        entry = self.selected()
        refused = entry is not None and entry.state == REJECTED and not self.loading
        self.retry_button.setEnabled(refused)
        self.discard_button.setEnabled(refused)
        # The reason in full: the table's column is often too narrow for it.
        if entry is not None and entry.state == REJECTED:
            self.reason.setText(
                self.tr("Refused: {change} — {reason}").format(
                    change=self.model.text(entry, 2) or entity_label(entry.entity),
                    reason=self.model.text(entry, 4),
                )
            )
        self.reason.setVisible(entry is not None and entry.state == REJECTED)

    # -- actions -------------------------------------------------------------
    def retry_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.state != REJECTED:
            return
        self._act("retry", entry)

    def ask_discard(self) -> QMessageBox | None:
        """Discarding cannot be undone: ask first (a window-modal question, so
        the rest of the desk stays usable)."""
        entry = self.selected()
        if entry is None or entry.state != REJECTED:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Discard the change?"),
            self.tr(
                "The server refused this change: {change}\n\nDiscarding it means it "
                "will never be sent. This cannot be undone."
            ).format(change=self.model.text(entry, 2) or entity_label(entry.entity)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("confirmDiscard")
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("confirmDiscardButton")
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepButton")
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.clickedButton() is discard:
                self._act("discard", entry)

        box.finished.connect(answered)
        box.open()
        return box

    def _act(self, action: str, entry: OutboxEntry) -> None:
        fn = self._retry if action == "retry" else self._discard
        self.loading = True
        self._update_buttons()
        seq = entry.client_seq

        def done(_result: Any) -> None:
            self.loading = False
            self._say(
                self.tr("The change will be sent with the next sync.")
                if action == "retry"
                else self.tr("The change was discarded."),
                error=False,
            )
            self.outboxChanged.emit(action)
            self.reload()

        self.desk.write(
            lambda session, ctx: fn(session, ctx, seq),
            done,
            self._failed,
            changed=lambda _r: [entry.entity_id] if entry.entity == "ticket" else [],
            owner=self,
        )

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet("color: #b3261e" if error else "")
        self.message.setText(text)
        self.message.show()
