"""HTTP client of the sync protocol (docs/sync-protocol.md).

One small, synchronous client: the engine calls it from a background thread.
Every failure becomes a typed error (desk_app.sync.errors) with a stable code,
so the engine can tell "offline, try later" from "sign in again" from "update
Maktab" without looking at HTTP details.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError

from desk_app.sync.admin_messages import (
    ActiveChange,
    BranchesChange,
    DeviceList,
    NewPerson,
    PasswordReset,
    PeopleList,
    PersonInfo,
    RoleChange,
)
from desk_app.sync.blob_messages import BlobStored
from desk_app.sync.compression import DICTIONARY_CODING, compress
from desk_app.sync.config_messages import ConfigDocumentOut, ConfigDocuments, ConfigPut
from desk_app.sync.errors import (
    AuthFailed,
    ProtocolMismatch,
    RateLimited,
    ServerFault,
    ServerRefused,
    SyncError,
    Unreachable,
)
from desk_app.sync.law_messages import AuditUploadRequest, AuditUploadResponse, RightsDocument
from desk_app.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ConflictFeed,
    ErrorBody,
    LoginRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshRequest,
    TokenResponse,
)

__all__ = [
    "API_PREFIX",
    "AuthFailed",
    "ProtocolMismatch",
    "RateLimited",
    "ServerFault",
    "ServerRefused",
    "SyncClient",
    "SyncError",
    "Unreachable",
]

API_PREFIX = "/api/v1"
# Small timeouts: a desk that waits a minute for a dead server feels frozen, and
# the engine retries with backoff anyway. A push of 500 ops or a pull page of a
# few thousand rows still fits comfortably in the read timeout.
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=5.0)
# Refresh a little before the server would refuse the access token.
EXPIRY_MARGIN_S = 30.0

_Model = TypeVar("_Model", bound=BaseModel)


# Attachments' bytes (server.attachment_routes).
BLOBS = "/sync/blobs/"


class SyncClient:
    """Talks to one server. Holds the device's tokens in memory only; whoever
    owns the client persists the refresh token (see ``on_tokens``).

    ``http`` may be any httpx.Client, e.g. FastAPI's TestClient for an
    in-process server in tests. ``on_tokens`` is called after every sign-in and
    refresh with the new tokens: refresh tokens rotate, so the new one must be
    stored (in the keyring) or the next start cannot sign in silently.
    """

    def __init__(
        self,
        base_url: str,
        http: httpx.Client | None = None,
        *,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        on_tokens: Callable[[TokenResponse], None] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._owns_http = http is None
        self._http = http if http is not None else httpx.Client(timeout=timeout)
        self.on_tokens = on_tokens
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._access_token = ""
        self._access_expires = 0.0
        self._refresh_token = ""
        self.session: TokenResponse | None = None  # the last sign-in or refresh

    # -- tokens ---------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        """Whether the client holds a token it can act with."""
        return bool(self._refresh_token or self._access_token)

    @property
    def refresh_token(self) -> str:
        return self._refresh_token

    def restore(self, refresh_token: str) -> None:
        """Resume a device session from a stored refresh token; the first call
        that needs authorisation refreshes it."""
        with self._lock:
            self._refresh_token = refresh_token
            self._access_token = ""
            self._access_expires = 0.0

    def forget(self) -> None:
        """Drop the tokens held in memory (sign out)."""
        with self._lock:
            self._refresh_token = self._access_token = ""
            self._access_expires = 0.0
            self.session = None

    # -- calls ----------------------------------------------------------------

    def health(self) -> tuple[int, int]:
        """The protocol range the server speaks (no sign-in needed)."""
        response = self._send("GET", "/health")
        data = self._json(response)
        try:
            low, high = data["protocol"]
            return int(low), int(high)
        except (KeyError, TypeError, ValueError) as error:
            raise ServerFault("server_fault", f"bad health answer: {data!r}") from error

    def login(
        self, username: str, password: str, device_name: str, client_id: str
    ) -> TokenResponse:
        request = LoginRequest(
            username=username, password=password, device_name=device_name, client_id=client_id
        )
        response = self._send("POST", "/auth/login", json=request.model_dump(mode="json"))
        return self._took_tokens(self._parse(response, TokenResponse))

    def refresh(self, refresh_token: str | None = None) -> TokenResponse:
        """Exchange a refresh token (default: the one held) for new tokens."""
        token = refresh_token if refresh_token is not None else self._refresh_token
        if not token:
            raise AuthFailed("signed_out", "no refresh token")
        body = RefreshRequest(refresh_token=token).model_dump(mode="json")
        response = self._send("POST", "/auth/refresh", json=body)
        return self._took_tokens(self._parse(response, TokenResponse))

    def push(self, request: PushRequest) -> PushResponse:
        # Compressed: a push is mostly the protocol's own words, which the
        # coding's dictionary already holds (sync.compression). Sign-in bodies
        # are not: they hold a password, and are sent once.
        body = compress(request.model_dump_json().encode("utf-8"))
        headers = {"Content-Type": "application/json", "Content-Encoding": DICTIONARY_CODING}
        response = self._authorised("POST", "/sync/push", content=body, headers=headers)
        return self._parse(response, PushResponse)

    def pull(self, cursor: str, limit: int = DEFAULT_PULL_LIMIT) -> PullResponse:
        params = {"cursor": cursor, "limit": str(limit)}
        response = self._authorised("GET", "/sync/pull", params=params)
        return self._parse(response, PullResponse)

    def conflicts(self, cursor: str, limit: int = DEFAULT_PULL_LIMIT) -> ConflictFeed:
        params = {"cursor": cursor, "limit": str(limit)}
        response = self._authorised("GET", "/sync/conflicts", params=params)
        return self._parse(response, ConflictFeed)

    def rights(self) -> RightsDocument:
        """The rights table in force on the server."""
        return self._parse(self._authorised("GET", "/sync/rights"), RightsDocument)

    def put_rights(self, document: RightsDocument) -> RightsDocument:
        body = document.model_dump(mode="json")
        return self._parse(self._authorised("PUT", "/sync/rights", json=body), RightsDocument)

    def config(self) -> ConfigDocuments:
        """The newest version of every configuration document on the server."""
        return self._parse(self._authorised("GET", "/sync/config"), ConfigDocuments)

    def put_config(self, key: str, version: int, body: dict[str, Any]) -> ConfigDocumentOut:
        """Save the next version of ``key``, from ``version`` (the one the
        editor started from)."""
        request = ConfigPut(version=version, body=body).model_dump(mode="json")
        path = "/sync/config/" + quote(key, safe="/")
        return self._parse(self._authorised("PUT", path, json=request), ConfigDocumentOut)

    def upload_blob(self, sha256: str, data: bytes) -> BlobStored:
        """Send an attachment's bytes (services.attachments.upload_pending)."""
        headers = {"Content-Type": "application/octet-stream"}
        response = self._authorised("PUT", BLOBS + sha256, content=data, headers=headers)
        return self._parse(response, BlobStored)

    def fetch_blob(self, sha256: str) -> bytes:
        """An attachment's bytes, as the server holds them (the caller checks
        the hash: services.attachments.open_attachment)."""
        response = self._authorised("GET", BLOBS + sha256, headers={"Accept": "*/*"})
        if response.status_code != 200:
            raise ServerFault("server_fault", f"unexpected HTTP {response.status_code}")
        return response.content

    def upload_audit(self, request: AuditUploadRequest) -> AuditUploadResponse:
        body = request.model_dump(mode="json")
        response = self._authorised("POST", "/sync/audit", json=body)
        return self._parse(response, AuditUploadResponse)

    # -- people and devices (the server's administration) ---------------------

    def people(self) -> PeopleList:
        return self._parse(self._authorised("GET", "/admin/people"), PeopleList)

    def create_person(self, person: NewPerson) -> PersonInfo:
        body = person.model_dump(mode="json")
        return self._parse(self._authorised("POST", "/admin/people", json=body), PersonInfo)

    def change_role(self, user_id: str, role: str) -> PersonInfo:
        return self._person_change(user_id, "role", RoleChange(role=role))

    def change_branches(self, user_id: str, codes: list[str]) -> PersonInfo:
        return self._person_change(user_id, "branches", BranchesChange(branches=codes))

    def set_active(self, user_id: str, active: bool) -> PersonInfo:
        return self._person_change(user_id, "active", ActiveChange(active=active))

    def reset_password(self, user_id: str, password: str) -> PersonInfo:
        return self._person_change(user_id, "password", PasswordReset(password=password))

    def devices(self) -> DeviceList:
        return self._parse(self._authorised("GET", "/admin/devices"), DeviceList)

    def revoke_device(self, device_id: str) -> DeviceList:
        path = f"/admin/devices/{quote(device_id, safe='')}/revoke"
        return self._parse(self._authorised("POST", path), DeviceList)

    def _person_change(self, user_id: str, what: str, change: BaseModel) -> PersonInfo:
        path = f"/admin/people/{quote(user_id, safe='')}/{what}"
        body = change.model_dump(mode="json")
        return self._parse(self._authorised("PUT", path, json=body), PersonInfo)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    # -- plumbing -------------------------------------------------------------

    def _took_tokens(self, tokens: TokenResponse) -> TokenResponse:
        with self._lock:
            self._access_token = tokens.access_token
            self._refresh_token = tokens.refresh_token
            lifetime = max(0.0, tokens.expires_in - EXPIRY_MARGIN_S)
            self._access_expires = self._monotonic() + lifetime
            self.session = tokens
        if self.on_tokens is not None:
            self.on_tokens(tokens)
        return tokens

    def _access(self) -> str:
        """A usable access token, refreshing first when it has (nearly) expired."""
        with self._lock:
            fresh = self._access_token and self._monotonic() < self._access_expires
            token = self._access_token
        if fresh:
            return token
        return self.refresh().access_token

    def _authorised(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        token = self._access()
        response = self._send(method, path, token=token, **kwargs)
        if response.status_code == 401 and self._refresh_token:
            # The access token expired early (server restart with a new key,
            # clock drift): refresh once and try again; a second 401 is final.
            token = self.refresh().access_token
            response = self._send(method, path, token=token, **kwargs)
        return response

    def _send(
        self,
        method: str,
        path: str,
        *,
        token: str = "",
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        headers = {
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            "Accept": "application/json",
            **(headers or {}),
        }
        if token:
            headers["Authorization"] = f"Bearer {token}"
        url = f"{self.base_url}{API_PREFIX}{path}"
        try:
            response = self._http.request(method, url, headers=headers, **kwargs)
        except httpx.TimeoutException as error:
            raise Unreachable("timeout", f"timeout: {url}") from error
        except httpx.TransportError as error:
            raise Unreachable("unreachable", f"{type(error).__name__}: {url}") from error
        except httpx.InvalidURL as error:
            raise Unreachable("unreachable", f"bad address: {error}") from error
        if response.status_code >= 400 and not (
            response.status_code == 401 and token and self._refresh_token
        ):
            raise _error_for(response)
        return response

    def _parse(self, response: httpx.Response, model: type[_Model]) -> _Model:
        if response.status_code >= 400:
            raise _error_for(response)
        if response.status_code != 200:
            raise ServerFault("server_fault", f"unexpected HTTP {response.status_code}")
        try:
            return model.model_validate_json(response.content)
        except ValidationError as error:
            raise ServerFault("server_fault", f"not a {model.__name__}: {error}") from error

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        if response.status_code >= 400:
            raise _error_for(response)
        try:
            data = response.json()
        except ValueError as error:
            raise ServerFault("server_fault", "not JSON") from error
        if not isinstance(data, dict):
            raise ServerFault("server_fault", "not a JSON object")
        return data


_FALLBACK_CODES = {
    401: "auth_failed",
    403: "auth_failed",
    426: "protocol_mismatch",
    429: "too_many_attempts",
}


def _error_body(response: httpx.Response) -> ErrorBody:
    """The ErrorBody of a refusal; tolerant of bodies that are not one (a proxy's
    HTML page, FastAPI's {"detail": …}) so the status code still tells."""
    code = _FALLBACK_CODES.get(response.status_code, "refused")
    fallback = ErrorBody(code=code, message=f"HTTP {response.status_code} {response.reason_phrase}")
    try:
        data = response.json()
    except ValueError:
        return fallback
    if isinstance(data, dict) and isinstance(data.get("detail"), dict):
        data = data["detail"]
    if not isinstance(data, dict) or not isinstance(data.get("code"), str):
        return fallback
    supported = data.get("supported")
    return ErrorBody(
        code=data["code"],
        message=str(data.get("message", "")),
        supported=[int(v) for v in supported if isinstance(v, int)]
        if isinstance(supported, list)
        else [],
    )


def _error_for(response: httpx.Response) -> SyncError:
    status = response.status_code
    if status >= 500:
        return ServerFault("server_fault", f"HTTP {status} {response.reason_phrase}")
    body = _error_body(response)
    if status == 426:
        return ProtocolMismatch(body.code, body.supported, body.message)
    if status in (401, 403):
        return AuthFailed(body.code, body.message)
    if status == 429:
        try:
            retry_after = float(response.headers.get("Retry-After", "0"))
        except ValueError:
            retry_after = 0.0
        return RateLimited(body.code, body.message, retry_after)
    if 400 <= status < 500:
        return ServerRefused(body.code, body.message)
    return ServerFault("server_fault", f"unexpected HTTP {status}")
