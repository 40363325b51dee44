"""Server settings (pydantic-settings, environment prefix ``MAKTAB_SERVER_``)."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

import platformdirs
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url

APP_NAME = "maktab-server"
SECRET_FILE_NAME = "server-secret.key"
MIN_SECRET_LENGTH = 32


class ConfigError(Exception):
    """The settings cannot start a server; the message says what to change."""


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, False))


def default_database_url() -> str:
    return "sqlite:///" + str(data_dir() / "maktab-server.sqlite3")


class ServerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MAKTAB_SERVER_", extra="ignore")

    database_url: str = Field(default_factory=default_database_url)
    # Signs access tokens. Required with PostgreSQL (every worker must share it);
    # the embedded SQLite default generates one and keeps it beside the database.
    secret_key: SecretStr | None = None
    access_token_ttl_seconds: int = Field(default=15 * 60, ge=30, le=24 * 3600)
    # How long a just-replaced refresh token still works (its reply may have
    # been lost on a poor link); 0 turns the grace off.
    refresh_grace_seconds: int = Field(default=120, ge=0, le=3600)
    tombstone_retention_days: int = Field(default=90, ge=1)
    # How often the server purges old tombstones and login attempts itself;
    # 0 leaves it to `desk-admin server purge-tombstones`.
    housekeeping_interval_seconds: int = Field(default=6 * 3600, ge=0)
    # How often the server evaluates the automatic escalation rules of the
    # branches whose service levels it holds (server.escalation_upkeep), so a
    # ticket escalates while all its branch's desks are offline; 0 turns it off.
    escalation_interval_seconds: int = Field(default=5 * 60, ge=0)
    max_body_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    # The largest file a desk may attach (services.attachments), uploaded
    # on its own route past max_body_bytes.
    max_attachment_bytes: int = Field(default=20 * 1024 * 1024, ge=1024)
    # A pull or conflict-feed page stops at about this many bytes of rows (it
    # always carries at least one row, whatever its size).
    max_page_bytes: int = Field(default=4 * 1024 * 1024, ge=16 * 1024)
    login_max_failures: int = Field(default=5, ge=1)
    login_window_seconds: int = Field(default=5 * 60, ge=1)
    # argon2id cost (RFC 9106 low-memory profile by default); tune to the hardware.
    password_time_cost: int = Field(default=3, ge=1)
    password_memory_kib: int = Field(default=64 * 1024, ge=8)
    password_parallelism: int = Field(default=4, ge=1)


def normalise_database_url(url: str) -> str:
    """``postgresql://`` (what people type) → the psycopg 3 driver SQLAlchemy needs."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif parsed.drivername == "sqlite":
        parsed = parsed.set(drivername="sqlite+pysqlite")
    return parsed.render_as_string(hide_password=False)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def resolve_secret_key(settings: ServerSettings) -> str:
    """The token signing key: configured, or (embedded SQLite only) kept in a
    file beside the database, created on first use, readable by its owner only."""
    if settings.secret_key is not None:
        key = settings.secret_key.get_secret_value()
        if len(key) < MIN_SECRET_LENGTH:
            raise ConfigError(
                f"MAKTAB_SERVER_SECRET_KEY must be at least {MIN_SECRET_LENGTH} characters"
            )
        return key
    path = sqlite_path(settings.database_url)
    if path is None:
        raise ConfigError(
            "MAKTAB_SERVER_SECRET_KEY is required with this database (every server"
            " worker must sign tokens with the same key); generate one with"
            ' python -c "import secrets; print(secrets.token_urlsafe(48))"'
        )
    key_file = path.with_name(SECRET_FILE_NAME)
    try:
        return key_file.read_text("ascii").strip()
    except FileNotFoundError:
        pass
    key_file.parent.mkdir(parents=True, exist_ok=True)
    # Written whole under a temporary name, then linked into place: a second
    # worker starting at the same moment never reads a half-written key.
    draft = key_file.with_name(f".{SECRET_FILE_NAME}.{secrets.token_hex(6)}")
    fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(secrets.token_urlsafe(48) + "\n")
        with contextlib.suppress(FileExistsError):  # another worker made it first
            os.link(draft, key_file)
    finally:
        draft.unlink(missing_ok=True)
    return key_file.read_text("ascii").strip()
