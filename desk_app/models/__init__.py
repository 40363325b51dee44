"""Typed tables of the local database. No Qt, no I/O."""

from desk_app.models.base import Base, SyncedMixin
from desk_app.models.customers import Asset, Customer, Organisation
from desk_app.models.directory import Branch, DeskGroup, User
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
from desk_app.models.sync_state import (
    OutboxOp,
    ParkedChange,
    ResyncSeen,
    SyncConflict,
    SyncState,
)
from desk_app.models.tickets import Ticket, TicketJournal, TicketNumberSeries

__all__ = [
    "Asset",
    "Base",
    "Branch",
    "Channel",
    "Customer",
    "DeskGroup",
    "Direction",
    "JournalKind",
    "OpKind",
    "Organisation",
    "OutboxOp",
    "OutboxState",
    "ParkedChange",
    "Priority",
    "ResyncSeen",
    "Role",
    "Status",
    "SyncConflict",
    "SyncState",
    "SyncedMixin",
    "Ticket",
    "TicketJournal",
    "TicketNumberSeries",
    "Tier",
    "User",
]
