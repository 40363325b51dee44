"""Plain data the sync engine reports and the UI shows (no Qt, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from datetime import datetime
from enum import StrEnum

# The problem of a desk whose wall clock is ahead of the server's by more than
# the server accepts: its changes wait, refused, until the clock is corrected.
CLOCK_AHEAD = "clock_ahead"


class SyncState(StrEnum):
    NOT_CONFIGURED = "not_configured"  # no server: the office works alone
    SIGNED_OUT = "signed_out"  # a server is set but nobody has signed in
    OFFLINE = "offline"  # the server cannot be reached; retrying with backoff
    SYNCING = "syncing"
    SYNCED = "synced"
    ERROR = "error"  # reachable but refusing (protocol too old, device revoked …)


@dataclass(frozen=True)
class SyncStatus:
    state: SyncState
    last_synced_at: datetime | None = None
    pending: int = 0  # outbox ops waiting to be pushed
    rejected: int = 0  # outbox ops the server refused (kept, shown)
    conflicts: int = 0  # unresolved conflict records
    # A stable code for ERROR/OFFLINE (e.g. "protocol_too_old", "device_revoked",
    # "unreachable", "no_keyring"); the UI turns it into a sentence.
    problem: str = ""
    # With the clock_ahead problem: how far (ms) this desk's wall clock is
    # ahead of the server's time, for "about N hours".
    clock_ahead_ms: int = 0


@dataclass(frozen=True)
class FieldChange:
    """One field of a queued edit: the stored values before and after, as text."""

    field: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryRecord:
    """A ticket history entry waiting to be sent, as the UI words it."""

    kind: str
    field: str = ""
    old_value: str = ""
    new_value: str = ""
    body: str = ""
    channel: str = ""
    direction: str = ""
    duration_s: int = 0


@dataclass(frozen=True)
class OutboxEntry:
    client_seq: int
    entity: str
    entity_id: str
    kind: str  # insert / update / delete
    state: str  # pending / rejected
    error: str  # the server's reason code for a rejected op
    created_at: datetime
    summary: str  # e.g. the ticket number and the fields changed (for logs)
    # The same in parts the UI puts into words (codes and ids, never shown raw):
    number: str = ""  # the ticket's number, for a ticket or its history
    changes: tuple[FieldChange, ...] = ()  # an edit: each field before and after
    history: HistoryRecord | None = None  # a new history entry
    ticket_numbers: dict[str, str] = _field(default_factory=dict)  # ids in the values


@dataclass(frozen=True)
class ConflictEntry:
    id: str
    entity: str
    entity_id: str
    label: str  # what the user recognises: the ticket number and subject
    field: str
    mine: str  # this desk's value
    theirs: str  # the value from the other replica
    mine_hlc: str
    theirs_hlc: str
    kept: str  # "mine" or "theirs": which one the row has now
    created_at: datetime
    ticket_numbers: dict[str, str] = _field(default_factory=dict)  # ids in the values
