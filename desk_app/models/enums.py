"""Closed vocabularies of the desk. Stored as short text so that a database
read by a person, a report or another version of the app stays meaningful."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Channel(StrEnum):
    """How the customer reached the desk (SOP seeds 002/003)."""

    PHONE = "phone"
    EMAIL = "email"
    FAX = "fax"
    LETTER = "letter"
    FACE_TO_FACE = "face_to_face"
    CHAT = "chat"
    WEB = "web"

    @property
    def is_written(self) -> bool:
        """Written correspondence carries the 48-hour reply target."""
        return self in (Channel.EMAIL, Channel.FAX, Channel.LETTER)


class Status(StrEnum):
    NEW = "new"
    OPEN = "open"
    WAITING_CUSTOMER = "waiting_customer"
    WAITING_THIRD_PARTY = "waiting_third_party"
    RESOLVED = "resolved"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self not in (Status.RESOLVED, Status.CLOSED)


class Priority(IntEnum):
    """The SOP's company criteria, most urgent first (lower sorts first)."""

    ENTERPRISE_FAILURE = 1
    CRITICAL = 2
    REGULAR = 3
    PLANNED = 4


class Tier(IntEnum):
    """Customer service tiers 0-3 (seed 004)."""

    SELF_SERVICE = 0
    FIRST_LINE = 1
    SPECIALIST = 2
    EXPERT = 3


class Role(StrEnum):
    """SFIA customer service support levels 1-6 (seeds 000/001)."""

    INTAKE = "intake"  # level 1
    AGENT = "agent"  # level 2
    SENIOR_AGENT = "senior_agent"  # level 3
    TEAM_LEAD = "team_lead"  # level 4
    SUPERVISOR = "supervisor"  # level 5
    ADMIN = "admin"  # level 6


class JournalKind(StrEnum):
    """What an append-only journal entry records."""

    CREATED = "created"
    FIELD_CHANGED = "field_changed"
    NOTE = "note"
    CONTACT_LOGGED = "contact_logged"
    ASSIGNED = "assigned"
    STATUS_CHANGED = "status_changed"
    # Relations between tickets. Kept in the journal (append-only, merged by
    # union) rather than in a table, so links made on two offline desks meet.
    LINKED = "linked"
    UNLINKED = "unlinked"
    MERGED = "merged"  # on the surviving ticket; new_value = the merged ticket's id
    # The contact was answered by a knowledge base article (tier 0, resolved
    # at first contact); new_value = the article's id, body = its title then
    # (what the history shows: never the id).
    ARTICLE_USED = "article_used"
    # An escalation (services.escalation): field = its kind, old_value = the
    # queue it left, new_value = JSON of the rest, body = the note. An event
    # of its own, not a queue change: the move it makes is journalled beside it.
    ESCALATED = "escalated"
    # Correspondence (issue 15): new_value = the register entry's id, body =
    # its reference then (what the history shows), channel = its channel.
    LETTER_SENT = "letter_sent"
    LETTER_RECEIVED = "letter_received"
    MEMO_WRITTEN = "memo_written"
    # A file attached to the ticket: new_value = the attachment's id, body =
    # its file name then.
    ATTACHMENT_ADDED = "attachment_added"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class OutboxState(StrEnum):
    PENDING = "pending"
    REJECTED = "rejected"


class OpKind(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
