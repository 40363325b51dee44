"""What the server refuses of a pushed register entry or attachment even in
the pusher's own branch: another branch's reference, a malformed one, a
reference changed, words the register does not have, a file signed by
someone else."""

from __future__ import annotations

from typing import Any

from desk_app.services.ids import new_id
from tests.server.helpers import Server


def _entry(server: Server, **over: Any) -> dict[str, Any]:
    return {
        "reference": "RYD-2026-L000001",
        "branch_id": server.branches["RYD"],
        "direction": "incoming",
        "channel": "letter",
        "at": "2026-11-01T08:00:00.000000Z",
        "subject": "طلب استرداد",
        **over,
    }


def test_a_reference_is_its_branchs_and_never_changes(server: Server) -> None:
    desk = server.login("ahmed")
    first = new_id()
    results = desk.push(
        desk.op("insert", "register_entry", first, _entry(server)),
        desk.op(
            "insert", "register_entry", new_id(), _entry(server, reference="RYD2-2026-L000001")
        ),
        desk.op("insert", "register_entry", new_id(), _entry(server, reference="JED-2026-L000002")),
        desk.op("insert", "register_entry", new_id(), _entry(server, reference="RYD-2026-000003")),
        desk.op("insert", "register_entry", new_id(), _entry(server, direction="sideways")),
        desk.op("insert", "register_entry", new_id(), _entry(server, channel="pigeon")),
    )
    assert [(r["status"], r["reason"]) for r in results] == [
        ("applied", ""),
        ("applied", ""),  # a second station of RYD
        ("rejected", "branch_not_allowed"),
        ("rejected", "invalid_value"),
        ("rejected", "invalid_value"),
        ("rejected", "invalid_value"),
    ]
    [changed, corrected] = desk.push(
        desk.op("update", "register_entry", first, {"reference": "RYD-2026-L000009"}, base=1),
        desk.op("update", "register_entry", first, {"subject": "طلب استرداد المبلغ"}, base=1),
    )
    assert (changed["status"], changed["reason"]) == ("rejected", "not_allowed")
    assert corrected["status"] == "applied"


def test_a_file_is_signed_by_the_one_who_attaches_it(server: Server) -> None:
    desk = server.login("ahmed")
    fields = {
        "branch_id": server.branches["RYD"],
        "sha256": "b" * 64,
        "size": 10,
        "media_type": "application/pdf",
        "file_name": "scan.pdf",
    }
    own, other = desk.push(
        desk.op("insert", "attachment", new_id(), {**fields, "author_id": desk.tokens["user_id"]}),
        desk.op("insert", "attachment", new_id(), {**fields, "author_id": server.users["sara"]}),
    )
    assert own["status"] == "applied"
    assert (other["status"], other["reason"]) == ("rejected", "not_allowed")
