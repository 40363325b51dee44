"""Saved views of the ticket list and the list's layout, for one agent.

A view is a definition, not a result: it says "my open tickets" or "clocks due
within the hour", naming *me*, *my queues* and *now* rather than fixed values,
so a view saved today means the same thing tomorrow and on another desk. The
built-in views are the SOP's working day; an agent can save any filter and
sort as a view of their own.

Views, the list's columns and the agent's queues live in one small JSON file
beside the settings (a list layout belongs to the person, not the database).
A file edited by hand or written by a newer version is read as far as it
makes sense: what cannot be read is logged and skipped, never fatal.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desk_app.models import Status
from desk_app.services.messages import (
    NAME_TAKEN,
    REQUIRED,
    TOO_LONG,
    FieldError,
    ValidationFailed,
)
from desk_app.services.ticket_list import UNASSIGNED, SortColumn, TicketFilter, TicketQuery

log = logging.getLogger(__name__)

# Words a view uses in place of values known only when it is shown.
ME = "@me"
MY_QUEUES = "@my_queues"
OPEN = "@open"  # every status still being worked
NO_QUEUE = "@none"  # matches no ticket: "my queues" before any is chosen
# Which escalations a view shows (View.escalated): sent into my queues,
# asking for my attention, returned to me or my queues.
TO_MY_QUEUES = "to_my_queues"
TO_ME = "to_me"
RETURNED_TO_ME = "returned_to_me"
ESCALATED_CHOICES = frozenset({TO_MY_QUEUES, TO_ME, RETURNED_TO_ME})

OPEN_STATUSES = frozenset(s.value for s in Status if s.is_open)
NAME_MAX = 60
# How close a running clock must be to count as "breaching soon".
BREACHING_SOON_MINUTES = 60


@dataclass(frozen=True)
class Viewer:
    """Who is looking: what *me* and *my queues* stand for."""

    user_id: str
    queue_ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class View:
    key: str
    name: str = ""  # an agent's own view; the built-in ones are named by the UI
    statuses: tuple[str, ...] = (OPEN,)  # () is every status
    priorities: tuple[int, ...] = ()
    queues: tuple[str, ...] = ()  # queue ids, or MY_QUEUES
    assignees: tuple[str, ...] = ()  # user ids, ME or UNASSIGNED
    complaints_only: bool = False
    sla_due_within_minutes: int | None = None
    # A running clock not due before now + this (0: not yet overdue).
    sla_due_from_minutes: int | None = None
    follow_up_due: bool = False
    search: str = ""
    sort: SortColumn = SortColumn.LAST_ACTIVITY
    descending: bool = True
    escalated: str = ""  # one of ESCALATED_CHOICES, or "" for no such condition

    @property
    def built_in(self) -> bool:
        return not self.key.startswith("own:")

    def ticket_filter(self, viewer: Viewer, now: datetime) -> TicketFilter:
        statuses: set[str] = set()
        for status in self.statuses:
            statuses |= OPEN_STATUSES if status == OPEN else {status}
        queues: set[str] = set()
        for queue in self.queues:
            queues |= viewer.queue_ids if queue == MY_QUEUES else {queue}
        if self.queues and not queues:
            # "My queues" with none chosen matches nothing rather than everything.
            queues = {NO_QUEUE}
        assignees = {viewer.user_id if a == ME else a for a in self.assignees}
        soon, after = self.sla_due_within_minutes, self.sla_due_from_minutes
        mine = viewer.queue_ids or frozenset({NO_QUEUE})
        return TicketFilter(
            statuses=frozenset(statuses),
            priorities=frozenset(self.priorities),
            group_ids=frozenset(queues),
            assignee_ids=frozenset(assignees),
            search=self.search,
            complaints_only=self.complaints_only,
            sla_due_by=None if soon is None else now + timedelta(minutes=soon),
            sla_due_after=None if after is None else now + timedelta(minutes=after),
            follow_up_due_by=now if self.follow_up_due else None,
            escalated_to_queues=mine if self.escalated == TO_MY_QUEUES else frozenset(),
            escalated_to_user=viewer.user_id if self.escalated == TO_ME else None,
            returned_to_queues=(
                viewer.queue_ids if self.escalated == RETURNED_TO_ME else frozenset()
            ),
            returned_to_user=viewer.user_id if self.escalated == RETURNED_TO_ME else None,
        )

    def query(self, viewer: Viewer, now: datetime) -> TicketQuery:
        return TicketQuery(self.ticket_filter(viewer, now), self.sort, self.descending)


# The working day of the SOP, in the order of the navigator (Ctrl+1 … Ctrl+9
# for the first nine).
BUILT_IN: tuple[View, ...] = (
    View("open"),
    View("mine", assignees=(ME,), sort=SortColumn.SLA_DUE, descending=False),
    View("my_queues", queues=(MY_QUEUES,)),
    View("unassigned", assignees=(UNASSIGNED,)),
    # About to breach, soonest first, and nothing already missed: a ticket
    # overdue for a year must not push the one due in ten minutes off the
    # screen. The overdue ones have their own view, the latest miss first
    # (still worth a call today), the oldest at the end.
    View(
        "breaching",
        sla_due_within_minutes=BREACHING_SOON_MINUTES,
        sla_due_from_minutes=0,
        sort=SortColumn.SLA_DUE,
        descending=False,
    ),
    View("overdue", sla_due_within_minutes=0, sort=SortColumn.SLA_DUE, descending=True),
    View(
        "follow_ups",
        assignees=(ME,),
        follow_up_due=True,
        sort=SortColumn.FOLLOW_UP,
        descending=False,
    ),
    View("waiting", statuses=(Status.WAITING_CUSTOMER.value,)),
    View("complaints", complaints_only=True),
    View("all", statuses=()),
    # Escalations (issue 13): what came into my queues from another, what a
    # colleague asks me to look at, and what a higher tier sent back to me.
    View("escalated_to_my_queues", escalated=TO_MY_QUEUES),
    View("escalated_to_me", escalated=TO_ME),
    View("returned_to_me", escalated=RETURNED_TO_ME),
)

# Every column the list can show, in its first order.
ALL_COLUMNS: tuple[SortColumn, ...] = (
    SortColumn.NUMBER,
    SortColumn.PRIORITY,
    SortColumn.SUBJECT,
    SortColumn.CUSTOMER,
    SortColumn.STATUS,
    SortColumn.QUEUE,
    SortColumn.ASSIGNEE,
    SortColumn.SLA_DUE,
    SortColumn.FOLLOW_UP,
    SortColumn.LAST_ACTIVITY,
    SortColumn.CREATED,
)
# Columns an agent sees until they choose their own: the call-back and created
# columns wait in the column chooser.
DEFAULT_COLUMNS: tuple[SortColumn, ...] = tuple(
    c for c in ALL_COLUMNS if c not in (SortColumn.FOLLOW_UP, SortColumn.CREATED)
)


@dataclass
class ListPreferences:
    """One agent's views, columns and queues, as kept in ``views.json``."""

    own_views: list[View] = field(default_factory=list)
    columns: tuple[SortColumn, ...] = DEFAULT_COLUMNS
    my_queues: frozenset[str] | None = None  # None: not chosen yet

    @property
    def views(self) -> tuple[View, ...]:
        return (*BUILT_IN, *self.own_views)

    def view(self, key: str) -> View | None:
        return next((v for v in self.views if v.key == key), None)

    def save_view(self, name: str, like: View) -> View:
        """Keep a filter and sort under a name of the agent's choosing."""
        clean = " ".join(name.split())
        self._check_name(clean, None)
        view = replace(like, key=f"own:{uuid.uuid4().hex[:12]}", name=clean)
        self.own_views.append(view)
        return view

    def rename_view(self, key: str, name: str) -> View:
        clean = " ".join(name.split())
        index = self._own_index(key)
        self._check_name(clean, key)
        self.own_views[index] = replace(self.own_views[index], name=clean)
        return self.own_views[index]

    def delete_view(self, key: str) -> None:
        del self.own_views[self._own_index(key)]

    def set_columns(self, columns: Iterable[SortColumn]) -> None:
        chosen = tuple(dict.fromkeys(columns))
        # The subject is what a row is about: it cannot be hidden.
        self.columns = chosen if SortColumn.SUBJECT in chosen else (SortColumn.SUBJECT, *chosen)

    def _own_index(self, key: str) -> int:
        for i, view in enumerate(self.own_views):
            if view.key == key:
                return i
        raise KeyError(key)

    def _check_name(self, name: str, key: str | None) -> None:
        if not name:
            raise ValidationFailed([FieldError("name", REQUIRED)])
        if len(name) > NAME_MAX:
            raise ValidationFailed(
                [FieldError("name", TOO_LONG, {"length": len(name), "limit": NAME_MAX})]
            )
        if any(v.name.casefold() == name.casefold() and v.key != key for v in self.own_views):
            raise ValidationFailed([FieldError("name", NAME_TAKEN)])

    # -- the file -------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "views": [_view_json(v) for v in self.own_views],
            "columns": [c.value for c in self.columns],
            "my_queues": None if self.my_queues is None else sorted(self.my_queues),
        }

    @classmethod
    def from_json(cls, data: Any) -> ListPreferences:
        prefs = cls()
        if not isinstance(data, dict):
            log.warning("ignoring list preferences: expected an object")
            return prefs
        for item in data.get("views") or []:
            view = _view_from_json(item)
            if view is not None and all(v.name != view.name for v in prefs.own_views):
                prefs.own_views.append(view)
        columns = [c for c in _strings(data.get("columns")) if c in _SORT_VALUES]
        if columns:
            prefs.set_columns(SortColumn(c) for c in columns)
        if isinstance(data.get("my_queues"), list):
            prefs.my_queues = frozenset(_strings(data["my_queues"]))
        return prefs


def load_preferences(path: Path) -> ListPreferences:
    try:
        data = json.loads(path.read_text("utf-8-sig"))
    except FileNotFoundError:
        return ListPreferences()
    except (OSError, ValueError) as error:
        log.warning("ignoring unreadable list preferences %s: %s", path, error)
        return ListPreferences()
    return ListPreferences.from_json(data)


def save_preferences(path: Path, prefs: ListPreferences) -> None:
    """Write atomically: a crash mid-write keeps the previous file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(prefs.to_json(), ensure_ascii=False, indent=2), "utf-8")
    os.replace(tmp, path)


_SORT_VALUES = frozenset(c.value for c in SortColumn)
_STATUS_VALUES = frozenset(s.value for s in Status) | {OPEN}


def _view_json(view: View) -> dict[str, Any]:
    return {
        "key": view.key,
        "name": view.name,
        "statuses": list(view.statuses),
        "priorities": list(view.priorities),
        "queues": list(view.queues),
        "assignees": list(view.assignees),
        "complaints_only": view.complaints_only,
        "sla_due_within_minutes": view.sla_due_within_minutes,
        "sla_due_from_minutes": view.sla_due_from_minutes,
        "follow_up_due": view.follow_up_due,
        "search": view.search,
        "sort": view.sort.value,
        "descending": view.descending,
        "escalated": view.escalated,
    }


def _view_from_json(item: Any) -> View | None:
    if not isinstance(item, dict):
        return None
    key, name = item.get("key"), item.get("name")
    if not (isinstance(key, str) and key.startswith("own:") and isinstance(name, str)):
        log.warning("ignoring a saved view without a key or name: %r", item)
        return None
    name = " ".join(name.split())[:NAME_MAX]
    if not name:
        return None
    soon = item.get("sla_due_within_minutes")
    after = item.get("sla_due_from_minutes")
    sort = item.get("sort")
    search = item.get("search")
    escalated = item.get("escalated")
    return View(
        key=key,
        name=name,
        statuses=tuple(s for s in _strings(item.get("statuses")) if s in _STATUS_VALUES),
        priorities=tuple(
            p for p in item.get("priorities") or [] if isinstance(p, int) and 1 <= p <= 4
        ),
        queues=tuple(_strings(item.get("queues"))),
        assignees=tuple(_strings(item.get("assignees"))),
        complaints_only=item.get("complaints_only") is True,
        sla_due_within_minutes=soon if isinstance(soon, int) and 0 <= soon <= 100_000 else None,
        sla_due_from_minutes=after if isinstance(after, int) and 0 <= after <= 100_000 else None,
        follow_up_due=item.get("follow_up_due") is True,
        search=search if isinstance(search, str) else "",
        sort=SortColumn(sort) if sort in _SORT_VALUES else SortColumn.LAST_ACTIVITY,
        descending=item.get("descending") is not False,
        escalated=escalated
        if isinstance(escalated, str) and escalated in ESCALATED_CHOICES
        else "",
    )


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
