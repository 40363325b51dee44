"""What the server asks of a pushed knowledge base article, level by level:
a draft needs kb_write; publishing, retiring, naming a reviewer or deleting
needs kb_publish; an article signed or reviewed in another person's name is
not allowed. Every refusal changes nothing and is audited."""

from __future__ import annotations

import pytest

from desk_app.models import Role
from desk_app.server import directory
from desk_app.services.ids import new_id
from desk_app.services.permissions import LEVELS, SFIA_DEFAULTS, Right
from tests.server.helpers import Desk, Server, audit_entries, row

DRAFT = {"title_en": "Printer", "body_en": "Restart it.", "status": "draft"}


def _pusher(server: Server, password_hash: str, role: Role) -> tuple[str, Desk]:
    with server.db.writing() as conn:
        me = directory.create_user(conn, "pusher", "Pusher", role.value, ["RYD"], password_hash)
    return me, server.login("pusher")


def _expected(role: Role, *needed: Right) -> str:
    lacking = [r for r in needed if r not in SFIA_DEFAULTS[role]]
    return "applied" if not lacking else "rejected"


@pytest.mark.parametrize("role", LEVELS, ids=[r.value for r in LEVELS])
def test_article_rights_by_level(server: Server, password_hash: str, role: Role) -> None:
    me, desk = _pusher(server, password_hash, role)
    sara = server.login("sara")
    existing = new_id()
    (made,) = sara.push(sara.op("insert", "kb_article", existing, DRAFT))
    assert made["status"] == "applied"
    draft, published = new_id(), new_id()
    results = desk.push(
        desk.op("insert", "kb_article", draft, {**DRAFT, "author_id": me}),
        desk.op(
            "insert",
            "kb_article",
            published,
            {**DRAFT, "status": "published", "author_id": me, "reviewer_id": me},
        ),
        desk.op(
            "update",
            "kb_article",
            existing,
            {"status": "published", "reviewer_id": me},
            base=1,
        ),
    )
    expected = [
        _expected(role, Right.KB_WRITE),
        _expected(role, Right.KB_WRITE, Right.KB_PUBLISH),
        _expected(role, Right.KB_WRITE, Right.KB_PUBLISH),
    ]
    assert [r["status"] for r in results] == expected
    for result in results:
        if result["status"] == "rejected":
            assert result["reason"].startswith("not_permitted:kb_")
    assert (row(server.db, "kb_article", draft) is not None) == (expected[0] == "applied")
    assert (row(server.db, "kb_article", published) is not None) == (expected[1] == "applied")
    stored = row(server.db, "kb_article", existing)
    assert stored is not None
    assert stored["status"] == ("published" if expected[2] == "applied" else "draft")
    refused = [e for e in audit_entries(server.db, "refused") if e["actor_id"] == me]
    assert len(refused) == expected.count("rejected")


def test_an_article_in_another_persons_name_is_not_allowed(server: Server) -> None:
    desk = server.login("ahmed")
    sara = server.users["sara"]
    article = new_id()
    signed = desk.push(desk.op("insert", "kb_article", article, {**DRAFT, "author_id": sara}))
    assert [r["status"] for r in signed] == ["rejected"]
    assert signed[0]["reason"] == "not_allowed"
    (made,) = desk.push(desk.op("insert", "kb_article", article, DRAFT))
    assert made["status"] == "applied"
    (reviewed,) = desk.push(
        desk.op(
            "update", "kb_article", article, {"status": "published", "reviewer_id": sara}, base=1
        )
    )
    assert reviewed["status"] == "rejected" and reviewed["reason"] == "not_allowed"
    stored = row(server.db, "kb_article", article)
    assert stored is not None and stored["status"] == "draft"
