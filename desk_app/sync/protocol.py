"""The sync protocol's messages (see docs/sync-protocol.md). Shared, unchanged,
by the client and the server: one definition, so the two cannot drift.

Field values travel as JSON scalars: text, integers, null, and datetimes as
ISO 8601 text in UTC. Rows are keyed by their UUIDv7 ``id``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

# 2: push bodies are compressed (Content-Encoding, see sync.compression) and an
# insert no longer carries the columns the server sets itself.
PROTOCOL_VERSION = 2
# The oldest client protocol this code still serves. Version 1 never shipped:
# no desk speaks it, so it is not promised; a build that does is told to update.
MIN_PROTOCOL_VERSION = 2
PROTOCOL_HEADER = "X-Maktab-Protocol"

MAX_OPS_PER_PUSH = 500
# How far ahead of the server's wall clock an op's HLC may be. A desk whose
# clock runs ahead would otherwise win every later edit by HLC and drag every
# clock that observes it into the future; an op past this bound is refused
# (``clock_ahead``) and stays in the desk's outbox. The past is never bounded:
# a desk offline for weeks pushes old times, and that is normal.
MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000
MAX_PULL_LIMIT = 5_000
DEFAULT_PULL_LIMIT = 1_000

# Entities that synchronise, in the order a fresh replica must apply them
# (a row's references arrive before the row).
SYNCED_ENTITIES = (
    "branch",
    "app_user",
    "desk_group",
    "queue_member",
    "organisation",
    "customer",
    "asset",
    "ticket",
    "ticket_journal",
    "kb_article",
    # Correspondence (issue 15): an entry before the files attached to it.
    "register_entry",
    "attachment",
)

# Bookkeeping columns of every synced row that the server sets on each write
# (merge.py): an insert op leaves them out, and the server ignores them if sent.
# The row's ``id`` is not repeated in an insert's fields either: it is the op's
# ``entity_id``.
SERVER_SET_FIELDS = frozenset({"version", "updated_at", "origin_client_id", "deleted_at"})

Id = Annotated[str, Field(min_length=36, max_length=36, pattern=r"^[0-9a-f-]{36}$")]
Hlc = Annotated[str, Field(min_length=23, max_length=60, pattern=r"^\d{15}-\d{5}-[0-9a-f-]{1,36}$")]
Scalar = str | int | float | bool | None


class _Message(BaseModel):
    # Unknown keys are refused: a typo in a client must fail loudly, not be lost.
    model_config = ConfigDict(extra="forbid", frozen=True)


class OpKind(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class Op(_Message):
    """One local change, as queued in the client's outbox."""

    op_id: Id
    client_seq: int = Field(ge=1)
    entity: str = Field(max_length=40)
    entity_id: Id
    kind: OpKind
    # The row's version the change was made on (0 for an insert).
    base_version: int = Field(ge=0)
    hlc: Hlc
    # insert: every column but ``id`` and SERVER_SET_FIELDS; update: only the
    # changed fields, new values; delete: nothing. Values are Scalars; any
    # other JSON (an object, a list) is refused by the codec for this op only
    # (``invalid_value``), so one bad value never refuses the whole batch.
    fields: dict[str, Any] = Field(default_factory=dict, max_length=64)


class PushRequest(_Message):
    client_id: Id
    ops: list[Op] = Field(max_length=MAX_OPS_PER_PUSH)


class OpStatus(StrEnum):
    APPLIED = "applied"  # made on the current version; nothing else happened meanwhile
    MERGED = "merged"  # others changed other fields meanwhile; all of ours were kept
    CONFLICT = "conflict"  # a field was changed on both sides; see the conflict record
    REJECTED = "rejected"  # not applied at all; ``reason`` says why


class ConflictInfo(_Message):
    field: str
    kept: Scalar  # the value the row has now (the later writer by HLC)
    lost: Scalar  # the other side's value, kept for review
    kept_hlc: str
    lost_hlc: str


class OpResult(_Message):
    op_id: Id
    status: OpStatus
    reason: str = ""  # a code for REJECTED: see RejectReason
    version: int = 0  # the row's version after the op
    conflicts: list[ConflictInfo] = Field(default_factory=list)


class RejectReason(StrEnum):
    BRANCH_NOT_ALLOWED = "branch_not_allowed"
    UNKNOWN_ENTITY = "unknown_entity"
    UNKNOWN_FIELD = "unknown_field"
    NOT_FOUND = "not_found"
    INVALID_VALUE = "invalid_value"
    DELETED = "deleted"
    # The change itself is never allowed: an update or delete of an append-only
    # journal entry, a bookkeeping column (id, version, deleted_at …) in an
    # update, a directory row (people, branches, queues) written by a desk, a
    # shared row moved into a branch or the reverse.
    NOT_ALLOWED = "not_allowed"
    # The op's HLC is more than MAX_CLOCK_AHEAD_MS ahead of the server's clock:
    # the desk's clock is wrong. Nothing is applied; the op stays in the outbox.
    CLOCK_AHEAD = "clock_ahead"
    # The author (the token's person, never a field of the op) lacks the right
    # the change needs. Sent as ``not_permitted:<right>`` (permission_refusal),
    # so the desk says which right in the person's words.
    NOT_PERMITTED = "not_permitted"


def permission_refusal(right: str) -> str:
    """The reason of an op refused for want of ``right`` (a permissions.Right value)."""
    return f"{RejectReason.NOT_PERMITTED.value}:{right}"


def refused_right(reason: str) -> str | None:
    """The right named by a ``not_permitted:<right>`` reason, else None."""
    code, _, right = reason.partition(":")
    return right or None if code == RejectReason.NOT_PERMITTED.value else None


class PushResponse(_Message):
    results: list[OpResult]
    server_hlc: str


class Change(_Message):
    """The current state of one row that changed after the client's cursor."""

    seq: int
    entity: str
    entity_id: Id
    version: int
    hlc: str
    row: dict[str, Any]  # every column; deleted_at set for a tombstone


class PullResponse(_Message):
    changes: list[Change]
    cursor: str  # opaque; send it back unchanged
    has_more: bool
    # The cursor is older than the tombstone retention window: the client must
    # re-download everything (its outbox is kept and pushed as usual).
    resync_required: bool = False
    server_hlc: str = ""


class LoginRequest(_Message):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)
    device_name: str = Field(min_length=1, max_length=200)
    client_id: Id


class BranchInfo(_Message):
    id: Id
    code: str
    name: str


class TokenResponse(_Message):
    access_token: str
    refresh_token: str
    expires_in: int
    device_id: Id
    user_id: Id
    username: str
    display_name: str
    role: str
    branches: list[BranchInfo]


class RefreshRequest(_Message):
    refresh_token: str = Field(min_length=20, max_length=200)


class ErrorBody(_Message):
    """Every 4xx answer: a stable code for programs, a sentence for people."""

    code: str
    message: str
    supported: list[int] = Field(default_factory=list)


class ConflictNotice(_Message):
    """A conflict the server recorded while applying another desk's push.

    The desk that pushed learns of it in its push result; every other desk of
    the branch reads it here, so a desk whose value lost (or won) is told too:
    conflicts are shown on both sides, never hidden. Each side recognises its
    own value by the node of that value's HLC (its client id)."""

    id: Id
    entity: str
    entity_id: Id
    field: str
    kept: Scalar
    lost: Scalar
    kept_hlc: str
    lost_hlc: str
    created_at: str


class ConflictFeed(_Message):
    conflicts: list[ConflictNotice]
    cursor: str  # opaque; send it back unchanged to get the next ones
    has_more: bool
