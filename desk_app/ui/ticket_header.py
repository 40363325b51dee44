"""Which ticket a dialog acts on: its number and subject, the customer and
the phone to dial, at the top of the contact, resolve and later dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from desk_app.services.ticket_detail import TicketDetail, load_ticket
from desk_app.ui.desk import Desk
from desk_app.ui.formatting import ltr
from desk_app.ui.ticket_facts import leading_edge


class TicketHeader(QFrame):
    """Filled in the background; the dialog is usable meanwhile."""

    def __init__(self, desk: Desk, ticket_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.ticket: TicketDetail | None = None
        self._rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.number = self._label("headerNumber")
        self.subject = self._label("headerSubject")
        font = self.subject.font()
        font.setBold(True)
        self.subject.setFont(font)
        self.subject.setWordWrap(True)
        self.customer = self._label("headerCustomer")
        self.phone = self._label("headerPhone")
        # Each value beside its label; what is left over stays at the end.
        grid = QGridLayout(self)
        grid.addWidget(self.number, 0, 0)
        grid.addWidget(self.subject, 0, 1, 1, 4)
        grid.addWidget(QLabel(QCoreApplication.translate("TicketHeader", "Customer:"), self), 1, 0)
        grid.addWidget(self.customer, 1, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("TicketHeader", "Phone:"), self), 1, 2)
        grid.addWidget(self.phone, 1, 3)
        grid.setColumnStretch(4, 1)
        desk.read(lambda s: load_ticket(s, ticket_id), self.show_ticket, owner=self)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(leading_edge(self) | Qt.AlignmentFlag.AlignVCenter)
        return label

    def show_ticket(self, ticket: TicketDetail) -> None:
        self.ticket = ticket
        self.number.setText(ltr(ticket.number, self._rtl))
        self.subject.setText(ticket.subject)
        self.customer.setText(ticket.customer_name or "—")
        self.phone.setText(ltr(ticket.customer_phone, self._rtl) if ticket.customer_phone else "—")
