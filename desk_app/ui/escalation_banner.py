"""The line at the top of the reading pane that says how the ticket came to
the queue it is in: who escalated, returned it or asked for attention, why,
and their note. Read in the background each time the pane shows a ticket."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import TicketJournal
from desk_app.services import escalation
from desk_app.services.escalation import EscalationInfo, EscalationKind
from desk_app.services.escalation_state import EntryValues
from desk_app.ui.desk import Desk
from desk_app.ui.escalation_words import banner_text
from desk_app.ui.text_direction import ui_aligned

STYLES = {
    # Each text colour reads at more than 4.5:1 on its background.
    "escalated": "background: #fff4e5; color: #5c3700; border: 1px solid #e8a33d;",
    "returned": "background: #e8f0fe; color: #0b3d91; border: 1px solid #8ab4f8;",
}


def latest_with_rule(session: Session, ticket_id: str) -> tuple[EscalationInfo | None, str]:
    """The latest escalation, and the key of the rule that made it if a rule did."""
    info = escalation.latest_escalation(session, ticket_id)
    if info is None or not info.automatic:
        return info, ""
    stored = session.scalar(
        select(TicketJournal.new_value).where(TicketJournal.id == info.entry_id)
    )
    return info, EntryValues.decode(stored or "").rule


class EscalationBanner(QLabel):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalationBanner")
        self.desk = desk
        self.info: EscalationInfo | None = None
        self._wanted: str | None = None
        self._rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ui_aligned(self)
        self.hide()

    def show_ticket(self, ticket_id: str | None) -> None:
        self._wanted = ticket_id
        if ticket_id is None:
            self._show(None, None)
            return
        self.desk.read(
            lambda s: latest_with_rule(s, ticket_id),
            lambda found: self._show(ticket_id, *found),
            lambda _error: self._show(ticket_id, None),  # the pane itself still shows the ticket
            owner=self,
        )

    def _queue_name(self, queue_id: str | None) -> str:
        if not queue_id:
            return QCoreApplication.translate("Escalation", "no queue")
        name = self.desk.reference.group_name(queue_id, self._rtl)
        return name or QCoreApplication.translate("Escalation", "a queue no longer in use")

    def _show(self, ticket_id: str | None, info: EscalationInfo | None, rule: str = "") -> None:
        if ticket_id != self._wanted:
            return  # another ticket was chosen while this one was read
        self.info = info
        if info is None:
            self.clear()
            self.hide()
            return
        returned = str(info.kind) == EscalationKind.RETURNED.value
        self.setStyleSheet(
            f"QLabel {{ {STYLES['returned' if returned else 'escalated']} padding: 4px; }}"
        )
        self.setText(banner_text(info, self._queue_name, rule))
        self.show()
