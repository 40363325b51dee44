"""What an escalation is, as plain values (services.escalation does it).

Kept apart so the list, the server's law and the dialog read the kinds,
reasons and rights without the writing code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desk_app.services.permissions import Right
from desk_app.services.sla import SlaClocks, Target


class EscalationKind(StrEnum):
    FUNCTIONAL = "functional"  # another queue, same tier
    UP = "up"  # a queue of a higher tier
    HIERARCHICAL = "hierarchical"  # ask a lead/supervisor, ticket stays
    RETURNED = "returned"  # de-escalation to a lower tier, with instructions


class Reason(StrEnum):
    SPECIALIST = "specialist"
    TIME_EXCEEDED = "time_exceeded"
    CUSTOMER_ASKED = "customer_asked"
    COMPLAINT = "complaint"
    LEGAL_FINANCIAL = "legal_financial"
    OTHER = "other"


# The right each kind needs (the server asks the same: server.law).
RIGHT_OF: dict[EscalationKind, Right] = {
    EscalationKind.FUNCTIONAL: Right.ESCALATE_WITHIN_TIER,
    EscalationKind.UP: Right.ESCALATE_UP,
    EscalationKind.HIERARCHICAL: Right.ESCALATE_WITHIN_TIER,
    EscalationKind.RETURNED: Right.DE_ESCALATE,
}
MOVING = frozenset({EscalationKind.FUNCTIONAL, EscalationKind.UP, EscalationKind.RETURNED})


@dataclass(frozen=True)
class EscalationRequest:
    ticket_id: str
    kind: EscalationKind
    reason: Reason
    note: str
    to_queue_id: str | None = None
    to_user_id: str | None = None
    new_priority: int | None = None
    inform_customer: bool = False


@dataclass(frozen=True)
class QueueChoice:
    id: str
    name: str
    name_ar: str
    tier: int


@dataclass(frozen=True)
class PersonChoice:
    id: str
    name: str
    role: str


@dataclass(frozen=True)
class EscalationTargets:
    """Where the acting person may send this ticket, kind by kind (an empty
    tuple where their rights allow none)."""

    tier: int
    queue_id: str | None
    functional: tuple[QueueChoice, ...]
    up: tuple[QueueChoice, ...]
    returned: tuple[QueueChoice, ...]
    leads: tuple[PersonChoice, ...]


@dataclass(frozen=True)
class DueChange:
    target: str  # services.sla Target value
    before: datetime | None
    after: datetime | None


@dataclass(frozen=True)
class SlaEffect:
    changes: tuple[DueChange, ...]
    restarts: tuple[str, ...]  # targets whose clock starts again
    priority_before: int
    priority_after: int


@dataclass(frozen=True)
class EscalationInfo:
    entry_id: str
    kind: EscalationKind
    reason: Reason
    note: str
    from_queue_id: str | None
    to_queue_id: str | None
    from_tier: int | None
    to_tier: int | None
    by_id: str | None
    by_name: str
    to_user_id: str | None
    at: datetime
    automatic: bool


def effect_of(
    before: SlaClocks, after: SlaClocks, priority_before: int, priority_after: int
) -> SlaEffect:
    """What the clocks before and after a change show: each target's due
    time both ways, and the targets whose clock starts again."""
    changes: list[DueChange] = []
    restarts: list[str] = []
    for target in Target:
        old, new = before.clock(target), after.clock(target)
        if old is None and new is None:
            continue
        changes.append(
            DueChange(
                target.value,
                None if old is None else old.due_at,
                None if new is None else new.due_at,
            )
        )
        was_running = old is not None and old.met_at is None
        if new is not None and new.met_at is None and not was_running:
            restarts.append(target.value)
    return SlaEffect(tuple(changes), tuple(restarts), priority_before, priority_after)
