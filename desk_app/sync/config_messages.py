"""Messages of the configuration documents (service levels per branch, the
catalogue), shared by the desk and the server like the rest of the protocol.

- GET /sync/config: the newest version of every document.
- PUT /sync/config/<key>: {"version": <the version the editor started
  from>, "body": {...}}; the answer is the document as now stored.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt

from desk_app.services.config_store import MAX_KEY

MAX_CONFIG_BYTES = 256 * 1024  # one document's body, as JSON
MAX_CONFIG_KEY = MAX_KEY  # what a desk can keep


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ConfigPut(_Message):
    version: StrictInt = Field(ge=0)
    body: dict[str, Any]


class ConfigDocumentOut(_Message):
    key: str = Field(min_length=1, max_length=MAX_CONFIG_KEY)
    version: StrictInt = Field(ge=1)
    body: dict[str, Any]


class ConfigDocuments(_Message):
    documents: list[ConfigDocumentOut]
