"""Which files may be attached, decided by their content (never by their
name): PDF, PNG, JPEG, TIFF, GIF, plain text (UTF-8), and Office and
OpenDocument files (zip containers holding what those formats hold).
Programs and scripts, macro-enabled Office files, other archives and
anything unrecognised are refused, each with its own message, as is a
file over the size limit. The desk checks before it keeps a file, and the
server checks again what it is sent (server.attachment_routes).
"""

from __future__ import annotations

import io
import zipfile

from desk_app.services.messages import QT_TRANSLATE_NOOP, FieldError, ValidationFailed

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

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
