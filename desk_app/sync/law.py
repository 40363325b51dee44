"""The rights table and the audit log between desk and server.

After each push the desk uploads its audit entries not yet uploaded and marks
them (``uploaded_at``) once the server answered for them; after each pull it
stores the server's rights table where rights_store reads it. A server that
does not serve these yet is no error: sync goes on without them.
"""

from __future__ import annotations

import logging

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk_app.models import AuditEntry, SyncState
from desk_app.services.context import utc_now
from desk_app.services.permissions import RightsTable, RightsTableError
from desk_app.services.rights_store import RIGHTS_KEY
from desk_app.storage.db import Database
from desk_app.sync.client import SyncClient
from desk_app.sync.law_messages import (
    MAX_AUDIT_ENTRIES,
    AuditUpload,
    AuditUploadRequest,
    RightsDocument,
)

log = logging.getLogger(__name__)


def store_server_rights(session: Session, document: RightsDocument) -> RightsTable | None:
    """Keep the server's table as the desk's table in force (SyncState
    RIGHTS_KEY); a table that does not validate is not kept (None)."""
    try:
        table = RightsTable.from_json(document.model_dump_json())
    except RightsTableError as error:
        log.warning("the server's rights table was not kept: %s", error)
        return None
    current = session.get(SyncState, RIGHTS_KEY)
    text = table.to_json()
    if current is None or current.value != text:
        session.merge(SyncState(key=RIGHTS_KEY, value=text))
    return table


def pull_rights(db: Database, client: SyncClient) -> RightsTable | None:
    document = client.rights()
    with db.writing() as session:
        return store_server_rights(session, document)


def pending_audit(session: Session, limit: int = MAX_AUDIT_ENTRIES) -> list[AuditEntry]:
    query = (
        select(AuditEntry)
        .where(AuditEntry.uploaded_at.is_(None))
        .order_by(AuditEntry.at, AuditEntry.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def upload_audit(db: Database, client: SyncClient) -> int:
    """Send every entry not yet uploaded, a batch at a time; the number the
    server answered for. An entry is marked only after the server's answer,
    so one lost on the way is sent again (the server keeps it once)."""
    answered = 0
    while True:
        with db.reading() as session:
            batch = [
                AuditUpload(
                    id=e.id,
                    at=e.at,
                    actor_id=e.actor_id,
                    actor_name=e.actor_name,
                    branch_id=e.branch_id,
                    kind=e.kind,
                    subject=e.subject,
                    detail=e.detail,
                )
                for e in pending_audit(session)
            ]
        if not batch:
            return answered
        response = client.upload_audit(AuditUploadRequest(entries=batch))
        done = set(response.stored) | set(response.refused)
        if not done:
            return answered
        with db.writing() as session:
            session.execute(
                update(AuditEntry)
                .where(AuditEntry.id.in_(sorted(done)), AuditEntry.uploaded_at.is_(None))
                .values(uploaded_at=utc_now())
            )
        answered += len(done)
        if len(batch) < MAX_AUDIT_ENTRIES:
            return answered
