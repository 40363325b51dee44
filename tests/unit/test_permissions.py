"""The rights table: SFIA defaults, the checks the desk and the server share."""

from __future__ import annotations

from itertools import pairwise

import pytest

from desk_app.models import Priority, Role, Status
from desk_app.services.permissions import (
    LEVELS,
    SFIA_DEFAULTS,
    Person,
    Right,
    RightsTable,
    RightsTableError,
    TicketScope,
    check_change,
)

TABLE = RightsTable.sfia()


def test_each_level_holds_everything_the_level_below_holds() -> None:
    for lower, higher in pairwise(LEVELS):
        assert SFIA_DEFAULTS[lower] < SFIA_DEFAULTS[higher]
    assert SFIA_DEFAULTS[Role.ADMIN] == frozenset(Right)


@pytest.mark.parametrize("role", LEVELS)
def test_priority_1_needs_a_team_lead(role: Role) -> None:
    me = Person("u1", role, frozenset({"q1"}))
    ticket = TicketScope("u1", "q1", Priority.REGULAR.value, Status.OPEN.value)
    found = check_change(TABLE, me, ticket, {"priority": 1})
    allowed = LEVELS.index(role) >= LEVELS.index(Role.TEAM_LEAD)
    assert (found is None) == allowed
    if not allowed:
        assert found is not None and found.right == Right.SET_PRIORITY_1


def test_edit_scope_mine_then_my_queues_then_any() -> None:
    ticket = TicketScope("someone", "q2", 3, Status.OPEN.value)
    intake = Person("u1", Role.INTAKE, frozenset({"q2"}))
    agent = Person("u1", Role.AGENT, frozenset({"q2"}))
    outsider = Person("u1", Role.TEAM_LEAD, frozenset({"q9"}))
    supervisor = Person("u1", Role.SUPERVISOR)
    assert check_change(TABLE, intake, ticket, {"subject": "x"}) is not None
    assert check_change(TABLE, agent, ticket, {"subject": "x"}) is None
    found = check_change(TABLE, outsider, ticket, {"subject": "x"})
    assert found is not None and found.right == Right.EDIT_ANY
    assert check_change(TABLE, supervisor, ticket, {"subject": "x"}) is None
    mine = TicketScope("u1", None, 3, Status.OPEN.value)
    assert check_change(TABLE, intake, mine, {"subject": "x"}) is None


def test_taking_a_ticket_is_not_assigning_it_to_someone_else() -> None:
    agent = Person("u1", Role.AGENT, frozenset({"q1"}))
    free = TicketScope(None, "q1", 3, Status.NEW.value)
    assert check_change(TABLE, agent, free, {"assignee_id": "u1"}) is None
    found = check_change(TABLE, agent, free, {"assignee_id": "u2"})
    assert found is not None and found.right == Right.ASSIGN_OTHERS


def test_resolving_and_reopening_need_the_resolve_right() -> None:
    intake = Person("u1", Role.INTAKE)
    mine = TicketScope("u1", None, 3, Status.OPEN.value)
    assert check_change(TABLE, intake, mine, {"status": Status.RESOLVED.value}) is not None
    assert check_change(TABLE, intake, mine, {"status": Status.WAITING_CUSTOMER.value}) is None
    done = TicketScope("u1", None, 3, Status.CLOSED.value)
    assert check_change(TABLE, intake, done, {"status": Status.OPEN.value}) is not None


def test_an_unknown_role_may_do_nothing() -> None:
    nobody = Person("u1", "root")
    assert check_change(TABLE, nobody, TicketScope("u1", None), {"subject": "x"}) is not None


def test_table_round_trips_and_refuses_what_it_cannot_use() -> None:
    changed = RightsTable({**SFIA_DEFAULTS, Role.AGENT: frozenset({Right.TAKE_CALLS})}, 3)
    again = RightsTable.from_json(changed.to_json())
    assert again.version == 3 and again.rights(Role.AGENT) == frozenset({Right.TAKE_CALLS})
    for bad in ('{"grants": {"wizard": []}}', '{"grants": {"agent": ["fly"]}}', "[", "{}"):
        with pytest.raises(RightsTableError):
            RightsTable.from_json(bad)
    locked_out = RightsTable({Role.ADMIN: frozenset({Right.READ_AUDIT})})
    with pytest.raises(RightsTableError):
        RightsTable.from_json(locked_out.to_json())
