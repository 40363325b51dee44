"""Saving the catalogue the editor holds. With a server signed in the change
is made there (from the version the editor started from; someone else's save
since then is refused as stale) and the desk keeps the server's answer at
once; without one it is saved at this desk as the next version of the
"catalogue" document. Either way it is checked by the catalogue reader first
and audited (on the server, or here). The network call runs on a worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desk_app.services.catalogue_reader import parse_catalogue
from desk_app.services.catalogue_store import KEY, save_catalogue
from desk_app.services.config_store import ConfigDocument, StaleDocument
from desk_app.sync import config_sync
from desk_app.ui.desk import Desk


def on_server(desk: Desk) -> bool:
    client = desk.server_client
    return client is not None and client.signed_in


def save_job(
    desk: Desk,
    body: dict[str, Any],
    base_version: int,
    done: Callable[[ConfigDocument], None],
    failed: Callable[[Exception], None],
    owner: QObject,
) -> None:
    client = desk.server_client
    if client is None or not client.signed_in:
        desk.write(lambda s, c: save_catalogue(s, c, body, base_version), done, failed, owner=owner)
        return

    def publish() -> ConfigDocument:
        parse_catalogue(body)  # a mistake is said before anything is sent
        try:
            return config_sync.publish(client, KEY, base_version, body)
        except StaleDocument:
            # Someone saved meanwhile: fetch their version, which the editor
            # then shows, rather than the older copy this desk has.
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
