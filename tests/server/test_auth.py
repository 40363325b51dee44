"""Sign-in, rate limiting, devices, refresh rotation and revocation."""

from __future__ import annotations

import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from sqlalchemy import insert, select, update

from desk_app.server import accounts, directory
from desk_app.server.errors import ApiError
from desk_app.server.schema import device, login_attempt
from desk_app.services.ids import new_id
from desk_app.sync.protocol import RefreshRequest, TokenResponse
from tests.server.helpers import PASSWORD, PROTOCOL, SECRET, Server, snapshot

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx2", category=UserWarning)
    from fastapi.testclient import TestClient


def _login(
    server: Server,
    username: str,
    password: str,
    client_id: str | None = None,
    *,
    address: str | None = None,
) -> Any:
    client = server.client
    if address is not None:
        client = TestClient(server.client.app, client=(address, 50000))
    return client.post(
        "/api/v1/auth/login",
        json={
            "username": username,
            "password": password,
            "device_name": "desk 1",
            "client_id": client_id or new_id(),
        },
        headers=PROTOCOL,
    )


def test_login_returns_tokens_scope_and_registers_the_device(server: Server) -> None:
    desk = server.login("Sara ", client_id=new_id())  # usernames ignore case and spaces
    tokens = desk.tokens
    assert tokens["username"] == "sara"
    assert tokens["role"] == "supervisor"
    assert tokens["expires_in"] == 900
    assert [b["code"] for b in tokens["branches"]] == ["JED", "RYD"]
    claims = jwt.decode(tokens["access_token"], SECRET, algorithms=["HS256"])
    assert claims["sub"] == server.users["sara"]
    assert claims["dev"] == tokens["device_id"]
    assert sorted(claims["br"]) == sorted(server.branches.values())
    assert claims["exp"] - claims["iat"] == 900
    with server.db.reading() as conn:
        stored = conn.execute(select(device)).one()
    assert stored.client_id == desk.client_id
    assert stored.refresh_hash != tokens["refresh_token"]  # only its hash is kept
    assert len(stored.refresh_hash) == 64


def test_login_again_from_the_same_replica_reuses_its_device(server: Server) -> None:
    client_id = new_id()
    first = server.login("ahmed", client_id=client_id)
    second = server.login("ahmed", client_id=client_id)
    assert first.tokens["device_id"] == second.tokens["device_id"]
    other = server.login("ahmed")
    assert other.tokens["device_id"] != first.tokens["device_id"]


def test_wrong_password_and_unknown_user_look_the_same(server: Server) -> None:
    wrong = _login(server, "ahmed", "not the password")
    nobody = _login(server, "nobody", "not the password")
    for response in (wrong, nobody):
        assert response.status_code == 401
        assert response.json()["code"] == "invalid_credentials"
    assert wrong.json() == nobody.json()


def test_five_failures_lock_the_username_even_with_the_right_password(server: Server) -> None:
    for n in range(5):
        assert _login(server, "ahmed", "guess", address=f"10.0.0.{n}").status_code == 401
    locked = _login(server, "ahmed", PASSWORD, address="10.0.1.1")
    assert locked.status_code == 429
    assert locked.json()["code"] == "too_many_attempts"
    assert int(locked.headers["Retry-After"]) > 0
    # The lock is ahmed's: others sign in from the same addresses.
    assert _login(server, "jamal", PASSWORD, address="10.0.0.1").status_code == 200


def test_failures_from_one_address_lock_that_address(server: Server) -> None:
    for name in ("u1", "u2", "u3", "u4", "u5"):
        assert _login(server, name, "guess", address="10.9.9.9").status_code == 401
    assert _login(server, "jamal", PASSWORD, address="10.9.9.9").status_code == 429
    assert _login(server, "jamal", PASSWORD, address="10.9.9.8").status_code == 200


def test_old_failures_do_not_count(server: Server) -> None:
    old = _now() - timedelta(minutes=6)
    with server.db.writing() as conn:
        for _ in range(10):
            conn.execute(
                insert(login_attempt).values(username="ahmed", address="testclient", at=old)
            )
    assert server.login("ahmed")


def test_a_success_clears_the_usernames_failures(server: Server) -> None:
    for _ in range(4):
        _login(server, "ahmed", "guess")
    server.login("ahmed")
    with server.db.reading() as conn:
        left = conn.execute(select(login_attempt).where(login_attempt.c.username == "ahmed")).all()
    assert left == []


def test_inactive_user_cannot_sign_in_refresh_or_call(server: Server) -> None:
    desk = server.login("ahmed")
    with server.db.writing() as conn:
        directory.set_active(conn, "ahmed", False)
    refused = _login(server, "ahmed", PASSWORD)
    assert refused.status_code == 401
    assert refused.json()["code"] == "user_inactive"
    refresh = server.client.post(
        "/api/v1/auth/refresh",
        json={"refresh_token": desk.tokens["refresh_token"]},
        headers=PROTOCOL,
    )
    assert refresh.status_code == 401
    assert refresh.json()["code"] == "user_inactive"
    pull = desk.pull_raw()
    assert pull.status_code == 401
    assert pull.json()["code"] == "user_inactive"
    # With a wrong password the answer says nothing about the account.
    assert _login(server, "ahmed", "guess").json()["code"] == "invalid_credentials"


def refresh(server: Server, token: str) -> Any:
    return server.client.post(
        "/api/v1/auth/refresh", json={"refresh_token": token}, headers=PROTOCOL
    )


def test_refresh_rotates_the_token(server: Server) -> None:
    desk = server.login("ahmed")
    old = desk.tokens["refresh_token"]
    first = refresh(server, old)
    assert first.status_code == 200, first.text
    new = first.json()
    assert new["refresh_token"] != old
    assert new["device_id"] == desk.tokens["device_id"]
    assert [b["code"] for b in new["branches"]] == ["RYD"]
    then = refresh(server, new["refresh_token"])
    assert then.status_code == 200
    # Two rotations on, the first token is refused (its grace was for one retry).
    again = refresh(server, old)
    assert (again.status_code, again.json()["code"]) == (401, "invalid_token")


def test_a_refresh_whose_reply_was_lost_can_be_retried_once_in_the_grace_period(
    server: Server,
) -> None:
    desk = server.login("ahmed")
    old = desk.tokens["refresh_token"]
    lost = refresh(server, old).json()["refresh_token"]  # the desk never saw this
    retried = refresh(server, old)
    assert retried.status_code == 200, retried.text
    kept = retried.json()["refresh_token"]
    assert kept not in (old, lost)
    # The grace is spent: the replaced token does not work a second time.
    assert refresh(server, old).status_code == 401
    # The token of the lost reply stops working; the retried one goes on.
    assert refresh(server, lost).status_code == 401
    assert refresh(server, kept).status_code == 200


def _redeem_in_parallel(server: Server, token: str, times: int) -> list[TokenResponse | str]:
    """``times`` threads, each on its own database connection, redeem ``token``
    at the same moment; each answer is the tokens or the refusal's code."""
    config = server.client.app.state.auth  # type: ignore[attr-defined]
    start = threading.Barrier(times)

    def redeem() -> TokenResponse | str:
        start.wait()
        try:
            return accounts.refresh(server.db, config, RefreshRequest(refresh_token=token))
        except ApiError as error:
            return error.code

    with ThreadPoolExecutor(times) as pool:
        return list(pool.map(lambda _: redeem(), range(times)))


def test_a_replaced_token_redeemed_in_parallel_is_honoured_exactly_once(server: Server) -> None:
    desk = server.login("ahmed")
    old = desk.tokens["refresh_token"]
    assert refresh(server, old).status_code == 200  # its reply "lost"
    answers = _redeem_in_parallel(server, old, 6)
    honoured = [a for a in answers if isinstance(a, TokenResponse)]
    assert len(honoured) == 1, answers
    assert sorted(a for a in answers if isinstance(a, str)) == ["invalid_token"] * 5
    # The one honoured goes on working; the replaced token is spent.
    assert refresh(server, honoured[0].refresh_token).status_code == 200
    assert refresh(server, old).status_code == 401


def test_a_current_token_redeemed_in_parallel_rotates_once_and_retries_once(
    server: Server,
) -> None:
    """The first redemption rotates it, the next is the one retry the grace
    allows, every other is refused: the same on PostgreSQL and SQLite."""
    desk = server.login("ahmed")
    answers = _redeem_in_parallel(server, desk.tokens["refresh_token"], 6)
    honoured = [a for a in answers if isinstance(a, TokenResponse)]
    assert len(honoured) == 2, answers
    # Only the later rotation's token is current.
    working = [refresh(server, a.refresh_token).status_code for a in honoured]
    assert sorted(working) == [200, 401]


def test_an_old_refresh_token_after_the_grace_period_is_refused(server: Server) -> None:
    desk = server.login("ahmed")
    old = desk.tokens["refresh_token"]
    assert refresh(server, old).status_code == 200
    with server.db.writing() as conn:
        conn.execute(
            update(device)
            .where(device.c.id == desk.tokens["device_id"])
            .values(rotated_at=datetime.now(UTC) - timedelta(minutes=3))
        )
    late = refresh(server, old)
    assert (late.status_code, late.json()["code"]) == (401, "invalid_token")


def test_a_new_sign_in_ends_the_grace_of_the_replaced_token(server: Server) -> None:
    desk = server.login("ahmed")
    old = desk.tokens["refresh_token"]
    assert refresh(server, old).status_code == 200
    server.login("ahmed", client_id=desk.client_id)
    assert refresh(server, old).status_code == 401


def test_revoked_device_is_refused_everywhere(server: Server) -> None:
    desk = server.login("ahmed")
    with server.db.writing() as conn:
        assert directory.revoke_device(conn, desk.tokens["device_id"])
    before = snapshot(server.db)
    push = desk.push_raw([])
    assert (push.status_code, push.json()["code"]) == (401, "device_revoked")
    pull = desk.pull_raw()
    assert (pull.status_code, pull.json()["code"]) == (401, "device_revoked")
    refresh = server.client.post(
        "/api/v1/auth/refresh",
        json={"refresh_token": desk.tokens["refresh_token"]},
        headers=PROTOCOL,
    )
    assert (refresh.status_code, refresh.json()["code"]) == (401, "device_revoked")
    relogin = _login(server, "ahmed", PASSWORD, client_id=desk.client_id)
    assert (relogin.status_code, relogin.json()["code"]) == (401, "device_revoked")
    assert snapshot(server.db) == before
    # A fresh installation (another replica) may sign in.
    assert server.login("ahmed")


def test_a_branch_taken_away_is_honoured_at_the_next_request(server: Server) -> None:
    desk = server.login("sara")
    with server.db.writing() as conn:
        directory.revoke_branch(conn, "sara", "JED")
    ticket = desk.op(
        "insert",
        "ticket",
        new_id(),
        {
            "branch_id": server.branches["JED"],
            "number": "JED-1",
            "subject": "x",
            "channel": "phone",
            "priority": 3,
            "status": "new",
            "last_activity_at": "2026-11-01T08:00:00Z",
        },
    )
    (result,) = desk.push(ticket)
    assert (result["status"], result["reason"]) == ("rejected", "branch_not_allowed")


def _now() -> datetime:
    return datetime.now(UTC)
