"""A device names itself at sign-in; the administrator's terminal shows the
name and never obeys it."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from desk_app.admin import cli
from desk_app.server.schema import device
from desk_app.server.text import printable, without_control_characters
from tests.server.helpers import Server


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAKTAB_SERVER_PASSWORD_TIME_COST", "1")
    monkeypatch.setenv("MAKTAB_SERVER_PASSWORD_MEMORY_KIB", "1024")
    monkeypatch.setenv("MAKTAB_SERVER_PASSWORD_PARALLELISM", "1")


def test_list_devices_shows_control_characters_escaped(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = server.login("ahmed", device_name="front desk")
    # As a name stored before sign-in cleaned names would be.
    hostile = "pc\x1b]0;owned\x07\x1b[2J\u202eexe.txt\r\nfake line"
    with server.db.writing() as conn:
        conn.execute(
            update(device).where(device.c.id == desk.tokens["device_id"]).values(name=hostile)
        )
    code = cli.main(["server", "list-devices", "--database-url", server.settings.database_url])
    out = capsys.readouterr().out
    assert code == 0
    assert not any(char in out for char in "\x1b\x07\r\u202e")
    (line,) = [line for line in out.splitlines() if desk.tokens["device_id"] in line]
    assert line.endswith(r"pc\x1b]0;owned\x07\x1b[2J\u202eexe.txt\r\nfake line")
    assert len(out.splitlines()) == 2  # the heading and the one device


def test_arabic_and_other_scripts_are_shown_as_they_are() -> None:
    assert printable("مكتب الرياض ١ — Łódź") == "مكتب الرياض ١ — Łódź"
    assert without_control_characters(" a\x00b\tc\n\x85 ") == "a b c"
