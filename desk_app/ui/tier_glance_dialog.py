"""View → Tiers at a glance… (Ctrl+Shift+G), for team leads and supervisors:
each tier and its queues with the open tickets, the oldest one's age, how many
are past a service-level target, and the escalations in and out today.
Read in the background; Refresh reads again."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.tier_glance import QueueGlance, TierGlance, tier_glance
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.durations import minutes_until, span_text
from desk_app.ui.errors import describe
from desk_app.ui.formatting import number
from desk_app.ui.screen_fit import fit_to_screen

NUMBER_COLUMNS = (1, 3, 4, 5)


class TierGlanceDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tierGlanceDialog")
        self.setWindowTitle(self.tr("Tiers at a glance"))
        self.desk = desk
        self.tiers: list[TierGlance] = []
        self._rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("tierGlanceTree")
        self.tree.setHeaderLabels(
            [
                self.tr("Tier and queue"),
                self.tr("Open"),
                self.tr("Oldest"),
                self.tr("Breaching"),
                self.tr("Escalated in today"),
                self.tr("Escalated out today"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.message = QLabel(self)
        self.message.setObjectName("tierGlanceMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        caption = QLabel(self.tr("&Tiers and their queues:"), self)
        caption.setBuddy(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.refresh_button = buttons.addButton(
            self.tr("&Refresh"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.refresh_button.clicked.connect(self.refresh)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(820, 460))
        self.refresh()

    def refresh(self) -> None:
        zone = self.desk.settings.branch.time_zone
        self.desk.read(
            lambda s: tier_glance(s, self.desk.ctx, zone), self._show, self._failed, owner=self
        )

    def _failed(self, error: Exception) -> None:
        self.message.setText(describe(error))
        self.message.show()

    def _age(self, oldest: datetime | None, now: datetime) -> str:
        return span_text(minutes_until(now, oldest)) if oldest is not None else "—"

    def _queue_name(self, queue: QueueGlance) -> str:
        if queue.queue_id is None:
            return self.tr("In no queue")
        return queue.name_ar if self._rtl and queue.name_ar else queue.name

    def _item(self, parent: QTreeWidget | QTreeWidgetItem, texts: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, texts)
        for column in NUMBER_COLUMNS:
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
        return item

    def _show(self, tiers: list[TierGlance]) -> None:
        self.tiers = tiers
        self.message.hide()
        self.tree.clear()
        now = datetime.now(UTC)
        for tier in tiers:
            head = self._item(
                self.tree,
                [
                    labels.tier_label(tier.tier),
                    number(tier.open),
                    self._age(tier.oldest_at, now),
                    number(tier.breaching),
                    number(tier.escalated_in),
                    number(tier.escalated_out),
                ],
            )
            font = head.font(0)
            font.setBold(True)
            for column in range(self.tree.columnCount()):
                head.setFont(column, font)
            for queue in tier.queues:
                self._item(
                    head,
                    [
                        self._queue_name(queue),
                        number(queue.open),
                        self._age(queue.oldest_at, now),
                        number(queue.breaching),
                        number(queue.escalated_in),
                        number(queue.escalated_out),
                    ],
                )
        self.tree.expandAll()
        for column in range(1, self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        if not tiers:
            self.message.setText(self.tr("No queues yet."))
            self.message.show()
