"""Attachments: checked by content, kept once by hash, refused with a clear
reason, fetched on demand, uploaded once."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.models import Attachment, JournalKind, OutboxOp, TicketJournal
from desk_app.services.attachments import (
    EMPTY_FILE,
    EXECUTABLE,
    TOO_BIG,
    UNKNOWN_TYPE,
    BlobCorrupt,
    BlobMissing,
    BlobStore,
    attach,
    attachments_of,
    check_file,
    media_type_of,
    open_attachment,
    pending_uploads,
    sha256_of,
    upload_pending,
)
from desk_app.services.context import WriteContext
from desk_app.services.messages import ValidationFailed
from desk_app.storage.db import Database
from tests.unit.helpers import create

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _zip(entries: dict[str, bytes], first: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        if first is not None:
            archive.writestr(first, entries.pop(first))
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


DOCX = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})
ODT = _zip(
    {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
    first="mimetype",
)
DOCM = _zip(
    {
        "[Content_Types].xml": b"application/vnd.ms-word.document.macroEnabled.main+xml",
        "word/document.xml": b"<w/>",
        "word/vbaProject.bin": b"\x00",
    }
)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.4 ...", "application/pdf"),
        (PNG, "image/png"),
        (b"\xff\xd8\xff\xe0JFIF", "image/jpeg"),
        (b"II*\x00rest", "image/tiff"),
        (b"MM\x00*rest", "image/tiff"),
        (b"GIF89a...", "image/gif"),
        ("نص عربي\nand English\n".encode(), "text/plain"),
        (DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (ODT, "application/vnd.oasis.opendocument.text"),
    ],
)
def test_accepted_types_are_known_by_their_content(data: bytes, kind: str) -> None:
    assert media_type_of(data) == kind
    assert check_file(data) == kind


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"MZ\x90\x00" + b"\x00" * 60, EXECUTABLE),
        (b"\x7fELF\x02\x01", EXECUTABLE),
        (b"#!/bin/sh\nrm -rf /\n", EXECUTABLE),
        (_zip({"a.txt": b"x"}), UNKNOWN_TYPE),
        (DOCM, UNKNOWN_TYPE),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, UNKNOWN_TYPE),
        (b"\x00\x01\x02binary", UNKNOWN_TYPE),
        (b"", EMPTY_FILE),
    ],
)
def test_programs_and_unknown_files_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(ValidationFailed) as raised:
        check_file(data)
    assert (raised.value.errors[0].field, raised.value.errors[0].message) == ("file", message)


def test_a_file_over_the_limit_is_refused_with_both_sizes() -> None:
    with pytest.raises(ValidationFailed) as raised:
        check_file(b"%PDF-" + b"x" * (3 * 1024 * 1024), max_bytes=2 * 1024 * 1024)
    error = raised.value.errors[0]
    assert error.message == TOO_BIG
    assert error.params == {"size": "3", "limit": "2"}
    assert error.english() == "The file is too big: 3 MB; at most 2 MB can be attached."


def test_same_file_twice_is_one_blob(db: Database, ctx: WriteContext, tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    ticket = create(db, ctx)
    with db.writing() as session:
        a = attach(session, ctx, store, PNG, "scan.png", ticket_id=ticket.id)
        b = attach(session, ctx, store, PNG, "C:\\Users\\x\\copy of scan.png", ticket_id=ticket.id)
    assert a.sha256 == b.sha256 == sha256_of(PNG)
    assert b.file_name == "copy of scan.png"
    files = [p for p in (tmp_path / "blobs").rglob("*") if p.is_file()]
    assert files == [store.path(a.sha256)]
    with db.reading() as session:
        assert len(attachments_of(session, ticket_id=ticket.id)) == 2
        journal = session.execute(
            select(TicketJournal.kind, TicketJournal.body).where(
                TicketJournal.kind == JournalKind.ATTACHMENT_ADDED.value
            )
        ).all()
        assert [j.body for j in journal] == ["scan.png", "copy of scan.png"]
        ops = session.execute(select(OutboxOp.entity).where(OutboxOp.entity == "attachment"))
        assert len(ops.all()) == 2
        assert pending_uploads(session) == [a.sha256]


def test_a_refused_file_writes_nothing(db: Database, ctx: WriteContext, tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs", max_bytes=10)
    ticket = create(db, ctx)
    with db.writing() as session, pytest.raises(ValidationFailed):
        attach(session, ctx, store, b"%PDF-" + b"x" * 20, "big.pdf", ticket_id=ticket.id)
    with db.reading() as session:
        assert session.execute(select(Attachment.id)).all() == []
    assert not (tmp_path / "blobs").exists()


def test_a_missing_blob_is_fetched_when_opened_and_checked(
    db: Database, ctx: WriteContext, tmp_path: Path
) -> None:
    here = BlobStore(tmp_path / "here")
    ticket = create(db, ctx)
    with db.writing() as session:
        info = attach(session, ctx, here, PNG, "scan.png", ticket_id=ticket.id)
    elsewhere = BlobStore(tmp_path / "elsewhere")
    asked: list[str] = []

    def fetch(sha: str) -> bytes:
        asked.append(sha)
        return here.read(sha)

    with db.reading() as session:
        with pytest.raises(BlobMissing):
            open_attachment(session, elsewhere, info.id)
        path = open_attachment(session, elsewhere, info.id, fetch)
        assert path.read_bytes() == PNG
        open_attachment(session, elsewhere, info.id, fetch)
        assert asked == [info.sha256]  # once: then it is here
        other = BlobStore(tmp_path / "third")
        with pytest.raises(BlobCorrupt):
            open_attachment(session, other, info.id, lambda sha: b"not the file")
        assert not other.has(info.sha256)


def test_pending_uploads_are_sent_once(db: Database, ctx: WriteContext, tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    ticket = create(db, ctx)
    with db.writing() as session:
        attach(session, ctx, store, PNG, "a.png", ticket_id=ticket.id)
        attach(session, ctx, store, b"%PDF-1.4", "b.pdf", ticket_id=ticket.id)
    sent: list[str] = []

    def failing(sha: str, data: bytes) -> None:
        raise OSError("offline")

    with pytest.raises(OSError):
        upload_pending(db, store, failing)
    with db.reading() as session:
        assert len(pending_uploads(session)) == 2
    assert upload_pending(db, store, lambda sha, data: sent.append(sha)) == 2
    with db.reading() as session:
        assert pending_uploads(session) == []
    assert upload_pending(db, store, lambda sha, data: sent.append(sha)) == 0
    assert len(sent) == 2
