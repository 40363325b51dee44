"""Service levels an agent can read at a glance, in Arabic and English:
lengths of time in words with real plurals (no "٤ ي", no "3,007 h"), the
list and the reading pane giving the same time for the same due moment,
"paused" and "paused after a miss" told apart in words, and every coloured
word readable on the rows and the pane it is drawn on."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desk_app.models import Priority, Ticket
from desk_app.services.intake import IntakeForm, create_ticket
from desk_app.services.sla import SlaState
from desk_app.services.sla_clock import StoredState
from desk_app.services.ticket_list import SortColumn, TicketRow
from desk_app.services.tickets import change_fields
from desk_app.ui import labels
from desk_app.ui.contrast import MINIMUM, contrast_ratio, readable
from desk_app.ui.durations import DAY, HOUR, Durations, minutes_until, span_text, working_text
from desk_app.ui.priority_style import priority_brush, priority_font
from desk_app.ui.sla_view import COLOURS, SlaView, state_colour
from desk_app.ui.ticket_model import COLUMNS, sla_cell
from tests.ui.conftest import add_tickets
from tests.ui.test_sla_view import THURSDAY_9, riyadh_desk

W = Durations()


def unit_words(n: int) -> set[str]:
    return {W.minutes(n), W.hours(n), W.days(n), W.weeks(n), W.months(n), W.years(n)}


def is_in_words(text: str) -> bool:
    """One unit word ("3 weeks"), or two joined by the translated pattern."""
    if _one_unit(text) or any(text in unit_words(n) for n in range(100, 1000)):
        return True
    pattern = W.pair("\x00", "\x01")
    head, _, rest = pattern.partition("\x00")
    middle, _, tail = rest.partition("\x01")
    if not (text.startswith(head) and text.endswith(tail)):
        return False
    inner = text[len(head) : len(text) - len(tail)]
    return any(
        inner[i : i + len(middle)] == middle
        and _one_unit(inner[:i])
        and _one_unit(inner[i + len(middle) :])
        for i in range(1, len(inner))
    )


def _one_unit(text: str) -> bool:
    return any(text in unit_words(n) for n in range(0, 100))


ABBREVIATIONS = re.compile(r"(^|[\s\d٠-٩])(h|d|min|m|س|ي|د)($|\s)")


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        (0, lambda: W.minutes(0)),
        (45, lambda: W.minutes(45)),
        (2 * HOUR + 15, lambda: W.pair(W.hours(2), W.minutes(15))),
        (9 * HOUR, lambda: W.hours(9)),
        (16 * HOUR + 40, lambda: W.hours(16)),
        (DAY + 22 * HOUR + 5, lambda: W.pair(W.days(1), W.hours(22))),
        (DAY + 30, lambda: W.days(1)),
        (4 * DAY + 3 * HOUR, lambda: W.days(4)),
        (20 * DAY, lambda: W.weeks(2)),
        (125 * DAY + 7 * HOUR, lambda: W.months(4)),  # "overdue by 3,007 h" before
        (500 * DAY, lambda: W.months(16)),
        (3 * 365 * DAY, lambda: W.years(3)),
    ],
)
def test_wall_clock_spans_are_words_in_the_right_unit(lang, minutes, expected) -> None:  # type: ignore[no-untyped-def]
    assert span_text(minutes) == span_text(-minutes) == expected()
    assert is_in_words(span_text(minutes))
    assert not ABBREVIATIONS.search(span_text(minutes)), span_text(minutes)


def test_working_time_is_never_said_in_days(lang) -> None:  # type: ignore[no-untyped-def]
    # A working day is not 24 hours: 80 working hours are not "3 days".
    assert working_text(80 * HOUR + 20) == W.hours(80)
    assert working_text(5 * HOUR + 30) == W.pair(W.hours(5), W.minutes(30))
    assert working_text(-(2 * HOUR)) == W.hours(2)


def _compile(tmp_path: Path, lang: str, forms: dict[str, list[str]], pair: str) -> Path:
    """A small .qm of the Durations words, built here: the plurals are Qt's
    own %n mechanism (six Arabic forms, the dual among them)."""
    messages = "".join(
        f'<message numerus="yes"><source>%Ln {unit}(s)</source><translation>'
        + "".join(f"<numerusform>{form}</numerusform>" for form in words)
        + "</translation></message>"
        for unit, words in forms.items()
    )
    source = "{larger} {smaller}"
    messages += f"<message><source>{source}</source><translation>{pair}</translation></message>"
    ts = tmp_path / f"durations_{lang}.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{lang}">'
        f"<context><name>Durations</name>{messages}</context></TS>",
        "utf-8",
    )
    qm = ts.with_suffix(".qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


ARABIC = {
    "day": ["%Ln يوم", "يوم", "يومين", "%Ln أيام", "%Ln يومًا", "%Ln يوم"],
    "hour": ["%Ln ساعة", "ساعة", "ساعتين", "%Ln ساعات", "%Ln ساعة", "%Ln ساعة"],
}
ENGLISH = {"day": ["%Ln day", "%Ln days"], "hour": ["%Ln hour", "%Ln hours"]}


def test_plurals_come_from_the_translation_with_every_form(lang, tmp_path) -> None:  # type: ignore[no-untyped-def]
    forms, pair = (
        (ARABIC, "{larger} و{smaller}") if lang == "ar" else (ENGLISH, "{larger} {smaller}")
    )
    translator = QTranslator()
    assert translator.load(str(_compile(tmp_path, lang, forms, pair)))
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        said = {n: span_text(n * DAY) for n in (2, 3, 11)}
        said[1] = span_text(DAY + 22 * HOUR)
        said[0] = span_text(3 * HOUR)
    finally:
        app.removeTranslator(translator)
    if lang == "ar":
        assert said == {
            2: "يومين",  # the dual, not "٢ يوم"
            3: "٣ أيام",
            11: "١١ يومًا",
            1: "يوم و٢٢ ساعة",
            0: "٣ ساعات",
        }
    else:
        assert said == {2: "2 days", 3: "3 days", 11: "11 days", 1: "1 day 22 hours", 0: "3 hours"}


def _row(**values: Any) -> TicketRow:
    now = THURSDAY_9
    base: dict[str, Any] = dict(
        row_no=1, id="t", number="HQ-1", subject="s", customer_name="c", status="open",
        priority=3, channel="web", group_id=None, assignee_id=None, created_at=now,
        last_activity_at=now,
    )  # fmt: skip
    base.update(values)
    return TicketRow(**base)


def test_the_list_says_paused_and_paused_after_a_miss_differently(lang) -> None:  # type: ignore[no-untyped-def]
    paused, grey = sla_cell(_row(sla_state=StoredState.PAUSED.value), THURSDAY_9)
    missed, red = sla_cell(_row(sla_state=StoredState.BREACHED.value), THURSDAY_9)
    assert (grey, red) == (SlaState.PAUSED, SlaState.BREACHED)
    assert paused and missed and paused != missed  # words, not only colour
    late, _ = sla_cell(_row(sla_due_at=THURSDAY_9 - timedelta(days=500)), THURSDAY_9)
    assert span_text(500 * DAY) in late and not ABBREVIATIONS.search(late)


def _list_cell(window: Any, ticket_id: str) -> str:
    model = window.list_panel.model
    row = model.row_of(ticket_id)
    assert row >= 0
    return str(model.index(row, COLUMNS.index(SortColumn.SLA_DUE)).data())


def _pane_lines(view: SlaView) -> list[str]:
    return [label.text() for label in view.lines]


def test_the_list_and_the_pane_give_the_same_time_for_one_due_moment(window, qtbot, lang):  # type: ignore[no-untyped-def]
    desk = window.desk
    riyadh_desk(desk)
    thursday_3pm = THURSDAY_9 + timedelta(hours=6)
    desk.ctx.now = lambda: thursday_3pm
    with desk.db.writing() as session:
        ticket = create_ticket(
            session, desk.ctx, IntakeForm(subject="web form", customer_name="Ali", channel="web")
        ).id
    panel, pane = window.list_panel, window.detail.sla

    def shown(now: Any) -> tuple[str, str, Any]:
        desk.ctx.now = lambda: now
        panel.refresh()
        qtbot.waitUntil(lambda: not panel.model.is_loading and panel.model.row_of(ticket) >= 0)
        panel.model.tick()
        panel.select_ticket(ticket)
        pane.show_ticket(None)  # no line read at an earlier moment stays
        pane.show_ticket(ticket)
        qtbot.waitUntil(lambda: pane.ticket_id == ticket and bool(pane.lines), timeout=5_000)
        qtbot.wait(50)
        with desk.db.reading() as session:
            due = session.execute(select(Ticket.sla_due_at).where(Ticket.id == ticket)).scalar()
        first = window.detail.findChild(type(pane.lines[0]), "sla_first_response")
        return _list_cell(window, ticket), first.text(), due

    # Thursday 15:00, the weekend ahead: the first reply is due Sunday 09:00,
    # nearly three days on the wall clock but two hours of working time.
    cell, line, due = shown(thursday_3pm)
    span = span_text(minutes_until(due.replace(tzinfo=thursday_3pm.tzinfo), thursday_3pm))
    assert cell == span == W.days(2)
    assert span in line  # the same figure in the pane ...
    assert working_text(2 * HOUR) in line  # ... and the working time, said as such
    working = QCoreApplication.translate(
        "SlaView", "{name}: due {due}, in {span} ({working} of working time)"
    )
    assert line.endswith(working.split("{working}")[-1])
    assert not ABBREVIATIONS.search(cell) and not ABBREVIATIONS.search(line)

    # A month on: overdue in both, by the same (wall-clock) time, in weeks.
    month_on = thursday_3pm + timedelta(days=30)
    cell, line, due = shown(month_on)
    late = span_text(minutes_until(due.replace(tzinfo=month_on.tzinfo), month_on))
    assert late == W.weeks(3)  # due Sunday 09:00, 27 days before
    assert late in cell and late in line


def test_the_pane_says_paused_and_missed_then_paused_differently(desk, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    riyadh_desk(desk)
    desk.ctx.now = lambda: THURSDAY_9
    with desk.db.writing() as session:
        on_time, late = (
            create_ticket(session, desk.ctx, IntakeForm(subject=s, channel="web")).id
            for s in ("waits in time", "waits after a miss")
        )
    view = SlaView(desk)
    qtbot.addWidget(view)
    view.show()

    def lines(ticket_id: str) -> list[tuple[str, str]]:
        view.show_ticket(None)
        qtbot.waitUntil(lambda: not view.lines)
        view.show_ticket(ticket_id)
        qtbot.waitUntil(lambda: view.clocks is not None and bool(view.lines), timeout=5_000)
        return [(label.text(), label.styleSheet()) for label in view.lines]

    desk.ctx.now = lambda: THURSDAY_9 + timedelta(minutes=30)
    with desk.db.writing() as session:
        change_fields(session, desk.ctx, on_time, {"status": "waiting_customer"})
    desk.ctx.now = lambda: THURSDAY_9 + timedelta(days=3)
    with desk.db.writing() as session:
        change_fields(session, desk.ctx, late, {"status": "waiting_customer"})
    (paused_text, paused_style), *_ = lines(on_time)
    (missed_text, missed_style), *_ = lines(late)
    assert state_colour(SlaState.PAUSED).name() in paused_style
    assert state_colour(SlaState.BREACHED).name() in missed_style
    paused_words = QCoreApplication.translate(
        "SlaView", "{name}: paused while waiting, with {left} of working time to go"
    )
    missed_words = QCoreApplication.translate(
        "SlaView", "{name}: overdue by {late} (due {due}), paused while waiting"
    )
    assert paused_words.split("{left}")[-1] in paused_text
    assert missed_text.endswith(missed_words.split("{due}")[-1])
    assert paused_text.split(":", 1)[1] != missed_text.split(":", 1)[1]


def _backgrounds(palette: QPalette, roles: tuple[QPalette.ColorRole, ...]) -> list[QColor]:
    return [palette.color(QPalette.ColorGroup.Active, role) for role in roles]


ROWS = (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)


def test_every_coloured_word_reads_at_4_5_to_1_on_its_background(window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    add_tickets(window.desk, [IntakeForm(subject=f"p{int(p)}", priority=int(p)) for p in Priority])
    panel = window.list_panel
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.model.is_loading and panel.model.rowCount() == len(Priority))
    model, column = panel.model, COLUMNS.index(SortColumn.PRIORITY)
    drawn = {
        model.row_at(r).priority: (
            model.index(r, column).data(Qt.ItemDataRole.ForegroundRole),
            model.index(r, column).data(Qt.ItemDataRole.FontRole),
        )
        for r in range(model.rowCount())
    }
    table = panel.table
    assert table.alternatingRowColors()
    rows = _backgrounds(table.palette(), ROWS)
    pane = _backgrounds(window.detail.palette(), (QPalette.ColorRole.Window,))
    colours = [brush.color() for brush, _font in drawn.values() if brush is not None]
    colours += [state_colour(state) for state in COLOURS]  # the list's SLA column and the pane
    assert len(colours) == len(labels.PRIORITY_COLOURS) + len(COLOURS)
    for colour in colours:
        for ground in rows + pane:
            ratio = contrast_ratio(colour, ground)
            assert ratio >= MINIMUM, (colour.name(), ground.name(), round(ratio, 2))
    # Regular service, most rows, in the view's own text colour; the urgent
    # priorities also in bold, so colour is never the only cue.
    assert drawn[Priority.REGULAR] == (None, None)
    for level in (Priority.ENTERPRISE_FAILURE, Priority.CRITICAL):
        brush, font = drawn[level]
        assert brush is not None and font is not None and font.bold()
    assert priority_brush(Priority.REGULAR) is None and priority_font(Priority.PLANNED) is None


def test_colours_are_made_readable_on_a_dark_palette(lang) -> None:  # type: ignore[no-untyped-def]
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
        (QPalette.ColorRole.Window, "#323232"),
    ):
        dark.setColor(role, QColor(colour))
    grounds = _backgrounds(dark, (*ROWS, QPalette.ColorRole.Window))
    for colour in [*labels.PRIORITY_COLOURS.values(), *map(QColor, COLOURS.values())]:
        shown = readable(colour, dark)
        assert all(contrast_ratio(shown, g) >= MINIMUM for g in grounds), colour.name()
        # The same hue, only lighter (a grey stays a grey).
        if colour.hslSaturationF() > 0.1:
            assert abs(shown.hslHueF() - colour.hslHueF()) < 0.02
