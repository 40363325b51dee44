"""The answer to an attachment upload (server.attachment_routes), shared by
the client and the server."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class BlobStored(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sha256: str = Field(min_length=64, max_length=64)
    size: int = Field(ge=0)
    stored: bool  # False: the server held the file already
