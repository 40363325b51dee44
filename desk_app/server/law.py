"""The rights the server enforces on every pushed op (issue 12, item 3).

The desk checks before it writes, as a courtesy; this is the check that counts.
Who acts is the token's person, never a field of the op: their role is read
from the server's ``app_user`` row, their queues from its ``queue_member`` rows
and the rules from the rights table in force (server_rights, else the SFIA
defaults). The checks themselves are ``services.permissions``' — the same the
desk makes, so the two never disagree about a rule.

Each rule answers the Denial of a refusal, or None.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from desk_app.models import DeskGroup, QueueMember, Role, Ticket, User
from desk_app.server.schema import audit, rights
from desk_app.services.escalation import RIGHT_OF
from desk_app.services.escalation_policy import RULE_SHARES, EscalationRule, RuleAction
from desk_app.services.escalation_state import EntryValues, firing_id
from desk_app.services.ids import new_id
from desk_app.services.permissions import (
    LEVELS,
    Denial,
    Person,
    Right,
    RightsTable,
    RightsTableError,
    TicketScope,
    check,
    check_change,
    check_edit,
    denial,
    rights_for_change,
)
from desk_app.sync.protocol import Op, OpKind, Scalar

_users = User.__table__
_members = QueueMember.__table__
_tickets = Ticket.__table__
_groups = DeskGroup.__table__
# The right each kind of escalation needs: the desk's own table.
KIND_RIGHTS: dict[str, Right] = {kind.value: right for kind, right in RIGHT_OF.items()}

# Rows every desk writes in the course of taking calls: the people it
# serves, and the correspondence it registers and files (issue 15).
_INTAKE_ENTITIES = frozenset({"customer", "organisation", "asset", "register_entry", "attachment"})
# A journal entry that records a change of one of these ticket fields is that
# change: it needs the rights the change needs (its ticket op is judged too).
_JOURNALED_FIELDS = frozenset({"group_id", "assignee_id", "priority", "status", "merged_into_id"})
# Kinds of journal entry whose ``field``/``new_value`` record a change.
_FIELD_KINDS = frozenset({"field_changed", "status_changed", "assigned"})


def rights_in_force(conn: Connection) -> RightsTable:
    """The highest stored version, or the SFIA defaults when none (or a damaged one)."""
    row = conn.execute(
        select(rights.c.version, rights.c.grants).order_by(rights.c.version.desc()).limit(1)
    ).first()
    if row is None:
        return RightsTable.sfia()
    try:
        table = RightsTable.from_json(row.grants)
    except RightsTableError:
        return RightsTable.sfia(int(row.version))
    return RightsTable(table.grants, int(row.version))


def person_of(conn: Connection, user_id: str) -> Person:
    """The person behind a token: role and queues as the server stores them."""
    role = conn.execute(select(_users.c.role).where(_users.c.id == user_id)).scalar_one_or_none()
    queues = conn.execute(
        select(_members.c.group_id).where(
            _members.c.user_id == user_id, _members.c.deleted_at.is_(None)
        )
    ).scalars()
    return Person(user_id=user_id, role=str(role or ""), queues=frozenset(map(str, queues)))


@dataclass
class Law:
    """The rights rules of one push, with what they read once per push."""

    conn: Connection
    user_id: str
    _person: Person | None = field(default=None, init=False)
    _table: RightsTable | None = field(default=None, init=False)

    @property
    def person(self) -> Person:
        if self._person is None:
            self._person = person_of(self.conn, self.user_id)
        return self._person

    @property
    def table(self) -> RightsTable:
        if self._table is None:
            self._table = rights_in_force(self.conn)
        return self._table

    def refused(
        self, op: Op, current: Mapping[str, Scalar] | None, fields: Mapping[str, Scalar]
    ) -> Denial | None:
        if op.entity == "ticket":
            return self._ticket(op, current, fields)
        if op.entity == "ticket_journal":
            return self._journal(op, current, fields)
        if op.entity in _INTAKE_ENTITIES:
            return check(self.table, self.person, Right.TAKE_CALLS)
        if op.entity == "kb_article":
            return self._article(op, current, fields)
        if op.entity in ("queue_member", "desk_group"):
            return check(self.table, self.person, Right.CONFIGURE_QUEUES)
        if op.entity == "app_user" and op.entity_id != self.user_id:
            return self._person_change(current, fields)
        return None

    def _person_change(
        self, current: Mapping[str, Scalar] | None, fields: Mapping[str, Scalar]
    ) -> Denial | None:
        """Another person's row (trust allows only name, role and activation):
        managing people, and never giving a role above one's own level (which
        would let a manager make themselves, through another, an administrator)."""
        found = check(self.table, self.person, Right.MANAGE_USERS)
        if found is not None:
            return found
        role = fields.get("role")
        changed = role is not None and (current is None or role != current.get("role"))
        if changed and _level(str(role)) > _level(self.person.role):
            return denial(Right.EDIT_RIGHTS)
        return None

    def _ticket(
        self, op: Op, current: Mapping[str, Scalar] | None, fields: Mapping[str, Scalar]
    ) -> Denial | None:
        person, table = self.person, self.table
        if current is None:
            # A new ticket: taking a call, and whatever its first values need
            # (a priority-1 ticket, one given to someone else, one born resolved).
            found = check(table, person, Right.TAKE_CALLS)
            if found is not None:
                return found
            for right in rights_for_change(person, TicketScope(None, None), fields):
                found = check(table, person, right)
                if found is not None:
                    return found
            return None
        scope = _scope(current)
        if op.kind is OpKind.DELETE:
            return check_edit(table, person, scope) or check(table, person, Right.MERGE_SPLIT)
        return check_change(table, person, scope, fields)

    def _journal(
        self, op: Op, current: Mapping[str, Scalar] | None, fields: Mapping[str, Scalar]
    ) -> Denial | None:
        if current is not None:
            return None  # an update of an entry: refused as not_allowed by the merge
        found = check(self.table, self.person, Right.TAKE_CALLS)
        if found is not None:
            return found
        if fields.get("kind") == "merged":
            return check(self.table, self.person, Right.MERGE_SPLIT)
        if fields.get("kind") == "escalated":
            return self._escalation(op, fields)
        name = str(fields.get("field") or "")
        if fields.get("kind") not in _FIELD_KINDS or name not in _JOURNALED_FIELDS:
            return None
        ticket = self.conn.execute(
            select(_tickets).where(_tickets.c.id == fields.get("ticket_id"))
        ).first()
        if ticket is None:
            return None  # the scope rule refuses it
        values: dict[str, Any] = dict(ticket._mapping)
        old = fields.get("old_value")
        values[name] = _field_value(name, old)
        new = _field_value(name, fields.get("new_value"))
        return check_change(self.table, self.person, _scope(values), {name: new})

    def _article(
        self, op: Op, current: Mapping[str, Scalar] | None, fields: Mapping[str, Scalar]
    ) -> Denial | None:
        """Knowledge base articles: writing a draft is KB_WRITE; anything that
        leaves an article published or retired (what customers read), names
        its reviewer or deletes it is KB_PUBLISH. A writer's edit of a
        published article takes it back to draft in the same op."""
        before = current or {}
        status = fields.get("status", before.get("status", "draft"))
        reviewed = "reviewer_id" in fields and fields["reviewer_id"] != before.get("reviewer_id")
        if op.kind is OpKind.DELETE or reviewed or status != "draft":
            found = check(self.table, self.person, Right.KB_PUBLISH)
            if found is not None:
                return found
        return check(self.table, self.person, Right.KB_WRITE)

    def _escalation(self, op: Op, fields: Mapping[str, Scalar]) -> Denial | None:
        """The rights of the escalation's kind, and of the tiers as the server
        knows its queues: sending a ticket to a higher tier is escalating up,
        to a lower one returning it, whatever kind the entry claims. A rule's
        firing (its id derived from the ticket and a known rule) is the
        service levels' doing, not the person's: taking calls is enough."""
        ticket_id = str(fields.get("ticket_id") or "")
        values = EntryValues.decode(str(fields.get("new_value") or ""))
        if values.automatic and _is_firing(op.entity_id, ticket_id, values.rule):
            return None
        needed = [KIND_RIGHTS.get(str(fields.get("field") or ""), Right.ESCALATE_UP)]
        if values.to_queue is not None:
            before = self._tier(str(fields.get("old_value") or ""), ticket_id)
            after = self._queue_tier(values.to_queue)
            if after is not None and before is not None and after > before:
                needed.append(Right.ESCALATE_UP)
            elif after is not None and before is not None and after < before:
                needed.append(Right.DE_ESCALATE)
        for right in needed:
            found = check(self.table, self.person, right)
            if found is not None:
                return found
        return None

    def _tier(self, queue_id: str, ticket_id: str) -> int | None:
        """The tier the escalation started from: its queue's, else the ticket's."""
        if queue_id:
            return self._queue_tier(queue_id)
        tier = self.conn.execute(
            select(_tickets.c.tier).where(_tickets.c.id == ticket_id)
        ).scalar_one_or_none()
        return None if tier is None else int(tier)

    def _queue_tier(self, queue_id: str) -> int | None:
        tier = self.conn.execute(
            select(_groups.c.tier).where(_groups.c.id == queue_id)
        ).scalar_one_or_none()
        return None if tier is None else int(tier)


def _is_firing(entry_id: str, ticket_id: str, rule_key: str) -> bool:
    at, _, action = rule_key.partition(":")
    try:
        rule = EscalationRule(int(at), RuleAction(action))
    except ValueError:
        return False
    return rule.at in RULE_SHARES and entry_id == firing_id(ticket_id, rule)


def _level(role: str) -> int:
    try:
        return LEVELS.index(Role(role)) + 1
    except ValueError:
        return 0


# Rows signed by their author: the token's person, never another.
_SIGNED = frozenset({"ticket_journal", "kb_article", "attachment"})


def foreign_author(op: Op, fields: Mapping[str, Scalar], user_id: str) -> bool:
    """A journal entry or an article signed with another person's id, or an
    article whose reviewer is another person: the author of what a desk
    pushes (and the reviewer who publishes) is the token's person."""
    if op.entity == "kb_article" and op.kind is OpKind.UPDATE:
        reviewer = fields.get("reviewer_id")
        return reviewer is not None and reviewer != user_id
    if op.entity not in _SIGNED or op.kind is not OpKind.INSERT:
        return False
    author = fields.get("author_id")
    return author is not None and author != user_id


def _scope(values: Mapping[str, Any]) -> TicketScope:
    priority = values.get("priority")
    return TicketScope(
        assignee_id=_id(values.get("assignee_id")),
        group_id=_id(values.get("group_id")),
        priority=priority if isinstance(priority, int) else None,
        status=None if values.get("status") is None else str(values.get("status")),
    )


def _id(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _field_value(name: str, value: Any) -> Any:
    if value in (None, ""):
        return None
    if name == "priority":
        try:
            return int(value)
        except (TypeError, ValueError):
            return None
    return value


# --- the audit log -------------------------------------------------------


def write_audit(
    conn: Connection,
    now: datetime,
    kind: str,
    *,
    actor_id: str | None,
    actor_name: str = "",
    branch_id: str | None = None,
    device_id: str | None = None,
    subject: str = "",
    detail: Mapping[str, Any] | None = None,
) -> str:
    """Append one server entry in the caller's transaction (kinds are
    services.audit.AuditKind values, as on the desk)."""
    entry_id = new_id()
    conn.execute(
        insert(audit).values(
            id=entry_id,
            at=now,
            actor_id=actor_id,
            actor_name=actor_name[:200],
            branch_id=branch_id,
            device_id=device_id,
            kind=kind,
            subject=subject[:200],
            detail=json.dumps(dict(detail or {}), ensure_ascii=False, sort_keys=True, default=str),
            source="server",
            received_at=now,
        )
    )
    return entry_id


def refusal_detail(op: Op, refused: Denial) -> dict[str, Any]:
    return {
        "op_id": op.op_id,
        "entity": op.entity,
        "entity_id": op.entity_id,
        "kind": op.kind.value,
        "fields": sorted(op.fields),
        "right": refused.right.value,
    }
