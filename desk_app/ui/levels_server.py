"""Saving a branch's service levels on the server: the document goes up
from the version the editor read (a background job: the network never
blocks the window), and the desk keeps the copy the server answers with,
which the branch's other desks receive at their next sync."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from desk_app.services import config_store
from desk_app.services.branch_clocks import mark_branch_due
from desk_app.services.branch_levels import (
    BranchLevels,
    levels_key,
    load_branch_levels,
    to_body,
)
from desk_app.services.config_store import ConfigDocument
from desk_app.ui.desk import Desk

if TYPE_CHECKING:
    from desk_app.sync.client import SyncClient


def keep_published(session: Session, document: ConfigDocument, branch_id: str) -> BranchLevels:
    """The server's copy kept on this desk; the branch's clocks are due."""
    if config_store.keep_server_copy(session, document):
        mark_branch_due(session, branch_id)
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

    def send() -> ConfigDocument:
        config_sync = importlib.import_module("desk_app.sync.config_sync")
        document: ConfigDocument = config_sync.publish(client, key, base, body)
        return document

    def sent(document: ConfigDocument) -> None:
        desk.write(
            lambda s, _c: keep_published(s, document, levels.branch_id),
            on_done,
            on_failed,
            owner=owner,
        )

    desk.tasks.read(send, sent, on_failed, owner)
