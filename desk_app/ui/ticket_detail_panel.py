"""The detail pane: header fields editable in place, the journal as a timeline,
and a box to add a note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import Priority, Status
from desk_app.services import tickets
from desk_app.services.catalogue import extra_lines
from desk_app.services.messages import NotFound, ValidationFailed
from desk_app.services.resolution import satisfaction_channel
from desk_app.services.ticket_detail import JournalEntry, TicketDetail, load_ticket
from desk_app.ui import labels
from desk_app.ui.describe import Describer, kind_label, other_field
from desk_app.ui.desk import Desk
from desk_app.ui.errors import describe
from desk_app.ui.escalation_banner import EscalationBanner
from desk_app.ui.formatting import local_time, ltr, number
from desk_app.ui.rights_gate import gate_ticket_detail
from desk_app.ui.sla_view import SlaView
from desk_app.ui.text_direction import PlainTextBox, own_direction, ui_aligned
from desk_app.ui.ticket_facts import PanePages, TicketFacts, field_grid

NONE = "__none__"


class TimelineList(QListWidget):
    """The journal, newest first. Entries run over several lines, so each item
    is measured for the current width (and again when the pane is resized)
    instead of being cut to one elided line."""

    def fit_items(self) -> None:
        width = max(80, self.viewport().width() - 16)
        metrics = self.fontMetrics()
        flags = Qt.TextFlag.TextWordWrap
        for row in range(self.count()):
            item = self.item(row)
            bounds = metrics.boundingRect(0, 0, width, 100_000, int(flags), item.text())
            item.setSizeHint(QSize(width, bounds.height() + 10))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_items()


class TicketDetailPanel(QWidget):
    closed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketDetail")
        self.desk = desk
        self.ticket: TicketDetail | None = None
        self._rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        self.number = QLabel(self)
        self.number.setObjectName("ticketNumber")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ui_aligned(self.number)
        self.subject = QLabel(self)
        self.subject.setObjectName("ticketSubject")
        self.subject.setWordWrap(True)
        font = self.subject.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.subject.setFont(font)
        ui_aligned(self.subject)

        self.status = self._combo("detailStatus")
        for status in Status:
            self.status.addItem(labels.status_label(status.value), status.value)
        self.priority = self._combo("detailPriority")
        for level in Priority:
            self.priority.addItem(labels.priority_label(level), int(level))
        self.queue = self._combo("detailQueue")
        self.assignee = self._combo("detailAssignee")
        self.fill_reference()
        # The list flags these tickets; the desk sets the flag here.
        self.complaint = QCheckBox(self.tr("Co&mplaint or angry customer"), self)
        self.complaint.setObjectName("detailComplaint")
        self.complaint.setStyleSheet("QCheckBox:checked { color: #b3261e; }")

        fields = field_grid(
            [
                (self.tr("&Status"), self.status),
                (self.tr("&Priority"), self.priority),
                (self.tr("&Queue"), self.queue),
                (self.tr("&Assignee"), self.assignee),
            ],
            self.complaint,
        )
        self.facts = TicketFacts(self)

        self.timeline = TimelineList(self)
        self.timeline.setObjectName("journalTimeline")
        self.timeline.setWordWrap(True)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.timeline.setAlternatingRowColors(True)
        history = QGroupBox(self.tr("History"), self)
        QVBoxLayout(history).addWidget(self.timeline)

        self.note = PlainTextBox(self)
        self.note.setObjectName("noteEdit")
        self.note.setPlaceholderText(self.tr("Write a note… (Ctrl+Enter adds it)"))
        self.note.setMaximumHeight(70)
        self.add_note_button = QPushButton(self.tr("Add &note"), self)
        self.add_note_button.setObjectName("addNoteButton")
        self.add_note_button.clicked.connect(self.add_note)
        self.note_error = QLabel(self)
        self.note_error.setObjectName("noteError")
        self.note_error.setStyleSheet("color: #b3261e")
        self.note_error.hide()
        composer = QHBoxLayout()
        composer.addWidget(self.note, 1)
        composer.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignBottom)

        # Three columns: what the ticket is, who and what it is about, and
        # what happened and what to add (start to end; mirrored in Arabic).
        about = QVBoxLayout()
        about.addWidget(self.number)
        about.addWidget(self.subject)
        about.addLayout(fields)
        self.sla = SlaView(desk, self)
        about.addWidget(self.sla)
        about.addStretch(1)
        activity = QVBoxLayout()
        activity.addWidget(history, 1)
        activity.addLayout(composer)
        activity.addWidget(self.note_error)
        content = QWidget(self)
        # How the ticket came here (an escalation, a return) heads the pane.
        page = QVBoxLayout(content)
        page.setContentsMargins(0, 0, 0, 0)
        self.escalation = EscalationBanner(desk, content)
        page.addWidget(self.escalation)
        layout = QHBoxLayout()
        page.addLayout(layout, 1)
        layout.addLayout(about, 3)
        # Customer, equipment and description scroll on their own, so a long
        # description never squeezes the list above.
        layout.addWidget(self.facts, 3)
        layout.addLayout(activity, 4)
        self.pages = PanePages(self, content)
        self._wanted: str | None = None

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.note)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_note)
        self.status.activated.connect(lambda _i: self._change("status", self.status))
        self.priority.activated.connect(lambda _i: self._change("priority", self.priority))
        self.queue.activated.connect(lambda _i: self._change("group_id", self.queue))
        self.assignee.activated.connect(lambda _i: self._change("assignee_id", self.assignee))
        self.complaint.clicked.connect(self._flag_complaint)
        self.setEnabled(False)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        return combo

    def fill_reference(self) -> None:
        ref = self.desk.reference
        self.queue.clear()
        self.queue.addItem(self.tr("No queue"), NONE)
        for group in ref.groups:
            name = group.name_ar if self._rtl and group.name_ar else group.name
            self.queue.addItem(name, group.id)
        self.assignee.clear()
        self.assignee.addItem(self.tr("Unassigned"), NONE)
        for user in ref.users:
            self.assignee.addItem(user.name, user.id)

    # -- loading -------------------------------------------------------------
    def show_ticket(self, ticket_id: str | None) -> None:
        self._wanted = ticket_id
        if ticket_id is None:
            # Nothing chosen: nothing shown, nothing to edit.
            self.ticket = None
            self.sla.show_ticket(None)
            self.escalation.show_ticket(None)
            self.facts.clear()
            self.pages.show_ticket(False)
            self.setEnabled(False)
            return
        self.desk.read(
            lambda s: load_ticket(s, ticket_id), self._show, self._load_failed, owner=self
        )

    def reload(self) -> None:
        if self.ticket is not None:
            self.show_ticket(self.ticket.id)

    def _load_failed(self, error: Exception) -> None:
        if isinstance(error, NotFound):
            self.show_ticket(None)
        else:
            self.desk.tasks.failed.emit(error)

    def _show(self, ticket: TicketDetail) -> None:
        if ticket.id != self._wanted:
            return  # another ticket was chosen (or none) while this one loaded
        self.ticket = ticket
        self.pages.show_ticket(True)
        self.setEnabled(True)
        self.sla.show_ticket(ticket.id)
        self.escalation.show_ticket(ticket.id)
        self.number.setText(ltr(ticket.number, self._rtl))
        self.subject.setText(own_direction(ticket.subject))
        for combo, value in (
            (self.status, ticket.status),
            (self.priority, ticket.priority),
            (self.queue, ticket.group_id or NONE),
            (self.assignee, ticket.assignee_id or NONE),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.complaint.setChecked(ticket.complaint)
        self.facts.show_facts(*self._facts(ticket))
        self.timeline.clear()
        for entry in reversed(ticket.journal):
            item = QListWidgetItem(self._entry_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.kind)
            self.timeline.addItem(item)
        self.timeline.fit_items()
        gate_ticket_detail(self, ticket)

    def _facts(self, t: TicketDetail) -> tuple[list[tuple[str, str]], str]:
        rows = [
            (labels.field_label("customer_name"), t.customer_name),
            (labels.field_label("phone"), ltr(t.customer_phone, self._rtl)),
            (labels.field_label("email"), ltr(t.customer_email, self._rtl)),
            (labels.field_label("channel"), labels.channel_label(t.channel)),
            (labels.field_label("category"), labels.category_label(t.category)),
            (labels.field_label("equipment_location"), t.equipment_location),
            (labels.field_label("product_ref"), ltr(t.product_ref, self._rtl)),
            (labels.field_label("licence_ref"), ltr(t.licence_ref, self._rtl)),
            (labels.field_label("account_ref"), ltr(t.account_ref, self._rtl)),
        ]
        rows.extend(
            extra_lines(
                self.desk.catalogue().catalogue,
                t.category,
                t.custom_fields,
                labels.ui_language(),
                other_field(),
            )
        )
        if t.follow_up_next_at is not None:
            when = local_time(t.follow_up_next_at, self.desk.settings.branch.time_zone)
            if t.follow_up_every_days:
                when = self.tr("Every %Ln day(s), next %1", "", t.follow_up_every_days).replace(
                    "%1", when
                )
            rows.append((self.tr("Call back"), when))
        rows.append((labels.field_label("resolution_cause"), t.resolution_cause))
        rows.append((labels.field_label("solution"), t.solution))
        if t.satisfaction is not None:
            score = self.tr("{score} of {top}").format(score=number(t.satisfaction), top=number(5))
            given = satisfaction_channel(t.journal)
            if given:
                score = f"{score} ({labels.channel_label(given)})"
            rows.append((labels.field_label("satisfaction"), score))
        return rows, t.description

    def describer(self) -> Describer:
        """The words for this ticket's history (ticket ids read as numbers)."""
        numbers = self.ticket.ticket_numbers if self.ticket is not None else {}
        return Describer(
            self.desk.reference, self.desk.settings.branch.time_zone, self._rtl, numbers.get
        )

    def _entry_text(self, e: JournalEntry) -> str:
        when = local_time(e.at, self.desk.settings.branch.time_zone)
        head = f"{when} · {e.author_name} · {kind_label(e.kind)}"
        return "\n".join([head, *self.describer().details(e)])

    def _value_text(self, field: str, value: str) -> str:
        return self.describer().value(field, value)

    # -- writing -------------------------------------------------------------
    def _flag_complaint(self, on: bool) -> None:
        if self.ticket is None:
            return
        ticket_id = self.ticket.id
        self.desk.write(
            lambda s, ctx: tickets.change_fields(s, ctx, ticket_id, {"complaint": on}),
            lambda _result: None,
            self._write_failed,
            changed=lambda result: [result.ticket_id],
            owner=self,
        )

    def _change(self, field: str, combo: QComboBox) -> None:
        if self.ticket is None:
            return
        value: Any = combo.currentData()
        value = None if value == NONE else value
        ticket_id = self.ticket.id
        self.desk.write(
            lambda s, ctx: tickets.change_fields(s, ctx, ticket_id, {field: value}),
            lambda _result: None,
            self._write_failed,
            changed=lambda result: [result.ticket_id] if result.changed else [],
            owner=self,
        )

    def add_note(self) -> None:
        if self.ticket is None:
            return
        body = self.note.toPlainText()
        ticket_id = self.ticket.id
        self.add_note_button.setEnabled(False)

        def done(_entry_id: str) -> None:
            self.note.clear()
            self.note_error.hide()
            self.add_note_button.setEnabled(True)

        self.desk.write(
            lambda s, ctx: tickets.add_note(s, ctx, ticket_id, body),
            done,
            self._write_failed,
            changed=lambda _r: [ticket_id],
            owner=self,
        )

    def _write_failed(self, error: Exception) -> None:
        """The note or change was not saved; what was typed stays in the box."""
        self.add_note_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self.note_error.setText("\n".join(labels.error_text(e) for e in error.errors))
            self.note_error.show()
            self.reload()
            return
        self.reload()
        QMessageBox.warning(self, self.tr("Not saved"), describe(error))
