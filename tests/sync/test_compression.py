"""The push body's coding: lossless, bounded, strict, and frozen with its name."""

from __future__ import annotations

import gzip
import zlib

import pytest

from desk_app.services.hlc import HybridLogicalClock
from desk_app.services.ids import new_id
from desk_app.sync.compression import (
    DICTIONARY,
    DICTIONARY_CODING,
    GZIP,
    REQUEST_CODINGS,
    BodyError,
    BodyTooLarge,
    compress,
    decompress,
)
from desk_app.sync.protocol import Op, OpKind, PushRequest


def test_the_dictionary_is_frozen_with_the_codings_name() -> None:
    """Both ends must hold the same bytes: a changed dictionary is a new coding
    (a new name, and the server accepting both while desks update), never an
    edit of this one."""
    assert DICTIONARY_CODING == "maktab-deflate-1"
    assert (zlib.adler32(DICTIONARY), len(DICTIONARY)) == (0x4D4A6628, 1900)
    assert REQUEST_CODINGS == (DICTIONARY_CODING, GZIP)


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"{}",
        '{"subject":"الطابعة لا تطبع — printer jams","ops":[]}'.encode(),
        bytes(range(256)) * 64,
    ],
)
def test_what_is_compressed_comes_back_unchanged(body: bytes) -> None:
    assert decompress(DICTIONARY_CODING, compress(body), len(body)) == body
    assert decompress(GZIP, gzip.compress(body), len(body)) == body


def _edit_request() -> PushRequest:
    """A one-field edit as a desk sends it: the journal entry, then the update.
    Ids made long before the edit (the ticket, the author) are unrelated."""
    client_id, ticket_id = new_id(), new_id()
    hlc = HybridLogicalClock(client_id).now().encode()
    journal = Op(
        op_id=new_id(),
        client_seq=41,
        entity="ticket_journal",
        entity_id=new_id(),
        kind=OpKind.INSERT,
        base_version=0,
        hlc=hlc,
        fields={
            "ticket_id": ticket_id,
            "kind": "field_changed",
            "at": "2026-11-25T08:29:54.356812Z",
            "author_id": new_id(),
            "author_name": "عبد الرحمن الشهري",
            "field": "priority",
            "old_value": "3",
            "new_value": "1",
            "body": "",
            "channel": "",
            "direction": "",
            "duration_s": 0,
            "created_at": "2026-11-25T08:29:54.356812Z",
        },
    )
    update = Op(
        op_id=new_id(),
        client_seq=42,
        entity="ticket",
        entity_id=ticket_id,
        kind=OpKind.UPDATE,
        base_version=7,
        hlc=hlc,
        fields={"priority": 1},
    )
    return PushRequest(client_id=client_id, ops=[journal, update])


def test_a_one_field_edit_is_sent_in_at_most_300_bytes() -> None:
    """The budget (bench/sync_bench.py measures it over HTTP): the dictionary
    holds the protocol's words, so what is sent is mostly ids and times."""
    body = _edit_request().model_dump_json().encode()
    sent = compress(body)
    assert len(sent) <= 300, (len(sent), len(body))
    assert len(sent) < len(gzip.compress(body)) * 3 // 4
    assert PushRequest.model_validate_json(decompress(DICTIONARY_CODING, sent, 10_000))


@pytest.mark.parametrize("coding", [DICTIONARY_CODING, GZIP])
def test_decoding_stops_at_the_limit(coding: str) -> None:
    def encoded(body: bytes) -> bytes:
        return compress(body) if coding == DICTIONARY_CODING else gzip.compress(body, 6)

    bomb = encoded(b"[" + b"0," * 10_000_000 + b"0]")  # 20 MB of JSON
    assert len(bomb) < 50_000
    with pytest.raises(BodyTooLarge, match="larger than 1000000 bytes once decompressed"):
        decompress(coding, bomb, 1_000_000)
    with pytest.raises(BodyTooLarge):
        decompress(coding, encoded(b"0" * 1000), 999)
    assert decompress(coding, encoded(b"0" * 1000), 1000) == b"0" * 1000


def _made_with(dictionary: bytes, body: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 15, zdict=dictionary)
    return packer.compress(body) + packer.flush()


@pytest.mark.parametrize(
    ("coding", "data", "says"),
    [
        (DICTIONARY_CODING, _made_with(DICTIONARY[:-1], b"{}"), "made with another dictionary"),
        (DICTIONARY_CODING, b"{}", "not valid maktab-deflate-1: incorrect header check"),
        (DICTIONARY_CODING, compress(b"{}")[:-1], "incomplete zlib stream"),
        (DICTIONARY_CODING, compress(b"{}") + b"\n", "data after its zlib stream"),
        (GZIP, gzip.compress(b"{}")[:-1], "incomplete gzip stream"),
        (GZIP, gzip.compress(b"{}") * 2, "data after its gzip stream"),
        (GZIP, compress(b"{}"), "not valid gzip"),
        ("br", b"", "unsupported content coding 'br'"),
    ],
)
def test_anything_but_one_whole_stream_is_refused(coding: str, data: bytes, says: str) -> None:
    with pytest.raises(BodyError, match=says):
        decompress(coding, data, 1000)
