"""What a desk may not push even inside its own branches: the server trusts a
desk only as far as its token (docs/sync-protocol.md, "Push").

- Directory rows (every table of ``models/directory.py``: branches, people,
  queues) are written by the administrator (``desk-admin``, server/directory.py).
  A desk never inserts or deletes a branch or a person; it may change only the
  few display fields of DESK_EDITABLE, and a person only their own name —
  except where its person holds the right (server.law): a branch's queues
  (CONFIGURE_QUEUES) and other people's name, role and activation
  (MANAGE_USERS, never above the manager's own level).
- A queue's members (``queue_member``) are the exception: a desk whose person
  may configure queues (server.law) adds and removes them; a membership keeps
  its person and queue (its id derives from the pair).
- A row shared by every branch (no branch) stays shared, and a branch's row
  never becomes shared: either move would take it from, or show it to,
  branches that did not ask.
- A ticket number belongs to the branch whose code prefixes it; a desk cannot
  take another branch's numbers (that branch's own insert would then be
  refused forever). So does a letter register reference, which never changes.
- Every row a pushed row refers to must be one the pusher can see.
- An op stamped further ahead of the server's clock than MAX_CLOCK_AHEAD_MS is
  refused: a wrong clock would otherwise win every later edit.

Each rule answers the RejectReason of a refusal, or None.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import cast

from sqlalchemy import Connection, Table, select

from desk_app.models import Base, Branch
from desk_app.server.law import Law
from desk_app.server.scope import UnknownScope, referenced_branch, references, visible
from desk_app.services.hlc import Timestamp
from desk_app.services.register import REFERENCE_LETTER, RegisterChannel, RegisterDirection
from desk_app.sync.protocol import MAX_CLOCK_AHEAD_MS, Op, OpKind, RejectReason, Scalar

# Written by desks within their rights (server.law), not by the administrator only.
TEAM_ENTITIES = frozenset({"queue_member"})
DIRECTORY_ENTITIES = (
    frozenset(
        cast(Table, mapper.local_table).name
        for mapper in Base.registry.mappers
        if mapper.class_.__module__ == "desk_app.models.directory"
    )
    - TEAM_ENTITIES
)
# What a desk may change on a directory row it can see: how a branch and a
# person are called. Codes, roles, activation, branches, time zones, weekends
# and queues shape every desk of the branch (numbers, rights, SLA clocks,
# routing), so only the administrator changes them.
DESK_EDITABLE: dict[str, frozenset[str]] = {
    "branch": frozenset({"name", "name_ar"}),
    "app_user": frozenset({"display_name"}),
}

_branches = Branch.__table__
REGISTER_DIRECTIONS = frozenset(d.value for d in RegisterDirection)
REGISTER_CHANNELS = frozenset(c.value for c in RegisterChannel)


def clock_ahead(op: Op, now: datetime) -> bool:
    """Whether the op's HLC is further ahead of ``now`` than the bound allows.
    Only the future is bounded: an offline desk pushes old times, rightly."""
    now_ms = int(now.timestamp() * 1000)
    return Timestamp.decode(op.hlc).wall_ms > now_ms + MAX_CLOCK_AHEAD_MS


def directory_change(
    op: Op,
    current: Mapping[str, Scalar] | None,
    fields: Mapping[str, Scalar],
    user_id: str,
) -> RejectReason | None:
    if op.entity in TEAM_ENTITIES:
        pair = ("user_id", "group_id")
        moved = current is not None and any(
            name in fields and fields[name] != current.get(name) for name in pair
        )
        return RejectReason.NOT_ALLOWED if moved else None
    if op.entity not in DIRECTORY_ENTITIES:
        return None
    if op.entity == "desk_group":
        return _queue_change(op, current, fields)
    if current is None or op.kind is not OpKind.UPDATE:
        return RejectReason.NOT_ALLOWED  # created and retired by the administrator only
    changed = {name for name, value in fields.items() if value != current.get(name)}
    editable = DESK_EDITABLE.get(op.entity, frozenset())
    if op.entity == "app_user" and op.entity_id != user_id:
        # Another person: their name, role and activation, by one who may
        # manage people (server.law); never their username or branch.
        editable = RIGHTED_FIELDS["app_user"]
    return RejectReason.NOT_ALLOWED if changed - editable else None


# What a desk may change beyond DESK_EDITABLE when its person holds the right
# (server.law.DIRECTORY_RIGHTS): a queue of a branch, another person.
RIGHTED_FIELDS: dict[str, frozenset[str]] = {
    "desk_group": frozenset({"name", "name_ar", "tier"}),
    "app_user": frozenset({"display_name", "role", "active"}),
}


def _queue_change(
    op: Op, current: Mapping[str, Scalar] | None, fields: Mapping[str, Scalar]
) -> RejectReason | None:
    """A branch's queues are configured from its desks (by one who may, see
    server.law); queues shared by every branch only by the administrator."""
    if current is None:
        shared = fields.get("branch_id") is None
        return RejectReason.NOT_ALLOWED if op.kind is not OpKind.INSERT or shared else None
    if current.get("branch_id") is None:
        return RejectReason.NOT_ALLOWED
    if op.kind is OpKind.DELETE:
        return None
    changed = {name for name, value in fields.items() if value != current.get(name)}
    return RejectReason.NOT_ALLOWED if changed - RIGHTED_FIELDS["desk_group"] else None


def sharing_changed(current_branch: str | None, branch: str | None) -> bool:
    """A shared row (no branch) moved into a branch, or a branch's row made shared."""
    return (current_branch is None) != (branch is None)


def number_prefix(number: str) -> str | None:
    """PREFIX of PREFIX-YEAR-SERIAL (services.numbering); None if malformed."""
    parts = number.rsplit("-", 2)
    if len(parts) != 3 or not parts[0]:
        return None
    if not all(p.isascii() and p.isdigit() for p in parts[1:]):
        return None
    return parts[0]


def reference_prefix(reference: str) -> str | None:
    """PREFIX of a register reference PREFIX-YEAR-LNNNNNN (services.register);
    None if malformed."""
    parts = reference.rsplit("-", 2)
    if len(parts) != 3 or not parts[0] or not parts[1].isascii() or not parts[1].isdigit():
        return None
    serial = parts[2]
    if not serial.startswith(REFERENCE_LETTER) or not serial[1:].isascii():
        return None
    return parts[0] if serial[1:].isdigit() else None


def prefix_owner(prefix: str, codes: Mapping[str, str]) -> str | None:
    """The branch a number prefix belongs to: the branch code plus an optional
    station. The longest code that begins the prefix owns it, so branch RYD2
    keeps its numbers even beside a station "2" of branch RYD."""
    owner = max((code for code in codes if prefix.startswith(code)), key=len, default=None)
    return None if owner is None else codes[owner]


@dataclass
class Judge:
    """The trust rules of one push, with what they read once per push."""

    conn: Connection
    branches: frozenset[str]
    law: Law | None = None  # the rights rules (server.law), judged after these
    _codes: dict[str, str] | None = field(default=None, init=False)

    def branch_codes(self) -> dict[str, str]:
        """Code → branch id, retired branches too (their numbers stay theirs)."""
        if self._codes is None:
            rows = self.conn.execute(select(_branches.c.code, _branches.c.id))
            self._codes = {str(code): str(branch_id) for code, branch_id in rows}
        return self._codes

    def ticket_number(
        self, current: Mapping[str, Scalar] | None, fields: Mapping[str, Scalar], branch: str | None
    ) -> RejectReason | None:
        number = fields.get("number")
        if not isinstance(number, str) or (current is not None and number == current.get("number")):
            return None  # unchanged: a ticket moved to another branch keeps its number
        prefix = number_prefix(number)
        if prefix is None:
            return RejectReason.INVALID_VALUE
        owner = prefix_owner(prefix, self.branch_codes())
        return None if owner == branch else RejectReason.BRANCH_NOT_ALLOWED

    def register_entry(
        self, current: Mapping[str, Scalar] | None, fields: Mapping[str, Scalar], branch: str | None
    ) -> RejectReason | None:
        """A register reference is its branch's, as a ticket number is, and
        never changes once given; direction and channel are the register's
        words (services.register), never a desk's invention."""
        if current is not None:
            reference = fields.get("reference")
            if reference is not None and reference != current.get("reference"):
                return RejectReason.NOT_ALLOWED
        else:
            prefix = reference_prefix(str(fields.get("reference") or ""))
            if prefix is None:
                return RejectReason.INVALID_VALUE
            if prefix_owner(prefix, self.branch_codes()) != branch:
                return RejectReason.BRANCH_NOT_ALLOWED
        for name, allowed in (("direction", REGISTER_DIRECTIONS), ("channel", REGISTER_CHANNELS)):
            if name in fields and fields[name] not in allowed:
                return RejectReason.INVALID_VALUE
        return None

    def references(
        self, entity: str, current: Mapping[str, Scalar] | None, fields: Mapping[str, Scalar]
    ) -> RejectReason | None:
        """Every row the op makes this row refer to exists and is visible to the
        pusher. A missing row and another branch's get the same answer, so an
        id from another branch reveals nothing."""
        for name, target in references(entity).items():
            value = fields.get(name)
            if value is None or (current is not None and current.get(name) == value):
                continue
            try:
                branch = referenced_branch(self.conn, target, str(value))
            except UnknownScope:
                return RejectReason.INVALID_VALUE
            if not visible(branch, self.branches):
                return RejectReason.INVALID_VALUE
        return None
