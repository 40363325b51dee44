"""Every value a desk may get wrong, in every column of every entity, is refused
for its op alone (``rejected invalid_value``), never a 500, never a refused
batch: the good ops around it are applied and nothing else is stored. Driven
by the models, so a column added later is covered too."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Column

from desk_app.server import directory
from desk_app.services.ids import new_id
from desk_app.sync.codec import column_kind, max_length, synced_table, wire_columns
from desk_app.sync.protocol import SERVER_SET_FIELDS, SYNCED_ENTITIES
from tests.server.helpers import Desk, Server, journal_fields, new_ticket, snapshot, ticket_fields

# Wrong whatever the column: JSON that is not a scalar.
_ANY = [{"nested": {"object": 1}}, [1, 2], []]
_BY_KIND: dict[str, list[Any]] = {
    "datetime": [
        "0001-01-01T00:00:00+01:00",  # before year 1 in UTC
        "9999-12-31T23:59:59-01:00",  # after year 9999 in UTC
        "2026-13-01T00:00:00Z",
        "2026-11-01T08:00:00",  # no offset
        "2026-11-01T08:00:00\x00Z",
        12345,
        True,
    ],
    "int": [2**31, -(2**31) - 1, 10**30, 1.5, "3", True],
    "bool": [1, "true", "\x00"],
    "str": ["a\x00b", "\x00", 5, 1.5, True],
}


def _hostile(column: Column[Any]) -> list[Any]:
    kind = column_kind(column)
    values = [*_ANY, *_BY_KIND.get(kind, [])]
    if kind == "str":
        values.append("x" * (max_length(column) + 1))
    if not column.nullable:
        values.append(None)
    return values


def _cases() -> list[tuple[str, str]]:
    return [(e, c.name) for e in SYNCED_ENTITIES for c in wire_columns(synced_table(e))]


def _rows(server: Server, desk: Desk) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """An existing row of every entity (to update) and a valid new one (to insert)."""
    ryd = server.branches["RYD"]
    with server.db.writing() as conn:
        queue = directory.create_queue(conn, "Riyadh VIP", branch_code="RYD")
    org, customer, asset, member, article = new_id(), new_id(), new_id(), new_id(), new_id()
    letter, attachment = new_id(), new_id()
    ticket_id, _ = new_ticket(desk)
    entry = new_id()
    new_rows = {
        "branch": {"code": "DMM", "name": "Dammam"},
        "app_user": {"username": "x", "display_name": "X", "role": "agent", "branch_id": ryd},
        "desk_group": {"name": "Q", "tier": 1, "branch_id": ryd},
        "queue_member": {"user_id": server.users["sara"], "group_id": queue},
        "organisation": {"name": "Acme"},
        "customer": {"name": "Huda", "name_norm": "huda", "branch_id": ryd},
        "asset": {"product": "Printer"},
        "ticket": ticket_fields(ryd),
        "ticket_journal": journal_fields(ticket_id),
        "kb_article": {"title_en": "Printer", "body_en": "Restart it.", "status": "draft"},
        "register_entry": {
            "reference": "RYD-2026-L000001",
            "branch_id": ryd,
            "direction": "incoming",
            "channel": "letter",
            "at": "2026-11-01T08:00:00.000000Z",
            "subject": "Refund",
        },
        "attachment": {
            "branch_id": ryd,
            "sha256": "a" * 64,
            "size": 10,
            "media_type": "application/pdf",
        },
    }
    made = desk.push(
        desk.op("insert", "organisation", org, new_rows["organisation"]),
        desk.op("insert", "customer", customer, new_rows["customer"]),
        desk.op("insert", "asset", asset, new_rows["asset"]),
        desk.op("insert", "ticket_journal", entry, new_rows["ticket_journal"]),
        desk.op(
            "insert", "queue_member", member, {"user_id": desk.tokens["user_id"], "group_id": queue}
        ),
        desk.op("insert", "kb_article", article, new_rows["kb_article"]),
        desk.op("insert", "register_entry", letter, new_rows["register_entry"]),
        desk.op("insert", "attachment", attachment, new_rows["attachment"]),
    )
    assert [r["status"] for r in made] == ["applied"] * 8
    existing = {
        "branch": ryd,
        "app_user": server.users["ahmed"],
        "desk_group": queue,
        "queue_member": member,
        "organisation": org,
        "customer": customer,
        "asset": asset,
        "ticket": ticket_id,
        "ticket_journal": entry,
        "kb_article": article,
        "register_entry": letter,
        "attachment": attachment,
    }
    return existing, new_rows


def _added_and_removed(
    before: dict[str, list[tuple[Any, ...]]], after: dict[str, list[tuple[Any, ...]]]
) -> tuple[dict[str, list[tuple[Any, ...]]], dict[str, list[tuple[Any, ...]]]]:
    added = {t: [r for r in after[t] if r not in before[t]] for t in after}
    removed = {t: [r for r in before[t] if r not in after[t]] for t in before}
    return added, removed


def test_every_hostile_value_is_refused_alone(server: Server) -> None:
    desk = server.login("ahmed")
    existing, new_rows = _rows(server, desk)
    canary, _ = new_ticket(desk)
    cases = _cases()
    assert len(cases) > 80  # every column of every entity
    for entity, name in cases:
        column = synced_table(entity).c[name]
        hostile = []
        for value in _hostile(column):
            hostile.append(desk.op("update", entity, existing[entity], {name: value}, base=1))
            if name not in SERVER_SET_FIELDS:  # ignored in an insert, by design
                fields = {**new_rows[entity], name: value}
                hostile.append(desk.op("insert", entity, new_id(), fields))
        good = [
            desk.op("insert", "ticket_journal", new_id(), journal_fields(canary, body=f"{n}"))
            for n in (1, 2)
        ]
        before = snapshot(server.db)
        response = desk.push_raw([good[0], *hostile, good[1]])
        assert response.status_code == 200, (entity, name, response.text)
        results = response.json()["results"]
        assert (results[0]["status"], results[-1]["status"]) == ("applied", "applied")
        for op, result in zip(hostile, results[1:-1], strict=True):
            assert (result["status"], result["reason"]) == ("rejected", "invalid_value"), (
                entity,
                name,
                op["kind"],
                repr(op["fields"][name])[:60],
            )
        added, removed = _added_and_removed(before, snapshot(server.db))
        assert not any(removed.values()), (entity, name)
        good_ids = {op["entity_id"] for op in good} | {op["op_id"] for op in good}
        for table, rows in added.items():
            for stored in rows:
                assert good_ids & {str(v) for v in stored}, (entity, name, table, stored)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"entity": "ticket\x00"}, "unknown_entity"),
        ({"entity": "\x00" * 40}, "unknown_entity"),
        ({"fields": {"subj\x00ect": "x"}}, "unknown_field"),
        ({"fields": {"\x00": None}}, "unknown_field"),
    ],
)
def test_nul_in_names_is_refused_for_its_op(
    server: Server, change: dict[str, Any], reason: str
) -> None:
    desk = server.login("ahmed")
    ticket_id, _ = new_ticket(desk)
    before = snapshot(server.db)
    bad = {**desk.op("update", "ticket", ticket_id, {"subject": "x"}, base=1), **change}
    response = desk.push_raw([bad])
    assert response.status_code == 200, response.text
    (result,) = response.json()["results"]
    assert (result["status"], result["reason"]) == ("rejected", reason)
    assert snapshot(server.db) == before


def test_nul_in_an_entity_id_is_a_422_with_the_error_body(server: Server) -> None:
    desk = server.login("ahmed")
    before = snapshot(server.db)
    bad = desk.op("update", "ticket", "0" * 35 + "\x00", {"subject": "x"}, base=1)
    response = desk.push_raw([bad])
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_request"
    assert snapshot(server.db) == before


def test_long_text_is_bounded_by_the_desks_limit(server: Server) -> None:
    desk = server.login("ahmed")
    ticket_id, _ = new_ticket(desk)
    results = desk.push(
        desk.op("update", "ticket", ticket_id, {"description": "x" * 64_001}, base=1),
        desk.op("update", "ticket", ticket_id, {"description": "ض" * 64_000}, base=1),
    )
    assert [(r["status"], r["reason"]) for r in results] == [
        ("rejected", "invalid_value"),
        ("applied", ""),
    ]
