"""Related tickets of one ticket: link, unlink, merge into another, split off.

Opened from the Ticket menu (Ctrl+Shift+R) for the ticket in the reading
pane. A ticket is named by its number as the agent has it (the whole number,
or its last digits when only one ticket ends in them). Every change is one
background write; a refusal is said on the number field and what was typed
stays."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Ticket
from desk_app.services import links
from desk_app.services.context import WriteContext
from desk_app.services.links import RelatedTicket, Relations
from desk_app.services.messages import ValidationFailed
from desk_app.services.text import isolate
from desk_app.ui import labels
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.rights_gate import gate_related
from desk_app.ui.text_direction import identifier_field

TICKET_ROLE = Qt.ItemDataRole.UserRole


class RelatedTicketsDialog(QDialog):
    ticketOpened = Signal(str)  # the agent wants to read a related ticket

    def __init__(self, desk: Desk, ticket_id: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedDialog")
        self.desk, self.ticket_id, self.number = desk, ticket_id, ""
        self.setWindowTitle(self.tr("Related tickets"))
        self.busy = False

        self.related = QListWidget(self)
        self.related.setObjectName("relatedList")
        self.related.itemActivated.connect(self._open)
        self.merged_note = QLabel(self)
        self.merged_note.setObjectName("mergedNote")
        self.merged_note.setWordWrap(True)
        self.merged_note.hide()

        self.other = QLineEdit(self)
        self.other.setObjectName("otherTicketEdit")
        self.other.setPlaceholderText(self.tr("Ticket number, e.g. HQ1-2026-000123 or 123"))
        identifier_field(self.other)
        self.other.textEdited.connect(self._clear_message)
        other_label = QLabel(self.tr("&Other ticket:"), self)
        other_label.setBuddy(self.other)
        self.link_button = QPushButton(self.tr("&Link"), self)
        self.link_button.setObjectName("linkButton")
        self.link_button.clicked.connect(self.link)
        self.merge_button = QPushButton(self.tr("&Merge this ticket into it"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge)
        self.unlink_button = QPushButton(self.tr("&Unlink the selected ticket"), self)
        self.unlink_button.setObjectName("unlinkButton")
        self.unlink_button.clicked.connect(self.unlink)

        self.split_subject = QLineEdit(self)
        self.split_subject.setObjectName("splitSubjectEdit")
        self.split_subject.setPlaceholderText(self.tr("Subject of the other problem"))
        self.split_subject.textEdited.connect(self._clear_message)
        split_label = QLabel(self.tr("&Subject:"), self)
        split_label.setBuddy(self.split_subject)
        self.split_button = QPushButton(self.tr("S&plit off as a new ticket"), self)
        self.split_button.setObjectName("splitButton")
        self.split_button.clicked.connect(self.split)

        self.message = QLabel(self)
        self.message.setObjectName("relatedMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        other_row = QHBoxLayout()
        other_row.addWidget(other_label)
        other_row.addWidget(self.other, 1)
        action_row = QHBoxLayout()
        for button in (self.link_button, self.merge_button, self.unlink_button):
            action_row.addWidget(button)
        action_row.addStretch(1)
        split_box = QGroupBox(self.tr("Another problem in this ticket"), self)
        split_row = QHBoxLayout(split_box)
        split_row.addWidget(split_label)
        split_row.addWidget(self.split_subject, 1)
        split_row.addWidget(self.split_button)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Linked and merged tickets (Enter opens one):"), self))
        layout.addWidget(self.related, 1)
        layout.addWidget(self.merged_note)
        layout.addLayout(other_row)
        layout.addLayout(action_row)
        layout.addWidget(split_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 420)
        gate_related(self)
        self.other.setFocus()
        self.reload()

    # -- reading -----------------------------------------------------------------
    def reload(self) -> None:
        ticket_id = self.ticket_id
        self.desk.read(
            lambda session: links.relations(session, ticket_id),
            self._show,
            self._failed,
            owner=self,
        )

    def _show(self, found: Relations) -> None:
        self.number = found.number
        self.setWindowTitle(
            self.tr("Related tickets of {number}").format(number=isolate(found.number))
        )
        self.related.clear()
        for ticket in found.linked:
            self._add(ticket, self.tr("linked"))
        for ticket in found.merged_from:
            self._add(ticket, self.tr("merged into this one"))
        if not found.linked and not found.merged_from:
            empty = QListWidgetItem(self.tr("No related tickets yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.related.addItem(empty)
        if found.merged_into is not None:
            self.merged_note.setText(
                self.tr("This ticket was merged into {number}.").format(
                    number=isolate(found.merged_into.number)
                )
            )
            self.merged_note.show()
        else:
            self.merged_note.hide()
        self.merge_button.setEnabled(found.merged_into is None)

    def _add(self, ticket: RelatedTicket, how: str) -> None:
        text = f"{isolate(ticket.number)} · {ticket.subject} · {labels.status_label(ticket.status)}"
        item = QListWidgetItem(f"{text} ({how})")
        item.setData(TICKET_ROLE, ticket.id)
        self.related.addItem(item)

    # -- changes -----------------------------------------------------------------
    def link(self) -> None:
        typed = self.other.text()
        ticket_id = self.ticket_id

        def work(session: Session, ctx: WriteContext) -> str:
            other = links.find_ticket(session, typed)
            links.link_tickets(session, ctx, ticket_id, other.id)
            return other.number

        self._write(work, self.tr("Linked to {number}."), clear=self.other)

    def unlink(self) -> None:
        item = self.related.currentItem()
        other_id = item.data(TICKET_ROLE) if item is not None else None
        if not other_id:
            self._say(self.tr("Select a linked ticket in the list first."), error=True)
            return
        ticket_id = self.ticket_id

        def work(session: Session, ctx: WriteContext) -> str:
            links.unlink_tickets(session, ctx, ticket_id, other_id)
            return ""

        self._write(work, self.tr("Unlinked."))

    def merge(self) -> None:
        typed = self.other.text()
        answer = QMessageBox.question(
            self,
            self.tr("Merge tickets"),
            self.tr(
                "Close {number} as a duplicate of ticket {other}? Both histories are kept."
            ).format(number=isolate(self.number), other=isolate(typed.strip())),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ticket_id = self.ticket_id

        def work(session: Session, ctx: WriteContext) -> str:
            other = links.find_ticket(session, typed)
            survivor = links.merge_tickets(session, ctx, ticket_id, other.id)
            return _number_of(session, survivor)

        self._write(work, self.tr("Merged into {number}."), clear=self.other)

    def split(self) -> None:
        subject = self.split_subject.text()
        ticket_id = self.ticket_id

        def work(session: Session, ctx: WriteContext) -> str:
            return links.split_ticket(session, ctx, ticket_id, subject).number

        self._write(work, self.tr("Ticket {number} opened and linked."), clear=self.split_subject)

    def _write(self, work: object, done_text: str, clear: QLineEdit | None = None) -> None:
        if self.busy:
            return
        self.busy = True
        self._clear_message()

        def done(number: str) -> None:
            self.busy = False
            if clear is not None:
                clear.clear()
            self._say(done_text.format(number=isolate(number)))
            self.reload()

        def failed(error: Exception) -> None:
            self.busy = False
            self._failed(error)

        self.desk.write(
            work,  # type: ignore[arg-type]
            done,
            failed,
            changed=lambda _number: [self.ticket_id],
            owner=self,
        )

    # -- messages ----------------------------------------------------------------
    def _failed(self, error: Exception) -> None:
        if isinstance(error, ValidationFailed):
            field_name = error.errors[0].field
            if field_name == "subject":
                self.split_subject.setFocus()
            else:
                self.other.setFocus()
            self._say(" ".join(labels.error_text(e) for e in error.errors), error=True)
        else:
            self._say(describe(error), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e" if error else "")
        self.message.setText(text)
        self.message.show()

    def _clear_message(self) -> None:
        self.message.hide()

    def _open(self, item: QListWidgetItem) -> None:
        ticket_id = item.data(TICKET_ROLE)
        if ticket_id:
            self.ticketOpened.emit(ticket_id)
            self.accept()


def _number_of(session: Session, ticket_id: str) -> str:
    return str(session.execute(select(Ticket.number).where(Ticket.id == ticket_id)).scalar_one())
