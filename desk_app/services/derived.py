"""Values of a row that follow from its other values (pure functions, no I/O).

A ticket's ``closed_at`` follows its status and its ``tier`` follows its
queue. They are never merged as fields of their own: two desks could then
each win one half of a pair and leave a waiting ticket with a closing time,
or a tier-2 ticket in a tier-1 queue. Every replica computes them here from
the values it ends with (docs/sync-protocol.md, "Derived fields and
invariants"):

- the desk when it edits a ticket (``services.tickets``);
- the desk after a pulled page, where a field it still has pending keeps its
  local value beside pulled ones (``sync.pull``);
- the server after merging an op (``sync.merge.settle_derived``), which
  ignores whatever derived values a desk sends.

The invariants, true of every ticket on every replica:

- ``closed_at`` is set exactly when the status is resolved or closed. It is
  the wall time of the HLC of the write that moved the status to that value,
  and stays while the status does.
- ``tier`` is the tier of the ticket's queue; a ticket in no queue is first
  line (as intake files it).

Values are passed through untouched, so the same functions serve the desk
(datetimes) and the server (wire text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from desk_app.models.enums import Status, Tier
from desk_app.services.hlc import Timestamp

# The derived fields of each entity, and the field each one follows.
DERIVED: dict[str, dict[str, str]] = {"ticket": {"closed_at": "status", "tier": "group_id"}}
CLOSED_STATUSES = frozenset(s.value for s in Status if not s.is_open)
NO_QUEUE_TIER = int(Tier.FIRST_LINE)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

T = TypeVar("T")
TierLookup = Callable[[str], int | None]


def derived_fields(entity: str) -> frozenset[str]:
    return frozenset(DERIVED.get(entity, ()))


def without_derived(entity: str, fields: Mapping[str, T]) -> dict[str, T]:
    """``fields`` less the ones this entity derives (a desk never decides them)."""
    derived = DERIVED.get(entity)
    if not derived:
        return dict(fields)
    return {name: value for name, value in fields.items() if name not in derived}


def sources_of(entity: str, names: Iterable[str]) -> frozenset[str]:
    """The derived fields that follow any of ``names``."""
    derived = DERIVED.get(entity, {})
    wanted = set(names)
    return frozenset(name for name, source in derived.items() if source in wanted)


def hlc_time(hlc: str) -> datetime:
    """The wall time of an encoded HLC, an aware UTC datetime (exact to the ms)."""
    return _EPOCH + timedelta(milliseconds=Timestamp.decode(hlc).wall_ms)


def is_closed(status: object) -> bool:
    return status in CLOSED_STATUSES


def closed_at(
    status: object, previous_status: object, previous_closed_at: T, changed_at: T
) -> T | None:
    """``closed_at`` for ``status``. ``previous_status`` and ``previous_closed_at``
    are a pair known to belong together (the row before the edit or merge);
    ``changed_at`` is when the status took its value (its write's HLC time)."""
    if not is_closed(status):
        return None
    if status == previous_status and previous_closed_at is not None:
        return previous_closed_at
    return changed_at


def tier(group_id: str | None, tier_of: TierLookup, current: int | None) -> int:
    """The tier of queue ``group_id``; a queue not known here keeps ``current``."""
    if group_id is None:
        return NO_QUEUE_TIER
    found = tier_of(group_id)
    if found is not None:
        return int(found)
    return NO_QUEUE_TIER if current is None else int(current)


def ticket_fields(
    values: Mapping[str, Any],
    *,
    previous: Mapping[str, Any] | None,
    changed_at: Any,
    tier_of: TierLookup,
) -> dict[str, Any]:
    """The derived fields of a ticket whose (merged) values are ``values``.

    ``previous`` is a row whose status and closed_at belong together (the
    ticket before this edit or merge, or the row the status came from), None
    for a new ticket; ``changed_at`` is the time of the status's write."""
    before = previous or {}
    return {
        "closed_at": closed_at(
            values.get("status"), before.get("status"), before.get("closed_at"), changed_at
        ),
        "tier": tier(values.get("group_id"), tier_of, values.get("tier")),
    }


def derive(
    entity: str,
    values: Mapping[str, Any],
    *,
    previous: Mapping[str, Any] | None,
    changed_at: Any,
    tier_of: TierLookup,
) -> dict[str, Any]:
    """Derived fields of any entity (none for most)."""
    if entity == "ticket":
        return ticket_fields(values, previous=previous, changed_at=changed_at, tier_of=tier_of)
    return {}


def violations(values: Mapping[str, Any], tier_of: TierLookup) -> list[str]:
    """What is wrong with a ticket's derived fields (empty: the invariants
    hold). Used by tests and checks on any replica."""
    problems: list[str] = []
    if is_closed(values.get("status")) != (values.get("closed_at") is not None):
        problems.append(
            f"closed_at {values.get('closed_at')!r} with status {values.get('status')!r}"
        )
    group_id = values.get("group_id")
    expected = NO_QUEUE_TIER if group_id is None else tier_of(group_id)
    if expected is not None and values.get("tier") != expected:
        problems.append(f"tier {values.get('tier')!r} in queue {group_id!r} of tier {expected}")
    return problems
