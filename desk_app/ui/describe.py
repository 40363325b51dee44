"""Words for what the desk stores: one formatter for every screen that shows
a ticket's history or a change to a record (the timeline, the outbox, the
conflicts, and whatever comes next: reports, letters).

The database keeps codes and ids ("status_changed", "follow_up_every_days",
"waiting_customer", a queue's id, a linked ticket's id). A person reads names
in their language: the kind of entry, the field, each value (a status's name,
a queue's and a person's name, a ticket's number, a moment in the branch's
time zone, "every 2 days"). A field or code nobody foresaw is still never
shown as its key: it reads "Other field" / "Other value".

Changes read old to new in the line's direction (labels.change_text).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from desk_app.models import Direction, JournalKind
from desk_app.services.catalogue import ExtraField, FieldType
from desk_app.services.text import FSI, PDI, isolate
from desk_app.services.ticket_detail import TICKET_ID_FIELDS, ReferenceData
from desk_app.ui import labels
from desk_app.ui.escalation_words import journal_lines
from desk_app.ui.formatting import local_time
from desk_app.ui.text_direction import own_direction

# What must never reach a person: a stored key or code, an internal id.
# Journal entries that name a letter register entry (body: its reference).
CORRESPONDENCE = (JournalKind.LETTER_SENT, JournalKind.LETTER_RECEIVED, JournalKind.MEMO_WRITTEN)
LETTER_CHANNELS = frozenset({"letter", "fax", "email"})
SNAKE_CASE = re.compile(r"[a-z]+_[a-z_]+")
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

TicketNumber = Callable[[str], str | None]

# Fields whose stored value is a moment (UTC, ISO text).
MOMENT_FIELDS = frozenset(
    {
        "follow_up_next_at",
        "closed_at",
        "deleted_at",
        "created_at",
        "last_activity_at",
        "sla_due_at",
        "at",
    }
)
YES_NO_FIELDS = frozenset({"complaint", "active"})
# Fields whose value is one of a closed set of codes.
CODE_FIELDS = frozenset({"status", "channel", "category", "direction", "role", "kind"})
# Ids of other records that a person knows by nothing but their id.
RECORD_FIELDS = frozenset({"customer_id", "asset_id", "organisation_id", "author_id", "ticket_id"})


class HistoryLike(Protocol):
    """A journal entry, stored (services.ticket_detail.JournalEntry) or
    waiting to be sent (sync.status.HistoryRecord)."""

    @property
    def kind(self) -> str: ...
    @property
    def field(self) -> str: ...
    @property
    def old_value(self) -> str: ...
    @property
    def new_value(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def channel(self) -> str: ...
    @property
    def direction(self) -> str: ...
    @property
    def duration_s(self) -> int: ...


class DescribeCounts(QObject):
    """Plural texts (pyside6-lupdate records a plural only for self.tr(text, "", n))."""

    def every_days(self, n: int) -> str:
        return self.tr("every %Ln day(s)", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%Ln hour(s)", "", n)

    def minutes(self, n: int) -> str:
        return self.tr("%Ln minute(s)", "", n)

    def seconds(self, n: int) -> str:
        return self.tr("%Ln second(s)", "", n)


def kind_label(kind: str) -> str:
    """What kind of history entry, in words."""
    table = {
        JournalKind.CREATED.value: labels.journal_kind_label("created"),
        JournalKind.FIELD_CHANGED.value: labels.journal_kind_label("field_changed"),
        JournalKind.NOTE.value: labels.journal_kind_label("note"),
        JournalKind.CONTACT_LOGGED.value: labels.journal_kind_label("contact_logged"),
        JournalKind.ASSIGNED.value: labels.journal_kind_label("assigned"),
        JournalKind.STATUS_CHANGED.value: labels.journal_kind_label("status_changed"),
        JournalKind.LINKED.value: labels.journal_kind_label("linked"),
        JournalKind.UNLINKED.value: labels.journal_kind_label("unlinked"),
        JournalKind.MERGED.value: labels.journal_kind_label("merged"),
        JournalKind.ESCALATED.value: labels.journal_kind_label("escalated"),
        JournalKind.ARTICLE_USED.value: labels.journal_kind_label("article_used"),
        JournalKind.LETTER_SENT.value: QCoreApplication.translate("Describe", "Letter sent"),
        JournalKind.LETTER_RECEIVED.value: QCoreApplication.translate(
            "Describe", "Letter received"
        ),
        JournalKind.MEMO_WRITTEN.value: QCoreApplication.translate("Describe", "Memo written"),
        JournalKind.ATTACHMENT_ADDED.value: QCoreApplication.translate("Describe", "File attached"),
    }
    return table.get(kind) or QCoreApplication.translate("Describe", "History entry")


def field_name(key: str) -> str:
    """A field's name; "Other field" for a key no table knows, never the key."""
    text = labels.field_label(key)
    if text != key:
        return text
    named = _extra_field_name(key)
    return named or other_field()


def other_field() -> str:
    """The name of a field no table knows (a newer version's, a removed one)."""
    return QCoreApplication.translate("Describe", "Other field")


def _extra_field(key: str) -> ExtraField | None:
    """A category's extra field by its key (custom_fields keys)."""
    catalogue = labels.used_catalogue()
    if catalogue is None:
        return None
    for category in catalogue.categories:
        for extra in category.fields:
            if extra.key == key:
                return extra
    return None


def _extra_field_name(key: str) -> str:
    extra = _extra_field(key)
    return extra.label.get(labels.ui_language()) if extra is not None else ""


def extra_value(key: str, value: object) -> str:
    """An extra field's value: a choice by its option's name."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        text = yes_no(value)
    extra = _extra_field(key)
    if extra is not None and extra.type is FieldType.CHOICE:
        option = next((o for o in extra.options if o.value == text), None)
        if option is not None:
            return option.label.get(labels.ui_language())
    return (
        QCoreApplication.translate("Describe", "Other value")
        if SNAKE_CASE.fullmatch(text)
        else text
    )


def yes_no(on: bool) -> str:
    if on:
        return QCoreApplication.translate("Describe", "Yes")
    return QCoreApplication.translate("Describe", "No")


def direction_label(code: str) -> str:
    table = {
        Direction.INBOUND.value: QCoreApplication.translate("Describe", "from the customer"),
        Direction.OUTBOUND.value: QCoreApplication.translate("Describe", "to the customer"),
    }
    return table.get(code) or QCoreApplication.translate("Describe", "Other value")


def duration_text(seconds: int) -> str:
    """How long a call lasted, in words ("4 minutes, 30 seconds")."""
    counts = DescribeCounts()
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(counts.hours(hours))
    if minutes:
        parts.append(counts.minutes(minutes))
    if secs or not parts:
        parts.append(counts.seconds(secs))
    return QCoreApplication.translate("Describe", ", ").join(parts)


def _number(value: str) -> str:
    try:
        return QLocale().toString(int(value))
    except ValueError:
        return value


@dataclass
class Describer:
    """Puts stored kinds, fields and values into words for one screen.

    ``ticket_number`` finds a ticket's number from its id (the screen looked
    the ids up with its data: services.ticket_detail.ticket_numbers)."""

    reference: ReferenceData
    zone: str
    rtl: bool
    ticket_number: TicketNumber = lambda _id: None

    # -- values --------------------------------------------------------------
    def value(self, key: str, value: str, empty: str = "—") -> str:
        """A stored value (as text) as the user knows it."""
        if key == "assignee_id" and not value:
            return QCoreApplication.translate("Describe", "Unassigned")
        if key == "group_id" and not value:
            return QCoreApplication.translate("Describe", "No queue")
        if value == "":
            return empty
        text = self._value(key, value)
        if key in CODE_FIELDS and SNAKE_CASE.fullmatch(text):
            return QCoreApplication.translate("Describe", "Other value")
        if UUID.search(text):
            return UUID.sub(QCoreApplication.translate("Describe", "another record"), text)
        return text

    def _value(self, key: str, value: str) -> str:
        ref = self.reference
        if key == "status":
            return labels.status_label(value)
        if key == "priority":
            try:
                return labels.priority_label(int(value))
            except ValueError:
                return QCoreApplication.translate("Describe", "Other value")
        if key == "channel":
            return labels.channel_label(value)
        if key == "category":
            return labels.category_label(value)
        if key == "direction":
            return direction_label(value)
        if key == "kind":
            return kind_label(value)
        if key == "role":
            return labels.role_label(value)
        if key == "group_id":
            return ref.group_name(value, self.rtl) or QCoreApplication.translate(
                "Describe", "A queue no longer in use"
            )
        if key == "assignee_id" or key == "author_id":
            return ref.user_name(value, self.rtl) or QCoreApplication.translate(
                "Describe", "Someone no longer at the desk"
            )
        if key == "branch_id":
            if value == ref.branch.id:
                return ref.branch.name_ar if self.rtl and ref.branch.name_ar else ref.branch.name
            return QCoreApplication.translate("Describe", "Another branch")
        if key in TICKET_ID_FIELDS:
            return self.ticket(value)
        if key in RECORD_FIELDS:
            return QCoreApplication.translate("Describe", "another record")
        if key in YES_NO_FIELDS:
            return yes_no(value.lower() in ("true", "1", "yes"))
        if key in MOMENT_FIELDS:
            return self.moment(value)
        if key == "follow_up_every_days":
            try:
                return DescribeCounts().every_days(int(value))
            except ValueError:
                return value
        if key == "satisfaction":
            return QCoreApplication.translate("Describe", "{score} of 5").format(
                score=_number(value)
            )
        if key in ("tier", "duration_s"):
            if key == "duration_s" and value.isdigit():
                return duration_text(int(value))
            return _number(value)
        if key == "custom_fields":
            return self.extra_values(value)
        return value

    def ticket(self, ticket_id: str) -> str:
        """A ticket's number (isolated in right-to-left text), never its id."""
        number = self.ticket_number(ticket_id)
        if number is None and not UUID.fullmatch(ticket_id):
            number = ticket_id  # an old entry that kept the number itself
        if not number:
            return QCoreApplication.translate("Describe", "a ticket not on this desk")
        return f"{FSI}{number}{PDI}" if self.rtl else number

    def moment(self, stored: str) -> str:
        try:
            moment = datetime.fromisoformat(stored)
        except ValueError:
            return stored
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return local_time(moment, self.zone)

    def extra_values(self, stored: str) -> str:
        """A category's extra field values (stored as JSON), each with its label."""
        try:
            values = json.loads(stored or "{}")
        except ValueError:
            return stored
        if not isinstance(values, dict):
            return stored
        parts = [
            f"{field_name(str(key))}: {extra_value(str(key), value)}"
            for key, value in values.items()
            if value not in (None, "")
        ]
        return QCoreApplication.translate("Describe", "; ").join(parts) or "—"

    # -- changes and entries -------------------------------------------------
    def change(self, key: str, old: str, new: str) -> str:
        """ "Field: old → new", the arrow the way the line reads."""
        change = labels.change_text(self.value(key, old), self.value(key, new), self.rtl)
        return f"{field_name(key)}: {change}"

    def changes(self, changes: list[tuple[str, str, str]]) -> str:
        separator = QCoreApplication.translate("Describe", "; ")
        return separator.join(self.change(*c) for c in changes)

    def contact(self, channel: str, direction: str, duration_s: int) -> str:
        """How a contact went: "Phone, to the customer, 4 minutes"."""
        parts = []
        if channel:
            parts.append(self.value("channel", channel))
        if direction:
            parts.append(direction_label(direction))
        if duration_s:
            parts.append(duration_text(duration_s))
        return QCoreApplication.translate("Describe", ", ").join(parts)

    def details(self, e: HistoryLike) -> list[str]:
        """The lines under an entry's heading: what changed, what was said."""
        kind = e.kind
        if kind in (JournalKind.LINKED, JournalKind.UNLINKED, JournalKind.MERGED):
            target = self.ticket(e.new_value) if e.new_value else e.body
            line = {
                JournalKind.LINKED.value: QCoreApplication.translate(
                    "Describe", "Linked to {number}"
                ),
                JournalKind.UNLINKED.value: QCoreApplication.translate(
                    "Describe", "No longer linked to {number}"
                ),
                JournalKind.MERGED.value: QCoreApplication.translate(
                    "Describe", "{number} was merged into this ticket"
                ),
            }[kind].format(number=target)
            return [line]
        if kind == JournalKind.ESCALATED:
            return journal_lines(e.field, e.old_value, e.new_value, e.body, self.value, self.rtl)
        lines: list[str] = []
        if kind in CORRESPONDENCE:
            # The body is the register's reference: an identifier, kept in its order.
            parts = [self.value("channel", e.channel)] if e.channel in LETTER_CHANNELS else []
            if e.body:
                parts.append(isolate(e.body) if self.rtl else e.body)
            return [QCoreApplication.translate("Describe", ", ").join(parts)] if parts else []
        if kind == JournalKind.ATTACHMENT_ADDED:
            return [own_direction(e.body)] if e.body else []
        if kind == JournalKind.CONTACT_LOGGED:
            facts = self.contact(e.channel, e.direction, e.duration_s)
            if facts:
                lines.append(facts)
        elif e.field:
            line = self.change(e.field, e.old_value, e.new_value)
            if e.channel:
                line = QCoreApplication.translate("Describe", "{change} (by {channel})").format(
                    change=line, channel=self.value("channel", e.channel)
                )
            lines.append(line)
        if e.body:
            lines.append(own_direction(e.body))
        return lines

    def entry(self, e: HistoryLike) -> str:
        """One line of what an entry is ("Note: …", "Status: New → Open")."""
        details = self.details(e)
        head = kind_label(e.kind)
        if not details:
            return head
        if e.kind in (
            JournalKind.NOTE,
            JournalKind.CREATED,
            JournalKind.CONTACT_LOGGED,
            JournalKind.ARTICLE_USED,
            *CORRESPONDENCE,
            JournalKind.ATTACHMENT_ADDED,
        ):
            return f"{head}: {' — '.join(details)}"
        return " — ".join(details)
