"""The category catalogue as an administrator edits it: a configuration
document ("catalogue") checked by the same reader as the catalogue file,
saved as the next version with before and after in the audit log, and
exported or imported as the JSON file.

Where the desk's catalogue comes from, first that applies: the stored
document (an administrator's edit here, or the server's copy after a sync),
the file named in the settings, the built-in file.
"""

from __future__ import annotations

import copy
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desk_app.services import config_store
from desk_app.services.acting import require_right
from desk_app.services.audit import AuditKind, record
from desk_app.services.catalogue import builtin_path, read_catalogue
from desk_app.services.catalogue_model import Catalogue, CatalogueError
from desk_app.services.catalogue_reader import parse_catalogue
from desk_app.services.config_store import ConfigDocument
from desk_app.services.context import WriteContext
from desk_app.services.permissions import Right

log = logging.getLogger(__name__)

KEY = "catalogue"
# A catalogue of a few hundred categories is well under a megabyte; a file far
# bigger is not a catalogue and is not read into memory whole.
MAX_FILE_BYTES = 5_000_000


@dataclass(frozen=True)
class EditableCatalogue:
    """What the editor starts from: the JSON body and the version it is of
    (0: no document stored yet; the body then comes from the file in use)."""

    version: int
    body: dict[str, Any]


def load_catalogue_document(session: Session) -> ConfigDocument | None:
    return config_store.load_document(session, KEY)


def stored_catalogue(document: ConfigDocument) -> Catalogue | None:
    """The catalogue of a stored document, or None (logged) when it no longer
    passes the reader: the desk then keeps working from the file."""
    try:
        return parse_catalogue(document.body, f"{KEY} v{document.version}")
    except CatalogueError as error:
        log.warning("stored catalogue v%d not used: %s", document.version, error)
        return None


def editable_catalogue(session: Session, settings_path: Path | None) -> EditableCatalogue:
    """The stored document when there is one that reads, else the JSON of the
    file the desk uses (the settings' file when it reads, else the built-in)."""
    document = load_catalogue_document(session)
    if document is not None and stored_catalogue(document) is not None:
        return EditableCatalogue(document.version, copy.deepcopy(document.body))
    version = document.version if document is not None else 0
    for path in (settings_path, builtin_path()):
        if path is None:
            continue
        try:
            return EditableCatalogue(version, read_catalogue_file(path))
        except (OSError, CatalogueError) as error:
            log.warning("catalogue %s not offered for editing: %s", path, error)
    return EditableCatalogue(version, {"version": 1, "categories": []})


def read_catalogue_file(path: Path) -> dict[str, Any]:
    """A catalogue file's JSON, checked by the reader. Raises CatalogueError
    (with the reason) or OSError."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise CatalogueError(f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB")
    read_catalogue(path)
    data: dict[str, Any] = json.loads(path.read_text("utf-8-sig"))
    return data


def catalogue_json(body: dict[str, Any]) -> str:
    """The file form of a catalogue: UTF-8 JSON with Arabic as written, indented."""
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def save_catalogue(
    session: Session, ctx: WriteContext, data: dict[str, Any], base_version: int
) -> ConfigDocument:
    """Keep ``data`` as the next version of the catalogue, when the person may
    configure it and the reader accepts it (CatalogueError says why not);
    StaleDocument when someone saved since ``base_version``."""
    require_right(session, ctx, Right.CONFIGURE_CATALOGUE, action="save the catalogue")
    body = _plain(data)
    parse_catalogue(body)
    return config_store.save_local(session, ctx, KEY, body, base_version=base_version)


def record_export(session: Session, ctx: WriteContext, path: str, version: int) -> None:
    """An export takes the catalogue out of the desk: kept in the audit log."""
    require_right(session, ctx, Right.CONFIGURE_CATALOGUE, action="export the catalogue")
    record(
        session,
        ctx,
        AuditKind.EXPORTED,
        subject=f"{KEY} v{version}",
        detail={"what": KEY, "version": version, "file": path},
    )


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    """A copy that is plain JSON (what is stored is what a file would hold)."""
    try:
        body = json.loads(json.dumps(data, ensure_ascii=False))
    except (TypeError, ValueError) as error:
        raise CatalogueError(f"not JSON: {error}") from None
    if not isinstance(body, dict):
        raise CatalogueError("expected an object {…}")
    return body
