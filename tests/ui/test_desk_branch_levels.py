"""The desk recomputes a branch's clocks in the background once a save of
its service levels has committed (and at start, when a change was left)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from desk_app.config import Settings
from desk_app.models import Role, Ticket, User
from desk_app.services import branch_clocks
from desk_app.services.branch_levels import (
    BranchLevels,
    Holiday,
    load_branch_levels,
    save_branch_levels,
)
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.storage.db import open_database
from desk_app.ui.desk import Desk


def _ticket_of_admin(desk: Desk) -> str:
    with desk.db.writing() as session:
        session.execute(
            update(User).where(User.id == desk.ctx.actor.user_id).values(role=Role.ADMIN.value)
        )
        return create_ticket(session, desk.ctx, IntakeForm(subject="s", customer_name="c")).id


def _due(desk: Desk, ticket_id: str) -> datetime:
    with desk.db.reading() as session:
        found = session.execute(select(Ticket.sla_due_at).where(Ticket.id == ticket_id)).scalar()
    assert found is not None
    return found


def _weeks_off(levels: BranchLevels) -> BranchLevels:
    today = datetime.now(UTC).date()
    days = tuple(Holiday(today + timedelta(days=n), "") for n in range(-1, 20))
    return replace(levels, holidays=days)


def test_a_saved_change_recomputes_the_branch_after_the_save(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    ticket = _ticket_of_admin(desk)
    before = _due(desk, ticket)
    with desk.db.reading() as session:
        start = load_branch_levels(session, desk.ctx.branch_id)
    saved: list[BranchLevels] = []
    heard: list[list[str]] = []
    # Listening before the save: the recompute may finish before the test
    # would start waiting for it.
    desk.ticketsChanged.connect(heard.append)
    desk.write(lambda s, c: save_branch_levels(s, c, _weeks_off(start)), saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    assert saved[0].version == 1
    # The views hear of it once the recompute is done.
    qtbot.waitUntil(lambda: [] in heard, timeout=10_000)
    qtbot.waitUntil(lambda: _due(desk, ticket) != before, timeout=10_000)
    assert _due(desk, ticket) - before >= timedelta(days=14)

    def finished() -> bool:
        with desk.db.reading() as session:
            return not branch_clocks.branches_due(session)

    # The last chunk finds no ticket left and clears the mark.
    qtbot.waitUntil(finished, timeout=10_000)


def test_a_change_left_unfinished_is_recomputed_at_start(
    desk: Desk,
    settings: Settings,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    ticket = _ticket_of_admin(desk)
    before = _due(desk, ticket)
    with desk.db.writing() as session:
        levels = _weeks_off(load_branch_levels(session, desk.ctx.branch_id))
        save_branch_levels(session, desk.ctx, levels)
    desk.tasks.wait()
    desk.close()
    again = Desk(open_database(settings.database_path), settings)
    try:
        qtbot.waitUntil(lambda: _due(again, ticket) != before, timeout=10_000)
        assert _due(again, ticket) - before >= timedelta(days=14)
    finally:
        again.close()
