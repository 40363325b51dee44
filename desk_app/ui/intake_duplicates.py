"""Under the subject: open tickets of the same customer or asset that look
like the problem being typed, and a button to log the call on one of them
instead of opening a new ticket."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.duplicates import DuplicateCandidate
from desk_app.services.text import isolate
from desk_app.ui import labels

ROW_LIMIT = 4


class DuplicatePanel(QFrame):
    attachRequested = Signal(str)  # ticket id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#duplicatePanel { background: #fff4e5; border: 1px solid #e8a33d; }")
        self.candidates: list[DuplicateCandidate] = []
        self.title = QLabel(self)
        self.title.setObjectName("duplicateTitle")
        self.title.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("duplicateList")
        self.list.setUniformItemSizes(True)
        self.list.itemActivated.connect(lambda _item: self._attach())
        self.attach_button = QPushButton(self.tr("Attach the call to this tic&ket"), self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setToolTip(
            self.tr(
                "Log this call on the selected ticket instead of opening a new one. "
                "What you typed becomes the contact's note."
            )
        )
        self.attach_button.clicked.connect(self._attach)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.hide()

    def show_candidates(self, candidates: list[DuplicateCandidate]) -> None:
        self.candidates = candidates
        self.list.clear()
        if not candidates:
            self.hide()
            return
        count = len(candidates)
        self.title.setText(self.tr("%Ln open ticket(s) may be about the same problem:", "", count))
        for candidate in candidates:
            item = QListWidgetItem(self._describe(candidate))
            item.setData(Qt.ItemDataRole.UserRole, candidate.id)
            item.setToolTip(candidate.subject)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        rows = min(count, ROW_LIMIT)
        height = self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 2
        self.list.setFixedHeight(height)
        self.show()

    def _describe(self, candidate: DuplicateCandidate) -> str:
        if candidate.same_customer and candidate.same_asset:
            link = self.tr("same customer and asset")
        elif candidate.same_asset:
            link = self.tr("same asset")
        else:
            link = self.tr("same customer")
        status = labels.status_label(candidate.status)
        return f"{isolate(candidate.number)} · {candidate.subject} · {status} · {link}"

    def current_ticket_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _attach(self) -> None:
        ticket_id = self.current_ticket_id()
        if ticket_id is not None:
            self.attachRequested.emit(ticket_id)
