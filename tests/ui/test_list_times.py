"""Times in the list are the branch's wall time whatever the workstation's
zone does: a branch time that falls in the workstation's daylight-saving gap
is shown as it is, not moved an hour (formatting.local_time)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, QTime

from desk_app.ui.formatting import local_time

BRANCH = "Asia/Riyadh"  # no daylight saving
WORKSTATION = "Europe/Berlin"  # 02:00-03:00 on 29 March 2026 does not exist


@pytest.fixture
def workstation_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", WORKSTATION)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_branch_time_in_the_workstations_gap_is_shown_as_is(lang, workstation_zone):  # type: ignore[no-untyped-def]
    moment = datetime(2026, 3, 29, 2, 30, tzinfo=ZoneInfo(BRANCH))
    shown = local_time(moment, BRANCH)
    locale = QLocale()
    assert locale.toString(QDate(2026, 3, 29), QLocale.FormatType.ShortFormat) in shown
    assert locale.toString(QTime(2, 30), QLocale.FormatType.ShortFormat) in shown
    assert locale.toString(QTime(3, 30), QLocale.FormatType.ShortFormat) not in shown
