"""Files attached to a ticket or a register entry (issue 15, item 5).

The bytes live outside the database rows, content-addressed: a file is kept
once under the desk's data directory as ``attachments/ab/abcdef…`` (its
sha256), whatever number of tickets and letters it is attached to. The
``attachment`` row (models.correspondence) is its metadata, synced like any
row; the bytes travel on demand: a desk uploads what it attached when it
syncs (``upload_pending``) and fetches what another desk attached the first
time someone opens it (``open_attachment``), the hash checked both ways.

What is accepted is decided by the content, never by the file's name:
PDF, PNG, JPEG, TIFF, GIF, plain text (UTF-8), and Office and
OpenDocument files (zip containers holding what those formats hold).
Executables and anything unrecognised are refused, each with its own
message, as is a file over the size limit (a setting, 20 MB by default).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import zipfile
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
from desk_app.services.context import WriteContext
from desk_app.services.ids import new_id
from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from desk_app.services.permissions import Right

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_PENDING_KEY = "attachments_to_upload"

TOO_BIG = QT_TRANSLATE_NOOP(
    "Validation", "The file is too big: {size} MB; at most {limit} MB can be attached."
)
EMPTY_FILE = QT_TRANSLATE_NOOP("Validation", "The file is empty.")
EXECUTABLE = QT_TRANSLATE_NOOP(
    "Validation", "Programs cannot be attached: this file is an executable or a script."
)
UNKNOWN_TYPE = QT_TRANSLATE_NOOP(
    "Validation",
    "This kind of file cannot be attached. Attach a PDF, an image (PNG, JPEG, TIFF, GIF),"
    " a text file, or an Office or OpenDocument file.",
)
NOWHERE = QT_TRANSLATE_NOOP("Validation", "Attach the file to a ticket or a register entry.")


class BlobMissing(Exception):
    """The file's bytes are not on this desk and could not be fetched."""


class BlobCorrupt(Exception):
    """Bytes whose sha256 is not the one asked for (damaged, or not that file)."""


PDF = "application/pdf"
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", PDF),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
# Programs and the containers programs come in: refused by name.
_EXECUTABLES = (
    b"MZ",  # Windows PE, DOS
    b"\x7fELF",
    b"\xfe\xed\xfa\xce",  # Mach-O
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",  # Mach-O universal, Java class
    b"#!",  # a script
)
_OOXML = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
_ODF_PREFIX = "application/vnd.oasis.opendocument."


def media_type_of(data: bytes) -> str | None:
    """The type of a file by its content; None when it is not one accepted."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    if data.startswith(b"PK\x03\x04"):
        return _zip_type(data)
    if _is_text(data):
        return "text/plain"
    return None


def is_executable(data: bytes) -> bool:
    return data.startswith(_EXECUTABLES)


def _zip_type(data: bytes) -> str | None:
    """An Office (OOXML) or OpenDocument file; any other zip is refused (it
    could carry anything). Macro-enabled Office files have other types in
    [Content_Types].xml and are refused with the rest."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if names and names[0] == "mimetype":
                kind = archive.read("mimetype").decode("ascii", "replace").strip()
                return kind if kind.startswith(_ODF_PREFIX) else None
            if "[Content_Types].xml" not in names:
                return None
            types = archive.read("[Content_Types].xml")
            if b"macroEnabled" in types or any(n.lower().endswith(".bin") for n in names):
                return None
            for prefix, kind in _OOXML.items():
                if any(n.startswith(prefix) for n in names):
                    return kind
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        return None
    return None


def _is_text(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return False
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut by the sample's end is still text.
        if error.start < len(sample) - 3:
            return False
        text = sample[: error.start].decode("utf-8")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    return controls == 0


def check_file(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The accepted media type of ``data``; ValidationFailed on ``file`` with
    the reason otherwise (too big, empty, a program, an unknown kind)."""
    if len(data) > max_bytes:
        params: dict[str, str | int] = {
            "size": _megabytes(len(data)),
            "limit": _megabytes(max_bytes),
        }
        raise ValidationFailed([FieldError("file", TOO_BIG, params)])
    if not data:
        raise ValidationFailed([FieldError("file", EMPTY_FILE)])
    if is_executable(data):
        raise ValidationFailed([FieldError("file", EXECUTABLE)])
    kind = media_type_of(data)
    if kind is None:
        raise ValidationFailed([FieldError("file", UNKNOWN_TYPE)])
    return kind


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0")


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


def upload_pending(session: Session, store: BlobStore, upload: Callable[[str, bytes], None]) -> int:
    """Send each pending file with ``upload(sha256, data)`` (the server
    answers idempotently: a file it has is acknowledged); those sent leave
    the list. An error stops the round and keeps the rest for the next sync.
    The number sent."""
    pending = pending_uploads(session)
    sent = 0
    try:
        for digest in list(pending):
            try:
                data = store.read(digest)
            except (BlobMissing, BlobCorrupt):
                pending.remove(digest)  # nothing to send: never retried forever
                continue
            upload(digest, data)
            pending.remove(digest)
            sent += 1
    finally:
        session.merge(SyncState(key=_PENDING_KEY, value=json.dumps(pending)))
    return sent


def desk_store(data_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> BlobStore:
    """The desk's store under its data directory."""
    return BlobStore(data_dir / "attachments", max_bytes)
