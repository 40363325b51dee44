"""Saved views: what each built-in view shows on a real database, an agent's
own views (names checked, kept in a file), and a preferences file that was
edited by hand or damaged."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.models import DeskGroup, Ticket
from desk_app.services import ticket_list
from desk_app.services.context import WriteContext
from desk_app.services.messages import NAME_TAKEN, REQUIRED, TOO_LONG, ValidationFailed
from desk_app.services.ticket_list import UNASSIGNED, SortColumn
from desk_app.services.tickets import change_fields
from desk_app.services.views import (
    BUILT_IN,
    DEFAULT_COLUMNS,
    ME,
    MY_QUEUES,
    NO_QUEUE,
    OPEN_STATUSES,
    ListPreferences,
    View,
    Viewer,
    load_preferences,
    save_preferences,
)
from desk_app.storage.db import Database
from tests.unit.helpers import create

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def _view(key: str) -> View:
    return next(v for v in BUILT_IN if v.key == key)


def test_built_in_views_name_me_and_now_not_values() -> None:
    viewer = Viewer("u-1", frozenset({"q-1", "q-2"}))
    mine = _view("mine").ticket_filter(viewer, NOW)
    assert mine.assignee_ids == {"u-1"} and mine.statuses == OPEN_STATUSES
    assert _view("my_queues").ticket_filter(viewer, NOW).group_ids == {"q-1", "q-2"}
    assert _view("unassigned").ticket_filter(viewer, NOW).assignee_ids == {UNASSIGNED}
    breaching = _view("breaching").query(viewer, NOW)
    assert breaching.filter.sla_due_by == NOW + timedelta(hours=1)
    assert breaching.filter.sla_due_after == NOW  # not yet overdue
    assert (breaching.sort, breaching.descending) == (SortColumn.SLA_DUE, False)
    overdue = _view("overdue").query(viewer, NOW)
    assert (overdue.filter.sla_due_by, overdue.filter.sla_due_after) == (NOW, None)
    assert (overdue.sort, overdue.descending) == (SortColumn.SLA_DUE, True)  # latest miss first
    follow_ups = _view("follow_ups").ticket_filter(viewer, NOW)
    assert follow_ups.follow_up_due_by == NOW and follow_ups.assignee_ids == {"u-1"}
    assert _view("complaints").ticket_filter(viewer, NOW).complaints_only
    assert _view("waiting").ticket_filter(viewer, NOW).statuses == {"waiting_customer"}
    assert _view("all").ticket_filter(viewer, NOW).statuses == frozenset()
    assert len(BUILT_IN) == 13  # the first nine by Ctrl+digit
    keys = [v.key for v in BUILT_IN]
    assert keys.index("overdue") == keys.index("breaching") + 1  # side by side
    assert len({v.key for v in BUILT_IN}) == len(BUILT_IN)


def test_my_queues_with_none_chosen_shows_nothing_rather_than_everything() -> None:
    f = _view("my_queues").ticket_filter(Viewer("u-1"), NOW)
    assert f.group_ids == {NO_QUEUE}


def test_each_view_shows_the_right_tickets(db: Database, ctx: WriteContext) -> None:
    me = ctx.actor.user_id
    assert me is not None
    with db.reading() as session:
        queues = {g.name: g.id for g in session.execute(select(DeskGroup)).scalars()}
    first_line = queues["Service desk"] if "Service desk" in queues else next(iter(queues.values()))
    other = next(q for q in queues.values() if q != first_line)
    made = {
        name: create(db, ctx, subject=f"ticket {name}", group_id=queue).id
        for name, queue in (
            ("mine", first_line),
            ("mine_due", other),
            ("unassigned", first_line),
            ("complaint", other),
            ("waiting", other),
            ("closed_mine", first_line),
            ("call_back", other),
            ("call_back_later", other),
            ("overdue_hour", other),
            ("overdue_year", other),
            ("due_soonest", other),
        )
    }
    with db.writing() as session:
        clocks = ("overdue_hour", "overdue_year", "due_soonest")
        for name in (
            "mine",
            "mine_due",
            "closed_mine",
            "call_back",
            "call_back_later",
            "waiting",
            *clocks,
        ):
            change_fields(session, ctx, made[name], {"assignee_id": me})
        change_fields(session, ctx, made["complaint"], {"complaint": True})
        change_fields(session, ctx, made["waiting"], {"status": "waiting_customer"})
        change_fields(session, ctx, made["closed_mine"], {"status": "closed"})
        change_fields(session, ctx, made["call_back"], {"follow_up_next_at": NOW})
        change_fields(
            session, ctx, made["call_back_later"], {"follow_up_next_at": NOW + timedelta(days=2)}
        )
    with db.writing() as session:
        # The clocks are this desk's own figures; set them outright.
        for ticket in session.execute(select(Ticket)).scalars():
            ticket.sla_due_at = NOW + timedelta(days=3)
        for name, due in (
            ("mine_due", NOW + timedelta(minutes=20)),
            ("due_soonest", NOW + timedelta(minutes=5)),
            ("overdue_hour", NOW - timedelta(hours=1)),
            ("overdue_year", NOW - timedelta(days=500)),
        ):
            session.execute(
                select(Ticket).where(Ticket.id == made[name])
            ).scalar_one().sla_due_at = due
    viewer = Viewer(me, frozenset({first_line}))
    by_id = {v: k for k, v in made.items()}

    def listed(key: str) -> list[str]:
        query = _view(key).query(viewer, NOW)
        with db.reading() as session:
            page = ticket_list.fetch_page(session.connection(), query, limit=100)
            assert ticket_list.count(session.connection(), query.filter) == len(page.rows)
        return [by_id[r.id] for r in page.rows]

    def shown(key: str) -> set[str]:
        return set(listed(key))

    assert shown("mine") == {"mine", "mine_due", "call_back", "call_back_later", "waiting", *clocks}
    assert shown("my_queues") == {"mine", "unassigned"}
    assert shown("unassigned") == {"unassigned", "complaint"}
    # About to breach, soonest first, none already missed; the misses have
    # their own view, the latest first and the year-old one last.
    assert listed("breaching") == ["due_soonest", "mine_due"]
    assert listed("overdue") == ["overdue_hour", "overdue_year"]
    assert shown("follow_ups") == {"call_back"}
    assert shown("waiting") == {"waiting"}
    assert shown("complaints") == {"complaint"}
    assert "closed_mine" not in shown("open") and "closed_mine" in shown("all")


def test_own_views_are_named_once_and_can_be_renamed_and_deleted() -> None:
    prefs = ListPreferences()
    like = View("scratch", priorities=(1,), assignees=(ME,), search="طابعة")
    saved = prefs.save_view("  Urgent   mine ", like)
    assert saved.name == "Urgent mine" and not saved.built_in
    assert (saved.priorities, saved.assignees, saved.search) == ((1,), (ME,), "طابعة")
    assert prefs.view(saved.key) == saved and prefs.views[-1] == saved
    for bad, message in (("", REQUIRED), ("   ", REQUIRED), ("x" * 61, TOO_LONG)):
        with pytest.raises(ValidationFailed) as caught:
            prefs.save_view(bad, like)
        assert caught.value.errors[0].message == message
    with pytest.raises(ValidationFailed) as caught:
        prefs.save_view("URGENT MINE", like)
    assert caught.value.errors[0].message == NAME_TAKEN
    assert prefs.rename_view(saved.key, "urgent MINE").name == "urgent MINE"  # its own name
    other = prefs.save_view("عاجل", like)
    with pytest.raises(ValidationFailed):
        prefs.rename_view(other.key, "Urgent mine")
    prefs.delete_view(saved.key)
    assert [v.name for v in prefs.own_views] == ["عاجل"]
    with pytest.raises(KeyError):
        prefs.delete_view("mine")  # built-in views stay


def test_preferences_survive_a_round_trip(tmp_path: Path) -> None:
    prefs = ListPreferences()
    prefs.save_view(
        "شكاوى عاجلة",
        View(
            "x",
            statuses=("open", "new"),
            priorities=(1, 2),
            queues=(MY_QUEUES, "q-9"),
            assignees=(UNASSIGNED,),
            complaints_only=True,
            sla_due_within_minutes=30,
            follow_up_due=True,
            sort=SortColumn.SLA_DUE,
            descending=False,
        ),
    )
    prefs.set_columns([SortColumn.NUMBER, SortColumn.SLA_DUE, SortColumn.FOLLOW_UP])
    prefs.my_queues = frozenset({"q-1"})
    path = tmp_path / "views.json"
    save_preferences(path, prefs)
    again = load_preferences(path)
    assert again.own_views == prefs.own_views
    assert again.columns == (
        SortColumn.SUBJECT,
        SortColumn.NUMBER,
        SortColumn.SLA_DUE,
        SortColumn.FOLLOW_UP,
    )
    assert again.my_queues == {"q-1"}
    assert not path.with_suffix(".tmp").exists()


def test_a_damaged_or_hand_edited_file_is_read_as_far_as_it_makes_sense(tmp_path: Path) -> None:
    path = tmp_path / "views.json"
    assert load_preferences(path).columns == DEFAULT_COLUMNS  # no file yet
    path.write_text("{not json", "utf-8")
    assert load_preferences(path).own_views == []
    path.write_text(json.dumps([1, 2]), "utf-8")
    assert load_preferences(path).own_views == []
    path.write_text(
        json.dumps(
            {
                "views": [
                    {"key": "own:a", "name": "Good", "sort": "no-such", "priorities": [9, 2, "1"]},
                    {"key": "mine", "name": "Pretends to be built in"},
                    {"key": "own:b", "name": "   "},
                    {"key": "own:c", "name": "Good"},  # same name again
                    "junk",
                    {"key": "own:d", "name": "Soon", "sla_due_within_minutes": -5},
                ],
                "columns": ["status", "bogus", 7],
                "my_queues": "not a list",
            }
        ),
        "utf-8",
    )
    prefs = load_preferences(path)
    assert [v.name for v in prefs.own_views] == ["Good", "Soon"]
    good, soon = prefs.own_views
    assert good.sort is SortColumn.LAST_ACTIVITY and good.priorities == (2,)
    assert soon.sla_due_within_minutes is None
    assert prefs.columns == (SortColumn.SUBJECT, SortColumn.STATUS)
    assert prefs.my_queues is None


def test_the_subject_column_cannot_be_hidden() -> None:
    prefs = ListPreferences()
    prefs.set_columns([SortColumn.STATUS, SortColumn.STATUS])
    assert prefs.columns == (SortColumn.SUBJECT, SortColumn.STATUS)


def test_escalation_views_name_me_and_my_queues() -> None:
    viewer = Viewer("u-1", frozenset({"q-1", "q-2"}))
    sent = _view("escalated_to_my_queues").ticket_filter(viewer, NOW)
    assert sent.escalated_to_queues == {"q-1", "q-2"} and sent.escalated_to_user is None
    asked = _view("escalated_to_me").ticket_filter(viewer, NOW)
    assert asked.escalated_to_user == "u-1" and not asked.escalated_to_queues
    back = _view("returned_to_me").ticket_filter(viewer, NOW)
    assert (back.returned_to_queues, back.returned_to_user) == ({"q-1", "q-2"}, "u-1")
    # "My queues" not chosen yet: nothing came into them.
    none = _view("escalated_to_my_queues").ticket_filter(Viewer("u-1"), NOW)
    assert none.escalated_to_queues == {"@none"}


def test_an_own_view_keeps_its_escalation_condition(tmp_path: Path) -> None:
    prefs = ListPreferences()
    prefs.save_view("Sent to me", _view("escalated_to_me"))
    save_preferences(tmp_path / "views.json", prefs)
    again = load_preferences(tmp_path / "views.json")
    assert again.own_views[0].escalated == "to_me"
