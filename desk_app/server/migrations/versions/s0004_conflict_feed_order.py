"""Conflict records carry a commit-ordered sequence number, which the conflict
feed pages by (their creation time is the push's start, not its commit).

The number is given by the database at commit time, whichever code inserted
the row:
- PostgreSQL: a deferred constraint trigger runs at COMMIT, takes the
  change-log advisory lock (held until the commit is visible) and draws from a
  sequence, so numbers are handed out in commit order, as for the change log;
- SQLite: writers are serialised, so a trigger numbering rows as they are
  inserted numbers them in commit order; the counter lives in server_state so a
  purged conflict's number is never handed out again.

Existing records are numbered in the order the feed used to page them.

Revision ID: s0004
Revises: s0003
"""

import sqlalchemy as sa
from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None

# desk_app.server.database.CHANGE_LOG_LOCK, spelled out: a migration must not
# change meaning when application code moves on.
_CHANGE_LOG_LOCK = 0x4D414B54
_SEQUENCE = "server_conflict_seq_counter"
_STATE_KEY = "conflict_seq"


def upgrade() -> None:
    seq_type = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    with op.batch_alter_table("server_conflict") as batch:
        batch.add_column(sa.Column("seq", seq_type, nullable=True))
        batch.drop_index("ix_server_conflict_branch_created")
    op.execute(
        "UPDATE server_conflict SET seq = (SELECT ordered.n FROM ("
        " SELECT id, row_number() OVER (ORDER BY created_at, id) AS n FROM server_conflict"
        ") AS ordered WHERE ordered.id = server_conflict.id)"
    )
    op.create_index("ix_server_conflict_seq", "server_conflict", ["seq"], unique=True)
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
    else:
        _upgrade_sqlite()


def _upgrade_postgresql() -> None:
    op.execute(f"CREATE SEQUENCE {_SEQUENCE} OWNED BY server_conflict.seq")
    op.execute(
        f"SELECT setval('{_SEQUENCE}', COALESCE((SELECT max(seq) FROM server_conflict), 0) + 1,"
        " false)"
    )
    op.execute(
        "CREATE FUNCTION server_conflict_stamp() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        f"  PERFORM pg_advisory_xact_lock({_CHANGE_LOG_LOCK});\n"
        f"  UPDATE server_conflict SET seq = nextval('{_SEQUENCE}') WHERE id = NEW.id;\n"
        "  RETURN NULL;\n"
        "END $$"
    )
    op.execute(
        "CREATE CONSTRAINT TRIGGER server_conflict_stamp AFTER INSERT ON server_conflict"
        " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION server_conflict_stamp()"
    )


def _upgrade_sqlite() -> None:
    op.execute(
        "INSERT INTO server_state (key, value)"
        f" SELECT '{_STATE_KEY}', CAST(COALESCE(max(seq), 0) AS TEXT) FROM server_conflict"
    )
    op.execute(
        "CREATE TRIGGER server_conflict_stamp AFTER INSERT ON server_conflict"
        " WHEN NEW.seq IS NULL BEGIN"
        " UPDATE server_state SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"
        f" WHERE key = '{_STATE_KEY}';"
        " UPDATE server_conflict SET seq = (SELECT CAST(value AS INTEGER) FROM server_state"
        f" WHERE key = '{_STATE_KEY}') WHERE id = NEW.id;"
        " END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER server_conflict_stamp ON server_conflict")
        op.execute("DROP FUNCTION server_conflict_stamp()")
    else:
        op.execute("DROP TRIGGER server_conflict_stamp")
        op.execute(f"DELETE FROM server_state WHERE key = '{_STATE_KEY}'")
    op.drop_index("ix_server_conflict_seq", table_name="server_conflict")
    with op.batch_alter_table("server_conflict") as batch:
        batch.drop_column("seq")
        batch.create_index("ix_server_conflict_branch_created", ["branch_id", "created_at"])
