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
from desk_app.services.config_store import ConfigDocument, StaleDocument
from desk_app.services.context import WriteContext
from desk_app.services.letter_templates import DOCUMENT_KEY, parse_library
from desk_app.services.permissions import Right
from desk_app.sync import config_sync
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
    client = desk.server_client
    if client is None or not client.signed_in:
        desk.write(lambda s, c: save_here(s, c, body, base_version), done, failed, owner=owner)
        return

    def publish() -> ConfigDocument:
        parse_library(body)  # a mistake is said before anything is sent
        try:
            return config_sync.publish(client, DOCUMENT_KEY, base_version, body)
        except StaleDocument:
            config_sync.pull_config(desk.db, client)
            raise

    def published(document: ConfigDocument) -> None:
        desk.write(
            lambda s, _c: config_sync.keep(s, document),
            lambda _kept: done(document),
            failed,
            owner=owner,
        )

    desk.tasks.read(publish, published, failed, owner)
