"""Saving a configuration document an editor of the console holds (the
catalogue, the letter library). With a server signed in the change is made
there, from the version the editor started from: someone else's save since
then is refused as stale, and theirs is fetched so the editor can show it;
the desk keeps the server's answer at once. Without one it is saved here as
the next version of the document. Either way the domain's own check runs
first, so a mistake is said before anything is sent. The network call runs
on a worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from desk_app.services.config_store import ConfigDocument, StaleDocument
from desk_app.services.context import WriteContext
from desk_app.sync import config_sync
from desk_app.ui.desk import Desk


def on_server(desk: Desk) -> bool:
    client = desk.server_client
    return client is not None and client.signed_in


def save_document(
    desk: Desk,
    key: str,
    body: dict[str, Any],
    base_version: int,
    *,
    check: Callable[[dict[str, Any]], object],
    save_here: Callable[[Session, WriteContext], ConfigDocument],
    done: Callable[[ConfigDocument], None],
    failed: Callable[[Exception], None],
    owner: QObject,
) -> None:
    """``check``: the domain's reader (raises on a mistake); ``save_here``:
    the local save, rights and audit included."""
    client = desk.server_client
    if client is None or not client.signed_in:
        desk.write(save_here, done, failed, owner=owner)
        return

    def publish() -> ConfigDocument:
        check(body)
        try:
            return config_sync.publish(client, key, base_version, body)
        except StaleDocument:
            config_sync.pull_config(desk.db, client)
            raise

    def published(document: ConfigDocument) -> None:
        # The server's copy, kept now: the desk uses it before the next sync.
        desk.write(
            lambda s, _c: config_sync.keep(s, document),
            lambda _kept: done(document),
            failed,
            owner=owner,
        )

    desk.tasks.read(publish, published, failed, owner)
