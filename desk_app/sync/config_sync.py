"""Configuration documents between the desk and its server.

After each sync round the desk keeps the server's copy of every document
(``pull_config``); an administrator's change goes to the server first
(``publish``) and is kept the same way. A branch whose service levels
changed is marked due; the sync engine then recomputes that branch's open
tickets on its own worker thread, right after the pull: it is already off
the UI thread, it holds no transaction the desk waits on between the two
steps, and a desk with no window open (a service, a test) catches up too.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.orm import Session

from desk_app.services import config_store
from desk_app.services.branch_clocks import mark_branch_due, recompute_due_branches
from desk_app.services.branch_levels import body_problems, branch_of_key
from desk_app.services.catalogue import CatalogueError, parse_catalogue
from desk_app.services.config_store import ConfigDocument, StaleDocument
from desk_app.services.permissions import REASONS, Denial, PermissionDenied, Right
from desk_app.storage.db import Database
from desk_app.sync.client import SyncClient
from desk_app.sync.config_messages import ConfigDocumentOut
from desk_app.sync.errors import AuthFailed, ServerRefused

log = logging.getLogger(__name__)


def pull_config(db: Database, client: SyncClient) -> list[str]:
    """Keep the server's documents; the keys that changed. A server without
    configuration documents (an older release) has none to give."""
    try:
        served = client.config().documents
    except ServerRefused as error:
        log.info("configuration not pulled: %s", error)
        return []
    changed = []
    with db.writing() as session:
        for document in served:
            if keep(session, _document(document)):
                changed.append(document.key)
    if any(branch_of_key(key) for key in changed):
        with db.writing() as session:
            recompute_due_branches(session)
    return changed


def keep(session: Session, document: ConfigDocument) -> bool:
    """Keep a document as the server gave it, when it reads; True when that
    changed what the desk had. A branch's changed service levels mark the
    branch's clocks due."""
    if len(document.key) > config_store.MAX_KEY:
        log.warning("configuration %.80s… not kept: its key is too long", document.key)
        return False
    problems = problems_of(document.key, document.body)
    if problems:
        log.warning("configuration %s v%s not kept: %s", document.key, document.version, problems)
        return False
    if not config_store.keep_server_copy(session, document):
        return False
    branch_id = branch_of_key(document.key)
    if branch_id is not None:
        mark_branch_due(session, branch_id)
    return True


def publish(client: SyncClient, key: str, version: int, body: dict[str, Any]) -> ConfigDocument:
    """Save a change on the server, from ``version`` (the one the editor
    started from). StaleDocument when someone saved meanwhile,
    PermissionDenied when the person may not; the caller keeps the answer
    (``keep``) so the desk uses it before its next sync."""
    try:
        return _document(client.put_config(key, version, body))
    except AuthFailed as error:
        if error.code != "not_permitted":
            raise
        right = Right.CONFIGURE_SLA if branch_of_key(key) else Right.CONFIGURE_CATALOGUE
        raise PermissionDenied(Denial(right, REASONS[right])) from error
    except ServerRefused as error:
        if error.code != "stale_config":
            raise
        raise StaleDocument(key, _server_version(client, key, version)) from error


def problems_of(key: str, body: dict[str, Any]) -> list[str]:
    """Why a document cannot be used ([] when it can); a kind this desk does
    not know is kept as it is (a newer server's)."""
    if branch_of_key(key) is not None:
        return body_problems(body)
    if key == "catalogue":
        try:
            parse_catalogue(body)
        except CatalogueError as error:
            return [str(error)]
    return []


def _server_version(client: SyncClient, key: str, fallback: int) -> int:
    try:
        documents = client.config().documents
    except (ServerRefused, AuthFailed):
        return fallback
    return next((d.version for d in documents if d.key == key), fallback)


def _document(document: ConfigDocumentOut) -> ConfigDocument:
    return ConfigDocument(document.key, document.version, dict(document.body))
