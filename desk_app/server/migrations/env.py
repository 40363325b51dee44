"""Alembic environment of the server: always given a live connection by
desk_app.server.migrate."""

from alembic import context

from desk_app.models import Base
from desk_app.server.schema import server_metadata


def _run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through desk_app.server.migrate")
    context.configure(
        connection=connection,
        target_metadata=[Base.metadata, server_metadata],
        render_as_batch=True,
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


# Imported outside Alembic (an import walk, a linter) there is nothing to run.
if hasattr(context, "config"):
    _run()
