"""A branch's own service levels: the document, its checks, the local save,
and the clocks of that branch's tickets running on them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select, update

from desk_app.models import Role, SyncState, Ticket, User
from desk_app.services import branch_clocks, sla_clock
from desk_app.services.branch_levels import (
    COUNTRIES,
    BranchLevels,
    Holiday,
    body_problems,
    check_levels,
    from_body,
    gregorian_of,
    hijri_of,
    levels_key,
    load_branch_levels,
    national_holidays,
    save_branch_levels,
    to_body,
)
from desk_app.services.config_store import StaleDocument, load_document
from desk_app.services.context import WriteContext
from desk_app.services.escalation_policy import DEFAULT_RULES, EscalationRule, RuleAction
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.messages import ValidationFailed
from desk_app.services.permissions import PermissionDenied, Right
from desk_app.services.sla_clock import DEFAULT_TARGETS, Targets
from desk_app.storage.db import Database


def _role(db: Database, ctx: WriteContext, role: Role) -> None:
    with db.writing() as session:
        session.execute(update(User).where(User.id == ctx.actor.user_id).values(role=role.value))


@pytest.fixture
def admin(db: Database, ctx: WriteContext) -> WriteContext:
    _role(db, ctx, Role.ADMIN)
    return ctx


def _levels(**changes: object) -> BranchLevels:
    base = BranchLevels(
        "b1",
        ((time(8), time(12)), (time(13), time(16))),
        frozenset({5, 6}),
        (Holiday(date(2026, 3, 20), "عيد الفطر"),),
        dict(DEFAULT_TARGETS),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _fields(levels: BranchLevels) -> set[str]:
    return {e.field for e in check_levels(levels)}


def test_a_document_reads_back_as_written() -> None:
    levels = _levels(periods=((time(22), time(0)),), version=3)
    body = to_body(levels)
    assert body["hours"] == ["22:00-24:00"]
    assert body["holidays"] == [{"day": "2026-03-20", "name": "عيد الفطر"}]
    assert from_body("b1", 3, body) == levels
    assert check_levels(levels) == []
    assert body_problems(body) == []


def test_the_machine_profile_forms_are_read_too() -> None:
    body = {
        "hours": ["08:00-12:00"],
        "holidays": ["2026-09-23"],
        "targets": {"3": {"resolution": "1d"}},
    }
    levels = from_body("b1", 1, body, default_weekend=frozenset({7}))
    assert levels.holidays == (Holiday(date(2026, 9, 23), ""),)
    assert levels.targets[3].resolution == 4 * 60
    assert levels.weekend == frozenset({7})


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"periods": ()}, "hours"),
        ({"periods": ((time(12), time(8)),)}, "hours"),
        ({"periods": ((time(8), time(13)), (time(12), time(16)))}, "hours"),
        ({"weekend": frozenset(range(1, 8))}, "weekend"),
        ({"weekend": frozenset({0, 5})}, "weekend"),
        ({"holidays": (Holiday(date(1899, 12, 31), ""),)}, "holidays.0"),
        ({"holidays": (Holiday(date(2201, 1, 1), ""),)}, "holidays.0"),
        (
            {"holidays": (Holiday(date(2026, 1, 1), "a"), Holiday(date(2026, 1, 1), "b"))},
            "holidays.1",
        ),
        ({"holidays": (Holiday(date(2026, 1, 1), "x\x00"),)}, "holidays.0"),
        ({"targets": {**DEFAULT_TARGETS, 3: Targets(0, None, 60, 60)}}, "targets.3.first_response"),
        ({"targets": {**DEFAULT_TARGETS, 2: Targets(10, -5, 60, 60)}}, "targets.2.written_reply"),
        ({"targets": {**DEFAULT_TARGETS, 1: Targets(10, 10, 60, 10**9)}}, "targets.1.resolution"),
        ({"targets": {**DEFAULT_TARGETS, 9: DEFAULT_TARGETS[1]}}, "targets.9"),
    ],
)
def test_bad_levels_are_named_by_field(changes: dict[str, object], field: str) -> None:
    assert _fields(_levels(**changes)) == {field}


@pytest.mark.parametrize(
    "body",
    [
        [],
        {"hours": "08:00-16:00"},
        {"hours": ["8-16"]},
        {"weekend": [8]},
        {"weekend": "5,6"},
        {"weekend": [True]},
        {"weekend": [1, 2, 3, 4, 5, 6, 7]},
        {"holidays": [{"day": 20260101}]},
        {"holidays": [{"day": "2026-01-01", "name": 5}]},
        {"holidays": ["2026-01-01", "2026-01-01"]},
        {"targets": {"7": {}}},
        {"targets": {"1": {"resolution": "soon"}}},
        {"targets": {"1": {"bogus": 5}}},
        {"targets": {"1": {"resolution": 0}}},
    ],
)
def test_a_document_with_any_problem_is_reported(body: object) -> None:
    assert body_problems(body)


def test_no_document_means_the_site_levels_and_the_branch_weekend(
    db: Database, ctx: WriteContext
) -> None:
    with db.reading() as session:
        levels = load_branch_levels(session, ctx.branch_id)
    assert levels.version == 0
    assert levels.periods == sla_clock.current_settings().periods
    assert levels.weekend == frozenset({5, 6})
    assert levels.targets == DEFAULT_TARGETS


def test_an_administrator_saves_and_an_older_editor_is_refused(
    db: Database, admin: WriteContext
) -> None:
    with db.reading() as session:
        start = load_branch_levels(session, admin.branch_id)
    changed = replace(start, holidays=(Holiday(date(2026, 9, 23), "اليوم الوطني"),))
    with db.writing() as session:
        saved = save_branch_levels(session, admin, changed)
    assert saved.version == 1 and saved.holidays == changed.holidays
    with db.reading() as session:
        assert load_branch_levels(session, admin.branch_id) == saved
        assert load_document(session, levels_key(admin.branch_id)) is not None
        assert branch_clocks.branches_due(session)
    with pytest.raises(StaleDocument), db.writing() as session:
        save_branch_levels(session, admin, changed)


def test_bad_levels_are_not_saved(db: Database, admin: WriteContext) -> None:
    with db.reading() as session:
        start = load_branch_levels(session, admin.branch_id)
    with pytest.raises(ValidationFailed) as failed, db.writing() as session:
        save_branch_levels(session, admin, replace(start, periods=()))
    assert [e.field for e in failed.value.errors] == ["hours"]
    with db.reading() as session:
        assert load_document(session, levels_key(admin.branch_id)) is None


@pytest.mark.parametrize("role", [Role.AGENT, Role.SUPERVISOR])
def test_only_who_may_configure_service_levels_saves(
    db: Database, ctx: WriteContext, role: Role
) -> None:
    _role(db, ctx, role)
    with db.reading() as session:
        start = load_branch_levels(session, ctx.branch_id)
    with pytest.raises(PermissionDenied) as refused, db.writing() as session:
        save_branch_levels(session, ctx, start)
    assert refused.value.denial.right is Right.CONFIGURE_SLA


def test_a_branch_holiday_moves_its_open_tickets_due_time(
    db: Database, admin: WriteContext
) -> None:
    # Created on a Sunday, a working day, at 08:00 in a UTC branch.
    created = datetime(2026, 3, 22, 8, tzinfo=UTC)
    with db.writing() as session:
        session.execute(update(sla_clock.Branch).values(time_zone="UTC"))
        ticket = create_ticket(session, admin, IntakeForm(subject="s", customer_name="c")).id
        session.execute(update(Ticket).where(Ticket.id == ticket).values(created_at=created))
        sla_clock.recompute(session, [ticket], now=created)
        before = session.execute(select(Ticket.sla_due_at).where(Ticket.id == ticket)).scalar()
        start = load_branch_levels(session, admin.branch_id)
    holiday = replace(start, holidays=(Holiday(date(2026, 3, 22), "عطلة"),))
    with db.writing() as session:
        save_branch_levels(session, admin, holiday)
        assert branch_clocks.take_levels_changed(session)
    with db.writing() as session:
        assert branch_clocks.recompute_due_branches(session, now=created) == 1
        after = session.execute(select(Ticket.sla_due_at).where(Ticket.id == ticket)).scalar()
        assert branch_clocks.branches_due(session)  # until a chunk finds none left
        assert branch_clocks.recompute_due_branches(session, now=created) == 0
        assert not branch_clocks.branches_due(session)
        assert session.get(SyncState, "sla_branches_due") is not None
    assert before is not None and after is not None
    # The day off pushes every running target one working day later.
    assert after.replace(tzinfo=UTC) - before.replace(tzinfo=UTC) == timedelta(days=1)


def test_hijri_dates_convert_both_ways() -> None:
    assert hijri_of(date(2026, 3, 20)) == (1447, 10, 1)
    assert gregorian_of(1447, 10, 1) == date(2026, 3, 20)
    with pytest.raises(ValueError):
        gregorian_of(1447, 2, 30)
    with pytest.raises(ValueError):
        gregorian_of(1600, 1, 1)
    with pytest.raises(ValueError):
        hijri_of(date(1900, 1, 1))


def test_national_holidays_start_a_list() -> None:
    saudi = national_holidays("SA", 2026)
    assert Holiday(date(2026, 9, 23), "اليوم الوطني") in saudi
    assert list(saudi) == sorted(saudi, key=lambda h: h.day)
    assert national_holidays("XX", 2026) == ()
    assert all(national_holidays(code, 2026) for code in COUNTRIES)
    assert national_holidays("GB", 2026)[0].name == "New Year's Day"


def test_a_branch_is_recomputed_in_chunks_from_the_first_ticket_again_when_marked(
    db: Database, ctx: WriteContext
) -> None:
    branch = ctx.branch_id
    with db.writing() as session:
        for n in range(5):
            create_ticket(session, ctx, IntakeForm(subject=f"s{n}", customer_name="c"))
    with db.writing() as session:
        branch_clocks.mark_branch_due(session, branch)
    with db.writing() as session:
        assert branch_clocks.recompute_due_branches(session, limit=2) == 2
    with db.writing() as session:
        branch_clocks.mark_branch_due(session, branch)  # changed again meanwhile
    sizes = []
    while True:
        with db.writing() as session:
            done = branch_clocks.recompute_due_branches(session, limit=2)
        if not done:
            break
        sizes.append(done)
    assert sizes == [2, 2, 1]
    with db.reading() as session:
        assert not branch_clocks.branches_due(session)


def test_the_escalation_rules_read_back_as_written_none_included() -> None:
    """The console writes a priority's rules (or none) into the document,
    and they read back the same (issue 13, item 4)."""
    rules = {
        1: (EscalationRule(75, RuleAction.ESCALATE_UP, raise_priority=True),),
        2: (),
        3: (
            EscalationRule(75, RuleAction.NOTIFY_LEAD),
            EscalationRule(100, RuleAction.NOTIFY_LEAD, raise_priority=True),
        ),
        4: DEFAULT_RULES,
    }
    levels = _levels(escalation=rules, version=2)
    body = to_body(levels)
    assert body["escalation"]["2"] == []
    assert body["escalation"]["1"] == [{"at": 75, "action": "escalate_up", "raise_priority": True}]
    assert from_body("b1", 2, body) == levels
    assert body_problems(body) == []
    twice = _levels(escalation={**rules, 3: (EscalationRule(75, RuleAction.NOTIFY_LEAD),) * 2})
    assert _fields(twice) == {"escalation.3"}
    assert body_problems(to_body(twice)) != []
