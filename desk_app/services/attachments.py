"""Files attached to a ticket or a register entry (issue 15, item 5).

The bytes live outside the database rows, content-addressed: a file is kept
once under the desk's data directory as ``attachments/ab/abcdef…`` (its
sha256), whatever number of tickets and letters it is attached to. The
``attachment`` row (models.correspondence) is its metadata, synced like any
row; the bytes travel on demand: a desk uploads what it attached when it
syncs (``upload_pending``) and fetches what another desk attached the first
time someone opens it (``open_attachment``), the hash checked both ways.

What is accepted is decided by the content (services.attachment_types),
and a file over the size limit (a setting, 20 MB by default) is refused.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Attachment, JournalKind, OpKind, SyncState, Ticket
from desk_app.models.correspondence import FILE_NAME_MAX
from desk_app.services import journal
from desk_app.services import messages as m
from desk_app.services.acting import require_right

# What the type check offers, named here too for the callers of this module.
from desk_app.services.attachment_types import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES
from desk_app.services.attachment_types import EMPTY_FILE as EMPTY_FILE
from desk_app.services.attachment_types import EXECUTABLE as EXECUTABLE
from desk_app.services.attachment_types import PDF as PDF
from desk_app.services.attachment_types import TOO_BIG as TOO_BIG
from desk_app.services.attachment_types import UNKNOWN_TYPE as UNKNOWN_TYPE
from desk_app.services.attachment_types import check_file as check_file
from desk_app.services.attachment_types import media_type_of as media_type_of
from desk_app.services.context import WriteContext
from desk_app.services.ids import new_id
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from desk_app.services.permissions import Right
from desk_app.storage.db import Database

_PENDING_KEY = "attachments_to_upload"

NOWHERE = QT_TRANSLATE_NOOP("Validation", "Attach the file to a ticket or a register entry.")


class BlobMissing(Exception):
    """The file's bytes are not on this desk and could not be fetched."""


class BlobCorrupt(Exception):
    """Bytes whose sha256 is not the one asked for (damaged, or not that file)."""


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class BlobStore:
    """Files by their sha256 under ``root`` (the desk's data directory's
    ``attachments``), and the size limit in force."""

    root: Path
    max_bytes: int = DEFAULT_MAX_BYTES

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise BlobCorrupt(sha256)
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, data: bytes, sha256: str | None = None) -> str:
        """Keep ``data`` (once: a file already kept is not written again);
        its sha256. BlobCorrupt when ``sha256`` is given and is not its hash."""
        digest = sha256_of(data)
        if sha256 is not None and sha256 != digest:
            raise BlobCorrupt(sha256)
        target = self.path(digest)
        if target.is_file():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a crash never leaves half a file under its hash.
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".part-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return digest

    def read(self, sha256: str) -> bytes:
        """The bytes, checked against their hash; BlobMissing when not here."""
        try:
            data = self.path(sha256).read_bytes()
        except FileNotFoundError:
            raise BlobMissing(sha256) from None
        if sha256_of(data) != sha256:
            raise BlobCorrupt(sha256)
        return data


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    ticket_id: str | None
    entry_id: str | None
    sha256: str
    size: int
    media_type: str
    file_name: str
    author_name: str


def attach(
    session: Session,
    ctx: WriteContext,
    store: BlobStore,
    data: bytes,
    file_name: str,
    *,
    ticket_id: str | None = None,
    entry_id: str | None = None,
) -> AttachmentInfo:
    """Attach a file to a ticket and/or a register entry (TAKE_CALLS): the
    bytes kept by hash, the row written and queued, the ticket's journal
    told. ValidationFailed (nothing written, nothing kept) for a refused file."""
    require_right(session, ctx, Right.TAKE_CALLS, action="attach_file")
    if ticket_id is None and entry_id is None:
        raise ValidationFailed([FieldError("file", NOWHERE)])
    kind = check_file(data, store.max_bytes)
    ticket = None
    if ticket_id is not None:
        ticket = session.execute(
            select(Ticket).where(Ticket.id == ticket_id, Ticket.deleted_at.is_(None))
        ).scalar_one_or_none()
        if ticket is None:
            raise ValidationFailed([FieldError("ticket", m.UNKNOWN_REFERENCE)])
    digest = store.put(data)
    name = _clean_name(file_name)
    hlc = ctx.stamp(session)
    now = ctx.now()
    row = Attachment(
        id=new_id(),
        branch_id=ticket.branch_id if ticket is not None else ctx.branch_id,
        ticket_id=ticket_id,
        entry_id=entry_id,
        sha256=digest,
        size=len(data),
        media_type=kind,
        file_name=name,
        author_id=ctx.actor.user_id,
        author_name=ctx.actor.name,
        created_at=now,
        updated_at=hlc,
        version=1,
        origin_client_id=ctx.client_id,
    )
    session.add(row)
    session.flush()
    journal.queue_op(
        session, ctx, "attachment", row.id, OpKind.INSERT, journal.row_values(row), 0, hlc
    )
    if ticket is not None:
        journal.append(
            session,
            ctx,
            ticket_id=ticket.id,
            kind=JournalKind.ATTACHMENT_ADDED,
            at=now,
            hlc=ctx.stamp(session),
            new_value=row.id,
            body=name,
        )
    _mark_for_upload(session, digest)
    return _info(row)


def _clean_name(file_name: str) -> str:
    """The file's own name (no folders), printable, within the limit."""
    base = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if c.isprintable()).strip() or "file"
    if len(base) <= FILE_NAME_MAX:
        return base
    stem, dot, suffix = base.rpartition(".")
    if dot and len(suffix) < 16:
        return stem[: FILE_NAME_MAX - len(suffix) - 1] + "." + suffix
    return base[:FILE_NAME_MAX]


def attachments_of(
    session: Session, *, ticket_id: str | None = None, entry_id: str | None = None
) -> list[AttachmentInfo]:
    query = select(Attachment).where(Attachment.deleted_at.is_(None))
    if ticket_id is not None:
        query = query.where(Attachment.ticket_id == ticket_id)
    if entry_id is not None:
        query = query.where(Attachment.entry_id == entry_id)
    rows = session.execute(query.order_by(Attachment.created_at, Attachment.id)).scalars()
    return [_info(r) for r in rows]


def _info(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        row.id,
        row.ticket_id,
        row.entry_id,
        row.sha256,
        row.size,
        row.media_type,
        row.file_name,
        row.author_name,
    )


def open_attachment(
    session: Session,
    store: BlobStore,
    attachment_id: str,
    fetch: Callable[[str], bytes] | None = None,
) -> Path:
    """The path of an attachment's file on this desk, fetched first with
    ``fetch(sha256)`` (the server, services-free: sync.blobs) when another
    desk attached it. BlobMissing when it is neither here nor fetchable;
    BlobCorrupt when what came is not the file."""
    row = session.execute(
        select(Attachment).where(Attachment.id == attachment_id, Attachment.deleted_at.is_(None))
    ).scalar_one_or_none()
    if row is None:
        raise BlobMissing(attachment_id)
    if not store.has(row.sha256):
        if fetch is None:
            raise BlobMissing(row.sha256)
        store.put(fetch(row.sha256), row.sha256)
    return store.path(row.sha256)


# --- bytes to upload -------------------------------------------------------


def _mark_for_upload(session: Session, sha256: str) -> None:
    pending = pending_uploads(session)
    if sha256 not in pending:
        pending.append(sha256)
        session.merge(SyncState(key=_PENDING_KEY, value=json.dumps(pending)))


def pending_uploads(session: Session) -> list[str]:
    """Hashes of files attached on this desk whose bytes the server may lack."""
    row = session.get(SyncState, _PENDING_KEY)
    if row is None:
        return []
    try:
        found = json.loads(row.value)
    except ValueError:
        return []
    return [str(s) for s in found] if isinstance(found, list) else []


def forget_upload(session: Session, sha256: str) -> None:
    """The server has the file (or there is nothing to send): off the list."""
    pending = pending_uploads(session)
    if sha256 in pending:
        pending.remove(sha256)
        session.merge(SyncState(key=_PENDING_KEY, value=json.dumps(pending)))


def upload_pending(db: Database, store: BlobStore, upload: Callable[[str, bytes], None]) -> int:
    """Send each pending file with ``upload(sha256, data)`` (the server
    answers idempotently: a file it has is acknowledged); each one sent
    leaves the list in a transaction of its own, and no transaction is open
    while a file travels, so the desk's other writes never wait on the
    network. An error stops the round and keeps the rest for the next sync.
    The number sent."""
    with db.reading() as session:
        pending = pending_uploads(session)
    sent = 0
    for digest in pending:
        try:
            data: bytes | None = store.read(digest)
        except (BlobMissing, BlobCorrupt):
            data = None  # nothing to send: never retried forever
        if data is not None:
            upload(digest, data)
            sent += 1
        with db.writing() as session:
            forget_upload(session, digest)
    return sent


def store_beside(database_path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> BlobStore:
    """The desk's store: ``attachments`` beside its database file, so a
    backup or a move of the desk's data directory takes the files along."""
    return BlobStore(database_path.parent / "attachments", max_bytes)
