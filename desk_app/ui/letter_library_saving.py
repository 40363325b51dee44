"""Saving the letter library (templates and snippets) the console's page
holds, the way the catalogue is saved: with a server signed in the change is
made there from the version the editor started from (someone else's save
since then is refused as stale, and theirs is fetched), and the desk keeps
the server's answer at once; without one it is saved here as the next
version of the "letter_templates" document, by a person holding the
templates right, audited. Either way the library is checked by the domain's
own parser first. The work runs on a worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from desk_app.services import config_store
from desk_app.services.acting import require_right
from desk_app.services.config_store import ConfigDocument
from desk_app.services.context import WriteContext
from desk_app.services.letter_templates import DOCUMENT_KEY, parse_library
from desk_app.services.permissions import Right
from desk_app.ui.config_saving import save_document
from desk_app.ui.desk import Desk


def save_here(
    session: Session, ctx: WriteContext, body: dict[str, Any], base_version: int
) -> ConfigDocument:
    require_right(session, ctx, Right.CONFIGURE_TEMPLATES, action="save the letter templates")
    parse_library(body)
    return config_store.save_local(session, ctx, DOCUMENT_KEY, body, base_version=base_version)


def save_library(
    desk: Desk,
    body: dict[str, Any],
    base_version: int,
    done: Callable[[ConfigDocument], None],
    failed: Callable[[Exception], None],
    owner: QObject,
) -> None:
    save_document(
        desk,
        DOCUMENT_KEY,
        body,
        base_version,
        check=parse_library,
        save_here=lambda s, c: save_here(s, c, body, base_version),
        done=done,
        failed=failed,
        owner=owner,
    )
