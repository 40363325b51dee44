"""The letter register and attachments between desks and the server: entries
registered offline on two stations keep distinct references, reach every desk
of the branch, are found there by an Arabic search; a reply on one desk
closes the item on the other; a file's bytes are fetched from the server the
first time another desk opens it, and the server checks what it is sent."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from desk_app.services import register_queries as rq
from desk_app.services.attachments import BlobStore, attach, attachments_of, open_attachment
from desk_app.services.register import (
    EntryDraft,
    RegisterChannel,
    RegisterDirection,
    register,
)
from desk_app.sync.client import BLOBS
from desk_app.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.sync.harness import Server
from tests.sync.helpers import Desk

MakeDesk = Callable[..., Desk]
PDF = b"%PDF-1.7\n" + "خطاب".encode() * 100


def _letter(desk: Desk, **values: object) -> str:
    draft = EntryDraft(
        **{  # type: ignore[arg-type]
            "direction": RegisterDirection.INCOMING,
            "channel": RegisterChannel.LETTER,
            "subject": "طلب استرداد المبلغ",
            "body": "نرجو إعادة المبلغ المدفوع مرتين",
            **values,
        }
    )
    with desk.db.writing() as session:
        return register(session, desk.ctx, draft).id


def test_entries_from_two_offline_desks_meet_and_a_reply_closes_the_item(
    server: Server, make_desk: MakeDesk, tmp_path: Path
) -> None:
    one = make_desk("one", station="1", username="agent1")
    two = make_desk("two", station="2", username="agent2")
    first, second = server.engine_for(one, "agent1"), server.engine_for(two, "agent2")
    first.blobs, second.blobs = BlobStore(tmp_path / "one"), BlobStore(tmp_path / "two")
    ticket = one.create("استرداد", channel="letter")
    first.sync_once()
    second.sync_once()
    # Offline, each registers letters.
    received = _letter(one, ticket_id=ticket.id)
    others = [_letter(two) for _ in range(2)] + [_letter(one)]
    with one.db.writing() as session:
        scan = attach(session, one.ctx, first.blobs, PDF, "scan.pdf", entry_id=received)
    for engine in (first, second, first, second):
        assert engine.sync_once().rejected == 0
    now = one.ctx.now()
    references = set()
    for desk in (one, two):
        with desk.db.reading() as session:
            items = rq.entries(session, now)
            assert {i.id for i in items} == {received, *others}
            references.add(frozenset(i.reference for i in items))
            found = rq.search(session, "المبلغ", now)
            assert {i.id for i in found} == {received, *others}
            item = rq.entry(session, received, now)
            assert item is not None and item.ticket_number == ticket.number
            assert item.attachments == 1
    assert len(references) == 1 and len(next(iter(references))) == 4

    # The second desk answers; the first sees the item answered.
    with two.db.writing() as session:
        due = rq.replies_due(session, now)
        assert received in {i.id for i in due}
        reply = register(
            session,
            two.ctx,
            EntryDraft(
                direction=RegisterDirection.OUTGOING,
                channel=RegisterChannel.LETTER,
                subject="رد: طلب استرداد المبلغ",
                ticket_id=ticket.id,
                in_reply_to_id=received,
            ),
        )
    second.sync_once()
    first.sync_once()
    with one.db.reading() as session:
        answered = rq.entry(session, received, now + timedelta(days=5))
        assert answered is not None and answered.reply_state is rq.ReplyState.REPLIED
        assert answered.reply_id == reply.id
        # The pulled reply closed the item on this desk too (derived locally).
        assert received not in {i.id for i in rq.replies_due(session, now)}
        assert rq.reply_counts(session, now).due == 3  # the others still wait

    # The scan's bytes: fetched from the server when the second desk opens it.
    assert not second.blobs.has(scan.sha256)
    with two.db.reading() as session:
        [info] = attachments_of(session, entry_id=received)
        path = open_attachment(session, second.blobs, info.id, second.fetch_blob)
    assert path.read_bytes() == PDF


def _headers(server: Server, username: str, desk: Desk) -> dict[str, str]:
    engine = server.engine_for(desk, username)
    engine.sync_once()
    token = engine.client._access()
    return {"Authorization": f"Bearer {token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


def test_the_server_checks_the_bytes_it_is_sent(server: Server, make_desk: MakeDesk) -> None:
    desk = make_desk("one", station="1", username="agent1")
    headers = _headers(server, "agent1", desk)
    url = "/api/v1" + BLOBS
    good = hashlib.sha256(PDF).hexdigest()
    wrong = server.http.put(url + good, content=PDF + b"x", headers=headers)
    assert (wrong.status_code, wrong.json()["code"]) == (422, "hash_mismatch")
    program = b"MZ" + b"\x00" * 100
    refused = server.http.put(
        url + hashlib.sha256(program).hexdigest(), content=program, headers=headers
    )
    assert (refused.status_code, refused.json()["code"]) == (422, "refused_type")
    first = server.http.put(url + good, content=PDF, headers=headers)
    again = server.http.put(url + good, content=PDF, headers=headers)
    assert (first.json()["stored"], again.json()["stored"]) == (True, False)
    assert server.http.get(url + good, headers=headers).content == PDF
    assert server.http.get(url + "0" * 64, headers=headers).status_code == 404


def test_a_file_is_not_served_to_another_branch(server: Server, make_desk: MakeDesk) -> None:
    server.add_user("jeddah", ["JED"])
    hq = make_desk("one", station="1", username="agent1")
    headers = _headers(server, "agent1", hq)
    url = "/api/v1" + BLOBS + hashlib.sha256(PDF).hexdigest()
    assert server.http.put(url, content=PDF, headers=headers).status_code == 200
    other = make_desk("jed", code="JED", station="1", username="jeddah")
    other_headers = _headers(server, "jeddah", other)
    assert server.http.get(url, headers=other_headers).status_code == 404
