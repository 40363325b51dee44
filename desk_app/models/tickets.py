"""Tickets and their append-only journal."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import ID_LENGTH, LOCAL_ONLY, Base, SyncedMixin, UtcDateTime
from desk_app.services.search_reach import SUBJECT_GROUP_SQL

SUBJECT_MAX = 300
DESCRIPTION_MAX = 64_000
NOTE_MAX = 64_000
# How the list sorts by SLA due time and by call-back time: a ticket without
# one sorts last. An index serves exactly each expression.
SLA_DUE_SORT = "ifnull(sla_due_at, '9999-12-31')"
FOLLOW_UP_SORT = "ifnull(follow_up_next_at, '9999-12-31')"
# The tickets still being worked, which most list views show. Each sort the
# list offers has a partial index over these alone (a tenth of a mature
# desk's tickets), so sorting them oldest or most urgent first never walks
# past the closed ones. The list query repeats this text exactly: SQLite uses
# a partial index only for a query that states its condition word for word.
OPEN_TICKETS = (
    "status IN ('new', 'open', 'waiting_customer', 'waiting_third_party') AND deleted_at IS NULL"
)
OPEN_SORT_KEYS: dict[str, tuple[str, ...]] = {
    "number": ("number",),
    "priority": ("priority", "last_activity_at"),
    "status": ("status", "last_activity_at"),
    "queue": ("ifnull(group_id, '')", "last_activity_at"),
    "assignee": ("ifnull(assignee_id, '')", "last_activity_at"),
    "created": ("created_at",),
    "last_activity": ("last_activity_at",),
    "sla_due": (SLA_DUE_SORT, "last_activity_at"),
    "follow_up": (FOLLOW_UP_SORT, "last_activity_at"),
    "tier": ("tier", "last_activity_at"),
    # An agent's or the unassigned open tickets by subject or customer: the
    # whole column's index would walk past every closed ticket for a page.
    "subject": ("subject",),
    "customer": ("customer_name",),
}
# "My follow-ups due": an agent's open tickets with a call-back due, read
# alone (a few hundred) whatever the sort, never all of the agent's tickets.
OPEN_CALL_BACKS_INDEX = "ix_ticket_open_callbacks_assignee"
OPEN_CALL_BACKS_KEYS = ("ifnull(assignee_id, '')", FOLLOW_UP_SORT, "last_activity_at")


def _open_sort_indexes() -> list[Index]:
    named = {f"ix_ticket_open_{name}": keys for name, keys in OPEN_SORT_KEYS.items()}
    named[OPEN_CALL_BACKS_INDEX] = OPEN_CALL_BACKS_KEYS
    return [
        Index(name, *(text(k) if "(" in k else k for k in keys), sqlite_where=text(OPEN_TICKETS))
        for name, keys in named.items()
    ]


class Ticket(SyncedMixin, Base):
    """One problem of one customer (the SOP: several problems, several tickets).

    ``row_no`` is a local integer key: it is what the full-text index and the
    list's keyset pagination refer to (an explicit INTEGER PRIMARY KEY survives
    VACUUM; an implicit rowid does not). It never leaves this database: other
    replicas know the ticket by its UUIDv7 ``id``.
    """

    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("id", name="uq_ticket_id"),
        # Every sort column the list offers has an index that serves it.
        Index("ix_ticket_last_activity_at", "last_activity_at"),
        Index("ix_ticket_created_at", "created_at"),
        Index("ix_ticket_number", "number"),
        Index("ix_ticket_subject", "subject"),
        Index("ix_ticket_customer_name", "customer_name"),
        Index("ix_ticket_priority_last", "priority", "last_activity_at"),
        Index("ix_ticket_status_last", "status", "last_activity_at"),
        Index("ix_ticket_group_last", "group_id", "last_activity_at"),
        Index("ix_ticket_assignee_last", "assignee_id", "last_activity_at"),
        Index("ix_ticket_customer_id", "customer_id"),
        # Sorting by queue or assignee puts unassigned rows together (NULL-safe).
        Index("ix_ticket_queue_sort", text("ifnull(group_id, '')"), "last_activity_at"),
        Index("ix_ticket_assignee_sort", text("ifnull(assignee_id, '')"), "last_activity_at"),
        # The SLA column and "breaching soon": no running clock sorts last.
        Index("ix_ticket_sla_sort", text(SLA_DUE_SORT), "last_activity_at"),
        # Complaints by status, read without the rows (the view's count).
        Index(
            "ix_ticket_complaint_status",
            "status",
            sqlite_where=text("complaint = 1 AND deleted_at IS NULL"),
        ),
        # Tombstones alone: "all tickets" is counted as rows minus these.
        Index("ix_ticket_tombstones", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL")),
        Index("ix_ticket_follow_up_sort", text(FOLLOW_UP_SORT), "last_activity_at"),
        # A search sorted by subject walks only the subject groups holding
        # its words (services.search_reach): the same order as ix_ticket_subject.
        Index("ix_ticket_subject_group", text(SUBJECT_GROUP_SQL), "subject"),
        Index("ix_ticket_tier_last", "tier", "last_activity_at"),
        # The escalation views read the few escalated tickets alone.
        Index(
            "ix_ticket_escalated",
            "escalation_kind",
            "last_activity_at",
            sqlite_where=text("escalation_kind IS NOT NULL"),
        ),
        # The automatic rules read only the tickets whose next rule is due.
        Index(
            "ix_ticket_escalation_due",
            "escalation_due_at",
            sqlite_where=text("escalation_due_at IS NOT NULL"),
        ),
        *_open_sort_indexes(),
    )

    row_no: Mapped[int] = mapped_column(
        Integer, primary_key=True, autoincrement=True, info=LOCAL_ONLY
    )
    id: Mapped[str] = mapped_column(String(ID_LENGTH), nullable=False)

    branch_id: Mapped[str] = mapped_column(String(ID_LENGTH), ForeignKey("branch.id"))
    number: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    subject: Mapped[str] = mapped_column(String(SUBJECT_MAX), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    category: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    priority: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(24), nullable=False)
    tier: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    group_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("desk_group.id"), nullable=True
    )
    assignee_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("app_user.id"), nullable=True
    )
    customer_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("customer.id"), nullable=True
    )
    # The requester's name as given on the contact: shown and sorted in the list
    # without a join, and true to what the customer said even if the customer
    # record is renamed later.
    customer_name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    asset_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("asset.id"), nullable=True
    )
    equipment_location: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    account_ref: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    licence_ref: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    product_ref: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    last_activity_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The customer is angry or this is a formal complaint: flagged in the list.
    complaint: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=text("0")
    )
    # Per-category extra fields, {field key: value}, as JSON text.
    custom_fields: Mapped[str] = mapped_column(
        Text, nullable=False, default="{}", server_default="{}"
    )
    # Recorded on resolving: why it happened and what solved it; the
    # customer's satisfaction (1-5) when it was asked.
    resolution_cause: Mapped[str] = mapped_column(
        String(100), nullable=False, default="", server_default=""
    )
    solution: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # "Call back every N days until solved": the next call is due at
    # follow_up_next_at; logging a contact moves it on.
    follow_up_every_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    follow_up_next_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # A ticket merged into another keeps its journal and points at the survivor.
    merged_into_id: Mapped[str | None] = mapped_column(String(ID_LENGTH), nullable=True)
    # SLA clocks as this desk computed them from the journal (services.sla).
    # Derived, so they never travel: every replica computes the same from the
    # same journal. sla_due_at is the nearest running target, for sorting.
    sla_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True, info=LOCAL_ONLY)
    sla_state: Mapped[str] = mapped_column(
        String(12), nullable=False, default="", server_default="", info=LOCAL_ONLY
    )
    # The latest escalation as this desk reads it from the journal
    # (services.escalation_state), for the list's escalation views; derived
    # like the clocks, so never sent. The queue is kept while the ticket is
    # still in the queue it was sent to; the person while a request for their
    # attention is unanswered (or the person a ticket was returned to).
    escalation_kind: Mapped[str | None] = mapped_column(String(16), nullable=True, info=LOCAL_ONLY)
    escalated_at: Mapped[datetime | None] = mapped_column(
        UtcDateTime, nullable=True, info=LOCAL_ONLY
    )
    escalated_queue_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), nullable=True, info=LOCAL_ONLY
    )
    escalated_to_user_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), nullable=True, info=LOCAL_ONLY
    )
    # When the next automatic escalation rule of the ticket falls due (None:
    # none will while nothing changes: paused, done, every rule fired).
    escalation_due_at: Mapped[datetime | None] = mapped_column(
        UtcDateTime, nullable=True, info=LOCAL_ONLY
    )


class TicketJournal(SyncedMixin, Base):
    """Append-only history of a ticket. Triggers refuse UPDATE and DELETE, so
    merging two offline replicas is a union of entries, never an overwrite."""

    __tablename__ = "ticket_journal"
    __table_args__ = (
        Index("ix_ticket_journal_ticket_at", "ticket_id", "at"),
        # An article's use count (services.knowledge) reads its entries alone.
        Index(
            "ix_ticket_journal_article_used",
            "new_value",
            sqlite_where=text("kind = 'article_used'"),
        ),
    )

    ticket_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("ticket.id"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    # When it happened on the device that recorded it (SLA clocks use this).
    at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    author_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("app_user.id"), nullable=True
    )
    author_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    field: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    old_value: Mapped[str] = mapped_column(Text, nullable=False, default="")
    new_value: Mapped[str] = mapped_column(Text, nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    channel: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    direction: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    duration_s: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class TicketNumberSeries(Base):
    """Local allocator of human ticket numbers. Keyed by branch, station and
    year: each desk station of a branch has its own series, so two machines
    working offline can never hand out the same number."""

    __tablename__ = "ticket_number_series"

    prefix: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class SearchReach(Base):
    """For each word of the search index, the assignees ("a", nobody is '')
    and subject groups ("s") with tickets holding it, and how many
    (services.search_reach). Kept by triggers (migration 0012) in the same
    transaction as every ticket write; a row at zero is removed. Local only."""

    __tablename__ = "search_reach"
    __table_args__ = ({"sqlite_with_rowid": False},)

    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    term: Mapped[str] = mapped_column(Text, primary_key=True)
    grp: Mapped[str] = mapped_column(Text, primary_key=True)
    n: Mapped[int] = mapped_column(Integer, nullable=False)
