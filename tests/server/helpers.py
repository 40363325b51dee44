"""Builders for the server tests: signed-in desks, ops, rows, and a snapshot
of the database to prove a refused request changed nothing."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desk_app.server.database import ServerDatabase
from desk_app.server.schema import server_metadata
from desk_app.server.settings import ServerSettings
from desk_app.services.ids import new_id
from desk_app.sync.codec import synced_table
from desk_app.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, SYNCED_ENTITIES

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

PASSWORD = "correct horse battery"
SECRET = "test-secret-" + "k" * 40
PROTOCOL = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}

_numbers = itertools.count(1)
# Branch id → code, so a ticket's number carries its branch's prefix.
BRANCH_CODES: dict[str, str] = {}


def hlc(client_id: str, ms: int | None = None, counter: int = 0) -> str:
    wall = ms if ms is not None else time.time_ns() // 1_000_000
    return f"{wall:015d}-{counter:05d}-{client_id}"


@dataclass
class Server:
    client: TestClient
    db: ServerDatabase
    settings: ServerSettings
    branches: dict[str, str]
    users: dict[str, str]

    def __post_init__(self) -> None:
        BRANCH_CODES.update({branch_id: code for code, branch_id in self.branches.items()})

    def login(
        self,
        username: str,
        password: str = PASSWORD,
        *,
        client_id: str | None = None,
        device_name: str = "front desk",
    ) -> Desk:
        client_id = client_id or new_id()
        response = self.client.post(
            "/api/v1/auth/login",
            json={
                "username": username,
                "password": password,
                "device_name": device_name,
                "client_id": client_id,
            },
            headers=PROTOCOL,
        )
        assert response.status_code == 200, response.text
        return Desk(self, client_id, response.json())


@dataclass
class Desk:
    """One signed-in client replica."""

    server: Server
    client_id: str
    tokens: dict[str, Any]
    seq: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _tick: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def headers(self) -> dict[str, str]:
        return {**PROTOCOL, "Authorization": f"Bearer {self.tokens['access_token']}"}

    def now(self) -> str:
        """A fresh HLC of this replica, later than any it made before."""
        return hlc(self.client_id, counter=next(self._tick))

    def op(
        self,
        kind: str,
        entity: str,
        entity_id: str,
        fields: dict[str, Any] | None = None,
        *,
        base: int = 0,
        at: str | None = None,
    ) -> dict[str, Any]:
        return {
            "op_id": new_id(),
            "client_seq": next(self.seq),
            "entity": entity,
            "entity_id": entity_id,
            "kind": kind,
            "base_version": base,
            "hlc": at or self.now(),
            "fields": fields or {},
        }

    def push_raw(self, ops: list[dict[str, Any]]) -> Any:
        return self.server.client.post(
            "/api/v1/sync/push",
            json={"client_id": self.client_id, "ops": ops},
            headers=self.headers,
        )

    def push(self, *ops: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.push_raw(list(ops))
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["server_hlc"]
        return list(body["results"])

    def pull_raw(self, cursor: str = "", limit: int | None = None) -> Any:
        params: dict[str, Any] = {"cursor": cursor}
        if limit is not None:
            params["limit"] = limit
        return self.server.client.get("/api/v1/sync/pull", params=params, headers=self.headers)

    def pull(self, cursor: str = "", limit: int | None = None) -> dict[str, Any]:
        response = self.pull_raw(cursor, limit)
        assert response.status_code == 200, response.text
        return dict(response.json())

    def pull_all(self, cursor: str = "", limit: int = 1000) -> tuple[list[dict[str, Any]], str]:
        changes: list[dict[str, Any]] = []
        while True:
            page = self.pull(cursor, limit)
            changes.extend(page["changes"])
            cursor = page["cursor"]
            if not page["has_more"]:
                return changes, cursor


def ticket_fields(branch_id: str, **over: Any) -> dict[str, Any]:
    """Every column of a new ticket, as a client sends it."""
    number = next(_numbers)
    fields: dict[str, Any] = {
        "branch_id": branch_id,
        "number": f"{BRANCH_CODES.get(branch_id, 'T')}-2026-{number:06d}",
        "subject": f"printer {number} jams",
        "description": "",
        "category": "",
        "channel": "phone",
        "priority": 3,
        "status": "new",
        "tier": 1,
        "group_id": None,
        "assignee_id": None,
        "customer_id": None,
        "customer_name": "",
        "asset_id": None,
        "equipment_location": "",
        "account_ref": "",
        "licence_ref": "",
        "product_ref": "",
        "last_activity_at": "2026-11-01T08:00:00.000000Z",
        "closed_at": None,
        "created_at": "2026-11-01T08:00:00.000000Z",
        "deleted_at": None,
    }
    fields.update(over)
    return fields


def journal_fields(
    ticket_id: str, body: str = "called the customer", **over: Any
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "ticket_id": ticket_id,
        "kind": "note",
        "at": "2026-11-01T09:00:00.000000Z",
        "author_id": None,
        "author_name": "Ahmed",
        "body": body,
        "created_at": "2026-11-01T09:00:00.000000Z",
    }
    fields.update(over)
    return fields


def new_ticket(desk: Desk, branch: str = "RYD", **over: Any) -> tuple[str, dict[str, Any]]:
    """Push a new ticket; its id and the insert's result."""
    ticket_id = new_id()
    fields = ticket_fields(desk.server.branches[branch], **over)
    (result,) = desk.push(desk.op("insert", "ticket", ticket_id, fields))
    return ticket_id, result


def snapshot(db: ServerDatabase) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every server table, to compare before and after; the
    audit log aside, which records refusals too (audit_entries reads it)."""
    tables = [synced_table(e) for e in SYNCED_ENTITIES] + [
        t for t in server_metadata.sorted_tables if t.name != "server_audit"
    ]
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.reading() as conn:
        for table in tables:
            rows = conn.execute(select(table)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def row(db: ServerDatabase, entity: str, entity_id: str) -> dict[str, Any] | None:
    table = synced_table(entity)
    with db.reading() as conn:
        found = conn.execute(select(table).where(table.c.id == entity_id)).first()
    return None if found is None else dict(found._mapping)


def audit_entries(db: ServerDatabase, kind: str | None = None) -> list[dict[str, Any]]:
    """The server's audit log, oldest first (optionally one kind)."""
    from desk_app.server.schema import audit

    query = select(audit).order_by(audit.c.received_at, audit.c.at)
    if kind is not None:
        query = query.where(audit.c.kind == kind)
    with db.reading() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]
