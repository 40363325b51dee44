"""Messages of the server's administration of people and devices
(/api/v1/admin/…), shared by the desk and the server like the rest of the
protocol. Lengths are bounded here so an oversized field is refused before
any database work; the rules a person can correct (a username's letters, a
password's length, a role's name) are the server's, and answered in words."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from desk_app.sync.protocol import Id

MAX_NAME = 200
MAX_USERNAME = 64
MAX_PASSWORD = 1024
MAX_BRANCHES = 64


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class QueueRef(_Message):
    id: Id
    name: str


class PersonInfo(_Message):
    """One person as the server keeps them; ``branches`` are branch codes."""

    id: Id
    username: str
    display_name: str
    role: str
    branches: list[str]
    active: bool
    queues: list[QueueRef] = Field(default_factory=list)


class BranchChoice(_Message):
    id: Id
    code: str
    name: str
    name_ar: str = ""


class PeopleList(_Message):
    people: list[PersonInfo]
    branches: list[BranchChoice]  # those the caller may give (their own)


class NewPerson(_Message):
    username: str = Field(max_length=MAX_USERNAME * 4)
    display_name: str = Field(max_length=MAX_NAME * 4)
    role: str = Field(max_length=40)
    branches: list[str] = Field(max_length=MAX_BRANCHES)
    password: str = Field(max_length=MAX_PASSWORD)


class RoleChange(_Message):
    role: str = Field(max_length=40)


class BranchesChange(_Message):
    branches: list[str] = Field(max_length=MAX_BRANCHES)


class ActiveChange(_Message):
    active: bool


class PasswordReset(_Message):
    password: str = Field(max_length=MAX_PASSWORD)


class DeviceInfo(_Message):
    id: Id
    name: str
    user_id: Id
    username: str
    display_name: str
    last_seen_at: datetime
    revoked: bool


class DeviceList(_Message):
    devices: list[DeviceInfo]
