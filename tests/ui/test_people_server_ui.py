"""The console's people page on a desk signed in to a server (the real
server, in-process): the server's people changed through it, its refusals in
words next to their field, devices listed and revoked; and the rights page
saving to the server, a stale version said and the newer table shown. In ar
and en."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desk_app.models import Role
from desk_app.server.schema import rights
from desk_app.services import people
from desk_app.services.ids import new_id
from desk_app.services.permissions import REASONS, Right, RightsTable
from desk_app.services.rights_store import load_rights
from desk_app.sync.client import SyncClient
from desk_app.ui.accelerators import duplicates
from desk_app.ui.admin_people_page import PeoplePage
from desk_app.ui.admin_people_server import ServerPeoplePage, people_page
from desk_app.ui.admin_rights_page import RightsPage
from desk_app.ui.desk import Desk
from desk_app.ui.server_words import answer
from tests.sync.harness import PASSWORD, SERVER_URL, Server, running_server
from tests.ui.walk import set_role

SHOTS = Path(os.environ["MAKTAB_SHOTS"]) if os.environ.get("MAKTAB_SHOTS") else None


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with running_server(tmp_path) as running:
        running.add_user("root", ["HQ", "JED"], role="admin")
        running.add_user("sara", ["HQ"], role="agent")
        running.add_user("boss", ["HQ"], role="supervisor")
        yield running


def _signed_in(desk: Desk, server: Server, username: str) -> SyncClient:
    client = SyncClient(SERVER_URL, server.http)
    client.login(username, PASSWORD, f"desk of {username}", new_id())
    desk.server_client = client
    return client


def _page(desk: Desk, qtbot, rows: int = 3) -> ServerPeoplePage:  # type: ignore[no-untyped-def]
    page = people_page(desk)
    assert isinstance(page, ServerPeoplePage)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == rows, timeout=10_000)
    return page


def _usernames(page: ServerPeoplePage) -> list[str]:
    return [page.table.item(r, 1).text() for r in range(page.table.rowCount())]


def _choose(page: ServerPeoplePage, username: str) -> None:
    page.table.setCurrentCell(_usernames(page).index(username), 0)


def _shown(errors, name: str) -> str:  # type: ignore[no-untyped-def]
    label = errors[name] if name else errors.message
    return label.text() if label.isVisible() else ""


def test_without_a_server_the_page_is_the_local_one(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = people_page(desk)
    qtbot.addWidget(page)
    assert isinstance(page, PeoplePage)
    desk.tasks.wait()


def test_people_are_created_and_bad_input_said_on_every_field(
    desk: Desk, server: Server, lang: str, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _signed_in(desk, server, "root")
    page = _page(desk, qtbot)
    assert duplicates(page) == []
    errors = page.new_errors
    page.display_name.setText("   ")
    page.username.setText("Bad Name!")
    page.password.setText("short")
    page.password_again.setText("short")
    page.add_person()
    assert _shown(errors, "display_name") == answer("invalid_display_name")[1]
    assert _shown(errors, "username") == answer("invalid_username")[1]
    assert _shown(errors, "password") == answer("weak_password")[1]
    assert page.username.text() == "Bad Name!"  # what was typed stays
    page.password_again.setText("different1")
    page.password.setText("long enough")
    page.add_person()
    assert _shown(errors, "password_again") == answer("passwords_differ")[1]
    # The server's own refusal: the name is taken (case and spaces aside).
    page.display_name.setText("Sara Two")
    page.username.setText("  SARA ")
    page.password_again.setText("long enough")
    page.add_person()
    qtbot.waitUntil(lambda: bool(_shown(errors, "username")), timeout=10_000)
    assert _shown(errors, "username") == answer("username_taken")[1]
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(SHOTS / f"server-people-errors-{lang}.png"))
    page.display_name.setText("Omar Haddad")
    page.username.setText(" Omar ")
    page.role.setCurrentIndex(page.role.findData("team_lead"))
    page.add_person()
    qtbot.waitUntil(lambda: "omar" in _usernames(page), timeout=10_000)
    assert page.username.text() == ""
    # The person signs in with the password given.
    SyncClient(SERVER_URL, server.http).login("omar", "long enough", "pc", new_id())


def test_role_branches_password_and_activation_on_the_server(
    desk: Desk, server: Server, lang: str, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _signed_in(desk, server, "root")
    page = _page(desk, qtbot)
    _choose(page, "sara")
    assert page.edit_box.isEnabled()
    page.chosen_role.setCurrentIndex(page.chosen_role.findData("senior_agent"))
    page.change_role()
    qtbot.waitUntil(lambda: page.chosen() is not None and page.chosen().role == "senior_agent")
    for index in range(page.chosen_branches.count()):
        page.chosen_branches.item(index).setCheckState(Qt.CheckState.Unchecked)
    page.change_branches()
    assert _shown(page.edit_errors, "branches") == answer("invalid_branch")[1]
    page.chosen_branches.item(0).setCheckState(Qt.CheckState.Checked)
    page.chosen_branches.item(1).setCheckState(Qt.CheckState.Checked)
    page.change_branches()
    qtbot.waitUntil(lambda: page.chosen() is not None and len(page.chosen().branches) == 2)
    page.new_password.setText("1234567")
    page.new_password_again.setText("1234567")
    page.reset_password()
    assert _shown(page.edit_errors, "password") == answer("weak_password")[1]
    page.new_password.setText("brand new pass")
    page.new_password_again.setText("brand new pass")
    page.reset_password()
    qtbot.waitUntil(lambda: page.new_password.text() == "", timeout=10_000)
    SyncClient(SERVER_URL, server.http).login("sara", "brand new pass", "pc", new_id())
    page.set_active(confirm=False)
    qtbot.waitUntil(lambda: page.chosen() is not None and not page.chosen().active)
    assert page.active_button.text() == page.tr("Reactivate")
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(SHOTS / f"server-people-{lang}.png"))
    page.set_active()
    qtbot.waitUntil(lambda: page.chosen() is not None and page.chosen().active)
    # Oneself: the buttons are off and say why.
    _choose(page, "root")
    assert not page.role_button.isEnabled() and page.role_button.toolTip()


def test_devices_are_listed_and_revoked(desk: Desk, server: Server, lang: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    _signed_in(desk, server, "root")
    SyncClient(SERVER_URL, server.http).login("sara", PASSWORD, "counter 3", new_id())
    page = _page(desk, qtbot)
    page.tabs.setCurrentWidget(page.devices)
    devices = page.devices
    qtbot.waitUntil(lambda: devices.table.rowCount() == 2, timeout=10_000)
    assert duplicates(page) == []
    assert not devices.revoke_button.isEnabled()  # nothing chosen
    names = [devices.table.item(r, 0).text().strip("\u2068\u2069") for r in range(2)]
    devices.table.setCurrentCell(names.index("counter 3"), 0)
    assert devices.revoke_button.isEnabled()
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(SHOTS / f"server-devices-{lang}.png"))
    devices.revoke(confirm=False)
    qtbot.waitUntil(lambda: devices.message.isVisible(), timeout=10_000)
    row = names.index("counter 3")
    assert devices.table.item(row, 3).text() == devices.tr("Revoked")
    assert not devices.revoke_button.isEnabled()


def test_refusals_of_the_server_are_said(desk: Desk, server: Server, lang: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    # A supervisor with the default table: the server refuses, and says why.
    _signed_in(desk, server, "boss")
    page = people_page(desk)
    assert isinstance(page, ServerPeoplePage)
    qtbot.addWidget(page)
    page.show()
    reason = QCoreApplication.translate("Permissions", REASONS[Right.MANAGE_USERS])
    qtbot.waitUntil(lambda: page.list_message.text() == reason, timeout=10_000)
    devices_reason = QCoreApplication.translate("Permissions", REASONS[Right.MANAGE_DEVICES])
    qtbot.waitUntil(lambda: page.devices.message.text() == devices_reason, timeout=10_000)
    desk.tasks.wait()
    # With the right to manage people, still never a role above their own.
    with server.app.state.db.writing() as conn:
        grants = dict(RightsTable.sfia().grants)
        grants[Role.SUPERVISOR] = grants[Role.SUPERVISOR] | {Right.MANAGE_USERS}
        table = RightsTable(grants, 1).to_json()
        conn.execute(rights.insert().values(version=1, grants=table, changed_at=datetime.now(UTC)))
    page.reload()
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=10_000)
    _choose(page, "sara")
    page.chosen_role.setCurrentIndex(page.chosen_role.findData("admin"))
    page.change_role()
    qtbot.waitUntil(lambda: bool(_shown(page.edit_errors, "role")), timeout=10_000)
    assert _shown(page.edit_errors, "role") == answer("higher_level")[1]
    desk.tasks.wait()


def test_rights_are_saved_on_the_server_and_a_stale_save_is_said(
    desk: Desk, server: Server, lang: str, qtbot
) -> None:  # type: ignore[no-untyped-def]
    client = _signed_in(desk, server, "root")
    page = RightsPage(desk)
    qtbot.addWidget(page)
    page.show()
    desk.tasks.wait()
    qtbot.wait(10)
    page.set_checked(Right.REPORTS_ALL, Role.TEAM_LEAD, True)
    page.save()
    qtbot.waitUntil(lambda: page.version == 1, timeout=10_000)
    assert client.rights().version == 1
    assert client.rights().grants["team_lead"].count("reports_all") == 1
    with desk.db.reading() as session:
        kept = load_rights(session)
    assert kept.version == 1 and kept.allows(Role.TEAM_LEAD, Right.REPORTS_ALL)
    # Someone else saves meanwhile: this editor's save is refused and said.
    other = client.rights().model_copy(update={"version": 1})
    client.put_rights(other)
    page.set_checked(Right.KB_PUBLISH, Role.TEAM_LEAD, True)
    page.save()
    qtbot.waitUntil(lambda: page.version == 2, timeout=10_000)
    assert page.message.text() == answer("stale_rights")[1]
    assert not page.is_checked(Right.KB_PUBLISH, Role.TEAM_LEAD)  # the server's table shown
    # A person without the right: the server's reason.
    _signed_in(desk, server, "boss")
    page.save()
    reason = QCoreApplication.translate("Permissions", REASONS[Right.EDIT_RIGHTS])
    qtbot.waitUntil(lambda: page.message.text() == reason, timeout=10_000)
    desk.tasks.wait()


def test_people_only_on_this_desk_are_offered_for_the_server(
    desk: Desk, server: Server, lang: str, qtbot
) -> None:  # type: ignore[no-untyped-def]
    set_role(desk, Role.ADMIN)
    with desk.db.writing() as session:
        people.create_person(
            session,
            desk.ctx,
            username="nadia",
            display_name="Nadia",
            role="senior_agent",
            branch_id=desk.ctx.branch_id,
            pin="2468",
            pin_again="2468",
        )
    _signed_in(desk, server, "root")
    page = _page(desk, qtbot)
    box = page.local_only
    qtbot.waitUntil(lambda: "nadia" in [r.username for r in box.rows], timeout=10_000)
    assert box.isVisible() and not box.offer_button.isEnabled()
    assert duplicates(page) == []
    box.list.setCurrentRow([r.username for r in box.rows].index("nadia"))
    box.offer()
    assert (page.display_name.text(), page.username.text()) == ("Nadia", "nadia")
    assert page.role.currentData() == "senior_agent"
    page.password.setText("nadia's password")
    page.password_again.setText("nadia's password")
    page.add_person()
    qtbot.waitUntil(lambda: "nadia" in _usernames(page), timeout=10_000)
    qtbot.waitUntil(lambda: "nadia" not in [r.username for r in box.rows], timeout=10_000)
    desk.tasks.wait()
