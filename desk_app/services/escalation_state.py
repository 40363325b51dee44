"""How an escalation is kept in the journal, and what the ticket row keeps of
it for the list (no rights, no writes: services.escalation writes).

An escalation is one journal entry of kind ESCALATED:

- ``field``: the kind (functional, up, hierarchical, returned);
- ``old_value``: the queue the ticket was in;
- ``new_value``: JSON of the rest: to_queue, from_tier, to_tier, reason,
  to_user, automatic, rule (ids inside JSON are re-keyed with the rest when a
  desk adopts the server's ids, see sync.identity);
- ``body``: the note.

The ticket row keeps, for the list's views, the latest escalation's kind and
time, the queue it went to while the ticket is still there, the person named
while a request for attention is unanswered (or the person a ticket was
returned to), and when the next automatic rule falls due. Every replica
derives them from its journal, when the ticket's clocks are recomputed
(services.sla_clock), so pulled entries settle them as local ones do.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import JournalKind, SyncState, Ticket, TicketJournal
from desk_app.services.escalation_policy import EscalationRule

# The namespace of automatic firings' ids: fixed forever, or two releases
# would give one firing two ids (and two escalations after a sync).
_FIRING_IDS = uuid.UUID("6d616b74-6162-4000-8000-657363616c00")
# The resolution clock runs once per ticket (a reopened ticket carries on
# where it stopped), so a rule fires at most once per ticket.
RESOLUTION_OCCURRENCE = "resolution"
MOVING_KINDS = frozenset({"functional", "up", "returned"})


@dataclass(frozen=True)
class EntryValues:
    """What an escalation entry carries besides its kind, queue left and note."""

    to_queue: str | None
    from_tier: int | None
    to_tier: int | None
    reason: str
    to_user: str | None
    automatic: bool = False
    rule: str = ""

    def encode(self) -> str:
        return json.dumps(
            {
                "to_queue": self.to_queue,
                "from_tier": self.from_tier,
                "to_tier": self.to_tier,
                "reason": self.reason,
                "to_user": self.to_user,
                "automatic": self.automatic,
                "rule": self.rule,
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def decode(cls, text: str) -> EntryValues:
        """Tolerant: an entry written by a newer version, or damaged, reads
        as far as it makes sense."""
        try:
            data = json.loads(text)
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        return cls(
            to_queue=_text_or_none(data.get("to_queue")),
            from_tier=_int_or_none(data.get("from_tier")),
            to_tier=_int_or_none(data.get("to_tier")),
            reason=str(data.get("reason") or ""),
            to_user=_text_or_none(data.get("to_user")),
            automatic=data.get("automatic") is True,
            rule=str(data.get("rule") or ""),
        )


def firing_id(ticket_id: str, rule: EscalationRule) -> str:
    """The id every desk gives this rule's firing on this ticket."""
    name = f"{ticket_id}/{rule.key}/{RESOLUTION_OCCURRENCE}"
    return str(uuid.uuid5(_FIRING_IDS, name))


def latest_entries(session: Session, ticket_ids: Sequence[str]) -> dict[str, list[Any]]:
    """Each ticket's escalation entries, oldest first."""
    found: dict[str, list[Any]] = {t: [] for t in ticket_ids}
    if not ticket_ids:
        return found
    rows = session.execute(
        select(TicketJournal)
        .where(
            TicketJournal.ticket_id.in_(list(ticket_ids)),
            TicketJournal.kind == JournalKind.ESCALATED.value,
        )
        .order_by(TicketJournal.at, TicketJournal.updated_at)
    ).scalars()
    for row in rows:
        found[row.ticket_id].append(row)
    return found


RULES_SINCE_KEY = "escalation_rules_since"


def rules_since(session: Session) -> datetime | None:
    """When the rules came into force on a desk that already had tickets
    (migration 0013 notes the moment). A rule that fell due before it is
    never fired: an upgraded desk must not escalate its whole past at once,
    thousands of tickets nobody is waiting on (the list still shows them over
    their service level). A new desk has no such moment."""
    row = session.get(SyncState, RULES_SINCE_KEY)
    if row is None:
        return None
    try:
        since = datetime.fromisoformat(row.value)
    except ValueError:
        return None
    return since if since.tzinfo is not None else since.replace(tzinfo=UTC)


def ticket_columns(
    session: Session,
    points: Mapping[str, Sequence[tuple[EscalationRule, datetime | None]]],
) -> dict[str, dict[str, Any]]:
    """The escalation columns of each ticket (keyed by id), from its journal
    and the due times of its rules (``points``, from its clocks)."""
    ids = list(points)
    entries = latest_entries(session, ids)
    since = rules_since(session)
    rows = {
        r.id: r
        for r in session.execute(
            select(Ticket.id, Ticket.group_id, Ticket.assignee_id).where(Ticket.id.in_(ids))
        )
    }
    result: dict[str, dict[str, Any]] = {}
    for ticket_id in ids:
        mine = entries.get(ticket_id, [])
        fired = {e.id for e in mine}
        due = [
            when
            for rule, when in points[ticket_id]
            if when is not None
            and (since is None or when >= since)
            and firing_id(ticket_id, rule) not in fired
        ]
        values: dict[str, Any] = {
            "escalation_kind": None,
            "escalated_at": None,
            "escalated_queue_id": None,
            "escalated_to_user_id": None,
            "escalation_due_at": min(due) if due else None,
        }
        row = rows.get(ticket_id)
        if mine and row is not None:
            values.update(_latest_columns(session, mine[-1], row.group_id))
        result[ticket_id] = values
    return result


def _latest_columns(session: Session, latest: Any, group_id: str | None) -> dict[str, Any]:
    data = EntryValues.decode(latest.new_value)
    kind = str(latest.field)
    still_there = data.to_queue is not None and data.to_queue == group_id
    to_user = data.to_user
    if kind == "hierarchical" and to_user is not None and _answered(session, latest, to_user):
        to_user = None
    return {
        "escalation_kind": kind,
        "escalated_at": latest.at,
        "escalated_queue_id": data.to_queue if kind in MOVING_KINDS and still_there else None,
        "escalated_to_user_id": to_user,
    }


def _answered(session: Session, latest: Any, user_id: str) -> bool:
    """Whether the person asked has written anything on the ticket since."""
    later = session.execute(
        select(TicketJournal.at, TicketJournal.updated_at)
        .where(
            TicketJournal.ticket_id == latest.ticket_id,
            TicketJournal.author_id == user_id,
            TicketJournal.at >= latest.at,
            TicketJournal.id != latest.id,
        )
        .limit(20)
    ).all()
    mark = (_aware(latest.at), latest.updated_at)
    return any((_aware(r.at), r.updated_at) > mark for r in later)


def _aware(at: datetime) -> datetime:
    return at if at.utcoffset() is not None else at.replace(tzinfo=UTC)


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
