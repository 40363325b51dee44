"""Messages of the rights table and the audit upload (docs/sync-protocol.md),
shared by the desk and the server like the rest of the protocol."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from desk_app.sync.protocol import Id

MAX_AUDIT_ENTRIES = 500


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RightsDocument(_Message):
    """The rights table (permissions.RightsTable.to_json): its version and,
    per role, the names of its rights. A PUT sends the version it started from."""

    version: int = Field(ge=0)
    grants: dict[str, list[str]]


class AuditUpload(_Message):
    """One entry of a desk's audit_log, as the desk wrote it."""

    id: Id
    at: datetime
    actor_id: Id | None = None
    actor_name: str = Field(default="", max_length=200)
    branch_id: Id | None = None
    kind: str = Field(min_length=1, max_length=40)
    subject: str = Field(default="", max_length=200)
    detail: str = Field(default="{}", max_length=100_000)


class AuditUploadRequest(_Message):
    entries: list[AuditUpload] = Field(max_length=MAX_AUDIT_ENTRIES)


class AuditUploadResponse(_Message):
    stored: list[str]  # kept now or before: the desk marks them uploaded
    refused: list[str]  # another branch's: never kept (the desk marks them too)
