"""Who may do what: named rights, their defaults per SFIA level, and the checks
the desk's services and the server both make.

The six roles are the SFIA "customer service support" levels 1-6 (DOMAIN.md,
seeds 000/001). Each level does what the one below does and more, so the
defaults are cumulative: a level's own rights are added to those below it.
An organisation may change the table (``RightsTable``); the defaults stay the
SFIA reading and ``RightsTable.sfia()`` gives them back.

The desk checks before it writes, as a courtesy to the person at it; the
server checks every pushed op again from the author's token, and its answer
is the one that counts. Both call ``check_change``/``check`` here, so the two
can never disagree about a rule.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desk_app.models import Priority, Role, Status
from desk_app.services.messages import QT_TRANSLATE_NOOP

PERMISSIONS = "Permissions"  # the translation context of every refusal


class Right(StrEnum):
    TAKE_CALLS = "take_calls"  # create tickets, log contacts, add notes
    EDIT_OWN = "edit_own"  # edit a ticket assigned to me
    EDIT_QUEUE = "edit_queue"  # edit (and pick) a ticket in one of my queues
    EDIT_ANY = "edit_any"  # edit any ticket of the branches I see
    ROUTE = "route"  # send a ticket to another queue
    ASSIGN_OTHERS = "assign_others"  # give a ticket to someone else
    BULK_CHANGE = "bulk_change"  # change many tickets at once
    MERGE_SPLIT = "merge_split"
    SET_PRIORITY_1 = "set_priority_1"  # declare an enterprise failure
    RESOLVE = "resolve"  # resolve, close and reopen
    ESCALATE_WITHIN_TIER = "escalate_within_tier"
    ESCALATE_UP = "escalate_up"
    DE_ESCALATE = "de_escalate"
    KB_WRITE = "kb_write"
    KB_PUBLISH = "kb_publish"
    REPORTS_TEAM = "reports_team"
    REPORTS_ALL = "reports_all"
    CONFIGURE_SLA = "configure_sla"  # service levels, working hours, holidays
    CONFIGURE_CATALOGUE = "configure_catalogue"
    CONFIGURE_TEMPLATES = "configure_templates"
    CONFIGURE_QUEUES = "configure_queues"
    MANAGE_USERS = "manage_users"
    MANAGE_DEVICES = "manage_devices"
    EDIT_RIGHTS = "edit_rights"
    READ_AUDIT = "read_audit"


LEVELS: tuple[Role, ...] = (
    Role.INTAKE,
    Role.AGENT,
    Role.SENIOR_AGENT,
    Role.TEAM_LEAD,
    Role.SUPERVISOR,
    Role.ADMIN,
)

# What each level adds to the one below it (DOMAIN.md, seeds 000/001).
_ADDED: dict[Role, frozenset[Right]] = {
    # 1: receive and log requests, allocate calls (to a queue), keep records.
    Role.INTAKE: frozenset({Right.TAKE_CALLS, Right.EDIT_OWN, Right.ROUTE}),
    # 2: answer common requests with tools and procedures: work the queue, resolve.
    Role.AGENT: frozenset({Right.EDIT_QUEUE, Right.RESOLVE}),
    # 3: first-line diagnosis, escalate, contribute to support documents.
    Role.SENIOR_AGENT: frozenset(
        {Right.ESCALATE_WITHIN_TIER, Right.ESCALATE_UP, Right.KB_WRITE, Right.MERGE_SPLIT}
    ),
    # 4: monitor channels and service standards: allocate within the team,
    # declare an enterprise failure, return escalations, the team's figures.
    Role.TEAM_LEAD: frozenset(
        {
            Right.ASSIGN_OTHERS,
            Right.BULK_CHANGE,
            Right.SET_PRIORITY_1,
            Right.DE_ESCALATE,
            Right.REPORTS_TEAM,
        }
    ),
    # 5: day-to-day management, resources, metrics and reports, the service
    # catalogue, branch teams.
    Role.SUPERVISOR: frozenset(
        {
            Right.EDIT_ANY,
            Right.KB_PUBLISH,
            Right.REPORTS_ALL,
            Right.CONFIGURE_CATALOGUE,
            Right.CONFIGURE_TEMPLATES,
            Right.CONFIGURE_QUEUES,
        }
    ),
    # 6: channels, service levels and standards, compliance and audit.
    Role.ADMIN: frozenset(
        {
            Right.CONFIGURE_SLA,
            Right.MANAGE_USERS,
            Right.MANAGE_DEVICES,
            Right.EDIT_RIGHTS,
            Right.READ_AUDIT,
        }
    ),
}


def _cumulative() -> dict[Role, frozenset[Right]]:
    grants: dict[Role, frozenset[Right]] = {}
    held: frozenset[Right] = frozenset()
    for role in LEVELS:
        held = held | _ADDED[role]
        grants[role] = held
    return grants


SFIA_DEFAULTS: Mapping[Role, frozenset[Right]] = _cumulative()


class RightsTableError(ValueError):
    """A rights table that cannot be used (unknown role or right, or one that
    would lock every administrator out)."""


@dataclass(frozen=True)
class RightsTable:
    """Rights per role, as an organisation set them. ``version`` counts the
    changes, so desks and server agree on which table a check used."""

    grants: Mapping[Role, frozenset[Right]]
    version: int = 0

    @classmethod
    def sfia(cls, version: int = 0) -> RightsTable:
        return cls(dict(SFIA_DEFAULTS), version)

    def rights(self, role: str) -> frozenset[Right]:
        try:
            return self.grants.get(Role(role), frozenset())
        except ValueError:
            return frozenset()  # an unknown role may do nothing

    def allows(self, role: str, right: Right) -> bool:
        return right in self.rights(role)

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": self.version,
                "grants": {
                    role.value: sorted(r.value for r in self.rights(role)) for role in LEVELS
                },
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> RightsTable:
        try:
            data = json.loads(text)
            grants = {
                Role(role): frozenset(Right(r) for r in rights)
                for role, rights in dict(data["grants"]).items()
            }
            version = int(data.get("version", 0))
        except (ValueError, KeyError, TypeError) as error:
            raise RightsTableError(str(error)) from error
        table = cls(grants, version)
        table.validate()
        return table

    def validate(self) -> None:
        """The administrator keeps the right to change rights: a table that
        takes it away would leave nobody able to undo the change."""
        if Right.EDIT_RIGHTS not in self.rights(Role.ADMIN):
            raise RightsTableError("the administrator must keep the right to edit rights")


@dataclass(frozen=True)
class Person:
    """The person acting: their user id, role and the queues they belong to."""

    user_id: str | None
    role: str
    queues: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class TicketScope:
    """What decides whether a ticket is someone's to edit."""

    assignee_id: str | None
    group_id: str | None
    priority: int | None = None
    status: str | None = None


@dataclass(frozen=True)
class Denial:
    """Why a person may not do something: the right they lack and a message
    (an English source string, context ``Permissions``) for the person."""

    right: Right
    message: str

    def english(self) -> str:
        return self.message


class PermissionDenied(Exception):
    """Raised by a service when the acting person lacks a right. Nothing was written."""

    def __init__(self, denial: Denial) -> None:
        super().__init__(denial.message)
        self.denial = denial


# One message per right: what the person may not do, in their words.
REASONS: dict[Right, str] = {
    Right.TAKE_CALLS: QT_TRANSLATE_NOOP(
        "Permissions", "Your role may not take calls or create tickets."
    ),
    Right.EDIT_OWN: QT_TRANSLATE_NOOP("Permissions", "Your role may not edit tickets."),
    Right.EDIT_QUEUE: QT_TRANSLATE_NOOP(
        "Permissions",
        "This ticket is not assigned to you, and your role may not edit others' tickets.",
    ),
    Right.EDIT_ANY: QT_TRANSLATE_NOOP(
        "Permissions", "This ticket is neither yours nor in one of your queues."
    ),
    Right.ROUTE: QT_TRANSLATE_NOOP(
        "Permissions", "Your role may not move tickets to another queue."
    ),
    Right.ASSIGN_OTHERS: QT_TRANSLATE_NOOP(
        "Permissions", "Your role may not assign tickets to other people."
    ),
    Right.BULK_CHANGE: QT_TRANSLATE_NOOP(
        "Permissions", "Your role may not change several tickets at once."
    ),
    Right.MERGE_SPLIT: QT_TRANSLATE_NOOP(
        "Permissions", "Your role may not merge or split tickets."
    ),
    Right.SET_PRIORITY_1: QT_TRANSLATE_NOOP(
        "Permissions", "Only a team lead or above may declare an enterprise failure."
    ),
    Right.RESOLVE: QT_TRANSLATE_NOOP("Permissions", "Your role may not resolve or reopen tickets."),
    Right.ESCALATE_WITHIN_TIER: QT_TRANSLATE_NOOP(
        "Permissions", "Your role may not pass tickets to another queue of the tier."
    ),
    Right.ESCALATE_UP: QT_TRANSLATE_NOOP(
        "Permissions", "Your role may not escalate tickets to a higher tier."
    ),
    Right.DE_ESCALATE: QT_TRANSLATE_NOOP(
        "Permissions", "Your role may not return tickets to a lower tier."
    ),
    Right.KB_WRITE: QT_TRANSLATE_NOOP("Permissions", "Your role may not write knowledge articles."),
    Right.KB_PUBLISH: QT_TRANSLATE_NOOP(
        "Permissions", "Your role may not publish knowledge articles."
    ),
    Right.REPORTS_TEAM: QT_TRANSLATE_NOOP("Permissions", "Your role may not see team reports."),
    Right.REPORTS_ALL: QT_TRANSLATE_NOOP(
        "Permissions", "Your role may not see the reports of all branches."
    ),
    Right.CONFIGURE_SLA: QT_TRANSLATE_NOOP(
        "Permissions", "Your role may not change service levels, working hours or holidays."
    ),
    Right.CONFIGURE_CATALOGUE: QT_TRANSLATE_NOOP(
        "Permissions", "Your role may not change the category catalogue."
    ),
    Right.CONFIGURE_TEMPLATES: QT_TRANSLATE_NOOP(
        "Permissions", "Your role may not change templates."
    ),
    Right.CONFIGURE_QUEUES: QT_TRANSLATE_NOOP("Permissions", "Your role may not change queues."),
    Right.MANAGE_USERS: QT_TRANSLATE_NOOP("Permissions", "Your role may not manage people."),
    Right.MANAGE_DEVICES: QT_TRANSLATE_NOOP("Permissions", "Your role may not manage devices."),
    Right.EDIT_RIGHTS: QT_TRANSLATE_NOOP("Permissions", "Your role may not change rights."),
    Right.READ_AUDIT: QT_TRANSLATE_NOOP("Permissions", "Your role may not read the audit log."),
}


def denial(right: Right) -> Denial:
    return Denial(right, REASONS[right])


def check(table: RightsTable, person: Person, right: Right) -> Denial | None:
    """None when ``person`` holds ``right``, else why not."""
    return None if table.allows(person.role, right) else denial(right)


def require(table: RightsTable, person: Person, right: Right) -> None:
    found = check(table, person, right)
    if found is not None:
        raise PermissionDenied(found)


def check_edit(table: RightsTable, person: Person, ticket: TicketScope) -> Denial | None:
    """May ``person`` edit ``ticket`` at all: theirs, in one of their queues,
    or any ticket. The refusal names the narrowest right that would do."""
    rights = table.rights(person.role)
    if Right.EDIT_ANY in rights:
        return None
    mine = person.user_id is not None and ticket.assignee_id == person.user_id
    if mine and Right.EDIT_OWN in rights:
        return None
    in_my_queue = ticket.group_id is not None and ticket.group_id in person.queues
    if in_my_queue and Right.EDIT_QUEUE in rights:
        return None
    if Right.EDIT_OWN not in rights:
        return denial(Right.EDIT_OWN)
    return denial(Right.EDIT_ANY if Right.EDIT_QUEUE in rights else Right.EDIT_QUEUE)


_DONE = frozenset({Status.RESOLVED.value, Status.CLOSED.value})


def rights_for_change(
    person: Person, ticket: TicketScope, changes: Mapping[str, Any]
) -> list[Right]:
    """The rights a change of these fields needs beyond editing the ticket."""
    needed: list[Right] = []
    if "group_id" in changes and changes["group_id"] != ticket.group_id:
        needed.append(Right.ROUTE)
    assignee = changes.get("assignee_id", ticket.assignee_id)
    if "assignee_id" in changes and assignee not in (None, person.user_id, ticket.assignee_id):
        needed.append(Right.ASSIGN_OTHERS)
    priority = changes.get("priority")
    raised = priority is not None and _as_int(priority) == Priority.ENTERPRISE_FAILURE.value
    if raised and ticket.priority != Priority.ENTERPRISE_FAILURE.value:
        needed.append(Right.SET_PRIORITY_1)
    status = changes.get("status")
    moved = status is not None and status != ticket.status
    if moved and (str(status) in _DONE or ticket.status in _DONE):
        needed.append(Right.RESOLVE)
    if changes.get("merged_into_id") is not None:
        needed.append(Right.MERGE_SPLIT)
    return needed


def check_change(
    table: RightsTable, person: Person, ticket: TicketScope, changes: Mapping[str, Any]
) -> Denial | None:
    """None when ``person`` may make ``changes`` to ``ticket``, else why not.
    Taking an unassigned ticket of one's own queue is an edit of that queue."""
    found = check_edit(table, person, ticket)
    if found is not None:
        return found
    for right in rights_for_change(person, ticket, changes):
        found = check(table, person, right)
        if found is not None:
            return found
    return None


def require_change(
    table: RightsTable, person: Person, ticket: TicketScope, changes: Mapping[str, Any]
) -> None:
    found = check_change(table, person, ticket, changes)
    if found is not None:
        raise PermissionDenied(found)


def table_rows(table: RightsTable) -> Iterable[tuple[Right, tuple[bool, ...]]]:
    """Each right with whether each level holds it, level 1 first (the README table)."""
    for right in Right:
        yield right, tuple(table.allows(role, right) for role in LEVELS)


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
