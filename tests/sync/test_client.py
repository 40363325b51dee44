"""The HTTP client: headers, typed errors, refreshing an expired access token."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from desk_app.services.ids import new_id
from desk_app.sync.client import SyncClient
from desk_app.sync.compression import DICTIONARY_CODING, decompress
from desk_app.sync.errors import (
    AuthFailed,
    ProtocolMismatch,
    RateLimited,
    ServerFault,
    ServerRefused,
    Unreachable,
)
from desk_app.sync.protocol import PROTOCOL_HEADER, PullResponse, PushRequest, TokenResponse

BASE = "https://desk.example.org"
Handler = Callable[[httpx.Request], httpx.Response]


def token_body(n: int = 1, expires_in: int = 900) -> dict[str, Any]:
    return TokenResponse(
        access_token=f"access-{n}",
        refresh_token=f"refresh-token-number-{n:04d}-xxxxxxxxxxxx",
        expires_in=expires_in,
        device_id=new_id(),
        user_id=new_id(),
        username="agent1",
        display_name="Agent One",
        role="agent",
        branches=[],
    ).model_dump(mode="json")


def client_for(handler: Handler, **kwargs: Any) -> SyncClient:
    return SyncClient(BASE, httpx.Client(transport=httpx.MockTransport(handler)), **kwargs)


def empty_pull() -> httpx.Response:
    return httpx.Response(
        200, json=PullResponse(changes=[], cursor="c", has_more=False).model_dump()
    )


def test_login_sends_the_protocol_version_and_keeps_the_tokens() -> None:
    seen: list[httpx.Request] = []
    stored: list[TokenResponse] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/api/v1/auth/login":
            return httpx.Response(200, json=token_body())
        return empty_pull()

    client = client_for(handler, on_tokens=stored.append)
    client.login("agent1", "secret", "Desk 1", new_id())
    client.pull("", 100)
    assert [r.headers[PROTOCOL_HEADER] for r in seen] == ["2", "2"]
    assert json.loads(seen[0].content)["username"] == "agent1"
    assert seen[1].headers["Authorization"] == "Bearer access-1"
    assert seen[1].url.params["limit"] == "100"
    assert [t.refresh_token for t in stored] == [token_body()["refresh_token"]]


def test_an_expired_access_token_is_refreshed_once() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(f"{request.url.path} {request.headers.get('Authorization', '')}")
        if request.url.path == "/api/v1/auth/refresh":
            return httpx.Response(200, json=token_body(2))
        if request.headers.get("Authorization") == "Bearer access-2":
            return empty_pull()
        return httpx.Response(401, json={"code": "token_expired", "message": "expired"})

    client = client_for(handler)
    client._took_tokens(TokenResponse.model_validate(token_body(1)))
    client.pull("", 10)
    assert calls == [
        "/api/v1/sync/pull Bearer access-1",
        "/api/v1/auth/refresh ",
        "/api/v1/sync/pull Bearer access-2",
    ]
    assert client.refresh_token.startswith("refresh-token-number-0002")


def test_a_second_401_is_final() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/auth/refresh":
            return httpx.Response(200, json=token_body(2))
        return httpx.Response(401, json={"code": "device_revoked", "message": "revoked"})

    client = client_for(handler)
    client.restore("refresh-token-number-0001-xxxxxxxxxxxx")
    with pytest.raises(AuthFailed) as caught:
        client.pull("", 10)
    assert caught.value.code == "device_revoked"


def test_a_restored_session_refreshes_before_its_first_call() -> None:
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        if request.url.path == "/api/v1/auth/refresh":
            return httpx.Response(200, json=token_body(2))
        return httpx.Response(
            200, json={"results": [], "server_hlc": "000000000000001-00000-server"}
        )

    client = client_for(handler)
    client.restore("refresh-token-number-0001-xxxxxxxxxxxx")
    client.push(PushRequest(client_id=new_id(), ops=[]))
    assert paths == ["/api/v1/auth/refresh", "/api/v1/sync/push"]


def test_a_push_is_sent_compressed_and_resent_the_same_after_a_401() -> None:
    """The push body goes in the dictionary coding (sign-in bodies do not);
    a retry after a refreshed token sends the very same bytes."""
    seen: list[httpx.Request] = []
    request = PushRequest(client_id=new_id(), ops=[])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/api/v1/auth/refresh":
            return httpx.Response(200, json=token_body(2))
        if request.headers["Authorization"] == "Bearer access-1":
            return httpx.Response(401, json={"code": "token_expired", "message": "m"})
        return httpx.Response(
            200, json={"results": [], "server_hlc": "000000000000001-00000-server"}
        )

    client = client_for(handler)
    client._took_tokens(TokenResponse.model_validate(token_body(1)))
    client.push(request)
    first, refresh, second = seen
    assert refresh.url.path == "/api/v1/auth/refresh"
    assert "Content-Encoding" not in refresh.headers
    for sent in (first, second):
        assert sent.headers["Content-Encoding"] == DICTIONARY_CODING
        assert sent.headers["Content-Type"] == "application/json"
        decoded = decompress(DICTIONARY_CODING, sent.content, 10_000)
        assert PushRequest.model_validate_json(decoded) == request
    assert first.content == second.content


def test_an_access_token_near_expiry_is_refreshed_first() -> None:
    now = [0.0]
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        if request.url.path == "/api/v1/auth/refresh":
            return httpx.Response(200, json=token_body(2))
        return empty_pull()

    client = client_for(handler, monotonic=lambda: now[0])
    client._took_tokens(TokenResponse.model_validate(token_body(1, expires_in=900)))
    client.pull("", 1)
    now[0] = 880.0  # inside the safety margin
    client.pull("", 1)
    assert paths == ["/api/v1/sync/pull", "/api/v1/auth/refresh", "/api/v1/sync/pull"]


@pytest.mark.parametrize(
    ("status", "body", "error", "code"),
    [
        (
            426,
            {"code": "protocol_too_old", "message": "m", "supported": [2, 3]},
            ProtocolMismatch,
            "protocol_too_old",
        ),
        (401, {"code": "invalid_credentials", "message": "m"}, AuthFailed, "invalid_credentials"),
        (403, {"code": "user_inactive", "message": "m"}, AuthFailed, "user_inactive"),
        (429, {"code": "too_many_attempts", "message": "m"}, RateLimited, "too_many_attempts"),
        (400, {"code": "bad_cursor", "message": "m"}, ServerRefused, "bad_cursor"),
        (422, {"detail": [{"msg": "x"}]}, ServerRefused, "refused"),
        (500, {"code": "x", "message": "m"}, ServerFault, "server_fault"),
        (502, "<html>bad gateway</html>", ServerFault, "server_fault"),
    ],
)
def test_refusals_become_typed_errors(
    status: int, body: Any, error: type[Exception], code: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(body, str):
            return httpx.Response(status, text=body)
        return httpx.Response(status, json=body)

    client = client_for(handler)
    with pytest.raises(error) as caught:
        client.login("agent1", "wrong", "Desk", new_id())
    assert getattr(caught.value, "code", None) == code
    if isinstance(caught.value, ProtocolMismatch):
        assert caught.value.supported == [2, 3]


def test_an_answer_that_is_not_the_protocol_is_a_server_fault() -> None:
    client = client_for(lambda request: httpx.Response(200, json={"hello": "world"}))
    with pytest.raises(ServerFault):
        client.login("agent1", "secret", "Desk", new_id())


@pytest.mark.parametrize(
    ("failure", "code"),
    [(httpx.ConnectError("refused"), "unreachable"), (httpx.ReadTimeout("slow"), "timeout")],
)
def test_no_answer_is_unreachable(failure: Exception, code: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise failure

    client = client_for(handler)
    with pytest.raises(Unreachable) as caught:
        client.health()
    assert caught.value.code == code


def test_a_closed_port_is_unreachable_for_real() -> None:
    client = SyncClient("http://127.0.0.1:9", timeout=httpx.Timeout(2.0))
    with pytest.raises(Unreachable):
        client.health()
    client.close()


def test_signing_in_needs_no_token_and_signing_out_forgets_it() -> None:
    client = client_for(lambda request: httpx.Response(200, json=token_body()))
    assert not client.signed_in
    client.login("agent1", "secret", "Desk", new_id())
    assert client.signed_in and client.session is not None
    client.forget()
    assert not client.signed_in and client.session is None
    with pytest.raises(AuthFailed):
        client.refresh()
