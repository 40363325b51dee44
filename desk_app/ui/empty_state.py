"""What the ticket list says when it has no row to show.

- A search that matches nothing: "No ticket matches “…”", and a button
  that clears the search.
- A desk with no ticket at all (the first start): what to do first — take a
  call (Ctrl+N), or sign in to the office's server to receive its tickets.
- A view that is simply empty: says so.

It lies over the table's viewport (the header stays), so the list keeps its
place in the layout and in the tab order.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy import select

from desk_app.models import Ticket
from desk_app.services.text import isolate
from desk_app.ui.ticket_list_panel import TicketListPanel

NO_MATCH, FIRST_START, EMPTY_VIEW = "no_match", "first_start", "empty_view"


def no_match_text(query: str) -> str:
    return QCoreApplication.translate("ListEmptyState", "No ticket matches “{query}”").format(
        query=isolate(query.strip())
    )


class ListEmptyState(QWidget):
    def __init__(
        self,
        panel: TicketListPanel,
        new_ticket: QAction,
        sign_in: QAction | None = None,
    ) -> None:
        viewport = panel.table.viewport()
        super().__init__(viewport)
        self.setObjectName("listEmptyState")
        self.panel = panel
        self.kind = ""
        self.title = QLabel(self)
        self.title.setObjectName("emptyStateTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel(self)
        self.detail.setObjectName("emptyStateDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.clear_button = QPushButton(
            QCoreApplication.translate("ListEmptyState", "&Clear the search"), self
        )
        self.clear_button.setObjectName("clearSearchButton")
        self.clear_button.clicked.connect(self.clear_search)
        keys = new_ticket.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.new_button = QPushButton(
            QCoreApplication.translate("ListEmptyState", "Take a call ({keys})").format(keys=keys),
            self,
        )
        self.new_button.setObjectName("emptyStateNewTicket")
        self.new_button.clicked.connect(new_ticket.trigger)
        self.sign_in_button = QPushButton(
            QCoreApplication.translate("ListEmptyState", "Sign in to a server…"), self
        )
        self.sign_in_button.setObjectName("emptyStateSignIn")
        if sign_in is not None:
            self.sign_in_button.clicked.connect(sign_in.trigger)
        self._has_sign_in = sign_in is not None
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.clear_button, self.new_button, self.sign_in_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.detail)
        column.addLayout(buttons)
        column.addStretch(2)
        self.hide()
        viewport.installEventFilter(self)
        panel.model.loaded.connect(self.update_state)
        panel.model.modelReset.connect(self.update_state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.panel.table.viewport().rect())
        return False

    def update_state(self, *_args: Any) -> None:
        model = self.panel.model
        if model.is_loading or model.rowCount():
            self.kind = ""
            self.hide()
            return
        query = self.panel.search.text().strip()
        if query:
            self._show(
                NO_MATCH,
                no_match_text(query),
                QCoreApplication.translate("ListEmptyState", "Check the spelling, or clear it."),
            )
            return

        def any_ticket(session: Any) -> bool:
            return session.execute(select(Ticket.id).limit(1)).first() is not None

        self.panel.desk.read(any_ticket, self._after_count, owner=self)

    def _after_count(self, any_ticket: bool) -> None:
        model = self.panel.model
        if model.rowCount() or model.is_loading or self.panel.search.text().strip():
            return  # the list moved on meanwhile
        if any_ticket:
            self._show(
                EMPTY_VIEW,
                QCoreApplication.translate("ListEmptyState", "No ticket in this view"),
                "",
            )
        else:
            self._show(
                FIRST_START,
                QCoreApplication.translate("ListEmptyState", "No tickets yet"),
                QCoreApplication.translate(
                    "ListEmptyState",
                    "Take the first call to create a ticket, or sign in to your"
                    " office's server to receive its tickets.",
                ),
            )

    def _show(self, kind: str, title: str, detail: str) -> None:
        self.kind = kind
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.clear_button.setVisible(kind == NO_MATCH)
        self.new_button.setVisible(kind == FIRST_START)
        self.sign_in_button.setVisible(kind == FIRST_START and self._has_sign_in)
        self.setGeometry(self.panel.table.viewport().rect())
        self.show()
        self.raise_()

    def clear_search(self) -> None:
        self.panel.search.clear()
        self.panel.apply_filters()
        self.panel.search.setFocus()
