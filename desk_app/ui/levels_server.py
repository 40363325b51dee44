"""A branch's service levels on a desk with a server: a change goes to the
server from the version the editor read, and the desk keeps the copy the
server answers with (the branch's other desks receive it at their next
sync); after someone else's save the server's copy is fetched before the
editor reloads. Each network call runs on a background job, never on the
window's thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from desk_app.services.branch_levels import (
    BranchLevels,
    levels_key,
    load_branch_levels,
    to_body,
)
from desk_app.services.config_store import ConfigDocument
from desk_app.sync import config_sync
from desk_app.sync.client import SyncClient
from desk_app.ui.desk import Desk


def server_client(desk: Desk) -> SyncClient | None:
    """The desk's server client when it is signed in, else None (saved locally)."""
    client = desk.server_client
    return client if client is not None and client.signed_in else None


def keep_published(session: Session, document: ConfigDocument, branch_id: str) -> BranchLevels:
    """The server's answer kept on this desk (which marks the branch's clocks
    due: the desk recomputes them once this has committed)."""
    config_sync.keep(session, document)
    return load_branch_levels(session, branch_id)


def publish_levels(
    desk: Desk,
    client: SyncClient,
    levels: BranchLevels,
    on_done: Callable[[BranchLevels], None],
    on_failed: Callable[[Exception], None],
    owner: QObject,
) -> None:
    key, body, base = levels_key(levels.branch_id), to_body(levels), levels.version

    def sent(document: ConfigDocument) -> None:
        desk.write(
            lambda s, _c: keep_published(s, document, levels.branch_id),
            on_done,
            on_failed,
            owner=owner,
        )

    desk.tasks.read(lambda: config_sync.publish(client, key, base, body), sent, on_failed, owner)


def fetch_then(
    desk: Desk,
    client: SyncClient,
    then: Callable[[], None],
    on_failed: Callable[[Exception], None],
    owner: QObject,
) -> None:
    """Keep the server's current documents, then call ``then`` (which reads
    the branch's levels as now kept)."""
    desk.tasks.read(
        lambda: config_sync.pull_config(desk.db, client), lambda _k: then(), on_failed, owner
    )
