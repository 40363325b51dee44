"""The escalation rules on the console's service-levels page, in ar and en:
the branch's rules shown per priority, a rule added, changed and removed,
a priority left with no rules, the same rule twice said beside that
priority with nothing chosen lost, the defaults restored, the keyboard's
way through, a save that keeps them in the branch's document (and the
desk's rules follow it), and the part pictured at a laptop's size."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea
from sqlalchemy import select

from desk_app.models import Role, Ticket
from desk_app.services import branch_clocks, sla_clock
from desk_app.services.branch_levels import load_branch_levels, save_branch_levels
from desk_app.services.escalation_policy import (
    DEFAULT_RULES,
    RULE_TWICE,
    EscalationRule,
    RuleAction,
)
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.messages import FieldError
from desk_app.ui import labels
from desk_app.ui.admin_console import AdminConsole, open_console
from desk_app.ui.admin_levels_page import LevelsPage
from desk_app.ui.checks import screenshot
from desk_app.ui.levels_rules import RuleRow
from desk_app.ui.screen_fit import pretend_screen
from tests.ui.walk import set_role

UP = RuleAction.ESCALATE_UP
LEAD = RuleAction.NOTIFY_LEAD


def _page(desk, qtbot) -> LevelsPage:  # type: ignore[no-untyped-def]
    set_role(desk, Role.ADMIN)
    console = open_console(desk)
    assert console is not None
    qtbot.addWidget(console)
    # The console has no parent: the test keeps it alive while it runs.
    _consoles.append(console)
    qtbot.waitExposed(console)
    page = console.show_page("levels")
    assert isinstance(page, LevelsPage)
    qtbot.waitUntil(lambda: page.loaded is not None and page.save_button.isEnabled())
    assert page.show_part("rules")
    return page


_consoles: list[AdminConsole] = []


@pytest.fixture(autouse=True)
def _forget_consoles() -> Iterator[None]:
    yield
    _consoles.clear()


def _idle(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    desk.tasks.wait()
    qtbot.wait(10)
    desk.tasks.wait()


def _set(row: RuleRow, at: int, action: RuleAction, raised: bool) -> None:
    row.share.setCurrentIndex(row.share.findData(at))
    row.action.setCurrentIndex(row.action.findData(action.value))
    row.raise_box.setChecked(raised)


def test_the_rules_are_shown_edited_and_saved(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    page = _page(desk, qtbot)
    rules = page.rules
    assert rules.rules() == {p: DEFAULT_RULES for p in (1, 2, 3, 4)}
    first = rules.priorities[1].rows[0]
    assert first.share.currentText() == first.share_text(75)
    assert first.action.currentText() == first.tr("Ask the team lead")
    # Planned events: no rules at all.
    planned = rules.priorities[4]
    while planned.rows:
        planned.rows[0].remove_button.click()
    assert planned.none_label.isVisibleTo(page)
    assert planned.rules() == ()
    assert page.revert_button.isEnabled()
    # Regular service: a third rule (escalate already at 75 %), and the
    # breach rule no longer raises the priority.
    regular = rules.priorities[3]
    regular.add_button.click()
    assert regular.rows[2].rule() == EscalationRule(75, UP)
    assert regular.rows[2].share.hasFocus() or not page.isActiveWindow()
    regular.rows[1].raise_box.setChecked(False)
    page.save_button.click()
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.version == 1)
    with desk.db.reading() as session:
        saved = load_branch_levels(session, desk.ctx.branch_id)
    assert saved.escalation[4] == ()
    assert saved.escalation[3] == (
        EscalationRule(75, UP),
        EscalationRule(75, LEAD),
        EscalationRule(100, UP),
    )
    assert saved.escalation[1] == DEFAULT_RULES
    # The page shows what was saved, unchanged.
    assert not page.revert_button.isEnabled()
    assert page.rules.priorities[4].none_label.isVisibleTo(page)
    assert len(page.rules.priorities[3].rows) == 3
    _idle(desk, qtbot)


def test_the_same_rule_twice_is_said_beside_its_priority(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    page = _page(desk, qtbot)
    page.show_part("targets")
    critical = page.rules.priorities[2]
    _set(critical.rows[1], 75, LEAD, True)
    page.save_button.click()
    expected = labels.error_text(FieldError("escalation.2", RULE_TWICE))
    assert critical.message.text() == expected
    assert critical.message.isVisibleTo(page)
    assert critical.rows[0].share.accessibleDescription() == expected
    # The tab with the mistake is brought forward; nothing chosen is lost.
    assert page.per_priority.currentIndex() == 1
    assert critical.rows[1].rule() == EscalationRule(75, LEAD, True)
    assert page.message.text() == page.tr("Not saved: see the messages beside the fields.")
    assert page.loaded is not None and page.loaded.version == 0
    # Changing one of the rules clears the message; a save then goes through.
    _set(critical.rows[1], 100, LEAD, True)
    assert not critical.message.isVisibleTo(page)
    assert critical.rows[0].share.accessibleDescription() == ""
    page.save_button.click()
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.version == 1)
    with desk.db.reading() as session:
        saved = load_branch_levels(session, desk.ctx.branch_id)
    assert saved.escalation[2] == (EscalationRule(75, LEAD), EscalationRule(100, LEAD, True))
    _idle(desk, qtbot)


def test_at_most_four_rules_and_the_defaults_come_back(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    page = _page(desk, qtbot)
    part = page.rules.priorities[1]
    part.add_button.click()
    part.add_button.click()
    assert len(part.rows) == 4
    assert len({row.rule().key for row in part.rows}) == 4  # each added rule is new
    assert not part.add_button.isEnabled()
    part.rows[0].remove_button.click()
    assert part.add_button.isEnabled()
    page.rules.restore_button.click()
    assert page.rules.rules() == {p: DEFAULT_RULES for p in (1, 2, 3, 4)}
    assert not page.revert_button.isEnabled()  # the defaults were in force
    # Tab walks each priority's add button and rules in reading order.
    page.rules.priorities[1].add_button.setFocus()
    expected = [
        *[e for p in page.rules.priorities.values() for e in p.editors()][1:],
        page.rules.restore_button,
    ]
    walked = [page.rules.priorities[1].add_button]
    for _ in expected:
        walked.append(walked[-1].nextInFocusChain())
        while walked[-1].focusPolicy() == Qt.FocusPolicy.NoFocus or walked[-1].focusProxy():
            walked[-1] = walked[-1].nextInFocusChain()
    assert walked[1:] == expected


def test_revert_and_a_saved_document_fill_the_rules(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    page = _page(desk, qtbot)
    assert page.loaded is not None
    custom = replace(
        page.loaded, escalation={**page.loaded.escalation, 3: (EscalationRule(100, LEAD),)}
    )
    with desk.db.writing() as session:
        save_branch_levels(session, desk.ctx, custom)
    page.reload()
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.version == 1)
    assert [r.rule() for r in page.rules.priorities[3].rows] == [EscalationRule(100, LEAD)]
    page.rules.priorities[3].rows[0].raise_box.setChecked(True)
    page.revert_button.click()
    assert page.rules.priorities[3].rules() == (EscalationRule(100, LEAD),)
    _idle(desk, qtbot)


def test_the_desks_rules_follow_the_saved_document(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    """No rule for the ticket's priority: nothing falls due; the rules back:
    its next rule's due time is recomputed, as its targets are."""
    with desk.db.writing() as session:
        ticket = create_ticket(session, desk.ctx, IntakeForm(subject="s", customer_name="c")).id
    with desk.db.reading() as session:
        due = session.scalar(select(Ticket.escalation_due_at).where(Ticket.id == ticket))
        priority = session.scalar(select(Ticket.priority).where(Ticket.id == ticket))
        start = load_branch_levels(session, desk.ctx.branch_id)
    assert due is not None
    set_role(desk, Role.ADMIN)
    for rules, expect_due in (((), False), ((EscalationRule(100, UP),), True)):
        with desk.db.writing() as session:
            start = save_branch_levels(
                session, desk.ctx, replace(start, escalation={**start.escalation, priority: rules})
            )
        with desk.db.writing() as session:
            while branch_clocks.recompute_due_branches(session):
                pass
        with desk.db.reading() as session:
            after = session.scalar(select(Ticket.escalation_due_at).where(Ticket.id == ticket))
            sla = session.scalar(select(Ticket.sla_due_at).where(Ticket.id == ticket))
        assert (after is not None) is expect_due
        if expect_due:
            # The breach rule falls due with the resolution target, later than 75 %.
            with desk.db.reading() as session:
                points = sla_clock.rule_points(session, ticket, datetime.now(UTC))
            assert [r for r, _w in points] == [EscalationRule(100, UP)]
            assert after is not None and sla is not None and after > due


def test_the_rules_fit_a_laptop_screen_and_are_pictured(window, qtbot, lang, tmp_path):  # type: ignore[no-untyped-def]
    set_role(window.desk, Role.ADMIN)
    png = tmp_path / f"levels-rules-{lang}.png"
    try:
        screenshot(window, png, QSize(1366, 768), "admin:levels:rules")
    finally:
        pretend_screen(None)
    assert png.stat().st_size > 10_000
    console = window.findChild(AdminConsole)
    assert console is not None
    page = console.stack.currentWidget()
    assert isinstance(page, LevelsPage)
    assert page.per_priority.currentIndex() == 1
    # Neither the page nor its rules scroll: every priority's rules are in sight.
    for name in ("levelsScroll", "rulesScroll"):
        scroll = page.findChild(QScrollArea, name)
        assert not scroll.verticalScrollBar().isVisible(), name
    assert page.rules.restore_button.isVisible()
    for part in page.rules.priorities.values():
        assert all(row.isVisible() for row in part.rows)
    console.close()
    window.desk.tasks.wait()
