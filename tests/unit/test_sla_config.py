"""Service levels from the machine profile: durations, hours, holidays; a
mistake is reported and only that entry falls back to its default."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from desk_app.models import SyncState, Ticket
from desk_app.services.context import WriteContext
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.service_levels import (
    FINGERPRINT_KEY,
    apply_service_levels,
    recompute_clocks,
)
from desk_app.services.sla_clock import DEFAULT_TARGETS, SlaSettings, current_settings
from desk_app.services.sla_config import load_service_levels
from desk_app.storage.db import Database


@pytest.fixture(autouse=True)
def _restore_defaults() -> object:
    yield
    from desk_app.services import sla_clock

    sla_clock.configure(SlaSettings())


def test_an_administrators_service_levels_are_read() -> None:
    loaded = load_service_levels(
        {
            "hours": ["08:00-12:00", "13:00-16:00"],
            "holidays": ["2026-09-23"],
            "targets": {"3": {"first_response": "90m", "resolution": "2d", "next_update": None}},
        }
    )
    assert loaded.problems == ()
    assert loaded.settings.periods == ((time(8), time(12)), (time(13), time(16)))
    assert loaded.settings.holidays == {date(2026, 9, 23)}
    regular = loaded.settings.targets[3]
    assert regular.first_response == 90
    assert regular.resolution == 2 * 7 * 60  # two business days of seven hours
    assert regular.next_update is None  # not tracked
    assert regular.written_reply == DEFAULT_TARGETS[3].written_reply
    assert loaded.settings.targets[1] == DEFAULT_TARGETS[1]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("08:00", "must be an object"),
        ({"hours": ["8-16"]}, "like 08:00-16:00"),
        ({"hours": ["16:00-08:00"]}, "ends before"),
        ({"hours": ["25:00-26:00"]}, "time of day"),
        ({"hours": ["08:00-12:00", "11:00-14:00"]}, "overlap"),
        ({"holidays": ["23/09/2026"]}, "not a date"),
        ({"targets": {"9": {"resolution": "1d"}}}, "not a priority"),
        ({"targets": {"2": {"resolution": "soon"}}}, "like 90m"),
        ({"targets": {"2": {"resolve": "1d"}}}, "unknown target"),
        ({"targets": {"2": {"resolution": 0}}}, "like 90m"),
    ],
)
def test_mistakes_are_reported_and_the_rest_keeps_its_default(data: object, words: str) -> None:
    loaded = load_service_levels(data)
    assert any(words in p for p in loaded.problems), loaded.problems
    assert loaded.settings.periods == SlaSettings().periods or "hours" not in str(data)
    assert loaded.settings.targets[2] == DEFAULT_TARGETS[2]


def test_new_service_levels_recompute_every_ticket_once(db: Database, ctx: WriteContext) -> None:
    with db.writing() as session:
        ticket = create_ticket(session, ctx, IntakeForm(subject="x", customer_name="y")).id
        assert apply_service_levels(session, {}) is False  # the defaults: nothing to redo
    before = due(db, ticket)
    faster = {"targets": {"3": {"resolution": "1h"}}}
    with db.writing() as session:
        assert apply_service_levels(session, faster) is True
        assert current_settings().targets[3].resolution == 60
        assert recompute_clocks(session) == 1
    after = due(db, ticket)
    assert before is not None and after is not None and after < before
    with db.writing() as session:
        assert apply_service_levels(session, faster) is False
        assert session.get(SyncState, FINGERPRINT_KEY) is not None


def due(db: Database, ticket_id: str) -> object:
    with db.reading() as session:
        return session.execute(select(Ticket.sla_due_at).where(Ticket.id == ticket_id)).scalar()
