"""The server's schema upgrades (Alembic, its own script location: the client's
migrations carry SQLite-only full-text search and are not the server's)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

MIGRATIONS = Path(__file__).with_name("migrations")
# Workers starting together on one PostgreSQL take turns at migrating.
_MIGRATION_LOCK = 0x4D414B55


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    config = alembic_config()
    with engine.connect() as conn:
        postgres = conn.dialect.name == "postgresql"
        if postgres:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
            conn.commit()
        else:
            # A batch migration recreates tables; with foreign keys on, that
            # would cascade into their children. The pragma only works outside
            # a transaction, so set it on the driver connection.
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.cursor().execute("PRAGMA foreign_keys = OFF")
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            conn.commit()
        finally:
            if postgres:
                conn.rollback()  # after a failure, the unlock needs a usable transaction
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_LOCK})
                conn.commit()
            else:
                assert raw is not None
                raw.cursor().execute("PRAGMA foreign_keys = ON")
