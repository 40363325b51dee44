"""The console's service-levels page in ar and en: a branch loaded (the
desk's own first), periods added and removed, bad input on every field said
beside it with nothing typed lost, holidays by either calendar with the
Hijri date beside the Gregorian (Arabic-Indic digits in Arabic), a
country's holidays appended once, a save that bumps the version and is
audited, a save refused because someone saved meanwhile, the save through
the server on a background job, and no page for a person without the right."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtWidgets import QScrollArea
from sqlalchemy import select

from desk_app.__main__ import parse_args
from desk_app.models import AuditEntry, Branch, Role
from desk_app.server.schema import config as server_config
from desk_app.services import branch_levels as bl
from desk_app.services import messages as m
from desk_app.services.audit import AuditKind
from desk_app.services.branch_levels import (
    Holiday,
    gregorian_of,
    levels_key,
    load_branch_levels,
    national_holidays,
    save_branch_levels,
)
from desk_app.services.config_store import ConfigDocument, StaleDocument, load_document
from desk_app.services.ids import new_id
from desk_app.services.messages import FieldError
from desk_app.services.permissions import REASONS, Right, RightsTable
from desk_app.services.rights_store import load_rights, save_rights
from desk_app.sync import config_sync
from desk_app.sync.admin_messages import DeviceList, PeopleList
from desk_app.sync.credentials import MemoryKeyring
from desk_app.sync.errors import Unreachable
from desk_app.sync.status import SyncState
from desk_app.ui import labels
from desk_app.ui.admin_console import AdminConsole, open_console
from desk_app.ui.admin_levels_page import LevelsPage
from desk_app.ui.checks import screenshot
from desk_app.ui.levels_editors import HIJRI_CALENDAR, gregorian_text, hijri_text
from desk_app.ui.levels_holidays import no_such_hijri_day
from desk_app.ui.screen_fit import pretend_screen
from desk_app.ui.sync_texts import problem_text
from tests.sync.harness import Server, running_server
from tests.ui.conftest import expected_direction
from tests.ui.screen_text import visible_texts
from tests.ui.walk import set_role

LATIN_DIGIT = re.compile(r"[0-9]")


def _idle(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    desk.tasks.wait()
    qtbot.wait(10)
    desk.tasks.wait()


def _page(desk, qtbot, role: Role = Role.ADMIN) -> tuple[AdminConsole, LevelsPage]:  # type: ignore[no-untyped-def]
    set_role(desk, role)
    console = open_console(desk)
    assert console is not None
    qtbot.addWidget(console)
    qtbot.waitExposed(console)
    page = console.show_page("levels")
    assert isinstance(page, LevelsPage)
    qtbot.waitUntil(lambda: page.loaded is not None and page.save_button.isEnabled())
    return console, page


def _said(page: LevelsPage, field: str) -> str:
    label = page.errors[field]
    return label.text() if label.isVisibleTo(page) else ""


def _text(message: str, **params: Any) -> str:
    return labels.error_text(FieldError("", message, dict(params)))


def _saved_version(desk) -> int:  # type: ignore[no-untyped-def]
    with desk.db.reading() as session:
        return load_branch_levels(session, desk.ctx.branch_id).version


def _add_branch(desk, name: str, name_ar: str) -> str:  # type: ignore[no-untyped-def]
    branch_id = new_id()
    with desk.db.writing() as session:
        session.add(
            Branch(
                id=branch_id,
                code=name[:3].upper(),
                name=name,
                name_ar=name_ar,
                updated_at=desk.ctx.stamp(session),
                origin_client_id=desk.ctx.client_id,
                created_at=datetime.now(UTC),
            )
        )
    return branch_id


def _short_month(year: int) -> int:
    """A month of ``year`` with 29 days in the Umm al-Qura calendar."""
    for month in range(1, 13):
        try:
            gregorian_of(year, month, 30)
        except ValueError:
            return month
    raise AssertionError("every month has 30 days")


def test_the_page_loads_the_desks_branch_first(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    other = _add_branch(desk, "Aardvark Street", "شارع الأرض")  # sorts before "Head Office"
    console, page = _page(desk, qtbot)
    assert page.layoutDirection() == expected_direction(lang)
    assert page.branch.count() == 2
    assert page.branch.itemData(0) == desk.ctx.branch_id
    assert page.branch.itemData(1) == other
    assert page.branch.itemText(1) == ("شارع الأرض" if lang == "ar" else "Aardvark Street")
    assert page.version_label.text() == page.tr("In force: defaults (never changed)")
    assert page.hours.periods() == ((time(8), time(16)),)
    assert page.weekend.days() == frozenset({5, 6})
    # The week as the locale orders it, each day by its own name.
    first = QLocale().firstDayOfWeek().value
    assert page.weekend.order[0] == first
    assert page.weekend.boxes[5].text() == QLocale().dayName(5)

    # Start before end, day before year, hours before minutes: on the right in Arabic.
    def x(widget) -> int:  # type: ignore[no-untyped-def]
        return widget.mapTo(page, widget.rect().center()).x()

    row = page.hours.rows[0]
    holidays = page.holidays
    first_target = page.targets.cells[(1, "first_response")]
    pairs = (
        (row.start, row.end),
        (holidays.hijri_day, holidays.hijri_year),
        (holidays.gregorian, holidays.hijri_day),
        (first_target.hours, first_target.minutes),
    )
    # The periods were laid out after the page was shown: wait for their places.
    qtbot.waitUntil(lambda: all(x(a) != x(b) for a, b in pairs))
    for leading, trailing in pairs:
        assert (x(leading) > x(trailing)) is (lang == "ar")
    # Targets in words and the locale's digits.
    cell = page.targets.cells[(1, "first_response")]
    assert cell.value() == 15
    shown = cell.minutes.text()
    assert (LATIN_DIGIT.search(shown) is None) is (lang == "ar")

    # Another branch: its own levels; edits of the first come back.
    page.weekend.boxes[4].setChecked(True)
    page.branch.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.branch_id == other)
    assert page.weekend.days() == frozenset({5, 6})
    page.branch.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.branch_id != other)
    assert page.weekend.days() == frozenset({4, 5, 6})
    assert page.message.text() == page.tr("Your unsaved changes to this branch are back.")
    _idle(desk, qtbot)
    console.close()


def test_periods_are_added_and_removed(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    _console, page = _page(desk, qtbot)
    page.hours.rows[0].end.set_value(time(12))
    page.hours.add_button.click()
    assert len(page.hours.rows) == 2
    assert page.hours.periods()[1] == (time(13), time(15))
    assert page.revert_button.isEnabled()
    page.hours.rows[1].end.set_value(time(17))
    page.hours.add_button.click()
    # Tab walks the periods in order, then the button that adds one, then the weekend.
    page.branch.setFocus()
    expected = [
        *(e for row in page.hours.rows for e in (row.start, row.end, row.remove_button)),
        page.hours.add_button,
        page.weekend.boxes[page.weekend.order[0]],
    ]
    walked = [page.branch]
    for _ in expected:
        walked.append(walked[-1].nextInFocusChain())
        while walked[-1].focusPolicy() == Qt.FocusPolicy.NoFocus or walked[-1].focusProxy():
            walked[-1] = walked[-1].nextInFocusChain()
    assert walked[1:] == expected
    page.hours.rows[2].remove_button.click()
    assert page.hours.periods() == ((time(8), time(12)), (time(13), time(17)))
    page.save_button.click()
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.version == 1)
    with desk.db.reading() as session:
        saved = load_branch_levels(session, desk.ctx.branch_id)
    assert saved.periods == ((time(8), time(12)), (time(13), time(17)))
    _idle(desk, qtbot)


def test_bad_input_on_every_field(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    _console, page = _page(desk, qtbot)

    # Overlapping periods, said under the hours; what was typed stays.
    page.hours.rows[0].end.set_value(time(13))
    page.hours.add_button.click()
    page.hours.rows[1].start.set_value(time(12))
    page.hours.rows[1].end.set_value(time(16))
    page.save_button.click()
    overlap = _text(bl.OVERLAPPING_PERIODS, first="08:00-13:00", second="12:00-16:00")
    assert _said(page, "hours") == overlap
    assert page.hours.periods() == ((time(8), time(13)), (time(12), time(16)))
    assert page.message.text() == page.tr("Not saved: see the messages beside the fields.")
    # A period that ends before it starts.
    page.hours.rows[1].start.set_value(time(17))
    assert _said(page, "hours") == ""  # a changed field loses its message
    page.save_button.click()
    assert _said(page, "hours") == _text(bl.REVERSED_PERIOD, period="17:00-16:00")
    # No period at all.
    page.hours.rows[1].remove_button.click()
    page.hours.rows[0].remove_button.click()
    page.save_button.click()
    assert _said(page, "hours") == _text(bl.NO_HOURS)
    page.hours.add_button.click()
    assert page.hours.periods() == ((time(8), time(16)),)

    # No working day left.
    for box in page.weekend.boxes.values():
        box.setChecked(True)
    page.save_button.click()
    assert _said(page, "weekend") == _text(bl.NO_WORKING_DAY)
    page.weekend.boxes[1].setChecked(False)
    assert _said(page, "weekend") == ""

    # A holiday with no name, then the same day twice.
    holidays = page.holidays
    holidays.gregorian.set_value(date(2026, 9, 23))
    holidays.add_button.click()
    assert _said(page, "holiday_name") == _text(m.REQUIRED)
    holidays.name.setText("National Day")
    assert _said(page, "holiday_name") == ""
    holidays.add_button.click()
    assert [h.day for h in holidays.holidays()] == [date(2026, 9, 23)]
    holidays.name.setText("Again")
    holidays.add_button.click()
    twice = holidays.tr("{date} is already a holiday: {name}.").format(
        date=gregorian_text(date(2026, 9, 23)), name=holidays.table.item(0, 2).text()
    )
    assert _said(page, "holiday_date") == twice
    assert len(holidays.holidays()) == 1
    assert holidays.name.text() == "Again"

    # A Hijri date the calendar does not have.
    month = _short_month(1447)
    holidays.hijri_year.setValue(1447)
    holidays.hijri_month.setCurrentIndex(month - 1)
    holidays.hijri_day.setValue(30)
    assert _said(page, "holiday_date") == no_such_hijri_day()
    assert holidays.hijri_day.accessibleDescription() == no_such_hijri_day()
    holidays.add_button.click()
    assert len(holidays.holidays()) == 1
    holidays.hijri_day.setValue(29)
    assert _said(page, "holiday_date") == ""
    assert holidays.gregorian.value() == gregorian_of(1447, month, 29)

    # A target of nothing.
    cell = page.targets.cells[(2, "next_update")]
    cell.hours.setValue(0)
    cell.minutes.setValue(0)
    page.save_button.click()
    expected = _text(bl.TARGET_OUT_OF_RANGE, limit=bl.MAX_TARGET)
    assert expected in page.targets.message.text()
    assert page.targets.cell_label(2, "next_update") in page.targets.message.text()
    assert cell.hours.accessibleDescription() == expected
    cell.minutes.setValue(30)
    assert not page.targets.message.isVisibleTo(page)
    # "Not tracked" is a target too: none.
    page.targets.cells[(4, "next_update")].hours.setValue(-1)
    assert page.targets.cells[(4, "next_update")].value() is None
    assert not page.targets.cells[(4, "next_update")].minutes.isEnabled()

    # The domain's own holiday check is said on the holiday's row.
    twice_levels = replace(
        page.current(),
        holidays=(Holiday(date(2026, 9, 23), "A"), Holiday(date(2026, 9, 23), "B")),
    )
    page.show_problems(bl.check_levels(twice_levels))
    assert _text(bl.HOLIDAY_TWICE) in _said(page, "holidays")
    # A day outside the years a holiday may fall in cannot even be typed.
    assert holidays.gregorian.minimumDate().year() >= bl.FIRST_YEAR
    assert holidays.gregorian.maximumDate().year() <= bl.LAST_YEAR
    holidays.gregorian.set_value(date(1850, 1, 1))
    assert holidays.gregorian.value().year >= bl.FIRST_YEAR

    assert _saved_version(desk) == 0  # nothing was written
    page.save_button.click()
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.version == 1)
    with desk.db.reading() as session:
        saved = load_branch_levels(session, desk.ctx.branch_id)
    assert saved.targets[2].next_update == 30
    assert saved.targets[4].next_update is None
    assert saved.weekend == frozenset(range(2, 8))
    assert [h.name for h in saved.holidays] == ["National Day"]
    _idle(desk, qtbot)


def test_hijri_beside_gregorian(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    _console, page = _page(desk, qtbot)
    holidays = page.holidays
    # Eid al-Fitr by its Hijri date: 1 Shawwal 1447.
    holidays.hijri_year.setValue(1447)
    holidays.hijri_month.setCurrentIndex(9)
    holidays.hijri_day.setValue(1)
    eid = gregorian_of(1447, 10, 1)
    assert holidays.gregorian.value() == eid
    holidays.name.setText("عيد الفطر")
    holidays.add_button.click()
    # And a day by its Gregorian date: the Hijri fields follow.
    holidays.gregorian.set_value(date(2026, 9, 23))
    assert (holidays.hijri_year.value(), holidays.hijri_month.currentIndex() + 1) == bl.hijri_of(
        date(2026, 9, 23)
    )[:2]
    holidays.name.setText("National Day")
    holidays.add_button.click()

    table = holidays.table
    assert table.rowCount() == 2
    assert table.item(0, 0).text() == gregorian_text(eid)
    hijri = table.item(0, 1).text()
    assert hijri == hijri_text(eid)
    assert HIJRI_CALENDAR.monthName(QLocale(), 10) in hijri
    if lang == "ar":
        assert "١" in hijri and "١٤٤٧" in hijri
        # Nothing on the page in Latin digits: dates, times, targets, years.
        assert [t for t in visible_texts(page) if LATIN_DIGIT.search(t)] == []
    else:
        assert "1447" in hijri
    # Removing the chosen one.
    table.clearSelection()
    assert not holidays.remove_button.isEnabled()
    # Chosen with the mouse (in a mirrored table, where Qt says it is).
    cell = table.visualRect(table.model().index(1, 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert holidays.remove_button.isEnabled()
    holidays.remove_button.click()
    assert [h.day for h in holidays.holidays()] == [eid]
    _idle(desk, qtbot)


def test_national_holidays_are_appended_once(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    _console, page = _page(desk, qtbot)
    holidays = page.holidays
    expected = national_holidays("SA", 2026)
    assert expected
    # One of the country's days is already listed, under its own name.
    holidays.gregorian.set_value(expected[0].day)
    holidays.name.setText("Our own name")
    holidays.add_button.click()
    # The locale's country is offered first.
    assert holidays.country.currentData() == ("SA" if lang == "ar" else "GB")
    holidays.country.setCurrentIndex(holidays.country.findData("SA"))
    assert holidays.country.currentText() == QCoreApplication.translate(
        "CountryNames", "Saudi Arabia"
    )
    holidays.year.setValue(2026)
    holidays.national_button.click()
    qtbot.waitUntil(lambda: len(holidays.holidays()) == len({h.day for h in expected}))
    assert holidays.holidays()[0].name == "Our own name"
    days = [h.day for h in holidays.holidays()]
    assert days == sorted(set(days))
    holidays.national_button.click()
    qtbot.waitUntil(lambda: holidays.national_button.isEnabled())
    _idle(desk, qtbot)
    assert len(holidays.holidays()) == len(days)
    assert holidays.national_said.text().startswith(holidays.tr("%Ln holiday(s) added.", "", 0))
    _idle(desk, qtbot)


def test_a_save_bumps_the_version_and_is_audited(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    _console, page = _page(desk, qtbot)
    page.weekend.boxes[6].setChecked(False)
    page.weekend.boxes[7].setChecked(True)
    page.save_button.click()
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.version == 1)
    assert page.version_label.text() == page.tr("In force: version {version}").format(
        version=QLocale().toString(1)
    )
    assert page.message.text().startswith(
        page.tr(
            "Saved as version {version}. The clocks of the branch's open tickets are "
            "being recomputed in the background."
        ).format(version=QLocale().toString(1))[:10]
    )
    assert not page.revert_button.isEnabled()
    page.targets.cells[(3, "resolution")].hours.setValue(30)
    page.revert_button.click()
    assert page.targets.cells[(3, "resolution")].value() == page.loaded.targets[3].resolution
    page.targets.cells[(3, "resolution")].hours.setValue(30)
    page.save_button.click()
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.version == 2)
    with desk.db.reading() as session:
        saved = load_branch_levels(session, desk.ctx.branch_id)
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.kind == AuditKind.CONFIG_CHANGED.value)
        ).all()
    assert saved.version == 2
    assert saved.weekend == frozenset({5, 7})
    assert saved.targets[3].resolution == 30 * 60
    assert len(audited) == 2
    _idle(desk, qtbot)


def test_a_stale_save_says_someone_saved_meanwhile(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    _console, page = _page(desk, qtbot)
    page.weekend.boxes[4].setChecked(True)
    # Someone else saves this branch's levels after the page read them.
    with desk.db.writing() as session:
        theirs = load_branch_levels(session, desk.ctx.branch_id)
        save_branch_levels(session, desk.ctx, replace(theirs, weekend=frozenset({6, 7})))
    page.save_button.click()
    qtbot.waitUntil(page.reload_button.isVisible)
    assert page.message.text() == page.tr(
        "Someone else saved this branch's service levels meanwhile (now version "
        "{version}). Nothing was saved; Reload shows theirs, and your changes "
        "stay here until then."
    ).format(version=QLocale().toString(1))
    assert page.weekend.days() == frozenset({4, 5, 6})  # nothing typed lost
    assert _saved_version(desk) == 1
    page.reload_button.click()
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.version == 1)
    assert page.weekend.days() == frozenset({6, 7})
    assert not page.reload_button.isVisible()
    _idle(desk, qtbot)


def test_a_save_is_refused_when_the_right_went_away(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    _console, page = _page(desk, qtbot)
    page.weekend.boxes[4].setChecked(True)
    set_role(desk, Role.SUPERVISOR)
    page.save_button.click()
    expected = QCoreApplication.translate("Permissions", REASONS[Right.CONFIGURE_SLA])
    qtbot.waitUntil(lambda: page.message.text() == expected)
    assert page.save_button.isEnabled()
    assert page.weekend.days() == frozenset({4, 5, 6})
    assert _saved_version(desk) == 0
    with desk.db.reading() as session:
        refused = session.scalars(
            select(AuditEntry).where(AuditEntry.kind == AuditKind.REFUSED.value)
        ).all()
    assert len(refused) == 1
    _idle(desk, qtbot)


class _FakeServer:
    """The server as config_sync reaches it: a publish that answers with the
    next version or refuses an editor that started from an old one, and the
    documents a sync keeps."""

    def __init__(self, desk) -> None:  # type: ignore[no-untyped-def]
        self.desk = desk
        self.document: ConfigDocument | None = None
        self.threads: list[threading.Thread] = []

    def publish(self, client: object, key: str, version: int, body: dict[str, Any]) -> Any:
        self.threads.append(threading.current_thread())
        current = self.document.version if self.document is not None else 0
        if version != current:
            raise StaleDocument(key, current)
        self.document = ConfigDocument(key, current + 1, body)
        return self.document

    def pull_config(self, db: object, client: object) -> list[str]:
        self.threads.append(threading.current_thread())
        assert self.document is not None
        with self.desk.db.writing() as session:
            config_sync.keep(session, self.document)
        return [self.document.key]

    def someone_saves(self, levels: bl.BranchLevels) -> None:
        current = self.document.version if self.document is not None else 0
        self.document = ConfigDocument(
            levels_key(levels.branch_id), current + 1, bl.to_body(levels)
        )


def test_with_a_server_the_save_goes_there_off_the_window_thread(desk, qtbot, lang, monkeypatch):  # type: ignore[no-untyped-def]
    server = _FakeServer(desk)
    monkeypatch.setattr(config_sync, "publish", server.publish)
    monkeypatch.setattr(config_sync, "pull_config", server.pull_config)
    # Only what the console's pages ask of a server (the people page lists
    # people and devices); the publish itself is the stand-in server's.
    desk.server_client = SimpleNamespace(
        signed_in=True,
        people=lambda: PeopleList(people=[], branches=[]),
        devices=lambda: DeviceList(devices=[]),
    )
    _console, page = _page(desk, qtbot)
    page.weekend.boxes[4].setChecked(True)
    page.save_button.click()
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.version == 1)
    assert server.threads and server.threads[0] is not threading.main_thread()
    assert server.document is not None and server.document.body["weekend"] == [4, 5, 6]
    with desk.db.reading() as session:
        kept = load_document(session, levels_key(desk.ctx.branch_id))
    assert kept is not None and kept.version == 1  # the server's copy, kept
    assert page.version_label.text() == page.tr("In force: version {version}").format(
        version=QLocale().toString(1)
    )

    # Another desk saved on the server meanwhile: said, and Reload fetches theirs.
    server.someone_saves(replace(page.loaded, weekend=frozenset({6, 7})))
    page.weekend.boxes[3].setChecked(True)
    page.save_button.click()
    qtbot.waitUntil(page.reload_button.isVisible)
    assert QLocale().toString(2) in page.message.text()
    assert page.weekend.days() == frozenset({3, 4, 5, 6})
    page.reload_button.click()
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.version == 2)
    assert page.weekend.days() == frozenset({6, 7})
    assert all(t is not threading.main_thread() for t in server.threads)

    # The server out of reach: said as the sync says it, nothing typed lost.
    def unreachable(*_args: object) -> Any:
        raise Unreachable("unreachable", "connection refused")

    monkeypatch.setattr(config_sync, "publish", unreachable)
    page.weekend.boxes[1].setChecked(True)
    page.save_button.click()
    qtbot.waitUntil(lambda: page.message.text() == problem_text("unreachable"))
    assert page.weekend.days() == frozenset({1, 6, 7})
    assert page.save_button.isEnabled()
    desk.server_client = None
    _idle(desk, qtbot)


def test_only_a_person_with_the_right_sees_the_page(desk, qtbot, lang):  # type: ignore[no-untyped-def]
    set_role(desk, Role.SUPERVISOR)
    console = open_console(desk)
    assert console is not None
    qtbot.addWidget(console)
    assert "levels" not in console.page_keys()
    console.close()
    # The organisation takes the right from administrators and gives it to
    # supervisors: the page follows the table.
    with desk.db.writing() as session:
        table = load_rights(session)
        grants = dict(table.grants)
        grants[Role.ADMIN] = grants[Role.ADMIN] - {Right.CONFIGURE_SLA}
        grants[Role.SUPERVISOR] = grants[Role.SUPERVISOR] | {Right.CONFIGURE_SLA}
        save_rights(session, desk.ctx, RightsTable(grants, table.version))
    set_role(desk, Role.ADMIN)
    console = open_console(desk)
    assert console is not None
    qtbot.addWidget(console)
    assert "levels" not in console.page_keys()
    console.close()
    _console, page = _page(desk, qtbot, Role.SUPERVISOR)
    assert page.isVisibleTo(_console)
    title = QCoreApplication.translate("AdminConsole", "Service levels")
    titles = [_console.pages_list.item(i).text() for i in range(_console.pages_list.count())]
    assert title in titles
    _idle(desk, qtbot)


@pytest.mark.parametrize("role", [Role.TEAM_LEAD, Role.AGENT])
def test_no_console_at_all_below_the_right(desk, qtbot, lang, role):  # type: ignore[no-untyped-def]
    set_role(desk, role)
    assert open_console(desk) is None


def test_the_page_fits_a_laptop_screen_and_is_pictured(window, qtbot, lang, tmp_path):  # type: ignore[no-untyped-def]
    """``--dialog admin:levels`` draws the console on this page; at 1366x768
    the page shows everything without scrolling."""
    set_role(window.desk, Role.ADMIN)
    png = tmp_path / f"levels-{lang}.png"
    try:
        screenshot(window, png, QSize(1366, 768), "admin:levels")
    finally:
        pretend_screen(None)
    assert png.stat().st_size > 10_000
    console = window.findChild(AdminConsole)
    assert console is not None
    page = console.stack.currentWidget()
    assert isinstance(page, LevelsPage)
    scroll = page.findChild(QScrollArea, "levelsScroll")
    assert not scroll.verticalScrollBar().isVisible()
    assert not scroll.horizontalScrollBar().isVisible()
    assert page.save_button.isVisible()
    console.close()
    window.desk.tasks.wait()


def test_the_dialog_argument_names_a_console_page() -> None:
    assert parse_args(["--dialog", "admin:levels"]).dialog == "admin:levels"
    assert parse_args(["--dialog", "keys"]).dialog == "keys"
    for wrong in ("intake:levels", "console"):
        with pytest.raises(SystemExit):
            parse_args(["--dialog", wrong])


@pytest.fixture
def hq_server(tmp_path: Path) -> Iterator[Server]:
    """The real server in-process (SQLite), with an administrator of HQ, and
    an in-memory keyring for the desk's sign-in."""
    previous: KeyringBackend = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        with running_server(tmp_path / "server") as running:
            running.add_user("root", ["HQ"], role="admin")
            yield running
    finally:
        keyring.set_keyring(previous)


def test_with_the_real_server_a_save_reaches_it_and_a_stale_one_is_refused(  # type: ignore[no-untyped-def]
    desk, qtbot, lang, hq_server
):
    engine = hq_server.engine_for(desk, "root")
    assert engine.sync_once().state is SyncState.SYNCED
    desk.server_client = engine.client
    _console, page = _page(desk, qtbot)
    branch_id = page.branch_id()
    assert branch_id is not None
    page.holidays.hijri_year.setValue(1447)
    page.holidays.hijri_month.setCurrentIndex(11)
    page.holidays.hijri_day.setValue(10)
    page.holidays.name.setText("عيد الأضحى")
    page.holidays.add_button.click()
    page.save_button.click()
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.version == 1, timeout=15_000)
    with hq_server.app.state.db.reading() as conn:
        stored = conn.execute(select(server_config.c.key, server_config.c.version)).all()
    assert (levels_key(branch_id), 1) in [tuple(row) for row in stored]
    assert page.loaded.holidays == (Holiday(gregorian_of(1447, 12, 10), "عيد الأضحى"),)

    # Another administrator's desk saves first; this one is told, and Reload
    # brings the server's copy.
    theirs = replace(page.loaded, weekend=frozenset({5}))
    config_sync.publish(engine.client, levels_key(branch_id), 1, bl.to_body(theirs))
    page.weekend.boxes[4].setChecked(True)
    page.save_button.click()
    qtbot.waitUntil(page.reload_button.isVisible, timeout=15_000)
    assert QLocale().toString(2) in page.message.text()
    page.reload_button.click()
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.version == 2, timeout=15_000)
    assert page.weekend.days() == frozenset({5})
    desk.server_client = None
    _idle(desk, qtbot)
