"""desk-admin server …: the commands an administrator runs against the server
database, and what they change for the desks."""

from __future__ import annotations

import io
import sys
from typing import Any

import pytest
from sqlalchemy import select

from desk_app.admin import cli
from desk_app.server.schema import user_branch
from desk_app.services.ids import new_id
from tests.server.helpers import PASSWORD, PROTOCOL, Server, row


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAKTAB_SERVER_PASSWORD_TIME_COST", "1")
    monkeypatch.setenv("MAKTAB_SERVER_PASSWORD_MEMORY_KIB", "1024")
    monkeypatch.setenv("MAKTAB_SERVER_PASSWORD_PARALLELISM", "1")


def admin(
    server: Server,
    capsys: pytest.CaptureFixture[str],
    *args: str,
    stdin: str | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(["server", *args, "--database-url", server.settings.database_url])
    out, err = capsys.readouterr()
    return code, out, err


def _fails_cleanly(result: tuple[int, str, str], *words: str) -> None:
    code, _out, err = result
    assert code == 1
    assert err.startswith("desk-admin server: ")
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    for word in words:
        assert word in err


def test_create_branch_and_refuse_mistakes(server: Server, capsys: Any) -> None:
    code, out, _ = admin(server, capsys, "create-branch", "--code", "dmm", "--name", "Dammam",
                         "--name-ar", "الدمام")  # fmt: skip
    assert code == 0 and "DMM" in out
    _fails_cleanly(admin(server, capsys, "create-branch", "--code", "DMM", "--name", "x"), "exists")
    _fails_cleanly(
        admin(
            server, capsys, "create-branch", "--code", "X1", "--name", "x", "--time-zone", "Mars"
        ),
        "time zone",
    )
    _fails_cleanly(admin(server, capsys, "create-branch", "--code", "1", "--name", "x"), "code")


def test_create_user_who_can_then_sign_in(
    server: Server, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = admin(
        server, capsys, "create-user", "Huda", "--display-name", "Huda", "--role", "team_lead",
        "--branch", "RYD", "--branch", "jed", "--password-stdin",
        stdin="a long password\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 0, err
    assert "huda" in out
    desk = server.login("huda", "a long password")
    assert desk.tokens["role"] == "team_lead"
    assert [b["code"] for b in desk.tokens["branches"]] == ["JED", "RYD"]


def test_create_user_mistakes(server: Server, capsys: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    base = ["create-user", "huda", "--display-name", "Huda", "--password-stdin"]
    _fails_cleanly(
        admin(server, capsys, *base, "--branch", "XXX", stdin="long enough\n",
              monkeypatch=monkeypatch),
        "XXX",
    )  # fmt: skip
    _fails_cleanly(
        admin(server, capsys, *base, "--branch", "RYD", stdin="short\n", monkeypatch=monkeypatch),
        "8 characters",
    )
    _fails_cleanly(
        admin(server, capsys, "create-user", "ahmed", "--display-name", "A", "--branch", "RYD",
              "--password-stdin", stdin="long enough\n", monkeypatch=monkeypatch),
        "exists",
    )  # fmt: skip
    # Not interactive and no --password-stdin: refuse rather than hang.
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    _fails_cleanly(
        admin(server, capsys, "create-user", "huda", "--display-name", "H", "--branch", "RYD"),
        "--password-stdin",
    )
    with pytest.raises(SystemExit) as usage:
        cli.main(["server", "create-user", "huda", "--display-name", "H", "--role", "king"])
    assert usage.value.code == 2


def test_password_is_asked_twice_at_a_terminal(
    server: Server, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = io.StringIO("")
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stdin", terminal)
    answers = iter(["typed password", "typed password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, _, err = admin(
        server, capsys, "create-user", "huda", "--display-name", "Huda", "--branch", "RYD"
    )
    assert code == 0, err
    assert server.login("huda", "typed password")


def test_grant_and_revoke_branch_access(server: Server, capsys: Any) -> None:
    assert admin(server, capsys, "grant", "ahmed", "--branch", "JED")[0] == 0
    assert "already" in admin(server, capsys, "grant", "ahmed", "--branch", "JED")[1]
    assert [b["code"] for b in server.login("ahmed").tokens["branches"]] == ["JED", "RYD"]
    assert admin(server, capsys, "revoke-branch", "ahmed", "--branch", "JED")[0] == 0
    with server.db.reading() as conn:
        access = conn.execute(
            select(user_branch.c.branch_id).where(user_branch.c.user_id == server.users["ahmed"])
        ).all()
    assert [a.branch_id for a in access] == [server.branches["RYD"]]
    _fails_cleanly(admin(server, capsys, "grant", "nobody", "--branch", "JED"), "nobody")


def test_set_role_travels_to_the_desks(server: Server, capsys: Any) -> None:
    desk = server.login("ahmed")
    _, cursor = desk.pull_all()
    assert admin(server, capsys, "set-role", "ahmed", "team_lead")[0] == 0
    (change,) = desk.pull(cursor)["changes"]
    assert change["entity_id"] == server.users["ahmed"]
    assert (change["row"]["role"], change["version"]) == ("team_lead", 2)


def test_deactivate_and_activate_a_user(server: Server, capsys: Any) -> None:
    desk = server.login("ahmed")
    assert admin(server, capsys, "deactivate-user", "ahmed")[0] == 0
    assert desk.pull_raw().json()["code"] == "user_inactive"
    stored = row(server.db, "app_user", server.users["ahmed"])
    assert stored is not None and stored["active"] is False
    assert admin(server, capsys, "activate-user", "ahmed")[0] == 0
    assert desk.pull_raw().status_code == 200


def test_list_and_revoke_devices(server: Server, capsys: Any) -> None:
    desk = server.login("ahmed", device_name="reception PC")
    server.login("jamal")
    code, out, _ = admin(server, capsys, "list-devices", "--user", "ahmed")
    assert code == 0
    assert desk.tokens["device_id"] in out and "reception PC" in out and "jamal" not in out
    assert admin(server, capsys, "revoke-device", desk.tokens["device_id"])[0] == 0
    assert "revoked" in admin(server, capsys, "list-devices")[1]
    assert desk.pull_raw().json()["code"] == "device_revoked"
    _fails_cleanly(admin(server, capsys, "revoke-device", new_id()), "no device")


def test_purge_and_migrate_report_what_they_did(server: Server, capsys: Any) -> None:
    code, out, _ = admin(server, capsys, "purge-tombstones", "--days", "30")
    assert code == 0 and "purged 0" in out
    assert admin(server, capsys, "migrate")[0] == 0


def test_an_unreachable_database_is_one_line(capsys: Any) -> None:
    code = cli.main(["server", "migrate", "--database-url", "postgresql://nobody@127.0.0.1:1/none"])
    _, err = capsys.readouterr()
    _fails_cleanly((code, "", err), "cannot use the server database")


def test_tokens_from_the_api_still_work_for_an_admin_created_user(
    server: Server, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin(server, capsys, "create-user", "huda", "--display-name", "Huda", "--branch", "RYD",
          "--password-stdin", stdin=f"{PASSWORD}\n", monkeypatch=monkeypatch)  # fmt: skip
    desk = server.login("huda")
    refreshed = server.client.post(
        "/api/v1/auth/refresh",
        json={"refresh_token": desk.tokens["refresh_token"]},
        headers=PROTOCOL,
    )
    assert refreshed.status_code == 200


def test_queues_are_created_and_seeded_from_the_command_line(server: Server, capsys: Any) -> None:
    code, out, _ = admin(server, capsys, "seed-queues")
    assert code == 0 and "Service Desk" in out and "Technical Support" in out
    code, out, _ = admin(server, capsys, "seed-queues")
    assert code == 0 and "exist already" in out
    code, out, _ = admin(server, capsys, "create-queue", "--name", "Walk-ins", "--name-ar",
                         "المراجعون", "--tier", "1", "--branch", "ryd")  # fmt: skip
    assert code == 0 and "Walk-ins" in out
    _fails_cleanly(admin(server, capsys, "create-queue", "--name", "Walk-ins", "--branch", "RYD"),
                   "exists")  # fmt: skip
    _fails_cleanly(admin(server, capsys, "create-queue", "--name", "x", "--tier", "9"), "tier")
    _fails_cleanly(admin(server, capsys, "create-queue", "--name", "x", "--branch", "ZZZ"), "ZZZ")
    _fails_cleanly(admin(server, capsys, "create-queue", "--name", " "), "name")


def test_members_of_a_queue_are_added_and_removed(server: Server, capsys: Any) -> None:
    assert admin(server, capsys, "create-queue", "--name", "Printers", "--branch", "RYD")[0] == 0
    desk = server.login("ahmed")
    _, cursor = desk.pull_all()
    code, out, _ = admin(server, capsys, "add-member", "ahmed", "--queue", "Printers")
    assert (code, "added" in out) == (0, True)
    assert "already" in admin(server, capsys, "add-member", "ahmed", "--queue", "Printers")[1]
    (change,) = desk.pull(cursor)["changes"]
    assert (change["entity"], change["row"]["user_id"]) == ("queue_member", server.users["ahmed"])
    assert admin(server, capsys, "remove-member", "ahmed", "--queue", "Printers")[0] == 0
    assert "was not" in admin(server, capsys, "remove-member", "ahmed", "--queue", "Printers")[1]
    _fails_cleanly(admin(server, capsys, "add-member", "ahmed", "--queue", "Nope"), "Nope")
