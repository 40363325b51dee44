"""Typed tables of the local database. No Qt, no I/O."""

from desk_app.models.base import Base, SyncedMixin
from desk_app.models.correspondence import Attachment, RegisterEntry
from desk_app.models.customers import Asset, Customer, Organisation
from desk_app.models.directory import Branch, DeskGroup, QueueMember, User
from desk_app.models.enums import (
    Channel,
    Direction,
    JournalKind,
    OpKind,
    OutboxState,
    Priority,
    Role,
    Status,
    Tier,
)
from desk_app.models.knowledge import KbArticle
from desk_app.models.metrics import TicketFactEvent, TicketFacts
from desk_app.models.people import AuditEntry, LocalSecret
from desk_app.models.sync_state import (
    OutboxOp,
    ParkedChange,
    ResyncSeen,
    SyncConflict,
    SyncState,
)
from desk_app.models.tickets import SearchReach, Ticket, TicketJournal, TicketNumberSeries

__all__ = [
    "Asset",
    "Attachment",
    "AuditEntry",
    "Base",
    "Branch",
    "Channel",
    "Customer",
    "DeskGroup",
    "Direction",
    "JournalKind",
    "KbArticle",
    "LocalSecret",
    "OpKind",
    "Organisation",
    "OutboxOp",
    "OutboxState",
    "ParkedChange",
    "Priority",
    "QueueMember",
    "RegisterEntry",
    "ResyncSeen",
    "Role",
    "SearchReach",
    "Status",
    "SyncConflict",
    "SyncState",
    "SyncedMixin",
    "Ticket",
    "TicketFactEvent",
    "TicketFacts",
    "TicketJournal",
    "TicketNumberSeries",
    "Tier",
    "User",
]
